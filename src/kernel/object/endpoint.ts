// Endpoints: synchronous IPC (seL4 src/object/endpoint.c; manual §4 "Message Passing (IPC)").
import type { KernelState } from '../statedata.js';
import {
  CapTag, Endpoint, EPState, Notification, NtfnState, Tcb, TcbSlot, ThreadState, EndpointCap,
  RIGHT_GRANT,
} from '../structures.js';
import { possibleSwitchTo, setThreadState, tcbSchedEnqueue, rescheduleRequired } from '../thread.js';
import { doIPCTransfer, setupCallerCap } from '../transfer.js';
import { setBadgeRegister } from '../message.js';
import { completeSignal, cancelSignal } from './notification.js';
import { cteDeleteOne } from './cnode.js';
import { kmon } from '../monitor.js';

function removeFromQueue<T>(q: T[], x: T): void {
  const i = q.indexOf(x);
  if (i >= 0) q.splice(i, 1);
}

/** Send on an endpoint (seL4 sendIPC). */
export function sendIPC(
  ks: KernelState, blocking: boolean, doCall: boolean, badge: bigint, canGrant: boolean, canGrantReply: boolean,
  thread: Tcb, ep: Endpoint,
): void {
  if (kmon !== null) kmon.objectWrite(ep);
  if (ep.state === EPState.Idle || ep.state === EPState.Send) {
    if (blocking) {
      thread.blockingObject = ep;
      thread.blockingIPCBadge = badge;
      thread.blockingIPCCanGrant = canGrant;
      thread.blockingIPCCanGrantReply = canGrantReply;
      thread.blockingIPCIsCall = doCall;
      setThreadState(ks, thread, ThreadState.BlockedOnSend);
      ep.queue.push(thread);
      ep.state = EPState.Send;
    }
    return;
  }
  // Recv: deliver to the first waiting receiver.
  const dest = ep.queue.shift()!;
  if (ep.queue.length === 0) ep.state = EPState.Idle;
  doIPCTransfer(ks, thread, ep, badge, canGrant, dest);
  const replyCanGrant = dest.receiverCanGrant;
  setThreadState(ks, dest, ThreadState.Running);
  possibleSwitchTo(ks, dest);
  if (doCall) {
    if (canGrant || canGrantReply) setupCallerCap(ks, thread, dest, replyCanGrant);
    else setThreadState(ks, thread, ThreadState.Inactive);
  }
}

/** Receive on an endpoint (seL4 receiveIPC); a pending bound notification wins. */
export function receiveIPC(ks: KernelState, thread: Tcb, cap: EndpointCap, isBlocking: boolean): void {
  const ep = cap.obj;
  if (kmon !== null) kmon.objectWrite(ep);
  const ntfn = thread.boundNotification;
  if (ntfn !== null && ntfn.state === NtfnState.Active) {
    completeSignal(ks, ntfn, thread);
    return;
  }
  if (ep.state === EPState.Idle || ep.state === EPState.Recv) {
    if (isBlocking) {
      thread.blockingObject = ep;
      thread.receiverCanGrant = (cap.rights & RIGHT_GRANT) !== 0;
      setThreadState(ks, thread, ThreadState.BlockedOnReceive);
      ep.queue.push(thread);
      ep.state = EPState.Recv;
    } else {
      setBadgeRegister(thread, 0n); // doNBRecvFailedTransfer
    }
    return;
  }
  const sender = ep.queue.shift()!;
  if (ep.queue.length === 0) ep.state = EPState.Idle;
  const badge = sender.blockingIPCBadge;
  const canGrant = sender.blockingIPCCanGrant;
  const canGrantReply = sender.blockingIPCCanGrantReply;
  const doCall = sender.blockingIPCIsCall;
  doIPCTransfer(ks, sender, ep, badge, canGrant, thread);
  if (doCall) {
    if (canGrant || canGrantReply) setupCallerCap(ks, sender, thread, (cap.rights & RIGHT_GRANT) !== 0);
    else setThreadState(ks, sender, ThreadState.Inactive);
  } else {
    setThreadState(ks, sender, ThreadState.Running);
    possibleSwitchTo(ks, sender);
  }
}

/** Abort whatever IPC a thread is blocked in (seL4 cancelIPC). */
export function cancelIPC(ks: KernelState, t: Tcb): void {
  if (kmon !== null) {
    kmon.threadWrite(t);
    if (t.blockingObject !== null) kmon.objectWrite(t.blockingObject);
  }
  switch (t.state) {
    case ThreadState.BlockedOnSend:
    case ThreadState.BlockedOnReceive: {
      const ep = t.blockingObject as Endpoint;
      removeFromQueue(ep.queue, t);
      if (ep.queue.length === 0) ep.state = EPState.Idle;
      t.blockingObject = null;
      setThreadState(ks, t, ThreadState.Inactive);
      break;
    }
    case ThreadState.BlockedOnNotification:
      cancelSignal(ks, t, t.blockingObject as Notification);
      break;
    case ThreadState.BlockedOnReply: {
      t.fault = { kind: 'none' };
      const replySlot = t.slots[TcbSlot.Reply];
      const caller = replySlot.mdbNext;
      if (caller !== null && caller.cap.tag === CapTag.Reply && !caller.cap.master) cteDeleteOne(ks, caller);
      break;
    }
    default:
      break;
  }
}

/** Endpoint deleted: every waiting thread restarts (seL4 cancelAllIPC). */
export function cancelAllIPC(ks: KernelState, ep: Endpoint): void {
  if (ep.state === EPState.Idle) return;
  if (kmon !== null) kmon.objectWrite(ep);
  const q = ep.queue.splice(0);
  ep.state = EPState.Idle;
  for (const t of q) {
    t.blockingObject = null;
    setThreadState(ks, t, ThreadState.Restart);
    tcbSchedEnqueue(ks, t);
  }
  rescheduleRequired(ks);
}

/** Restart every sender blocked with the given badge (seL4 cancelBadgedSends). */
export function cancelBadgedSends(ks: KernelState, ep: Endpoint, badge: bigint): void {
  if (ep.state !== EPState.Send) return;
  if (kmon !== null) kmon.objectWrite(ep);
  const keep: Tcb[] = [];
  for (const t of ep.queue) {
    if (t.blockingIPCBadge === badge) {
      t.blockingObject = null;
      setThreadState(ks, t, ThreadState.Restart);
      tcbSchedEnqueue(ks, t);
    } else {
      keep.push(t);
    }
  }
  ep.queue.length = 0;
  ep.queue.push(...keep);
  if (keep.length === 0) ep.state = EPState.Idle;
  rescheduleRequired(ks);
}
