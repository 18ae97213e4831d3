// Instruction decoder for RV64GC user mode. Produces a packed word + immediate that the
// interpreter in cpu.ts caches per physical page. Compressed forms decode to the same ops as
// their 32-bit expansion (with the C flag set), so the hot loop never sees RVC.
//
// Packed word: op (bits 0..7) | rd << 8 | rs1 << 13 | rs2 << 18 | C << 31.
// Rare classes (A, FP arithmetic, CSR) carry the raw instruction in the immediate and are
// re-decoded by their helper, which keeps the hot switch small.

import { fpInstValid } from './fpu.js';

export const enum Op {
  DECODE = 0, // not yet decoded (cache slot empty)
  ILLEGAL, FETCHFAULT, NOP, LUI, AUIPC, JAL, J, JALR, JR,
  BEQ, BNE, BLT, BGE, BLTU, BGEU,
  LB, LH, LW, LD, LBU, LHU, LWU, LOADX0,
  SB, SH, SW, SD,
  ADDI, LI, MV, SLTI, SLTIU, XORI, ORI, ANDI, SLLI, SRLI, SRAI,
  ADD, SUB, SLL, SLT, SLTU, XOR, SRL, SRA, OR, AND,
  ADDIW, SLLIW, SRLIW, SRAIW, ADDW, SUBW, SLLW, SRLW, SRAW,
  MUL, MULH, MULHSU, MULHU, DIV, DIVU, REM, REMU, MULW, DIVW, DIVUW, REMW, REMUW,
  ECALL, EBREAK, CSR, ATOMIC, FLW, FLD, FSW, FSD, FP,
  /** Never decoded: returned (uncached) at a debugger breakpoint, see HartDebug. */
  DEBUG,
}

const C_FLAG = 0x80000000 | 0;

/** Output of decode(): packed word and immediate. */
export let dWord = 0;
export let dImm = 0;

function out(op: number, rd: number, rs1: number, rs2: number, imm: number): void {
  dWord = op | (rd << 8) | (rs1 << 13) | (rs2 << 18);
  dImm = imm | 0;
}

function illegal(bits: number): void {
  dWord = Op.ILLEGAL;
  dImm = bits | 0;
}

