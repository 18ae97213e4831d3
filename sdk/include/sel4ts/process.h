/*
 * sel4ts SDK -- allocating objects and starting threads in their own CSpace
 * and VSpace from a rootserver (sel4ts extension, not in libsel4).
 *
 *   sel4ts_alloc_t a;
 *   sel4ts_alloc_init(&a, bi, 22);              // a RAM untyped of >= 4 MiB
 *   seL4_CPtr ep = sel4ts_alloc_object(&a, seL4_EndpointObject, 0);
 *
 *   sel4ts_process_t p;
 *   sel4ts_process_create(&a, bi, &p, 5, FAULT_EP_SLOT, 200);
 *   sel4ts_process_mint(&p, 4, ep, seL4_AllRights, 0x11);   // slot 4 of p's CNode
 *   sel4ts_process_start(&p, entry, arg0, arg1, arg2, arg3);
 *
 * A process made by sel4ts_process_create has
 *   - its own CNode of 2^cnode_bits slots, installed with guard size
 *     64 - cnode_bits so that CPtr n names slot n (as in the rootserver);
 *     the CNode is empty: put exactly the caps the thread needs into it
 *     (sel4ts_process_copy / _mint / _self_cnode);
 *   - its own VSpace: a new page table assigned an ASID from the initial
 *     ASID pool (seL4_RISCV_ASIDPool_Assign), with page tables created on
 *     demand, and
 *       * copies of the rootserver's image frame caps (bootinfo
 *         userImageFrames; a frame cap can be mapped only once, so each is
 *         copied with CNode_Copy) mapped at the same addresses: the program
 *         text AND its .data/.bss are the same physical frames as the
 *         rootserver's, i.e. globals are shared memory;
 *       * a fresh IPC-buffer frame mapped at the address of the
 *         rootserver's IPC buffer (bootinfo->ipcBuffer), so the SDK's
 *         global __sel4_ipc_buffer pointer (shared, see above) is right in
 *         every process: each VSpace resolves it to its own frame;
 *       * SEL4TS_PROCESS_STACK_PAGES fresh frames at
 *         SEL4TS_PROCESS_STACK_BASE: the lowest SEL4TS_PROCESS_TLS_SIZE
 *         bytes are the thread's TLS block (tp; zero-filled, which is the
 *         correct initial value as long as the program has no .tdata), the
 *         rest is the stack (sp at the top);
 *   - a TCB configured with that CSpace, VSpace and IPC buffer, the given
 *     fault endpoint CPtr (looked up in the new CSpace) and priority.
 *
 * MCS (SEL4TS_MCS=1): fault_ep is instead a cap in the rootserver's CNode
 * (0 = no fault handler), which the kernel copies into the TCB; and the
 * process gets its own scheduling context (p->sc, 2^seL4_MinSchedContextBits
 * bytes) configured through the first SchedControl cap of the bootinfo with
 * budget = period = SEL4TS_PROCESS_BUDGET_US (round robin), bound with
 * TCB_SetSchedParams (MCP 0, like the non-MCS version).  Unbind it
 * (seL4_SchedContext_Unbind(p->sc)) to make a passive thread.
 * The entry function gets a0..a3 and must not return (ra is 0: returning
 * faults at address 0, which is reported to the fault endpoint).
 *
 * Every call returns seL4_NoError or the failing invocation's error (the
 * error MRs are still readable with seL4_GetMR).
 */
#ifndef SEL4TS_PROCESS_H
#define SEL4TS_PROCESS_H

#include <sel4/sel4.h>

#ifndef SEL4TS_PROCESS_STACK_BASE
#define SEL4TS_PROCESS_STACK_BASE 0x10000000UL
#endif
#ifndef SEL4TS_PROCESS_STACK_PAGES
#define SEL4TS_PROCESS_STACK_PAGES 4
#endif
#define SEL4TS_PROCESS_TLS_SIZE 256UL
#if SEL4TS_MCS && !defined(SEL4TS_PROCESS_BUDGET_US)
#define SEL4TS_PROCESS_BUDGET_US 5000UL
#endif
#define SEL4TS_PROCESS_MAX_PTS 8

