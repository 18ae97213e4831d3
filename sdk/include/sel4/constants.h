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
#define seL4_NotificationBits    5
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

/* Priorities (non-MCS) */
#define seL4_MinPrio             0
#define seL4_MaxPrio             (CONFIG_NUM_PRIORITIES - 1)
#define seL4_InvalidPrio         (-1)

/* Platform */
#define seL4_TimerFrequencyHz    10000000UL   /* 10 MHz */
#define seL4_MaxIRQ              95            /* PLIC sources usable by user */

/* TCB flags (seL4 14.0.0+) */
typedef enum {
    seL4_TCBFlag_NoFlag = 0x0,
    seL4_TCBFlag_fpuDisabled = 0x1,
    seL4_TCBFlag_MASK = 0x1
} seL4_TCBFlag;

#endif
