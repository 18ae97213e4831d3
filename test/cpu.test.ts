// Directed unit tests for the RV64GC hart: edge cases per instruction class, traps, Sv39, coherence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhysicalMemory, MmioDevice } from '../src/machine/memory.js';
import { Hart, RegisterFile } from '../src/machine/cpu.js';
import * as A from './cpu/asm.js';

const BASE = 0x80000000;
const DATA = 0x80100000;
const M64 = (1n << 64n) - 1n;
const s64 = (v: bigint): bigint => BigInt.asIntN(64, v);
const u64 = (v: bigint): bigint => BigInt.asUintN(64, v);

function hart(code: A.Code | number[], setup?: (h: Hart) => void): { h: Hart; mem: PhysicalMemory } {
  const mem = new PhysicalMemory(16 * 1024 * 1024);
  const c = Array.isArray(code) ? new A.Code().w(...code) : code;
  mem.writeBytes(BASE, c.toBytes());
  const h = new Hart(mem);
  h.regs.setPC(BigInt(BASE));
  setup?.(h);
  return { h, mem };
}

/** Run a straight-line sequence and return the hart (stops at the trailing ecall). */
function exec(insns: number[], regs: Record<number, bigint> = {}, setup?: (h: Hart) => void): Hart {
  const { h } = hart([...insns, A.ecall], (h) => {
    for (const [k, v] of Object.entries(regs)) h.regs.setX(Number(k), v);
    setup?.(h);
  });
  h.run(10000);
  assert.equal(h.trapped, true);
  assert.equal(h.scause, 8, `expected ecall, got cause ${h.scause}`);
  return h;
}

const X = (h: Hart, i: number): bigint => h.regs.getX(i);
const FBITS = (h: Hart, i: number): bigint => (BigInt(h.regs.f32[2 * i + 1] >>> 0) << 32n) | BigInt(h.regs.f32[2 * i] >>> 0);
const setF = (h: Hart, i: number, bits: bigint): void => { h.regs.f32[2 * i] = Number(bits & 0xffffffffn) | 0; h.regs.f32[2 * i + 1] = Number(bits >> 32n) | 0; };
const dbits = (v: number): bigint => { const b = new DataView(new ArrayBuffer(8)); b.setFloat64(0, v, true); return b.getBigUint64(0, true); };
const sbits = (v: number): bigint => { const b = new DataView(new ArrayBuffer(4)); b.setFloat32(0, v, true); return 0xffffffff00000000n | BigInt(b.getUint32(0, true)); };

// ---------------------------------------------------------------- integer

test('register file helpers and x0', () => {
  const r = new RegisterFile();
  r.setX(5, -1n);
  assert.equal(r.getX(5), M64);
  r.setX(0, 5n);
  assert.equal(r.getX(0), 0n);
  r.setPC(0x1234_5678_9abcn);
  assert.equal(r.getPC(), 0x1234_5678_9abcn);
  const q = new RegisterFile();
  q.copyFrom(r);
  assert.equal(q.getX(5), M64);
  const h = exec([A.addi(0, 0, 5), A.add(0, 1, 1), A.lui(0, 1), A.jal(0, 4), A.lw(0, 10, 0)], { 1: 7n, 10: BigInt(DATA) });
  assert.equal(X(h, 0), 0n);
});

test('add/sub carries, slt/sltu, logic immediates', () => {
  const h = exec([
    A.add(3, 1, 2), A.sub(4, 5, 6), A.addi(7, 8, -1), A.slt(9, 1, 2), A.sltu(11, 1, 2), A.slti(12, 1, -1), A.sltiu(13, 6, -1),
    A.xori(14, 8, -1), A.andi(15, 1, -16), A.ori(16, 8, 0x7ff),
  ], { 1: 0xffffffffn, 2: 1n, 5: 0x100000000n, 6: 1n, 8: 0x100000000n });
  assert.equal(X(h, 3), 0x100000000n);
  assert.equal(X(h, 4), 0xffffffffn);
  assert.equal(X(h, 7), 0xffffffffn);
  assert.equal(X(h, 9), 0n);
  assert.equal(X(h, 11), 0n);
  assert.equal(X(h, 12), 0n);
  assert.equal(X(h, 13), 1n); // 1 < 0xffff...ffff unsigned
  assert.equal(X(h, 14), u64(~0x100000000n));
  assert.equal(X(h, 15), 0xfffffff0n);
  assert.equal(X(h, 16), 0x1000007ffn);
});

test('shifts by 63/31 and shamt masking; W ops sign-extend', () => {
  const h = exec([
    A.slli(3, 1, 63), A.srli(4, 2, 63), A.srai(5, 2, 63), A.sll(6, 1, 7), A.srl(8, 2, 7), A.sra(9, 2, 7),
    A.slliw(10, 1, 31), A.srliw(11, 2, 31), A.sraiw(12, 2, 31), A.sllw(13, 1, 14), A.addw(15, 16, 1), A.addiw(17, 16, 1),
    A.subw(18, 0, 16), A.sraw(19, 2, 14), A.srlw(20, 2, 14), A.addiw(21, 2, 0),
  ], { 1: 1n, 2: 0x8000000080000000n, 7: 64n + 3n, 14: 32n + 31n, 16: 0x7fffffffn });
  assert.equal(X(h, 3), 0x8000000000000000n);
  assert.equal(X(h, 4), 1n);
  assert.equal(X(h, 5), M64);
  assert.equal(X(h, 6), 8n); // 67 & 63 = 3
  assert.equal(X(h, 8), 0x1000000010000000n);
  assert.equal(X(h, 9), 0xf000000010000000n);
  assert.equal(X(h, 10), 0xffffffff80000000n);
  assert.equal(X(h, 11), 1n);
  assert.equal(X(h, 12), M64);
  assert.equal(X(h, 13), 0xffffffff80000000n); // 63 & 31 = 31
  assert.equal(X(h, 15), 0xffffffff80000000n);
  assert.equal(X(h, 17), 0xffffffff80000000n);
  assert.equal(X(h, 18), 0xffffffff80000001n);
  assert.equal(X(h, 19), M64);
  assert.equal(X(h, 20), 1n);
  assert.equal(X(h, 21), 0xffffffff80000000n); // sext.w
});

test('div/rem by zero and overflow, all widths', () => {
  const MIN = 0x8000000000000000n;
  const h = exec([
    A.div(3, 1, 0), A.divu(4, 1, 0), A.rem(5, 1, 0), A.remu(6, 1, 0),
    A.div(7, 2, 8), A.rem(9, 2, 8),
    A.divw(10, 1, 0), A.divuw(11, 1, 0), A.remw(12, 1, 0), A.remuw(13, 1, 0),
    A.divw(14, 15, 8), A.remw(16, 15, 8), A.divw(17, 18, 19), A.remw(20, 18, 19), A.div(21, 18, 19), A.rem(22, 18, 19),
  ], { 1: 0x123456789n, 2: MIN, 8: M64, 15: 0x80000000n, 18: u64(-7n), 19: 2n });
  assert.equal(X(h, 3), M64);
  assert.equal(X(h, 4), M64);
  assert.equal(X(h, 5), 0x123456789n);
  assert.equal(X(h, 6), 0x123456789n);
  assert.equal(X(h, 7), MIN);
  assert.equal(X(h, 9), 0n);
  assert.equal(X(h, 10), M64);
  assert.equal(X(h, 11), M64);
  assert.equal(X(h, 12), 0x23456789n); // sign-extended low word of dividend
  assert.equal(X(h, 13), 0x23456789n);
  assert.equal(X(h, 14), 0xffffffff80000000n);
  assert.equal(X(h, 16), 0n);
  assert.equal(X(h, 17), u64(-3n));
  assert.equal(X(h, 20), u64(-1n));
  assert.equal(X(h, 21), u64(-3n));
  assert.equal(X(h, 22), u64(-1n));
});

