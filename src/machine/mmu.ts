// Sv39 translation for U-mode accesses, with direct-mapped software TLBs (one per access kind).
// TLB entries only ever describe RAM pages; device and faulting pages are re-translated on
// every access so MMIO always reaches the device.

import { PhysicalMemory, RAM_BASE, PAGE_SIZE } from './memory.js';

export const TLB_BITS = 10;
export const TLB_SIZE = 1 << TLB_BITS;
export const TLB_MASK = TLB_SIZE - 1;

export const enum Access { FETCH = 0, LOAD = 1, STORE = 2 }

/** Exception causes. */
export const CAUSE_FETCH_ACCESS = 1;
export const CAUSE_LOAD_ACCESS = 5;
export const CAUSE_STORE_ACCESS = 7;
export const CAUSE_FETCH_PAGE = 12;
export const CAUSE_LOAD_PAGE = 13;
export const CAUSE_STORE_PAGE = 15;

const TWO32 = 4294967296;

export class Mmu {
  readonly mem: PhysicalMemory;
  /** Physical address of the Sv39 root table, or null for bare mode (va == pa). */
  root: number | null = null;
  // Tags: vpn bits (va[31:12]) and the whole high word; -1 never matches a vpn.
  readonly rTag = new Int32Array(TLB_SIZE).fill(-1);
  readonly rHi = new Int32Array(TLB_SIZE);
  readonly rM8: Uint8Array[] = new Array(TLB_SIZE);
  readonly rM32: Int32Array[] = new Array(TLB_SIZE);
  readonly wTag = new Int32Array(TLB_SIZE).fill(-1);
  readonly wHi = new Int32Array(TLB_SIZE);
  readonly wM8: Uint8Array[] = new Array(TLB_SIZE);
  readonly wM32: Int32Array[] = new Array(TLB_SIZE);
  readonly xTag = new Int32Array(TLB_SIZE).fill(-1);
  readonly xHi = new Int32Array(TLB_SIZE);
  readonly xFrame = new Int32Array(TLB_SIZE);
  /** Result of translate(): physical address, or the exception cause on failure. */
  paddr = 0;
  cause = 0;
  /** Debugger watchpoints: RAM frames whose loads and stores must take the slow path (null: none). */
  noFill: Uint8Array | null = null;

  constructor(mem: PhysicalMemory) {
    this.mem = mem;
    const z8 = new Uint8Array(PAGE_SIZE);
    const z32 = new Int32Array(z8.buffer);
    // Keep the arrays monomorphic and dense.
    for (let i = 0; i < TLB_SIZE; i++) {
      this.rM8[i] = z8; this.rM32[i] = z32; this.wM8[i] = z8; this.wM32[i] = z32;
    }
  }

  setRoot(paddr: number | bigint | null): void {
    this.root = paddr === null ? null : Number(paddr);
    this.flush();
  }

  flush(): void {
    this.rTag.fill(-1);
    this.wTag.fill(-1);
    this.xTag.fill(-1);
  }

  /** Drop the store TLB only (a frame became a code frame). */
  flushWrites(): void {
    this.wTag.fill(-1);
  }

  flushPage(vaddr: number | bigint): void {
    const lo = Number(BigInt.asUintN(32, BigInt(vaddr)));
    const i = (lo >>> 12) & TLB_MASK;
    this.rTag[i] = -1; this.wTag[i] = -1; this.xTag[i] = -1;
  }

  /**
   * Translate va (lo/hi words) for an access. Returns true and sets `paddr` (may be non-RAM),
   * or false with `cause` set to the page-fault / access-fault cause. Fills the TLB for RAM pages.
   */
  translate(lo: number, hi: number, acc: number): boolean {
    const root = this.root;
    let pa: number;
    if (root === null) {
      pa = (hi >>> 0) * TWO32 + (lo >>> 0);
    } else {
      const pageFault = acc === Access.FETCH ? CAUSE_FETCH_PAGE : acc === Access.LOAD ? CAUSE_LOAD_PAGE : CAUSE_STORE_PAGE;
      const top = hi >> 6; // va[63:38] must all be equal
      if (top !== 0 && top !== -1) { this.cause = pageFault; return false; }
      const mem = this.mem;
      let table = root;
      let level = 2;
      let pteLo = 0, pteHi = 0;
      for (;;) {
        const idx = level === 2 ? (((hi & 0x7f) << 2) | (lo >>> 30)) : level === 1 ? (lo >>> 21) & 0x1ff : (lo >>> 12) & 0x1ff;
        const pteAddr = table + idx * 8;
        if (!mem.isRam(pteAddr, 8)) {
          this.cause = acc === Access.FETCH ? CAUSE_FETCH_ACCESS : acc === Access.LOAD ? CAUSE_LOAD_ACCESS : CAUSE_STORE_ACCESS;
          return false;
        }
        pteLo = mem.read32(pteAddr) | 0;
        pteHi = mem.read32(pteAddr + 4) | 0;
        // V=0, W without R, or reserved bits 63..54 set.
        if ((pteLo & 1) === 0 || (pteLo & 6) === 4 || (pteHi >>> 22) !== 0) { this.cause = pageFault; return false; }
        if ((pteLo & 0xa) !== 0) break; // leaf (R or X)
        if (level === 0) { this.cause = pageFault; return false; }
        table = ((pteHi & 0x3fffff) * 4194304 + (pteLo >>> 10)) * PAGE_SIZE;
        level--;
      }
      // Leaf checks: U-mode needs U; permission; A (and D for stores) must already be set.
      if ((pteLo & 0x10) === 0) { this.cause = pageFault; return false; }
      const need = acc === Access.FETCH ? 8 : acc === Access.LOAD ? 2 : 4;
      if ((pteLo & need) === 0 || (pteLo & 0x40) === 0 || (acc === Access.STORE && (pteLo & 0x80) === 0)) {
        this.cause = pageFault; return false;
      }
      const ppnLo = pteLo >>> 10;
      if (level > 0 && (ppnLo & ((1 << (9 * level)) - 1)) !== 0) { this.cause = pageFault; return false; } // misaligned superpage
      const ppn = (pteHi & 0x3fffff) * 4194304 + ppnLo;
      const offMask = level === 0 ? 0xfff : level === 1 ? 0x1fffff : 0x3fffffff;
      pa = ppn * PAGE_SIZE + (lo & offMask);
    }
    this.paddr = pa;
    const mem = this.mem;
    if (pa >= RAM_BASE && pa < mem.ramEnd) {
      const frame = Math.floor((pa - RAM_BASE) / PAGE_SIZE);
      if (this.noFill !== null && acc !== Access.FETCH && this.noFill[frame] !== 0) return true;
      const vpn = lo >>> 12;
      const i = vpn & TLB_MASK;
      if (acc === Access.LOAD) {
        this.rTag[i] = vpn; this.rHi[i] = hi;
        this.rM8[i] = mem.cpuFrame(frame); this.rM32[i] = mem.cpuFrame32(frame);
      } else if (acc === Access.STORE) {
        if (mem.codeFrames[frame] === 0) {
          this.wTag[i] = vpn; this.wHi[i] = hi;
          this.wM8[i] = mem.cpuFrame(frame); this.wM32[i] = mem.cpuFrame32(frame);
        }
      } else {
        this.xTag[i] = vpn; this.xHi[i] = hi; this.xFrame[i] = frame;
      }
    }
    return true;
  }
}
