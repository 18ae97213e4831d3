// F and D extensions. Common round-to-nearest cases use native doubles with exact-error
// checks (TwoSum / Dekker products) to get NX right; everything else (directed rounding,
// overflow/underflow, FMA with inexact products, wide integer conversions) goes through an
// exact BigInt soft-float path that rounds once and computes all flags per IEEE 754 with
// tininess detected after rounding, as RISC-V specifies.

import type { Hart } from './cpu.js';

const NX = 1, UF = 2, OF = 4, DZ = 8, NV = 16;
const RNE = 0, RTZ = 1, RDN = 2, RUP = 3, RMM = 4;
const S = 0, D = 1;
const TWO32 = 4294967296;
const SPLIT = 134217729; // 2^27 + 1 (Veltkamp)
const TINY_OK = Math.pow(2, -960); // above this, Dekker products are exact
const BIG_OK = Math.pow(2, 995);
const F32_MIN_NORMAL = Math.pow(2, -126);
const CANON_S = 0x7fc00000;
const CANON_D_HI = 0x7ff80000;

const cvBuf = new ArrayBuffer(8);
const cvF32 = new Float32Array(cvBuf);
const cvI32 = new Int32Array(cvBuf);
const cvF64 = new Float64Array(cvBuf);

/** Accumulated exception flags of the current instruction. */
let fl = 0;
/** Result bits from the soft path (S: oLo only). */
let oLo = 0, oHi = 0;

// ---------------------------------------------------------------- static validity

export function fpInstValid(inst: number): boolean {
  const opc = inst & 0x7f;
  const fmt = (inst >>> 25) & 3;
  if (fmt > 1) return false;
  const rm = (inst >>> 12) & 7;
  if (opc !== 0x53) return rm !== 5 && rm !== 6;
  const f5 = inst >>> 27, rs2 = (inst >>> 20) & 31;
  const rmOk = rm !== 5 && rm !== 6;
  switch (f5) {
    case 0x00: case 0x01: case 0x02: case 0x03: return rmOk;
    case 0x0b: return rs2 === 0 && rmOk;
    case 0x04: return rm <= 2;
    case 0x05: return rm <= 1;
    case 0x08: return ((fmt === 0 && rs2 === 1) || (fmt === 1 && rs2 === 0)) && rmOk;
    case 0x14: return rm <= 2;
    case 0x18: case 0x1a: return rs2 <= 3 && rmOk;
    case 0x1c: return rs2 === 0 && rm <= 1;
    case 0x1e: return rs2 === 0 && rm === 0;
    default: return false;
  }
}

// ---------------------------------------------------------------- bit helpers

function isNaN32(b: number): boolean { return (b & 0x7fffffff) > 0x7f800000; }
function isSNaN32(b: number): boolean { return isNaN32(b) && (b & 0x00400000) === 0; }
function isNaN64(lo: number, hi: number): boolean { return (hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) | lo) !== 0; }
function isSNaN64(lo: number, hi: number): boolean { return isNaN64(lo, hi) && (hi & 0x80000) === 0; }
function f32val(b: number): number { cvI32[0] = b; return cvF32[0]; }

// ---------------------------------------------------------------- soft float (exact, BigInt)

const P = [24, 53], EMIN = [-126, -1022], EMAX = [127, 1023], BIAS = [127, 1023];
const ZERO = 0, FIN = 1, INF = 2, QNAN = 3, SNAN = 4;

interface U { cls: number; sign: number; m: bigint; e: number }

function unpackS(b: number): U {
  const sign = b >>> 31, be = (b >>> 23) & 0xff, fr = b & 0x7fffff;
  if (be === 0xff) return { cls: fr === 0 ? INF : (fr & 0x400000) ? QNAN : SNAN, sign, m: 0n, e: 0 };
  if (be === 0) return fr === 0 ? { cls: ZERO, sign, m: 0n, e: 0 } : { cls: FIN, sign, m: BigInt(fr), e: -149 };
  return { cls: FIN, sign, m: BigInt(fr | 0x800000), e: be - 150 };
}

