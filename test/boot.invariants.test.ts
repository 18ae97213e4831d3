// Bootinfo invariants across RAM sizes, CNode sizes and images.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bootSystem, walkSv39, BootError, KERNEL_DEVICE_FRAMES, KERNEL_PADDR, BOOTLOADER_RESERVE, PADDR_USER_DEVICE_TOP,
  type BootResult, type Region,
} from '../src/boot/boot.js';
import { buildElf } from '../src/boot/elf.js';
import { readBootInfo } from '../src/boot/bootinfo.js';
import { CapTag } from '../src/kernel/structures.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

/** Two segments: text [0x10000, 0x30000) and data+bss [0x31000, 0x5f800). */
function smallImage(): { elf: Uint8Array; pages: Map<number, Uint8Array> } {
  const text = new Uint8Array(0x20000);
  for (let i = 0; i < text.length; i++) text[i] = (i * 7 + 3) & 0xff;
  const dat = new Uint8Array(0x1234);
  for (let i = 0; i < dat.length; i++) dat[i] = (i * 13 + 1) & 0xff;
  const elf = buildElf(0x10000n, [
    { vaddr: 0x10000, data: text, flags: 5 },
    { vaddr: 0x31000, data: dat, memsz: 0x2e800, flags: 6 },
  ]);
  const pages = new Map<number, Uint8Array>();
  const put = (va: number, bytes: Uint8Array): void => {
    for (let k = 0; k < bytes.length; k++) {
      const p = Math.floor((va + k) / 4096) * 4096;
      let pg = pages.get(p);
      if (!pg) pages.set(p, (pg = new Uint8Array(4096)));
      pg[(va + k) % 4096] = bytes[k];
    }
  };
  for (let p = 0x10000; p < 0x60000; p += 4096) pages.set(p, new Uint8Array(4096));
  put(0x10000, text);
  put(0x31000, dat);
  return { elf, pages };
}

function overlaps(a: Region, b: Region): boolean {
  return a.start < b.end && b.start < a.end;
}

