// NS16550A UART at 0x10000000, PLIC source 10, as QEMU's hw/char/serial.c models it (16-byte FIFOs, reg-shift 0).
// Transmit goes to the console sink at once (THRE is set again immediately, as in QEMU). Receive takes bytes
// from a host input queue, one per character time at the programmed baud rate, and holds them back while
// the receive FIFO is full (the host side waits, as QEMU's chardev does; nothing is lost).
import type { MmioDevice } from '../memory.js';
import type { DeviceContext } from './context.js';
import type { EventHandle } from '../events.js';

export const UART_BASE = 0x10000000;
export const UART_SIZE = 0x100;
export const UART_IRQ = 10;
/** Input clock of QEMU's virt UART (FDT clock-frequency). */
export const UART_CLOCK = 0x384000;

const IER_RDI = 1, IER_THRI = 2, IER_RLSI = 4, IER_MSI = 8;
const IIR_NO_INT = 1, IIR_MSI = 0, IIR_THRI = 2, IIR_RDI = 4, IIR_RLSI = 6, IIR_CTI = 0xc, IIR_FE = 0xc0;
const LCR_DLAB = 0x80;
const LSR_DR = 1, LSR_OE = 2, LSR_BI = 0x10, LSR_THRE = 0x20, LSR_TEMT = 0x40, LSR_INT_ANY = 0x1e;
const MCR_LOOP = 0x10;
const MSR_DCD = 0x80, MSR_DSR = 0x20, MSR_CTS = 0x10, MSR_ANY_DELTA = 0x0f;
const FCR_FE = 1, FCR_RFR = 2, FCR_XFR = 4;
const FIFO_SIZE = 16;

export class Uart implements MmioDevice {
  readonly name = 'uart';
  readonly base = UART_BASE;
  readonly size = UART_SIZE;
  private rbr = 0;
  private ier = 0;
  private iir = IIR_NO_INT;
  private lcr = 0;
  private mcr = 0;
  private lsr = LSR_THRE | LSR_TEMT;
  private msr = MSR_DCD | MSR_DSR | MSR_CTS;
  private scr = 0;
  private fcr = 0;
  private divider = 0;
  private thrIPending = false;
  private timeoutIPending = false;
  private readonly rxFifo: number[] = [];
  private rxTrigger = 1;
  private rxEvent: EventHandle | null = null;
  private ctiEvent: EventHandle | null = null;
  /** Bytes waiting on the host side. */
  private readonly input: number[] = [];
  private inputPos = 0;
  /** Called before the first guest access, to fetch host input lazily (e.g. read stdin only if the UART is used). */
  onFirstAccess: (() => void) | null = null;
  /** Bytes transmitted (statistics). */
  txCount = 0;
  rxCount = 0;

  constructor(
    private readonly ctx: DeviceContext,
    private readonly sink: (byte: number) => void,
  ) {}

  /** Queue host input (from --serial FILE, stdin, or a test). */
  feed(bytes: Uint8Array | number[]): void {
    for (const b of bytes) this.input.push(b & 0xff);
    this.pumpInput();
  }

  /** Host bytes not yet taken by the UART. */
  get inputRemaining(): number {
    return this.input.length - this.inputPos;
  }

  /** Cycles per character: 10 bits (start, 8 data, stop) at clock / (16 * divisor) baud. */
  charCycles(): number {
    const div = this.divider === 0 ? 1 : this.divider;
    const baud = UART_CLOCK / (16 * div);
    return Math.max(1, Math.round((10 * this.ctx.cpuHz) / baud));
  }

  private recvFifoSpace(): boolean {
    return (this.fcr & FCR_FE) !== 0 ? this.rxFifo.length < FIFO_SIZE : (this.lsr & LSR_DR) === 0;
  }

  /** Schedule delivery of the next host byte one character time from now, if any and if there is room. */
  private pumpInput(): void {
    if (this.rxEvent !== null || this.inputPos >= this.input.length) return;
    if (!this.recvFifoSpace()) return;
    this.rxEvent = this.ctx.events.schedule(this.ctx.now() + this.charCycles(), () => {
      this.rxEvent = null;
      if (this.inputPos < this.input.length && this.recvFifoSpace()) {
        this.receive(this.input[this.inputPos++]);
        if (this.inputPos > 4096 && this.inputPos * 2 > this.input.length) {
          this.input.splice(0, this.inputPos);
          this.inputPos = 0;
        }
      }
      this.pumpInput();
    });
  }

  private receive(b: number): void {
    this.rxCount++;
    if ((this.fcr & FCR_FE) !== 0) {
      if (this.rxFifo.length >= FIFO_SIZE) this.lsr |= LSR_OE;
      else this.rxFifo.push(b);
      this.lsr |= LSR_DR;
      // Character timeout: 4 character times without FIFO activity while data sits below the trigger level.
      this.ctx.events.cancel(this.ctiEvent);
      this.ctiEvent = this.ctx.events.schedule(this.ctx.now() + 4 * this.charCycles(), () => {
        this.ctiEvent = null;
        if (this.rxFifo.length > 0) {
          this.timeoutIPending = true;
          this.updateIrq();
        }
      });
    } else {
      if ((this.lsr & LSR_DR) !== 0) this.lsr |= LSR_OE;
      this.rbr = b;
      this.lsr |= LSR_DR;
    }
    this.updateIrq();
  }

