// MCS reply objects and the call stack of scheduling contexts (seL4 src/object/reply.c, include/object/reply.h;
// manual §4.2.5 "Reply objects"). A Call over an endpoint links the caller to the receiver's reply object; if
// the receiver has no SC of its own, the caller's SC is donated and the reply is pushed on that SC's stack, so
// that replying returns the SC along the chain.
import type { KernelState } from '../statedata.js';
import { Reply, SchedContext, Tcb, ThreadState } from '../structures.js';
import { setThreadState } from '../thread.js';
import { schedContextDonate } from './schedcontext.js';

/** reply_unlink: break the link between a reply and its thread; the thread becomes inactive. */
export function replyUnlink(ks: KernelState, reply: Reply, tcb: Tcb): void {
  tcb.replyObject = null;
  reply.tcb = null;
  setThreadState(ks, tcb, ThreadState.Inactive);
}

/** reply_push: the caller waits on `reply`; donate its SC to the callee if the callee has none. */
export function replyPush(ks: KernelState, caller: Tcb, callee: Tcb, reply: Reply, canDonate: boolean): void {
  const scDonated = caller.schedContext;
  callee.replyObject = null;
  reply.tcb = caller;
  caller.replyObject = reply;
  setThreadState(ks, caller, ThreadState.BlockedOnReply);
  if (scDonated !== null && callee.schedContext === null && canDonate) {
    const oldCaller = scDonated.reply;
    reply.prev = oldCaller;
    if (oldCaller !== null) oldCaller.next = reply;
    reply.next = scDonated;
    scDonated.reply = reply;
    schedContextDonate(ks, scDonated, callee);
  }
}

/** reply_pop: the head reply of a call stack is used; its SC goes back to the caller. */
export function replyPop(ks: KernelState, reply: Reply, tcb: Tcb): void {
  const next = reply.next;
  const prev = reply.prev;
  if (next instanceof SchedContext) {
    next.reply = prev;
    if (prev !== null) prev.next = next;
    // Only give the SC back if the caller has none (it may have been given another one while blocked).
    if (tcb.schedContext === null) schedContextDonate(ks, next, tcb);
  }
  reply.prev = null;
  reply.next = null;
  replyUnlink(ks, reply, tcb);
}

/** reply_remove: take a reply out of its call stack, wherever it is. */
export function replyRemove(ks: KernelState, reply: Reply, tcb: Tcb): void {
  const next = reply.next;
  const prev = reply.prev;
  if (next instanceof SchedContext) {
    replyPop(ks, reply, tcb);
    return;
  }
  if (next !== null) next.prev = null;
  if (prev !== null) prev.next = null;
  reply.prev = null;
  reply.next = null;
  replyUnlink(ks, reply, tcb);
}

/** reply_remove_tcb: a thread blocked on reply stops waiting (cancelIPC). */
export function replyRemoveTcb(ks: KernelState, tcb: Tcb): void {
  const reply = tcb.replyObject!;
  const next = reply.next;
  const prev = reply.prev;
  if (next !== null) {
    if (next instanceof SchedContext) next.reply = null;
    else next.prev = null;
  }
  if (prev !== null) prev.next = null;
  reply.prev = null;
  reply.next = null;
  replyUnlink(ks, reply, tcb);
}
