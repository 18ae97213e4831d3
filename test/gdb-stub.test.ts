// The GDB stub without a socket: packet framing, error replies for malformed packets, breakpoints, watchpoints,
// steps and faults driven through GdbStub.handle/runSlice, and the guarantee that a debugged run executes exactly
// what an undebugged one does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { System, StopReason } from '../src/system.js';
import { GdbStub, TARGET_XML, REG_PC, REG_F0 } from '../src/debug/stub.js';
import { RspReader, frame, unescapeBinary, fromHex, textToHex } from '../src/debug/rsp.js';

const DEBUG_ELF = readFileSync('examples/debug/debug.elf');
const MULTI_ELF = readFileSync('examples/multi/multi.elf');

/** Addresses of symbols in the debug example (from its ELF symbol table). */
function symbol(elf: Uint8Array, name: string): number {
  const dv = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  const shoff = Number(dv.getBigUint64(0x28, true));
  const shentsize = dv.getUint16(0x3a, true), shnum = dv.getUint16(0x3c, true);
  for (let i = 0; i < shnum; i++) {
    const sh = shoff + i * shentsize;
    if (dv.getUint32(sh + 4, true) !== 2) continue; // SHT_SYMTAB
    const off = Number(dv.getBigUint64(sh + 0x18, true)), size = Number(dv.getBigUint64(sh + 0x20, true));
    const strSh = shoff + dv.getUint32(sh + 0x28, true) * shentsize;
    const strOff = Number(dv.getBigUint64(strSh + 0x18, true));
    for (let s = off; s < off + size; s += 24) {
      let n = '';
      for (let k = strOff + dv.getUint32(s, true); elf[k] !== 0; k++) n += String.fromCharCode(elf[k]);
      if (n === name) return Number(dv.getBigUint64(s + 8, true));
    }
  }
  throw new Error(`no symbol ${name}`);
}

function newStub(elf = DEBUG_ELF) {
  const out: number[] = [];
  const sys = new System(elf, { putchar: (c) => out.push(c) });
  const stub = new GdbStub(sys, { slice: 50_000 });
  const text = () => String.fromCharCode(...out);
  const req = (p: string): string => {
    const a = stub.handle(p);
    assert.equal(a.kind, 'reply', `${p} -> ${a.kind}`);
    return (a as { data: string }).data;
  };
  /** Resume and run slices to the next stop reply. */
  const go = (p: string): string => {
    const a = stub.handle(p);
    assert.equal(a.kind, 'resume', `${p} -> ${JSON.stringify(a)}`);
    for (let i = 0; i < 100_000; i++) {
      const s = stub.runSlice();
      if (s !== null) return s;
    }
    throw new Error('no stop');
  };
  return { sys, stub, req, go, text };
}

const pcOf = (regsHex: string): bigint => {
  const b = fromHex(regsHex.slice(REG_PC * 16, REG_PC * 16 + 16))!;
  return b.reduceRight((a, x) => (a << 8n) | BigInt(x), 0n);
};

test('framing: checksums, escapes, acks, interrupts, noise and bad frames', () => {
  const r = new RspReader();
  assert.deepEqual(r.push(frame('qSupported')), [{ kind: 'packet', data: 'qSupported' }]);
  assert.equal(frame('OK'), '$OK#9a');
  // Split across chunks, with an ack before and an interrupt after.
  const f1 = frame('m10,4');
  const evs = [...r.push('+' + f1.slice(0, 3)), ...r.push(f1.slice(3, 7)), ...r.push(f1.slice(7) + '\x03')];
  assert.deepEqual(evs, [{ kind: 'ack' }, { kind: 'packet', data: 'm10,4' }, { kind: 'interrupt' }]);
  assert.deepEqual(r.push('$m10,4#00'), [{ kind: 'bad', reason: 'checksum mismatch' }]);
  assert.deepEqual(r.push('$g#zz'), [{ kind: 'bad', reason: "malformed checksum 'zz'" }]);
  assert.deepEqual(r.push('garbage$g#67'), [{ kind: 'packet', data: 'g' }]);
  // Escapes: '#', '$', '}' and '*' in a reply are sent as '}' + (byte ^ 0x20).
  const f = frame('a#b$c}d*');
  assert.equal(f.slice(0, f.indexOf('#', 12)), '$a}\x03b}\x04c}]d}\x0a');
  assert.deepEqual([...unescapeBinary('x}\x03y')!], [0x78, 0x23, 0x79]);
  assert.equal(unescapeBinary('x}'), null);
  assert.deepEqual(r.push('$' + 'a'.repeat(0x9000)), [{ kind: 'bad', reason: 'packet too long' }]);
});

