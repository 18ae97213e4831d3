// RapiLog throughput benchmark (virtual time): TPC-B-like transactions per second of SQLite under the sync,
// rapilog and unsafe policies of the disk server on the hdd and ssd models. The ordering the paper's claim
// rests on, unsafe >= rapilog > sync on hdd, is checked here on the output (exit 1 if it does not hold).
// Usage: node dist/bench/rapilog.js [--tx N] [--journal wal|delete]
import { throughputTable, tps } from '../src/systems/rapilog/campaign.js';
import { throughputText } from '../src/systems/rapilog/report.js';

function main(): number {
  const args = process.argv.slice(2);
  const txArg = args.indexOf('--tx');
  const tx = txArg >= 0 ? Number(args[txArg + 1]) : 200;
  const jArg = args.indexOf('--journal');
  const journal = jArg >= 0 && args[jArg + 1] === 'delete' ? 'delete' : 'wal';
  if (!Number.isInteger(tx) || tx < 2) {
    process.stderr.write('bench/rapilog: --tx expects a number >= 2\n');
    return 2;
  }
  const t0 = Date.now();
  const rows = throughputTable({ journal, tx });
  process.stdout.write(throughputText(rows, journal));
  process.stdout.write(`(${((Date.now() - t0) / 1000).toFixed(1)} s wall)\n`);
  const u = tps(rows, 'unsafe', 'hdd'), r = tps(rows, 'rapilog', 'hdd'), s = tps(rows, 'sync', 'hdd');
  if (!(u >= r && r > s)) {
    process.stderr.write(`bench/rapilog: ordering violated on hdd: unsafe ${u.toFixed(1)}, rapilog ${r.toFixed(1)}, sync ${s.toFixed(1)}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
