// IPC, notifications and faults as whole scenarios (manual §4, §5, §6.2.1): threads get the CPU through the
// real scheduler, objects come from real Untyped_Retype, and where it matters threads run real RISC-V code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYS } from './lib/harness.js';
import { ObjType, capAt, rootSlot } from './lib/objects.js';
import { TCB, CNODE, VSPACE, World, world, ok, expectErr, giveSpace, writeCode, A0, A7 } from './lib/world.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';
import { CapTag, EPState, ThreadState } from '../src/kernel/structures.js';
import { getRegister, setRegister } from '../src/kernel/message.js';
import { Code, addi, ld, lui, ecall, jal } from './cpu/asm.js';

const W = 1, R = 2, G = 4, GR = 8;

/** A thread at priority `prio` with the root CSpace and VSpace and its own IPC buffer frame, resumed. */
function thread(w: World, prio: number, name: string): number {
  const { h } = w;
  const t = w.make(ObjType.TCB);
  giveSpace(w, t);
  ok(h.invoke(t, Label.TCBSetPriority, [prio], [TCB]));
  ok(h.invoke(t, Label.TCBResume));
  w.tcb(t).name = name;
  return t;
}

/** Install a fault-handler CPtr with TCB_SetSpace (keeping the root CSpace and VSpace). */
function setFaultEP(w: World, t: number, fep: number): void {
  ok(w.h.invoke(t, Label.TCBSetSpace, [fep, 0, 0], [CNODE, VSPACE]));
}

/** Mint a copy of `src` with rights and badge into a fresh slot. */
function mint(w: World, src: number, rights: number, badge: bigint | number): number {
  const d = w.reserve();
  ok(w.h.invoke(CNODE, Label.CNodeMint, [d, 64, src, 64, rights, badge], [CNODE]));
  return d;
}

test('server and clients over an endpoint: badges identify clients, replies go to the right caller', () => {
  const w = world();
  const { h } = w;
  const root = h.root;
  const ep = w.make(ObjType.Endpoint);
  const c1 = mint(w, ep, W | GR, 0x11);
  const c2 = mint(w, ep, W | GR, 0x22);
  const t1 = thread(w, 100, 'client1');
  const t2 = thread(w, 100, 'client2');
  assert.equal(h.cur, root, 'the higher-priority server keeps the CPU');

  // Server waits; the most recently resumed client is at the head of the priority-100 queue.
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(root.state, ThreadState.BlockedOnReceive);
  assert.equal(h.cur, w.tcb(t2));

  h.syscall(SYS.Call, BigInt(c2), 5, [7n, 8n]);
  assert.equal(w.tcb(t2).state, ThreadState.BlockedOnReply);
  assert.equal(h.cur, root, 'the call wakes the higher-priority server');
  let r = h.replyOf(root);
  assert.deepEqual([r.badge, r.label, r.length, r.mrs], [0x22n, 5, 2, [7n, 8n]]);
  assert.equal(rootSlot(h, 0).cap.tag, CapTag.Null);
  assert.equal(root.slots[3].cap.tag, CapTag.Reply, 'the server holds a reply cap to the caller');

  h.syscall(SYS.ReplyRecv, BigInt(ep), 0, [15n]);
  assert.equal(h.cur, w.tcb(t2), 'the replied-to client runs next');
  r = h.replyOf(w.tcb(t2));
  assert.deepEqual([r.badge, r.label, r.length, r.mrs], [0n, 0, 1, [15n]]);

  h.syscall(SYS.Yield, 0n, 0);
  assert.equal(h.cur, w.tcb(t1));
  h.syscall(SYS.Call, BigInt(c1), 6, [1n]);
  assert.equal(h.cur, root);
  r = h.replyOf(root);
  assert.deepEqual([r.badge, r.label, r.mrs], [0x11n, 6, [1n]]);
});

