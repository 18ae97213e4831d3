// Random RV64GC instruction streams: mostly well-formed instructions of every extension (I, M, A, F, D, C,
// Zicsr, Zifencei, privileged forms), with loads and stores through base registers that point at RAM, device
// registers or nothing, plus some raw random words. Each instruction is 4 or 2 bytes; the generator records
// where each one starts so the driver can step past a faulting one.
import type { Rng } from './rng.js';

const R = (op: number, rd: number, f3: number, rs1: number, rs2: number, f7: number) =>
  (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
const I = (op: number, rd: number, f3: number, rs1: number, imm: number) =>
  ((imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
const S = (op: number, f3: number, rs1: number, rs2: number, imm: number) =>
  (((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 0x1f) << 7) | op;
const B = (f3: number, rs1: number, rs2: number, imm: number) =>
  (((imm >> 12) & 1) << 31) | (((imm >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
  (((imm >> 1) & 0xf) << 8) | (((imm >> 11) & 1) << 7) | 0x63;
const J = (rd: number, imm: number) =>
  (((imm >> 20) & 1) << 31) | (((imm >> 1) & 0x3ff) << 21) | (((imm >> 11) & 1) << 20) | (((imm >> 12) & 0xff) << 12) | (rd << 7) | 0x6f;
const R4 = (op: number, rd: number, rm: number, rs1: number, rs2: number, fmt: number, rs3: number) =>
  (rs3 << 27) | (fmt << 25) | (rs2 << 20) | (rs1 << 15) | (rm << 12) | (rd << 7) | op;

/** Registers the driver loads with pointers: x5..x9 device pages, x18..x20 RAM pages (see machine.ts). */
export const DEV_REGS = [5, 6, 7, 8, 9];
export const RAM_REGS = [18, 19, 20];

/** CSRs a user program may touch (and some it may not). */
const CSRS = [0x001, 0x002, 0x003, 0xc00, 0xc01, 0xc02, 0x100, 0x104, 0x105, 0x140, 0x141, 0x142, 0x143, 0x144, 0x180, 0x300, 0x301, 0x305, 0x341, 0x7b0, 0xb00, 0xf14];

export interface GeneratedCode {
  bytes: Uint8Array;
  /** Offsets at which instructions start (to step past a faulting one). */
  starts: Set<number>;
}

export function generateCode(r: Rng, count: number): GeneratedCode {
  const out: number[] = [];
  const starts = new Set<number>();
  let off = 0;
  const w32 = (w: number) => {
    starts.add(off);
    for (let i = 0; i < 4; i++) out.push((w >>> (8 * i)) & 0xff);
    off += 4;
  };
  const w16 = (h: number) => {
    starts.add(off);
    out.push(h & 0xff, (h >> 8) & 0xff);
    off += 2;
  };
  // Destinations avoid the pointer registers most of the time, so later accesses still hit devices and RAM.
  const rd = () => (r.chance(0.85) ? r.pick([1, 3, 4, 10, 11, 12, 13, 14, 15, 16, 17, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]) : r.int(32));
  const rs = () => r.int(32);
  const base = () => {
    const x = r.float();
    return x < 0.4 ? r.pick(DEV_REGS) : x < 0.8 ? r.pick(RAM_REGS) : rs();
  };
  const memOff = () => (r.chance(0.7) ? r.int(64) * (r.chance(0.8) ? 4 : 1) : r.range(-2048, 2047));
  const fr = () => r.int(32);
  const rm = () => (r.chance(0.8) ? r.pick([0, 1, 2, 3, 4, 7]) : r.int(8));
  for (let n = 0; n < count; n++) {
    switch (r.weighted([18, 14, 10, 6, 6, 8, 10, 6, 5, 4, 3, 5])) {
      case 0: { // integer ALU (OP, OP-IMM, OP-32, OP-IMM-32, LUI, AUIPC)
        const k = r.int(6);
        if (k === 0) w32(R(0x33, rd(), r.int(8), rs(), rs(), r.pick([0, 0x20])));
        else if (k === 1) w32(I(0x13, rd(), r.int(8), rs(), r.range(-2048, 2047)));
        else if (k === 2) w32(R(0x3b, rd(), r.pick([0, 1, 5]), rs(), rs(), r.pick([0, 0x20])));
        else if (k === 3) w32(I(0x1b, rd(), r.pick([0, 1, 5]), rs(), r.int(32) | (r.chance(0.2) ? 0x400 : 0)));
        else if (k === 4) w32((r.int(1 << 20) << 12) | (rd() << 7) | 0x37);
        else w32((r.int(1 << 20) << 12) | (rd() << 7) | 0x17);
        break;
      }
      case 1: // loads and stores of every width through RAM, device or random pointers
        if (r.chance(0.5)) w32(I(0x03, rd(), r.int(7), base(), memOff()));
        else w32(S(0x23, r.int(4), base(), rs(), memOff()));
        break;
      case 2: // M
        w32(R(r.pick([0x33, 0x3b]), rd(), r.int(8), rs(), rs(), 1));
        break;
      case 3: { // A: LR/SC and AMOs, word and doubleword, random aq/rl
        const f5 = r.pick([0x02, 0x03, 0x01, 0x00, 0x04, 0x0c, 0x08, 0x10, 0x14, 0x18, 0x1c, r.int(32)]);
        w32(R(0x2f, rd(), r.pick([2, 3, r.int(8)]), base(), f5 === 2 ? 0 : rs(), (f5 << 2) | r.int(4)));
        break;
      }
      case 4: // FP loads and stores
        if (r.chance(0.5)) w32(I(0x07, fr(), r.pick([2, 3]), base(), memOff()));
        else w32(S(0x27, r.pick([2, 3]), base(), fr(), memOff()));
        break;
      case 5: { // FP arithmetic, conversions, moves, compares, classify (single and double)
        const fmt = r.int(2);
        const f7 = r.pick([0x00, 0x04, 0x08, 0x0c, 0x2c, 0x10, 0x14, 0x50, 0x60, 0x68, 0x70, 0x78, 0x20, 0x21]);
        const f5 = f7 >> 2;
        const rs2 = f5 === 0x18 || f5 === 0x1a ? r.int(4) : f5 === 0x08 ? 1 - fmt : f5 === 0x0b || f5 === 0x1c || f5 === 0x1e ? 0 : fr();
        const f3 = f5 === 0x04 ? r.int(3) : f5 === 0x05 ? r.int(2) : f5 === 0x14 ? r.int(3) : f5 === 0x1c ? r.int(2) : rm();
        w32(R(0x53, f5 === 0x14 || f5 === 0x18 || f5 === 0x1c ? rd() : fr(), f3, f5 === 0x1a || f5 === 0x1e ? rs() : fr(), rs2, (f5 << 2) | fmt));
        break;
      }
      case 6: { // C: random halfwords from the three quadrants, biased to defined encodings
        const q = r.int(3);
        let h = (r.int(1 << 14) << 2) | q;
        if (h === 0) h = 0x4501; // c.li a0, 0 instead of the defined-illegal all-zero halfword
        w16(h);
        break;
      }
      case 7: { // branches and jumps within the program (or just past it)
        const k = r.int(3);
        const target = (r.range(-16, 16) * 2) & ~1;
        if (k === 0) w32(B(r.pick([0, 1, 4, 5, 6, 7]), rs(), rs(), target === 0 ? 4 : target));
        else if (k === 1) w32(J(rd(), target === 0 ? 4 : target));
        else w32(I(0x67, rd(), 0, r.chance(0.5) ? 1 : rs(), r.range(-64, 64) & ~1));
        break;
      }
      case 8: { // Zicsr
        const csr = r.chance(0.8) ? r.pick(CSRS) : r.int(4096);
        w32(I(0x73, rd(), r.pick([1, 2, 3, 5, 6, 7]), r.int(32), csr));
        break;
      }
      case 9: // privileged and system: ecall, ebreak, sret, mret, wfi, sfence.vma, fence, fence.i
        w32(r.pick([0x00000073, 0x00100073, 0x10200073, 0x30200073, 0x10500073, 0x12000073, 0x0ff0000f, 0x0000100f, 0x8330000f]));
        break;
      case 10: // fused multiply-add
        w32(R4(r.pick([0x43, 0x47, 0x4b, 0x4f]), fr(), rm(), fr(), fr(), r.int(2), fr()));
        break;
      default: // anything at all
        w32(r.u32() | 0);
    }
  }
  return { bytes: Uint8Array.from(out), starts };
}
