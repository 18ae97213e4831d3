/*
 * disk -- a user-level virtio-blk driver (virtio 1.x over MMIO) that measures request latencies and keeps a
 * write-ahead log, reacting to the power-fail line like RapiLog: when mains power fails it stops logging and
 * flushes the disk's volatile write cache within the hold-up time.
 *
 * The driver probes the eight virtio-mmio transports the device tree lists for a block device (DeviceID 2),
 * negotiates VERSION_1 and FLUSH, sets up one 8-entry split virtqueue in a DMA page whose physical address it
 * gets with Page_GetAddress, and then runs requests one at a time: it fills the descriptors, notifies the
 * device, waits on its notification for the completion interrupt, acknowledges it and checks the status byte.
 * Latencies are measured with the `time` CSR (10 MHz).
 *
 *   1. writes 4 KiB at four places on the disk, flushes, reads them back and verifies them;
 *   2. appends 32 log records (one 512-byte sector each, from sector 16), flushing after every 8 records
 *      (if the device has a write cache; FLUSH is always negotiated), printing each completion;
 *   3. if a power-fail line is present ("sel4ts,power-fail"), its interrupt stops the log: the driver flushes
 *      and waits for the power to go.
 *
 *   sel4ts run examples/disk/disk.elf --disk disk.img --disk-model hdd --disk-write-cache on --power-fail-at 60ms
 */
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>
#include <sel4ts/device.h>
#include <sel4ts/runtime.h>

#define VIRTIO_VADDR 0x40000000UL /* + 0x1000 per transport */
#define DMA_VADDR 0x40100000UL    /* ring page, request page, data page */
#define PF_VADDR 0x40200000UL

#define QN 8
#define LOG_BASE 16
#define LOG_RECORDS 32
#define FLUSH_EVERY 8
#define REC_MAGIC 0x31434552u /* "REC1" */

#define BADGE_DISK 1
#define BADGE_POWER 2

/* virtio-mmio registers (byte offsets) */
enum {
    MAGIC = 0x000, VERSION = 0x004, DEVICE_ID = 0x008, DEV_FEATURES = 0x010, DEV_FEATURES_SEL = 0x014,
    DRV_FEATURES = 0x020, DRV_FEATURES_SEL = 0x024, QUEUE_SEL = 0x030, QUEUE_NUM_MAX = 0x034, QUEUE_NUM = 0x038,
    QUEUE_READY = 0x044, QUEUE_NOTIFY = 0x050, INT_STATUS = 0x060, INT_ACK = 0x064, STATUS = 0x070,
    QUEUE_DESC_LO = 0x080, QUEUE_DESC_HI = 0x084, QUEUE_AVAIL_LO = 0x090, QUEUE_AVAIL_HI = 0x094,
    QUEUE_USED_LO = 0x0a0, QUEUE_USED_HI = 0x0a4, CONFIG = 0x100,
};
enum { S_ACK = 1, S_DRIVER = 2, S_DRIVER_OK = 4, S_FEATURES_OK = 8 };
enum { T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8 };
#define F_FLUSH (1u << 9)

struct desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
};
struct req_hdr {
    uint32_t type;
    uint32_t reserved;
    uint64_t sector;
};

static volatile uint32_t *vio;
static volatile struct desc *descs;
static volatile uint16_t *avail; /* flags, idx, ring[QN] */
static volatile uint16_t *used;  /* flags, idx, then {u32 id, u32 len}[QN] */
static volatile struct req_hdr *hdr;
static volatile uint8_t *status_byte;
static uint8_t *data;
static seL4_Word ring_pa, req_pa, data_pa;
static uint16_t avail_idx, used_seen;
static seL4_CPtr ntfn, disk_irq, pf_irq;
static volatile uint32_t *pf;
static int power_failing;
static seL4_Word capacity;

static uint32_t R(int off)
{
    return vio[off / 4];
}

static void W(int off, uint32_t v)
{
    vio[off / 4] = v;
}

static void fence(void)
{
    __asm__ volatile("fence rw, rw" ::: "memory");
}

