// Machine generator: random RV64GC instruction streams (rvgen.ts) run by a thread whose registers point at RAM
// pages and at every device register page (syscon, RTC, UART, the eight virtio-mmio transports, the power-fail
// line), so loads and stores of random widths reach every device model. The rootserver is the thread's fault
// handler: each fault is answered by TCB_WriteRegisters moving the thread past the faulting instruction, so a
// program keeps executing after its faults. Everything goes through syscalls and the real CPU.
import { System, StopReason } from '../system.js';
import { buildElf } from '../boot/elf.js';
import { Label, labelToABI } from '../kernel/api/labels.js';
import { lookupIPCBuffer } from '../kernel/message.js';
import { checkInvariants } from '../kernel/invariants.js';
import { MemoryBackend } from '../machine/devices/virtio-blk.js';
import { Rng, deriveSeed, Digest } from './rng.js';
import { generateCode, DEV_REGS, RAM_REGS } from './rvgen.js';
import { bump, type ProgramResult, type ProgramSpec } from './types.js';

const STUB = 0x10000;
const CODE = 0x20000;
const RAM_VA = 0x400000;
const DEV_VA = 0x600000;
/** Device register pages (QEMU virt): syscon, RTC, UART, virtio-mmio 0..7, power-fail line. */
const DEVICES = [0x100000, 0x101000, 0x10000000, ...Array.from({ length: 8 }, (_, i) => 0x10001000 + i * 0x1000), 0x4000000];
const OBJ = { Untyped: 0, TCB: 1, Endpoint: 2, SmallPage: 6, PageTable: 8 } as const;
const CALL = -1n, RECV = -5n;

export interface MachineOptions {
  checkInvariants?: boolean;
  maxInsns?: number;
  maxFaults?: number;
}