test('M extension matches BigInt on random and special operands', () => {
  let seed = 12345;
  const rnd = (): bigint => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const a = BigInt(seed);
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (a << 32n) | BigInt(seed);
  };
  const specials = [0n, 1n, M64, 0x8000000000000000n, 0x7fffffffffffffffn, 0xffffffffn, 0x80000000n, 0x100000000n, 3n, 0xfffffffffffffffdn];
  const vals = [...specials, ...Array.from({ length: 30 }, rnd), ...Array.from({ length: 10 }, () => rnd() >> 20n)];
  const prog = [
    A.mul(3, 1, 2), A.mulh(4, 1, 2), A.mulhsu(5, 1, 2), A.mulhu(6, 1, 2), A.div(7, 1, 2), A.divu(8, 1, 2), A.rem(9, 1, 2), A.remu(10, 1, 2),
    A.mulw(11, 1, 2), A.divw(12, 1, 2), A.divuw(13, 1, 2), A.remw(14, 1, 2), A.remuw(15, 1, 2),
  ];
  const sx32 = (v: bigint): bigint => u64(BigInt.asIntN(32, v));
  for (const a of vals) for (const b of vals.slice(0, 25)) {
    const h = exec(prog, { 1: a, 2: b });
    const sa = s64(a), sb = s64(b);
    const ctx = `a=${a.toString(16)} b=${b.toString(16)}`;
    assert.equal(X(h, 3), u64(a * b), `mul ${ctx}`);
    assert.equal(X(h, 4), u64((sa * sb) >> 64n), `mulh ${ctx}`);
    assert.equal(X(h, 5), u64((sa * b) >> 64n), `mulhsu ${ctx}`);
    assert.equal(X(h, 6), u64((a * b) >> 64n), `mulhu ${ctx}`);
    if (b !== 0n && !(sa === -(1n << 63n) && sb === -1n)) {
      assert.equal(X(h, 7), u64(sa / sb), `div ${ctx}`);
      assert.equal(X(h, 9), u64(sa % sb), `rem ${ctx}`);
    }
    if (b !== 0n) {
      assert.equal(X(h, 8), a / b, `divu ${ctx}`);
      assert.equal(X(h, 10), a % b, `remu ${ctx}`);
    }
    const a32 = BigInt.asIntN(32, a), b32 = BigInt.asIntN(32, b), ua32 = BigInt.asUintN(32, a), ub32 = BigInt.asUintN(32, b);
    assert.equal(X(h, 11), sx32(a32 * b32), `mulw ${ctx}`);
    if (b32 !== 0n && !(a32 === -(1n << 31n) && b32 === -1n)) {
      assert.equal(X(h, 12), sx32(a32 / b32), `divw ${ctx}`);
      assert.equal(X(h, 14), sx32(a32 % b32), `remw ${ctx}`);
    }
    if (ub32 !== 0n) {
      assert.equal(X(h, 13), sx32(ua32 / ub32), `divuw ${ctx}`);
      assert.equal(X(h, 15), sx32(ua32 % ub32), `remuw ${ctx}`);
    }
  }
});

test('loads/stores: widths, sign extension, misaligned and page-crossing accesses', () => {
  const D = BigInt(DATA);
  const h = exec([
    A.sd(1, 10, 0), A.lb(3, 10, 7), A.lbu(4, 10, 7), A.lh(5, 10, 6), A.lhu(6, 10, 6), A.lw(7, 10, 4), A.lwu(8, 10, 4), A.ld(9, 10, 0),
    A.sd(1, 10, 0x7fd), A.ld(11, 10, 0x7fd), A.sw(1, 12, -2), A.lw(13, 12, -2), A.lh(14, 10, 1),
  ], { 1: 0x8899aabbccddeeffn, 10: D, 12: D + 0x1000n });
  assert.equal(X(h, 3), u64(-0x78n));
  assert.equal(X(h, 4), 0x88n);
  assert.equal(X(h, 5), u64(-0x7767n));
  assert.equal(X(h, 6), 0x8899n);
  assert.equal(X(h, 7), u64(-0x77665545n));
  assert.equal(X(h, 8), 0x8899aabbn);
  assert.equal(X(h, 9), 0x8899aabbccddeeffn);
  assert.equal(X(h, 11), 0x8899aabbccddeeffn);
  assert.equal(X(h, 13), u64(-0x33221101n));
  assert.equal(X(h, 14), u64(BigInt.asIntN(16, 0xddeen)));
});

test('branches, jal/jalr link values and targets', () => {
  const h = exec([
    A.beq(1, 2, 8), A.addi(3, 0, 1), // skipped
    A.bne(1, 2, 8), A.addi(4, 0, 1), // not taken -> executes
    A.blt(5, 1, 8), A.addi(6, 0, 1), // -1 < 1 signed: skipped
    A.bltu(5, 1, 8), A.addi(7, 0, 1), // executes
    A.bge(1, 5, 8), A.addi(8, 0, 1), // skipped
    A.bgeu(5, 1, 8), A.addi(9, 0, 1), // skipped
    A.jal(11, 8), A.addi(12, 0, 1),
    A.auipc(13, 0), A.jalr(14, 13, 13), // target 13+13 -> bit 0 cleared -> +12
    A.addi(15, 0, 1), A.addi(16, 0, 1),
  ], { 1: 1n, 2: 1n, 5: M64 });
  assert.equal(X(h, 3), 0n); assert.equal(X(h, 4), 1n); assert.equal(X(h, 6), 0n); assert.equal(X(h, 7), 1n);
  assert.equal(X(h, 8), 0n); assert.equal(X(h, 9), 0n); assert.equal(X(h, 12), 0n);
  assert.equal(X(h, 11), BigInt(BASE + 13 * 4));
  assert.equal(X(h, 14), BigInt(BASE + 16 * 4));
  assert.equal(X(h, 15), 0n); assert.equal(X(h, 16), 1n);
});

// ---------------------------------------------------------------- atomics

test('LR/SC reservation rules', () => {
  const D = BigInt(DATA);
  const h = exec([
    A.amo(3, true, 3, 10, 1), // sc without reservation -> 1
    A.amo(2, true, 4, 10, 0), // lr.d
    A.amo(3, true, 5, 11, 1), // sc to another address -> fails, reservation gone
    A.amo(3, true, 6, 10, 1), // -> fails (cleared by previous sc)
    A.amo(2, false, 7, 10, 0), // lr.w (sign-extends)
    A.amo(3, false, 8, 10, 1), // sc.w succeeds
    A.amo(3, false, 9, 10, 1), // sc.w again fails
    A.ld(12, 10, 0), A.ld(13, 11, 0),
  ], { 1: 0x1234n, 10: D, 11: D + 8n }, (h) => h.mem.write64(DATA, 0xffffffff80000000n));
  assert.equal(X(h, 3), 1n);
  assert.equal(X(h, 4), 0xffffffff80000000n);
  assert.equal(X(h, 5), 1n);
  assert.equal(X(h, 6), 1n);
  assert.equal(X(h, 7), 0xffffffff80000000n);
  assert.equal(X(h, 8), 0n);
  assert.equal(X(h, 9), 1n);
  assert.equal(X(h, 12), 0xffffffff00001234n);
  assert.equal(X(h, 13), 0n);
  // a trap clears the reservation
  const { h: h2 } = hart([A.amo(2, true, 4, 10, 0), A.ecall, A.amo(3, true, 5, 10, 1), A.ecall], (h) => h.regs.setX(10, D));
  h2.run(100);
  h2.regs.setPC(h2.regs.getPC() + 4n);
  h2.run(100);
  assert.equal(X(h2, 5), 1n);
  // clearReservation() from the kernel
  const { h: h3 } = hart([A.amo(2, true, 4, 10, 0), A.ecall, A.amo(3, true, 5, 10, 1), A.ecall], (h) => h.regs.setX(10, D));
  h3.run(1);
  h3.clearReservation();
  h3.run(100);
  h3.regs.setPC(h3.regs.getPC() + 4n);
  h3.run(100);
  assert.equal(X(h3, 5), 1n);
});

