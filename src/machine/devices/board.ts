// The devices of the emulated qemu-riscv-virt board, at QEMU's addresses and PLIC sources:
//   0x00100000 sifive test/syscon (power-off, reboot)      0x00101000 goldfish RTC, IRQ 11
//   0x04001000 virtual patient (sel4ts; optional), IRQ 65
//   0x04000000 power-fail line (sel4ts; optional), IRQ 64   0x0c000000 PLIC (kernel only)
//   0x10000000 NS16550A UART, IRQ 10                        0x10001000 + n*0x1000 virtio-mmio n, IRQ 1+n
// The CLINT (0x2000000) is used by the kernel through SBI; its timer is modelled by the System directly.
import type { PhysicalMemory } from '../memory.js';
import type { DeviceContext } from './context.js';
import { Plic } from './plic.js';
import { Uart } from './uart.js';
import { GoldfishRtc } from './rtc.js';
import { SifiveTest, PowerRequest } from './sifive-test.js';
import { PowerFailLine } from './powerfail.js';
import { VirtualPatient, HeartOptions } from './heart.js';
import { VirtioBlk, VirtioMmioEmpty, BlockBackend, VIRTIO_BASE, VIRTIO_STRIDE, VIRTIO_SLOTS } from './virtio-blk.js';
import type { DiskModelName } from './disk-model.js';
import type { EventQueue } from '../events.js';

export interface BoardOptions {
  /** Console sink for UART output. */
  putchar: (c: number) => void;
  /** Host input for the UART receiver; a function is called when the guest first touches the UART. */
  serialInput?: Uint8Array | (() => Uint8Array);
  /** Disk image behind virtio-mmio slot 0; absent = empty transport. */
  disk?: BlockBackend;
  diskModel?: DiskModelName;
  diskWriteCache?: boolean;
  /** Install the power-fail line (with this hold-up time in µs). */
  powerFailHoldupUs?: number;
  /** Install the virtual patient (heart model) with these options. */
  heart?: HeartOptions;
  /** RTC reading at virtual time 0, ns since the epoch. */
  rtcEpochNs?: bigint;
  onPowerRequest: (r: PowerRequest) => void;
}

export class Board {
  readonly ctx: DeviceContext;
  readonly plic: Plic;
  readonly uart: Uart;
  readonly rtc: GoldfishRtc;
  readonly test: SifiveTest;
  readonly disk: VirtioBlk | null;
  readonly powerFail: PowerFailLine | null;
  readonly heart: VirtualPatient | null;

  constructor(mem: PhysicalMemory, events: EventQueue, cpuHz: number, now: () => number, opts: BoardOptions) {
    this.plic = new Plic();
    this.ctx = { now, cpuHz, events, plic: this.plic, mem };
    this.uart = new Uart(this.ctx, opts.putchar);
    // Host input starts flowing when the guest first touches the UART (bytes sent to an unconfigured UART would
    // be lost in its reset), and a function source (stdin) is only read then.
    const input = opts.serialInput;
    if (input !== undefined) this.uart.onFirstAccess = () => this.uart.feed(input instanceof Uint8Array ? input : input());
    this.rtc = new GoldfishRtc(this.ctx, opts.rtcEpochNs ?? 0n);
    this.test = new SifiveTest(opts.onPowerRequest);
    this.disk = opts.disk !== undefined
      ? new VirtioBlk(this.ctx, opts.disk, { model: opts.diskModel ?? 'ram', writeCache: opts.diskWriteCache ?? false })
      : null;
    this.powerFail = opts.powerFailHoldupUs !== undefined ? new PowerFailLine(this.ctx, opts.powerFailHoldupUs) : null;
    this.heart = opts.heart !== undefined ? new VirtualPatient(this.ctx, opts.heart) : null;
    // Most frequently used first: findDevice is a linear search.
    mem.addDevice(this.uart);
    if (this.disk !== null) mem.addDevice(this.disk);
    mem.addDevice(this.rtc);
    mem.addDevice(this.plic);
    mem.addDevice(this.test);
    if (this.powerFail !== null) mem.addDevice(this.powerFail);
    if (this.heart !== null) mem.addDevice(this.heart);
    for (let i = this.disk !== null ? 1 : 0; i < VIRTIO_SLOTS; i++) mem.addDevice(new VirtioMmioEmpty(VIRTIO_BASE + i * VIRTIO_STRIDE));
  }
}
