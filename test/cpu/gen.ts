// Generator for the qemu reference programs (deterministic seed).
// Run: node dist/test/cpu/gen.js generate test/cpu/progs   (then `make -C test/cpu`)
// Each program loads special values into x1..x30 and f0..f31, runs a random mix of
// RV64GC instructions, then writes x1..x30, f0..f31, fcsr and its scratch area to stdout.
// Reserved: x31 (t6) and x2 (sp) point at the scratch area; x30 is an address temp.

import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0 || 1; }
  next(): number { // xorshift32
    let x = this.s;
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    this.s = x;
    return x;
  }
  int(n: number): number { return this.next() % n; }
  pick<T>(a: readonly T[]): T { return a[this.int(a.length)]; }
  chance(p: number): boolean { return this.next() / 4294967296 < p; }
}

const INT_SPECIALS = [
  '0x0', '0x1', '0xffffffffffffffff', '0x7fffffffffffffff', '0x8000000000000000', '0x7fffffff', '0x80000000',
  '0xffffffff', '0xffffffff80000000', '0x00000000ffffffff', '0x2', '0xfffffffffffffffe', '0x3f', '0x40', '0x1f', '0x20',
  '0x123456789abcdef0', '0x00000000fffff800', '0x0000000100000000',
];
// Doubles as raw bits.
const F64_SPECIALS = [
  '0x0000000000000000', '0x8000000000000000', '0x3ff0000000000000', '0xbff0000000000000', '0x3fe0000000000000',
  '0x4008000000000000', '0x400921fb54442d18', '0x7fe1ccf385ebc8a0', '0xffe1ccf385ebc8a0', '0x7ff0000000000000',
  '0xfff0000000000000', '0x7ff8000000000000', '0x7ff0000000000001', '0x7ff8000000000123', '0x0000000000000001',
  '0x000fffffffffffff', '0x0010000000000000', '0x7fefffffffffffff', '0x3fd5555555555555', '0x4340000000000000',
  '0x43e0000000000000', '0x43f0000000000000', '0xc3e0000000000000', '0x00001cb5d9b8c4c0', '0x3fb999999999999a',
  '0x41dfffffffc00000', '0xc1e0000000000000', '0x41efffffffe00000', '0x3ff0000000000001', '0xbfe0000000000000',
  '0x4004000000000000', '0xc00c000000000000', '0x8010000000000000', '0x800fffffffffffff', '0x3cb0000000000000',
];
const F32_SPECIALS = [
  '0x00000000', '0x80000000', '0x3f800000', '0xbf800000', '0x7f800000', '0xff800000', '0x7fc00000', '0x7f800001',
  '0x7fc01234', '0x00000001', '0x007fffff', '0x00800000', '0x7f7fffff', '0x4f000000', '0x4f800000', '0xcf000000',
  '0x5f000000', '0x3dcccccd', '0x3eaaaaab', '0x3fc00000', '0xc0200000', '0x40490fdb', '0x4b000001', '0x80800000',
  '0x3f000000', '0xbf000000', '0x3fa00000', '0x33800000', '0xff7fffff', '0x4effffff',
];

const NRAND = 24;
const RM = ['rne', 'rtz', 'rdn', 'rup', 'rmm', 'dyn'];
const X = (n: number): string => `x${n}`;
const F = (n: number): string => `f${n}`;

