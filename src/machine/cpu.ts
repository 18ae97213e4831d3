// RV64GC user-mode hart interpreter.
// 64-bit integer registers are int32 pairs (no BigInt, no allocation in the hot loop).
// Instructions are decoded once per physical page into a cache (decode.ts) that is kept
// coherent with stores through any mapping and with kernel writes via PhysicalMemory hooks.

import { PhysicalMemory, RAM_BASE, PAGE_SIZE } from './memory.js';
import { Mmu, Access, TLB_MASK, CAUSE_FETCH_ACCESS, CAUSE_LOAD_ACCESS, CAUSE_STORE_ACCESS } from './mmu.js';
import { Op, decode16, decode32, dWord, dImm } from './decode.js';
import { execFp } from './fpu.js';
import type { HartDebug } from './debughooks.js';

const TWO32 = 4294967296;
/** Int32 entries per decoded page: for each halfword offset o (even), the packed word at o and the immediate at o + 1. */
const DSLOTS = PAGE_SIZE;

// ---- JIT warm-up ----
// Hart.run is one large function; V8 optimizes it as soon as it is hot, and every switch case that had not run yet
// at that point has no type feedback, so reaching it later deoptimizes the whole loop (several ~50 ms round trips
// through the interpreter per program phase). Running a short synthetic program that touches every case once,
// on a private memory and hart, gives all cases feedback up front. It has no observable effect on any other hart.
let warmedUp = false;
const wR = (f7: number, rs2: number, rs1: number, f3: number, rd: number, opc: number): number =>
  (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opc;
const wI = (imm: number, rs1: number, f3: number, rd: number, opc: number): number =>
  ((imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | opc;
const wS = (imm: number, rs2: number, rs1: number, f3: number, opc: number): number =>
  (((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 31) << 7) | opc;
const wB = (imm: number, rs2: number, rs1: number, f3: number): number =>
  (((imm >> 12) & 1) << 31) | (((imm >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
  (((imm >> 1) & 15) << 8) | (((imm >> 11) & 1) << 7) | 0x63;
const wJ = (imm: number, rd: number): number =>
  (((imm >> 20) & 1) << 31) | (((imm >> 1) & 0x3ff) << 21) | (((imm >> 11) & 1) << 20) | (((imm >> 12) & 0xff) << 12) | (rd << 7) | 0x6f;

function warmUp(): void {
  warmedUp = true;
  const mem = new PhysicalMemory(4 * PAGE_SIZE);
  const h = new Hart(mem);
  const p: number[] = []; // 32-bit words; compressed pairs are packed by hand
  const D = 5, CNT = 6; // x5 = data pointer, x6 = loop counter
  const loop = p.length;
  p.push(wI(-3, 7, 0, 7, 0x13), wI(3, 7, 1, 8, 0x13), wI(40, 7, 1, 8, 0x13), wI(0, 7, 1, 8, 0x13));
  p.push(wI(5, 7, 5, 9, 0x13), wI(33, 7, 5, 9, 0x13), wI(0x407, 7, 5, 9, 0x13), wI(0x428, 7, 5, 9, 0x13));
  for (const [f7, f3] of [[0, 0], [0x20, 0], [0, 7], [0, 6], [0, 4], [0, 2], [0, 3], [0, 1], [0, 5], [0x20, 5]]) {
    p.push(wR(f7, 8, 7, f3, 10, 0x33), wR(f7, 9, 7, f3, 10, 0x33));
  }
  for (const f3 of [7, 6, 4, 2, 3]) p.push(wI(-5, 7, f3, 10, 0x13), wI(5, 7, f3, 10, 0x13));
  p.push(wI(-7, 7, 0, 10, 0x1b), wI(3, 7, 1, 10, 0x1b), wI(3, 7, 5, 10, 0x1b), wI(0x403, 7, 5, 10, 0x1b));
  for (const [f7, f3] of [[0, 0], [0x20, 0], [0, 1], [0, 5], [0x20, 5]]) p.push(wR(f7, 8, 7, f3, 10, 0x3b));
  for (let f3 = 0; f3 < 8; f3++) p.push(wR(1, 8, 7, f3, 10, 0x33), wR(1, 0, 7, f3, 10, 0x33), wR(1, 7, 8, f3, 10, 0x33));
  for (const f3 of [0, 4, 5, 6, 7]) p.push(wR(1, 8, 7, f3, 10, 0x3b), wR(1, 0, 7, f3, 10, 0x3b));
  p.push(0x12345000 | (11 << 7) | 0x37, (11 << 7) | 0x17, wI(5, 0, 0, 12, 0x13), wI(0, 7, 0, 12, 0x13), wI(0, 0, 0, 0, 0x13));
  // loads and stores: aligned (TLB miss, then hit), misaligned, into x0
  for (let k = 0; k < 2; k++) {
    p.push(wS(0, 7, D, 3, 0x23), wI(0, D, 3, 13, 0x03), wS(8, 7, D, 2, 0x23), wI(8, D, 2, 13, 0x03), wI(8, D, 6, 13, 0x03));
    p.push(wS(12, 7, D, 1, 0x23), wI(12, D, 1, 13, 0x03), wI(12, D, 5, 13, 0x03), wS(14, 7, D, 0, 0x23));
    p.push(wI(14, D, 0, 13, 0x03), wI(14, D, 4, 13, 0x03), wI(8, D, 2, 0, 0x03));
    p.push(wI(1, D, 3, 13, 0x03), wI(3, D, 2, 13, 0x03), wI(5, D, 1, 13, 0x03), wI(5, D, 6, 13, 0x03), wI(7, D, 5, 13, 0x03));
    p.push(wS(3, 7, D, 3, 0x23), wS(5, 7, D, 2, 0x23), wS(7, 7, D, 1, 0x23));
    p.push(wI(0, D, 3, 1, 0x07), wI(8, D, 2, 2, 0x07), wS(16, 1, D, 3, 0x27), wS(24, 2, D, 2, 0x27));
    p.push(wI(3, D, 3, 1, 0x07), wI(3, D, 2, 2, 0x07), wS(19, 1, D, 3, 0x27), wS(27, 2, D, 2, 0x27));
  }
  p.push(wS(0, 7, 18, 0, 0x23), wI(0, 18, 4, 13, 0x03), wI(0, 19, 0, 13, 0x03)); // byte accesses that miss the TLBs
  p.push(wR(1, 1, 1, 7, 3, 0x53)); // fadd.d f3, f1, f1
  p.push(wI(0xc02, 0, 2, 13, 0x73), wI(0xc01, 0, 2, 13, 0x73), wI(0xc00, 0, 2, 13, 0x73), wI(3, 0, 2, 13, 0x73), wI(2, 5, 1, 13, 0x73));
  // lr.d / sc.d / amoadd.d / amoswap.w / amomax.d
  p.push(wR(0x08, 0, D, 3, 13, 0x2f), wR(0x0c, 7, D, 3, 14, 0x2f), wR(0x0c, 7, D, 3, 14, 0x2f));
  p.push(wR(0x00, 7, D, 3, 13, 0x2f), wR(0x04, 7, D, 2, 13, 0x2f), wR(0x50, 7, D, 3, 13, 0x2f));
  // branches: each kind both taken (to the next instruction but one) and not taken
  for (const f3 of [0, 1, 4, 5, 6, 7]) {
    p.push(wB(8, 21, 20, f3), wI(1, 0, 0, 0, 0x13), wB(8, 20, 21, f3), wI(1, 0, 0, 0, 0x13), wB(8, 20, 20, f3), wI(1, 0, 0, 0, 0x13));
  }
  // calls: jal + ret, jalr + ret, c.jalr + ret, and a jump to the next page and back
  const callJal = p.length; p.push(0);
  const callJalr = p.length; p.push(0, 0);
  p.push(0x9002 | (16 << 7) | (0x0001 << 16)); // c.jalr x16; c.nop
  const jFar = p.length; p.push(0);
  const back = p.length;
  p.push(wI(-1, CNT, 0, CNT, 0x13));
  p.push(wB((loop - p.length) * 4, 0, CNT, 1));
  p.push(0x00000073, 0x00100073, 0); // ecall, ebreak, illegal
  const fn = p.length; p.push(wI(0, 1, 0, 0, 0x67)); // ret
  p[callJal] = wJ((fn - callJal) * 4, 1);
  p[callJalr] = (17 << 7) | 0x17; // auipc x17, 0
  p[callJalr + 1] = wI((fn - callJalr) * 4, 17, 0, 1, 0x67); // jalr ra, off(x17)
  const far = 1024; // first word of the second page
  p[jFar] = wJ((far - jFar) * 4, 0);
  while (p.length < far) p.push(0);
  p.push(wJ((back - far) * 4, 0));
  const code = new Uint8Array(p.length * 4);
  for (let i = 0; i < p.length; i++) for (let k = 0; k < 4; k++) code[4 * i + k] = p[i] >>> (8 * k);
  mem.writeBytes(RAM_BASE, code);
  const r = h.regs;
  r.pcLo = RAM_BASE | 0; r.pcHi = 0;
  r.xlo[D] = (RAM_BASE + 2 * PAGE_SIZE) | 0; r.xhi[D] = 0;
  r.xlo[CNT] = 3; r.xlo[7] = -0x12345678; r.xhi[7] = 0x7654321; r.xlo[8] = 0x9abcdef; r.xhi[8] = -3;
  r.xlo[9] = 0x55; r.xhi[9] = 0;
  r.xlo[20] = -1; r.xhi[20] = -1; r.xlo[21] = 1; r.xhi[21] = 0; // branch operands: x20 = -1, x21 = 1
  r.xlo[16] = (RAM_BASE + fn * 4) | 0;
  r.xlo[18] = (RAM_BASE + 3 * PAGE_SIZE) | 0; r.xlo[19] = (RAM_BASE + PAGE_SIZE + 8) | 0;
  h.run(7); // budget exhaustion mid-page
  for (let k = 0; k < 3; k++) { // ecall, ebreak, illegal
    for (let guard = 0; guard < 100 && !h.trapped; guard++) h.run(1000);
    r.pcLo = (r.pcLo + 4) | 0;
    h.trapped = false;
  }
  mem.write32(RAM_BASE, 0x13); // a code write (decode cache invalidation)
  r.pcLo = RAM_BASE | 0;
  h.run(3);
}

export const CAUSE_MISALIGNED_LOAD = 4;
export const CAUSE_MISALIGNED_STORE = 6;
export const CAUSE_ILLEGAL = 2;
export const CAUSE_BREAKPOINT = 3;
export const CAUSE_ECALL_U = 8;

export class RegisterFile {
  xlo = new Int32Array(32);
  xhi = new Int32Array(32);
  f64: Float64Array;
  /** Raw bits of the FP registers: low word at 2*i, high word at 2*i+1. */
  f32: Int32Array;
  fcsr = 0;
  pcLo = 0;
  pcHi = 0;

  constructor() {
    const buf = new ArrayBuffer(32 * 8);
    this.f64 = new Float64Array(buf);
    this.f32 = new Int32Array(buf);
  }

  /** Register value as an unsigned 64-bit bigint (x0 reads 0). */
  getX(i: number): bigint {
    if (i === 0) return 0n;
    return (BigInt(this.xhi[i] >>> 0) << 32n) | BigInt(this.xlo[i] >>> 0);
  }

  /** Set a register from any bigint (taken modulo 2^64); writes to x0 are ignored. */
  setX(i: number, v: bigint): void {
    if (i === 0) return;
    const u = BigInt.asUintN(64, v);
    this.xlo[i] = Number(u & 0xffffffffn) | 0;
    this.xhi[i] = Number(u >> 32n) | 0;
  }

  getPC(): bigint {
    return (BigInt(this.pcHi >>> 0) << 32n) | BigInt(this.pcLo >>> 0);
  }

  setPC(v: bigint): void {
    const u = BigInt.asUintN(64, v);
    this.pcLo = Number(u & 0xffffffffn) | 0;
    this.pcHi = Number(u >> 32n) | 0;
  }

  copyFrom(o: RegisterFile): void {
    this.xlo.set(o.xlo);
    this.xhi.set(o.xhi);
    this.f32.set(o.f32);
    this.fcsr = o.fcsr;
    this.pcLo = o.pcLo;
    this.pcHi = o.pcHi;
  }
}

// Results of the multi-word arithmetic helpers (module scope avoids allocation).
let mLo = 0, mHi = 0;

/** Unsigned 32x32 -> 64 product of a and b (int32 bit patterns) into mLo/mHi. */
function mulu32(a: number, b: number): void {
  const ua = a >>> 0;
  const b0 = b & 0xffff, b1 = b >>> 16;
  const t0 = ua * b0; // < 2^48, exact
  const t1 = ua * b1;
  const t1h = Math.floor(t1 / 65536);
  const s = t0 + (t1 - t1h * 65536) * 65536; // < 2^49
  const sh = Math.floor(s / TWO32);
  mLo = (s - sh * TWO32) | 0;
  mHi = (t1h + sh) | 0;
}

/** Low 64 bits of a 64x64 product into mLo/mHi. */
function mul64(aL: number, aH: number, bL: number, bH: number): void {
  mulu32(aL, bL);
  mHi = (mHi + Math.imul(aL, bH) + Math.imul(aH, bL)) | 0;
}

/** High 64 bits of the unsigned 128-bit product into mLo/mHi. */
function mulhu64(aL: number, aH: number, bL: number, bH: number): void {
  mulu32(aL, bL);
  const llH = mHi >>> 0;
  mulu32(aL, bH);
  const lhL = mLo >>> 0, lhH = mHi >>> 0;
  mulu32(aH, bL);
  const hlL = mLo >>> 0, hlH = mHi >>> 0;
  mulu32(aH, bH);
  const hhL = mLo >>> 0, hhH = mHi >>> 0;
  // word1 = llH + lhL + hlL (carry into word2)
  const w1 = llH + lhL + hlL; // < 3*2^32
  const c1 = Math.floor(w1 / TWO32);
  const w2 = hhL + lhH + hlH + c1;
  const c2 = Math.floor(w2 / TWO32);
  mLo = (w2 - c2 * TWO32) | 0;
  mHi = (hhH + c2) | 0;
}

/** Signed x signed high product. */
function mulh64(aL: number, aH: number, bL: number, bH: number): void {
  mulhu64(aL, aH, bL, bH);
  let lo = mLo, hi = mHi;
  if (aH < 0) { const l = (lo - bL) | 0; hi = (hi - bH - ((lo >>> 0) < (bL >>> 0) ? 1 : 0)) | 0; lo = l; }
  if (bH < 0) { const l = (lo - aL) | 0; hi = (hi - aH - ((lo >>> 0) < (aL >>> 0) ? 1 : 0)) | 0; lo = l; }
  mLo = lo; mHi = hi;
}

/** Signed (a) x unsigned (b) high product. */
function mulhsu64(aL: number, aH: number, bL: number, bH: number): void {
  mulhu64(aL, aH, bL, bH);
  if (aH < 0) {
    const l = (mLo - bL) | 0;
    mHi = (mHi - bH - ((mLo >>> 0) < (bL >>> 0) ? 1 : 0)) | 0;
    mLo = l;
  }
}

let qLo = 0, qHi = 0; // quotient; remainder in mLo/mHi

/** Unsigned 64-bit division (b != 0): quotient into qLo/qHi, remainder into mLo/mHi. */
function divu64(aL: number, aH: number, bL: number, bH: number): void {
  const ua = (aH >>> 0), ub = (bH >>> 0);
  if (ua < 0x100000 && ub < 0x100000) { // both < 2^52: doubles are exact enough
    const a = ua * TWO32 + (aL >>> 0), b = ub * TWO32 + (bL >>> 0);
    const q = Math.floor(a / b);
    const r = a - q * b;
    const qh = Math.floor(q / TWO32), rh = Math.floor(r / TWO32);
    qLo = (q - qh * TWO32) | 0; qHi = qh | 0;
    mLo = (r - rh * TWO32) | 0; mHi = rh | 0;
    return;
  }
  // Restoring long division, one bit at a time on int32 pairs.
  let rl = 0, rh = 0, ql = 0, qh = 0;
  for (let i = 63; i >= 0; i--) {
    // r = (r << 1) | bit i of a
    const bit = i >= 32 ? (aH >>> (i - 32)) & 1 : (aL >>> i) & 1;
    rh = (rh << 1) | (rl >>> 31);
    rl = (rl << 1) | bit;
    qh = (qh << 1) | (ql >>> 31);
    ql = ql << 1;
    // if r >= b (unsigned): r -= b, q |= 1
    const rhU = rh >>> 0, bhU = bH >>> 0;
    if (rhU > bhU || (rhU === bhU && (rl >>> 0) >= (bL >>> 0))) {
      const nl = (rl - bL) | 0;
      rh = (rh - bH - ((rl >>> 0) < (bL >>> 0) ? 1 : 0)) | 0;
      rl = nl;
      ql |= 1;
    }
  }
  qLo = ql; qHi = qh; mLo = rl; mHi = rh;
}

/** Signed 64-bit division/remainder with RISC-V rules for /0 and overflow. */
function div64(aL: number, aH: number, bL: number, bH: number): void {
  if (bL === 0 && bH === 0) { qLo = -1; qHi = -1; mLo = aL; mHi = aH; return; }
  if (bL === -1 && bH === -1 && aL === 0 && aH === (0x80000000 | 0)) { qLo = aL; qHi = aH; mLo = 0; mHi = 0; return; }
  const na = aH < 0, nb = bH < 0;
  let ual = aL, uah = aH, ubl = bL, ubh = bH;
  if (na) { ual = (-aL) | 0; uah = (~aH + (aL === 0 ? 1 : 0)) | 0; }
  if (nb) { ubl = (-bL) | 0; ubh = (~bH + (bL === 0 ? 1 : 0)) | 0; }
  divu64(ual, uah, ubl, ubh);
  if (na !== nb) { const l = (-qLo) | 0; qHi = (~qHi + (qLo === 0 ? 1 : 0)) | 0; qLo = l; }
  if (na) { const l = (-mLo) | 0; mHi = (~mHi + (mLo === 0 ? 1 : 0)) | 0; mLo = l; }
}

/** One decoded page: (packed word, immediate) pairs indexed by the byte offset of the halfword. */
type DecodedPage = Int32Array;

export class Hart {
  readonly mem: PhysicalMemory;
  regs = new RegisterFile();
  readonly mmu: Mmu;
  fpuEnabled = true;
  instret = 0;
  timeDivisor = 10;
  /** Cycles of virtual time that passed without instructions (idle time skipped by the System); in `time`. */
  timeOffset = 0;
  /**
   * MMIO: with ioArmed false, a device access ends run() before the accessing instruction (ioStop = true, not a
   * trap, the instruction is not retired), so the System can bring virtual time and devices up to date and then
   * execute that one instruction alone with ioArmed = true. A bare Hart (ioArmed true) accesses devices directly.
   * RAM accesses never look at these.
   */
  ioArmed = true;
  ioStop = false;
  trapped = false;
  /**
   * Debugger (src/debug/): null unless one is attached, so the interpreter only looks at it on slow paths
   * (decode-cache misses, accesses that miss the TLBs, traps). A stop sets debugStop and ends run() before the
   * instruction, which is not retired (as for ioStop); HartDebug.pass lets it through on the next run.
   */
  debug: HartDebug | null = null;
  debugStop = false;
  scause = 0;
  stvalLo = 0;
  stvalHi = 0;

  private resValid = false;
  private resLo = 0;
  private resHi = 0;
  /** Decoded pages by RAM frame index. */
  private readonly dpages: (DecodedPage | undefined)[];
  /** Scratch results of slow paths. */
  private ldLo = 0;
  private ldHi = 0;
  private decImm = 0;
  private fCause = 0;
  private fTvalLo = 0;
  private fTvalHi = 0;
  private curFrame = 0;

  constructor(mem: PhysicalMemory) {
    this.mem = mem;
    this.mmu = new Mmu(mem);
    this.dpages = new Array(mem.ramSize / PAGE_SIZE);
    mem.addCodeWriteHook((frame, off, len) => this.invalidateCode(frame, off, len));
  }

  clearReservation(): void {
    this.resValid = false;
  }

  private invalidateCode(frame: number, off: number, len: number): void {
    const dp = this.dpages[frame];
    if (dp === undefined) return;
    if (len >= PAGE_SIZE) { dp.fill(0); return; }
    // A 4-byte instruction starting 2 bytes before the write also changes.
    const first = Math.max(0, (off & ~1) - 2);
    const last = Math.min(PAGE_SIZE - 2, (off + len - 1) & ~1);
    dp.fill(0, first, last + 2);
  }

  /** Drop the decoded instructions at [off, off+len) of a RAM frame (a debugger breakpoint changed there). */
  forgetDecoded(frame: number, off: number, len: number): void {
    this.invalidateCode(frame, off, len);
  }

  /** Record a synchronous trap; pc is left at the trapping instruction. */
  trap(cause: number, tvalLo: number, tvalHi: number): void {
    if (this.debug !== null && cause !== CAUSE_ECALL_U && this.debug.stopOnFault) {
      this.debugStop = true;
      this.debug.faultCause = cause;
    }
    this.trapped = true;
    this.scause = cause;
    this.stvalLo = tvalLo | 0;
    this.stvalHi = tvalHi | 0;
    this.resValid = false;
  }

  /** Decoded page for the page holding pc, or undefined after recording a fetch trap. */
  private enterPage(pc: number, pcHi: number): DecodedPage | undefined {
    const mmu = this.mmu;
    const vpn = pc >>> 12, i = vpn & TLB_MASK;
    let frame: number;
    if (mmu.xTag[i] === vpn && mmu.xHi[i] === pcHi) {
      frame = mmu.xFrame[i];
    } else {
      if (!mmu.translate(pc, pcHi, Access.FETCH)) { this.trap(mmu.cause, pc, pcHi); return undefined; }
      const pa = mmu.paddr;
      if (!(pa >= RAM_BASE && pa < this.mem.ramEnd)) { this.trap(CAUSE_FETCH_ACCESS, pc, pcHi); return undefined; }
      frame = Math.floor((pa - RAM_BASE) / PAGE_SIZE);
    }
    this.curFrame = frame;
    let dp = this.dpages[frame];
    if (dp === undefined) {
      dp = new Int32Array(DSLOTS);
      this.dpages[frame] = dp;
      if (this.mem.codeFrames[frame] === 0) {
        this.mem.codeFrames[frame] = 1;
        mmu.flushWrites(); // stores to this frame must now take the slow path
      }
    }
    return dp;
  }

  /** Decode the instruction at (even) byte offset o of the current page; caches it when possible. */
  private decodeAt(dp: DecodedPage, o: number, pc: number, pcHi: number): number {
    // A breakpoint slot is never cached: every execution of it comes here.
    const dbg = this.debug;
    const atBreak = dbg !== null && dbg.breaks.size > 0 && dbg.breaks.has(this.curFrame * PAGE_SIZE + o);
    if (atBreak && !dbg.pass) {
      this.decImm = 0;
      return Op.DEBUG;
    }
    const code = this.mem.cpuFrame(this.curFrame);
    const lo16 = code[o] | (code[o + 1] << 8);
    if ((lo16 & 3) !== 3) {
      decode16(lo16);
    } else if (o < PAGE_SIZE - 2) {
      decode32(lo16 | (code[o + 2] << 16) | (code[o + 3] << 24));
    } else {
      // Straddles a page boundary: fetch the upper half from the next page; never cached.
      const s = (pc >>> 0) + 2;
      const lo = s | 0, hi = s >= TWO32 ? (pcHi + 1) | 0 : pcHi;
      const mmu = this.mmu;
      if (!mmu.translate(lo, hi, Access.FETCH)) {
        this.fCause = mmu.cause; this.fTvalLo = lo; this.fTvalHi = hi;
        this.decImm = 0;
        return Op.FETCHFAULT;
      }
      const pa = mmu.paddr;
      if (!(pa >= RAM_BASE && pa < this.mem.ramEnd)) {
        this.fCause = CAUSE_FETCH_ACCESS; this.fTvalLo = lo; this.fTvalHi = hi;
        this.decImm = 0;
        return Op.FETCHFAULT;
      }
      const next = this.mem.cpuFrame(Math.floor((pa - RAM_BASE) / PAGE_SIZE));
      decode32(lo16 | (next[0] << 16) | (next[1] << 24));
      this.decImm = dImm;
      return dWord;
    }
    if (!atBreak) {
      dp[o] = dWord;
      dp[o + 1] = dImm;
    }
    this.decImm = dImm;
    return dWord;
  }

  /** Raw bits of the instruction at pc (for stval of illegal-instruction traps). */
  private rawInsn(pc: number, pcHi: number): number {
    if (!this.mmu.translate(pc, pcHi, Access.FETCH)) return 0;
    const pa = this.mmu.paddr;
    if (!this.mem.isRam(pa, 2)) return 0;
    const lo16 = this.mem.read8(pa) | (this.mem.read8(pa + 1) << 8);
    if ((lo16 & 3) !== 3) return lo16;
    const s = (pc >>> 0) + 2;
    if (!this.mmu.translate(s | 0, s >= TWO32 ? pcHi + 1 : pcHi, Access.FETCH)) return lo16;
    const pb = this.mmu.paddr;
    if (!this.mem.isRam(pb, 2)) return lo16;
    return (lo16 | (this.mem.read8(pb) << 16) | (this.mem.read8(pb + 1) << 24)) >>> 0;
  }

  private illegal(pc: number, pcHi: number): void {
    this.trap(CAUSE_ILLEGAL, this.rawInsn(pc, pcHi), 0);
  }

  /** Translate one page-contained access; returns the physical address or -1 after a trap. */
  private xlate(lo: number, hi: number, acc: number): number {
    if (!this.mmu.translate(lo, hi, acc)) {
      this.trap(this.mmu.cause, lo, hi);
      return -1;
    }
    return this.mmu.paddr;
  }

  /** Read `size` bytes at physical pa (one page) into ldLo/ldHi; false + trap if nothing is there. */
  private physRead(pa: number, size: number, vlo: number, vhi: number): boolean {
    const mem = this.mem;
    if (pa >= RAM_BASE && pa + size <= mem.ramEnd) {
      const fi = Math.floor((pa - RAM_BASE) / PAGE_SIZE);
      const dbg = this.debug;
      if (dbg !== null && dbg.watchFrames[fi] !== 0 && !dbg.pass && dbg.watchHit(pa, size, false)) {
        this.debugStop = true;
        return false;
      }
      const f = mem.cpuFrame(fi);
      const o = pa & 0xfff;
      let lo = 0, hi = 0;
      for (let k = 0; k < size; k++) {
        if (k < 4) lo |= f[o + k] << (8 * k);
        else hi |= f[o + k] << (8 * (k - 4));
      }
      this.ldLo = lo; this.ldHi = hi;
      return true;
    }
    const d = mem.findDevice(pa);
    if (d === undefined) { this.trap(CAUSE_LOAD_ACCESS, vlo, vhi); return false; }
    if (!this.ioArmed) { this.ioStop = true; return false; } // MMIO: stop before this instruction (see ioStop)
    if ((pa & (size - 1)) === 0) {
      const v = d.read(pa - d.base, size);
      this.ldLo = size === 1 ? v & 0xff : size === 2 ? v & 0xffff : v | 0;
      this.ldHi = size === 8 ? (d.mmioHi ?? 0) | 0 : 0;
    } else {
      let lo = 0, hi = 0;
      for (let k = 0; k < size; k++) {
        const b = d.read(pa + k - d.base, 1) & 0xff;
        if (k < 4) lo |= b << (8 * k); else hi |= b << (8 * (k - 4));
      }
      this.ldLo = lo; this.ldHi = hi;
    }
    return true;
  }

  private physWrite(pa: number, size: number, vLo: number, vHi: number, tlo: number, thi: number): boolean {
    const mem = this.mem;
    if (pa >= RAM_BASE && pa + size <= mem.ramEnd) {
      const fi = Math.floor((pa - RAM_BASE) / PAGE_SIZE);
      const dbg = this.debug;
      if (dbg !== null && dbg.watchFrames[fi] !== 0 && !dbg.pass && dbg.watchHit(pa, size, true)) {
        this.debugStop = true;
        return false;
      }
      const f = mem.cpuFrame(fi);
      const o = pa & 0xfff;
      for (let k = 0; k < size; k++) f[o + k] = k < 4 ? vLo >>> (8 * k) : vHi >>> (8 * (k - 4));
      if (mem.codeFrames[fi] !== 0) mem.noteCodeWrite(fi, o, size);
      return true;
    }
    const d = mem.findDevice(pa);
    if (d === undefined) { this.trap(CAUSE_STORE_ACCESS, tlo, thi); return false; }
    if (!this.ioArmed) { this.ioStop = true; return false; }
    if ((pa & (size - 1)) === 0) {
      d.write(pa - d.base, size, size === 8 ? vLo : size === 4 ? vLo : vLo & (size === 2 ? 0xffff : 0xff), size === 8 ? vHi : 0);
    } else {
      for (let k = 0; k < size; k++) d.write(pa + k - d.base, 1, (k < 4 ? vLo >>> (8 * k) : vHi >>> (8 * (k - 4))) & 0xff, 0);
    }
    return true;
  }

  /** Slow load of `size` bytes at va (any alignment) into ldLo/ldHi (zero-extended). */
  private loadSlow(lo: number, hi: number, size: number): boolean {
    const off = lo & 0xfff;
    if (off + size <= PAGE_SIZE) {
      const pa = this.xlate(lo, hi, Access.LOAD);
      if (pa < 0) return false;
      return this.physRead(pa, size, lo, hi);
    }
    // Crosses a page: translate both parts first; fault address is the part that faulted.
    const n1 = PAGE_SIZE - off;
    const s = (lo >>> 0) + n1;
    const lo2 = s | 0, hi2 = s >= TWO32 ? (hi + 1) | 0 : hi;
    const pa1 = this.xlate(lo, hi, Access.LOAD);
    if (pa1 < 0) return false;
    const pa2 = this.xlate(lo2, hi2, Access.LOAD);
    if (pa2 < 0) return false;
    let rl = 0, rh = 0;
    for (let k = 0; k < size; k++) {
      const ok = k < n1 ? this.physRead(pa1 + k, 1, lo, hi) : this.physRead(pa2 + k - n1, 1, lo2, hi2);
      if (!ok) return false;
      const b = this.ldLo & 0xff;
      if (k < 4) rl |= b << (8 * k); else rh |= b << (8 * (k - 4));
    }
    this.ldLo = rl; this.ldHi = rh;
    return true;
  }

  private storeSlow(lo: number, hi: number, size: number, vLo: number, vHi: number): boolean {
    const off = lo & 0xfff;
    if (off + size <= PAGE_SIZE) {
      const pa = this.xlate(lo, hi, Access.STORE);
      if (pa < 0) return false;
      return this.physWrite(pa, size, vLo, vHi, lo, hi);
    }
    const n1 = PAGE_SIZE - off;
    const s = (lo >>> 0) + n1;
    const lo2 = s | 0, hi2 = s >= TWO32 ? (hi + 1) | 0 : hi;
    const pa1 = this.xlate(lo, hi, Access.STORE);
    if (pa1 < 0) return false;
    const pa2 = this.xlate(lo2, hi2, Access.STORE);
    if (pa2 < 0) return false;
    // Check both targets exist before writing anything.
    const mem = this.mem;
    if (!(mem.isRam(pa1) || mem.findDevice(pa1))) { this.trap(CAUSE_STORE_ACCESS, lo, hi); return false; }
    if (!(mem.isRam(pa2) || mem.findDevice(pa2))) { this.trap(CAUSE_STORE_ACCESS, lo2, hi2); return false; }
    for (let k = 0; k < size; k++) {
      const b = (k < 4 ? vLo >>> (8 * k) : vHi >>> (8 * (k - 4))) & 0xff;
      const ok = k < n1 ? this.physWrite(pa1 + k, 1, b, 0, lo, hi) : this.physWrite(pa2 + k - n1, 1, b, 0, lo2, hi2);
      if (!ok) return false; // MMIO stop (ioStop): the instruction is re-executed
    }
    return true;
  }

  private execAtomic(inst: number): boolean {
    const x = this.regs;
    const rd = (inst >>> 7) & 31, rs1 = (inst >>> 15) & 31, rs2 = (inst >>> 20) & 31;
    const dbl = ((inst >>> 12) & 7) === 3;
    const size = dbl ? 8 : 4;
    const f5 = inst >>> 27;
    const lo = x.xlo[rs1], hi = x.xhi[rs1];
    if ((lo & (size - 1)) !== 0) {
      this.trap(f5 === 2 ? CAUSE_MISALIGNED_LOAD : CAUSE_MISALIGNED_STORE, lo, hi);
      return false;
    }
    const mem = this.mem;
    if (f5 === 2) { // LR
      const pa = this.xlate(lo, hi, Access.LOAD);
      if (pa < 0) return false;
      if (!mem.isRam(pa, size)) { this.trap(CAUSE_LOAD_ACCESS, lo, hi); return false; }
      if (!this.physRead(pa, size, lo, hi)) return false; // only a debugger watchpoint stops a RAM access
      if (rd !== 0) {
        x.xlo[rd] = this.ldLo;
        x.xhi[rd] = dbl ? this.ldHi : this.ldLo >> 31;
      }
      this.resValid = true; this.resLo = lo; this.resHi = hi;
      return true;
    }
    if (f5 === 3) { // SC
      if (!this.resValid || this.resLo !== lo || this.resHi !== hi) {
        this.resValid = false;
        if (rd !== 0) { x.xlo[rd] = 1; x.xhi[rd] = 0; }
        return true;
      }
      const pa = this.xlate(lo, hi, Access.STORE);
      if (pa < 0) return false;
      if (!mem.isRam(pa, size)) { this.trap(CAUSE_STORE_ACCESS, lo, hi); return false; }
      if (!this.physWrite(pa, size, x.xlo[rs2], x.xhi[rs2], lo, hi)) return false;
      this.resValid = false;
      if (rd !== 0) { x.xlo[rd] = 0; x.xhi[rd] = 0; }
      return true;
    }
    const pa = this.xlate(lo, hi, Access.STORE);
    if (pa < 0) return false;
    if (!mem.isRam(pa, size)) { this.trap(CAUSE_STORE_ACCESS, lo, hi); return false; }
    if (!this.physRead(pa, size, lo, hi)) return false;
    const oL = this.ldLo, oH = dbl ? this.ldHi : this.ldLo >> 31;
    const bL = x.xlo[rs2], bH = dbl ? x.xhi[rs2] : x.xlo[rs2] >> 31;
    let nL: number, nH: number;
    switch (f5) {
      case 0x01: nL = bL; nH = bH; break;
      case 0x00: { nL = (oL + bL) | 0; nH = (oH + bH + ((nL >>> 0) < (oL >>> 0) ? 1 : 0)) | 0; break; }
      case 0x04: nL = oL ^ bL; nH = oH ^ bH; break;
      case 0x0c: nL = oL & bL; nH = oH & bH; break;
      case 0x08: nL = oL | bL; nH = oH | bH; break;
      default: {
        const signed = f5 === 0x10 || f5 === 0x14;
        const wantMin = f5 === 0x10 || f5 === 0x18;
        let less: boolean; // old < b
        if (oH !== bH) less = signed ? oH < bH : (oH >>> 0) < (bH >>> 0);
        else less = (oL >>> 0) < (bL >>> 0);
        const takeOld = wantMin ? less : !less;
        nL = takeOld ? oL : bL; nH = takeOld ? oH : bH;
      }
    }
    if (!this.physWrite(pa, size, nL, nH, lo, hi)) return false;
    if (rd !== 0) { x.xlo[rd] = oL; x.xhi[rd] = oH; }
    return true;
  }

  /** Zicsr for the user CSRs. `done` = instructions retired so far in this run. */
  private execCsr(inst: number, done: number): boolean {
    const x = this.regs;
    const rd = (inst >>> 7) & 31, rs1 = (inst >>> 15) & 31, f3 = (inst >>> 12) & 7;
    const csr = inst >>> 20;
    const isFp = csr >= 1 && csr <= 3;
    const ill = (): boolean => { this.trap(CAUSE_ILLEGAL, inst, 0); return false; };
    if (isFp) { if (!this.fpuEnabled) return ill(); } else if (csr < 0xc00 || csr > 0xc02) return ill();
    const imm = f3 >= 5;
    const op = f3 & 3; // 1 write, 2 set, 3 clear
    const writes = op === 1 || rs1 !== 0; // rs1 field doubles as uimm
    if (writes && !isFp) return ill(); // cycle/time/instret are read-only
    let oldLo: number;
    const count = this.instret + done;
    if (csr === 1) oldLo = x.fcsr & 0x1f;
    else if (csr === 2) oldLo = (x.fcsr >>> 5) & 7;
    else if (csr === 3) oldLo = x.fcsr & 0xff;
    else {
      const v = csr === 0xc01 ? Math.floor((count + this.timeOffset) / this.timeDivisor) : count;
      const h = Math.floor(v / TWO32);
      if (rd !== 0) { x.xlo[rd] = (v - h * TWO32) | 0; x.xhi[rd] = h | 0; }
      return true;
    }
    if (writes) {
      const src = imm ? rs1 : x.xlo[rs1];
      const nv = op === 1 ? src : op === 2 ? oldLo | src : oldLo & ~src;
      if (csr === 1) x.fcsr = (x.fcsr & ~0x1f) | (nv & 0x1f);
      else if (csr === 2) x.fcsr = (x.fcsr & 0x1f) | ((nv & 7) << 5);
      else x.fcsr = nv & 0xff;
    }
    if (rd !== 0) { x.xlo[rd] = oldLo; x.xhi[rd] = 0; }
    return true;
  }

  /** Ops outside the hot set. Returns false if the run must stop (trap or MMIO stop). `n` = retired so far. */
  private execRare(w: number, imm: number, pc: number, pcHi: number, n: number): boolean {
    const regs = this.regs;
    const xlo = regs.xlo, xhi = regs.xhi, fr = regs.f32;
    const mmu = this.mmu;
    const rTag = mmu.rTag, rHi = mmu.rHi, rM8 = mmu.rM8, rM32 = mmu.rM32;
    const wTag = mmu.wTag, wHi = mmu.wHi, wM8 = mmu.wM8, wM32 = mmu.wM32;
    switch (w & 0xff) {
      case Op.LB: case Op.LH: case Op.LHU: {
        const a = (w >>> 13) & 31, rd = (w >>> 8) & 31, op = w & 0xff;
        const al = xlo[a], lo = (al + imm) | 0;
        const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
        const vpn = lo >>> 12, ti = vpn & TLB_MASK;
        let v: number;
        if (op === Op.LB) {
          if (rTag[ti] === vpn && rHi[ti] === hi) v = rM8[ti][lo & 0xfff];
          else { if (!this.loadSlow(lo, hi, 1)) return false; v = this.ldLo; }
          v = (v << 24) >> 24;
        } else {
          if ((lo & 1) === 0 && rTag[ti] === vpn && rHi[ti] === hi) { const m = rM8[ti], mo = lo & 0xfff; v = m[mo] | (m[mo + 1] << 8); }
          else { if (!this.loadSlow(lo, hi, 2)) return false; v = this.ldLo; }
          if (op === Op.LH) v = (v << 16) >> 16;
        }
        xlo[rd] = v; xhi[rd] = v >> 31;
        break;
      }
      case Op.SH: {
        const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
        const al = xlo[a], lo = (al + imm) | 0;
        const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
        const vpn = lo >>> 12, ti = vpn & TLB_MASK;
        if ((lo & 1) === 0 && wTag[ti] === vpn && wHi[ti] === hi) { const m = wM8[ti], mo = lo & 0xfff, v = xlo[b]; m[mo] = v; m[mo + 1] = v >> 8; }
        else if (!this.storeSlow(lo, hi, 2, xlo[b], 0)) return false;
        break;
      }
      case Op.SLT: case Op.SLTU: case Op.SLTI: case Op.SLTIU: {
        const op = w & 0xff;
        const rd = (w >>> 8) & 31, a = (w >>> 13) & 31;
        let bl: number, bh: number;
        if (op === Op.SLT || op === Op.SLTU) { const b = (w >>> 18) & 31; bl = xlo[b]; bh = xhi[b]; } else { bl = imm; bh = imm >> 31; }
        const ah = xhi[a];
        let lt: boolean;
        if (ah !== bh) lt = op === Op.SLT || op === Op.SLTI ? ah < bh : (ah >>> 0) < (bh >>> 0);
        else lt = (xlo[a] >>> 0) < (bl >>> 0);
        xlo[rd] = lt ? 1 : 0; xhi[rd] = 0;
        break;
      }
      case Op.SLL: case Op.SRL: case Op.SRA: {
        const op = w & 0xff;
        const rd = (w >>> 8) & 31, a = (w >>> 13) & 31;
        const sh = xlo[(w >>> 18) & 31] & 63;
        const al = xlo[a], ah = xhi[a];
        if (sh === 0) { xlo[rd] = al; xhi[rd] = ah; }
        else if (op === Op.SLL) {
          if (sh < 32) { xhi[rd] = (ah << sh) | (al >>> (32 - sh)); xlo[rd] = al << sh; }
          else { xhi[rd] = al << (sh - 32); xlo[rd] = 0; }
        } else if (op === Op.SRL) {
          if (sh < 32) { xlo[rd] = (al >>> sh) | (ah << (32 - sh)); xhi[rd] = ah >>> sh; }
          else { xlo[rd] = ah >>> (sh - 32); xhi[rd] = 0; }
        } else {
          if (sh < 32) { xlo[rd] = (al >>> sh) | (ah << (32 - sh)); xhi[rd] = ah >> sh; }
          else { xlo[rd] = ah >> (sh - 32); xhi[rd] = ah >> 31; }
        }
        break;
      }
      case Op.SLLW: { const rd = (w >>> 8) & 31; const v = xlo[(w >>> 13) & 31] << (xlo[(w >>> 18) & 31] & 31); xlo[rd] = v; xhi[rd] = v >> 31; break; }
      case Op.SRLW: { const rd = (w >>> 8) & 31; const v = (xlo[(w >>> 13) & 31] >>> (xlo[(w >>> 18) & 31] & 31)) | 0; xlo[rd] = v; xhi[rd] = v >> 31; break; }
      case Op.SRAW: { const rd = (w >>> 8) & 31; const v = xlo[(w >>> 13) & 31] >> (xlo[(w >>> 18) & 31] & 31); xlo[rd] = v; xhi[rd] = v >> 31; break; }
      case Op.DIVW: case Op.DIVUW: case Op.REMW: case Op.REMUW: {
        const op = w & 0xff;
        const rd = (w >>> 8) & 31, a = xlo[(w >>> 13) & 31], b = xlo[(w >>> 18) & 31];
        let v: number;
        if (op === Op.DIVW) v = b === 0 ? -1 : (a === (0x80000000 | 0) && b === -1) ? a : (a / b) | 0;
        else if (op === Op.REMW) v = b === 0 ? a : b === -1 ? 0 : (a % b) | 0;
        else if (op === Op.DIVUW) v = b === 0 ? -1 : ((a >>> 0) / (b >>> 0)) | 0;
        else v = b === 0 ? a : ((a >>> 0) % (b >>> 0)) | 0;
        xlo[rd] = v; xhi[rd] = v >> 31;
        break;
      }
      case Op.MULH: case Op.MULHU: case Op.MULHSU: {
        const op = w & 0xff;
        const rd = (w >>> 8) & 31, a = (w >>> 13) & 31, b = (w >>> 18) & 31;
        if (op === Op.MULH) mulh64(xlo[a], xhi[a], xlo[b], xhi[b]);
        else if (op === Op.MULHU) mulhu64(xlo[a], xhi[a], xlo[b], xhi[b]);
        else mulhsu64(xlo[a], xhi[a], xlo[b], xhi[b]);
        xlo[rd] = mLo; xhi[rd] = mHi;
        break;
      }
      case Op.DIV: case Op.REM: {
        const rd = (w >>> 8) & 31, a = (w >>> 13) & 31, b = (w >>> 18) & 31;
        div64(xlo[a], xhi[a], xlo[b], xhi[b]);
        if ((w & 0xff) === Op.DIV) { xlo[rd] = qLo; xhi[rd] = qHi; } else { xlo[rd] = mLo; xhi[rd] = mHi; }
        break;
      }
      case Op.DIVU: case Op.REMU: {
        const rd = (w >>> 8) & 31, a = (w >>> 13) & 31, b = (w >>> 18) & 31;
        const aL = xlo[a], aH = xhi[a], bL = xlo[b], bH = xhi[b];
        if (bL === 0 && bH === 0) { qLo = -1; qHi = -1; mLo = aL; mHi = aH; } else divu64(aL, aH, bL, bH);
        if ((w & 0xff) === Op.DIVU) { xlo[rd] = qLo; xhi[rd] = qHi; } else { xlo[rd] = mLo; xhi[rd] = mHi; }
        break;
      }
      case Op.LOADX0: { // load into x0: still performs the access (faults, devices)
        const a = (w >>> 13) & 31, f3 = (w >>> 8) & 31;
        const al = xlo[a], lo = (al + imm) | 0;
        const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
        if (!this.loadSlow(lo, hi, 1 << (f3 & 3))) return false;
        break;
      }
      // ---- FP loads/stores move raw bits ----
      case Op.FLD: case Op.FLW: {
        if (!this.fpuEnabled) { this.illegal(pc, pcHi); return false; }
        const a = (w >>> 13) & 31, rd = (w >>> 8) & 31;
        const al = xlo[a], lo = (al + imm) | 0;
        const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
        const vpn = lo >>> 12, ti = vpn & TLB_MASK;
        if ((w & 0xff) === Op.FLD) {
          if ((lo & 7) === 0 && rTag[ti] === vpn && rHi[ti] === hi) {
            const m = rM32[ti], mo = (lo & 0xfff) >> 2;
            fr[2 * rd] = m[mo]; fr[2 * rd + 1] = m[mo + 1];
          } else {
            if (!this.loadSlow(lo, hi, 8)) return false;
            fr[2 * rd] = this.ldLo; fr[2 * rd + 1] = this.ldHi;
          }
        } else {
          if ((lo & 3) === 0 && rTag[ti] === vpn && rHi[ti] === hi) fr[2 * rd] = rM32[ti][(lo & 0xfff) >> 2];
          else { if (!this.loadSlow(lo, hi, 4)) return false; fr[2 * rd] = this.ldLo; }
          fr[2 * rd + 1] = -1; // NaN-box
        }
        break;
      }
      case Op.FSD: case Op.FSW: {
        if (!this.fpuEnabled) { this.illegal(pc, pcHi); return false; }
        const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
        const al = xlo[a], lo = (al + imm) | 0;
        const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
        const vpn = lo >>> 12, ti = vpn & TLB_MASK;
        if ((w & 0xff) === Op.FSD) {
          if ((lo & 7) === 0 && wTag[ti] === vpn && wHi[ti] === hi) {
            const m = wM32[ti], mo = (lo & 0xfff) >> 2;
            m[mo] = fr[2 * b]; m[mo + 1] = fr[2 * b + 1];
          } else if (!this.storeSlow(lo, hi, 8, fr[2 * b], fr[2 * b + 1])) return false;
        } else {
          if ((lo & 3) === 0 && wTag[ti] === vpn && wHi[ti] === hi) wM32[ti][(lo & 0xfff) >> 2] = fr[2 * b];
          else if (!this.storeSlow(lo, hi, 4, fr[2 * b], 0)) return false;
        }
        break;
      }
      case Op.FP:
        if (!this.fpuEnabled) { this.trap(CAUSE_ILLEGAL, imm >>> 0, 0); return false; }
        if (!execFp(this, imm)) return false;
        break;
      case Op.ATOMIC:
        if (!this.execAtomic(imm)) return false;
        break;
      case Op.CSR:
        if (!this.execCsr(imm, n)) return false;
        break;
      case Op.ECALL: this.trap(CAUSE_ECALL_U, 0, 0); return false;
      case Op.EBREAK: this.trap(CAUSE_BREAKPOINT, 0, 0); return false;
      case Op.FETCHFAULT: this.trap(this.fCause, this.fTvalLo, this.fTvalHi); return false;
      case Op.DEBUG: this.debugStop = true; return false; // a debugger breakpoint
      default: // ILLEGAL
        this.trap(CAUSE_ILLEGAL, imm >>> 0, 0);
        return false;
    }
    return true;
  }

  /** Execute up to `budget` instructions; stops early at a trap. Returns instructions retired. */
  run(budget: number): number {
    if (!warmedUp) warmUp();
    // The interpreter loop counts in int32; larger budgets run in chunks (a short chunk means it stopped).
    if (budget <= 0x7fffffff) return this.runChunk(Math.ceil(budget) | 0);
    let total = 0;
    while (total < budget) {
      const chunk = Math.min(Math.ceil(budget - total), 0x7fffffff) | 0;
      const k = this.runChunk(chunk);
      total += k;
      if (k < chunk) break;
    }
    return total;
  }

  private runChunk(budget: number): number {
    const regs = this.regs;
    const xlo = regs.xlo, xhi = regs.xhi, fr = regs.f32;
    const mmu = this.mmu;
    const rTag = mmu.rTag, rHi = mmu.rHi, rM8 = mmu.rM8, rM32 = mmu.rM32;
    const wTag = mmu.wTag, wHi = mmu.wHi, wM8 = mmu.wM8, wM32 = mmu.wM32;
    const fpOn = this.fpuEnabled;
    let pc = regs.pcLo | 0, pcHi = regs.pcHi | 0;
    let n = 0;
    this.trapped = false;
    xlo[0] = 0; xhi[0] = 0;
    outer: while (n < budget) {
      const dp = this.enterPage(pc, pcHi);
      if (dp === undefined) break;
      while (n < budget) {
        // Decoded page layout: packed word at the even slot (pc & 0xffe), immediate right after it.
        const o = pc & 0xffe;
        let w = dp[o];
        let imm: number;
        if (w === 0) { w = this.decodeAt(dp, o, pc, pcHi) | 0; imm = this.decImm | 0; } else imm = dp[o + 1];
        let npc = (pc + 4 - ((w >>> 30) & 2)) | 0;
        // V8 compiles a switch to a linear chain of compares: the cases are ordered by dynamic frequency.
        switch (w & 0xff) {
          case Op.ADDI: {
            const rd = (w >>> 8) & 31, a = (w >>> 13) & 31;
            const al = xlo[a], lo = (al + imm) | 0;
            xhi[rd] = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
            xlo[rd] = lo;
            break;
          }
          case Op.SLLI: {
            const rd = (w >>> 8) & 31, a = (w >>> 13) & 31;
            const al = xlo[a];
            if (imm < 32) { xhi[rd] = imm === 0 ? xhi[a] : (xhi[a] << imm) | (al >>> (32 - imm)); xlo[rd] = al << imm; }
            else { xhi[rd] = al << (imm - 32); xlo[rd] = 0; }
            break;
          }
          case Op.BNE: {
            const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            if (xlo[a] !== xlo[b] || xhi[a] !== xhi[b]) {
              const ti = (pc + imm) | 0;
              if (((ti ^ pc) & -4096) === 0) { npc = ti; break; }
              const t = (pc >>> 0) + imm;
              if (t < 0) pcHi = (pcHi - 1) | 0; else if (t >= TWO32) pcHi = (pcHi + 1) | 0;
              pc = ti; n++;
              continue outer;
            }
            break;
          }
          case Op.ADD: {
            const rd = (w >>> 8) & 31, a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            const al = xlo[a], lo = (al + xlo[b]) | 0;
            xhi[rd] = (xhi[a] + xhi[b] + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
            xlo[rd] = lo;
            break;
          }
          case Op.LD: {
            const a = (w >>> 13) & 31, rd = (w >>> 8) & 31;
            const al = xlo[a], lo = (al + imm) | 0;
            const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
            const vpn = lo >>> 12, ti = vpn & TLB_MASK;
            if ((lo & 7) === 0 && rTag[ti] === vpn && rHi[ti] === hi) {
              const m = rM32[ti], mo = (lo & 0xfff) >> 2;
              xlo[rd] = m[mo]; xhi[rd] = m[mo + 1];
            } else {
              if (!this.loadSlow(lo, hi, 8)) break outer;
              xlo[rd] = this.ldLo; xhi[rd] = this.ldHi;
            }
            break;
          }
          case Op.SD: {
            const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            const al = xlo[a], lo = (al + imm) | 0;
            const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
            const vpn = lo >>> 12, ti = vpn & TLB_MASK;
            if ((lo & 7) === 0 && wTag[ti] === vpn && wHi[ti] === hi) {
              const m = wM32[ti], mo = (lo & 0xfff) >> 2;
              m[mo] = xlo[b]; m[mo + 1] = xhi[b];
            } else if (!this.storeSlow(lo, hi, 8, xlo[b], xhi[b])) break outer;
            break;
          }
          case Op.ADDIW: { const rd = (w >>> 8) & 31; const v = (xlo[(w >>> 13) & 31] + imm) | 0; xlo[rd] = v; xhi[rd] = v >> 31; break; }
          case Op.SRLI: {
            const rd = (w >>> 8) & 31, a = (w >>> 13) & 31;
            const ah = xhi[a];
            if (imm < 32) { xlo[rd] = imm === 0 ? xlo[a] : (xlo[a] >>> imm) | (ah << (32 - imm)); xhi[rd] = ah >>> imm; }
            else { xlo[rd] = ah >>> (imm - 32); xhi[rd] = 0; }
            break;
          }
          case Op.SB: {
            const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            const al = xlo[a], lo = (al + imm) | 0;
            const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
            const vpn = lo >>> 12, ti = vpn & TLB_MASK;
            if (wTag[ti] === vpn && wHi[ti] === hi) wM8[ti][lo & 0xfff] = xlo[b];
            else if (!this.storeSlow(lo, hi, 1, xlo[b], 0)) break outer;
            break;
          }
          case Op.BEQ: {
            const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            if (xlo[a] === xlo[b] && xhi[a] === xhi[b]) {
              const ti = (pc + imm) | 0;
              if (((ti ^ pc) & -4096) === 0) { npc = ti; break; }
              const t = (pc >>> 0) + imm;
              if (t < 0) pcHi = (pcHi - 1) | 0; else if (t >= TWO32) pcHi = (pcHi + 1) | 0;
              pc = ti; n++;
              continue outer;
            }
            break;
          }
          case Op.BLTU: {
            const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            const ah = xhi[a] >>> 0, bh = xhi[b] >>> 0;
            if (ah < bh || (ah === bh && (xlo[a] >>> 0) < (xlo[b] >>> 0))) {
              const ti = (pc + imm) | 0;
              if (((ti ^ pc) & -4096) === 0) { npc = ti; break; }
              const t = (pc >>> 0) + imm;
              if (t < 0) pcHi = (pcHi - 1) | 0; else if (t >= TWO32) pcHi = (pcHi + 1) | 0;
              pc = ti; n++;
              continue outer;
            }
            break;
          }
          case Op.LW: {
            const a = (w >>> 13) & 31, rd = (w >>> 8) & 31;
            const al = xlo[a], lo = (al + imm) | 0;
            const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
            const vpn = lo >>> 12, ti = vpn & TLB_MASK;
            let v: number;
            if ((lo & 3) === 0 && rTag[ti] === vpn && rHi[ti] === hi) v = rM32[ti][(lo & 0xfff) >> 2];
            else { if (!this.loadSlow(lo, hi, 4)) break outer; v = this.ldLo; }
            xlo[rd] = v; xhi[rd] = v >> 31;
            break;
          }
          case Op.MV: { const rd = (w >>> 8) & 31, a = (w >>> 13) & 31; xlo[rd] = xlo[a]; xhi[rd] = xhi[a]; break; }
          case Op.LI: { const rd = (w >>> 8) & 31; xlo[rd] = imm; xhi[rd] = imm >> 31; break; }
          case Op.XOR: { const rd = (w >>> 8) & 31, a = (w >>> 13) & 31, b = (w >>> 18) & 31; xlo[rd] = xlo[a] ^ xlo[b]; xhi[rd] = xhi[a] ^ xhi[b]; break; }
          case Op.AUIPC: {
            const rd = (w >>> 8) & 31;
            const s = (pc >>> 0) + imm;
            xlo[rd] = s | 0;
            xhi[rd] = s >= 0 && s < TWO32 ? pcHi : (pcHi + (s < 0 ? -1 : 1)) | 0;
            break;
          }
          case Op.ADDW: { const rd = (w >>> 8) & 31; const v = (xlo[(w >>> 13) & 31] + xlo[(w >>> 18) & 31]) | 0; xlo[rd] = v; xhi[rd] = v >> 31; break; }
          case Op.LBU: {
            const a = (w >>> 13) & 31, rd = (w >>> 8) & 31;
            const al = xlo[a], lo = (al + imm) | 0;
            const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
            const vpn = lo >>> 12, ti = vpn & TLB_MASK;
            if (rTag[ti] === vpn && rHi[ti] === hi) xlo[rd] = rM8[ti][lo & 0xfff];
            else { if (!this.loadSlow(lo, hi, 1)) break outer; xlo[rd] = this.ldLo; }
            xhi[rd] = 0;
            break;
          }
          case Op.AND: { const rd = (w >>> 8) & 31, a = (w >>> 13) & 31, b = (w >>> 18) & 31; xlo[rd] = xlo[a] & xlo[b]; xhi[rd] = xhi[a] & xhi[b]; break; }
          case Op.ANDI: { const rd = (w >>> 8) & 31, a = (w >>> 13) & 31; xlo[rd] = xlo[a] & imm; xhi[rd] = xhi[a] & (imm >> 31); break; }
          case Op.J: {
            const ti = (pc + imm) | 0;
            if (((ti ^ pc) & -4096) === 0) { npc = ti; break; } // same page: cannot wrap
            const t = (pc >>> 0) + imm;
            if (t < 0) pcHi = (pcHi - 1) | 0; else if (t >= TWO32) pcHi = (pcHi + 1) | 0;
            pc = ti; n++;
            continue outer;
          }
          case Op.JAL: {
            const rd = (w >>> 8) & 31;
            const l = (pc >>> 0) + (w < 0 ? 2 : 4);
            xlo[rd] = l | 0; xhi[rd] = l < TWO32 ? pcHi : (pcHi + 1) | 0;
            const ti = (pc + imm) | 0;
            if (((ti ^ pc) & -4096) === 0) { npc = ti; break; }
            const t = (pc >>> 0) + imm;
            if (t < 0) pcHi = (pcHi - 1) | 0; else if (t >= TWO32) pcHi = (pcHi + 1) | 0;
            pc = ti; n++;
            continue outer;
          }
          case Op.JR: {
            const a = (w >>> 13) & 31;
            const s = (xlo[a] >>> 0) + imm;
            const tl = (s | 0) & -2;
            const th = s >= 0 && s < TWO32 ? xhi[a] : (xhi[a] + (s < 0 ? -1 : 1)) | 0;
            if (th === pcHi && ((tl ^ pc) & -4096) === 0) { npc = tl; break; }
            pc = tl; pcHi = th; n++;
            continue outer;
          }
          case Op.JALR: {
            const a = (w >>> 13) & 31;
            const s = (xlo[a] >>> 0) + imm;
            const tl = (s | 0) & -2;
            const th = s >= 0 && s < TWO32 ? xhi[a] : (xhi[a] + (s < 0 ? -1 : 1)) | 0;
            const rd = (w >>> 8) & 31;
            const l = (pc >>> 0) + (w < 0 ? 2 : 4);
            xlo[rd] = l | 0; xhi[rd] = l < TWO32 ? pcHi : (pcHi + 1) | 0;
            if (th === pcHi && ((tl ^ pc) & -4096) === 0) { npc = tl; break; }
            pc = tl; pcHi = th; n++;
            continue outer;
          }
          case Op.SRLIW: { const rd = (w >>> 8) & 31; const v = (xlo[(w >>> 13) & 31] >>> imm) | 0; xlo[rd] = v; xhi[rd] = v >> 31; break; }
          case Op.SW: {
            const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            const al = xlo[a], lo = (al + imm) | 0;
            const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
            const vpn = lo >>> 12, ti = vpn & TLB_MASK;
            if ((lo & 3) === 0 && wTag[ti] === vpn && wHi[ti] === hi) wM32[ti][(lo & 0xfff) >> 2] = xlo[b];
            else if (!this.storeSlow(lo, hi, 4, xlo[b], 0)) break outer;
            break;
          }
          case Op.MUL: {
            const rd = (w >>> 8) & 31, a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            mul64(xlo[a], xhi[a], xlo[b], xhi[b]);
            xlo[rd] = mLo; xhi[rd] = mHi;
            break;
          }
          case Op.MULW: { const rd = (w >>> 8) & 31; const v = Math.imul(xlo[(w >>> 13) & 31], xlo[(w >>> 18) & 31]); xlo[rd] = v; xhi[rd] = v >> 31; break; }
          case Op.ORI: { const rd = (w >>> 8) & 31, a = (w >>> 13) & 31; xlo[rd] = xlo[a] | imm; xhi[rd] = xhi[a] | (imm >> 31); break; }
          case Op.BGEU: {
            const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            const ah = xhi[a] >>> 0, bh = xhi[b] >>> 0;
            if (ah > bh || (ah === bh && (xlo[a] >>> 0) >= (xlo[b] >>> 0))) {
              const ti = (pc + imm) | 0;
              if (((ti ^ pc) & -4096) === 0) { npc = ti; break; }
              const t = (pc >>> 0) + imm;
              if (t < 0) pcHi = (pcHi - 1) | 0; else if (t >= TWO32) pcHi = (pcHi + 1) | 0;
              pc = ti; n++;
              continue outer;
            }
            break;
          }
          case Op.BGE: {
            const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            const ah = xhi[a], bh = xhi[b];
            if (ah > bh || (ah === bh && (xlo[a] >>> 0) >= (xlo[b] >>> 0))) {
              const ti = (pc + imm) | 0;
              if (((ti ^ pc) & -4096) === 0) { npc = ti; break; }
              const t = (pc >>> 0) + imm;
              if (t < 0) pcHi = (pcHi - 1) | 0; else if (t >= TWO32) pcHi = (pcHi + 1) | 0;
              pc = ti; n++;
              continue outer;
            }
            break;
          }
          case Op.BLT: {
            const a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            const ah = xhi[a], bh = xhi[b];
            if (ah < bh || (ah === bh && (xlo[a] >>> 0) < (xlo[b] >>> 0))) {
              const ti = (pc + imm) | 0;
              if (((ti ^ pc) & -4096) === 0) { npc = ti; break; }
              const t = (pc >>> 0) + imm;
              if (t < 0) pcHi = (pcHi - 1) | 0; else if (t >= TWO32) pcHi = (pcHi + 1) | 0;
              pc = ti; n++;
              continue outer;
            }
            break;
          }
          case Op.LWU: {
            const a = (w >>> 13) & 31, rd = (w >>> 8) & 31;
            const al = xlo[a], lo = (al + imm) | 0;
            const hi = (xhi[a] + (imm >> 31) + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
            const vpn = lo >>> 12, ti = vpn & TLB_MASK;
            let v: number;
            if ((lo & 3) === 0 && rTag[ti] === vpn && rHi[ti] === hi) v = rM32[ti][(lo & 0xfff) >> 2];
            else { if (!this.loadSlow(lo, hi, 4)) break outer; v = this.ldLo; }
            xlo[rd] = v; xhi[rd] = 0;
            break;
          }
          case Op.SUB: {
            const rd = (w >>> 8) & 31, a = (w >>> 13) & 31, b = (w >>> 18) & 31;
            const al = xlo[a], bl = xlo[b];
            xhi[rd] = (xhi[a] - xhi[b] - ((al >>> 0) < (bl >>> 0) ? 1 : 0)) | 0;
            xlo[rd] = (al - bl) | 0;
            break;
          }
          case Op.OR: { const rd = (w >>> 8) & 31, a = (w >>> 13) & 31, b = (w >>> 18) & 31; xlo[rd] = xlo[a] | xlo[b]; xhi[rd] = xhi[a] | xhi[b]; break; }
          case Op.SRAI: {
            const rd = (w >>> 8) & 31, a = (w >>> 13) & 31;
            const ah = xhi[a];
            if (imm < 32) { xlo[rd] = imm === 0 ? xlo[a] : (xlo[a] >>> imm) | (ah << (32 - imm)); xhi[rd] = ah >> imm; }
            else { xlo[rd] = ah >> (imm - 32); xhi[rd] = ah >> 31; }
            break;
          }
          case Op.SLLIW: { const rd = (w >>> 8) & 31; const v = xlo[(w >>> 13) & 31] << imm; xlo[rd] = v; xhi[rd] = v >> 31; break; }
          case Op.SRAIW: { const rd = (w >>> 8) & 31; const v = xlo[(w >>> 13) & 31] >> imm; xlo[rd] = v; xhi[rd] = v >> 31; break; }
          case Op.SUBW: { const rd = (w >>> 8) & 31; const v = (xlo[(w >>> 13) & 31] - xlo[(w >>> 18) & 31]) | 0; xlo[rd] = v; xhi[rd] = v >> 31; break; }
          case Op.LUI: { const rd = (w >>> 8) & 31; xlo[rd] = imm; xhi[rd] = imm >> 31; break; }
          case Op.NOP: break;
          case Op.XORI: { const rd = (w >>> 8) & 31, a = (w >>> 13) & 31; xlo[rd] = xlo[a] ^ imm; xhi[rd] = xhi[a] ^ (imm >> 31); break; }
          default: // rare ops, system ops and traps (kept out of the hot loop so it compiles small and fast)
            if (!this.execRare(w, imm, pc, pcHi, n)) break outer;
            break;
        }
        n++;
        if (((npc ^ pc) & -4096) !== 0) { // sequential flow left the page
          if ((npc >>> 0) < (pc >>> 0)) pcHi = (pcHi + 1) | 0;
          pc = npc;
          continue outer;
        }
        pc = npc;
      }
    }
    xlo[0] = 0; xhi[0] = 0;
    regs.pcLo = pc;
    regs.pcHi = pcHi;
    this.instret += n;
    return n;
  }
}
