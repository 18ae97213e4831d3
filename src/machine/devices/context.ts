// What a device model sees of the machine: the virtual clock, the event queue, its interrupt line and RAM (DMA).
import type { EventQueue } from '../events.js';
import type { PhysicalMemory } from '../memory.js';
import type { Plic } from './plic.js';

export interface DeviceContext {
  /** Current virtual time in CPU cycles (exact at every MMIO access: the CPU stops before each one). */
  now(): number;
  /** CPU cycles per second of virtual time. */
  readonly cpuHz: number;
  readonly events: EventQueue;
  readonly plic: Plic;
  readonly mem: PhysicalMemory;
}

/** Cycles for a duration in nanoseconds (rounded up, so a positive delay is never 0). */
export function nsToCycles(ctx: DeviceContext, ns: number): number {
  return Math.ceil((ns * ctx.cpuHz) / 1e9);
}

export function cyclesToNs(ctx: DeviceContext, cycles: number): number {
  return Math.floor((cycles * 1e9) / ctx.cpuHz);
}
