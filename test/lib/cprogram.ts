// Running a C test rootserver (test/c/*.c) through the CLI: each check prints "PASS name" or "FAIL name: ...",
// the last line is "N passed, M failed", then the rootserver halts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const CLI = 'dist/src/tools/cli.js';

export function runCLI(image: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'run', image, ...args], { encoding: 'latin1', timeout: 600_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function summary(out: string): { passed: number; failed: number } | null {
  const m = /^(\d+) passed, (\d+) failed$/m.exec(out);
  return m === null ? null : { passed: Number(m[1]), failed: Number(m[2]) };
}

/** Run `image`; require exit 0, the banner `title`, no FAIL line, at least `minChecks` passes and the halt. */
export function checkCProgram(image: string, args: string[], title: string, minChecks: number): string {
  const r = runCLI(image, ...args);
  assert.equal(r.code, 0, `exit ${r.code}: ${r.err}\n${r.out}`);
  assert.ok(r.out.split('\n').includes(title), `no banner '${title}' in:\n${r.out}`);
  const fails = r.out.split('\n').filter((l) => l.startsWith('FAIL '));
  assert.deepEqual(fails, [], 'no check failed');
  const s = summary(r.out);
  assert.ok(s !== null, `no summary line in:\n${r.out}`);
  assert.equal(s.failed, 0);
  assert.ok(s.passed >= minChecks, `only ${s.passed} checks passed`);
  assert.equal(r.out.split('\n').filter((l) => l.startsWith('PASS ')).length, s.passed);
  assert.match(r.out, /Debug halt syscall from user thread 0x[0-9a-f]+ "rootserver"/);
  return r.out;
}
