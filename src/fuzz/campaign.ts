#!/usr/bin/env node
// `npm run fuzz`: the seeded, resumable fuzz campaign. Programs are numbered; program i is a pure function of
// (seed, i) (run.ts specFor), so a campaign can stop and resume anywhere and any program can be replayed alone.
// Worker threads (one per core by default) run the programs; the main thread keeps the state file, prints
// progress and the summary, and writes each failure (minimised) with the command that reproduces it.
import { Worker } from 'node:worker_threads';
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { specFor, runProgram, TIME_BOUND_MS } from './run.js';
import { LABEL_COUNT_16, LABEL_NAMES } from '../kernel/api/labels.js';

/** The campaign drives the non-MCS kernel: its labels are the first LABEL_COUNT_16. */
const NON_MCS_LABELS = LABEL_NAMES.slice(0, LABEL_COUNT_16);
import { ERROR_NAMES } from '../kernel/api/failures.js';
import type { GeneratorKind, ProgramResult, ProgramSpec } from './types.js';

const USAGE = `usage: npm run fuzz -- [options]

  --seed N         campaign seed (default 1)
  --programs N     programs to run (default 100000: about 10^7 syscalls and 10^5 generated programs)
  --minutes M      stop after M minutes of wall time (the state is saved; continue with --resume)
  --workers N      worker threads (default: one per core)
  --out DIR        state, summary and failures (default fuzz-out)
  --resume         continue the campaign saved in --out
  --replay FILE    run one recorded failure (or a spec JSON) again and print its outcome; --verbose logs each step
  --quiet          no progress lines`;

class UsageError extends Error {}

interface State {
  version: 1;
  seed: number;
  programs: number;
  /** Every program below `watermark` is done; `doneAbove` lists the done ones above it. */
  watermark: number;
  doneAbove: number[];
  totals: { programs: number; syscalls: number; entries: number; instructions: number; cpuMs: number; wallMs: number };
  byKind: Record<string, { programs: number; syscalls: number; cpuMs: number }>;
  coverage: Record<string, number>;
  failures: { file: string; kind: GeneratorKind; index: number; failure: string }[];
}

const KINDS = new Map<string, GeneratorKind>([['syscalls', 'syscalls'], ['machine', 'machine'], ['input', 'input']]);

function intArg(name: string, v: string | undefined, def: number, min: number, max: number): number {
  if (v === undefined) return def;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} expects a number, got '${v}'`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}`);
  return n;
}

function newState(seed: number, programs: number): State {
  return {
    version: 1, seed, programs, watermark: 0, doneAbove: [],
    totals: { programs: 0, syscalls: 0, entries: 0, instructions: 0, cpuMs: 0, wallMs: 0 },
    byKind: Object.create(null), coverage: Object.create(null), failures: [],
  };
}

function add(rec: Record<string, number>, key: string, n: number): void {
  rec[key] = (Object.hasOwn(rec, key) ? rec[key] : 0) + n;
}

/** A spec read from a file is checked field by field (a replay file is input). */
function checkSpec(x: unknown): ProgramSpec {
  const o = x as Record<string, unknown>;
  const spec = (o !== null && typeof o === 'object' && Object.hasOwn(o, 'spec') ? o.spec : o) as Record<string, unknown>;
  if (spec === null || typeof spec !== 'object') throw new UsageError('replay file: expected a JSON object with a spec');
  const kind = typeof spec.kind === 'string' ? KINDS.get(spec.kind) : undefined;
  if (kind === undefined) throw new UsageError('replay file: spec.kind must be syscalls, machine or input');
  const num = (k: string) => {
    const v = Object.hasOwn(spec, k) ? spec[k] : undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new UsageError(`replay file: spec.${k} must be a non-negative integer`);
    return v;
  };
  const out: ProgramSpec = { kind, seed: num('seed'), index: num('index') };
  if (Object.hasOwn(spec, 'steps')) out.steps = num('steps');
  if (Object.hasOwn(spec, 'keep')) {
    if (!Array.isArray(spec.keep) || !spec.keep.every((v) => Number.isSafeInteger(v) && v >= 0)) throw new UsageError('replay file: spec.keep must be a list of step numbers');
    out.keep = spec.keep as number[];
  }
  return out;
}

