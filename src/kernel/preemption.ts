// Preemption points of long-running kernel operations (seL4 src/model/preemption.c; manual §2.2: long
// operations are preemptible and restart transparently). After every CONFIG_MAX_NUM_WORK_UNITS_PER_PREEMPTION
// work units the kernel checks for a pending interrupt and, if there is one, abandons the operation; the
// thread stays in Restart and re-executes its ecall once the interrupt has been handled.
import type { KernelState } from './statedata.js';
import { Exception } from './api/failures.js';
import { updateTimestamp } from './thread.js';
import { refillSufficient, scActive } from './sporadic.js';

export const MAX_NUM_WORK_UNITS_PER_PREEMPTION = 100;

export function preemptionPoint(ks: KernelState): Exception {
  ks.workUnitsCompleted++;
  if (ks.workUnitsCompleted >= MAX_NUM_WORK_UNITS_PER_PREEMPTION) {
    ks.workUnitsCompleted = 0;
    // MCS: also stop when the current SC has run out (or was deleted by this very operation) or the domain ended.
    let preempt: boolean;
    if (ks.config.mcs) {
      updateTimestamp(ks);
      const sc = ks.curSC!;
      preempt = !(scActive(sc) && refillSufficient(ks, sc, ks.consumed)) ||
        (ks.config.numDomains > 1 && ks.domainTime === 0) || ks.isIRQPending();
    } else {
      preempt = ks.isIRQPending();
    }
    if (preempt) {
      ks.preemptions++;
      return Exception.Preempted;
    }
  }
  return Exception.None;
}
