// `npm run rapilog` / `sel4ts rapilog`: the throughput table, the crash campaign, the report, and `extract`.
import { parseArgs } from 'node:util';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { throughputTable, crashCampaign, hostSqlite } from './campaign.js';
import { throughputText, campaignText, htmlReport } from './report.js';
import { extract, DiskFormatError, formatDisk, readTable, writeBootBlock } from './disk.js';
import { MODEL_PARAMS, POLICIES, Policy, Journal } from './driver.js';
import { DISK_SECTORS } from './campaign.js';
import type { DiskModelName } from '../../machine/devices/disk-model.js';

export const RAPILOG_USAGE = `usage: sel4ts rapilog [bench] [--tx N] [--journal wal|delete] [--budget-us N] [--report FILE]
                      [--crash-test N] [--kills N] [--holdup MS] [--seed N] [--window-ms N] [--no-host-check]
       sel4ts rapilog extract DISK.img DIR
       sel4ts rapilog format DISK.img [--mode setup|run|check|garbage|rwtest] [--policy sync|rapilog|unsafe]
                      [--journal wal|delete] [--tx N] [--model hdd|ssd|ram] [--budget-us N] [--seed N]

  bench (default)   throughput of sync, rapilog and unsafe on the hdd and ssd models (virtual time)
  --crash-test N    N seeded power cuts per policy on hdd (default 10; 0: none) and --kills N kills of the
                    database process (default N/2), each followed by a fresh boot that recovers and checks the
                    database and by the host's sqlite3 on the extracted files
  extract           write the files of a rapilog disk image (tpcb.db, -journal, -wal) into DIR
  format            make a 32 MiB rapilog disk (or keep the files of an existing one) and write the boot
                    block for the next 'sel4ts run examples/rapilog/rapilog.elf --disk DISK.img'`;

export class RapilogUsageError extends Error {}

function num(name: string, v: string | undefined, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v)) throw new RapilogUsageError(`--${name} expects a number, got '${v}'`);
  const n = Number(v);
  if (n < min || n > max) throw new RapilogUsageError(`--${name} must be between ${min} and ${max}`);
  return n;
}

/** Returns the exit status; writes the results to `out`. */
export function rapilogMain(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, options: {
        tx: { type: 'string' }, journal: { type: 'string' }, 'budget-us': { type: 'string' }, report: { type: 'string' },
        'crash-test': { type: 'string' }, kills: { type: 'string' }, holdup: { type: 'string' }, seed: { type: 'string' },
        'window-ms': { type: 'string' }, 'no-host-check': { type: 'boolean' }, help: { type: 'boolean' },
        mode: { type: 'string' }, policy: { type: 'string' }, model: { type: 'string' },
      },
    });
  } catch (e) {
    err(`sel4ts rapilog: ${(e as Error).message.replace(/\s*\n\s*/g, ' ')}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(RAPILOG_USAGE);
    return 0;
  }
  try {
    if (positionals[0] === 'extract') {
      if (positionals.length !== 3) throw new RapilogUsageError('expected: sel4ts rapilog extract DISK.img DIR');
      let files: string[];
      try {
        files = extract(positionals[1], positionals[2]);
      } catch (e) {
        if (e instanceof DiskFormatError) throw new RapilogUsageError(`${positionals[1]}: ${e.message}`);
        const code = (e as { code?: string }).code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw new RapilogUsageError(`${positionals[1]}: cannot read (${code})`);
        throw e;
      }
      out(files.length === 0 ? 'no files on the disk' : files.join('\n'));
      return 0;
    }
    if (positionals[0] === 'format') {
      if (positionals.length !== 2) throw new RapilogUsageError('expected: sel4ts rapilog format DISK.img [options]');
      const path = positionals[1];
      const mode = values.mode ?? 'run', policy = (values.policy ?? 'rapilog') as Policy, model = (values.model ?? 'hdd') as DiskModelName;
      if (!['setup', 'run', 'check', 'garbage', 'rwtest'].includes(mode)) throw new RapilogUsageError(`--mode: unknown mode '${mode}'`);
      if (!POLICIES.includes(policy)) throw new RapilogUsageError(`--policy must be sync, rapilog or unsafe, got '${policy}'`);
      if (!(model in MODEL_PARAMS)) throw new RapilogUsageError(`--model must be hdd, ssd or ram, got '${model}'`);
      const journal = values.journal ?? 'wal';
      if (journal !== 'wal' && journal !== 'delete') throw new RapilogUsageError(`--journal must be wal or delete, got '${journal}'`);
      let img: Uint8Array;
      if (existsSync(path)) {
        try {
          img = new Uint8Array(readFileSync(path));
          readTable(img);
        } catch (e) {
          if (e instanceof DiskFormatError) throw new RapilogUsageError(`${path}: ${e.message} (remove it to make a new disk)`);
          throw new RapilogUsageError(`${path}: cannot read (${(e as { code?: string }).code ?? (e as Error).message})`);
        }
      } else {
        img = formatDisk(DISK_SECTORS);
      }
      const mp = MODEL_PARAMS[model];
      writeBootBlock(img, {
        policy, mode, journal, tx: num('tx', values.tx, 100, 1, 1e9), accounts: 1000, seed: num('seed', values.seed, 1, 0, 2 ** 31),
        budget_us: num('budget-us', values['budget-us'], 20000, 100, 1000000), bw: mp.bw, pos_us: mp.posUs, kill: 0,
      });
      writeFileSync(path, img);
      out(`${path}: boot block: policy ${policy}, mode ${mode}, journal ${journal} (buffer bound for the ${model} model)`);
      return 0;
    }
    if (positionals.length > 1 || (positionals.length === 1 && positionals[0] !== 'bench')) throw new RapilogUsageError(`unknown rapilog command '${positionals.join(' ')}' (bench, extract or format)`);
    const journal = (values.journal ?? 'wal') as Journal;
    if (journal !== 'wal' && journal !== 'delete') throw new RapilogUsageError(`--journal must be wal or delete, got '${values.journal}'`);
    const tx = num('tx', values.tx, 200, 2, 100000);
    const budgetUs = num('budget-us', values['budget-us'], 20000, 100, 1000000);
    const cuts = num('crash-test', values['crash-test'], 10, 0, 100000);
    const kills = num('kills', values.kills, Math.ceil(cuts / 2), 0, 100000);
    const holdupMs = num('holdup', values.holdup, 100, 1, 100000);
    const seed = num('seed', values.seed, 1, 0, 2 ** 31);
    const windowMs = num('window-ms', values['window-ms'], 400, 1, 1000000);
    const hostCheck = !values['no-host-check'];
    if (cuts > 0 && hostCheck && hostSqlite() === null) throw new RapilogUsageError('the host sqlite3 is not installed (apt-get install sqlite3, or --no-host-check)');
    const rows = throughputTable({ journal, tx, budgetUs });
    out(throughputText(rows, journal));
    let campaign = null;
    if (cuts > 0) {
      campaign = crashCampaign({ cuts, kills, seed, model: 'hdd', journal, windowMs, killRequests: 3 * tx, holdupMs, budgetUs, hostCheck });
      out(campaignText(campaign, holdupMs, budgetUs));
    }
    if (values.report !== undefined) {
      writeFileSync(values.report, htmlReport({ rows, journal, campaign, holdupMs, budgetUs }));
      out(`report written to ${values.report}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof RapilogUsageError) {
      err(`sel4ts rapilog: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
