// Untyped_Retype (seL4 src/object/untyped.c, createObject in objecttype.c; manual §2.4; fact sheet §5.5, §6, §7):
// every error path with its MRs, object placement, watermark/reset rules, device untypeds, revoke, zeroing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness, SYS, type Reply } from './lib/harness.js';
import { retype, findUntyped, freeSlots, capAt, rootSlot, ObjType, ROOT_CNODE_SLOT, type UntypedRef } from './lib/objects.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';
import { CapTag, ThreadState, VMRights, type Cap, type UntypedCap } from '../src/kernel/structures.js';
import { isMDBParentOf } from '../src/kernel/object/cap.js';

const E = {
  InvalidArgument: SeL4Error.InvalidArgument, RangeError: SeL4Error.RangeError, IllegalOperation: SeL4Error.IllegalOperation,
  FailedLookup: SeL4Error.FailedLookup, TruncatedMessage: SeL4Error.TruncatedMessage, DeleteFirst: SeL4Error.DeleteFirst,
  NotEnoughMemory: SeL4Error.NotEnoughMemory, RevokeFirst: SeL4Error.RevokeFirst,
};

/** A boot untyped of exactly this size (first in bootinfo order). */
function bootUntyped(h: Harness, sizeBits: number, device = false): UntypedRef {
  const u = h.sys.boot.untypeds.find((x) => x.sizeBits === sizeBits && x.isDevice === device);
  if (!u) throw new Error(`no ${device ? 'device ' : ''}untyped of ${sizeBits} bits`);
  return { slot: u.slot, paddr: u.paddr, sizeBits: u.sizeBits, isDevice: u.isDevice };
}

/** Raw Untyped_Retype: (type, size_bits, node_index, node_depth, node_offset, num_objects), cap0 = root. */
function rawRetype(h: Harness, ut: number, args: (number | bigint)[], caps: number[] = [ROOT_CNODE_SLOT]): Reply {
  return h.invoke(ut, Label.UntypedRetype, args, caps);
}

function expectError(r: Reply, code: number, mrs: (number | bigint)[]): void {
  assert.equal(r.label, code, `error code (mrs ${r.mrs.join(',')})`);
  assert.deepEqual(r.mrs, mrs.map(BigInt));
  assert.equal(r.length, mrs.length);
  assert.equal(r.badge, 0n);
}

function utCap(h: Harness, slot: number): UntypedCap {
  const c = capAt(h, slot);
  assert.equal(c.tag, CapTag.Untyped);
  return c as UntypedCap;
}

/** Physical address of the object a cap names. */
function paddrOf(c: Cap): number {
  switch (c.tag) {
    case CapTag.Untyped: case CapTag.Frame: case CapTag.PageTable: return c.paddr;
    case CapTag.Endpoint: case CapTag.Notification: case CapTag.CNode: return c.obj.paddr;
    case CapTag.Thread: return c.tcb.paddr;
    default: throw new Error(`cap ${c.tag} has no object`);
  }
}

function identify(h: Harness, cptr: number): number {
  return Number(h.syscall(SYS.DebugCapIdentify, BigInt(cptr), 0).badge);
}

function cnodeDelete(h: Harness, slot: number): void {
  assert.equal(h.invoke(ROOT_CNODE_SLOT, Label.CNodeDelete, [slot, 64]).label, 0);
}

function cnodeRevoke(h: Harness, slot: number): void {
  assert.equal(h.invoke(ROOT_CNODE_SLOT, Label.CNodeRevoke, [slot, 64]).label, 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Decode errors, in seL4's check order.

test('non-Retype labels on an untyped cap are IllegalOperation', () => {
  const h = new Harness();
  const u = findUntyped(h, 12);
  for (const l of [Label.CNodeCopy, Label.TCBSuspend, Label.InvalidInvocation, Label.RISCVPageMap]) {
    expectError(h.invoke(u.slot, l, [ObjType.Endpoint, 0, 0, 0, 100, 1], [ROOT_CNODE_SLOT]), E.IllegalOperation, []);
  }
});

test('fewer than 6 arguments or no cap0 is TruncatedMessage', () => {
  const h = new Harness();
  const u = findUntyped(h, 12);
  const dest = freeSlots(h);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, dest]), E.TruncatedMessage, []);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, dest, 1], []), E.TruncatedMessage, []);
  expectError(rawRetype(h, u.slot, [], []), E.TruncatedMessage, []);
  // Truncation wins over every argument check.
  expectError(rawRetype(h, u.slot, [99, 99, 0, 0, 99999], []), E.TruncatedMessage, []);
  assert.equal(capAt(h, dest).tag, CapTag.Null);
});

test('object type >= seL4_ObjectTypeCount (9) is InvalidArgument(0)', () => {
  const h = new Harness();
  const u = findUntyped(h, 12);
  const dest = freeSlots(h);
  for (const t of [9n, 10n, 0xffffffffn, 2n ** 64n - 1n]) {
    expectError(rawRetype(h, u.slot, [t, 0, 0, 0, dest, 1]), E.InvalidArgument, [0]);
  }
  // Type is checked before size.
  expectError(rawRetype(h, u.slot, [9, 200, 0, 0, dest, 1]), E.InvalidArgument, [0]);
});

