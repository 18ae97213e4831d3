// The C MCS API test rootserver (test/c/mcs.c, built with SEL4TS_MCS=1 for the 16.0.0 MCS ABI, and for 14.0.0 as
// mcs-abi14.elf): scheduling contexts, SchedControl, reply objects, the MCS system calls, timeout faults and budget
// enforcement, with the error codes, error MRs and userError texts of seL4 16.0.0. It runs on `sel4ts run --mcs`;
// every check must pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCProgram, runCLI, summary } from './lib/cprogram.js';

const IMAGE = 'test/c/mcs.elf';
const IMAGE_ABI14 = 'test/c/mcs-abi14.elf';
const MIN_CHECKS = 295;

const run = runCLI;

function checkRun(image: string, abi: string, args: string[]): void {
  // A CLI without --mcs rejects the flag (exit 2): that is a failure, not a skip.
  const out = checkCProgram(image, args, `sel4ts MCS API test (ABI ${abi})`, MIN_CHECKS);
  const r = { out };
  // every group ran (a group that stopped early would be missing its last check)
  for (const name of [
    'seL4_CapInitThreadSC (slot 14) is a SchedContext cap (22)',
    'retype SchedContext 2^6 (< seL4_MinSchedContextBits)',
    'budget 2000 > period 1000: RangeError(MIN_BUDGET_US, period)',
    '2^8 SC: 9 extra refills',
    'UnbindObject an endpoint',
    'SetSchedParams: fault handler is a notification',
    'SetTimeoutEndpoint: a notification',
    'SetSpace: fault handler is a notification',
    'it ran as soon as it had an SC (priority 250 > 200)',
    'Call 3: reply through NBSendWait (a6 = reply object): label',
    'NBSendRecv signalled its t0 destination',
    'the passive server ran on the donated SC',
    '  CapFault InRecvPhase = 1',
    'the CNode invocation in the first phase was refused: slot S_X still full',
    '  MR0 (seL4_Timeout_Data) = the SC\'s badge',
    'a reply with a non-zero label stops it (no progress in 50 ms)',
    'the spinner got at most 20 % (+ one budget) of 200 ms',
    '  the target ran first, until it blocked',
    'YieldTo a thread of priority 200 with MCP 100: IllegalOperation',
    'Bind it back before the refill: blocked TCB, SC not released',
    'store to an unmapped page: VMFault (label 6 in MCS)',
    'the passive handler received the fault and ran',
    'a priority-250 thread that yields runs once per 10 ms period',
    'Signal: the passive waiter ran on the notification\'s SC',
    '  the server\'s time was charged to the caller\'s SC',
  ]) {
    assert.ok(r.out.includes(`PASS ${name}\n`), `missing PASS ${name}`);
  }
  // the kernel's userError texts, as seL4 16.0.0 prints them (function, message; typos included)
  for (const [fn, thread, msg] of USER_ERRORS) {
    const re = new RegExp(`\\[${fn}(?:/\\d+)? T0x[0-9a-f]+ "${thread}" @[0-9a-f]+\\]: ${escape(msg)}`);
    assert.match(r.out, re, `missing userError ${fn}: ${msg}`);
  }
}

test('MCS API test (16.0.0 MCS ABI, --mcs): all checks pass', () => {
  checkRun(IMAGE, '16', ['--mcs']);
});

