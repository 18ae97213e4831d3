/*
 * rapilog server -- the trusted component of RapiLog (Heiser et al., EuroSys 2013) on sel4ts.
 *
 * The rootserver owns the virtio-blk driver and the power-fail line and offers a block service (proto.h) to
 * one untrusted database process (SQLite + the TPC-B client, db.c), which it creates in its own CSpace and
 * VSpace and serves over an endpoint and a shared 2 MiB window frame. The policy comes from the boot block:
 *
 *   sync     a write completes when the device has it (write cache off: durable), a sync sends a FLUSH;
 *   rapilog  writes and syncs complete as soon as the data is in the server's buffer; the server writes it
 *            back in order, one request at a time, in the background; the buffer is bounded by an estimate
 *            of its drain time (transfer at the sequential bandwidth plus a positioning cost per
 *            discontiguous run) against a flush budget, and a writer blocks while it is full; on the
 *            power-fail interrupt the server stops answering and drains;
 *   unsafe   the device's volatile write cache is on and a sync returns at once.
 *
 * The server keeps its buffer in frames mapped only in its own VSpace, and the database process gets private
 * copies of the program's data segment (create_client), so it can touch the server only through the
 * endpoint and the window.
 */
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>
#define SEL4TS_PROCESS_STACK_PAGES 32
#include <sel4ts/device.h>
#include <sel4ts/process.h>
#include <sel4ts/runtime.h>
#include "proto.h"

void rl_db_entry(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3); /* db.c */

#define VIRTIO_VADDR 0x40000000UL
#define DMA_VADDR 0x40100000UL
#define PF_VADDR 0x40200000UL
#define WINDOW_SRV_VADDR 0x50000000UL
#define RING_VADDR 0x60000000UL
#define RING_CHUNK (2UL << 20)
#define RING_CHUNKS 4
#define RING_BYTES (RING_CHUNK * RING_CHUNKS)
#define MAX_ENTRIES 4096

#define QN 8
#define BADGE_DISK 1
#define BADGE_POWER 2
#define BADGE_CLIENT 0x100

enum {
    MAGIC = 0x000, VERSION = 0x004, DEVICE_ID = 0x008, DEV_FEATURES = 0x010, DEV_FEATURES_SEL = 0x014,
    DRV_FEATURES = 0x020, DRV_FEATURES_SEL = 0x024, QUEUE_SEL = 0x030, QUEUE_NUM_MAX = 0x034, QUEUE_NUM = 0x038,
    QUEUE_READY = 0x044, QUEUE_NOTIFY = 0x050, INT_STATUS = 0x060, INT_ACK = 0x064, STATUS = 0x070,
    QUEUE_DESC_LO = 0x080, QUEUE_DESC_HI = 0x084, QUEUE_AVAIL_LO = 0x090, QUEUE_AVAIL_HI = 0x094,
    QUEUE_USED_LO = 0x0a0, QUEUE_USED_HI = 0x0a4, CONFIG = 0x100,
};
enum { S_ACK = 1, S_DRIVER = 2, S_DRIVER_OK = 4, S_FEATURES_OK = 8 };
enum { T_IN = 0, T_OUT = 1, T_FLUSH = 4 };
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

/* A buffered write (rapilog). */
struct entry {
    uint64_t sector;
    uint32_t n;
    uint32_t off;     /* in the ring */
    uint64_t cost_ns; /* its share of the drain-time estimate */
    int issued;
};

static volatile uint32_t *vio;
static volatile struct desc *descs;
static volatile uint16_t *avail, *used;
static volatile struct req_hdr *hdr;
static volatile uint8_t *status_byte;
static seL4_Word ring_pa, req_pa, window_pa, chunk_pa[RING_CHUNKS];
static uint16_t avail_idx, used_seen;
static seL4_CPtr ntfn, disk_irq, pf_irq, ep;
static volatile uint32_t *pf;
static seL4_Word capacity;
static uint8_t *window = (uint8_t *)WINDOW_SRV_VADDR;
static uint8_t *ring = (uint8_t *)RING_VADDR;

static int policy;
static int power_failing;
static uint64_t pf_ticks;          /* time CSR at the power-fail interrupt */
static uint64_t pf_buffered_bytes; /* buffer contents then */
static uint64_t pf_buffered_ns;

/* The one request in flight. */
static int busy, busy_writeback, last_status;
static uint64_t dev_pos; /* sector after the last write issued (for the positioning estimate) */