test('Call through an endpoint cap without Grant or GrantReply leaves the caller inactive (no reply cap)', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const c = mint(w, ep, W, 1);
  const t = thread(w, 100, 'client');
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(h.cur, w.tcb(t));
  h.syscall(SYS.Call, BigInt(c), 1);
  assert.equal(w.tcb(t).state, ThreadState.Inactive);
  assert.equal(h.root.slots[3].cap.tag, CapTag.Null);
});

test('messages longer than four words travel through both IPC buffers; no receiver buffer truncates to 4', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const t = thread(w, 100, 'receiver');
  // The server sends first and blocks; the receiver then picks the message up.
  const msg = Array.from({ length: 10 }, (_, i) => BigInt(i + 1) * 0x1000000001n);
  h.syscall(SYS.Send, BigInt(ep), 9, msg);
  assert.equal(h.root.state, ThreadState.BlockedOnSend);
  assert.equal(h.cur, w.tcb(t));
  h.syscall(SYS.Recv, BigInt(ep), 0);
  const r = h.replyOf(w.tcb(t));
  assert.deepEqual([r.label, r.length, r.mrs], [9, 10, msg]);

  // A receiver without an IPC buffer gets only the register MRs.
  const w2 = world();
  const ep2 = w2.make(ObjType.Endpoint);
  const t2 = w2.make(ObjType.TCB);
  giveSpace(w2, t2, false);
  ok(w2.h.invoke(t2, Label.TCBSetIPCBuffer, [0], [10]));
  ok(w2.h.invoke(t2, Label.TCBSetPriority, [100], [TCB]));
  ok(w2.h.invoke(t2, Label.TCBResume));
  w2.h.syscall(SYS.Send, BigInt(ep2), 9, msg);
  w2.h.syscall(SYS.Recv, BigInt(ep2), 0);
  const info = getRegister(w2.tcb(t2), 11);
  assert.equal(Number(info & 0x7fn), 4);
});

test('cap transfer with Grant, unwrapping of caps to the same endpoint, and no transfer without Grant', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const ntfn = w.make(ObjType.Notification);
  const badged = mint(w, ep, W | R | G, 0x55);
  const t = thread(w, 100, 'receiver');
  const tt = w.tcb(t);
  const recvSlot = w.reserve();

  // Send with Grant (the original cap has all rights): one cap copied, one unwrapped.
  h.syscall(SYS.Send, BigInt(ep), 3, [1n], [BigInt(ntfn), BigInt(badged)]);
  assert.equal(h.cur, tt);
  h.setReceivePath(tt, BigInt(CNODE), BigInt(recvSlot), 64n);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  let r = h.replyOf(tt);
  assert.equal(r.extraCaps, 2);
  assert.equal(r.capsUnwrapped, 0b10);
  assert.equal(h.getBufferWord(tt, 123), 0x55n, 'the badge of the unwrapped cap');
  const got = capAt(h, recvSlot);
  assert.equal(got.tag, CapTag.Notification);
  assert.equal(rootSlot(h, recvSlot).mdbPrev, rootSlot(h, ntfn), 'the copy is derived from the sent cap');

  // Without Grant nothing is transferred.
  const noGrant = mint(w, ep, W, 0);
  assert.equal(h.cur, h.root);
  const recv2 = w.reserve();
  h.setReceivePath(tt, BigInt(CNODE), BigInt(recv2), 64n);
  h.syscall(SYS.Send, BigInt(noGrant), 4, [], [BigInt(ntfn)]);
  assert.equal(h.cur, tt);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  r = h.replyOf(tt);
  assert.equal(r.extraCaps, 0);
  assert.equal(capAt(h, recv2).tag, CapTag.Null);

  // An occupied receive slot stops the transfer too.
  assert.equal(h.cur, h.root);
  h.setReceivePath(tt, BigInt(CNODE), BigInt(recvSlot), 64n);
  h.syscall(SYS.Send, BigInt(ep), 4, [], [BigInt(ntfn)]);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(h.replyOf(tt).extraCaps, 0);
});