test('size_bits >= 64 or object size > 38 bits is RangeError(0, 38)', () => {
  const h = new Harness();
  const u = findUntyped(h, 12);
  const dest = freeSlots(h);
  const bad: [number, bigint][] = [
    [ObjType.Untyped, 39n], [ObjType.Untyped, 64n], [ObjType.Untyped, 2n ** 64n - 1n],
    [ObjType.CapTable, 34n], // 2^(34+5) bytes
    [ObjType.TCB, 64n], [ObjType.Endpoint, 100n], [ObjType.SmallPage, 64n], [ObjType.PageTable, 2n ** 63n],
  ];
  for (const [t, s] of bad) expectError(rawRetype(h, u.slot, [t, s, 0, 0, dest, 1]), E.RangeError, [0, 38]);
  // Fixed-size types ignore size_bits below 64; the largest legal sizes pass this check (and fail later on memory).
  const left = 2n ** BigInt(u.sizeBits);
  expectError(rawRetype(h, u.slot, [ObjType.Untyped, 38, 0, 0, dest, 1]), E.NotEnoughMemory, [left]);
  expectError(rawRetype(h, u.slot, [ObjType.CapTable, 33, 0, 0, dest, 1]), E.NotEnoughMemory, [left]);
  retype(h, u.slot, ObjType.Endpoint, 63, dest);
  assert.equal(capAt(h, dest).tag, CapTag.Endpoint);
  // Size is checked before the minimum-size rules.
  expectError(rawRetype(h, u.slot, [ObjType.CapTable, 64, 0, 0, dest + 1, 1]), E.RangeError, [0, 38]);
});

test('CapTable of size 0 and Untyped below 4 bits are InvalidArgument(1)', () => {
  const h = new Harness();
  const u = findUntyped(h, 12);
  const dest = freeSlots(h);
  expectError(rawRetype(h, u.slot, [ObjType.CapTable, 0, 0, 0, dest, 1]), E.InvalidArgument, [1]);
  for (const s of [0, 1, 2, 3]) expectError(rawRetype(h, u.slot, [ObjType.Untyped, s, 0, 0, dest, 1]), E.InvalidArgument, [1]);
  // These come before the destination checks.
  expectError(rawRetype(h, u.slot, [ObjType.CapTable, 0, 0, 0, 99999, 0]), E.InvalidArgument, [1]);
  retype(h, u.slot, ObjType.Untyped, 4, dest);
  retype(h, u.slot, ObjType.CapTable, 1, dest + 1);
  assert.equal(utCap(h, dest).sizeBits, 4);
  assert.equal(capAt(h, dest + 1).tag, CapTag.CNode);
});

test('destination CNode lookup: depth range, lookup failures, non-CNode destinations', () => {
  const h = new Harness();
  const u = findUntyped(h, 12);
  const dest = freeSlots(h);
  const ep = [ObjType.Endpoint, 0];
  // node_depth > 64: lookupTargetSlot range error.
  expectError(rawRetype(h, u.slot, [...ep, 2, 65, 0, 1]), E.RangeError, [1, 64]);
  expectError(rawRetype(h, u.slot, [...ep, 2, 2n ** 64n - 1n, 0, 1]), E.RangeError, [1, 64]);
  // The root CNode cap has radix 13 and a 51-bit guard of 0: depth 13 cannot even match the guard.
  expectError(rawRetype(h, u.slot, [...ep, 2, 13, 0, 1]), E.FailedLookup, [0, 4, 13, 0, 51]);
  // Depth 60 matches the guard but is 4 bits short of the level: DepthMismatch(60, 64).
  expectError(rawRetype(h, u.slot, [...ep, 0, 60, 0, 1]), E.FailedLookup, [0, 3, 60, 64]);
  // A guard mismatch because of non-zero guard bits in the index.
  expectError(rawRetype(h, u.slot, [...ep, 1n << 40n, 64, 0, 1]), E.FailedLookup, [0, 4, 64, 0, 51]);
  // cap0 not a CNode with a non-zero depth: InvalidRoot.
  expectError(rawRetype(h, u.slot, [...ep, 2, 64, 0, 1], [1]), E.FailedLookup, [0, 1]);
  // The slot found holds no CNode cap: MissingCapability with bitsLeft = node_depth.
  expectError(rawRetype(h, u.slot, [...ep, dest, 64, 0, 1]), E.FailedLookup, [0, 2, 64]);
  expectError(rawRetype(h, u.slot, [...ep, 1, 64, 0, 1]), E.FailedLookup, [0, 2, 64]);
  // node_depth 0: cap0 itself is the destination and must be a CNode (bitsLeft = 0).
  expectError(rawRetype(h, u.slot, [...ep, 0, 0, dest, 1], [1]), E.FailedLookup, [0, 2, 0]);
  expectError(rawRetype(h, u.slot, [...ep, 0, 0, dest, 1], [u.slot]), E.FailedLookup, [0, 2, 0]);
  // node_index is ignored with depth 0.
  retype(h, u.slot, ObjType.Endpoint, 0, dest);
  assert.equal(rawRetype(h, u.slot, [...ep, 0xdeadbeefn, 0, dest + 1, 1]).label, 0);
  assert.equal(capAt(h, dest + 1).tag, CapTag.Endpoint);
});

