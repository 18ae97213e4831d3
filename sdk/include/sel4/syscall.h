/*
 * sel4ts SDK -- system call numbers.
 *
 * Numbers are assigned -1, -2, ... over the API list of the configuration
 * (non-MCS or MCS) followed by the debug list.  seL4 16.0.0 inserted
 * DebugGetThreadAffinity after DebugSendIPI, so every later number moved
 * down by one compared with 13/14/15.  The MCS API list is three entries
 * longer (no Reply; NBSendRecv, NBSendWait, Wait, NBWait added), so every
 * debug number is 3 lower than in the non-MCS numbering.
 */
#ifndef SEL4TS_SEL4_SYSCALL_H
#define SEL4TS_SEL4_SYSCALL_H

#include <sel4/config.h>

#define SEL4TS_SYS_SHIFT (SEL4TS_HAVE_THREAD_AFFINITY_SYS ? 1 : 0)

#if SEL4TS_MCS
/* First debug number minus one: -11 (Yield is the last API call). */
#define SEL4TS_SYS_API_END (-11)
#else
#define SEL4TS_SYS_API_END (-8)
#endif

typedef enum {
#if SEL4TS_MCS
    seL4_SysCall = -1,
    seL4_SysReplyRecv = -2,
    seL4_SysNBSendRecv = -3,
    seL4_SysNBSendWait = -4,
    seL4_SysSend = -5,
    seL4_SysNBSend = -6,
    seL4_SysRecv = -7,
    seL4_SysNBRecv = -8,
    seL4_SysWait = -9,
    seL4_SysNBWait = -10,
    seL4_SysYield = -11,
#else
    seL4_SysCall = -1,
    seL4_SysReplyRecv = -2,
    seL4_SysSend = -3,
    seL4_SysNBSend = -4,
    seL4_SysRecv = -5,
    seL4_SysReply = -6,
    seL4_SysYield = -7,
    seL4_SysNBRecv = -8,
#endif
    seL4_SysDebugPutChar = SEL4TS_SYS_API_END - 1,
    seL4_SysDebugDumpScheduler = SEL4TS_SYS_API_END - 2,
    seL4_SysDebugHalt = SEL4TS_SYS_API_END - 3,
    seL4_SysDebugCapIdentify = SEL4TS_SYS_API_END - 4,
    seL4_SysDebugSnapshot = SEL4TS_SYS_API_END - 5,
    seL4_SysDebugNameThread = SEL4TS_SYS_API_END - 6,
    seL4_SysDebugSendIPI = SEL4TS_SYS_API_END - 7,
#if SEL4TS_HAVE_THREAD_AFFINITY_SYS
    seL4_SysDebugGetThreadAffinity = SEL4TS_SYS_API_END - 8,
#endif
    seL4_SysDebugRun = SEL4TS_SYS_API_END - 8 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkFlushCaches = SEL4TS_SYS_API_END - 9 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkResetLog = SEL4TS_SYS_API_END - 10 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkFinalizeLog = SEL4TS_SYS_API_END - 11 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkSetLogBuffer = SEL4TS_SYS_API_END - 12 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkNullSyscall = SEL4TS_SYS_API_END - 13 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkGetThreadUtilisation = SEL4TS_SYS_API_END - 14 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkResetThreadUtilisation = SEL4TS_SYS_API_END - 15 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkDumpAllThreadsUtilisation = SEL4TS_SYS_API_END - 16 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkResetAllThreadsUtilisation = SEL4TS_SYS_API_END - 17 - SEL4TS_SYS_SHIFT,
    seL4_SysX86DangerousWRMSR = SEL4TS_SYS_API_END - 18 - SEL4TS_SYS_SHIFT,
    seL4_SysX86DangerousRDMSR = SEL4TS_SYS_API_END - 19 - SEL4TS_SYS_SHIFT,
    seL4_SysVMEnter = SEL4TS_SYS_API_END - 20 - SEL4TS_SYS_SHIFT,
    seL4_SysSetTLSBase = SEL4TS_SYS_API_END - 21 - SEL4TS_SYS_SHIFT
} seL4_Syscall_ID;

/* Cross-check against the published numbering (fact sheet 1.2/1.3). */
#if SEL4TS_MCS
_Static_assert(seL4_SysDebugPutChar == -12 && seL4_SysDebugNameThread == -17 && seL4_SysDebugSendIPI == -18,
               "MCS debug syscall numbers");
_Static_assert(seL4_SysDebugRun == (SEL4TS_HAVE_THREAD_AFFINITY_SYS ? -20 : -19)
                   && seL4_SysSetTLSBase == (SEL4TS_HAVE_THREAD_AFFINITY_SYS ? -33 : -32),
               "MCS debug syscall numbers");
#else
_Static_assert(seL4_SysDebugPutChar == -9 && seL4_SysDebugNameThread == -14 && seL4_SysDebugSendIPI == -15,
               "non-MCS debug syscall numbers");
_Static_assert(seL4_SysDebugRun == (SEL4TS_HAVE_THREAD_AFFINITY_SYS ? -17 : -16)
                   && seL4_SysSetTLSBase == (SEL4TS_HAVE_THREAD_AFFINITY_SYS ? -30 : -29),
               "non-MCS debug syscall numbers");
#endif

#endif
