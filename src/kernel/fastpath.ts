// IPC fastpaths for Call and ReplyRecv (seL4 src/fastpath/fastpath.c). They take the common case -- a short
// register-only message to a waiting thread that will run next -- with 32-bit arithmetic and no allocation, and
// must be observably identical to the slow path: any condition they do not handle returns false and the slow
// path runs instead.
import type { KernelState } from './statedata.js';
import { SchedulerAction } from './statedata.js';
import {
  CapTag, Cap, Cte, EPState, NtfnState, Tcb, TcbSlot, ThreadState,
  RIGHT_GRANT, RIGHT_GRANT_REPLY, RIGHT_READ, RIGHT_WRITE,
} from './structures.js';
import { REG_CAP, REG_MSGINFO } from '../arch/riscv/registers.js';
import { findVSpaceForASID } from '../arch/riscv/kernel/vspace.js';
import { switchToThread } from './thread.js';
import { cteInsert, emptySlot } from './object/cnode.js';
import { NULL_CAP } from './structures.js';

/**
 * Resolve a CPtr held in a register pair when the thread's CSpace root is a single-level CNode whose guard is 0
 * and guard + radix cover the word (the usual rootserver/component layout). Anything else: null (slow path).
 */
function lookupFast(t: Tcb, lo: number, hi: number): Cte | null {
  const root = t.slots[TcbSlot.CTable].cap;
  if (root.tag !== CapTag.CNode || root.guard !== 0n || root.guardSize + root.radix !== 64 || root.radix >= 32) return null;
  if (hi !== 0 || lo >>> root.radix !== 0) return null;
  return root.obj.slot(lo);
}

function validVTable(ks: KernelState, t: Tcb): boolean {
  const c = t.slots[TcbSlot.VTable].cap;
  return c.tag === CapTag.PageTable && c.isMapped && findVSpaceForASID(ks, c.mappedASID) === c.paddr;
}

function highestPrioAtLeast(ks: KernelState, prio: number): boolean {
  const b = ks.readyBitmap;
  const base = ks.curDomain * 8;
  for (let w = 7; w >= 0; w--) {
    const bits = b[base + w];
    if (bits !== 0) return prio >= w * 32 + 31 - Math.clz32(bits);
  }
  return true;
}

/** Copy MR0..MR(n-1) (n <= 4, all in registers) and the message info/badge from sender to receiver. */
function transferRegisters(sender: Tcb, receiver: Tcb, infoLo: number, infoHi: number, badgeLo: number, badgeHi: number): void {
  const sl = sender.regs.xlo, sh = sender.regs.xhi, rl = receiver.regs.xlo, rh = receiver.regs.xhi;
  const n = infoLo & 0x7f;
  for (let i = 0; i < n; i++) {
    rl[12 + i] = sl[12 + i];
    rh[12 + i] = sh[12 + i];
  }
  // Received info: same label and length, no caps (extraCaps and capsUnwrapped zero).
  rl[REG_MSGINFO] = (infoLo & ~0xf80) | 0;
  rh[REG_MSGINFO] = infoHi;
  rl[REG_CAP] = badgeLo;
  rh[REG_CAP] = badgeHi;
}

/**
 * Checks shared by both fastpaths: a register-only message without caps, nothing pending for the scheduler, no
 * fault carried by the thread, and a directly resolvable endpoint cap in a0. Returns the cap, or null.
 */
function fastpathEndpointCap(ks: KernelState, cur: Tcb): Cap | null {
  const r = cur.regs;
  if ((r.xlo[REG_MSGINFO] & 0x1ff) > 4 || ks.schedulerAction !== SchedulerAction.ResumeCurrentThread) return null;
  // A thread that still carries a fault (kept across cancelIPC/restart on non-MCS) sends or replies with a fault
  // message on the slow path (doIPCTransfer → doFaultTransfer): both fastpaths check tcbFault == NullFault.
  if (cur.fault.kind !== 'none') return null;
  const slot = lookupFast(cur, r.xlo[REG_CAP], r.xhi[REG_CAP]);
  return slot === null ? null : slot.cap;
}

/** seL4 fastpath_call. */
export function fastpathCall(ks: KernelState): boolean {
  const cur = ks.curThread;
  const r = cur.regs;
  const infoLo = r.xlo[REG_MSGINFO];
  const cap = fastpathEndpointCap(ks, cur);
  if (cap === null || cap.tag !== CapTag.Endpoint || (cap.rights & RIGHT_WRITE) === 0) return false;
  if ((cap.rights & (RIGHT_GRANT | RIGHT_GRANT_REPLY)) === 0) return false;
  const ep = cap.obj;
  if (ep.state !== EPState.Recv) return false;
  const dest = ep.queue[0];
  if (!validVTable(ks, dest)) return false;
  if (dest.priority < cur.priority && !highestPrioAtLeast(ks, dest.priority)) return false;
  if (dest.domain !== ks.curDomain && ks.config.numDomains > 1) return false;
  if (cur.slots[TcbSlot.Reply].cap.tag !== CapTag.Reply || dest.slots[TcbSlot.Caller].cap.tag !== CapTag.Null) return false;

  ep.queue.shift();
  if (ep.queue.length === 0) ep.state = EPState.Idle;
  dest.blockingObject = null;
  cur.state = ThreadState.BlockedOnReply;
  cteInsert(ks, cur.replyCaps[dest.receiverCanGrant ? 1 : 0], cur.slots[TcbSlot.Reply], dest.slots[TcbSlot.Caller]);
  transferRegisters(cur, dest, infoLo, r.xhi[REG_MSGINFO], cap.badgeLo, cap.badgeHi);
  dest.state = ThreadState.Running;
  switchToThread(ks, dest);
  return true;
}

/** seL4 fastpath_reply_recv (non-MCS). */
export function fastpathReplyRecv(ks: KernelState): boolean {
  const cur = ks.curThread;
  const r = cur.regs;
  const infoLo = r.xlo[REG_MSGINFO];
  const cap = fastpathEndpointCap(ks, cur);
  if (cap === null || cap.tag !== CapTag.Endpoint || (cap.rights & RIGHT_READ) === 0) return false;
  const ntfn = cur.boundNotification;
  if (ntfn !== null && ntfn.state === NtfnState.Active) return false;
  const ep = cap.obj;
  if (ep.state === EPState.Send) return false;
  const callerSlot = cur.slots[TcbSlot.Caller];
  const callerCap = callerSlot.cap;
  if (callerCap.tag !== CapTag.Reply || callerCap.master) return false;
  const caller = callerCap.tcb;
  if (caller.fault.kind !== 'none' || caller.state !== ThreadState.BlockedOnReply) return false;
  if (!validVTable(ks, caller)) return false;
  if (!highestPrioAtLeast(ks, caller.priority)) return false;
  if (caller.domain !== ks.curDomain && ks.config.numDomains > 1) return false;

  // The current thread blocks receiving on the endpoint.
  cur.blockingObject = ep;
  cur.receiverCanGrant = (cap.rights & RIGHT_GRANT) !== 0;
  cur.state = ThreadState.BlockedOnReceive;
  ep.queue.push(cur);
  ep.state = EPState.Recv;
  // The one-shot reply cap is used up (no finalisation needed for a reply cap).
  emptySlot(ks, callerSlot, NULL_CAP);
  transferRegisters(cur, caller, infoLo, r.xhi[REG_MSGINFO], 0, 0);
  caller.state = ThreadState.Running;
  switchToThread(ks, caller);
  return true;
}
