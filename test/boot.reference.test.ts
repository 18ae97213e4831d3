// The reference boot vectors of real seL4 on qemu-riscv-virt (3 GiB RAM): 16.0.0 (the default), and the older
// kernel 736bfd6a whose image is one page shorter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootSystem, walkSv39, InitSlot, PTE_V, PTE_R, PTE_W, PTE_X, PTE_U, PTE_A, PTE_D } from '../src/boot/boot.js';
import { buildElf } from '../src/boot/elf.js';
import { makeVirtDtb, parseFdt, fdtFind, propCells } from '../src/boot/fdt.js';
import { formatUntypedList, readBootInfo, type BootInfo } from '../src/boot/bootinfo.js';
import { CapTag, TcbSlot, ThreadState, VMRights } from '../src/kernel/structures.js';
import { KernelState, DEFAULT_CONFIG, SchedulerAction } from '../src/kernel/statedata.js';
import type { Hart } from '../src/machine/cpu.js';
import { PhysicalMemory } from '../src/machine/memory.js';

// seL4 16.0.0 (non-MCS), as real seL4 prints it for the sel4test driver in ../shared/sel4test/qemu.log.
const REF_UNTYPEDS =
  '0|25|1, 0x2200000|21|1, 0x2400000|22|1, 0x2800000|23|1, 0x3000000|24|1, 0x4000000|26|1, 0x8000000|26|1, ' +
  '0xc600000|21|1, 0xc800000|23|1, 0xd000000|24|1, 0xe000000|25|1, 0x10000000|28|1, 0x20000000|29|1, ' +
  '0x40000000|30|1, 0x80000000|21|1, 0x140000000|30|1, 0x180000000|31|1, 0x200000000|33|1, 0x400000000|34|1, ' +
  '0x800000000|35|1, 0x1000000000|36|1, 0x2000000000|37|1, 0x4000000000|38|1, 0x80200000|13|0, ' +
  '0x80202000|12|0, 0x80222150|4|0, 0x80222160|5|0, 0x80222180|7|0, 0x80222200|9|0, 0x80222400|10|0, ' +
  '0x80222800|11|0, 0x80609000|12|0, 0x8060a000|13|0, 0x8060c000|14|0, 0x80610000|16|0, 0x80620000|17|0, ' +
  '0x80640000|18|0, 0x80680000|19|0, 0x80700000|20|0, 0x80800000|23|0, 0x81000000|24|0, 0x82000000|25|0, ' +
  '0x84000000|26|0, 0x88000000|27|0, 0x90000000|28|0, 0xa0000000|29|0, 0xc0000000|30|0, 0x100000000|29|0, ' +
  '0x120000000|28|0, 0x130000000|27|0, 0x138000000|26|0, 0x13c000000|25|0, 0x13e000000|24|0, 0x13f000000|23|0, ' +
  '0x13f800000|22|0, 0x13fc00000|21|0, 0x13fe00000|20|0, 0x13ff00000|19|0, 0x13ffc9800|11|0, 0x13ffca000|13|0, ' +
  '0x13ffcc000|14|0, 0x13ffd0000|16|0, 0x13ffe0000|17|0';

