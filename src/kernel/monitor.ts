// Observation hooks for run-time monitors (src/assurance/integrity.ts implements them; the kernel never imports
// from there). A monitor attaches itself through KernelState.monitor; the kernel entry points then set `kmon` for
// the duration of each kernel entry and clear it on exit. Without a monitor `kmon` stays null and a hooked
// operation costs one null test; the IPC fastpath is not hooked (a monitor turns it off: ks.fastpath = false).
import type { Cap, Cte, Endpoint, Notification, Tcb } from './structures.js';
import type { KernelState } from './statedata.js';

export interface KernelMonitor {
  /** A kernel entry begins: a trap of ks.curThread, or an interrupt. */
  enter(ks: KernelState, interrupt: boolean): void;
  /** The kernel entry ends (after schedule and activateThread). */
  exit(ks: KernelState): void;
  /** Registers, thread state or bound notification of t are about to change. */
  threadWrite(t: Tcb): void;
  /** slot is about to hold newCap (insert, move, swap, delete, or an update of the cap's fields). */
  slotWrite(slot: Cte, newCap: Cap): void;
  /** State, queue or word of an endpoint or notification is about to change. */
  objectWrite(o: Endpoint | Notification): void;
}

/** The monitor of the kernel entry in progress, or null (outside entries, and always without a monitor). */
export let kmon: KernelMonitor | null = null;

export function setKernelMonitor(m: KernelMonitor | null): void {
  kmon = m;
}
