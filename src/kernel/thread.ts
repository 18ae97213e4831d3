// Threads and the scheduler (seL4 src/kernel/thread.c, include/kernel/thread.h; manual §6.2 "Scheduling").
// With ks.config.mcs the MCS variants apply, as CONFIG_KERNEL_MCS selects them in seL4: threads run only on a
// scheduling context with budget, the release queue holds those waiting for a refill, and the timer is
// programmed for the next budget expiry or release instead of ticking.
import { KernelState, SchedulerAction } from './statedata.js';
import { ThreadState, Tcb, TcbSlot, CapTag, Cte, ReplyCap, SchedContext } from './structures.js';
import { setVMRoot } from '../arch/riscv/kernel/vspace.js';
import {
  isRoundRobin, scActive, scConstantBandwidth, refillBudgetCheck, refillReady, refillSufficient,
  refillUnblockCheck, refillHeadAmount, refillHeadTime, refillSize, MIN_REFILLS, scSporadic,
} from './sporadic.js';
import { getCurrentTime, minBudget, setDeadline, timerPrecision } from '../arch/riscv/machine/timer.js';
import { handleTimeout, validTimeoutHandler } from './faulthandler.js';
import { completeYieldTo } from './object/schedcontext.js';
import { kmon } from './monitor.js';

export function isRunnable(t: Tcb): boolean {
  return t.state === ThreadState.Running || t.state === ThreadState.Restart;
}

/** isSchedulable: runnable and, in MCS, on an active SC that is not waiting in the release queue. */
export function isSchedulable(ks: KernelState, t: Tcb): boolean {
  if (!isRunnable(t)) return false;
  if (!ks.config.mcs) return true;
  const sc = t.schedContext;
  return sc !== null && scActive(sc) && !t.inReleaseQueue;
}

/** Waiting on an endpoint, a notification or a reply (seL4 isBlocked). */
export function isBlocked(t: Tcb): boolean {
  switch (t.state) {
    case ThreadState.BlockedOnReceive:
    case ThreadState.BlockedOnSend:
    case ThreadState.BlockedOnNotification:
    case ThreadState.BlockedOnReply:
      return true;
    default:
      return false;
  }
}

/** Blocked or inactive: TCB_Resume acts only on these (seL4 isStopped). */
export function isStopped(t: Tcb): boolean {
  return t.state === ThreadState.Inactive || isBlocked(t);
}

function queueOf(ks: KernelState, t: Tcb): Tcb[] {
  return ks.readyQueues[t.domain][t.priority];
}

// Non-empty priorities per domain as a 256-bit bitmap (seL4 ksReadyQueuesL1/L2Bitmap).
function addToBitmap(ks: KernelState, dom: number, prio: number): void {
  ks.readyBitmap[dom * 8 + (prio >>> 5)] |= 1 << (prio & 31);
}

function removeFromBitmap(ks: KernelState, dom: number, prio: number): void {
  ks.readyBitmap[dom * 8 + (prio >>> 5)] &= ~(1 << (prio & 31));
}

/** Put a runnable thread at the head of its ready queue (seL4 tcbSchedEnqueue prepends). */
export function tcbSchedEnqueue(ks: KernelState, t: Tcb): void {
  if (t.inReadyQueue) return;
  const q = queueOf(ks, t);
  if (q.length === 0) addToBitmap(ks, t.domain, t.priority);
  q.unshift(t);
  t.inReadyQueue = true;
}

export function tcbSchedAppend(ks: KernelState, t: Tcb): void {
  if (t.inReadyQueue) return;
  const q = queueOf(ks, t);
  if (q.length === 0) addToBitmap(ks, t.domain, t.priority);
  q.push(t);
  t.inReadyQueue = true;
}

export function tcbSchedDequeue(ks: KernelState, t: Tcb): void {
  if (!t.inReadyQueue) return;
  const q = queueOf(ks, t);
  const i = q.indexOf(t);
  if (i >= 0) q.splice(i, 1);
  if (q.length === 0) removeFromBitmap(ks, t.domain, t.priority);
  t.inReadyQueue = false;
}

export function rescheduleRequired(ks: KernelState): void {
  if (ks.schedulerAction === SchedulerAction.SwitchToThread && ks.switchTarget !== null &&
    isSchedulable(ks, ks.switchTarget)) {
    tcbSchedEnqueue(ks, ks.switchTarget);
  }
  ks.schedulerAction = SchedulerAction.ChooseNewThread;
  ks.switchTarget = null;
}