/* rapilog buffer */
static struct entry q[MAX_ENTRIES];
static int qhead, qlen;
static uint32_t rhead;  /* next free offset in the ring */
static int wrapped;     /* rhead is behind the oldest entry */
static uint64_t est_ns; /* estimated drain time of the buffer */
static uint64_t buf_bytes;
static uint64_t budget_ns, bw, pos_ns, cap_bytes;
static int hold_writeback;

/* statistics */
static uint64_t n_requests, n_writes, n_syncs, n_blocked, max_est_ns, max_bytes, n_merged;
static uint64_t kill_at;
static sel4ts_process_t client;

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

static sel4ts_alloc_t *alloc;

/* Bad disk or a failed client: power off through the syscon with failure code 1 (sel4ts exits 1). */
static __attribute__((noreturn)) void fail_exit(void)
{
    sel4ts_device_t t;
    if (alloc != NULL && sel4ts_fdt_find(seL4_GetBootInfo(), "sifive,test0", 0, &t)) {
        volatile uint32_t *r = sel4ts_map_device(alloc, seL4_GetBootInfo(), t.paddr, 0x40400000UL);
        if (r != NULL) {
            r[0] = 0x3333 | (1u << 16);
        }
    }
    sel4ts_halt();
}

static void check(const char *what, seL4_Error e)
{
    if (e != seL4_NoError) {
        printf("rapilog-server: %s failed: %s\n", what, sel4ts_error_name(e));
        sel4ts_halt();
    }
}

static void submit(uint32_t type, uint64_t sector, uint32_t n, seL4_Word pa)
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
    if (n > 0) {
        descs[1].addr = pa;
        descs[1].len = n * RL_SECTOR;
        descs[1].flags = 1 | (type == T_IN ? 2 : 0);
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
    busy = 1;
    W(QUEUE_NOTIFY, 0);
}

static void kick_writeback(void);

static void on_disk(void)
{
    W(INT_ACK, R(INT_STATUS));
    check("IRQHandler_Ack", seL4_IRQHandler_Ack(disk_irq));
    fence();
    if (!busy || used[1] == used_seen) {
        return;
    }
    used_seen = used[1];
    busy = 0;
    last_status = *status_byte;
    if (busy_writeback) {
        busy_writeback = 0;
        if (last_status != 0) {
            printf("rapilog-server: write-back failed with status %d\n", last_status);
        }
        struct entry *e = &q[qhead];
        est_ns -= e->cost_ns;
        buf_bytes -= (uint64_t)e->n * RL_SECTOR;
        qhead = (qhead + 1) % MAX_ENTRIES;
        qlen--;
        if (qlen == 0) {
            rhead = 0;
            wrapped = 0;
            est_ns = 0;
        } else if (q[qhead].off < e->off) {
            wrapped = 0; /* the oldest entry is now at the start of the ring again */
        }
    }
    kick_writeback();
}

static void on_power(void)
{
    if (!power_failing) {
        power_failing = 1;
        pf_ticks = sel4ts_rdtime();
        pf_buffered_bytes = buf_bytes;
        pf_buffered_ns = est_ns;
    }
    pf[0x0c / 4] = 1;
    check("IRQHandler_Ack (power)", seL4_IRQHandler_Ack(pf_irq));
}

static void dispatch(seL4_Word badge)
{
    if (badge & BADGE_POWER) {
        on_power();
    }
    if (badge & BADGE_DISK) {
        on_disk();
    }
}

static void wait_event(void)
{
    seL4_Word badge;
    seL4_Wait(ntfn, &badge);
    dispatch(badge);
}

static void kick_writeback(void)
{
    if (busy || hold_writeback || qlen == 0) {
        return;
    }
    struct entry *e = &q[qhead];
    e->issued = 1;
    busy_writeback = 1;
    dev_pos = e->sector + e->n;
    submit(T_OUT, e->sector, e->n, chunk_pa[e->off / RING_CHUNK] + e->off % RING_CHUNK);
}

/* Run one request on the device now (after the one in flight) and wait for it. */
static int dev_io(uint32_t type, uint64_t sector, uint32_t n, seL4_Word pa)
{
    hold_writeback = 1;
    while (busy) {
        wait_event();
    }
    submit(type, sector, n, pa);
    while (busy) {
        wait_event();
    }
    hold_writeback = 0;
    if (type == T_OUT) {
        dev_pos = sector + n;
    }
    int st = last_status;
    kick_writeback();
    return st;
}

