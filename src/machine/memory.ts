// Physical memory of the emulated qemu-riscv-virt board.
// RAM is allocated on touch in 4 KiB frames, so a 3 GiB machine costs only what is used.
// Device regions (MMIO) are routed to device models; everything else is an access fault.

export const PAGE_BITS = 12;
export const PAGE_SIZE = 1 << PAGE_BITS;
export const RAM_BASE = 0x80000000;
export const DEFAULT_RAM_SIZE = 3 * 1024 * 1024 * 1024;

/** A memory-mapped device. Offsets are relative to the device's base; width is 1, 2, 4 or 8 bytes. */
export interface MmioDevice {
  readonly name: string;
  readonly base: number;
  readonly size: number;
  /** Returns the low 32 bits of the value read; for 8-byte reads the high half goes to `mmioHi`. */
  read(offset: number, width: number): number;
  /** `lo`/`hi` are the low and high 32 bits of the value written (hi is 0 for widths < 8). */
  write(offset: number, width: number, lo: number, hi: number): void;
  /** Set by an 8-byte read. */
  mmioHi?: number;
}

export class PhysicalMemory {
  readonly ramBase = RAM_BASE;
  readonly ramSize: number;
  readonly ramEnd: number;
  /** Frames of RAM indexed by (paddr - RAM_BASE) >>> 12; undefined until touched. */
  private readonly frames: (Uint8Array | undefined)[];
  private readonly frames32: (Int32Array | undefined)[];
  readonly devices: MmioDevice[] = [];
  /** Incremented whenever a frame is allocated (for statistics). */
  framesAllocated = 0;
  /** Per RAM frame: nonzero if some hart holds decoded instructions for it (see addCodeWriteHook). */
  readonly codeFrames: Uint8Array;
  /** Called as hook(frameIndex, offset, len) when a code frame is written; len = PAGE_SIZE for "unknown range". */
  private readonly codeHooks: ((frameIndex: number, offset: number, len: number) => void)[] = [];

  constructor(ramSize = DEFAULT_RAM_SIZE) {
    if (ramSize % PAGE_SIZE !== 0 || ramSize <= 0) throw new RangeError(`RAM size must be a positive multiple of 4 KiB`);
    this.ramSize = ramSize;
    this.ramEnd = RAM_BASE + ramSize;
    this.frames = new Array(ramSize / PAGE_SIZE);
    this.frames32 = new Array(ramSize / PAGE_SIZE);
    this.codeFrames = new Uint8Array(ramSize / PAGE_SIZE);
  }

  /** Register a decoded-instruction cache to be told about writes to frames marked in codeFrames. */
  addCodeWriteHook(hook: (frameIndex: number, offset: number, len: number) => void): void {
    this.codeHooks.push(hook);
  }

  /** Tell decoded-instruction caches that [paddr, paddr+len) of RAM (within one frame) changed. */
  noteCodeWrite(frameIndex: number, offset: number, len: number): void {
    for (const h of this.codeHooks) h(frameIndex, offset, len);
  }

  /** CPU-side frame access: like frame()/frame32() but without code-cache invalidation. */
  cpuFrame(index: number): Uint8Array {
    let f = this.frames[index];
    if (f === undefined) {
      f = new Uint8Array(PAGE_SIZE);
      this.frames[index] = f;
      this.frames32[index] = new Int32Array(f.buffer);
      this.framesAllocated++;
    }
    return f;
  }

  cpuFrame32(index: number): Int32Array {
    if (this.frames32[index] === undefined) this.cpuFrame(index);
    return this.frames32[index]!;
  }

  isRam(paddr: number, len = 1): boolean {
    return paddr >= RAM_BASE && paddr + len <= this.ramEnd;
  }

  addDevice(dev: MmioDevice): void {
    this.devices.push(dev);
  }

  findDevice(paddr: number): MmioDevice | undefined {
    for (const d of this.devices) if (paddr >= d.base && paddr < d.base + d.size) return d;
    return undefined;
  }

  /** The 4 KiB frame holding RAM address `paddr` (allocated on first touch). Caller checks isRam. */
  frame(paddr: number): Uint8Array {
    const i = Math.floor((paddr - RAM_BASE) / PAGE_SIZE);
    if (this.codeFrames[i] !== 0) this.noteCodeWrite(i, 0, PAGE_SIZE);
    let f = this.frames[i];
    if (f === undefined) {
      f = new Uint8Array(PAGE_SIZE);
      this.frames[i] = f;
      this.frames32[i] = new Int32Array(f.buffer);
      this.framesAllocated++;
    }
    return f;
  }

  /** Int32 view of the same frame as frame(paddr). */
  frame32(paddr: number): Int32Array {
    const i = Math.floor((paddr - RAM_BASE) / PAGE_SIZE);
    if (this.codeFrames[i] !== 0) this.noteCodeWrite(i, 0, PAGE_SIZE);
    if (this.frames32[i] === undefined) this.cpuFrame(i);
    return this.frames32[i]!;
  }

  /** True if the frame was never touched (reads as zero). */
  isUntouched(paddr: number): boolean {
    return this.frames[Math.floor((paddr - RAM_BASE) / PAGE_SIZE)] === undefined;
  }

