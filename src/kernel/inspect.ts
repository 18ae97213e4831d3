// Read-only view of kernel state for tools (src/assurance: snapshots, labels, authority, integrity monitor).
// This is the documented surface those tools use instead of kernel internals: every container of capabilities
// and its slots, threads, the derivation tree, VSpace mappings as the hardware page tables hold them, and the
// IRQ table. Nothing here changes state, and nothing here is on a hot path.
import type { KernelState } from './statedata.js';
import { IRQState } from './statedata.js';
import { ASIDPool, CapTag, CNode, Cte, Tcb } from './structures.js';
import { isMDBParentOf } from './object/cap.js';

/** Where a capability lives: a CNode slot, a TCB slot (tcb_cnode_index), or the IRQ node slot of an IRQ. */
export type CapContainer = CNode | Tcb | { readonly irq: number };

/** Threads that exist (the idle thread is not a user subject), in physical-address order. */
export function userThreads(ks: KernelState): Tcb[] {
  return [...ks.threads].filter((t) => t !== ks.idleThread).sort((a, b) => a.paddr - b.paddr);
}

/** CNodes that exist, in physical-address order. */
export function cnodes(ks: KernelState): CNode[] {
  const out: CNode[] = [];
  for (const o of ks.objects) if (o instanceof CNode) out.push(o);
  return out.sort((a, b) => a.paddr - b.paddr);
}

/** ASID pools that exist, in physical-address order. */
export function asidPools(ks: KernelState): ASIDPool[] {
  const out: ASIDPool[] = [];
  for (const o of ks.objects) if (o instanceof ASIDPool) out.push(o);
  return out.sort((a, b) => a.paddr - b.paddr);
}

/**
 * Every non-null capability with its container and index: CNode slots (ascending), then the five TCB slots
 * of each thread, then the IRQ node (the notification each IRQ signals). Deterministic order.
 */
export function forEachCap(ks: KernelState, fn: (cte: Cte, container: CapContainer, index: number) => void): void {
  for (const cn of cnodes(ks)) {
    for (const s of cn.usedSlots()) if (s.cap.tag !== CapTag.Null) fn(s, cn, s.index);
  }
  for (const t of userThreads(ks)) {
    for (const s of t.slots) if (s.cap.tag !== CapTag.Null) fn(s, t, s.index);
  }
  ks.intStateIRQNode.forEach((s, irq) => {
    if (s.cap.tag !== CapTag.Null) fn(s, { irq }, irq);
  });
}

/**
 * The slot's parent in the derivation tree (seL4's MDB is a list in tree preorder: the parent is the nearest
 * preceding entry that isMDBParentOf the slot), or null for an original capability.
 */
export function mdbParent(cte: Cte): Cte | null {
  for (let p = cte.mdbPrev; p !== null; p = p.mdbPrev) {
    if (isMDBParentOf(p, cte)) return p;
  }
  return null;
}

/**
 * Derivation-tree parents of every non-null capability at once (one pass over each MDB list with a stack of
 * the current entry's ancestors; same answers as mdbParent, in linear time).
 */
export function mdbParents(ks: KernelState): Map<Cte, Cte | null> {
  const out = new Map<Cte, Cte | null>();
  const heads: Cte[] = [];
  forEachCap(ks, (cte) => {
    if (cte.mdbPrev === null) heads.push(cte);
  });
  const stack: Cte[] = [];
  for (const h of heads) {
    stack.length = 0;
    for (let x: Cte | null = h; x !== null; x = x.mdbNext) {
      while (stack.length > 0 && !isMDBParentOf(stack[stack.length - 1], x)) stack.pop();
      out.set(x, stack.length > 0 ? stack[stack.length - 1] : null);
      stack.push(x);
    }
  }
  return out;
}

/** A VSpace root registered in an ASID pool. */
export interface VSpaceRoot {
  asid: number;
  root: number;
}

export function vspaceRoots(ks: KernelState): VSpaceRoot[] {
  const out: VSpaceRoot[] = [];
  ks.asidTable.forEach((pool, high) => {
    if (pool === null) return;
    for (let low = 0; low < 512; low++) {
      const root = pool.entries[low];
      if (root !== 0) out.push({ asid: high * 512 + low, root });
    }
  });
  return out;
}

/** A page table reached from a VSpace root: seL4 level 0 is the root (Sv39 level 2). */
export interface PageTableInfo {
  paddr: number;
  level: number;
  /** First virtual address the table translates. */
  vaddr: number;
  /** The table and index of the PTE pointing here (null for the root). */
  parent: number | null;
  index: number;
}

/** A leaf PTE: a frame mapped at vaddr. */
export interface LeafMapping {
  vaddr: number;
  paddr: number;
  sizeBits: number;
  /** Table holding the PTE and its index. */
  pt: number;
  index: number;
  read: boolean;
  write: boolean;
  execute: boolean;
  user: boolean;
}

/** Walk the user half (entries 0..255 of the root) of an Sv39 VSpace as the MMU would. */
export function walkVSpace(ks: KernelState, root: number): { tables: PageTableInfo[]; leaves: LeafMapping[] } {
  const tables: PageTableInfo[] = [{ paddr: root, level: 0, vaddr: 0, parent: null, index: 0 }];
  const leaves: LeafMapping[] = [];
  const mem = ks.mem;
  const walk = (pt: number, level: number, base: number): void => {
    const shift = 12 + 9 * (2 - level);
    const n = level === 0 ? 256 : 512;
    for (let i = 0; i < n; i++) {
      const a = pt + i * 8;
      if (!mem.isRam(a, 8)) return;
      const lo = mem.read32(a), hi = mem.read32(a + 4);
      if ((lo & 1) === 0) continue;
      const paddr = ((hi & 0x3fffff) * 4194304 + (lo >>> 10)) * 4096;
      const vaddr = base + i * 2 ** shift;
      if ((lo & 0xe) === 0) {
        if (level < 2) {
          tables.push({ paddr, level: level + 1, vaddr, parent: pt, index: i });
          walk(paddr, level + 1, vaddr);
        }
        continue;
      }
      leaves.push({
        vaddr, paddr, sizeBits: shift, pt, index: i,
        read: (lo & 2) !== 0, write: (lo & 4) !== 0, execute: (lo & 8) !== 0, user: (lo & 16) !== 0,
      });
    }
  };
  walk(root, 0, 0);
  return { tables, leaves };
}

/** IRQs that are not inactive, with the IRQ node slot (holding the notification cap the IRQ signals). */
export function activeIRQs(ks: KernelState): { irq: number; state: 'signal' | 'timer' | 'reserved'; slot: Cte }[] {
  const out: { irq: number; state: 'signal' | 'timer' | 'reserved'; slot: Cte }[] = [];
  ks.irqStates.forEach((st, irq) => {
    if (st === IRQState.Inactive) return;
    const state = st === IRQState.Signal ? 'signal' : st === IRQState.Timer ? 'timer' : 'reserved';
    out.push({ irq, state, slot: ks.intStateIRQNode[irq] });
  });
  return out;
}
