// Kernel invariants, checked after every kernel entry in test runs (a run-time echo of seL4's proof invariants:
// a well-formed derivation tree, no dangling caps, objects inside their untyped, consistent queues).
import type { KernelState } from './statedata.js';
import {
  Cap, CapTag, CNode, Cte, Endpoint, EPState, Notification, NtfnState, Tcb, ThreadState, ASIDPool,
} from './structures.js';

function capObject(c: Cap): CNode | Tcb | Endpoint | Notification | ASIDPool | null {
  switch (c.tag) {
    case CapTag.Endpoint: case CapTag.Notification: case CapTag.CNode: return c.obj;
    case CapTag.Thread: return c.tcb;
    case CapTag.Reply: return c.tcb;
    case CapTag.ASIDPool: return c.pool;
    default: return null;
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
  return errs;
}
