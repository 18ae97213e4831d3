// The assurance options of `sel4ts run` and `sel4ts report` end to end: snapshot files in every format, the
// HTML report, policy violations with the responsible slot and exit status 6, and one-line errors for bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSnapshot } from '../src/assurance/snapshot.js';
import { computeLabels } from '../src/assurance/labels.js';
import { authorityGraph, takeGrantClosure } from '../src/assurance/authority.js';
import { formatPolicy } from '../src/assurance/policy.js';
import { parseCapDL } from './lib/capdl-parser.js';
import { buildElf } from '../src/boot/elf.js';

const CLI = 'dist/src/tools/cli.js';
const MULTI = 'examples/multi/multi.elf';
const tmp = mkdtempSync(join(tmpdir(), 'sel4ts-assure-'));
const f = (name: string) => join(tmp, name);

function sel4ts(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const first = sel4ts('run', MULTI, '--snapshot', f('multi.json'), '--snapshot-at', '0.2ms');
const snap = parseSnapshot(readFileSync(f('multi.json'), 'utf8'));
const lab = computeLabels(snap);
const graph = authorityGraph(snap, lab);
const closure = takeGrantClosure(graph.labels, graph.edges);

test('--snapshot FILE.json at the end of the run, --snapshot-at T as FILE-at-T.json', () => {
  assert.equal(first.code, 0, first.err);
  assert.equal(snap.taken.reason, 'end of run');
  const at = parseSnapshot(readFileSync(f('multi-at-0.2ms.json'), 'utf8'));
  assert.equal(at.taken.reason, 'virtual time 0.2ms');
  assert.equal(at.taken.virtualTimeNs, 200_000);
  assert.ok(at.taken.instructions < snap.taken.instructions);
  // Deterministic: a second run writes the same file.
  const again = sel4ts('run', MULTI, '--snapshot', f('multi2.json'));
  assert.equal(again.code, 0);
  assert.equal(readFileSync(f('multi2.json'), 'utf8'), readFileSync(f('multi.json'), 'utf8'));
});

test('--snapshot FILE.cdl and FILE.dot', () => {
  assert.equal(sel4ts('run', MULTI, '--snapshot', f('multi.cdl')).code, 0);
  const m = parseCapDL(readFileSync(f('multi.cdl'), 'utf8'));
  assert.equal(m.objects.size, snap.objects.length);
  assert.equal(sel4ts('run', MULTI, '--snapshot', f('multi.dot')).code, 0);
  const dot = readFileSync(f('multi.dot'), 'utf8');
  assert.match(dot, /^digraph authority \{/);
  assert.match(dot, /"client_A" -> "shared" \[label=/);
});

test('a policy equal to the graph and its closure passes; one missing edge is reported with its slot, exit 6', () => {
  writeFileSync(f('full.policy'), formatPolicy([...graph.edges, ...closure]));
  const ok = sel4ts('run', MULTI, '--policy', f('full.policy'));
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.err, /policy: 0 edges of the authority graph and 0 of its take-grant closure not allowed/);
  // Drop client B's SyncSend to the shared endpoint.
  const drop = graph.edges.filter((e) => !(e.from === 'client_B' && e.to === 'shared' && e.auth === 'SyncSend'));
  assert.equal(drop.length, graph.edges.length - 1);
  writeFileSync(f('strict.policy'), `# every edge but one\n${formatPolicy([...drop, ...closure])}`);
  const bad = sel4ts('run', MULTI, '--policy', f('strict.policy'));
  assert.equal(bad.code, 6, bad.err);
  const bCnode = snap.threads.find((t) => t.name === 'client B')!.cspace;
  assert.match(bad.err, new RegExp(`policy: not allowed: client_B -SyncSend-> shared, conferred by cap ${bCnode}\\[0x2\\] \\(client B:0x2\\): endpoint ep_[0-9a-f]+ rights WGP badge 0xb`));
  assert.match(bad.out, /multi: all threads finished/, 'the run itself completed');
});

test('--check integrity and --report FILE.html: the integrity line and a self-contained page with the graph', () => {
  const r = sel4ts('run', MULTI, '--check', 'integrity', '--policy', f('strict.policy'), '--report', f('multi.html'));
  assert.equal(r.code, 6);
  assert.match(r.err, /integrity: \d+ writes checked, 0 violations/);
  const html = readFileSync(f('multi.html'), 'utf8');
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /<svg[^>]*>[\s\S]*client_A[\s\S]*<\/svg>/);
  assert.match(html, /integrity: \d+ writes checked, 0 violations/);
  assert.match(html, /1 edge of the graph not allowed/);
  assert.doesNotMatch(html, /<script|<link|src="http/);
  const rep = sel4ts('report', f('multi.json'), '-o', f('offline.html'));
  assert.equal(rep.code, 0, rep.err);
  assert.match(readFileSync(f('offline.html'), 'utf8'), /<svg/);
  const rep2 = sel4ts('report', f('multi.json'), '--policy', f('strict.policy'));
  assert.equal(rep2.code, 6);
  assert.ok(existsSync(f('multi.html')));
});

test('bad input: one line on stderr, exit 2', () => {
  const cases: [string[], RegExp][] = [
    [['run', MULTI, '--snapshot', f('x.txt')], /must end in \.cdl, \.json or \.dot/],
    [['run', MULTI, '--snapshot-at', '1ms'], /--snapshot-at needs --snapshot/],
    [['run', MULTI, '--check', 'nothing'], /--check expects 'integrity'/],
    [['run', MULTI, '--policy', f('nope.policy')], /cannot (open|read) policy file .*: no such file/],
    [['run', MULTI, '--report', f('r.txt')], /must end in \.html/],
    [['report', f('nope.json')], /cannot (open|read) snapshot .*: no such file/],
    [['report'], /expected: sel4ts report SNAPSHOT.json/],
  ];
  writeFileSync(f('garbled.policy'), 'a -> b : Teleport\n');
  cases.push([['run', MULTI, '--policy', f('garbled.policy')], /policy file .*line 1: unknown authority 'Teleport'/]);
  writeFileSync(f('garbled.labels'), 'thread = \n');
  cases.push([['run', MULTI, '--labels', f('garbled.labels')], /labels file .*line 1/]);
  writeFileSync(f('notsnap.json'), '{"a": 1}');
  cases.push([['report', f('notsnap.json')], /not a sel4ts snapshot/]);
  for (const [args, re] of cases) {
    const r = sel4ts(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, re);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
});

test('--snapshot also writes FILE-debugN.EXT at each seL4_DebugSnapshot', () => {
  // addi a7, zero, -13 (DebugSnapshot); ecall; addi a7, zero, -11 (DebugHalt); ecall
  const words = [0xff300893, 0x00000073, 0xff500893, 0x00000073];
  const p = f('snap.elf');
  writeFileSync(p, buildElf(0x10000n, [{ vaddr: 0x10000, data: new Uint8Array(new Uint32Array(words).buffer), memsz: 0x1000 }]));
  const r = sel4ts('run', p, '--snapshot', f('dbg.json'));
  assert.equal(r.code, 0, r.err);
  const d = parseSnapshot(readFileSync(f('dbg-debug1.json'), 'utf8'));
  assert.equal(d.taken.reason, 'seL4_DebugSnapshot 1');
  assert.equal(d.threads.length, 1);
  assert.equal(parseSnapshot(readFileSync(f('dbg.json'), 'utf8')).taken.reason, 'end of run');
});