test('retype into a CNode found through node_index/node_depth', () => {
  const h = new Harness();
  const u = findUntyped(h, 12);
  const cn = freeSlots(h);
  retype(h, u.slot, ObjType.CapTable, 4, cn); // 16 slots
  const child = capAt(h, cn);
  assert.ok(child.tag === CapTag.CNode);
  assert.equal(rawRetype(h, u.slot, [ObjType.Endpoint, 0, cn, 64, 3, 2]).label, 0);
  assert.equal(child.obj.slot(3).cap.tag, CapTag.Endpoint);
  assert.equal(child.obj.slot(4).cap.tag, CapTag.Endpoint);
  assert.equal(child.obj.slot(5).cap.tag, CapTag.Null);
  // Offset, window and occupancy are checked against the child CNode.
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, cn, 64, 16, 1]), E.RangeError, [0, 15]);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, cn, 64, 14, 3]), E.RangeError, [1, 2]);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, cn, 64, 2, 2]), E.DeleteFirst, []);
  assert.equal(rawRetype(h, u.slot, [ObjType.Endpoint, 0, cn, 64, 15, 1]).label, 0);
  assert.equal(child.obj.slot(15).cap.tag, CapTag.Endpoint);
  // The caps in the child CNode are children of the untyped in the derivation tree.
  assert.ok(isMDBParentOf(rootSlot(h, u.slot), child.obj.slot(3)));
});

test('node_offset, num_objects and the window are range-checked in order', () => {
  const h = new Harness();
  const u = findUntyped(h, 16);
  const ep = [ObjType.Endpoint, 0, 0, 0];
  expectError(rawRetype(h, u.slot, [...ep, 8192, 1]), E.RangeError, [0, 8191]);
  expectError(rawRetype(h, u.slot, [...ep, 2n ** 64n - 1n, 1]), E.RangeError, [0, 8191]);
  // Offset is checked before the object count.
  expectError(rawRetype(h, u.slot, [...ep, 8192, 0]), E.RangeError, [0, 8191]);
  expectError(rawRetype(h, u.slot, [...ep, 100, 0]), E.RangeError, [1, 256]);
  expectError(rawRetype(h, u.slot, [...ep, 100, 257]), E.RangeError, [1, 256]);
  expectError(rawRetype(h, u.slot, [...ep, 100, 2n ** 64n - 1n]), E.RangeError, [1, 256]);
  // Window overrun: RangeError(1, slots - offset).
  expectError(rawRetype(h, u.slot, [...ep, 8190, 3]), E.RangeError, [1, 2]);
  expectError(rawRetype(h, u.slot, [...ep, 8191, 256]), E.RangeError, [1, 1]);
  assert.equal(rawRetype(h, u.slot, [...ep, 8190, 2]).label, 0);
  assert.equal(capAt(h, 8191).tag, CapTag.Endpoint);
});

test('an occupied slot anywhere in the window is DeleteFirst and nothing is created', () => {
  const h = new Harness();
  const u = findUntyped(h, 16);
  const d = freeSlots(h, 8);
  retype(h, u.slot, ObjType.Endpoint, 0, d + 5);
  const before = utCap(h, u.slot).freeIndex;
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, d, 8]), E.DeleteFirst, []);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, d + 5, 1]), E.DeleteFirst, []);
  // The untyped's own slot and the initial caps are occupied too.
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, u.slot, 1]), E.DeleteFirst, []);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, 1, 1]), E.DeleteFirst, []);
  for (let i = 0; i < 5; i++) assert.equal(capAt(h, d + i).tag, CapTag.Null);
  assert.equal(utCap(h, u.slot).freeIndex, before);
  // DeleteFirst comes before the memory check.
  expectError(rawRetype(h, u.slot, [ObjType.Untyped, 38, 0, 0, d + 5, 1]), E.DeleteFirst, []);
});

test('NotEnoughMemory reports the bytes left after the watermark', () => {
  const h = new Harness();
  const u = bootUntyped(h, 13);
  const d = freeSlots(h, 4);
  // A boot untyped without children is reset: the whole 8 KiB are free.
  expectError(rawRetype(h, u.slot, [ObjType.SmallPage, 0, 0, 0, d, 3]), E.NotEnoughMemory, [8192]);
  expectError(rawRetype(h, u.slot, [ObjType.TCB, 0, 0, 0, d, 5]), E.NotEnoughMemory, [8192]);
  retype(h, u.slot, ObjType.Endpoint, 0, d);
  assert.equal(utCap(h, u.slot).freeIndex, 16);
  // 8176 bytes left: only one page fits by count (and it does fit aligned up, at the top).
  expectError(rawRetype(h, u.slot, [ObjType.SmallPage, 0, 0, 0, d + 1, 2]), E.NotEnoughMemory, [8176]);
  retype(h, u.slot, ObjType.SmallPage, 0, d + 1);
  assert.equal(paddrOf(capAt(h, d + 1)), u.paddr + 4096);
  assert.equal(utCap(h, u.slot).freeIndex, 8192);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, d + 2, 1]), E.NotEnoughMemory, [0]);
  // The count check ignores alignment: a 2 KiB TCB after 16 bytes of a 4 KiB untyped fits by count...
  const v = bootUntyped(h, 12);
  retype(h, v.slot, ObjType.Endpoint, 0, d + 2);
  expectError(rawRetype(h, v.slot, [ObjType.TCB, 0, 0, 0, d + 3, 2]), E.NotEnoughMemory, [4080]);
  retype(h, v.slot, ObjType.TCB, 0, d + 3);
  assert.equal(paddrOf(capAt(h, d + 3)), v.paddr + 2048);
});

