#!/usr/bin/env node
// sel4ts command line: run a seL4 rootserver image on the emulated qemu-riscv-virt machine.
import { readFileSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { System, StopReason } from '../system.js';
import { BootError } from '../boot/errors.js';

const USAGE = `usage: sel4ts run IMAGE.elf [options]

options:
  --max-insns N        stop after N instructions (exit 4)
  --trace KIND         trace 'syscalls' or 'faults' (repeatable, to stderr)
  --stats              print instructions, kernel entries, virtual time and MIPS (to stderr)
  --cnode-bits N       root CNode radix (default 13)
  --mem SIZE           RAM size, e.g. 512M, 3G (default 3G)
  --dtb FILE           pass this device tree blob instead of the generated one
  --sel4-abi V         numbering of the image's libsel4: 13.0.0, 14.0.0 or 16.0.0 (default 16.0.0)
  --quiet-kernel       do not print the kernel's userError diagnostics

exit status: 0 halted or finished, 2 bad input, 3 every thread blocked, 4 instruction limit, 5 unhandled fault`;

export const EXIT = { ok: 0, badInput: 2, blocked: 3, insnLimit: 4, fault: 5 } as const;

class UsageError extends Error {}

function parseSize(s: string): number {
  const m = /^(\d+)([KMG]?)i?B?$/i.exec(s.trim());
  if (m === null) throw new UsageError(`bad --mem value '${s}' (expected e.g. 512M or 3G)`);
  const mult = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G'];
  const v = Number(m[1]) * mult;
  if (v < 16 * 1024 * 1024 || v % 4096 !== 0 || v > 0x3f80000000 - 0x80000000) {
    throw new UsageError(`--mem ${s}: must be a multiple of 4 KiB between 16M and 252G`);
  }
  return v;
}

function parseIntArg(name: string, s: string, min: number, max: number): number {
  if (!/^\d+$/.test(s)) throw new UsageError(`--${name} expects a number, got '${s}'`);
  const v = Number(s);
  if (v < min || v > max) throw new UsageError(`--${name} must be between ${min} and ${max}`);
  return v;
}

function readInput(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} '${path}': ${code === 'ENOENT' ? 'no such file' : code ?? String(e)}`);
  }
}

function run(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'max-insns': { type: 'string' },
      trace: { type: 'string', multiple: true },
      stats: { type: 'boolean' },
      'cnode-bits': { type: 'string' },
      mem: { type: 'string' },
      dtb: { type: 'string' },
      'sel4-abi': { type: 'string' },
      'quiet-kernel': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals[0] !== 'run' || positionals.length !== 2) throw new UsageError('expected: sel4ts run IMAGE.elf [options] (see --help)');
  const image = readInput(positionals[1], 'image');
  const maxInsns = values['max-insns'] !== undefined ? parseIntArg('max-insns', values['max-insns'], 1, Number.MAX_SAFE_INTEGER) : undefined;
  const cnodeBits = values['cnode-bits'] !== undefined ? parseIntArg('cnode-bits', values['cnode-bits'], 4, 26) : undefined;
  const ramSize = values.mem !== undefined ? parseSize(values.mem) : undefined;
  const dtb = values.dtb !== undefined ? readInput(values.dtb, 'device tree') : undefined;
  const abiName = values['sel4-abi'] ?? '16.0.0';
  const abi = ({ '13.0.0': 13, '14.0.0': 14, '16.0.0': 16, '13': 13, '14': 14, '16': 16 } as const)[abiName as '13'];
  if (abi === undefined) throw new UsageError(`--sel4-abi must be 13.0.0, 14.0.0 or 16.0.0, got '${abiName}'`);
  const traces = values.trace ?? [];
  for (const t of traces) if (t !== 'syscalls' && t !== 'faults') throw new UsageError(`--trace expects 'syscalls' or 'faults', got '${t}'`);

  // Console output is buffered and written in chunks; stdout order is preserved.
  let buf = Buffer.alloc(4096);
  let n = 0;
  const flush = () => {
    if (n > 0) writeSync(1, buf, 0, n);
    n = 0;
  };
  const putchar = (c: number) => {
    buf[n++] = c;
    if (c === 10 || n === buf.length) flush();
  };
  const sys = new System(image, {
    ramSize,
    cnodeBits,
    dtb,
    config: { abi, printing: !values['quiet-kernel'] },
    putchar,
    trace: traces.length > 0
      ? { syscalls: traces.includes('syscalls'), faults: traces.includes('faults'), write: (l) => { flush(); process.stderr.write(l + '\n'); } }
      : undefined,
  });
  const t0 = process.hrtime.bigint();
  const r = sys.run(maxInsns);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  flush();
  buf = Buffer.alloc(0);
  if (values.stats) {
    const mips = r.instructions / secs / 1e6;
    process.stderr.write(
      `sel4ts: ${r.instructions} instructions, ${r.kernelEntries} kernel entries, ` +
      `virtual time ${(r.cycles / sys.config.cpuHz * 1000).toFixed(3)} ms, wall ${secs.toFixed(3)} s, ${mips.toFixed(1)} MIPS\n`,
    );
  }
  switch (r.reason) {
    case StopReason.Halted:
    case StopReason.Finished:
      return EXIT.ok;
    case StopReason.AllBlocked:
      process.stderr.write(`sel4ts: ${r.message}\n`);
      return EXIT.blocked;
    case StopReason.InstructionLimit:
      process.stderr.write(`sel4ts: ${r.message}\n`);
      return EXIT.insnLimit;
    case StopReason.UnhandledFault:
      process.stderr.write(`sel4ts: ${r.message}\n`);
      return EXIT.fault;
  }
}

function main(): void {
  let code: number;
  try {
    code = run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError || e instanceof BootError) {
      process.stderr.write(`sel4ts: ${e.message}\n`);
      code = EXIT.badInput;
    } else if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`sel4ts: ${e.message}\n`);
      code = EXIT.badInput;
    } else {
      // A JavaScript exception escaping the kernel is a sel4ts bug: say so in one line plus the stack for reporting.
      process.stderr.write(`sel4ts: internal error (a bug in sel4ts): ${(e as Error).message}\n`);
      if (process.env.SEL4TS_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
      code = 70;
    }
  }
  process.exitCode = code;
}

main();
