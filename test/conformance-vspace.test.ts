// Conformance regressions for the riscv64 VSpace code against seL4 16.0.0 (non-MCS riscv64): each test pins down
// one divergence found by reading src/arch/riscv/kernel/vspace.c (and the PLIC driver) side by side with ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './lib/harness.js';
import { ObjType, capAt, findUntyped, freeSlots, retype } from './lib/objects.js';
import { CNODE, expectErr, ok } from './lib/world.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';
import { CapTag, type ASIDPoolCap } from '../src/kernel/structures.js';

const VSPACE = 3, ASID_CONTROL = 5;
const RW = 3;

function printingHarness(): { h: Harness; out: () => string; clear: () => void } {
  let out = '';
  const h = new Harness({ config: { printing: true }, putchar: (c) => { out += String.fromCharCode(c); } });
  return { h, out: () => out, clear: () => { out = ''; } };
}

function mk(h: Harness, type: number, bits: number, n: number, objBits: number): number {
  const ut = findUntyped(h, objBits);
  const dest = freeSlots(h, n);
  retype(h, ut.slot, type, bits, dest, n);
  return dest;
}

// decodeRISCVFrameInvocation: userError("Virtual address (0x%"SEL4_PRIx_word") already mapped", vaddr)
// (seL4 PR #1304, in every release since 14.0.0).
test('decodeRISCVFrameInvocation: "Virtual address (0x…) already mapped" names the address', () => {
  const { h, out, clear } = printingHarness();
  const f = mk(h, ObjType.SmallPage, 0, 1, 12);
  // 0x10000 holds the rootserver image: a fresh mapping onto a valid PTE is DeleteFirst.
  clear();
  expectErr(h.invoke(f, Label.RISCVPageMap, [0x10000, RW, 0], [VSPACE]), SeL4Error.DeleteFirst);
  assert.match(out(), /^\x1b\[0m\x1b\[1m<<\x1b\[0m\x1b\[32mseL4\(CPU 0\)\x1b\[0m\x1b\[1m \[decodeRISCVFrameInvocation\/893 T0x[0-9a-f]+ "rootserver" @[0-9a-f]+\]: /);
  assert.ok(out().endsWith('Virtual address (0x10000) already mapped>>\x1b[0m\n'), JSON.stringify(out()));
  assert.equal((capAt(h, f) as { mappedASID: number }).mappedASID, 0);
});

// decodeRISCVMMUInvocation, cap_asid_control_cap: userError("ASIDControlMakePool: No unallocated pools found.")
// before the DeleteFirst when all nASIDPools are in use (seL4 PR #1376, 2025; in 16.0.0).
test('decodeRISCVMMUInvocation: MakePool with every pool in use prints "No unallocated pools found."', () => {
  const { h, out, clear } = printingHarness();
  const uts = mk(h, ObjType.Untyped, 12, 128, 19);
  const pools = freeSlots(h, 127);
  for (let i = 0; i < 127; i++) {
    ok(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [pools + i, 64], [uts + i, CNODE]));
    assert.equal((capAt(h, pools + i) as ASIDPoolCap).tag, CapTag.ASIDPool);
  }
  clear();
  // Checked before the untyped: even a CNode cap as "untyped" gets DeleteFirst with the same text.
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [freeSlots(h), 64], [CNODE, CNODE]), SeL4Error.DeleteFirst);
  assert.match(out(), /^\x1b\[0m\x1b\[1m<<\x1b\[0m\x1b\[32mseL4\(CPU 0\)\x1b\[0m\x1b\[1m \[decodeRISCVMMUInvocation\/979 T0x[0-9a-f]+ "rootserver" @[0-9a-f]+\]: /);
  assert.ok(out().endsWith('ASIDControlMakePool: No unallocated pools found.>>\x1b[0m\n'), JSON.stringify(out()));
  // The other MakePool errors stay silent, as in seL4.
  ok(h.invoke(CNODE, Label.CNodeDelete, [pools, 64]));
  clear();
  expectErr(h.invoke(ASID_CONTROL, Label.RISCVASIDControlMakePool, [freeSlots(h), 64], [CNODE, CNODE]), SeL4Error.InvalidCapability, [1n]);
  assert.equal(out(), '');
});
