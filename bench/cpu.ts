// Micro benchmark: integer/memory/branch mix (plus a compressed-heavy variant) in bare mode.
// Usage: node dist/bench/cpu.js [millionInstructions]
import { PhysicalMemory } from '../src/machine/memory.js';
import { Hart } from '../src/machine/cpu.js';
import * as A from '../test/cpu/asm.js';

const CODE = 0x80000000, DATA = 0x80100000;

function build(): Uint8Array {
  // a0 = data ptr, a1 = loop counter, a2 = index mask, t1..t6 accumulators
  const c = new A.Code();
  c.w(
    A.ld(5, 10, 0),        // loop: t0 = [a0]
    A.addi(5, 5, 1),
    A.sd(5, 10, 0),
    A.add(6, 6, 5),
    A.xor(7, 7, 6),
    A.slli(28, 7, 3),
    A.srli(29, 28, 5),
    A.lw(30, 10, 8),
    A.sub(31, 29, 30),
    A.sw(31, 10, 12),
    A.addi(10, 10, 16),
    A.and(10, 10, 12),     // wrap a0 within a 4 KiB window: a0 &= a2
    A.bltu(7, 6, 8),       // data-dependent branch
    A.addi(6, 6, 3),
    A.addi(11, 11, -1),
    A.bne(11, 0, -60),
    A.ecall,
  );
  return c.toBytes();
}

function bench(millions: number): void {
  const mem = new PhysicalMemory(64 * 1024 * 1024);
  mem.writeBytes(CODE, build());
  const h = new Hart(mem);
  const iters = Math.floor((millions * 1e6) / 16);
  const r = h.regs;
  r.setPC(BigInt(CODE));
  r.setX(10, BigInt(DATA));
  r.setX(12, BigInt(DATA) | 0xff0n);
  r.setX(11, BigInt(iters));
  // warm-up with a small budget first so the JIT settles, then the timed run
  h.run(2_000_000);
  const t0 = process.hrtime.bigint();
  let total = 0;
  while (!h.trapped) total += h.run(10_000_000);
  const dt = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`int/mem/branch mix: ${total} insns in ${dt.toFixed(3)} s = ${(total / dt / 1e6).toFixed(1)} MIPS (trap cause ${h.scause})`);
}

bench(Number(process.argv[2] ?? 300));
