// The kernel's printf (seL4 src/machine/io.c) and userError's exact bytes (include/api/debug.h, debug build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatC } from '../src/kernel/printf.js';
import { Harness } from './lib/harness.js';
import { Label } from '../src/kernel/api/labels.js';

test('%p is %#lx: a null pointer prints "0", others 0x and lower-case hex without padding', () => {
  assert.equal(formatC('at address %p', [0n]), 'at address 0');
  assert.equal(formatC('%p', [0x10n]), '0x10');
  assert.equal(formatC('T%p', [0xffffffc13ffc9400n]), 'T0xffffffc13ffc9400');
  assert.equal(formatC('%p', [-1n]), '0xffffffffffffffff');
});

test('integer conversions truncate to the C argument width', () => {
  assert.equal(formatC('%x', [0x123456789n]), '23456789');
  assert.equal(formatC('0x%x', [0n]), '0x0');
  assert.equal(formatC('%lx', [0x123456789n]), '123456789');
  assert.equal(formatC('%u', [-1]), '4294967295');
  assert.equal(formatC('%lu', [-1n]), '18446744073709551615');
  assert.equal(formatC('%d', [42]), '42');
  assert.equal(formatC('%llx|%zu|%hx|%hhu', [0xabcn, 7, 0x12345, 0x1ff]), 'abc|7|2345|255');
});

test('a negative %d prints as its 64-bit two\'s complement, as real seL4 16.0.0 prints it', () => {
  // qemu.log of sel4test: "Number of requested objects (18446744071562067968)" for (int)0x80000000.
  assert.equal(formatC('(%d)', [0x80000000n]), '(18446744071562067968)');
  assert.equal(formatC('%ld', [-1n]), '18446744073709551615');
});

test('width, precision and flags as C gives them', () => {
  assert.equal(formatC('[%40s]', ['idle_thread']), `[${' '.repeat(29)}idle_thread]`);
  assert.equal(formatC('[%-6s]', ['ab']), '[ab    ]');
  assert.equal(formatC('[%20lu]', [255]), `[${' '.repeat(17)}255]`);
  assert.equal(formatC('[%04lu]', [7]), '[0007]');
  assert.equal(formatC('[%-4d]', [7]), '[7   ]');
  assert.equal(formatC('[%#x]', [255]), '[0xff]');
  assert.equal(formatC('[%#X]', [255]), '[0XFF]');
  assert.equal(formatC('[%#o]', [8]), '[010]');
  assert.equal(formatC('[%.3d]', [5]), '[005]');
  assert.equal(formatC('[%.0d]', [0]), '[]');
  assert.equal(formatC('[%+d|% d]', [3, 3]), '[+3| 3]');
  assert.equal(formatC('[%*d]', [5, 42]), '[   42]');
  assert.equal(formatC('[%.2s]', ['abc']), '[ab]');
  assert.equal(formatC('[%c]', [0x41]), '[A]');
  assert.equal(formatC('100%%', []), '100%');
  assert.equal(formatC('[%s]', []), '[(null)]');
});

test('an invalid conversion ends the output there, as printf_core does', () => {
  assert.equal(formatC('ok %q never', [1]), 'ok ');
  assert.equal(formatC('ok %ls', ['x']), 'ok ');
});

test('userError prints seL4\'s colours, function/LINE, TCB pointer, name and restart PC', () => {
  const h = new Harness({ config: { printing: true } });
  h.invoke(2, Label.UntypedRetype, []); // a CNode cap invoked with an Untyped label
  const out = h.sys.output();
  assert.match(
    out,
    /^\x1b\[0m\x1b\[1m<<\x1b\[0m\x1b\[32mseL4\(CPU 0\)\x1b\[0m\x1b\[1m \[decodeCNodeInvocation\/54 T0xffffffc[0-9a-f]{9} "rootserver" @[0-9a-f]+\]: CNodeCap: Illegal Operation attempted\.>>\x1b\[0m\n$/,
  );
});
