// IRQ control and IRQ handlers (seL4 src/object/interrupt.c; manual §9.2 "Interrupts").
import type { KernelState } from '../statedata.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { DecodeArgs, syscallErr } from './decode.js';
import { userError } from '../printf.js';

export function decodeIRQControlInvocation(ks: KernelState, a: DecodeArgs): Exception {
  userError(ks, 'decodeIRQControlInvocation', `IRQControl invocation ${a.label} is not implemented in sel4ts yet.`);
  return syscallErr(ks, SeL4Error.IllegalOperation);
}

export function decodeIRQHandlerInvocation(ks: KernelState, a: DecodeArgs): Exception {
  userError(ks, 'decodeIRQHandlerInvocation', `IRQHandler invocation ${a.label} is not implemented in sel4ts yet.`);
  return syscallErr(ks, SeL4Error.IllegalOperation);
}

/** The last handler cap of an IRQ is going away: mask the line (seL4 deletingIRQHandler). */
export function deletingIRQHandler(_ks: KernelState, _irq: number): void {}