typedef struct sel4ts_alloc {
    seL4_CPtr untyped; /* RAM untyped objects are carved from */
    seL4_CPtr next;    /* next free slot of the root CNode */
    seL4_CPtr end;     /* end of the free slots */
    seL4_Error error;  /* error of the last failed allocation */
} sel4ts_alloc_t;

/* Use the first non-device untyped of at least 2^min_bits bytes and the
 * empty slots of the root CNode. Returns seL4_NotEnoughMemory if there is
 * no such untyped. */
static inline seL4_Error sel4ts_alloc_init(sel4ts_alloc_t *a, const seL4_BootInfo *bi, seL4_Word min_bits)
{
    a->untyped = 0;
    a->next = bi->empty.start;
    a->end = bi->empty.end;
    a->error = seL4_NoError;
    for (seL4_Word i = 0; i < bi->untyped.end - bi->untyped.start; i++) {
        if (!bi->untypedList[i].isDevice && bi->untypedList[i].sizeBits >= min_bits) {
            a->untyped = bi->untyped.start + i;
            return seL4_NoError;
        }
    }
    return a->error = seL4_NotEnoughMemory;
}

/* A free slot of the root CNode (0 when they are used up). */
static inline seL4_CPtr sel4ts_alloc_slot(sel4ts_alloc_t *a)
{
    if (a->next >= a->end) {
        a->error = seL4_NotEnoughMemory;
        return 0;
    }
    return a->next++;
}

/* Retype one object into a fresh slot of the root CNode; 0 on failure
 * (a->error says why). */
static inline seL4_CPtr sel4ts_alloc_object(sel4ts_alloc_t *a, seL4_Word type, seL4_Word size_bits)
{
    seL4_CPtr slot = sel4ts_alloc_slot(a);
    if (slot == 0) {
        return 0;
    }
    seL4_Error e = seL4_Untyped_Retype(a->untyped, type, size_bits, seL4_CapInitThreadCNode, 0, 0, slot, 1);
    if (e != seL4_NoError) {
        a->error = e;
        a->next--;
        return 0;
    }
    return slot;
}

/* Map a 4 KiB frame into vspace at vaddr, creating the missing page tables
 * (as in sel4utils: retry while Page_Map reports a missing level). The
 * page-table caps stay in the root CNode; their slots are written to
 * pts[*npts...] when pts is not NULL (at most max_pts of them). */
static inline seL4_Error sel4ts_map_frame(sel4ts_alloc_t *a, seL4_CPtr frame, seL4_CPtr vspace, seL4_Word vaddr,
                                          seL4_CapRights_t rights, seL4_Word attr, seL4_CPtr *pts, int *npts,
                                          int max_pts)
{
    for (int tries = 0; tries < CONFIG_PT_LEVELS; tries++) {
        seL4_Error e = seL4_RISCV_Page_Map(frame, vspace, vaddr, rights, (seL4_RISCV_VMAttributes)attr);
        if (e != seL4_FailedLookup) {
            return e;
        }
        seL4_CPtr pt = sel4ts_alloc_object(a, seL4_RISCV_PageTableObject, 0);
        if (pt == 0) {
            return a->error;
        }
        e = seL4_RISCV_PageTable_Map(pt, vspace, vaddr, seL4_RISCV_Default_VMAttributes);
        if (e != seL4_NoError) {
            return e;
        }
        if (pts != (seL4_CPtr *)0 && npts != (int *)0 && *npts < max_pts) {
            pts[(*npts)++] = pt;
        }
    }
    return seL4_FailedLookup;
}

typedef struct sel4ts_process {
    /* caps in the rootserver's CNode */
    seL4_CPtr tcb;
    seL4_CPtr cnode;       /* the process's CNode (radix cnode_bits, no guard) */
    seL4_CPtr vspace;      /* root page table, assigned to an ASID */
    seL4_CPtr ipc_frame;
#if SEL4TS_MCS
    seL4_CPtr sc;          /* its scheduling context */
#endif
    seL4_CPtr stack_frames[SEL4TS_PROCESS_STACK_PAGES];
    seL4_CPtr pts[SEL4TS_PROCESS_MAX_PTS];
    int npts;
    seL4_Word cnode_bits;
    /* addresses in the process's VSpace */
    seL4_Word ipc_buffer;
    seL4_Word tls_base;
    seL4_Word stack_top;
} sel4ts_process_t;

