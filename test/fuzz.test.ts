// The fuzz campaign (npm run fuzz): a short fixed-seed slice with 0 failures, the generators' reach, determinism,
// resume and replay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSyscallProgram } from '../src/fuzz/syscalls.js';
import { runMachineProgram } from '../src/fuzz/machine.js';
import { runInputProgram, mutate } from '../src/fuzz/inputs.js';
import { specFor } from '../src/fuzz/run.js';
import { Rng } from '../src/fuzz/rng.js';

const CAMPAIGN = 'dist/src/fuzz/campaign.js';
const tmp = mkdtempSync(join(tmpdir(), 'sel4ts-fuzz-'));

function fuzz(...args: string[]) {
  const r = spawnSync(process.execPath, [CAMPAIGN, ...args], { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('CI slice: 201 programs of seed 14 (two deep-syscall programs of 20000 steps) on two workers, no failures', () => {
  const out = join(tmp, 'slice');
  const r = fuzz('--seed', '14', '--programs', '201', '--workers', '2', '--out', out, '--quiet');
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /201 of 201 programs/);
  assert.match(r.out, /failures: none/);
  const st = JSON.parse(readFileSync(join(out, 'state.json'), 'utf8'));
  assert.equal(st.totals.programs, 201);
  assert.ok(st.totals.syscalls >= 40_000, `syscalls ${st.totals.syscalls}`);
  // Coverage: most invocation labels reached, with error paths, and faults of several kinds resumed.
  const m = /coverage: (\d+) of 41 invocation labels reached/.exec(r.out);
  assert.ok(m !== null && Number(m[1]) >= 35, r.out);
  assert.match(r.out, /error codes returned: NoError \d+, InvalidArgument \d+, InvalidCapability \d+, IllegalOperation \d+/);
  assert.match(r.out, /faults delivered to handlers: .*cap \d+.*vm \d+/);
});

test('resume continues a campaign where it stopped; --replay reruns one program', () => {
  const out = join(tmp, 'resume');
  let r = fuzz('--seed', '5', '--programs', '30', '--out', out, '--quiet', '--workers', '1');
  assert.equal(r.code, 0, r.err);
  r = fuzz('--resume', '--programs', '60', '--out', out, '--quiet', '--workers', '2');
  assert.equal(r.code, 0, r.err);
  const st = JSON.parse(readFileSync(join(out, 'state.json'), 'utf8'));
  assert.equal(st.totals.programs, 60);
  assert.equal(st.watermark, 60);
  assert.equal(st.seed, 5);
  const spec = join(tmp, 'spec.json');
  writeFileSync(spec, JSON.stringify({ spec: { kind: 'syscalls', seed: 5, index: 0, steps: 300 } }));
  r = fuzz('--replay', spec);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /^syscalls program 0 \(seed 5\): .* 300 syscalls|^syscalls program 0 \(seed 5\): /);
  assert.match(r.out, /no failure/);
  // Bad replay files and options are one-line usage errors.
  writeFileSync(spec, JSON.stringify({ spec: { kind: '__proto__', seed: 1, index: 0 } }));
  for (const args of [['--replay', spec], ['--replay', join(tmp, 'none.json')], ['--programs', 'many'], ['--bogus']]) {
    r = fuzz(...args);
    assert.equal(r.code, 2, args.join(' ') + r.err);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
});

test('programs are deterministic: the same spec gives the same digest, instructions and kernel entries', () => {
  for (const spec of [specFor(9, 0), specFor(9, 1), specFor(9, 10), specFor(9, 30)]) {
    const run = spec.kind === 'syscalls' ? () => runSyscallProgram({ ...spec, steps: 3000 })
      : spec.kind === 'machine' ? () => runMachineProgram(spec) : () => runInputProgram(spec);
    const a = run(), b = run();
    assert.equal(a.failure, undefined, a.failure);
    assert.deepEqual([a.digest, a.instructions, a.entries, a.reason], [b.digest, b.instructions, b.entries, b.reason], spec.kind);
  }
});

test('a deep-syscall program survives its faults: the handler resumes threads, objects of every type exist', () => {
  const r = runSyscallProgram({ kind: 'syscalls', seed: 2, index: 0, steps: 6000 }, { checkInvariants: true });
  assert.equal(r.failure, undefined, r.failure);
  assert.equal(r.syscalls, 6000);
  const faults = Object.entries(r.coverage).filter(([k]) => k.startsWith('fault ')).reduce((a, [, n]) => a + n, 0);
  assert.ok(faults > 20, `faults handled: ${faults}`);
  for (const cap of ['untyped', 'TCB', 'CNode', 'frame', 'page table', 'IRQ handler']) {
    assert.ok(Object.keys(r.coverage).some((k) => k.startsWith(`inv ${cap} `) && k.endsWith(' 0')), `a successful invocation on a ${cap} cap`);
  }
});

test('machine programs reach every device page and keep running after faults', () => {
  let devicePages = 0, faults = 0, insns = 0;
  for (let i = 1; i < 12; i++) {
    const r = runMachineProgram({ kind: 'machine', seed: 4, index: i });
    assert.equal(r.failure, undefined, r.failure);
    devicePages = Math.max(devicePages, r.coverage['device pages mapped'] ?? 0);
    faults += Object.entries(r.coverage).filter(([k]) => k.startsWith('fault ')).reduce((a, [, n]) => a + n, 0);
    insns += r.instructions;
  }
  assert.equal(devicePages, 12, 'syscon, RTC, UART, 8 virtio transports, power-fail line');
  assert.ok(faults > 11, `faults resumed: ${faults}`);
  assert.ok(insns > 11 * 2000);
});

test('mutations change inputs and stay deterministic', () => {
  const src = Uint8Array.from({ length: 256 }, (_, i) => i);
  const a = mutate(new Rng(1), src), b = mutate(new Rng(1), src);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, src);
});

test('found by the campaign (seed 1, input programs 6990 and 18330): mutated timer images that sleep for years end at the virtual-time bound', () => {
  // Cause: an RTC alarm set ~10^8 s ahead; while everything waits, virtual time advances one kernel tick (2 ms)
  // at a time, so the run never reached its instruction limit. Programs (and the CLI, --max-time) now bound
  // virtual time as well.
  for (const index of [6990, 18330]) {
    const r = runInputProgram({ kind: 'input', seed: 1, index });
    assert.equal(r.failure, undefined, r.failure);
    assert.equal(r.reason, 'time-limit');
    assert.ok(r.wallMs < 20_000, `${r.wallMs} ms`);
  }
});

test('--max-time stops a sleeping guest at a virtual time with exit 4', () => {
  const r = spawnSync(process.execPath, ['dist/src/tools/cli.js', 'run', 'examples/timer/timer.elf', '--max-time', '150us'], { encoding: 'utf8' });
  assert.equal(r.status, 4, r.stderr);
  assert.match(r.stderr, /^sel4ts: virtual time limit reached \(0\.150 ms\)$/m);
  const bad = spawnSync(process.execPath, ['dist/src/tools/cli.js', 'run', 'examples/timer/timer.elf', '--max-time', 'soon'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
});

test('a failing deep-syscall program is minimised to the steps that still reproduce it', async () => {
  const { minimise } = await import('../src/fuzz/run.js');
  // A planted kernel bug: after step 700 a thread appears twice in a ready queue (only if step 300 ran in the same
  // boot, so the minimal program needs both steps).
  const issued300 = new WeakSet<object>();
  const plant = {
    checkInvariants: false,
    afterStep: (ks: import('../src/kernel/statedata.js').KernelState, step: number) => {
      if (step === 300) issued300.add(ks);
      if (step === 700 && issued300.has(ks)) ks.readyQueues[0][7].push(ks.curThread, ks.curThread);
    },
  };
  const spec = { kind: 'syscalls' as const, seed: 3, index: 0, steps: 1500 };
  const r = runSyscallProgram(spec, plant);
  assert.match(r.failure ?? '', /kernel invariant violated/);
  assert.ok(r.failedAt !== undefined && r.failedAt >= 700 && r.failedAt <= 716, `failed at ${r.failedAt}`);
  const m = minimise(r, 60_000, plant);
  assert.ok(m.keep !== undefined);
  assert.ok(m.keep.includes(300) && m.keep.includes(700), `kept ${m.keep}`);
  assert.ok(m.keep.length <= 20, `kept ${m.keep.length} steps`);
  assert.match(runSyscallProgram(m, plant).failure ?? '', /kernel invariant violated/);
});
