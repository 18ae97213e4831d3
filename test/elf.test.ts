// ELF parsing robustness: one-line BootErrors, nothing else, for any input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseElf, buildElf, BootError } from '../src/boot/elf.js';
import { bootSystem } from '../src/boot/boot.js';
import { parseFdt, validateDtb, makeVirtDtb } from '../src/boot/fdt.js';

function valid(): Uint8Array {
  const text = new Uint8Array(0x3000).map((_, i) => i & 0xff);
  return buildElf(0x10000n, [
    { vaddr: 0x10000, data: text, flags: 5 },
    { vaddr: 0x14000, data: new Uint8Array(0x100).fill(9), memsz: 0x2000, flags: 6 },
  ]);
}

function expectBootError(bytes: Uint8Array, re: RegExp): void {
  assert.throws(() => parseElf(bytes), (e: unknown) => {
    assert.ok(e instanceof BootError, `not a BootError: ${String(e)}`);
    assert.match(e.message, re);
    assert.ok(!e.message.includes('\n'), 'one line');
    return true;
  });
}

function patch(b: Uint8Array, f: (dv: DataView) => void): Uint8Array {
  const c = b.slice();
  f(new DataView(c.buffer));
  return c;
}

test('valid ELF parses', () => {
  const e = parseElf(valid());
  assert.equal(e.entry, 0x10000n);
  assert.equal(e.vstart, 0x10000);
  assert.equal(e.vend, 0x16000);
  assert.equal(e.segments.length, 2);
});

test('malformed ELFs give one-line BootErrors', () => {
  const v = valid();
  expectBootError(new Uint8Array(0), /not an ELF/);
  expectBootError(v.subarray(0, 40), /truncated/);
  expectBootError(v.subarray(0, 100), /truncated/);
  expectBootError(v.subarray(0, 0x1800), /truncated/);
  expectBootError(new TextEncoder().encode('#!/bin/sh\necho hi\n'), /not an ELF/);
  expectBootError(patch(v, (d) => d.setUint8(4, 1)), /32-bit/);
  expectBootError(patch(v, (d) => d.setUint8(5, 2)), /big-endian/);
  expectBootError(patch(v, (d) => d.setUint16(18, 62, true)), /not for RISC-V/);
  expectBootError(patch(v, (d) => d.setUint16(16, 3, true)), /not an executable/);
  expectBootError(patch(v, (d) => d.setUint16(56, 0, true)), /no loadable segment/);
  expectBootError(patch(v, (d) => { d.setUint32(64, 4, true); d.setUint32(120, 4, true); }), /no loadable segment/);
  expectBootError(patch(v, (d) => d.setBigUint64(64 + 56 + 16, 0x12000n, true)), /overlap/);
  expectBootError(patch(v, (d) => d.setBigUint64(64 + 56 + 16, 0x3ffffff000n, true)), /seL4_UserTop/);
  expectBootError(patch(v, (d) => d.setBigUint64(64 + 16, 0xffffffff80000000n, true)), /seL4_UserTop/);
  expectBootError(patch(v, (d) => d.setBigUint64(64 + 32, 0x5000n, true)), /filesz .* > memsz/);
  expectBootError(patch(v, (d) => d.setBigUint64(64 + 16, 0x10800n, true)), /not 4 KiB aligned/);
  expectBootError(patch(v, (d) => d.setBigUint64(32, 0xffffffffffffn, true)), /truncated/);
  // Huge: fine for the parser alone, too large for any RAM at boot.
  const huge = patch(v, (d) => d.setBigUint64(64 + 56 + 40, 0x3000000000n, true));
  assert.throws(() => parseElf(huge, { maxImageBytes: 3 * 2 ** 30 }), (e: unknown) =>
    e instanceof BootError && /larger than RAM/.test(e.message));
  assert.throws(() => bootSystem({ elf: huge, ramSize: 64 * 2 ** 20 }), (e: unknown) =>
    e instanceof BootError && /larger than RAM/.test(e.message));
});

/** xorshift32 */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

test('fuzz: mutated ELFs never throw anything but BootError', () => {
  const base = valid();
  const rand = rng(0x5e14);
  let ok = 0;
  let rejected = 0;
  for (let iter = 0; iter < 3000; iter++) {
    let b = base.slice();
    const n = 1 + (rand() % 8);
    for (let k = 0; k < n; k++) {
      const mode = rand() % 4;
      // Bias mutations towards the headers, where the interesting fields are.
      const pos = rand() % 3 === 0 ? rand() % b.length : rand() % Math.min(b.length, 64 + 56 * 2);
      if (mode === 0) b[pos] = rand() & 0xff;
      else if (mode === 1) b[pos] ^= 1 << (rand() % 8);
      else if (mode === 2) b[pos] = [0, 0xff, 0x7f, 0x80, 1][rand() % 5];
      else b = b.subarray(0, rand() % (b.length + 1));
    }
    try {
      parseElf(b);
      ok++;
    } catch (e) {
      if (!(e instanceof BootError)) throw new Error(`iteration ${iter}: threw ${String(e)}`);
      assert.ok(!e.message.includes('\n'));
      rejected++;
    }
    if (iter % 10 === 0) {
      try {
        bootSystem({ elf: b, ramSize: 64 * 2 ** 20 });
      } catch (e) {
        if (!(e instanceof BootError)) throw new Error(`iteration ${iter} (boot): threw ${String(e)}`);
      }
    }
  }
  assert.ok(ok > 0 && rejected > 0);
  // Random garbage too.
  for (let iter = 0; iter < 500; iter++) {
    const b = new Uint8Array(rand() % 300);
    for (let i = 0; i < b.length; i++) b[i] = rand() & 0xff;
    if (iter % 2 === 0 && b.length >= 6) b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1], 0);
    try {
      parseElf(b);
    } catch (e) {
      if (!(e instanceof BootError)) throw e;
    }
  }
});

test('fuzz: mutated DTBs never throw anything but BootError', () => {
  const base = makeVirtDtb({ ramSize: 2 ** 30 });
  const rand = rng(77);
  for (let iter = 0; iter < 1500; iter++) {
    let b = base.slice();
    for (let k = 0; k < 1 + (rand() % 6); k++) {
      if (rand() % 5 === 0) b = b.subarray(0, rand() % (b.length + 1));
      else if (b.length > 0) b[rand() % b.length] = rand() & 0xff;
    }
    try {
      validateDtb(b);
      parseFdt(b);
    } catch (e) {
      if (!(e instanceof BootError)) throw new Error(`iteration ${iter}: threw ${String(e)}`);
    }
  }
});
