// Tiny RV64GC encoder for the CPU tests (32-bit forms plus raw compressed halfwords).

const r = (f7: number, rs2: number, rs1: number, f3: number, rd: number, op: number): number =>
  ((f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op) >>> 0;
const i = (imm: number, rs1: number, f3: number, rd: number, op: number): number =>
  (((imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op) >>> 0;
const s = (imm: number, rs2: number, rs1: number, f3: number, op: number): number =>
  ((((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 31) << 7) | op) >>> 0;
const b = (imm: number, rs2: number, rs1: number, f3: number): number =>
  ((((imm >> 12) & 1) << 31) | (((imm >> 5) & 0x3f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) |
    (((imm >> 1) & 15) << 8) | (((imm >> 11) & 1) << 7) | 0x63) >>> 0;

export const lui = (rd: number, imm20: number): number => (((imm20 & 0xfffff) << 12) | (rd << 7) | 0x37) >>> 0;
export const auipc = (rd: number, imm20: number): number => (((imm20 & 0xfffff) << 12) | (rd << 7) | 0x17) >>> 0;
export const jal = (rd: number, off: number): number =>
  ((((off >> 20) & 1) << 31) | (((off >> 1) & 0x3ff) << 21) | (((off >> 11) & 1) << 20) | (((off >> 12) & 0xff) << 12) | (rd << 7) | 0x6f) >>> 0;
export const jalr = (rd: number, rs1: number, imm: number): number => i(imm, rs1, 0, rd, 0x67);
export const beq = (a: number, c: number, off: number): number => b(off, c, a, 0);
export const bne = (a: number, c: number, off: number): number => b(off, c, a, 1);
export const blt = (a: number, c: number, off: number): number => b(off, c, a, 4);
export const bge = (a: number, c: number, off: number): number => b(off, c, a, 5);
export const bltu = (a: number, c: number, off: number): number => b(off, c, a, 6);
export const bgeu = (a: number, c: number, off: number): number => b(off, c, a, 7);
export const load = (f3: number, rd: number, rs1: number, imm: number): number => i(imm, rs1, f3, rd, 0x03);
export const lb = (rd: number, rs1: number, imm: number): number => load(0, rd, rs1, imm);
export const lh = (rd: number, rs1: number, imm: number): number => load(1, rd, rs1, imm);
export const lw = (rd: number, rs1: number, imm: number): number => load(2, rd, rs1, imm);
export const ld = (rd: number, rs1: number, imm: number): number => load(3, rd, rs1, imm);
export const lbu = (rd: number, rs1: number, imm: number): number => load(4, rd, rs1, imm);
export const lhu = (rd: number, rs1: number, imm: number): number => load(5, rd, rs1, imm);
export const lwu = (rd: number, rs1: number, imm: number): number => load(6, rd, rs1, imm);
export const store = (f3: number, rs2: number, rs1: number, imm: number): number => s(imm, rs2, rs1, f3, 0x23);
export const sb = (rs2: number, rs1: number, imm: number): number => store(0, rs2, rs1, imm);
export const sh = (rs2: number, rs1: number, imm: number): number => store(1, rs2, rs1, imm);
export const sw = (rs2: number, rs1: number, imm: number): number => store(2, rs2, rs1, imm);
export const sd = (rs2: number, rs1: number, imm: number): number => store(3, rs2, rs1, imm);
export const opi = (f3: number, rd: number, rs1: number, imm: number): number => i(imm, rs1, f3, rd, 0x13);
export const addi = (rd: number, rs1: number, imm: number): number => opi(0, rd, rs1, imm);
export const slti = (rd: number, rs1: number, imm: number): number => opi(2, rd, rs1, imm);
export const sltiu = (rd: number, rs1: number, imm: number): number => opi(3, rd, rs1, imm);
export const xori = (rd: number, rs1: number, imm: number): number => opi(4, rd, rs1, imm);
export const ori = (rd: number, rs1: number, imm: number): number => opi(6, rd, rs1, imm);
export const andi = (rd: number, rs1: number, imm: number): number => opi(7, rd, rs1, imm);
export const slli = (rd: number, rs1: number, sh: number): number => opi(1, rd, rs1, sh & 63);
export const srli = (rd: number, rs1: number, sh: number): number => opi(5, rd, rs1, sh & 63);
export const srai = (rd: number, rs1: number, sh: number): number => opi(5, rd, rs1, 0x400 | (sh & 63));
export const addiw = (rd: number, rs1: number, imm: number): number => i(imm, rs1, 0, rd, 0x1b);
export const slliw = (rd: number, rs1: number, sh: number): number => i(sh & 31, rs1, 1, rd, 0x1b);
export const srliw = (rd: number, rs1: number, sh: number): number => i(sh & 31, rs1, 5, rd, 0x1b);
export const sraiw = (rd: number, rs1: number, sh: number): number => i(0x400 | (sh & 31), rs1, 5, rd, 0x1b);
export const op = (f7: number, f3: number, rd: number, rs1: number, rs2: number): number => r(f7, rs2, rs1, f3, rd, 0x33);
export const op32 = (f7: number, f3: number, rd: number, rs1: number, rs2: number): number => r(f7, rs2, rs1, f3, rd, 0x3b);
export const add = (rd: number, a: number, c: number): number => op(0, 0, rd, a, c);
export const sub = (rd: number, a: number, c: number): number => op(0x20, 0, rd, a, c);
export const sll = (rd: number, a: number, c: number): number => op(0, 1, rd, a, c);
export const slt = (rd: number, a: number, c: number): number => op(0, 2, rd, a, c);
export const sltu = (rd: number, a: number, c: number): number => op(0, 3, rd, a, c);
export const xor = (rd: number, a: number, c: number): number => op(0, 4, rd, a, c);
export const srl = (rd: number, a: number, c: number): number => op(0, 5, rd, a, c);
export const sra = (rd: number, a: number, c: number): number => op(0x20, 5, rd, a, c);
export const or = (rd: number, a: number, c: number): number => op(0, 6, rd, a, c);
export const and = (rd: number, a: number, c: number): number => op(0, 7, rd, a, c);
export const mul = (rd: number, a: number, c: number): number => op(1, 0, rd, a, c);
export const mulh = (rd: number, a: number, c: number): number => op(1, 1, rd, a, c);
export const mulhsu = (rd: number, a: number, c: number): number => op(1, 2, rd, a, c);
export const mulhu = (rd: number, a: number, c: number): number => op(1, 3, rd, a, c);
export const div = (rd: number, a: number, c: number): number => op(1, 4, rd, a, c);
export const divu = (rd: number, a: number, c: number): number => op(1, 5, rd, a, c);
export const rem = (rd: number, a: number, c: number): number => op(1, 6, rd, a, c);
export const remu = (rd: number, a: number, c: number): number => op(1, 7, rd, a, c);
export const addw = (rd: number, a: number, c: number): number => op32(0, 0, rd, a, c);
export const subw = (rd: number, a: number, c: number): number => op32(0x20, 0, rd, a, c);
export const sllw = (rd: number, a: number, c: number): number => op32(0, 1, rd, a, c);
export const srlw = (rd: number, a: number, c: number): number => op32(0, 5, rd, a, c);
export const sraw = (rd: number, a: number, c: number): number => op32(0x20, 5, rd, a, c);
export const mulw = (rd: number, a: number, c: number): number => op32(1, 0, rd, a, c);
export const divw = (rd: number, a: number, c: number): number => op32(1, 4, rd, a, c);
export const divuw = (rd: number, a: number, c: number): number => op32(1, 5, rd, a, c);
export const remw = (rd: number, a: number, c: number): number => op32(1, 6, rd, a, c);
export const remuw = (rd: number, a: number, c: number): number => op32(1, 7, rd, a, c);
export const ecall = 0x00000073;
export const ebreak = 0x00100073;
export const fence = 0x0ff0000f;
export const fence_i = 0x0000100f;
export const csr = (f3: number, rd: number, csrNo: number, rs1: number): number => i(csrNo, rs1, f3, rd, 0x73);
export const csrrw = (rd: number, c: number, rs1: number): number => csr(1, rd, c, rs1);
export const csrrs = (rd: number, c: number, rs1: number): number => csr(2, rd, c, rs1);
export const csrrc = (rd: number, c: number, rs1: number): number => csr(3, rd, c, rs1);
export const csrrwi = (rd: number, c: number, u: number): number => csr(5, rd, c, u);
export const csrrsi = (rd: number, c: number, u: number): number => csr(6, rd, c, u);
export const csrrci = (rd: number, c: number, u: number): number => csr(7, rd, c, u);
/** AMO: f5 per spec (0x02 LR, 0x03 SC, 0x01 swap, 0 add, ...), dbl for .d. */
export const amo = (f5: number, dbl: boolean, rd: number, rs1: number, rs2: number, aq = 0, rl = 0): number =>
  r((f5 << 2) | (aq << 1) | rl, rs2, rs1, dbl ? 3 : 2, rd, 0x2f);
export const flw = (rd: number, rs1: number, imm: number): number => i(imm, rs1, 2, rd, 0x07);
export const fld = (rd: number, rs1: number, imm: number): number => i(imm, rs1, 3, rd, 0x07);
export const fsw = (rs2: number, rs1: number, imm: number): number => s(imm, rs2, rs1, 2, 0x27);
export const fsd = (rs2: number, rs1: number, imm: number): number => s(imm, rs2, rs1, 3, 0x27);
/** OP-FP with funct7 and funct3/rm. */
export const fop = (f7: number, rm: number, rd: number, rs1: number, rs2: number): number => r(f7, rs2, rs1, rm, rd, 0x53);
/** R4: opc 0x43 fmadd, 0x47 fmsub, 0x4b fnmsub, 0x4f fnmadd; fmt 0 S, 1 D. */
export const fma = (opc: number, fmt: number, rm: number, rd: number, rs1: number, rs2: number, rs3: number): number =>
  ((rs3 << 27) | (fmt << 25) | (rs2 << 20) | (rs1 << 15) | (rm << 12) | (rd << 7) | opc) >>> 0;

/** Byte image builder mixing 32-bit words and 16-bit compressed halfwords. */
export class Code {
  bytes: number[] = [];
  w(...insns: number[]): this {
    for (const x of insns) this.bytes.push(x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, (x >>> 24) & 0xff);
    return this;
  }
  h(...halves: number[]): this {
    for (const x of halves) this.bytes.push(x & 0xff, (x >>> 8) & 0xff);
    return this;
  }
  get length(): number { return this.bytes.length; }
  toBytes(): Uint8Array { return Uint8Array.from(this.bytes); }
}