static void check(const char *what, seL4_Error e)
{
    if (e != seL4_NoError) {
        printf("disk: %s failed: %s\n", what, sel4ts_error_name(e));
        sel4ts_halt();
    }
}

/* Print 10 MHz ticks as microseconds with one decimal. */
static void print_us(uint64_t ticks)
{
    printf("%lu.%lu us", (seL4_Word)(ticks / 10), (seL4_Word)(ticks % 10));
}

static void on_power_fail(void)
{
    if (!power_failing) {
        power_failing = 1;
        uint64_t ns = ((uint64_t)pf[0x18 / 4] << 32) | pf[0x14 / 4];
        printf("disk: power-fail interrupt (mains lost at %lu us, hold-up %lu us)\n", (seL4_Word)(ns / 1000),
               (seL4_Word)pf[0x10 / 4]);
    }
    pf[0x0c / 4] = 1; /* ack the line */
    check("IRQHandler_Ack (power)", seL4_IRQHandler_Ack(pf_irq));
}

/* Run one request; returns its status byte and stores the latency (time CSR ticks) in *lat. */
static int request(uint32_t type, uint64_t sector, uint32_t nsectors, uint64_t *lat)
{
    hdr->type = type;
    hdr->reserved = 0;
    hdr->sector = sector;
    *status_byte = 0xff;
    descs[0].addr = req_pa;
    descs[0].len = sizeof(struct req_hdr);
    descs[0].flags = 1;
    descs[0].next = 1;
    int last = 1;
    if (nsectors > 0 || type == T_GET_ID) {
        descs[1].addr = data_pa;
        descs[1].len = type == T_GET_ID ? 20 : nsectors * 512;
        descs[1].flags = 1 | (type == T_OUT ? 0 : 2);
        descs[1].next = 2;
        last = 2;
    }
    descs[last].addr = req_pa + 16;
    descs[last].len = 1;
    descs[last].flags = 2;
    descs[last].next = 0;
    avail[2 + avail_idx % QN] = 0;
    fence();
    avail_idx++;
    avail[1] = avail_idx;
    fence();
    uint64_t t0 = sel4ts_rdtime();
    W(QUEUE_NOTIFY, 0);
    while (used[1] == used_seen) {
        seL4_Word badge;
        seL4_Wait(ntfn, &badge);
        if (badge & BADGE_POWER) {
            on_power_fail();
        }
        if (badge & BADGE_DISK) {
            W(INT_ACK, R(INT_STATUS));
            check("IRQHandler_Ack", seL4_IRQHandler_Ack(disk_irq));
        }
    }
    uint64_t t1 = sel4ts_rdtime();
    used_seen = used[1];
    if (lat != NULL) {
        *lat = t1 - t0;
    }
    return *status_byte;
}

static void fill(uint8_t *p, seL4_Word n, seL4_Word seed)
{
    for (seL4_Word i = 0; i < n; i++) {
        p[i] = (uint8_t)(i * 7 + seed);
    }
}

static seL4_CPtr dma_frame(sel4ts_alloc_t *a, seL4_Word vaddr, seL4_Word *pa)
{
    seL4_CPtr f = sel4ts_alloc_object(a, seL4_RISCV_4K_Page, 0);
    if (f == 0) {
        check("frame", a->error);
    }
    check("map", sel4ts_map_frame(a, f, seL4_CapInitThreadVSpace, vaddr, seL4_ReadWrite,
                                  seL4_RISCV_Default_VMAttributes, NULL, NULL, 0));
    seL4_RISCV_Page_GetAddress_t g = seL4_RISCV_Page_GetAddress(f);
    check("Page_GetAddress", g.error);
    *pa = g.paddr;
    return f;
}

/* IRQControl_Get for `irq`, signalling the shared notification with `badge`. */
static seL4_CPtr irq_with_badge(sel4ts_alloc_t *a, seL4_Word irq, seL4_Word badge)
{
    seL4_CPtr h = sel4ts_alloc_slot(a);
    seL4_CPtr m = sel4ts_alloc_slot(a);
    check("IRQControl_Get", seL4_IRQControl_Get(seL4_CapIRQControl, irq, seL4_CapInitThreadCNode, h, seL4_WordBits));
    check("CNode_Mint", seL4_CNode_Mint(seL4_CapInitThreadCNode, m, seL4_WordBits, seL4_CapInitThreadCNode, ntfn,
                                        seL4_WordBits, seL4_AllRights, badge));
    check("IRQHandler_SetNotification", seL4_IRQHandler_SetNotification(h, m));
    return h;
}