  private updateIrq(): void {
    let tmp = IIR_NO_INT;
    if ((this.ier & IER_RLSI) !== 0 && (this.lsr & LSR_INT_ANY) !== 0) tmp = IIR_RLSI;
    else if ((this.ier & IER_RDI) !== 0 && this.timeoutIPending) tmp = IIR_CTI;
    else if ((this.ier & IER_RDI) !== 0 && (this.lsr & LSR_DR) !== 0 &&
      ((this.fcr & FCR_FE) === 0 || this.rxFifo.length >= this.rxTrigger)) tmp = IIR_RDI;
    else if ((this.ier & IER_THRI) !== 0 && this.thrIPending) tmp = IIR_THRI;
    else if ((this.ier & IER_MSI) !== 0 && (this.msr & MSR_ANY_DELTA) !== 0) tmp = IIR_MSI;
    this.iir = tmp | (this.iir & 0xf0);
    this.ctx.plic.setIrq(UART_IRQ, tmp !== IIR_NO_INT);
  }

  private firstAccess(): void {
    const f = this.onFirstAccess;
    if (f !== null) {
      this.onFirstAccess = null;
      f();
    }
  }

  read(offset: number, _width: number): number {
    this.firstAccess();
    if (offset >= 8) return 0; // QEMU maps only the 8 registers
    switch (offset) {
      case 0: {
        if ((this.lcr & LCR_DLAB) !== 0) return this.divider & 0xff;
        let ret: number;
        if ((this.fcr & FCR_FE) !== 0) {
          ret = this.rxFifo.length > 0 ? this.rxFifo.shift()! : 0;
          if (this.rxFifo.length === 0) this.lsr &= ~(LSR_DR | LSR_BI);
          else {
            this.ctx.events.cancel(this.ctiEvent);
            this.ctiEvent = this.ctx.events.schedule(this.ctx.now() + 4 * this.charCycles(), () => {
              this.ctiEvent = null;
              if (this.rxFifo.length > 0) {
                this.timeoutIPending = true;
                this.updateIrq();
              }
            });
          }
          this.timeoutIPending = false;
        } else {
          ret = this.rbr;
          this.lsr &= ~(LSR_DR | LSR_BI);
        }
        this.updateIrq();
        this.pumpInput();
        return ret;
      }
      case 1:
        return (this.lcr & LCR_DLAB) !== 0 ? (this.divider >>> 8) & 0xff : this.ier;
      case 2: {
        const ret = this.iir;
        if ((ret & 0x0f) === IIR_THRI) {
          this.thrIPending = false;
          this.updateIrq();
        }
        return ret;
      }
      case 3:
        return this.lcr;
      case 4:
        return this.mcr;
      case 5: {
        const ret = this.lsr;
        if ((this.lsr & (LSR_BI | LSR_OE)) !== 0) {
          this.lsr &= ~(LSR_BI | LSR_OE);
          this.updateIrq();
        }
        return ret;
      }
      case 6: {
        if ((this.mcr & MCR_LOOP) !== 0) {
          // Loopback: modem control outputs appear on the status inputs.
          return ((this.mcr & 0x0c) << 4) | ((this.mcr & 0x02) << 3) | ((this.mcr & 0x01) << 5);
        }
        const ret = this.msr;
        if ((this.msr & MSR_ANY_DELTA) !== 0) {
          this.msr &= 0xf0;
          this.updateIrq();
        }
        return ret;
      }
      default:
        return this.scr;
    }
  }

  write(offset: number, _width: number, lo: number, _hi: number): void {
    this.firstAccess();
    if (offset >= 8) return;
    const v = lo & 0xff;
    switch (offset) {
      case 0:
        if ((this.lcr & LCR_DLAB) !== 0) {
          this.divider = (this.divider & 0xff00) | v;
          return;
        }
        this.thrIPending = false;
        this.lsr &= ~LSR_THRE;
        this.updateIrq();
        if ((this.mcr & MCR_LOOP) !== 0) this.receive(v);
        else {
          this.txCount++;
          this.sink(v);
        }
        this.lsr |= LSR_THRE | LSR_TEMT;
        this.thrIPending = true;
        this.updateIrq();
        return;
      case 1:
        if ((this.lcr & LCR_DLAB) !== 0) {
          this.divider = (this.divider & 0xff) | (v << 8);
          return;
        } else {
          const changed = (this.ier ^ v) & 0x0f;
          this.ier = v & 0x0f;
          if ((changed & IER_THRI) !== 0) this.thrIPending = (this.ier & IER_THRI) !== 0 && (this.lsr & LSR_THRE) !== 0;
          if (changed !== 0) this.updateIrq();
        }
        return;
      case 2: {
        if (((this.fcr ^ v) & FCR_FE) !== 0) {
          // Toggling the FIFO enable clears both FIFOs.
          this.rxFifo.length = 0;
        }
        if ((v & FCR_RFR) !== 0) {
          this.lsr &= ~(LSR_DR | LSR_BI);
          this.timeoutIPending = false;
          this.rxFifo.length = 0;
        }
        if ((v & FCR_XFR) !== 0) {
          this.lsr |= LSR_THRE;
          this.thrIPending = true;
        }
        this.fcr = v & 0xc9;
        if ((this.fcr & FCR_FE) !== 0) {
          this.iir |= IIR_FE;
          this.rxTrigger = [1, 4, 8, 14][v >>> 6];
        } else {
          this.iir &= ~IIR_FE;
        }
        this.updateIrq();
        this.pumpInput();
        return;
      }
      case 3:
        this.lcr = v;
        return;
      case 4:
        this.mcr = v & 0x1f;
        return;
      case 5:
      case 6:
        return;
      default:
        this.scr = v;
    }
  }
}
