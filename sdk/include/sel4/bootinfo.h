/* sel4ts SDK -- access to the boot information of the initial thread. */
#ifndef SEL4TS_SEL4_BOOTINFO_H
#define SEL4TS_SEL4_BOOTINFO_H

#include <sel4/bootinfo_types.h>

/* Set by crt0 from a0 at entry. */
extern seL4_BootInfo *__sel4_bootinfo;

static inline seL4_BootInfo *seL4_GetBootInfo(void)
{
    return __sel4_bootinfo;
}

static inline void seL4_InitBootInfo(seL4_BootInfo *bi)
{
    __sel4_bootinfo = bi;
}

/* First chunk of extra bootinfo (NULL if there is none). sel4ts extension. */
static inline seL4_BootInfoHeader *sel4ts_bootinfo_extra(seL4_BootInfo *bi)
{
    if (bi == (seL4_BootInfo *)0 || bi->extraLen == 0) {
        return (seL4_BootInfoHeader *)0;
    }
    return (seL4_BootInfoHeader *)((seL4_Word)bi + (1UL << seL4_BootInfoFrameBits));
}

/* Find an extra-bootinfo chunk by id (NULL if absent). sel4ts extension. */
static inline seL4_BootInfoHeader *sel4ts_bootinfo_find(seL4_BootInfo *bi, seL4_Word id)
{
    seL4_BootInfoHeader *h = sel4ts_bootinfo_extra(bi);
    seL4_Word off = 0;
    if (h == (seL4_BootInfoHeader *)0) {
        return h;
    }
    while (off + sizeof(seL4_BootInfoHeader) <= bi->extraLen) {
        seL4_BootInfoHeader *c = (seL4_BootInfoHeader *)((seL4_Word)h + off);
        if (c->id == id) {
            return c;
        }
        if (c->len < sizeof(seL4_BootInfoHeader)) {
            break;
        }
        off += c->len;
    }
    return (seL4_BootInfoHeader *)0;
}

#endif