test('a copy of an untyped is its child: the original keeps its boot watermark (full)', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 4);
  assert.equal(utCap(h, u.slot).freeIndex, 2 ** 16, 'boot untypeds start with a full watermark');
  assert.equal(h.invoke(ROOT_CNODE_SLOT, Label.CNodeCopy, [d, 64, u.slot, 64, 15], [ROOT_CNODE_SLOT]).label, 0);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, d + 1, 1]), E.NotEnoughMemory, [0]);
  // The copy has no children, so it is reset and allocates from the base.
  retype(h, d, ObjType.Endpoint, 0, d + 1);
  assert.equal(paddrOf(capAt(h, d + 1)), u.paddr);
  // Copying an untyped with children needs a revoke first.
  expectError(h.invoke(ROOT_CNODE_SLOT, Label.CNodeCopy, [d + 2, 64, d, 64, 15], [ROOT_CNODE_SLOT]), E.RevokeFirst, []);
});

// ---------------------------------------------------------------------------------------------------------------
// Placement and the watermark.

test('objects land at the watermark aligned up to their size, across mixed retypes', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 16);
  const steps: [number, number, number, number, number][] = [
    // type, size_bits, count, expected first paddr offset, expected watermark after
    [ObjType.Endpoint, 0, 1, 0x0, 0x10],
    [ObjType.TCB, 0, 1, 0x800, 0x1000],
    [ObjType.Notification, 0, 1, 0x1000, 0x1020],
    [ObjType.Endpoint, 0, 1, 0x1020, 0x1030],
    [ObjType.Notification, 0, 2, 0x1040, 0x1080],
    [ObjType.CapTable, 2, 1, 0x1080, 0x1100],
    [ObjType.SmallPage, 0, 1, 0x2000, 0x3000],
    [ObjType.PageTable, 0, 2, 0x3000, 0x5000],
    [ObjType.Untyped, 4, 3, 0x5000, 0x5030],
    [ObjType.Untyped, 13, 1, 0x6000, 0x8000],
    [ObjType.CapTable, 8, 1, 0x8000, 0xa000],
  ];
  let slot = d;
  for (const [type, bits, n, off, wm] of steps) {
    retype(h, u.slot, type, bits, slot, n);
    for (let i = 0; i < n; i++) {
      const c = capAt(h, slot + i);
      const size = type === ObjType.CapTable ? 2 ** (bits + 5) : type === ObjType.Untyped ? 2 ** bits
        : ({ [ObjType.Endpoint]: 16, [ObjType.TCB]: 2048, [ObjType.Notification]: 32, [ObjType.SmallPage]: 4096, [ObjType.PageTable]: 4096 } as Record<number, number>)[type];
      assert.equal(paddrOf(c), u.paddr + off + i * size, `type ${type} #${i}`);
    }
    assert.equal(utCap(h, u.slot).freeIndex, wm, `watermark after type ${type}`);
    slot += n;
  }
  // DebugCapIdentify sees the new caps.
  const tags = [4, 12, 6, 4, 6, 6, 10, 1, 3, 3, 2, 2, 2, 2, 10];
  tags.forEach((t, i) => assert.equal(identify(h, d + i), t, `slot ${d + i}`));
});

test('large frames from a large untyped are aligned to their size', () => {
  const h = new Harness();
  const u = bootUntyped(h, 30); // 1 GiB at 0xc0000000
  const d = freeSlots(h, 4);
  retype(h, u.slot, ObjType.SmallPage, 0, d);
  retype(h, u.slot, ObjType.MegaPage, 0, d + 1);
  retype(h, u.slot, ObjType.SmallPage, 0, d + 2);
  assert.equal(paddrOf(capAt(h, d)), u.paddr);
  assert.equal(paddrOf(capAt(h, d + 1)), u.paddr + 2 ** 21);
  assert.equal(paddrOf(capAt(h, d + 2)), u.paddr + 2 ** 22);
  // No room for a giga page once anything is allocated; after a revoke the whole GiB is one page.
  expectError(rawRetype(h, u.slot, [ObjType.GigaPage, 0, 0, 0, d + 3, 1]), E.NotEnoughMemory, [2 ** 30 - (2 ** 22 + 4096)]);
  cnodeRevoke(h, u.slot);
  retype(h, u.slot, ObjType.GigaPage, 0, d + 3);
  const g = capAt(h, d + 3);
  assert.ok(g.tag === CapTag.Frame);
  assert.equal(g.sizeBits, 30);
  assert.equal(g.paddr, u.paddr);
  assert.equal(utCap(h, u.slot).freeIndex, 2 ** 30);
});

test('fan-out: 256 objects in one call, consecutive slots and addresses', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 257);
  retype(h, u.slot, ObjType.Endpoint, 0, d, 256);
  for (let i = 0; i < 256; i++) {
    const c = capAt(h, d + i);
    assert.equal(c.tag, CapTag.Endpoint);
    assert.equal(paddrOf(c), u.paddr + 16 * i);
    assert.ok(isMDBParentOf(rootSlot(h, u.slot), rootSlot(h, d + i)));
  }
  assert.equal(utCap(h, u.slot).freeIndex, 4096);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, d + 256, 257]), E.RangeError, [1, 256]);
  assert.equal(capAt(h, d + 256).tag, CapTag.Null);
  // The newest object's cap comes first after the untyped in the derivation tree (insertNewCap).
  assert.equal(rootSlot(h, u.slot).mdbNext, rootSlot(h, d + 255));
});

// ---------------------------------------------------------------------------------------------------------------
// Created objects and caps.

