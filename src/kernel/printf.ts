// Kernel console output of a printing build (seL4 src/machine/io.c, userError in include/api/debug.h).
//
// Every line the kernel prints goes through formatC with seL4's own format string, so the conversions,
// padding and corner cases (a null %p prints "0") come out as seL4 16.0.0's printf gives them.
import type { KernelState } from './statedata.js';
import type { Tcb } from './structures.js';
import { getFaultIP } from './api/faults.js';

/** Kernel window base (riscv64 PPTR_BASE); kernel pointers printed by seL4 are paddr + this. */
export const PPTR_BASE = 0xffffffc000000000n;

/** An argument of a C format: numbers are the C value (any width; the conversion truncates), strings for %s. */
export type PrintfArg = number | bigint | string;

export function kprint(ks: KernelState, s: string): void {
  for (let i = 0; i < s.length; i++) ks.putchar(s.charCodeAt(i));
}

/** seL4's printf: format `fmt` with `args` and write it to the kernel console. */
export function kprintf(ks: KernelState, fmt: string, ...args: PrintfArg[]): void {
  kprint(ks, formatC(fmt, args));
}

export function hex(v: bigint | number): string {
  const b = typeof v === 'bigint' ? BigInt.asUintN(64, v) : BigInt(v);
  return '0x' + b.toString(16);
}

/** The kernel virtual address seL4 prints for a TCB (tcb_t lives in the upper half of the TCB object). */
export function tcbPtr(t: Tcb): bigint {
  return PPTR_BASE + BigInt(t.paddr) + (1n << BigInt(t.sizeBits - 1));
}

// userError's prefix and suffix with the debug build's ANSI colours (ANSI_DARK = bold, ANSI_GREEN, ANSI_RESET).
const USER_ERROR_HEAD = '\x1b[0m\x1b[1m<<\x1b[0m\x1b[32mseL4(CPU %lu)\x1b[0m\x1b[1m [%s/%d T%p "%s" @%lx]: ';
const USER_ERROR_TAIL = '>>\x1b[0m\n';

/**
 * userError: printed for each failed invocation in a printing build. `func` and `line` are the C function
 * (__func__) and __LINE__ of that userError in seL4 16.0.0's sources; `fmt` is its format string.
 */
export function userError(ks: KernelState, func: string, line: number, fmt: string, ...args: PrintfArg[]): void {
  if (!ks.config.printing) return;
  const t = ks.curThread;
  kprint(ks, formatC(USER_ERROR_HEAD + fmt + USER_ERROR_TAIL, [0, func, line, tcbPtr(t), t.name, getFaultIP(t), ...args]));
}

// ---------------------------------------------------------------- printf core

// Flags (musl's printf_core, which seL4's io.c follows).
const ALT_FORM = 1;
const ZERO_PAD = 2;
const LEFT_ADJ = 4;
const PAD_POS = 8;
const MARK_POS = 16;
const FLAG_BITS: Record<string, number> = { '#': ALT_FORM, '0': ZERO_PAD, '-': LEFT_ADJ, ' ': PAD_POS, '+': MARK_POS, "'": 0 };

const M64 = (1n << 64n) - 1n;