function unpackD(lo: number, hi: number): U {
  const sign = hi >>> 31, be = (hi >>> 20) & 0x7ff;
  const frHi = hi & 0xfffff;
  if (be === 0x7ff) {
    const nan = (frHi | lo) !== 0;
    return { cls: !nan ? INF : (hi & 0x80000) ? QNAN : SNAN, sign, m: 0n, e: 0 };
  }
  const fr = (BigInt(frHi) << 32n) | BigInt(lo >>> 0);
  if (be === 0) return fr === 0n ? { cls: ZERO, sign, m: 0n, e: 0 } : { cls: FIN, sign, m: fr, e: -1074 };
  return { cls: FIN, sign, m: fr | (1n << 52n), e: be - 1075 };
}

function bitLen(m: bigint): number { return m === 0n ? 0 : m.toString(2).length; }

function packBits(fmt: number, bits: bigint): void {
  if (fmt === S) { oLo = Number(bits) | 0; oHi = -1; }
  else { oLo = Number(bits & 0xffffffffn) | 0; oHi = Number(bits >> 32n) | 0; }
}
function packZero(fmt: number, sign: number): void { packBits(fmt, BigInt(sign) << (fmt === S ? 31n : 63n)); }
function packInf(fmt: number, sign: number): void {
  if (fmt === S) { oLo = (sign << 31) | 0x7f800000; oHi = -1; } else { oLo = 0; oHi = (sign << 31) | 0x7ff00000; }
}
function packNaN(fmt: number): void { if (fmt === S) { oLo = CANON_S; oHi = -1; } else { oLo = 0; oHi = CANON_D_HI; } }

function roundBits(m: bigint, sh: number, sticky: boolean, sign: number, rm: number): { kept: bigint; inexact: boolean } {
  if (sh <= 0) {
    const kept = m << BigInt(-sh);
    const up = sticky && ((rm === RDN && sign === 1) || (rm === RUP && sign === 0));
    return { kept: up ? kept + 1n : kept, inexact: sticky };
  }
  const bs = BigInt(sh);
  let kept = m >> bs;
  const rem = m & ((1n << bs) - 1n);
  const half = 1n << (bs - 1n);
  const inexact = rem !== 0n || sticky;
  let up = false;
  switch (rm) {
    case RNE: up = rem > half || (rem === half && (sticky || (kept & 1n) === 1n)); break;
    case RTZ: break;
    case RDN: up = inexact && sign === 1; break;
    case RUP: up = inexact && sign === 0; break;
    default: up = rem >= half; break;
  }
  if (up) kept += 1n;
  return { kept, inexact };
}

/** Round sign * (m * 2^e + sticky-epsilon) to fmt with mode rm; result in oLo/oHi, flags in fl. m > 0. */
function roundPack(sign: number, m: bigint, e: number, sticky: boolean, fmt: number, rm: number): void {
  const p = P[fmt], emin = EMIN[fmt];
  const L = bitLen(m);
  const E = e + L - 1;
  let lsb = Math.max(E - p + 1, emin - p + 1);
  const r = roundBits(m, lsb - e, sticky, sign, rm);
  let kept = r.kept;
  const inexact = r.inexact;
  if (bitLen(kept) > p) { kept >>= 1n; lsb++; }
  if (inexact) {
    fl |= NX;
    if (E < emin) {
      let tiny = true;
      if (E === emin - 1) { // would rounding with unbounded exponent reach 2^emin?
        const u = roundBits(m, E - p + 1 - e, sticky, sign, rm);
        if (bitLen(u.kept) > p) tiny = false;
      }
      if (tiny) fl |= UF;
    }
  }
  if (kept === 0n) { packZero(fmt, sign); return; }
  const msbE = lsb + bitLen(kept) - 1;
  if (msbE > EMAX[fmt]) {
    fl |= OF | NX;
    const toInf = rm === RNE || rm === RMM || (rm === RDN && sign === 1) || (rm === RUP && sign === 0);
    if (toInf) packInf(fmt, sign);
    else packBits(fmt, (BigInt(sign) << (fmt === S ? 31n : 63n)) | (fmt === S ? 0x7f7fffffn : 0x7fefffffffffffffn));
    return;
  }
  const width = fmt === S ? 32n : 64n;
  let bits: bigint;
  if (bitLen(kept) === p && msbE >= emin) bits = (BigInt(msbE + BIAS[fmt]) << BigInt(p - 1)) | (kept - (1n << BigInt(p - 1)));
  else bits = kept;
  packBits(fmt, (BigInt(sign) << (width - 1n)) | bits);
}

