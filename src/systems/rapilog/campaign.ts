// Throughput and durability measurements of RapiLog on sel4ts: the policies × disk models table, and the crash
// campaign (seeded power cuts and kills of the database process, then a fresh boot on the surviving image that
// recovers and checks the database, and the host's own sqlite3 on the extracted files).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DiskModelName } from '../../machine/devices/disk-model.js';
import { formatDisk, readTable, fileBytes, HOST_NAMES, DEFAULT_LAYOUT, Layout } from './disk.js';
import { boot, throughput, Policy, POLICIES, Journal, Commit } from './driver.js';
import { mulberry32 } from '../../machine/prng.js';

export const DISK_SECTORS = 65536; // 32 MiB

/** A disk with the TPC-B tables created and filled (setup run on the ram model). */
export function baseImage(journal: Journal, accounts = 1000, layout: Layout = DEFAULT_LAYOUT): Uint8Array {
  const img = formatDisk(DISK_SECTORS, layout);
  const r = boot(img, { policy: 'sync', model: 'ram', mode: 'setup', journal, accounts });
  if (!/^setup: done/m.test(r.output)) throw new Error(`rapilog setup failed: ${r.output.trim().split('\n').slice(-3).join(' / ')}`);
  return img;
}

export interface ThroughputRow { policy: Policy; model: DiskModelName; tps: number; commits: number; seconds: number }

export function throughputTable(o: { journal: Journal; tx: number; budgetUs?: number; models?: DiskModelName[] }): ThroughputRow[] {
  const base = baseImage(o.journal);
  const rows: ThroughputRow[] = [];
  for (const model of o.models ?? ['hdd', 'ssd'] as DiskModelName[]) {
    for (const policy of POLICIES) {
      const img = base.slice();
      const r = boot(img, { policy, model, mode: 'run', journal: o.journal, tx: o.tx, budgetUs: o.budgetUs });
      if (r.commits.length !== o.tx) throw new Error(`${policy}/${model}: ${r.commits.length} of ${o.tx} transactions committed: ${r.output.trim().split('\n').slice(-3).join(' / ')}`);
      const span = (r.commits[r.commits.length - 1].us - r.commits[0].us) / 1e6;
      rows.push({ policy, model, tps: throughput(r.commits), commits: r.commits.length, seconds: span });
    }
  }
  return rows;
}

export function tps(rows: ThroughputRow[], policy: Policy, model: DiskModelName): number {
  return rows.find((r) => r.policy === policy && r.model === model)?.tps ?? NaN;
}

export interface CheckResult {
  opened: boolean;
  integrity: string;
  balancesOk: boolean;
  present: Set<number>;
  /** The host's sqlite3 on the extracted files (null when not run). */
  host: { integrity: string; present: Set<number> } | null;
}

function parseRanges(line: string): Set<number> {
  const s = new Set<number>();
  for (const m of line.matchAll(/(\d+)-(\d+)/g)) for (let i = +m[1]; i <= +m[2]; i++) s.add(i);
  return s;
}

export function hostSqlite(): string | null {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'pipe' });
    return 'sqlite3';
  } catch {
    return null;
  }
}

