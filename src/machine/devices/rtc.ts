// Goldfish RTC at 0x101000, PLIC source 11 (QEMU hw/rtc/goldfish_rtc.c). Time is nanoseconds of the virtual
// clock plus a fixed offset (0 by default, so runs are reproducible; QEMU would start from the host's date).
// One alarm: writing ALARM_LOW arms it for (ALARM_HIGH:ALARM_LOW) ns; an alarm in the past fires at once.
// 32-bit accesses only; other widths read 0 and are ignored, as QEMU's access constraints make them invalid.
import type { MmioDevice } from '../memory.js';
import type { DeviceContext } from './context.js';
import type { EventHandle } from '../events.js';

export const RTC_BASE = 0x101000;
export const RTC_SIZE = 0x1000;
export const RTC_IRQ = 11;

const TIME_LOW = 0x00, TIME_HIGH = 0x04, ALARM_LOW = 0x08, ALARM_HIGH = 0x0c, IRQ_ENABLED = 0x10;
const CLEAR_ALARM = 0x14, ALARM_STATUS = 0x18, CLEAR_INTERRUPT = 0x1c;

export class GoldfishRtc implements MmioDevice {
  readonly name = 'rtc';
  readonly base = RTC_BASE;
  readonly size = RTC_SIZE;
  /** RTC value at virtual time 0, in ns (QEMU's tick_offset). */
  tickOffset: bigint;
  private alarmNext = 0n;
  private alarmRunning = 0;
  private irqPending = 0;
  private irqEnabled = 0;
  private timeHigh = 0;
  private alarmEvent: EventHandle | null = null;
  /** Alarms that fired (statistics). */
  alarms = 0;

  constructor(private readonly ctx: DeviceContext, epochNs = 0n) {
    this.tickOffset = epochNs;
  }

  /** Virtual clock in ns (QEMU_CLOCK of the RTC). */
  private clockNs(): bigint {
    return (BigInt(this.ctx.now()) * 1_000_000_000n) / BigInt(this.ctx.cpuHz);
  }

  /** Current RTC reading in ns. */
  count(): bigint {
    return this.clockNs() + this.tickOffset;
  }

  private update(): void {
    this.ctx.plic.setIrq(RTC_IRQ, (this.irqPending & this.irqEnabled) !== 0);
  }

  private clearAlarm(): void {
    this.ctx.events.cancel(this.alarmEvent);
    this.alarmEvent = null;
    this.alarmRunning = 0;
  }

  private raiseAlarm(): void {
    this.alarmRunning = 0;
    this.irqPending = 1;
    this.alarms++;
    this.update();
  }

  private setAlarm(): void {
    const ticks = this.clockNs();
    const event = this.alarmNext - this.tickOffset;
    this.clearAlarm();
    if (event <= ticks) {
      this.raiseAlarm();
    } else {
      this.alarmRunning = 1;
      // First cycle at which the virtual clock in ns reaches `event`.
      const cyc = Number((event * BigInt(this.ctx.cpuHz) + 999_999_999n) / 1_000_000_000n);
      this.alarmEvent = this.ctx.events.schedule(cyc, () => {
        this.alarmEvent = null;
        this.raiseAlarm();
      });
    }
  }

  read(offset: number, width: number): number {
    if (width !== 4) return 0;
    switch (offset) {
      case TIME_LOW: {
        const r = this.count();
        this.timeHigh = Number(BigInt.asUintN(32, r >> 32n));
        return Number(BigInt.asUintN(32, r)) | 0;
      }
      case TIME_HIGH: return this.timeHigh | 0;
      case ALARM_LOW: return Number(BigInt.asUintN(32, this.alarmNext)) | 0;
      case ALARM_HIGH: return Number(BigInt.asUintN(32, this.alarmNext >> 32n)) | 0;
      case IRQ_ENABLED: return this.irqEnabled;
      case ALARM_STATUS: return this.alarmRunning;
      default: return 0;
    }
  }

  write(offset: number, width: number, lo: number, _hi: number): void {
    if (width !== 4) return;
    const v = BigInt(lo >>> 0);
    switch (offset) {
      case TIME_LOW: {
        // Setting the time: TIME_HIGH first, then TIME_LOW (newer QEMU).
        const cur = this.count();
        const want = (BigInt(this.timeHigh >>> 0) << 32n) | v;
        this.tickOffset += want - cur;
        if (this.alarmRunning) this.setAlarm();
        break;
      }
      case TIME_HIGH:
        this.timeHigh = lo >>> 0;
        break;
      case ALARM_LOW:
        this.alarmNext = (this.alarmNext & 0xffffffff00000000n) | v;
        this.setAlarm();
        break;
      case ALARM_HIGH:
        this.alarmNext = (this.alarmNext & 0xffffffffn) | (v << 32n);
        break;
      case IRQ_ENABLED:
        this.irqEnabled = Number(v & 1n);
        this.update();
        break;
      case CLEAR_ALARM:
        this.clearAlarm();
        break;
      case CLEAR_INTERRUPT:
        this.irqPending = 0;
        this.update();
        break;
      default:
        break;
    }
  }

  /** Whether an alarm event is scheduled (for tests). */
  get armed(): boolean {
    return this.alarmRunning !== 0;
  }
}