test('fresh objects and their caps have seL4\'s initial state', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 8);
  retype(h, u.slot, ObjType.TCB, 0, d);
  retype(h, u.slot, ObjType.Endpoint, 0, d + 1);
  retype(h, u.slot, ObjType.Notification, 0, d + 2);
  retype(h, u.slot, ObjType.CapTable, 3, d + 3);
  retype(h, u.slot, ObjType.SmallPage, 0, d + 4);
  retype(h, u.slot, ObjType.PageTable, 0, d + 5);
  retype(h, u.slot, ObjType.Untyped, 10, d + 6);

  const t = capAt(h, d);
  assert.ok(t.tag === CapTag.Thread);
  const tcb = t.tcb;
  assert.equal(tcb.sizeBits, 11);
  assert.equal(tcb.state, ThreadState.Inactive);
  assert.equal(tcb.priority, 0);
  assert.equal(tcb.mcp, 0);
  assert.equal(tcb.domain, h.ks.curDomain);
  assert.equal(tcb.timeSlice, h.ks.config.timeSlice);
  assert.equal(tcb.faultHandler, 0n);
  assert.equal(tcb.ipcBuffer, 0n);
  assert.equal(tcb.boundNotification, null);
  assert.equal(tcb.name, "child of: 'rootserver'");
  for (let i = 1; i < 32; i++) assert.equal(tcb.regs.getX(i), 0n);
  assert.equal(tcb.regs.getPC(), 0n);
  for (const s of tcb.slots) assert.equal(s.cap.tag, CapTag.Null);
  assert.ok(h.ks.threads.has(tcb) && h.ks.objects.has(tcb));
  assert.ok(!tcb.inReadyQueue);

  const ep = capAt(h, d + 1);
  assert.ok(ep.tag === CapTag.Endpoint);
  assert.equal(ep.badge, 0n);
  assert.equal(ep.rights, 15);
  const nt = capAt(h, d + 2);
  assert.ok(nt.tag === CapTag.Notification);
  assert.equal(nt.badge, 0n);
  assert.equal(nt.rights, 3);
  assert.equal(nt.obj.word, 0n);
  const cn = capAt(h, d + 3);
  assert.ok(cn.tag === CapTag.CNode);
  assert.equal(cn.radix, 3);
  assert.equal(cn.guard, 0n);
  assert.equal(cn.guardSize, 0);
  assert.equal(cn.obj.numSlots, 8);
  const fr = capAt(h, d + 4);
  assert.deepEqual({ ...fr }, {
    tag: CapTag.Frame, paddr: paddrOf(fr), sizeBits: 12, rights: VMRights.ReadWrite, isDevice: false, mappedASID: 0, mappedAddress: 0,
  });
  const pt = capAt(h, d + 5);
  assert.deepEqual({ ...pt }, { tag: CapTag.PageTable, paddr: paddrOf(pt), isMapped: false, mappedASID: 0, mappedAddress: 0 });
  const ut = capAt(h, d + 6);
  assert.deepEqual({ ...ut }, { tag: CapTag.Untyped, paddr: paddrOf(ut), sizeBits: 10, isDevice: false, freeIndex: 0 });

  // Every new cap is a revocable, first-badged child of the untyped; objects record the untyped they came from.
  for (let i = 0; i <= 6; i++) {
    const s = rootSlot(h, d + i);
    assert.ok(s.mdbRevocable && s.mdbFirstBadged, `slot ${d + i} flags`);
    assert.ok(isMDBParentOf(rootSlot(h, u.slot), s));
  }
  for (const o of [tcb, ep.obj, nt.obj, cn.obj]) {
    assert.ok(h.ks.objects.has(o));
    assert.deepEqual(h.ks.objectParents.get(o), { paddr: u.paddr, sizeBits: 16 });
  }
});

test('a thread created by a named thread is named after it', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 2);
  h.root.name = 'x'.repeat(900);
  retype(h, u.slot, ObjType.TCB, 0, d);
  const t = capAt(h, d);
  assert.ok(t.tag === CapTag.Thread);
  assert.equal(t.tcb.name.length, 847, 'TCB_NAME_LENGTH 848 including the NUL');
  assert.ok(t.tcb.name.startsWith("child of: 'xxx"));
});

test('new endpoint caps are revocable: revoking one deletes its copies', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 3);
  retype(h, u.slot, ObjType.Endpoint, 0, d);
  assert.equal(h.invoke(ROOT_CNODE_SLOT, Label.CNodeCopy, [d + 1, 64, d, 64, 15], [ROOT_CNODE_SLOT]).label, 0);
  cnodeRevoke(h, d);
  assert.equal(capAt(h, d + 1).tag, CapTag.Null);
  assert.equal(capAt(h, d).tag, CapTag.Endpoint);
});

// ---------------------------------------------------------------------------------------------------------------
// Device untypeds.

