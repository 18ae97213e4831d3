// Thread control blocks (seL4 src/object/tcb.c; manual §6 "Threads and Execution").
import type { KernelState } from '../statedata.js';
import { Tcb, ThreadState } from '../structures.js';
import { Exception, SeL4Error } from '../api/failures.js';
import { DecodeArgs, syscallErr } from './decode.js';
import { userError } from '../printf.js';
import { setThreadState, tcbSchedDequeue } from '../thread.js';
import { cancelIPC } from './endpoint.js';

/** Stop a thread (seL4 suspend): abort its IPC, make it inactive and take it off the ready queue. */
export function suspend(ks: KernelState, t: Tcb): void {
  cancelIPC(ks, t);
  if (t.state === ThreadState.Running) {
    // A running thread resumes after its syscall: FaultIP := NextIP (fact sheet §2.1).
    t.faultIPLo = t.regs.pcLo;
    t.faultIPHi = t.regs.pcHi;
  }
  setThreadState(ks, t, ThreadState.Inactive);
  tcbSchedDequeue(ks, t);
}

export function decodeTCBInvocation(ks: KernelState, a: DecodeArgs): Exception {
  userError(ks, 'decodeTCBInvocation', `TCB invocation ${a.label} is not implemented in sel4ts yet.`);
  return syscallErr(ks, SeL4Error.IllegalOperation);
}