export function scheduleTCB(ks: KernelState, t: Tcb): void {
  if (t === ks.curThread && ks.schedulerAction === SchedulerAction.ResumeCurrentThread && !isSchedulable(ks, t)) {
    rescheduleRequired(ks);
  }
}

export function setThreadState(ks: KernelState, t: Tcb, s: ThreadState): void {
  if (kmon !== null) kmon.threadWrite(t);
  t.state = s;
  scheduleTCB(ks, t);
}

export function possibleSwitchTo(ks: KernelState, target: Tcb): void {
  // MCS: a thread without an SC, or waiting for a refill, is not a candidate.
  if (ks.config.mcs && (target.schedContext === null || target.inReleaseQueue)) return;
  if (ks.curDomain !== target.domain) {
    tcbSchedEnqueue(ks, target);
  } else if (ks.schedulerAction !== SchedulerAction.ResumeCurrentThread) {
    rescheduleRequired(ks);
    tcbSchedEnqueue(ks, target);
  } else {
    ks.schedulerAction = SchedulerAction.SwitchToThread;
    ks.switchTarget = target;
  }
}

function highestPrio(ks: KernelState, dom: number): number {
  const b = ks.readyBitmap;
  for (let w = 7; w >= 0; w--) {
    const bits = b[dom * 8 + w];
    if (bits !== 0) return w * 32 + 31 - Math.clz32(bits);
  }
  return -1;
}

function isHighestPrio(ks: KernelState, dom: number, prio: number): boolean {
  const h = highestPrio(ks, dom);
  return h < 0 || prio >= h;
}

/** seL4 switchToThread; Arch_switchToThread loads the new thread's address space (only here, not on every exit). */
export function switchToThread(ks: KernelState, t: Tcb): void {
  setVMRoot(ks, t);
  tcbSchedDequeue(ks, t);
  ks.curThread = t;
}

export function switchToIdleThread(ks: KernelState): void {
  setVMRoot(ks, ks.idleThread);
  ks.curThread = ks.idleThread;
}

function chooseThread(ks: KernelState): void {
  const dom = ks.config.numDomains > 1 ? ks.curDomain : 0;
  const p = highestPrio(ks, dom);
  if (p >= 0) switchToThread(ks, ks.readyQueues[dom][p][0]);
  else switchToIdleThread(ks);
}

/** Advance to the next entry of the domain schedule (seL4 nextDomain). */
export function nextDomain(ks: KernelState): void {
  const sched = ks.domainSchedule;
  ks.domainScheduleIdx++;
  if (ks.domainScheduleIdx >= sched.length || sched[ks.domainScheduleIdx].length === 0) {
    ks.domainScheduleIdx = ks.domainScheduleStart;
  }
  const e = sched[ks.domainScheduleIdx];
  ks.workUnitsCompleted = 0;
  ks.curDomain = e.domain;
  ks.domainTime = e.length;
}

function scheduleChooseNewThread(ks: KernelState): void {
  if (ks.config.numDomains > 1 && ks.domainTime === 0) nextDomain(ks);
  chooseThread(ks);
}

/** seL4 schedule(): act on the scheduler action before returning to user level. */
export function schedule(ks: KernelState): void {
  const mcs = ks.config.mcs;
  if (mcs) {
    awaken(ks);
    checkDomainTime(ks);
  }
  if (ks.schedulerAction !== SchedulerAction.ResumeCurrentThread) {
    const cur = ks.curThread;
    const wasRunnable = isSchedulable(ks, cur);
    if (wasRunnable && cur !== ks.idleThread) tcbSchedEnqueue(ks, cur);
    if (ks.schedulerAction === SchedulerAction.ChooseNewThread) {
      scheduleChooseNewThread(ks);
    } else {
      const cand = ks.switchTarget!;
      const fastfail = cur === ks.idleThread || cand.priority < cur.priority;
      if (fastfail && !isHighestPrio(ks, ks.curDomain, cand.priority)) {
        tcbSchedEnqueue(ks, cand);
        ks.schedulerAction = SchedulerAction.ChooseNewThread;
        scheduleChooseNewThread(ks);
      } else if (wasRunnable && cand.priority === cur.priority) {
        tcbSchedAppend(ks, cand);
        ks.schedulerAction = SchedulerAction.ChooseNewThread;
        scheduleChooseNewThread(ks);
      } else {
        switchToThread(ks, cand);
      }
    }
  }
  ks.schedulerAction = SchedulerAction.ResumeCurrentThread;
  ks.switchTarget = null;
  if (mcs) {
    switchSchedContext(ks);
    if (ks.reprogram) {
      setNextInterrupt(ks);
      ks.reprogram = false;
    }
  }
}