/** Boot a fresh system on the surviving image (SQLite recovers), and check it from the host too. */
export function checkImage(img: Uint8Array, journal: Journal, hostCheck: boolean): CheckResult {
  const copy = img.slice(); // the in-sel4ts check recovers (writes); the host checks what survived
  const r = boot(copy, { policy: 'sync', model: 'ram', mode: 'check', journal });
  const integrity = /^check: integrity (.*)$/m.exec(r.output)?.[1] ?? (/^check: no database$/m.test(r.output) ? 'no database' : 'cannot open');
  const present = parseRanges(/^check: present(.*)$/m.exec(r.output)?.[1] ?? '');
  const res: CheckResult = { opened: /^check: integrity/m.test(r.output), integrity, balancesOk: /^check: balances ok/m.test(r.output), present, host: null };
  if (hostCheck) {
    const dir = mkdtempSync(join(tmpdir(), 'rapilog-'));
    try {
      const files = readTable(img);
      for (let i = 0; i < 3; i++) {
        const b = fileBytes(img, files, i);
        if (b !== null) writeFileSync(join(dir, HOST_NAMES[i]), b);
      }
      if (files[0].exists) {
        const out = execFileSync('sqlite3', [join(dir, HOST_NAMES[0]), 'PRAGMA integrity_check;', 'SELECT hid FROM history;'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        const lines = out.trim().split('\n');
        res.host = { integrity: lines[0], present: new Set(lines.slice(1).filter((l) => /^\d+$/.test(l)).map(Number)) };
      } else {
        res.host = { integrity: 'no database', present: new Set() };
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return res;
}

export interface TrialResult { kind: 'cut' | 'kill'; at: number; witnessed: number; lost: number[]; corrupt: boolean; hostLost: number; hostCorrupt: boolean; drainUs: number | null }

export interface PolicyCampaign {
  policy: Policy;
  cuts: number;
  kills: number;
  trials: TrialResult[];
  corrupt: number;
  lost: number;
  trialsWithLoss: number;
  hostCorrupt: number;
  hostLost: number;
  drainsUs: number[];
  killCorrupt: number;
  killLost: number;
}

export interface CampaignOptions {
  cuts: number;
  kills: number;
  seed: number;
  model: DiskModelName;
  journal: Journal;
  /** Power is cut at a uniformly random time of this window after the first commit. */
  windowMs: number;
  /** The database process is killed at a uniformly random server request of [20, 20 + killRequests). */
  killRequests: number;
  holdupMs: number;
  budgetUs?: number;
  hostCheck: boolean;
  policies?: Policy[];
  progress?: (line: string) => void;
}

function judge(kind: 'cut' | 'kill', at: number, commits: Commit[], c: CheckResult, drainUs: number | null): TrialResult {
  const corrupt = c.integrity !== 'ok' && !(c.integrity === 'no database' && commits.length === 0) || (c.opened && !c.balancesOk);
  const lost = commits.map((x) => x.id).filter((id) => !c.present.has(id));
  const hostCorrupt = c.host !== null && c.host.integrity !== 'ok' && !(c.host.integrity === 'no database' && commits.length === 0);
  const hostLost = c.host === null ? 0 : commits.filter((x) => !c.host!.present.has(x.id)).length;
  return { kind, at, witnessed: commits.length, lost, corrupt, hostLost, hostCorrupt, drainUs };
}

export function crashCampaign(o: CampaignOptions): PolicyCampaign[] {
  const base = baseImage(o.journal);
  const results: PolicyCampaign[] = [];
  for (const policy of o.policies ?? POLICIES) {
    const rnd = mulberry32(o.seed * 7919 + POLICIES.indexOf(policy));
    // A short probe run gives the time of the first commit; power is cut at a random time of the window after
    // it, while the workload (unbounded) is running, and the hold-up time runs out before the run could end.
    const probe = boot(base.slice(), { policy, model: o.model, mode: 'run', journal: o.journal, tx: 2, budgetUs: o.budgetUs });
    if (probe.commits.length === 0) throw new Error(`${policy}: the probe run committed nothing: ${probe.output.trim().split('\n').pop()}`);
    const t0 = probe.commits[0].us * 1000, window = o.windowMs * 1e6;
    const endless = 1_000_000;
    const trials: TrialResult[] = [];
    for (let i = 0; i < o.cuts; i++) {
      const at = Math.round(t0 + rnd() * window);
      const img = base.slice();
      const r = boot(img, { policy, model: o.model, mode: 'run', journal: o.journal, tx: endless, budgetUs: o.budgetUs, powerFailAtNs: at, holdupMs: o.holdupMs });
      const t = judge('cut', at, r.commits, checkImage(img, o.journal, o.hostCheck), r.drain?.us ?? null);
      trials.push(t);
      o.progress?.(`${policy}: cut ${i + 1}/${o.cuts} at ${(at / 1e6).toFixed(3)} ms: ${t.witnessed} acknowledged, ${t.lost.length} lost${t.corrupt ? ', CORRUPT' : ''}${t.drainUs !== null ? `, drain ${(t.drainUs / 1000).toFixed(2)} ms` : ''}`);
    }
    for (let i = 0; i < o.kills; i++) {
      const at = 20 + Math.floor(rnd() * o.killRequests);
      const img = base.slice();
      const r = boot(img, { policy, model: o.model, mode: 'run', journal: o.journal, tx: endless, budgetUs: o.budgetUs, killAt: at });
      const t = judge('kill', at, r.commits, checkImage(img, o.journal, o.hostCheck), null);
      trials.push(t);
      o.progress?.(`${policy}: kill ${i + 1}/${o.kills} at request ${at}: ${t.witnessed} acknowledged, ${t.lost.length} lost${t.corrupt ? ', CORRUPT' : ''}`);
    }
    const cuts = trials.filter((t) => t.kind === 'cut'), kills = trials.filter((t) => t.kind === 'kill');
    results.push({
      policy, cuts: cuts.length, kills: kills.length, trials,
      corrupt: cuts.filter((t) => t.corrupt).length,
      lost: cuts.reduce((s, t) => s + t.lost.length, 0),
      trialsWithLoss: cuts.filter((t) => t.lost.length > 0).length,
      hostCorrupt: trials.filter((t) => t.hostCorrupt).length,
      hostLost: trials.reduce((s, t) => s + t.hostLost, 0),
      drainsUs: cuts.filter((t) => t.drainUs !== null).map((t) => t.drainUs!),
      killCorrupt: kills.filter((t) => t.corrupt).length,
      killLost: kills.reduce((s, t) => s + t.lost.length, 0),
    });
  }
  return results;
}
