// Conformance regressions for the riscv64 IRQ code against seL4 16.0.0 (non-MCS riscv64, qemu-riscv-virt): each test
// pins down one divergence found by reading src/object/interrupt.c, src/arch/riscv/object/interrupt.c,
// src/arch/riscv/machine/hardware.c and include/drivers/irq/riscv_plic0.h side by side with ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './lib/harness.js';
import { IRQState } from '../src/kernel/statedata.js';
import { handleInterrupt } from '../src/kernel/object/interrupt.js';
import {
  PLIC_MAX_IRQ, PLIC_PADDR, PLIC_PRIO, PLIC_PRIO_PER_ID, plicInitController,
} from '../src/arch/riscv/machine/hardware.js';

// plic_init_controller (riscv_plic0.h): since seL4 PR #1351 (Nov 2024, so in 16.0.0) the priority loop runs
// `for (i = 1; i <= PLIC_MAX_IRQ; i++)`; it no longer writes the register one past the last source (QEMU logged
// "sifive_plic_write: Invalid register write 0x180" for it).
test('plic_init_controller: priorities 2 for sources 1..PLIC_MAX_IRQ, nothing past the last source', () => {
  const h = new Harness();
  const ks = h.ks;
  const writes: number[] = [];
  const mem = ks.mem as unknown as { deviceWrite: (addr: number, size: number, lo: number, hi: number) => void };
  const orig = mem.deviceWrite.bind(ks.mem);
  mem.deviceWrite = (addr, size, lo, hi) => {
    const off = addr - PLIC_PADDR;
    if (off >= PLIC_PRIO && off < 0x1000) writes.push(off);
    orig(addr, size, lo, hi);
  };
  try {
    plicInitController(ks);
  } finally {
    mem.deviceWrite = orig;
  }
  const expected = Array.from({ length: PLIC_MAX_IRQ }, (_, i) => PLIC_PRIO + PLIC_PRIO_PER_ID * (i + 1));
  assert.deepEqual(writes, expected);
  assert.equal(writes.includes(PLIC_PRIO + PLIC_PRIO_PER_ID * (PLIC_MAX_IRQ + 1)), false);
  for (let i = 1; i <= PLIC_MAX_IRQ; i++) assert.equal(h.sys.board.plic.priority[i], 2);
});

// handleInterrupt, case IRQReserved → handleReservedIRQ (include/arch/riscv/arch/object/interrupt.h):
// printf("Received unhandled reserved IRQ: %d\n", (int)irq) under CONFIG_IRQ_REPORTING, nothing else.
test('handleInterrupt: a reserved IRQ is reported by handleReservedIRQ and otherwise ignored', () => {
  let out = '';
  const h = new Harness({ config: { printing: true }, putchar: (c) => { out += String.fromCharCode(c); } });
  const ks = h.ks;
  // No riscv64 uniprocessor IRQ is reserved at boot; put one in that state to reach the path.
  ks.irqStates[7] = IRQState.Reserved;
  ks.activeIRQ = 7;
  out = '';
  handleInterrupt(ks, 7);
  assert.equal(out, 'Received unhandled reserved IRQ: 7\n');
  assert.equal(ks.irqStates[7], IRQState.Reserved);
  assert.equal(ks.activeIRQ, 0, 'ackInterrupt still runs');
});