test('device untypeds make only frames and untypeds', () => {
  const h = new Harness();
  const u = findUntyped(h, 21, true);
  const d = freeSlots(h, 8);
  for (const t of [ObjType.TCB, ObjType.Endpoint, ObjType.Notification, ObjType.CapTable, ObjType.PageTable]) {
    expectError(rawRetype(h, u.slot, [t, t === ObjType.CapTable ? 4 : 0, 0, 0, d, 1]), E.InvalidArgument, [1]);
  }
  // The memory check comes first.
  expectError(rawRetype(h, u.slot, [ObjType.CapTable, 33, 0, 0, d, 1]), E.NotEnoughMemory, [2 ** u.sizeBits]);
  retype(h, u.slot, ObjType.SmallPage, 0, d);
  const f = capAt(h, d);
  assert.ok(f.tag === CapTag.Frame && f.isDevice && f.paddr === u.paddr && f.rights === VMRights.ReadWrite);
  retype(h, u.slot, ObjType.Untyped, 16, d + 1);
  const c = utCap(h, d + 1);
  assert.ok(c.isDevice);
  assert.equal(c.paddr, u.paddr + 2 ** 16);
  retype(h, u.slot, ObjType.MegaPage, 0, d + 2);
  assert.equal(paddrOf(capAt(h, d + 2)), u.paddr + 2 ** 21 * Math.ceil((2 ** 16 + 2 ** 16) / 2 ** 21));
  // A device-derived untyped is a device untyped too.
  expectError(rawRetype(h, d + 1, [ObjType.Endpoint, 0, 0, 0, d + 3, 1]), E.InvalidArgument, [1]);
  retype(h, d + 1, ObjType.SmallPage, 0, d + 3);
  const f2 = capAt(h, d + 3);
  assert.ok(f2.tag === CapTag.Frame && f2.isDevice && f2.paddr === u.paddr + 2 ** 16);
});

test('RAM untypeds give non-device frames and untypeds', () => {
  const h = new Harness();
  const u = findUntyped(h, 16);
  const d = freeSlots(h, 2);
  retype(h, u.slot, ObjType.Untyped, 12, d);
  retype(h, u.slot, ObjType.MegaPage - 1, 0, d + 1); // 4K page
  assert.equal(utCap(h, d).isDevice, false);
  const f = capAt(h, d + 1);
  assert.ok(f.tag === CapTag.Frame && !f.isDevice);
});

// ---------------------------------------------------------------------------------------------------------------
// Nested untypeds, reset, revoke.

test('retype into smaller untypeds, then from those', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 16);
  retype(h, u.slot, ObjType.Untyped, 12, d, 4);
  for (let i = 0; i < 4; i++) {
    const c = utCap(h, d + i);
    assert.equal(c.paddr, u.paddr + i * 4096);
    assert.equal(c.sizeBits, 12);
    assert.equal(c.freeIndex, 0);
  }
  assert.equal(utCap(h, u.slot).freeIndex, 4 * 4096);
  retype(h, d + 2, ObjType.Endpoint, 0, d + 4, 3);
  retype(h, d + 2, ObjType.TCB, 0, d + 7);
  assert.equal(paddrOf(capAt(h, d + 4)), u.paddr + 2 * 4096);
  assert.equal(paddrOf(capAt(h, d + 6)), u.paddr + 2 * 4096 + 32);
  assert.equal(paddrOf(capAt(h, d + 7)), u.paddr + 2 * 4096 + 2048);
  assert.equal(utCap(h, d + 2).freeIndex, 4096);
  expectError(rawRetype(h, d + 2, [ObjType.Endpoint, 0, 0, 0, d + 8, 1]), E.NotEnoughMemory, [0]);
  retype(h, d + 3, ObjType.Untyped, 4, d + 8, 2);
  retype(h, d + 8, ObjType.Endpoint, 0, d + 10);
  assert.equal(paddrOf(capAt(h, d + 10)), u.paddr + 3 * 4096);
  // Objects record the untyped they were made from (not the root untyped).
  const ep = capAt(h, d + 10);
  assert.ok(ep.tag === CapTag.Endpoint);
  assert.deepEqual(h.ks.objectParents.get(ep.obj), { paddr: u.paddr + 3 * 4096, sizeBits: 4 });
  // Revoking the top untyped takes the whole tree.
  cnodeRevoke(h, u.slot);
  for (let i = 0; i < 11; i++) assert.equal(capAt(h, d + i).tag, CapTag.Null, `slot ${d + i}`);
  assert.ok(!h.ks.objects.has(ep.obj));
});

test('an untyped whose children were all deleted restarts at its base; with children it does not', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 8);
  retype(h, u.slot, ObjType.Endpoint, 0, d);
  retype(h, u.slot, ObjType.Notification, 0, d + 1);
  assert.equal(utCap(h, u.slot).freeIndex, 0x40);
  cnodeDelete(h, d);
  // A child is left: allocation continues at the watermark.
  retype(h, u.slot, ObjType.Endpoint, 0, d + 2);
  assert.equal(paddrOf(capAt(h, d + 2)), u.paddr + 0x40);
  cnodeDelete(h, d + 1);
  cnodeDelete(h, d + 2);
  // Deleting does not move the watermark...
  assert.equal(utCap(h, u.slot).freeIndex, 0x50);
  // ...but the next retype resets the untyped.
  retype(h, u.slot, ObjType.TCB, 0, d + 3);
  assert.equal(paddrOf(capAt(h, d + 3)), u.paddr);
  assert.equal(utCap(h, u.slot).freeIndex, 0x800);
  // A failed retype does not reset anything.
  cnodeDelete(h, d + 3);
  expectError(rawRetype(h, u.slot, [ObjType.Endpoint, 0, 0, 0, d + 4, 0]), E.RangeError, [1, 256]);
  assert.equal(utCap(h, u.slot).freeIndex, 0x800);
});