function gen(seed: number, count: number): string {
  const R = new Rng(seed * 2654435761 + 12345);
  const out: string[] = [];
  const e = (s: string): void => { out.push('\t' + s); };
  // Destination / source registers: x1, x3..x29 (not sp, x30, x31).
  const GP = [1, ...Array.from({ length: 27 }, (_, i) => i + 3)];
  const rd = (): string => (R.chance(0.04) ? 'x0' : X(R.pick(GP)));
  const rs = (): string => (R.chance(0.05) ? 'x0' : X(R.pick(GP)));
  const C8 = [8, 9, 10, 11, 12, 13, 14, 15];
  const fr = (): string => F(R.int(32));
  const rm = (): string => R.pick(RM);
  const simm12 = (): number => R.pick([0, 1, -1, 2047, -2048, 31, 32, 63, 64, -2, 0x7ff, R.int(4096) - 2048]);
  const memOff = (align: number): number => Math.floor(R.int(2048 - 16) / align) * align + (align === 1 ? 0 : 0);

  out.push('\t.option rvc', '\t.text', '\t.globl _start', '_start:');
  e('la x31, scratch');
  e('mv x2, x31');
  e('la x30, ivals');
  for (const r of [1, ...Array.from({ length: 28 }, (_, i) => i + 3)]) e(`ld ${X(r)}, ${R.int(INT_SPECIALS.length + 8) * 8}(x30)`);
  e('la x30, dvals');
  for (let f = 0; f < 32; f++) {
    if (R.chance(0.7)) e(`fld f${f}, ${R.int(F64_SPECIALS.length) * 8}(x30)`);
    else if (R.chance(0.85)) e(`flw f${f}, ${8 * F64_SPECIALS.length + R.int(F32_SPECIALS.length) * 4}(x30)`);
    else e(`fld f${f}, ${8 * F64_SPECIALS.length + R.int(F32_SPECIALS.length - 1) * 4}(x30)`); // un-boxed single
  }

  const intR = ['add', 'sub', 'sll', 'slt', 'sltu', 'xor', 'srl', 'sra', 'or', 'and', 'addw', 'subw', 'sllw', 'srlw', 'sraw'];
  const mulR = ['mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu', 'mulw', 'divw', 'divuw', 'remw', 'remuw'];
  const intI = ['addi', 'slti', 'sltiu', 'xori', 'ori', 'andi', 'addiw'];
  const shI = ['slli', 'srli', 'srai'];
  const shIW = ['slliw', 'srliw', 'sraiw'];
  const loads = [['lb', 1], ['lh', 2], ['lw', 4], ['ld', 8], ['lbu', 1], ['lhu', 2], ['lwu', 4]] as const;
  const stores = [['sb', 1], ['sh', 2], ['sw', 4], ['sd', 8]] as const;
  const fArith = ['fadd', 'fsub', 'fmul', 'fdiv'];
  const fmaOps = ['fmadd', 'fmsub', 'fnmsub', 'fnmadd'];
  const amoOps = ['amoswap', 'amoadd', 'amoxor', 'amoand', 'amoor', 'amomin', 'amomax', 'amominu', 'amomaxu'];
  const branches = ['beq', 'bne', 'blt', 'bge', 'bltu', 'bgeu'];

  // Reload an FP register with a fresh table value (keeps NaNs from taking over).
  const fresh = (f: string, t: string): void => {
    e('la x30, dvals');
    const nd = F64_SPECIALS.length, ns = F32_SPECIALS.length;
    const rv = 8 * nd + 4 * ns;
    if (t === 'd') e(R.chance(0.5) ? `fld ${f}, ${8 * R.int(nd)}(x30)` : `fld ${f}, ${rv + 8 * R.int(NRAND)}(x30)`);
    else e(R.chance(0.5) ? `flw ${f}, ${8 * nd + 4 * R.int(ns)}(x30)` : `flw ${f}, ${rv + 8 * NRAND + 4 * R.int(NRAND)}(x30)`);
  };
  let logPos = 0;
  // Log and clear fflags after an FP op so each op's flags are checked, not just their union.
  const logFlags = (): void => {
    if (!R.chance(0.8) || logPos >= 1024) return;
    e('fsflags x29, x0'); e('la x30, flaglog'); e(`sb x29, ${logPos++}(x30)`);
  };
  const fsrc = (t: string): string => { const f = fr(); if (R.chance(0.6)) fresh(f, t); return f; };
  const simple = (): void => { // one non-control instruction (used inside skipped blocks)
    e(`${R.pick(intR)} ${rd()}, ${rs()}, ${rs()}`);
  };

  for (let k = 0; k < count; k++) {
    const cls = R.int(100);
    const t = R.pick(['s', 'd']);
    if (cls < 14) e(`${R.pick(intR)} ${rd()}, ${rs()}, ${rs()}`);
    else if (cls < 22) e(`${R.pick(intI)} ${rd()}, ${rs()}, ${simm12()}`);
    else if (cls < 26) { e(`${R.pick(shI)} ${rd()}, ${rs()}, ${R.pick([0, 1, 31, 32, 33, 63, R.int(64)])}`); e(`${R.pick(shIW)} ${rd()}, ${rs()}, ${R.pick([0, 1, 31, R.int(32)])}`); }
    else if (cls < 28) e(`${R.pick(['lui', 'auipc'])} ${rd()}, ${R.pick([0, 1, 0x80000, 0xfffff, 0x7ffff, R.int(0x100000)])}`);
    else if (cls < 38) e(`${R.pick(mulR)} ${rd()}, ${rs()}, ${rs()}`);
    else if (cls < 44) {
      const [op, sz] = R.pick(loads);
      e(`${op} ${rd()}, ${memOff(R.chance(0.15) ? 1 : sz)}(${R.pick(['x31', 'x2'])})`);
    } else if (cls < 49) {
      const [op, sz] = R.pick(stores);
      e(`${op} ${rs()}, ${memOff(R.chance(0.15) ? 1 : sz)}(x31)`);
    } else if (cls < 53) {
      const w = R.pick(['w', 'd']);
      const aq = R.pick(['', '.aq', '.rl', '.aqrl']);
      e(`addi x30, x31, ${memOff(8)}`);
      if (R.chance(0.3)) {
        e(`lr.${w}${aq} ${rd()}, (x30)`);
        if (R.chance(0.5)) simple();
        if (R.chance(0.2)) e(`addi x30, x30, 8`);
        e(`sc.${w}${aq} ${rd()}, ${rs()}, (x30)`);
        if (R.chance(0.3)) e(`sc.${w} ${rd()}, ${rs()}, (x30)`); // no reservation any more
      } else e(`${R.pick(amoOps)}.${w}${aq} ${rd()}, ${rs()}, (x30)`);
    } else if (cls < 58) {
      e(`${R.pick(branches)} ${rs()}, ${rs()}, 1f`);
      simple();
      if (R.chance(0.5)) simple();
      out.push('1:');
    } else if (cls < 60) {
      if (R.chance(0.5)) { e(`jal ${rd()}, 1f`); simple(); out.push('1:'); }
      else { e('la x30, 1f'); e(`jalr ${rd()}, ${R.chance(0.5) ? 0 : 1}(x30)`); simple(); out.push('1:'); }
    } else if (cls < 70) {
      const op = R.pick(fArith);
      const a = fsrc(t), b = fsrc(t);
      e(`${op}.${t} ${fr()}, ${a}, ${b}, ${rm()}`); logFlags();
    } else if (cls < 75) { const a = fsrc(t), b = fsrc(t), c = fsrc(t); e(`${R.pick(fmaOps)}.${t} ${fr()}, ${a}, ${b}, ${c}, ${rm()}`); logFlags(); }
    else if (cls < 77) { const a = fsrc(t); e(`fsqrt.${t} ${fr()}, ${a}, ${rm()}`); logFlags(); }
    else if (cls < 80) { const a = fsrc(t), b = fsrc(t); e(`${R.pick(['fsgnj', 'fsgnjn', 'fsgnjx', 'fmin', 'fmax'])}.${t} ${fr()}, ${a}, ${b}`); logFlags(); }
    else if (cls < 82) { const a = fsrc(t), b = fsrc(t); e(`${R.pick(['feq', 'flt', 'fle'])}.${t} ${rd()}, ${a}, ${b}`); logFlags(); }
    else if (cls < 83) { const a = fsrc(t); e(`fclass.${t} ${rd()}, ${a}`); }
    else if (cls < 86) { const a = fsrc(t); e(`fcvt.${R.pick(['w', 'wu', 'l', 'lu'])}.${t} ${rd()}, ${a}, ${rm()}`); logFlags(); }
    else if (cls < 88) {
      const src = R.pick(['w', 'wu', 'l', 'lu']);
      e(t === 'd' && (src === 'w' || src === 'wu') ? `fcvt.d.${src} ${fr()}, ${rs()}` : `fcvt.${t}.${src} ${fr()}, ${rs()}, ${rm()}`);
      logFlags();
    }
    else if (cls < 89) { const a = fsrc(t === 's' ? 'd' : 's'); e(t === 's' ? `fcvt.s.d ${fr()}, ${a}, ${rm()}` : `fcvt.d.s ${fr()}, ${a}`); logFlags(); }
    else if (cls < 90) e(R.pick([`fmv.x.w ${rd()}, ${fr()}`, `fmv.x.d ${rd()}, ${fr()}`, `fmv.w.x ${fr()}, ${rs()}`, `fmv.d.x ${fr()}, ${rs()}`]));
    else if (cls < 91) {
      const sz = R.pick([4, 8]);
      if (R.chance(0.5)) e(`${sz === 4 ? 'fsw' : 'fsd'} ${fr()}, ${memOff(sz)}(x31)`);
      else e(`${sz === 4 ? 'flw' : 'fld'} ${fr()}, ${memOff(sz)}(x31)`);
    } else if (cls < 92) {
      e(R.pick([`csrrwi ${rd()}, frm, ${R.int(5)}`, `fsflags ${rd()}, ${rs()}`, `csrrsi ${rd()}, fflags, ${R.int(32)}`,
        `csrrci ${rd()}, fflags, ${R.int(32)}`, `frcsr ${rd()}`, `csrrs ${rd()}, fflags, x0`, `frrm ${rd()}`, `fsrmi ${rd()}, ${R.int(5)}`]));
    } else {
      // explicit compressed forms
      const a = R.pick(C8), b = R.pick(C8);
      const g = R.pick(GP);
      switch (R.int(22)) {
        case 0: e(`c.addi4spn x${a}, sp, ${4 * (1 + R.int(255))}`); break;
        case 1: e(`mv x${b}, x31`); e(`c.fld f${a}, ${8 * R.int(32)}(x${b})`); break;
        case 2: e(`mv x${b}, x31`); e(`c.lw x${a}, ${4 * R.int(32)}(x${b})`); break;
        case 3: e(`mv x${b}, x31`); e(`c.ld x${a}, ${8 * R.int(32)}(x${b})`); break;
        case 4: e(`mv x${b}, x31`); e(`c.fsd f${a}, ${8 * R.int(32)}(x${b})`); break;
        case 5: e(`mv x${b}, x31`); e(`c.${R.pick(['sw', 'sd'])} x${a}, ${8 * R.int(16)}(x${b})`); break;
        case 6: e(`c.addi x${g}, ${R.pick([1, -1, 31, -32, 5])}`); e(`c.addiw x${g}, ${R.pick([0, 1, -1, 31, -32])}`); break;
        case 7: e(`c.li x${g}, ${R.int(64) - 32}`); e(`c.lui x${g}, ${1 + R.int(31)}`); break;
        case 8: e(`c.addi16sp sp, ${16 * (1 + R.int(31))}`); e(`c.sdsp x${g}, ${8 * R.int(32)}(sp)`); e('mv sp, x31'); break;
        case 9: e(`c.${R.pick(['srli', 'srai'])} x${a}, ${1 + R.int(63)}`); e(`c.andi x${b}, ${R.int(64) - 32}`); break;
        case 10: e(`c.${R.pick(['sub', 'xor', 'or', 'and', 'subw', 'addw'])} x${a}, x${b}`); break;
        case 11: e('c.j 1f'); simple(); out.push('1:'); break;
        case 12: e(`c.${R.pick(['beqz', 'bnez'])} x${a}, 1f`); simple(); out.push('1:'); break;
        case 13: e(`c.slli x${g}, ${1 + R.int(63)}`); break;
        case 14: e(`c.fldsp f${R.int(32)}, ${8 * R.int(64)}(sp)`); break;
        case 15: e(`c.lwsp x${g}, ${4 * R.int(64)}(sp)`); e(`c.ldsp x${R.pick(GP)}, ${8 * R.int(64)}(sp)`); break;
        case 16: e('la x30, 1f'); e('c.jr x30'); simple(); out.push('1:'); break;
        case 17: e(`c.mv x${g}, x${R.pick(GP)}`); e(`c.add x${R.pick(GP)}, x${g}`); break;
        case 18: e('la x30, 1f'); e('c.jalr x30'); simple(); out.push('1:'); break;
        case 19: e(`c.fsdsp f${R.int(32)}, ${8 * R.int(64)}(sp)`); break;
        case 20: e(`c.swsp x${g}, ${4 * R.int(64)}(sp)`); e(`c.sdsp x${R.pick(GP)}, ${8 * R.int(64)}(sp)`); break;
        default: e('c.nop'); break;
      }
    }
  }

  // Dump state and exit.
  e('la x31, dump');
  for (let r = 1; r <= 30; r++) e(`sd x${r}, ${8 * r}(x31)`);
  for (let f = 0; f < 32; f++) e(`fsd f${f}, ${256 + 8 * f}(x31)`);
  e('frcsr x5'); e('sd x5, 512(x31)');
  e('li a0, 1'); e('mv a1, x31'); e('li a2, 520'); e('li a7, 64'); e('ecall');
  e('li a0, 1'); e('la a1, scratch'); e('li a2, 2048'); e('li a7, 64'); e('ecall');
  e('li a0, 1'); e('la a1, flaglog'); e('li a2, 1024'); e('li a7, 64'); e('ecall');
  e('li a0, 0'); e('li a7, 93'); e('ecall');

  out.push('\t.data', '\t.balign 8', 'ivals:');
  for (const v of INT_SPECIALS) out.push(`\t.dword ${v}`);
  for (let k = 0; k < 8; k++) out.push(`\t.dword 0x${R.next().toString(16).padStart(8, '0')}${R.next().toString(16).padStart(8, '0')}`);
  out.push('dvals:');
  for (const v of F64_SPECIALS) out.push(`\t.dword ${v}`);
  for (const v of F32_SPECIALS) out.push(`\t.word ${v}`);
  out.push('rvals:'); // random doubles then singles: ordinary, near-underflow and near-overflow exponents
  for (let k = 0; k < NRAND; k++) {
    const ex = k < NRAND / 2 ? 1023 - 30 + R.int(60) : R.pick([1, 2, 3, 50, 0x7fe, 0x7fd, 0x3ff + 52, 0x3ff + 63, 0x3ff + 31]);
    const hi = ((R.int(2) << 31) | (ex << 20) | (R.next() & 0xfffff)) >>> 0;
    out.push(`\t.dword 0x${hi.toString(16).padStart(8, '0')}${R.next().toString(16).padStart(8, '0')}`);
  }
  for (let k = 0; k < NRAND; k++) {
    const ex = k < NRAND / 2 ? 127 - 12 + R.int(24) : R.pick([1, 2, 0, 0xfe, 0xfd, 127 + 23, 127 + 31, 127 + 63, 30]);
    out.push(`\t.word 0x${(((R.int(2) << 31) | (ex << 23) | (R.next() & 0x7fffff)) >>> 0).toString(16)}`);
  }
  out.push('\t.balign 16', 'scratch:');
  for (let k = 0; k < 512; k++) out.push(`\t.word 0x${R.next().toString(16)}`);
  out.push('\t.balign 16', 'dump:', '\t.zero 520');
  out.push('\t.balign 16', 'flaglog:', '\t.zero 1024');
  return out.join('\n') + '\n';
}

export const PROGRAM_COUNT = 32;
export const INSNS_PER_PROGRAM = 400;

if (process.argv[2] === 'generate') {
  const dir = process.argv[3] ?? 'test/cpu/progs';
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < PROGRAM_COUNT; i++) {
    writeFileSync(join(dir, `rand${String(i).padStart(2, '0')}.S`), gen(1000 + i, INSNS_PER_PROGRAM));
  }
  console.log(`wrote ${PROGRAM_COUNT} programs to ${dir}`);
}