static int probe(sel4ts_alloc_t *a, seL4_BootInfo *bi, sel4ts_device_t *out)
{
    for (int i = 0; i < 8; i++) {
        sel4ts_device_t d;
        if (!sel4ts_fdt_find(bi, "virtio,mmio", i, &d)) {
            break;
        }
        volatile uint32_t *r = sel4ts_map_device(a, bi, d.paddr, VIRTIO_VADDR + (seL4_Word)i * 0x1000);
        if (r == NULL) {
            check("mapping a virtio transport", a->error);
        }
        if (r[MAGIC / 4] == 0x74726976 && r[VERSION / 4] == 2 && r[DEVICE_ID / 4] == 2) {
            vio = r;
            *out = d;
            return 1;
        }
    }
    return 0;
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    sel4ts_alloc_t a;
    check("alloc", sel4ts_alloc_init(&a, bi, 16));
    sel4ts_device_t dev;
    if (!probe(&a, bi, &dev)) {
        printf("disk: no virtio block device (run sel4ts with --disk FILE)\n");
        return 0;
    }
    ntfn = sel4ts_alloc_object(&a, seL4_NotificationObject, 0);
    if (ntfn == 0) {
        check("notification", a.error);
    }
    disk_irq = irq_with_badge(&a, dev.irq, BADGE_DISK);
    sel4ts_device_t pfd;
    if (sel4ts_fdt_find(bi, "sel4ts,power-fail", 0, &pfd)) {
        pf = sel4ts_map_device(&a, bi, pfd.paddr, PF_VADDR);
        if (pf == NULL) {
            check("mapping the power-fail line", a.error);
        }
        pf_irq = irq_with_badge(&a, pfd.irq, BADGE_POWER);
        pf[0x08 / 4] = 1;
        printf("disk: power-fail line at 0x%lx, IRQ %lu, hold-up %lu us\n", pfd.paddr, pfd.irq,
               (seL4_Word)pf[0x10 / 4]);
    }

    dma_frame(&a, DMA_VADDR, &ring_pa);
    dma_frame(&a, DMA_VADDR + 0x1000, &req_pa);
    dma_frame(&a, DMA_VADDR + 0x2000, &data_pa);
    descs = (volatile struct desc *)DMA_VADDR;
    avail = (volatile uint16_t *)(DMA_VADDR + 0x200);
    used = (volatile uint16_t *)(DMA_VADDR + 0x400);
    hdr = (volatile struct req_hdr *)(DMA_VADDR + 0x1000);
    status_byte = (volatile uint8_t *)(DMA_VADDR + 0x1000 + 16);
    data = (uint8_t *)(DMA_VADDR + 0x2000);

    /* Device initialisation (virtio 1.x §3.1). */
    W(STATUS, 0);
    W(STATUS, S_ACK);
    W(STATUS, S_ACK | S_DRIVER);
    W(DEV_FEATURES_SEL, 0);
    uint32_t f0 = R(DEV_FEATURES);
    W(DEV_FEATURES_SEL, 1);
    uint32_t f1 = R(DEV_FEATURES);
    if (!(f1 & 1)) {
        printf("disk: device is not virtio 1.x\n");
        return 1;
    }
    W(DRV_FEATURES_SEL, 0);
    W(DRV_FEATURES, f0 & F_FLUSH);
    W(DRV_FEATURES_SEL, 1);
    W(DRV_FEATURES, 1);
    W(STATUS, S_ACK | S_DRIVER | S_FEATURES_OK);
    if (!(R(STATUS) & S_FEATURES_OK)) {
        printf("disk: features not accepted\n");
        return 1;
    }
    W(QUEUE_SEL, 0);
    if (R(QUEUE_NUM_MAX) < QN) {
        printf("disk: queue too small\n");
        return 1;
    }
    W(QUEUE_NUM, QN);
    W(QUEUE_DESC_LO, (uint32_t)ring_pa);
    W(QUEUE_DESC_HI, (uint32_t)(ring_pa >> 32));
    W(QUEUE_AVAIL_LO, (uint32_t)(ring_pa + 0x200));
    W(QUEUE_AVAIL_HI, (uint32_t)((ring_pa + 0x200) >> 32));
    W(QUEUE_USED_LO, (uint32_t)(ring_pa + 0x400));
    W(QUEUE_USED_HI, (uint32_t)((ring_pa + 0x400) >> 32));
    W(QUEUE_READY, 1);
    W(STATUS, S_ACK | S_DRIVER | S_FEATURES_OK | S_DRIVER_OK);
    capacity = ((seL4_Word)R(CONFIG + 4) << 32) | R(CONFIG);
    int have_flush = (f0 & F_FLUSH) != 0;

    memset(data, 0, 32);
    uint64_t lat;
    request(T_GET_ID, 0, 0, &lat);
    printf("disk: virtio-blk at 0x%lx, IRQ %lu, %lu sectors, id '%s', flush %s\n", dev.paddr, dev.irq, capacity,
           (const char *)data, have_flush ? "yes" : "no");
    if (capacity < 4096) {
        printf("disk: need at least 4096 sectors (2 MiB)\n");
        return 1;
    }

    /* 1. Latencies: 4 KiB writes at four places, a flush, reads back. */
    const seL4_Word where[4] = {1024, capacity - 8, capacity / 2, 1032};
    for (int i = 0; i < 4 && !power_failing; i++) {
        fill(data, 4096, where[i]);
        int st = request(T_OUT, where[i], 8, &lat);
        printf("disk: write 4 KiB at sector %lu: status %d, ", where[i], st);
        print_us(lat);
        printf("\n");
    }
    if (!power_failing) {
        int st = request(T_FLUSH, 0, 0, &lat);
        printf("disk: flush: status %d, ", st);
        print_us(lat);
        printf("\n");
    }
    for (int i = 0; i < 4 && !power_failing; i++) {
        memset(data, 0, 4096);
        int st = request(T_IN, where[i], 8, &lat);
        int okay = 1;
        for (seL4_Word k = 0; k < 4096; k++) {
            if (data[k] != (uint8_t)(k * 7 + where[i])) {
                okay = 0;
            }
        }
        printf("disk: read 4 KiB at sector %lu: status %d, data %s, ", where[i], st, okay ? "ok" : "WRONG");
        print_us(lat);
        printf("\n");
    }

    /* 2. The log: one record per sector, a flush every FLUSH_EVERY records. */
    int written = 0;
    for (int k = 0; k < LOG_RECORDS && !power_failing; k++) {
        memset(data, 0, 512);
        uint32_t *rec = (uint32_t *)data;
        rec[0] = REC_MAGIC;
        rec[1] = (uint32_t)k;
        uint64_t now = sel4ts_rdtime();
        rec[2] = (uint32_t)now;
        rec[3] = (uint32_t)(now >> 32);
        int st = request(T_OUT, LOG_BASE + (seL4_Word)k, 1, &lat);
        printf("disk: record %d written (status %d, ", k, st);
        print_us(lat);
        printf(")\n");
        written = k + 1;
        if (have_flush && written % FLUSH_EVERY == 0 && !power_failing) {
            st = request(T_FLUSH, 0, 0, &lat);
            printf("disk: flushed records 0..%d (status %d, ", k, st);
            print_us(lat);
            printf(")\n");
        }
    }

    /* 3. Power failing: make everything completed durable, then wait for the end. */
    if (power_failing) {
        int st = request(T_FLUSH, 0, 0, &lat);
        printf("disk: emergency flush after %d records: status %d, ", written, st);
        print_us(lat);
        printf("\n");
        printf("disk: log safe, waiting for the power to go\n");
        for (;;) {
            seL4_Word badge;
            seL4_Wait(ntfn, &badge);
        }
    }
    printf("disk: done, %d records\n", written);
    return 0;
}
