// The run-time integrity monitor: no violation on correct runs (kernel test image, examples/multi, the
// sel4test driver) with the automatic labelling and the authority graph as policy; an injected kernel fault
// (a test-only hook around the real monitor) is caught with subject, object, address and missing authority.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { System, StopReason } from '../src/system.js';
import { IntegrityMonitor, formatIntegrity } from '../src/assurance/integrity.js';
import type { KernelMonitor } from '../src/kernel/monitor.js';
import type { KernelState } from '../src/kernel/statedata.js';
import { CapTag, Cap, Cte, Endpoint, Notification, Tcb } from '../src/kernel/structures.js';

function monitored(image: string, opts: ConstructorParameters<typeof System>[1] = {}) {
  let out = '';
  const sys = new System(readFileSync(image), { config: { printing: false }, putchar: (c) => { out += String.fromCharCode(c); }, ...opts });
  const m = new IntegrityMonitor();
  m.attach(sys);
  return { sys, m, output: () => out };
}

test('integrity: test/c/kernel.elf runs with 0 violations', () => {
  const { sys, m, output } = monitored('test/c/kernel.elf');
  const r = sys.run();
  assert.equal(r.reason, StopReason.Halted, output().slice(-500));
  assert.match(output(), /281\/281 checks passed|passed/);
  const s = m.summary();
  assert.equal(s.violationCount, 0, formatIntegrity(s).join('\n'));
  assert.ok(s.userStores > 1000 && s.kernelWrites > 1000, `${s.userStores} user stores, ${s.kernelWrites} kernel writes`);
});

test('integrity: examples/multi runs with 0 violations, same output as without the monitor', () => {
  const plain = new System(readFileSync('examples/multi/multi.elf'), { config: { printing: false } });
  plain.run();
  const { sys, m, output } = monitored('examples/multi/multi.elf');
  sys.run();
  assert.equal(output(), plain.output());
  const s = m.summary();
  assert.equal(s.violationCount, 0, formatIntegrity(s).join('\n'));
  assert.ok(s.writesChecked > 5000);
});

/** A test-only kernel fault: at the end of a kernel entry of client A, the kernel writes into client B's memory. */
class FaultyKernel implements KernelMonitor {
  injected = 0;
  target = -1;
  constructor(readonly m: IntegrityMonitor, readonly ks: KernelState) {}
  private entering: Tcb | null = null;
  enter(ks: KernelState, i: boolean): void {
    this.entering = i ? null : ks.curThread;
    this.m.enter(ks, i);
  }
  exit(ks: KernelState): void {
    if (this.injected === 0 && this.entering?.name === 'client A') {
      const b = [...ks.threads].find((t) => t.name === 'client B');
      const buf = b?.slots[4].cap;
      if (buf !== undefined && buf.tag === CapTag.Frame) {
        this.target = buf.paddr + 0x100;
        ks.mem.write64(this.target, 0xbadn);
        this.injected++;
      }
    }
    this.m.exit(ks);
  }
  threadWrite(t: Tcb): void { this.m.threadWrite(t); }
  slotWrite(s: Cte, c: Cap): void { this.m.slotWrite(s, c); }
  objectWrite(o: Endpoint | Notification): void { this.m.objectWrite(o); }
}

test('integrity: an injected kernel write into another label\'s memory is caught', () => {
  const sys = new System(readFileSync('examples/multi/multi.elf'), { config: { printing: false }, putchar: () => {} });
  const m = new IntegrityMonitor();
  m.attach(sys);
  const faulty = new FaultyKernel(m, sys.ks);
  sys.ks.monitor = faulty;
  sys.run();
  assert.equal(faulty.injected, 1);
  const s = m.summary();
  // One 64-bit kernel write: two 32-bit RAM writes, each caught.
  assert.equal(s.violationCount, 2, formatIntegrity(s).join('\n'));
  assert.equal(s.violations[1].address, `0x${(faulty.target + 4).toString(16)} (4 bytes)`);
  const v = s.violations[0];
  assert.equal(v.subject, 'client_A');
  assert.equal(v.object, 'memory (label client_B)');
  assert.equal(v.address, `0x${faulty.target.toString(16)} (4 bytes)`);
  assert.equal(v.write, 'kernel write');
  assert.equal(v.missing, 'Write');
  assert.match(formatIntegrity(s).join('\n'), /integrity: \d+ writes checked, 2 violations\nintegrity: violation: client_A -> memory \(label client_B\): kernel write at 0x[0-9a-f]+ \(4 bytes\)/);
});

test('integrity: the monitor costs nothing when off (no hook installed, fastpath on)', () => {
  const sys = new System(readFileSync('examples/multi/multi.elf'), { config: { printing: false } });
  assert.equal(sys.ks.monitor, null);
  assert.equal(sys.ks.fastpath, true);
  assert.ok(!sys.mem.codeFrames.includes(2), 'no frame is marked for write checks');
});

const SEL4TEST = '/work/shared/sel4test';
test('integrity: the sel4test driver passes with 0 violations', { skip: existsSync(`${SEL4TEST}/sel4test-driver`) ? false : `no sel4test build in ${SEL4TEST}` }, () => {
  const { sys, m, output } = monitored(`${SEL4TEST}/sel4test-driver`, { cnodeBits: 13, dtb: readFileSync(`${SEL4TEST}/kernel.dtb`) });
  sys.run();
  assert.match(output(), /All is well in the universe/, output().slice(-2000));
  const s = m.summary();
  assert.equal(s.violationCount, 0, formatIntegrity(s).slice(0, 20).join('\n'));
});
