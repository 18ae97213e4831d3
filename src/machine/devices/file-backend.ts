// The host-file disk backend (Node only: kept out of virtio-blk.ts so the System has no Node imports and runs in
// a browser; the CLI opens the file).
import { openSync, readSync, writeSync, fstatSync, closeSync, fsyncSync } from 'node:fs';
import type { BlockBackend } from './virtio-blk.js';

/** A host disk image file, written in place (every durable write reaches the file at once). */
export class FileBackend implements BlockBackend {
  private fd: number;
  readonly size: number;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'r+');
    this.size = fstatSync(this.fd).size;
  }
  read(offset: number, length: number): Uint8Array {
    const b = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, b, done, length - done, offset + done);
      if (n <= 0) break;
      done += n;
    }
    return b;
  }
  write(offset: number, data: Uint8Array): void {
    let done = 0;
    while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, offset + done);
  }
  close(): void {
    if (this.fd >= 0) {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = -1;
    }
  }
}
