/*
 * sel4ts SDK -- object invocation stubs (riscv64; the MCS flavours of
 * TCB_Configure / SetSchedParams / SetSpace and the SchedControl /
 * SchedContext stubs with SEL4TS_MCS=1).
 *
 * Marshalling: non-capability arguments are packed into message words in
 * declaration order (Bool = 1 bit, Uint8 = 8 bits, everything else one word);
 * word k is MR k (MR0..MR3 travel in a2..a5, the rest in the IPC buffer).
 * Capability arguments other than the invoked one go to caps_or_badges[] in
 * declaration order.  On an error reply the stubs return the label as
 * seL4_Error and copy MR0..MR3 into the IPC buffer so seL4_GetMR() works.
 */
#ifndef SEL4TS_SEL4_CLIENT_H
#define SEL4TS_SEL4_CLIENT_H

#include <sel4/types.h>
#include <sel4/functions.h>
#include <sel4/syscalls.h>

/* Core of every stub: Call the service with MR0..MR3 taken from/returned
 * to mr[0..3]. */
LIBSEL4_INLINE_FUNC seL4_Error sel4ts_invoke(seL4_CPtr service, seL4_Word label, seL4_Word extra_caps,
                                             seL4_Word length, seL4_Word mr[4])
{
    seL4_MessageInfo_t tag = seL4_MessageInfo_new(label, 0, extra_caps, length);
    seL4_MessageInfo_t out = seL4_CallWithMRs(service, tag, &mr[0], &mr[1], &mr[2], &mr[3]);
    seL4_Error result = (seL4_Error)seL4_MessageInfo_get_label(out);
    if (result != seL4_NoError) {
        seL4_SetMR(0, mr[0]);
        seL4_SetMR(1, mr[1]);
        seL4_SetMR(2, mr[2]);
        seL4_SetMR(3, mr[3]);
    }
    return result;
}

#define SEL4TS_U8(x) ((seL4_Word)((x) & 0xffUL))
#define SEL4TS_B(x) ((seL4_Word)((x) & 0x1UL))

/* ======================= Untyped ======================= */

LIBSEL4_INLINE_FUNC seL4_Error seL4_Untyped_Retype(seL4_Untyped _service, seL4_Word type, seL4_Word size_bits,
                                                   seL4_CNode root, seL4_Word node_index, seL4_Word node_depth,
                                                   seL4_Word node_offset, seL4_Word num_objects)
{
    seL4_Word mr[4] = {type, size_bits, node_index, node_depth};
    seL4_SetCap(0, root);
    seL4_SetMR(4, node_offset);
    seL4_SetMR(5, num_objects);
    return sel4ts_invoke(_service, UntypedRetype, 1, 6, mr);
}

