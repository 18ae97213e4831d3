// Endpoints: synchronous IPC (seL4 src/object/endpoint.c; manual §4 "Message Passing (IPC)").
import type { KernelState } from '../statedata.js';
import {
  Cap, CapTag, Endpoint, EPState, Notification, NtfnState, Reply, Tcb, TcbSlot, ThreadState, EndpointCap, NULL_CAP,
  RIGHT_GRANT,
} from '../structures.js';
import { possibleSwitchTo, setThreadState, tcbSchedEnqueue, rescheduleRequired } from '../thread.js';
import { doIPCTransfer, setupCallerCap } from '../transfer.js';
import { setBadgeRegister } from '../message.js';
import { completeSignal, cancelSignal, maybeReturnSchedContext } from './notification.js';
import { cteDeleteOne } from './cnode.js';
import { replyPush, replyRemoveTcb, replyUnlink } from './reply.js';
import { schedContextDonate } from './schedcontext.js';
import { refillUnblockCheck, scSporadic } from '../sporadic.js';
import { userError } from '../printf.js';
import { kmon } from '../monitor.js';

function removeFromQueue<T>(q: T[], x: T): void {
  const i = q.indexOf(x);
  if (i >= 0) q.splice(i, 1);
}

/** tcbEPAppend: FIFO, or in MCS ordered by priority (FIFO among equals), searching from the back. */
export function tcbEPAppend(ks: KernelState, q: Tcb[], t: Tcb): void {
  if (!ks.config.mcs) {
    q.push(t);
    return;
  }
  let i = q.length;
  while (i > 0 && t.priority > q[i - 1].priority) i--;
  q.splice(i, 0, t);
}

/** reorderEP / reorderNTFN: a blocked thread's priority changed (MCS). */
export function reorderQueue(ks: KernelState, q: Tcb[], t: Tcb): void {
  removeFromQueue(q, t);
  tcbEPAppend(ks, q, t);
}

/** A sporadic SC waking up a blocked thread gets its refills brought up to date (unless it is the current SC). */
function unblockSporadic(ks: KernelState, t: Tcb): void {
  const sc = t.schedContext;
  if (scSporadic(sc) && sc !== ks.curSC) refillUnblockCheck(ks, sc);
}

/** Send on an endpoint (seL4 sendIPC). */
export function sendIPC(
  ks: KernelState, blocking: boolean, doCall: boolean, badge: bigint, canGrant: boolean, canGrantReply: boolean,
  thread: Tcb, ep: Endpoint, canDonate = false,
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
      tcbEPAppend(ks, ep.queue, thread);
      ep.state = EPState.Send;
    }
    return;
  }
  // Recv: deliver to the first waiting receiver.
  const dest = ep.queue.shift()!;
  if (ep.queue.length === 0) ep.state = EPState.Idle;
  doIPCTransfer(ks, thread, ep, badge, canGrant, dest);
  if (ks.config.mcs) {
    const reply = dest.replyObject;
    if (reply !== null) replyUnlink(ks, reply, dest);
    if (doCall || thread.fault.kind !== 'none') {
      if (reply !== null && (canGrant || canGrantReply)) replyPush(ks, thread, dest, reply, canDonate);
      else setThreadState(ks, thread, ThreadState.Inactive);
    } else if (canDonate && dest.schedContext === null) {
      schedContextDonate(ks, thread.schedContext!, dest);
    }
    setThreadState(ks, dest, ThreadState.Running);
    unblockSporadic(ks, dest);
    possibleSwitchTo(ks, dest);
    return;
  }
  const replyCanGrant = dest.receiverCanGrant;
  setThreadState(ks, dest, ThreadState.Running);
  possibleSwitchTo(ks, dest);
  if (doCall) {
    if (canGrant || canGrantReply) setupCallerCap(ks, thread, dest, replyCanGrant);
    else setThreadState(ks, thread, ThreadState.Inactive);
  }
}