// The older kernel 736bfd6a (image [0x80200000, 0x80220000)): the same boot with one page less of kernel.
const REF_UNTYPEDS_736 =
  '0|25|1, 0x2200000|21|1, 0x2400000|22|1, 0x2800000|23|1, 0x3000000|24|1, 0x4000000|26|1, 0x8000000|26|1, ' +
  '0xc600000|21|1, 0xc800000|23|1, 0xd000000|24|1, 0xe000000|25|1, 0x10000000|28|1, 0x20000000|29|1, ' +
  '0x40000000|30|1, 0x80000000|21|1, 0x140000000|30|1, 0x180000000|31|1, 0x200000000|33|1, 0x400000000|34|1, ' +
  '0x800000000|35|1, 0x1000000000|36|1, 0x2000000000|37|1, 0x4000000000|38|1, 0x80200000|13|0, 0x80202000|12|0, ' +
  '0x80221150|4|0, 0x80221160|5|0, 0x80221180|7|0, 0x80221200|9|0, 0x80221400|10|0, 0x80221800|11|0, ' +
  '0x80608000|15|0, 0x80610000|16|0, 0x80620000|17|0, 0x80640000|18|0, 0x80680000|19|0, 0x80700000|20|0, ' +
  '0x80800000|23|0, 0x81000000|24|0, 0x82000000|25|0, 0x84000000|26|0, 0x88000000|27|0, 0x90000000|28|0, ' +
  '0xa0000000|29|0, 0xc0000000|30|0, 0x100000000|29|0, 0x120000000|28|0, 0x130000000|27|0, 0x138000000|26|0, ' +
  '0x13c000000|25|0, 0x13e000000|24|0, 0x13f000000|23|0, 0x13f800000|22|0, 0x13fc00000|21|0, 0x13fe00000|20|0, ' +
  '0x13ff00000|19|0, 0x13ffc9800|11|0, 0x13ffca000|13|0, 0x13ffcc000|14|0, 0x13ffd0000|16|0, 0x13ffe0000|17|0';

const VSTART = 0x10000;
const VEND = 0x3f6000;
const ENTRY = 0x10a2cn;

/** Image bytes: every page tagged with its page number, plus a 0x800-byte bss tail. */
function makeImage(): Uint8Array {
  const data = new Uint8Array(VEND - VSTART - 0x800);
  for (let p = 0; p < data.length; p += 4096) {
    const n = p / 4096;
    data[p] = n & 0xff;
    data[p + 1] = (n >> 8) & 0xff;
    data[p + 2] = 0xa5;
    if (p + 4095 < data.length) data[p + 4095] = 0x5a;
  }
  return data;
}

function refBoot() {
  const data = makeImage();
  const elf = buildElf(ENTRY, [{ vaddr: VSTART, data, memsz: VEND - VSTART }]);
  const dtb = makeVirtDtb({ ramSize: 3 * 2 ** 30, padTo: 0x1145 });
  assert.equal(dtb.length, 0x1145);
  return { r: bootSystem({ elf, dtb, ramSize: 3 * 2 ** 30, cnodeBits: 13 }), data, dtb };
}

const EXPECTED: Omit<BootInfo, 'untypedList'> = {
  extraLen: 16 + 0x1145,
  nodeID: 0,
  numNodes: 1,
  numIOPTLevels: 0,
  ipcBuffer: 0x3f6000,
  empty: { start: 1082, end: 8192 },
  sharedFrames: { start: 0, end: 0 },
  userImageFrames: { start: 21, end: 1019 },
  userImagePaging: { start: 16, end: 19 },
  ioSpaceCaps: { start: 0, end: 0 },
  extraBIPages: { start: 19, end: 21 },
  initThreadCNodeSizeBits: 13,
  initThreadDomain: 0,
  untyped: { start: 1019, end: 1082 },
};

test('reference vector: every bootinfo field and the full untyped list', () => {
  const { r } = refBoot();
  const { untypedList, ...rest } = r.bootInfo;
  assert.deepEqual(rest, EXPECTED);
  assert.equal(formatUntypedList(untypedList), REF_UNTYPEDS);
  assert.equal(untypedList.length, 63);
  assert.equal(r.dtb?.start, 0x80221000);
  assert.equal(r.uiPhys.start, 0x80223000);
  assert.equal(r.uiPhys.end, 0x80609000);
  assert.equal(r.bootInfoVaddr, 0x3f7000);
  assert.equal(r.extraBIVaddr, 0x3f8000);
  assert.deepEqual(r.rootserver.region, { start: 0x13ff80000, end: 0x13ffc9800 });
});

