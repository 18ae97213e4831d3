// `sel4ts pacemaker`: the flagship demo (src/systems/pacemaker/): a pacemaker that a compromised radio stack cannot
// disturb, with a live terminal view, the verdict, and an optional HTML report.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runPacemaker, verdictLines, ATTACKS, AttackName } from '../systems/pacemaker/demo.js';
import { LiveView } from '../systems/pacemaker/view.js';
import { reportHtml } from '../systems/pacemaker/report.js';

export const PACEMAKER_USAGE = `usage: sel4ts pacemaker [options]

options:
  --attack NAME        run this attack from the radio (repeatable, or 'all'): ${ATTACKS.join(', ')}
  --no-isolation       the comparison: the components as threads of one process, one CSpace and VSpace, every cap
  --mcs                the MCS kernel: the radio at the pacer's priority with a budget of 2 ms every 10 ms
  --duration T         patient (virtual) time, e.g. 600s, 10m, 90s (a bare number is seconds; default 10m)
  --seed N             pick another patient (rhythm and episodes; default 1)
  --report FILE.html   write the verdict, plots and the attack log as a page
  --quiet              no live view: only the verdict

exit status: 0 the patient was kept safe (and, isolated, every attack contained), 1 not, 2 bad input`;

/** Thrown for bad flags; the dispatcher prints the message on one line and exits 2. */
export class PacemakerUsageError extends Error {}

function parseDuration(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(s|m|min|ms)?$/.exec(s.trim());
  if (m === null) throw new PacemakerUsageError(`--duration expects a time like 600s, 10m or 90, got '${s}'`);
  const v = Number(m[1]) * ({ s: 1, m: 60, min: 60, ms: 0.001 }[(m[2] ?? 's') as 's']);
  if (v < 1 || v > 86400) throw new PacemakerUsageError('--duration must be between 1 s and 24 h');
  return v;
}

export function pacemakerCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      attack: { type: 'string', multiple: true },
      'no-isolation': { type: 'boolean' },
      mcs: { type: 'boolean' },
      duration: { type: 'string' },
      seed: { type: 'string' },
      report: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(PACEMAKER_USAGE + '\n');
    return 0;
  }
  if (positionals.length > 0) throw new PacemakerUsageError(`unexpected argument '${positionals[0]}' (see sel4ts pacemaker --help)`);
  const attacks: AttackName[] = [];
  for (const a of values.attack ?? []) {
    for (const n of a.split(',')) {
      if (n === 'all') attacks.push(...ATTACKS.filter((x) => !attacks.includes(x)));
      else if ((ATTACKS as readonly string[]).includes(n)) { if (!attacks.includes(n as AttackName)) attacks.push(n as AttackName); }
      else throw new PacemakerUsageError(`--attack: unknown attack '${n}' (one of ${ATTACKS.join(', ')}, or all)`);
    }
  }
  const durationS = values.duration !== undefined ? parseDuration(values.duration) : 600;
  let seed = 1;
  if (values.seed !== undefined) {
    if (!/^\d+$/.test(values.seed) || Number(values.seed) > 0xffffffff) throw new PacemakerUsageError(`--seed expects a number 0..4294967295, got '${values.seed}'`);
    seed = Number(values.seed);
  }
  const isolation = values['no-isolation'] !== true;
  const mcs = values.mcs === true;
  const title = `sel4ts pacemaker: ${isolation ? 'isolated' : 'NOT isolated'}, ${mcs ? 'MCS' : 'non-MCS'} kernel, patient seed ${seed}, attacks: ${attacks.length > 0 ? attacks.join(' ') : 'none'}`;
  const view = values.quiet ? null : new LiveView(title, process.stdout.isTTY === true, process.stdout.isTTY ? process.stdout : process.stderr);
  if (view !== null && process.stdout.isTTY !== true) process.stderr.write(title + '\n');
  let last: Parameters<LiveView['update']>[0] | null = null;
  const r = runPacemaker({
    isolation, mcs, attacks, seed, durationS,
    progressEveryS: Math.max(1, durationS / 600),
    onProgress: view === null ? undefined : (p) => { last = p; view.update(p); },
  });
  if (view !== null && last !== null) view.update(last, true);
  const lines = verdictLines(r);
  process.stdout.write(`\n${lines.join('\n')}\nwall time ${r.wallS.toFixed(1)} s\n`);
  if (values.report !== undefined) {
    try {
      writeFileSync(values.report, reportHtml(r));
    } catch (e) {
      throw new PacemakerUsageError(`cannot write report '${values.report}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    process.stdout.write(`report: ${values.report}\n`);
  }
  return r.safe && (!isolation || r.contained) ? 0 : 1;
}
