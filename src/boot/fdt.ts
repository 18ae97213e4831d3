// Flattened device tree (FDT v17): a builder that describes the emulated machine the way
// QEMU's riscv `virt` board does, and a small parser to validate and read back blobs.

import { BootError, hex } from './errors.js';

export const FDT_MAGIC = 0xd00dfeed;
const FDT_BEGIN_NODE = 1;
const FDT_END_NODE = 2;
const FDT_PROP = 3;
const FDT_NOP = 4;
const FDT_END = 9;
const HEADER_SIZE = 40;

export type PropValue = string | string[] | number | number[] | Uint8Array | null;

/** Big-endian cells from 32-bit numbers. */
export function cells(...v: number[]): Uint8Array {
  const out = new Uint8Array(v.length * 4);
  const dv = new DataView(out.buffer);
  v.forEach((x, i) => dv.setUint32(i * 4, x >>> 0, false));
  return out;
}

/** Two-cell (64-bit) address/size pairs, as #address-cells = #size-cells = 2 use them. */
export function reg64(...pairs: [number, number][]): Uint8Array {
  const c: number[] = [];
  for (const [a, s] of pairs) c.push(Math.floor(a / 2 ** 32), a >>> 0, Math.floor(s / 2 ** 32), s >>> 0);
  return cells(...c);
}

function encodeValue(v: PropValue): Uint8Array {
  if (v === null) return new Uint8Array(0);
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'number') return cells(v);
  if (typeof v === 'string') v = [v];
  if (v.length > 0 && typeof v[0] === 'number') return cells(...(v as number[]));
  const parts = (v as string[]).map((s) => new TextEncoder().encode(s + '\0'));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Incremental FDT writer. */
export class FdtBuilder {
  private struct: number[] = [];
  private strings: number[] = [];
  private stringOffsets = new Map<string, number>();
  private depth = 0;

  private word(v: number): void {
    this.struct.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  }
  private bytes(b: Uint8Array): void {
    for (const x of b) this.struct.push(x);
    while (this.struct.length % 4 !== 0) this.struct.push(0);
  }

  beginNode(name: string): this {
    this.word(FDT_BEGIN_NODE);
    this.bytes(new TextEncoder().encode(name + '\0'));
    this.depth++;
    return this;
  }

  prop(name: string, value: PropValue): this {
    const data = encodeValue(value);
    let off = this.stringOffsets.get(name);
    if (off === undefined) {
      off = this.strings.length;
      this.stringOffsets.set(name, off);
      for (const x of new TextEncoder().encode(name + '\0')) this.strings.push(x);
    }
    this.word(FDT_PROP);
    this.word(data.length);
    this.word(off);
    this.bytes(data);
    return this;
  }

  endNode(): this {
    if (this.depth === 0) throw new Error('FdtBuilder: endNode without beginNode');
    this.word(FDT_END_NODE);
    this.depth--;
    return this;
  }

  /** Serialise; `padTo` makes totalsize exactly that many bytes (zero padding at the end). */
  finish(opts: { bootCpuId?: number; padTo?: number } = {}): Uint8Array {
    if (this.depth !== 0) throw new Error('FdtBuilder: unbalanced nodes');
    const struct = [...this.struct];
    struct.push(0, 0, 0, FDT_END);
    const offRsv = (HEADER_SIZE + 7) & ~7; // memory reservation map, 8-byte aligned
    const offStruct = offRsv + 16; // one terminating (0,0) entry
    const offStrings = offStruct + struct.length;
    const natural = offStrings + this.strings.length;
    const total = opts.padTo ?? natural;
    if (total < natural) throw new Error(`FdtBuilder: blob needs ${natural} bytes, cannot pad to ${total}`);
    const out = new Uint8Array(total);
    const dv = new DataView(out.buffer);
    dv.setUint32(0, FDT_MAGIC);
    dv.setUint32(4, total);
    dv.setUint32(8, offStruct);
    dv.setUint32(12, offStrings);
    dv.setUint32(16, offRsv);
    dv.setUint32(20, 17);
    dv.setUint32(24, 16);
    dv.setUint32(28, opts.bootCpuId ?? 0);
    dv.setUint32(32, this.strings.length);
    dv.setUint32(36, struct.length);
    out.set(struct, offStruct);
    out.set(this.strings, offStrings);
    return out;
  }
}