/* ======================= TCB ======================= */

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_ReadRegisters(seL4_TCB _service, seL4_Bool suspend_source,
                                                      seL4_Uint8 arch_flags, seL4_Word count,
                                                      seL4_UserContext *regs)
{
    seL4_Word mr[4] = {SEL4TS_B(suspend_source) | (SEL4TS_U8(arch_flags) << 8), count, 0, 0};
    seL4_Error err = sel4ts_invoke(_service, TCBReadRegisters, 0, 2, mr);
    if (err == seL4_NoError) {
        seL4_Word *w = (seL4_Word *)regs;
        w[0] = mr[0];
        w[1] = mr[1];
        w[2] = mr[2];
        w[3] = mr[3];
        for (int i = 4; i < 32; i++) {
            w[i] = seL4_GetMR(i);
        }
    }
    return err;
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_WriteRegisters(seL4_TCB _service, seL4_Bool resume_target,
                                                       seL4_Uint8 arch_flags, seL4_Word count,
                                                       seL4_UserContext *regs)
{
    const seL4_Word *w = (const seL4_Word *)regs;
    seL4_Word mr[4] = {SEL4TS_B(resume_target) | (SEL4TS_U8(arch_flags) << 8), count, w[0], w[1]};
    for (int i = 2; i < 32; i++) {
        seL4_SetMR(i + 2, w[i]);
    }
    return sel4ts_invoke(_service, TCBWriteRegisters, 0, 34, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_CopyRegisters(seL4_TCB _service, seL4_TCB source,
                                                      seL4_Bool suspend_source, seL4_Bool resume_target,
                                                      seL4_Bool transfer_frame, seL4_Bool transfer_integer,
                                                      seL4_Uint8 arch_flags)
{
    seL4_Word mr[4] = {SEL4TS_B(suspend_source) | (SEL4TS_B(resume_target) << 1)
                       | (SEL4TS_B(transfer_frame) << 2) | (SEL4TS_B(transfer_integer) << 3)
                       | (SEL4TS_U8(arch_flags) << 8),
                       0, 0, 0};
    seL4_SetCap(0, source);
    return sel4ts_invoke(_service, TCBCopyRegisters, 1, 1, mr);
}

#if SEL4TS_MCS
/* MCS: no fault endpoint here (it is a cap, set with SetSchedParams or
 * SetSpace). MR0 cspace_root_data, MR1 vspace_root_data, MR2 buffer. */
LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_Configure(seL4_TCB _service, seL4_CNode cspace_root,
                                                  seL4_Word cspace_root_data, seL4_CPtr vspace_root,
                                                  seL4_Word vspace_root_data, seL4_Word buffer,
                                                  seL4_CPtr bufferFrame)
{
    seL4_Word mr[4] = {cspace_root_data, vspace_root_data, buffer, 0};
    seL4_SetCap(0, cspace_root);
    seL4_SetCap(1, vspace_root);
    seL4_SetCap(2, bufferFrame);
    return sel4ts_invoke(_service, TCBConfigure, 3, 3, mr);
}
#else
LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_Configure(seL4_TCB _service, seL4_Word fault_ep, seL4_CNode cspace_root,
                                                  seL4_Word cspace_root_data, seL4_CPtr vspace_root,
                                                  seL4_Word vspace_root_data, seL4_Word buffer,
                                                  seL4_CPtr bufferFrame)
{
    seL4_Word mr[4] = {fault_ep, cspace_root_data, vspace_root_data, buffer};
    seL4_SetCap(0, cspace_root);
    seL4_SetCap(1, vspace_root);
    seL4_SetCap(2, bufferFrame);
    return sel4ts_invoke(_service, TCBConfigure, 3, 4, mr);
}
#endif

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_SetPriority(seL4_TCB _service, seL4_TCB authority, seL4_Word priority)
{
    seL4_Word mr[4] = {priority, 0, 0, 0};
    seL4_SetCap(0, authority);
    return sel4ts_invoke(_service, TCBSetPriority, 1, 1, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_SetMCPriority(seL4_TCB _service, seL4_TCB authority, seL4_Word mcp)
{
    seL4_Word mr[4] = {mcp, 0, 0, 0};
    seL4_SetCap(0, authority);
    return sel4ts_invoke(_service, TCBSetMCPriority, 1, 1, mr);
}

#if SEL4TS_MCS
/* MCS: also binds sched_context (a SchedContext cap, or null to unbind) and
 * installs fault_ep (an endpoint cap with Write and Grant/GrantReply, or null)
 * as the thread's fault handler. */
LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_SetSchedParams(seL4_TCB _service, seL4_TCB authority, seL4_Word mcp,
                                                       seL4_Word priority, seL4_CPtr sched_context,
                                                       seL4_CPtr fault_ep)
{
    seL4_Word mr[4] = {mcp, priority, 0, 0};
    seL4_SetCap(0, authority);
    seL4_SetCap(1, sched_context);
    seL4_SetCap(2, fault_ep);
    return sel4ts_invoke(_service, TCBSetSchedParams, 3, 2, mr);
}

/* MCS: the endpoint timeout faults are delivered to (null cap: none). */
LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_SetTimeoutEndpoint(seL4_TCB _service, seL4_CPtr timeout_fault_ep)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    seL4_SetCap(0, timeout_fault_ep);
    return sel4ts_invoke(_service, TCBSetTimeoutEndpoint, 1, 0, mr);
}
#else
LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_SetSchedParams(seL4_TCB _service, seL4_TCB authority, seL4_Word mcp,
                                                       seL4_Word priority)
{
    seL4_Word mr[4] = {mcp, priority, 0, 0};
    seL4_SetCap(0, authority);
    return sel4ts_invoke(_service, TCBSetSchedParams, 1, 2, mr);
}
#endif

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_SetIPCBuffer(seL4_TCB _service, seL4_Word buffer, seL4_CPtr bufferFrame)
{
    seL4_Word mr[4] = {buffer, 0, 0, 0};
    seL4_SetCap(0, bufferFrame);
    return sel4ts_invoke(_service, TCBSetIPCBuffer, 1, 1, mr);
}

#if SEL4TS_MCS
/* MCS: fault_ep is a cap (copied into the TCB), the first extra cap. */
LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_SetSpace(seL4_TCB _service, seL4_CPtr fault_ep, seL4_CNode cspace_root,
                                                 seL4_Word cspace_root_data, seL4_CPtr vspace_root,
                                                 seL4_Word vspace_root_data)
{
    seL4_Word mr[4] = {cspace_root_data, vspace_root_data, 0, 0};
    seL4_SetCap(0, fault_ep);
    seL4_SetCap(1, cspace_root);
    seL4_SetCap(2, vspace_root);
    return sel4ts_invoke(_service, TCBSetSpace, 3, 2, mr);
}
#else
LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_SetSpace(seL4_TCB _service, seL4_Word fault_ep, seL4_CNode cspace_root,
                                                 seL4_Word cspace_root_data, seL4_CPtr vspace_root,
                                                 seL4_Word vspace_root_data)
{
    seL4_Word mr[4] = {fault_ep, cspace_root_data, vspace_root_data, 0};
    seL4_SetCap(0, cspace_root);
    seL4_SetCap(1, vspace_root);
    return sel4ts_invoke(_service, TCBSetSpace, 2, 3, mr);
}
#endif

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_Suspend(seL4_TCB _service)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    return sel4ts_invoke(_service, TCBSuspend, 0, 0, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_Resume(seL4_TCB _service)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    return sel4ts_invoke(_service, TCBResume, 0, 0, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_BindNotification(seL4_TCB _service, seL4_CPtr notification)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    seL4_SetCap(0, notification);
    return sel4ts_invoke(_service, TCBBindNotification, 1, 0, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_UnbindNotification(seL4_TCB _service)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    return sel4ts_invoke(_service, TCBUnbindNotification, 0, 0, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_TCB_SetTLSBase(seL4_TCB _service, seL4_Word tls_base)
{
    seL4_Word mr[4] = {tls_base, 0, 0, 0};
    return sel4ts_invoke(_service, TCBSetTLSBase, 0, 1, mr);
}

#if SEL4TS_HAVE_TCB_SET_FLAGS
LIBSEL4_INLINE_FUNC seL4_TCB_SetFlags_t seL4_TCB_SetFlags(seL4_TCB _service, seL4_Word clear, seL4_Word set)
{
    seL4_TCB_SetFlags_t result;
    seL4_Word mr[4] = {clear, set, 0, 0};
    result.error = sel4ts_invoke(_service, TCBSetFlags, 0, 2, mr);
    result.flags = mr[0];
    return result;
}
#endif

/* ======================= CNode ======================= */

LIBSEL4_INLINE_FUNC seL4_Error seL4_CNode_Revoke(seL4_CNode _service, seL4_Word index, seL4_Uint8 depth)
{
    seL4_Word mr[4] = {index, SEL4TS_U8(depth), 0, 0};
    return sel4ts_invoke(_service, CNodeRevoke, 0, 2, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_CNode_Delete(seL4_CNode _service, seL4_Word index, seL4_Uint8 depth)
{
    seL4_Word mr[4] = {index, SEL4TS_U8(depth), 0, 0};
    return sel4ts_invoke(_service, CNodeDelete, 0, 2, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_CNode_CancelBadgedSends(seL4_CNode _service, seL4_Word index,
                                                            seL4_Uint8 depth)
{
    seL4_Word mr[4] = {index, SEL4TS_U8(depth), 0, 0};
    return sel4ts_invoke(_service, CNodeCancelBadgedSends, 0, 2, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_CNode_Copy(seL4_CNode _service, seL4_Word dest_index, seL4_Uint8 dest_depth,
                                               seL4_CNode src_root, seL4_Word src_index, seL4_Uint8 src_depth,
                                               seL4_CapRights_t rights)
{
    seL4_Word mr[4] = {dest_index, SEL4TS_U8(dest_depth), src_index, SEL4TS_U8(src_depth)};
    seL4_SetCap(0, src_root);
    seL4_SetMR(4, rights.words[0]);
    return sel4ts_invoke(_service, CNodeCopy, 1, 5, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_CNode_Mint(seL4_CNode _service, seL4_Word dest_index, seL4_Uint8 dest_depth,
                                               seL4_CNode src_root, seL4_Word src_index, seL4_Uint8 src_depth,
                                               seL4_CapRights_t rights, seL4_Word badge)
{
    seL4_Word mr[4] = {dest_index, SEL4TS_U8(dest_depth), src_index, SEL4TS_U8(src_depth)};
    seL4_SetCap(0, src_root);
    seL4_SetMR(4, rights.words[0]);
    seL4_SetMR(5, badge);
    return sel4ts_invoke(_service, CNodeMint, 1, 6, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_CNode_Move(seL4_CNode _service, seL4_Word dest_index, seL4_Uint8 dest_depth,
                                               seL4_CNode src_root, seL4_Word src_index, seL4_Uint8 src_depth)
{
    seL4_Word mr[4] = {dest_index, SEL4TS_U8(dest_depth), src_index, SEL4TS_U8(src_depth)};
    seL4_SetCap(0, src_root);
    return sel4ts_invoke(_service, CNodeMove, 1, 4, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_CNode_Mutate(seL4_CNode _service, seL4_Word dest_index,
                                                 seL4_Uint8 dest_depth, seL4_CNode src_root, seL4_Word src_index,
                                                 seL4_Uint8 src_depth, seL4_Word badge)
{
    seL4_Word mr[4] = {dest_index, SEL4TS_U8(dest_depth), src_index, SEL4TS_U8(src_depth)};
    seL4_SetCap(0, src_root);
    seL4_SetMR(4, badge);
    return sel4ts_invoke(_service, CNodeMutate, 1, 5, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_CNode_Rotate(seL4_CNode _service, seL4_Word dest_index,
                                                 seL4_Uint8 dest_depth, seL4_Word dest_badge,
                                                 seL4_CNode pivot_root, seL4_Word pivot_index,
                                                 seL4_Uint8 pivot_depth, seL4_Word pivot_badge,
                                                 seL4_CNode src_root, seL4_Word src_index, seL4_Uint8 src_depth)
{
    seL4_Word mr[4] = {dest_index, SEL4TS_U8(dest_depth), dest_badge, pivot_index};
    seL4_SetCap(0, pivot_root);
    seL4_SetCap(1, src_root);
    seL4_SetMR(4, SEL4TS_U8(pivot_depth));
    seL4_SetMR(5, pivot_badge);
    seL4_SetMR(6, src_index);
    seL4_SetMR(7, SEL4TS_U8(src_depth));
    return sel4ts_invoke(_service, CNodeRotate, 2, 8, mr);
}

#if !SEL4TS_MCS
LIBSEL4_INLINE_FUNC seL4_Error seL4_CNode_SaveCaller(seL4_CNode _service, seL4_Word index, seL4_Uint8 depth)
{
    seL4_Word mr[4] = {index, SEL4TS_U8(depth), 0, 0};
    return sel4ts_invoke(_service, CNodeSaveCaller, 0, 2, mr);
}
#endif

/* ======================= IRQ ======================= */

LIBSEL4_INLINE_FUNC seL4_Error seL4_IRQControl_Get(seL4_IRQControl _service, seL4_Word irq, seL4_CNode root,
                                                   seL4_Word index, seL4_Uint8 depth)
{
    seL4_Word mr[4] = {irq, index, SEL4TS_U8(depth), 0};
    seL4_SetCap(0, root);
    return sel4ts_invoke(_service, IRQIssueIRQHandler, 1, 3, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_IRQControl_GetTrigger(seL4_IRQControl _service, seL4_Word irq,
                                                          seL4_Word trigger, seL4_CNode root, seL4_Word index,
                                                          seL4_Uint8 depth)
{
    seL4_Word mr[4] = {irq, trigger, index, SEL4TS_U8(depth)};
    seL4_SetCap(0, root);
    return sel4ts_invoke(_service, RISCVIRQIssueIRQHandlerTrigger, 1, 4, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_IRQHandler_Ack(seL4_IRQHandler _service)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    return sel4ts_invoke(_service, IRQAckIRQ, 0, 0, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_IRQHandler_SetNotification(seL4_IRQHandler _service, seL4_CPtr notification)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    seL4_SetCap(0, notification);
    return sel4ts_invoke(_service, IRQSetIRQHandler, 1, 0, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_IRQHandler_Clear(seL4_IRQHandler _service)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    return sel4ts_invoke(_service, IRQClearIRQHandler, 0, 0, mr);
}

/* ======================= Domains ======================= */

LIBSEL4_INLINE_FUNC seL4_Error seL4_DomainSet_Set(seL4_DomainSet _service, seL4_Uint8 domain, seL4_TCB thread)
{
    seL4_Word mr[4] = {SEL4TS_U8(domain), 0, 0, 0};
    seL4_SetCap(0, thread);
    return sel4ts_invoke(_service, DomainSetSet, 1, 1, mr);
}

#if SEL4TS_HAVE_DOMAIN_SCHEDULE
/* Set entry `index` of the domain schedule (seL4 15.0.0+). */
LIBSEL4_INLINE_FUNC seL4_Error seL4_DomainSchedule_Configure(seL4_DomainSet _service, seL4_Word index,
                                                             seL4_Uint8 domain, seL4_Time duration)
{
    seL4_Word mr[4] = {index, SEL4TS_U8(domain), duration, 0};
    return sel4ts_invoke(_service, DomainScheduleConfigure, 0, 3, mr);
}

/* Start the domain schedule at entry `index` (seL4 15.0.0+). */
LIBSEL4_INLINE_FUNC seL4_Error seL4_DomainSchedule_SetStart(seL4_DomainSet _service, seL4_Word index)
{
    seL4_Word mr[4] = {index, 0, 0, 0};
    return sel4ts_invoke(_service, DomainScheduleSetStart, 0, 1, mr);
}

#define seL4_DomainSet_ScheduleConfigure seL4_DomainSchedule_Configure
#define seL4_DomainSet_ScheduleSetStart seL4_DomainSchedule_SetStart
#endif

#if SEL4TS_MCS
/* ======================= Scheduling (MCS) ======================= */

/* budget and period in microseconds; MR0 budget, MR1 period, MR2
 * extra_refills, MR3 badge, MR4 flags; cap0 the scheduling context. */
LIBSEL4_INLINE_FUNC seL4_Error seL4_SchedControl_ConfigureFlags(seL4_SchedControl _service,
                                                                seL4_SchedContext schedcontext, seL4_Time budget,
                                                                seL4_Time period, seL4_Word extra_refills,
                                                                seL4_Word badge, seL4_Word flags)
{
    seL4_Word mr[4] = {budget, period, extra_refills, badge};
    seL4_SetCap(0, schedcontext);
    seL4_SetMR(4, flags);
    return sel4ts_invoke(_service, SchedControlConfigureFlags, 1, 5, mr);
}

/* libsel4's wrapper: ConfigureFlags with no flags (constant bandwidth). */
LIBSEL4_INLINE_FUNC seL4_Error seL4_SchedControl_Configure(seL4_SchedControl _service, seL4_SchedContext schedcontext,
                                                           seL4_Time budget, seL4_Time period,
                                                           seL4_Word extra_refills, seL4_Word badge)
{
    return seL4_SchedControl_ConfigureFlags(_service, schedcontext, budget, period, extra_refills, badge,
                                            seL4_SchedContext_NoFlag);
}

/* Bind a TCB or a notification to the scheduling context. */
LIBSEL4_INLINE_FUNC seL4_Error seL4_SchedContext_Bind(seL4_SchedContext _service, seL4_CPtr cap)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    seL4_SetCap(0, cap);
    return sel4ts_invoke(_service, SchedContextBind, 1, 0, mr);
}

/* Unbind the TCB, the notification and the reply of the scheduling context. */
LIBSEL4_INLINE_FUNC seL4_Error seL4_SchedContext_Unbind(seL4_SchedContext _service)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    return sel4ts_invoke(_service, SchedContextUnbind, 0, 0, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_SchedContext_UnbindObject(seL4_SchedContext _service, seL4_CPtr cap)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    seL4_SetCap(0, cap);
    return sel4ts_invoke(_service, SchedContextUnbindObject, 1, 0, mr);
}

/* Microseconds consumed since the last Consumed/YieldTo/timeout fault; resets. */
LIBSEL4_INLINE_FUNC seL4_SchedContext_Consumed_t seL4_SchedContext_Consumed(seL4_SchedContext _service)
{
    seL4_SchedContext_Consumed_t result;
    seL4_Word mr[4] = {0, 0, 0, 0};
    result.error = sel4ts_invoke(_service, SchedContextConsumed, 0, 0, mr);
    result.consumed = mr[0];
    return result;
}

LIBSEL4_INLINE_FUNC seL4_SchedContext_YieldTo_t seL4_SchedContext_YieldTo(seL4_SchedContext _service)
{
    seL4_SchedContext_YieldTo_t result;
    seL4_Word mr[4] = {0, 0, 0, 0};
    result.error = sel4ts_invoke(_service, SchedContextYieldTo, 0, 0, mr);
    result.consumed = mr[0];
    return result;
}
#endif

/* ======================= RISC-V paging ======================= */

LIBSEL4_INLINE_FUNC seL4_Error seL4_RISCV_PageTable_Map(seL4_RISCV_PageTable _service, seL4_RISCV_PageTable vspace,
                                                        seL4_Word vaddr, seL4_RISCV_VMAttributes attr)
{
    seL4_Word mr[4] = {vaddr, (seL4_Word)attr, 0, 0};
    seL4_SetCap(0, vspace);
    return sel4ts_invoke(_service, RISCVPageTableMap, 1, 2, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_RISCV_PageTable_Unmap(seL4_RISCV_PageTable _service)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    return sel4ts_invoke(_service, RISCVPageTableUnmap, 0, 0, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_RISCV_Page_Map(seL4_RISCV_Page _service, seL4_RISCV_PageTable vspace,
                                                   seL4_Word vaddr, seL4_CapRights_t rights,
                                                   seL4_RISCV_VMAttributes attr)
{
    seL4_Word mr[4] = {vaddr, rights.words[0], (seL4_Word)attr, 0};
    seL4_SetCap(0, vspace);
    return sel4ts_invoke(_service, RISCVPageMap, 1, 3, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_RISCV_Page_Unmap(seL4_RISCV_Page _service)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    return sel4ts_invoke(_service, RISCVPageUnmap, 0, 0, mr);
}

LIBSEL4_INLINE_FUNC seL4_RISCV_Page_GetAddress_t seL4_RISCV_Page_GetAddress(seL4_RISCV_Page _service)
{
    seL4_RISCV_Page_GetAddress_t result;
    seL4_Word mr[4] = {0, 0, 0, 0};
    result.error = sel4ts_invoke(_service, RISCVPageGetAddress, 0, 0, mr);
    result.paddr = mr[0];
    return result;
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_RISCV_ASIDControl_MakePool(seL4_RISCV_ASIDControl _service,
                                                               seL4_Untyped untyped, seL4_CNode root,
                                                               seL4_Word index, seL4_Uint8 depth)
{
    seL4_Word mr[4] = {index, SEL4TS_U8(depth), 0, 0};
    seL4_SetCap(0, untyped);
    seL4_SetCap(1, root);
    return sel4ts_invoke(_service, RISCVASIDControlMakePool, 2, 2, mr);
}

LIBSEL4_INLINE_FUNC seL4_Error seL4_RISCV_ASIDPool_Assign(seL4_RISCV_ASIDPool _service, seL4_CPtr vspace)
{
    seL4_Word mr[4] = {0, 0, 0, 0};
    seL4_SetCap(0, vspace);
    return sel4ts_invoke(_service, RISCVASIDPoolAssign, 1, 0, mr);
}

/* Architecture-neutral aliases used by seL4_libs-style code. */
#define seL4_ARCH_Page_Map seL4_RISCV_Page_Map
#define seL4_ARCH_Page_Unmap seL4_RISCV_Page_Unmap
#define seL4_ARCH_Page_GetAddress seL4_RISCV_Page_GetAddress
#define seL4_ARCH_PageTable_Map seL4_RISCV_PageTable_Map
#define seL4_ARCH_PageTable_Unmap seL4_RISCV_PageTable_Unmap
#define seL4_ARCH_ASIDControl_MakePool seL4_RISCV_ASIDControl_MakePool
#define seL4_ARCH_ASIDPool_Assign seL4_RISCV_ASIDPool_Assign

#endif
