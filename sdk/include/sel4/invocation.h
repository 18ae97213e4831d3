/*
 * sel4ts SDK -- invocation labels (riscv64, uniprocessor, no hardware debug
 * API; non-MCS or MCS as selected by SEL4TS_MCS).
 *
 * Label 0 is InvalidInvocation, then every method of the generic object API in
 * document order (methods whose condition is false for this configuration are
 * left out), then the RISC-V methods.  The ABI version decides which optional
 * methods exist:
 *   TCBSetFlags              since 14.0.0
 *   DomainSchedule{Configure,SetStart} since 15.0.0
 * The MCS configuration adds TCBSetTimeoutEndpoint and the SchedControl /
 * SchedContext methods and drops CNodeSaveCaller.
 */
#ifndef SEL4TS_SEL4_INVOCATION_H
#define SEL4TS_SEL4_INVOCATION_H

#include <sel4/config.h>

enum invocation_label {
    InvalidInvocation,
    UntypedRetype,
    TCBReadRegisters,
    TCBWriteRegisters,
    TCBCopyRegisters,
    TCBConfigure,
    TCBSetPriority,
    TCBSetMCPriority,
    TCBSetSchedParams,
#if SEL4TS_MCS
    TCBSetTimeoutEndpoint,
#endif
    TCBSetIPCBuffer,
    TCBSetSpace,
    TCBSuspend,
    TCBResume,
    TCBBindNotification,
    TCBUnbindNotification,
    TCBSetTLSBase,
#if SEL4TS_HAVE_TCB_SET_FLAGS
    TCBSetFlags,
#endif
    CNodeRevoke,
    CNodeDelete,
    CNodeCancelBadgedSends,
    CNodeCopy,
    CNodeMint,
    CNodeMove,
    CNodeMutate,
    CNodeRotate,
#if !SEL4TS_MCS
    CNodeSaveCaller,
#endif
    IRQIssueIRQHandler,
    IRQAckIRQ,
    IRQSetIRQHandler,
    IRQClearIRQHandler,
    DomainSetSet,
#if SEL4TS_HAVE_DOMAIN_SCHEDULE
    DomainScheduleConfigure,
    DomainScheduleSetStart,
#endif
#if SEL4TS_MCS
    SchedControlConfigureFlags,
    SchedContextBind,
    SchedContextUnbind,
    SchedContextUnbindObject,
    SchedContextConsumed,
    SchedContextYieldTo,
#endif
    nInvocationLabels
};

/* riscv64 has no sel4_arch-specific methods. */
enum sel4_arch_invocation_label {
    nSeL4ArchInvocationLabels = nInvocationLabels
};

enum arch_invocation_label {
    RISCVPageTableMap = nSeL4ArchInvocationLabels,
    RISCVPageTableUnmap,
    RISCVPageMap,
    RISCVPageUnmap,
    RISCVPageGetAddress,
    RISCVASIDControlMakePool,
    RISCVASIDPoolAssign,
    RISCVIRQIssueIRQHandlerTrigger,
    nArchInvocationLabels
};

/* Cross-check against the published numbering (fact sheet 5.2). */
#if SEL4TS_MCS
#if SEL4TS_ABI >= 15
_Static_assert(TCBSetTimeoutEndpoint == 9 && TCBSetFlags == 17 && CNodeRevoke == 18 && IRQIssueIRQHandler == 26,
               "16.0.0 MCS labels");
_Static_assert(SchedControlConfigureFlags == 33 && SchedContextYieldTo == 38 && RISCVPageTableMap == 39
                   && nArchInvocationLabels == 47,
               "16.0.0 MCS labels");
#elif SEL4TS_ABI == 14
_Static_assert(TCBSetFlags == 17 && CNodeRevoke == 18 && DomainSetSet == 30, "14.0.0 MCS labels");
_Static_assert(SchedControlConfigureFlags == 31 && RISCVPageTableMap == 37 && nArchInvocationLabels == 45,
               "14.0.0 MCS labels");
#else
_Static_assert(CNodeRevoke == 17 && IRQIssueIRQHandler == 25 && DomainSetSet == 29, "13.0.0 MCS labels");
_Static_assert(SchedControlConfigureFlags == 30 && RISCVPageTableMap == 36 && nArchInvocationLabels == 44,
               "13.0.0 MCS labels");
#endif
#elif SEL4TS_ABI >= 15
_Static_assert(TCBSetFlags == 16 && CNodeRevoke == 17 && DomainSetSet == 30 && DomainScheduleSetStart == 32, "16.0.0 labels");
_Static_assert(RISCVPageTableMap == 33 && nArchInvocationLabels == 41, "16.0.0 labels");
#elif SEL4TS_ABI == 14
_Static_assert(TCBSetFlags == 16 && CNodeRevoke == 17 && DomainSetSet == 30, "14.0.0 labels");
_Static_assert(RISCVPageTableMap == 31 && nArchInvocationLabels == 39, "14.0.0 labels");
#else
_Static_assert(CNodeRevoke == 16 && DomainSetSet == 29, "13.0.0 labels");
_Static_assert(RISCVPageTableMap == 30 && nArchInvocationLabels == 38, "13.0.0 labels");
#endif

#endif