export interface VirtDtbOptions {
  /** RAM size in bytes (RAM starts at 0x80000000). */
  ramSize: number;
  /** Optional /chosen/bootargs. */
  bootargs?: string;
  /** Pad the blob to exactly this totalsize. */
  padTo?: number;
  /** Describe sel4ts's power-fail line (not a QEMU device; only present when the machine has one). */
  powerFail?: boolean;
  /** Describe sel4ts's virtual patient (heart model; only present when the machine has one). */
  heart?: boolean;
}

/** Devices of the emulated board, as QEMU's virt machine places them. */
export const VIRT_MAP = {
  test: { base: 0x100000, size: 0x1000 },
  rtc: { base: 0x101000, size: 0x1000, irq: 11 },
  clint: { base: 0x2000000, size: 0x10000 },
  plic: { base: 0xc000000, size: 0x600000, ndev: 95 },
  uart: { base: 0x10000000, size: 0x100, irq: 10, clock: 0x384000 },
  virtio: { base: 0x10001000, size: 0x1000, count: 8, irq: 1 },
  /** sel4ts's power-fail line, in QEMU virt's platform-bus window (its first interrupt is PLIC source 64). */
  powerFail: { base: 0x4000000, size: 0x1000, irq: 64 },
  /** sel4ts's virtual patient, next in the platform-bus window, on its second interrupt. */
  heart: { base: 0x4001000, size: 0x1000, irq: 65 },
  ram: { base: 0x80000000 },
} as const;

export const RISCV_ISA = 'rv64imafdc_zicntr_zicsr_zifencei_zihpm';