function nanIn(...us: U[]): boolean {
  let nan = false;
  for (const u of us) { if (u.cls === SNAN) fl |= NV; if (u.cls >= QNAN) nan = true; }
  return nan;
}

function exactSum(sa: number, ma: bigint, ea: number, sb: number, mb: bigint, eb: number, fmt: number, rm: number): void {
  const e = Math.min(ea, eb);
  const a = ma << BigInt(ea - e), b = mb << BigInt(eb - e);
  const s = (sa ? -a : a) + (sb ? -b : b);
  if (s === 0n) { packZero(fmt, rm === RDN ? 1 : 0); return; }
  roundPack(s < 0n ? 1 : 0, s < 0n ? -s : s, e, false, fmt, rm);
}

function softAdd(a: U, b: U, negB: boolean, fmt: number, rm: number): void {
  if (nanIn(a, b)) { packNaN(fmt); return; }
  const sb = negB ? b.sign ^ 1 : b.sign;
  if (a.cls === INF || b.cls === INF) {
    if (a.cls === INF && b.cls === INF && a.sign !== sb) { fl |= NV; packNaN(fmt); return; }
    packInf(fmt, a.cls === INF ? a.sign : sb);
    return;
  }
  if (a.cls === ZERO && b.cls === ZERO) { packZero(fmt, a.sign === sb ? a.sign : rm === RDN ? 1 : 0); return; }
  if (a.cls === ZERO) { roundPack(sb, b.m, b.e, false, fmt, rm); return; }
  if (b.cls === ZERO) { roundPack(a.sign, a.m, a.e, false, fmt, rm); return; }
  exactSum(a.sign, a.m, a.e, sb, b.m, b.e, fmt, rm);
}

function softMul(a: U, b: U, fmt: number, rm: number): void {
  if (nanIn(a, b)) { packNaN(fmt); return; }
  const sign = a.sign ^ b.sign;
  if (a.cls === INF || b.cls === INF) {
    if (a.cls === ZERO || b.cls === ZERO) { fl |= NV; packNaN(fmt); return; }
    packInf(fmt, sign); return;
  }
  if (a.cls === ZERO || b.cls === ZERO) { packZero(fmt, sign); return; }
  roundPack(sign, a.m * b.m, a.e + b.e, false, fmt, rm);
}

