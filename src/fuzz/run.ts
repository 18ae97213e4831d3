// One program of any generator, with the checks every program gets (a JS exception or an invariant violation is
// already a failure inside the generators; here: the time bound), and the minimisation of a failure.
import { runSyscallProgram, type SyscallOptions } from './syscalls.js';
import { runMachineProgram } from './machine.js';
import { runInputProgram } from './inputs.js';
import { deriveSeed } from './rng.js';
import type { GeneratorKind, ProgramResult, ProgramSpec } from './types.js';

/** Wall-time bound of one program, by generator. */
export const TIME_BOUND_MS: Record<GeneratorKind, number> = { syscalls: 120_000, machine: 20_000, input: 60_000 };

/** Steps of a deep-syscall program. */
export const SYSCALL_STEPS = 20_000;

/** The generator of program `index`: 1 in 200 deep-syscall, 1 in 20 input, the rest machine programs. */
export function specFor(seed: number, index: number): ProgramSpec {
  if (index % 200 === 0) return { kind: 'syscalls', seed, index, steps: SYSCALL_STEPS };
  if (index % 20 === 10) return { kind: 'input', seed, index };
  return { kind: 'machine', seed, index };
}

export function runProgram(spec: ProgramSpec, log?: (l: string) => void): ProgramResult {
  let r: ProgramResult;
  switch (spec.kind) {
    case 'syscalls': r = runSyscallProgram(spec, { log, timeLimitMs: TIME_BOUND_MS.syscalls }); break;
    case 'machine': r = runMachineProgram(spec); break;
    default: r = runInputProgram(spec);
  }
  if (r.failure === undefined && r.wallMs > TIME_BOUND_MS[spec.kind]) {
    r.failure = `time bound: ${r.wallMs} ms (bound ${TIME_BOUND_MS[spec.kind]} ms)`;
  }
  return r;
}

/** A sample of programs (about 2 %) is run twice: both runs must agree exactly. */
export function inDeterminismSample(spec: ProgramSpec): boolean {
  return deriveSeed(spec.seed, spec.index, 99) % 50 === 0;
}

export function determinismFailure(a: ProgramResult, b: ProgramResult): string | undefined {
  if (a.digest !== b.digest || a.instructions !== b.instructions || a.entries !== b.entries || a.reason !== b.reason) {
    return `not deterministic: digest ${a.digest}/${b.digest}, instructions ${a.instructions}/${b.instructions}, ` +
      `kernel entries ${a.entries}/${b.entries}, end ${a.reason}/${b.reason}`;
  }
  return undefined;
}

/** The first line of a failure, without addresses and numbers that vary, to compare failures while minimising. */
function signature(f: string): string {
  return f.split('\n')[0].replace(/0x[0-9a-f]+|\d+/g, 'N').slice(0, 200);
}

/**
 * Minimise a failing deep-syscall program: keep the steps up to the failing one, then drop chunks of steps
 * (ddmin-style) while the same failure persists, within a time budget. Other generators are recorded as they are
 * (their programs are small; input failures keep the mutated file).
 */
export function minimise(r: ProgramResult, budgetMs = 60_000, opts: SyscallOptions = {}): ProgramSpec {
  const spec = r.spec;
  if (spec.kind !== 'syscalls' || r.failure === undefined || r.failedAt === undefined) return spec;
  const sig = signature(r.failure);
  const t0 = Date.now();
  const all = spec.keep ?? Array.from({ length: spec.steps ?? SYSCALL_STEPS }, (_, i) => i);
  let keep = all.filter((i) => i <= r.failedAt!);
  const fails = (k: number[]) => {
    const x = runSyscallProgram({ ...spec, keep: k }, { timeLimitMs: TIME_BOUND_MS.syscalls, ...opts });
    return x.failure !== undefined && signature(x.failure) === sig;
  };
  if (!fails(keep)) return spec;
  let chunk = Math.max(1, keep.length >> 1);
  while (chunk >= 1 && Date.now() - t0 < budgetMs) {
    let changed = false;
    for (let start = 0; start < keep.length && Date.now() - t0 < budgetMs; start += chunk) {
      const trial = keep.slice(0, start).concat(keep.slice(start + chunk));
      if (trial.length > 0 && fails(trial)) {
        keep = trial;
        changed = true;
        start -= chunk;
      }
    }
    if (!changed) chunk >>= 1;
  }
  return { ...spec, keep };
}
