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
        userError(ks, 'decodeDomainSetSetInvocation', 30, 'Domain Configure: Truncated message.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      const domain = a.arg(0);
      if (domain >= BigInt(ks.config.numDomains)) {
        userError(ks, 'decodeDomainSetSetInvocation', 36, 'Domain Configure: invalid domain (%lu >= %u).', domain, ks.config.numDomains);
        return invalidArgument(ks, 0);
      }
      const c = a.extraCaps[0];
      if (c === null) {
        userError(ks, 'decodeDomainSetSetInvocation', 45, 'Domain Configure: Truncated message.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      if (c.cap.tag !== CapTag.Thread) {
        userError(ks, 'decodeDomainSetSetInvocation', 52, 'Domain Configure: thread cap required.');
        return invalidArgument(ks, 1);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      setDomain(ks, c.cap.tcb, Number(domain));
      return Exception.None;
    }
    case Label.DomainScheduleConfigure: {
      if (a.length < 3) {
        userError(ks, 'decodeDomainScheduleConfigure', 74, 'Domain Schedule Configure: Truncated message.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      const n = numDomainSchedules(ks);
      const index = a.arg(0), domain = a.arg(1), duration = a.arg(2);
      if (index >= BigInt(n - 1)) {
        userError(ks, 'decodeDomainScheduleConfigure', 84, 'Domain Schedule Configure: Invalid index.');
        return rangeError(ks, 0, n - 2);
      }
      if (domain >= BigInt(ks.config.numDomains)) {
        userError(ks, 'decodeDomainScheduleConfigure', 91, 'Domain Schedule Configure: Invalid domain.');
        return rangeError(ks, 0, ks.config.numDomains - 1);
      }
      if (duration >= MAX_DURATION) {
        userError(ks, 'decodeDomainScheduleConfigure', 98, 'Domain Schedule Configure: Duration must fit in 56 bits.');
        return invalidArgument(ks, 2);
      }
      if (duration === 0n && domain !== 0n) {
        // Dead code with one domain, so the 16.0.0 build holds neither its text nor its line: both from the sources.
        userError(ks, 'decodeDomainScheduleConfigure', 104,
          'Domain Schedule Configure: Both domain and duration must be zero for end markers.');
        return invalidArgument(ks, 1);
      }
      if (duration === 0n && Number(index) === ks.domainScheduleStart) {
        userError(ks, 'decodeDomainScheduleConfigure', 110, "Domain Schedule Configure: Starting schedule's duration must not be zero.");
        return invalidArgument(ks, 2);
      }
      setThreadState(ks, ks.curThread, ThreadState.Restart);
      ks.domainSchedule[Number(index)] = { domain: Number(domain), length: Number(duration) };
      return Exception.None;
    }
    case Label.DomainScheduleSetStart: {
      if (a.length < 1) {
        userError(ks, 'decodeDomainScheduleSetStart', 135, 'Domain Schedule Configure: Truncated message.');
        return syscallErr(ks, SeL4Error.TruncatedMessage);
      }
      const n = numDomainSchedules(ks);
      const index = a.arg(0);
      if (index >= BigInt(n)) {
        userError(ks, 'decodeDomainScheduleSetStart', 142, 'Domain Schedule Set Start: Invalid index.');
        return rangeError(ks, 0, n - 1);
      }
      const e = ks.domainSchedule[Number(index)];
      if (e.length === 0) {
        userError(ks, 'decodeDomainScheduleSetStart', 149, 'Domain Schedule Set Start: Starting schedule must not be an end marker.');
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
      // No userError here in seL4 16.0.0.
      return syscallErr(ks, SeL4Error.IllegalOperation);
  }
}
