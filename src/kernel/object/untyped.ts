// Untyped memory and Untyped_Retype (seL4 src/object/untyped.c; manual §2.4 "Kernel Memory Allocation").
import type { KernelState } from '../statedata.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { DecodeArgs, syscallErr } from './decode.js';
import { userError } from '../printf.js';

export function decodeUntypedInvocation(ks: KernelState, a: DecodeArgs): Exception {
  userError(ks, 'decodeUntypedInvocation', `Untyped invocation ${a.label} is not implemented in sel4ts yet.`);
  return syscallErr(ks, SeL4Error.IllegalOperation);
}
