// The C kernel API test rootserver (test/c/kernel.c): every invocation, its error codes and error MRs, and the
// fault messages, checked from real C code in the style of sel4test. Built for the 16.0.0 ABI and for 14.0.0
// (run with --sel4-abi 14.0.0) to show that ABI selection works end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { System, StopReason } from '../src/system.js';
import { checkInvariants } from '../src/kernel/invariants.js';
import { checkCProgram, runCLI } from './lib/cprogram.js';

const MIN_CHECKS = 275;
const run = runCLI;

function checkRun(image: string, abi: string, args: string[]): string {
  return checkCProgram(image, args, `sel4ts kernel API test (ABI ${abi})`, MIN_CHECKS);
}

test('kernel API test (16.0.0 ABI): all checks pass', () => {
  const out = checkRun('test/c/kernel.elf', '16', []);
  // a sample of the groups, so that a silently skipped group is noticed
  for (const name of [
    'retype Mega page', 'Copy: guard mismatch (depth 32)', 'CNode_Rotate', 'CNode_SaveCaller', 'Revoke the notification',
    'registers read back as written', 'a suspended thread does not run', 'priority 220 ran before 210',
    'Page_Map without page tables', 'PageTable_Unmap', 'ASIDPool_Assign', 'Page_Map into a VSpace of a deleted pool',
    'cap transfer: badge unwrapped, notification transferred', 'Recv on an endpoint returns a bound notification\'s signal',
    'VMFault message', 'UserException message', 'UnknownSyscall message', 'CapFault message', 'VMFault message (fetch)',
    'fault: VMFault handled, the load sees the handler\'s data', 'it ran again', 'SetFlags sets fpuDisabled',
  ]) {
    assert.ok(out.includes(`PASS ${name}\n`), `missing PASS ${name}`);
  }
  // the kernel's diagnostics are printed as seL4 prints them
  assert.match(out, /\x1b\[0m\x1b\[1m<<\x1b\[0m\x1b\[32mseL4\(CPU 0\)\x1b\[0m\x1b\[1m \[decodeUntypedInvocation\/68 T0x[0-9a-f]+ "rootserver" @[0-9a-f]+\]: Untyped Retype: Invalid object type\.>>\x1b\[0m\n/);
  assert.match(out, /Caught cap fault in send phase at address 0\nwhile trying to handle:\nvm fault on data at address 0x10 with status 0x7\nin thread 0x[0-9a-f]+ "no-handler" at address 0x[0-9a-f]+\n/);
});

test('kernel API test (14.0.0 ABI, --sel4-abi 14.0.0): all checks pass', () => {
  checkRun('test/c/kernel-abi14.elf', '14', ['--sel4-abi', '14.0.0', '--quiet-kernel']);
});

test('the 14.0.0 image does not work with the 16.0.0 numbering (the ABI selection matters)', () => {
  const r = run('test/c/kernel-abi14.elf', '--quiet-kernel');
  const fails = r.out.split('\n').filter((l) => l.startsWith('FAIL '));
  assert.ok(fails.length > 0 || r.code !== 0, r.out);
  assert.ok(fails.some((l) => l.startsWith('FAIL PageTable_Map (level 1)')), r.out);
});

test('kernel invariants hold throughout the C test runs (checked every 300 instructions)', () => {
  for (const [image, abi] of [['test/c/kernel.elf', 16], ['test/c/kernel-abi14.elf', 14], ['examples/multi/multi.elf', 16]] as const) {
    const sys = new System(readFileSync(image), { config: { abi, printing: true } });
    let checks = 0;
    for (;;) {
      const r = sys.run(300);
      const errs = checkInvariants(sys.ks);
      checks++;
      assert.deepEqual(errs, [], `${image}: invariant violated after ${sys.instructions} instructions`);
      if (r.reason !== StopReason.InstructionLimit) {
        assert.equal(r.reason, StopReason.Halted, `${image}: ${r.message}`);
        break;
      }
    }
    assert.ok(checks > 100, `${image}: ${checks} checks`);
    if (image !== 'examples/multi/multi.elf') assert.match(sys.output(), /^\d+ passed, 0 failed$/m);
    else assert.match(sys.output(), /\[root\] multi: all threads finished/);
  }
});
