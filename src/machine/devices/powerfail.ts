// Power-fail line (a sel4ts device; real boards wire a UPS / supply "power good" signal to a GPIO). It sits in
// QEMU virt's platform-bus window at 0x4000000 and uses the first platform-bus interrupt, PLIC source 64.
// When mains power is lost (--power-fail-at) it latches POWER_FAILING and raises its interrupt; the hold-up
// time later (--holdup, default 100 ms) the supply is exhausted and the machine stops.
//
// Registers (32-bit):
//   0x00 MAGIC       RO  0x4c465750 ("PWFL")
//   0x04 STATUS      RO  bit 0: mains power lost; bit 1: interrupt pending
//   0x08 IRQ_ENABLE  RW  bit 0: raise the interrupt line while an interrupt is pending
//   0x0c IRQ_ACK     WO  writing bit 0 clears the pending interrupt (the failure itself stays latched)
//   0x10 HOLDUP_US   RO  configured hold-up time in microseconds
//   0x14 FAIL_NS_LO  RO  virtual time of the failure in ns (0 until it happens), low word
//   0x18 FAIL_NS_HI  RO  high word
import type { MmioDevice } from '../memory.js';
import type { DeviceContext } from './context.js';

export const POWERFAIL_BASE = 0x4000000;
export const POWERFAIL_SIZE = 0x1000;
export const POWERFAIL_IRQ = 64;
export const POWERFAIL_MAGIC = 0x4c465750;

export class PowerFailLine implements MmioDevice {
  readonly name = 'power-fail';
  readonly base = POWERFAIL_BASE;
  readonly size = POWERFAIL_SIZE;
  failed = false;
  private pending = false;
  private enabled = false;
  private failNs = 0n;

  constructor(private readonly ctx: DeviceContext, readonly holdupUs: number) {}

  /** Mains power lost now. */
  fail(): void {
    if (this.failed) return;
    this.failed = true;
    this.failNs = (BigInt(this.ctx.now()) * 1_000_000_000n) / BigInt(this.ctx.cpuHz);
    this.pending = true;
    this.update();
  }

  private update(): void {
    this.ctx.plic.setIrq(POWERFAIL_IRQ, this.pending && this.enabled);
  }

  read(offset: number, width: number): number {
    if (width !== 4) return 0;
    switch (offset) {
      case 0x00: return POWERFAIL_MAGIC;
      case 0x04: return (this.failed ? 1 : 0) | (this.pending ? 2 : 0);
      case 0x08: return this.enabled ? 1 : 0;
      case 0x10: return this.holdupUs >>> 0;
      case 0x14: return Number(BigInt.asUintN(32, this.failNs)) | 0;
      case 0x18: return Number(BigInt.asUintN(32, this.failNs >> 32n)) | 0;
      default: return 0;
    }
  }

  write(offset: number, width: number, lo: number, _hi: number): void {
    if (width !== 4) return;
    if (offset === 0x08) {
      this.enabled = (lo & 1) !== 0;
      this.update();
    } else if (offset === 0x0c && (lo & 1) !== 0) {
      this.pending = false;
      this.update();
    }
  }
}