test('CNode_Revoke of an untyped with live children deletes them and unregisters the objects', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 12);
  retype(h, u.slot, ObjType.TCB, 0, d, 2);
  retype(h, u.slot, ObjType.Endpoint, 0, d + 2, 2);
  retype(h, u.slot, ObjType.Notification, 0, d + 4);
  retype(h, u.slot, ObjType.CapTable, 4, d + 5);
  retype(h, u.slot, ObjType.SmallPage, 0, d + 6);
  retype(h, u.slot, ObjType.Untyped, 8, d + 7);
  // Put caps inside the new CNode and a derived copy of an endpoint elsewhere.
  const cn = capAt(h, d + 5);
  assert.ok(cn.tag === CapTag.CNode);
  assert.equal(h.invoke(d + 5, Label.CNodeCopy, [0, 4, d + 2, 64, 15], [ROOT_CNODE_SLOT]).label, 0);
  assert.equal(h.invoke(ROOT_CNODE_SLOT, Label.CNodeMint, [d + 8, 64, d + 3, 64, 15, 7], [ROOT_CNODE_SLOT]).label, 0);
  const objs = [0, 1].map((i) => (capAt(h, d + i) as { tcb: object }).tcb)
    .concat([2, 3, 4, 5].map((i) => (capAt(h, d + i) as { obj: object }).obj));
  for (const o of objs) assert.ok(h.ks.objects.has(o as never));
  const threads = h.ks.threads.size;

  cnodeRevoke(h, u.slot);
  for (let i = 0; i <= 8; i++) assert.equal(capAt(h, d + i).tag, CapTag.Null, `slot ${d + i}`);
  for (const o of objs) {
    assert.ok(!h.ks.objects.has(o as never));
    assert.ok(!h.ks.objectParents.has(o as never));
  }
  assert.equal(h.ks.threads.size, threads - 2);
  assert.equal(rootSlot(h, u.slot).cap.tag, CapTag.Untyped);
  // The watermark stays until the next retype, which starts from the base again.
  assert.notEqual(utCap(h, u.slot).freeIndex, 0);
  retype(h, u.slot, ObjType.Endpoint, 0, d);
  assert.equal(paddrOf(capAt(h, d)), u.paddr);
  assert.equal(utCap(h, u.slot).freeIndex, 16);
});

// ---------------------------------------------------------------------------------------------------------------
// Zeroing.

test('memory is cleared when an untyped is reset, not otherwise', () => {
  const h = new Harness();
  const u = bootUntyped(h, 16);
  const d = freeSlots(h, 8);
  const mem = h.ks.mem;
  // Leftovers in a boot untyped are cleared by its first retype (the boot watermark is full).
  mem.write64(u.paddr + 0x8000, 0x1122334455667788n);
  mem.write64(u.paddr + 0xfff8, 0x99n);
  retype(h, u.slot, ObjType.SmallPage, 0, d);
  assert.equal(mem.read64(u.paddr + 0x8000), 0n);
  assert.equal(mem.read64(u.paddr + 0xfff8), 0n);
  const f = capAt(h, d);
  assert.ok(f.tag === CapTag.Frame && f.paddr === u.paddr);
  // Dirty the frame, keep another child alive: the dirty page is not reused and not cleared.
  for (let i = 0; i < 4096; i += 8) mem.write64(f.paddr + i, 0xa5a5a5a5a5a5a5a5n);
  retype(h, u.slot, ObjType.Endpoint, 0, d + 1);
  cnodeDelete(h, d);
  retype(h, u.slot, ObjType.SmallPage, 0, d + 2);
  assert.equal(paddrOf(capAt(h, d + 2)), u.paddr + 0x2000);
  assert.equal(mem.read64(f.paddr + 8), 0xa5a5a5a5a5a5a5a5n);
  // Once the untyped has no children the next retype clears everything below the watermark.
  cnodeDelete(h, d + 1);
  cnodeDelete(h, d + 2);
  retype(h, u.slot, ObjType.SmallPage, 0, d + 3);
  assert.equal(paddrOf(capAt(h, d + 3)), u.paddr);
  for (let i = 0; i < 4096; i += 8) assert.equal(mem.read64(u.paddr + i), 0n);
});

test('resetting small untypeds (below the 256-byte reset chunk) clears the whole block', () => {
  const h = new Harness();
  const u = bootUntyped(h, 7);
  const d = freeSlots(h, 2);
  for (let i = 0; i < 128; i += 8) h.ks.mem.write64(u.paddr + i, 0xffn);
  retype(h, u.slot, ObjType.Endpoint, 0, d);
  for (let i = 0; i < 128; i += 8) assert.equal(h.ks.mem.read64(u.paddr + i), 0n);
  assert.equal(paddrOf(capAt(h, d)), u.paddr);
  assert.equal(utCap(h, u.slot).freeIndex, 16);
});

test('device untyped memory is never cleared', () => {
  const h = new Harness();
  // A device untyped that lies in RAM (the region below the kernel), so the test can write into it.
  const u = h.sys.boot.untypeds.find((x) => x.isDevice && h.ks.mem.isRam(x.paddr, 2 ** x.sizeBits));
  assert.ok(u, 'a device untyped backed by RAM');
  const d = freeSlots(h, 3);
  h.ks.mem.write64(u.paddr, 0xabcdn);
  retype(h, u.slot, ObjType.SmallPage, 0, d);
  assert.equal(h.ks.mem.read64(u.paddr), 0xabcdn);
  cnodeDelete(h, d);
  retype(h, u.slot, ObjType.SmallPage, 0, d + 1);
  assert.equal(paddrOf(capAt(h, d + 1)), u.paddr);
  assert.equal(h.ks.mem.read64(u.paddr), 0xabcdn);
});

