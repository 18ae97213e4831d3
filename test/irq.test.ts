// IRQ control and IRQ handler invocations (manual §9.2, fact sheet §5.4/§5.5), interrupt delivery through the PLIC
// to notifications, and release of IRQs when handler caps go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYS } from './lib/harness.js';
import { world, ok, expectErr, CNODE, type World } from './lib/world.js';
import { ObjType, capAt, rootSlot } from './lib/objects.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';
import { CapTag, ThreadState, NtfnState, type Cap } from '../src/kernel/structures.js';
import { IRQState } from '../src/kernel/statedata.js';
import { getRegister } from '../src/kernel/message.js';
import { isMDBParentOf } from '../src/kernel/object/cap.js';
import { StopReason } from '../src/system.js';

const IRQ_CONTROL = 4;
const UART_IRQ = 10;
const RTC_IRQ = 11;
const MAX_IRQ = 96n;

function plicEnabled(w: World, irq: number): boolean {
  return w.h.sys.board.plic.isEnabled(1, irq);
}

/** IRQControl_Get into a fresh slot; returns the slot. */
function getHandler(w: World, irq: number): number {
  const s = w.reserve();
  ok(w.h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [irq, s, 64], [CNODE]));
  return s;
}

/** A notification cap minted with `rights` and `badge` in a fresh slot (plus the original). */
function notification(w: World, badge: bigint, rights = 0xf): { orig: number; minted: number } {
  const orig = w.make(ObjType.Notification);
  const minted = w.reserve();
  ok(w.h.invoke(CNODE, Label.CNodeMint, [minted, 64, orig, 64, rights, badge], [CNODE]));
  return { orig, minted };
}

test('IRQControl_Get: argument, range and state checks with their error MRs', () => {
  const w = world();
  const { h } = w;
  const s = w.reserve();
  expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [UART_IRQ, s]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [UART_IRQ, s, 64]), SeL4Error.TruncatedMessage);
  // IRQ 0 is irqInvalid; above maxIRQ (96) is out of range.
  for (const irq of [0n, MAX_IRQ + 1n, 1000n, 2n ** 32n + 10n, 2n ** 64n - 1n]) {
    expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [irq, s, 64], [CNODE]), SeL4Error.RangeError, [1n, MAX_IRQ]);
  }
  // The kernel's timer IRQ is always active.
  expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [MAX_IRQ, s, 64], [CNODE]), SeL4Error.RevokeFirst);
  // Destination slot lookup: depth out of range, not a CNode, guard mismatch, occupied.
  expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [UART_IRQ, s, 65], [CNODE]), SeL4Error.RangeError, [1n, 64n]);
  expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [UART_IRQ, s, 0], [CNODE]), SeL4Error.RangeError, [1n, 64n]);
  expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [UART_IRQ, s, 64], [1]), SeL4Error.FailedLookup, [0n, 1n]);
  expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [UART_IRQ, 1n << 40n, 64], [CNODE]), SeL4Error.FailedLookup, [0n, 4n, 64n, 0n, 51n]);
  expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [UART_IRQ, 1, 64], [CNODE]), SeL4Error.DeleteFirst);
  // None of the failures changed anything.
  assert.equal(h.ks.irqStates[UART_IRQ], IRQState.Inactive);
  assert.equal(plicEnabled(w, UART_IRQ), false);
  assert.equal(capAt(h, s).tag, CapTag.Null);
  // Success: a handler cap, child of the IRQ control cap; the IRQ is active and unmasked at the PLIC.
  ok(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [UART_IRQ, s, 64], [CNODE]));
  assert.deepEqual(capAt(h, s), { tag: CapTag.IRQHandler, irq: UART_IRQ });
  assert.equal(h.ks.irqStates[UART_IRQ], IRQState.Signal);
  assert.equal(plicEnabled(w, UART_IRQ), true);
  assert.ok(isMDBParentOf(rootSlot(h, IRQ_CONTROL), rootSlot(h, s)));
  assert.equal(rootSlot(h, s).mdbRevocable, true);
  // Already issued.
  const s2 = w.reserve();
  expectErr(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [UART_IRQ, s2, 64], [CNODE]), SeL4Error.RevokeFirst);
  // Every user IRQ 1..95 can be had; the boundaries work.
  ok(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [1, s2, 64], [CNODE]));
  const s3 = w.reserve();
  ok(h.invoke(IRQ_CONTROL, Label.IRQIssueIRQHandler, [95, s3, 64], [CNODE]));
  assert.deepEqual(capAt(h, s3), { tag: CapTag.IRQHandler, irq: 95 });
});

