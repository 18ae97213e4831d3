// seL4_BootInfo (riscv64, non-MCS; fact sheet §10.2) as a plain object, and its byte layout.

import type { PhysicalMemory } from '../machine/memory.js';

export interface SlotRegion {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface UntypedDesc {
  paddr: number;
  sizeBits: number;
  isDevice: boolean;
}

export interface BootInfo {
  extraLen: number;
  nodeID: number;
  numNodes: number;
  numIOPTLevels: number;
  /** Virtual address of the rootserver's IPC buffer. */
  ipcBuffer: number;
  empty: SlotRegion;
  sharedFrames: SlotRegion;
  userImageFrames: SlotRegion;
  userImagePaging: SlotRegion;
  ioSpaceCaps: SlotRegion;
  extraBIPages: SlotRegion;
  initThreadCNodeSizeBits: number;
  initThreadDomain: number;
  untyped: SlotRegion;
  /** untypedList[i] describes the cap in slot untyped.start + i. */
  untypedList: UntypedDesc[];
  /** MCS only: the SchedControl caps (one per core); the untyped fields then sit 16 bytes later. */
  schedcontrol?: SlotRegion;
}

/** MCS layout: schedcontrol at 0x98, untyped at 0xa8, untypedList at 0xb8 (fact sheet §10.2). */
const MCS_SHIFT = 16;

export const CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS = 230;
export const BOOTINFO_UNTYPED_LIST_OFFSET = 168;
export const BOOTINFO_SIZE = BOOTINFO_UNTYPED_LIST_OFFSET + 16 * CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS;

/** Offsets of the fields (bytes). */
export const BI = {
  extraLen: 0x00,
  nodeID: 0x08,
  numNodes: 0x10,
  numIOPTLevels: 0x18,
  ipcBuffer: 0x20,
  empty: 0x28,
  sharedFrames: 0x38,
  userImageFrames: 0x48,
  userImagePaging: 0x58,
  ioSpaceCaps: 0x68,
  extraBIPages: 0x78,
  initThreadCNodeSizeBits: 0x88,
  initThreadDomain: 0x90,
  untyped: 0x98,
  untypedList: 0xa8,
} as const;

export function emptyBootInfo(): BootInfo {
  const z = (): SlotRegion => ({ start: 0, end: 0 });
  return {
    extraLen: 0, nodeID: 0, numNodes: 0, numIOPTLevels: 0, ipcBuffer: 0,
    empty: z(), sharedFrames: z(), userImageFrames: z(), userImagePaging: z(), ioSpaceCaps: z(), extraBIPages: z(),
    initThreadCNodeSizeBits: 0, initThreadDomain: 0, untyped: z(), untypedList: [],
  };
}

/** Serialise into a 4 KiB frame image (unused untypedList entries are zero). */
export function encodeBootInfo(bi: BootInfo): Uint8Array {
  const out = new Uint8Array(4096);
  const dv = new DataView(out.buffer);
  const w = (o: number, v: number): void => dv.setBigUint64(o, BigInt(v), true);
  const r = (o: number, s: SlotRegion): void => {
    w(o, s.start);
    w(o + 8, s.end);
  };
  w(BI.extraLen, bi.extraLen);
  w(BI.nodeID, bi.nodeID);
  w(BI.numNodes, bi.numNodes);
  w(BI.numIOPTLevels, bi.numIOPTLevels);
  w(BI.ipcBuffer, bi.ipcBuffer);
  r(BI.empty, bi.empty);
  r(BI.sharedFrames, bi.sharedFrames);
  r(BI.userImageFrames, bi.userImageFrames);
  r(BI.userImagePaging, bi.userImagePaging);
  r(BI.ioSpaceCaps, bi.ioSpaceCaps);
  r(BI.extraBIPages, bi.extraBIPages);
  w(BI.initThreadCNodeSizeBits, bi.initThreadCNodeSizeBits);
  w(BI.initThreadDomain, bi.initThreadDomain);
  const shift = bi.schedcontrol !== undefined ? MCS_SHIFT : 0;
  if (bi.schedcontrol !== undefined) r(BI.untyped, bi.schedcontrol);
  r(BI.untyped + shift, bi.untyped);
  bi.untypedList.forEach((u, i) => {
    if (i >= CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS) return;
    const o = BI.untypedList + shift + 16 * i;
    w(o, u.paddr);
    out[o + 8] = u.sizeBits;
    out[o + 9] = u.isDevice ? 1 : 0;
  });
  return out;
}

/** Read a seL4_BootInfo back from a frame image; the untyped list length comes from the untyped slot region. */
export function decodeBootInfo(b: Uint8Array, mcs = false): BootInfo {
  const shift = mcs ? MCS_SHIFT : 0;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const w = (o: number): number => Number(dv.getBigUint64(o, true));
  const r = (o: number): SlotRegion => ({ start: w(o), end: w(o + 8) });
  const bi: BootInfo = {
    extraLen: w(BI.extraLen),
    nodeID: w(BI.nodeID),
    numNodes: w(BI.numNodes),
    numIOPTLevels: w(BI.numIOPTLevels),
    ipcBuffer: w(BI.ipcBuffer),
    empty: r(BI.empty),
    sharedFrames: r(BI.sharedFrames),
    userImageFrames: r(BI.userImageFrames),
    userImagePaging: r(BI.userImagePaging),
    ioSpaceCaps: r(BI.ioSpaceCaps),
    extraBIPages: r(BI.extraBIPages),
    initThreadCNodeSizeBits: w(BI.initThreadCNodeSizeBits),
    initThreadDomain: w(BI.initThreadDomain),
    untyped: r(BI.untyped + shift),
    untypedList: [],
    ...(mcs ? { schedcontrol: r(BI.untyped) } : {}),
  };
  const n = Math.min(Math.max(bi.untyped.end - bi.untyped.start, 0), CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS);
  for (let i = 0; i < n; i++) {
    const o = BI.untypedList + shift + 16 * i;
    bi.untypedList.push({ paddr: w(o), sizeBits: b[o + 8], isDevice: b[o + 9] !== 0 });
  }
  return bi;
}

export function writeBootInfo(mem: PhysicalMemory, paddr: number, bi: BootInfo): void {
  mem.writeBytes(paddr, encodeBootInfo(bi));
}

export function readBootInfo(mem: PhysicalMemory, paddr: number, mcs = false): BootInfo {
  return decodeBootInfo(mem.readBytes(paddr, 4096), mcs);
}

/** "paddr|sizeBits|isDevice" per untyped, the notation the reference vectors use. */
export function formatUntypedList(list: readonly UntypedDesc[]): string {
  return list.map((u) => `${u.paddr === 0 ? '0' : '0x' + u.paddr.toString(16)}|${u.sizeBits}|${u.isDevice ? 1 : 0}`).join(', ');
}
