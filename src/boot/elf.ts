// ELF64 little-endian RISC-V executable parsing for the rootserver image, with the
// checks the seL4_tools elfloader (and sel4ts on top of it) apply before loading.

import { BootError, hex } from './errors.js';

export { BootError } from './errors.js';

/** seL4_UserTop on riscv64 (exclusive). */
export const USER_TOP = 0x3ffffff000;
const USER_TOP_N = 0x3ffffff000n;

export const PT_LOAD = 1;
export const EM_RISCV = 243;
export const ET_EXEC = 2;

export interface ElfSegment {
  /** Index in the program header table. */
  readonly index: number;
  readonly type: number;
  readonly flags: number;
  readonly offset: number;
  readonly vaddr: number;
  readonly filesz: number;
  readonly memsz: number;
}

export interface ElfImage {
  /** The file bytes (segment contents are read from here). */
  readonly bytes: Uint8Array;
  /** e_entry. */
  readonly entry: bigint;
  /** PT_LOAD segments with memsz > 0, in program-header order. */
  readonly segments: readonly ElfSegment[];
  /** Lowest virtual address of any segment with memsz > 0 (elfloader's min_vaddr); 4 KiB aligned. */
  readonly vstart: number;
  /** Highest virtual end of any segment with memsz > 0, rounded up to 4 KiB (elfloader's max_vaddr). */
  readonly vend: number;
}

export interface ParseElfOptions {
  /** Largest image (vend - vstart) accepted; larger gives "image larger than RAM can hold". */
  maxImageBytes?: number;
}

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): bigint {
  return BigInt(u32(b, o)) | (BigInt(u32(b, o + 4)) << 32n);
}

/**
 * Parse and validate a rootserver ELF. Throws only BootError, whatever the input.
 */
export function parseElf(input: Uint8Array, opts: ParseElfOptions = {}): ElfImage {
  try {
    return parseElfInner(input, opts);
  } catch (e) {
    if (e instanceof BootError) throw e;
    throw new BootError(`invalid ELF file (${e instanceof Error ? e.message : String(e)})`);
  }
}

