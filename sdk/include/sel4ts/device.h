/*
 * sel4ts SDK -- helpers for user-level device drivers (sel4ts extension, not in libsel4):
 * finding devices in the device tree the kernel passes in the extra bootinfo, getting a frame cap for a device
 * page out of the device untypeds, mapping it, getting an IRQ handler wired to a notification, and reading the
 * `time` CSR.
 *
 *   sel4ts_device_t uart;
 *   sel4ts_fdt_find(bi, "ns16550a", 0, &uart);          // uart.paddr, uart.irq from the FDT
 *   volatile uint8_t *regs = sel4ts_map_device(&a, bi, uart.paddr, 0x40000000);
 *   seL4_CPtr ntfn, irq;
 *   sel4ts_irq_setup(&a, uart.irq, &irq, &ntfn);        // IRQControl_Get + SetNotification
 *   seL4_Wait(ntfn, NULL); ... seL4_IRQHandler_Ack(irq);
 *
 * The FDT reader understands the tree QEMU's virt board (and sel4ts) generate: device nodes with
 * "compatible", a "reg" of #address-cells = #size-cells = 2 and a one-cell "interrupts".
 * Device frames: the covering device untyped is split in halves (child untypeds) down to the 4 KiB page, so any
 * number of device pages can be had in any order; the splits are remembered in a small static table.
 */
#ifndef SEL4TS_DEVICE_H
#define SEL4TS_DEVICE_H

#include <stdint.h>
#include <sel4/sel4.h>
#include <sel4ts/process.h>

typedef struct sel4ts_device {
    seL4_Word paddr;
    seL4_Word size;
    seL4_Word irq; /* 0 if the node has no interrupts */
} sel4ts_device_t;

static inline uint32_t sel4ts_be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