test('IRQControl_GetTrigger: length 4, same checks, and other labels on IRQ control are illegal', () => {
  const w = world();
  const { h } = w;
  const s = w.reserve();
  expectErr(h.invoke(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [RTC_IRQ, 1, s], [CNODE]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [RTC_IRQ, 1, s, 64]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [0, 1, s, 64], [CNODE]), SeL4Error.RangeError, [1n, MAX_IRQ]);
  expectErr(h.invoke(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [97, 0, s, 64], [CNODE]), SeL4Error.RangeError, [1n, MAX_IRQ]);
  expectErr(h.invoke(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [96, 0, s, 64], [CNODE]), SeL4Error.RevokeFirst);
  expectErr(h.invoke(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [RTC_IRQ, 0, s, 99], [CNODE]), SeL4Error.RangeError, [1n, 64n]);
  expectErr(h.invoke(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [RTC_IRQ, 0, 1, 64], [CNODE]), SeL4Error.DeleteFirst);
  ok(h.invoke(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [RTC_IRQ, 1, s, 64], [CNODE]));
  assert.deepEqual(capAt(h, s), { tag: CapTag.IRQHandler, irq: RTC_IRQ });
  assert.equal(plicEnabled(w, RTC_IRQ), true);
  expectErr(h.invoke(IRQ_CONTROL, Label.RISCVIRQIssueIRQHandlerTrigger, [RTC_IRQ, 0, w.reserve(), 64], [CNODE]), SeL4Error.RevokeFirst);
  // Any other label (IRQ handler labels included) is an illegal operation on IRQ control.
  for (const l of [Label.IRQAckIRQ, Label.IRQSetIRQHandler, Label.CNodeCopy, Label.InvalidInvocation]) {
    expectErr(h.invoke(IRQ_CONTROL, l, [1, 2, 3, 4], [CNODE]), SeL4Error.IllegalOperation);
  }
});

test('IRQHandler: SetNotification checks, replaces and clears the IRQ node cap; Ack is a no-op', () => {
  const w = world();
  const { h } = w;
  const hs = getHandler(w, UART_IRQ);
  const nodeSlot = h.ks.intStateIRQNode[UART_IRQ];
  const nodeCap = (): Cap => nodeSlot.cap;
  const n1 = notification(w, 0x11n);
  const readOnly = notification(w, 0x22n, 2);
  expectErr(h.invoke(hs, Label.IRQSetIRQHandler, []), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(hs, Label.IRQSetIRQHandler, [], [CNODE]), SeL4Error.InvalidCapability, [0n]);
  expectErr(h.invoke(hs, Label.IRQSetIRQHandler, [], [w.make(ObjType.Endpoint)]), SeL4Error.InvalidCapability, [0n]);
  expectErr(h.invoke(hs, Label.IRQSetIRQHandler, [], [readOnly.minted]), SeL4Error.InvalidCapability, [0n]);
  assert.equal(nodeCap().tag, CapTag.Null);
  ok(h.invoke(hs, Label.IRQSetIRQHandler, [], [n1.minted]));
  assert.equal(nodeCap().tag, CapTag.Notification);
  assert.deepEqual(nodeCap(), capAt(h, n1.minted));
  assert.equal(nodeSlot.mdbPrev, rootSlot(h, n1.minted), 'the IRQ node cap is a copy inserted after its source');
  // Replace with another notification: the old copy is deleted.
  const n2 = notification(w, 0x33n);
  ok(h.invoke(hs, Label.IRQSetIRQHandler, [], [n2.minted]));
  const c2 = nodeCap();
  assert.equal(c2.tag === CapTag.Notification ? c2.badge : -1n, 0x33n);
  assert.equal(rootSlot(h, n1.minted).mdbNext === nodeSlot, false);
  // Ack changes nothing at all on qemu-riscv-virt.
  const before = JSON.stringify([...h.sys.board.plic.enable, ...h.sys.board.plic.pending, ...h.sys.board.plic.claimed]);
  ok(h.invoke(hs, Label.IRQAckIRQ));
  assert.equal(JSON.stringify([...h.sys.board.plic.enable, ...h.sys.board.plic.pending, ...h.sys.board.plic.claimed]), before);
  // Clear: the node slot is empty, the IRQ stays issued and unmasked.
  ok(h.invoke(hs, Label.IRQClearIRQHandler));
  assert.equal(nodeCap().tag, CapTag.Null);
  assert.equal(h.ks.irqStates[UART_IRQ], IRQState.Signal);
  ok(h.invoke(hs, Label.IRQClearIRQHandler));
  // Other labels are illegal.
  for (const l of [Label.IRQIssueIRQHandler, Label.CNodeDelete, Label.RISCVIRQIssueIRQHandlerTrigger]) {
    expectErr(h.invoke(hs, l, [UART_IRQ, 0, 64], [CNODE]), SeL4Error.IllegalOperation);
  }
});