function checkInvariants(r: BootResult, pages: Map<number, Uint8Array>, label: string): void {
  const bi = r.bootInfo;
  const ramEnd = 0x80000000 + r.ramSize;
  const size = (bits: number): number => 2 ** bits;
  // Read-back equals the object.
  assert.deepEqual(readBootInfo(r.mem, r.bootInfoPaddr), bi, label);
  // Slot regions contiguous and consistent.
  assert.equal(bi.userImagePaging.start, 16, label);
  const afterPaging = bi.extraBIPages.end > bi.extraBIPages.start ? bi.extraBIPages : bi.userImagePaging;
  if (bi.extraBIPages.end > bi.extraBIPages.start) assert.equal(bi.extraBIPages.start, bi.userImagePaging.end, label);
  assert.equal(bi.userImageFrames.start, afterPaging.end, label);
  assert.equal(bi.untyped.start, bi.userImageFrames.end, label);
  assert.equal(bi.empty.start, bi.untyped.end, label);
  assert.equal(bi.empty.end, 2 ** r.cnodeBits, label);
  assert.equal(bi.untyped.end - bi.untyped.start, bi.untypedList.length, label);
  assert.equal(bi.userImageFrames.end - bi.userImageFrames.start, pages.size, label);
  assert.equal(bi.initThreadCNodeSizeBits, r.cnodeBits);
  assert.ok(bi.untypedList.length <= 230);
  // Untypeds: aligned, sized, disjoint, not over anything reserved.
  const sorted = [...bi.untypedList].sort((a, b) => a.paddr - b.paddr);
  const forbidden: Region[] = [
    r.rootserver.region, { start: r.kernelBootCode.end, end: r.kernelImage.end }, r.uiPhys,
    ...(r.dtb ? [r.dtb] : []),
    ...KERNEL_DEVICE_FRAMES.map((f) => ({ start: f.paddr, end: f.paddr + 0x200000 })),
  ];
  let prevEnd = 0;
  for (const u of sorted) {
    assert.ok(u.sizeBits >= 4 && u.sizeBits <= 38, label);
    assert.equal(u.paddr % size(u.sizeBits), 0, `${label}: ${u.paddr.toString(16)} aligned`);
    assert.ok(u.paddr >= prevEnd, `${label}: disjoint at ${u.paddr.toString(16)}`);
    prevEnd = u.paddr + size(u.sizeBits);
    const reg = { start: u.paddr, end: prevEnd };
    for (const f of forbidden) assert.ok(!overlaps(reg, f), `${label}: untyped ${u.paddr.toString(16)} overlaps ${f.start.toString(16)}`);
    const inRam = reg.start >= KERNEL_PADDR && reg.end <= ramEnd;
    assert.equal(!u.isDevice, inRam, `${label}: device flag of ${u.paddr.toString(16)}`);
  }
  // RAM above the firmware: untypeds + kernel + DTB + image + rootserver objects cover it, except
  // fragments smaller than 16 bytes that seL4 cannot describe.
  const pieces: Region[] = [
    ...bi.untypedList.filter((u) => !u.isDevice).map((u) => ({ start: u.paddr, end: u.paddr + size(u.sizeBits) })),
    { start: r.kernelBootCode.end, end: r.kernelImage.end }, r.uiPhys, r.rootserver.region, ...(r.dtb ? [r.dtb] : []),
  ].sort((a, b) => a.start - b.start);
  let cur = 0x80000000 + BOOTLOADER_RESERVE;
  for (const p of pieces) {
    assert.ok(p.start >= cur, `${label}: overlap at ${p.start.toString(16)}`);
    assert.ok(p.start - cur < 16, `${label}: RAM gap [${cur.toString(16)}, ${p.start.toString(16)})`);
    cur = p.end;
  }
  assert.ok(ramEnd - cur < 16, `${label}: RAM end gap`);
  // Device untypeds cover [0, 2^39) minus RAM, and the kernel's devices.
  const dev: Region[] = [
    ...bi.untypedList.filter((u) => u.isDevice).map((u) => ({ start: u.paddr, end: u.paddr + size(u.sizeBits) })),
    ...KERNEL_DEVICE_FRAMES.map((f) => ({ start: f.paddr, end: f.paddr + 0x200000 })),
    { start: KERNEL_PADDR, end: ramEnd },
  ].sort((a, b) => a.start - b.start);
  cur = 0;
  for (const d of dev) {
    assert.equal(d.start, cur, `${label}: device coverage at ${cur.toString(16)}`);
    cur = d.end;
  }
  assert.equal(cur, PADDR_USER_DEVICE_TOP, label);
  // Untyped caps match the list.
  bi.untypedList.forEach((u, i) => {
    const c = r.rootCNode.slot(bi.untyped.start + i).cap;
    assert.ok(c.tag === CapTag.Untyped && c.paddr === u.paddr && c.sizeBits === u.sizeBits && c.isDevice === u.isDevice);
  });
  // Every image page: frame cap at its vaddr, holding the ELF bytes, mapped by the Sv39 tables.
  const vas = [...pages.keys()].sort((a, b) => a - b);
  vas.forEach((va, k) => {
    const c = r.rootCNode.slot(bi.userImageFrames.start + k).cap;
    assert.ok(c.tag === CapTag.Frame && c.mappedAddress === va && c.mappedASID === 1, `${label}: frame ${k}`);
    assert.deepEqual(r.mem.readBytes(c.paddr, 4096), pages.get(va), `${label}: bytes of ${va.toString(16)}`);
    const t = walkSv39(r.mem, r.vspaceRoot, va);
    assert.equal(t?.paddr, c.paddr, `${label}: mapping of ${va.toString(16)}`);
    assert.equal(t!.pte & 0xffn, 0xdfn);
  });
  // IPC buffer, bootinfo and extra bootinfo mappings.
  assert.equal(walkSv39(r.mem, r.vspaceRoot, bi.ipcBuffer)?.paddr, r.rootserver.ipcBuffer);
  assert.equal(walkSv39(r.mem, r.vspaceRoot, r.bootInfoVaddr)?.paddr, r.bootInfoPaddr);
  for (let i = bi.extraBIPages.start; i < bi.extraBIPages.end; i++) {
    const c = r.rootCNode.slot(i).cap;
    assert.ok(c.tag === CapTag.Frame);
    assert.equal(walkSv39(r.mem, r.vspaceRoot, c.mappedAddress)?.paddr, c.paddr);
  }
  // Paging caps cover the whole initial virtual region.
  for (let i = bi.userImagePaging.start; i < bi.userImagePaging.end; i++) {
    const c = r.rootCNode.slot(i).cap;
    assert.ok(c.tag === CapTag.PageTable && c.isMapped && c.paddr >= r.rootserver.paging.start && c.paddr < r.rootserver.paging.end);
  }
}

