// riscv64 VSpace management (seL4 src/arch/riscv/kernel/vspace.c; manual §7 "Address Spaces", fact sheet §5.5, §11).
// Sv39 page tables live in emulated physical memory (ks.mem) in the hardware PTE format, because the emulated
// CPU's MMU (src/machine/mmu.ts) walks those same tables. Every PTE change is followed by sfence() (a full
// software-TLB flush).
import type { KernelState } from '../../../kernel/statedata.js';
import { ASID_POOL_BITS, NUM_ASID_POOLS } from '../../../kernel/statedata.js';
import {
  ASIDPool, Cap, CapTag, Cte, FrameCap, PageTableCap, Tcb, TcbSlot, ThreadState, VMRights,
} from '../../../kernel/structures.js';
import { Exception, SeL4Error } from '../../../kernel/api/failures.js';
import { Label } from '../../../kernel/api/labels.js';
import { DecodeArgs, invalidArgument, invalidCapability, lookupErrorFrom, syscallErr } from '../../../kernel/object/decode.js';
import { cteInsert, ensureEmptySlot, ensureNoChildren, isFinalCapability } from '../../../kernel/object/cnode.js';
import { maskVMRights } from '../../../kernel/object/cap.js';
import { lookupSlotForCNodeOp } from '../../../kernel/cspace.js';
import { kmon } from '../../../kernel/monitor.js';
import { lookupIPCBuffer, setBadgeRegister, setMR, setMessageInfo } from '../../../kernel/message.js';
import { setThreadState } from '../../../kernel/thread.js';
import { formatC, userError } from '../../../kernel/printf.js';

// ---- constants (fact sheet §6.2, §11) ----

/** seL4_UserTop / USER_TOP for Sv39 (exclusive). */
export const USER_TOP = 0x3ffffff000n;
export const PAGE_BITS = 12;
export const PT_INDEX_BITS = 9;
export const PT_ENTRIES = 512;
export const PT_LEVELS = 3;
/** RISCV_GET_PT_INDEX(PPTR_BASE, 0): first kernel-global entry of a root table. */
export const KERNEL_ROOT_FIRST_INDEX = 256;
const ASID_LOW_MASK = (1 << ASID_POOL_BITS) - 1;
const ASID_POOL_SIZE_BITS = 12;
const MASK64 = (1n << 64n) - 1n;

// Sv39 PTE bits (seL4 pte_t in structures_64.bf: ppn 53..10, sw 9..8, D, A, G, U, X, W, R, V).
export const PTE_V = 1n;
export const PTE_R = 2n;
export const PTE_W = 4n;
export const PTE_X = 8n;
export const PTE_U = 16n;
export const PTE_G = 32n;
export const PTE_A = 64n;
export const PTE_D = 128n;
const PPN_MASK = (1n << 44n) - 1n;

// ---- PTE helpers ----

/** pte_new(ppn, sw, dirty, accessed, global, user, execute, write, read, valid). */
function pteNew(ppn: bigint, d: boolean, a: boolean, u: boolean, x: boolean, w: boolean, r: boolean, v: boolean): bigint {
  return ((ppn & PPN_MASK) << 10n) | (d ? PTE_D : 0n) | (a ? PTE_A : 0n) | (u ? PTE_U : 0n) |
    (x ? PTE_X : 0n) | (w ? PTE_W : 0n) | (r ? PTE_R : 0n) | (v ? PTE_V : 0n);
}

/** A non-leaf PTE pointing at a page table (as performPageTableInvocationMap builds it: V only + PPN). */
export function pteNextTable(ptPaddr: number): bigint {
  return pteNew(BigInt(ptPaddr) >> BigInt(PAGE_BITS), false, false, false, false, false, false, true);
}

function pteValid(pte: bigint): boolean {
  return (pte & PTE_V) !== 0n;
}

/** isPTEPageTable: valid and none of R/W/X. */
export function isPTEPageTable(pte: bigint): boolean {
  return (pte & PTE_V) !== 0n && (pte & (PTE_R | PTE_W | PTE_X)) === 0n;
}

