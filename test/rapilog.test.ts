// RapiLog (examples/rapilog, src/systems/rapilog): the disk server's protocol and policies, the VFS, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { formatDisk, writeTable, readTable, DiskFormatError, SECTOR } from '../src/systems/rapilog/disk.js';
import { boot, POLICIES } from '../src/systems/rapilog/driver.js';
import { baseImage, checkImage, DISK_SECTORS } from '../src/systems/rapilog/campaign.js';

const CLI = new URL('../src/tools/cli.js', import.meta.url).pathname;

test('the server answers every malformed request with an error and keeps serving, in every policy', () => {
  for (const policy of POLICIES) {
    const r = boot(formatDisk(DISK_SECTORS), { policy, model: 'ssd', mode: 'garbage' });
    const answers = [...r.output.matchAll(/^garbage: (.*) -> (-?\d+)$/gm)];
    assert.equal(answers.length, 10, r.output);
    for (const a of answers) assert.ok(Number(a[2]) < 0, `${policy}: ${a[1]} was accepted`);
    assert.match(r.output, /^garbage: 0 accepted, round trip ok$/m, policy);
    assert.equal(r.result.reason, 'halted');
  }
});

test('reads return what was written (overlapping writes, reads of buffered data) in every policy', () => {
  for (const policy of POLICIES) {
    const r = boot(formatDisk(DISK_SECTORS), { policy, model: 'hdd', mode: 'rwtest' });
    assert.match(r.output, /^rwtest: 0 mismatches$/m, `${policy}: ${r.output}`);
  }
});

test('sync: every sync is a FLUSH after the writes before it completed; rapilog: sequential write-back, no FLUSH', () => {
  const base = baseImage('wal');
  const s = boot(base.slice(), { policy: 'sync', model: 'ssd', mode: 'run', journal: 'wal', tx: 20 });
  const syncs = Number(/(\d+) syncs/.exec(s.output.split('\n').filter((l) => l.includes('client done')).pop()!)![1]);
  const T_OUT = 1, T_FLUSH = 4;
  const log = s.diskLog.filter((r) => r.type === T_OUT || r.type === T_FLUSH);
  assert.equal(log.filter((r) => r.type === T_FLUSH).length, syncs);
  for (let i = 1; i < log.length; i++) assert.ok(log[i].started >= log[i - 1].completed, 'requests overlap');
  assert.equal(s.commits.length, 20);
  const r = boot(base.slice(), { policy: 'rapilog', model: 'hdd', mode: 'run', journal: 'wal', tx: 20 });
  assert.equal(r.diskLog.filter((x) => x.type === T_FLUSH).length, 0);
  const w = r.diskLog.filter((x) => x.type === T_OUT);
  assert.ok(w.length > 0);
  for (let i = 1; i < w.length; i++) assert.ok(w[i].submitted >= w[i - 1].completed, 'write-back not one at a time');
});

test('rapilog: the buffer stays within its drain budget and writers block when it is full', () => {
  const base = baseImage('wal');
  const img = base.slice();
  const r = boot(img, { policy: 'rapilog', model: 'hdd', mode: 'run', journal: 'wal', tx: 60, budgetUs: 5000 });
  const m = /(\d+) blocked on a full buffer, largest buffer (\d+) bytes \/ (\d+) us estimated drain/.exec(r.output);
  assert.ok(m, r.output);
  assert.ok(Number(m[1]) > 0, 'no back-pressure with a 5 ms budget on hdd');
  // One entry is always accepted into an empty buffer (its positioning cost alone is 10 ms on hdd).
  assert.ok(Number(m[3]) <= 10000 + 5000, `estimate ${m[3]} us`);
  assert.equal(r.commits.length, 60);
  const c = checkImage(img, 'wal', false);
  assert.equal(c.integrity, 'ok');
  assert.equal(c.present.size, 60);
});

test('rapilog: the power-fail interrupt stops acknowledgements and the drain ends within the budget and hold-up', () => {
  const base = baseImage('wal');
  const probe = boot(base.slice(), { policy: 'rapilog', model: 'hdd', mode: 'run', journal: 'wal', tx: 2 });
  const at = probe.commits[0].us * 1000 + 50e6;
  const img = base.slice();
  const r = boot(img, { policy: 'rapilog', model: 'hdd', mode: 'run', journal: 'wal', tx: 100000, powerFailAtNs: at, holdupMs: 100 });
  assert.ok(r.drain, r.output);
  assert.ok(r.drain.estimateUs <= r.drain.budgetUs, `estimate ${r.drain.estimateUs} > budget`);
  assert.ok(r.drain.us <= 100000, `drain ${r.drain.us} us exceeds the hold-up`);
  assert.equal(r.result.reason, 'power-lost');
  // No commit is acknowledged after the interrupt.
  for (const c of r.commits) assert.ok(c.us * 1000 <= at, `commit ${c.id} acknowledged after the power-fail interrupt`);
  const c = checkImage(img, 'wal', false);
  assert.equal(c.integrity, 'ok');
  for (const x of r.commits) assert.ok(c.present.has(x.id), `commit ${x.id} lost`);
});

test('rollback-journal mode works in every policy, with synchronous=FULL', () => {
  const base = baseImage('delete');
  for (const policy of POLICIES) {
    const img = base.slice();
    const r = boot(img, { policy, model: 'ssd', mode: 'run', journal: 'delete', tx: 15 });
    assert.equal(r.commits.length, 15, r.output);
    const c = checkImage(img, 'delete', false);
    assert.equal(c.integrity, 'ok');
    assert.ok(c.balancesOk);
    assert.equal(c.present.size, 15);
  }
});

