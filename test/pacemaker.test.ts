// The flagship demo end to end (examples/pacemaker on the emulated machine with the virtual patient):
//   - isolated, every attack, default patient time (10 min): 0 missed beats, slack within its bound, every attempt
//     logged with an error or fault the isolation allows, the same output twice;
//   - the MCS build with the radio at the pacer's priority under a 2 ms / 10 ms budget: the same verdict;
//   - without isolation: wild writes and spinning make the patient miss beats (for several patients);
//   - the `sel4ts pacemaker` command: verdict, report, exit statuses and one-line errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPacemaker, ATTACKS, CONTAINED, LATENCY_BOUND_MS, PacemakerResult } from '../src/systems/pacemaker/demo.js';
import { reportHtml } from '../src/systems/pacemaker/report.js';
import { ecgStrip } from '../src/systems/pacemaker/view.js';

function checkIsolated(r: PacemakerResult): void {
  assert.equal(r.missed, 0, 'no missed beat');
  assert.ok(r.worstSlackMs >= 50 - LATENCY_BOUND_MS, `worst slack ${r.worstSlackMs} ms`);
  assert.ok(r.paced > 50 && r.sensed > 50, 'the patient needed pacing and had its own beats');
  for (const name of ATTACKS) {
    const mine = r.attempts.filter((a) => a.attack === name);
    assert.ok(mine.length > 0, `${name}: attempts logged`);
    for (const a of mine) assert.ok(CONTAINED[name].includes(a.result), `${name}: ${a.op} ${a.target} got '${a.result}'`);
    assert.ok(r.log.some((l) => l.includes(`attack ${name}: end`)), `${name} ran to its end`);
  }
  assert.ok(r.contained && r.safe);
  // The only capability of the radio that reaches the pacer: its badged send right on the settings endpoint.
  const inv = r.assurance.find((a) => a.title === 'radio capabilities');
  assert.ok(inv !== undefined && inv.ok);
  assert.match(inv.lines[1], /^reaching the pacer: endpoint \(Write\+GrantReply, badge 0x100\) -> the pacer's endpoint \(pacer slot 1\)$/);
}

test('pacemaker, isolated, every attack, 10 minutes: 0 missed beats, every attempt contained, deterministic', () => {
  const a = runPacemaker({ attacks: ATTACKS });
  checkIsolated(a);
  // The expected seL4 answers of the attacks that must get them.
  const got = (name: string) => new Set(a.attempts.filter((x) => x.attack === name).map((x) => x.result));
  assert.ok(got('wild-writes').has('VMFault'));
  assert.deepEqual([...got('bad-rate')], ['rejected by the pacer']);
  assert.ok(got('raise-priority').has('RangeError'));
  assert.ok(got('pacer-tcb').has('CapFault') && got('pacer-tcb').has('InvalidCapability'));
  assert.ok(got('crash').has('UserException') && got('crash').has('restarted by the supervisor'));
  assert.ok(a.log.some((l) => l.includes('radio: up again')), 'the supervisor restarted the radio');
  // The pacer's state at its own address was written only in the radio's private copy.
  assert.ok(a.attempts.some((x) => x.attack === 'wild-writes' && x.result.startsWith('no fault')));
  const b = runPacemaker({ attacks: ATTACKS });
  assert.deepEqual(b.log, a.log);
  assert.deepEqual(b.beats, a.beats);
  assert.equal(b.instructions, a.instructions);
});

test('pacemaker, isolated, MCS: a spinning radio at the pacer\'s priority is held to its budget', () => {
  const r = runPacemaker({ attacks: ATTACKS, mcs: true, durationS: 120, seed: 7 });
  checkIsolated(r);
  assert.ok(r.log.some((l) => /radio\s+prio 200 mcp 200 budget\s+2000 us/.test(l)));
});

test('pacemaker without isolation: wild writes and spinning make the patient miss beats', () => {
  for (const seed of [1, 2, 3]) {
    const w = runPacemaker({ isolation: false, attacks: ['wild-writes'], durationS: 60, seed });
    assert.ok(w.missed > 0, `seed ${seed}: wild writes: ${w.missed} missed`);
    assert.ok(w.attempts.some((x) => x.result.startsWith('no fault')), 'the writes landed');
    const s = runPacemaker({ isolation: false, attacks: ['spin'], durationS: 40, seed });
    assert.ok(s.missed > 0, `seed ${seed}: spin: ${s.missed} missed`);
    assert.ok(s.attempts.some((x) => x.op === 'TCB_SetPriority' && x.target === '0xff' && x.result === 'NoError'));
  }
  // Without attacks the shared system paces correctly: the failures above are the attacks'.
  const quiet = runPacemaker({ isolation: false, durationS: 60 });
  assert.equal(quiet.missed, 0);
});

test('pacemaker report and strip', () => {
  const r = runPacemaker({ attacks: ['bad-rate', 'crash'], durationS: 30 });
  const html = reportHtml(r);
  assert.match(html, /<svg/);
  assert.match(html, /the patient was kept safe/);
  assert.match(html, /bad-rate/);
  const strip = ecgStrip({ timeS: 30, durationS: 30, beats: r.beats, missed: 0, worstSlackMs: 0, log: [], attempts: [], wallS: 0 });
  assert.equal(strip.length, 120);
  assert.match(strip, /\^/);
  assert.match(strip, /P/);
  assert.doesNotMatch(strip, /!/);
});

const CLI = 'dist/src/tools/cli.js';
function sel4ts(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'latin1' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('sel4ts pacemaker: verdict, report file, exit statuses, bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sel4ts-pm-'));
  const rep = join(dir, 'r.html');
  const ok = sel4ts('pacemaker', '--attack', 'bad-rate,flood', '--duration', '30s', '--seed', '5', '--report', rep);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /VERDICT: the patient was kept safe/);
  assert.match(ok.err, /30\/30 s of patient time \(100%\)/, 'progress without a terminal goes to stderr');
  assert.match(readFileSync(rep, 'latin1'), /<svg/);
  const bad = sel4ts('pacemaker', '--no-isolation', '--attack', 'wild-writes', '--duration', '30', '--quiet');
  assert.equal(bad.code, 1);
  assert.match(bad.out, /VERDICT: the patient was NOT kept safe/);
  for (const args of [['--attack', 'nope'], ['--duration', 'x'], ['--seed', '-1'], ['--bogus'], ['extra']]) {
    const r = sel4ts('pacemaker', ...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.match(r.err, /^sel4ts: /);
  }
  const h = sel4ts('pacemaker', '--help');
  assert.equal(h.code, 0);
  assert.match(h.out, /--no-isolation/);
});

test('the isolated demo runs under the integrity monitor: 0 violations, and the radio reaches the pacer only through the settings endpoint', () => {
  const r = spawnSync(process.execPath, ['dist/src/tools/cli.js', 'pacemaker', '--duration', '60'], { encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr);
  const m = /^integrity: (\d+) writes checked, (\d+) violations$/m.exec(r.stdout);
  assert.ok(m !== null && Number(m[1]) > 1000, r.stdout);
  assert.equal(m[2], '0');
  // Labels: one per component thread, the settings endpoint (the pacer's slot 1) assigned to the pacer.
  assert.match(r.stdout, /^authority: radio -> pacer: SyncSend, Reset, Call \(cap cnode_[0-9a-f]+\[0x1\] \(radio:0x1\): endpoint ep_[0-9a-f]+ rights WP badge 0x100\)$/m);
});