/* Guard word that makes a CNode of radix `bits` resolve a full 64-bit CPtr
 * (CNode_CapData: guard 0, guard size 64 - bits). */
static inline seL4_Word sel4ts_cnode_guard(seL4_Word bits)
{
    return seL4_CNode_CapData_new(0, seL4_WordBits - bits).words[0];
}

static inline seL4_Error sel4ts_process_create(sel4ts_alloc_t *a, const seL4_BootInfo *bi, sel4ts_process_t *p,
                                               seL4_Word cnode_bits, seL4_Word fault_ep, seL4_Word prio)
{
    seL4_Error e;
    p->npts = 0;
    p->cnode_bits = cnode_bits;
    p->tcb = sel4ts_alloc_object(a, seL4_TCBObject, 0);
    p->cnode = sel4ts_alloc_object(a, seL4_CapTableObject, cnode_bits);
    p->vspace = sel4ts_alloc_object(a, seL4_RISCV_PageTableObject, 0);
    p->ipc_frame = sel4ts_alloc_object(a, seL4_RISCV_4K_Page, 0);
    if (p->tcb == 0 || p->cnode == 0 || p->vspace == 0 || p->ipc_frame == 0) {
        return a->error;
    }
    e = seL4_RISCV_ASIDPool_Assign(seL4_CapInitThreadASIDPool, p->vspace);
    if (e != seL4_NoError) {
        return e;
    }
    /* The program image: copies of the rootserver's frame caps, same addresses. */
    seL4_Word nframes = bi->userImageFrames.end - bi->userImageFrames.start;
    seL4_Word ui_end = (seL4_Word)bi->ipcBuffer & ~(seL4_PageSize - 1);
    seL4_Word ui_start = ui_end - nframes * seL4_PageSize;
    for (seL4_Word i = 0; i < nframes; i++) {
        seL4_CPtr copy = sel4ts_alloc_slot(a);
        if (copy == 0) {
            return a->error;
        }
        e = seL4_CNode_Copy(seL4_CapInitThreadCNode, copy, seL4_WordBits, seL4_CapInitThreadCNode,
                            bi->userImageFrames.start + i, seL4_WordBits, seL4_AllRights);
        if (e == seL4_NoError) {
            e = sel4ts_map_frame(a, copy, p->vspace, ui_start + i * seL4_PageSize, seL4_ReadWrite,
                                 seL4_RISCV_Default_VMAttributes, p->pts, &p->npts, SEL4TS_PROCESS_MAX_PTS);
        }
        if (e != seL4_NoError) {
            return e;
        }
    }
    /* IPC buffer at the rootserver's IPC buffer address. */
    p->ipc_buffer = (seL4_Word)bi->ipcBuffer;
    e = sel4ts_map_frame(a, p->ipc_frame, p->vspace, ui_end, seL4_ReadWrite, seL4_RISCV_ExecuteNever, p->pts,
                         &p->npts, SEL4TS_PROCESS_MAX_PTS);
    if (e != seL4_NoError) {
        return e;
    }
    /* TLS block + stack. */
    for (int i = 0; i < SEL4TS_PROCESS_STACK_PAGES; i++) {
        p->stack_frames[i] = sel4ts_alloc_object(a, seL4_RISCV_4K_Page, 0);
        if (p->stack_frames[i] == 0) {
            return a->error;
        }
        e = sel4ts_map_frame(a, p->stack_frames[i], p->vspace, SEL4TS_PROCESS_STACK_BASE + i * seL4_PageSize,
                             seL4_ReadWrite, seL4_RISCV_ExecuteNever, p->pts, &p->npts, SEL4TS_PROCESS_MAX_PTS);
        if (e != seL4_NoError) {
            return e;
        }
    }
    p->tls_base = SEL4TS_PROCESS_STACK_BASE;
    p->stack_top = SEL4TS_PROCESS_STACK_BASE + SEL4TS_PROCESS_STACK_PAGES * seL4_PageSize;
#if SEL4TS_MCS
    p->sc = sel4ts_alloc_object(a, seL4_SchedContextObject, seL4_MinSchedContextBits);
    if (p->sc == 0) {
        return a->error;
    }
    e = seL4_SchedControl_Configure(bi->schedcontrol.start, p->sc, SEL4TS_PROCESS_BUDGET_US,
                                    SEL4TS_PROCESS_BUDGET_US, 0, 0);
    if (e != seL4_NoError) {
        return e;
    }
    e = seL4_TCB_Configure(p->tcb, p->cnode, sel4ts_cnode_guard(cnode_bits), p->vspace, 0, p->ipc_buffer,
                           p->ipc_frame);
    if (e != seL4_NoError) {
        return e;
    }
    return seL4_TCB_SetSchedParams(p->tcb, seL4_CapInitThreadTCB, 0, prio, p->sc, fault_ep);
#else
    e = seL4_TCB_Configure(p->tcb, fault_ep, p->cnode, sel4ts_cnode_guard(cnode_bits), p->vspace, 0, p->ipc_buffer,
                           p->ipc_frame);
    if (e != seL4_NoError) {
        return e;
    }
    return seL4_TCB_SetPriority(p->tcb, seL4_CapInitThreadTCB, prio);
#endif
}