/** Physical address the PTE's PPN refers to (getPPtrFromHWPTE / pte_ptr_get_ppn << 12). */
export function ptePaddr(pte: bigint): number {
  return Number((pte >> 10n) & PPN_MASK) * 2 ** PAGE_BITS;
}

function readPTE(ks: KernelState, slot: number): bigint {
  return ks.mem.read64(slot);
}

function writePTE(ks: KernelState, slot: number, pte: bigint): void {
  ks.mem.write64(slot, pte);
}

/** sfence.vma: the emulated CPU caches translations in its software TLB. */
function sfence(ks: KernelState): void {
  ks.hart.mmu.flush();
}

/** hwASIDFlush: the emulated MMU has no ASID-tagged entries, so flush everything. */
function hwASIDFlush(ks: KernelState, _asid: number): void {
  ks.hart.mmu.flush();
}

/** RISCV_GET_PT_INDEX(vaddr, level) for seL4 levels 0 (root) .. 2. */
function ptIndex(vaddr: bigint, level: number): number {
  const shift = BigInt(PT_INDEX_BITS * (PT_LEVELS - 1 - level) + PAGE_BITS);
  return Number((vaddr >> shift) & BigInt(PT_ENTRIES - 1));
}

function pageBitsForSize(sizeBits: number): number {
  return sizeBits;
}

export interface LookupPTSlotRet {
  /** Physical address of the PTE. */
  ptSlot: number;
  /** Bits of the virtual address not yet translated: size of what can be (or is) mapped at ptSlot. */
  ptBitsLeft: number;
}

/** lookupPTSlot: walk from the root while the entries are page-table PTEs; returns the deepest slot. */
export function lookupPTSlot(ks: KernelState, lvl1pt: number, vptr: bigint): LookupPTSlotRet {
  let level = PT_LEVELS - 1;
  let pt = lvl1pt;
  let ptBitsLeft = PT_INDEX_BITS * level + PAGE_BITS;
  let ptSlot = pt + Number((vptr >> BigInt(ptBitsLeft)) & BigInt(PT_ENTRIES - 1)) * 8;
  while (isPTEPageTable(readPTE(ks, ptSlot)) && level > 0) {
    level--;
    ptBitsLeft -= PT_INDEX_BITS;
    pt = ptePaddr(readPTE(ks, ptSlot));
    ptSlot = pt + Number((vptr >> BigInt(ptBitsLeft)) & BigInt(PT_ENTRIES - 1)) * 8;
  }
  return { ptSlot, ptBitsLeft };
}

// ---- ASIDs ----

/** Look up the VSpace root registered for an ASID; 0 if none (findVSpaceForASID without the lookup fault). */
export function findVSpaceForASID(ks: KernelState, asid: number): number {
  const pool = ks.asidTable[asid >>> ASID_POOL_BITS];
  if (pool === null || pool === undefined) return 0;
  return pool.entries[asid & ASID_LOW_MASK];
}

/**
 * findVSpaceForASID as seL4 has it: on failure sets current_lookup_fault to InvalidRoot and returns
 * `ok: false` (EXCEPTION_LOOKUP_FAULT).
 */
export function findVSpaceForASIDRet(ks: KernelState, asid: number): { ok: true; root: number } | { ok: false } {
  const root = findVSpaceForASID(ks, asid);
  if (root === 0) {
    ks.currentLookupFault = { kind: 'invalidRoot' };
    return { ok: false };
  }
  return { ok: true, root };
}

/**
 * copyGlobalMappings: copy the kernel's root entries (256..511) into a new VSpace root. sel4ts's kernel root
 * (ks.globalRootPaddr) is all-invalid — the kernel does not run in the emulated address space — so this copies
 * zeros; user code cannot reach these entries (vaddr < USER_TOP indexes only entries 0..255).
 */
