// Fault messages and fault replies (seL4 src/api/faults.c, src/arch/riscv/api/faults.c; manual §6.2.1, fact sheet §8).
import type { KernelState } from '../statedata.js';
import { Fault, LookupFailure, LOOKUP_FAILURE_TYPE, Tcb } from '../structures.js';
import { getMessageInfo, getRegister, lookupIPCBuffer, readBufferWord, setMR, setRegister, IPCBUF_MSG } from '../message.js';
import { formatC } from '../printf.js';
import { MSG_REGISTERS, N_MSG_REGISTERS, UNKNOWN_SYSCALL_X, REG_SP, USER_CONTEXT_X } from '../../arch/riscv/registers.js';
import { schedContextUpdateConsumed } from '../object/schedcontext.js';

/** seL4_Fault_tag values (fact sheet §8.1): MCS inserts Timeout (5) before VMFault. */
export function faultLabel(f: Fault, mcs = false): number {
  switch (f.kind) {
    case 'none': return 0;
    case 'cap': return 1;
    case 'unknownSyscall': return 2;
    case 'userException': return 3;
    case 'timeout': return 5;
    case 'vm': return mcs ? 6 : 5;
  }
}

export function getFaultIP(t: Tcb): bigint {
  return BigInt.asUintN(64, (BigInt(t.faultIPHi) << 32n) | BigInt(t.faultIPLo >>> 0));
}

export function setFaultIP(t: Tcb, v: bigint): void {
  t.faultIPLo = Number(v & 0xffffffffn) | 0;
  t.faultIPHi = Number((v >> 32n) & 0xffffffffn) | 0;
}

/** Words describing a lookup failure, type word first (setMRs_lookup_failure). */
export function lookupFailureWords(l: LookupFailure): bigint[] {
  const w: bigint[] = [BigInt(LOOKUP_FAILURE_TYPE[l.kind])];
  switch (l.kind) {
    case 'invalidRoot': break;
    case 'missingCapability': w.push(BigInt(l.bitsLeft)); break;
    case 'depthMismatch': w.push(BigInt(l.bitsLeft), BigInt(l.bitsFound)); break;
    case 'guardMismatch': w.push(BigInt(l.bitsLeft), l.guardFound, BigInt(l.bitsFound)); break;
  }
  return w;
}

/** Write the fault message of `sender` into the receiver's MRs; returns the message length (setMRs_fault). */
export function setMRsFault(ks: KernelState, sender: Tcb, receiver: Tcb, buf: number): number {
  const f = sender.fault;
  switch (f.kind) {
    case 'cap': {
      setMR(ks, receiver, buf, 0, getFaultIP(sender));
      setMR(ks, receiver, buf, 1, f.address);
      setMR(ks, receiver, buf, 2, f.inReceivePhase ? 1n : 0n);
      let n = 3;
      for (const w of lookupFailureWords(sender.lookupFailure)) n = setMR(ks, receiver, buf, n, w);
      return n;
    }
    case 'unknownSyscall': {
      const vals = [getFaultIP(sender), ...UNKNOWN_SYSCALL_X.map((r) => getRegister(sender, r))];
      for (let i = 0; i < vals.length; i++) setMR(ks, receiver, buf, i, vals[i]);
      return setMR(ks, receiver, buf, vals.length, f.syscall);
    }
    case 'userException': {
      setMR(ks, receiver, buf, 0, getFaultIP(sender));
      setMR(ks, receiver, buf, 1, getRegister(sender, REG_SP));
      setMR(ks, receiver, buf, 2, BigInt(f.number));
      return setMR(ks, receiver, buf, 3, BigInt(f.code));
    }
    case 'vm': {
      setMR(ks, receiver, buf, 0, getFaultIP(sender));
      setMR(ks, receiver, buf, 1, f.address);
      setMR(ks, receiver, buf, 2, f.instructionFault ? 1n : 0n);
      return setMR(ks, receiver, buf, 3, BigInt(f.fsr));
    }
    case 'timeout': {
      // seL4_Timeout_Data, then seL4_Timeout_Consumed (µs) if the thread has an SC.
      const n = setMR(ks, receiver, buf, 0, f.badge);
      const sc = sender.schedContext;
      return sc === null ? n : setMR(ks, receiver, buf, n, schedContextUpdateConsumed(ks, sc));
    }
    case 'none':
      return 0;
  }
}

/** Apply a fault reply to the faulting thread; true if it should restart (seL4 handleFaultReply). */
export function handleFaultReply(ks: KernelState, receiver: Tcb, sender: Tcb): boolean {
  const tag = getMessageInfo(sender);
  const f = receiver.fault;
  switch (f.kind) {
    case 'cap':
    case 'vm':
      return true;
    case 'unknownSyscall':
      copyMRsFaultReply(ks, sender, receiver, [-1, ...UNKNOWN_SYSCALL_X.slice(0, 9)], Math.min(tag.length, 10));
      return tag.label === 0;
    case 'userException':
      copyMRsFaultReply(ks, sender, receiver, [-1, REG_SP], Math.min(tag.length, 2));
      return tag.label === 0;
    case 'timeout':
      // seL4_TimeoutReply: the seL4_UserContext registers in order.
      copyMRsFaultReply(ks, sender, receiver, USER_CONTEXT_X as unknown as number[], Math.min(tag.length, USER_CONTEXT_X.length));
      return tag.label === 0;
    default:
      return true;
  }
}

/** Copy reply words into the faulted thread's registers; -1 stands for FaultIP. */
function copyMRsFaultReply(ks: KernelState, sender: Tcb, receiver: Tcb, regs: number[], length: number): void {
  const buf = lookupIPCBuffer(false, sender);
  for (let i = 0; i < length; i++) {
    let v: bigint;
    if (i < N_MSG_REGISTERS) v = getRegister(sender, MSG_REGISTERS[i]);
    else if (buf >= 0) v = readBufferWord(ks, buf, IPCBUF_MSG + i);
    else break;
    if (regs[i] === -1) setFaultIP(receiver, v);
    else setRegister(receiver, regs[i], v);
  }
}

/** A fault as seL4's printFault prints it (%p: a null value prints as "0"). */
export function describeFault(f: Fault): string {
  switch (f.kind) {
    case 'none': return 'null fault';
    case 'cap': return formatC('cap fault in %s phase at address %p', [f.inReceivePhase ? 'receive' : 'send', f.address]);
    case 'vm':
      return formatC('vm fault on %s at address %p with status %p', [f.instructionFault ? 'code' : 'data', f.address, f.fsr]);
    case 'unknownSyscall': return formatC('unknown syscall %p', [f.syscall]);
    case 'userException': return formatC('user exception %p code %p', [f.number, f.code]);
    case 'timeout': return formatC('Timeout fault for 0x%x', [f.badge]); // %x of (unsigned int)
  }
}