test('AMOs: arithmetic, signed/unsigned min/max, .w sign extension', () => {
  const D = BigInt(DATA);
  const cases: [number, boolean, bigint, bigint, bigint][] = [
    // f5, dbl, mem, operand, expected new memory
    [0x00, true, 5n, M64, 4n],
    [0x01, true, 5n, 9n, 9n],
    [0x04, true, 0xf0n, 0xffn, 0x0fn],
    [0x0c, true, 0xf0n, 0x3cn, 0x30n],
    [0x08, true, 0xf0n, 0x0fn, 0xffn],
    [0x10, true, 1n, M64, M64], // min signed: -1
    [0x14, true, 1n, M64, 1n], // max signed
    [0x18, true, 1n, M64, 1n], // minu
    [0x1c, true, 1n, M64, M64], // maxu
    [0x10, false, 0x7fffffffn, 0x80000000n, 0x80000000n],
    [0x18, false, 0x7fffffffn, 0x80000000n, 0x7fffffffn],
    [0x00, false, 0x7fffffffn, 1n, 0x80000000n],
  ];
  for (const [f5, dbl, m, b, want] of cases) {
    const h = exec([A.amo(f5, dbl, 3, 10, 1, 1, 1), dbl ? A.ld(4, 10, 0) : A.lwu(4, 10, 0)], { 1: b, 10: D },
      (h) => h.mem.write64(DATA, m));
    assert.equal(X(h, 4), want, `amo f5=${f5} dbl=${dbl}`);
    assert.equal(X(h, 3), dbl ? m : u64(BigInt.asIntN(32, m)), 'old value (sign-extended for .w)');
  }
});

test('misaligned atomics trap with cause 4 (LR) / 6 (SC, AMO)', () => {
  for (const [f5, cause] of [[0x02, 4], [0x03, 6], [0x00, 6], [0x01, 6]] as const) {
    for (const dbl of [false, true]) {
      const { h } = hart([A.amo(f5, dbl, 3, 10, 0)], (h) => h.regs.setX(10, BigInt(DATA + (dbl ? 4 : 2))));
      assert.equal(h.run(10), 0);
      assert.equal(h.scause, cause);
      assert.equal(h.stvalLo >>> 0, DATA + (dbl ? 4 : 2));
      assert.equal(h.regs.getPC(), BigInt(BASE));
    }
  }
});

// ---------------------------------------------------------------- traps and CSRs

test('ecall, ebreak, c.ebreak, illegal and privileged instructions', () => {
  const trapOf = (c: A.Code): Hart => { const { h } = hart(c); h.run(10); return h; };
  let h = trapOf(new A.Code().w(A.addi(1, 0, 1), A.ecall));
  assert.equal(h.scause, 8); assert.equal(h.stvalLo, 0); assert.equal(h.regs.getPC(), BigInt(BASE + 4)); assert.equal(h.instret, 1);
  h = trapOf(new A.Code().w(A.ebreak));
  assert.equal(h.scause, 3);
  h = trapOf(new A.Code().h(0x9002));
  assert.equal(h.scause, 3);
  const illegal = [
    0x10200073, 0x30200073, 0x10500073, 0x12000073, 0x10002573 /* csrr a0, sstatus */, 0xc0001073 /* csrw cycle */,
    0xc8002573 /* cycleh */, 0x00000000, 0xffffffff, 0x0000707b, 0x0000001f /* 48-bit */, A.load(7, 1, 0, 0), A.store(4, 1, 0, 0),
    0x00004073 /* funct3 4 */, 0x02000033 | (1 << 26) /* bad funct7 */, A.fop(0x2c, 0, 1, 2, 3) /* fsqrt rs2!=0 */,
    A.fop(0x00, 5, 1, 2, 3) /* rm 5 */, A.fop(0x10, 3, 1, 2, 3) /* fsgnj rm3 */, A.fop(0x06, 0, 1, 2, 3) /* fmt H */,
    A.amo(0x02, true, 1, 2, 3) /* lr with rs2 */, A.amo(0x1f, true, 1, 2, 3), 0x0000200f /* misc-mem f3=2 */,
  ];
  for (const bits of illegal) {
    h = trapOf(new A.Code().w(bits));
    assert.equal(h.scause, 2, `0x${bits.toString(16)} should be illegal`);
    assert.equal(h.stvalLo >>> 0, bits >>> 0, `stval = instruction bits for 0x${bits.toString(16)}`);
    assert.equal(h.regs.getPC(), BigInt(BASE));
    assert.equal(h.instret, 0);
  }
  // reserved compressed encodings
  const reservedC = [0x0000, 0x0001 | (0 << 7) | 0x2000 /* c.addiw x0 */, 0x4002 /* c.lwsp x0 */, 0x6002 /* c.ldsp x0 */,
    0x8002 /* c.jr x0 */, 0x6101 /* c.addi16sp 0 */, 0x6281 /* c.lui x5,0 */, 0x8000 /* Q0 f3=4 */, 0x9c41 /* c.subw-space 10 */, 0x9c61];
  for (const c of reservedC) {
    h = trapOf(new A.Code().h(c, 0));
    assert.equal(h.scause, 2, `c 0x${c.toString(16)} should be illegal`);
    assert.equal(h.stvalLo >>> 0, c);
  }
});

test('user CSRs: fcsr fields, cycle/instret/time, read-only and unknown CSRs', () => {
  const h = exec([
    A.csrrwi(3, 0x002, 3), A.csrrsi(4, 0x001, 5), A.csrrs(5, 0x003, 0), A.csrrw(6, 0x003, 1), A.csrrci(7, 0x001, 1), A.csrrs(8, 0x003, 0),
    A.csrrs(9, 0xc02, 0), A.csrrs(11, 0xc00, 0), A.csrrs(12, 0xc01, 0),
  ], { 1: 0xfffn }, (h) => { h.instret = 1000; });
  assert.equal(X(h, 3), 0n);
  assert.equal(X(h, 4), 0n);
  assert.equal(X(h, 5), (3n << 5n) | 5n);
  assert.equal(X(h, 6), (3n << 5n) | 5n);
  assert.equal(X(h, 7), 0x1fn);
  assert.equal(X(h, 8), 0xfen);
  assert.equal(X(h, 9), 1006n);
  assert.equal(X(h, 11), 1007n);
  assert.equal(X(h, 12), 100n);
  for (const bits of [A.csrrw(1, 0xc00, 2), A.csrrsi(1, 0xc02, 1), A.csrrs(1, 0x100, 0), A.csrrs(1, 0x004, 0), A.csrrs(1, 0xc03, 0)]) {
    const { h: g } = hart([bits]);
    g.run(5);
    assert.equal(g.scause, 2);
    assert.equal(g.stvalLo >>> 0, bits);
  }
});