// ---------------------------------------------------------------------------------------------------------------
// Console output of a printing build.

test('failed retypes print seL4\'s userError text', () => {
  let out = '';
  const h = new Harness({ config: { printing: true }, putchar: (c) => { out += String.fromCharCode(c); } });
  const u = bootUntyped(h, 13);
  const d = freeSlots(h, 2);
  const cases: [(number | bigint)[], string][] = [
    [[9, 0, 0, 0, d, 1], 'Untyped Retype: Invalid object type.'],
    [[ObjType.Untyped, 39, 0, 0, d, 1], 'Untyped Retype: Invalid object size.'],
    [[ObjType.CapTable, 0, 0, 0, d, 1], 'Untyped Retype: Requested CapTable size too small.'],
    [[ObjType.Untyped, 3, 0, 0, d, 1], 'Untyped Retype: Requested UntypedItem size too small.'],
    [[ObjType.Endpoint, 0, 0, 0, 9000, 1], 'Untyped Retype: Destination node offset #9000 too large.'],
    [[ObjType.Endpoint, 0, 0, 0, d, 300], 'Untyped Retype: Number of requested objects (300) too small or large.'],
    [[ObjType.Endpoint, 0, 0, 0, 8191, 2], 'Untyped Retype: Requested destination window overruns size of node.'],
    [[ObjType.Endpoint, 0, 0, 0, 1, 1], 'Untyped Retype: Slot #1 in destination window non-empty.'],
    [[ObjType.SmallPage, 0, 0, 0, d, 3], 'Untyped Retype: Insufficient memory (3 * 4096 bytes needed, 8192 bytes available).'],
    [[ObjType.Endpoint, 0, d, 64, 0, 1], 'Untyped Retype: Destination cap invalid or read-only.'],
    [[ObjType.Endpoint, 0, 0, 65, 0, 1], 'Untyped Retype: Invalid destination address.'],
  ];
  for (const [args, msg] of cases) {
    out = '';
    assert.notEqual(rawRetype(h, u.slot, args).label, 0);
    assert.match(out, /^\x1b\[0m\x1b\[1m<<\x1b\[0m\x1b\[32mseL4\(CPU 0\)\x1b\[0m\x1b\[1m \[decodeUntypedInvocation\/[0-9]+ T0x[0-9a-f]+ "rootserver" @[0-9a-f]+\]: /);
    assert.ok(out.endsWith(`${msg}>>\x1b[0m\n`), `got ${JSON.stringify(out)}, want ${msg}`);
  }
  out = '';
  h.invoke(u.slot, Label.CNodeCopy, []);
  assert.ok(out.endsWith('Untyped cap: Illegal operation attempted.>>\x1b[0m\n'));
  out = '';
  h.invoke(u.slot, Label.UntypedRetype, [1, 2, 3]);
  assert.ok(out.endsWith('Untyped invocation: Truncated message.>>\x1b[0m\n'));
  const dev = findUntyped(h, 12, true);
  out = '';
  rawRetype(h, dev.slot, [ObjType.Endpoint, 0, 0, 0, d, 1]);
  assert.ok(out.endsWith('Untyped Retype: Creating kernel objects with device untyped>>\x1b[0m\n'));
});

// ---------------------------------------------------------------------------------------------------------------
// Helpers used by other suites.

test('findUntyped skips untypeds without room and honours the device flag', () => {
  const h = new Harness();
  const a = findUntyped(h, 12);
  assert.ok(!a.isDevice && a.sizeBits >= 12);
  const d = freeSlots(h, 4);
  // Fill it: the next call must pick another one.
  retype(h, a.slot, ObjType.Untyped, a.sizeBits, d);
  const b = findUntyped(h, 12);
  assert.notEqual(b.slot, a.slot);
  assert.ok(findUntyped(h, 21, true).isDevice);
  assert.throws(() => findUntyped(h, 39));
});

test('a CNode of 2^25 slots (1 GiB) can be created, used and revoked', () => {
  const h = new Harness();
  const u = bootUntyped(h, 30);
  const d = freeSlots(h, 2);
  expectError(rawRetype(h, u.slot, [ObjType.CapTable, 26, 0, 0, d, 1]), E.NotEnoughMemory, [2 ** 30]);
  retype(h, u.slot, ObjType.CapTable, 25, d);
  const cn = capAt(h, d);
  assert.ok(cn.tag === CapTag.CNode && cn.radix === 25 && cn.obj.paddr === u.paddr);
  assert.equal(utCap(h, u.slot).freeIndex, 2 ** 30);
  // Use it as the destination of a retype from another untyped: its last slot.
  const v = bootUntyped(h, 16);
  expectError(rawRetype(h, v.slot, [ObjType.Endpoint, 0, d, 64, 2 ** 25, 1]), E.RangeError, [0, 2 ** 25 - 1]);
  assert.equal(rawRetype(h, v.slot, [ObjType.Endpoint, 0, d, 64, 2 ** 25 - 1, 1]).label, 0);
  const ep = cn.obj.slot(2 ** 25 - 1).cap;
  assert.ok(ep.tag === CapTag.Endpoint && ep.obj.paddr === v.paddr);
  cnodeRevoke(h, u.slot);
  assert.equal(capAt(h, d).tag, CapTag.Null);
  assert.ok(!h.ks.objects.has(cn.obj));
  assert.ok(!h.ks.objects.has(ep.obj), 'the endpoint whose only cap lived in the CNode is gone');
});
