// The device examples run from the CLI: uart-echo (interrupt-driven UART driver), timer (goldfish RTC alarms),
// disk (virtio-blk driver: latencies per timing model, write cache, power cut), and the device flags' errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HDD_DEFAULTS, SSD_DEFAULTS } from '../src/machine/devices/disk-model.js';
import { afterBootLog } from './lib/bootlog.js';

const CLI = 'dist/src/tools/cli.js';
const tmp = mkdtempSync(join(tmpdir(), 'sel4ts-dev-'));
const UART = 'examples/uart-echo/uart-echo.elf';
const TIMER = 'examples/timer/timer.elf';
const DISK = 'examples/disk/disk.elf';

function sel4ts(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'latin1', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function image(name: string, sectors = 8192): string {
  const p = join(tmp, name);
  writeFileSync(p, new Uint8Array(sectors * 512));
  return p;
}

const insns = (err: string) => /(\d+) instructions/.exec(err)?.[1];

test('uart-echo echoes input from --serial FILE and from stdin, interrupt-driven and deterministic', () => {
  const input = join(tmp, 'in.txt');
  writeFileSync(input, 'hello, seL4\nsecond line\n\x04ignored');
  const a = sel4ts(['run', UART, '--serial', input, '--stats']);
  assert.equal(a.code, 0, a.err);
  assert.equal(afterBootLog(a.out),
    'uart-echo: ns16550a at 0x10000000, IRQ 10\n' +
    'uart-echo: type something, Ctrl-D ends\r\n' +
    'hello, seL4\r\nsecond line\r\n' +
    `uart-echo: 25 bytes (2 lines) in 25 interrupts, ${/in 25 interrupts, (\d+) us/.exec(a.out)?.[1]} us\n` +
    a.out.slice(a.out.indexOf('Debug halt')));
  // 25 bytes at 230400 baud: one character every ~43.4 us, one interrupt each.
  const us = Number(/interrupts, (\d+) us/.exec(a.out)?.[1]);
  assert.ok(us > 24 * 43 && us < 26 * 44, `${us} us`);
  const b = sel4ts(['run', UART, '--stats'], 'hello, seL4\nsecond line\n\x04ignored');
  assert.equal(b.out, a.out);
  assert.equal(insns(b.err), insns(a.err));
  // Without input the driver waits forever: every thread blocked.
  const c = sel4ts(['run', UART]);
  assert.equal(c.code, 3);
  assert.match(c.err, /every thread is blocked/);
});

test('timer sleeps on RTC alarms: wake-ups land at the requested virtual times, idle time costs nothing', () => {
  const r = sel4ts(['run', TIMER, '--stats']);
  assert.equal(r.code, 0, r.err);
  const lines = [...r.out.matchAll(/sleep (\d+) us: rtc (\d+) -> (\d+) ns, slept (\d+) ns \((\d+) ns late\), time CSR (\d+) ticks, (\d+) wakeup/g)];
  assert.equal(lines.length, 6);
  for (const m of lines) {
    const [us, t0, t1, slept, late, ticks, wakeups] = m.slice(1).map(Number);
    assert.equal(t1 - t0, slept);
    assert.ok(slept >= us * 1000, `slept ${slept} for ${us} us`);
    assert.ok(late < 1000, `woke ${late} ns late`);
    assert.ok(Math.abs(ticks * 100 - slept) <= 300, 'the time CSR agrees with the RTC');
    assert.equal(wakeups, 1);
  }
  assert.match(r.out, /alarm in the past: 1 wakeup\n/);
  // 1.11 s of virtual time with well under a million instructions executed.
  assert.match(r.err, /virtual time 111\d\.\d+ ms/);
  assert.ok(Number(insns(r.err)) < 100_000);
  assert.equal(sel4ts(['run', TIMER]).out, r.out, 'deterministic');
});

interface DiskRun {
  code: number | null;
  out: string;
  err: string;
  writes: number[];
  reads: number[];
  flush: number;
  records: number[];
}

function runDisk(img: string, ...flags: string[]): DiskRun {
  const r = sel4ts(['run', DISK, '--disk', img, ...flags]);
  const num = (re: RegExp) => [...r.out.matchAll(re)].map((m) => Number(m[1]));
  return {
    ...r,
    writes: num(/write 4 KiB at sector \d+: status 0, ([\d.]+) us/g),
    reads: num(/read 4 KiB at sector \d+: status 0, data ok, ([\d.]+) us/g),
    flush: num(/disk: flush: status 0, ([\d.]+) us/g)[0],
    records: num(/record \d+ written \(status 0, ([\d.]+) us\)/g),
  };
}

/** Log records found in the image: sector 16 + k holds "REC1", k. */
function recordsIn(img: string): number[] {
  const b = readFileSync(img);
  const found: number[] = [];
  for (let k = 0; k < 32; k++) {
    const o = (16 + k) * 512;
    if (b.readUInt32LE(o) === 0x31434552) {
      assert.equal(b.readUInt32LE(o + 4), k);
      found.push(k);
    }
  }
  return found;
}

test('disk with the ram model: no latency beyond the driver, data verified, the log is durable', () => {
  const img = image('ram.img');
  const r = runDisk(img);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /virtio-blk at 0x10001000, IRQ 1, 8192 sectors, id 'sel4ts-disk0', flush yes/);
  assert.equal(r.reads.length, 4, 'every read verified');
  for (const l of [...r.writes, ...r.reads, ...r.records]) assert.ok(l < 1, `${l} us`);
  assert.match(r.out, /done, 32 records/);
  assert.deepEqual(recordsIn(img), Array.from({ length: 32 }, (_, k) => k));
  // The image was written in place: the 4 KiB test pattern at sector 1024.
  const b = readFileSync(img);
  for (let i = 0; i < 4096; i++) assert.equal(b[1024 * 512 + i], (i * 7 + 1024) & 0xff);
});