static uint64_t transfer_ns(uint32_t n)
{
    return (uint64_t)n * RL_SECTOR * 1000000000ULL / bw;
}

static uint64_t ticks_us(uint64_t t)
{
    return t / (SEL4TS_TIMER_HZ / 1000000);
}

/* Power is failing (rapilog): answer nobody again, write the buffer back, report, wait for the end. */
static __attribute__((noreturn)) void drain_and_wait(void)
{
    seL4_TCB_Suspend(client.tcb);
    while (qlen > 0 || busy) {
        wait_event();
    }
    uint64_t t = sel4ts_rdtime();
    printf("\nrapilog-server: power-fail drain: %lu bytes (estimate %lu us) written back in %lu us; budget %lu us, "
           "hold-up %lu us\n",
           (seL4_Word)pf_buffered_bytes, (seL4_Word)(pf_buffered_ns / 1000), (seL4_Word)ticks_us(t - pf_ticks),
           (seL4_Word)(budget_ns / 1000), (seL4_Word)pf[0x10 / 4]);
    for (;;) {
        seL4_Word badge;
        seL4_Wait(ntfn, &badge);
    }
}

static void stats_and_halt(const char *why, int failed)
{
    printf("rapilog-server: %s; %lu requests, %lu writes, %lu syncs", why, (seL4_Word)n_requests,
           (seL4_Word)n_writes, (seL4_Word)n_syncs);
    if (policy == POLICY_RAPILOG) {
        printf(", %lu merged, %lu blocked on a full buffer, largest buffer %lu bytes / %lu us estimated drain",
               (seL4_Word)n_merged, (seL4_Word)n_blocked, (seL4_Word)max_bytes, (seL4_Word)(max_est_ns / 1000));
    }
    printf("\n");
    if (failed) {
        fail_exit();
    }
    sel4ts_halt();
}

/* Buffer a write of n sectors from the window (rapilog). Blocks while the buffer is full. */
static int buffer_write(uint64_t sector, uint32_t n)
{
    uint32_t len = n * RL_SECTOR;
    /* Merge into the newest entry when the write overlaps or extends it and it has not been issued. */
    if (qlen > 0) {
        struct entry *t = &q[(qhead + qlen - 1) % MAX_ENTRIES];
        if (!t->issued && sector >= t->sector && sector <= t->sector + t->n) {
            uint64_t end = sector + n > t->sector + t->n ? sector + n : t->sector + t->n;
            uint32_t newlen = (uint32_t)(end - t->sector) * RL_SECTOR;
            uint32_t grow = newlen - t->n * RL_SECTOR;
            int fits = t->off % RING_CHUNK + newlen <= RING_CHUNK && newlen <= RL_WINDOW_BYTES &&
                       (!wrapped || t->off + newlen <= q[qhead].off) && buf_bytes + grow <= cap_bytes;
            uint64_t extra = transfer_ns((uint32_t)(end - t->sector)) - transfer_ns(t->n);
            if (fits && (est_ns + extra <= budget_ns)) {
                memcpy(ring + t->off + (sector - t->sector) * RL_SECTOR, window, len);
                t->n = (uint32_t)(end - t->sector);
                t->cost_ns += extra;
                est_ns += extra;
                buf_bytes += grow;
                rhead = t->off + newlen;
                n_merged++;
                return RL_OK;
            }
        }
    }
    for (int blocked = 0;; blocked = 1) {
        if (power_failing) {
            drain_and_wait();
        }
        uint64_t prev_end = qlen > 0 ? q[(qhead + qlen - 1) % MAX_ENTRIES].sector + q[(qhead + qlen - 1) % MAX_ENTRIES].n
                                     : dev_pos;
        uint64_t cost = transfer_ns(n) + (sector == prev_end ? 0 : pos_ns);
        uint32_t off = rhead;
        int wrap_now = 0;
        if (off % RING_CHUNK + len > RING_CHUNK) {
            off = (off / RING_CHUNK + 1) * RING_CHUNK;
        }
        if (off + len > RING_BYTES) {
            off = 0;
            wrap_now = 1;
        }
        int space = qlen == 0 || (qlen < MAX_ENTRIES && (!(wrapped || wrap_now) || off + len <= q[qhead].off));
        if (wrap_now && wrapped) {
            space = 0;
        }
        if (qlen == 0 || (space && est_ns + cost <= budget_ns && buf_bytes + len <= cap_bytes)) {
            if (qlen == 0) {
                off = 0;
                wrap_now = 0;
                wrapped = 0;
            }
            struct entry *e = &q[(qhead + qlen) % MAX_ENTRIES];
            e->sector = sector;
            e->n = n;
            e->off = off;
            e->cost_ns = cost;
            e->issued = 0;
            memcpy(ring + off, window, len);
            qlen++;
            rhead = off + len;
            if (wrap_now) {
                wrapped = 1;
            }
            est_ns += cost;
            buf_bytes += len;
            if (est_ns > max_est_ns) {
                max_est_ns = est_ns;
            }
            if (buf_bytes > max_bytes) {
                max_bytes = buf_bytes;
            }
            kick_writeback();
            return RL_OK;
        }
        if (!blocked) {
            n_blocked++;
        }
        wait_event(); /* back-pressure: wait for write-back to make room */
    }
}

