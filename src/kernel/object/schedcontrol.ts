// MCS SchedControl: configuring scheduling contexts (seL4 src/object/schedcontrol.c; fact sheet §13.2).
import type { KernelState } from '../statedata.js';
import { CapTag, SchedContext, ThreadState } from '../structures.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { Label } from '../api/labels.js';
import { DecodeArgs, invalidCapability, rangeError, syscallErr } from './decode.js';
import { userError } from '../printf.js';
import {
  checkBudget, commitTime, isRunnable, possibleSwitchTo, rescheduleRequired, schedContextResume, setThreadState,
  tcbReleaseRemove, tcbSchedDequeue,
} from '../thread.js';
import { MIN_REFILLS, refillNew, refillUpdate } from '../sporadic.js';
import { maxPeriodUs, minBudget, minBudgetUs, usToTicks } from '../../arch/riscv/machine/timer.js';

/** seL4_SchedContext_Sporadic. */
const SCHED_CONTEXT_SPORADIC = 1n;

export function decodeSchedControlInvocation(ks: KernelState, a: DecodeArgs): Exception {
  if (a.label === Label.SchedControlConfigureFlags) return decodeSchedControl_ConfigureFlags(ks, a);
  userError(ks, 'decodeSchedControlInvocation', 182, 'SchedControl invocation: Illegal operation attempted.');
  return syscallErr(ks, SeL4Error.IllegalOperation);
}

// userError lines counted in seL4's schedcontrol.c at 04417cb (after PR #1472, which 16.0.0 includes); there is no
// 16.0.0 MCS image at hand to confirm them.
function decodeSchedControl_ConfigureFlags(ks: KernelState, a: DecodeArgs): Exception {
  const fn = 'decodeSchedControl_ConfigureFlags';
  const target = a.extraCaps[0];
  if (target === null) {
    userError(ks, fn, 83, 'SchedControl_ConfigureFlags: Truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  // Two 64-bit time arguments (one word each), extra refills, badge, flags.
  if (a.length < 5) {
    userError(ks, fn, 89, 'SchedControl_configureFlags: truncated message.');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  // The order of checks is 16.0.0's (after seL4 PR #1472): time ranges first, then the target cap.
  const maxUs = maxPeriodUs(ks);
  const minUs = minBudgetUs(ks);
  const budgetUs = a.arg(0);
  if (budgetUs > maxUs) {
    userError(ks, fn, 97, 'SchedControl_ConfigureFlags: budget out of range.');
    return rangeError(ks, minUs, maxUs);
  }
  // usToTicks cannot wrap below MAX_PERIOD_US.
  const budgetTicks = usToTicks(ks, Number(budgetUs));
  const periodUs = a.arg(1);
  if (periodUs > maxUs) {
    userError(ks, fn, 109, 'SchedControl_ConfigureFlags: period out of range.');
    return rangeError(ks, minUs, maxUs);
  }
  const periodTicks = usToTicks(ks, Number(periodUs));
  if (budgetTicks < minBudget(ks)) {
    userError(ks, fn, 119, 'SchedControl_ConfigureFlags: budget out of range.');
    return rangeError(ks, minUs, maxUs);
  }
  if (periodTicks < minBudget(ks)) {
    userError(ks, fn, 127, 'SchedControl_ConfigureFlags: period out of range.');
    return rangeError(ks, minUs, maxUs);
  }
  if (budgetTicks > periodTicks) {
    userError(ks, fn, 135, 'SchedControl_ConfigureFlags: budget must be <= period');
    return rangeError(ks, minUs, periodUs);
  }
  const cap = target.cap;
  if (cap.tag !== CapTag.SchedContext) {
    userError(ks, fn, 144, 'SchedControl_ConfigureFlags: target cap not a scheduling context cap');
    return invalidCapability(ks, 1);
  }
  const extraRefills = a.arg(2);
  const maxRefills = cap.sc.refillAbsoluteMax;
  if (extraRefills > BigInt(maxRefills - MIN_REFILLS)) {
    const err = rangeError(ks, 0, maxRefills - MIN_REFILLS);
    userError(ks, fn, 157, 'Max refills invalid, got %lu, max %lu', extraRefills, maxRefills - MIN_REFILLS);
    return err;
  }
  const badge = a.arg(3);
  const flags = a.arg(4);
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  invokeSchedControl_ConfigureFlags(ks, cap.sc, budgetTicks, periodTicks, Number(extraRefills) + MIN_REFILLS, badge,
    (flags & SCHED_CONTEXT_SPORADIC) !== 0n);
  return Exception.None;
}

function invokeSchedControl_ConfigureFlags(
  ks: KernelState, target: SchedContext, budget: number, period: number, maxRefills: number, badge: bigint,
  sporadic: boolean,
): void {
  const t = target.tcb;
  if (t !== null) {
    // Do not change the parameters of a thread while it sits in a sorted queue.
    tcbReleaseRemove(ks, t);
    tcbSchedDequeue(ks, t);
    if (ks.curSC === target) {
      checkBudget(ks);
      commitTime(ks);
    }
  }
  if (budget === period) {
    // Round robin: period 0, the budget is always ready to be refilled.
    refillNew(ks, target, MIN_REFILLS, budget, 0);
  } else if (target.refillMax > 0 && t !== null && isRunnable(t)) {
    // Active: keep within the bandwidth already promised.
    refillUpdate(ks, target, period, budget, maxRefills);
  } else {
    refillNew(ks, target, maxRefills, budget, period);
  }
  if (t !== null) {
    schedContextResume(ks, target);
    if (isRunnable(t) && t !== ks.curThread) possibleSwitchTo(ks, t);
    if (t === ks.curThread) rescheduleRequired(ks);
  }
  target.badge = badge;
  target.sporadic = sporadic;
}
