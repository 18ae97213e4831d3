/*
 * sel4ts SDK -- invocation labels (riscv64, non-MCS, uniprocessor, no
 * hardware debug API).
 *
 * Label 0 is InvalidInvocation, then every method of the generic object API in
 * document order (methods whose condition is false for this configuration are
 * left out), then the RISC-V methods.  The ABI version decides which optional
 * methods exist:
 *   TCBSetFlags              since 14.0.0
 *   DomainSchedule{Configure,SetStart} since 15.0.0
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
    CNodeSaveCaller,
    IRQIssueIRQHandler,
    IRQAckIRQ,
    IRQSetIRQHandler,
    IRQClearIRQHandler,
    DomainSetSet,
#if SEL4TS_HAVE_DOMAIN_SCHEDULE
    DomainScheduleConfigure,
    DomainScheduleSetStart,
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
#if SEL4TS_ABI >= 15
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
