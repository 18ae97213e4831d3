// Every userError of the seL4 16.0.0 debug kernel (non-MCS, qemu-riscv-virt) exists in sel4ts with the same format
// string: the texts are read from the kernel image inside ../shared/sel4test/qemu-image (its CPIO archive holds
// kernel.elf), where userError's format strings sit whole, colours and all. (Function names and lines were read
// from the same image's code; sel4test.test.ts checks those that sel4test triggers against real seL4's log.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const image = join(root, '..', 'shared', 'sel4test', 'qemu-image');
const skip = existsSync(image) ? false : `${image} is absent (the 16.0.0 QEMU image; CI has it beside the clone)`;

/** The newc CPIO member `name` inside `bytes`. */
function cpioMember(bytes: Buffer, name: string): Buffer {
  for (let off = bytes.indexOf('070701'); off >= 0; off = bytes.indexOf('070701', off + 1)) {
    const field = (i: number): number => parseInt(bytes.toString('latin1', off + 6 + 8 * i, off + 14 + 8 * i), 16);
    const fileSize = field(6);
    const nameSize = field(11);
    if (Number.isNaN(fileSize) || Number.isNaN(nameSize)) continue;
    if (bytes.toString('latin1', off + 110, off + 110 + nameSize - 1) !== name) continue;
    const start = (off + 110 + nameSize + 3) & ~3;
    return bytes.subarray(start, start + fileSize);
  }
  throw new Error(`no ${name} in the CPIO archive`);
}

function sources(dir: string): string {
  let all = '';
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) all += sources(p);
    else if (f.endsWith('.ts')) all += readFileSync(p, 'latin1');
  }
  return all;
}

test('each userError format string of the 16.0.0 kernel image is one of sel4ts\'s', { skip }, () => {
  const kernel = cpioMember(readFileSync(image), 'kernel.elf');
  const head = '\x1b[0m\x1b[1m<<\x1b[0m\x1b[32mseL4(CPU %lu)\x1b[0m\x1b[1m [%s/%d T%p "%s" @%lx]: ';
  const tail = '>>\x1b[0m\n';
  const texts = new Set<string>();
  for (let i = kernel.indexOf(head); i >= 0; i = kernel.indexOf(head, i + 1)) {
    const s = kernel.toString('latin1', i, kernel.indexOf(0, i));
    assert.ok(s.endsWith(tail), JSON.stringify(s));
    texts.add(s.slice(head.length, -tail.length));
  }
  assert.ok(texts.size > 100, `only ${texts.size} userError strings found`);
  const src = sources(join(root, 'src'));
  const missing = [...texts].filter((t) => !src.includes(`'${t}'`) && !src.includes(`"${t}"`));
  assert.deepEqual(missing, []);
});