test('a failing extra-cap lookup of a blocking Send is a cap fault (send phase)', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const handler = w.make(ObjType.Endpoint);
  const fep = mint(w, handler, W | G, 0xfa);
  const t = thread(w, 100, 'sender');
  setFaultEP(w, t, fep);
  h.syscall(SYS.Recv, BigInt(handler), 0);
  assert.equal(h.cur, w.tcb(t));
  // An empty slot is a valid extra cap (a null cap); a CPtr whose guard does not match fails the lookup.
  const bad = 1n << 60n;
  h.syscall(SYS.Send, BigInt(ep), 0, [], [bad]);
  assert.equal(h.cur, h.root);
  const r = h.replyOf(h.root);
  assert.equal(r.badge, 0xfan);
  assert.equal(r.label, 1, 'CapFault');
  assert.equal(r.length, 7);
  assert.deepEqual(r.mrs.slice(1), [bad, 0n, 4n, 64n, 0n, 51n], 'addr, send phase, GuardMismatch(bitsLeft 64, guard 0, guardSize 51)');
});

test('Recv on a cap without Receive right is a cap fault in the receive phase', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const writeOnly = mint(w, ep, W, 0);
  const handler = w.make(ObjType.Endpoint);
  const fep = mint(w, handler, W | GR, 7);
  const t = thread(w, 100, 'rx');
  setFaultEP(w, t, fep);
  h.syscall(SYS.Recv, BigInt(handler), 0);
  h.syscall(SYS.Recv, BigInt(writeOnly), 0);
  const r = h.replyOf(h.root);
  assert.deepEqual([r.badge, r.label, r.length], [7n, 1, 5]);
  assert.deepEqual(r.mrs.slice(1), [BigInt(writeOnly), 1n, 2n, 0n]);
});

test('an UnknownSyscall handler emulates a syscall: MR0 must move past the ecall', () => {
  const w = world();
  const { h } = w;
  const handler = w.make(ObjType.Endpoint);
  const fep = mint(w, handler, W | G, 0xbad);
  const t = thread(w, 100, 'emulated');
  const tt = w.tcb(t);
  setFaultEP(w, t, fep);
  h.syscall(SYS.Recv, BigInt(handler), 0);
  assert.equal(h.cur, tt);
  tt.regs.setPC(0x20000n);
  setRegister(tt, 2, 0x7ff00n); // sp
  setRegister(tt, 1, 0x1234n); // ra
  h.syscall(0x42n, 0x77n, 0, [1n, 2n, 3n, 4n]);
  assert.equal(tt.state, ThreadState.BlockedOnReply);
  assert.equal(h.cur, h.root);
  let r = h.replyOf(h.root);
  assert.deepEqual([r.badge, r.label, r.length], [0xbadn, 2, 11]);
  // FaultIP, SP, RA, a0, a1 (the message info the thread passed: length 4), a2..a5, a6, syscall number.
  assert.deepEqual(r.mrs, [0x20000n, 0x7ff00n, 0x1234n, 0x77n, 4n, 1n, 2n, 3n, 4n, 0n, 0x42n]);
  // Reply: new pc past the ecall and a result in a0 (MR3); label 0 restarts the thread.
  h.syscall(SYS.Reply, 0n, 0, [0x20004n, 0x7ff00n, 0x1234n, 99n]);
  assert.equal(tt.state, ThreadState.Restart);
  h.syscall(SYS.Recv, BigInt(handler), 0);
  assert.equal(h.cur, tt);
  assert.equal(tt.regs.getPC(), 0x20004n);
  assert.equal(getRegister(tt, A0), 99n);
  // A non-zero reply label leaves the thread inactive.
  h.syscall(0x43n, 0n, 0);
  r = h.replyOf(h.root);
  assert.equal(r.mrs[10], 0x43n);
  h.syscall(SYS.Reply, 0n, 1, []);
  assert.equal(tt.state, ThreadState.Inactive);
});

