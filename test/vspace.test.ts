// riscv64 VSpace invocations (manual §7, fact sheet §5.5, §11): page tables, frames, ASID control and pools,
// their finalisation, and end-to-end checks that the emulated CPU sees exactly what the kernel mapped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness, SYS, type Reply } from './lib/harness.js';
import { ObjType, capAt, findUntyped, freeSlots, retype, rootSlot } from './lib/objects.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';
import {
  CapTag, ThreadState, TcbSlot, VMRights, type ASIDPoolCap, type FrameCap, type PageTableCap, type UntypedCap,
} from '../src/kernel/structures.js';
import { walkSv39 } from '../src/boot/boot.js';
import { TLB_MASK } from '../src/machine/mmu.js';
import { handleTrap } from '../src/arch/riscv/traps.js';
import { lui, ld, sd, jal } from './cpu/asm.js';

const TCB = 1, CNODE = 2, VSPACE = 3, ASID_CONTROL = 5, ASID_POOL = 6, IPC_BUFFER = 10;
const USER_TOP = 0x3ffffff000n;
// PTE bits.
const V = 1n, R = 2n, W = 4n, X = 8n, U = 16n, A = 64n, D = 128n;
// Rights words and attributes.
const RW = 3, RO = 2, WO = 1, NONE = 0;
const XN = 1;
// Lookup failure types.
const INVALID_ROOT = 1n, MISSING_CAP = 2n, DEPTH_MISMATCH = 3n, GUARD_MISMATCH = 4n;

function expectErr(r: Reply, code: SeL4Error, mrs: bigint[] = []): void {
  assert.deepEqual({ label: r.label, mrs: r.mrs }, { label: code, mrs });
}

function ok(r: Reply): void {
  assert.equal(r.label, 0, `expected success, got error ${r.label} mrs=[${r.mrs.join(', ')}]`);
}

/** Retype n objects of `type` from the first untyped with room; returns the first destination slot. */
function mk(h: Harness, type: number, bits: number, n = 1, objBits = bits): number {
  const ut = findUntyped(h, objBits);
  const dest = freeSlots(h, n);
  retype(h, ut.slot, type, bits, dest, n);
  return dest;
}
const mkPT = (h: Harness, n = 1): number => mk(h, ObjType.PageTable, 0, n, 12);
const mkPage = (h: Harness, n = 1): number => mk(h, ObjType.SmallPage, 0, n, 12);
const mkMega = (h: Harness): number => mk(h, ObjType.MegaPage, 0, 1, 21);
const mkGiga = (h: Harness): number => mk(h, ObjType.GigaPage, 0, 1, 30);

function pt(h: Harness, slot: number): PageTableCap {
  const c = capAt(h, slot);
  assert.equal(c.tag, CapTag.PageTable);
  return c as PageTableCap;
}
function frame(h: Harness, slot: number): FrameCap {
  const c = capAt(h, slot);
  assert.equal(c.tag, CapTag.Frame);
  return c as FrameCap;
}

/** A fresh VSpace root: a page table assigned an ASID from the boot pool. */
function newVSpace(h: Harness, pool = ASID_POOL): number {
  const s = mkPT(h);
  ok(h.invoke(pool, Label.RISCVASIDPoolAssign, [], [s]));
  return s;
}

/**
 * The rootserver moves to another VSpace. As in seL4, the MMU keeps the old root until the next thread switch
 * (Arch_switchToThread); a Yield is such a switch.
 */
function setOwnSpace(h: Harness, vs: number): void {
  const before = h.ks.hart.mmu.root;
  ok(h.invoke(TCB, Label.TCBSetSpace, [0, 0, 0], [CNODE, vs]));
  assert.equal(h.ks.hart.mmu.root, before, 'SetSpace on the current thread does not reload the MMU');
  h.syscall(SYS.Yield, 0n, 0);
}

function pte(h: Harness, tablePaddr: number, index: number): bigint {
  return h.ks.mem.read64(tablePaddr + index * 8);
}
const tablePTE = (paddr: number): bigint => (BigInt(paddr / 4096) << 10n) | V;
const leafPTE = (paddr: number, flags: bigint): bigint => (BigInt(paddr / 4096) << 10n) | flags;

function bootRoot(h: Harness): number {
  return h.sys.boot.vspaceRoot;
}

/** Copy a cap within the root CNode (CNode_Copy with all rights); returns the destination slot. */
function copyCap(h: Harness, src: number, rights = 0xf): number {
  const dest = freeSlots(h);
  ok(h.invoke(CNODE, Label.CNodeCopy, [dest, 64, src, 64, rights], [CNODE]));
  return dest;
}
function del(h: Harness, slot: number): void {
  ok(h.invoke(CNODE, Label.CNodeDelete, [slot, 64]));
}

// ---------------------------------------------------------------- PageTable_Map