function replay(file: string, verbose: boolean): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read '${file}': ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`'${file}' is not JSON`);
  }
  const spec = checkSpec(json);
  const r = runProgram(spec, verbose ? (l) => process.stdout.write(l + '\n') : undefined);
  process.stdout.write(`${spec.kind} program ${spec.index} (seed ${spec.seed}${spec.keep ? `, ${spec.keep.length} steps kept` : ''}): ` +
    `${r.reason}, ${r.syscalls} syscalls, ${r.entries} kernel entries, ${r.instructions} instructions, digest ${r.digest}, ${r.wallMs} ms\n`);
  if (r.failure !== undefined) {
    process.stdout.write(`FAILURE: ${r.failure}\n`);
    return 1;
  }
  process.stdout.write('no failure\n');
  return 0;
}

function fmtRate(n: number, ms: number): string {
  const v = ms > 0 ? (n * 1000) / ms : 0;
  return v >= 1e6 ? `${(v / 1e6).toFixed(2)} M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)} k` : v.toFixed(0);
}

/** The closing summary: totals, rates, failures, and coverage of the kernel's entry points. */
export function summary(st: State): string {
  const t = st.totals;
  const L: string[] = [];
  L.push(`fuzz campaign seed ${st.seed}: ${t.programs} of ${st.programs} programs in ${(t.wallMs / 1000).toFixed(1)} s wall (${(t.cpuMs / 1000).toFixed(1)} s in workers)`);
  for (const [k, v] of Object.entries(st.byKind)) {
    L.push(`  ${k.padEnd(9)} ${String(v.programs).padStart(8)} programs${v.syscalls > 0 ? `, ${v.syscalls} syscalls (${fmtRate(v.syscalls, v.cpuMs)}/s per worker)` : ''}`);
  }
  L.push(`  syscalls ${t.syscalls} (${fmtRate(t.syscalls, t.wallMs)}/s overall), kernel entries ${t.entries}, instructions ${t.instructions}, programs ${fmtRate(t.programs, t.wallMs)}/s`);
  const cov = st.coverage;
  // Invocation labels reached and the error codes they returned (`inv <cap> <label> <error>`).
  const labels = new Map<string, Set<number>>();
  const errors = new Map<number, number>();
  for (const [k, n] of Object.entries(cov)) {
    const m = /^inv (.+) (\S+) (\d+)$/.exec(k);
    if (m === null) continue;
    const name = m[2];
    const e = Number(m[3]);
    if (!labels.has(name)) labels.set(name, new Set());
    labels.get(name)!.add(e);
    errors.set(e, (errors.get(e) ?? 0) + n);
  }
  const known = NON_MCS_LABELS.filter((l) => labels.has(l));
  const missing = NON_MCS_LABELS.filter((l) => l !== 'InvalidInvocation' && !labels.has(l));
  L.push(`coverage: ${known.length} of ${NON_MCS_LABELS.length} invocation labels reached${missing.length > 0 ? ` (not reached: ${missing.join(', ')})` : ''}`);
  for (const l of known) {
    const es = [...labels.get(l)!].sort((a, b) => a - b).map((e) => (ERROR_NAMES[e] ?? `error ${e}`).replace('seL4_', ''));
    L.push(`  ${l.padEnd(32)} ${es.join(' ')}`);
  }
  L.push(`  error codes returned: ${[...errors.entries()].sort((a, b) => a[0] - b[0]).map(([e, n]) => `${(ERROR_NAMES[e] ?? e).toString().replace('seL4_', '')} ${n}`).join(', ')}`);
  const group = (prefix: string) => Object.entries(cov).filter(([k]) => k.startsWith(prefix)).sort().map(([k, n]) => `${k.slice(prefix.length)} ${n}`).join(', ');
  L.push(`  syscalls issued: ${group('syscall ')}`);
  L.push(`  faults delivered to handlers: ${group('fault ')}`);
  L.push(`  runs ended by: ${group('stop ')}`);
  L.push(`  inputs: ${group('input ')}; CLI exits: ${group('cli exit ')}; rejected at boot ${cov['rejected at boot'] ?? 0}`);
  L.push(`  determinism re-runs: ${cov['determinism re-runs'] ?? 0}`);
  L.push(st.failures.length === 0 ? 'failures: none' : `failures: ${st.failures.length}`);
  for (const f of st.failures) L.push(`  ${f.kind} program ${f.index}: ${f.failure.split('\n')[0].slice(0, 160)}\n    reproduce: npm run fuzz -- --replay ${f.file}`);
  return L.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' }, programs: { type: 'string' }, minutes: { type: 'string' }, workers: { type: 'string' },
      out: { type: 'string' }, resume: { type: 'boolean' }, replay: { type: 'string' }, verbose: { type: 'boolean' },
      quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.replay !== undefined) return replay(values.replay, values.verbose === true);
  const out = values.out ?? 'fuzz-out';
  const statePath = join(out, 'state.json');
  let st: State;
  if (values.resume) {
    if (!existsSync(statePath)) throw new UsageError(`--resume: no campaign state in '${statePath}'`);
    try {
      st = JSON.parse(readFileSync(statePath, 'utf8')) as State;
    } catch {
      throw new UsageError(`--resume: '${statePath}' is not a campaign state`);
    }
    if (st === null || typeof st !== 'object' || st.version !== 1 || !Number.isSafeInteger(st.watermark) || !Array.isArray(st.doneAbove)) {
      throw new UsageError(`--resume: '${statePath}' is not a campaign state`);
    }
    if (values.programs !== undefined) st.programs = intArg('programs', values.programs, 0, 0, 1e9);
  } else {
    st = newState(intArg('seed', values.seed, 1, 0, 2 ** 32 - 1), intArg('programs', values.programs, 100_000, 1, 1e9));
  }
  const minutes = values.minutes !== undefined ? Number(values.minutes) : Infinity;
  if (!(minutes > 0)) throw new UsageError(`--minutes expects a positive number, got '${values.minutes}'`);
  const nWorkers = intArg('workers', values.workers, Math.max(1, Math.min(availableParallelism(), 8)), 1, 64);
  const failDir = join(out, 'failures');
  mkdirSync(failDir, { recursive: true });

  const done = new Set(st.doneAbove);
  let next = st.watermark;
  const wall0 = Date.now() - st.totals.wallMs;
  const deadline = Date.now() + minutes * 60_000;
  const save = () => {
    st.totals.wallMs = Date.now() - wall0;
    while (done.has(st.watermark)) done.delete(st.watermark++);
    st.doneAbove = [...done].sort((a, b) => a - b);
    writeFileSync(statePath + '.tmp', JSON.stringify(st));
    renameSync(statePath + '.tmp', statePath);
  };
  const record = (r: ProgramResult, minimised: ProgramSpec | undefined) => {
    const t = st.totals;
    t.programs++;
    t.syscalls += r.syscalls;
    t.entries += r.entries;
    t.instructions += r.instructions;
    t.cpuMs += r.wallMs;
    const k = (st.byKind[r.spec.kind] ??= { programs: 0, syscalls: 0, cpuMs: 0 });
    k.programs++;
    k.syscalls += r.syscalls;
    k.cpuMs += r.wallMs;
    for (const [key, n] of Object.entries(r.coverage)) add(st.coverage, key, n);
    if (r.failure !== undefined) {
      const base = `${r.spec.kind}-${r.spec.index}`;
      const file = join(failDir, `${base}.json`);
      let cli = r.repro;
      if (r.artifact !== undefined) {
        const p = join(failDir, `${base}-${r.artifact.name}`);
        writeFileSync(p, r.artifact.data);
        cli = cli?.replace(r.artifact.name, relative(process.cwd(), p));
      }
      const spec = minimised ?? r.spec;
      writeFileSync(file, JSON.stringify({
        spec, failure: r.failure, failedAt: r.failedAt,
        command: `npm run fuzz -- --replay ${relative(process.cwd(), file)}`, cli,
        minimised: spec.keep !== undefined ? `${spec.keep.length} of ${r.spec.steps ?? 0} steps` : undefined,
      }, null, 2));
      st.failures.push({ file: relative(process.cwd(), file), kind: r.spec.kind, index: r.spec.index, failure: r.failure });
      process.stderr.write(`FAILURE in ${base}: ${r.failure.split('\n')[0]}\n  written to ${file}\n`);
    }
    done.add(r.spec.index);
  };

  let stopping = false;
  process.on('SIGINT', () => {
    stopping = true;
    process.stderr.write('\nstopping: the programs in flight finish, then the state is saved (--resume continues)\n');
  });
  const takeNext = (): ProgramSpec | null => {
    while (next < st.programs && done.has(next)) next++;
    if (stopping || next >= st.programs || Date.now() >= deadline) return null;
    return specFor(st.seed, next++);
  };
  let lastProgress = Date.now();
  const progress = () => {
    if (values.quiet) return;
    const t = st.totals;
    const ms = Date.now() - wall0;
    process.stderr.write(`[${(ms / 1000).toFixed(0)} s] programs ${t.programs}/${st.programs}, syscalls ${t.syscalls} (${fmtRate(t.syscalls, ms)}/s), ` +
      `instructions ${t.instructions}, failures ${st.failures.length}\n`);
  };

  await new Promise<void>((resolve) => {
    let live = 0;
    const start = () => {
      const w = new Worker(new URL('./worker.js', import.meta.url));
      live++;
      let current: ProgramSpec | null = null;
      let since = 0;
      const feed = () => {
        current = takeNext();
        if (current === null) {
          void w.terminate();
          return;
        }
        since = Date.now();
        w.postMessage({ spec: current });
      };
      // A program past twice its time bound is stuck: the worker is replaced and the program is a failure.
      const watchdog = setInterval(() => {
        if (current !== null && Date.now() - since > 2 * TIME_BOUND_MS[current.kind] + 60_000) {
          const spec = current;
          current = null;
          record({ spec, failure: `hang: no result after ${Date.now() - since} ms`, syscalls: 0, entries: 0, instructions: 0, digest: '', reason: 'hang', wallMs: Date.now() - since, coverage: {} }, undefined);
          void w.terminate();
        }
      }, 5000);
      w.on('message', (m: { result: ProgramResult; minimised?: ProgramSpec }) => {
        current = null;
        record(m.result, m.minimised);
        if (Date.now() - lastProgress > 5000) {
          lastProgress = Date.now();
          save();
          progress();
        }
        feed();
      });
      w.on('error', (e) => {
        if (current !== null) {
          record({ spec: current, failure: `worker crashed: ${e.stack ?? e}`, syscalls: 0, entries: 0, instructions: 0, digest: '', reason: 'crash', wallMs: Date.now() - since, coverage: {} }, undefined);
          current = null;
        }
      });
      w.on('exit', () => {
        clearInterval(watchdog);
        live--;
        if (!stopping && next < st.programs && Date.now() < deadline) start();
        else if (live === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < nWorkers; i++) start();
  });
  save();
  progress();
  const text = summary(st);
  writeFileSync(join(out, 'summary.txt'), text + '\n');
  process.stdout.write(text + '\n');
  if (st.totals.programs < st.programs) process.stdout.write(`stopped early: continue with npm run fuzz -- --resume --out ${out}\n`);
  return st.failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((c) => { process.exitCode = c; }, (e) => {
  if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`fuzz: ${(e as Error).message.split('\n')[0]}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`fuzz: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 70;
  }
});