test('malformed and unsupported packets get error or empty replies, never an exception', () => {
  const { req, stub } = newStub();
  const bad = ['m', 'mzz,4', 'm10', 'm10,zz', 'M10,2:zz', 'M10,4:00', 'X10,2', 'p', 'pzz', 'P1=zz', 'P20', 'G00',
    'Z0', 'Z9,10,4', 'Z0,zz,4', 'Z2,10,0', 'z0,,', 'Hgzz', 'Hg99', 'T99', 'qXfer:features:read:other.xml:0,10',
    'qXfer:features:read:target.xml:zz', 'qRcmd,zz', 'vCont;x', 'vCont;', 'Czz', `m${'f'.repeat(17)},4`];
  for (const p of bad) {
    const r = req(p);
    assert.match(r, /^E[0-9a-f]{2}$/, `${p} -> '${r}'`);
  }
  for (const p of ['', 'qTStatus', 'vMustReplyEmpty', 'vFile:open:x', 'qFoo', 'j', 'Hx0']) assert.equal(req(p), '', p);
  // Unmapped memory is an error, not zeros.
  assert.equal(req('m0,8'), 'E0e');
  assert.equal(req('M0,1:00'), 'E0e');
  assert.equal(req('Z0,0,2'), 'E0e');
  assert.equal(stub.sys.instructions, 0);
});

test('target description, threads and registers before the first instruction', () => {
  const { req, sys } = newStub();
  assert.match(req('qSupported:multiprocess+;swbreak+'), /qXfer:features:read\+.*swbreak\+/);
  const xml = req('qXfer:features:read:target.xml:0,3fff');
  assert.equal(xml, 'l' + TARGET_XML);
  assert.match(TARGET_XML, /riscv:rv64/);
  assert.match(TARGET_XML, /org\.gnu\.gdb\.riscv\.fpu/);
  // Chunked reads: 'm' until the last piece.
  const first = req('qXfer:features:read:target.xml:0,10');
  assert.equal(first, 'm' + TARGET_XML.slice(0, 16));
  assert.equal(req('?'), 'T05thread:1;');
  assert.equal(req('qfThreadInfo'), 'm1');
  assert.equal(req('qsThreadInfo'), 'l');
  assert.equal(req('qC'), 'QC1');
  assert.match(Buffer.from(req('qThreadExtraInfo,1'), 'hex').toString(), /^Running, priority 255/);
  const g = req('g');
  assert.equal(g.length, (33 + 32) * 16 + 3 * 8);
  assert.equal(pcOf(g), sys.ks.curThread.regs.getPC());
  assert.equal(req(`p${REG_PC.toString(16)}`), g.slice(REG_PC * 16, REG_PC * 16 + 16));
  // Write a register and read it back (a5 = x15), then an FP register.
  assert.equal(req('Pf=efbeadde00000000'), 'OK');
  assert.equal(sys.ks.curThread.regs.getX(15), 0xdeadbeefn);
  assert.equal(req(`P${(REG_F0 + 1).toString(16)}=000000000000f83f`), 'OK');
  assert.equal(sys.ks.curThread.regs.f64[1], 1.5);
  assert.equal(req('P0=0100000000000000'), 'OK');
  assert.equal(sys.ks.curThread.regs.getX(0), 0n);
  // Memory through the VSpace: the entry instruction bytes match the ELF at _start.
  const start = symbol(DEBUG_ELF, '_start');
  const m = req(`m${start.toString(16)},4`);
  assert.match(m, /^[0-9a-f]{8}$/);
  assert.equal(req('qXfer:threads:read::0,fff').includes('name="rootserver"'), true);
});

test('breakpoint, step, watchpoint, thread switch and exit, like a GDB session', () => {
  const { req, go, sys, text } = newStub();
  const acc = symbol(DEBUG_ELF, 'accumulate');
  const counter = symbol(DEBUG_ELF, 'counter');
  assert.equal(req(`Z0,${acc.toString(16)},2`), 'OK');
  const stop = go('vCont;c');
  assert.equal(stop, 'T05thread:1;swbreak:;');
  assert.equal(sys.ks.curThread.regs.getPC(), BigInt(acc));
  // The memory under the breakpoint is unchanged (no ebreak is written).
  const elfBytes = req(`m${acc.toString(16)},2`);
  assert.notEqual(elfBytes, '0290');
  // Single step: one instruction further, still thread 1.
  const before = sys.instructions;
  assert.equal(go('vCont;s:1'), 'T05thread:1;');
  assert.equal(sys.instructions, before + 1);
  assert.notEqual(sys.ks.curThread.regs.getPC(), BigInt(acc));
  assert.equal(req(`z0,${acc.toString(16)},2`), 'OK');
  // A write watchpoint on counter: the worker (thread 2) writes 7, then 14, then 21.
  assert.equal(req(`Z2,${counter.toString(16)},8`), 'OK');
  const w1 = go('c');
  assert.equal(w1, `T05thread:2;watch:${counter.toString(16)};`);
  assert.equal(req('Hg2'), 'OK');
  assert.equal(req(`m${counter.toString(16)},8`), '0700000000000000');
  assert.equal(req('Hg1'), 'OK');
  assert.equal(req(`m${counter.toString(16)},8`), '0700000000000000'); // shared frame, other VSpace
  assert.equal(req('qfThreadInfo'), 'm1,2');
  assert.match(Buffer.from(req('qThreadExtraInfo,1'), 'hex').toString(), /^BlockedOnNotification, priority 255$/);
  assert.match(req('qXfer:threads:read::0,fff'), /name="worker">Running, priority 100, current</);
  assert.equal(go('c'), `T05thread:2;watch:${counter.toString(16)};`);
  assert.equal(req(`z2,${counter.toString(16)},8`), 'OK');
  assert.equal(go('c'), 'W00');
  assert.match(text(), /worker done: counter = 21/);
  assert.equal(req('?'), 'W00');
  assert.equal(req('c'), 'E03');
});