test('PageTable_Map: argument and capability errors in seL4 order', () => {
  const h = new Harness();
  const p = mkPT(h);
  expectErr(h.invoke(p, Label.RISCVPageTableMap, [0x40000000]), SeL4Error.TruncatedMessage);
  // length < 2 (even with the cap)
  expectErr(h.invoke(p, Label.RISCVPageTableMap, [0x40000000], [VSPACE]), SeL4Error.TruncatedMessage);
  const q = mkPT(h);
  // no extra cap
  expectErr(h.invoke(q, Label.RISCVPageTableMap, [0x80000000, 0]), SeL4Error.TruncatedMessage);
  // the invoked table is already mapped (a boot page table) => InvalidCapability(0), checked before cap0
  const bootPT = h.sys.boot.bootInfo.userImagePaging.start;
  expectErr(h.invoke(bootPT, Label.RISCVPageTableMap, [0x80000000, 0], [CNODE]), SeL4Error.InvalidCapability, [0n]);
  // cap0 not a page table, or an unassigned one => InvalidCapability(1)
  expectErr(h.invoke(q, Label.RISCVPageTableMap, [0x80000000, 0], [CNODE]), SeL4Error.InvalidCapability, [1n]);
  expectErr(h.invoke(q, Label.RISCVPageTableMap, [0x80000000, 0], [mkPT(h)]), SeL4Error.InvalidCapability, [1n]);
  // vaddr >= seL4_UserTop => InvalidArgument(0), even when cap0 is not the root (checked before the ASID)
  expectErr(h.invoke(q, Label.RISCVPageTableMap, [USER_TOP, 0], [VSPACE]), SeL4Error.InvalidArgument, [0n]);
  expectErr(h.invoke(q, Label.RISCVPageTableMap, [-1n, 0], [bootPT]), SeL4Error.InvalidArgument, [0n]);
  // cap0 mapped but not a VSpace root (a boot page table of ASID 1) => InvalidCapability(1)
  expectErr(h.invoke(q, Label.RISCVPageTableMap, [0x80000000, 0], [bootPT]), SeL4Error.InvalidCapability, [1n]);
  // walk reaches the 4 KiB level (the image's tables) => DeleteFirst
  expectErr(h.invoke(q, Label.RISCVPageTableMap, [0x10000, 0], [VSPACE]), SeL4Error.DeleteFirst);
  // wrong label on a page-table cap
  expectErr(h.invoke(q, Label.RISCVPageMap, [0, 3, 0], [VSPACE]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(q, Label.RISCVPageGetAddress), SeL4Error.IllegalOperation);
  assert.equal(pt(h, q).isMapped, false);
});

test('PageTable_Map: a VSpace whose ASID no longer resolves gives FailedLookup(0, InvalidRoot)', () => {
  const h = new Harness();
  const ut = mk(h, ObjType.Untyped, 12);
  const poolSlot = freeSlots(h);
  ok(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [poolSlot, 64], [ut, CNODE]));
  const vs = newVSpace(h, poolSlot);
  assert.equal(pt(h, vs).mappedASID, 512);
  del(h, poolSlot); // deleteASIDPool: the VSpace cap still says "mapped, ASID 512"
  assert.equal(h.ks.asidTable[1], null);
  const q = mkPT(h);
  expectErr(h.invoke(q, Label.RISCVPageTableMap, [0x40000000, 0], [vs]), SeL4Error.FailedLookup, [0n, INVALID_ROOT]);
  const f = mkPage(h);
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x40000000, RW, 0], [vs]), SeL4Error.FailedLookup, [0n, INVALID_ROOT]);
  // The range check comes first for PageTable_Map, after the ASID lookup for Page_Map.
  expectErr(h.invoke(q, Label.RISCVPageTableMap, [USER_TOP, 0], [vs]), SeL4Error.InvalidArgument, [0n]);
  expectErr(h.invoke(f, Label.RISCVPageMap, [USER_TOP, RW, 0], [vs]), SeL4Error.FailedLookup, [0n, INVALID_ROOT]);
  // PageTable_Unmap of that root is allowed now (it is no longer the root of a live ASID)
  ok(h.invoke(vs, Label.RISCVPageTableUnmap));
  assert.equal(pt(h, vs).isMapped, false);
});

test('PageTable_Map installs tables at the first empty level and records the covered region', () => {
  const h = new Harness();
  const root = bootRoot(h);
  // Root level: entry 1 (1 GiB region at 0x40000000)
  const l1 = mkPT(h);
  ok(h.invoke(l1, Label.RISCVPageTableMap, [0x40012345, 0], [VSPACE]));
  let c = pt(h, l1);
  assert.deepEqual([c.isMapped, c.mappedASID, c.mappedAddress], [true, 1, 0x40000000]);
  assert.equal(pte(h, root, 1), tablePTE(c.paddr));
  // Second level inside it: entry 3 (2 MiB region at 0x40600000)
  const l2 = mkPT(h);
  ok(h.invoke(l2, Label.RISCVPageTableMap, [0x40654321, 7], [VSPACE]));
  c = pt(h, l2);
  assert.deepEqual([c.isMapped, c.mappedASID, c.mappedAddress], [true, 1, 0x40600000]);
  assert.equal(pte(h, pt(h, l1).paddr, 3), tablePTE(c.paddr));
  // Second level in the image's level-1 table (entry 128 = 256 MiB)
  const l3 = mkPT(h);
  ok(h.invoke(l3, Label.RISCVPageTableMap, [0x10000000, 0], [VSPACE]));
  assert.equal(pt(h, l3).mappedAddress, 0x10000000);
  // The highest region below USER_TOP is allowed
  const top = mkPT(h);
  ok(h.invoke(top, Label.RISCVPageTableMap, [USER_TOP - 1n, 0], [VSPACE]));
  assert.deepEqual([pt(h, top).mappedAddress, pte(h, root, 255)], [0x3fc0000000, tablePTE(pt(h, top).paddr)]);
  // Now everything at 0x40600000 is resolved down to 4 KiB: no further table fits
  expectErr(h.invoke(mkPT(h), Label.RISCVPageTableMap, [0x40600000, 0], [VSPACE]), SeL4Error.DeleteFirst);
  // A mapped (copyable) page-table cap cannot be mapped again
  expectErr(h.invoke(l2, Label.RISCVPageTableMap, [0x40800000, 0], [VSPACE]), SeL4Error.InvalidCapability, [0n]);
  // A Mega page occupies a level-1 entry: no table can go there
  const m = mkMega(h);
  ok(h.invoke(m, Label.RISCVPageMap, [0x40800000, RW, 0], [VSPACE]));
  expectErr(h.invoke(mkPT(h), Label.RISCVPageTableMap, [0x40800000, 0], [VSPACE]), SeL4Error.DeleteFirst);
  // ... and a Giga page occupies a root entry
  const g = mkGiga(h);
  ok(h.invoke(g, Label.RISCVPageMap, [0x80000000, RW, 0], [VSPACE]));
  expectErr(h.invoke(mkPT(h), Label.RISCVPageTableMap, [0x80200000, 0], [VSPACE]), SeL4Error.DeleteFirst);
});

// ---------------------------------------------------------------- PageTable_Unmap