test('reference vector: bootinfo read back from the bootinfo frame in physical memory', () => {
  const { r } = refBoot();
  const fromMem = readBootInfo(r.mem, r.bootInfoPaddr);
  assert.deepEqual(fromMem, r.bootInfo);
  assert.equal(formatUntypedList(fromMem.untypedList), REF_UNTYPEDS);
  // Unused list entries and padding are zero.
  const raw = r.mem.readBytes(r.bootInfoPaddr, 4096);
  for (let i = 0xa8 + 16 * 63; i < 4096; i++) assert.equal(raw[i], 0, `byte ${i}`);
  for (let k = 0; k < 63; k++) for (let j = 10; j < 16; j++) assert.equal(raw[0xa8 + 16 * k + j], 0);
  // And through the rootserver's own mapping of the bootinfo frame.
  const t = walkSv39(r.mem, r.vspaceRoot, r.bootInfoVaddr);
  assert.equal(t?.paddr, r.bootInfoPaddr);
});

test('reference vector: extra bootinfo holds the FDT chunk', () => {
  const { r, dtb } = refBoot();
  const extraP = walkSv39(r.mem, r.vspaceRoot, 0x3f8000)!.paddr;
  assert.equal(extraP, r.rootserver.extraBI);
  assert.equal(r.mem.read64(extraP), 6n);
  assert.equal(r.mem.read64(extraP + 8), BigInt(16 + 0x1145));
  assert.deepEqual(r.mem.readBytes(extraP + 16, 0x1145), dtb);
  const second = walkSv39(r.mem, r.vspaceRoot, 0x3f9000)!.paddr;
  assert.equal(second, extraP + 0x1000);
  assert.equal(walkSv39(r.mem, r.vspaceRoot, 0x3fa000), null);
  // The DTB itself sits right after the kernel image.
  assert.deepEqual(r.mem.readBytes(0x80221000, 0x1145), dtb);
  const root = parseFdt(r.mem.readBytes(extraP + 16, 0x1145));
  assert.deepEqual(propCells(fdtFind(root, '/memory@80000000')?.props.get('reg')), [0, 0x80000000, 0, 0xc0000000]);
});

