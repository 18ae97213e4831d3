// The RapiLog disk layout (examples/rapilog/proto.h): sector 0 the boot block (the run's settings as text),
// sector 1 the file table, each file (database, rollback journal, WAL) one extent. The host formats disks,
// writes the boot block for each run and reads files back out (`sel4ts rapilog extract`).
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const SECTOR = 512;
export const FT_MAGIC = 0x54464c52; // "RLFT"
export const FILE_NAMES = ['db', 'journal', 'wal'] as const;
/** Host names of the files (SQLite's own naming, so the host sqlite3 finds the journal or WAL). */
export const HOST_NAMES = ['tpcb.db', 'tpcb.db-journal', 'tpcb.db-wal'] as const;
const ENTRY_BYTES = 48;
const CACHE_BYTES = 8 << 20; // the VFS's in-memory copy of a file (proto.h RL_CACHE_BYTES)

export interface FileEntry { name: string; start: number; maxSectors: number; size: number; exists: boolean }

export interface Layout {
  /** Sectors of each extent: db, journal, wal (each at most 8 MiB). */
  extentSectors: [number, number, number];
}
export const DEFAULT_LAYOUT: Layout = { extentSectors: [16384, 16384, 16384] };
/** First sector of the first extent (sectors 2..63 are scratch for the server tests). */
export const FIRST_EXTENT = 2048;

export class DiskFormatError extends Error {}

/** Bytes of a fresh disk: empty boot block, a file table with no files. */
export function formatDisk(totalSectors: number, layout: Layout = DEFAULT_LAYOUT): Uint8Array {
  let start = FIRST_EXTENT;
  const files: FileEntry[] = [];
  for (let i = 0; i < 3; i++) {
    const n = layout.extentSectors[i];
    if (n <= 0 || n * SECTOR > CACHE_BYTES) throw new DiskFormatError(`extent ${FILE_NAMES[i]}: ${n} sectors (1..${CACHE_BYTES / SECTOR})`);
    files.push({ name: FILE_NAMES[i], start, maxSectors: n, size: 0, exists: false });
    start += n;
  }
  if (start > totalSectors) throw new DiskFormatError(`disk of ${totalSectors} sectors too small for the layout (${start} needed)`);
  const img = new Uint8Array(totalSectors * SECTOR);
  writeTable(img, files);
  return img;
}

export function writeTable(img: Uint8Array, files: FileEntry[]): void {
  const dv = new DataView(img.buffer, img.byteOffset + SECTOR, SECTOR);
  new Uint8Array(img.buffer, img.byteOffset + SECTOR, SECTOR).fill(0);
  dv.setUint32(0, FT_MAGIC, true);
  dv.setUint32(4, 1, true);
  dv.setUint32(8, 3, true);
  files.forEach((f, i) => {
    const o = 16 + i * ENTRY_BYTES;
    for (let k = 0; k < f.name.length && k < 23; k++) dv.setUint8(o + k, f.name.charCodeAt(k));
    dv.setUint32(o + 24, f.start, true);
    dv.setUint32(o + 28, f.maxSectors, true);
    dv.setBigUint64(o + 32, BigInt(f.size), true);
    dv.setUint32(o + 40, f.exists ? 1 : 0, true);
  });
}

/** The file table of a disk image; throws DiskFormatError with a one-line reason when it is not valid. */
export function readTable(img: Uint8Array): FileEntry[] {
  if (img.length < 64 * SECTOR) throw new DiskFormatError(`disk image too small (${img.length} bytes; a rapilog disk has at least ${64 * SECTOR})`);
  const dv = new DataView(img.buffer, img.byteOffset + SECTOR, SECTOR);
  if (dv.getUint32(0, true) !== FT_MAGIC || dv.getUint32(4, true) !== 1 || dv.getUint32(8, true) !== 3) {
    throw new DiskFormatError('not a rapilog disk (no file table in sector 1)');
  }
  const total = Math.floor(img.length / SECTOR);
  const files: FileEntry[] = [];
  for (let i = 0; i < 3; i++) {
    const o = 16 + i * ENTRY_BYTES;
    let name = '';
    for (let k = 0; k < 24 && dv.getUint8(o + k) !== 0; k++) name += String.fromCharCode(dv.getUint8(o + k));
    const start = dv.getUint32(o + 24, true), maxSectors = dv.getUint32(o + 28, true);
    const size = Number(dv.getBigUint64(o + 32, true)), exists = dv.getUint32(o + 40, true);
    if (name !== FILE_NAMES[i] || start < 64 || maxSectors === 0 || start + maxSectors > total ||
        size > maxSectors * SECTOR || exists > 1) {
      throw new DiskFormatError(`corrupt file table entry ${i} (${JSON.stringify(name)}: extent ${start}+${maxSectors}, size ${size}, disk ${total} sectors)`);
    }
    for (const g of files) {
      if (start < g.start + g.maxSectors && g.start < start + maxSectors) throw new DiskFormatError(`corrupt file table: extents ${g.name} and ${name} overlap`);
    }
    files.push({ name, start, maxSectors, size, exists: exists === 1 });
  }
  return files;
}

/** Write the boot block (the settings of the next boot). */
export function writeBootBlock(img: Uint8Array, settings: Record<string, string | number>): void {
  let text = 'RAPILOG1\n';
  for (const [k, v] of Object.entries(settings)) text += `${k}=${v}\n`;
  if (text.length >= SECTOR) throw new Error('boot block too long');
  const blk = new Uint8Array(img.buffer, img.byteOffset, SECTOR);
  blk.fill(0);
  blk.set(new TextEncoder().encode(text));
}

/** The contents of file i of the image (null when it does not exist). */
export function fileBytes(img: Uint8Array, files: FileEntry[], i: number): Uint8Array | null {
  const f = files[i];
  if (!f.exists) return null;
  return img.slice(f.start * SECTOR, f.start * SECTOR + f.size);
}

/** `sel4ts rapilog extract`: every existing file of the image as a host file in dir; returns the paths. */
export function extract(imagePath: string, dir: string): string[] {
  const img = new Uint8Array(readFileSync(imagePath));
  const files = readTable(img);
  mkdirSync(dir, { recursive: true });
  rmSync(join(dir, 'tpcb.db-shm'), { force: true });
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    const b = fileBytes(img, files, i);
    const p = join(dir, HOST_NAMES[i]);
    if (b === null) { rmSync(p, { force: true }); continue; }
    writeFileSync(p, b);
    out.push(p);
  }
  return out;
}
