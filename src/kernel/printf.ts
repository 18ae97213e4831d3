// Kernel console output of a printing build (seL4 src/machine/io.c, userError in include/api/debug.h).
import type { KernelState } from './statedata.js';
import type { Tcb } from './structures.js';
import { getFaultIP } from './api/faults.js';

/** Kernel window base (riscv64 PPTR_BASE); kernel pointers printed by seL4 are paddr + this. */
export const PPTR_BASE = 0xffffffc000000000n;

export function kprint(ks: KernelState, s: string): void {
  for (let i = 0; i < s.length; i++) ks.putchar(s.charCodeAt(i));
}

export function hex(v: bigint | number): string {
  const b = typeof v === 'bigint' ? BigInt.asUintN(64, v) : BigInt(v);
  return '0x' + b.toString(16);
}

/** The kernel virtual address seL4 prints for a TCB (tcb_t lives in the upper half of the TCB object). */
export function tcbPtr(t: Tcb): bigint {
  return PPTR_BASE + BigInt(t.paddr) + (1n << BigInt(t.sizeBits - 1));
}

/** userError: printed for each failed invocation in a printing build. */
export function userError(ks: KernelState, func: string, msg: string): void {
  if (!ks.config.printing) return;
  const t = ks.curThread;
  kprint(ks, `<<seL4(CPU 0) [${func} T${hex(tcbPtr(t))} "${t.name}" @${getFaultIP(t).toString(16)}]: ${msg}>>\n`);
}