test('a full extent is SQLITE_FULL, reported by the client; the database stays intact', () => {
  const img = formatDisk(DISK_SECTORS, { extentSectors: [300, 4096, 4096] });
  const s = boot(img, { policy: 'sync', model: 'ram', mode: 'setup', journal: 'delete', accounts: 1000 });
  assert.match(s.output, /^setup: done/m, s.output);
  const r = boot(img, { policy: 'sync', model: 'ram', mode: 'run', journal: 'delete', tx: 5000 });
  assert.match(r.output, /^tpcb: transaction \d+ failed: .*SQLITE_FULL\)$/m, r.output.split('\n').slice(-4).join('\n'));
  assert.ok(r.commits.length > 0 && r.commits.length < 5000);
  const c = checkImage(img, 'delete', false);
  assert.equal(c.integrity, 'ok');
  assert.equal(c.present.size, r.commits.length);
});

test('a disk without a valid file table: the database process says so in one line, nothing crashes', () => {
  const img = formatDisk(DISK_SECTORS);
  new DataView(img.buffer).setUint32(SECTOR + 16 + 24, DISK_SECTORS, true); // db extent past the end
  const r = boot(img, { policy: 'sync', model: 'ram', mode: 'run' });
  assert.match(r.output, /^tpcb: bad file table entry 0 /m);
  assert.equal(r.result.reason, 'poweroff');
  assert.equal(r.result.exitCode, 1);
  const small = boot(new Uint8Array(16 * SECTOR), { policy: 'sync', model: 'ram', mode: 'run' });
  assert.match(small.output, /^rapilog-server: disk too small \(16 sectors\)$/m);
  assert.equal(small.result.exitCode, 1);
  assert.throws(() => readTable(img), DiskFormatError);
  assert.throws(() => readTable(new Uint8Array(4096)), /too small/);
});

test('sel4ts rapilog extract: host files the host sqlite3 opens; bad images give one line and exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapilog-test-'));
  try {
    const img = baseImage('wal');
    boot(img, { policy: 'sync', model: 'ram', mode: 'run', journal: 'wal', tx: 5 });
    const disk = join(dir, 'disk.img');
    writeFileSync(disk, img);
    const ok = spawnSync(process.execPath, [CLI, 'rapilog', 'extract', disk, join(dir, 'out')], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.ok(existsSync(join(dir, 'out', 'tpcb.db')));
    const q = execFileSync('sqlite3', [join(dir, 'out', 'tpcb.db'), 'PRAGMA integrity_check;', 'SELECT count(*) FROM history;'], { encoding: 'utf8' });
    assert.equal(q.trim(), 'ok\n5');
    const bad = new Uint8Array(img);
    bad.fill(0xff, SECTOR, 2 * SECTOR);
    writeFileSync(join(dir, 'bad.img'), bad);
    writeFileSync(join(dir, 'small.img'), new Uint8Array(1000));
    for (const [f, re] of [['bad.img', /not a rapilog disk/], ['small.img', /too small/], ['missing.img', /cannot read/]] as const) {
      const r = spawnSync(process.execPath, [CLI, 'rapilog', 'extract', join(dir, f), join(dir, 'x')], { encoding: 'utf8' });
      assert.equal(r.status, 2, f);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, re);
    }
    const fmt = spawnSync(process.execPath, [CLI, 'rapilog', 'format', join(dir, 'small.img')], { encoding: 'utf8' });
    assert.equal(fmt.status, 2);
    assert.match(fmt.stderr, /too small/);
    const flag = spawnSync(process.execPath, [CLI, 'rapilog', '--tx', 'many'], { encoding: 'utf8' });
    assert.equal(flag.status, 2);
    assert.match(flag.stderr, /^sel4ts rapilog: --tx expects a number/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('formatDisk rejects layouts that do not fit', () => {
  assert.throws(() => formatDisk(1000), /too small/);
  const img = formatDisk(DISK_SECTORS);
  const files = readTable(img);
  files[1].start = files[0].start;
  writeTable(img, files);
  assert.throws(() => readTable(img), /overlap/);
});

test('the report: throughput bars, the durability table and the drain histogram', async () => {
  const { htmlReport, throughputText } = await import('../src/systems/rapilog/report.js');
  const rows = (['hdd', 'ssd'] as const).flatMap((model, i) => POLICIES.map((policy, j) => ({ policy, model, tps: 100 * (j + 1) * (i + 1), commits: 10, seconds: 1 })));
  const text = throughputText(rows, 'wal');
  assert.match(text, /rapilog\/sync on hdd: 2\.00/);
  assert.match(text, /ordering unsafe >= rapilog > sync on hdd: holds/);
  const camp = POLICIES.map((policy) => ({ policy, cuts: 2, kills: 1, trials: [], corrupt: 0, lost: policy === 'unsafe' ? 7 : 0, trialsWithLoss: 0, hostCorrupt: 0, hostLost: 0, drainsUs: policy === 'rapilog' ? [12000, 15000] : [], killCorrupt: 0, killLost: 0 }));
  const html = htmlReport({ rows, journal: 'wal', campaign: camp, holdupMs: 100, budgetUs: 20000 });
  assert.equal(html.match(/<svg/g)?.length, 2);
  assert.match(html, /<td>unsafe<\/td><td>2<\/td><td>0<\/td><td>7<\/td>/);
  assert.match(html, /hold-up 100 ms/);
});