test('MCS API test (14.0.0 MCS ABI, --mcs --sel4-abi 14.0.0): all checks pass', () => {
  checkRun(IMAGE_ABI14, '14', ['--mcs', '--sel4-abi', '14.0.0']);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// [function, thread, message] from src/object/schedcontrol.c, schedcontext.c, tcb.c, untyped.c, objecttype.c,
// src/api/syscall.c
const USER_ERRORS: [string, string, string][] = [
  ['decodeSchedControl_ConfigureFlags', 'rootserver', 'SchedControl_ConfigureFlags: budget out of range.'],
  ['decodeSchedControl_ConfigureFlags', 'rootserver', 'SchedControl_ConfigureFlags: period out of range.'],
  ['decodeSchedControl_ConfigureFlags', 'rootserver', 'SchedControl_ConfigureFlags: budget must be <= period'],
  ['decodeSchedControl_ConfigureFlags', 'rootserver', 'SchedControl_ConfigureFlags: target cap not a scheduling context cap'],
  ['decodeSchedControl_ConfigureFlags', 'rootserver', 'Max refills invalid, got 9, max 8'],
  ['decodeSchedControl_ConfigureFlags', 'rootserver', 'SchedControl_ConfigureFlags: Truncated message.'],
  ['decodeSchedControl_ConfigureFlags', 'rootserver', 'SchedControl_configureFlags: truncated message.'],
  ['decodeSchedControlInvocation', 'rootserver', 'SchedControl invocation: Illegal operation attempted.'],
  ['decodeSchedContextInvocation', 'rootserver', 'SchedContext invocation: Illegal operation attempted.'],
  ['decodeSchedContextInvocation', 'rootserver', 'SchedContext UnbindObject: cannot unbind sc of current thread'],
  ['decodeSchedContext_UnbindObject', 'rootserver', 'SchedContext UnbindObject: cannot unbind sc of current thread'],
  ['decodeSchedContext_UnbindObject', 'rootserver', 'SchedContext UnbindObject: object not bound'],
  ['decodeSchedContext_UnbindObject', 'rootserver', 'SchedContext_Unbind: invalid cap'],
  ['decodeSchedContext_UnbindObject', 'rootserver', 'SchedContext_Unbind: Truncated message.'],
  ['decodeSchedContext_Bind', 'rootserver', 'SchedContext_Bind: invalid cap.'],
  ['decodeSchedContext_Bind', 'rootserver', 'SchedContext_Bind: Truncated Message.'],
  ['decodeSchedContext_Bind', 'rootserver', 'SchedContext_Bind: sched context already bound.'],
  ['decodeSchedContext_Bind', 'rootserver', 'SchedContext_Bind: tcb already bound.'],
  ['decodeSchedContext_Bind', 'rootserver', 'SchedContext_Bind: notification already bound'],
  ['decodeSchedContext_Bind', 'rootserver', 'SchedContext_Bind: tcb blocked and scheduling context not schedulable.'],
  ['decodeSchedContext_YieldTo', 'rootserver', 'SchedContext_YieldTo: cannot yield to an inactive sched context'],
  ['decodeSchedContext_YieldTo', 'rootserver', 'SchedContext_YieldTo: cannot seL4_SchedContext_YieldTo on self'],
  ['decodeSchedContext_YieldTo', 'low-mcp', 'SchedContext_YieldTo: insufficient mcp (100) to yield to a thread with prio (200)'],
  ['decodeSetSchedParams', 'rootserver', 'TCB SetSchedParams: Cannot change sched_context of current thread'],
  ['decodeSetSchedParams', 'rootserver', 'TCB Configure: tcb already has a scheduling context.'],
  ['decodeSetSchedParams', 'rootserver', 'TCB Configure: sched contextext already bound.'],
  ['decodeSetSchedParams', 'rootserver', 'TCB Configure: sched context cap invalid.'],
  ['decodeSetSchedParams', 'rootserver', 'TCB Configure: fault endpoint cap invalid.'],
  ['decodeSetSchedParams', 'rootserver', 'TCB Configure: tcb blocked and scheduling context not schedulable.'],
  ['decodeSetSchedParams', 'rootserver', 'TCB SetSchedParams: authority cap not a TCB.'],
  ['decodeSetSchedParams', 'rootserver', 'TCB SetSchedParams: Truncated message.'],
  ['decodeSetTimeoutEndpoint', 'rootserver', 'TCB SetTimeoutEndpoint: timeout endpoint cap invalid.'],
  ['decodeSetTimeoutEndpoint', 'rootserver', 'TCB SetSchedParams: Truncated message.'],
  ['decodeSetSpace', 'rootserver', 'TCB SetSpace: fault endpoint cap invalid.'],
  ['decodeSetSpace', 'rootserver', 'TCB SetSpace: Truncated message.'],
  ['decodeTCBConfigure', 'rootserver', 'TCB Configure: Truncated message.'],
  ['decodeUntypedInvocation', 'rootserver', 'Untyped retype: Requested a scheduling context too small.'],
  ['lookupReply', 'bad-reply', 'Reply cap lookup failed'],
  ['lookupReply', 'bad-reply', 'Cap in reply slot is not a reply'],
  ['decodeInvocation', 'bad-reply', 'Cannot invoke cnode capabilities in the first phase of an invocation'],
  ['decodeInvocation', 'bad-reply', 'Cannot invoke sched context capabilities in the first phase of an invocation'],
  ['decodeInvocation', 'bad-reply', 'Cannot invoke thread capabilities in the first phase of an invocation'],
];

test('the MCS image does not run on the non-MCS kernel (the MCS numbering matters)', () => {
  const r = run(IMAGE, '--quiet-kernel', '--max-insns', '50000000');
  const s = summary(r.out);
  assert.ok(s === null || s.failed > 0, r.out);
});

test('the 14.0.0 MCS image does not work with the 16.0.0 MCS numbering (the ABI selection matters)', () => {
  const r = run(IMAGE_ABI14, '--mcs', '--quiet-kernel', '--max-insns', '200000000');
  const s = summary(r.out);
  assert.ok(s === null || s.failed > 0, r.out);
});

test('the assurance tools on the MCS kernel: 0 integrity violations over mcs.elf, MCS objects in the capDL snapshot', async () => {
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'sel4ts-mcs-assure-'));
  const cdl = join(dir, 'mcs.cdl');
  const r = run(IMAGE, '--mcs', '--check', 'integrity', '--snapshot', cdl);
  assert.equal(r.code, 0, r.err);
  const m = /^integrity: (\d+) writes checked, (\d+) violations$/m.exec(r.err);
  assert.ok(m !== null && Number(m[1]) > 100_000, r.err);
  assert.equal(m[2], '0', r.err);
  const text = readFileSync(cdl, 'utf8');
  assert.match(text, /^ {2}sc_[0-9a-f]+ = sc \(7 bits\)$/m);
  assert.match(text, /^ {2}reply_[0-9a-f]+ = rtreply$/m);
  assert.match(text, /sched_control/);
  // The rootserver's SC sits in its CNode's slot 14; a TCB's MCS slots are named as capDL names them.
  assert.match(text, /0xe: sc_[0-9a-f]+/);
  assert.match(text, /fault_ep_slot: /);
});
