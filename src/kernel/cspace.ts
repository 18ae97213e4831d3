// CSpace addressing (seL4 src/kernel/cspace.c; manual §2.3 "CSpace Addressing").
import { CapTag, Cap, Cte, LookupFailure, Tcb, TcbSlot } from './structures.js';

const WORD_BITS = 64;
const MASK64 = (1n << 64n) - 1n;

export interface ResolveResult {
  slot: Cte | null;
  bitsRemaining: number;
  failure: LookupFailure | null;
}

/** Walk the CNode graph from nodeCap consuming nBits of capptr (resolveAddressBits). */
export function resolveAddressBits(nodeCap: Cap, capptr: bigint, nBits: number): ResolveResult {
  if (nodeCap.tag !== CapTag.CNode) return { slot: null, bitsRemaining: nBits, failure: { kind: 'invalidRoot' } };
  let cap = nodeCap;
  const cp = capptr & MASK64;
  for (;;) {
    const radix = cap.radix;
    const guardBits = cap.guardSize;
    const levelBits = radix + guardBits;
    const capGuard = cap.guard;
    // Shift is taken mod the word size, as in seL4.
    const shift = BigInt((nBits - guardBits) & (WORD_BITS - 1));
    const guard = (cp >> shift) & ((1n << BigInt(guardBits)) - 1n);
    if (guardBits > nBits || guard !== capGuard) {
      return { slot: null, bitsRemaining: nBits, failure: { kind: 'guardMismatch', bitsLeft: nBits, guardFound: capGuard, bitsFound: guardBits } };
    }
    if (levelBits > nBits) {
      return { slot: null, bitsRemaining: nBits, failure: { kind: 'depthMismatch', bitsLeft: nBits, bitsFound: levelBits } };
    }
    const offset = Number((cp >> BigInt(nBits - levelBits)) & ((1n << BigInt(radix)) - 1n));
    const slot = cap.obj.slot(offset);
    if (nBits === levelBits) return { slot, bitsRemaining: 0, failure: null };
    nBits -= levelBits;
    const next = slot.cap;
    if (next.tag !== CapTag.CNode) return { slot, bitsRemaining: nBits, failure: null };
    cap = next;
  }
}

/** lookupSlot: resolve a CPtr in a thread's CSpace at full word depth. */
export function lookupSlot(thread: Tcb, capptr: bigint): ResolveResult {
  return resolveAddressBits(thread.slots[TcbSlot.CTable].cap, capptr, WORD_BITS);
}

export interface CapLookup {
  cap: Cap;
  slot: Cte | null;
  failure: LookupFailure | null;
}

/** lookupCapAndSlot; on failure cap is the null cap and `failure` describes why. */
export function lookupCapAndSlot(thread: Tcb, capptr: bigint): CapLookup {
  const r = lookupSlot(thread, capptr);
  if (r.failure !== null || r.slot === null) return { cap: { tag: CapTag.Null }, slot: null, failure: r.failure };
  return { cap: r.slot.cap, slot: r.slot, failure: null };
}

/** Result of slot addressing for CNode operations (lookupSlotForCNodeOp). */
export type SlotLookup =
  | { ok: true; slot: Cte }
  | { ok: false; rangeError: boolean; failure: LookupFailure | null };

export function lookupSlotForCNodeOp(root: Cap, capptr: bigint, depth: bigint | number): SlotLookup {
  if (root.tag !== CapTag.CNode) return { ok: false, rangeError: false, failure: { kind: 'invalidRoot' } };
  const d = typeof depth === 'bigint' ? depth : BigInt(depth);
  if (d < 1n || d > 64n) return { ok: false, rangeError: true, failure: null };
  const r = resolveAddressBits(root, capptr, Number(d));
  if (r.failure !== null || r.slot === null) return { ok: false, rangeError: false, failure: r.failure };
  if (r.bitsRemaining !== 0) {
    return { ok: false, rangeError: false, failure: { kind: 'depthMismatch', bitsLeft: r.bitsRemaining, bitsFound: 0 } };
  }
  return { ok: true, slot: r.slot };
}