/** Receive on an endpoint (seL4 receiveIPC); a pending bound notification wins. */
export function receiveIPC(
  ks: KernelState, thread: Tcb, cap: EndpointCap, isBlocking: boolean, replyCap: Cap = NULL_CAP,
): void {
  const ep = cap.obj;
  if (kmon !== null) kmon.objectWrite(ep);
  let replyPtr: Reply | null = null;
  if (replyCap.tag === CapTag.ReplyObject) {
    replyPtr = replyCap.reply;
    if (replyPtr.tcb !== null && replyPtr.tcb !== thread) {
      // Line as recent seL4 logs give it (receiveIPC/142); not checked against a 16.0.0 MCS image.
      userError(ks, 'receiveIPC', 142, 'Reply object already has unexecuted reply!');
      cancelIPC(ks, replyPtr.tcb);
    }
  }
  const ntfn = thread.boundNotification;
  if (ntfn !== null && ntfn.state === NtfnState.Active) {
    completeSignal(ks, ntfn, thread);
    return;
  }
  // MCS: a passive server running on its notification's SC gives it back before waiting.
  if (ks.config.mcs && ntfn !== null && isBlocking) maybeReturnSchedContext(ks, ntfn, thread);
  if (ep.state === EPState.Idle || ep.state === EPState.Recv) {
    if (isBlocking) {
      thread.blockingObject = ep;
      thread.receiverCanGrant = (cap.rights & RIGHT_GRANT) !== 0;
      if (ks.config.mcs) {
        thread.replyObject = replyPtr;
        if (replyPtr !== null) replyPtr.tcb = thread;
      }
      setThreadState(ks, thread, ThreadState.BlockedOnReceive);
      tcbEPAppend(ks, ep.queue, thread);
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
  if (ks.config.mcs) {
    unblockSporadic(ks, sender);
    if (doCall || sender.fault.kind !== 'none') {
      if ((canGrant || canGrantReply) && replyPtr !== null) {
        const canDonate = sender.schedContext !== null && sender.fault.kind !== 'timeout';
        replyPush(ks, sender, thread, replyPtr, canDonate);
      } else {
        setThreadState(ks, sender, ThreadState.Inactive);
      }
    } else {
      setThreadState(ks, sender, ThreadState.Running);
      possibleSwitchTo(ks, sender);
    }
    return;
  }
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
  // MCS: cancelling IPC cancels any fault too.
  if (ks.config.mcs) t.fault = { kind: 'none' };
  switch (t.state) {
    case ThreadState.BlockedOnSend:
    case ThreadState.BlockedOnReceive: {
      const ep = t.blockingObject as Endpoint;
      removeFromQueue(ep.queue, t);
      if (ep.queue.length === 0) ep.state = EPState.Idle;
      t.blockingObject = null;
      if (t.replyObject !== null) replyUnlink(ks, t.replyObject, t);
      setThreadState(ks, t, ThreadState.Inactive);
      break;
    }
    case ThreadState.BlockedOnNotification:
      cancelSignal(ks, t, t.blockingObject as Notification);
      break;
    case ThreadState.BlockedOnReply: {
      if (ks.config.mcs) {
        replyRemoveTcb(ks, t);
        break;
      }
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
    if (ks.config.mcs) {
      if (t.replyObject !== null) replyUnlink(ks, t.replyObject, t);
      restartBlockedMCS(ks, t);
    } else {
      setThreadState(ks, t, ThreadState.Restart);
      tcbSchedEnqueue(ks, t);
    }
  }
  rescheduleRequired(ks);
}

/** MCS: a thread released from a deleted or cancelled queue restarts, unless it was sending a fault. */
function restartBlockedMCS(ks: KernelState, t: Tcb): void {
  if (t.fault.kind === 'none') {
    setThreadState(ks, t, ThreadState.Restart);
    unblockSporadic(ks, t);
    possibleSwitchTo(ks, t);
  } else {
    setThreadState(ks, t, ThreadState.Inactive);
  }
}

/** Restart every sender blocked with the given badge (seL4 cancelBadgedSends). */
export function cancelBadgedSends(ks: KernelState, ep: Endpoint, badge: bigint): void {
  if (ep.state !== EPState.Send) return;
  if (kmon !== null) kmon.objectWrite(ep);
  const keep: Tcb[] = [];
  for (const t of ep.queue) {
    if (t.blockingIPCBadge === badge) {
      t.blockingObject = null;
      if (ks.config.mcs) {
        restartBlockedMCS(ks, t);
      } else {
        setThreadState(ks, t, ThreadState.Restart);
        tcbSchedEnqueue(ks, t);
      }
    } else {
      keep.push(t);
    }
  }
  ep.queue.length = 0;
  ep.queue.push(...keep);
  if (keep.length === 0) ep.state = EPState.Idle;
  rescheduleRequired(ks);
}
