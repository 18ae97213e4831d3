// CNode invocations (seL4 src/object/cnode.c; manual §3.1, fact sheet §5.4): every decode check with its error
// code and MRs, rights masking, badges and guards, the derivation tree after Copy/Mint/Move/Mutate/Rotate, and
// Delete/Revoke/SaveCaller/CancelBadgedSends semantics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SYS } from './lib/harness.js';
import { ObjType, capAt, rootSlot } from './lib/objects.js';
import { TCB, CNODE, world, ok, expectErr, giveSpace } from './lib/world.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';
import { CapTag, EPState, ThreadState, VMRights } from '../src/kernel/structures.js';
import { isMDBParentOf } from '../src/kernel/object/cap.js';

const IRQCTRL = 4, ASIDCTRL = 5, IPCBUF = 10;

/**
 * Park the root on a notification and return a function that, once every other thread has blocked, lets a
 * low-priority signaller thread wake it (so tests can let other threads block and then act as the root again).
 */
function park(w: ReturnType<typeof world>): () => void {
  const { h } = w;
  const n = w.make(ObjType.Notification);
  const s = w.make(ObjType.TCB);
  giveSpace(w, s);
  ok(h.invoke(s, Label.TCBSetPriority, [1], [TCB]));
  ok(h.invoke(s, Label.TCBResume));
  h.syscall(SYS.Recv, BigInt(n), 0);
  return () => {
    assert.equal(h.cur, w.tcb(s), 'only the signaller is left to run');
    h.syscall(SYS.Send, BigInt(n), 0);
    assert.equal(h.cur, h.root);
  };
}
const ALL = 0xf, W = 1, R = 2, G = 4;

test('common checks: labels, truncation, destination addressing', () => {
  const w = world();
  const { h } = w;
  expectErr(h.invoke(CNODE, Label.TCBSuspend), SeL4Error.IllegalOperation);
  expectErr(h.invoke(CNODE, Label.UntypedRetype, [0, 0, 0, 0, 0, 0]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(CNODE, Label.CNodeDelete, [5]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(CNODE, Label.CNodeDelete, [5, 0]), SeL4Error.RangeError, [1n, 64n]);
  expectErr(h.invoke(CNODE, Label.CNodeDelete, [5, 65]), SeL4Error.RangeError, [1n, 64n]);
  // Depth 13 resolves only the radix bits, missing the 51-bit guard: guard mismatch.
  expectErr(h.invoke(CNODE, Label.CNodeDelete, [5, 13]), SeL4Error.FailedLookup, [0n, 4n, 13n, 0n, 51n]);
  // A guard that does not match.
  expectErr(h.invoke(CNODE, Label.CNodeDelete, [1n << 63n, 64]), SeL4Error.FailedLookup, [0n, 4n, 64n, 0n, 51n]);
  // Invoking a non-CNode cap as the root of a CNode operation: not a CNode invocation at all.
  expectErr(h.invoke(TCB, Label.CNodeDelete, [5, 64]), SeL4Error.IllegalOperation);
});

test('Copy: rights masking, DeleteFirst, empty source, underivable caps', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const d = w.reserve();
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [d, 64, ep, 64]), SeL4Error.TruncatedMessage, []);
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [d, 64, ep, 64, ALL]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [ep, 64, ep, 64, ALL], [CNODE]), SeL4Error.DeleteFirst);
  const empty = w.reserve();
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [d, 64, empty, 64, ALL], [CNODE]), SeL4Error.FailedLookup, [1n, 2n, 64n]);
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [d, 64, ep, 0, ALL], [CNODE]), SeL4Error.RangeError, [1n, 64n]);
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [d, 64, ep, 64, ALL], [TCB]), SeL4Error.FailedLookup, [1n, 1n]);
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [d, 64, ep, 64], [CNODE]), SeL4Error.TruncatedMessage);
  // The IRQ control cap cannot be copied.
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [d, 64, IRQCTRL, 64, ALL], [CNODE]), SeL4Error.IllegalOperation);
  // An untyped with children cannot be copied.
  const utSlot = w.ut;
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [d, 64, utSlot, 64, ALL], [CNODE]), SeL4Error.RevokeFirst);
  // An unmapped page table cannot be copied; a frame copy is unmapped.
  const pt = w.make(ObjType.PageTable);
  expectErr(h.invoke(CNODE, Label.CNodeCopy, [d, 64, pt, 64, ALL], [CNODE]), SeL4Error.IllegalOperation);
  ok(h.invoke(CNODE, Label.CNodeCopy, [d, 64, IPCBUF, 64, R], [CNODE]));
  const fc = capAt(h, d);
  assert.ok(fc.tag === CapTag.Frame && fc.mappedASID === 0 && fc.mappedAddress === 0 && fc.rights === VMRights.ReadOnly);
  // Endpoint rights are masked; the copy is a child of the original in the derivation tree.
  const d2 = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeCopy, [d2, 64, ep, 64, W | G], [CNODE]));
  const c2 = capAt(h, d2);
  assert.ok(c2.tag === CapTag.Endpoint && c2.rights === (W | G) && c2.badge === 0n);
  assert.equal(rootSlot(h, d2).mdbPrev, rootSlot(h, ep));
  assert.equal(isMDBParentOf(rootSlot(h, ep), rootSlot(h, d2)), true, 'retyped caps are revocable parents');
  // The ASID control cap can be copied.
  ok(h.invoke(CNODE, Label.CNodeCopy, [w.reserve(), 64, ASIDCTRL, 64, ALL], [CNODE]));
});

