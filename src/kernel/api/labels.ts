// Invocation labels. Internally sel4ts uses the 16.0.0 non-MCS numbering; images built against 13.0.0 or
// 14.0.0 libsel4 are translated on entry (fact sheet §5.2). Semantics are shared, only numbers differ.

export const enum Label {
  InvalidInvocation = 0,
  UntypedRetype = 1,
  TCBReadRegisters = 2,
  TCBWriteRegisters = 3,
  TCBCopyRegisters = 4,
  TCBConfigure = 5,
  TCBSetPriority = 6,
  TCBSetMCPriority = 7,
  TCBSetSchedParams = 8,
  TCBSetIPCBuffer = 9,
  TCBSetSpace = 10,
  TCBSuspend = 11,
  TCBResume = 12,
  TCBBindNotification = 13,
  TCBUnbindNotification = 14,
  TCBSetTLSBase = 15,
  TCBSetFlags = 16,
  CNodeRevoke = 17,
  CNodeDelete = 18,
  CNodeCancelBadgedSends = 19,
  CNodeCopy = 20,
  CNodeMint = 21,
  CNodeMove = 22,
  CNodeMutate = 23,
  CNodeRotate = 24,
  CNodeSaveCaller = 25,
  IRQIssueIRQHandler = 26,
  IRQAckIRQ = 27,
  IRQSetIRQHandler = 28,
  IRQClearIRQHandler = 29,
  DomainSetSet = 30,
  DomainScheduleConfigure = 31,
  DomainScheduleSetStart = 32,
  RISCVPageTableMap = 33,
  RISCVPageTableUnmap = 34,
  RISCVPageMap = 35,
  RISCVPageUnmap = 36,
  RISCVPageGetAddress = 37,
  RISCVASIDControlMakePool = 38,
  RISCVASIDPoolAssign = 39,
  RISCVIRQIssueIRQHandlerTrigger = 40,
  // MCS-only methods (numbered among the others in an MCS build: see buildTable).
  TCBSetTimeoutEndpoint = 41,
  SchedControlConfigureFlags = 42,
  SchedContextBind = 43,
  SchedContextUnbind = 44,
  SchedContextUnbindObject = 45,
  SchedContextConsumed = 46,
  SchedContextYieldTo = 47,
}

export const LABEL_COUNT_16 = 41;
const MCS_METHODS = [
  Label.SchedControlConfigureFlags, Label.SchedContextBind, Label.SchedContextUnbind, Label.SchedContextUnbindObject,
  Label.SchedContextConsumed, Label.SchedContextYieldTo,
];

/**
 * Raw label of a given ABI -> internal label. The generator numbers object-api.xml's methods in document order,
 * leaving out those whose condition is false for the build (fact sheet §5.1): MCS builds add
 * TCBSetTimeoutEndpoint and the SchedControl/SchedContext methods and drop CNodeSaveCaller.
 */
function buildTable(abi: 13 | 14 | 16, mcs: boolean): Int32Array {
  const names: number[] = [];
  for (let l = 0; l < LABEL_COUNT_16; l++) {
    if (abi !== 16 && (l === Label.DomainScheduleConfigure || l === Label.DomainScheduleSetStart)) continue;
    if (abi === 13 && l === Label.TCBSetFlags) continue;
    if (mcs && l === Label.CNodeSaveCaller) continue;
    if (mcs && l === Label.RISCVPageTableMap) names.push(...MCS_METHODS);
    names.push(l);
    if (mcs && l === Label.TCBSetSchedParams) names.push(Label.TCBSetTimeoutEndpoint);
  }
  return Int32Array.from(names);
}

// Maps, not object literals: a key from outside (a config value) must never reach Object.prototype.
const TABLES = new Map<number, Int32Array>([[13, buildTable(13, false)], [14, buildTable(14, false)], [16, buildTable(16, false)]]);
const MCS_TABLES = new Map<number, Int32Array>([[13, buildTable(13, true)], [14, buildTable(14, true)], [16, buildTable(16, true)]]);

/** The libsel4 numberings sel4ts understands. */
export function isSupportedABI(abi: unknown): abi is 13 | 14 | 16 {
  return typeof abi === 'number' && TABLES.has(abi);
}

function table(abi: 13 | 14 | 16, mcs: boolean): Int32Array {
  const t = (mcs ? MCS_TABLES : TABLES).get(abi);
  if (t === undefined) throw new RangeError(`unsupported seL4 ABI ${String(abi)} (expected 13, 14 or 16)`);
  return t;
}

export function labelFromABI(abi: 13 | 14 | 16, raw: number, mcs = false): Label {
  const t = table(abi, mcs);
  return raw >= 0 && raw < t.length ? (t[raw] as Label) : Label.InvalidInvocation;
}

export function labelToABI(abi: 13 | 14 | 16, l: Label, mcs = false): number {
  return table(abi, mcs).indexOf(l);
}

export const LABEL_NAMES: string[] = [
  'InvalidInvocation', 'UntypedRetype', 'TCBReadRegisters', 'TCBWriteRegisters', 'TCBCopyRegisters', 'TCBConfigure',
  'TCBSetPriority', 'TCBSetMCPriority', 'TCBSetSchedParams', 'TCBSetIPCBuffer', 'TCBSetSpace', 'TCBSuspend',
  'TCBResume', 'TCBBindNotification', 'TCBUnbindNotification', 'TCBSetTLSBase', 'TCBSetFlags', 'CNodeRevoke',
  'CNodeDelete', 'CNodeCancelBadgedSends', 'CNodeCopy', 'CNodeMint', 'CNodeMove', 'CNodeMutate', 'CNodeRotate',
  'CNodeSaveCaller', 'IRQIssueIRQHandler', 'IRQAckIRQ', 'IRQSetIRQHandler', 'IRQClearIRQHandler', 'DomainSetSet',
  'DomainScheduleConfigure', 'DomainScheduleSetStart', 'RISCVPageTableMap', 'RISCVPageTableUnmap', 'RISCVPageMap',
  'RISCVPageUnmap', 'RISCVPageGetAddress', 'RISCVASIDControlMakePool', 'RISCVASIDPoolAssign',
  'RISCVIRQIssueIRQHandlerTrigger', 'TCBSetTimeoutEndpoint', 'SchedControlConfigureFlags', 'SchedContextBind',
  'SchedContextUnbind', 'SchedContextUnbindObject', 'SchedContextConsumed', 'SchedContextYieldTo',
];
