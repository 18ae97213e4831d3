// Sporadic-server refills of MCS scheduling contexts (seL4 src/kernel/sporadic.c, include/kernel/sporadic.h;
// manual §6.1 "Scheduling contexts"). A circular buffer of (rTime, rAmount) replenishments whose amounts always
// sum to the budget; every use of budget is scheduled for reuse one period later. Round-robin SCs (budget =
// period) have period 0 and exactly two refills: the head being used and the tail holding what was used.
import type { KernelState } from './statedata.js';
import type { SchedContext } from './structures.js';
import { kernelWcetTicks, minBudget, MAX_RELEASE_TIME } from '../arch/riscv/machine/timer.js';

/** MIN_REFILLS: a scheduling context has at least two refills. */
export const MIN_REFILLS = 2;

export function isRoundRobin(sc: SchedContext): boolean {
  return sc.period === 0;
}

/** sc_active: configured (has refills). */
export function scActive(sc: SchedContext): boolean {
  return sc.refillMax > 0;
}

/** sc_sporadic: an active SC configured with seL4_SchedContext_Sporadic. */
export function scSporadic(sc: SchedContext | null): sc is SchedContext {
  return sc !== null && scActive(sc) && sc.sporadic;
}

/** sc_constant_bandwidth. */
export function scConstantBandwidth(sc: SchedContext): boolean {
  return !sc.sporadic;
}

function refillNext(sc: SchedContext, i: number): number {
  return i === sc.refillMax - 1 ? 0 : i + 1;
}

export function refillHeadAmount(sc: SchedContext): number {
  return sc.rAmount[sc.refillHead];
}

export function refillHeadTime(sc: SchedContext): number {
  return sc.rTime[sc.refillHead];
}

/** refill_size: entries in use. */
export function refillSize(sc: SchedContext): number {
  if (sc.refillHead <= sc.refillTail) return sc.refillTail - sc.refillHead + 1;
  return sc.refillTail + 1 + (sc.refillMax - sc.refillHead);
}

function refillFull(sc: SchedContext): boolean {
  return refillSize(sc) === sc.refillMax;
}

export function refillSingle(sc: SchedContext): boolean {
  return sc.refillHead === sc.refillTail;
}

/** refill_capacity: what the head refill has left if `usage` is charged to it. */
export function refillCapacity(sc: SchedContext, usage: number): number {
  const a = sc.rAmount[sc.refillHead];
  return usage > a ? 0 : a - usage;
}

/** refill_sufficient: enough left in the head refill to enter and leave the kernel. */
export function refillSufficient(ks: KernelState, sc: SchedContext, usage: number): boolean {
  return refillCapacity(sc, usage) >= minBudget(ks);
}

/** refill_ready: the head refill can be used now. */
export function refillReady(ks: KernelState, sc: SchedContext): boolean {
  return sc.rTime[sc.refillHead] <= ks.curTime + kernelWcetTicks(ks);
}

/** sum of every refill's amount (the budget). */
export function refillSum(sc: SchedContext): number {
  let sum = sc.rAmount[sc.refillHead];
  let i = sc.refillHead;
  while (i !== sc.refillTail) {
    i = refillNext(sc, i);
    sum += sc.rAmount[i];
  }
  return sum;
}

/** The refills head first, for tools and tests. */
export function refillList(sc: SchedContext): { time: number; amount: number }[] {
  const out = [{ time: sc.rTime[sc.refillHead], amount: sc.rAmount[sc.refillHead] }];
  let i = sc.refillHead;
  while (i !== sc.refillTail) {
    i = refillNext(sc, i);
    out.push({ time: sc.rTime[i], amount: sc.rAmount[i] });
  }
  return out;
}

function popHead(sc: SchedContext): { time: number; amount: number } {
  const r = { time: sc.rTime[sc.refillHead], amount: sc.rAmount[sc.refillHead] };
  sc.refillHead = refillNext(sc, sc.refillHead);
  return r;
}

function addTail(sc: SchedContext, time: number, amount: number): void {
  const t = refillNext(sc, sc.refillTail);
  sc.ensureRefill(t);
  sc.refillTail = t;
  sc.rTime[t] = time;
  sc.rAmount[t] = amount;
}

function setHead(sc: SchedContext, time: number, amount: number): void {
  sc.ensureRefill(sc.refillHead);
  sc.rTime[sc.refillHead] = time;
  sc.rAmount[sc.refillHead] = amount;
}

