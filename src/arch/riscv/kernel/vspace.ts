// riscv64 VSpace management (seL4 src/arch/riscv/kernel/vspace.c; manual §7 "Address Spaces").
import type { KernelState } from '../../../kernel/statedata.js';
import { ASID_POOL_BITS } from '../../../kernel/statedata.js';
import { CapTag, Tcb, TcbSlot } from '../../../kernel/structures.js';

/** Look up the VSpace root registered for an ASID (findVSpaceForASID); 0 if none. */
export function findVSpaceForASID(ks: KernelState, asid: number): number {
  const pool = ks.asidTable[asid >>> ASID_POOL_BITS];
  if (pool === null || pool === undefined) return 0;
  return pool.entries[asid & ((1 << ASID_POOL_BITS) - 1)];
}

/** Load the thread's address space into the MMU (setVMRoot); invalid roots get the kernel's empty table. */
export function setVMRoot(ks: KernelState, t: Tcb): void {
  const cap = t.slots[TcbSlot.VTable].cap;
  let root = ks.globalRootPaddr;
  if (cap.tag === CapTag.PageTable && cap.isMapped && findVSpaceForASID(ks, cap.mappedASID) === cap.paddr) {
    root = cap.paddr;
  }
  if (root !== ks.activeRootPaddr) {
    ks.activeRootPaddr = root;
    ks.hart.mmu.setRoot(root);
  }
}
