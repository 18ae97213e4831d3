// sel4ts benchmarks: `npm run bench`. Each benchmark boots a committed rootserver image and runs it to its
// DebugHalt; figures are wall-clock on this machine (virtual time is deterministic and reported alongside).
// Usage: node dist/bench/run.js [--quick] [NAME...]
import { readFileSync, existsSync } from 'node:fs';
import { System } from '../src/system.js';

interface Bench {
  name: string;
  image: string;
  quickImage?: string;
  /** What one unit of work is, and how many units the image performs (parsed from its output if a function). */
  unit: string;
  units: (out: string, insns: number) => number;
}

const countFrom = (re: RegExp) => (out: string) => {
  const m = re.exec(out);
  return m === null ? 0 : Number(m[1]);
};

const BENCHES: Bench[] = [
  {
    name: 'compute',
    image: 'bench/compute/compute.elf',
    quickImage: 'bench/compute/compute-small.elf',
    unit: 'M instructions',
    units: (_o, insns) => insns / 1e6,
  },
  { name: 'null-syscall', image: 'bench/nullsys/nullsys.elf', unit: 'syscalls', units: countFrom(/nullsys: (\d+) x seL4_Yield/) },
  { name: 'ipc-roundtrip', image: 'bench/ipc/ipc.elf', unit: 'round trips', units: countFrom(/ipc: (\d+) round trips/) },
  { name: 'irq', image: 'bench/irq/irq.elf', unit: 'interrupts', units: countFrom(/irq: (\d+) interrupts/) },
];

function main(): void {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.filter((a) => !a.startsWith('--'));
  console.log('benchmark        instructions   wall (s)     MIPS   rate');
  for (const b of BENCHES) {
    if (only.length > 0 && !only.includes(b.name)) continue;
    const path = quick && b.quickImage ? b.quickImage : b.image;
    if (!existsSync(path)) {
      console.log(`${b.name.padEnd(16)} (image ${path} not built yet)`);
      continue;
    }
    const sys = new System(readFileSync(path), { config: { printing: true } });
    const t0 = process.hrtime.bigint();
    const r = sys.run();
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const out = sys.output();
    const units = b.units(out, r.instructions);
    const rate = units / secs;
    const mips = r.instructions / secs / 1e6;
    const rateStr = b.unit === 'M instructions' ? '' : `${rate.toFixed(0)} ${b.unit}/s`;
    console.log(
      `${b.name.padEnd(16)} ${String(r.instructions).padStart(12)} ${secs.toFixed(3).padStart(10)} ${mips.toFixed(1).padStart(8)}   ${rateStr}` +
      (r.reason === 'halted' ? '' : `  [stopped: ${r.message}]`),
    );
  }
}

main();