test('Mint: badges once, guards for CNodes, invalid data gives IllegalOperation', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const b = w.reserve();
  expectErr(h.invoke(CNODE, Label.CNodeMint, [b, 64, ep, 64, ALL], [CNODE]), SeL4Error.TruncatedMessage);
  ok(h.invoke(CNODE, Label.CNodeMint, [b, 64, ep, 64, ALL, 0xabc], [CNODE]));
  const bc = capAt(h, b);
  assert.ok(bc.tag === CapTag.Endpoint && bc.badge === 0xabcn);
  assert.equal(rootSlot(h, b).mdbRevocable, true, 'a newly badged cap is revocable');
  // Minting from an already badged cap fails, whatever the badge.
  expectErr(h.invoke(CNODE, Label.CNodeMint, [w.reserve(), 64, b, 64, ALL, 0], [CNODE]), SeL4Error.IllegalOperation);
  // Copy of the badged cap keeps the badge and is a child (not first badged).
  const b2 = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeCopy, [b2, 64, b, 64, ALL], [CNODE]));
  assert.equal((capAt(h, b2) as { badge: bigint }).badge, 0xabcn);
  assert.equal(isMDBParentOf(rootSlot(h, b), rootSlot(h, b2)), true);
  // CNode guard data: guardSize + radix > 64 is invalid.
  const cn = w.make(ObjType.CapTable, 4);
  expectErr(h.invoke(CNODE, Label.CNodeMint, [w.reserve(), 64, cn, 64, ALL, 61], [CNODE]), SeL4Error.IllegalOperation);
  const g = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeMint, [g, 64, cn, 64, ALL, (0x5n << 6n) | 60n], [CNODE]));
  const gc = capAt(h, g);
  assert.ok(gc.tag === CapTag.CNode && gc.guardSize === 60 && gc.guard === 5n && gc.radix === 4);
  // Put an endpoint copy into slot 3 of the new CNode via the guarded cap (depth 64 from the guarded root).
  ok(h.invoke(g, Label.CNodeCopy, [(5n << 4n) | 3n, 64, ep, 64, ALL], [CNODE]));
  assert.equal((capAt(h, cn) as { obj: { slot(i: number): { cap: { tag: number } } } }).obj.slot(3).cap.tag, CapTag.Endpoint);
  expectErr(h.invoke(g, Label.CNodeCopy, [(6n << 4n) | 3n, 64, ep, 64, ALL], [CNODE]), SeL4Error.FailedLookup, [0n, 4n, 64n, 5n, 60n]);
});