/** maybe_add_empty_tail: round-robin SCs track used time in an empty tail refill. */
function maybeAddEmptyTail(sc: SchedContext): void {
  if (isRoundRobin(sc)) addTail(sc, sc.rTime[sc.refillHead], 0);
}

/** refill_new: a fresh budget available from now. */
export function refillNew(ks: KernelState, sc: SchedContext, maxRefills: number, budget: number, period: number): void {
  refillNewAt(sc, maxRefills, budget, period, ks.curTime);
}

/** refill_new at a given time (boot configures SCs before there is a kernel state). */
export function refillNewAt(sc: SchedContext, maxRefills: number, budget: number, period: number, now: number): void {
  sc.period = period;
  sc.refillHead = 0;
  sc.refillTail = 0;
  sc.refillMax = maxRefills;
  setHead(sc, now, budget);
  maybeAddEmptyTail(sc);
}

/** refill_update: change the parameters of an SC in use without exceeding the new budget in any window. */
export function refillUpdate(ks: KernelState, sc: SchedContext, newPeriod: number, newBudget: number, newMaxRefills: number): void {
  // Move the head to index 0 and truncate the list to it.
  const hTime = sc.rTime[sc.refillHead];
  const hAmount = sc.rAmount[sc.refillHead];
  sc.refillHead = 0;
  sc.refillTail = 0;
  setHead(sc, hTime, hAmount);
  sc.refillMax = newMaxRefills;
  sc.period = newPeriod;
  if (refillReady(ks, sc)) sc.rTime[0] = ks.curTime;
  if (sc.rAmount[0] >= newBudget) {
    sc.rAmount[0] = newBudget;
    maybeAddEmptyTail(sc);
  } else {
    // The rest of the new budget becomes available one period later.
    addTail(sc, sc.rTime[0] + newPeriod, newBudget - sc.rAmount[0]);
  }
}

/** schedule_used: add a used amount at the tail, merging with an overlapping tail or when the buffer is full. */
function scheduleUsed(sc: SchedContext, time: number, amount: number): void {
  const t = sc.refillTail;
  if (sc.rTime[t] + sc.rAmount[t] >= time) {
    sc.rAmount[t] += amount;
  } else if (!refillFull(sc)) {
    addTail(sc, time, amount);
  } else {
    sc.rTime[t] = time - sc.rAmount[t];
    sc.rAmount[t] += amount;
  }
}

function headOverlapping(sc: SchedContext): boolean {
  if (refillSingle(sc)) return false;
  const tail = sc.rTime[sc.refillHead] + sc.rAmount[sc.refillHead];
  return sc.rTime[refillNext(sc, sc.refillHead)] <= tail;
}

/** refill_budget_check: charge `usage` to the current SC, whose head refill it exhausts. */
export function refillBudgetCheck(ks: KernelState, usage: number): void {
  const sc = ks.curSC!;
  // Charge whole refills until a partial one is left.
  while (sc.rAmount[sc.refillHead] <= usage && sc.rTime[sc.refillHead] < MAX_RELEASE_TIME) {
    usage -= sc.rAmount[sc.refillHead];
    if (refillSingle(sc)) {
      sc.rTime[sc.refillHead] += sc.period;
    } else {
      const old = popHead(sc);
      scheduleUsed(sc, old.time + sc.period, old.amount);
    }
  }
  if (usage > 0 && sc.rTime[sc.refillHead] < MAX_RELEASE_TIME) {
    const usedTime = sc.rTime[sc.refillHead] + sc.period;
    sc.rAmount[sc.refillHead] -= usage;
    // Keep the head no more than a period before the end of the tail.
    sc.rTime[sc.refillHead] += usage;
    scheduleUsed(sc, usedTime, usage);
  }
  // The head refill must hold at least MIN_BUDGET.
  const min = minBudget(ks);
  while (sc.rAmount[sc.refillHead] < min) {
    const head = popHead(sc);
    sc.rAmount[sc.refillHead] += head.amount;
    // Delay the head so that the merged refill ends no later.
    sc.rTime[sc.refillHead] -= head.amount;
  }
}

/** refill_unblock_check: a sporadic SC becomes eligible again; bring its head to now and merge overlaps. */
export function refillUnblockCheck(ks: KernelState, sc: SchedContext): void {
  if (isRoundRobin(sc)) return;
  if (refillReady(ks, sc)) {
    sc.rTime[sc.refillHead] = ks.curTime;
    ks.reprogram = true;
    while (headOverlapping(sc)) {
      const old = popHead(sc);
      sc.rTime[sc.refillHead] = old.time;
      sc.rAmount[sc.refillHead] += old.amount;
    }
  }
}
