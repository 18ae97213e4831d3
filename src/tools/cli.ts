#!/usr/bin/env node
// sel4ts command line: run a seL4 rootserver image on the emulated qemu-riscv-virt machine.
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { System, StopReason, RunResult, describePowerLoss } from '../system.js';
import { BootError } from '../boot/errors.js';
import { DISK_MODELS, DiskModelName } from '../machine/devices/disk-model.js';
import { FileBackend } from '../machine/devices/file-backend.js';
import { parseGdbAddress, runWithGdb, GdbSetupError, GDB_DEFAULT_PORT } from './gdb.js';
import { packageVersion } from './version.js';
import { UsageError, LIMITS, readInput, checkDisk, readStdin } from './inputs.js';
import { rapilogCommand } from './rapilog.js';
import { ASSURE_OPTIONS, ASSURE_USAGE, AssuranceSession, parseAssuranceOptions } from './assure-options.js';
import { reportCommand } from './report.js';
import { pacemakerCommand, PacemakerUsageError } from './pacemaker.js';

const USAGE = `usage: sel4ts run IMAGE.elf [options]
       sel4ts --version
       sel4ts report SNAPSHOT.json [options]   (see sel4ts report --help)
       sel4ts rapilog ... (RapiLog benchmark, crash campaign, extract; sel4ts rapilog --help)
       sel4ts pacemaker [options]     the pacemaker demo (sel4ts pacemaker --help)

options:
  --max-insns N        stop after N instructions (exit 4)
  --max-time T         stop at virtual time T, e.g. 10s (exit 4; idle time counts, instructions alone do not)
  --trace KIND         trace 'syscalls' or 'faults' (repeatable, to stderr)
  --stats              print instructions, kernel entries, virtual time and MIPS (to stderr)
  --cnode-bits N       root CNode radix (default 13)
  --mem SIZE           RAM size, e.g. 512M, 3G (default 3G)
  --dtb FILE           pass this device tree blob instead of the generated one
  --sel4-abi V         numbering of the image's libsel4: 13.0.0, 14.0.0 or 16.0.0 (default 16.0.0)
  --mcs                the MCS kernel (seL4 built with KernelIsMCS): scheduling contexts, reply objects, tickless
  --quiet-kernel       do not print the kernel's messages (boot log, userError, fault reports)
  --check-invariants   check the kernel invariants after every kernel entry (slow; for debugging sel4ts)
  --tick-ms N          kernel timer tick in ms (CONFIG_TIMER_TICK_MS, default 2)
  --time-slice N       round-robin time slice in ticks (CONFIG_TIME_SLICE, default 5)
  --num-domains N      scheduling domains (CONFIG_NUM_DOMAINS, 1..256, default 1)
  --domain-schedule S  domain schedule as domain:ticks,... (e.g. 0:10,1:5; default: domain 0 forever)
  --serial FILE        bytes the UART receives (default: stdin when it is not a terminal)
  --disk FILE          disk image for the virtio-blk device (written in place)
  --disk-model M       disk timing: ram (no delay, default), ssd or hdd (7200 rpm)
  --disk-write-cache S on: completed writes sit in a volatile cache until a flush; off (default)
  --power-fail-at T    mains power fails at virtual time T (e.g. 50ms, 1.5s, 200us; a bare number is ms)
  --holdup MS          hold-up time after the power failure, in ms (default 100); then the machine stops
  --realtime           pace virtual time to the wall clock (interactive use; UART input from the terminal)
  --gdb [HOST:]PORT    serve the GDB remote protocol (default 127.0.0.1:${GDB_DEFAULT_PORT}); waits for GDB before the
                       first instruction (see README, "Debugging with GDB")
  --version            print the sel4ts version

${ASSURE_USAGE}

exit status: 0 halted, finished, powered off or power lost, 1 guest powered off with a failure code,
2 bad input, 3 every thread blocked, 4 instruction or time limit, 5 unhandled fault, 6 policy or integrity violation
(when the run itself ended with 0)`;

export const EXIT = { ok: 0, guestFailure: 1, badInput: 2, blocked: 3, insnLimit: 4, fault: 5 } as const;

/** --sel4-abi names (a Map: a value such as '__proto__' must not find anything). */
const ABI_NAMES = new Map<string, 13 | 14 | 16>([
  ['13.0.0', 13], ['14.0.0', 14], ['16.0.0', 16], ['13', 13], ['14', 14], ['16', 16],
]);

