/* sel4ts SDK -- architecture constants for riscv64 / qemu-riscv-virt. */
#ifndef SEL4TS_SEL4_CONSTANTS_H
#define SEL4TS_SEL4_CONSTANTS_H

#include <sel4/config.h>

/* Words */
#define seL4_WordBits            64
#define seL4_WordSizeBits        3
#define seL4_UserWordBits        64

/* Message layout */
#define seL4_MsgLengthBits       7
#define seL4_MsgExtraCapBits     2
#define seL4_MsgMaxLength        120
#define seL4_MsgMaxExtraCaps     ((1 << seL4_MsgExtraCapBits) - 1)
#define SEL4TS_FAST_MRS          4   /* MR0..MR3 travel in a2..a5 */

/* Capability addressing */
#define seL4_SlotBits            5
#define seL4_GuardBits           58
#define seL4_GuardSizeBits       6
#define seL4_BadgeBits           64
#define seL4_CapRightsBits       4

/* Object sizes (log2 bytes) */
#define seL4_TCBBits             SEL4TS_TCB_BITS
#define seL4_EndpointBits        4
#if SEL4TS_MCS
#define seL4_NotificationBits    6
#define seL4_ReplyBits           5
#else
#define seL4_NotificationBits    5
#endif
#define seL4_PageTableEntryBits  3
#define seL4_PageTableIndexBits  9
#define seL4_PageTableBits       12
#define seL4_VSpaceBits          seL4_PageTableBits
#define seL4_PageBits            12
#define seL4_LargePageBits       21
#define seL4_HugePageBits        30
#define seL4_TeraPageBits        39
#define seL4_ASIDPoolBits        12
#define seL4_ASIDPoolIndexBits   9
#define seL4_NumASIDPoolsBits    7
#define seL4_IPCBufferSizeBits   10
#define seL4_BootInfoFrameBits   12
#define seL4_MinUntypedBits      4
#define seL4_MaxUntypedBits      38
#define seL4_UntypedRetypeMaxObjects CONFIG_RETYPE_FAN_OUT_LIMIT

#define seL4_PageTableEntries    (1UL << seL4_PageTableIndexBits)
#define seL4_PageSize            (1UL << seL4_PageBits)

/* Address space: user addresses are [0, seL4_UserTop) */
#define seL4_UserTop             0x0000003ffffff000UL
#define seL4_UserVSpaceTop       0x0000003fffffefffUL

/* Priorities */
#define seL4_MinPrio             0
#define seL4_MaxPrio             (CONFIG_NUM_PRIORITIES - 1)
#define seL4_InvalidPrio         (-1)

/* Platform */
#define seL4_TimerFrequencyHz    10000000UL   /* 10 MHz */
#define seL4_MaxIRQ              95            /* PLIC sources usable by user */

#if SEL4TS_MCS
#include <sel4/simple_types.h>
/*
 * Scheduling contexts.  A scheduling context of 2^n bytes (n >= 7) holds the
 * kernel's header and its refills; libsel4 counts the header + 2 refills as
 * 10 words + 48 bytes = 128 bytes (the kernel's header is 96 bytes, so both
 * give the same maximum number of extra refills for every n >= 7).
 */
#define seL4_MinSchedContextBits   7
#define seL4_CoreSchedContextBytes (10 * sizeof(seL4_Word) + (6 * 8))
#define seL4_RefillSizeBytes       (2 * 8)

static inline seL4_Word seL4_MaxExtraRefills(seL4_Word size)
{
    return ((1UL << size) - seL4_CoreSchedContextBytes) / seL4_RefillSizeBytes;
}

/* Flags of seL4_SchedControl_ConfigureFlags. */
typedef enum {
    seL4_SchedContext_NoFlag = 0x0,
    seL4_SchedContext_Sporadic = 0x1
} seL4_SchedContextFlag;

/*
 * Kernel configuration values of the default MCS build (sel4ts extension):
 * MIN_BUDGET_US = 2 * kernel WCET (10 us on RISC-V) * CONFIG_KERNEL_WCET_SCALE
 * (1); MAX_PERIOD_US = (UINT64_MAX / ticks per us) / 8 with the 10 MHz timer
 * (CONFIG_KERNEL_STATIC_MAX_PERIOD_US = 0).  These are the bounds
 * SchedControl_ConfigureFlags reports in its RangeErrors.
 */
#define SEL4TS_KERNEL_WCET_US      10UL
#define SEL4TS_MIN_BUDGET_US       (2UL * SEL4TS_KERNEL_WCET_US)
#define SEL4TS_MAX_PERIOD_US       ((0xffffffffffffffffUL / 10UL) / 8UL)
#define SEL4TS_BOOT_THREAD_TIME_SLICE_US 5000UL
#endif

/* TCB flags (seL4 14.0.0+) */
typedef enum {
    seL4_TCBFlag_NoFlag = 0x0,
    seL4_TCBFlag_fpuDisabled = 0x1,
    seL4_TCBFlag_MASK = 0x1
} seL4_TCBFlag;

#endif
