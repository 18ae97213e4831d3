// Input generator: mutated ELFs, device trees, disk images and serial input run through the System API, and
// random option values run through the real CLI. A clean rejection (BootError, exit 2 with one line) is a
// pass; any other exception, an exit status outside the documented set or a stack trace is a failure.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { System } from '../system.js';
import { BootError } from '../boot/errors.js';
import { makeVirtDtb } from '../boot/fdt.js';
import { MemoryBackend } from '../machine/devices/virtio-blk.js';
import { checkInvariants } from '../kernel/invariants.js';
import { Rng, deriveSeed, Digest } from './rng.js';
import { bump, type ProgramResult, type ProgramSpec } from './types.js';

/** The repository root (this file is dist/src/fuzz/inputs.js). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = join(ROOT, 'dist/src/tools/cli.js');
const cache = new Map<string, Uint8Array>();
function image(rel: string): Uint8Array {
  let b = cache.get(rel);
  if (b === undefined) cache.set(rel, (b = new Uint8Array(readFileSync(join(ROOT, rel)))));
  return b;
}
const IMAGES = ['examples/hello/hello.elf', 'examples/multi/multi.elf', 'examples/uart-echo/uart-echo.elf', 'examples/disk/disk.elf', 'examples/timer/timer.elf', 'bench/nullsys/nullsys.elf'];
/** Documented exit statuses of `sel4ts run` (README). */
export const EXIT_CODES = new Set([0, 1, 2, 3, 4, 5]);

const INTERESTING = [0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff];

/** Byte-level mutations: bit flips, interesting values at random or header offsets, truncation, growth. */
export function mutate(r: Rng, src: Uint8Array, headerSize = 64): Uint8Array {
  let b = Uint8Array.from(src);
  const n = r.range(1, 8);
  for (let k = 0; k < n; k++) {
    switch (r.int(6)) {
      case 0: { const i = r.int(b.length); b[i] ^= 1 << r.int(8); break; }
      case 1: { const i = r.int(Math.min(b.length, headerSize + 56 * 4)); b[i] = r.int(256); break; }
      case 2: {
        const i = r.int(Math.max(1, b.length - 8)) & ~3;
        const v = r.pick(INTERESTING);
        const w = r.pick([1, 2, 4, 8]);
        for (let j = 0; j < w && i + j < b.length; j++) b[i + j] = j < 4 ? (v >>> (8 * j)) & 0xff : r.chance(0.5) ? 0xff : 0;
        break;
      }
      case 3: b = b.slice(0, r.int(b.length + 1)); break;
      case 4: { const extra = Uint8Array.from({ length: r.int(4096) }, () => r.int(256)); const c = new Uint8Array(b.length + extra.length); c.set(b); c.set(extra, b.length); b = c; break; }
      default: { const i = r.int(b.length); const len = r.int(64); for (let j = 0; j < len && i + j < b.length; j++) b[i + j] = r.int(256); }
    }
    if (b.length === 0) break;
  }
  return b;
}

export function runInputProgram(spec: ProgramSpec, opts: { cliShare?: number } = {}): ProgramResult {
  const t0 = Date.now();
  const cov: Record<string, number> = {};
  const dig = new Digest();
  const r = new Rng(deriveSeed(spec.seed, spec.index, 3));
  const what = r.weighted([40, 15, 15, 15, opts.cliShare ?? 6]);
  const kind = ['elf', 'dtb', 'disk', 'serial', 'cli'][what];
  bump(cov, `input ${kind}`);
  const res = (reason: string, instructions = 0, entries = 0, failure?: string, artifact?: ProgramResult['artifact'], repro?: string): ProgramResult => ({
    spec, failure, syscalls: 0, entries, instructions, digest: dig.hex(), reason, wallMs: Date.now() - t0, coverage: cov, artifact, repro,
  });
  if (kind === 'cli') return runCli(r, spec, res, cov, dig);
  let elf: Uint8Array;
  let dtb: Uint8Array | undefined;
  let disk: Uint8Array | undefined;
  let serial: Uint8Array | undefined;
  let artifact: ProgramResult['artifact'];
  let flags = '';
  const ramSize = r.pick([64, 128, 256]) * 1024 * 1024;
  if (kind === 'elf') {
    elf = mutate(r, image(r.pick(IMAGES)));
    artifact = { name: 'image.elf', data: elf };
  } else if (kind === 'dtb') {
    elf = image('examples/hello/hello.elf');
    dtb = mutate(r, makeVirtDtb({ ramSize }), 40);
    artifact = { name: 'input.dtb', data: dtb };
    flags = ' --dtb input.dtb';
  } else if (kind === 'disk') {
    elf = image('examples/disk/disk.elf');
    const base = new Uint8Array(512 * r.range(1, 256));
    for (let i = 0; i < base.length; i += r.range(1, 4096)) base[i] = r.int(256);
    disk = base;
    artifact = { name: 'disk.img', data: Uint8Array.from(disk) };
    flags = ' --disk disk.img';
  } else {
    elf = image(r.pick(['examples/uart-echo/uart-echo.elf', 'examples/hello/hello.elf']));
    serial = Uint8Array.from({ length: r.int(2048) }, () => (r.chance(0.3) ? r.pick([4, 10, 13, 0, 3, 0xff]) : r.int(256)));
    artifact = { name: 'serial.bin', data: serial };
    flags = ' --serial serial.bin';
  }
  const maxInsns = 500_000;
  const repro = `node dist/src/tools/cli.js run ${kind === 'elf' ? 'image.elf' : '<image>'}${flags} --mem ${ramSize / 1024 / 1024}M --check-invariants --max-insns ${maxInsns} --max-time 60s`;
  let sys: System;
  try {
    sys = new System(elf, {
      ramSize, dtb, disk: disk !== undefined ? new MemoryBackend(disk) : undefined, serialInput: serial,
      checkInvariants: r.chance(0.5), config: { printing: true }, putchar: (c) => dig.add(c),
      diskModel: r.pick(['ram', 'ssd', 'hdd'] as const), diskWriteCache: r.chance(0.5),
    });
  } catch (e) {
    if (e instanceof BootError) {
      bump(cov, 'rejected at boot');
      dig.add(e.message.length);
      return res('boot error');
    }
    return res('exception', 0, 0, `boot threw a non-BootError: ${(e as Error).stack ?? e}`, artifact, repro);
  }
  try {
    // Bounded in virtual time too: a mutated program may sleep for years (idle time costs timer ticks, not instructions).
    const out = sys.run(maxInsns, 60 * sys.config.cpuHz);
    sys.finish();
    const errs = checkInvariants(sys.ks);
    if (errs.length > 0) return res('invariant', out.instructions, out.kernelEntries, `kernel invariant violated at the end: ${errs.join('; ')}`, artifact, repro);
    bump(cov, `stop ${out.reason}`);
    dig.add(out.instructions);
    return res(out.reason, out.instructions, out.kernelEntries);
  } catch (e) {
    return res('exception', sys.instructions, sys.ks.entries, `${(e as Error).stack ?? e}`, artifact, repro);
  }
}