test('fpuEnabled=false makes FP instructions and FP CSRs illegal', () => {
  for (const bits of [A.fop(0x01, 0, 1, 2, 3), A.fld(1, 10, 0), A.fsw(1, 10, 0), A.csrrs(1, 0x001, 0), A.csrrwi(0, 0x002, 1), A.fma(0x43, 1, 0, 1, 2, 3, 4)]) {
    const { h } = hart([bits], (h) => { h.fpuEnabled = false; h.regs.setX(10, BigInt(DATA)); });
    assert.equal(h.run(5), 0);
    assert.equal(h.scause, 2);
    assert.equal(h.stvalLo >>> 0, bits);
  }
  const { h } = hart(new A.Code().h(0x2504), (h) => { h.fpuEnabled = false; }); // c.fld
  h.run(5);
  assert.equal(h.scause, 2);
  assert.equal(h.stvalLo, 0x2504);
});

// ---------------------------------------------------------------- floating point

const FADD = 0x00, FSUB = 0x04, FMUL = 0x08, FDIV = 0x0c, FSQRT = 0x2c;
const fpRun = (insn: number, f: Record<number, bigint>, frm = 0, x: Record<number, bigint> = {}): Hart =>
  exec([insn], x, (h) => { for (const [k, v] of Object.entries(f)) setF(h, Number(k), v); h.regs.fcsr = frm << 5; });
const flags = (h: Hart): number => h.regs.fcsr & 0x1f;
const NV = 16, DZ = 8, OF = 4, UF = 2, NX = 1;
const CANON_D = 0x7ff8000000000000n, CANON_S = 0xffffffff7fc00000n;

test('FP: canonical NaN, sNaN signalling, unboxed singles', () => {
  let h = fpRun(A.fop(FADD | 1, 0, 3, 1, 2), { 1: 0x7ff0000000000001n, 2: dbits(1) });
  assert.equal(FBITS(h, 3), CANON_D); assert.equal(flags(h), NV);
  h = fpRun(A.fop(FMUL | 1, 0, 3, 1, 2), { 1: 0x7ff8000000000123n, 2: dbits(1) });
  assert.equal(FBITS(h, 3), CANON_D); assert.equal(flags(h), 0);
  h = fpRun(A.fop(FSUB | 1, 0, 3, 1, 2), { 1: dbits(Infinity), 2: dbits(Infinity) });
  assert.equal(FBITS(h, 3), CANON_D); assert.equal(flags(h), NV);
  h = fpRun(A.fop(FADD, 0, 3, 1, 2), { 1: 0x000000003f800000n /* not boxed */, 2: sbits(1) });
  assert.equal(FBITS(h, 3), CANON_S); assert.equal(flags(h), 0);
  h = fpRun(A.fop(FDIV | 1, 0, 3, 1, 2), { 1: dbits(1), 2: dbits(0) });
  assert.equal(FBITS(h, 3), dbits(Infinity)); assert.equal(flags(h), DZ);
  h = fpRun(A.fop(FDIV | 1, 0, 3, 1, 2), { 1: dbits(0), 2: dbits(-0) });
  assert.equal(FBITS(h, 3), CANON_D); assert.equal(flags(h), NV);
  h = fpRun(A.fop(FSQRT | 1, 0, 3, 1, 0), { 1: dbits(-1) });
  assert.equal(FBITS(h, 3), CANON_D); assert.equal(flags(h), NV);
  h = fpRun(A.fop(FSQRT | 1, 0, 3, 1, 0), { 1: dbits(-0) });
  assert.equal(FBITS(h, 3), dbits(-0)); assert.equal(flags(h), 0);
  // fmadd: inf*0 + qNaN still signals invalid
  h = fpRun(A.fma(0x43, 1, 0, 4, 1, 2, 3), { 1: dbits(Infinity), 2: dbits(0), 3: CANON_D });
  assert.equal(FBITS(h, 4), CANON_D); assert.equal(flags(h), NV);
});

test('FP: every rounding mode (static and dynamic) on inexact results', () => {
  const third = [
    // rm, 1/3 (double), -1/3
    [0, 0x3fd5555555555555n, 0xbfd5555555555555n],
    [1, 0x3fd5555555555555n, 0xbfd5555555555555n],
    [2, 0x3fd5555555555555n, 0xbfd5555555555556n],
    [3, 0x3fd5555555555556n, 0xbfd5555555555555n],
    [4, 0x3fd5555555555555n, 0xbfd5555555555555n],
  ] as const;
  for (const [rm, pos, neg] of third) {
    for (const dyn of [false, true]) {
      const h = fpRun(A.fop(FDIV | 1, dyn ? 7 : rm, 3, 1, 2), { 1: dbits(1), 2: dbits(3) }, dyn ? rm : 0);
      assert.equal(FBITS(h, 3), pos, `1/3 rm=${rm} dyn=${dyn}`);
      assert.equal(flags(h), NX);
      const g = fpRun(A.fop(FDIV | 1, dyn ? 7 : rm, 3, 1, 2), { 1: dbits(-1), 2: dbits(3) }, dyn ? rm : 0);
      assert.equal(FBITS(g, 3), neg, `-1/3 rm=${rm}`);
    }
  }
  // ties: 1 + 2^-53 (exact tie): RNE -> 1, RMM -> 1+2^-52, RUP -> 1+2^-52, RDN/RTZ -> 1
  const tie = [[0, 0x3ff0000000000000n], [1, 0x3ff0000000000000n], [2, 0x3ff0000000000000n], [3, 0x3ff0000000000001n], [4, 0x3ff0000000000001n]] as const;
  for (const [rm, want] of tie) {
    const h = fpRun(A.fop(FADD | 1, rm, 3, 1, 2), { 1: dbits(1), 2: dbits(2 ** -53) });
    assert.equal(FBITS(h, 3), want, `tie rm=${rm}`);
    assert.equal(flags(h), NX);
  }
  // single precision directed rounding
  const h = fpRun(A.fop(FDIV, 3, 3, 1, 2), { 1: sbits(1), 2: sbits(3) });
  assert.equal(FBITS(h, 3), 0xffffffff3eaaaaabn);
  const g = fpRun(A.fop(FDIV, 1, 3, 1, 2), { 1: sbits(1), 2: sbits(3) });
  assert.equal(FBITS(g, 3), 0xffffffff3eaaaaaan);
  // invalid dynamic rounding mode -> illegal instruction
  for (const frm of [5, 6, 7]) {
    const { h: k } = hart([A.fop(FADD | 1, 7, 3, 1, 2)], (h) => { h.regs.fcsr = frm << 5; });
    k.run(5);
    assert.equal(k.scause, 2);
  }
});

