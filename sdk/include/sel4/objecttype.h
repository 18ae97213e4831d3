/* sel4ts SDK -- kernel object types (riscv64; MCS adds SchedContext and Reply
 * before the architecture types, which shifts those by 2). */
#ifndef SEL4TS_SEL4_OBJECTTYPE_H
#define SEL4TS_SEL4_OBJECTTYPE_H

#include <sel4/config.h>
#include <sel4/simple_types.h>

typedef enum api_object {
    seL4_UntypedObject = 0,
    seL4_TCBObject = 1,
    seL4_EndpointObject = 2,
    seL4_NotificationObject = 3,
    seL4_CapTableObject = 4,
#if SEL4TS_MCS
    seL4_SchedContextObject = 5,
    seL4_ReplyObject = 6,
    seL4_NonArchObjectTypeCount = 7
#else
    seL4_NonArchObjectTypeCount = 5
#endif
} seL4_ObjectType;
typedef seL4_Word api_object_t;

typedef enum _mode_object {
    seL4_RISCV_Giga_Page = seL4_NonArchObjectTypeCount, /* 5 (MCS 7) */
    seL4_ModeObjectTypeCount                            /* 6 (MCS 8) */
} seL4_ModeObjectType;

typedef enum _object {
    seL4_RISCV_4K_Page = seL4_ModeObjectTypeCount,      /* 6 (MCS 8) */
    seL4_RISCV_Mega_Page,                               /* 7 (MCS 9) */
    seL4_RISCV_PageTableObject,                         /* 8 (MCS 10) */
    seL4_ObjectTypeCount                                /* 9 (MCS 11) */
} seL4_ArchObjectType;

/* Tera pages do not exist with Sv39. */
#define seL4_RISCV_Tera_Page 0xffffffffUL

/* Architecture-neutral aliases (as used by seL4_libs). */
#define seL4_RISCV_PageObject seL4_RISCV_4K_Page
#define seL4_ARCH_4KPage seL4_RISCV_4K_Page
#define seL4_ARCH_LargePageObject seL4_RISCV_Mega_Page
#define seL4_ARCH_PageTableObject seL4_RISCV_PageTableObject

#if SEL4TS_MCS
_Static_assert(seL4_RISCV_Giga_Page == 7 && seL4_ObjectTypeCount == 11, "MCS riscv64 object type numbering");
#else
_Static_assert(seL4_ObjectTypeCount == 9, "non-MCS riscv64 object type numbering");
#endif

#endif