test('reference vector: fixed caps, TCB and ASID pool', () => {
  const { r } = refBoot();
  const s = (i: number) => r.rootCNode.slot(i);
  assert.equal(s(0).cap.tag, CapTag.Null);
  const tcbCap = s(InitSlot.TCB).cap;
  assert.ok(tcbCap.tag === CapTag.Thread && tcbCap.tcb === r.tcb);
  const cn = s(InitSlot.CNode).cap;
  assert.ok(cn.tag === CapTag.CNode);
  assert.equal(cn.obj, r.rootCNode);
  assert.equal(cn.radix, 13);
  assert.equal(cn.guardSize, 51);
  assert.equal(cn.guard, 0n);
  const vs = s(InitSlot.VSpace).cap;
  assert.ok(vs.tag === CapTag.PageTable && vs.isMapped && vs.mappedASID === 1 && vs.paddr === r.vspaceRoot);
  assert.equal(s(InitSlot.IRQControl).cap.tag, CapTag.IRQControl);
  assert.equal(s(InitSlot.ASIDControl).cap.tag, CapTag.ASIDControl);
  const ap = s(InitSlot.ASIDPool).cap;
  assert.ok(ap.tag === CapTag.ASIDPool && ap.asidBase === 0 && ap.pool === r.asidPool);
  assert.equal(r.asidPool.entries[1], r.vspaceRoot);
  for (const i of [7, 8, 12, 13, 14, 15]) assert.equal(s(i).cap.tag, CapTag.Null, `slot ${i}`);
  const bif = s(InitSlot.BootInfoFrame).cap;
  assert.ok(bif.tag === CapTag.Frame && bif.paddr === r.bootInfoPaddr && bif.mappedAddress === 0x3f7000 && bif.mappedASID === 1);
  const ipc = s(InitSlot.IPCBuffer).cap;
  assert.ok(ipc.tag === CapTag.Frame && ipc.paddr === r.rootserver.ipcBuffer && ipc.mappedAddress === 0x3f6000);
  assert.equal(ipc.rights, VMRights.ReadWrite);
  assert.equal(s(InitSlot.Domain).cap.tag, CapTag.Domain);
  for (const i of [1, 2, 3, 4, 5, 6, 9, 10, 11, 16, 1019, 1081]) {
    assert.equal(s(i).mdbRevocable, true);
    assert.equal(s(i).mdbFirstBadged, true);
  }
  for (let i = 1082; i < 8192; i++) assert.equal(s(i).cap.tag, CapTag.Null);

  const t = r.tcb;
  assert.equal(t.paddr, 0x13ffc9000);
  assert.equal(t.sizeBits, 11);
  assert.equal(t.priority, 255);
  assert.equal(t.mcp, 255);
  assert.equal(t.domain, 0);
  assert.equal(t.state, ThreadState.Running);
  assert.equal(t.ipcBuffer, 0x3f6000n);
  const ct = t.slots[TcbSlot.CTable];
  assert.ok(ct.cap.tag === CapTag.CNode && ct.cap.obj === r.rootCNode);
  assert.equal(ct.mdbPrev, s(InitSlot.CNode));
  assert.equal(s(InitSlot.CNode).mdbNext, ct);
  const vt = t.slots[TcbSlot.VTable].cap;
  assert.ok(vt.tag === CapTag.PageTable && vt.paddr === r.vspaceRoot && vt.isMapped);
  const buf = t.slots[TcbSlot.Buffer].cap;
  assert.ok(buf.tag === CapTag.Frame && buf.paddr === r.rootserver.ipcBuffer && buf.mappedASID === 0 && buf.mappedAddress === 0);
  const reply = t.slots[TcbSlot.Reply].cap;
  assert.ok(reply.tag === CapTag.Reply && reply.master && reply.tcb === t);
  assert.equal(r.idleThread.state, ThreadState.IdleThreadState);
  // Registers, if the register file exposes readers.
  const regs = t.regs as unknown as { getX?: (i: number) => bigint; getPC?: () => bigint; pc?: bigint };
  if (typeof regs.getX === 'function') {
    assert.equal(regs.getX(10), 0x3f7000n);
    for (let i = 1; i < 32; i++) if (i !== 10) assert.equal(regs.getX(i), 0n, `x${i}`);
  }
  if (typeof regs.getPC === 'function') assert.equal(regs.getPC(), ENTRY);
  else if (typeof regs.pc === 'bigint') assert.equal(regs.pc, ENTRY);
});