static inline int sel4ts_streq(const char *a, const char *b)
{
    while (*a != 0 && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/* The n-th node (0-based, in tree order) whose "compatible" list contains `compat`. Returns 1 if found. */
static inline int sel4ts_fdt_find(seL4_BootInfo *bi, const char *compat, int n, sel4ts_device_t *out)
{
    seL4_BootInfoHeader *h = sel4ts_bootinfo_find(bi, SEL4_BOOTINFO_HEADER_FDT);
    if (h == (seL4_BootInfoHeader *)0) {
        return 0;
    }
    const uint8_t *fdt = (const uint8_t *)(h + 1);
    if (sel4ts_be32(fdt) != 0xd00dfeed) {
        return 0;
    }
    const uint8_t *st = fdt + sel4ts_be32(fdt + 8);
    const char *strs = (const char *)fdt + sel4ts_be32(fdt + 12);
    uint32_t size = sel4ts_be32(fdt + 36);
    uint32_t off = 0;
    int match = 0;
    sel4ts_device_t cur = {0, 0, 0};
    while (off + 4 <= size) {
        uint32_t tok = sel4ts_be32(st + off);
        off += 4;
        if (tok == 1) { /* FDT_BEGIN_NODE */
            while (st[off] != 0) {
                off++;
            }
            off = (off + 4) & ~3u;
            match = 0;
            cur.paddr = cur.size = cur.irq = 0;
        } else if (tok == 3) { /* FDT_PROP */
            uint32_t len = sel4ts_be32(st + off);
            const char *name = strs + sel4ts_be32(st + off + 4);
            const uint8_t *v = st + off + 8;
            off = (off + 8 + len + 3) & ~3u;
            if (sel4ts_streq(name, "compatible")) {
                for (uint32_t i = 0; i < len;) {
                    if (sel4ts_streq((const char *)v + i, compat)) {
                        match = 1;
                    }
                    while (i < len && v[i] != 0) {
                        i++;
                    }
                    i++;
                }
            } else if (sel4ts_streq(name, "reg") && len >= 16) {
                cur.paddr = ((seL4_Word)sel4ts_be32(v) << 32) | sel4ts_be32(v + 4);
                cur.size = ((seL4_Word)sel4ts_be32(v + 8) << 32) | sel4ts_be32(v + 12);
            } else if (sel4ts_streq(name, "interrupts") && len >= 4) {
                cur.irq = sel4ts_be32(v);
            }
        } else if (tok == 2) { /* FDT_END_NODE: properties come before children in this tree */
            if (match) {
                if (n == 0) {
                    *out = cur;
                    return 1;
                }
                n--;
            }
            match = 0;
        } else if (tok == 4) { /* FDT_NOP */
        } else {
            break;
        }
    }
    return 0;
}

#ifndef SEL4TS_DEVICE_MAX_SPLITS
#define SEL4TS_DEVICE_MAX_SPLITS 64
#endif

/* Device untyped regions already split in two: children of (paddr, bits) are slots lo and lo + 1. */
static struct {
    seL4_Word paddr;
    seL4_Word bits;
    seL4_CPtr lo;
} sel4ts_splits[SEL4TS_DEVICE_MAX_SPLITS];
static int sel4ts_nsplits;

/* A frame cap for the 4 KiB device page at `paddr`, or 0 (a->error says why). */
static inline seL4_CPtr sel4ts_device_frame(sel4ts_alloc_t *a, seL4_BootInfo *bi, seL4_Word paddr)
{
    seL4_Word n = bi->untyped.end - bi->untyped.start;
    seL4_CPtr ut = 0;
    seL4_Word base = 0, bits = 0;
    paddr &= ~(seL4_Word)0xfff;
    for (seL4_Word i = 0; i < n && i < CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS; i++) {
        const seL4_UntypedDesc *u = &bi->untypedList[i];
        if (u->isDevice && paddr >= u->paddr && paddr - u->paddr < (1UL << u->sizeBits)) {
            ut = bi->untyped.start + i;
            base = u->paddr;
            bits = u->sizeBits;
        }
    }
    if (ut == 0) {
        a->error = seL4_RangeError;
        return 0;
    }
    while (bits > seL4_PageBits) {
        seL4_CPtr lo = 0;
        for (int k = 0; k < sel4ts_nsplits; k++) {
            if (sel4ts_splits[k].paddr == base && sel4ts_splits[k].bits == bits) {
                lo = sel4ts_splits[k].lo;
            }
        }
        if (lo == 0) {
            if (sel4ts_nsplits == SEL4TS_DEVICE_MAX_SPLITS || a->next + 2 > a->end) {
                a->error = seL4_NotEnoughMemory;
                return 0;
            }
            lo = a->next;
            a->next += 2;
            seL4_Error e = seL4_Untyped_Retype(ut, seL4_UntypedObject, bits - 1, seL4_CapInitThreadCNode, 0, 0, lo, 2);
            if (e != seL4_NoError) {
                a->error = e;
                return 0;
            }
            sel4ts_splits[sel4ts_nsplits].paddr = base;
            sel4ts_splits[sel4ts_nsplits].bits = bits;
            sel4ts_splits[sel4ts_nsplits].lo = lo;
            sel4ts_nsplits++;
        }
        bits--;
        if (paddr >= base + (1UL << bits)) {
            base += 1UL << bits;
            ut = lo + 1;
        } else {
            ut = lo;
        }
    }
    seL4_CPtr f = sel4ts_alloc_slot(a);
    if (f == 0) {
        return 0;
    }
    seL4_Error e = seL4_Untyped_Retype(ut, seL4_RISCV_4K_Page, 0, seL4_CapInitThreadCNode, 0, 0, f, 1);
    if (e != seL4_NoError) {
        a->error = e;
        return 0;
    }
    return f;
}

/* Map the device page at `paddr` read-write at `vaddr` in the rootserver's VSpace; returns the address of the
 * device's registers (vaddr plus the offset of paddr in its page) or NULL. */
static inline volatile void *sel4ts_map_device(sel4ts_alloc_t *a, seL4_BootInfo *bi, seL4_Word paddr, seL4_Word vaddr)
{
    seL4_CPtr f = sel4ts_device_frame(a, bi, paddr);
    if (f == 0) {
        return (volatile void *)0;
    }
    seL4_Error e = sel4ts_map_frame(a, f, seL4_CapInitThreadVSpace, vaddr, seL4_ReadWrite,
                                    seL4_RISCV_Default_VMAttributes, (seL4_CPtr *)0, (int *)0, 0);
    if (e != seL4_NoError) {
        a->error = e;
        return (volatile void *)0;
    }
    return (volatile void *)(vaddr + (paddr & 0xfff));
}

/* IRQControl_Get for `irq` and a new notification set as its handler's notification. */
static inline seL4_Error sel4ts_irq_setup(sel4ts_alloc_t *a, seL4_Word irq, seL4_CPtr *handler, seL4_CPtr *ntfn)
{
    seL4_CPtr h = sel4ts_alloc_slot(a);
    if (h == 0) {
        return a->error;
    }
    seL4_Error e = seL4_IRQControl_Get(seL4_CapIRQControl, irq, seL4_CapInitThreadCNode, h, seL4_WordBits);
    if (e != seL4_NoError) {
        return e;
    }
    seL4_CPtr n = sel4ts_alloc_object(a, seL4_NotificationObject, 0);
    if (n == 0) {
        return a->error;
    }
    e = seL4_IRQHandler_SetNotification(h, n);
    if (e != seL4_NoError) {
        return e;
    }
    *handler = h;
    *ntfn = n;
    return seL4_NoError;
}

/* The `time` CSR: 10 MHz ticks of the virtual clock. */
static inline uint64_t sel4ts_rdtime(void)
{
    uint64_t t;
    __asm__ volatile("rdtime %0" : "=r"(t));
    return t;
}

#define SEL4TS_TIMER_HZ 10000000UL

#endif