/** Decode a 32-bit instruction (bits 1:0 == 11). */
export function decode32(inst: number): void {
  const opc = inst & 0x7f;
  const rd = (inst >>> 7) & 31;
  const f3 = (inst >>> 12) & 7;
  const rs1 = (inst >>> 15) & 31;
  const rs2 = (inst >>> 20) & 31;
  const f7 = inst >>> 25;
  const immI = inst >> 20;
  switch (opc) {
    case 0x37: // LUI
      if (rd === 0) return out(Op.NOP, 0, 0, 0, 0);
      return out(Op.LUI, rd, 0, 0, inst & 0xfffff000);
    case 0x17:
      if (rd === 0) return out(Op.NOP, 0, 0, 0, 0);
      return out(Op.AUIPC, rd, 0, 0, inst & 0xfffff000);
    case 0x6f: {
      const imm = ((inst >> 31) << 20) | (((inst >>> 12) & 0xff) << 12) | (((inst >>> 20) & 1) << 11) | (((inst >>> 21) & 0x3ff) << 1);
      return out(rd === 0 ? Op.J : Op.JAL, rd, 0, 0, imm);
    }
    case 0x67:
      if (f3 !== 0) return illegal(inst);
      return out(rd === 0 ? Op.JR : Op.JALR, rd, rs1, 0, immI);
    case 0x63: {
      const imm = ((inst >> 31) << 12) | (((inst >>> 7) & 1) << 11) | (((inst >>> 25) & 0x3f) << 5) | (((inst >>> 8) & 0xf) << 1);
      const ops = [Op.BEQ, Op.BNE, -1, -1, Op.BLT, Op.BGE, Op.BLTU, Op.BGEU];
      const op = ops[f3];
      if (op < 0) return illegal(inst);
      return out(op, 0, rs1, rs2, imm);
    }
    case 0x03: {
      if (f3 === 7) return illegal(inst);
      if (rd === 0) return out(Op.LOADX0, f3, rs1, 0, immI); // f3 kept in the rd slot
      const ops = [Op.LB, Op.LH, Op.LW, Op.LD, Op.LBU, Op.LHU, Op.LWU];
      return out(ops[f3], rd, rs1, 0, immI);
    }
    case 0x23: {
      if (f3 > 3) return illegal(inst);
      const imm = ((inst >> 25) << 5) | ((inst >>> 7) & 31);
      return out(Op.SB + f3, 0, rs1, rs2, imm);
    }
    case 0x13: {
      if (f3 === 1) {
        if ((inst >>> 26) !== 0) return illegal(inst);
      } else if (f3 === 5) {
        const hi6 = inst >>> 26;
        if (hi6 !== 0 && hi6 !== 0x10) return illegal(inst);
      }
      if (rd === 0) return out(Op.NOP, 0, 0, 0, 0);
      switch (f3) {
        case 0:
          if (rs1 === 0) return out(Op.LI, rd, 0, 0, immI);
          if (immI === 0) return out(Op.MV, rd, rs1, 0, 0);
          return out(Op.ADDI, rd, rs1, 0, immI);
        case 1: return out(Op.SLLI, rd, rs1, 0, (inst >>> 20) & 63);
        case 2: return out(Op.SLTI, rd, rs1, 0, immI);
        case 3: return out(Op.SLTIU, rd, rs1, 0, immI);
        case 4: return out(Op.XORI, rd, rs1, 0, immI);
        case 5: return out((inst >>> 30) & 1 ? Op.SRAI : Op.SRLI, rd, rs1, 0, (inst >>> 20) & 63);
        case 6: return out(Op.ORI, rd, rs1, 0, immI);
        default: return out(Op.ANDI, rd, rs1, 0, immI);
      }
    }
    case 0x1b: {
      let op: number;
      if (f3 === 0) op = Op.ADDIW;
      else if (f3 === 1 && f7 === 0) op = Op.SLLIW;
      else if (f3 === 5 && f7 === 0) op = Op.SRLIW;
      else if (f3 === 5 && f7 === 0x20) op = Op.SRAIW;
      else return illegal(inst);
      if (rd === 0) return out(Op.NOP, 0, 0, 0, 0);
      return out(op, rd, rs1, 0, op === Op.ADDIW ? immI : rs2);
    }
    case 0x33: {
      let op: number;
      if (f7 === 0) op = [Op.ADD, Op.SLL, Op.SLT, Op.SLTU, Op.XOR, Op.SRL, Op.OR, Op.AND][f3];
      else if (f7 === 0x20 && f3 === 0) op = Op.SUB;
      else if (f7 === 0x20 && f3 === 5) op = Op.SRA;
      else if (f7 === 1) op = [Op.MUL, Op.MULH, Op.MULHSU, Op.MULHU, Op.DIV, Op.DIVU, Op.REM, Op.REMU][f3];
      else return illegal(inst);
      if (rd === 0) return out(Op.NOP, 0, 0, 0, 0);
      return out(op, rd, rs1, rs2, 0);
    }
    case 0x3b: {
      let op = -1;
      if (f7 === 0) op = f3 === 0 ? Op.ADDW : f3 === 1 ? Op.SLLW : f3 === 5 ? Op.SRLW : -1;
      else if (f7 === 0x20) op = f3 === 0 ? Op.SUBW : f3 === 5 ? Op.SRAW : -1;
      else if (f7 === 1) op = [Op.MULW, -1, -1, -1, Op.DIVW, Op.DIVUW, Op.REMW, Op.REMUW][f3];
      if (op < 0) return illegal(inst);
      if (rd === 0) return out(Op.NOP, 0, 0, 0, 0);
      return out(op, rd, rs1, rs2, 0);
    }
    case 0x0f:
      if (f3 === 0 || f3 === 1) return out(Op.NOP, 0, 0, 0, 0); // fence / fence.i: memory is coherent here
      return illegal(inst);
    case 0x73:
      if (f3 === 0) {
        if (inst === 0x00000073) return out(Op.ECALL, 0, 0, 0, 0);
        if (inst === 0x00100073) return out(Op.EBREAK, 0, 0, 0, 0);
        return illegal(inst); // sret, mret, wfi, sfence.vma, ... are privileged
      }
      if (f3 === 4) return illegal(inst);
      return out(Op.CSR, 0, 0, 0, inst);
    case 0x2f: {
      if (f3 !== 2 && f3 !== 3) return illegal(inst);
      const f5 = inst >>> 27;
      switch (f5) {
        case 0x02: if (rs2 !== 0) return illegal(inst); break;
        case 0x03: case 0x01: case 0x00: case 0x04: case 0x0c: case 0x08: case 0x10: case 0x14: case 0x18: case 0x1c: break;
        default: return illegal(inst);
      }
      return out(Op.ATOMIC, 0, 0, 0, inst);
    }
    case 0x07:
      if (f3 === 2) return out(Op.FLW, rd, rs1, 0, immI);
      if (f3 === 3) return out(Op.FLD, rd, rs1, 0, immI);
      return illegal(inst);
    case 0x27: {
      const imm = ((inst >> 25) << 5) | ((inst >>> 7) & 31);
      if (f3 === 2) return out(Op.FSW, 0, rs1, rs2, imm);
      if (f3 === 3) return out(Op.FSD, 0, rs1, rs2, imm);
      return illegal(inst);
    }
    case 0x43: case 0x47: case 0x4b: case 0x4f: case 0x53:
      if (!fpInstValid(inst)) return illegal(inst);
      return out(Op.FP, 0, 0, 0, inst);
    default:
      return illegal(inst);
  }
}

