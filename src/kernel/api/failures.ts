// Syscall errors and exceptions (seL4 include/api/failures.h; error codes: manual §10 / fact sheet §7).
import type { LookupFailure } from '../structures.js';

export const enum SeL4Error {
  NoError = 0,
  InvalidArgument = 1,
  InvalidCapability = 2,
  IllegalOperation = 3,
  RangeError = 4,
  AlignmentError = 5,
  FailedLookup = 6,
  TruncatedMessage = 7,
  DeleteFirst = 8,
  RevokeFirst = 9,
  NotEnoughMemory = 10,
}

export const ERROR_NAMES = [
  'seL4_NoError', 'seL4_InvalidArgument', 'seL4_InvalidCapability', 'seL4_IllegalOperation', 'seL4_RangeError',
  'seL4_AlignmentError', 'seL4_FailedLookup', 'seL4_TruncatedMessage', 'seL4_DeleteFirst', 'seL4_RevokeFirst',
  'seL4_NotEnoughMemory',
];

/** exception_t */
export const enum Exception {
  None = 0,
  Fault = 1,
  LookupFault = 2,
  SyscallError = 3,
  Preempted = 4,
}

/** current_syscall_error */
export class SyscallError {
  type: SeL4Error = SeL4Error.NoError;
  invalidArgumentNumber = 0;
  invalidCapNumber = 0;
  rangeErrorMin = 0n;
  rangeErrorMax = 0n;
  memoryLeft = 0n;
  failedLookupWasSource = false;
  lookupFailure: LookupFailure = { kind: 'invalidRoot' };
}