test('a fault with no handler makes the thread inactive (double fault)', () => {
  const w = world();
  const { h } = w;
  const t = thread(w, 100, 'lonely');
  const ep = w.make(ObjType.Endpoint);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(h.cur, w.tcb(t));
  h.syscall(0x99n, 0n, 0);
  assert.equal(w.tcb(t).state, ThreadState.Inactive);
  assert.match(h.ks.unhandledFaults[0], /unknown syscall 0x99 in thread "lonely"/);
});

test('notifications: signal accumulates badges, Wait collects them, Poll does not block', () => {
  const w = world();
  const { h } = w;
  const n = w.make(ObjType.Notification);
  const s1 = mint(w, n, W, 0b01);
  const s2 = mint(w, n, W, 0b100);
  h.syscall(SYS.Send, BigInt(s1), 0);
  h.syscall(SYS.NBSend, BigInt(s2), 0);
  h.syscall(SYS.NBRecv, BigInt(n), 0);
  assert.equal(getRegister(h.root, A0), 0b101n);
  h.syscall(SYS.NBRecv, BigInt(n), 0);
  assert.equal(getRegister(h.root, A0), 0n, 'Poll with nothing pending returns 0');
  // A waiter is woken by the next signal.
  const t = thread(w, 100, 'waiter');
  const tt = w.tcb(t);
  h.syscall(SYS.Yield, 0n, 0);
  h.syscall(SYS.Recv, BigInt(n), 0); // root waits on the notification
  assert.equal(h.cur, tt);
  h.syscall(SYS.Send, BigInt(s2), 0);
  assert.equal(h.cur, h.root);
  assert.equal(getRegister(h.root, A0), 0b100n);
  // A notification cap without Write cannot signal.
  const ro = mint(w, n, R, 0);
  expectErr(h.invoke(ro, 0), SeL4Error.InvalidCapability, [0n]);
});

test('a bound notification wakes a thread blocked on an endpoint', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const n = w.make(ObjType.Notification);
  const sig = mint(w, n, W, 0x8);
  const t = thread(w, 200, 'bound');
  const s = thread(w, 100, 'signaller');
  const tt = w.tcb(t);
  ok(h.invoke(t, Label.TCBBindNotification, [], [n]));
  // The root steps aside; the bound thread blocks on the endpoint; the signaller runs and signals.
  const parking = w.make(ObjType.Notification);
  h.syscall(SYS.Recv, BigInt(parking), 0);
  assert.equal(h.cur, tt);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(tt.state, ThreadState.BlockedOnReceive);
  assert.equal(h.cur, w.tcb(s));
  h.syscall(SYS.Send, BigInt(sig), 0);
  assert.equal(tt.state, ThreadState.Running);
  assert.equal(h.cur, tt, 'the woken thread has the higher priority');
  assert.equal(getRegister(tt, A0), 0x8n, 'a0 carries the notification badge');
  const epObj = capAt(h, ep) as { obj: { state: EPState; queue: unknown[] } };
  assert.deepEqual([epObj.obj.state, epObj.obj.queue.length], [EPState.Idle, 0], 'the thread left the endpoint queue');
  // A pending signal is delivered to a bound thread at its next Recv on the endpoint.
  h.syscall(SYS.Yield, 0n, 0);
  ok(h.invoke(sig, 0));
  h.syscall(SYS.Recv, BigInt(ep), 0);
  assert.equal(tt.state, ThreadState.Running);
  assert.equal(getRegister(tt, A0), 0x8n);
  // Waiting on a notification bound to another thread is a cap fault; unbound threads may not Recv on it.
  assert.equal(capAt(h, n).tag, CapTag.Notification);
});