test('a device interrupt signals the handler notification with its badge; the kernel claims and completes it', () => {
  const w = world();
  const { h } = w;
  const sys = h.sys;
  const plic = sys.board.plic;
  const hs = getHandler(w, RTC_IRQ);
  const n = notification(w, 0x40n);
  ok(h.invoke(hs, Label.IRQSetIRQHandler, [], [n.minted]));
  const ntfn = (capAt(h, n.orig) as { obj: import('../src/kernel/structures.js').Notification }).obj;
  // The root waits on the notification: nothing else runs.
  h.syscall(SYS.Recv, BigInt(n.orig), 0);
  assert.equal(h.root.state, ThreadState.BlockedOnNotification);
  assert.equal(h.cur, h.ks.idleThread);
  plic.setIrq(RTC_IRQ, true);
  const entries = h.ks.entries;
  const r = sys.run(0);
  assert.equal(r.reason, StopReason.InstructionLimit);
  assert.equal(h.ks.entries, entries + 1, 'one interrupt entry');
  assert.equal(sys.deviceInterrupts, 1);
  assert.equal(h.cur, h.root);
  assert.equal(h.root.state, ThreadState.Running);
  assert.equal(getRegister(h.root, 10), 0x40n, 'badge in a0');
  // Claimed and completed at once (QEMU workaround): not pending, not claimed, still enabled.
  assert.equal(plic.isPending(RTC_IRQ), false);
  assert.equal(plic.claimed[0], 0);
  assert.equal(plic.isEnabled(1, RTC_IRQ), true);
  assert.equal(h.ks.activeIRQ, 0);
  // A line that stays high is not delivered again; re-asserting it is (QEMU's PLIC samples level changes).
  plic.setIrq(RTC_IRQ, true);
  sys.run(0);
  assert.equal(sys.deviceInterrupts, 2);
  assert.equal(ntfn.state, NtfnState.Active);
  assert.equal(ntfn.word, 0x40n);
  sys.run(0);
  assert.equal(sys.deviceInterrupts, 2);
  // Lowering the line drops a pending request that was never taken.
  plic.setIrq(RTC_IRQ, true);
  plic.setIrq(RTC_IRQ, false);
  sys.run(0);
  assert.equal(sys.deviceInterrupts, 2);
});

test('interrupts of unissued IRQs are masked; handler without notification drops the signal', () => {
  const w = world({ config: { printing: true } });
  const { h } = w;
  const sys = h.sys;
  sys.board.plic.setIrq(UART_IRQ, true);
  sys.run(0);
  assert.equal(sys.deviceInterrupts, 0, 'masked at the PLIC: never taken');
  // Issue the IRQ: the pending request is delivered, but there is no notification yet.
  getHandler(w, UART_IRQ);
  sys.run(0);
  assert.equal(sys.deviceInterrupts, 1);
  assert.match(sys.output(), /Undelivered IRQ: 10\n/);
});

