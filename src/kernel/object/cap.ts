// Capability semantics shared by every object (seL4 src/object/objecttype.c: sameRegionAs, deriveCap,
// updateCapData, maskCapRights, isCapRevocable; manual §3.1 "Capability derivation").
import {
  Cap, CapTag, Cte, NULL_CAP, VMRights, RIGHT_READ, RIGHT_WRITE, RIGHT_GRANT, RIGHT_GRANT_REPLY, isArchCap,
} from '../structures.js';
import type { KernelState } from '../statedata.js';
import { userError } from '../printf.js';

/** Physical region [base, base+size) of caps that refer to memory, else null (cap_get_capIsPhysical). */
export function capRegion(c: Cap): { base: number; size: number } | null {
  switch (c.tag) {
    case CapTag.Untyped: return { base: c.paddr, size: 2 ** c.sizeBits };
    case CapTag.Endpoint: return { base: c.obj.paddr, size: 16 };
    case CapTag.Notification: return { base: c.obj.paddr, size: 2 ** c.obj.sizeBits };
    case CapTag.SchedContext: return { base: c.sc.paddr, size: 2 ** c.sizeBits };
    case CapTag.ReplyObject: return { base: c.reply.paddr, size: 2 ** c.reply.sizeBits };
    case CapTag.CNode: return { base: c.obj.paddr, size: 2 ** (c.radix + 5) };
    case CapTag.Thread: return { base: c.tcb.paddr, size: 2 ** c.tcb.sizeBits };
    case CapTag.Zombie: return { base: c.obj.paddr, size: 2 ** c.obj.sizeBits };
    case CapTag.Frame: return { base: c.paddr, size: 2 ** c.sizeBits };
    case CapTag.PageTable: return { base: c.paddr, size: 4096 };
    case CapTag.ASIDPool: return { base: c.pool.paddr, size: 4096 };
    default: return null;
  }
}

export function sameRegionAs(a: Cap, b: Cap): boolean {
  switch (a.tag) {
    case CapTag.Untyped: {
      const rb = capRegion(b);
      if (rb === null) return false;
      const aTop = a.paddr + 2 ** a.sizeBits - 1;
      const bTop = rb.base + rb.size - 1;
      return a.paddr <= rb.base && bTop <= aTop && rb.base <= bTop;
    }
    case CapTag.Endpoint: return b.tag === CapTag.Endpoint && b.obj === a.obj;
    case CapTag.Notification: return b.tag === CapTag.Notification && b.obj === a.obj;
    case CapTag.CNode: return b.tag === CapTag.CNode && b.obj === a.obj && b.radix === a.radix;
    case CapTag.Thread: return b.tag === CapTag.Thread && b.tcb === a.tcb;
    case CapTag.Reply: return b.tag === CapTag.Reply && b.tcb === a.tcb;
    case CapTag.ReplyObject: return b.tag === CapTag.ReplyObject && b.reply === a.reply;
    case CapTag.SchedContext: return b.tag === CapTag.SchedContext && b.sc === a.sc && b.sizeBits === a.sizeBits;
    case CapTag.SchedControl: return b.tag === CapTag.SchedControl;
    case CapTag.Domain: return b.tag === CapTag.Domain;
    case CapTag.IRQControl: return b.tag === CapTag.IRQControl || b.tag === CapTag.IRQHandler;
    case CapTag.IRQHandler: return b.tag === CapTag.IRQHandler && b.irq === a.irq;
    case CapTag.Frame: {
      if (b.tag !== CapTag.Frame) return false;
      const topA = a.paddr + 2 ** a.sizeBits - 1;
      const topB = b.paddr + 2 ** b.sizeBits - 1;
      return a.paddr <= b.paddr && topA >= topB && b.paddr <= topB;
    }
    case CapTag.PageTable: return b.tag === CapTag.PageTable && b.paddr === a.paddr;
    case CapTag.ASIDControl: return b.tag === CapTag.ASIDControl;
    case CapTag.ASIDPool: return b.tag === CapTag.ASIDPool && b.pool === a.pool;
    default: return false;
  }
}

