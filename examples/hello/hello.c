/*
 * hello -- print a summary of the seL4 boot information, then halt.
 */
#include <stdio.h>
#include <sel4/sel4.h>

static void region(const char *name, seL4_SlotRegion r)
{
    seL4_Word n = r.end - r.start;
    printf("  %-16s [%5lu, %5lu)  %lu slot%s\n", name, r.start, r.end, n, n == 1 ? "" : "s");
}

/* Print a byte count compactly: exact powers as "16 MiB", others rounded
 * to two decimals ("2.99 GiB"). */
static void print_size(seL4_Word bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (u < 4 && bytes >= (1UL << (10 * (u + 1)))) {
        u++;
    }
    seL4_Word unit = 1UL << (10 * u);
    if (bytes % unit == 0) {
        printf("%lu %s", bytes / unit, units[u]);
    } else {
        seL4_Word hundredths = (bytes * 100 + unit / 2) / unit;
        printf("%lu.%02lu %s", hundredths / 100, hundredths % 100, units[u]);
    }
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();

    printf("Hello from a sel4ts rootserver!\n");
    if (bi == NULL) {
        printf("no bootinfo\n");
        seL4_DebugHalt();
        return 1;
    }

    printf("bootinfo @ %p\n", (void *)bi);
    printf("  ipcBuffer        %p\n", (void *)bi->ipcBuffer);
    printf("  node             %lu of %lu\n", bi->nodeID, bi->numNodes);
    printf("  cnode size bits  %lu (%lu slots)\n", bi->initThreadCNodeSizeBits,
           1UL << bi->initThreadCNodeSizeBits);
    printf("  domain           %lu\n", bi->initThreadDomain);
    printf("slot regions:\n");
    region("empty", bi->empty);
    region("userImageFrames", bi->userImageFrames);
    region("userImagePaging", bi->userImagePaging);
    region("untyped", bi->untyped);
    region("extraBIPages", bi->extraBIPages);

    printf("extra bootinfo: %lu bytes\n", bi->extraLen);
    seL4_BootInfoHeader *fdt = sel4ts_bootinfo_find(bi, SEL4_BOOTINFO_HEADER_FDT);
    if (fdt != NULL) {
        printf("  FDT chunk (id %d): %lu bytes of device tree\n", SEL4_BOOTINFO_HEADER_FDT,
               fdt->len - sizeof(seL4_BootInfoHeader));
    }

    seL4_Word n = bi->untyped.end - bi->untyped.start;
    seL4_Word ram = 0, dev = 0;
    printf("untypeds: %lu\n", n);
    for (seL4_Word i = 0; i < n && i < CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS; i++) {
        const seL4_UntypedDesc *u = &bi->untypedList[i];
        seL4_Word size = 1UL << u->sizeBits;
        printf("  slot %5lu  paddr 0x%010lx  bits %2u  %s  ", bi->untyped.start + i, u->paddr,
               (unsigned)u->sizeBits, u->isDevice ? "device" : "RAM   ");
        print_size(size);
        printf("\n");
        if (u->isDevice) {
            dev += size;
        } else {
            ram += size;
        }
    }
    printf("RAM in untypeds: %lu bytes (", ram);
    print_size(ram);
    printf(")\n");
    (void)dev;

    printf("halting\n");
    seL4_DebugHalt();
    return 0;
}