test('round robin within a priority and preemption by a higher priority', () => {
  const w = world();
  const { h } = w;
  const a = thread(w, 50, 'a');
  const b = thread(w, 50, 'b');
  const c = thread(w, 40, 'c');
  const ep = w.make(ObjType.Endpoint);
  h.syscall(SYS.Recv, BigInt(ep), 0);
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    order.push(h.cur.name);
    h.syscall(SYS.Yield, 0n, 0);
  }
  assert.deepEqual(order, ['b', 'a', 'b', 'a']);
  // Suspend both priority-50 threads: the priority-40 thread runs.
  ok(h.invoke(a, Label.TCBSuspend));
  assert.equal(h.cur.name, 'b');
  h.invoke(b, Label.TCBSuspend); // suspending itself: no reply
  assert.equal(w.tcb(b).state, ThreadState.Inactive);
  assert.equal(h.cur, w.tcb(c));
  // Resuming a higher-priority thread preempts.
  ok(h.invoke(a, Label.TCBResume));
  assert.equal(h.cur, w.tcb(a));
});

test('a fault handler maps a frame on a VMFault and resumes the thread (real code)', () => {
  const w = world();
  const { h } = w;
  const root = h.root;
  const handler = w.make(ObjType.Endpoint);
  const fep = mint(w, handler, W | G, 0x7);
  const t = w.make(ObjType.TCB);
  const tt = w.tcb(t);
  ok(h.invoke(t, Label.TCBConfigure, [fep, 0, 0, 0], [CNODE, VSPACE, 10]));
  ok(h.invoke(t, Label.TCBSetPriority, [100], [TCB]));
  tt.name = 'pager-client';
  // Code: load from 0x500000 (unmapped), put the value in a0, print its low byte via DebugPutChar, halt.
  const code = new Code().w(lui(5, 0x500), ld(A0, 5, 0), addi(A7, 0, -9), ecall, addi(A7, 0, -11), ecall, jal(0, 0));
  const entry = writeCode(h, 0x800, code);
  const regs = new Array(34).fill(0n);
  regs[0] = 1n; // resume_target
  regs[1] = 1n; // count: pc only
  regs[2] = entry;
  ok(h.invoke(t, Label.TCBWriteRegisters, regs.slice(0, 3)));
  h.syscall(SYS.Recv, BigInt(handler), 0);
  assert.equal(h.cur, tt);
  // Run real instructions until the fault reaches the handler.
  for (let i = 0; i < 100 && h.cur !== root; i++) h.step();
  assert.equal(h.cur, root);
  let r = h.replyOf(root);
  assert.deepEqual([r.badge, r.label, r.length], [0x7n, 5, 4]);
  assert.deepEqual(r.mrs, [entry + 4n, 0x500000n, 0n, 5n], 'IP, address, data fault, FSR load');
  // Map a page table and a frame holding 'Z' at 0x500000, then reply: the load is retried.
  const pt = w.make(ObjType.PageTable);
  ok(h.invoke(pt, Label.RISCVPageTableMap, [0x500000, 0], [VSPACE]));
  const frame = w.make(ObjType.SmallPage);
  ok(h.invoke(frame, Label.RISCVPageMap, [0x500000, 3, 0], [VSPACE]));
  const paddr = h.invoke(frame, Label.RISCVPageGetAddress).mrs[0];
  h.ks.mem.write8(Number(paddr), 'Z'.charCodeAt(0));
  h.syscall(SYS.Reply, 0n, 0);
  assert.equal(tt.state, ThreadState.Restart);
  h.syscall(SYS.Recv, BigInt(handler), 0);
  const res = h.sys.run(1000);
  assert.equal(res.reason, 'halted');
  assert.equal(h.sys.output(), 'Z' + `Debug halt syscall from user thread 0x${(0xffffffc000000000n + BigInt(tt.paddr) + 0x400n).toString(16)} "${tt.name}"\n`);
  assert.equal(root.state, ThreadState.BlockedOnReceive, 'the pager waits for the next fault');
});