/* Reads see the buffered writes: read the device, then apply the buffer in order. */
static int buffered_read(uint64_t sector, uint32_t n)
{
    int st = dev_io(T_IN, sector, n, window_pa);
    if (st != 0) {
        return RL_EIO;
    }
    for (int i = 0; i < qlen; i++) {
        struct entry *e = &q[(qhead + i) % MAX_ENTRIES];
        uint64_t lo = e->sector > sector ? e->sector : sector;
        uint64_t hi = e->sector + e->n < sector + n ? e->sector + e->n : sector + n;
        if (lo < hi) {
            memcpy(window + (lo - sector) * RL_SECTOR, ring + e->off + (lo - e->sector) * RL_SECTOR,
                   (hi - lo) * RL_SECTOR);
        }
    }
    return RL_OK;
}

static int serve(seL4_MessageInfo_t info, seL4_Word *val)
{
    seL4_Word label = seL4_MessageInfo_get_label(info);
    seL4_Word len = seL4_MessageInfo_get_length(info);
    *val = 0;
    if (seL4_MessageInfo_get_extraCaps(info) != 0 || seL4_MessageInfo_get_capsUnwrapped(info) != 0) {
        return RL_EINVAL; /* the protocol carries no caps */
    }
    switch (label) {
    case OP_INFO:
        *val = capacity;
        return RL_OK;
    case OP_READ:
    case OP_WRITE: {
        if (len < 2) {
            return RL_EINVAL;
        }
        seL4_Word sector = seL4_GetMR(0), n = seL4_GetMR(1);
        if (n == 0 || n > RL_WINDOW_SECTORS) {
            return RL_EINVAL;
        }
        if (sector >= capacity || n > capacity - sector) {
            return RL_ERANGE;
        }
        if (label == OP_READ) {
            if (policy == POLICY_RAPILOG) {
                return buffered_read(sector, (uint32_t)n);
            }
            return dev_io(T_IN, sector, (uint32_t)n, window_pa) == 0 ? RL_OK : RL_EIO;
        }
        n_writes++;
        if (policy == POLICY_RAPILOG) {
            return buffer_write(sector, (uint32_t)n);
        }
        return dev_io(T_OUT, sector, (uint32_t)n, window_pa) == 0 ? RL_OK : RL_EIO;
    }
    case OP_SYNC:
        n_syncs++;
        if (policy == POLICY_SYNC) {
            return dev_io(T_FLUSH, 0, 0, 0) == 0 ? RL_OK : RL_EIO;
        }
        return RL_OK; /* rapilog: durable once buffered; unsafe: not at all */
    default:
        return RL_ENOSYS;
    }
}

static seL4_Word map_megapages(sel4ts_alloc_t *a, seL4_CPtr vspace, seL4_Word vaddr, int n, seL4_Word *pas,
                               seL4_CPtr *caps)
{
    for (int i = 0; i < n; i++) {
        seL4_CPtr f = sel4ts_alloc_object(a, seL4_RISCV_Mega_Page, 0);
        if (f == 0) {
            check("megapage", a->error);
        }
        check("map megapage", sel4ts_map_frame(a, f, vspace, vaddr + (seL4_Word)i * RING_CHUNK, seL4_ReadWrite,
                                               seL4_RISCV_ExecuteNever, NULL, NULL, 0));
        if (pas != NULL) {
            seL4_RISCV_Page_GetAddress_t g = seL4_RISCV_Page_GetAddress(f);
            check("Page_GetAddress", g.error);
            pas[i] = g.paddr;
        }
        if (caps != NULL) {
            caps[i] = f;
        }
    }
    return 0;
}

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

