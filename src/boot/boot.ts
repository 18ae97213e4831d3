// Booting a rootserver as the seL4_tools elfloader + seL4 16.0.0 (riscv64, qemu-riscv-virt, non-MCS) do:
// physical layout of kernel, DTB and image, free-memory bookkeeping, the rootserver objects carved from
// the top of the highest fitting free region, the initial address space (Sv39 tables in physical memory),
// the initial caps, untypeds and seL4_BootInfo.

import { PhysicalMemory, RAM_BASE, DEFAULT_RAM_SIZE, PAGE_SIZE } from '../machine/memory.js';
import {
  ASIDPool, CNode, CapTag, Cte, SchedContext, Tcb, TcbSlot, ThreadState, VMRights,
  type Cap, type CNodeCap, type FrameCap, type PageTableCap, type UntypedCap,
} from '../kernel/structures.js';
import { SchedulerAction, type KernelState } from '../kernel/statedata.js';
import { MIN_REFILLS, refillNewAt } from '../kernel/sporadic.js';
import {
  MIN_UNTYPED_BITS, MAX_UNTYPED_BITS, PAGE_BITS, SLOT_BITS, TCB_BITS, PAGE_TABLE_BITS,
} from '../kernel/object/untyped.js';
import { BootError, hex } from './errors.js';
import { formatC, PPTR_BASE } from '../kernel/printf.js';
import { parseElf, USER_TOP, type ElfImage } from './elf.js';
import { makeVirtDtb, validateDtb } from './fdt.js';
import {
  CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS, emptyBootInfo, writeBootInfo, type BootInfo, type SlotRegion, type UntypedDesc,
} from './bootinfo.js';

export { BootError } from './errors.js';

// ---------------------------------------------------------------- constants (seL4 riscv64, qemu-riscv-virt)

/** Physical address the kernel image is loaded at (OpenSBI occupies the 2 MiB below). */
export const KERNEL_PADDR = 0x80200000;
/** Bytes at the start of RAM kept for the SBI firmware; seL4 does not count them as RAM. */
export const BOOTLOADER_RESERVE = 0x200000;
export const DEFAULT_KERNEL_SIZE = 0x21000;
/** The 16.0.0 MCS debug kernel image is [0x80200000, 0x80228000). */
export const DEFAULT_MCS_KERNEL_SIZE = 0x28000;
/** seL4_MinSchedContextBits: the rootserver's SC. */
const ROOTSERVER_SC_BITS = 7;
export const DEFAULT_KERNEL_BOOT_SIZE = 0x3000;
export const DEFAULT_CNODE_BITS = 13;
/** CONFIG_PADDR_USER_DEVICE_TOP. */
export const PADDR_USER_DEVICE_TOP = 2 ** 39;
/** PADDR_TOP = PPTR_TOP - PPTR_BASE: end of the kernel's physical memory window. */
export const PADDR_TOP = 0x3f80000000;
export const MAX_NUM_FREEMEM_REG = 16;
/** Device memory the kernel maps for itself (CLINT, PLIC), in 2 MiB kernel device frames. */
export const KERNEL_DEVICE_FRAMES: readonly { name: string; paddr: number }[] = [
  { name: 'CLINT', paddr: 0x2000000 },
  { name: 'PLIC', paddr: 0xc000000 },
  { name: 'PLIC', paddr: 0xc200000 },
  { name: 'PLIC', paddr: 0xc400000 },
];
const KERNEL_DEVICE_FRAME_SIZE = 0x200000;
const MAX_NUM_RESV_REG = MAX_NUM_FREEMEM_REG + KERNEL_DEVICE_FRAMES.length + 3;

// Object sizes are the kernel's (one definition, in the Untyped code that creates objects).
export { MIN_UNTYPED_BITS, MAX_UNTYPED_BITS, PAGE_BITS, SLOT_BITS, TCB_BITS, PAGE_TABLE_BITS };
export const VSPACE_BITS = PAGE_TABLE_BITS;
export const ASID_POOL_BITS = 12;
export const BI_FRAME_BITS = 12;
export const IT_ASID = 1;
export const MAX_PRIO = 255;

/** Fixed initial slots (seL4_RootCNodeCapSlots). */
export const enum InitSlot {
  TCB = 1,
  CNode = 2,
  VSpace = 3,
  IRQControl = 4,
  ASIDControl = 5,
  ASIDPool = 6,
  BootInfoFrame = 9,
  IPCBuffer = 10,
  Domain = 11,
  /** MCS: the rootserver's scheduling context. */
  SchedContext = 14,
  NumInitialCaps = 16,
}

// Sv39 PTE bits.
export const PTE_V = 1;
export const PTE_R = 2;
export const PTE_W = 4;
export const PTE_X = 8;
export const PTE_U = 16;
export const PTE_G = 32;
export const PTE_A = 64;
export const PTE_D = 128;

// ---------------------------------------------------------------- types

