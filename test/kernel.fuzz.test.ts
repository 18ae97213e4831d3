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

test('rootservers made of random words never make sel4ts throw', async () => {
  const { System } = await import('../src/system.js');
  const { buildElf } = await import('../src/boot/elf.js');
  const r = rng(0xc0ffee);
  const reasons = new Map<string, number>();
  for (let i = 0; i < 150; i++) {
    const words = new Uint32Array(1024);
    for (let k = 0; k < words.length; k++) {
      // Mostly random words, with ecalls and plausible syscall numbers sprinkled in.
      const x = r();
      words[k] = x < 0.1 ? 0x00000073 : x < 0.2 ? (0x00000893 | ((Math.floor(r() * 20) - 16) & 0xfff) << 20) : Math.floor(r() * 2 ** 32);
    }
    const elf = buildElf(0x10000n, [{ vaddr: 0x10000, data: new Uint8Array(words.buffer), memsz: 0x2000 }]);
    const sys = new System(elf, { ramSize: 64 * 1024 * 1024, config: { printing: false } });
    let res;
    try {
      res = sys.run(20_000);
    } catch (e) {
      assert.fail(`image ${i}: ${(e as Error).stack}`);
    }
    reasons.set(res.reason, (reasons.get(res.reason) ?? 0) + 1);
  }
  assert.ok((reasons.get('fault') ?? 0) > 0, 'most random programs fault');
});