/* Copy a cap of the rootserver's CNode into slot `slot` of the process's CNode. */
static inline seL4_Error sel4ts_process_copy(sel4ts_process_t *p, seL4_Word slot, seL4_CPtr src, seL4_CapRights_t rights)
{
    return seL4_CNode_Copy(p->cnode, slot, (seL4_Uint8)p->cnode_bits, seL4_CapInitThreadCNode, src, seL4_WordBits,
                           rights);
}

/* Mint (badge and/or rights) a cap of the rootserver's CNode into slot `slot` of the process's CNode. */
static inline seL4_Error sel4ts_process_mint(sel4ts_process_t *p, seL4_Word slot, seL4_CPtr src, seL4_CapRights_t rights,
                                             seL4_Word badge)
{
    return seL4_CNode_Mint(p->cnode, slot, (seL4_Uint8)p->cnode_bits, seL4_CapInitThreadCNode, src, seL4_WordBits,
                           rights, badge);
}

/* Put a cap to the process's own CNode, with the guard that makes CPtrs of
 * depth 64 work, into its slot `slot` (for receive paths and CNode calls). */
static inline seL4_Error sel4ts_process_self_cnode(sel4ts_process_t *p, seL4_Word slot)
{
    return seL4_CNode_Mint(p->cnode, slot, (seL4_Uint8)p->cnode_bits, seL4_CapInitThreadCNode, p->cnode,
                           seL4_WordBits, seL4_AllRights, sel4ts_cnode_guard(p->cnode_bits));
}

/* Start the thread at entry(a0, a1, a2, a3) with its stack, TLS and gp. */
static inline seL4_Error sel4ts_process_start(sel4ts_process_t *p, void (*entry)(seL4_Word, seL4_Word, seL4_Word, seL4_Word),
                                              seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    seL4_UserContext ctx;
    seL4_Word *w = (seL4_Word *)&ctx;
    for (unsigned i = 0; i < sizeof(ctx) / sizeof(seL4_Word); i++) {
        w[i] = 0;
    }
    ctx.pc = (seL4_Word)entry;
    ctx.sp = p->stack_top;
    __asm__("mv %0, gp" : "=r"(ctx.gp));
    ctx.tp = p->tls_base;
    ctx.a0 = a0;
    ctx.a1 = a1;
    ctx.a2 = a2;
    ctx.a3 = a3;
    return seL4_TCB_WriteRegisters(p->tcb, 1, 0, sizeof(ctx) / sizeof(seL4_Word), &ctx);
}

#endif /* SEL4TS_PROCESS_H */
