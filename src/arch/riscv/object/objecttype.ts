// riscv64 caps: frames, page tables, ASID control and pools (seL4 src/arch/riscv/object/objecttype.c).
import type { KernelState } from '../../../kernel/statedata.js';
import { Cap, CapTag } from '../../../kernel/structures.js';
import { Exception } from '../../../kernel/api/failures.js';
import { DecodeArgs } from '../../../kernel/object/decode.js';
import {
  decodeRISCVMMUInvocation, deleteASID, deleteASIDPool, findVSpaceForASIDRet, unmapPage, unmapPageTable,
} from '../kernel/vspace.js';

/** Arch_decodeInvocation: every riscv64 arch cap is an MMU cap (manual §7). */
export function archDecodeInvocation(ks: KernelState, a: DecodeArgs): Exception {
  return decodeRISCVMMUInvocation(ks, a);
}

/**
 * Arch_finaliseCap: unmap frames (any cap with a mapping), unmap or de-ASID a page table when its last cap goes,
 * and drop an ASID pool from the ASID table when its last cap goes. Nothing stays behind in the slot.
 */
export function archFinaliseCap(ks: KernelState, cap: Cap, final: boolean): void {
  switch (cap.tag) {
    case CapTag.Frame:
      if (cap.mappedASID !== 0) unmapPage(ks, cap.sizeBits, cap.mappedASID, BigInt(cap.mappedAddress), cap.paddr);
      break;
    case CapTag.PageTable:
      if (final && cap.isMapped) {
        // Either a VSpace root (remove it from its ASID pool) or a table linked into another table (unlink it).
        const find = findVSpaceForASIDRet(ks, cap.mappedASID);
        if (find.ok && find.root === cap.paddr) deleteASID(ks, cap.mappedASID, cap.paddr);
        else unmapPageTable(ks, cap.mappedASID, BigInt(cap.mappedAddress), cap.paddr);
      }
      break;
    case CapTag.ASIDPool:
      if (final) {
        deleteASIDPool(ks, cap.asidBase, cap.pool);
        ks.onObjectDeleted(cap.pool);
      }
      break;
    default:
      break;
  }
}
