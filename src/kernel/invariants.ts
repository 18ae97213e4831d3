// Kernel invariants, checked after every kernel entry in test runs (a run-time echo of seL4's proof invariants:
// a well-formed derivation tree, no dangling caps, objects inside their untyped, consistent queues).
import type { KernelState } from './statedata.js';
import {
  AnyObject, Cap, CapTag, CNode, Cte, Endpoint, EPState, Notification, NtfnState, Reply, SchedContext, Tcb, ThreadState,
} from './structures.js';
import { isRoundRobin, refillList, refillSize, scActive } from './sporadic.js';

function capObject(c: Cap): AnyObject | null {
  switch (c.tag) {
    case CapTag.Endpoint: case CapTag.Notification: case CapTag.CNode: return c.obj;
    case CapTag.Thread: return c.tcb;
    case CapTag.Reply: return c.tcb;
    case CapTag.ASIDPool: return c.pool;
    case CapTag.SchedContext: return c.sc;
    case CapTag.ReplyObject: return c.reply;
    default: return null;
  }
}

/** MCS: SC bindings are symmetric, refill lists well formed, the release queue ordered, reply links consistent. */
function checkMCS(ks: KernelState, errs: string[]): void {
  const at = (o: { paddr: number }) => `0x${o.paddr.toString(16)}`;
  const scs: SchedContext[] = [...ks.objects].filter((o): o is SchedContext => o instanceof SchedContext);
  if (ks.idleSC !== null) scs.push(ks.idleSC);
  for (const sc of scs) {
    if (sc.tcb !== null && sc.tcb.schedContext !== sc) errs.push(`SC ${at(sc)}: its thread is not bound to it`);
    if (sc.notification !== null && sc.notification.schedContext !== sc) errs.push(`SC ${at(sc)}: notification binding is not symmetric`);
    if (sc.reply !== null && sc.reply.next !== sc) errs.push(`SC ${at(sc)}: the head of its call stack does not point back`);
    if (!scActive(sc)) continue;
    if (isRoundRobin(sc) && refillSize(sc) !== 2) errs.push(`round-robin SC ${at(sc)} has ${refillSize(sc)} refills`);
    if (!isRoundRobin(sc)) {
      const rs = refillList(sc);
      for (let i = 1; i < rs.length; i++) {
        if (rs[i - 1].time + rs[i - 1].amount > rs[i].time) errs.push(`SC ${at(sc)}: refills overlap or are out of order`);
      }
    }
  }
  for (const t of ks.threads) {
    if (t.schedContext !== null && t.schedContext.tcb !== t) errs.push(`thread "${t.name}" holds an SC bound elsewhere`);
    if (t.inReadyQueue && (t.schedContext === null || t.inReleaseQueue)) errs.push(`thread "${t.name}" is ready without a usable SC`);
    const r = t.replyObject;
    if (r !== null && r.tcb !== t) errs.push(`thread "${t.name}": its reply object does not point back`);
  }
  const q = ks.releaseQueue;
  for (let i = 0; i < q.length; i++) {
    const t = q[i];
    if (!t.inReleaseQueue || t.schedContext === null) errs.push(`release queue holds thread "${t.name}" without a refill to wait for`);
    else if (i > 0 && refillList(q[i - 1].schedContext!)[0].time > refillList(t.schedContext)[0].time) errs.push('release queue out of order');
  }
  for (const o of ks.objects) {
    if (o instanceof Reply && o.tcb !== null && o.tcb.replyObject !== o) errs.push(`reply ${at(o)}: its thread does not point back`);
  }
}