test('hardware breakpoints, read and access watchpoints', () => {
  const { req, go, sys } = newStub();
  const bump = symbol(DEBUG_ELF, 'bump'), counter = symbol(DEBUG_ELF, 'counter');
  assert.equal(req(`Z1,${bump.toString(16)},2`), 'OK');
  assert.equal(go('c'), 'T05thread:2;hwbreak:;');
  assert.equal(sys.ks.curThread.regs.getPC(), BigInt(bump));
  assert.equal(req(`z1,${bump.toString(16)},2`), 'OK');
  // bump() loads counter before it stores it: a read watchpoint sees the load, an access one both.
  assert.equal(req(`Z3,${counter.toString(16)},8`), 'OK');
  assert.equal(go('c'), `T05thread:2;rwatch:${counter.toString(16)};`);
  assert.equal(req(`z3,${counter.toString(16)},8`), 'OK');
  assert.equal(req(`Z4,${counter.toString(16)},8`), 'OK');
  assert.equal(go('c'), `T05thread:2;awatch:${counter.toString(16)};`);
  assert.equal(req('Hg2'), 'OK');
  assert.equal(req(`m${counter.toString(16)},8`), '0700000000000000'); // the store of the first bump
  assert.equal(req(`z4,${counter.toString(16)},8`), 'OK');
  assert.equal(go('c'), 'W00');
});

test('monitor commands: threads, caps, snapshot, help, unknown', () => {
  const { stub, req } = newStub();
  const mon = (c: string) => {
    assert.equal(req('qRcmd,' + textToHex(c)), 'OK');
    return stub.notes.splice(0).join('');
  };
  assert.match(mon('threads'), /\* +1 +rootserver +Running +255 +0x/);
  const caps = mon('caps 1');
  assert.match(caps, /tcb slot 0 \(CSpace root\): CNode/);
  assert.match(caps, /\n +2: CNode/);
  assert.match(mon('caps rootserver'), /CSpace root CNode/);
  assert.match(mon('caps 99'), /no thread '99'/);
  assert.match(mon('snapshot'), /^arch riscv\n\nobjects \{/);
  assert.match(mon('help'), /monitor commands/);
  assert.match(mon('bogus'), /unknown monitor command 'bogus'/);
});

test('a fault stops with a signal and the seL4 fault text; Ctrl-C stops a running system', () => {
  const { req, go, sys, stub } = newStub(MULTI_ELF);
  // Point the rootserver at an unmapped address: a VM fault, no handler.
  assert.equal(req(`P${REG_PC.toString(16)}=0000000000000000`), 'OK');
  const s = go('c');
  assert.equal(s, 'T0bthread:1;');
  const note = stub.notes.splice(0).join('');
  assert.match(note, /seL4 fault in thread 1 "rootserver": .*(VM|vm) ?fault.*no fault handler/i);
  assert.equal(go('c'), 'W05');
  assert.equal(sys.ks.unhandledFaults.length, 1);

  const b = newStub(MULTI_ELF);
  const a = b.stub.handle('c');
  assert.equal(a.kind, 'resume');
  assert.equal(b.stub.runSlice(), null); // still running after one slice
  b.stub.interrupt();
  const st = b.stub.runSlice();
  assert.match(st!, /^T02thread:[0-9a-f]+;$/);
  const at = b.sys.instructions;
  assert.equal(at > 0, true);
  assert.equal(b.go('c'), 'W00');
});

test('a debugged run (slices, steps, breakpoints passed, watchpoints) executes exactly what a plain run does', () => {
  for (const elf of [DEBUG_ELF, MULTI_ELF]) {
    const plainOut: number[] = [];
    const plain = new System(elf, { putchar: (c) => plainOut.push(c) });
    const r = plain.run();
    const d = newStub(elf);
    for (let i = 0; i < 200; i++) assert.match(d.go('s'), /^T05thread:[0-9a-f]+;$/);
    if (elf === DEBUG_ELF) {
      assert.equal(d.req(`Z0,${symbol(elf, 'bump').toString(16)},2`), 'OK');
      assert.equal(d.req(`Z2,${symbol(elf, 'counter').toString(16)},8`), 'OK');
      for (let k = 0; k < 6; k++) assert.match(d.go('c'), /^T05thread:2;(swbreak|watch)/);
      d.stub.removeAllPoints();
    }
    assert.equal(r.reason, StopReason.Halted);
    assert.equal(d.go('c'), 'W00');
    assert.equal(d.text(), String.fromCharCode(...plainOut));
    assert.equal(d.sys.instructions, r.instructions);
    assert.equal(d.sys.cycles, r.cycles);
    assert.equal(d.sys.ks.entries, r.kernelEntries);
  }
});