test('PageTable_Unmap: RevokeFirst for copies and for VSpace roots; unlinks and zeroes the table', () => {
  const h = new Harness({ config: { printing: true } });
  // The boot VSpace cap has a copy in the TCB, a fresh root is final but still a root.
  expectErr(h.invoke(VSPACE, Label.RISCVPageTableUnmap), SeL4Error.RevokeFirst);
  const vs = newVSpace(h);
  expectErr(h.invoke(vs, Label.RISCVPageTableUnmap), SeL4Error.RevokeFirst);
  assert.match(h.sys.output(), /RISCVPageTableUnmap: cannot call unmap on top level PageTable/);
  // Unmapping an unmapped table is a no-op success
  const idle = mkPT(h);
  ok(h.invoke(idle, Label.RISCVPageTableUnmap));

  const l1 = mkPT(h), l2 = mkPT(h), f = mkPage(h);
  ok(h.invoke(l1, Label.RISCVPageTableMap, [0x40000000, 0], [vs]));
  ok(h.invoke(l2, Label.RISCVPageTableMap, [0x40000000, 0], [vs]));
  ok(h.invoke(f, Label.RISCVPageMap, [0x40005000, RW, 0], [vs]));
  const vsP = pt(h, vs).paddr, l1P = pt(h, l1).paddr, l2P = pt(h, l2).paddr;
  assert.equal(walkSv39(h.ks.mem, vsP, 0x40005123)?.paddr, frame(h, f).paddr + 0x123);
  // A copy of a mapped table makes Unmap fail
  const cp = copyCap(h, l1);
  expectErr(h.invoke(l1, Label.RISCVPageTableUnmap), SeL4Error.RevokeFirst);
  assert.match(h.sys.output(), /RISCVPageTableUnmap: cannot unmap if more than once cap exists/);
  del(h, cp);
  // Unmap the level-1 table: root entry cleared, table zeroed (so the level-2 link inside it is gone too)
  ok(h.invoke(l1, Label.RISCVPageTableUnmap));
  assert.equal(pte(h, vsP, 1), 0n);
  for (let i = 0; i < 512; i++) assert.equal(pte(h, l1P, i), 0n);
  const c = pt(h, l1);
  // seL4 clears only the mapped bit
  assert.deepEqual([c.isMapped, c.mappedASID, c.mappedAddress], [false, pt(h, vs).mappedASID, 0x40000000]);
  assert.equal(walkSv39(h.ks.mem, vsP, 0x40005000), null);
  // The level-2 table still holds the frame's entry; its cap still says mapped
  assert.notEqual(pte(h, l2P, 5), 0n);
  // Unmapping l2 now finds no link to it (the walk stops at the empty root entry): it is still zeroed
  ok(h.invoke(l2, Label.RISCVPageTableUnmap));
  assert.equal(pte(h, l2P, 5), 0n);
  // The table can be mapped again
  ok(h.invoke(l1, Label.RISCVPageTableMap, [0xc0000000, 0], [vs]));
  assert.equal(pte(h, vsP, 3), tablePTE(l1P));
});

// ---------------------------------------------------------------- Page_Map

test('Page_Map: errors in seL4 order, with seL4_MappingFailedLookupLevel in MR2', () => {
  const h = new Harness({ config: { printing: true } });
  const f = mkPage(h);
  const bootPT = h.sys.boot.bootInfo.userImagePaging.start;
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x40000000, RW], [VSPACE]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x40000000, RW, 0]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x40000000, RW, 0], [CNODE]), SeL4Error.InvalidCapability, [1n]);
  assert.match(h.sys.output(), /decodeRISCVFrameInvocation\/822 .*RISCVPageMap: Bad PageTable cap\./);
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x40000000, RW, 0], [mkPT(h)]), SeL4Error.InvalidCapability, [1n]);
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x40000000, RW, 0], [bootPT]), SeL4Error.InvalidCapability, [1n]);
  // vaddr + size - 1 >= USER_TOP => InvalidArgument(0)
  expectErr(h.invoke(f, Label.RISCVPageMap, [USER_TOP, RW, 0], [VSPACE]), SeL4Error.InvalidArgument, [0n]);
  expectErr(h.invoke(f, Label.RISCVPageMap, [USER_TOP - 4095n, RW, 0], [VSPACE]), SeL4Error.InvalidArgument, [0n]);
  // 2^64 - 1 wraps in the word arithmetic of the range check and fails on alignment instead
  expectErr(h.invoke(f, Label.RISCVPageMap, [-1n, RW, 0], [VSPACE]), SeL4Error.AlignmentError);
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x40000800, RW, 0], [VSPACE]), SeL4Error.AlignmentError);
  // Missing tables: bitsLeft = 30 (no level-1 table), 21 (no level-2 table)
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x40000000, RW, 0], [VSPACE]), SeL4Error.FailedLookup, [0n, MISSING_CAP, 30n]);
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x10000000, RW, 0], [VSPACE]), SeL4Error.FailedLookup, [0n, MISSING_CAP, 21n]);
  // The page is already mapped there (the rootserver image)
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x10000, RW, 0], [VSPACE]), SeL4Error.DeleteFirst);
  // seL4 14.0.0+ (PR #1304) prints the address: userError("Virtual address (0x%"SEL4_PRIx_word") already mapped", vaddr)
  assert.match(h.sys.output(), /Virtual address \(0x10000\) already mapped/);
  // Label not valid for frames
  expectErr(h.invoke(f, Label.RISCVPageTableMap, [0x40000000, 0], [VSPACE]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(f, Label.RISCVASIDPoolAssign, [], [VSPACE]), SeL4Error.IllegalOperation);
  assert.equal(frame(h, f).mappedASID, 0);
});

test('Page_Map at every page size, with the PTE seL4 writes', () => {
  const h = new Harness();
  const root = bootRoot(h);
  const mem = h.ks.mem;
  // 4 KiB: needs both tables
  const l2 = mkPT(h);
  ok(h.invoke(l2, Label.RISCVPageTableMap, [0x10000000, 0], [VSPACE]));
  const f = mkPage(h);
  ok(h.invoke(f, Label.RISCVPageMap, [0x10003000, RW, 0], [VSPACE]));
  const fc = frame(h, f);
  assert.deepEqual([fc.mappedASID, fc.mappedAddress], [1, 0x10003000]);
  assert.equal(pte(h, pt(h, l2).paddr, 3), leafPTE(fc.paddr, V | R | W | X | U | A | D));
  assert.deepEqual(walkSv39(mem, root, 0x10003abc), { paddr: fc.paddr + 0xabc, pte: leafPTE(fc.paddr, 0xdfn), level: 0 });
  // 2 MiB in the image's level-1 table
  const m = mkMega(h);
  expectErr(h.invoke(m, Label.RISCVPageMap, [0x10100000, RW, 0], [VSPACE]), SeL4Error.AlignmentError);
  // size accounted in the range check
  expectErr(h.invoke(m, Label.RISCVPageMap, [USER_TOP - 0x1ff000n, RW, 0], [VSPACE]), SeL4Error.InvalidArgument, [0n]);
  ok(h.invoke(m, Label.RISCVPageMap, [0x10200000, RW, 0], [VSPACE]));
  const mc = frame(h, m);
  assert.deepEqual(walkSv39(mem, root, 0x10212345), { paddr: mc.paddr + 0x12345, pte: leafPTE(mc.paddr, 0xdfn), level: 1 });
  // 2 MiB with no level-1 table: bitsLeft 30
  const m2 = mkMega(h);
  expectErr(h.invoke(m2, Label.RISCVPageMap, [0x40000000, RW, 0], [VSPACE]), SeL4Error.FailedLookup, [0n, MISSING_CAP, 30n]);
  // 2 MiB where the walk goes all the way down (the image's 4 KiB table): bitsLeft 12
  expectErr(h.invoke(m2, Label.RISCVPageMap, [0, RW, 0], [VSPACE]), SeL4Error.FailedLookup, [0n, MISSING_CAP, 12n]);
  // 1 GiB in the root
  const g = mkGiga(h);
  expectErr(h.invoke(g, Label.RISCVPageMap, [0x40200000, RW, 0], [VSPACE]), SeL4Error.AlignmentError);
  expectErr(h.invoke(g, Label.RISCVPageMap, [0, RW, 0], [VSPACE]), SeL4Error.FailedLookup, [0n, MISSING_CAP, 12n]);
  expectErr(h.invoke(g, Label.RISCVPageMap, [0x3fc0000000n, RW, 0], [VSPACE]), SeL4Error.InvalidArgument, [0n]);
  ok(h.invoke(g, Label.RISCVPageMap, [0x3f80000000n, RW, XN], [VSPACE]));
  const gc = frame(h, g);
  assert.deepEqual(walkSv39(mem, root, 0x3f87654321), { paddr: gc.paddr + 0x07654321, pte: leafPTE(gc.paddr, V | R | W | U | A | D), level: 2 });
  assert.equal(pte(h, root, 254), leafPTE(gc.paddr, V | R | W | U | A | D));
  // a 4 KiB page below a Giga page: the walk stops at the leaf with 30 bits left
  expectErr(h.invoke(mkPage(h), Label.RISCVPageMap, [0x3f80001000n, RW, 0], [VSPACE]), SeL4Error.FailedLookup, [0n, MISSING_CAP, 30n]);
});

