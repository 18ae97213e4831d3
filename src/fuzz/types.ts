// What the campaign runs and what a run reports.

export type GeneratorKind = 'syscalls' | 'machine' | 'input';

export interface ProgramSpec {
  kind: GeneratorKind;
  /** Campaign seed and program index: the program is a pure function of both (and `keep`). */
  seed: number;
  index: number;
  /** Deep-syscall programs: number of steps (driver operations). */
  steps?: number;
  /** A minimised deep-syscall program: only these step indices are issued. */
  keep?: number[];
}

export interface ProgramResult {
  spec: ProgramSpec;
  /** Why the program failed (a JS exception, an invariant violation, a bad exit status, a time bound). */
  failure?: string;
  /** Deep-syscall programs: the step at which it failed. */
  failedAt?: number;
  /** Syscalls issued (ecalls), kernel entries of any kind, instructions executed. */
  syscalls: number;
  entries: number;
  instructions: number;
  /** Digest of everything observable (output, replies, stop reason): equal for equal runs. */
  digest: string;
  reason: string;
  wallMs: number;
  /** Coverage counters: `inv <cap> <label> <error>`, `fault <kind>`, `stop <reason>`, ... */
  coverage: Record<string, number>;
  /** How to run the program again outside the campaign (a CLI command line where there is one). */
  repro?: string;
  /** Input programs: the bytes of the mutated input (written to the failure directory). */
  artifact?: { name: string; data: Uint8Array };
}

export function bump(cov: Record<string, number>, key: string, n = 1): void {
  cov[key] = (Object.hasOwn(cov, key) ? cov[key] : 0) + n;
}