test('FP: overflow, underflow (tininess after rounding), exact results', () => {
  let h = fpRun(A.fop(FMUL | 1, 0, 3, 1, 2), { 1: dbits(1e308), 2: dbits(10) });
  assert.equal(FBITS(h, 3), dbits(Infinity)); assert.equal(flags(h), OF | NX);
  h = fpRun(A.fop(FMUL | 1, 1, 3, 1, 2), { 1: dbits(1e308), 2: dbits(10) });
  assert.equal(FBITS(h, 3), 0x7fefffffffffffffn); assert.equal(flags(h), OF | NX);
  h = fpRun(A.fop(FMUL | 1, 0, 3, 1, 2), { 1: dbits(2 ** -1000), 2: dbits(2 ** -60 * (1 + 2 ** -40)) });
  assert.equal(flags(h), UF | NX);
  h = fpRun(A.fop(FMUL | 1, 0, 3, 1, 2), { 1: dbits(2 ** -1000), 2: dbits(2 ** -60) });
  assert.equal(FBITS(h, 3), dbits(2 ** -1060)); assert.equal(flags(h), 0); // exact subnormal: no UF
  // 2^-1022 (1 - 2^-53) is exact at 53 bits (tiny after rounding) but rounds to 2^-1022 as a subnormal: UF.
  h = fpRun(A.fop(FMUL | 1, 0, 3, 1, 2), { 1: dbits(2 ** -1022 * 2), 2: dbits((1 - 2 ** -53) / 2) });
  assert.equal(FBITS(h, 3), dbits(2 ** -1022)); assert.equal(flags(h), UF | NX);
  // 2^-1022 (1 - 2^-54) rounds to 2^-1022 even with unbounded exponent: not tiny, no UF.
  h = fpRun(A.fop(FMUL | 1, 0, 3, 1, 2), { 1: dbits(2 ** -1022 * (1 + 2 ** -27)), 2: dbits(1 - 2 ** -27) });
  assert.equal(FBITS(h, 3), dbits(2 ** -1022)); assert.equal(flags(h), NX);
  h = fpRun(A.fop(FMUL, 0, 3, 1, 2), { 1: sbits(2 ** -100), 2: sbits(2 ** -40 * (1 + 2 ** -20)) });
  assert.equal(flags(h), UF | NX);
  h = fpRun(A.fop(FADD | 1, 0, 3, 1, 2), { 1: dbits(0.5), 2: dbits(0.25) });
  assert.equal(FBITS(h, 3), dbits(0.75)); assert.equal(flags(h), 0);
  h = fpRun(A.fop(FADD | 1, 2, 3, 1, 2), { 1: dbits(1), 2: dbits(-1) });
  assert.equal(FBITS(h, 3), dbits(-0), 'x - x = -0 in RDN');
});

test('FP: fused multiply-add rounds once', () => {
  // a*b = 1 - 2^-106 exactly; + (-1) gives -2^-106 only if unrounded.
  const a = 1 + 2 ** -53 * 2, b = 1 - 2 ** -53 * 2;
  let h = fpRun(A.fma(0x43, 1, 0, 4, 1, 2, 3), { 1: dbits(a), 2: dbits(b), 3: dbits(-1) });
  assert.equal(FBITS(h, 4), dbits(-(2 ** -104))); assert.equal(flags(h), 0);
  h = fpRun(A.fma(0x47, 1, 0, 4, 1, 2, 3), { 1: dbits(a), 2: dbits(b), 3: dbits(1) }); // fmsub
  assert.equal(FBITS(h, 4), dbits(-(2 ** -104)));
  h = fpRun(A.fma(0x4b, 1, 0, 4, 1, 2, 3), { 1: dbits(a), 2: dbits(b), 3: dbits(1) }); // fnmsub: -(ab)+c
  assert.equal(FBITS(h, 4), dbits(2 ** -104));
  h = fpRun(A.fma(0x4f, 1, 0, 4, 1, 2, 3), { 1: dbits(a), 2: dbits(b), 3: dbits(-1) }); // fnmadd: -(ab)-c
  assert.equal(FBITS(h, 4), dbits(2 ** -104));
  h = fpRun(A.fma(0x43, 0, 0, 4, 1, 2, 3), { 1: sbits(1 + 2 ** -23), 2: sbits(1 - 2 ** -23), 3: sbits(-1) });
  assert.equal(FBITS(h, 4), sbits(-(2 ** -46)));
  h = fpRun(A.fma(0x43, 1, 0, 4, 1, 2, 3), { 1: dbits(0), 2: dbits(5), 3: dbits(-0) });
  assert.equal(FBITS(h, 4), dbits(0), '+0*5 + -0 = +0');
});

test('FP: fmin/fmax with signed zeros and NaNs; compares; fclass; sign injection', () => {
  let h = fpRun(A.fop(0x15, 0, 3, 1, 2), { 1: dbits(0), 2: dbits(-0) });
  assert.equal(FBITS(h, 3), dbits(-0));
  h = fpRun(A.fop(0x15, 1, 3, 1, 2), { 1: dbits(-0), 2: dbits(0) });
  assert.equal(FBITS(h, 3), dbits(0));
  h = fpRun(A.fop(0x15, 0, 3, 1, 2), { 1: 0x7ff0000000000001n, 2: dbits(2) });
  assert.equal(FBITS(h, 3), dbits(2)); assert.equal(flags(h), NV);
  h = fpRun(A.fop(0x15, 1, 3, 1, 2), { 1: CANON_D, 2: 0x7ff8000000000001n });
  assert.equal(FBITS(h, 3), CANON_D); assert.equal(flags(h), 0);
  h = fpRun(A.fop(0x14, 0, 3, 1, 2), { 1: sbits(-0), 2: sbits(0) });
  assert.equal(FBITS(h, 3), sbits(-0));
  // feq quiet, flt/fle signalling
  h = fpRun(A.fop(0x51, 2, 5, 1, 2), { 1: CANON_D, 2: dbits(1) });
  assert.equal(X(h, 5), 0n); assert.equal(flags(h), 0);
  h = fpRun(A.fop(0x51, 1, 5, 1, 2), { 1: CANON_D, 2: dbits(1) });
  assert.equal(flags(h), NV);
  h = fpRun(A.fop(0x51, 0, 5, 1, 2), { 1: dbits(-0), 2: dbits(0) });
  assert.equal(X(h, 5), 1n);
  const cls: [bigint, number][] = [
    [dbits(-Infinity), 0], [dbits(-1), 1], [0x800fffffffffffffn, 2], [dbits(-0), 3], [dbits(0), 4], [1n, 5], [dbits(1), 6],
    [dbits(Infinity), 7], [0x7ff0000000000001n, 8], [CANON_D, 9],
  ];
  for (const [v, bit] of cls) {
    h = fpRun(A.fop(0x71, 1, 5, 1, 0), { 1: v });
    assert.equal(X(h, 5), 1n << BigInt(bit), `fclass ${v.toString(16)}`);
  }
  h = fpRun(A.fop(0x70, 1, 5, 1, 0), { 1: 0x000000007f800001n }); // unboxed single -> canonical NaN -> qNaN
  assert.equal(X(h, 5), 1n << 9n);
  h = fpRun(A.fop(0x11, 2, 3, 1, 2), { 1: dbits(-2), 2: dbits(-1) }); // fsgnjx
  assert.equal(FBITS(h, 3), dbits(2));
  h = fpRun(A.fop(0x10, 1, 3, 1, 2), { 1: sbits(2), 2: sbits(1) }); // fsgnjn.s
  assert.equal(FBITS(h, 3), sbits(-2));
});