function softDiv(a: U, b: U, fmt: number, rm: number): void {
  if (nanIn(a, b)) { packNaN(fmt); return; }
  const sign = a.sign ^ b.sign;
  if (a.cls === INF) {
    if (b.cls === INF) { fl |= NV; packNaN(fmt); return; }
    packInf(fmt, sign); return;
  }
  if (b.cls === INF) { packZero(fmt, sign); return; }
  if (b.cls === ZERO) {
    if (a.cls === ZERO) { fl |= NV; packNaN(fmt); return; }
    fl |= DZ; packInf(fmt, sign); return;
  }
  if (a.cls === ZERO) { packZero(fmt, sign); return; }
  const k = Math.max(0, P[fmt] + 3 + bitLen(b.m) - bitLen(a.m));
  const num = a.m << BigInt(k);
  const q = num / b.m;
  roundPack(sign, q, a.e - b.e - k, q * b.m !== num, fmt, rm);
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLen(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function softSqrt(a: U, fmt: number, rm: number): void {
  if (nanIn(a)) { packNaN(fmt); return; }
  if (a.cls === ZERO) { packZero(fmt, a.sign); return; }
  if (a.sign === 1) { fl |= NV; packNaN(fmt); return; }
  if (a.cls === INF) { packInf(fmt, 0); return; }
  let m = a.m, e = a.e;
  if (e & 1) { m <<= 1n; e -= 1; }
  const k = Math.max(0, Math.ceil((2 * (P[fmt] + 3) - bitLen(m)) / 2));
  const M = m << BigInt(2 * k);
  const s = isqrt(M);
  roundPack(0, s, (e - 2 * k) / 2, s * s !== M, fmt, rm);
}

/** (negP ? -(a*b) : a*b) + (negC ? -c : c), rounded once. */
function softFma(a: U, b: U, c: U, negP: boolean, negC: boolean, fmt: number, rm: number): void {
  const infTimesZero = (a.cls === INF && b.cls === ZERO) || (a.cls === ZERO && b.cls === INF);
  if (infTimesZero) fl |= NV; // even when c is a quiet NaN
  if (nanIn(a, b, c) || infTimesZero) { packNaN(fmt); return; }
  const sp = a.sign ^ b.sign ^ (negP ? 1 : 0);
  const sc = c.sign ^ (negC ? 1 : 0);
  if (a.cls === INF || b.cls === INF) {
    if (c.cls === INF && sc !== sp) { fl |= NV; packNaN(fmt); return; }
    packInf(fmt, sp); return;
  }
  if (c.cls === INF) { packInf(fmt, sc); return; }
  const pZero = a.cls === ZERO || b.cls === ZERO;
  if (pZero) {
    if (c.cls === ZERO) { packZero(fmt, sp === sc ? sp : rm === RDN ? 1 : 0); return; }
    roundPack(sc, c.m, c.e, false, fmt, rm); return;
  }
  if (c.cls === ZERO) { roundPack(sp, a.m * b.m, a.e + b.e, false, fmt, rm); return; }
  exactSum(sp, a.m * b.m, a.e + b.e, sc, c.m, c.e, fmt, rm);
}

// ---------------------------------------------------------------- fast-path helpers

function twoSumErr(a: number, b: number, r: number): number {
  const bb = r - a;
  return (a - (r - bb)) + (b - bb);
}

/** Exact error a*b - p for p = fl(a*b), valid when TINY_OK < |p| and |a|,|b| < BIG_OK. */
function twoProdErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

function prodOk(a: number, b: number, p: number): boolean {
  const ap = Math.abs(p);
  return ap > TINY_OK && ap < Infinity && Math.abs(a) < BIG_OK && Math.abs(b) < BIG_OK;
}

function roundToInt(v: number, rm: number): number {
  switch (rm) {
    case RTZ: return Math.trunc(v);
    case RDN: return Math.floor(v);
    case RUP: return Math.ceil(v);
    case RMM: { const t = Math.trunc(v); return Math.abs(v - t) >= 0.5 ? t + Math.sign(v) : t; }
    default: {
      if (Math.abs(v) >= 4503599627370496) return v;
      const f = Math.floor(v), d = v - f;
      if (d > 0.5) return f + 1;
      if (d < 0.5) return f;
      return f % 2 === 0 ? f : f + 1;
    }
  }
}

// ---------------------------------------------------------------- executor

/** Execute an OP-FP / FMA instruction (already known statically valid). False = trapped. */
export function execFp(h: Hart, inst: number): boolean {
  const regs = h.regs;
  const fr = regs.f32, f64 = regs.f64;
  const opc = inst & 0x7f;
  const rd = (inst >>> 7) & 31, rs1 = (inst >>> 15) & 31, rs2 = (inst >>> 20) & 31;
  const fmt = (inst >>> 25) & 1;
  let rm = (inst >>> 12) & 7;
  const f5 = inst >>> 27;
  const usesRm = opc !== 0x53 || f5 <= 0x03 || f5 === 0x0b || f5 === 0x08 || f5 === 0x18 || f5 === 0x1a;
  if (usesRm && rm === 7) {
    rm = (regs.fcsr >>> 5) & 7;
    if (rm > 4) { h.trap(2, inst >>> 0, 0); return false; }
  }
  fl = 0;
  // Operand bits; singles that are not NaN-boxed read as the canonical NaN.
  const sBits = (i: number): number => (fr[2 * i + 1] === -1 ? fr[2 * i] : CANON_S);
  const unp = (i: number): U => (fmt === S ? unpackS(sBits(i)) : unpackD(fr[2 * i], fr[2 * i + 1]));
  const setS = (v: number): void => { // v exactly representable (or NaN)
    if (v !== v) fr[2 * rd] = CANON_S; else { cvF32[0] = v; fr[2 * rd] = cvI32[0]; }
    fr[2 * rd + 1] = -1;
  };
  const setD = (v: number): void => {
    if (v !== v) { fr[2 * rd] = 0; fr[2 * rd + 1] = CANON_D_HI; } else f64[rd] = v;
  };
  const setOut = (): void => { fr[2 * rd] = oLo; fr[2 * rd + 1] = oHi; };
  const setX = (lo: number, hi: number): void => { if (rd !== 0) { regs.xlo[rd] = lo; regs.xhi[rd] = hi; } };

  if (opc !== 0x53) { // fused multiply-add family
    const rs3 = inst >>> 27;
    const negP = opc === 0x4b || opc === 0x4f, negC = opc === 0x47 || opc === 0x4f;
    if (fmt === S && rm === RNE) {
      const ab = sBits(rs1), bb = sBits(rs2), cb = sBits(rs3);
      if (!isNaN32(ab) && !isNaN32(bb) && !isNaN32(cb)) {
        let p = f32val(ab) * f32val(bb); // exact in double
        if (negP) p = -p;
        const c = negC ? -f32val(cb) : f32val(cb);
        const d = p + c;
        const f = Math.fround(d);
        if (Math.abs(f) >= F32_MIN_NORMAL && Math.abs(f) < Infinity && twoSumErr(p, c, d) === 0) {
          if (f !== d) fl |= NX;
          setS(f);
          regs.fcsr |= fl;
          return true;
        }
      }
    }
    softFma(unp(rs1), unp(rs2), unp(rs3), negP, negC, fmt, rm);
    setOut();
    regs.fcsr |= fl;
    return true;
  }

  switch (f5) {
    case 0x00: case 0x01: case 0x02: case 0x03: case 0x0b: {
      if (rm === RNE) {
        if (fmt === D) {
          const a = f64[rs1], b = f64[rs2];
          let r = 0, ok = false;
          if (f5 === 0x00 || f5 === 0x01) {
            const bb = f5 === 0x01 ? -b : b;
            r = a + bb;
            if (Math.abs(r) < Infinity) { ok = true; if (twoSumErr(a, bb, r) !== 0) fl |= NX; }
          } else if (f5 === 0x02) {
            r = a * b;
            if (prodOk(a, b, r)) { ok = true; if (twoProdErr(a, b, r) !== 0) fl |= NX; }
            else if (r === 0 && (a === 0 || b === 0) && Math.abs(a) < Infinity && Math.abs(b) < Infinity) ok = true;
          } else if (f5 === 0x03) {
            r = a / b;
            if (a !== 0 && prodOk(r, b, a) && Math.abs(r) > TINY_OK && Math.abs(r) < BIG_OK) {
              ok = true;
              const p = r * b;
              if (p !== a || twoProdErr(r, b, p) !== 0) fl |= NX;
            }
          } else {
            r = Math.sqrt(a);
            if (a > TINY_OK && a < Infinity) {
              ok = true;
              const p = r * r;
              if (p !== a || twoProdErr(r, r, p) !== 0) fl |= NX;
            }
          }
          if (ok) { setD(r); regs.fcsr |= fl; return true; }
        } else {
          const ab = sBits(rs1), bb = sBits(rs2);
          if (!isNaN32(ab) && !isNaN32(bb)) {
            const a = f32val(ab), b = f32val(bb);
            let d: number, extraNX = false;
            if (f5 === 0x00 || f5 === 0x01) { const b2 = f5 === 0x01 ? -b : b; d = a + b2; extraNX = twoSumErr(a, b2, d) !== 0; }
            else if (f5 === 0x02) d = a * b;
            else if (f5 === 0x03) d = a / b;
            else d = Math.sqrt(a);
            const f = Math.fround(d);
            const af = Math.abs(f);
            if (af < Infinity && f === f && (af >= F32_MIN_NORMAL || (f === d && !extraNX))) {
              if (f !== d || extraNX) fl |= NX;
              setS(f); regs.fcsr |= fl; return true;
            }
          }
        }
      }
      const a = unp(rs1);
      if (f5 === 0x0b) softSqrt(a, fmt, rm);
      else {
        const b = unp(rs2);
        if (f5 <= 0x01) softAdd(a, b, f5 === 0x01, fmt, rm);
        else if (f5 === 0x02) softMul(a, b, fmt, rm);
        else softDiv(a, b, fmt, rm);
      }
      setOut();
      break;
    }
    case 0x04: { // sign injection on raw bits
      if (fmt === S) {
        const a = sBits(rs1), b = sBits(rs2);
        const sg = rm === 0 ? b : rm === 1 ? ~b : a ^ b;
        fr[2 * rd] = (a & 0x7fffffff) | (sg & 0x80000000); fr[2 * rd + 1] = -1;
      } else {
        const alo = fr[2 * rs1], ahi = fr[2 * rs1 + 1], bhi = fr[2 * rs2 + 1];
        const sg = rm === 0 ? bhi : rm === 1 ? ~bhi : ahi ^ bhi;
        fr[2 * rd] = alo; fr[2 * rd + 1] = (ahi & 0x7fffffff) | (sg & 0x80000000);
      }
      return true;
    }
    case 0x05: { // fmin/fmax (IEEE 754-2019 minimumNumber/maximumNumber)
      const isMax = rm === 1;
      if (fmt === S) {
        const a = sBits(rs1), b = sBits(rs2);
        if (isSNaN32(a) || isSNaN32(b)) fl |= NV;
        const an = isNaN32(a), bn = isNaN32(b);
        let r: number;
        if (an && bn) r = CANON_S;
        else if (an) r = b;
        else if (bn) r = a;
        else {
          const va = f32val(a), vb = f32val(b);
          if (va === vb) r = isMax ? ((a < 0) ? b : a) : ((a < 0) ? a : b);
          else r = (va < vb) !== isMax ? a : b;
        }
        fr[2 * rd] = r; fr[2 * rd + 1] = -1;
      } else {
        const alo = fr[2 * rs1], ahi = fr[2 * rs1 + 1], blo = fr[2 * rs2], bhi = fr[2 * rs2 + 1];
        if (isSNaN64(alo, ahi) || isSNaN64(blo, bhi)) fl |= NV;
        const an = isNaN64(alo, ahi), bn = isNaN64(blo, bhi);
        let pickA: boolean;
        if (an && bn) { fr[2 * rd] = 0; fr[2 * rd + 1] = CANON_D_HI; regs.fcsr |= fl; return true; }
        if (an) pickA = false;
        else if (bn) pickA = true;
        else {
          const va = f64[rs1], vb = f64[rs2];
          if (va === vb) pickA = isMax ? ahi >= 0 : ahi < 0;
          else pickA = (va < vb) !== isMax;
        }
        fr[2 * rd] = pickA ? alo : blo; fr[2 * rd + 1] = pickA ? ahi : bhi;
      }
      break;
    }
    case 0x08: { // fcvt.s.d / fcvt.d.s
      if (fmt === S) { // from double
        const lo = fr[2 * rs1], hi = fr[2 * rs1 + 1];
        if (isNaN64(lo, hi)) { if (isSNaN64(lo, hi)) fl |= NV; setS(NaN); break; }
        const v = f64[rs1], f = Math.fround(v);
        if (f === v) { setS(f); break; }
        if (rm === RNE && Math.abs(f) >= F32_MIN_NORMAL && Math.abs(f) < Infinity) { fl |= NX; setS(f); break; }
        const u = unpackD(lo, hi);
        roundPack(u.sign, u.m, u.e, false, S, rm);
        setOut();
      } else {
        const b = sBits(rs1);
        if (isNaN32(b)) { if (isSNaN32(b)) fl |= NV; setD(NaN); break; }
        setD(f32val(b));
      }
      break;
    }
    case 0x14: { // compares
      let an: boolean, bn: boolean, sn: boolean, va: number, vb: number;
      if (fmt === S) {
        const a = sBits(rs1), b = sBits(rs2);
        an = isNaN32(a); bn = isNaN32(b); sn = isSNaN32(a) || isSNaN32(b);
        va = f32val(a); vb = f32val(b);
      } else {
        const alo = fr[2 * rs1], ahi = fr[2 * rs1 + 1], blo = fr[2 * rs2], bhi = fr[2 * rs2 + 1];
        an = isNaN64(alo, ahi); bn = isNaN64(blo, bhi); sn = isSNaN64(alo, ahi) || isSNaN64(blo, bhi);
        va = f64[rs1]; vb = f64[rs2];
      }
      let res = 0;
      if (an || bn) { if (rm !== 2 || sn) fl |= NV; }
      else res = rm === 2 ? (va === vb ? 1 : 0) : rm === 1 ? (va < vb ? 1 : 0) : (va <= vb ? 1 : 0);
      setX(res, 0);
      break;
    }
    case 0x18: { // fcvt.{w,wu,l,lu}.fmt
      let nan: boolean, v: number;
      if (fmt === S) { const b = sBits(rs1); nan = isNaN32(b); v = f32val(b); }
      else { nan = isNaN64(fr[2 * rs1], fr[2 * rs1 + 1]); v = f64[rs1]; }
      const r = nan ? NaN : roundToInt(v, rm);
      let lo: number, hi: number;
      const kind = rs2; // 0 w, 1 wu, 2 l, 3 lu
      const min = kind === 0 ? -2147483648 : kind === 2 ? -9223372036854775808 : 0;
      const maxP1 = kind === 0 ? 2147483648 : kind === 1 ? 4294967296 : kind === 2 ? 9223372036854775808 : 18446744073709551616;
      if (nan || r >= maxP1) {
        fl |= NV;
        if (kind === 0) { lo = 0x7fffffff; hi = 0; } else if (kind === 1) { lo = -1; hi = -1; }
        else if (kind === 2) { lo = -1; hi = 0x7fffffff; } else { lo = -1; hi = -1; }
      } else if (r < min) {
        fl |= NV;
        if (kind === 0) { lo = 0x80000000 | 0; hi = -1; } else if (kind === 2) { lo = 0; hi = 0x80000000 | 0; } else { lo = 0; hi = 0; }
      } else {
        if (r !== v) fl |= NX;
        const hh = Math.floor(r / TWO32);
        lo = (r - hh * TWO32) | 0; hi = hh | 0;
        if (kind <= 1) hi = lo >> 31; // 32-bit results are sign-extended
      }
      setX(lo, hi);
      break;
    }
    case 0x1a: { // fcvt.fmt.{w,wu,l,lu}
      const xl = regs.xlo[rs1], xh = regs.xhi[rs1];
      let v: number, exact: boolean;
      switch (rs2) {
        case 0: v = xl; exact = true; break;
        case 1: v = xl >>> 0; exact = true; break;
        case 2: v = xh * TWO32 + (xl >>> 0); exact = xh >= -0x200000 && xh < 0x200000; break;
        default: v = (xh >>> 0) * TWO32 + (xl >>> 0); exact = (xh >>> 0) < 0x200000; break;
      }
      if (exact && (fmt === D || Math.fround(v) === v)) { if (fmt === D) setD(v); else setS(v); break; }
      let big = (BigInt(xh >>> 0) << 32n) | BigInt(xl >>> 0);
      if (rs2 === 0) big = BigInt(xl);
      else if (rs2 === 1) big = BigInt(xl >>> 0);
      else if (rs2 === 2) big = BigInt.asIntN(64, big);
      const sign = big < 0n ? 1 : 0;
      roundPack(sign, sign ? -big : big, 0, false, fmt, rm);
      setOut();
      break;
    }
    case 0x1c: {
      if (rm === 0) { // fmv.x.w / fmv.x.d: raw bits
        if (fmt === S) setX(fr[2 * rs1], fr[2 * rs1] >> 31);
        else setX(fr[2 * rs1], fr[2 * rs1 + 1]);
        return true;
      }
      // fclass
      let u: U, sub: boolean;
      if (fmt === S) { const b = sBits(rs1); u = unpackS(b); sub = ((b >>> 23) & 0xff) === 0; }
      else { const hi = fr[2 * rs1 + 1]; u = unpackD(fr[2 * rs1], hi); sub = ((hi >>> 20) & 0x7ff) === 0; }
      let bit: number;
      switch (u.cls) {
        case INF: bit = u.sign ? 0 : 7; break;
        case ZERO: bit = u.sign ? 3 : 4; break;
        case SNAN: bit = 8; break;
        case QNAN: bit = 9; break;
        default: bit = sub ? (u.sign ? 2 : 5) : (u.sign ? 1 : 6);
      }
      setX(1 << bit, 0);
      return true;
    }
    default: { // 0x1e fmv.w.x / fmv.d.x
      if (fmt === S) { fr[2 * rd] = regs.xlo[rs1]; fr[2 * rd + 1] = -1; }
      else { fr[2 * rd] = regs.xlo[rs1]; fr[2 * rd + 1] = regs.xhi[rs1]; }
      return true;
    }
  }
  regs.fcsr |= fl;
  return true;
}

/** For tests: the double whose raw bits are lo/hi. */
export function bitsToDouble(lo: number, hi: number): number {
  cvI32[0] = lo; cvI32[1] = hi;
  return cvF64[0];
}