export function runMachineProgram(spec: ProgramSpec, opts: MachineOptions = {}): ProgramResult {
  const t0 = Date.now();
  const cov: Record<string, number> = {};
  const dig = new Digest();
  const r = new Rng(deriveSeed(spec.seed, spec.index, 2));
  const code = generateCode(r, r.range(32, 384));
  // `ecall; j .` for the rootserver, then the generated code in its own pages.
  const stub = new Uint8Array([0x73, 0, 0, 0, 0x6f, 0, 0, 0]);
  const elf = buildElf(BigInt(STUB), [
    { vaddr: STUB, data: stub, memsz: 0x1000 },
    { vaddr: CODE, data: code.bytes, memsz: Math.ceil((code.bytes.length + 16) / 0x1000) * 0x1000 },
  ]);
  let syscalls = 0;
  let sys: System | null = null;
  const result = (reason: string, failure?: string): ProgramResult => ({
    spec, failure, syscalls, entries: sys?.ks.entries ?? 0, instructions: sys?.instructions ?? 0,
    digest: dig.hex(), reason, wallMs: Date.now() - t0, coverage: cov,
  });
  const maxInsns = opts.maxInsns ?? r.range(2_000, 12_000);
  // Invariants after every kernel entry in half of the programs, at the end in the others.
  const everyEntry = opts.checkInvariants ?? r.chance(0.5);
  const maxFaults = opts.maxFaults ?? 32;
  try {
    const disk = r.chance(0.5) ? new MemoryBackend(new Uint8Array(512 * r.range(1, 64))) : undefined;
    sys = new System(elf, {
      ramSize: 64 * 1024 * 1024, checkInvariants: everyEntry, config: { printing: r.chance(0.3) },
      putchar: (c) => dig.add(c), disk, powerFailAtNs: r.chance(0.5) ? r.range(1, 5_000_000) : undefined,
      holdupMs: 1, serialInput: Uint8Array.from({ length: r.int(64) }, () => r.int(256)),
    });
    const s = sys;
    const ks = s.ks;
    // Virtual time bound: the program may program an RTC alarm for years ahead and then wait for it.
    const timeBound = 10 * s.config.cpuHz;
    const boot = s.boot;
    const abi = ks.config.abi;
    let next = boot.bootInfo.empty.start;
    const root = boot.tcb;
    // One syscall as the rootserver, through its ecall.
    const sc = (num: bigint, cptr: number | bigint, label: number, mrs: (number | bigint)[], caps: number[] = []): number => {
      if (ks.curThread !== root) throw new Error('machine driver: the rootserver is not running');
      const regs = root.regs;
      const buf = lookupIPCBuffer(false, root);
      mrs.forEach((v, i) => {
        if (i < 4) regs.setX(12 + i, BigInt(v));
        else s.mem.write64(buf + 8 * (1 + i), BigInt.asUintN(64, BigInt(v)));
      });
      caps.forEach((c, i) => s.mem.write64(buf + 8 * (122 + i), BigInt(c)));
      regs.setX(10, BigInt(cptr));
      regs.setX(11, (BigInt(label) << 12n) | (BigInt(caps.length) << 7n) | BigInt(mrs.length));
      regs.setX(17, num);
      regs.setPC(BigInt(STUB));
      syscalls++;
      const res = s.run(1, timeBound);
      if (res.reason !== StopReason.InstructionLimit) return -1;
      return Number(regs.getX(11) >> 12n);
    };
    const inv = (cptr: number, l: Label, args: (number | bigint)[], caps: number[] = []) => sc(CALL, cptr, labelToABI(abi, l), args, caps);
    const ram = boot.untypeds.find((u) => !u.isDevice && u.sizeBits >= 20)!;
    const retype = (ut: number, type: number, bits: number, n = 1): number => {
      const dest = next;
      next += n;
      const e = inv(ut, Label.UntypedRetype, [type, bits, 0, 0, dest, n], [2]);
      if (e !== 0) throw new Error(`machine setup: retype failed (${e})`);
      return dest;
    };
    // Device frames: split the device untyped covering each page down to 4 KiB (seL4 hands out device memory
    // only as untypeds; frames come from retyping them).
    const frames: number[] = [];
    const split = (ut: number, base: number, bits: number, targets: number[]): void => {
      if (bits === 12) {
        frames.push(retype(ut, OBJ.SmallPage, 0));
        return;
      }
      const half = 2 ** (bits - 1);
      const kids = retype(ut, OBJ.Untyped, bits - 1, 2);
      for (const k of [0, 1]) {
        const lo = base + k * half;
        const inside = targets.filter((p) => p >= lo && p < lo + half);
        if (inside.length > 0) split(kids + k, lo, bits - 1, inside);
      }
    };
    const devices = DEVICES.filter((p) => boot.untypeds.some((u) => u.isDevice && p >= u.paddr && p < u.paddr + 2 ** u.sizeBits));
    for (const u of boot.untypeds.filter((x) => x.isDevice)) {
      const inside = devices.filter((p) => p >= u.paddr && p < u.paddr + 2 ** u.sizeBits);
      if (inside.length > 0) split(u.slot, u.paddr, u.sizeBits, inside.sort((a, b) => a - b));
    }
    // Page tables for the RAM and device windows, RAM frames, then every frame mapped.
    for (const va of [RAM_VA, DEV_VA]) {
      const pt = retype(ram.slot, OBJ.PageTable, 0);
      if (inv(pt, Label.RISCVPageTableMap, [va, 0], [3]) !== 0) throw new Error('machine setup: page table map failed');
    }
    const ramFrames = retype(ram.slot, OBJ.SmallPage, 0, 4);
    for (let k = 0; k < 4; k++) inv(ramFrames + k, Label.RISCVPageMap, [RAM_VA + k * 0x1000, 3, 0], [3]);
    frames.forEach((f, k) => inv(f, Label.RISCVPageMap, [DEV_VA + k * 0x1000, 3, 0], [3]));
    bump(cov, 'device pages mapped', frames.length);
    // The worker and its fault endpoint; the rootserver drops below it and becomes its fault handler.
    const ep = retype(ram.slot, OBJ.Endpoint, 0);
    const tcb = retype(ram.slot, OBJ.TCB, 0);
    const buf = retype(ram.slot, OBJ.SmallPage, 0);
    inv(buf, Label.RISCVPageMap, [RAM_VA + 0x10000, 3, 0], [3]);
    inv(tcb, Label.TCBConfigure, [ep, 0, 0, RAM_VA + 0x10000], [2, 3, buf]);
    inv(tcb, Label.TCBSetPriority, [200], [1]);
    inv(1, Label.TCBSetPriority, [100], [1]);
    // Registers (seL4_UserContext order: pc ra sp gp s0..s11 a0..a7 t0..t6 tp): random, with device and RAM
    // pointers in the registers rvgen.ts uses as bases.
    const ctx = new Array<bigint>(32);
    const X = [-1, 1, 2, 3, 8, 9, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 10, 11, 12, 13, 14, 15, 16, 17, 5, 6, 7, 28, 29, 30, 31, 4];
    for (let i = 0; i < 32; i++) {
      const x = X[i];
      if (i === 0) ctx[i] = BigInt(CODE);
      else if (DEV_REGS.includes(x)) ctx[i] = BigInt(DEV_VA + r.int(Math.max(frames.length, 1)) * 0x1000);
      else if (RAM_REGS.includes(x) || x === 2) ctx[i] = BigInt(RAM_VA + r.int(4) * 0x1000 + r.int(512) * 8);
      else ctx[i] = r.chance(0.5) ? BigInt(r.int(4096)) : r.u64();
    }
    if (inv(tcb, Label.TCBWriteRegisters, [1, 32, ...ctx]) !== 0) throw new Error('machine setup: WriteRegisters failed');
    // Run: the worker runs until it faults; the rootserver receives the fault and moves it on.
    let faults = 0;
    let reason = 'budget';
    let receiving = false;
    const codeEnd = CODE + code.bytes.length;
    while (s.instructions < maxInsns) {
      if (ks.curThread !== root) {
        const res = s.run(Math.min(4096, maxInsns - s.instructions), timeBound);
        if (res.reason !== StopReason.InstructionLimit) {
          reason = res.reason;
          break;
        }
        continue;
      }
      if (!receiving) {
        receiving = true;
        if (sc(RECV, ep, 0, []) < 0) {
          reason = 'stopped in receive';
          break;
        }
        continue;
      }
      receiving = false;
      // A fault message: its label says which kind (seL4_Fault_tag).
      const label = Number(root.regs.getX(11) >> 12n);
      bump(cov, `fault ${new Map([[1, 'cap'], [2, 'unknown-syscall'], [3, 'user-exception'], [5, 'vm']]).get(label) ?? label}`);
      if (++faults > maxFaults) {
        reason = 'fault budget';
        break;
      }
      // The faulting pc, through ReadRegisters; skip the instruction there (4 or 2 bytes) or restart the code.
      const e = inv(tcb, Label.TCBReadRegisters, [0, 1]);
      if (e !== 0) break;
      const pc = Number(BigInt.asUintN(48, root.regs.getX(12)));
      let nextPC = CODE;
      if (pc >= CODE && pc < codeEnd && code.starts.has(pc - CODE)) {
        const lo = code.bytes[pc - CODE];
        nextPC = pc + ((lo & 3) === 3 ? 4 : 2);
      }
      if (nextPC >= codeEnd) nextPC = CODE;
      dig.add(pc);
      if (inv(tcb, Label.TCBWriteRegisters, [1, 1, nextPC]) !== 0) break;
    }
    const errs = checkInvariants(ks);
    if (errs.length > 0) return result('invariant', `kernel invariant violated at the end: ${errs.join('; ')}`);
    bump(cov, `stop ${reason}`);
    bump(cov, 'worker instructions', s.instructions);
    for (const t of ks.threads) if (t.regs !== undefined) dig.add(t.state);
    dig.add(s.instructions);
    return result(reason);
  } catch (e) {
    return result('exception', `${(e as Error).stack ?? String(e)}`);
  }
}
