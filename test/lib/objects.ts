// Object-creation helpers for kernel tests: real Untyped_Retype invocations through the harness.
// Signatures of retype() and findUntyped() are stable: other test suites (TCB, VSpace, ...) rely on them.
import assert from 'node:assert/strict';
import type { Harness, Reply } from './harness.js';
import { Label } from '../../src/kernel/api/labels.js';
import { ERROR_NAMES } from '../../src/kernel/api/failures.js';
import { CapTag, type Cap, type CNode, type Cte, type UntypedCap } from '../../src/kernel/structures.js';
import { ensureNoChildren } from '../../src/kernel/object/cnode.js';

/** seL4_ObjectType numbers, non-MCS riscv64 (fact sheet §6.1). */
export const ObjType = {
  Untyped: 0,
  TCB: 1,
  Endpoint: 2,
  Notification: 3,
  CapTable: 4,
  GigaPage: 5,
  SmallPage: 6,
  MegaPage: 7,
  PageTable: 8,
} as const;

/** Object sizes in bits (fact sheet §6.2); CapTable and Untyped take size_bits. */
export const OBJ_BITS = { TCB: 11, Endpoint: 4, Notification: 5, Slot: 5, Page: 12, MegaPage: 21, GigaPage: 30, PageTable: 12 } as const;

/** Slot of the rootserver's own CNode cap (seL4_CapInitThreadCNode). */
export const ROOT_CNODE_SLOT = 2;

export interface UntypedRef {
  /** CPtr (= root CNode slot) of the untyped cap. */
  slot: number;
  paddr: number;
  sizeBits: number;
  isDevice: boolean;
}

/** The root CNode of the rootserver. */
export function rootCNode(h: Harness): CNode {
  return h.sys.boot.rootCNode;
}

/** The Cte at index `slot` of the root CNode. */
export function rootSlot(h: Harness, slot: number): Cte {
  return rootCNode(h).slot(slot);
}

/** The cap at index `slot` of the root CNode. */
export function capAt(h: Harness, slot: number): Cap {
  return rootSlot(h, slot).cap;
}

/**
 * Untyped_Retype `n` objects of `type` (size_bits `sizeBits`) from the untyped in root slot `untypedSlot` into root
 * CNode slots destSlot..destSlot+n-1 (root CNode as destination: node_depth 0). Asserts success.
 */
export function retype(h: Harness, untypedSlot: number, type: number, sizeBits: number, destSlot: number, n = 1): Reply {
  const r = h.invoke(untypedSlot, Label.UntypedRetype, [type, sizeBits, 0, 0, destSlot, n], [ROOT_CNODE_SLOT]);
  assert.equal(r.label, 0,
    `Untyped_Retype(ut=${untypedSlot}, type=${type}, bits=${sizeBits}, dest=${destSlot}, n=${n}) failed: ` +
    `${ERROR_NAMES[r.label] ?? r.label} mrs=[${r.mrs.join(', ')}]`);
  return r;
}

/** Bytes an untyped can still hand out: its watermark restarts at 0 when it has no children (as Retype does). */
function usableFrom(h: Harness, u: UntypedRef): { cap: UntypedCap; freeIndex: number } | null {
  const cte = rootSlot(h, u.slot);
  if (cte.cap.tag !== CapTag.Untyped) return null;
  return { cap: cte.cap, freeIndex: ensureNoChildren(cte) ? 0 : cte.cap.freeIndex };
}

/**
 * The first boot untyped (in bootinfo order) with the given device flag that still has room for one object of
 * 2^minBits bytes at the current watermark (aligned up). Throws if none does.
 */
export function findUntyped(h: Harness, minBits: number, device = false): UntypedRef {
  for (const u of h.sys.boot.untypeds) {
    if (u.isDevice !== device || u.sizeBits < minBits) continue;
    const s = usableFrom(h, u);
    if (s === null) continue;
    const size = 2 ** minBits;
    const aligned = Math.ceil((s.cap.paddr + s.freeIndex) / size) * size;
    if (aligned + size <= s.cap.paddr + 2 ** s.cap.sizeBits) {
      return { slot: u.slot, paddr: u.paddr, sizeBits: u.sizeBits, isDevice: u.isDevice };
    }
  }
  throw new Error(`no ${device ? 'device' : 'RAM'} untyped with room for 2^${minBits} bytes`);
}

/** First run of `count` consecutive empty root CNode slots at or after bootinfo.empty.start (or `from`). */
export function freeSlots(h: Harness, count = 1, from = h.sys.boot.bootInfo.empty.start): number {
  const cnode = rootCNode(h);
  let run = 0;
  for (let i = from; i < cnode.numSlots; i++) {
    run = cnode.slot(i).cap.tag === CapTag.Null ? run + 1 : 0;
    if (run === count) return i - count + 1;
  }
  throw new Error(`no ${count} consecutive free slots in the root CNode`);
}