test('bootinfo invariants across RAM sizes and CNode sizes', () => {
  const { elf, pages } = smallImage();
  for (const ram of [128 * MiB, 1 * GiB, 2 * GiB, 3 * GiB]) {
    for (let bits = 10; bits <= 16; bits++) {
      const r = bootSystem({ elf, ramSize: ram, cnodeBits: bits });
      checkInvariants(r, pages, `ram=${ram / MiB}MiB cnode=${bits}`);
      // The rootserver objects sit at the top of RAM (highest fitting free region).
      assert.ok(0x80000000 + ram - r.rootserver.region.end < 2 ** Math.max(bits + 5, 13));
    }
  }
});

test('boot without a DTB: no extra bootinfo', () => {
  const { elf, pages } = smallImage();
  const r = bootSystem({ elf, ramSize: 256 * MiB, dtb: null });
  checkInvariants(r, pages, 'no dtb');
  assert.equal(r.bootInfo.extraLen, 0);
  assert.deepEqual(r.bootInfo.extraBIPages, { start: 0, end: 0 });
  assert.equal(r.dtb, null);
  assert.equal(r.uiPhys.start, 0x80221000);
});

test('other kernel image sizes', () => {
  const { elf, pages } = smallImage();
  const r = bootSystem({ elf, ramSize: 512 * MiB, kernelSize: 0x35000, kernelBootSize: 0x5000 });
  checkInvariants(r, pages, 'kernel 0x35000');
  assert.equal(r.dtb?.start, 0x80235000);
  assert.equal(r.bootInfo.untypedList.filter((u) => !u.isDevice)[0].paddr, 0x80200000);
});

test('a CNode too small for the caps fails with a clear BootError', () => {
  const data = new Uint8Array(0x3e6000);
  const elf = buildElf(0x10000n, [{ vaddr: 0x10000, data }]);
  for (const bits of [8, 9, 10]) {
    assert.throws(() => bootSystem({ elf, cnodeBits: bits }), (e: unknown) =>
      e instanceof BootError && /root CNode/.test(e.message) && !e.message.includes('\n'));
  }
  for (const bits of [0, 6, 27, 12.5]) {
    assert.throws(() => bootSystem({ elf, cnodeBits: bits }), (e: unknown) => e instanceof BootError && /root CNode/.test(e.message));
  }
  // 11 bits is enough for this image.
  assert.equal(bootSystem({ elf, cnodeBits: 11 }).bootInfo.empty.end, 2048);
});

test('image or RAM too large/small fails with a BootError', () => {
  const big = buildElf(0x10000n, [{ vaddr: 0x10000, data: new Uint8Array(16), memsz: 130 * MiB }]);
  assert.throws(() => bootSystem({ elf: big, ramSize: 128 * MiB }), (e: unknown) => e instanceof BootError && /larger than RAM/.test(e.message));
  // Fits as an image but leaves no room for the rootserver objects.
  const tight = buildElf(0x10000n, [{ vaddr: 0x10000, data: new Uint8Array(16), memsz: 128 * MiB - 0x223000 }]);
  assert.throws(() => bootSystem({ elf: tight, ramSize: 128 * MiB }), (e: unknown) => e instanceof BootError && /root server objects/.test(e.message));
  const { elf } = smallImage();
  assert.throws(() => bootSystem({ elf, ramSize: 1 * MiB }), BootError);
  // Just fits: IPC buffer, bootinfo and one extra page end exactly below seL4_UserTop - 0x1000.
  const fits = buildElf(0x3fffff7000n, [{ vaddr: 0x3fffff7000, data: new Uint8Array(0x4000) }]);
  assert.equal(bootSystem({ elf: fits, ramSize: 128 * MiB }).itVirt.end, 0x3fffffe000);
  // Near the top of the user address space: the bootinfo frames would cross seL4_UserTop.
  const high = buildElf(0x3fffff8000n, [{ vaddr: 0x3fffff8000, data: new Uint8Array(0x4000) }]);
  assert.throws(() => bootSystem({ elf: high, ramSize: 128 * MiB }), (e: unknown) => e instanceof BootError && /USER_TOP/.test(e.message));
});
