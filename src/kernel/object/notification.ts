// Notifications: asynchronous signals (seL4 src/object/notification.c; manual §5 "Notifications").
import type { KernelState } from '../statedata.js';
import { Notification, NtfnState, Tcb, ThreadState, NotificationCap } from '../structures.js';
import { possibleSwitchTo, setThreadState, tcbSchedEnqueue, rescheduleRequired, isSchedulable } from '../thread.js';
import { setBadgeRegister } from '../message.js';
import { kmon } from '../monitor.js';
import { cancelIPC, tcbEPAppend } from './endpoint.js';
import { schedContextDonate } from './schedcontext.js';
import { schedContextResume } from '../thread.js';
import { refillUnblockCheck, scSporadic } from '../sporadic.js';

/** MCS maybeDonateSchedContext: a passive thread woken by its notification runs on the notification's SC. */
function maybeDonateSchedContext(ks: KernelState, tcb: Tcb, ntfn: Notification): void {
  if (tcb.schedContext === null) {
    const sc = ntfn.schedContext;
    if (sc !== null && sc.tcb === null) {
      schedContextDonate(ks, sc, tcb);
      schedContextResume(ks, sc);
    }
  }
}

/** MCS maybeReturnSchedContext: a thread about to wait gives back the SC it got from this notification. */
export function maybeReturnSchedContext(ks: KernelState, ntfn: Notification, tcb: Tcb): void {
  const sc = ntfn.schedContext;
  if (sc !== null && sc === tcb.schedContext) {
    tcb.schedContext = null;
    sc.tcb = null;
    if (tcb === ks.curThread) rescheduleRequired(ks);
  }
}

/** Wake a thread on a signal: MCS_DO_IF_SC (donate first, switch only if it can run), then the sporadic check. */
function wakeOnSignal(ks: KernelState, ntfn: Notification, tcb: Tcb): void {
  if (!ks.config.mcs) {
    possibleSwitchTo(ks, tcb);
    return;
  }
  maybeDonateSchedContext(ks, tcb, ntfn);
  if (isSchedulable(ks, tcb)) possibleSwitchTo(ks, tcb);
  const sc = tcb.schedContext;
  if (scSporadic(sc) && sc !== ks.curSC) refillUnblockCheck(ks, sc);
}

/** Signal: OR the badge into the word or wake a waiter (seL4 sendSignal). */
export function sendSignal(ks: KernelState, ntfn: Notification, badge: bigint): void {
  if (kmon !== null) kmon.objectWrite(ntfn);
  switch (ntfn.state) {
    case NtfnState.Idle: {
      const tcb = ntfn.boundTCB;
      if (tcb !== null && tcb.state === ThreadState.BlockedOnReceive) {
        cancelIPC(ks, tcb);
        setThreadState(ks, tcb, ThreadState.Running);
        setBadgeRegister(tcb, badge);
        wakeOnSignal(ks, ntfn, tcb);
      } else {
        ntfn.state = NtfnState.Active;
        ntfn.word = badge;
      }
      break;
    }
    case NtfnState.Waiting: {
      const dest = ntfn.queue.shift()!;
      if (ntfn.queue.length === 0) ntfn.state = NtfnState.Idle;
      dest.blockingObject = null;
      setThreadState(ks, dest, ThreadState.Running);
      setBadgeRegister(dest, badge);
      wakeOnSignal(ks, ntfn, dest);
      break;
    }
    case NtfnState.Active:
      ntfn.word |= badge;
      break;
  }
}

/** Wait/Poll on a notification (seL4 receiveSignal). Only a0 is written (fact sheet §2.3). */
export function receiveSignal(ks: KernelState, thread: Tcb, cap: NotificationCap, isBlocking: boolean): void {
  const ntfn = cap.obj;
  if (kmon !== null) kmon.objectWrite(ntfn);
  if (ntfn.state === NtfnState.Active) {
    setBadgeRegister(thread, ntfn.word);
    ntfn.state = NtfnState.Idle;
    ntfn.word = 0n;
    if (ks.config.mcs) {
      maybeDonateSchedContext(ks, thread, ntfn);
      const sc = thread.schedContext;
      if (sc !== ks.curSC && scSporadic(sc)) refillUnblockCheck(ks, sc);
    }
    return;
  }
  if (isBlocking) {
    thread.blockingObject = ntfn;
    setThreadState(ks, thread, ThreadState.BlockedOnNotification);
    tcbEPAppend(ks, ntfn.queue, thread);
    ntfn.state = NtfnState.Waiting;
    if (ks.config.mcs) maybeReturnSchedContext(ks, ntfn, thread);
  } else {
    setBadgeRegister(thread, 0n);
  }
}

export function completeSignal(ks: KernelState, ntfn: Notification, tcb: Tcb): void {
  if (kmon !== null) kmon.objectWrite(ntfn);
  if (ntfn.state === NtfnState.Active) {
    setBadgeRegister(tcb, ntfn.word);
    ntfn.state = NtfnState.Idle;
    ntfn.word = 0n;
    if (ks.config.mcs) {
      maybeDonateSchedContext(ks, tcb, ntfn);
      const sc = tcb.schedContext;
      // Only an SC that came from the notification is unblocked here.
      if (scSporadic(sc) && sc === ntfn.schedContext && sc !== ks.curSC) refillUnblockCheck(ks, sc);
    }
  }
}

export function cancelSignal(ks: KernelState, t: Tcb, ntfn: Notification): void {
  if (kmon !== null) {
    kmon.threadWrite(t);
    kmon.objectWrite(ntfn);
  }
  const i = ntfn.queue.indexOf(t);
  if (i >= 0) ntfn.queue.splice(i, 1);
  if (ntfn.queue.length === 0) ntfn.state = NtfnState.Idle;
  t.blockingObject = null;
  setThreadState(ks, t, ThreadState.Inactive);
}

/** Notification deleted: waiters restart (seL4 cancelAllSignals). */
export function cancelAllSignals(ks: KernelState, ntfn: Notification): void {
  if (ntfn.state !== NtfnState.Waiting) return;
  if (kmon !== null) kmon.objectWrite(ntfn);
  const q = ntfn.queue.splice(0);
  ntfn.state = NtfnState.Idle;
  for (const t of q) {
    t.blockingObject = null;
    setThreadState(ks, t, ThreadState.Restart);
    if (ks.config.mcs) {
      const sc = t.schedContext;
      if (scSporadic(sc) && sc !== ks.curSC) refillUnblockCheck(ks, sc);
      possibleSwitchTo(ks, t);
    } else {
      tcbSchedEnqueue(ks, t);
    }
  }
  rescheduleRequired(ks);
}

export function bindNotification(tcb: Tcb, ntfn: Notification): void {
  if (kmon !== null) {
    kmon.threadWrite(tcb);
    kmon.objectWrite(ntfn);
  }
  ntfn.boundTCB = tcb;
  tcb.boundNotification = ntfn;
}

export function unbindNotification(tcb: Tcb): void {
  const n = tcb.boundNotification;
  if (n !== null) {
    if (kmon !== null) {
      kmon.threadWrite(tcb);
      kmon.objectWrite(n);
    }
    n.boundTCB = null;
    tcb.boundNotification = null;
  }
}

export function unbindMaybeNotification(ntfn: Notification): void {
  if (ntfn.boundTCB !== null) unbindNotification(ntfn.boundTCB);
}