/** Option values: numbers at and past the limits, prototype names, junk, units, empty. */
const VALUES = [
  '', '0', '1', '-1', '4', '7', '13', '21', '26', '27', '64', '999999999999999999999', '1e3', '0x10', ' 5', '5 ', '1.5',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '\u00e9', 'NaN', 'Infinity', 'on', 'off', 'ram',
  'ssd', 'hdd', 'syscalls', 'faults', 'interrupts', '16.0.0', '14.0.0', '13', '16M', '3G', '252G', '253G', '4097K',
  '50ms', '1.5s', '200us', '10ns', '0:10,1:5', '0:0', '1:1', ',', ':', 'a:b', '0:1,'.repeat(120), '/dev/zero', '/nonexistent',
];
const OPTIONS = ['--max-insns', '--max-time', '--trace', '--cnode-bits', '--mem', '--dtb', '--sel4-abi', '--tick-ms', '--time-slice',
  '--num-domains', '--domain-schedule', '--serial', '--disk', '--disk-model', '--disk-write-cache', '--power-fail-at', '--holdup'];
const BOOLS = ['--stats', '--quiet-kernel', '--check-invariants', '--bogus', '-h'];

function runCli(r: Rng, spec: ProgramSpec, res: (reason: string, i?: number, e?: number, f?: string, a?: ProgramResult['artifact'], repro?: string) => ProgramResult,
  cov: Record<string, number>, dig: Digest): ProgramResult {
  const args = ['run', r.chance(0.9) ? r.pick(IMAGES) : r.pick(['/dev/zero', 'package.json', 'examples', 'nope.elf'])];
  const n = r.range(1, 4);
  for (let k = 0; k < n; k++) {
    if (r.chance(0.2)) args.push(r.pick(BOOLS));
    else args.push(r.pick(OPTIONS), r.chance(0.85) ? r.pick(VALUES) : String.fromCharCode(...Array.from({ length: r.int(12) }, () => r.range(33, 126))));
  }
  // Bound every run: an explicit instruction limit last (a fuzzed --max-insns earlier is overridden).
  args.push('--max-insns', '3000000', '--max-time', '60s');
  const p = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'latin1', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const shown = args.map((a) => (/^[\w./:,=-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
  const repro = `node dist/src/tools/cli.js ${shown}`;
  if (p.error !== undefined || p.status === null) return res('time', 0, 0, `CLI did not finish: ${p.error?.message ?? p.signal}`, undefined, repro);
  dig.add(p.status);
  for (let i = 0; i < p.stdout.length; i++) dig.add(p.stdout.charCodeAt(i));
  bump(cov, `cli exit ${p.status}`);
  if (!EXIT_CODES.has(p.status)) return res('exit', 0, 0, `exit status ${p.status} is not documented: ${p.stderr.trim().split('\n')[0]}`, undefined, repro);
  if (/internal error|\n\s+at /.test(p.stderr)) return res('exit', 0, 0, `stack trace or internal error: ${p.stderr.trim().split('\n')[0]}`, undefined, repro);
  if (p.status === 2 && p.stderr.trim().split('\n').length !== 1) return res('exit', 0, 0, `bad input must give one line, got: ${p.stderr.trim()}`, undefined, repro);
  void spec;
  return res(`exit ${p.status}`);
}

/** Write a failing input's bytes next to its record (the repro command names it). */
export function writeArtifact(dir: string, prefix: string, a: NonNullable<ProgramResult['artifact']>): string {
  const path = join(dir, `${prefix}-${a.name}`);
  writeFileSync(path, a.data);
  return path;
}

export { mkdtempSync, rmSync, tmpdir };
