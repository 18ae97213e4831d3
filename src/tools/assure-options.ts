// `run` options of the assurance tools (--snapshot, --snapshot-at, --labels, --policy, --check integrity,
// --report) and the session that applies them to a run. The analysis itself is in src/assurance.
import { writeFileSync } from 'node:fs';
import type { System, RunResult } from '../system.js';
import { StopReason } from '../system.js';
import { UsageError, readInputFile } from './usage.js';
import { Snapshot, takeSnapshot } from '../assurance/snapshot.js';
import { toCapDL } from '../assurance/capdl.js';
import { LabelSpec, LabelSyntaxError, computeLabels, parseLabels } from '../assurance/labels.js';
import { authorityGraph, takeGrantClosure } from '../assurance/authority.js';
import { Policy, PolicySyntaxError, parsePolicy, violations } from '../assurance/policy.js';
import { IntegrityMonitor, formatIntegrity } from '../assurance/integrity.js';
import { graphToDot, renderReport } from '../assurance/report.js';

export const ASSURE_USAGE = `assurance options:
  --snapshot FILE      write the system state at the end of the run (and at each seL4_DebugSnapshot, as
                       FILE-debugN.EXT): .cdl capDL, .json, or .dot (the labelled authority graph)
  --snapshot-at T      also write it at virtual time T (as FILE-at-T.EXT; needs --snapshot)
  --labels FILE        labels for threads and objects (default: one label per thread with its own CSpace)
  --policy FILE        allowed label -> label authorities; report edges of the graph and of its take-grant
                       closure that it does not allow (exit 6 if any)
  --check integrity    check every write of the run against the policy (or the authority graph); exit 6 on
                       a violation
  --report FILE.html   write the HTML report (authority graph, policy, integrity, objects and caps)`;

export const ASSURE_OPTIONS = {
  snapshot: { type: 'string' },
  'snapshot-at': { type: 'string' },
  labels: { type: 'string' },
  policy: { type: 'string' },
  check: { type: 'string', multiple: true },
  report: { type: 'string' },
} as const;

export const EXIT_ASSURANCE = 6;

export interface AssuranceConfig {
  snapshot?: string;
  snapshotAtNs?: number;
  snapshotAtText?: string;
  labels?: LabelSpec;
  policy?: Policy;
  policyFile?: string;
  integrity: boolean;
  report?: string;
}

type Values = { [K in keyof typeof ASSURE_OPTIONS]?: (typeof ASSURE_OPTIONS)[K] extends { multiple: true } ? string[] : string };

function own<T>(o: object, k: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, T>)[k] : undefined;
}

export function snapshotFormat(path: string): 'cdl' | 'json' | 'dot' {
  const m = /\.(cdl|json|dot)$/.exec(path);
  if (m === null) throw new UsageError(`--snapshot ${path}: the file name must end in .cdl, .json or .dot`);
  return m[1] as 'cdl' | 'json' | 'dot';
}

export function loadLabels(path: string): LabelSpec {
  try {
    return parseLabels(readInputFile(path, 'labels file').toString('utf8'));
  } catch (e) {
    if (e instanceof LabelSyntaxError) throw new UsageError(`labels file '${path}': ${e.message}`);
    throw e;
  }
}

export function loadPolicy(path: string): Policy {
  try {
    return parsePolicy(readInputFile(path, 'policy file').toString('utf8'));
  } catch (e) {
    if (e instanceof PolicySyntaxError) throw new UsageError(`policy file '${path}': ${e.message}`);
    throw e;
  }
}

/** Validate the assurance options (bad input throws UsageError). */
export function parseAssuranceOptions(values: object, parseTime: (name: string, s: string) => number): AssuranceConfig {
  const v = values as Values;
  const cfg: AssuranceConfig = { integrity: false };
  const snap = own<string>(v, 'snapshot');
  if (snap !== undefined) {
    snapshotFormat(snap);
    cfg.snapshot = snap;
  }
  const at = own<string>(v, 'snapshot-at');
  if (at !== undefined) {
    if (snap === undefined) throw new UsageError('--snapshot-at needs --snapshot FILE');
    cfg.snapshotAtNs = parseTime('snapshot-at', at);
    cfg.snapshotAtText = at.trim();
  }
  const labels = own<string>(v, 'labels');
  if (labels !== undefined) cfg.labels = loadLabels(labels);
  const policy = own<string>(v, 'policy');
  if (policy !== undefined) {
    cfg.policy = loadPolicy(policy);
    cfg.policyFile = policy;
  }
  for (const c of own<string[]>(v, 'check') ?? []) {
    if (c !== 'integrity') throw new UsageError(`--check expects 'integrity', got '${c}'`);
    cfg.integrity = true;
  }
  const report = own<string>(v, 'report');
  if (report !== undefined) {
    if (!report.endsWith('.html')) throw new UsageError(`--report ${report}: the file name must end in .html`);
    cfg.report = report;
  }
  return cfg;
}