test('FP: fcvt saturation, NaN and rounding', () => {
  const cvt = (to: number, fmt: number, rm: number, v: bigint): Hart => fpRun(A.fop(0x60 | fmt, rm, 5, 1, to), { 1: v });
  const cases: [number, number, number, bigint, bigint, number][] = [
    // to (0 w,1 wu,2 l,3 lu), fmt, rm, input, expected x5, flags
    [0, 1, 1, CANON_D, 0x7fffffffn, NV],
    [1, 1, 1, CANON_D, M64, NV],
    [2, 1, 1, CANON_D, 0x7fffffffffffffffn, NV],
    [3, 1, 1, CANON_D, M64, NV],
    [0, 1, 1, dbits(-Infinity), 0xffffffff80000000n, NV],
    [0, 1, 1, dbits(3e9), 0x7fffffffn, NV],
    [1, 1, 1, dbits(-1), 0n, NV],
    [1, 1, 1, dbits(-0.5), 0n, NX], // rounds to 0: in range
    [1, 1, 0, dbits(4294967295.4), M64, NX], // 0xffffffff sign-extended
    [2, 1, 1, dbits(2 ** 63), 0x7fffffffffffffffn, NV],
    [2, 1, 1, dbits(-(2 ** 63)), 0x8000000000000000n, 0],
    [3, 1, 1, dbits(2 ** 64), M64, NV],
    [3, 1, 1, dbits(2 ** 63), 0x8000000000000000n, 0],
    [0, 1, 0, dbits(2.5), 2n, NX],
    [0, 1, 4, dbits(2.5), 3n, NX],
    [0, 1, 2, dbits(-2.5), u64(-3n), NX],
    [0, 1, 3, dbits(-2.5), u64(-2n), NX],
    [0, 1, 1, dbits(-2.5), u64(-2n), NX],
    [0, 1, 4, dbits(-2.5), u64(-3n), NX],
    [0, 0, 1, sbits(-2147483648), 0xffffffff80000000n, 0],
    [2, 0, 1, 0xffffffff7f800001n, 0x7fffffffffffffffn, NV],
  ];
  for (const [to, fmt, rm, v, want, fl] of cases) {
    const h = cvt(to, fmt, rm, v);
    assert.equal(X(h, 5), want, `fcvt to=${to} fmt=${fmt} rm=${rm} v=${v.toString(16)}`);
    assert.equal(flags(h), fl, `flags to=${to} fmt=${fmt} rm=${rm} v=${v.toString(16)}`);
  }
  // int -> float
  let h = fpRun(A.fop(0x69, 0, 3, 5, 2), {}, 0, { 5: 0x7fffffffffffffffn }); // fcvt.d.l
  assert.equal(FBITS(h, 3), dbits(2 ** 63)); assert.equal(flags(h), NX);
  h = fpRun(A.fop(0x69, 1, 3, 5, 2), {}, 0, { 5: 0x7fffffffffffffffn });
  assert.equal(FBITS(h, 3), 0x43dfffffffffffffn);
  h = fpRun(A.fop(0x69, 0, 3, 5, 3), {}, 0, { 5: M64 }); // fcvt.d.lu
  assert.equal(FBITS(h, 3), dbits(2 ** 64));
  h = fpRun(A.fop(0x68, 0, 3, 5, 0), {}, 0, { 5: 0x1000001n }); // fcvt.s.w tie -> even
  assert.equal(FBITS(h, 3), sbits(16777216)); assert.equal(flags(h), NX);
  h = fpRun(A.fop(0x68, 0, 3, 5, 1), {}, 0, { 5: 0xffffffffn }); // fcvt.s.wu
  assert.equal(FBITS(h, 3), sbits(4294967296));
  // double <-> single
  h = fpRun(A.fop(0x20, 0, 3, 1, 1), { 1: dbits(1e300) });
  assert.equal(FBITS(h, 3), sbits(Infinity)); assert.equal(flags(h), OF | NX);
  h = fpRun(A.fop(0x20, 1, 3, 1, 1), { 1: dbits(1e300) });
  assert.equal(FBITS(h, 3), 0xffffffff7f7fffffn);
  h = fpRun(A.fop(0x21, 0, 3, 1, 0), { 1: 0xffffffff7f800001n });
  assert.equal(FBITS(h, 3), CANON_D); assert.equal(flags(h), NV);
  // fmv keeps raw bits, fmv.x.w sign-extends
  h = fpRun(A.fop(0x70, 0, 5, 1, 0), { 1: 0x12345678_87654321n });
  assert.equal(X(h, 5), 0xffffffff87654321n);
  h = fpRun(A.fop(0x78, 0, 3, 5, 0), {}, 0, { 5: 0x1234567800000001n });
  assert.equal(FBITS(h, 3), 0xffffffff00000001n);
});

// ---------------------------------------------------------------- compressed

test('every RVC form behaves like its 32-bit expansion', () => {
  const pairs = [
    0x0800, 0x01010413, 0x2504, 0x00853487, 0x414c, 0x00452583, 0x6910, 0x01053603, 0xad14, 0x00d53c27, 0xc558, 0x00e52623,
    0xf51c, 0x02f53423, 0x0001, 0x00000013, 0x12e5, 0xff928293, 0x2335, 0x00d3031b, 0x53b1, 0xfec00393, 0x7139, 0xfc010113,
    0x7485, 0xfffe14b7, 0x9105, 0x02155513, 0x95fd, 0x43f5d593, 0x9a75, 0xffd67613, 0x8e99, 0x40e686b3, 0x8ebd, 0x00f6c6b3,
    0x8c45, 0x00946433, 0x8ce9, 0x00a4f4b3, 0x9d0d, 0x40b5053b, 0x9db1, 0x00c585bb, 0x1a36, 0x02da1a13, 0x3ae2, 0x03813a87,
    0x4b72, 0x01c12b03, 0x7b86, 0x06013b83, 0x8c66, 0x01900c33, 0x9d6e, 0x01bd0d33, 0xa0f2, 0x05c13027, 0xd276, 0x03d12223,
    0xfcfa, 0x07e13c23,
  ];
  const init = (h: Hart): void => {
    for (let i = 1; i < 32; i++) h.regs.setX(i, (BigInt(i) * 0x9e3779b97f4a7c15n) & M64);
    h.regs.setX(2, BigInt(DATA + 0x400));
    h.regs.setX(10, BigInt(DATA + 0x200));
    for (let i = 0; i < 32; i++) setF(h, i, BigInt(i) * 0x0123456789abcdefn & M64);
    for (let k = 0; k < 0x800; k += 4) h.mem.write32(DATA + k, (k * 0x01010101) >>> 0);
  };
  const snap = (h: Hart): string => [
    ...Array.from({ length: 32 }, (_, i) => X(h, i).toString(16)),
    ...Array.from({ length: 32 }, (_, i) => FBITS(h, i).toString(16)),
    Buffer.from(h.mem.readBytes(DATA, 0x800)).toString('hex'),
  ].join(',');
  for (let k = 0; k < pairs.length; k += 2) {
    const a = hart(new A.Code().h(pairs[k]).w(A.ecall), init);
    const b = hart(new A.Code().w(pairs[k + 1], A.ecall), init);
    a.h.run(10); b.h.run(10);
    assert.equal(a.h.scause, 8, `c 0x${pairs[k].toString(16)} ran`);
    assert.equal(a.h.regs.getPC(), BigInt(BASE + 2));
    assert.equal(snap(a.h), snap(b.h), `c 0x${pairs[k].toString(16)} vs 0x${pairs[k + 1].toString(16)}`);
  }
  // control transfer forms: c.j, c.beqz, c.bnez, c.jr, c.jalr
  const c = new A.Code().h(
    0xa011, // c.j +4  -> skips next halfword
    0x4505, // c.li a0,1 (skipped)
    0xc111, // c.beqz a0,+4 (taken, a0=0)
    0x4585, // c.li a1,1 (skipped)
    0xe111, // c.bnez a0,+4 (not taken)
    0x4605, // c.li a2,1
    0x8282, // c.jr t0
  ).w(A.ecall, A.ecall);
  const { h } = hart(c, (h) => h.regs.setX(5, BigInt(BASE + 18)));
  h.run(20);
  assert.equal(h.scause, 8);
  assert.equal(h.regs.getPC(), BigInt(BASE + 18));
  assert.equal(X(h, 10), 0n); assert.equal(X(h, 11), 0n); assert.equal(X(h, 12), 1n);
  const { h: j } = hart(new A.Code().h(0x9282).w(A.ecall, A.ecall), (h) => h.regs.setX(5, BigInt(BASE + 6))); // c.jalr t0
  j.run(5);
  assert.equal(j.regs.getPC(), BigInt(BASE + 6));
  assert.equal(X(j, 1), BigInt(BASE + 2));
});