test('Move and Mutate keep the derivation-tree position; Mutate cannot badge', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const child = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeCopy, [child, 64, ep, 64, ALL], [CNODE]));
  const moved = w.reserve();
  expectErr(h.invoke(CNODE, Label.CNodeMove, [moved, 64, child, 64]), SeL4Error.TruncatedMessage);
  ok(h.invoke(CNODE, Label.CNodeMove, [moved, 64, child, 64], [CNODE]));
  assert.equal(capAt(h, child).tag, CapTag.Null);
  assert.equal(rootSlot(h, moved).mdbPrev, rootSlot(h, ep));
  expectErr(h.invoke(CNODE, Label.CNodeMutate, [w.reserve(), 64, moved, 64], [CNODE]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(CNODE, Label.CNodeMutate, [w.reserve(), 64, moved, 64, 7], [CNODE]), SeL4Error.IllegalOperation);
  // Mutate of a CNode cap sets the guard.
  const cn = w.make(ObjType.CapTable, 3);
  const mc = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeMutate, [mc, 64, cn, 64, (1n << 6n) | 2n], [CNODE]));
  const c = capAt(h, mc);
  assert.ok(c.tag === CapTag.CNode && c.guard === 1n && c.guardSize === 2);
  // Move onto an occupied slot.
  expectErr(h.invoke(CNODE, Label.CNodeMove, [moved, 64, mc, 64], [CNODE]), SeL4Error.DeleteFirst);
});

test('Rotate: three-way move, swap, and its checks', () => {
  const w = world();
  const { h } = w;
  // Preserve-mode data always nulls endpoint and notification caps, so rotate a frame and a TCB cap.
  const [a, b, n] = [w.make(ObjType.SmallPage), w.make(ObjType.TCB), w.make(ObjType.Notification)];
  const dest = w.reserve();
  expectErr(h.invoke(CNODE, Label.CNodeRotate, [dest, 64, 0, b, 64, 0, a, 64], [CNODE]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(CNODE, Label.CNodeRotate, [dest, 64, 0, a, 64, 0, a, 64], [CNODE, CNODE]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(CNODE, Label.CNodeRotate, [dest, 64, 0, dest, 64, 0, a, 64], [CNODE, CNODE]), SeL4Error.IllegalOperation);
  const e = w.reserve();
  expectErr(h.invoke(CNODE, Label.CNodeRotate, [dest, 64, 0, b, 64, 0, e, 64], [CNODE, CNODE]), SeL4Error.FailedLookup, [1n, 2n, 64n]);
  expectErr(h.invoke(CNODE, Label.CNodeRotate, [dest, 64, 0, e, 64, 0, a, 64], [CNODE, CNODE]), SeL4Error.FailedLookup, [0n, 2n, 64n]);
  expectErr(h.invoke(CNODE, Label.CNodeRotate, [b, 64, 0, dest, 64, 0, a, 64], [CNODE, CNODE]), SeL4Error.DeleteFirst);
  expectErr(h.invoke(CNODE, Label.CNodeRotate, [dest, 64, 0, b, 64, 0, n, 64], [CNODE, CNODE]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(CNODE, Label.CNodeRotate, [dest, 64, 0, n, 64, 0, a, 64], [CNODE, CNODE]), SeL4Error.IllegalOperation);
  // pivot (b) -> dest, src (a) -> pivot; cap data is ignored for these cap types.
  ok(h.invoke(CNODE, Label.CNodeRotate, [dest, 64, 5, b, 64, 7, a, 64], [CNODE, CNODE]));
  assert.deepEqual([capAt(h, dest).tag, capAt(h, b).tag, capAt(h, a).tag], [CapTag.Thread, CapTag.Frame, CapTag.Null]);
  // dest == src: swap.
  ok(h.invoke(CNODE, Label.CNodeRotate, [dest, 64, 0, b, 64, 0, dest, 64], [CNODE, CNODE]));
  assert.deepEqual([capAt(h, dest).tag, capAt(h, b).tag], [CapTag.Frame, CapTag.Thread]);
});

test('Delete of the last endpoint cap restarts waiting threads; Revoke removes every derived cap', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const t = w.make(ObjType.TCB);
  giveSpace(w, t);
  ok(h.invoke(t, Label.TCBSetPriority, [200], [TCB]));
  ok(h.invoke(t, Label.TCBResume));
  const unpark = park(w); // root waits; t runs
  h.syscall(SYS.Recv, BigInt(ep), 0); // t blocks on ep
  assert.equal(w.tcb(t).state, ThreadState.BlockedOnReceive);
  unpark();
  const copies = [w.reserve(), w.reserve()];
  for (const c of copies) ok(h.invoke(CNODE, Label.CNodeMint, [c, 64, ep, 64, ALL, 9], [CNODE]));
  ok(h.invoke(CNODE, Label.CNodeRevoke, [ep, 64]));
  assert.deepEqual(copies.map((c) => capAt(h, c).tag), [CapTag.Null, CapTag.Null]);
  assert.equal(w.tcb(t).state, ThreadState.BlockedOnReceive, 'revoking copies is not deleting the object');
  ok(h.invoke(CNODE, Label.CNodeDelete, [ep, 64]));
  assert.equal(w.tcb(t).state, ThreadState.Restart, 'the last cap went: waiters restart');
  // Deleting an empty slot succeeds.
  ok(h.invoke(CNODE, Label.CNodeDelete, [ep, 64]));
});

test('SaveCaller moves the reply cap; sending on it replies', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const t = w.make(ObjType.TCB);
  giveSpace(w, t);
  ok(h.invoke(t, Label.TCBSetPriority, [100], [TCB]));
  ok(h.invoke(t, Label.TCBResume));
  h.syscall(SYS.Recv, BigInt(ep), 0);
  h.syscall(SYS.Call, BigInt(ep), 3, [42n]);
  assert.equal(h.cur, h.root);
  const save = w.reserve();
  expectErr(h.invoke(CNODE, Label.CNodeSaveCaller, [IPCBUF, 64]), SeL4Error.DeleteFirst);
  // The failed SaveCaller must not have consumed the reply cap.
  ok(h.invoke(CNODE, Label.CNodeSaveCaller, [save, 64]));
  assert.equal(capAt(h, save).tag, CapTag.Reply);
  assert.equal(h.root.slots[3].cap.tag, CapTag.Null);
  // Saving again with no caller: success, nothing moved.
  const save2 = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeSaveCaller, [save2, 64]));
  assert.equal(capAt(h, save2).tag, CapTag.Null);
  // A reply through the saved cap.
  h.syscall(SYS.Send, BigInt(save), 0, [7n]);
  assert.equal(w.tcb(t).state, ThreadState.Running);
  assert.equal(capAt(h, save).tag, CapTag.Null, 'the reply cap is used up');
});

