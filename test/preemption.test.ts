// Long operations are preemptible (manual §2.2, seL4 preemptionPoint): with an interrupt pending, Revoke,
// Delete of a full CNode and the reset of an untyped stop after 100 work units, leave the thread in Restart
// with consistent intermediate state (zombies, lowered watermarks), and finish when the ecall is re-executed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness, SYS } from './lib/harness.js';
import { ObjType, capAt, findUntyped, freeSlots, retype } from './lib/objects.js';
import { CNODE, expectErr, ok, untilDone } from './lib/world.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';
import { CapTag, CNode, ThreadState, UntypedCap } from '../src/kernel/structures.js';
import { getRegister } from '../src/kernel/message.js';

test('Revoke of an untyped with hundreds of children is preempted and restarts to completion', () => {
  const h = new Harness();
  const ut = findUntyped(h, 20);
  const dest = freeSlots(h, 600);
  retype(h, ut.slot, ObjType.Endpoint, 0, dest, 256);
  retype(h, ut.slot, ObjType.Notification, 0, dest + 256, 256);
  retype(h, ut.slot, ObjType.TCB, 0, dest + 512, 50);
  h.ks.isIRQPending = () => true;
  const { reply, preempted } = untilDone(h, () => h.invoke(CNODE, Label.CNodeRevoke, [ut.slot, 64]));
  assert.equal(reply.label, 0);
  assert.ok(preempted >= 5, `preempted ${preempted} times`);
  for (let i = 0; i < 562; i++) assert.equal(capAt(h, dest + i).tag, CapTag.Null);
  h.ks.isIRQPending = () => false;
  // The untyped can be used again from its start.
  retype(h, ut.slot, ObjType.Endpoint, 0, dest, 1);
  assert.equal((capAt(h, dest) as { obj: { paddr: number } }).obj.paddr, ut.paddr);
});

test('deleting a full CNode leaves a zombie while preempted; the zombie cannot be invoked', () => {
  const h = new Harness({ config: { printing: false } });
  const ut = findUntyped(h, 20);
  const s = freeSlots(h, 4);
  retype(h, ut.slot, ObjType.CapTable, 10, s); // 1024 slots
  // Fill the CNode with endpoints (retyped straight into it).
  const r = h.invoke(ut.slot, Label.UntypedRetype, [ObjType.Endpoint, 0, s, 64, 0, 256], [CNODE]);
  assert.equal(r.label, 0);
  for (let k = 1; k < 4; k++) {
    assert.equal(h.invoke(ut.slot, Label.UntypedRetype, [ObjType.Endpoint, 0, s, 64, 256 * k, 256], [CNODE]).label, 0);
  }
  const cn = (capAt(h, s) as { obj: CNode }).obj;
  h.ks.isIRQPending = () => true;
  const before = h.ks.preemptions;
  const first = h.invoke(CNODE, Label.CNodeDelete, [s, 64]);
  assert.equal(h.ks.preemptions, before + 1, 'the first attempt is preempted');
  assert.equal(first.label, Label.CNodeDelete, 'no reply yet: a1 still holds the request');
  assert.equal(h.root.state, ThreadState.Running);
  assert.equal(h.root.regs.getPC(), 0x10000n, 'the thread will re-execute its ecall');
  assert.equal(capAt(h, s).tag, CapTag.Zombie);
  h.syscall(SYS.DebugCapIdentify, BigInt(s), 0);
  assert.equal(getRegister(h.root, 10), 18n, 'DebugCapIdentify reports a zombie');
  expectErr(h.invoke(s, Label.CNodeDelete, [0, 64]), SeL4Error.InvalidCapability, [0n]);
  const { reply } = untilDone(h, () => h.invoke(CNODE, Label.CNodeDelete, [s, 64]));
  ok(reply);
  assert.equal(capAt(h, s).tag, CapTag.Null);
  assert.equal(h.ks.objects.has(cn), false, 'the CNode is gone');
  assert.equal(cn.highestUsedBelow(1024), -1, 'every endpoint cap in it was deleted');
});

test('a CNode reachable only from a deleted CNode becomes a cyclic zombie until its untyped is revoked', () => {
  const h = new Harness();
  const ut = findUntyped(h, 20);
  const s = freeSlots(h, 3);
  retype(h, ut.slot, ObjType.CapTable, 2, s); // outer X
  retype(h, ut.slot, ObjType.CapTable, 2, s + 1); // inner Y
  retype(h, ut.slot, ObjType.Endpoint, 0, s + 2);
  const X = (capAt(h, s) as { obj: CNode }).obj;
  const Y = (capAt(h, s + 1) as { obj: CNode }).obj;
  // Y holds a copy of the endpoint in its slot 3; X gets the only cap to Y (moved), Y's cap leaves the root.
  ok(h.invoke(s + 1, Label.CNodeCopy, [3, 2, s + 2, 64, 0xf], [CNODE]));
  ok(h.invoke(s, Label.CNodeMove, [1, 2, s + 1, 64], [CNODE]));
  ok(h.invoke(CNODE, Label.CNodeDelete, [s, 64]));
  assert.equal(h.ks.objects.has(X), false);
  assert.equal(h.ks.objects.has(Y), true, 'the inner CNode is not finalised by an unexposed delete');
  assert.equal(Y.slot(0).cap.tag, CapTag.Zombie, 'its zombie sits in its own first slot');
  assert.equal(Y.slot(3).cap.tag, CapTag.Endpoint, 'its contents stay');
  // Revoking the untyped finishes the job.
  ok(h.invoke(CNODE, Label.CNodeRevoke, [ut.slot, 64]));
  assert.equal(h.ks.objects.has(Y), false);
  assert.equal(Y.slot(3).cap.tag, CapTag.Null);
});

test('the reset of a large untyped is preempted in 256-byte chunks and resumes from the lowered watermark', () => {
  const h = new Harness();
  const ut = findUntyped(h, 20);
  const s = freeSlots(h, 1);
  // Use the first 128 KiB, then free it: the next Retype must reset (clear) it.
  retype(h, ut.slot, ObjType.Untyped, 17, s);
  ok(h.invoke(CNODE, Label.CNodeDelete, [s, 64]));
  h.ks.mem.write8(ut.paddr + 0x1ff00, 0x5a);
  h.ks.isIRQPending = () => true;
  h.ks.workUnitsCompleted = 0;
  const before = h.ks.preemptions;
  h.invoke(ut.slot, Label.UntypedRetype, [ObjType.Endpoint, 0, 0, 0, s, 1], [CNODE]);
  assert.equal(h.ks.preemptions, before + 1);
  const mid = capAt(h, ut.slot) as UntypedCap;
  assert.equal(mid.freeIndex, 0x20000 - 100 * 256, 'the watermark went down by 100 chunks');
  assert.equal(h.ks.mem.read8(ut.paddr + 0x1ff00), 0, 'the top chunks are already clear');
  const { reply, preempted } = untilDone(h, () =>
    h.invoke(ut.slot, Label.UntypedRetype, [ObjType.Endpoint, 0, 0, 0, s, 1], [CNODE]));
  ok(reply);
  assert.ok(preempted >= 3);
  assert.equal((capAt(h, s) as { obj: { paddr: number } }).obj.paddr, ut.paddr);
});