test('Page_Map rights masking and ExecuteNever; remap at the same address updates the PTE', () => {
  const h = new Harness();
  const l2 = mkPT(h);
  ok(h.invoke(l2, Label.RISCVPageTableMap, [0x10000000, 0], [VSPACE]));
  const t = pt(h, l2).paddr;
  const f = mkPage(h);
  const p = frame(h, f).paddr;
  const va = 0x10005000;
  const cases: [number, number, bigint][] = [
    [RW, 0, V | R | W | X | U | A | D],
    [RO, 0, V | R | X | U | A | D],
    [RW, XN, V | R | W | U | A | D],
    [RO | 0xc, XN, V | R | U | A | D], // grant bits are ignored
    [WO, 0, V | X | U | A | D], // write without read: kernel-only rights, execute stays
    [NONE, 0, V | X | U | A | D],
  ];
  for (const [rights, attr, flags] of cases) {
    ok(h.invoke(f, Label.RISCVPageMap, [va, rights, attr], [VSPACE]));
    assert.equal(pte(h, t, 5), leafPTE(p, flags), `rights ${rights} attr ${attr}`);
  }
  // nothing granted at all: an all-zero PTE, but the cap is mapped
  ok(h.invoke(f, Label.RISCVPageMap, [va, NONE, XN], [VSPACE]));
  assert.equal(pte(h, t, 5), 0n);
  assert.deepEqual([frame(h, f).mappedASID, frame(h, f).mappedAddress], [1, va]);
  // ... and another frame may now be mapped over the invalid entry
  const g = mkPage(h);
  ok(h.invoke(g, Label.RISCVPageMap, [va, RW, 0], [VSPACE]));
  assert.equal(pte(h, t, 5), leafPTE(frame(h, g).paddr, V | R | W | X | U | A | D));
  // a remap of f at its address now replaces g's entry (seL4 does not check what is there)
  ok(h.invoke(f, Label.RISCVPageMap, [va, RO, 0], [VSPACE]));
  assert.equal(pte(h, t, 5), leafPTE(p, V | R | X | U | A | D));
  // remapping elsewhere: InvalidArgument(0); in another VSpace: InvalidCapability(1)
  expectErr(h.invoke(f, Label.RISCVPageMap, [va + 0x1000, RW, 0], [VSPACE]), SeL4Error.InvalidArgument, [0n]);
  const vs = newVSpace(h);
  const l1b = mkPT(h), l2b = mkPT(h);
  ok(h.invoke(l1b, Label.RISCVPageTableMap, [0x10000000, 0], [vs]));
  // missing table is reported before the "mapped elsewhere" checks
  expectErr(h.invoke(f, Label.RISCVPageMap, [va, RW, 0], [vs]), SeL4Error.FailedLookup, [0n, MISSING_CAP, 21n]);
  ok(h.invoke(l2b, Label.RISCVPageTableMap, [0x10000000, 0], [vs]));
  expectErr(h.invoke(f, Label.RISCVPageMap, [va, RW, 0], [vs]), SeL4Error.InvalidCapability, [1n]);
  // a read-only cap (CNode_Copy with Read only) can never map writable
  const ro = copyCap(h, f, RO);
  assert.equal(frame(h, ro).rights, VMRights.ReadOnly);
  assert.equal(frame(h, ro).mappedASID, 0, 'copies of frame caps are unmapped');
  ok(h.invoke(ro, Label.RISCVPageMap, [0x10007000, RW, 0], [vs]));
  assert.equal(pte(h, pt(h, l2b).paddr, 7), leafPTE(p, V | R | X | U | A | D));
  // the same frame is mapped twice now (two caps): both translations reach it
  assert.equal(walkSv39(h.ks.mem, bootRoot(h), va)?.paddr, p);
  assert.equal(walkSv39(h.ks.mem, pt(h, vs).paddr, 0x10007000)?.paddr, p);
});

// ---------------------------------------------------------------- Page_Unmap / Page_GetAddress