test('CancelBadgedSends restarts only senders with that badge', () => {
  const w = world();
  const { h } = w;
  const ep = w.make(ObjType.Endpoint);
  const [ba, bb] = [w.reserve(), w.reserve()];
  ok(h.invoke(CNODE, Label.CNodeMint, [ba, 64, ep, 64, ALL, 0xa], [CNODE]));
  ok(h.invoke(CNODE, Label.CNodeMint, [bb, 64, ep, 64, ALL, 0xb], [CNODE]));
  const ts = [w.make(ObjType.TCB), w.make(ObjType.TCB)];
  for (const t of ts) {
    giveSpace(w, t);
    ok(h.invoke(t, Label.TCBSetPriority, [100], [TCB]));
    ok(h.invoke(t, Label.TCBResume));
  }
  const unpark = park(w);
  // ts[1] runs first (head of queue), sends with badge b; then ts[0] sends with badge a.
  h.syscall(SYS.Send, BigInt(bb), 0);
  h.syscall(SYS.Send, BigInt(ba), 0);
  const epObj = (capAt(h, ep) as { obj: { state: EPState; queue: unknown[] } }).obj;
  assert.equal(epObj.queue.length, 2);
  unpark();
  const ro = w.reserve();
  ok(h.invoke(CNODE, Label.CNodeMint, [ro, 64, ep, 64, W | R | G, 0], [CNODE]));
  expectErr(h.invoke(CNODE, Label.CNodeCancelBadgedSends, [ro, 64]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(CNODE, Label.CNodeCancelBadgedSends, [IPCBUF, 64]), SeL4Error.IllegalOperation);
  ok(h.invoke(CNODE, Label.CNodeCancelBadgedSends, [ba, 64]));
  assert.equal(w.tcb(ts[0]).state, ThreadState.Restart);
  assert.equal(w.tcb(ts[1]).state, ThreadState.BlockedOnSend);
  assert.equal(epObj.queue.length, 1);
  // Badge 0 (the original cap): no effect.
  ok(h.invoke(CNODE, Label.CNodeCancelBadgedSends, [ep, 64]));
  assert.equal(epObj.queue.length, 1);
});
