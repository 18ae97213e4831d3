// GDB remote serial protocol framing ("Debugging with GDB", appendix E "Overview" and "Packets"):
// `$payload#cs` with a two-hex-digit modulo-256 checksum, `}` escapes (byte XOR 0x20), `+`/`-` acknowledgements
// (until QStartNoAckMode) and a bare 0x03 byte for an interrupt. Payloads are kept as latin1 strings (one char =
// one byte) so binary data (X packets) survives.

export type RspEvent =
  | { kind: 'packet'; data: string }
  | { kind: 'interrupt' }
  | { kind: 'ack' }
  | { kind: 'nak' }
  /** A frame whose checksum did not match (the sender gets '-' in ack mode). */
  | { kind: 'bad'; reason: string };

/** Longest packet accepted (we announce PacketSize=4000 hex = 16 KiB; a little slack for escapes). */
export const MAX_PACKET = 0x8000;

function checksum(s: string): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) c = (c + s.charCodeAt(i)) & 0xff;
  return c;
}

/** Incremental frame parser: push bytes as they arrive, get complete events back. */
export class RspReader {
  private buf = '';

  push(chunk: Uint8Array | string): RspEvent[] {
    this.buf += typeof chunk === 'string' ? chunk : latin1(chunk);
    const out: RspEvent[] = [];
    for (;;) {
      if (this.buf.length === 0) break;
      const c = this.buf[0];
      if (c === '+') { out.push({ kind: 'ack' }); this.buf = this.buf.slice(1); continue; }
      if (c === '-') { out.push({ kind: 'nak' }); this.buf = this.buf.slice(1); continue; }
      if (c === '\x03') { out.push({ kind: 'interrupt' }); this.buf = this.buf.slice(1); continue; }
      if (c !== '$') {
        // Noise between frames: skip to the next frame start or control byte.
        const next = this.buf.search(/[$+\-\x03]/);
        this.buf = next < 0 ? '' : this.buf.slice(next);
        continue;
      }
      const end = this.buf.indexOf('#');
      if (end < 0) {
        if (this.buf.length > MAX_PACKET) {
          out.push({ kind: 'bad', reason: 'packet too long' });
          this.buf = '';
        }
        break;
      }
      if (this.buf.length < end + 3) break;
      const payload = this.buf.slice(1, end);
      const cs = this.buf.slice(end + 1, end + 3);
      this.buf = this.buf.slice(end + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(cs)) { out.push({ kind: 'bad', reason: `malformed checksum '${cs}'` }); continue; }
      if (parseInt(cs, 16) !== checksum(payload)) { out.push({ kind: 'bad', reason: 'checksum mismatch' }); continue; }
      out.push({ kind: 'packet', data: payload });
    }
    return out;
  }
}

/** Frame a reply: escape the bytes the framing uses, append the checksum. */
export function frame(payload: string): string {
  let s = '';
  for (let i = 0; i < payload.length; i++) {
    const ch = payload[i];
    if (ch === '$' || ch === '#' || ch === '}' || ch === '*') s += '}' + String.fromCharCode(ch.charCodeAt(0) ^ 0x20);
    else s += ch;
  }
  return `$${s}#${checksum(s).toString(16).padStart(2, '0')}`;
}

/** Undo `}` escapes (binary data of X packets). */
export function unescapeBinary(s: string): Uint8Array | null {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x7d) {
      if (i + 1 >= s.length) return null;
      out.push(s.charCodeAt(++i) ^ 0x20);
    } else out.push(c & 0xff);
  }
  return Uint8Array.from(out);
}

export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode(...b.subarray(i, i + 4096));
  return s;
}

export function toHex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

/** Even-length hex to bytes, or null if it is not hex. */
export function fromHex(s: string): Uint8Array | null {
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) return null;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function textToHex(s: string): string {
  return toHex(new TextEncoder().encode(s));
}

/** A hex number (at most 16 digits) as a bigint, or null. */
export function parseHexBig(s: string): bigint | null {
  if (!/^[0-9a-fA-F]{1,16}$/.test(s)) return null;
  return BigInt('0x' + s);
}

/** A hex number that fits in a safe integer, or null. */
export function parseHexNum(s: string): number | null {
  const v = parseHexBig(s);
  if (v === null || v > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(v);
}

/** Little-endian hex of an n-byte value from int32 words (lo first). */
export function wordsHex(lo: number, hi: number, bytes: number): string {
  let s = '';
  for (let k = 0; k < bytes; k++) {
    const b = k < 4 ? (lo >>> (8 * k)) & 0xff : (hi >>> (8 * (k - 4))) & 0xff;
    s += b.toString(16).padStart(2, '0');
  }
  return s;
}

/** Parse little-endian hex of `bytes` bytes into [lo, hi] int32 words, or null. */
export function hexWords(s: string, bytes: number): [number, number] | null {
  const b = fromHex(s);
  if (b === null || b.length !== bytes) return null;
  let lo = 0, hi = 0;
  for (let k = 0; k < bytes; k++) {
    if (k < 4) lo |= b[k] << (8 * k); else hi |= b[k] << (8 * (k - 4));
  }
  return [lo | 0, hi | 0];
}