function cOut(op: number, rd: number, rs1: number, rs2: number, imm: number): void {
  out(op, rd, rs1, rs2, imm);
  dWord |= C_FLAG;
}

/** Decode a 16-bit compressed instruction (bits 1:0 != 11). */
export function decode16(c: number): void {
  const f3 = (c >>> 13) & 7;
  const q = c & 3;
  const rdp = 8 + ((c >>> 2) & 7); // rd'/rs2'
  const rs1p = 8 + ((c >>> 7) & 7);
  const r = (c >>> 7) & 31;
  const r2 = (c >>> 2) & 31;
  const imm6 = ((((c >>> 12) & 1) << 31) >> 26) | ((c >>> 2) & 31); // sext imm[5|4:0]
  const ill = (): void => { illegal(c); dWord |= C_FLAG; };
  if (q === 0) {
    const uimmD = (((c >>> 10) & 7) << 3) | (((c >>> 5) & 3) << 6);
    const uimmW = (((c >>> 10) & 7) << 3) | (((c >>> 6) & 1) << 2) | (((c >>> 5) & 1) << 6);
    switch (f3) {
      case 0: {
        const nz = (((c >>> 11) & 3) << 4) | (((c >>> 7) & 15) << 6) | (((c >>> 6) & 1) << 2) | (((c >>> 5) & 1) << 3);
        if (nz === 0) return ill();
        return cOut(Op.ADDI, rdp, 2, 0, nz);
      }
      case 1: return cOut(Op.FLD, rdp, rs1p, 0, uimmD);
      case 2: return cOut(Op.LW, rdp, rs1p, 0, uimmW);
      case 3: return cOut(Op.LD, rdp, rs1p, 0, uimmD);
      case 4: return ill();
      case 5: return cOut(Op.FSD, 0, rs1p, rdp, uimmD);
      case 6: return cOut(Op.SW, 0, rs1p, rdp, uimmW);
      default: return cOut(Op.SD, 0, rs1p, rdp, uimmD);
    }
  }
  if (q === 1) {
    switch (f3) {
      case 0:
        if (r === 0 || imm6 === 0) return cOut(Op.NOP, 0, 0, 0, 0);
        return cOut(Op.ADDI, r, r, 0, imm6);
      case 1:
        if (r === 0) return ill();
        return cOut(Op.ADDIW, r, r, 0, imm6);
      case 2:
        if (r === 0) return cOut(Op.NOP, 0, 0, 0, 0);
        return cOut(Op.LI, r, 0, 0, imm6);
      case 3: {
        if (r === 2) {
          const nz = ((((c >>> 12) & 1) << 31) >> 22) | (((c >>> 6) & 1) << 4) | (((c >>> 5) & 1) << 6) | (((c >>> 3) & 3) << 7) | (((c >>> 2) & 1) << 5);
          if (nz === 0) return ill();
          return cOut(Op.ADDI, 2, 2, 0, nz);
        }
        const nz = imm6 << 12;
        if (nz === 0) return ill();
        if (r === 0) return cOut(Op.NOP, 0, 0, 0, 0);
        return cOut(Op.LUI, r, 0, 0, nz);
      }
      case 4: {
        const f2 = (c >>> 10) & 3;
        if (f2 < 2) {
          const sh = (((c >>> 12) & 1) << 5) | ((c >>> 2) & 31);
          if (sh === 0) return cOut(Op.NOP, 0, 0, 0, 0);
          return cOut(f2 === 0 ? Op.SRLI : Op.SRAI, rs1p, rs1p, 0, sh);
        }
        if (f2 === 2) return cOut(Op.ANDI, rs1p, rs1p, 0, imm6);
        const f = (c >>> 5) & 3;
        if (((c >>> 12) & 1) === 0) return cOut([Op.SUB, Op.XOR, Op.OR, Op.AND][f], rs1p, rs1p, rdp, 0);
        if (f === 0) return cOut(Op.SUBW, rs1p, rs1p, rdp, 0);
        if (f === 1) return cOut(Op.ADDW, rs1p, rs1p, rdp, 0);
        return ill();
      }
      case 5: {
        const imm = ((((c >>> 12) & 1) << 31) >> 20) | (((c >>> 11) & 1) << 4) | (((c >>> 9) & 3) << 8) | (((c >>> 8) & 1) << 10) |
          (((c >>> 7) & 1) << 6) | (((c >>> 6) & 1) << 7) | (((c >>> 3) & 7) << 1) | (((c >>> 2) & 1) << 5);
        return cOut(Op.J, 0, 0, 0, imm);
      }
      default: {
        const imm = ((((c >>> 12) & 1) << 31) >> 23) | (((c >>> 10) & 3) << 3) | (((c >>> 5) & 3) << 6) | (((c >>> 3) & 3) << 1) | (((c >>> 2) & 1) << 5);
        return cOut(f3 === 6 ? Op.BEQ : Op.BNE, 0, rs1p, 0, imm);
      }
    }
  }
  // q === 2
  switch (f3) {
    case 0: {
      const sh = (((c >>> 12) & 1) << 5) | r2;
      if (r === 0 || sh === 0) return cOut(Op.NOP, 0, 0, 0, 0);
      return cOut(Op.SLLI, r, r, 0, sh);
    }
    case 1: return cOut(Op.FLD, r, 2, 0, (((c >>> 12) & 1) << 5) | (((c >>> 5) & 3) << 3) | (((c >>> 2) & 7) << 6));
    case 2:
      if (r === 0) return ill();
      return cOut(Op.LW, r, 2, 0, (((c >>> 12) & 1) << 5) | (((c >>> 4) & 7) << 2) | (((c >>> 2) & 3) << 6));
    case 3:
      if (r === 0) return ill();
      return cOut(Op.LD, r, 2, 0, (((c >>> 12) & 1) << 5) | (((c >>> 5) & 3) << 3) | (((c >>> 2) & 7) << 6));
    case 4:
      if (((c >>> 12) & 1) === 0) {
        if (r2 === 0) {
          if (r === 0) return ill();
          return cOut(Op.JR, 0, r, 0, 0);
        }
        if (r === 0) return cOut(Op.NOP, 0, 0, 0, 0);
        return cOut(Op.MV, r, r2, 0, 0);
      }
      if (r2 === 0) {
        if (r === 0) return cOut(Op.EBREAK, 0, 0, 0, 0);
        return cOut(Op.JALR, 1, r, 0, 0);
      }
      if (r === 0) return cOut(Op.NOP, 0, 0, 0, 0);
      return cOut(Op.ADD, r, r, r2, 0);
    case 5: return cOut(Op.FSD, 0, 2, r2, (((c >>> 10) & 7) << 3) | (((c >>> 7) & 7) << 6));
    case 6: return cOut(Op.SW, 0, 2, r2, (((c >>> 9) & 15) << 2) | (((c >>> 7) & 3) << 6));
    default: return cOut(Op.SD, 0, 2, r2, (((c >>> 10) & 7) << 3) | (((c >>> 7) & 7) << 6));
  }
}