/** Returns a list of violated invariants (empty when all hold). */
export function checkInvariants(ks: KernelState): string[] {
  const errs: string[] = [];
  const slots: Cte[] = [];
  for (const o of ks.objects) {
    // A loop, not a spread: a large CNode may have more touched slots than a call takes arguments.
    if (o instanceof CNode) for (const s of o.usedSlots()) slots.push(s);
    else if (o instanceof Tcb) for (const s of o.slots) slots.push(s);
  }
  const where = (s: Cte) => `${s.owner instanceof CNode ? 'cnode' : 'tcb'}@0x${s.owner?.paddr.toString(16)}[${s.index}]`;
  for (const s of slots) {
    if (s.cap.tag === CapTag.Null) {
      if (s.mdbNext !== null || s.mdbPrev !== null) errs.push(`empty slot ${where(s)} is linked in the derivation tree`);
      continue;
    }
    if (s.mdbNext !== null && s.mdbNext.mdbPrev !== s) errs.push(`derivation tree: ${where(s)}.next.prev != self`);
    if (s.mdbPrev !== null && s.mdbPrev.mdbNext !== s) errs.push(`derivation tree: ${where(s)}.prev.next != self`);
    if (s.mdbNext !== null && s.mdbNext.cap.tag === CapTag.Null) errs.push(`derivation tree: ${where(s)} links to an empty slot`);
    const o = capObject(s.cap);
    if (o !== null && !ks.objects.has(o)) errs.push(`${where(s)} holds a cap to a deleted object at 0x${o.paddr.toString(16)}`);
  }
  for (const [o, parent] of ks.objectParents) {
    if (!ks.objects.has(o)) continue;
    const size = 2 ** o.sizeBits;
    if (o.paddr < parent.paddr || o.paddr + size > parent.paddr + 2 ** parent.sizeBits) {
      errs.push(`object at 0x${o.paddr.toString(16)} lies outside the untyped 0x${parent.paddr.toString(16)}/${parent.sizeBits} that made it`);
    }
  }
  for (const o of ks.objects) {
    if (o instanceof Endpoint) {
      const want = o.state === EPState.Send ? ThreadState.BlockedOnSend : ThreadState.BlockedOnReceive;
      if ((o.state === EPState.Idle) !== (o.queue.length === 0)) errs.push(`endpoint 0x${o.paddr.toString(16)}: state and queue disagree`);
      for (const t of o.queue) {
        if (t.state !== want || t.blockingObject !== o) errs.push(`endpoint 0x${o.paddr.toString(16)} queue holds thread "${t.name}" in state ${t.state}`);
      }
    } else if (o instanceof Notification) {
      if ((o.state === NtfnState.Waiting) !== (o.queue.length > 0)) errs.push(`notification 0x${o.paddr.toString(16)}: state and queue disagree`);
      for (const t of o.queue) {
        if (t.state !== ThreadState.BlockedOnNotification || t.blockingObject !== o) errs.push(`notification queue holds thread "${t.name}" in state ${t.state}`);
      }
      if (o.boundTCB !== null && o.boundTCB.boundNotification !== o) errs.push('notification binding is not symmetric');
    }
  }
  const seen = new Set<Tcb>();
  ks.readyQueues.forEach((qs, dom) => qs.forEach((q, prio) => {
    const bit = (ks.readyBitmap[dom * 8 + (prio >>> 5)] >>> (prio & 31)) & 1;
    if (bit !== (q.length > 0 ? 1 : 0)) errs.push(`ready bitmap disagrees with the queue of domain ${dom} priority ${prio}`);
    for (const t of q) {
      if (seen.has(t)) errs.push(`thread "${t.name}" is in the ready queues twice`);
      seen.add(t);
      if (!t.inReadyQueue || t.domain !== dom || t.priority !== prio) errs.push(`thread "${t.name}" is in the wrong ready queue`);
      if (t.state !== ThreadState.Running && t.state !== ThreadState.Restart) errs.push(`ready queue holds non-runnable thread "${t.name}"`);
      if (!ks.threads.has(t)) errs.push('ready queue holds a deleted thread');
    }
  }));
  if (ks.config.mcs) checkMCS(ks, errs);
  return errs;
}