/** Generate the device tree QEMU's `virt` board passes for one rv64 hart with `ramSize` bytes of RAM. */
export function makeVirtDtb(opts: VirtDtbOptions): Uint8Array {
  const PH_CPU_INTC = 1;
  const PH_TEST = 2;
  const PH_PLIC = 3;
  const PH_CPU0 = 4;
  const f = new FdtBuilder();
  f.beginNode('');
  f.prop('#address-cells', 2).prop('#size-cells', 2);
  f.prop('compatible', 'riscv-virtio').prop('model', 'riscv-virtio,qemu');

  f.beginNode('poweroff')
    .prop('value', 0x5555).prop('offset', 0).prop('regmap', PH_TEST).prop('compatible', 'syscon-poweroff')
    .endNode();
  f.beginNode('reboot')
    .prop('value', 0x7777).prop('offset', 0).prop('regmap', PH_TEST).prop('compatible', 'syscon-reboot')
    .endNode();

  f.beginNode(`memory@${VIRT_MAP.ram.base.toString(16)}`)
    .prop('device_type', 'memory').prop('reg', reg64([VIRT_MAP.ram.base, opts.ramSize]))
    .endNode();

  f.beginNode('cpus').prop('#address-cells', 1).prop('#size-cells', 0).prop('timebase-frequency', 10_000_000);
  f.beginNode('cpu@0')
    .prop('phandle', PH_CPU0).prop('device_type', 'cpu').prop('reg', 0).prop('status', 'okay')
    .prop('compatible', 'riscv').prop('riscv,isa', RISCV_ISA).prop('mmu-type', 'riscv,sv39');
  f.beginNode('interrupt-controller')
    .prop('#interrupt-cells', 1).prop('interrupt-controller', null).prop('compatible', 'riscv,cpu-intc')
    .prop('phandle', PH_CPU_INTC)
    .endNode();
  f.endNode(); // cpu@0
  f.beginNode('cpu-map').beginNode('cluster0').beginNode('core0').prop('cpu', PH_CPU0).endNode().endNode().endNode();
  f.endNode(); // cpus

  f.beginNode('chosen');
  if (opts.bootargs !== undefined) f.prop('bootargs', opts.bootargs);
  f.prop('stdout-path', `/soc/serial@${VIRT_MAP.uart.base.toString(16)}`);
  f.endNode();

  f.beginNode('soc').prop('#address-cells', 2).prop('#size-cells', 2).prop('compatible', 'simple-bus').prop('ranges', null);
  f.beginNode(`rtc@${VIRT_MAP.rtc.base.toString(16)}`)
    .prop('interrupts', VIRT_MAP.rtc.irq).prop('interrupt-parent', PH_PLIC)
    .prop('reg', reg64([VIRT_MAP.rtc.base, VIRT_MAP.rtc.size])).prop('compatible', 'google,goldfish-rtc')
    .endNode();
  f.beginNode(`serial@${VIRT_MAP.uart.base.toString(16)}`)
    .prop('interrupts', VIRT_MAP.uart.irq).prop('interrupt-parent', PH_PLIC)
    .prop('clock-frequency', VIRT_MAP.uart.clock)
    .prop('reg', reg64([VIRT_MAP.uart.base, VIRT_MAP.uart.size])).prop('compatible', 'ns16550a')
    .endNode();
  f.beginNode(`test@${VIRT_MAP.test.base.toString(16)}`)
    .prop('phandle', PH_TEST).prop('reg', reg64([VIRT_MAP.test.base, VIRT_MAP.test.size]))
    .prop('compatible', ['sifive,test1', 'sifive,test0', 'syscon'])
    .endNode();
  // QEMU creates the virtio-mmio nodes from the highest slot down.
  for (let i = VIRT_MAP.virtio.count - 1; i >= 0; i--) {
    const base = VIRT_MAP.virtio.base + i * VIRT_MAP.virtio.size;
    f.beginNode(`virtio_mmio@${base.toString(16)}`)
      .prop('interrupts', VIRT_MAP.virtio.irq + i).prop('interrupt-parent', PH_PLIC)
      .prop('reg', reg64([base, VIRT_MAP.virtio.size])).prop('compatible', 'virtio,mmio')
      .endNode();
  }
  if (opts.powerFail === true) {
    f.beginNode(`power-fail@${VIRT_MAP.powerFail.base.toString(16)}`)
      .prop('interrupts', VIRT_MAP.powerFail.irq).prop('interrupt-parent', PH_PLIC)
      .prop('reg', reg64([VIRT_MAP.powerFail.base, VIRT_MAP.powerFail.size])).prop('compatible', 'sel4ts,power-fail')
      .endNode();
  }
  if (opts.heart === true) {
    f.beginNode(`heart@${VIRT_MAP.heart.base.toString(16)}`)
      .prop('interrupts', VIRT_MAP.heart.irq).prop('interrupt-parent', PH_PLIC)
      .prop('reg', reg64([VIRT_MAP.heart.base, VIRT_MAP.heart.size])).prop('compatible', 'sel4ts,heart')
      .endNode();
  }
  f.beginNode(`plic@${VIRT_MAP.plic.base.toString(16)}`)
    .prop('phandle', PH_PLIC).prop('riscv,ndev', VIRT_MAP.plic.ndev)
    .prop('reg', reg64([VIRT_MAP.plic.base, VIRT_MAP.plic.size]))
    .prop('interrupts-extended', [PH_CPU_INTC, 11, PH_CPU_INTC, 9])
    .prop('interrupt-controller', null).prop('compatible', ['sifive,plic-1.0.0', 'riscv,plic0'])
    .prop('#address-cells', 0).prop('#interrupt-cells', 1)
    .endNode();
  f.beginNode(`clint@${VIRT_MAP.clint.base.toString(16)}`)
    .prop('interrupts-extended', [PH_CPU_INTC, 3, PH_CPU_INTC, 7])
    .prop('reg', reg64([VIRT_MAP.clint.base, VIRT_MAP.clint.size])).prop('compatible', ['sifive,clint0', 'riscv,clint0'])
    .endNode();
  f.endNode(); // soc
  f.endNode(); // root
  return f.finish({ padTo: opts.padTo });
}

// ---------------------------------------------------------------- parsing

export interface FdtNode {
  readonly name: string;
  readonly props: Map<string, Uint8Array>;
  readonly children: FdtNode[];
}

export interface FdtHeader {
  totalsize: number;
  offDtStruct: number;
  offDtStrings: number;
  offMemRsvmap: number;
  version: number;
  lastCompVersion: number;
  bootCpuId: number;
  sizeDtStrings: number;
  sizeDtStruct: number;
}

