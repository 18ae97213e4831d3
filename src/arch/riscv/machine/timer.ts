// MCS time on qemu-riscv-virt (seL4 include/arch/riscv/arch/machine/timer.h, include/kernel/sporadic.h):
// the 10 MHz timer counts ticks; budgets and periods arrive in microseconds.
import type { KernelState } from '../../../kernel/statedata.js';

const US_IN_S = 1_000_000;

/** Timer ticks per microsecond (TICKS_IN_US). */
export function ticksInUs(ks: KernelState): number {
  return ks.config.timerHz / US_IN_S;
}

export function usToTicks(ks: KernelState, us: number): number {
  return us * ticksInUs(ks);
}

export function ticksToUs(ks: KernelState, ticks: number): number {
  return Math.floor(ticks / ticksInUs(ks));
}

/** getKernelWcetUs: the kernel's worst-case execution time bound used by the scheduler. */
export const KERNEL_WCET_US = 10;

export function kernelWcetTicks(ks: KernelState): number {
  return usToTicks(ks, KERNEL_WCET_US);
}

/** MIN_BUDGET_US = 2 * getKernelWcetUs() * CONFIG_KERNEL_WCET_SCALE. */
export function minBudgetUs(ks: KernelState): number {
  return 2 * KERNEL_WCET_US * ks.config.wcetScale;
}

/** MIN_BUDGET in ticks. */
export function minBudget(ks: KernelState): number {
  return 2 * kernelWcetTicks(ks) * ks.config.wcetScale;
}

/** getTimerPrecision: the deadline is programmed this much early. */
export function timerPrecision(ks: KernelState): number {
  return usToTicks(ks, 1);
}

/** MAX_PERIOD_US = getMaxUsToTicks() / 8 with CONFIG_KERNEL_STATIC_MAX_PERIOD_US = 0 (fact sheet §13.2). */
export function maxPeriodUs(ks: KernelState): bigint {
  return ((1n << 64n) - 1n) / BigInt(ticksInUs(ks)) / 8n;
}

/** Refills are never pushed past this release time (MAX_RELEASE_TIME); far beyond any virtual time here. */
export const MAX_RELEASE_TIME = 2 ** 62;

/** getCurrentTime: the timer's count at kernel entry. */
export function getCurrentTime(ks: KernelState): number {
  return ks.machine.readTime();
}

/** setDeadline: program the SBI timer (one-shot). */
export function setDeadline(ks: KernelState, deadline: number): void {
  ks.machine.setTimer(deadline);
}
