/*
 * sel4ts SDK -- system call numbers (non-MCS).
 *
 * Numbers are assigned -1, -2, ... over the API list followed by the debug
 * list.  seL4 16.0.0 inserted DebugGetThreadAffinity after DebugSendIPI, so
 * every later number moved down by one compared with 13/14/15.
 */
#ifndef SEL4TS_SEL4_SYSCALL_H
#define SEL4TS_SEL4_SYSCALL_H

#include <sel4/config.h>

#define SEL4TS_SYS_SHIFT (SEL4TS_HAVE_THREAD_AFFINITY_SYS ? 1 : 0)

typedef enum {
    seL4_SysCall = -1,
    seL4_SysReplyRecv = -2,
    seL4_SysSend = -3,
    seL4_SysNBSend = -4,
    seL4_SysRecv = -5,
    seL4_SysReply = -6,
    seL4_SysYield = -7,
    seL4_SysNBRecv = -8,
    seL4_SysDebugPutChar = -9,
    seL4_SysDebugDumpScheduler = -10,
    seL4_SysDebugHalt = -11,
    seL4_SysDebugCapIdentify = -12,
    seL4_SysDebugSnapshot = -13,
    seL4_SysDebugNameThread = -14,
    seL4_SysDebugSendIPI = -15,
#if SEL4TS_HAVE_THREAD_AFFINITY_SYS
    seL4_SysDebugGetThreadAffinity = -16,
#endif
    seL4_SysDebugRun = -16 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkFlushCaches = -17 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkResetLog = -18 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkFinalizeLog = -19 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkSetLogBuffer = -20 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkNullSyscall = -21 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkGetThreadUtilisation = -22 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkResetThreadUtilisation = -23 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkDumpAllThreadsUtilisation = -24 - SEL4TS_SYS_SHIFT,
    seL4_SysBenchmarkResetAllThreadsUtilisation = -25 - SEL4TS_SYS_SHIFT,
    seL4_SysX86DangerousWRMSR = -26 - SEL4TS_SYS_SHIFT,
    seL4_SysX86DangerousRDMSR = -27 - SEL4TS_SYS_SHIFT,
    seL4_SysVMEnter = -28 - SEL4TS_SYS_SHIFT,
    seL4_SysSetTLSBase = -29 - SEL4TS_SYS_SHIFT
} seL4_Syscall_ID;

#endif