test('disk with the ssd model: latencies follow the model (command latency + transfer)', () => {
  const r = runDisk(image('ssd.img'), '--disk-model', 'ssd');
  assert.equal(r.code, 0, r.err);
  const p = SSD_DEFAULTS;
  const w = (p.writeLatencyNs + (4096 * 1e9) / p.mediaBandwidth) / 1000;
  const rd = (p.readLatencyNs + (4096 * 1e9) / p.mediaBandwidth) / 1000;
  const rec = (p.writeLatencyNs + (512 * 1e9) / p.mediaBandwidth) / 1000;
  for (const l of r.writes) assert.ok(l >= w && l < w + 1, `write ${l} us, model ${w}`);
  for (const l of r.reads) assert.ok(l >= rd && l < rd + 1, `read ${l} us, model ${rd}`);
  for (const l of r.records) assert.ok(l >= rec && l < rec + 1, `record ${l} us, model ${rec}`);
  assert.ok(r.flush >= p.flushLatencyNs / 1000 && r.flush < p.flushLatencyNs / 1000 + 1);
  // With the write cache on, writes only cost the interface transfer; flushes pay for the media.
  const c = runDisk(image('ssd-wc.img'), '--disk-model', 'ssd', '--disk-write-cache', 'on');
  const cw = (p.cachedWriteLatencyNs + (4096 * 1e9) / p.interfaceBandwidth) / 1000;
  for (const l of c.writes) assert.ok(l >= cw && l < cw + 1, `cached write ${l} us, model ${cw}`);
  assert.ok(c.flush > p.flushLatencyNs / 1000 + p.writeLatencyNs / 1000);
});

test('disk with the hdd model: seek + rotation + transfer; sequential writes through wait a whole turn', () => {
  const img = image('hdd.img');
  const r = runDisk(img, '--disk-model', 'hdd');
  assert.equal(r.code, 0, r.err);
  const p = HDD_DEFAULTS;
  const rot = 60e6 / p.rpm; // us
  const max = (p.controllerOverheadNs + p.fullStrokeSeekNs) / 1000 + rot + 50;
  for (const l of [...r.writes, ...r.reads]) assert.ok(l > p.controllerOverheadNs / 1000 && l < max, `${l} us`);
  // Back-to-back one-sector writes: the sector has just passed under the head, so ~one rotation each.
  for (const l of r.records.slice(1)) assert.ok(l > rot * 0.95 && l < rot + p.controllerOverheadNs / 1000 + 10, `${l} us`);
  assert.deepEqual(recordsIn(img).length, 32);
  // Deterministic.
  const again = runDisk(image('hdd2.img'), '--disk-model', 'hdd');
  assert.equal(again.out, r.out);
});

