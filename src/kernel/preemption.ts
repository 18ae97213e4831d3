// Preemption points of long-running kernel operations (seL4 src/model/preemption.c; manual §2.2: long
// operations are preemptible and restart transparently). After every CONFIG_MAX_NUM_WORK_UNITS_PER_PREEMPTION
// work units the kernel checks for a pending interrupt and, if there is one, abandons the operation; the
// thread stays in Restart and re-executes its ecall once the interrupt has been handled.
import type { KernelState } from './statedata.js';
import { Exception } from './api/failures.js';

export const MAX_NUM_WORK_UNITS_PER_PREEMPTION = 100;

export function preemptionPoint(ks: KernelState): Exception {
  ks.workUnitsCompleted++;
  if (ks.workUnitsCompleted >= MAX_NUM_WORK_UNITS_PER_PREEMPTION) {
    ks.workUnitsCompleted = 0;
    if (ks.isIRQPending()) {
      ks.preemptions++;
      return Exception.Preempted;
    }
  }
  return Exception.None;
}