/** Restart PC handling before returning to user (seL4 activateThread). */
export function activateThread(ks: KernelState): void {
  const t = ks.curThread;
  if (t.yieldTo !== null) completeYieldTo(ks, t);
  if (t.state === ThreadState.Restart) {
    t.regs.pcLo = t.faultIPLo;
    t.regs.pcHi = t.faultIPHi;
    setThreadState(ks, t, ThreadState.Running);
  }
}

/** Non-MCS timer tick: time slice accounting and domain time (seL4 timerTick). */
export function timerTick(ks: KernelState): void {
  const cur = ks.curThread;
  if (cur.state === ThreadState.Running && cur !== ks.idleThread) {
    if (cur.timeSlice > 1) {
      cur.timeSlice--;
    } else {
      cur.timeSlice = ks.config.timeSlice;
      tcbSchedAppend(ks, cur);
      rescheduleRequired(ks);
    }
  }
  if (ks.config.numDomains > 1) {
    ks.domainTime--;
    if (ks.domainTime <= 0) rescheduleRequired(ks);
  }
}

/** Make a stopped thread runnable from its FaultIP (seL4 restart). */
export function restart(ks: KernelState, t: Tcb, cancelIPC: (t: Tcb) => void): void {
  if (isStopped(t)) {
    cancelIPC(t);
    if (ks.config.mcs) {
      setThreadState(ks, t, ThreadState.Restart);
      const sc = t.schedContext;
      if (scSporadic(sc) && sc !== ks.curSC) refillUnblockCheck(ks, sc);
      schedContextResume(ks, sc);
      if (isSchedulable(ks, t)) possibleSwitchTo(ks, t);
      return;
    }
    setupReplyMaster(t);
    setThreadState(ks, t, ThreadState.Restart);
    tcbSchedEnqueue(ks, t);
    possibleSwitchTo(ks, t);
  }
}

/** Install the thread's reply master cap if it has none (seL4 setupReplyMaster). */
export function setupReplyMaster(t: Tcb): void {
  const slot: Cte = t.slots[TcbSlot.Reply];
  if (slot.cap.tag === CapTag.Null) {
    const master: ReplyCap = { tag: CapTag.Reply, tcb: t, master: true, canGrant: true };
    if (kmon !== null) kmon.slotWrite(slot, master);
    slot.cap = master;
    slot.mdbPrev = null;
    slot.mdbNext = null;
    slot.mdbRevocable = true;
    slot.mdbFirstBadged = true;
  }
}


// ---------------------------------------------------------------- MCS (CONFIG_KERNEL_MCS)

/** tcbReleaseEnqueue: into the release queue, ordered by the head refill's release time. */
export function tcbReleaseEnqueue(ks: KernelState, t: Tcb): void {
  const q = ks.releaseQueue;
  const time = refillHeadTime(t.schedContext!);
  let i = 0;
  while (i < q.length && time >= refillHeadTime(q[i].schedContext!)) i++;
  if (i === 0) ks.reprogram = true;
  q.splice(i, 0, t);
  t.inReleaseQueue = true;
}

/** tcbReleaseRemove. */
export function tcbReleaseRemove(ks: KernelState, t: Tcb): void {
  if (!t.inReleaseQueue) return;
  const q = ks.releaseQueue;
  const i = q.indexOf(t);
  if (i === 0) ks.reprogram = true;
  if (i >= 0) q.splice(i, 1);
  t.inReleaseQueue = false;
}

/** awaken: move every thread whose refill is now ready from the release queue to the scheduler. */
function awaken(ks: KernelState): void {
  const q = ks.releaseQueue;
  while (q.length > 0 && refillReady(ks, q[0].schedContext!)) {
    const t = q[0];
    tcbReleaseRemove(ks, t);
    possibleSwitchTo(ks, t);
  }
}

function isCurDomainExpired(ks: KernelState): boolean {
  return ks.config.numDomains > 1 && ks.domainTime === 0;
}

function checkDomainTime(ks: KernelState): void {
  if (isCurDomainExpired(ks)) {
    ks.reprogram = true;
    rescheduleRequired(ks);
  }
}

/** postpone: the SC's thread waits in the release queue for its next refill. */
export function postpone(ks: KernelState, sc: SchedContext): void {
  const t = sc.tcb!;
  tcbSchedDequeue(ks, t);
  tcbReleaseEnqueue(ks, t);
  ks.reprogram = true;
}