export function copyGlobalMappings(ks: KernelState, newLvl1pt: number): void {
  for (let i = KERNEL_ROOT_FIRST_INDEX; i < PT_ENTRIES; i++) {
    writePTE(ks, newLvl1pt + i * 8, ks.globalRootPaddr !== 0 ? readPTE(ks, ks.globalRootPaddr + i * 8) : 0n);
  }
}

/** Load the thread's address space into the MMU (setVMRoot); invalid roots get the kernel's empty table. */
export function setVMRoot(ks: KernelState, t: Tcb): void {
  const cap = t.slots[TcbSlot.VTable].cap;
  let root = ks.globalRootPaddr;
  if (cap.tag === CapTag.PageTable && cap.isMapped && findVSpaceForASID(ks, cap.mappedASID) === cap.paddr) {
    root = cap.paddr;
  }
  if (root !== ks.activeRootPaddr) {
    ks.activeRootPaddr = root;
    ks.hart.mmu.setRoot(root);
  }
}

/** Re-evaluate the current thread's root unconditionally (after an ASID or pool went away). */
function forceSetVMRootCurrent(ks: KernelState): void {
  ks.activeRootPaddr = -1;
  setVMRoot(ks, ks.curThread);
}

/** isValidVTableRoot: a page-table cap that is mapped (assigned an ASID or installed in a table). */
export function isValidVTableRoot(cap: Cap): boolean {
  return cap.tag === CapTag.PageTable && cap.isMapped;
}