test('Page_Unmap removes the mapping only while the PTE still refers to the frame', () => {
  const h = new Harness();
  const root = bootRoot(h);
  // unmapping an unmapped frame succeeds
  const f = mkPage(h);
  ok(h.invoke(f, Label.RISCVPageUnmap));
  const l2 = mkPT(h);
  ok(h.invoke(l2, Label.RISCVPageTableMap, [0x10000000, 0], [VSPACE]));
  ok(h.invoke(f, Label.RISCVPageMap, [0x10001000, RW, 0], [VSPACE]));
  assert.notEqual(walkSv39(h.ks.mem, root, 0x10001000), null);
  ok(h.invoke(f, Label.RISCVPageUnmap));
  assert.equal(walkSv39(h.ks.mem, root, 0x10001000), null);
  assert.deepEqual([frame(h, f).mappedASID, frame(h, f).mappedAddress], [0, 0]);
  // map again, then pull the table away and put another frame at the same address
  ok(h.invoke(f, Label.RISCVPageMap, [0x10001000, RW, 0], [VSPACE]));
  ok(h.invoke(l2, Label.RISCVPageTableUnmap));
  ok(h.invoke(l2, Label.RISCVPageTableMap, [0x10000000, 0], [VSPACE]));
  const g = mkPage(h);
  ok(h.invoke(g, Label.RISCVPageMap, [0x10001000, RW, 0], [VSPACE]));
  // f's cap still claims the mapping; unmapping it must leave g's entry alone
  assert.equal(frame(h, f).mappedAddress, 0x10001000);
  ok(h.invoke(f, Label.RISCVPageUnmap));
  assert.equal(walkSv39(h.ks.mem, root, 0x10001000)?.paddr, frame(h, g).paddr);
  assert.equal(frame(h, f).mappedASID, 0);
  // a Mega page
  const m = mkMega(h);
  ok(h.invoke(m, Label.RISCVPageMap, [0x10400000, RO, 0], [VSPACE]));
  assert.equal(walkSv39(h.ks.mem, root, 0x10400000)?.level, 1);
  ok(h.invoke(m, Label.RISCVPageUnmap));
  assert.equal(walkSv39(h.ks.mem, root, 0x10400000), null);
});

test('Page_GetAddress replies with the physical address (MR0, length 1)', () => {
  const h = new Harness();
  for (const s of [mkPage(h), mkMega(h), IPC_BUFFER]) {
    const r = h.invoke(s, Label.RISCVPageGetAddress);
    assert.deepEqual([r.label, r.length, r.mrs, r.badge], [0, 1, [BigInt(frame(h, s).paddr)], 0n]);
    assert.equal(h.root.state, ThreadState.Running);
  }
  // a device frame
  const dev = findUntyped(h, 12, true);
  const d = freeSlots(h);
  retype(h, dev.slot, ObjType.SmallPage, 0, d);
  const r = h.invoke(d, Label.RISCVPageGetAddress);
  assert.deepEqual([r.label, r.mrs], [0, [BigInt(dev.paddr)]]);
  assert.equal(frame(h, d).isDevice, true);
});

// ---------------------------------------------------------------- ASIDControl_MakePool

test('ASIDControl_MakePool: errors', () => {
  const h = new Harness();
  const ut = mk(h, ObjType.Untyped, 12);
  const dest = 8000; // an empty slot far above the ones the objects below go to
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDPoolAssign, [], [VSPACE]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest], [ut, CNODE]), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 64], [ut]), SeL4Error.TruncatedMessage);
  // cap0: not an untyped, wrong size, device memory
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 64], [CNODE, CNODE]), SeL4Error.InvalidCapability, [1n]);
  const big = mk(h, ObjType.Untyped, 13);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 64], [big, CNODE]), SeL4Error.InvalidCapability, [1n]);
  const small = mk(h, ObjType.Untyped, 11);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 64], [small, CNODE]), SeL4Error.InvalidCapability, [1n]);
  const devUt = findUntyped(h, 12, true);
  const dev = freeSlots(h);
  retype(h, devUt.slot, ObjType.Untyped, 12, dev);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 64], [dev, CNODE]), SeL4Error.InvalidCapability, [1n]);
  // an untyped with children
  const parent = mk(h, ObjType.Untyped, 12);
  retype(h, parent, ObjType.Endpoint, 0, freeSlots(h));
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 64], [parent, CNODE]), SeL4Error.RevokeFirst);
  // destination: depth out of range, root not a CNode, depth mismatch, occupied
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 0], [ut, CNODE]), SeL4Error.RangeError, [1n, 64n]);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 65], [ut, CNODE]), SeL4Error.RangeError, [1n, 64n]);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 64], [ut, VSPACE]), SeL4Error.FailedLookup, [0n, INVALID_ROOT]);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [100, 63], [ut, CNODE]), SeL4Error.FailedLookup, [0n, DEPTH_MISMATCH, 63n, 64n]);
  // index 8000 at depth 63: the 51-bit guard sees bit 12 of the index set
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 63], [ut, CNODE]), SeL4Error.FailedLookup, [0n, GUARD_MISMATCH, 63n, 0n, 51n]);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [VSPACE, 64], [ut, CNODE]), SeL4Error.DeleteFirst);
  // nothing changed
  assert.equal(capAt(h, dest).tag, CapTag.Null);
  assert.equal(h.ks.asidTable.filter((p) => p !== null).length, 1);
  assert.equal((capAt(h, ut) as UntypedCap).freeIndex, 0);
});

test('ASIDControl_MakePool creates a pool at the lowest free index, as a child of the untyped', () => {
  const h = new Harness();
  const ut = mk(h, ObjType.Untyped, 12);
  h.ks.mem.write64((capAt(h, ut) as UntypedCap).paddr + 8, 0xdeadn);
  const dest = freeSlots(h);
  ok(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [dest, 64], [ut, CNODE]));
  const pc = capAt(h, dest) as ASIDPoolCap;
  assert.equal(pc.tag, CapTag.ASIDPool);
  assert.equal(pc.asidBase, 512);
  const u = capAt(h, ut) as UntypedCap;
  assert.equal(pc.pool.paddr, u.paddr);
  assert.equal(u.freeIndex, 4096, 'the whole untyped is used');
  assert.equal(h.ks.mem.read64(u.paddr + 8), 0n, 'the pool memory is zeroed');
  assert.equal(h.ks.asidTable[1], pc.pool);
  assert.ok(h.ks.objects.has(pc.pool));
  assert.deepEqual(h.ks.objectParents.get(pc.pool), { paddr: u.paddr, sizeBits: 12 });
  // MDB: child of the untyped
  assert.equal(rootSlot(h, ut).mdbNext, rootSlot(h, dest));
  assert.equal(rootSlot(h, dest).mdbPrev, rootSlot(h, ut));
  // it has children now
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [freeSlots(h), 64], [ut, CNODE]), SeL4Error.RevokeFirst);
  // the first Assign in a fresh pool gets its base ASID (512 is not 0)
  const vs = newVSpace(h, dest);
  assert.equal(pt(h, vs).mappedASID, 512);
  assert.equal(pc.pool.entries[0], pt(h, vs).paddr);
  // revoking the untyped deletes the pool
  ok(h.invoke(CNODE, Label.CNodeRevoke, [ut, 64]));
  assert.equal(capAt(h, dest).tag, CapTag.Null);
  assert.equal(h.ks.asidTable[1], null);
  assert.equal(h.ks.objects.has(pc.pool), false);
  // the VSpace lost its ASID
  expectErr(h.invoke(mkPage(h), Label.RISCVPageMap, [0x40000000, RW, 0], [vs]), SeL4Error.FailedLookup, [0n, INVALID_ROOT]);
  // and index 1 is handed out again
  const ut2 = mk(h, ObjType.Untyped, 12);
  const d2 = freeSlots(h);
  ok(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [d2, 64], [ut2, CNODE]));
  assert.equal((capAt(h, d2) as ASIDPoolCap).asidBase, 512);
});