/** The C value of argument `v` popped as a `bits`-wide integer, widened to uintmax_t. */
function popInt(v: PrintfArg | undefined, bits: number, signed: boolean): bigint {
  let b: bigint;
  if (typeof v === 'bigint') b = v;
  else if (typeof v === 'number') b = BigInt(Math.trunc(v));
  else b = 0n;
  b = signed ? BigInt.asIntN(bits, b) : BigInt.asUintN(bits, b);
  return b & M64;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * C printf formatting as seL4 16.0.0's kernel printf does it: flags `#0- +`, width and precision (also `*`),
 * length modifiers hh h l ll z t j, conversions d i u o x X c s p %. Two of its properties show in what the
 * kernel prints: %p is %#lx (so a null pointer is "0", not "0x0" or "(nil)"), and a negative %d/%ld prints as
 * its 64-bit two's complement without a sign (real seL4 under QEMU: "Number of requested objects
 * (18446744071562067968)" for (int)0x80000000). An invalid conversion ends the output, as printf_core's -1.
 */
export function formatC(fmt: string, args: readonly PrintfArg[]): string {
  let out = '';
  let ai = 0;
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (fmt[i] === '%') { out += '%'; i++; continue; }
    let fl = 0;
    while (i < n && FLAG_BITS[fmt[i]] !== undefined) fl |= FLAG_BITS[fmt[i++]];
    let w = 0;
    if (fmt[i] === '*') {
      w = Number(BigInt.asIntN(32, popInt(args[ai++], 32, true)));
      if (w < 0) { fl |= LEFT_ADJ; w = -w; }
      i++;
    } else {
      while (isDigit(fmt[i])) w = w * 10 + (fmt.charCodeAt(i++) - 48);
    }
    let p = -1;
    let xp = false;
    if (fmt[i] === '.' && fmt[i + 1] === '*') {
      p = Number(BigInt.asIntN(32, popInt(args[ai++], 32, true)));
      xp = p >= 0;
      i += 2;
    } else if (fmt[i] === '.') {
      i++;
      p = 0;
      while (isDigit(fmt[i])) p = p * 10 + (fmt.charCodeAt(i++) - 48);
      xp = true;
    }
    // Length modifier: the width of the argument.
    let bits = 32;
    if (fmt[i] === 'h') { i++; bits = 16; if (fmt[i] === 'h') { i++; bits = 8; } }
    else if (fmt[i] === 'l') { i++; bits = 64; if (fmt[i] === 'l') i++; }
    else if (fmt[i] === 'z' || fmt[i] === 't' || fmt[i] === 'j') { i++; bits = 64; }
    const t = fmt[i++];
    if (t === undefined) return out;
    if (fl & LEFT_ADJ) fl &= ~ZERO_PAD;

    let body: string;
    let prefix = '';
    if (t === 'c') {
      if (bits !== 32 && bits !== 8) return out;
      body = String.fromCharCode(Number(popInt(args[ai++], 8, false)));
      p = 1;
      fl &= ~ZERO_PAD;
    } else if (t === 's') {
      if (bits !== 32) return out;
      const a = args[ai++];
      body = typeof a === 'string' ? a : '(null)';
      if (p >= 0 && body.length > p) body = body.slice(0, p);
      p = body.length;
      fl &= ~ZERO_PAD;
    } else {
      let x: bigint;
      let radix = 10;
      switch (t) {
        case 'p':
          if (bits !== 32) return out;
          x = popInt(args[ai++], 64, false);
          fl |= ALT_FORM;
          radix = 16;
          break;
        case 'x': case 'X':
          x = popInt(args[ai++], bits, false);
          radix = 16;
          break;
        case 'o':
          x = popInt(args[ai++], bits, false);
          radix = 8;
          break;
        case 'd': case 'i':
          x = popInt(args[ai++], bits, true);
          if (fl & MARK_POS) prefix = '+';
          else if (fl & PAD_POS) prefix = ' ';
          break;
        case 'u':
          x = popInt(args[ai++], bits, false);
          break;
        default:
          return out;
      }
      body = x === 0n ? '' : x.toString(radix);
      if (t === 'X') body = body.toUpperCase();
      if (radix === 16 && x !== 0n && fl & ALT_FORM) prefix = t === 'X' ? '0X' : '0x';
      if (radix === 8 && fl & ALT_FORM && p < body.length + 1) p = body.length + 1;
      if (xp) fl &= ~ZERO_PAD;
      if (x === 0n && p === 0) body = '';
      else p = Math.max(p, body.length + (x === 0n ? 1 : 0));
    }
    if (p < body.length) p = body.length;
    const pl = prefix.length;
    if (w < pl + p) w = pl + p;
    const fill = w - (pl + p);
    if (!(fl & (LEFT_ADJ | ZERO_PAD))) out += ' '.repeat(fill);
    out += prefix;
    if (fl & ZERO_PAD) out += '0'.repeat(fill);
    out += '0'.repeat(p - body.length);
    out += body;
    if (fl & LEFT_ADJ) out += ' '.repeat(fill);
  }
  return out;
}