function parseElfInner(b: Uint8Array, opts: ParseElfOptions): ElfImage {
  if (!(b instanceof Uint8Array)) throw new BootError('ELF image: input is not a byte array');
  if (b.length < 4 || b[0] !== 0x7f || b[1] !== 0x45 || b[2] !== 0x4c || b[3] !== 0x46) {
    throw new BootError('not an ELF file (bad magic)');
  }
  if (b.length < 16) throw new BootError(`ELF file truncated (${b.length} bytes, ELF identification needs 16)`);
  if (b[4] === 1) throw new BootError('32-bit ELF (ELFCLASS32): only ELF64 riscv64 images are supported');
  if (b[4] !== 2) throw new BootError(`ELF file has invalid class ${b[4]}`);
  if (b[5] === 2) throw new BootError('big-endian ELF: only little-endian riscv64 images are supported');
  if (b[5] !== 1) throw new BootError(`ELF file has invalid data encoding ${b[5]}`);
  if (b.length < 64) throw new BootError(`ELF file truncated (${b.length} bytes, ELF64 header needs 64)`);
  const type = u16(b, 16);
  const machine = u16(b, 18);
  if (machine !== EM_RISCV) throw new BootError(`ELF file is not for RISC-V (e_machine ${machine}, expected ${EM_RISCV})`);
  if (type !== ET_EXEC) throw new BootError(`ELF file is not an executable (e_type ${type}, expected ET_EXEC)`);
  const entry = u64(b, 24);
  const phoff = u64(b, 32);
  const phentsize = u16(b, 54);
  const phnum = u16(b, 56);
  if (phnum === 0) throw new BootError('ELF file has no loadable segment (no program headers)');
  if (phentsize < 56) throw new BootError(`ELF file has invalid program header size ${phentsize}`);
  if (phoff + BigInt(phnum) * BigInt(phentsize) > BigInt(b.length)) {
    throw new BootError(`ELF file truncated (program header table at ${hex(phoff)} beyond end of file, ${b.length} bytes)`);
  }
  const ph0 = Number(phoff);
  const segments: ElfSegment[] = [];
  let minV = -1n;
  let maxV = 0n;
  for (let i = 0; i < phnum; i++) {
    const o = ph0 + i * phentsize;
    const ptype = u32(b, o);
    const flags = u32(b, o + 4);
    const offset = u64(b, o + 8);
    const vaddr = u64(b, o + 16);
    const filesz = u64(b, o + 32);
    const memsz = u64(b, o + 40);
    if (memsz === 0n) continue;
    // The elfloader's bounds cover every segment with memsz > 0, of any type.
    const end = vaddr + memsz;
    if (end > USER_TOP_N) {
      throw new BootError(
        `ELF segment ${i} [${hex(vaddr)}..${hex(end)}) lies beyond seL4_UserTop (${hex(USER_TOP_N)})`,
      );
    }
    if (minV < 0n || vaddr < minV) minV = vaddr;
    if (end > maxV) maxV = end;
    if (ptype !== PT_LOAD) continue;
    if (filesz > memsz) throw new BootError(`ELF segment ${i} has filesz ${hex(filesz)} > memsz ${hex(memsz)}`);
    if (offset + filesz > BigInt(b.length)) {
      throw new BootError(`ELF file truncated (segment ${i} data [${hex(offset)}..${hex(offset + filesz)}) beyond end of file, ${b.length} bytes)`);
    }
    segments.push({
      index: i, type: ptype, flags, offset: Number(offset), vaddr: Number(vaddr), filesz: Number(filesz), memsz: Number(memsz),
    });
  }
  if (segments.length === 0) throw new BootError('ELF file has no loadable segment (no PT_LOAD with memsz > 0)');
  const sorted = [...segments].sort((x, y) => x.vaddr - y.vaddr);
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i - 1];
    const c = sorted[i];
    if (c.vaddr < p.vaddr + p.memsz) {
      throw new BootError(
        `ELF segments ${p.index} [${hex(p.vaddr)}..${hex(p.vaddr + p.memsz)}) and ${c.index} [${hex(c.vaddr)}..${hex(c.vaddr + c.memsz)}) overlap`,
      );
    }
  }
  if (minV % 0x1000n !== 0n) throw new BootError(`start of ELF image ${hex(minV)} is not 4 KiB aligned`);
  const vstart = Number(minV);
  const vend = Number((maxV + 0xfffn) & ~0xfffn);
  if (opts.maxImageBytes !== undefined && vend - vstart > opts.maxImageBytes) {
    throw new BootError(
      `ELF image [${hex(vstart)}..${hex(vend)}) is ${hex(vend - vstart)} bytes, larger than RAM can hold (${hex(opts.maxImageBytes)} bytes available)`,
    );
  }
  return { bytes: b, entry, segments, vstart, vend };
}

/** Build a minimal ELF64 RISC-V ET_EXEC (for tests and tools). */
export function buildElf(
  entry: bigint,
  segs: { vaddr: number; data: Uint8Array; memsz?: number; flags?: number; type?: number }[],
): Uint8Array {
  const phoff = 64;
  const phsz = 56;
  let off = phoff + phsz * segs.length;
  off = (off + 0xfff) & ~0xfff;
  const placed: number[] = [];
  for (const s of segs) {
    placed.push(off);
    off += s.data.length;
    off = (off + 7) & ~7;
  }
  const out = new Uint8Array(off);
  const dv = new DataView(out.buffer);
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0);
  dv.setUint16(16, ET_EXEC, true);
  dv.setUint16(18, EM_RISCV, true);
  dv.setUint32(20, 1, true);
  dv.setBigUint64(24, entry, true);
  dv.setBigUint64(32, BigInt(phoff), true);
  dv.setUint16(52, 64, true);
  dv.setUint16(54, phsz, true);
  dv.setUint16(56, segs.length, true);
  dv.setUint16(58, 64, true);
  segs.forEach((s, i) => {
    const o = phoff + i * phsz;
    dv.setUint32(o, s.type ?? PT_LOAD, true);
    dv.setUint32(o + 4, s.flags ?? 7, true);
    dv.setBigUint64(o + 8, BigInt(placed[i]), true);
    dv.setBigUint64(o + 16, BigInt(s.vaddr), true);
    dv.setBigUint64(o + 24, BigInt(s.vaddr), true);
    dv.setBigUint64(o + 32, BigInt(s.data.length), true);
    dv.setBigUint64(o + 40, BigInt(s.memsz ?? s.data.length), true);
    dv.setBigUint64(o + 48, 0x1000n, true);
    out.set(s.data, placed[i]);
  });
  return out;
}