function parseSize(s: string): number {
  const m = /^(\d+)([KMG]?)i?B?$/i.exec(s.trim());
  if (m === null) throw new UsageError(`bad --mem value '${s}' (expected e.g. 512M or 3G)`);
  const mult = 1024 ** ' KMG'.indexOf(m[2].toUpperCase() || ' ');
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

/** A virtual time: number with unit ns, us, ms or s (bare number: ms). Returns ns. */
function parseTime(name: string, s: string): number {
  const m = /^(\d+(?:\.\d+)?)(ns|us|ms|s)?$/.exec(s.trim());
  if (m === null) throw new UsageError(`--${name} expects a time like 50ms, 1.5s or 200us, got '${s}'`);
  const unit = m[2] ?? 'ms';
  const mult = unit === 'ns' ? 1 : unit === 'us' ? 1e3 : unit === 'ms' ? 1e6 : 1e9;
  const v = Number(m[1]) * mult;
  if (!Number.isFinite(v) || v > 1e15) throw new UsageError(`--${name} ${s}: too large`);
  return Math.round(v);
}

function parseMs(name: string, s: string): number {
  if (!/^\d+(\.\d+)?$/.test(s)) throw new UsageError(`--${name} expects a number of milliseconds, got '${s}'`);
  const v = Number(s);
  if (v > 1e9) throw new UsageError(`--${name} ${s}: too large`);
  return v;
}

/** `domain:ticks,...` with every domain below numDomains and every duration positive. */
function parseDomainSchedule(s: string, numDomains: number): { domain: number; length: number }[] {
  const entries = s.split(',').map((e) => {
    const m = /^(\d+):(\d+)$/.exec(e.trim());
    if (m === null) throw new UsageError(`--domain-schedule expects domain:ticks,..., got '${e}'`);
    const domain = Number(m[1]), length = Number(m[2]);
    if (domain >= numDomains) throw new UsageError(`--domain-schedule: domain ${domain} is not below --num-domains ${numDomains}`);
    if (length === 0) throw new UsageError('--domain-schedule: durations must be at least one tick');
    return { domain, length };
  });
  if (entries.length > (numDomains > 1 ? 99 : 1)) throw new UsageError('--domain-schedule: too many entries');
  return entries;
}

async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'rapilog') return rapilogCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'max-insns': { type: 'string' },
      'max-time': { type: 'string' },
      trace: { type: 'string', multiple: true },
      stats: { type: 'boolean' },
      'cnode-bits': { type: 'string' },
      mem: { type: 'string' },
      dtb: { type: 'string' },
      'sel4-abi': { type: 'string' },
      'quiet-kernel': { type: 'boolean' },
      mcs: { type: 'boolean' },
      'check-invariants': { type: 'boolean' },
      'tick-ms': { type: 'string' },
      'time-slice': { type: 'string' },
      'num-domains': { type: 'string' },
      'domain-schedule': { type: 'string' },
      serial: { type: 'string' },
      disk: { type: 'string' },
      'disk-model': { type: 'string' },
      'disk-write-cache': { type: 'string' },
      'power-fail-at': { type: 'string' },
      holdup: { type: 'string' },
      realtime: { type: 'boolean' },
      gdb: { type: 'string' },
      version: { type: 'boolean' },
      ...ASSURE_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT.ok;
  }
  if (values.version) {
    process.stdout.write(`sel4ts ${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (positionals[0] !== 'run' || positionals.length !== 2) throw new UsageError('expected: sel4ts run IMAGE.elf [options] (see --help)');
  const image = readInput(positionals[1], 'image', LIMITS.image);
  const maxInsns = values['max-insns'] !== undefined ? parseIntArg('max-insns', values['max-insns'], 1, Number.MAX_SAFE_INTEGER) : undefined;
  // A guest may sleep for virtual years (each virtual second costs the kernel's timer ticks): --max-time bounds that.
  const maxTimeNs = values['max-time'] !== undefined ? parseTime('max-time', values['max-time']) : undefined;
  if (maxTimeNs !== undefined && values.realtime) throw new UsageError('--max-time and --realtime do not go together');
  const cnodeBits = values['cnode-bits'] !== undefined ? parseIntArg('cnode-bits', values['cnode-bits'], 4, 26) : undefined;
  const ramSize = values.mem !== undefined ? parseSize(values.mem) : undefined;
  const dtb = values.dtb !== undefined ? readInput(values.dtb, 'device tree', LIMITS.dtb) : undefined;
  const abiName = values['sel4-abi'] ?? '16.0.0';
  const abi = ABI_NAMES.get(abiName);
  if (abi === undefined) throw new UsageError(`--sel4-abi must be 13.0.0, 14.0.0 or 16.0.0, got '${abiName}'`);
  const tickMs = values['tick-ms'] !== undefined ? parseIntArg('tick-ms', values['tick-ms'], 1, 1000) : undefined;
  const timeSlice = values['time-slice'] !== undefined ? parseIntArg('time-slice', values['time-slice'], 1, 1000000) : undefined;
  const numDomains = values['num-domains'] !== undefined ? parseIntArg('num-domains', values['num-domains'], 1, 256) : undefined;
  const domainSchedule = values['domain-schedule'] !== undefined
    ? parseDomainSchedule(values['domain-schedule'], numDomains ?? 1)
    : undefined;
  const traces = values.trace ?? [];
  for (const t of traces) {
    if (t !== 'syscalls' && t !== 'faults' && t !== 'interrupts') {
      throw new UsageError(`--trace expects 'syscalls', 'faults' or 'interrupts', got '${t}'`);
    }
  }
  const serial = values.serial !== undefined ? readInput(values.serial, 'serial input', LIMITS.serial) : undefined;
  if (values.disk !== undefined) checkDisk(values.disk);
  const diskModel = values['disk-model'] ?? 'ram';
  if (!DISK_MODELS.includes(diskModel as DiskModelName)) throw new UsageError(`--disk-model must be ram, ssd or hdd, got '${diskModel}'`);
  const wc = values['disk-write-cache'] ?? 'off';
  if (wc !== 'on' && wc !== 'off') throw new UsageError(`--disk-write-cache must be on or off, got '${wc}'`);
  const powerFailAtNs = values['power-fail-at'] !== undefined ? parseTime('power-fail-at', values['power-fail-at']) : undefined;
  const holdupMs = values.holdup !== undefined ? parseMs('holdup', values.holdup) : undefined;
  if (holdupMs !== undefined && powerFailAtNs === undefined) throw new UsageError('--holdup needs --power-fail-at');
  const realtime = values.realtime === true;
  const gdb = values.gdb !== undefined ? parseGdbAddress(values.gdb) : undefined;
  if (typeof gdb === 'string') throw new UsageError(gdb);
  if (gdb !== undefined && realtime) throw new UsageError('--gdb and --realtime cannot be combined');
  const interactive = realtime && serial === undefined;
  const assureCfg = parseAssuranceOptions(values, parseTime);
  if (realtime && assureCfg.snapshotAtNs !== undefined) throw new UsageError('--snapshot-at cannot be used with --realtime');

  // Console output is buffered and written in chunks; stdout order is preserved.
  let buf = Buffer.alloc(4096);
  let n = 0;
  let stdoutClosed = false;
  const flush = () => {
    // A reader that went away (`| head`) ends the output, not the run.
    if (n > 0 && !stdoutClosed) {
      try {
        writeSync(1, buf, 0, n);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
        stdoutClosed = true;
      }
    }
    n = 0;
  };
  let lastByte = 10;
  const putchar = (c: number) => {
    lastByte = c;
    buf[n++] = c;
    if (c === 10 || n === buf.length) flush();
  };
  const sys = new System(image, {
    ramSize,
    cnodeBits,
    dtb,
    config: {
      abi, printing: !values['quiet-kernel'], mcs: values.mcs === true,
      ...(tickMs !== undefined ? { tickMs } : {}),
      ...(timeSlice !== undefined ? { timeSlice } : {}),
      ...(numDomains !== undefined ? { numDomains } : {}),
      ...(domainSchedule !== undefined ? { domainSchedule } : {}),
    },
    putchar,
    checkInvariants: values['check-invariants'] === true,
    trace: traces.length > 0
      ? {
        syscalls: traces.includes('syscalls'), faults: traces.includes('faults'), interrupts: traces.includes('interrupts'),
        write: (l) => { flush(); process.stderr.write(l + '\n'); },
      }
      : undefined,
    serialInput: serial ?? (interactive || process.stdin.isTTY ? undefined : readStdin),
    disk: values.disk !== undefined ? new FileBackend(values.disk) : undefined,
    diskModel: diskModel as DiskModelName,
    diskWriteCache: wc === 'on',
    powerFailAtNs,
    holdupMs,
    externalInput: interactive,
  });
  const assure = new AssuranceSession(sys, assureCfg);
  const t0 = process.hrtime.bigint();
  const untilCycles = maxTimeNs !== undefined ? Math.round((maxTimeNs * sys.config.cpuHz) / 1e9) : Infinity;
  const r = gdb !== undefined ? await runWithGdb(sys, gdb, maxInsns)
    : realtime ? await runRealtime(sys, maxInsns, interactive) : assure.run(maxInsns, untilCycles);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const destaged = sys.finish();
  // The machine may stop in the middle of a line (power lost): end it before the run report.
  if (lastByte !== 10 && (r.reason === StopReason.PowerLost || r.reason === StopReason.PowerOff || r.reason === StopReason.Reset)) putchar(10);
  flush();
  buf = Buffer.alloc(0);
  if (r.powerLoss !== undefined) {
    for (const l of describePowerLoss(r.powerLoss, sys.config.cpuHz)) process.stderr.write(`sel4ts: ${l}\n`);
  } else if (destaged > 0) {
    process.stderr.write(`sel4ts: disk: ${destaged} cached sectors written back at the end of the run\n`);
  }
  if (values.stats) {
    const mips = r.instructions / secs / 1e6;
    process.stderr.write(
      `sel4ts: ${r.instructions} instructions, ${r.kernelEntries} kernel entries, ` +
      `virtual time ${(r.cycles / sys.config.cpuHz * 1000).toFixed(3)} ms, wall ${secs.toFixed(3)} s, ${mips.toFixed(1)} MIPS\n`,
    );
  }
  const verdict = assure.active ? await assure.finish((l) => process.stderr.write(l + '\n')) : 0;
  const code = runExit(r, maxTimeNs !== undefined);
  return code === EXIT.ok && verdict !== 0 ? verdict : code;
}

function runExit(r: RunResult, timeLimited: boolean): number {
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
    case StopReason.PowerOff:
      if (r.exitCode !== 0) {
        process.stderr.write(`sel4ts: ${r.message}\n`);
        return EXIT.guestFailure;
      }
      return EXIT.ok;
    case StopReason.Reset:
    case StopReason.PowerLost:
    case StopReason.TimeLimit:
    case StopReason.Debug:
      process.stderr.write(`sel4ts: ${r.message}\n`);
      // The --max-time limit is a limit like --max-insns (a realtime run's Ctrl-C ends normally).
      return r.reason === StopReason.TimeLimit && timeLimited ? EXIT.insnLimit : EXIT.ok;
  }
}

/**
 * --realtime: run in slices and sleep whenever virtual time is ahead of the wall clock. With `interactive`, the
 * terminal (raw mode) feeds the UART as keys arrive; Ctrl-C stops the run.
 */
async function runRealtime(sys: System, maxInsns: number | undefined, interactive: boolean): Promise<RunResult> {
  const hz = sys.config.cpuHz;
  const slice = Math.round(hz / 100); // 10 ms of virtual time
  let stopped = false;
  let onData: ((b: Buffer) => void) | null = null;
  if (interactive) {
    if (process.stdin.isTTY) process.stdin.setRawMode(true);
    onData = (b: Buffer) => {
      if (process.stdin.isTTY && b.includes(3)) stopped = true;
      else sys.board.uart.feed(b);
    };
    process.stdin.on('data', onData);
    process.stdin.on('end', () => { sys.externalInput = false; });
    process.stdin.resume();
  }
  const start = process.hrtime.bigint();
  const insnLimit = maxInsns === undefined ? Number.MAX_SAFE_INTEGER : sys.instructions + maxInsns;
  try {
    for (;;) {
      const wallCycles = (Number(process.hrtime.bigint() - start) / 1e9) * hz;
      const r = sys.run(insnLimit - sys.instructions, Math.max(sys.cycles + 1, Math.floor(wallCycles) + slice));
      if (r.reason !== StopReason.TimeLimit) return r;
      if (stopped) return { ...r, message: 'interrupted (Ctrl-C)' };
      const aheadMs = (sys.cycles / hz) * 1000 - Number(process.hrtime.bigint() - start) / 1e6;
      await new Promise((res) => setTimeout(res, Math.max(0, Math.floor(aheadMs))));
    }
  } finally {
    if (interactive) {
      if (onData !== null) process.stdin.off('data', onData);
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      process.stdin.pause();
    }
  }
}

async function main(): Promise<void> {
  let code: number;
  try {
    const argv = process.argv.slice(2);
    code = argv[0] === 'report' ? await reportCommand(argv.slice(1))
      : argv[0] === 'pacemaker' ? pacemakerCommand(argv.slice(1)) : await run(argv);
  } catch (e) {
    if (e instanceof UsageError || e instanceof BootError || e instanceof PacemakerUsageError || e instanceof GdbSetupError) {
      process.stderr.write(`sel4ts: ${e.message}\n`);
      code = EXIT.badInput;
    } else if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`sel4ts: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
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

void main();
