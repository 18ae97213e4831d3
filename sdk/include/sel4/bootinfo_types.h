/* sel4ts SDK -- boot information layout (riscv64; MCS adds the schedcontrol
 * region before untyped). */
#ifndef SEL4TS_SEL4_BOOTINFO_TYPES_H
#define SEL4TS_SEL4_BOOTINFO_TYPES_H

#include <sel4/types.h>

/* A range of CNode slots, [start, end). */
typedef struct seL4_SlotRegion {
    seL4_Word start;
    seL4_Word end;
} seL4_SlotRegion;

typedef struct seL4_UntypedDesc {
    seL4_Word paddr;
    seL4_Uint8 sizeBits;
    seL4_Uint8 isDevice;
    seL4_Uint8 padding[sizeof(seL4_Word) - 2 * sizeof(seL4_Uint8)];
} seL4_UntypedDesc;

typedef struct seL4_BootInfo {
    seL4_Word extraLen;                 /* bytes of extra bootinfo after this frame */
    seL4_NodeId nodeID;
    seL4_Word numNodes;
    seL4_Word numIOPTLevels;
    seL4_IPCBuffer *ipcBuffer;          /* initial thread's IPC buffer */
    seL4_SlotRegion empty;
    seL4_SlotRegion sharedFrames;
    seL4_SlotRegion userImageFrames;
    seL4_SlotRegion userImagePaging;
    seL4_SlotRegion ioSpaceCaps;
    seL4_SlotRegion extraBIPages;
    seL4_Word initThreadCNodeSizeBits;
    seL4_Domain initThreadDomain;
#if SEL4TS_MCS
    seL4_SlotRegion schedcontrol;       /* SchedControl caps, one per node */
#endif
    seL4_SlotRegion untyped;
    seL4_UntypedDesc untypedList[CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS];
} seL4_BootInfo;

/* Header of each chunk of extra bootinfo; len includes the header. */
typedef struct seL4_BootInfoHeader {
    seL4_Word id;
    seL4_Word len;
} seL4_BootInfoHeader;

enum {
    SEL4_BOOTINFO_HEADER_PADDING = 0,
    SEL4_BOOTINFO_HEADER_X86_VBE = 1,
    SEL4_BOOTINFO_HEADER_X86_MBMMAP = 2,
    SEL4_BOOTINFO_HEADER_X86_ACPI_RSDP = 3,
    SEL4_BOOTINFO_HEADER_X86_FRAMEBUFFER = 4,
    SEL4_BOOTINFO_HEADER_X86_TSC_FREQ = 5,
    SEL4_BOOTINFO_HEADER_FDT = 6,
    SEL4_BOOTINFO_HEADER_NUM
};

_Static_assert(sizeof(seL4_UntypedDesc) == 16, "UntypedDesc is 16 bytes");
_Static_assert(__builtin_offsetof(seL4_BootInfo, ipcBuffer) == 0x20, "bootinfo.ipcBuffer");
_Static_assert(__builtin_offsetof(seL4_BootInfo, extraBIPages) == 0x78, "bootinfo.extraBIPages");
_Static_assert(__builtin_offsetof(seL4_BootInfo, initThreadCNodeSizeBits) == 0x88, "bootinfo.cnodeBits");
#if SEL4TS_MCS
_Static_assert(__builtin_offsetof(seL4_BootInfo, schedcontrol) == 0x98, "bootinfo.schedcontrol");
_Static_assert(__builtin_offsetof(seL4_BootInfo, untyped) == 0xa8, "bootinfo.untyped");
_Static_assert(__builtin_offsetof(seL4_BootInfo, untypedList) == 0xb8, "bootinfo.untypedList");
#else
_Static_assert(__builtin_offsetof(seL4_BootInfo, untyped) == 0x98, "bootinfo.untyped");
_Static_assert(__builtin_offsetof(seL4_BootInfo, untypedList) == 0xa8, "bootinfo.untypedList");
#endif
_Static_assert(sizeof(seL4_BootInfo) <= 4096, "bootinfo fits in one frame");

#endif