export function sameObjectAs(a: Cap, b: Cap): boolean {
  if (a.tag === CapTag.Untyped) return false;
  if (a.tag === CapTag.IRQControl && b.tag === CapTag.IRQHandler) return false;
  if (a.tag === CapTag.Frame) {
    return b.tag === CapTag.Frame && a.paddr === b.paddr && a.sizeBits === b.sizeBits && a.isDevice === b.isDevice;
  }
  return sameRegionAs(a, b);
}

function capBadge(c: Cap): bigint {
  return c.tag === CapTag.Endpoint || c.tag === CapTag.Notification ? c.badge : 0n;
}

export function isCapRevocable(derived: Cap, src: Cap): boolean {
  if (isArchCap(derived)) return false;
  switch (derived.tag) {
    case CapTag.Endpoint:
    case CapTag.Notification:
      return capBadge(derived) !== capBadge(src);
    case CapTag.IRQHandler:
      return src.tag === CapTag.IRQControl;
    case CapTag.Untyped:
      return true;
    default:
      return false;
  }
}

export function isMDBParentOf(a: Cte, b: Cte): boolean {
  if (!a.mdbRevocable) return false;
  if (!sameRegionAs(a.cap, b.cap)) return false;
  const ac = a.cap;
  if (ac.tag === CapTag.Endpoint || ac.tag === CapTag.Notification) {
    if (ac.badge === 0n) return true;
    return ac.badge === capBadge(b.cap) && !b.mdbFirstBadged;
  }
  return true;
}

/** updateCapData: apply badge (Mint) or guard (CNode) data; null cap where seL4 refuses. */
export function updateCapData(preserve: boolean, data: bigint, cap: Cap): Cap {
  switch (cap.tag) {
    case CapTag.Endpoint:
    case CapTag.Notification: {
      if (preserve || cap.badge !== 0n) return NULL_CAP;
      const badge = BigInt.asUintN(64, data);
      return { ...cap, badge, badgeLo: Number(badge & 0xffffffffn) | 0, badgeHi: Number(badge >> 32n) | 0 };
    }
    case CapTag.CNode: {
      const d = BigInt.asUintN(64, data);
      const guardSize = Number(d & 0x3fn);
      if (guardSize + cap.radix > 64) return NULL_CAP;
      const guard = (d >> 6n) & ((1n << BigInt(guardSize)) - 1n);
      return { ...cap, guard, guardSize };
    }
    default:
      return cap;
  }
}

/**
 * maskVMRights (riscv src/arch/riscv/kernel/vspace.c): frame rights reduced by a seL4_CapRights_t mask. A
 * write-only request on a read-write frame is reported with a userError (when `ks` is given) and, like every
 * other combination without read, yields kernel-only rights.
 */
export function maskVMRights(vm: VMRights, mask: number, ks?: KernelState): VMRights {
  if (vm === VMRights.ReadOnly && mask & RIGHT_READ) return VMRights.ReadOnly;
  if (vm === VMRights.ReadWrite && mask & RIGHT_READ) return mask & RIGHT_WRITE ? VMRights.ReadWrite : VMRights.ReadOnly;
  if (ks !== undefined && vm === VMRights.ReadWrite && !(mask & RIGHT_READ) && mask & RIGHT_WRITE) {
    userError(ks, 'maskVMRights', 649, 'Attempted to make unsupported write only mapping');
  }
  return VMRights.KernelOnly;
}

/** maskCapRights (+ riscv Arch_maskCapRights); `ks` only for maskVMRights' userError. */
export function maskCapRights(mask: number, cap: Cap, ks?: KernelState): Cap {
  switch (cap.tag) {
    case CapTag.Endpoint:
      return { ...cap, rights: cap.rights & mask & (RIGHT_WRITE | RIGHT_READ | RIGHT_GRANT | RIGHT_GRANT_REPLY) };
    case CapTag.Notification:
      return { ...cap, rights: cap.rights & mask & (RIGHT_WRITE | RIGHT_READ) };
    case CapTag.Reply:
      return { ...cap, canGrant: cap.canGrant && (mask & RIGHT_GRANT) !== 0 };
    case CapTag.ReplyObject:
      return { ...cap, canGrant: cap.canGrant && (mask & RIGHT_GRANT) !== 0 };
    case CapTag.Frame:
      return { ...cap, rights: maskVMRights(cap.rights, mask, ks) };
    default:
      return cap;
  }
}