static void init_virtio(void)
{
    W(STATUS, 0);
    W(STATUS, S_ACK);
    W(STATUS, S_ACK | S_DRIVER);
    W(DEV_FEATURES_SEL, 0);
    uint32_t f0 = R(DEV_FEATURES);
    W(DEV_FEATURES_SEL, 1);
    if (!(R(DEV_FEATURES) & 1) || !(f0 & F_FLUSH)) {
        printf("rapilog-server: the disk is not virtio 1.x with FLUSH\n");
        sel4ts_halt();
    }
    /* Whether the device caches writes is the disk's setting (sel4ts --disk-write-cache): on for unsafe, off
     * for sync and rapilog, so that a completed write is durable there. */
    W(DRV_FEATURES_SEL, 0);
    W(DRV_FEATURES, F_FLUSH);
    W(DRV_FEATURES_SEL, 1);
    W(DRV_FEATURES, 1);
    W(STATUS, S_ACK | S_DRIVER | S_FEATURES_OK);
    W(QUEUE_SEL, 0);
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
}


/*
 * The database process, as sel4ts_process_create makes one (own CNode, VSpace, IPC buffer, stack, TCB), except
 * that it does not share the program's writable memory with the server: text and rodata frames are shared
 * read-only, and every frame of the data segment (.data, .bss: the server's globals too) is a private copy
 * taken now. So the database process can reach the server only through the endpoint and the window.
 */
extern char __text_end[];
#define SCRATCH_VADDR 0x40300000UL

