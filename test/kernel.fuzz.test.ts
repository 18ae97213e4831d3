// A user program can never crash sel4ts: random invocations of random caps with random arguments always end in
// an seL4 error, fault or success, never a JavaScript exception, and the kernel invariants keep holding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness, SYS } from './lib/harness.js';
import { ThreadState } from '../src/kernel/structures.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 2 ** 32;
  };
}

test('random syscalls and invocations never throw and keep the invariants', () => {
  const r = rng(0x5e14);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const word = (): bigint => {
    switch (Math.floor(r() * 6)) {
      case 0: return 0n;
      case 1: return BigInt(Math.floor(r() * 16));
      case 2: return BigInt(Math.floor(r() * 200));
      case 3: return (1n << BigInt(Math.floor(r() * 64))) - 1n;
      case 4: return BigInt(Math.floor(r() * 2 ** 32)) << 32n | BigInt(Math.floor(r() * 2 ** 32));
      default: return BigInt(Math.floor(r() * 64));
    }
  };
  let steps = 0;
  let runs = 0;
  while (steps < 6000) {
    runs++;
    const h = new Harness();
    const root = h.root;
    for (let i = 0; i < 400 && steps < 6000; i++, steps++) {
      const num = pick([SYS.Call, SYS.Call, SYS.Call, SYS.Call, SYS.Send, SYS.NBSend, SYS.NBRecv, SYS.Yield, SYS.Reply,
        SYS.DebugCapIdentify, SYS.DebugPutChar, SYS.DebugSnapshot, SYS.DebugDumpScheduler]);
      const cptr = r() < 0.9 ? BigInt(Math.floor(r() * 110)) : word();
      const label = Math.floor(r() * 48);
      const n = Math.floor(r() * 10);
      const mrs = Array.from({ length: n }, word);
      const caps = Array.from({ length: Math.floor(r() * 4) }, () => (r() < 0.9 ? BigInt(Math.floor(r() * 110)) : word()));
      const ctx = `run ${runs} step ${i}: syscall ${num} cptr ${cptr} label ${label} mrs [${mrs}] caps [${caps}]`;
      try {
        h.syscall(num, cptr, label, mrs, caps);
      } catch (e) {
        assert.fail(`${ctx}: ${(e as Error).stack}`);
      }
      if (h.ks.halted || h.ks.curThread !== root || root.state !== ThreadState.Running) break;
    }
  }
  assert.ok(runs >= 1);
});