test('ASIDControl_MakePool: all 128 pools in use => DeleteFirst (before the untyped is checked)', () => {
  const h = new Harness();
  const uts = mk(h, ObjType.Untyped, 12, 128, 19);
  const pools = freeSlots(h, 127);
  for (let i = 0; i < 127; i++) {
    ok(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [pools + i, 64], [uts + i, CNODE]));
    assert.equal((capAt(h, pools + i) as ASIDPoolCap).asidBase, (i + 1) * 512);
  }
  assert.equal(h.ks.asidTable.every((p) => p !== null), true);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [freeSlots(h), 64], [uts + 127, CNODE]), SeL4Error.DeleteFirst);
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [freeSlots(h), 64], [CNODE, CNODE]), SeL4Error.DeleteFirst);
  // free pool 40 (ASID base 40*512) and 7: the lowest (7) is reused first
  del(h, pools + 39);
  del(h, pools + 6);
  const d = freeSlots(h);
  ok(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [d, 64], [uts + 127, CNODE]));
  assert.equal((capAt(h, d) as ASIDPoolCap).asidBase, 7 * 512);
});

// ---------------------------------------------------------------- ASIDPool_Assign

test('ASIDPool_Assign: errors', () => {
  const h = new Harness();
  const p = mkPT(h);
  expectErr(h.invoke(ASID_POOL, Label.RISCVASIDControlMakePool, [0, 0], [p]), SeL4Error.IllegalOperation);
  expectErr(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign), SeL4Error.TruncatedMessage);
  expectErr(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [CNODE]), SeL4Error.InvalidCapability, [1n]);
  expectErr(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [mkPage(h)]), SeL4Error.InvalidCapability, [1n]);
  expectErr(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [VSPACE]), SeL4Error.InvalidCapability, [1n]);
  const l1 = mkPT(h);
  ok(h.invoke(l1, Label.RISCVPageTableMap, [0x40000000, 0], [VSPACE]));
  expectErr(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [l1]), SeL4Error.InvalidCapability, [1n]);
  // Kernel states user code cannot reach (a pool cap outliving its table entry), set up directly:
  const pool = h.ks.asidTable[0];
  h.ks.asidTable[0] = null;
  expectErr(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [p]), SeL4Error.FailedLookup, [0n, INVALID_ROOT]);
  const ut = mk(h, ObjType.Untyped, 12);
  const other = freeSlots(h);
  ok(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [other, 64], [ut, CNODE])); // takes index 0
  assert.equal((capAt(h, other) as ASIDPoolCap).asidBase, 0);
  expectErr(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [p]), SeL4Error.InvalidCapability, [0n]);
  // and the new pool at index 0 skips ASID 0
  ok(h.invoke(other, Label.RISCVASIDPoolAssign, [], [p]));
  assert.equal(pt(h, p).mappedASID, 1);
  del(h, other);
  h.ks.asidTable[0] = pool;
});

test('ASIDPool_Assign picks the lowest free ASID, never 0, and copies the kernel entries', () => {
  const h = new Harness();
  const p = mkPT(h);
  const pp = pt(h, p).paddr;
  // junk in the kernel half of the future root is replaced by the kernel's global entries
  for (const i of [256, 300, 511]) h.ks.mem.write64(pp + i * 8, 0x1234567n);
  h.ks.mem.write64(pp + 255 * 8, 0x77n);
  ok(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [p]));
  const c = pt(h, p);
  assert.deepEqual([c.isMapped, c.mappedASID, c.mappedAddress], [true, 2, 0]);
  assert.equal(h.ks.asidTable[0]?.entries[2], pp);
  for (let i = 256; i < 512; i++) assert.equal(pte(h, pp, i), h.ks.mem.read64(h.ks.globalRootPaddr + i * 8));
  assert.equal(pte(h, pp, 255), 0x77n, 'user entries are left alone');
  // an assigned root can be copied (mapped page-table caps derive)
  const cp = copyCap(h, p);
  assert.equal(pt(h, cp).mappedASID, 2);
  // deleting one of two caps keeps the ASID; deleting the last frees it, and Assign reuses it
  del(h, cp);
  assert.equal(h.ks.asidTable[0]?.entries[2], pp);
  const q = newVSpace(h);
  assert.equal(pt(h, q).mappedASID, 3);
  del(h, p);
  assert.equal(h.ks.asidTable[0]?.entries[2], 0);
  assert.equal(pt(h, newVSpace(h)).mappedASID, 2);
});

test('ASIDPool_Assign: a full pool gives DeleteFirst', () => {
  const h = new Harness();
  const ut = mk(h, ObjType.Untyped, 12);
  const poolSlot = freeSlots(h);
  ok(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [poolSlot, 64], [ut, CNODE]));
  const a = mk(h, ObjType.PageTable, 0, 256, 20), b = mk(h, ObjType.PageTable, 0, 256, 20);
  const slots = [...Array.from({ length: 256 }, (_, i) => a + i), ...Array.from({ length: 256 }, (_, i) => b + i)];
  for (let i = 0; i < 512; i++) {
    ok(h.invoke(poolSlot, Label.RISCVASIDPoolAssign, [], [slots[i]]));
    assert.equal(pt(h, slots[i]).mappedASID, 512 + i);
  }
  const extra = mkPT(h);
  expectErr(h.invoke(poolSlot, Label.RISCVASIDPoolAssign, [], [extra]), SeL4Error.DeleteFirst);
  // the boot pool (ASID 0 reserved, 1 used) still has room
  ok(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [extra]));
  // freeing ASID 512+100 makes exactly that one available
  del(h, slots[100]);
  const again = mkPT(h);
  ok(h.invoke(poolSlot, Label.RISCVASIDPoolAssign, [], [again]));
  assert.equal(pt(h, again).mappedASID, 612);
});

// ---------------------------------------------------------------- finalisation