// ---------------------------------------------------------------- Sv39, devices, coherence

const ROOT = 0x80200000;
/** Map 4 KiB page va -> pa with PTE flag bits (V added); allocates tables after ROOT. */
function mapPage(mem: PhysicalMemory, va: number, pa: number, flags: number, next = { p: ROOT + 0x1000 }): void {
  let table = ROOT;
  for (let level = 2; level > 0; level--) {
    const idx = Math.floor(va / 2 ** (12 + 9 * level)) & 0x1ff;
    const pte = mem.read64(table + idx * 8);
    if ((pte & 1n) === 0n) {
      const t = next.p; next.p += 0x1000;
      mem.write64(table + idx * 8, (BigInt(t / 4096) << 10n) | 1n);
      table = t;
    } else table = Number(pte >> 10n) * 4096;
  }
  const idx = Math.floor(va / 4096) & 0x1ff;
  mem.write64(table + idx * 8, (BigInt(Math.floor(pa / 4096)) << 10n) | BigInt(flags | 1));
}
const R = 2, W = 4, Xp = 8, U = 16, Ab = 64, Db = 128;

test('Sv39: translation, permissions, page-fault causes and stval', () => {
  const mem = new PhysicalMemory(16 * 1024 * 1024);
  const alloc = { p: ROOT + 0x1000 };
  const code = new A.Code().w(A.ld(3, 10, 0), A.ecall);
  mem.writeBytes(0x80300000, code.toBytes());
  mapPage(mem, 0x10000, 0x80300000, R | Xp | U | Ab | Db, alloc);
  mapPage(mem, 0x20000, 0x80400000, R | W | U | Ab | Db, alloc);
  mapPage(mem, 0x21000, 0x80401000, R | U | Ab | Db, alloc); // read-only
  mapPage(mem, 0x22000, 0x80402000, R | W | Ab | Db, alloc); // supervisor page
  mapPage(mem, 0x23000, 0x80403000, R | W | U | Db, alloc); // A=0
  mapPage(mem, 0x24000, 0x80404000, R | W | U | Ab, alloc); // D=0
  mapPage(mem, 0x25000, 0x80405000, W | U | Ab | Db, alloc); // W without R: reserved
  mapPage(mem, 0x26000, 0x80406000, Xp | U | Ab | Db, alloc); // execute-only
  mapPage(mem, 0x27000, 0x7000_0000, R | W | U | Ab | Db, alloc); // not RAM, no device
  mem.write64(0x80400000, 0xdeadbeefn);
  const run = (insn: number, va: bigint): Hart => {
    mem.writeBytes(0x80300000, new A.Code().w(insn, A.ecall).toBytes());
    const h = new Hart(mem);
    h.mmu.setRoot(ROOT);
    h.regs.setPC(0x10000n);
    h.regs.setX(10, va);
    h.run(10);
    return h;
  };
  let h = run(A.ld(3, 10, 0), 0x20000n);
  assert.equal(h.scause, 8); assert.equal(X(h, 3), 0xdeadbeefn);
  const faults: [number, bigint, number][] = [
    [A.sd(3, 10, 0), 0x21000n, 15],
    [A.ld(3, 10, 0), 0x22000n, 13],
    [A.ld(3, 10, 0), 0x23000n, 13],
    [A.ld(3, 10, 0), 0x24008n, 8], // D=0 is fine for loads (ecall follows)
    [A.sw(3, 10, 0), 0x24008n, 15],
    [A.ld(3, 10, 0), 0x25000n, 13],
    [A.ld(3, 10, 0), 0x26000n, 13],
    [A.ld(3, 10, 0), 0x30000n, 13], // unmapped
    [A.ld(3, 10, 0), 0x27000n, 5], // access fault
    [A.sd(3, 10, 0), 0x27000n, 7],
    [A.ld(3, 10, 0), 0x4000000000n, 13], // non-canonical (bit 38 set, upper clear)
    [A.ld(3, 10, 0), 0xffffffc000020000n, 13], // canonical but unmapped upper half
    [A.amo(0x00, true, 3, 10, 1), 0x21000n, 15],
    [A.amo(0x02, true, 3, 10, 0), 0x22000n, 13],
  ];
  for (const [insn, va, cause] of faults) {
    h = run(insn, va);
    assert.equal(h.scause, cause, `insn 0x${insn.toString(16)} va 0x${va.toString(16)}`);
    if (cause !== 8) {
      assert.equal(h.regs.getPC(), 0x10000n);
      assert.equal((BigInt(h.stvalHi >>> 0) << 32n) | BigInt(h.stvalLo >>> 0), va);
    }
  }
  // misaligned load crossing from a mapped page into an unmapped one: stval = start of second page
  h = run(A.ld(3, 10, 0), 0x20ffcn); // 0x20000 (rw) + 0x21000 (ro): a misaligned load across them works
  assert.equal(h.scause, 8);
  h = run(A.sd(3, 10, 0), 0x20ffcn); // store: second page is read-only
  assert.equal(h.scause, 15);
  assert.equal(h.stvalLo, 0x21000);
  h = run(A.ld(3, 10, 0), 0x2fffcn);
  assert.equal(h.scause, 13);
  h = run(A.ld(3, 10, 0), 0x27ffcn); // 0x27000 (non-RAM) then 0x28000 (unmapped)
  assert.equal(h.scause, 13);
  assert.equal(h.stvalLo, 0x28000);
  // fetch faults: jump to non-executable page, and to unmapped
  h = run(A.jalr(0, 10, 0), 0x20000n);
  assert.equal(h.scause, 12); assert.equal(h.stvalLo, 0x20000); assert.equal(h.regs.getPC(), 0x20000n);
  // execute-only page works for fetch
  mem.writeBytes(0x80406000, new A.Code().w(A.addi(4, 0, 7), A.ecall).toBytes());
  h = run(A.jalr(0, 10, 0), 0x26000n);
  assert.equal(h.scause, 8); assert.equal(X(h, 4), 7n);
});

