// Conformance regressions for the IPC, fault and scheduler paths against seL4 16.0.0 (non-MCS riscv64).
// Each test names the seL4 function whose behaviour it pins down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness, SYS, Reply } from './lib/harness.js';
import { ObjType, findUntyped, freeSlots, retype } from './lib/objects.js';
import { CNODE, VSPACE, World, world, ok, become } from './lib/world.js';
import { Label } from '../src/kernel/api/labels.js';
import { ThreadState } from '../src/kernel/structures.js';
import { SIP_STIP } from '../src/arch/riscv/machine/hardware.js';

/** Guard bits set: the lookup in the rootserver's CSpace fails with a GuardMismatch ⇒ cap fault. */
const BAD_CPTR = 1n << 40n;

/** A thread with its own IPC buffer whose fault handler is `faultEP` (a CPtr in the shared root CSpace). */
function threadWithFaultHandler(w: World, faultEP: number, name: string): number {
  const { h } = w;
  const t = w.make(ObjType.TCB);
  const frame = w.make(ObjType.SmallPage);
  ok(h.invoke(t, Label.TCBConfigure, [faultEP, 0, 0, 0x7f000], [CNODE, VSPACE, frame]));
  w.tcb(t).name = name;
  return t;
}

/**
 * Make thread `t` fault (Call on a CPtr whose lookup fails) towards a handler endpoint nobody receives on, so it blocks in
 * BlockedOnSend with tcbFault set; then TCB_Resume it. Non-MCS cancelIPC does not clear tcbFault for a thread
 * blocked on send (seL4 endpoint.c cancelIPC: only the BlockedOnReply case nulls the fault), so the thread runs
 * again carrying the stale fault. Returns with the rootserver current and `t` runnable.
 */
function staleFault(w: World, t: number): void {
  const { h } = w;
  become(w, t);
  h.syscall(SYS.Call, BAD_CPTR, 0);
  assert.equal(w.tcb(t).state, ThreadState.BlockedOnSend);
  assert.equal(w.tcb(t).fault.kind, 'cap');
  assert.equal(h.cur, h.root);
  ok(h.invoke(t, Label.TCBResume));
  assert.equal(w.tcb(t).state, ThreadState.Restart);
  assert.equal(w.tcb(t).fault.kind, 'cap', 'restart keeps the stale fault (non-MCS)');
}

function callWithStaleFault(fast: boolean): { reply: Reply; hits: number } {
  const w = world();
  const { h } = w;
  h.ks.fastpath = fast;
  const faultEP = w.make(ObjType.Endpoint);
  const server = w.make(ObjType.Endpoint);
  const t = threadWithFaultHandler(w, faultEP, 'client');
  staleFault(w, t);
  // The rootserver waits on the server endpoint; the client (same priority) runs and Calls it.
  h.syscall(SYS.Recv, BigInt(server), 0);
  assert.equal(h.cur, w.tcb(t));
  const hits = h.ks.fastpathHits;
  h.syscall(SYS.Call, BigInt(server), 7, [0x11n, 0x22n]);
  assert.equal(h.cur, h.root);
  return { reply: h.replyOf(h.root), hits: h.ks.fastpathHits - hits };
}

test('fastpath_call: a caller with a stale fault takes the slow path and sends a fault message', () => {
  const slow = callWithStaleFault(false);
  const fast = callWithStaleFault(true);
  // doIPCTransfer sends the sender's tcbFault (doFaultTransfer) whenever it is not NullFault: label 1 = CapFault.
  assert.equal(slow.reply.label, 1);
  assert.deepEqual(fast.reply, slow.reply);
  assert.equal(fast.hits, 0, 'fastpath_call checks tcbFault == seL4_Fault_NullFault');
});

function replyRecvWithStaleFault(fast: boolean): { reply: Reply; serverState: ThreadState; hits: number } {
  const w = world();
  const { h } = w;
  h.ks.fastpath = fast;
  const faultEP = w.make(ObjType.Endpoint);
  const ep = w.make(ObjType.Endpoint);
  const t = threadWithFaultHandler(w, faultEP, 'server');
  staleFault(w, t);
  // The server (carrying the stale fault) waits; the rootserver Calls it and the server answers with ReplyRecv.
  h.syscall(SYS.Yield, 0n, 0);
  assert.equal(h.cur, w.tcb(t));
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(h.cur, h.root);
  h.syscall(SYS.Call, BigInt(ep), 3, [0x33n]);
  assert.equal(h.cur, w.tcb(t));
  const hits = h.ks.fastpathHits;
  h.syscall(SYS.ReplyRecv, BigInt(ep), 9, [0x99n]);
  assert.equal(h.cur, h.root);
  return { reply: h.replyOf(h.root), serverState: w.tcb(t).state, hits: h.ks.fastpathHits - hits };
}

test('fastpath_reply_recv: a replier with a stale fault takes the slow path', () => {
  const slow = replyRecvWithStaleFault(false);
  const fast = replyRecvWithStaleFault(true);
  assert.equal(slow.reply.label, 1, 'doReplyTransfer → doIPCTransfer → doFaultTransfer of the replier');
  assert.deepEqual(fast.reply, slow.reply);
  assert.equal(fast.serverState, ThreadState.BlockedOnReceive);
  assert.equal(fast.hits, 0);
});

test('handleSyscall: the interrupt that preempted an invocation is handled in the same kernel entry', () => {
  const h = new Harness();
  const ut = findUntyped(h, 20);
  const dest = freeSlots(h, 300);
  retype(h, ut.slot, ObjType.Endpoint, 0, dest, 256);
  // A timer interrupt is pending: the Revoke is preempted after 100 work units.
  let timerSet = 0;
  const machine = h.ks.machine;
  h.ks.machine = { ...machine, readSip: () => 1 << SIP_STIP, setTimer: (d) => { timerSet++; machine.setTimer(d); } };
  h.ks.isIRQPending = () => true;
  const slice = h.root.timeSlice;
  const before = h.ks.preemptions;
  h.invoke(CNODE, Label.CNodeRevoke, [ut.slot, 64]);
  assert.equal(h.ks.preemptions, before + 1);
  // seL4 handleSyscall: `irq = getActiveIRQ(); if (irq != irqInvalid) handleInterrupt(irq);` → timerTick and
  // resetTimer ran inside this entry, while the thread was still in Restart (so no time-slice charge).
  assert.equal(timerSet, 1, 'the timer interrupt was handled (resetTimer) before returning to user');
  assert.equal(h.root.timeSlice, slice, 'timerTick saw the preempted thread in Restart');
  assert.equal(h.ks.activeIRQ, 0, 'ackInterrupt');
  assert.equal(h.root.state, ThreadState.Running);
  assert.equal(h.root.regs.getPC(), 0x10000n, 'the thread re-executes its ecall');
  h.ks.machine = machine;
  h.ks.isIRQPending = () => false;
  ok(h.invoke(CNODE, Label.CNodeRevoke, [ut.slot, 64]));
});

test('SysDebugSnapshot prints the calling thread before the capDL dump', () => {
  const h = new Harness({ config: { printing: true } });
  h.syscall(SYS.DebugSnapshot, 0n, 0);
  assert.match(h.sys.output(), /^Debug snapshot syscall from user thread 0x[0-9a-f]+ "rootserver"\narch riscv\n/);
});