test('deleting caps cleans up page-table entries (Arch_finaliseCap)', () => {
  const h = new Harness();
  const vs = newVSpace(h);
  const vsP = pt(h, vs).paddr;
  const l1 = mkPT(h), l2 = mkPT(h), f = mkPage(h), m = mkMega(h);
  ok(h.invoke(l1, Label.RISCVPageTableMap, [0x40000000, 0], [vs]));
  ok(h.invoke(l2, Label.RISCVPageTableMap, [0x40000000, 0], [vs]));
  ok(h.invoke(f, Label.RISCVPageMap, [0x40001000, RW, 0], [vs]));
  ok(h.invoke(m, Label.RISCVPageMap, [0x40200000, RW, 0], [vs]));
  const l1P = pt(h, l1).paddr, l2P = pt(h, l2).paddr;
  // deleting an (unmapped) copy of a mapped frame changes nothing
  const fc = copyCap(h, f);
  del(h, fc);
  assert.equal(walkSv39(h.ks.mem, vsP, 0x40001000)?.paddr, frame(h, f).paddr);
  // deleting the mapped frame cap unmaps it, even though another cap to the frame exists
  const fc2 = copyCap(h, f);
  del(h, f);
  assert.equal(pte(h, l2P, 1), 0n);
  assert.equal(capAt(h, fc2).tag, CapTag.Frame);
  // a mapped page-table copy is not final: deleting it leaves the link
  const l2c = copyCap(h, l2);
  del(h, l2c);
  assert.equal(pte(h, l1P, 0), tablePTE(l2P));
  // the last cap of a mapped table: unlinked (its contents are not cleared by deletion)
  const g = mkPage(h);
  ok(h.invoke(g, Label.RISCVPageMap, [0x40003000, RW, 0], [vs]));
  del(h, l2);
  assert.equal(pte(h, l1P, 0), 0n);
  assert.notEqual(pte(h, l2P, 3), 0n);
  assert.equal(walkSv39(h.ks.mem, vsP, 0x40003000), null);
  // the Mega page is still there; deleting the level-1 table unlinks everything below it
  assert.equal(walkSv39(h.ks.mem, vsP, 0x40200000)?.level, 1);
  del(h, l1);
  assert.equal(pte(h, vsP, 1), 0n);
  assert.equal(walkSv39(h.ks.mem, vsP, 0x40200000), null);
  // g's cap still says mapped; Page_Unmap finds a different (no) mapping and just clears the cap
  ok(h.invoke(g, Label.RISCVPageUnmap));
  assert.equal(frame(h, g).mappedASID, 0);
  // the final VSpace cap: its ASID is released
  const asid = pt(h, vs).mappedASID;
  del(h, vs);
  assert.equal(h.ks.asidTable[0]?.entries[asid], 0);
  // the Mega page's cap still names that ASID; unmapping does nothing harmful
  ok(h.invoke(m, Label.RISCVPageUnmap));
  assert.equal(frame(h, m).mappedASID, 0);
});

test('a thread whose VSpace loses its ASID runs on the kernel\'s empty root', () => {
  const h = new Harness();
  const ks = h.ks;
  // A VSpace in its own untyped, so that revoking the untyped deletes every cap to it.
  const ut = mk(h, ObjType.Untyped, 12);
  const vs = freeSlots(h);
  retype(h, ut, ObjType.PageTable, 0, vs);
  ok(h.invoke(ASID_POOL, Label.RISCVASIDPoolAssign, [], [vs]));
  const vsP = pt(h, vs).paddr;
  const asid = pt(h, vs).mappedASID;
  assert.equal(ks.hart.mmu.root, bootRoot(h));
  setOwnSpace(h, vs);
  assert.equal(ks.hart.mmu.root, vsP, 'the switch loads the new VSpace');
  ok(h.invoke(CNODE, Label.CNodeRevoke, [ut, 64]));
  assert.equal(h.root.slots[TcbSlot.VTable].cap.tag, CapTag.Null);
  assert.equal(ks.asidTable[0]?.entries[asid], 0);
  assert.equal(ks.hart.mmu.root, ks.globalRootPaddr);
  assert.equal(ks.activeRootPaddr, ks.globalRootPaddr);

  // Same via the pool: SetSpace to a VSpace in a new pool, then delete the pool cap.
  const put = mk(h, ObjType.Untyped, 12);
  const poolSlot = freeSlots(h);
  ok(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [poolSlot, 64], [put, CNODE]));
  const vs2 = newVSpace(h, poolSlot);
  setOwnSpace(h, vs2);
  assert.equal(ks.hart.mmu.root, pt(h, vs2).paddr);
  del(h, poolSlot);
  assert.equal(ks.hart.mmu.root, ks.globalRootPaddr);
  // back to the boot VSpace
  setOwnSpace(h, VSPACE);
  assert.equal(ks.hart.mmu.root, bootRoot(h));
});

// ---------------------------------------------------------------- end to end: the CPU sees the mappings