test('Sv39: superpages, misaligned superpage, instruction straddling pages', () => {
  const mem = new PhysicalMemory(16 * 1024 * 1024);
  // level-1 (2 MiB) megapage at va 0x40000000 -> pa 0x80400000 via a level-1 table
  mem.write64(ROOT + 1 * 8, (BigInt((ROOT + 0x1000) / 4096) << 10n) | 1n); // va 0x40000000 (vpn2 = 1)
  mem.write64(ROOT + 0x1000 + 0 * 8, (BigInt(0x80400000 / 4096) << 10n) | BigInt(R | W | Xp | U | Ab | Db | 1));
  mem.write64(ROOT + 0x1000 + 1 * 8, (BigInt(0x80401000 / 4096) << 10n) | BigInt(R | W | Xp | U | Ab | Db | 1)); // misaligned
  mem.write64(0x80400000 + 0x12340, 0x55n);
  const h = new Hart(mem);
  h.mmu.setRoot(ROOT);
  mem.writeBytes(0x80400000, new A.Code().w(A.ld(3, 10, 0), A.ld(4, 11, 0), A.ecall).toBytes());
  h.regs.setPC(0x40000000n);
  h.regs.setX(10, 0x40012340n);
  h.regs.setX(11, 0x40200000n);
  h.run(10);
  assert.equal(X(h, 3), 0x55n);
  assert.equal(h.scause, 13, 'misaligned superpage -> page fault');
  assert.equal(h.stvalLo, 0x40200000);
  // 4-byte instruction at the last halfword of a page whose next page is unmapped
  const m2 = new PhysicalMemory(16 * 1024 * 1024);
  const alloc = { p: ROOT + 0x1000 };
  mapPage(m2, 0x10000, 0x80300000, R | Xp | U | Ab | Db, alloc);
  m2.writeBytes(0x80300ffc, new A.Code().h(0x0001).w(A.addi(5, 0, 9)).toBytes().subarray(0, 4)); // c.nop + first half
  const g = new Hart(m2);
  g.mmu.setRoot(ROOT);
  g.regs.setPC(0x10ffcn);
  assert.equal(g.run(10), 1);
  assert.equal(g.scause, 12);
  assert.equal(g.stvalLo, 0x11000, 'fault address is the second page');
  assert.equal(g.regs.getPC(), 0x10ffen);
  // now map the second page: the straddling instruction executes
  mapPage(m2, 0x11000, 0x80301000, R | Xp | U | Ab | Db, alloc);
  m2.writeBytes(0x80301000, new A.Code().w(A.addi(5, 0, 9)).toBytes().subarray(2, 4));
  m2.writeBytes(0x80301002, new A.Code().w(A.ecall).toBytes());
  g.mmu.flush();
  g.run(10);
  assert.equal(g.scause, 8);
  assert.equal(X(g, 5), 9n);
});

test('MMIO device accesses reach the device with the right width', () => {
  const log: string[] = [];
  const dev: MmioDevice = {
    name: 'test', base: 0x10000000, size: 0x1000,
    read(off, width) { log.push(`r${width}@${off}`); if (width === 8) this.mmioHi = 0x11223344; return 0xaabbccdd; },
    write(off, width, lo, hi) { log.push(`w${width}@${off}=${(lo >>> 0).toString(16)}:${(hi >>> 0).toString(16)}`); },
  };
  const h = exec([A.lw(3, 10, 4), A.ld(4, 10, 8), A.lbu(5, 10, 1), A.sw(1, 10, 0x10), A.sd(1, 10, 0x18), A.sb(1, 10, 3), A.lw(6, 10, 4)],
    { 1: 0x0102030405060708n, 10: 0x10000000n }, (h) => h.mem.addDevice(dev));
  assert.deepEqual(log, ['r4@4', 'r8@8', 'r1@1', 'w4@16=5060708:0', 'w8@24=5060708:1020304', 'w1@3=8:0', 'r4@4']);
  assert.equal(X(h, 3), 0xffffffffaabbccddn);
  assert.equal(X(h, 4), 0x11223344aabbccddn);
  assert.equal(X(h, 5), 0xddn);
  // unbacked physical address -> access fault
  const { h: g } = hart([A.lw(3, 10, 0)], (h) => h.regs.setX(10, 0x20000000n));
  g.run(5);
  assert.equal(g.scause, 5);
});

test('decoded-instruction cache stays coherent with CPU stores and kernel writes', () => {
  // Program patches its own next instruction (addi x5,x0,1 -> addi x5,x0,2) and runs it.
  const patched = A.addi(5, 0, 2);
  const { h, mem } = hart([A.sw(6, 7, 0), A.addi(5, 0, 1), A.ecall], (h) => {
    h.regs.setX(6, BigInt(patched)); h.regs.setX(7, BigInt(BASE + 4));
  });
  h.run(10);
  assert.equal(X(h, 5), 2n);
  // Kernel rewrites code through PhysicalMemory between runs.
  for (const [write, val] of [
    [(v: number) => mem.write32(BASE + 4, v), 3],
    [(v: number) => mem.writeBytes(BASE + 4, new A.Code().w(v).toBytes()), 4],
    [(v: number) => { const f = mem.frame(BASE); new DataView(f.buffer).setUint32(4, v, true); }, 5],
    [(v: number) => { for (let k = 0; k < 4; k++) mem.write8(BASE + 4 + k, (v >>> (8 * k)) & 0xff); }, 6],
  ] as const) {
    write(A.addi(5, 0, val));
    h.regs.setPC(BigInt(BASE + 4));
    h.run(10);
    assert.equal(X(h, 5), BigInt(val));
  }
  mem.zero(BASE + 4, 4);
  h.regs.setPC(BigInt(BASE + 4));
  h.run(10);
  assert.equal(h.scause, 2, 'zeroed code is illegal');
});

test('run() budget, instret and trap bookkeeping', () => {
  const { h } = hart([A.addi(1, 1, 1), A.jal(0, -4)]);
  assert.equal(h.run(1001), 1001);
  assert.equal(h.trapped, false);
  assert.equal(h.instret, 1001);
  assert.equal(X(h, 1), 501n);
  assert.equal(h.regs.getPC(), BigInt(BASE + 4));
  // swapping register files between runs
  const other = new RegisterFile();
  other.setPC(BigInt(BASE));
  const saved = h.regs;
  h.regs = other;
  h.run(1);
  assert.equal(other.getX(1), 1n);
  assert.equal(saved.getX(1), 501n);
});

// ---------------------------------------------------------------- robustness

test('random instruction words never throw (bare and Sv39)', () => {
  let seed = 0xc0ffee;
  const rnd = (): number => { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed; };
  for (const sv39 of [false, true]) {
    const mem = new PhysicalMemory(16 * 1024 * 1024);
    const alloc = { p: ROOT + 0x1000 };
    if (sv39) {
      for (let p = 0; p < 16; p++) mapPage(mem, 0x10000 + p * 0x1000, 0x80300000 + p * 0x1000, R | W | Xp | U | Ab | Db, alloc);
    }
    const h = new Hart(mem);
    if (sv39) h.mmu.setRoot(ROOT);
    const codeVa = sv39 ? 0x10000 : 0x80300000;
    let steps = 0;
    for (let iter = 0; iter < 3000; iter++) {
      const words = new A.Code();
      for (let k = 0; k < 8; k++) {
        const w = rnd();
        if (k % 3 === 2) words.h(w & 0xffff); else words.w(w);
      }
      mem.writeBytes(sv39 ? 0x80300000 + (iter % 8) * 0x100 : codeVa + (iter % 8) * 0x100, words.toBytes());
      h.regs.setPC(BigInt(codeVa + (iter % 8) * 0x100));
      for (let i = 1; i < 32; i++) {
        const r = rnd();
        h.regs.setX(i, BigInt(i % 3 === 0 ? codeVa + (r & 0xfff8) : r % 5 === 0 ? -1 : r));
      }
      h.regs.fcsr = rnd() & 0xff;
      h.fpuEnabled = (iter & 7) !== 0;
      steps += h.run(50);
    }
    assert.ok(steps > 0);
  }
});