function writeOut(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write '${path}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

function withSuffix(path: string, suffix: string): string {
  const i = path.lastIndexOf('.');
  return `${path.slice(0, i)}${suffix}${path.slice(i)}`;
}

/** The assurance tools attached to one run. */
export class AssuranceSession {
  private readonly monitor: IntegrityMonitor | null;
  private debugSnapshots = 0;

  constructor(private readonly sys: System, private readonly cfg: AssuranceConfig) {
    this.monitor = cfg.integrity ? new IntegrityMonitor({ labels: cfg.labels, policy: cfg.policy }) : null;
    if (this.monitor !== null) this.monitor.attach(sys);
    if (cfg.snapshot !== undefined) {
      sys.ks.onDebugSnapshot = () => {
        this.debugSnapshots++;
        this.write(withSuffix(cfg.snapshot!, `-debug${this.debugSnapshots}`), this.take(`seL4_DebugSnapshot ${this.debugSnapshots}`));
      };
    }
  }

  get active(): boolean {
    const c = this.cfg;
    return c.snapshot !== undefined || c.policy !== undefined || c.integrity || c.report !== undefined;
  }

  private take(reason: string): Snapshot {
    const sys = this.sys;
    return takeSnapshot(sys.ks, {
      reason, cycles: sys.cycles, instructions: sys.instructions, virtualTimeNs: Math.round(sys.cycles / sys.config.cpuHz * 1e9),
    });
  }

  private write(path: string, s: Snapshot): void {
    const fmt = snapshotFormat(path);
    if (fmt === 'json') writeOut(path, JSON.stringify(s, null, 1) + '\n');
    else if (fmt === 'cdl') writeOut(path, toCapDL(s));
    else {
      const lab = computeLabels(s, this.cfg.labels);
      writeOut(path, graphToDot(authorityGraph(s, lab), lab));
    }
  }

  /** Run (splitting the run at --snapshot-at). */
  run(maxInsns: number | undefined, untilCycles = Infinity): RunResult {
    const sys = this.sys;
    const limit = maxInsns ?? Number.MAX_SAFE_INTEGER;
    if (this.cfg.snapshotAtNs === undefined) return sys.run(limit, untilCycles);
    const at = Math.round((this.cfg.snapshotAtNs * sys.config.cpuHz) / 1e9);
    // A snapshot time past --max-time is never reached, as when the run ends before it.
    if (at >= untilCycles) return sys.run(limit, untilCycles);
    const start = sys.instructions;
    const r = sys.run(limit, at);
    if (r.reason !== StopReason.TimeLimit) return r;
    this.write(withSuffix(this.cfg.snapshot!, `-at-${this.cfg.snapshotAtText}`), this.take(`virtual time ${this.cfg.snapshotAtText}`));
    return sys.run(limit - (sys.instructions - start), untilCycles);
  }

  /** After the run: snapshot, policy check, integrity summary, report. Returns EXIT_ASSURANCE on a violation. */
  async finish(err: (line: string) => void): Promise<number> {
    const c = this.cfg;
    let verdict = 0;
    const s = this.take('end of run');
    if (c.snapshot !== undefined) this.write(c.snapshot, s);
    const lab = computeLabels(s, c.labels);
    const graph = authorityGraph(s, lab);
    const closure = takeGrantClosure(graph.labels, graph.edges, c.policy?.trusted);
    let pol: { file: string; violations: ReturnType<typeof violations>; closureViolations: ReturnType<typeof violations> } | undefined;
    if (c.policy !== undefined) {
      const v = violations(c.policy, graph.edges);
      const cv = violations(c.policy, closure);
      pol = { file: c.policyFile!, violations: v, closureViolations: cv };
      err(`policy: ${v.length} edge${v.length === 1 ? '' : 's'} of the authority graph and ${cv.length} of its take-grant closure not allowed by ${c.policyFile}`);
      for (const e of v) err(`policy: not allowed: ${e.from} -${e.auth}-> ${e.to}, conferred by ${e.reasons.join('; ')}`);
      for (const e of cv) err(`policy: closure not allowed: ${e.from} -${e.auth}-> ${e.to} (${e.reasons.join('; ')})`);
      if (v.length > 0 || cv.length > 0) verdict = EXIT_ASSURANCE;
    }
    const integrity = this.monitor?.summary();
    if (integrity !== undefined) {
      for (const l of formatIntegrity(integrity)) err(l);
      if (integrity.violationCount > 0) verdict = EXIT_ASSURANCE;
    }
    if (c.report !== undefined) {
      const html = await renderReport({ title: 'sel4ts assurance report', snapshot: s, labelling: lab, graph, closure, policy: pol, integrity });
      writeOut(c.report, html);
    }
    return verdict;
  }
}