/** checkValidIPCBuffer (TCB Configure / SetIPCBuffer): a non-device frame cap and a 2^10-aligned address. */
export function checkValidIPCBuffer(ks: KernelState, vptr: bigint, cap: Cap): Exception {
  if (cap.tag !== CapTag.Frame) {
    userError(ks, 'checkValidIPCBuffer', 613, 'Requested IPC Buffer is not a frame cap.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if (cap.isDevice) {
    userError(ks, 'checkValidIPCBuffer', 619, 'Specifying a device frame as an IPC buffer is not permitted.');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if ((vptr & 0x3ffn) !== 0n) {
    // seL4 passes the address through an (int) cast to %x.
    userError(ks, 'checkValidIPCBuffer', 625, 'Requested IPC Buffer location 0x%x is not aligned.', vptr);
    return syscallErr(ks, SeL4Error.AlignmentError);
  }
  return Exception.None;
}

/** deleteASIDPool: the pool's last cap is gone; drop it from the ASID table (its VSpaces lose their ASIDs). */
export function deleteASIDPool(ks: KernelState, asidBase: number, pool: ASIDPool): void {
  if (ks.asidTable[asidBase >>> ASID_POOL_BITS] === pool) {
    // seL4 flushes nothing here; sel4ts's TLB is not ASID-tagged, so drop every cached translation.
    sfence(ks);
    ks.asidTable[asidBase >>> ASID_POOL_BITS] = null;
    forceSetVMRootCurrent(ks);
  }
}

/** deleteASID: a VSpace root's last cap is gone; clear its pool entry. */
export function deleteASID(ks: KernelState, asid: number, vspace: number): void {
  const pool = ks.asidTable[asid >>> ASID_POOL_BITS];
  if (pool !== null && pool !== undefined && pool.entries[asid & ASID_LOW_MASK] === vspace) {
    hwASIDFlush(ks, asid);
    pool.entries[asid & ASID_LOW_MASK] = 0;
    forceSetVMRootCurrent(ks);
  }
}

/** unmapPageTable: remove the PTE that links target_pt into the VSpace of `asid` at `vptr`, if it is still there. */
export function unmapPageTable(ks: KernelState, asid: number, vptr: bigint, targetPt: number): void {
  const find = findVSpaceForASIDRet(ks, asid);
  if (!find.ok) return;
  let ptSlot = -1;
  let pt = find.root;
  for (let i = 0; i < PT_LEVELS - 1 && pt !== targetPt; i++) {
    ptSlot = pt + ptIndex(vptr, i) * 8;
    const pte = readPTE(ks, ptSlot);
    if (!isPTEPageTable(pte)) return;
    pt = ptePaddr(pte);
  }
  if (pt !== targetPt) return;
  if (ptSlot < 0) return; // the root itself: seL4 asserts this cannot happen
  writePTE(ks, ptSlot, 0n);
  sfence(ks);
}

/** unmapPage: clear the leaf PTE for the frame at vptr, only if it still maps exactly this frame. */
export function unmapPage(ks: KernelState, sizeBits: number, asid: number, vptr: bigint, paddr: number): void {
  const find = findVSpaceForASIDRet(ks, asid);
  if (!find.ok) return;
  const lu = lookupPTSlot(ks, find.root, vptr);
  if (lu.ptBitsLeft !== pageBitsForSize(sizeBits)) return;
  const pte = readPTE(ks, lu.ptSlot);
  if (!pteValid(pte) || isPTEPageTable(pte) || ptePaddr(pte) !== paddr) return;
  writePTE(ks, lu.ptSlot, 0n);
  sfence(ks);
}

// ---- invocations (manual §7, fact sheet §5.5) ----

/** makeUserPTE: leaf PTE with U=A=D=1; all-zero when it would grant nothing. */
function makeUserPTE(paddr: number, executable: boolean, rights: VMRights): bigint {
  const write = rights === VMRights.ReadWrite;
  const read = rights !== VMRights.KernelOnly;
  if (!read && !write && !executable) return 0n;
  return pteNew(BigInt(paddr) >> BigInt(PAGE_BITS), true, true, true, executable, write, read, true);
}

function checkVPAlignment(sizeBits: number, w: bigint): boolean {
  return (w & ((1n << BigInt(pageBitsForSize(sizeBits))) - 1n)) === 0n;
}

function failedLookup(ks: KernelState, wasSource: boolean): Exception {
  ks.syscallError.type = SeL4Error.FailedLookup;
  ks.syscallError.failedLookupWasSource = wasSource;
  ks.syscallError.lookupFailure = ks.currentLookupFault;
  return Exception.SyscallError;
}

function decodeRISCVPageTableInvocation(ks: KernelState, a: DecodeArgs, cap: PageTableCap): Exception {
  const cte = a.slot;
  if (a.label === Label.RISCVPageTableUnmap) {
    if (!isFinalCapability(cte)) {
      userError(ks, 'decodeRISCVPageTableInvocation', 688, 'RISCVPageTableUnmap: cannot unmap if more than once cap exists');
      return syscallErr(ks, SeL4Error.RevokeFirst);
    }
    // A mapped table must not be a VSpace root.
    if (cap.isMapped) {
      const find = findVSpaceForASIDRet(ks, cap.mappedASID);
      if (find.ok && find.root === cap.paddr) {
        userError(ks, 'decodeRISCVPageTableInvocation', 699, 'RISCVPageTableUnmap: cannot call unmap on top level PageTable');
        return syscallErr(ks, SeL4Error.RevokeFirst);
      }
    }
    setThreadState(ks, ks.curThread, ThreadState.Restart);
    return performPageTableInvocationUnmap(ks, cap, cte);
  }

  if (a.label !== Label.RISCVPageTableMap) {
    userError(ks, 'decodeRISCVPageTableInvocation', 710, 'RISCVPageTable: Illegal Operation');
    return syscallErr(ks, SeL4Error.IllegalOperation);
  }
  if (a.length < 2 || a.extraCaps[0] === null) {
    userError(ks, 'decodeRISCVPageTableInvocation', 716, 'RISCVPageTable: truncated message');
    return syscallErr(ks, SeL4Error.TruncatedMessage);
  }
  if (cap.isMapped) {
    userError(ks, 'decodeRISCVPageTableInvocation', 721, 'RISCVPageTable: PageTable is already mapped.');
    return invalidCapability(ks, 0);
  }
  const vaddr = a.arg(0) & MASK64;
  const lvl1ptCap = a.extraCaps[0].cap;
  if (lvl1ptCap.tag !== CapTag.PageTable || !lvl1ptCap.isMapped) {
    userError(ks, 'decodeRISCVPageTableInvocation', 732, 'RISCVPageTableMap: Invalid top-level PageTable.');
    return invalidCapability(ks, 1);
  }
  const lvl1pt = lvl1ptCap.paddr;
  const asid = lvl1ptCap.mappedASID;
  if (vaddr >= USER_TOP) {
    userError(ks, 'decodeRISCVPageTableInvocation', 743, 'RISCVPageTableMap: Virtual address cannot be in kernel window.');
    return invalidArgument(ks, 0);
  }
  const find = findVSpaceForASIDRet(ks, asid);
  if (!find.ok) {
    userError(ks, 'decodeRISCVPageTableInvocation', 752, 'RISCVPageTableMap: ASID lookup failed');
    return failedLookup(ks, false);
  }
  if (find.root !== lvl1pt) {
    userError(ks, 'decodeRISCVPageTableInvocation', 759, 'RISCVPageTableMap: ASID lookup failed');
    return invalidCapability(ks, 1);
  }
  const lu = lookupPTSlot(ks, lvl1pt, vaddr);
  // Something is already mapped here, or the walk reached the 4 KiB level where no table can go.
  if (lu.ptBitsLeft === PAGE_BITS || pteValid(readPTE(ks, lu.ptSlot))) {
    userError(ks, 'decodeRISCVPageTableInvocation', 771, 'RISCVPageTableMap: All objects mapped at this address');
    return syscallErr(ks, SeL4Error.DeleteFirst);
  }
  const pte = pteNextTable(cap.paddr);
  const mappedAddress = Number(vaddr & ~((1n << BigInt(lu.ptBitsLeft)) - 1n));
  const newCap: PageTableCap = { ...cap, isMapped: true, mappedASID: asid, mappedAddress };
  setThreadState(ks, ks.curThread, ThreadState.Restart);
  return performPageTableInvocationMap(ks, newCap, cte, pte, lu.ptSlot);
}

function decodeRISCVFrameInvocation(ks: KernelState, a: DecodeArgs, cap: FrameCap): Exception {
  const cte = a.slot;
  switch (a.label) {
    case Label.RISCVPageMap: {
      if (a.length < 3 || a.extraCaps[0] === null) {
        userError(ks, 'decodeRISCVFrameInvocation', 807, 'RISCVPageMap: Truncated message.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      const vaddr = a.arg(0) & MASK64;
      const rightsMask = Number(a.arg(1) & 0xfn);
      const attr = a.arg(2);
      const lvl1ptCap = a.extraCaps[0].cap;
      const frameSize = cap.sizeBits;
      const capVMRights = cap.rights;
      if (lvl1ptCap.tag !== CapTag.PageTable || !lvl1ptCap.isMapped) {
        userError(ks, 'decodeRISCVFrameInvocation', 822, 'RISCVPageMap: Bad PageTable cap.');
        return invalidCapability(ks, 1);
      }
      const lvl1pt = lvl1ptCap.paddr;
      const asid = lvl1ptCap.mappedASID;
      const find = findVSpaceForASIDRet(ks, asid);
      if (!find.ok) {
        userError(ks, 'decodeRISCVFrameInvocation', 833, 'RISCVPageMap: No PageTable for ASID');
        return failedLookup(ks, false);
      }
      if (find.root !== lvl1pt) {
        userError(ks, 'decodeRISCVFrameInvocation', 840, 'RISCVPageMap: ASID lookup failed');
        return invalidCapability(ks, 1);
      }
      // The whole page must lie below USER_TOP (word arithmetic, wrapping as in C).
      const vtop = (vaddr + (1n << BigInt(pageBitsForSize(frameSize))) - 1n) & MASK64;
      if (vtop >= USER_TOP) return invalidArgument(ks, 0);
      if (!checkVPAlignment(frameSize, vaddr)) return syscallErr(ks, SeL4Error.AlignmentError);

      const lu = lookupPTSlot(ks, lvl1pt, vaddr);
      if (lu.ptBitsLeft !== pageBitsForSize(frameSize)) {
        // A page table is missing: report how many bits were left unresolved (seL4_MappingFailedLookupLevel).
        ks.currentLookupFault = { kind: 'missingCapability', bitsLeft: lu.ptBitsLeft };
        return failedLookup(ks, false);
      }
      const frameASID = cap.mappedASID;
      if (frameASID !== 0) {
        // Already mapped: only a remap at the same place (new rights/attributes) is allowed.
        if (frameASID !== asid) {
          userError(ks, 'decodeRISCVFrameInvocation', 871, 'RISCVPageMap: Attempting to remap a frame that does not belong to the passed address space');
          return invalidCapability(ks, 1);
        }
        if (BigInt(cap.mappedAddress) !== vaddr) {
          userError(ks, 'decodeRISCVFrameInvocation', 878, 'RISCVPageMap: attempting to map frame into multiple addresses');
          return invalidArgument(ks, 0);
        }
        if (isPTEPageTable(readPTE(ks, lu.ptSlot))) {
          userError(ks, 'decodeRISCVFrameInvocation', 886, 'RISCVPageMap: no mapping to remap.');
          return syscallErr(ks, SeL4Error.DeleteFirst);
        }
      } else if (pteValid(readPTE(ks, lu.ptSlot))) {
        // seL4 PR #1304 (since 14.0.0): the address is printed with "0x%"SEL4_PRIx_word.
        userError(ks, 'decodeRISCVFrameInvocation', 893, 'Virtual address (0x%lx) already mapped', vaddr);
        return syscallErr(ks, SeL4Error.DeleteFirst);
      }
      const vmRights = maskVMRights(capVMRights, rightsMask, ks);
      const newCap: FrameCap = { ...cap, mappedASID: asid, mappedAddress: Number(vaddr) };
      // seL4_RISCV_VMAttributes bit 0: ExecuteNever.
      const executable = (attr & 1n) === 0n;
      const pte = makeUserPTE(cap.paddr, executable, vmRights);
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      return performPageInvocationMapPTE(ks, newCap, cte, pte, lu.ptSlot);
    }
    case Label.RISCVPageUnmap:
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      return performPageInvocationUnmap(ks, cap, cte);
    case Label.RISCVPageGetAddress:
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      return performPageGetAddress(ks, cap.paddr, a.isCall);
    default:
      userError(ks, 'decodeRISCVFrameInvocation', 925, 'RISCVPage: Illegal operation.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
  }
}

/** decodeRISCVMMUInvocation: frames, page tables, ASID control and ASID pools. */
export function decodeRISCVMMUInvocation(ks: KernelState, a: DecodeArgs): Exception {
  const cap = a.cap;
  switch (cap.tag) {
    case CapTag.PageTable:
      return decodeRISCVPageTableInvocation(ks, a, cap);
    case CapTag.Frame:
      return decodeRISCVFrameInvocation(ks, a, cap);
    case CapTag.ASIDControl: {
      if (a.label !== Label.RISCVASIDControlMakePool) return syscallErr(ks, SeL4Error.IllegalOperation);
      if (a.length < 2 || a.extraCaps[0] === null || a.extraCaps[1] === null) {
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      const index = a.arg(0);
      const depth = a.arg(1);
      const parentSlot = a.extraCaps[0];
      const untyped = parentSlot.cap;
      const root = a.extraCaps[1].cap;
      // First free pool.
      let i = 0;
      while (i < NUM_ASID_POOLS && ks.asidTable[i] !== null) i++;
      if (i === NUM_ASID_POOLS) {
        // seL4 PR #1376 (2025): the userError ARM32 always had, now on every architecture.
        userError(ks, 'decodeRISCVMMUInvocation', 979, 'ASIDControlMakePool: No unallocated pools found.');
        return syscallErr(ks, SeL4Error.DeleteFirst);
      }
      const asidBase = i << ASID_POOL_BITS;
      if (untyped.tag !== CapTag.Untyped || untyped.sizeBits !== ASID_POOL_SIZE_BITS || untyped.isDevice) {
        return invalidCapability(ks, 1);
      }
      if (!ensureNoChildren(parentSlot)) return syscallErr(ks, SeL4Error.RevokeFirst);
      const lu = lookupSlotForCNodeOp(root, index, depth);
      if (!lu.ok) return lookupErrorFrom(ks, lu, false);
      const destSlot = lu.slot;
      if (ensureEmptySlot(ks, destSlot) !== Exception.None) return Exception.SyscallError;
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      return performASIDControlInvocation(ks, untyped.paddr, destSlot, parentSlot, asidBase);
    }
    case CapTag.ASIDPool: {
      if (a.label !== Label.RISCVASIDPoolAssign) return syscallErr(ks, SeL4Error.IllegalOperation);
      if (a.extraCaps[0] === null) return syscallErr(ks, SeL4Error.TruncatedMessage);
      const vspaceCapSlot = a.extraCaps[0];
      const vspaceCap = vspaceCapSlot.cap;
      if (vspaceCap.tag !== CapTag.PageTable || vspaceCap.isMapped) {
        userError(ks, 'decodeRISCVMMUInvocation', 1042, 'RISCVASIDPool: Invalid vspace root.');
        return invalidCapability(ks, 1);
      }
      const pool = ks.asidTable[cap.asidBase >>> ASID_POOL_BITS];
      if (pool === null || pool === undefined) {
        ks.currentLookupFault = { kind: 'invalidRoot' };
        return failedLookup(ks, false);
      }
      if (pool !== cap.pool) return invalidCapability(ks, 0);
      // First free ASID; ASID 0 is never handed out.
      let asid = cap.asidBase;
      let i = 0;
      while (i < PT_ENTRIES && (asid + i === 0 || pool.entries[i] !== 0)) i++;
      if (i === PT_ENTRIES) return syscallErr(ks, SeL4Error.DeleteFirst);
      asid += i;
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      return performASIDPoolInvocation(ks, asid, pool, vspaceCapSlot);
    }
    default:
      return syscallErr(ks, SeL4Error.IllegalOperation);
  }
}

function performPageTableInvocationMap(ks: KernelState, cap: PageTableCap, ctSlot: Cte, pte: bigint, ptSlot: number): Exception {
  if (kmon !== null) kmon.slotWrite(ctSlot, cap);
  ctSlot.cap = cap;
  ks.capsChanged++;
  writePTE(ks, ptSlot, pte);
  sfence(ks);
  return Exception.None;
}

function performPageTableInvocationUnmap(ks: KernelState, cap: PageTableCap, ctSlot: Cte): Exception {
  if (cap.isMapped) {
    unmapPageTable(ks, cap.mappedASID, BigInt(cap.mappedAddress), cap.paddr);
    // clearMemory: every mapping inside the table is lost.
    ks.mem.zero(cap.paddr, 1 << PAGE_BITS);
    sfence(ks);
  }
  // Only the mapped flag is cleared; seL4 leaves the ASID and address fields as they were.
  const c = ctSlot.cap;
  if (c.tag === CapTag.PageTable) {
    const unmapped: Cap = { ...c, isMapped: false };
    if (kmon !== null) kmon.slotWrite(ctSlot, unmapped);
    ctSlot.cap = unmapped;
  }
  ks.capsChanged++;
  return Exception.None;
}

function performPageGetAddress(ks: KernelState, paddr: number, call: boolean): Exception {
  const thread = ks.curThread;
  if (call) {
    const buf = lookupIPCBuffer(true, thread);
    setBadgeRegister(thread, 0n);
    const length = setMR(ks, thread, buf, 0, BigInt(paddr));
    setMessageInfo(thread, 0, 0, 0, length);
  }
  setThreadState(ks, thread, ThreadState.Running);
  return Exception.None;
}

function performPageInvocationMapPTE(ks: KernelState, cap: FrameCap, ctSlot: Cte, pte: bigint, base: number): Exception {
  if (kmon !== null) kmon.slotWrite(ctSlot, cap);
  ctSlot.cap = cap;
  ks.capsChanged++;
  writePTE(ks, base, pte);
  sfence(ks);
  return Exception.None;
}

function performPageInvocationUnmap(ks: KernelState, cap: FrameCap, ctSlot: Cte): Exception {
  if (cap.mappedASID !== 0) unmapPage(ks, cap.sizeBits, cap.mappedASID, BigInt(cap.mappedAddress), cap.paddr);
  const c = ctSlot.cap;
  if (c.tag === CapTag.Frame) {
    const unmapped: Cap = { ...c, mappedAddress: 0, mappedASID: 0 };
    if (kmon !== null) kmon.slotWrite(ctSlot, unmapped);
    ctSlot.cap = unmapped;
  }
  ks.capsChanged++;
  return Exception.None;
}

function performASIDControlInvocation(ks: KernelState, frame: number, slot: Cte, parent: Cte, asidBase: number): Exception {
  const u = parent.cap;
  // The whole untyped is consumed: watermark at the end.
  if (u.tag === CapTag.Untyped) {
    const full: Cap = { ...u, freeIndex: 2 ** u.sizeBits };
    if (kmon !== null) kmon.slotWrite(parent, full);
    parent.cap = full;
  }
  ks.mem.zero(frame, 1 << ASID_POOL_SIZE_BITS);
  const pool = new ASIDPool(frame);
  ks.registerObject(pool);
  if (u.tag === CapTag.Untyped) ks.objectParents.set(pool, { paddr: u.paddr, sizeBits: u.sizeBits });
  cteInsert(ks, { tag: CapTag.ASIDPool, pool, asidBase }, parent, slot);
  ks.asidTable[asidBase >>> ASID_POOL_BITS] = pool;
  return Exception.None;
}

function performASIDPoolInvocation(ks: KernelState, asid: number, pool: ASIDPool, vspaceCapSlot: Cte): Exception {
  const cap = vspaceCapSlot.cap;
  if (cap.tag !== CapTag.PageTable) return Exception.None;
  const assigned: Cap = { ...cap, mappedASID: asid, mappedAddress: 0, isMapped: true };
  if (kmon !== null) kmon.slotWrite(vspaceCapSlot, assigned);
  vspaceCapSlot.cap = assigned;
  ks.capsChanged++;
  copyGlobalMappings(ks, cap.paddr);
  pool.entries[asid & ASID_LOW_MASK] = cap.paddr;
  return Exception.None;
}


/** Arch_userStackTrace: the first 16 words of the user stack, read through the thread's page tables. */
export function userStackTrace(ks: KernelState, t: Tcb): string {
  const root = t.slots[TcbSlot.VTable].cap;
  if (!isValidVTableRoot(root) || root.tag !== CapTag.PageTable) return 'Invalid vspace\n';
  const sp = BigInt.asUintN(64, (BigInt(t.regs.xhi[2]) << 32n) | BigInt(t.regs.xlo[2] >>> 0));
  if ((sp & 7n) !== 0n) return formatC('SP %p not aligned', [sp]);
  let out = '';
  for (let i = 0n; i < 16n; i++) {
    const address = BigInt.asUintN(64, sp + i * 8n);
    const r = lookupPTSlot(ks, root.paddr, address);
    const pte = readPTE(ks, r.ptSlot);
    if ((pte & 1n) !== 0n && !isPTEPageTable(pte)) {
      const pa = ptePaddr(pte) + Number(address & ((1n << BigInt(r.ptBitsLeft)) - 1n));
      out += formatC('0x%lx: 0x%lx\n', [address, ks.mem.read64(pa)]);
    } else {
      out += formatC('0x%lx: INVALID\n', [address]);
    }
  }
  return out;
}