test('end to end: code and data mapped by the kernel run on the emulated CPU; Unmap makes them fault', () => {
  const h = new Harness();
  const ks = h.ks;
  const mem = ks.mem;
  const hart = ks.hart;
  const vs = newVSpace(h);
  const vsP = pt(h, vs).paddr;
  const l1 = mkPT(h), l2 = mkPT(h), code = mkPage(h), data = mkPage(h);
  ok(h.invoke(l1, Label.RISCVPageTableMap, [0x40000000, 0], [vs]));
  ok(h.invoke(l2, Label.RISCVPageTableMap, [0x40200000, 0], [vs]));
  ok(h.invoke(code, Label.RISCVPageMap, [0x40200000, RO, 0], [vs]));
  ok(h.invoke(data, Label.RISCVPageMap, [0x40201000, RW, XN], [vs]));
  const codeP = frame(h, code).paddr, dataP = frame(h, data).paddr;
  // a0 = 0x40201000; a1 = [a0]; [a0+8] = a1; loop
  const prog = [lui(10, 0x40201), ld(11, 10, 0), sd(11, 10, 8), jal(0, 0)];
  const bytes = new Uint8Array(prog.length * 4);
  prog.forEach((w, i) => new DataView(bytes.buffer).setUint32(i * 4, w, true));
  mem.writeBytes(codeP, bytes);
  mem.write64(dataP, 0x1122334455667788n);

  // the rootserver thread switches to the new VSpace (its IPC buffer is reached physically by the kernel)
  setOwnSpace(h, vs);
  assert.equal(hart.mmu.root, vsP);
  // what the MMU sees
  assert.equal(hart.mmu.translate(0x40201010, 0, 1), true);
  assert.equal(hart.mmu.paddr, dataP + 0x10);
  assert.equal(hart.mmu.translate(0x40200000, 0, 2), false, 'code page is read-only');
  assert.equal(hart.mmu.cause, 15);
  assert.equal(hart.mmu.translate(0x40201000, 0, 0), false, 'data page is execute-never');
  assert.equal(hart.mmu.cause, 12);

  const runAt = (pc: number, budget: number): number => {
    hart.regs = h.root.regs;
    h.root.regs.setPC(BigInt(pc));
    return hart.run(budget);
  };
  runAt(0x40200000, 20);
  assert.equal(hart.trapped, false);
  assert.equal(mem.read64(dataP + 8), 0x1122334455667788n);
  const vpn = 0x40201;
  assert.equal(hart.mmu.rTag[vpn & TLB_MASK], vpn, 'the load went through the TLB');

  // Remap read-only: the store must now fault (the write TLB entry must not survive)
  mem.write64(dataP + 8, 0n);
  ok(h.invoke(data, Label.RISCVPageMap, [0x40201000, RO, XN], [vs]));
  assert.equal(hart.mmu.root, vsP);
  runAt(0x40200000, 20);
  assert.equal(hart.trapped, true);
  assert.deepEqual([hart.scause, hart.stvalLo >>> 0, hart.stvalHi], [15, 0x40201008, 0]);
  assert.equal(mem.read64(dataP + 8), 0n);
  // back to read-write, run again to refill the TLBs
  ok(h.invoke(data, Label.RISCVPageMap, [0x40201000, RW, XN], [vs]));
  runAt(0x40200000, 20);
  assert.equal(hart.trapped, false);
  assert.equal(hart.mmu.rTag[vpn & TLB_MASK], vpn);

  // Unmap: the root does not change, only the TLB flush can hide the old translation
  ok(h.invoke(data, Label.RISCVPageUnmap));
  assert.equal(hart.mmu.root, vsP);
  assert.equal(hart.mmu.rTag[vpn & TLB_MASK], -1);
  assert.equal(walkSv39(mem, vsP, 0x40201000), null);
  runAt(0x40200000, 20);
  assert.equal(hart.trapped, true);
  assert.deepEqual([hart.scause, hart.stvalLo >>> 0, hart.stvalHi], [13, 0x40201000, 0]);
  // the kernel turns it into a VMFault (no fault handler: the thread stops)
  handleTrap(ks, hart.scause, hart.stvalLo, hart.stvalHi);
  assert.equal(h.root.state, ThreadState.Inactive);
  assert.deepEqual(ks.unhandledFaults, ['vm fault on data at address 0x40201000 with status 0x5 in thread "rootserver" at address 0x40200004']);
});

test('end to end: unmapping the code page table makes instruction fetch fault', () => {
  const h = new Harness();
  const hart = h.ks.hart;
  const vs = newVSpace(h);
  const l1 = mkPT(h), l2 = mkPT(h), code = mkPage(h);
  ok(h.invoke(l1, Label.RISCVPageTableMap, [0x40000000, 0], [vs]));
  ok(h.invoke(l2, Label.RISCVPageTableMap, [0x40000000, 0], [vs]));
  ok(h.invoke(code, Label.RISCVPageMap, [0x40000000, RO, 0], [vs]));
  const w = new Uint8Array(4);
  new DataView(w.buffer).setUint32(0, jal(0, 0), true);
  h.ks.mem.writeBytes(frame(h, code).paddr, w);
  setOwnSpace(h, vs);
  hart.regs = h.root.regs;
  h.root.regs.setPC(0x40000000n);
  assert.equal(hart.run(10), 10);
  assert.equal(hart.trapped, false);
  ok(h.invoke(l2, Label.RISCVPageTableUnmap));
  h.root.regs.setPC(0x40000000n);
  hart.run(10);
  assert.deepEqual([hart.trapped, hart.scause, hart.stvalLo >>> 0], [true, 12, 0x40000000]);
  handleTrap(h.ks, hart.scause, hart.stvalLo, hart.stvalHi);
  assert.equal(h.root.state, ThreadState.Inactive);
  assert.deepEqual(h.ks.unhandledFaults, ['vm fault on code at address 0x40000000 with status 0x1 in thread "rootserver" at address 0x40000000']);
});

test('every label on every VSpace cap type returns an error or succeeds without throwing', () => {
  const h = new Harness();
  const caps = () => [mkPT(h), mkPage(h), VSPACE, ASID_CONTROL, ASID_POOL, h.sys.boot.bootInfo.userImagePaging.start, IPC_BUFFER];
  const words = [0n, 1n, 0x40000000n, USER_TOP, -1n, 0x10000n, 3n];
  for (let label = Label.RISCVPageTableMap; label <= Label.RISCVASIDPoolAssign; label++) {
    for (const s of caps()) {
      if (label === Label.RISCVPageUnmap && (s === IPC_BUFFER)) continue; // keep the harness's IPC buffer mapped
      if (label === Label.RISCVPageTableUnmap && s === h.sys.boot.bootInfo.userImagePaging.start) continue;
      for (const a of words) {
        const r = h.invoke(s, label, [a, a, a], [s, CNODE]);
        assert.ok(r.label >= 0 && r.label <= 10);
      }
    }
  }
});

test('Page_Map with a write-only rights mask prints seL4\'s warning and maps nothing accessible', () => {
  const h = new Harness({ config: { printing: true } });
  const vs = newVSpace(h);
  const l1 = mkPT(h);
  ok(h.invoke(l1, Label.RISCVPageTableMap, [0x400000, 0], [vs]));
  const t = mkPT(h);
  ok(h.invoke(t, Label.RISCVPageTableMap, [0x400000, 0], [vs]));
  const p = mkPage(h);
  ok(h.invoke(p, Label.RISCVPageMap, [0x400000, WO, XN], [vs]));
  assert.match(h.sys.output(), /Attempted to make unsupported write only mapping/);
  assert.equal(pte(h, pt(h, t).paddr, 0), 0n, 'kernel-only rights with X clear: an all-zero PTE');
  // Without ExecuteNever the same request maps the page execute-only.
  const p2 = mkPage(h);
  ok(h.invoke(p2, Label.RISCVPageMap, [0x401000, WO, 0], [vs]));
  assert.equal(pte(h, pt(h, t).paddr, 1), leafPTE(frame(h, p2).paddr, V | X | U | A | D));
});
