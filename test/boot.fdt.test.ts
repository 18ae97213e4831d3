// The generated device tree describes the machine as QEMU's virt board does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeVirtDtb, parseFdt, fdtFind, propCells, propString, validateDtb, FDT_MAGIC } from '../src/boot/fdt.js';
import { BootError } from '../src/boot/errors.js';
import { bootSystem } from '../src/boot/boot.js';
import { buildElf } from '../src/boot/elf.js';

test('virt DTB: header, memory, cpus, chosen, soc devices', () => {
  const b = makeVirtDtb({ ramSize: 2 * 2 ** 30 });
  const h = validateDtb(b);
  assert.equal(new DataView(b.buffer).getUint32(0), FDT_MAGIC);
  assert.equal(h.totalsize, b.length);
  assert.equal(h.version, 17);
  assert.equal(h.lastCompVersion, 16);
  const root = parseFdt(b);
  assert.deepEqual(propCells(root.props.get('#address-cells')), [2]);
  assert.deepEqual(propString(root.props.get('compatible')), ['riscv-virtio']);
  const memNode = fdtFind(root, '/memory@80000000')!;
  assert.deepEqual(propString(memNode.props.get('device_type')), ['memory']);
  assert.deepEqual(propCells(memNode.props.get('reg')), [0, 0x80000000, 0, 0x80000000]);
  assert.deepEqual(propCells(fdtFind(root, '/cpus')!.props.get('timebase-frequency')), [10000000]);
  const cpu = fdtFind(root, '/cpus/cpu@0')!;
  assert.match(propString(cpu.props.get('riscv,isa'))[0], /^rv64imafdc/);
  assert.deepEqual(propString(cpu.props.get('mmu-type')), ['riscv,sv39']);
  assert.deepEqual(propString(fdtFind(root, '/cpus/cpu@0/interrupt-controller')!.props.get('compatible')), ['riscv,cpu-intc']);
  assert.deepEqual(propString(fdtFind(root, '/chosen')!.props.get('stdout-path')), ['/soc/serial@10000000']);
  const plic = fdtFind(root, '/soc/plic@c000000')!;
  assert.ok(propString(plic.props.get('compatible')).includes('riscv,plic0'));
  assert.deepEqual(propCells(plic.props.get('riscv,ndev')), [95]);
  assert.deepEqual(propCells(plic.props.get('reg')), [0, 0xc000000, 0, 0x600000]);
  const clint = fdtFind(root, '/soc/clint@2000000')!;
  assert.ok(propString(clint.props.get('compatible')).includes('riscv,clint0'));
  const uart = fdtFind(root, '/soc/serial@10000000')!;
  assert.deepEqual(propString(uart.props.get('compatible')), ['ns16550a']);
  assert.deepEqual(propCells(uart.props.get('interrupts')), [10]);
  assert.deepEqual(propCells(uart.props.get('clock-frequency')), [0x384000]);
  const rtc = fdtFind(root, '/soc/rtc@101000')!;
  assert.deepEqual(propString(rtc.props.get('compatible')), ['google,goldfish-rtc']);
  assert.deepEqual(propCells(rtc.props.get('interrupts')), [11]);
  for (let i = 0; i < 8; i++) {
    const base = 0x10001000 + i * 0x1000;
    const v = fdtFind(root, `/soc/virtio_mmio@${base.toString(16)}`)!;
    assert.deepEqual(propString(v.props.get('compatible')), ['virtio,mmio']);
    assert.deepEqual(propCells(v.props.get('interrupts')), [1 + i]);
    assert.deepEqual(propCells(v.props.get('reg')), [0, base, 0, 0x1000]);
  }
  const t = fdtFind(root, '/soc/test@100000')!;
  assert.deepEqual(propString(t.props.get('compatible')), ['sifive,test1', 'sifive,test0', 'syscon']);
  const testPh = propCells(t.props.get('phandle'))[0];
  const off = fdtFind(root, '/poweroff')!;
  assert.deepEqual(propString(off.props.get('compatible')), ['syscon-poweroff']);
  assert.deepEqual(propCells(off.props.get('value')), [0x5555]);
  assert.deepEqual(propCells(off.props.get('regmap')), [testPh]);
  assert.deepEqual(propCells(fdtFind(root, '/reboot')!.props.get('value')), [0x7777]);
});

test('padTo and user DTB validation', () => {
  const b = makeVirtDtb({ ramSize: 2 ** 30, padTo: 0x2000 });
  assert.equal(b.length, 0x2000);
  assert.equal(validateDtb(b).totalsize, 0x2000);
  assert.ok(fdtFind(parseFdt(b), '/soc/plic@c000000'));
  const elf = buildElf(0x10000n, [{ vaddr: 0x10000, data: new Uint8Array(0x1000) }]);
  const bad = b.slice();
  bad[0] = 0;
  assert.throws(() => bootSystem({ elf, ramSize: 2 ** 27, dtb: bad }), (e: unknown) => e instanceof BootError && /magic/.test(e.message));
  const short = b.subarray(0, 0x1000);
  assert.throws(() => bootSystem({ elf, ramSize: 2 ** 27, dtb: short }), (e: unknown) => e instanceof BootError && /exceeds file length/.test(e.message));
  // A longer file than totalsize: only totalsize bytes are the DTB (the elfloader's fdt_size).
  const longer = new Uint8Array(0x3000);
  longer.set(b);
  const r = bootSystem({ elf, ramSize: 2 ** 27, dtb: longer });
  assert.equal(r.bootInfo.extraLen, 16 + 0x2000);
  assert.deepEqual(r.bootInfo.extraBIPages.end - r.bootInfo.extraBIPages.start, 3);
});
