// Message registers, seL4_MessageInfo and the IPC buffer (manual §4.1, fact sheet §2.2, §3.1, §4).
import type { KernelState } from './statedata.js';
import { CapTag, Tcb, TcbSlot, VMRights } from './structures.js';
import { MSG_REGISTERS, N_MSG_REGISTERS, REG_MSGINFO, REG_CAP } from '../arch/riscv/registers.js';
import { kmon } from './monitor.js';

export const MSG_MAX_LENGTH = 120;
export const MSG_MAX_EXTRA_CAPS = 3;
/** IPC buffer word offsets (fact sheet §4). */
export const IPCBUF_MSG = 1;
export const IPCBUF_CAPS_OR_BADGES = 122;
export const IPCBUF_RECEIVE_CNODE = 125;
export const IPCBUF_RECEIVE_INDEX = 126;
export const IPCBUF_RECEIVE_DEPTH = 127;

/** Decoded seL4_MessageInfo; length is clamped to seL4_MsgMaxLength as messageInfoFromWord does. */
export interface MessageInfo {
  label: number;
  capsUnwrapped: number;
  extraCaps: number;
  length: number;
}

export function messageInfoFromRegs(lo: number, hi: number): MessageInfo {
  let length = lo & 0x7f;
  if (length > MSG_MAX_LENGTH) length = MSG_MAX_LENGTH;
  return {
    label: (hi >>> 0) * 0x100000 + (lo >>> 12),
    capsUnwrapped: (lo >>> 9) & 7,
    extraCaps: (lo >>> 7) & 3,
    length,
  };
}

export function getMessageInfo(t: Tcb): MessageInfo {
  return messageInfoFromRegs(t.regs.xlo[REG_MSGINFO], t.regs.xhi[REG_MSGINFO]);
}

export function setMessageInfo(t: Tcb, label: number, capsUnwrapped: number, extraCaps: number, length: number): void {
  if (kmon !== null) kmon.threadWrite(t);
  t.regs.xlo[REG_MSGINFO] = ((label % 0x100000) << 12) | ((capsUnwrapped & 7) << 9) | ((extraCaps & 3) << 7) | (length & 0x7f);
  t.regs.xhi[REG_MSGINFO] = Math.floor(label / 0x100000) | 0;
}

export function setBadgeRegister(t: Tcb, badge: bigint): void {
  if (kmon !== null) kmon.threadWrite(t);
  t.regs.xlo[REG_CAP] = Number(badge & 0xffffffffn) | 0;
  t.regs.xhi[REG_CAP] = Number((badge >> 32n) & 0xffffffffn) | 0;
}

export function getRegister(t: Tcb, r: number): bigint {
  return BigInt.asUintN(64, (BigInt(t.regs.xhi[r]) << 32n) | BigInt(t.regs.xlo[r] >>> 0));
}

export function setRegister(t: Tcb, r: number, v: bigint): void {
  if (r === 0) return;
  if (kmon !== null) kmon.threadWrite(t);
  t.regs.xlo[r] = Number(v & 0xffffffffn) | 0;
  t.regs.xhi[r] = Number((v >> 32n) & 0xffffffffn) | 0;
}

/**
 * Physical address of a thread's IPC buffer, or -1 (lookupIPCBuffer): found through the frame cap in the TCB,
 * usable for receiving only with ReadWrite rights.
 */
export function lookupIPCBuffer(isReceiver: boolean, t: Tcb): number {
  const cap = t.slots[t.bufferSlot].cap;
  if (cap.tag !== CapTag.Frame || cap.isDevice) return -1;
  if (cap.rights === VMRights.ReadWrite || (!isReceiver && cap.rights === VMRights.ReadOnly)) {
    const mask = 2 ** cap.sizeBits - 1;
    return cap.paddr + Number(t.ipcBuffer & BigInt(mask));
  }
  return -1;
}

export function readBufferWord(ks: KernelState, buf: number, index: number): bigint {
  return ks.mem.read64(buf + index * 8);
}

export function writeBufferWord(ks: KernelState, buf: number, index: number, v: bigint): void {
  ks.mem.write64(buf + index * 8, BigInt.asUintN(64, v));
}

/** getSyscallArg: argument i of an invocation (MR i). */
export function getSyscallArg(ks: KernelState, t: Tcb, i: number, buf: number): bigint {
  if (i < N_MSG_REGISTERS) return getRegister(t, MSG_REGISTERS[i]);
  if (buf < 0) return 0n;
  return readBufferWord(ks, buf, IPCBUF_MSG + i);
}

/** setMR: write MR i of the receiver (registers for 0..3, else the IPC buffer if any); returns i+1 if written. */
export function setMR(ks: KernelState, t: Tcb, buf: number, i: number, v: bigint): number {
  if (i < N_MSG_REGISTERS) {
    setRegister(t, MSG_REGISTERS[i], v);
    return i + 1;
  }
  if (buf < 0) return N_MSG_REGISTERS;
  writeBufferWord(ks, buf, IPCBUF_MSG + i, v);
  return i + 1;
}

/** copyMRs: registers first, then IPC buffer words when both sides have a buffer. Returns MRs copied. */
export function copyMRs(ks: KernelState, sender: Tcb, sendBuf: number, receiver: Tcb, recvBuf: number, n: number): number {
  let i = 0;
  if (kmon !== null) kmon.threadWrite(receiver);
  const sl = sender.regs.xlo, sh = sender.regs.xhi, rl = receiver.regs.xlo, rh = receiver.regs.xhi;
  for (; i < n && i < N_MSG_REGISTERS; i++) {
    const r = MSG_REGISTERS[i];
    rl[r] = sl[r];
    rh[r] = sh[r];
  }
  if (recvBuf < 0 || sendBuf < 0) return i;
  const mem = ks.mem;
  for (; i < n; i++) {
    const off = (IPCBUF_MSG + i) * 8;
    mem.write32(recvBuf + off, mem.read32(sendBuf + off));
    mem.write32(recvBuf + off + 4, mem.read32(sendBuf + off + 4));
  }
  return i;
}