export interface Region {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface BootOptions {
  /** The rootserver ELF (bytes, or already parsed). */
  elf: Uint8Array | ElfImage;
  /** Physical memory to boot into; created with `ramSize` when absent. */
  mem?: PhysicalMemory;
  /** RAM size in bytes when `mem` is absent (default 3 GiB). */
  ramSize?: number;
  /** Root CNode radix (CONFIG_ROOT_CNODE_SIZE_BITS), default 13. */
  cnodeBits?: number;
  /** Size of the kernel image [0x80200000, +kernelSize), default 0x21000 (the 16.0.0 non-MCS debug kernel). */
  kernelSize?: number;
  /** Leading part of the kernel image that is boot-only code, reclaimed as untyped; default 0x3000. */
  kernelBootSize?: number;
  /** DTB handed to the kernel: undefined = generate QEMU virt's, null = none. */
  dtb?: Uint8Array | null;
  /** CONFIG_TIME_SLICE (ticks) for the initial thread, default 5. */
  timeSlice?: number;
  /** Wire the result into this KernelState (current/idle thread, ASID table, thread set). */
  kernelState?: KernelState;
  /** Boot the MCS kernel: rootserver and idle scheduling contexts, the SchedControl cap, MCS bootinfo. */
  mcs?: boolean;
  /** MCS: CONFIG_BOOT_THREAD_TIME_SLICE in timer ticks (default 5 ms of the 10 MHz timer). */
  bootTimeSliceTicks?: number;
}

export interface RootserverObjects {
  /** The whole block carved for the rootserver objects. */
  region: Region;
  cnode: number;
  vspace: number;
  asidPool: number;
  ipcBuffer: number;
  bootInfo: number;
  /** 0 when there is no extra bootinfo. */
  extraBI: number;
  extraBIBits: number;
  tcb: number;
  /** MCS: the rootserver's scheduling context (0 without MCS). */
  sc: number;
  paging: Region;
}

export interface UntypedInfo extends UntypedDesc {
  slot: number;
}

export interface BootResult {
  mem: PhysicalMemory;
  ramSize: number;
  cnodeBits: number;
  rootCNode: CNode;
  rootCNodeCap: CNodeCap;
  tcb: Tcb;
  idleThread: Tcb;
  /** MCS scheduling contexts of the idle thread (kernel memory) and the rootserver; null without MCS. */
  idleSC: SchedContext | null;
  rootSC: SchedContext | null;
  asidPool: ASIDPool;
  /** Physical address of the rootserver's VSpace root page table. */
  vspaceRoot: number;
  bootInfo: BootInfo;
  bootInfoPaddr: number;
  bootInfoVaddr: number;
  ipcBufferVaddr: number;
  extraBIVaddr: number;
  extraBISize: number;
  entry: bigint;
  untypeds: UntypedInfo[];
  /** Untypeds seL4 would have provided beyond CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS (dropped). */
  droppedUntypeds: number;
  kernelImage: Region;
  kernelBootCode: Region;
  dtb: Region | null;
  /** Physical and virtual extent of the rootserver image; pvOffset = paddr - vaddr. */
  uiPhys: Region;
  uiVirt: Region;
  pvOffset: number;
  /** The virtual region the initial address space covers (image .. end of extra bootinfo). */
  itVirt: Region;
  rootserver: RootserverObjects;
  /** seL4's ndks_boot.reserved after boot (physical, merged). */
  reserved: Region[];
  /** Lines seL4 (printing build) and the elfloader would tell, plus the slot layout. */
  log: string[];
  /**
   * What seL4 16.0.0's debug kernel prints on the console while it boots, from "Init local IRQ" to "Booting all
   * finished, dropped to user space" (init_cpu, try_init_kernel, init_freemem, provide_untyped_cap), byte for
   * byte and computed from this boot's regions. The System prints it before the rootserver runs.
   */
  kernelLog: string;
  summary(): string;
}

// ---------------------------------------------------------------- helpers

const pow2 = (b: number): number => 2 ** b;
const roundUp = (x: number, a: number): number => Math.ceil(x / a) * a;
const roundDown = (x: number, a: number): number => Math.floor(x / a) * a;

/** Index of the most significant set bit (x >= 1). */
function msb(x: number): number {
  let b = 0;
  while (pow2(b + 1) <= x) b++;
  return b;
}

/** Count of trailing zero bits (x >= 1). */
function ctz(x: number): number {
  let b = 0;
  while (x % pow2(b + 1) === 0) b++;
  return b;
}

/** calculate_extra_bi_size_bits. */
export function extraBISizeBits(size: number): number {
  if (size === 0) return 0;
  let m = msb(roundUp(size, PAGE_SIZE));
  if (size > pow2(m)) m++;
  return m;
}

/** get_n_paging summed over the two non-root levels (arch_get_n_paging, Sv39). */
export function nPaging(v: Region): number {
  let n = 0;
  for (const bits of [30, 21]) {
    const start = roundDown(v.start, pow2(bits));
    const end = roundUp(v.end, pow2(bits));
    n += (end - start) / pow2(bits);
  }
  return n;
}

/** calculate_rootserver_size. */
export function rootserverSize(itV: Region, cnodeBits: number, extraBits: number, mcs = false): number {
  let size = pow2(cnodeBits + SLOT_BITS);
  if (mcs) size += pow2(ROOTSERVER_SC_BITS);
  size += pow2(TCB_BITS);
  size += pow2(PAGE_BITS);
  size += pow2(BI_FRAME_BITS);
  size += pow2(ASID_POOL_BITS);
  size += extraBits > 0 ? pow2(extraBits) : 0;
  size += pow2(VSPACE_BITS);
  return size + nPaging(itV) * pow2(PAGE_TABLE_BITS);
}

function rootserverMaxSizeBits(cnodeBits: number, extraBits: number): number {
  return Math.max(cnodeBits + SLOT_BITS, VSPACE_BITS, extraBits);
}

const isEmpty = (r: Region): boolean => r.start === r.end;

/** seL4's reserved-region list with reserve_region / merge_regions semantics. */
class ReservedList {
  readonly regs: Region[] = [];

