// Threads and the non-MCS scheduler (seL4 src/kernel/thread.c; manual §6.2 "Scheduling").
import { KernelState, SchedulerAction } from './statedata.js';
import { ThreadState, Tcb, TcbSlot, CapTag, Cte, ReplyCap } from './structures.js';
import { setVMRoot } from '../arch/riscv/kernel/vspace.js';
import { kmon } from './monitor.js';

export function isRunnable(t: Tcb): boolean {
  return t.state === ThreadState.Running || t.state === ThreadState.Restart;
}

/** Blocked or inactive: TCB_Resume acts only on these (seL4 isStopped). */
export function isStopped(t: Tcb): boolean {
  switch (t.state) {
    case ThreadState.Inactive:
    case ThreadState.BlockedOnReceive:
    case ThreadState.BlockedOnSend:
    case ThreadState.BlockedOnNotification:
    case ThreadState.BlockedOnReply:
      return true;
    default:
      return false;
  }
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
  if (ks.schedulerAction === SchedulerAction.SwitchToThread && ks.switchTarget !== null) {
    tcbSchedEnqueue(ks, ks.switchTarget);
  }
  ks.schedulerAction = SchedulerAction.ChooseNewThread;
  ks.switchTarget = null;
}

export function scheduleTCB(ks: KernelState, t: Tcb): void {
  if (t === ks.curThread && ks.schedulerAction === SchedulerAction.ResumeCurrentThread && !isRunnable(t)) {
    rescheduleRequired(ks);
  }
}

export function setThreadState(ks: KernelState, t: Tcb, s: ThreadState): void {
  if (kmon !== null) kmon.threadWrite(t);
  t.state = s;
  scheduleTCB(ks, t);
}

export function possibleSwitchTo(ks: KernelState, target: Tcb): void {
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
  if (ks.schedulerAction !== SchedulerAction.ResumeCurrentThread) {
    const cur = ks.curThread;
    const wasRunnable = isRunnable(cur);
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
}

/** Restart PC handling before returning to user (seL4 activateThread). */
export function activateThread(ks: KernelState): void {
  const t = ks.curThread;
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

