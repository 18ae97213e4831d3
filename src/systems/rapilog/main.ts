// `npm run rapilog` / `sel4ts rapilog`: the throughput table, the crash campaign, the report, and `extract`.
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { throughputTable, crashCampaign, hostSqlite } from './campaign.js';
import { throughputText, campaignText, htmlReport } from './report.js';
import { extract, DiskFormatError } from './disk.js';
import type { Journal } from './driver.js';

export const RAPILOG_USAGE = `usage: sel4ts rapilog [bench] [--tx N] [--journal wal|delete] [--budget-us N] [--report FILE]
                      [--crash-test N] [--kills N] [--holdup MS] [--seed N] [--window-ms N] [--no-host-check]
       sel4ts rapilog extract DISK.img DIR

  bench (default)   throughput of sync, rapilog and unsafe on the hdd and ssd models (virtual time)
  --crash-test N    also N seeded power cuts per policy on hdd (and --kills N kills of the database process,
                    default N/2), each followed by a fresh boot that recovers and checks the database and by
                    the host's sqlite3 on the extracted files
  extract           write the files of a rapilog disk image (tpcb.db, -journal, -wal) into DIR`;

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
    if (positionals.length > 1 || (positionals.length === 1 && positionals[0] !== 'bench')) throw new RapilogUsageError(`unknown rapilog command '${positionals.join(' ')}' (bench or extract)`);
    const journal = (values.journal ?? 'wal') as Journal;
    if (journal !== 'wal' && journal !== 'delete') throw new RapilogUsageError(`--journal must be wal or delete, got '${values.journal}'`);
    const tx = num('tx', values.tx, 200, 2, 100000);
    const budgetUs = num('budget-us', values['budget-us'], 20000, 100, 1000000);
    const cuts = num('crash-test', values['crash-test'], 0, 0, 100000);
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
