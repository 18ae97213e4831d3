/* sel4ts SDK -- kernel object types (riscv64, non-MCS). */
#ifndef SEL4TS_SEL4_OBJECTTYPE_H
#define SEL4TS_SEL4_OBJECTTYPE_H

#include <sel4/simple_types.h>

typedef enum api_object {
    seL4_UntypedObject = 0,
    seL4_TCBObject = 1,
    seL4_EndpointObject = 2,
    seL4_NotificationObject = 3,
    seL4_CapTableObject = 4,
    seL4_NonArchObjectTypeCount = 5
} seL4_ObjectType;
typedef seL4_Word api_object_t;

typedef enum _mode_object {
    seL4_RISCV_Giga_Page = seL4_NonArchObjectTypeCount, /* 5 */
    seL4_ModeObjectTypeCount                            /* 6 */
} seL4_ModeObjectType;

typedef enum _object {
    seL4_RISCV_4K_Page = seL4_ModeObjectTypeCount,      /* 6 */
    seL4_RISCV_Mega_Page,                               /* 7 */
    seL4_RISCV_PageTableObject,                         /* 8 */
    seL4_ObjectTypeCount                                /* 9 */
} seL4_ArchObjectType;

/* Tera pages do not exist with Sv39. */
#define seL4_RISCV_Tera_Page 0xffffffffUL

/* Architecture-neutral aliases (as used by seL4_libs). */
#define seL4_RISCV_PageObject seL4_RISCV_4K_Page
#define seL4_ARCH_4KPage seL4_RISCV_4K_Page
#define seL4_ARCH_LargePageObject seL4_RISCV_Mega_Page
#define seL4_ARCH_PageTableObject seL4_RISCV_PageTableObject

_Static_assert(seL4_ObjectTypeCount == 9, "non-MCS riscv64 object type numbering");

#endif
