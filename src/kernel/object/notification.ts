// Notifications: asynchronous signals (seL4 src/object/notification.c; manual §5 "Notifications").
import type { KernelState } from '../statedata.js';
import { Notification, NtfnState, Tcb, ThreadState, NotificationCap } from '../structures.js';
import { possibleSwitchTo, setThreadState, tcbSchedEnqueue, rescheduleRequired } from '../thread.js';
import { setBadgeRegister } from '../message.js';
import { cancelIPC } from './endpoint.js';
import { kmon } from '../monitor.js';

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
        possibleSwitchTo(ks, tcb);
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
      possibleSwitchTo(ks, dest);
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
    return;
  }
  if (isBlocking) {
    thread.blockingObject = ntfn;
    setThreadState(ks, thread, ThreadState.BlockedOnNotification);
    ntfn.queue.push(thread);
    ntfn.state = NtfnState.Waiting;
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
    tcbSchedEnqueue(ks, t);
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