static seL4_Error create_client(sel4ts_alloc_t *a, seL4_BootInfo *bi)
{
    sel4ts_process_t *p = &client;
    seL4_Error e;
    p->npts = 0;
    p->cnode_bits = 4;
    p->tcb = sel4ts_alloc_object(a, seL4_TCBObject, 0);
    p->cnode = sel4ts_alloc_object(a, seL4_CapTableObject, 4);
    p->vspace = sel4ts_alloc_object(a, seL4_RISCV_PageTableObject, 0);
    p->ipc_frame = sel4ts_alloc_object(a, seL4_RISCV_4K_Page, 0);
    if (p->tcb == 0 || p->cnode == 0 || p->vspace == 0 || p->ipc_frame == 0) {
        return a->error;
    }
    if ((e = seL4_RISCV_ASIDPool_Assign(seL4_CapInitThreadASIDPool, p->vspace)) != seL4_NoError) {
        return e;
    }
    seL4_Word nframes = bi->userImageFrames.end - bi->userImageFrames.start;
    seL4_Word ui_end = (seL4_Word)bi->ipcBuffer & ~(seL4_PageSize - 1);
    seL4_Word ui_start = ui_end - nframes * seL4_PageSize;
    seL4_Word data_start = ((seL4_Word)__text_end + seL4_PageSize - 1) & ~(seL4_PageSize - 1);
    for (seL4_Word i = 0; i < nframes; i++) {
        seL4_Word va = ui_start + i * seL4_PageSize;
        seL4_CPtr f;
        if (va < data_start) {
            f = sel4ts_alloc_slot(a);
            if (f == 0) {
                return a->error;
            }
            e = seL4_CNode_Copy(seL4_CapInitThreadCNode, f, seL4_WordBits, seL4_CapInitThreadCNode,
                                bi->userImageFrames.start + i, seL4_WordBits, seL4_CanRead);
        } else {
            f = sel4ts_alloc_object(a, seL4_RISCV_4K_Page, 0);
            if (f == 0) {
                return a->error;
            }
            e = sel4ts_map_frame(a, f, seL4_CapInitThreadVSpace, SCRATCH_VADDR, seL4_ReadWrite,
                                 seL4_RISCV_ExecuteNever, NULL, NULL, 0);
            if (e == seL4_NoError) {
                memcpy((void *)SCRATCH_VADDR, (const void *)va, seL4_PageSize);
                e = seL4_RISCV_Page_Unmap(f);
            }
        }
        if (e == seL4_NoError) {
            e = sel4ts_map_frame(a, f, p->vspace, va, va < data_start ? seL4_CanRead : seL4_ReadWrite,
                                 va < data_start ? seL4_RISCV_Default_VMAttributes : seL4_RISCV_ExecuteNever,
                                 p->pts, &p->npts, SEL4TS_PROCESS_MAX_PTS);
        }
        if (e != seL4_NoError) {
            return e;
        }
    }
    p->ipc_buffer = (seL4_Word)bi->ipcBuffer;
    e = sel4ts_map_frame(a, p->ipc_frame, p->vspace, ui_end, seL4_ReadWrite, seL4_RISCV_ExecuteNever, p->pts,
                         &p->npts, SEL4TS_PROCESS_MAX_PTS);
    if (e != seL4_NoError) {
        return e;
    }
    for (int i = 0; i < SEL4TS_PROCESS_STACK_PAGES; i++) {
        p->stack_frames[i] = sel4ts_alloc_object(a, seL4_RISCV_4K_Page, 0);
        if (p->stack_frames[i] == 0) {
            return a->error;
        }
        e = sel4ts_map_frame(a, p->stack_frames[i], p->vspace, SEL4TS_PROCESS_STACK_BASE + i * seL4_PageSize,
                             seL4_ReadWrite, seL4_RISCV_ExecuteNever, p->pts, &p->npts, SEL4TS_PROCESS_MAX_PTS);
        if (e != seL4_NoError) {
            return e;
        }
    }
    p->tls_base = SEL4TS_PROCESS_STACK_BASE;
    p->stack_top = SEL4TS_PROCESS_STACK_BASE + SEL4TS_PROCESS_STACK_PAGES * seL4_PageSize;
    e = seL4_TCB_Configure(p->tcb, 0, p->cnode, sel4ts_cnode_guard(4), p->vspace, 0, p->ipc_buffer, p->ipc_frame);
    if (e != seL4_NoError) {
        return e;
    }
    return seL4_TCB_SetPriority(p->tcb, seL4_CapInitThreadTCB, 100);
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    sel4ts_alloc_t a;
    check("alloc", sel4ts_alloc_init(&a, bi, 26));
    alloc = &a;
    sel4ts_device_t dev;
    if (!probe(&a, bi, &dev)) {
        printf("rapilog-server: no virtio block device (run with --disk FILE)\n");
        fail_exit();
    }
    ntfn = sel4ts_alloc_object(&a, seL4_NotificationObject, 0);
    ep = sel4ts_alloc_object(&a, seL4_EndpointObject, 0);
    if (ntfn == 0 || ep == 0) {
        check("notification/endpoint", a.error);
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
    }
    check("TCB_BindNotification", seL4_TCB_BindNotification(seL4_CapInitThreadTCB, ntfn));
    dma_frame(&a, DMA_VADDR, &ring_pa);
    dma_frame(&a, DMA_VADDR + 0x1000, &req_pa);
    descs = (volatile struct desc *)DMA_VADDR;
    avail = (volatile uint16_t *)(DMA_VADDR + 0x200);
    used = (volatile uint16_t *)(DMA_VADDR + 0x400);
    hdr = (volatile struct req_hdr *)(DMA_VADDR + 0x1000);
    status_byte = (volatile uint8_t *)(DMA_VADDR + 0x1000 + 16);

    /* The window: one physically contiguous 2 MiB frame, mapped here and (a copy of the cap) in the client. */
    seL4_CPtr wcap;
    map_megapages(&a, seL4_CapInitThreadVSpace, WINDOW_SRV_VADDR, 1, &window_pa, &wcap);

    init_virtio();
    if (capacity < 64) {
        printf("rapilog-server: disk too small (%lu sectors)\n", capacity);
        fail_exit();
    }
    if (dev_io(T_IN, 0, 1, window_pa) != 0) {
        printf("rapilog-server: cannot read the boot block\n");
        fail_exit();
    }
    char boot[RL_SECTOR + 1];
    memcpy(boot, window, RL_SECTOR);
    boot[RL_SECTOR] = 0;
    if (memcmp(boot, "RAPILOG1\n", 9) != 0) {
        printf("rapilog-server: no RAPILOG1 boot block in sector 0 (format the disk with the host tools)\n");
        fail_exit();
    }
    char pol[16];
    if (!rl_config(boot, "policy", pol, sizeof pol)) {
        pol[0] = 0;
    }
    policy = rl_streq(pol, "sync") ? POLICY_SYNC : rl_streq(pol, "rapilog") ? POLICY_RAPILOG
           : rl_streq(pol, "unsafe") ? POLICY_UNSAFE : -1;
    if (policy < 0) {
        printf("rapilog-server: unknown policy '%s'\n", pol);
        fail_exit();
    }
    budget_ns = rl_config_num(boot, "budget_us", 20000) * 1000;
    bw = rl_config_num(boot, "bw", 120000000);
    pos_ns = rl_config_num(boot, "pos_us", 10000) * 1000;
    kill_at = rl_config_num(boot, "kill", 0);
    cap_bytes = budget_ns * bw / 1000000000ULL;
    if (cap_bytes > RING_BYTES) {
        cap_bytes = RING_BYTES;
    }
    if (cap_bytes < RL_WINDOW_BYTES) {
        cap_bytes = RL_WINDOW_BYTES;
    }
    if (policy == POLICY_RAPILOG) {
        map_megapages(&a, seL4_CapInitThreadVSpace, RING_VADDR, RING_CHUNKS, chunk_pa, NULL);
    }
    printf("rapilog-server: policy %s, disk %lu sectors", pol, capacity);
    if (policy == POLICY_RAPILOG) {
        printf(", buffer bound %lu us estimated drain / %lu bytes (%lu B/s, %lu us per seek)",
               (seL4_Word)(budget_ns / 1000), (seL4_Word)cap_bytes, (seL4_Word)bw, (seL4_Word)(pos_ns / 1000));
    }
    printf("\n");

    /* The database process: own CSpace/VSpace, the endpoint, its heap, file caches and the window. */
    check("process", create_client(&a, bi));
    check("client ep", sel4ts_process_mint(&client, RL_CLIENT_EP, ep, seL4_AllRights, BADGE_CLIENT));
    map_megapages(&a, client.vspace, RL_HEAP_VADDR, (int)(RL_HEAP_BYTES / RING_CHUNK), NULL, NULL);
    map_megapages(&a, client.vspace, RL_CACHE_VADDR, (int)(RL_NFILES * RL_CACHE_BYTES / RING_CHUNK), NULL, NULL);
    seL4_CPtr wcopy = sel4ts_alloc_slot(&a);
    check("window copy", seL4_CNode_Copy(seL4_CapInitThreadCNode, wcopy, seL4_WordBits, seL4_CapInitThreadCNode,
                                         wcap, seL4_WordBits, seL4_AllRights));
    check("window map", sel4ts_map_frame(&a, wcopy, client.vspace, RL_WINDOW_VADDR, seL4_ReadWrite,
                                         seL4_RISCV_ExecuteNever, NULL, NULL, 0));
    check("start", sel4ts_process_start(&client, rl_db_entry, 0, 0, 0, 0));

    for (;;) {
        seL4_Word badge;
        seL4_MessageInfo_t info = seL4_Recv(ep, &badge);
        if (badge != BADGE_CLIENT) {
            dispatch(badge); /* a signal of the bound notification */
            if (power_failing && policy == POLICY_RAPILOG) {
                drain_and_wait();
            }
            continue;
        }
        n_requests++;
        if (power_failing && policy == POLICY_RAPILOG) {
            drain_and_wait(); /* stop accepting */
        }
        if (kill_at != 0 && n_requests == kill_at) {
            check("TCB_Suspend", seL4_TCB_Suspend(client.tcb));
            printf("\nrapilog-server: killed the database process at request %lu\n", (seL4_Word)n_requests);
            while (qlen > 0 || busy) {
                wait_event();
            }
            stats_and_halt("database process killed, buffer written back", 0);
        }
        if (seL4_MessageInfo_get_label(info) == OP_DONE) {
            while (qlen > 0 || busy) {
                wait_event();
            }
            int failed = seL4_MessageInfo_get_length(info) >= 1 && seL4_GetMR(0) != 0;
            stats_and_halt(failed ? "client failed, buffer written back" : "client done, buffer written back",
                           failed);
        }
        seL4_Word val;
        int st = serve(info, &val);
        if (power_failing && policy == POLICY_RAPILOG) {
            drain_and_wait(); /* never acknowledge after the interrupt */
        }
        seL4_SetMR(0, (seL4_Word)(seL4_Word)(long)st);
        seL4_SetMR(1, val);
        seL4_SetMR(2, (seL4_Word)policy);
        seL4_Reply(seL4_MessageInfo_new(0, 0, 0, 3));
    }
}