/** schedContext_resume: an SC whose head refill is not ready or too small sends its thread to wait. */
export function schedContextResume(ks: KernelState, sc: SchedContext | null): void {
  if (sc !== null && sc.tcb !== null && isSchedulable(ks, sc.tcb)) {
    if (!(refillReady(ks, sc) && refillSufficient(ks, sc, 0))) postpone(ks, sc);
  }
}

/** updateTimestamp: read the clock at kernel entry; the time since the last entry is consumed. */
export function updateTimestamp(ks: KernelState): void {
  const prev = ks.curTime;
  ks.curTime = getCurrentTime(ks);
  const consumed = ks.curTime - prev;
  ks.consumed += consumed;
  if (ks.config.numDomains > 1) {
    if (consumed + minBudget(ks) >= ks.domainTime) ks.domainTime = 0;
    else ks.domainTime -= consumed;
  }
}

/** commitTime: charge ks.consumed to the current SC. */
export function commitTime(ks: KernelState): void {
  const sc = ks.curSC!;
  if (sc.refillMax > 0 && sc !== ks.idleSC) {
    if (ks.consumed > 0) {
      if (isRoundRobin(sc)) {
        sc.rAmount[sc.refillHead] -= ks.consumed;
        sc.rAmount[sc.refillTail] += ks.consumed;
      } else {
        refillBudgetCheck(ks, ks.consumed);
      }
    }
    sc.consumed += ks.consumed;
  }
  ks.consumed = 0;
}

/** checkBudget: true if the current SC can get through this kernel entry; else its time slice ends. */
export function checkBudget(ks: KernelState): boolean {
  if (refillSufficient(ks, ks.curSC!, ks.consumed)) return !isCurDomainExpired(ks);
  chargeBudget(ks, ks.consumed, true);
  return false;
}

/** checkBudgetRestart: as checkBudget, and the interrupted syscall restarts when the thread runs again. */
export function checkBudgetRestart(ks: KernelState): boolean {
  const ok = checkBudget(ks);
  if (!ok && isRunnable(ks.curThread)) setThreadState(ks, ks.curThread, ThreadState.Restart);
  return ok;
}

/** chargeBudget: the head refill is used up (or yielded). */
export function chargeBudget(ks: KernelState, consumed: number, canTimeoutFault: boolean): void {
  const sc = ks.curSC!;
  if (sc !== ks.idleSC) {
    if (isRoundRobin(sc)) {
      sc.rAmount[sc.refillHead] += sc.rAmount[sc.refillTail];
      sc.rAmount[sc.refillTail] = 0;
    } else {
      refillBudgetCheck(ks, consumed);
    }
    sc.consumed += consumed;
  }
  ks.consumed = 0;
  if (isSchedulable(ks, ks.curThread)) {
    endTimeslice(ks, canTimeoutFault);
    rescheduleRequired(ks);
    ks.reprogram = true;
  }
}

/** endTimeslice: timeout fault, round robin, or wait for the next refill. */
export function endTimeslice(ks: KernelState, canTimeoutFault: boolean): void {
  const sc = ks.curSC!;
  const t = ks.curThread;
  if (canTimeoutFault && !isRoundRobin(sc) && validTimeoutHandler(t)) {
    ks.currentFault = { kind: 'timeout', badge: sc.badge };
    handleTimeout(ks, t);
  } else if (refillReady(ks, sc) && refillSufficient(ks, sc, 0)) {
    tcbSchedAppend(ks, t);
  } else {
    postpone(ks, sc);
  }
}

/** switchSchedContext: the thread about to run brings its SC; time is committed when the timer changes. */
function switchSchedContext(ks: KernelState): void {
  const sc = ks.curThread.schedContext;
  if (ks.curSC !== sc) {
    ks.reprogram = true;
    if (sc !== null && scConstantBandwidth(sc)) refillUnblockCheck(ks, sc);
  }
  if (ks.reprogram) commitTime(ks);
  ks.curSC = sc;
}

/** setNextInterrupt: the earliest of the current budget's end, the domain's end and the next release. */
function setNextInterrupt(ks: KernelState): void {
  const sc = ks.curThread.schedContext!;
  let next = ks.curTime + refillHeadAmount(sc);
  if (ks.config.numDomains > 1) next = Math.min(next, ks.curTime + ks.domainTime);
  const q = ks.releaseQueue;
  if (q.length > 0) next = Math.min(next, refillHeadTime(q[0].schedContext!));
  setDeadline(ks, next - timerPrecision(ks));
}

/** Refill-list shape of a round-robin SC (for invariant checks). */
export function roundRobinShapeOK(sc: SchedContext): boolean {
  return !isRoundRobin(sc) || refillSize(sc) === MIN_REFILLS;
}