/** Check header fields enough to hand the blob to the kernel as seL4's loader would; returns totalsize. */
export function validateDtb(b: Uint8Array, what = 'device tree blob'): FdtHeader {
  if (b.length < HEADER_SIZE) throw new BootError(`${what}: truncated (${b.length} bytes, FDT header needs ${HEADER_SIZE})`);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const magic = dv.getUint32(0);
  if (magic !== FDT_MAGIC) throw new BootError(`${what}: bad magic ${hex(magic)} (expected 0xd00dfeed)`);
  const h: FdtHeader = {
    totalsize: dv.getUint32(4),
    offDtStruct: dv.getUint32(8),
    offDtStrings: dv.getUint32(12),
    offMemRsvmap: dv.getUint32(16),
    version: dv.getUint32(20),
    lastCompVersion: dv.getUint32(24),
    bootCpuId: dv.getUint32(28),
    sizeDtStrings: dv.getUint32(32),
    sizeDtStruct: dv.getUint32(36),
  };
  if (h.totalsize < HEADER_SIZE) throw new BootError(`${what}: totalsize ${h.totalsize} smaller than the header`);
  if (h.totalsize > b.length) throw new BootError(`${what}: totalsize ${h.totalsize} exceeds file length ${b.length}`);
  return h;
}

/** Parse the structure block into a node tree (throws BootError on malformed blobs). */
export function parseFdt(b: Uint8Array): FdtNode {
  const h = validateDtb(b);
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const end = Math.min(h.totalsize, h.offDtStruct + h.sizeDtStruct);
  const fail = (m: string): never => {
    throw new BootError(`device tree blob: ${m}`);
  };
  const cstr = (o: number, lim: number): [string, number] => {
    let e = o;
    while (e < lim && b[e] !== 0) e++;
    if (e >= lim) fail(`unterminated string at ${o}`);
    return [new TextDecoder().decode(b.subarray(o, e)), e + 1];
  };
  let p = h.offDtStruct;
  const stack: FdtNode[] = [];
  let root: FdtNode | null = null;
  while (true) {
    if (p + 4 > end) fail('structure block ends without FDT_END');
    const tok = dv.getUint32(p);
    p += 4;
    if (tok === FDT_BEGIN_NODE) {
      const [name, next] = cstr(p, end);
      p = (next + 3) & ~3;
      const node: FdtNode = { name, props: new Map(), children: [] };
      if (stack.length === 0) {
        if (root !== null) fail('more than one root node');
        root = node;
      } else stack[stack.length - 1].children.push(node);
      stack.push(node);
    } else if (tok === FDT_END_NODE) {
      if (stack.pop() === undefined) fail('unbalanced FDT_END_NODE');
    } else if (tok === FDT_PROP) {
      if (p + 8 > end) fail('truncated property');
      const len = dv.getUint32(p);
      const nameoff = dv.getUint32(p + 4);
      p += 8;
      if (p + len > end) fail('property value beyond structure block');
      if (stack.length === 0) fail('property outside a node');
      const [name] = cstr(h.offDtStrings + nameoff, Math.min(h.totalsize, h.offDtStrings + h.sizeDtStrings));
      stack[stack.length - 1].props.set(name, b.slice(p, p + len));
      p = (p + len + 3) & ~3;
    } else if (tok === FDT_NOP) {
      continue;
    } else if (tok === FDT_END) {
      break;
    } else {
      fail(`bad token ${tok} at ${p - 4}`);
    }
  }
  if (root === null || stack.length !== 0) fail('missing or unbalanced root node');
  return root as FdtNode;
}

/** Find a node by path like "/soc/serial@10000000". */
export function fdtFind(root: FdtNode, path: string): FdtNode | undefined {
  let n: FdtNode | undefined = root;
  for (const part of path.split('/').filter((s) => s !== '')) {
    n = n.children.find((c): boolean => c.name === part);
    if (n === undefined) return undefined;
  }
  return n;
}

export function propString(v: Uint8Array | undefined): string[] {
  if (v === undefined) return [];
  const s = new TextDecoder().decode(v);
  return s.split('\0').slice(0, -1);
}

export function propCells(v: Uint8Array | undefined): number[] {
  if (v === undefined) return [];
  const dv = new DataView(v.buffer, v.byteOffset, v.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= v.length; i += 4) out.push(dv.getUint32(i));
  return out;
}
