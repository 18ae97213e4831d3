// Domain capability: DomainSet_Set and the domain schedule (seL4 src/object/domain.c; manual §6.3 "Domains").
import type { KernelState } from '../statedata.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { DecodeArgs, syscallErr } from './decode.js';
import { userError } from '../printf.js';

export function decodeDomainInvocation(ks: KernelState, a: DecodeArgs): Exception {
  userError(ks, 'decodeDomainInvocation', `Domain invocation ${a.label} is not implemented in sel4ts yet.`);
  return syscallErr(ks, SeL4Error.IllegalOperation);
}