test('deleting the last handler cap clears the IRQ node and masks the IRQ; revoking IRQ control deletes handlers', () => {
  const w = world();
  const { h } = w;
  const hs = getHandler(w, UART_IRQ);
  const copy = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeCopy, [copy, 64, hs, 64, 0xf], [CNODE]));
  const n = notification(w, 7n);
  ok(h.invoke(copy, Label.IRQSetIRQHandler, [], [n.minted]));
  // Not the last cap: nothing happens.
  ok(h.invoke(CNODE, Label.CNodeDelete, [hs, 64]));
  assert.equal(h.ks.irqStates[UART_IRQ], IRQState.Signal);
  assert.equal(h.ks.intStateIRQNode[UART_IRQ].cap.tag, CapTag.Notification);
  // The user's notification caps can go: the IRQ node copy keeps the object alive.
  const ntfn = (capAt(h, n.orig) as { obj: import('../src/kernel/structures.js').Notification }).obj;
  ok(h.invoke(CNODE, Label.CNodeDelete, [n.minted, 64]));
  ok(h.invoke(CNODE, Label.CNodeDelete, [n.orig, 64]));
  assert.ok(h.ks.objects.has(ntfn));
  // Last handler cap: the node cap (the last cap to the notification) goes, the IRQ is inactive and masked.
  ok(h.invoke(CNODE, Label.CNodeDelete, [copy, 64]));
  assert.equal(h.ks.intStateIRQNode[UART_IRQ].cap.tag, CapTag.Null);
  assert.equal(h.ks.irqStates[UART_IRQ], IRQState.Inactive);
  assert.equal(h.sys.board.plic.isEnabled(1, UART_IRQ), false);
  assert.equal(h.ks.objects.has(ntfn), false, 'the notification was finalised with its last cap');
  // The IRQ can be issued again; revoking IRQ control takes every handler cap.
  const a = getHandler(w, UART_IRQ);
  const b = getHandler(w, RTC_IRQ);
  ok(h.invoke(CNODE, Label.CNodeRevoke, [IRQ_CONTROL, 64]));
  assert.equal(capAt(h, a).tag, CapTag.Null);
  assert.equal(capAt(h, b).tag, CapTag.Null);
  assert.equal(h.ks.irqStates[UART_IRQ], IRQState.Inactive);
  assert.equal(h.ks.irqStates[RTC_IRQ], IRQState.Inactive);
  assert.equal(h.ks.irqStates[96], IRQState.Timer);
  getHandler(w, RTC_IRQ);
});

test('IRQ control cannot be copied into a second control cap (derive gives null)', () => {
  const w = world();
  const { h } = w;
  const s = w.reserve();
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [s, 64, IRQ_CONTROL, 64, 0xf], [CNODE]), SeL4Error.IllegalOperation);
  // Moving it is fine and it keeps working.
  ok(h.invoke(CNODE, Label.CNodeMove, [s, 64, IRQ_CONTROL, 64], [CNODE]));
  const t = w.reserve();
  ok(h.invoke(s, Label.IRQIssueIRQHandler, [5, t, 64], [CNODE]));
});

test('external interrupts are taken before the timer, and the timer ticks every 2 ms of virtual time', () => {
  const w = world();
  const { h } = w;
  const sys = h.sys;
  const hs = getHandler(w, RTC_IRQ);
  const n = notification(w, 1n);
  ok(h.invoke(hs, Label.IRQSetIRQHandler, [], [n.minted]));
  h.syscall(SYS.Recv, BigInt(n.orig), 0);
  // Let virtual time pass while idle, up to a moment when the tick is due, then raise the line.
  const tick = 2e-3 * sys.config.cpuHz;
  assert.equal(sys.timerInterrupts, 0);
  sys.events.schedule(Math.ceil(sys.cycles / tick + 1) * tick, () => sys.board.plic.setIrq(RTC_IRQ, true));
  const order: string[] = [];
  const orig = h.ks.machine.readSip;
  h.ks.machine = { ...h.ks.machine, readSip: () => { const v = orig(); order.push((v >> 9) & 1 ? 'ext' : 'timer'); return v; } };
  sys.run(0);
  assert.deepEqual(order.slice(0, 2), ['ext', 'timer']);
  assert.equal(sys.deviceInterrupts, 1);
  assert.ok(sys.timerInterrupts >= 1);
  assert.equal(h.cur, h.root);
});