  // ---- Byte-granular helpers for the kernel and boot code (not the CPU hot path). ----

  read8(paddr: number): number {
    if (!this.isRam(paddr)) return this.deviceRead(paddr, 1);
    const i = Math.floor((paddr - RAM_BASE) / PAGE_SIZE);
    const f = this.frames[i];
    return f === undefined ? 0 : f[paddr & (PAGE_SIZE - 1)];
  }

  write8(paddr: number, v: number): void {
    if (!this.isRam(paddr)) {
      this.deviceWrite(paddr, 1, v & 0xff, 0);
      return;
    }
    const i = Math.floor((paddr - RAM_BASE) / PAGE_SIZE);
    if (this.codeFrames[i] !== 0) this.noteCodeWrite(i, paddr & (PAGE_SIZE - 1), 1);
    this.cpuFrame(i)[paddr & (PAGE_SIZE - 1)] = v;
  }

  /** Little-endian 32-bit read (any alignment), returned as an unsigned number. */
  read32(paddr: number): number {
    if ((paddr & 3) === 0 && this.isRam(paddr, 4)) {
      const i = Math.floor((paddr - RAM_BASE) / PAGE_SIZE);
      const f = this.frames32[i];
      return f === undefined ? 0 : f[(paddr & (PAGE_SIZE - 1)) >> 2] >>> 0;
    }
    return (this.read8(paddr) | (this.read8(paddr + 1) << 8) | (this.read8(paddr + 2) << 16) | (this.read8(paddr + 3) << 24)) >>> 0;
  }

  write32(paddr: number, v: number): void {
    if ((paddr & 3) === 0 && this.isRam(paddr, 4)) {
      const i = Math.floor((paddr - RAM_BASE) / PAGE_SIZE);
      if (this.codeFrames[i] !== 0) this.noteCodeWrite(i, paddr & (PAGE_SIZE - 1), 4);
      this.cpuFrame32(i)[(paddr & (PAGE_SIZE - 1)) >> 2] = v | 0;
      return;
    }
    for (let k = 0; k < 4; k++) this.write8(paddr + k, (v >>> (8 * k)) & 0xff);
  }

  /** 64-bit word as BigInt (kernel slow paths only). */
  read64(paddr: number): bigint {
    return BigInt(this.read32(paddr)) | (BigInt(this.read32(paddr + 4)) << 32n);
  }

  write64(paddr: number, v: bigint): void {
    this.write32(paddr, Number(v & 0xffffffffn));
    this.write32(paddr + 4, Number((v >> 32n) & 0xffffffffn));
  }

  readBytes(paddr: number, len: number): Uint8Array {
    const out = new Uint8Array(len);
    for (let k = 0; k < len; ) {
      const a = paddr + k;
      const n = Math.min(len - k, PAGE_SIZE - (a & (PAGE_SIZE - 1)));
      if (this.isRam(a, n)) {
        const i = Math.floor((a - RAM_BASE) / PAGE_SIZE);
        const f = this.frames[i];
        if (f !== undefined) out.set(f.subarray(a & (PAGE_SIZE - 1), (a & (PAGE_SIZE - 1)) + n), k);
      } else {
        for (let j = 0; j < n; j++) out[k + j] = this.read8(a + j);
      }
      k += n;
    }
    return out;
  }

  writeBytes(paddr: number, data: Uint8Array): void {
    for (let k = 0; k < data.length; ) {
      const a = paddr + k;
      const n = Math.min(data.length - k, PAGE_SIZE - (a & (PAGE_SIZE - 1)));
      if (this.isRam(a, n)) {
        const i = Math.floor((a - RAM_BASE) / PAGE_SIZE);
        if (this.codeFrames[i] !== 0) this.noteCodeWrite(i, a & (PAGE_SIZE - 1), n);
        this.cpuFrame(i).set(data.subarray(k, k + n), a & (PAGE_SIZE - 1));
      } else {
        for (let j = 0; j < n; j++) this.write8(a + j, data[k + j]);
      }
      k += n;
    }
  }

  /** Zero [paddr, paddr+len) of RAM; untouched frames stay unallocated. */
  zero(paddr: number, len: number): void {
    for (let k = 0; k < len; ) {
      const a = paddr + k;
      const n = Math.min(len - k, PAGE_SIZE - (a & (PAGE_SIZE - 1)));
      if (this.isRam(a, n)) {
        const i = Math.floor((a - RAM_BASE) / PAGE_SIZE);
        const f = this.frames[i];
        if (this.codeFrames[i] !== 0) this.noteCodeWrite(i, a & (PAGE_SIZE - 1), n);
        if (f !== undefined) f.fill(0, a & (PAGE_SIZE - 1), (a & (PAGE_SIZE - 1)) + n);
      }
      k += n;
    }
  }

  /** Device access; returns -1 via `ok=false` semantics handled by the caller through hasDevice. */
  deviceRead(paddr: number, width: number): number {
    const d = this.findDevice(paddr);
    return d === undefined ? 0 : d.read(paddr - d.base, width);
  }

  deviceWrite(paddr: number, width: number, lo: number, hi: number): void {
    const d = this.findDevice(paddr);
    if (d !== undefined) d.write(paddr - d.base, width, lo, hi);
  }
}
