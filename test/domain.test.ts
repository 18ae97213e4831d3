// Domain cap: DomainSet_Set and the 16.0.0 domain-schedule invocations (manual §6.3, fact sheet §5.4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './lib/harness.js';
import { Label } from '../src/kernel/api/labels.js';
import { SeL4Error } from '../src/kernel/api/failures.js';

const DOMAIN = 11, TCB = 1, CNODE = 2;

test('DomainSet_Set moves a thread between domains and checks its arguments', () => {
  const h = new Harness({ config: { numDomains: 4, printing: false } });
  assert.equal(h.invoke(DOMAIN, Label.DomainSetSet, [], [TCB]).label, SeL4Error.TruncatedMessage);
  let r = h.invoke(DOMAIN, Label.DomainSetSet, [4], [TCB]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.InvalidArgument, [0n]]);
  r = h.invoke(DOMAIN, Label.DomainSetSet, [1]);
  assert.equal(r.label, SeL4Error.TruncatedMessage);
  r = h.invoke(DOMAIN, Label.DomainSetSet, [1], [CNODE]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.InvalidArgument, [1n]]);
  r = h.invoke(TCB, Label.DomainSetSet, [1], [TCB]);
  assert.equal(r.label, SeL4Error.IllegalOperation, 'a TCB cap does not implement DomainSetSet');
  r = h.invoke(DOMAIN, Label.DomainSetSet, [2], [TCB]);
  assert.equal(r.label, 0);
  assert.equal(h.root.domain, 2);
});

test('with one domain only domain 0 is valid', () => {
  const h = new Harness();
  const r = h.invoke(DOMAIN, Label.DomainSetSet, [1], [TCB]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.InvalidArgument, [0n]]);
  assert.equal(h.invoke(DOMAIN, Label.DomainSetSet, [0], [TCB]).label, 0);
});

test('DomainSchedule_Configure and SetStart (16.0.0)', () => {
  const h = new Harness({ config: { numDomains: 3, printing: false } });
  let r = h.invoke(DOMAIN, Label.DomainScheduleConfigure, [0, 1]);
  assert.equal(r.label, SeL4Error.TruncatedMessage);
  r = h.invoke(DOMAIN, Label.DomainScheduleConfigure, [99, 1, 10]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.RangeError, [0n, 98n]]);
  r = h.invoke(DOMAIN, Label.DomainScheduleConfigure, [1, 3, 10]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.RangeError, [0n, 2n]]);
  r = h.invoke(DOMAIN, Label.DomainScheduleConfigure, [1, 1, 2n ** 56n]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.InvalidArgument, [2n]]);
  r = h.invoke(DOMAIN, Label.DomainScheduleConfigure, [1, 1, 0]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.InvalidArgument, [1n]]);
  r = h.invoke(DOMAIN, Label.DomainScheduleConfigure, [0, 0, 0]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.InvalidArgument, [2n]]);
  assert.equal(h.invoke(DOMAIN, Label.DomainScheduleConfigure, [1, 1, 7]).label, 0);
  assert.equal(h.invoke(DOMAIN, Label.DomainScheduleConfigure, [2, 2, 9]).label, 0);
  r = h.invoke(DOMAIN, Label.DomainScheduleSetStart, [100]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.RangeError, [0n, 99n]]);
  r = h.invoke(DOMAIN, Label.DomainScheduleSetStart, [3]);
  assert.deepEqual([r.label, r.mrs], [SeL4Error.InvalidArgument, [0n]]);
  assert.equal(h.invoke(DOMAIN, Label.DomainScheduleSetStart, [1]).label, 0);
  assert.equal(h.ks.curDomain, 1);
  assert.equal(h.ks.domainTime, 7);
});

test('the domain-schedule labels do not exist in the 14.0.0 ABI', () => {
  const h = new Harness({ config: { abi: 14, numDomains: 2, printing: false } });
  // Raw label 31 in 14.0.0 is RISCVPageTableMap: invoked on the domain cap it is an illegal operation.
  const r = h.syscall(-1n, BigInt(DOMAIN), 31, [0n, 1n, 5n]);
  assert.equal(r.label, SeL4Error.IllegalOperation);
});
