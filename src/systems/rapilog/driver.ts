// One boot of examples/rapilog/rapilog.elf: the disk server and the SQLite process on a disk image held in
// memory, with a policy, a disk model and optionally a power cut; the console output parsed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { System, StopReason, RunResult } from '../../system.js';
import type { DiskModelName } from '../../machine/devices/disk-model.js';
import type { DiskRequestRecord } from '../../machine/devices/virtio-blk.js';
import { writeBootBlock } from './disk.js';

export type Policy = 'sync' | 'rapilog' | 'unsafe';
export const POLICIES: readonly Policy[] = ['sync', 'rapilog', 'unsafe'];
export type Journal = 'wal' | 'delete';
export type Mode = 'setup' | 'run' | 'check' | 'garbage' | 'rwtest';

export const IMAGE_PATH = fileURLToPath(new URL('../../../../examples/rapilog/rapilog.elf', import.meta.url));
let elfCache: Uint8Array | null = null;
export function rapilogElf(): Uint8Array {
  if (elfCache === null) elfCache = new Uint8Array(readFileSync(IMAGE_PATH));
  return elfCache;
}

/** Sequential bandwidth and a positioning-cost estimate per disk model, for the server's buffer bound. */
export const MODEL_PARAMS: Record<DiskModelName, { bw: number; posUs: number }> = {
  ram: { bw: 4_000_000_000, posUs: 0 },
  ssd: { bw: 400_000_000, posUs: 100 },
  hdd: { bw: 120_000_000, posUs: 10_000 },
};

export interface BootOptions {
  policy: Policy;
  model: DiskModelName;
  mode: Mode;
  journal?: Journal;
  tx?: number;
  accounts?: number;
  seed?: number;
  /** Flush budget of the rapilog buffer, µs (default 20000). */
  budgetUs?: number;
  /** Kill the database process at this server request (0: never). */
  killAt?: number;
  powerFailAtNs?: number;
  holdupMs?: number;
  maxInsns?: number;
}

export interface Commit { id: number; us: number }

export interface BootResult {
  output: string;
  result: RunResult;
  commits: Commit[];
  /** Drain after the power-fail interrupt (rapilog): µs from the interrupt to an empty buffer. */
  drain: { bytes: number; estimateUs: number; us: number; budgetUs: number; holdupUs: number } | null;
  /** Sectors the disk destaged from its cache at the end of a normal run. */
  destaged: number;
  seconds: number;
  /** Every request the disk served, in order. */
  diskLog: DiskRequestRecord[];
}

/** Boot the system on `img` (modified in place: it is the disk). */
export function boot(img: Uint8Array, o: BootOptions): BootResult {
  const mp = MODEL_PARAMS[o.model];
  writeBootBlock(img, {
    policy: o.policy, mode: o.mode, journal: o.journal ?? 'wal', tx: o.tx ?? 100, accounts: o.accounts ?? 1000,
    seed: o.seed ?? 1, budget_us: o.budgetUs ?? 20000, bw: mp.bw, pos_us: mp.posUs, kill: o.killAt ?? 0,
  });
  const out: number[] = [];
  const sys = new System(rapilogElf(), {
    disk: img, diskModel: o.model, diskWriteCache: o.policy === 'unsafe',
    powerFailAtNs: o.powerFailAtNs, holdupMs: o.holdupMs, putchar: (c) => out.push(c),
  });
  const result = sys.run(o.maxInsns ?? 20_000_000_000);
  const destaged = result.reason === StopReason.PowerLost ? 0 : sys.finish();
  const output = Buffer.from(out).toString('latin1');
  const commits: Commit[] = [];
  for (const m of output.matchAll(/^commit (\d+) (\d+)$/gm)) commits.push({ id: Number(m[1]), us: Number(m[2]) });
  const d = /power-fail drain: (\d+) bytes \(estimate (\d+) us\) written back in (\d+) us; budget (\d+) us, hold-up (\d+) us/.exec(output);
  const drain = d ? { bytes: +d[1], estimateUs: +d[2], us: +d[3], budgetUs: +d[4], holdupUs: +d[5] } : null;
  return { output, result, commits, drain, destaged, seconds: sys.seconds, diskLog: sys.board.disk?.log ?? [] };
}

/** Committed transactions per second of virtual time between the first and the last commit. */
export function throughput(commits: Commit[]): number {
  if (commits.length < 2) return 0;
  return ((commits.length - 1) * 1e6) / (commits[commits.length - 1].us - commits[0].us);
}
