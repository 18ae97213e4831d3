// A user program can never crash sel4ts: random invocations of random caps with random arguments always end in
// an seL4 error, fault or success, never a JavaScript exception, and the kernel invariants keep holding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness, SYS } from './lib/harness.js';
import { CapTag } from '../src/kernel/structures.js';
import { lookupIPCBuffer } from '../src/kernel/message.js';

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
  // Biased toward real objects: a quarter of the steps retype something into the first empty slots, the rest
  // invoke random slots with random labels, MRs and extra caps; whichever thread is current keeps going.
  const r = rng(0x5e14);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  let steps = 0;
  let runs = 0;
  let created = 0;
  while (steps < 8000) {
    runs++;
    const h = new Harness();
    const uts = h.sys.boot.untypeds.filter((u) => !u.isDevice && u.sizeBits >= 16).map((u) => u.slot);
    const dev = h.sys.boot.untypeds.filter((u) => u.isDevice).map((u) => u.slot);
    const empty0 = h.sys.boot.bootInfo.empty.start;
    const slot = () => (r() < 0.7 ? empty0 + Math.floor(r() * 64) : Math.floor(r() * 16));
    const word = (): bigint => {
      switch (Math.floor(r() * 7)) {
        case 0: return 0n;
        case 1: return BigInt(Math.floor(r() * 16));
        case 2: return BigInt(Math.floor(r() * 300));
        case 3: return (1n << BigInt(Math.floor(r() * 64))) - 1n;
        case 4: return (BigInt(Math.floor(r() * 2 ** 32)) << 32n) | BigInt(Math.floor(r() * 2 ** 32));
        case 5: return 64n;
        default: return BigInt(slot());
      }
    };
    for (let i = 0; i < 600 && steps < 8000; i++, steps++) {
      let num: bigint, cptr: bigint, label: number, mrs: bigint[], caps: bigint[];
      if (r() < 0.25) {
        num = SYS.Call;
        cptr = BigInt(pick(r() < 0.9 ? uts : dev));
        label = 1;
        mrs = [BigInt(Math.floor(r() * 10)), BigInt(Math.floor(r() * 14)), 0n, 0n, BigInt(empty0 + Math.floor(r() * 64)), BigInt(1 + Math.floor(r() * 3))];
        caps = [2n];
      } else {
        num = pick([SYS.Call, SYS.Call, SYS.Call, SYS.Call, SYS.Call, SYS.Call, SYS.NBSend, SYS.NBRecv, SYS.Yield, SYS.DebugCapIdentify, SYS.Send]);
        cptr = BigInt(slot());
        label = Math.floor(r() * 42);
        mrs = Array.from({ length: Math.floor(r() * 9) }, word);
        caps = Array.from({ length: Math.floor(r() * 4) }, () => BigInt(slot()));
        if (r() < 0.02) caps.push(word());
        // Mostly avoid what would just block or kill the acting thread, so runs go deep.
        const c = h.sys.boot.rootCNode.slot(Number(cptr)).cap;
        if ((c.tag === CapTag.Endpoint || c.tag === CapTag.Reply || c.tag === CapTag.Null) && (num === SYS.Call || num === SYS.Send) && r() < 0.95) num = SYS.NBSend;
        if (num === SYS.NBRecv && c.tag !== CapTag.Endpoint && c.tag !== CapTag.Notification && r() < 0.95) num = SYS.NBSend;
      }
      if (lookupIPCBuffer(false, h.cur) < 0) {
        mrs = mrs.slice(0, 4);
        caps = [];
      }
      const ctx = `run ${runs} step ${i}: syscall ${num} cptr ${cptr} label ${label} mrs [${mrs}] caps [${caps}]`;
      try {
        h.syscall(num, cptr, label, mrs, caps);
      } catch (e) {
        assert.fail(`${ctx}: ${(e as Error).stack}`);
      }
      if (h.ks.halted || h.ks.curThread === h.ks.idleThread) break;
    }
    created += h.ks.objects.size;
  }
  assert.ok(runs >= 2 && created > runs * 10, `the fuzz created objects (${created} in ${runs} runs)`);
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
