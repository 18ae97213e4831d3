/* sel4ts SDK -- fault message labels and message-register layouts (riscv64). */
#ifndef SEL4TS_SEL4_FAULTS_H
#define SEL4TS_SEL4_FAULTS_H

#include <sel4/config.h>

/* Label of a fault message (MCS inserts Timeout before VMFault). */
typedef enum {
    seL4_Fault_NullFault = 0,
    seL4_Fault_CapFault = 1,
    seL4_Fault_UnknownSyscall = 2,
    seL4_Fault_UserException = 3,
#if SEL4TS_MCS
    seL4_Fault_Timeout = 5,
    seL4_Fault_VMFault = 6
#else
    seL4_Fault_VMFault = 5
#endif
} seL4_FaultType;

/* Lookup failure kinds (CapFault MR3, FailedLookup error MR1). */
typedef enum {
    seL4_NoFailure = 0,
    seL4_InvalidRoot = 1,
    seL4_MissingCapability = 2,
    seL4_DepthMismatch = 3,
    seL4_GuardMismatch = 4
} seL4_LookupFailureType;

typedef enum {
    seL4_CapFault_IP = 0,
    seL4_CapFault_Addr = 1,
    seL4_CapFault_InRecvPhase = 2,
    seL4_CapFault_LookupFailureType = 3,
    seL4_CapFault_BitsLeft = 4,
    seL4_CapFault_DepthMismatch_BitsFound = 5,
    seL4_CapFault_GuardMismatch_GuardFound = 5,
    seL4_CapFault_GuardMismatch_BitsFound = 6
} seL4_CapFault_Msg;

typedef enum {
    seL4_UnknownSyscall_FaultIP = 0,
    seL4_UnknownSyscall_SP = 1,
    seL4_UnknownSyscall_RA = 2,
    seL4_UnknownSyscall_A0 = 3,
    seL4_UnknownSyscall_A1 = 4,
    seL4_UnknownSyscall_A2 = 5,
    seL4_UnknownSyscall_A3 = 6,
    seL4_UnknownSyscall_A4 = 7,
    seL4_UnknownSyscall_A5 = 8,
    seL4_UnknownSyscall_A6 = 9,
    seL4_UnknownSyscall_Syscall = 10,
    seL4_UnknownSyscall_Length = 11
} seL4_UnknownSyscall_Msg;

typedef enum {
    seL4_UserException_FaultIP = 0,
    seL4_UserException_SP = 1,
    seL4_UserException_Number = 2,
    seL4_UserException_Code = 3,
    seL4_UserException_Length = 4
} seL4_UserException_Msg;

typedef enum {
    seL4_VMFault_IP = 0,
    seL4_VMFault_Addr = 1,
    seL4_VMFault_PrefetchFault = 2,
    seL4_VMFault_FSR = 3,
    seL4_VMFault_Length = 4
} seL4_VMFault_Msg;

#if SEL4TS_MCS
/* Timeout fault: MR0 = the scheduling context's badge, MR1 = microseconds it
 * consumed since the last reset (only if the thread still has an SC). */
typedef enum {
    seL4_Timeout_Data = 0,
    seL4_Timeout_Consumed = 1,
    seL4_Timeout_Length = 2
} seL4_Timeout_Msg;
typedef seL4_Timeout_Msg seL4_TimeoutMsg; /* name before seL4 12.1 */

/* Reply to a timeout fault: registers in seL4_UserContext order. */
typedef enum {
    seL4_TimeoutReply_FaultIP = 0,
    seL4_TimeoutReply_LR,
    seL4_TimeoutReply_SP,
    seL4_TimeoutReply_GP,
    seL4_TimeoutReply_s0,
    seL4_TimeoutReply_s1,
    seL4_TimeoutReply_s2,
    seL4_TimeoutReply_s3,
    seL4_TimeoutReply_s4,
    seL4_TimeoutReply_s5,
    seL4_TimeoutReply_s6,
    seL4_TimeoutReply_s7,
    seL4_TimeoutReply_s8,
    seL4_TimeoutReply_s9,
    seL4_TimeoutReply_s10,
    seL4_TimeoutReply_s11,
    seL4_TimeoutReply_a0,
    seL4_TimeoutReply_a1,
    seL4_TimeoutReply_a2,
    seL4_TimeoutReply_a3,
    seL4_TimeoutReply_a4,
    seL4_TimeoutReply_a5,
    seL4_TimeoutReply_a6,
    seL4_TimeoutReply_a7,
    seL4_TimeoutReply_t0,
    seL4_TimeoutReply_t1,
    seL4_TimeoutReply_t2,
    seL4_TimeoutReply_t3,
    seL4_TimeoutReply_t4,
    seL4_TimeoutReply_t5,
    seL4_TimeoutReply_t6,
    seL4_TimeoutReply_TP,
    seL4_TimeoutReply_Length
} seL4_TimeoutReply_Msg;
_Static_assert(seL4_TimeoutReply_Length == 32, "timeout reply carries the 32 user registers");
#endif

/* VMFault FSR values on RISC-V */
#define seL4_RISCV_FSR_Instruction 1
#define seL4_RISCV_FSR_Load        5
#define seL4_RISCV_FSR_Store       7

/* Index of the lookup level in a FailedLookup error from Page_Map */
#define SEL4_MAPPING_LOOKUP_LEVEL 2
#define SEL4_MAPPING_LOOKUP_NO_PT  21   /* bitsLeft: level-2 table missing */
#define SEL4_MAPPING_LOOKUP_NO_PD  30   /* bitsLeft: level-1 table missing */

#endif
