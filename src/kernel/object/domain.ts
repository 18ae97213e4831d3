// Domain capability: DomainSet_Set and the domain schedule (seL4 src/object/domain.c; manual §6.3 "Domains").
import type { KernelState } from '../statedata.js';
import { CapTag, Tcb, ThreadState } from '../structures.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { DecodeArgs, invalidArgument, rangeError, syscallErr } from './decode.js';
import { Label } from '../api/labels.js';
import { userError } from '../printf.js';
import { isRunnable, rescheduleRequired, setThreadState, tcbSchedDequeue, tcbSchedEnqueue } from '../thread.js';

/** CONFIG_NUM_DOMAIN_SCHEDULES: 100 with several domains, else 2 (fact sheet §13.1). */
export function numDomainSchedules(ks: KernelState): number {
  return ks.config.numDomains > 1 ? 100 : 2;
}

const MAX_DURATION = 2n ** 56n;

/** Move a thread to another domain (seL4 setDomain). */
export function setDomain(ks: KernelState, t: Tcb, dom: number): void {
  tcbSchedDequeue(ks, t);
  t.domain = dom;
  if (isRunnable(t)) tcbSchedEnqueue(ks, t);
  if (t === ks.curThread) rescheduleRequired(ks);
}

export function decodeDomainInvocation(ks: KernelState, a: DecodeArgs): Exception {
  switch (a.label) {
    case Label.DomainSetSet: {
      if (a.length === 0) {
        userError(ks, 'decodeDomainInvocation', 'Domain Configure: Truncated message.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      const domain = a.arg(0);
      if (domain >= BigInt(ks.config.numDomains)) {
        userError(ks, 'decodeDomainInvocation', `Domain Configure: invalid domain (${domain} >= ${ks.config.numDomains}).`);
        return invalidArgument(ks, 0);
      }
      const c = a.extraCaps[0];
      if (c === null) {
        userError(ks, 'decodeDomainInvocation', 'Domain Configure: Truncated message.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      if (c.cap.tag !== CapTag.Thread) {
        userError(ks, 'decodeDomainInvocation', 'Domain Configure: thread cap required.');
        return invalidArgument(ks, 1);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      setDomain(ks, c.cap.tcb, Number(domain));
      return Exception.None;
    }
    case Label.DomainScheduleConfigure: {
      if (a.length < 3) {
        userError(ks, 'decodeDomainInvocation', 'DomainSchedule Configure: Truncated message.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      const n = numDomainSchedules(ks);
      const index = a.arg(0), domain = a.arg(1), duration = a.arg(2);
      if (index >= BigInt(n - 1)) {
        userError(ks, 'decodeDomainInvocation', 'DomainSchedule Configure: index out of range.');
        return rangeError(ks, 0, n - 2);
      }
      if (domain >= BigInt(ks.config.numDomains)) {
        userError(ks, 'decodeDomainInvocation', 'DomainSchedule Configure: invalid domain.');
        return rangeError(ks, 0, ks.config.numDomains - 1);
      }
      if (duration >= MAX_DURATION) {
        userError(ks, 'decodeDomainInvocation', 'DomainSchedule Configure: duration too large.');
        return invalidArgument(ks, 2);
      }
      if (duration === 0n && domain !== 0n) {
        userError(ks, 'decodeDomainInvocation', 'DomainSchedule Configure: end marker must use domain 0.');
        return invalidArgument(ks, 1);
      }
      if (duration === 0n && Number(index) === ks.domainScheduleStart) {
        userError(ks, 'decodeDomainInvocation', 'DomainSchedule Configure: cannot end the schedule at its start.');
        return invalidArgument(ks, 2);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      ks.domainSchedule[Number(index)] = { domain: Number(domain), length: Number(duration) };
      return Exception.None;
    }
    case Label.DomainScheduleSetStart: {
      if (a.length < 1) {
        userError(ks, 'decodeDomainInvocation', 'DomainSchedule SetStart: Truncated message.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      const n = numDomainSchedules(ks);
      const index = a.arg(0);
      if (index >= BigInt(n)) {
        userError(ks, 'decodeDomainInvocation', 'DomainSchedule SetStart: index out of range.');
        return rangeError(ks, 0, n - 1);
      }
      const e = ks.domainSchedule[Number(index)];
      if (e.length === 0) {
        userError(ks, 'decodeDomainInvocation', 'DomainSchedule SetStart: entry is the end marker.');
        return invalidArgument(ks, 0);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      ks.domainScheduleStart = ks.domainScheduleIdx = Number(index);
      ks.curDomain = e.domain;
      ks.domainTime = e.length;
      rescheduleRequired(ks);
      return Exception.None;
    }
    default:
      userError(ks, 'decodeDomainInvocation', 'Domain: Illegal operation.');
      return syscallErr(ks, SeL4Error.IllegalOperation);
  }
}
