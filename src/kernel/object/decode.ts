// What every decode function receives, and helpers to raise syscall errors (seL4 decodeInvocation arguments).
import type { KernelState } from '../statedata.js';
import type { Cap, Cte } from '../structures.js';
import { Exception, SeL4Error } from '../api/failures.js';
import type { Label } from '../api/labels.js';
import type { SlotLookup } from '../cspace.js';

export interface DecodeArgs {
  label: Label;
  /** Message length in words (already clamped to 4 when the caller has no IPC buffer). */
  length: number;
  cptr: bigint;
  slot: Cte;
  cap: Cap;
  /** Extra caps looked up from the caller's IPC buffer; null where absent. */
  extraCaps: (Cte | null)[];
  isBlocking: boolean;
  isCall: boolean;
  /** MCS: the invoker's SC may be donated (Call, and the send phase of ReplyRecv/NBSendRecv/NBSendWait). */
  canDonate: boolean;
  /** MCS: the send phase of a combined send-receive syscall (some cap types cannot be invoked there). */
  firstPhase: boolean;
  /** Caller's IPC buffer physical address, or -1. */
  buffer: number;
  /** Invocation argument i (MR i). */
  arg(i: number): bigint;
}

export function syscallErr(ks: KernelState, type: SeL4Error): Exception {
  ks.syscallError.type = type;
  return Exception.SyscallError;
}

export function invalidArgument(ks: KernelState, n: number): Exception {
  ks.syscallError.type = SeL4Error.InvalidArgument;
  ks.syscallError.invalidArgumentNumber = n;
  return Exception.SyscallError;
}

export function invalidCapability(ks: KernelState, n: number): Exception {
  ks.syscallError.type = SeL4Error.InvalidCapability;
  ks.syscallError.invalidCapNumber = n;
  return Exception.SyscallError;
}

export function rangeError(ks: KernelState, min: bigint | number, max: bigint | number): Exception {
  ks.syscallError.type = SeL4Error.RangeError;
  ks.syscallError.rangeErrorMin = BigInt(min);
  ks.syscallError.rangeErrorMax = BigInt(max);
  return Exception.SyscallError;
}

/** Turn a failed lookupSlotForCNodeOp into the syscall error seL4 reports. */
export function lookupErrorFrom(ks: KernelState, r: SlotLookup, isSource: boolean): Exception {
  if (r.ok) return Exception.None;
  if (r.rangeError) return rangeError(ks, 1, 64);
  ks.syscallError.type = SeL4Error.FailedLookup;
  ks.syscallError.failedLookupWasSource = isSource;
  ks.syscallError.lookupFailure = r.failure!;
  ks.currentLookupFault = r.failure!;
  return Exception.SyscallError;
}
