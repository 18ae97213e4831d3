// examples/multi: a server and two clients, each in its own CSpace and VSpace, exchanging long messages and
// capabilities (a notification and a frame, granted through the endpoint). Runs the committed image end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const CLI = 'dist/src/tools/cli.js';

function run(image: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'run', image, ...args], { encoding: 'latin1' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Assert that the lines appear in this order (each a substring of some later line). */
function inOrder(out: string, expected: string[]): void {
  const lines = out.split('\n');
  let at = 0;
  for (const e of expected) {
    const i = lines.findIndex((l, k) => k >= at && l.includes(e));
    assert.ok(i >= 0, `missing (in order) "${e}" in:\n${out}`);
    at = i + 1;
  }
}

test('multi runs to completion: threads in separate CSpaces/VSpaces exchange messages and caps', () => {
  const r = run('examples/multi/multi.elf');
  assert.equal(r.code, 0, r.err + r.out);
  assert.doesNotMatch(r.out, /WRONG|FAILED|FAULT/);
  inOrder(r.out, [
    '[root] multi: a server and two clients in separate CSpaces and VSpaces',
    '[root] server  : TCB slot',
    '[root] client A: TCB slot',
    '[root] client B: TCB slot',
    '[server] up: CSpace of 16 slots, own VSpace; waiting',
    '[client A] up (arg 0x1001)',
    '[server] badge 0xa: SUM of 40 words = 60540; replying with them reversed',
    '[client A] reply: length 41, sum 60540, MR40 1000 -> ok',
    '[client A] minted a badged (0x5a) send-only copy of my notification: NoError',
    '[server] badge 0xa: NTFN with 1 cap(s), unwrapped 0; slot 10 now holds cap type 6',
    '[server] signalled the client\'s notification',
    '[server] deleted the received cap: NoError',
    '[client A] server answered 0; my copy is still here (type 6)',
    '[client A] my notification was signalled, badge 0x5a -> ok',
    '[client A] done',
    '[root] done signal, badge 0x2',
    '[client B] up (arg 0x1002)',
    '[client B] mapped my frame at 0x10100000: NoError',
    '[server] badge 0xb: FRAME with 1 cap(s); slot 10 now holds cap type 1',
    '[server] mapped it at 0x10100000 in my VSpace: NoError',
    '[server] the frame says "greetings from client B\'s address space" (39 bytes, MR0 says 39)',
    '[server] unmapped: NoError',
    '[server] deleted the received cap: NoError',
    '[client B] server answered 0 (label 0)',
    '[client B] my frame now also says "hello client B, server was here" -> ok',
    '[client B] done',
    '[root] done signal, badge 0x4 (seen 0x6)',
    '[server] badge 0x0: STATS',
    '[root] server stats: 4 requests, 2 caps received (label 0)',
    '[server] done',
    '[root] done signal, badge 0x1 (seen 0x7)',
    '[root] multi: all threads finished',
    'Debug halt syscall from user thread',
  ]);
});

test('multi: each process has its own IPC buffer frame at the same virtual address', () => {
  const r = run('examples/multi/multi.elf');
  const bufs = [...r.out.matchAll(/IPC buffer (0x[0-9a-f]+) -> paddr (0x[0-9a-f]+), (\d+) page tables/g)];
  assert.equal(bufs.length, 3, r.out);
  assert.equal(new Set(bufs.map((m) => m[1])).size, 1, 'same vaddr in every VSpace');
  assert.equal(new Set(bufs.map((m) => m[2])).size, 3, 'three different frames');
  for (const m of bufs) assert.ok(Number(m[3]) >= 3, 'page tables were created for each VSpace');
  // the frame the client granted is the one the server mapped
  const pa = /frame paddr (0x[0-9a-f]+) \(client said (0x[0-9a-f]+)\)/.exec(r.out);
  assert.ok(pa, r.out);
  assert.equal(pa[1], pa[2]);
});