test('power cut, write-through disk: exactly the writes the device completed survive; the in-flight one is reported lost', () => {
  const img = image('cut.img');
  // The power fails at 150 ms, during a ~8.3 ms log write; 10 us of hold-up is too short to finish it.
  const r = runDisk(img, '--disk-model', 'hdd', '--power-fail-at', '150ms', '--holdup', '0.01');
  assert.equal(r.code, 0, r.err);
  const completed = [...r.out.matchAll(/record (\d+) written/g)].map((m) => Number(m[1]));
  assert.ok(completed.length > 0 && completed.length < 32);
  assert.deepEqual(recordsIn(img), completed);
  const next = completed.length;
  assert.match(r.err, new RegExp(`lost in flight: write of sectors ${16 + next}\\.\\.${16 + next} `));
  assert.match(r.err, /power failed at 150\.000 ms; power lost at 150\.010 ms/);
});

test('power cut with a volatile write cache: completed but unflushed writes are lost; RapiLog-style flush saves them', () => {
  // Hold-up too short for the emergency flush: only what earlier flushes made durable survives.
  const img = image('wc-cut.img');
  const r = runDisk(img, '--disk-model', 'hdd', '--disk-write-cache', 'on', '--power-fail-at', '100ms', '--holdup', '0.01');
  assert.equal(r.code, 0, r.err);
  const flushed = [...r.out.matchAll(/flushed records 0\.\.(\d+)/g)].map((m) => Number(m[1]));
  const durable = flushed.length === 0 ? 0 : flushed[flushed.length - 1] + 1;
  const completed = [...r.out.matchAll(/record (\d+) written/g)].length;
  assert.ok(completed > durable, 'some completed writes were only cached');
  assert.deepEqual(recordsIn(img), Array.from({ length: durable }, (_, k) => k));
  assert.match(r.err, /lost from the volatile write cache: \d+ sectors/);
  // With the default 100 ms hold-up the driver's flush on the power-fail interrupt completes in time.
  const img2 = image('wc-safe.img');
  const s = runDisk(img2, '--disk-model', 'hdd', '--disk-write-cache', 'on', '--power-fail-at', '100ms');
  assert.equal(s.code, 0, s.err);
  assert.match(s.out, /power-fail interrupt \(mains lost at 100000 us, hold-up 100000 us\)/);
  assert.match(s.out, /emergency flush after (\d+) records: status 0/);
  const n = Number(/emergency flush after (\d+) records/.exec(s.out)?.[1]);
  assert.deepEqual(recordsIn(img2), Array.from({ length: n }, (_, k) => k));
  assert.match(s.err, /disk: nothing lost/);
});

test('device flags: bad values give one line on stderr and exit 2', () => {
  const img = image('flags.img', 16);
  for (const args of [
    ['--disk', join(tmp, 'missing.img')],
    ['--disk', img, '--disk-model', 'floppy'],
    ['--disk', img, '--disk-write-cache', 'maybe'],
    ['--power-fail-at', 'soon'],
    ['--power-fail-at', '10 ms'],
    ['--holdup', '5'],
    ['--power-fail-at', '1ms', '--holdup', '-1'],
    ['--serial', join(tmp, 'nope.txt')],
    ['--trace', 'irqs'],
    ['--disk', tmp],
  ]) {
    const r = sel4ts(['run', 'examples/hello/hello.elf', ...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.equal(r.err.trim().split('\n').length, 1, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /^sel4ts: /);
  }
  // A tiny image is rejected by the driver, not by sel4ts.
  const tiny = sel4ts(['run', DISK, '--disk', image('tiny.img', 64)]);
  assert.equal(tiny.code, 0);
  assert.match(tiny.out, /need at least 4096 sectors/);
});