test('reference vector: paging caps, image frames and Sv39 tables', () => {
  const { r, data } = refBoot();
  const s = (i: number) => r.rootCNode.slot(i);
  const pts = [16, 17, 18].map((i) => s(i).cap);
  assert.deepEqual(
    pts.map((c) => (c.tag === CapTag.PageTable ? [c.paddr, c.mappedAddress, c.isMapped, c.mappedASID] : null)),
    [[0x13ffc6000, 0, true, 1], [0x13ffc7000, 0, true, 1], [0x13ffc8000, 0x200000, true, 1]],
  );
  // root[0] -> L1 table; L1[0], L1[1] -> L2 tables.
  const root0 = r.mem.read64(r.vspaceRoot);
  assert.equal(root0, (BigInt(0x13ffc6000 / 4096) << 10n) | 1n);
  assert.equal(r.mem.read64(0x13ffc6000), (BigInt(0x13ffc7000 / 4096) << 10n) | 1n);
  assert.equal(r.mem.read64(0x13ffc6000 + 8), (BigInt(0x13ffc8000 / 4096) << 10n) | 1n);
  const leaf = BigInt(PTE_V | PTE_R | PTE_W | PTE_X | PTE_U | PTE_A | PTE_D);
  for (let k = 0; k < 998; k++) {
    const slot = 21 + k;
    const c = s(slot).cap;
    const va = VSTART + k * 4096;
    assert.ok(c.tag === CapTag.Frame, `slot ${slot}`);
    assert.equal(c.paddr, 0x80223000 + k * 4096);
    assert.equal(c.mappedAddress, va);
    assert.equal(c.mappedASID, 1);
    assert.equal(c.sizeBits, 12);
    assert.equal(c.isDevice, false);
    assert.equal(c.rights, VMRights.ReadWrite);
    const t = walkSv39(r.mem, r.vspaceRoot, va + 0x123);
    assert.ok(t !== null && t.level === 0, `va ${va.toString(16)}`);
    assert.equal(t.paddr, c.paddr + 0x123);
    assert.equal(t.pte & 0x3ffn, leaf);
    const page = r.mem.readBytes(c.paddr, 4096);
    const want = new Uint8Array(4096);
    want.set(data.subarray(k * 4096, Math.min((k + 1) * 4096, data.length)));
    assert.deepEqual(page, want, `page ${k}`);
  }
  assert.equal(walkSv39(r.mem, r.vspaceRoot, 0xf000), null);
  assert.equal(walkSv39(r.mem, r.vspaceRoot, 0x3f6000)?.paddr, r.rootserver.ipcBuffer);
  for (let i = 1019; i < 1082; i++) {
    const c = s(i).cap;
    const u = r.bootInfo.untypedList[i - 1019];
    assert.ok(c.tag === CapTag.Untyped && c.paddr === u.paddr && c.sizeBits === u.sizeBits && c.isDevice === u.isDevice);
  }
});

test('installing the boot result into KernelState', () => {
  const mem = new PhysicalMemory(3 * 2 ** 30);
  const ks = new KernelState(mem, {} as unknown as Hart, DEFAULT_CONFIG);
  const elf = buildElf(ENTRY, [{ vaddr: VSTART, data: makeImage(), memsz: VEND - VSTART }]);
  const dtb = makeVirtDtb({ ramSize: 3 * 2 ** 30, padTo: 0x1145 });
  const r = bootSystem({ elf, dtb, mem, kernelState: ks });
  assert.equal(formatUntypedList(r.bootInfo.untypedList), REF_UNTYPEDS);
  assert.equal(ks.curThread, r.tcb);
  assert.equal(ks.idleThread, r.idleThread);
  assert.equal(ks.asidTable[0], r.asidPool);
  assert.equal(ks.schedulerAction, SchedulerAction.ResumeCurrentThread);
  assert.ok(ks.threads.has(r.tcb) && ks.threads.has(r.idleThread));
  assert.equal(r.tcb.inReadyQueue, false);
  const text = r.summary();
  assert.match(text, /untyped \[1019, 1082\)/);
  assert.match(text, /rootserver objects \[0x13ff80000\.\.0x13ffc9800\)/);
});

test('reference vector of the older kernel 736bfd6a: its one-page-shorter image moves the DTB and the untypeds', () => {
  const elf = buildElf(ENTRY, [{ vaddr: VSTART, data: makeImage(), memsz: VEND - VSTART }]);
  const dtb = makeVirtDtb({ ramSize: 3 * 2 ** 30, padTo: 0x1145 });
  const r = bootSystem({ elf, dtb, ramSize: 3 * 2 ** 30, cnodeBits: 13, kernelSize: 0x20000 });
  assert.equal(formatUntypedList(r.bootInfo.untypedList), REF_UNTYPEDS_736);
  assert.deepEqual(r.bootInfo.empty, { start: 1080, end: 8192 });
  assert.equal(r.dtb?.start, 0x80220000);
  assert.equal(r.uiPhys.start, 0x80222000);
});
