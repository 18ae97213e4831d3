// Packaging: `npm pack` gives a package that installs into an empty directory and runs with `npx sel4ts`,
// without this repository (no source, no dev dependencies, no network).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 180_000 });

test('npm pack -> npm install in a temp dir -> npx sel4ts --version / run', { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'sel4ts-pack-'));
  try {
    // dist/ is already built by `npm test` (tsc): pack it as is.
    const p = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], process.cwd());
    assert.equal(p.status, 0, p.stderr);
    const info = JSON.parse(p.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info[0].files.map((f) => f.path);
    assert.ok(files.includes('dist/src/tools/cli.js'));
    assert.ok(files.includes('examples/hello/hello.elf'));
    assert.ok(!files.some((f) => f.startsWith('dist/test/') || f.startsWith('src/') || f.startsWith('node_modules/')));
    const app = join(work, 'app');
    spawnSync('mkdir', [app]);
    const i = npm(['install', '--no-audit', '--no-fund', '--offline', join(work, info[0].filename)], app);
    assert.equal(i.status, 0, i.stderr);
    const v = spawnSync('npx', ['--no-install', 'sel4ts', '--version'], { cwd: app, encoding: 'utf8' });
    assert.equal(v.status, 0, v.stderr);
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    assert.equal(v.stdout, `sel4ts ${version}\n`);
    // An image from outside the package, and one shipped with it.
    copyFileSync('examples/multi/multi.elf', join(app, 'multi.elf'));
    const r = spawnSync('npx', ['--no-install', 'sel4ts', 'run', 'multi.elf'], { cwd: app, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\[root\] multi: all threads finished/);
    const h = spawnSync('npx', ['--no-install', 'sel4ts', 'run', 'node_modules/sel4ts/examples/hello/hello.elf'], { cwd: app, encoding: 'utf8' });
    assert.equal(h.status, 0, h.stderr);
    assert.match(h.stdout, /Hello from a sel4ts rootserver!/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
