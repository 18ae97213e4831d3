// Test harness: load a static riscv64 ELF into RAM (bare mode, segments at their vaddrs) and
// run it on a Hart, emulating the Linux write (64) and exit (93) syscalls.

import { PhysicalMemory } from '../../src/machine/memory.js';
import { Hart } from '../../src/machine/cpu.js';

export function loadElf(mem: PhysicalMemory, elf: Uint8Array): bigint {
  const dv = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  if (dv.getUint32(0, false) !== 0x7f454c46 || elf[4] !== 2 || elf[5] !== 1) throw new Error('not an ELF64 LE file');
  if (dv.getUint16(18, true) !== 243) throw new Error('not a RISC-V ELF');
  const entry = dv.getBigUint64(24, true);
  const phoff = Number(dv.getBigUint64(32, true));
  const phentsize = dv.getUint16(54, true), phnum = dv.getUint16(56, true);
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    if (dv.getUint32(o, true) !== 1) continue; // PT_LOAD
    const off = Number(dv.getBigUint64(o + 8, true));
    const vaddr = Number(dv.getBigUint64(o + 16, true));
    const filesz = Number(dv.getBigUint64(o + 32, true));
    const memsz = Number(dv.getBigUint64(o + 40, true));
    mem.writeBytes(vaddr, elf.subarray(off, off + filesz));
    if (memsz > filesz) mem.zero(vaddr + filesz, memsz - filesz);
  }
  return entry;
}

export interface LinuxRun { stdout: Uint8Array; exitCode: number; insns: number; trap?: string }

export function runLinux(elf: Uint8Array, maxInsns = 10_000_000, setup?: (h: Hart, mem: PhysicalMemory) => void): LinuxRun {
  const mem = new PhysicalMemory(16 * 1024 * 1024);
  const h = new Hart(mem);
  h.regs.setPC(loadElf(mem, elf));
  setup?.(h, mem);
  const out: number[] = [];
  let insns = 0;
  while (insns < maxInsns) {
    insns += h.run(maxInsns - insns);
    if (!h.trapped) break;
    if (h.scause !== 8) {
      return { stdout: Uint8Array.from(out), exitCode: -1, insns, trap: `cause ${h.scause} at pc ${h.regs.getPC().toString(16)} tval ${h.stvalLo >>> 0}` };
    }
    const r = h.regs;
    const nr = Number(r.getX(17));
    if (nr === 93) return { stdout: Uint8Array.from(out), exitCode: Number(r.getX(10)), insns };
    if (nr === 64) {
      const buf = Number(r.getX(11)), len = Number(r.getX(12));
      // Bare mode or identity-mapped: read through physical memory.
      for (const b of mem.readBytes(buf, len)) out.push(b);
      r.setX(10, BigInt(len));
    } else r.setX(10, -38n); // ENOSYS
    r.setPC(r.getPC() + 4n);
  }
  return { stdout: Uint8Array.from(out), exitCode: -1, insns, trap: 'budget exhausted' };
}