  private merge(): void {
    for (let i = 1; i < this.regs.length;) {
      if (this.regs[i - 1].end === this.regs[i].start) {
        this.regs[i - 1].end = this.regs[i].end;
        this.regs.splice(i, 1);
      } else i++;
    }
  }

  reserve(reg: Region): void {
    if (reg.start === reg.end) return;
    let i = 0;
    for (; i < this.regs.length; i++) {
      if (this.regs[i].start === reg.end) {
        this.regs[i].start = reg.start;
        this.merge();
        return;
      }
      if (this.regs[i].end === reg.start) {
        this.regs[i].end = reg.end;
        this.merge();
        return;
      }
      if (this.regs[i].start > reg.end) {
        if (this.regs.length + 1 >= MAX_NUM_RESV_REG) {
          throw new BootError(`can't mark region ${hex(reg.start)}-${hex(reg.end)} as reserved (MAX_NUM_RESV_REG)`);
        }
        this.regs.splice(i, 0, { ...reg });
        return;
      }
    }
    if (i + 1 === MAX_NUM_RESV_REG) {
      throw new BootError(`can't mark region ${hex(reg.start)}-${hex(reg.end)} as reserved (MAX_NUM_RESV_REG)`);
    }
    this.regs.push({ ...reg });
  }
}

// ---------------------------------------------------------------- Sv39 helpers

function pteRead(mem: PhysicalMemory, table: number, index: number): bigint {
  return mem.read64(table + index * 8);
}

function pteIsTable(pte: bigint): boolean {
  return (pte & BigInt(PTE_V)) !== 0n && (pte & BigInt(PTE_R | PTE_W | PTE_X)) === 0n;
}

function ptePaddr(pte: bigint): number {
  return Number((pte >> 10n) & ((1n << 44n) - 1n)) * PAGE_SIZE;
}

/** lookupPTSlot: deepest slot for vaddr; returns the slot's paddr and the bits left. */
function lookupPTSlot(mem: PhysicalMemory, root: number, vaddr: number): { slot: number; bitsLeft: number } {
  let level = 2;
  let bitsLeft = 9 * level + PAGE_BITS;
  let table = root;
  let slot = table + (Math.floor(vaddr / pow2(bitsLeft)) % 512) * 8;
  while (pteIsTable(mem.read64(slot)) && level > 0) {
    level--;
    bitsLeft -= 9;
    table = ptePaddr(mem.read64(slot));
    slot = table + (Math.floor(vaddr / pow2(bitsLeft)) % 512) * 8;
  }
  return { slot, bitsLeft };
}

/** Translate a user virtual address by walking Sv39 tables in physical memory (for tests and tools). */
export function walkSv39(
  mem: PhysicalMemory, root: number, vaddr: number,
): { paddr: number; pte: bigint; level: number } | null {
  let table = root;
  for (let level = 2; level >= 0; level--) {
    const shift = PAGE_BITS + 9 * level;
    const pte = pteRead(mem, table, Math.floor(vaddr / pow2(shift)) % 512);
    if ((pte & BigInt(PTE_V)) === 0n) return null;
    if (!pteIsTable(pte)) {
      return { paddr: ptePaddr(pte) + (vaddr % pow2(shift)), pte, level };
    }
    table = ptePaddr(pte);
  }
  return null;
}

// ---------------------------------------------------------------- boot

/** Boot a rootserver ELF the way the elfloader and seL4's init_kernel do on qemu-riscv-virt. */
export function bootSystem(opts: BootOptions): BootResult {
  const log: string[] = [];

  // ---- machine
  let mem: PhysicalMemory;
  if (opts.mem !== undefined) {
    mem = opts.mem;
  } else {
    const ramSize = opts.ramSize ?? DEFAULT_RAM_SIZE;
    if (!Number.isInteger(ramSize) || ramSize <= 0 || ramSize % PAGE_SIZE !== 0) {
      throw new BootError(`RAM size ${ramSize} is not a positive multiple of 4 KiB`);
    }
    mem = new PhysicalMemory(ramSize);
  }
  const ramSize = mem.ramSize;
  const ramEnd = RAM_BASE + ramSize;

  const cnodeBits = opts.cnodeBits ?? DEFAULT_CNODE_BITS;
  if (!Number.isInteger(cnodeBits) || cnodeBits < PAGE_BITS - SLOT_BITS || cnodeBits >= 32 - SLOT_BITS) {
    throw new BootError(
      `root CNode size of ${cnodeBits} bits is invalid (seL4 needs ${PAGE_BITS - SLOT_BITS}..${32 - SLOT_BITS - 1} bits)`,
    );
  }
  const mcs = opts.mcs === true;
  const kernelSize = opts.kernelSize ?? (mcs ? DEFAULT_MCS_KERNEL_SIZE : DEFAULT_KERNEL_SIZE);
  const kernelBootSize = opts.kernelBootSize ?? DEFAULT_KERNEL_BOOT_SIZE;
  if (!Number.isInteger(kernelSize) || kernelSize <= 0) throw new BootError(`kernel image size ${kernelSize} is invalid`);
  if (!Number.isInteger(kernelBootSize) || kernelBootSize < 0 || kernelBootSize > kernelSize) {
    throw new BootError(`kernel boot code size ${kernelBootSize} is invalid (must be 0..${kernelSize})`);
  }
  const timeSlice = opts.timeSlice ?? 5;

  const kernelImage: Region = { start: KERNEL_PADDR, end: KERNEL_PADDR + kernelSize };
  const kernelBootCode: Region = { start: KERNEL_PADDR, end: KERNEL_PADDR + kernelBootSize };
  if (ramSize <= BOOTLOADER_RESERVE || kernelImage.end > ramEnd) {
    throw new BootError(`RAM of ${hex(ramSize)} bytes cannot hold the firmware and the kernel image (ends at ${hex(kernelImage.end)})`);
  }

  // ---- elfloader: DTB right after the kernel, then the image at the next page.
  let next = roundUp(kernelImage.end, PAGE_SIZE);
  let dtbBytes: Uint8Array | null;
  if (opts.dtb === undefined) dtbBytes = makeVirtDtb({ ramSize });
  else dtbBytes = opts.dtb;
  let dtb: Region | null = null;
  if (dtbBytes !== null) {
    const h = validateDtb(dtbBytes);
    const size = h.totalsize;
    dtb = { start: next, end: next + size };
    if (dtb.end > ramEnd) throw new BootError(`DTB of ${size} bytes does not fit in RAM`);
    mem.writeBytes(dtb.start, dtbBytes.subarray(0, size));
    log.push(`Loaded DTB: paddr=[${hex(dtb.start)}..${hex(roundUp(dtb.end, PAGE_SIZE) - 1)}]`);
    next = roundUp(dtb.end, PAGE_SIZE);
  }
  const avail = Math.max(ramEnd - next, 0);
  const image: ElfImage = opts.elf instanceof Uint8Array ? parseElf(opts.elf, { maxImageBytes: avail }) : opts.elf;
  const imageSize = image.vend - image.vstart;
  if (imageSize > avail) {
    throw new BootError(
      `ELF image [${hex(image.vstart)}..${hex(image.vend)}) is ${hex(imageSize)} bytes, larger than RAM can hold (${hex(avail)} bytes available)`,
    );
  }
  const uiPhys: Region = { start: next, end: next + imageSize };
  const uiVirt: Region = { start: image.vstart, end: image.vend };
  const pvOffset = uiPhys.start - uiVirt.start;
  mem.zero(uiPhys.start, imageSize);
  for (const s of image.segments) {
    if (s.filesz > 0) mem.writeBytes(uiPhys.start + (s.vaddr - image.vstart), image.bytes.subarray(s.offset, s.offset + s.filesz));
  }
  log.push(`ELF-loading rootserver: paddr=[${hex(uiPhys.start)}..${hex(uiPhys.end - 1)}] vaddr=[${hex(uiVirt.start)}..${hex(uiVirt.end - 1)}] entry=${hex(image.entry)}`);

  // ---- try_init_kernel
  const ipcBufferVaddr = uiVirt.end;
  const bootInfoVaddr = ipcBufferVaddr + PAGE_SIZE;
  const extraBIVaddr = bootInfoVaddr + pow2(BI_FRAME_BITS);

  const reserved = new ReservedList();
  // map_kernel_devices reserves the kernel's device frames.
  for (const f of KERNEL_DEVICE_FRAMES) reserved.reserve({ start: f.paddr, end: f.paddr + KERNEL_DEVICE_FRAME_SIZE });

  let extraBISize = 0;
  if (dtb !== null) {
    if (dtb.end >= PADDR_TOP) throw new BootError(`DTB at [${hex(dtb.start)}..${hex(dtb.end)}] exceeds PADDR_TOP`);
    extraBISize += 16 + (dtb.end - dtb.start);
  }
  const extraBits = extraBISizeBits(extraBISize);
  const itVirt: Region = { start: uiVirt.start, end: extraBIVaddr + pow2(extraBits) };
  if (itVirt.end >= USER_TOP) {
    throw new BootError(`userland image virt [${hex(itVirt.start)}..${hex(itVirt.end)}] exceeds USER_TOP (${hex(USER_TOP)})`);
  }

  // ---- arch_init_freemem / init_freemem
  const resReg: Region[] = [{ ...kernelImage }];
  if (dtb !== null) resReg.push({ ...dtb });
  resReg.push({ ...uiPhys });
  // avail_p_regs: RAM above the SBI firmware (seL4 prints them before clipping them to the kernel window).
  const availPhys: Region[] = [{ start: RAM_BASE + BOOTLOADER_RESERVE, end: ramEnd }];
  const availRegs: Region[] = availPhys.map((r) => ({
    start: Math.min(r.start, PADDR_TOP),
    end: Math.min(r.end, PADDR_TOP),
  }));
  for (let i = 1; i < resReg.length; i++) {
    if (resReg[i].start < resReg[i - 1].end) throw new BootError('reserved regions overlap (kernel, DTB, image)');
  }
  const freemem: Region[] = [];
  for (let i = 0; i < MAX_NUM_FREEMEM_REG; i++) freemem.push({ start: 0, end: 0 });
  const insertRegion = (reg: Region): void => {
    if (isEmpty(reg)) return;
    for (let i = 0; i < MAX_NUM_FREEMEM_REG; i++) {
      if (isEmpty(freemem[i])) {
        reserved.reserve(reg);
        freemem[i] = { ...reg };
        return;
      }
    }
    throw new BootError(`no free memory slot left for [${hex(reg.start)}..${hex(reg.end)}] (MAX_NUM_FREEMEM_REG)`);
  };
  {
    let a = 0;
    let r = 0;
    const av = availRegs;
    while (a < av.length && r < resReg.length) {
      if (resReg[r].start === resReg[r].end) r++;
      else if (av[a].start >= av[a].end) a++;
      else if (resReg[r].end <= av[a].start) {
        reserved.reserve(resReg[r]);
        r++;
      } else if (resReg[r].start >= av[a].end) {
        insertRegion(av[a]);
        a++;
      } else if (resReg[r].start <= av[a].start) {
        av[a].start = Math.min(av[a].end, resReg[r].end);
      } else {
        insertRegion({ start: av[a].start, end: resReg[r].start });
        if (av[a].end > resReg[r].end) av[a].start = resReg[r].end;
        else a++;
      }
    }
    for (; r < resReg.length; r++) if (resReg[r].start < resReg[r].end) reserved.reserve(resReg[r]);
    for (; a < av.length; a++) if (av[a].start < av[a].end) insertRegion(av[a]);
  }
  const rsSize = rootserverSize(itVirt, cnodeBits, extraBits, mcs);
  const rsMax = rootserverMaxSizeBits(cnodeBits, extraBits);
  let rsStart = -1;
  {
    let i = MAX_NUM_FREEMEM_REG - 1;
    if (!isEmpty(freemem[i])) throw new BootError(`insufficient MAX_NUM_FREEMEM_REG (${MAX_NUM_FREEMEM_REG})`);
    while (i >= 0 && isEmpty(freemem[i])) i--;
    for (; i >= 0; i--) {
      const unaligned = freemem[i].end - rsSize;
      const start = roundDown(unaligned, pow2(rsMax));
      if (unaligned >= 0 && start >= freemem[i].start) {
        rsStart = start;
        freemem[i + 1] = { start: start + rsSize, end: freemem[i].end };
        freemem[i].end = start;
        break;
      }
      freemem[i + 1] = freemem[i];
      freemem[i] = { start: 0, end: 0 };
    }
  }
  if (rsStart < 0) {
    throw new BootError(
      `no free memory region is big enough for the root server objects (${hex(rsSize)} bytes, alignment 2^${rsMax}); RAM too small for this image`,
    );
  }

  // ---- create_rootserver_objects
  const rs = allocRootserver(rsStart, rsSize, itVirt, cnodeBits, extraBits, mcs);
  mem.zero(rs.region.start, rsSize);

  // ---- root CNode and fixed caps
  const rootCNode = new CNode(rs.cnode, cnodeBits);
  const rootCNodeCap: CNodeCap = { tag: CapTag.CNode, obj: rootCNode, radix: cnodeBits, guardSize: 64 - cnodeBits, guard: 0n };
  writeSlot(rootCNode.slot(InitSlot.CNode), rootCNodeCap);
  writeSlot(rootCNode.slot(InitSlot.Domain), { tag: CapTag.Domain });
  writeSlot(rootCNode.slot(InitSlot.IRQControl), { tag: CapTag.IRQControl });

  // populate_bi_frame
  const bi = emptyBootInfo();
  bi.nodeID = 0;
  bi.numNodes = 1;
  bi.numIOPTLevels = 0;
  bi.ipcBuffer = ipcBufferVaddr;
  bi.initThreadCNodeSizeBits = cnodeBits;
  // ksDomSchedule[0].domain: the domain the kernel starts in (0 unless a schedule says otherwise).
  bi.initThreadDomain = opts.kernelState?.curDomain ?? 0;
  bi.extraLen = extraBISize;
  let slotPos: number = InitSlot.NumInitialCaps;
  const provideCap = (cap: Cap): void => {
    if (slotPos >= pow2(cnodeBits)) {
      throw new BootError(
        `root CNode of ${cnodeBits} bits (${pow2(cnodeBits)} slots) is too small: can't add another cap, all slots used`,
      );
    }
    writeSlot(rootCNode.slot(slotPos), cap);
    slotPos++;
  };

  // extra bootinfo: FDT chunk
  if (dtb !== null) {
    const hdr = new Uint8Array(16);
    const dv = new DataView(hdr.buffer);
    dv.setBigUint64(0, 6n, true);
    dv.setBigUint64(8, BigInt(16 + (dtb.end - dtb.start)), true);
    mem.writeBytes(rs.extraBI, hdr);
    mem.writeBytes(rs.extraBI + 16, mem.readBytes(dtb.start, dtb.end - dtb.start));
  }

  // create_it_address_space
  const vspaceRoot = rs.vspace;
  const vspaceCap: PageTableCap = { tag: CapTag.PageTable, paddr: vspaceRoot, isMapped: true, mappedASID: IT_ASID, mappedAddress: 0 };
  writeSlot(rootCNode.slot(InitSlot.VSpace), vspaceCap);
  {
    const before = slotPos;
    let nextPT = rs.paging.start;
    for (const bits of [30, 21]) {
      for (let v = roundDown(itVirt.start, pow2(bits)); v < itVirt.end; v += pow2(bits)) {
        const pt = nextPT;
        nextPT += pow2(PAGE_TABLE_BITS);
        const { slot } = lookupPTSlot(mem, vspaceRoot, v);
        mem.write64(slot, (BigInt(pt / PAGE_SIZE) << 10n) | BigInt(PTE_V));
        provideCap({ tag: CapTag.PageTable, paddr: pt, isMapped: true, mappedASID: IT_ASID, mappedAddress: v });
      }
    }
    if (nextPT !== rs.paging.end) log.push('WARNING: internal book keeping error: page table count mismatch');
    bi.userImagePaging = { start: before, end: slotPos };
  }
  const mapFrame = (paddr: number, vaddr: number): FrameCap => {
    const { slot, bitsLeft } = lookupPTSlot(mem, vspaceRoot, vaddr);
    if (bitsLeft !== PAGE_BITS) throw new BootError(`internal: no page table for ${hex(vaddr)}`);
    mem.write64(slot, (BigInt(paddr / PAGE_SIZE) << 10n) | BigInt(PTE_V | PTE_R | PTE_W | PTE_X | PTE_U | PTE_A | PTE_D));
    return {
      tag: CapTag.Frame, paddr, sizeBits: PAGE_BITS, rights: VMRights.ReadWrite, isDevice: false,
      mappedASID: IT_ASID, mappedAddress: vaddr,
    };
  };

  // bootinfo frame
  writeSlot(rootCNode.slot(InitSlot.BootInfoFrame), mapFrame(rs.bootInfo, bootInfoVaddr));
  // extra bootinfo frames
  if (extraBISize > 0) {
    const before = slotPos;
    for (let f = rs.extraBI; f < rs.extraBI + extraBISize; f += PAGE_SIZE) {
      provideCap(mapFrame(f, extraBIVaddr + (f - rs.extraBI)));
    }
    bi.extraBIPages = { start: before, end: slotPos };
  }
  // MCS init_sched_control: one SchedControl cap per core.
  if (mcs) {
    const before = slotPos;
    provideCap({ tag: CapTag.SchedControl, core: 0 });
    bi.schedcontrol = { start: before, end: slotPos };
  }
  // IPC buffer
  const ipcCap = mapFrame(rs.ipcBuffer, ipcBufferVaddr);
  writeSlot(rootCNode.slot(InitSlot.IPCBuffer), ipcCap);
  // user image frames
  {
    const before = slotPos;
    for (let f = uiPhys.start; f < uiPhys.end; f += PAGE_SIZE) provideCap(mapFrame(f, f - pvOffset));
    bi.userImageFrames = { start: before, end: slotPos };
  }
  // ASID pool
  const asidPool = new ASIDPool(rs.asidPool);
  writeSlot(rootCNode.slot(InitSlot.ASIDPool), { tag: CapTag.ASIDPool, pool: asidPool, asidBase: IT_ASID >> 9 });
  writeSlot(rootCNode.slot(InitSlot.ASIDControl), { tag: CapTag.ASIDControl });
  asidPool.entries[IT_ASID] = vspaceRoot;

  // idle thread (lives in the kernel image, not in RAM the boot code hands out)
  const idleThread = new Tcb(0, TCB_BITS, mcs);
  idleThread.state = ThreadState.IdleThreadState;
  idleThread.name = 'idle_thread';
  // MCS configure_sched_context: round-robin SCs of CONFIG_BOOT_THREAD_TIME_SLICE for idle and rootserver.
  const sliceTicks = opts.bootTimeSliceTicks ?? 50_000;
  let idleSC: SchedContext | null = null;
  let rootSC: SchedContext | null = null;
  if (mcs) {
    idleSC = new SchedContext(0, ROOTSERVER_SC_BITS);
    refillNewAt(idleSC, MIN_REFILLS, sliceTicks, 0, 0);
    idleSC.tcb = idleThread;
    idleThread.schedContext = idleSC;
  }

  // create_initial_thread
  const tcb = new Tcb(rs.tcb, TCB_BITS, mcs);
  tcb.timeSlice = timeSlice;
  cteInsert(rootCNodeCap, rootCNode.slot(InitSlot.CNode), tcb.slots[TcbSlot.CTable]);
  cteInsert(vspaceCap, rootCNode.slot(InitSlot.VSpace), tcb.slots[TcbSlot.VTable]);
  const derivedIpc: FrameCap = { ...ipcCap, mappedASID: 0, mappedAddress: 0 };
  cteInsert(derivedIpc, rootCNode.slot(InitSlot.IPCBuffer), tcb.slots[tcb.bufferSlot]);
  tcb.ipcBuffer = BigInt(ipcBufferVaddr);
  tcb.regs.setX(10, BigInt(bootInfoVaddr));
  tcb.regs.setPC(image.entry);
  tcb.priority = MAX_PRIO;
  tcb.mcp = MAX_PRIO;
  tcb.domain = bi.initThreadDomain;
  if (mcs) {
    rootSC = new SchedContext(rs.sc, ROOTSERVER_SC_BITS);
    refillNewAt(rootSC, MIN_REFILLS, sliceTicks, 0, 0);
    rootSC.tcb = tcb;
    tcb.schedContext = rootSC;
    writeSlot(rootCNode.slot(InitSlot.SchedContext), { tag: CapTag.SchedContext, sc: rootSC, sizeBits: ROOTSERVER_SC_BITS });
  } else {
    // setupReplyMaster
    writeSlot(tcb.slots[TcbSlot.Reply], { tag: CapTag.Reply, tcb, master: true, canGrant: true });
  }
  tcb.state = ThreadState.Running;
  writeSlot(rootCNode.slot(InitSlot.TCB), { tag: CapTag.Thread, tcb });
  tcb.name = 'rootserver';

  // create_untypeds
  const untypeds: UntypedInfo[] = [];
  let dropped = 0;
  const firstUntypedSlot = slotPos;
  const provideUntyped = (isDevice: boolean, paddr: number, sizeBits: number): void => {
    if (sizeBits > MAX_UNTYPED_BITS || sizeBits < MIN_UNTYPED_BITS) throw new BootError(`internal: invalid untyped size ${sizeBits}`);
    const i = slotPos - firstUntypedSlot;
    if (i < CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS) {
      // seL4 creates boot untypeds with a full watermark: the first retype resets (clears) them.
      const cap: UntypedCap = { tag: CapTag.Untyped, paddr, sizeBits, isDevice, freeIndex: pow2(sizeBits) };
      untypeds.push({ paddr, sizeBits, isDevice, slot: slotPos });
      provideCap(cap);
    } else {
      dropped++;
    }
  };
  const untypedsForRegion = (isDevice: boolean, reg: Region): void => {
    let start = reg.start;
    while (start < reg.end) {
      let sizeBits = Math.min(msb(reg.end - start), MAX_UNTYPED_BITS);
      if (start !== 0) sizeBits = Math.min(sizeBits, ctz(start));
      if (sizeBits >= MIN_UNTYPED_BITS) provideUntyped(isDevice, start, sizeBits);
      start += pow2(sizeBits);
    }
  };
  {
    let start = 0;
    for (const r of reserved.regs) {
      if (start < r.start) untypedsForRegion(true, { start, end: r.start });
      start = r.end;
    }
    if (start < PADDR_USER_DEVICE_TOP) untypedsForRegion(true, { start, end: PADDR_USER_DEVICE_TOP });
    untypedsForRegion(false, kernelBootCode);
    for (let i = 0; i < MAX_NUM_FREEMEM_REG; i++) {
      const r = freemem[i];
      freemem[i] = { start: 0, end: 0 };
      untypedsForRegion(false, r);
    }
  }
  bi.untyped = { start: firstUntypedSlot, end: slotPos };
  bi.untypedList = untypeds.map((u) => ({ paddr: u.paddr, sizeBits: u.sizeBits, isDevice: u.isDevice }));
  bi.sharedFrames = { start: 0, end: 0 };
  // bi_finalise
  bi.empty = { start: slotPos, end: pow2(cnodeBits) };
  writeBootInfo(mem, rs.bootInfo, bi);
  if (dropped > 0) log.push(`Kernel init: Too many untyped regions for boot info (${dropped} not provided)`);

  // seL4's console output of this boot: init_cpu, try_init_kernel, init_plat, init_freemem, create_untypeds.
  let kernelLog = formatC('Init local IRQ\n', []) + formatC('Bootstrapping kernel\n', []) + formatC('Initializing PLIC...\n', []);
  kernelLog += formatC('Available phys memory regions: %lu\n', [availPhys.length]);
  for (const r of availPhys) kernelLog += formatC('  [%lx..%lx)\n', [r.start, r.end]);
  kernelLog += formatC('Reserved virt address space regions: %lu\n', [resReg.length]);
  for (const r of resReg) kernelLog += formatC('  [%lx..%lx)\n', [PPTR_BASE + BigInt(r.start), PPTR_BASE + BigInt(r.end)]);
  for (let i = 0; i < dropped; i++) kernelLog += formatC('Kernel init: Too many untyped regions for boot info\n', []);
  kernelLog += formatC('Booting all finished, dropped to user space\n', []);

  const result: BootResult = {
    mem, ramSize, cnodeBits, rootCNode, rootCNodeCap, tcb, idleThread, asidPool, vspaceRoot, idleSC, rootSC,
    bootInfo: bi, bootInfoPaddr: rs.bootInfo, bootInfoVaddr, ipcBufferVaddr, extraBIVaddr, extraBISize,
    entry: image.entry, untypeds, droppedUntypeds: dropped, kernelImage, kernelBootCode, dtb, uiPhys, uiVirt, pvOffset,
    itVirt, rootserver: rs, reserved: reserved.regs.map((r) => ({ ...r })), log, kernelLog,
    summary: () => bootSummary(result),
  };
  if (opts.kernelState !== undefined) installBoot(opts.kernelState, result);
  return result;
}

function allocRootserver(
  start: number, size: number, itV: Region, cnodeBits: number, extraBits: number, mcs: boolean,
): RootserverObjects {
  let cur = start;
  const end = start + size;
  const alloc = (bits: number, n: number): number => {
    const a = cur;
    if (a % pow2(bits) !== 0) throw new BootError(`internal: rootserver object at ${hex(a)} not aligned to 2^${bits}`);
    cur += n * pow2(bits);
    if (cur > end) throw new BootError('internal: rootserver objects exceed their region');
    return a;
  };
  let extraBI = 0;
  const maybeExtra = (cmpBits: number): void => {
    if (extraBits >= cmpBits && extraBI === 0 && extraBits > 0) extraBI = alloc(extraBits, 1);
  };
  const cnodeSizeBits = cnodeBits + SLOT_BITS;
  maybeExtra(rootserverMaxSizeBits(cnodeBits, extraBits));
  let cnode: number;
  let vspace: number;
  if (cnodeSizeBits > VSPACE_BITS) {
    cnode = alloc(cnodeSizeBits, 1);
    maybeExtra(VSPACE_BITS);
    vspace = alloc(VSPACE_BITS, 1);
  } else {
    vspace = alloc(VSPACE_BITS, 1);
    maybeExtra(cnodeSizeBits);
    cnode = alloc(cnodeSizeBits, 1);
  }
  maybeExtra(PAGE_BITS);
  const asidPool = alloc(ASID_POOL_BITS, 1);
  const ipcBuffer = alloc(PAGE_BITS, 1);
  const bootInfo = alloc(BI_FRAME_BITS, 1);
  // seL4_TCBBits (11) < seL4_PageTableBits (12): paging first, TCB last.
  const n = nPaging(itV);
  const pagingStart = alloc(PAGE_TABLE_BITS, n);
  const paging = { start: pagingStart, end: pagingStart + n * pow2(PAGE_TABLE_BITS) };
  const tcb = alloc(TCB_BITS, 1);
  const sc = mcs ? alloc(ROOTSERVER_SC_BITS, 1) : 0;
  if (cur !== end) throw new BootError('internal: rootserver objects do not fill their region');
  return { region: { start, end }, cnode, vspace, asidPool, ipcBuffer, bootInfo, extraBI, extraBIBits: extraBits, tcb, sc, paging };
}

/** write_slot: the cap with a fresh MDB node, revocable and first-badged. */
function writeSlot(slot: Cte, cap: Cap): void {
  slot.cap = cap;
  slot.mdbPrev = null;
  slot.mdbNext = null;
  slot.mdbRevocable = true;
  slot.mdbFirstBadged = true;
}

/** cteInsert of a non-revocable (CNode / arch) cap derived from src into the empty slot dest. */
function cteInsert(newCap: Cap, src: Cte, dest: Cte): void {
  if (dest.cap.tag !== CapTag.Null) throw new BootError('internal: cteInsert into a full slot');
  dest.cap = newCap;
  dest.mdbPrev = src;
  dest.mdbNext = src.mdbNext;
  dest.mdbRevocable = false;
  dest.mdbFirstBadged = false;
  if (src.mdbNext !== null) src.mdbNext.mdbPrev = dest;
  src.mdbNext = dest;
}

/** Wire a boot result into the kernel state as seL4's init_kernel + first schedule() leave it. */
export function installBoot(ks: KernelState, r: BootResult): void {
  ks.asidTable[IT_ASID >> 9] = r.asidPool;
  ks.idleThread = r.idleThread;
  ks.curThread = r.tcb;
  // The rootserver's objects are kernel objects like any other (dumps, invariants). The rootserver's TCB goes
  // first and the idle thread after it, as init_core_state puts them on the debug TCB list.
  ks.registerObject(r.tcb);
  ks.threads.add(r.idleThread);
  ks.registerObject(r.rootCNode);
  ks.registerObject(r.asidPool);
  if (r.rootSC !== null) ks.registerObject(r.rootSC);
  ks.idleSC = r.idleSC;
  ks.curSC = r.rootSC;
  ks.schedulerAction = SchedulerAction.ResumeCurrentThread;
  ks.switchTarget = null;
}

/** Human-readable description of the boot. */
export function bootSummary(r: BootResult): string {
  const bi = r.bootInfo;
  const rs = r.rootserver;
  const sr = (s: SlotRegion): string => `[${s.start}, ${s.end})`;
  const reg = (x: Region): string => `[${hex(x.start)}..${hex(x.end)})`;
  const ramU = r.untypeds.filter((u) => !u.isDevice);
  const ramBytes = ramU.reduce((n, u) => n + pow2(u.sizeBits), 0);
  const lines = [
    `RAM ${reg({ start: RAM_BASE, end: RAM_BASE + r.ramSize })} (${r.ramSize / 2 ** 20} MiB; firmware below ${hex(RAM_BASE + BOOTLOADER_RESERVE)})`,
    `kernel image ${reg(r.kernelImage)}, boot code ${reg(r.kernelBootCode)} reclaimed`,
    r.dtb !== null ? `DTB ${reg(r.dtb)} (${r.dtb.end - r.dtb.start} bytes)` : 'no DTB',
    `rootserver image paddr ${reg(r.uiPhys)} vaddr ${reg(r.uiVirt)} entry ${hex(r.entry)}`,
    `rootserver objects ${reg(rs.region)}: CNode ${hex(rs.cnode)} (2^${r.cnodeBits} slots), VSpace ${hex(rs.vspace)}, ` +
      `ASID pool ${hex(rs.asidPool)}, IPC buffer ${hex(rs.ipcBuffer)}, bootinfo ${hex(rs.bootInfo)}, ` +
      (rs.extraBI !== 0 ? `extra bootinfo ${hex(rs.extraBI)} (2^${rs.extraBIBits}), ` : '') +
      `page tables ${reg(rs.paging)}, TCB ${hex(rs.tcb)}`,
    `IPC buffer vaddr ${hex(r.ipcBufferVaddr)}, bootinfo vaddr ${hex(r.bootInfoVaddr)}` +
      (r.extraBISize > 0 ? `, extra bootinfo vaddr ${hex(r.extraBIVaddr)} (${r.extraBISize} bytes)` : ''),
    `slots: paging ${sr(bi.userImagePaging)}, extraBI ${sr(bi.extraBIPages)}, image frames ${sr(bi.userImageFrames)}, ` +
      `untyped ${sr(bi.untyped)}, empty ${sr(bi.empty)}`,
    `untypeds: ${r.untypeds.length} (${r.untypeds.length - ramU.length} device, ${ramU.length} RAM = ${ramBytes} bytes)` +
      (r.droppedUntypeds > 0 ? `, ${r.droppedUntypeds} dropped (limit ${CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS})` : ''),
  ];
  return lines.join('\n');
}

