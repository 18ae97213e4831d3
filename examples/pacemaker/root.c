/*
 * pacemaker rootserver -- builds the system from the declarative table `components` below, then supervises it.
 *
 * Isolated (the default): every component is a process with its own CNode (64 slots holding exactly the caps in
 * its row of the table) and its own VSpace: the program text is mapped read-only from the rootserver's image
 * frames, and .data/.bss are private copies (fresh frames filled from the rootserver's image), so no component can
 * write another's memory; a fresh IPC buffer, a stack and the device pages of its row. Priorities and MCPs come
 * from the table; with the MCS kernel (SEL4TS_MCS=1) so do the scheduling contexts' budgets and periods.
 *
 * Without isolation (bootargs "isolation=off", the comparison): the same components run as threads of the
 * rootserver itself, sharing its CNode (every capability) and VSpace (every page, writable), with the MCP of the
 * rootserver and no budget limit, as on an RTOS without memory protection.
 *
 * Then the rootserver is the supervisor: it receives every fault of the components on one endpoint (badge =
 * component), logs it, and resumes the radio after the faulting instruction (restarting it after a jump to 0).
 * A fault of the pacer or the logger is logged and the thread stays stopped.
 */
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>
#include <sel4ts/process.h>
#include <sel4ts/device.h>
#include "pacemaker.h"

pm_env_t env_pacer, env_radio, env_logger;
pm_leak_t pm_leak;

enum { O_NONE, O_SETTINGS_EP, O_LOG_EP, O_HEART_IRQ, O_RTC_IRQ, O_UART_IRQ, O_UART_NTFN, O_SELF_TCB, O_SELF_CNODE,
       O_SELF_VSPACE, O_REPLY, O_COUNT };
enum { R_ALL, R_READ, R_WRITE, R_WRITE_GR };
enum { D_NONE, D_HEART, D_RTC, D_UART, D_COUNT };

typedef struct {
    seL4_Word slot;
    int obj;
    int rights;
    seL4_Word badge;
} grant_t;

typedef struct {
    int dev;
    seL4_Word vaddr;
} devmap_t;

typedef struct component {
    const char *name;
    void (*entry)(seL4_Word, seL4_Word, seL4_Word, seL4_Word);
    pm_env_t *env;
    seL4_Word prio, mcp;
    seL4_Word budget_us, period_us; /* MCS scheduling context */
    int bind_pacer_ntfn;            /* the heart and RTC interrupts arrive on the TCB's bound notification */
    devmap_t devs[2];
    grant_t caps[8];
} component_t;

#if SEL4TS_MCS
/* MCS: the radio runs at the pacer's priority; its budget (2 ms every 10 ms) is what protects the pacer. */
#define RADIO_PRIO 200
#else
#define RADIO_PRIO 100
#endif

#define CNODE_BITS 6
#define S_FAULT 63 /* non-MCS: the fault endpoint (badged) in each process's CNode */

/* The system: components, their memory, priorities, budgets and the capabilities between them. */
static const component_t components[] = {
    {"logger", logger_main, &env_logger, 150, 150, 5000, 10000, 0, {{D_NONE, 0}, {D_NONE, 0}},
     {{2, O_LOG_EP, R_READ, 0}, {3, O_REPLY, R_ALL, 0}}},
    {"pacer", pacer_main, &env_pacer, 200, 200, 10000, 10000, 1, {{D_HEART, VA_HEART}, {D_RTC, VA_RTC}},
     {{1, O_SETTINGS_EP, R_READ, 0},
      {2, O_LOG_EP, R_WRITE, BADGE_LOG_PACER},
      {3, O_REPLY, R_ALL, 0},
      {4, O_HEART_IRQ, R_ALL, 0},
      {5, O_RTC_IRQ, R_ALL, 0}}},
    {"radio", radio_main, &env_radio, RADIO_PRIO, RADIO_PRIO, 2000, 10000, 0, {{D_UART, VA_UART}, {D_NONE, 0}},
     {{1, O_SETTINGS_EP, R_WRITE_GR, BADGE_RADIO},
      {2, O_LOG_EP, R_WRITE_GR, BADGE_LOG_RADIO},
      {4, O_UART_IRQ, R_ALL, 0},
      {6, O_UART_NTFN, R_READ, 0},
      {7, O_SELF_TCB, R_ALL, 0},
      {8, O_SELF_CNODE, R_ALL, 0},
      {9, O_SELF_VSPACE, R_ALL, 0}}},
};
#define N_COMP (sizeof(components) / sizeof(components[0]))
#define C_RADIO 2

#define STACK_BASE 0x10000000UL
#define STACK_PAGES 4
#define SCRATCH_VA 0x30000000UL

typedef struct {
    seL4_CPtr tcb, cnode, vspace, ipc_frame, sc, reply;
    seL4_Word stack_top, tls;
} proc_t;

static proc_t procs[N_COMP];
static seL4_CPtr objs[O_COUNT];
static seL4_CPtr dev_frames[D_COUNT];
static seL4_Word dev_paddr[D_COUNT];
static seL4_CPtr fault_ep, pacer_ntfn;
#if SEL4TS_MCS
static seL4_CPtr sup_reply;
#endif
static sel4ts_alloc_t a;
static seL4_BootInfo *bi;
static int isolated = 1;

/* Stacks and TLS blocks of the threads when they share the rootserver's VSpace. */
static char shared_stacks[N_COMP][16384] __attribute__((aligned(16)));
static char shared_tls[N_COMP][256] __attribute__((aligned(16)));

extern char __text_end[];

static void fail(const char *what, seL4_Error e)
{
    printf("pacemaker: %s failed: %s\n", what, sel4ts_error_name(e));
    seL4_DebugHalt();
    for (;;) {
    }
}

#define CHECK(what, expr)             \
    do {                              \
        seL4_Error _e = (expr);       \
        if (_e != seL4_NoError) {     \
            fail(what, _e);           \
        }                             \
    } while (0)

static seL4_CPtr alloc(seL4_Word type, seL4_Word bits)
{
    seL4_CPtr s = sel4ts_alloc_object(&a, type, bits);
    if (s == 0) {
        fail("allocation", a.error);
    }
    return s;
}

static seL4_CapRights_t rights_of(int r)
{
    switch (r) {
    case R_READ: return seL4_CanRead;
    case R_WRITE: return seL4_CanWrite;
    case R_WRITE_GR: return seL4_CapRights_new(1, 0, 0, 1);
    default: return seL4_AllRights;
    }
}

/* The "bootargs" property of /chosen contains `word`. */
static int bootargs_has(const char *word)
{
    seL4_BootInfoHeader *h = sel4ts_bootinfo_find(bi, SEL4_BOOTINFO_HEADER_FDT);
    if (h == (seL4_BootInfoHeader *)0) {
        return 0;
    }
    const uint8_t *fdt = (const uint8_t *)(h + 1);
    const uint8_t *st = fdt + sel4ts_be32(fdt + 8);
    const char *strs = (const char *)fdt + sel4ts_be32(fdt + 12);
    uint32_t size = sel4ts_be32(fdt + 36), off = 0;
    while (off + 4 <= size) {
        uint32_t tok = sel4ts_be32(st + off);
        off += 4;
        if (tok == 1) {
            while (st[off] != 0) {
                off++;
            }
            off = (off + 4) & ~3u;
        } else if (tok == 3) {
            uint32_t len = sel4ts_be32(st + off);
            const char *name = strs + sel4ts_be32(st + off + 4);
            const char *v = (const char *)st + off + 8;
            off = (off + 8 + len + 3) & ~3u;
            if (sel4ts_streq(name, "bootargs")) {
                return strstr(v, word) != NULL;
            }
        } else if (tok != 2 && tok != 4) {
            break;
        }
    }
    return 0;
}

static void find_device(int d, const char *compat)
{
    sel4ts_device_t dev = {0, 0, 0};
    if (!sel4ts_fdt_find(bi, compat, 0, &dev)) {
        printf("pacemaker: no %s in the device tree\n", compat);
        seL4_DebugHalt();
    }
    dev_paddr[d] = dev.paddr;
    dev_frames[d] = sel4ts_device_frame(&a, bi, dev.paddr);
    if (dev_frames[d] == 0) {
        fail("device frame", a.error);
    }
    if (d == D_HEART) {
        objs[O_HEART_IRQ] = sel4ts_alloc_slot(&a);
        CHECK("IRQControl_Get(heart)", seL4_IRQControl_Get(seL4_CapIRQControl, dev.irq, seL4_CapInitThreadCNode,
                                                           objs[O_HEART_IRQ], seL4_WordBits));
    } else if (d == D_RTC) {
        objs[O_RTC_IRQ] = sel4ts_alloc_slot(&a);
        CHECK("IRQControl_Get(rtc)", seL4_IRQControl_Get(seL4_CapIRQControl, dev.irq, seL4_CapInitThreadCNode,
                                                         objs[O_RTC_IRQ], seL4_WordBits));
    } else {
        objs[O_UART_IRQ] = sel4ts_alloc_slot(&a);
        CHECK("IRQControl_Get(uart)", seL4_IRQControl_Get(seL4_CapIRQControl, dev.irq, seL4_CapInitThreadCNode,
                                                          objs[O_UART_IRQ], seL4_WordBits));
    }
}

/* A badged copy of `src` in a fresh slot of the rootserver's CNode. */
static seL4_CPtr mint_root(seL4_CPtr src, seL4_CapRights_t r, seL4_Word badge)
{
    seL4_CPtr s = sel4ts_alloc_slot(&a);
    CHECK("mint", seL4_CNode_Mint(seL4_CapInitThreadCNode, s, seL4_WordBits, seL4_CapInitThreadCNode, src,
                                  seL4_WordBits, r, badge));
    return s;
}

static void make_objects(void)
{
    objs[O_SETTINGS_EP] = alloc(seL4_EndpointObject, 0);
    objs[O_LOG_EP] = alloc(seL4_EndpointObject, 0);
    fault_ep = alloc(seL4_EndpointObject, 0);
    pacer_ntfn = alloc(seL4_NotificationObject, 0);
    objs[O_UART_NTFN] = alloc(seL4_NotificationObject, 0);
    find_device(D_HEART, "sel4ts,heart");
    find_device(D_RTC, "google,goldfish-rtc");
    find_device(D_UART, "ns16550a");
    CHECK("heart IRQ notification", seL4_IRQHandler_SetNotification(objs[O_HEART_IRQ],
                                                                     mint_root(pacer_ntfn, seL4_AllRights, NTFN_HEART)));
    CHECK("RTC IRQ notification", seL4_IRQHandler_SetNotification(objs[O_RTC_IRQ],
                                                                   mint_root(pacer_ntfn, seL4_AllRights, NTFN_RTC)));
    CHECK("UART IRQ notification", seL4_IRQHandler_SetNotification(objs[O_UART_IRQ], objs[O_UART_NTFN]));
#if SEL4TS_MCS
    sup_reply = alloc(seL4_ReplyObject, 0);
#endif
    for (unsigned i = 0; i < N_COMP; i++) {
        procs[i].tcb = alloc(seL4_TCBObject, 0);
#if SEL4TS_MCS
        procs[i].sc = alloc(seL4_SchedContextObject, seL4_MinSchedContextBits);
        procs[i].reply = alloc(seL4_ReplyObject, 0);
#endif
    }
    pm_leak.pacer_tcb = procs[1].tcb;
    pm_leak.untyped_start = bi->untyped.start;
    pm_leak.untyped_end = bi->untyped.end;
    for (seL4_Word i = 0; i < 64 && i < bi->untyped.end - bi->untyped.start; i++) {
        pm_leak.untyped_bits[i] = bi->untypedList[i].sizeBits;
    }
}

static seL4_Error map(seL4_CPtr frame, seL4_CPtr vspace, seL4_Word va, seL4_CapRights_t r, seL4_Word attr)
{
    return sel4ts_map_frame(&a, frame, vspace, va, r, attr, (seL4_CPtr *)0, (int *)0, 0);
}

/* Map the rootserver's image into p: text read-only (shared frames), data and bss private copies. */
static void map_image(unsigned ci, proc_t *p)
{
    seL4_Word nframes = bi->userImageFrames.end - bi->userImageFrames.start;
    seL4_Word ui_end = (seL4_Word)bi->ipcBuffer & ~(seL4_PageSize - 1);
    seL4_Word ui_start = ui_end - nframes * seL4_PageSize;
    seL4_Word data_start = ((seL4_Word)__text_end + seL4_PageSize - 1) & ~(seL4_PageSize - 1);
    int ndata = 0;
    for (seL4_Word i = 0; i < nframes; i++) {
        seL4_Word va = ui_start + i * seL4_PageSize;
        if (va < data_start) {
            seL4_CPtr copy = sel4ts_alloc_slot(&a);
            CHECK("copy text frame", seL4_CNode_Copy(seL4_CapInitThreadCNode, copy, seL4_WordBits, seL4_CapInitThreadCNode,
                                                     bi->userImageFrames.start + i, seL4_WordBits, seL4_AllRights));
            CHECK("map text", map(copy, p->vspace, va, seL4_CanRead, seL4_RISCV_Default_VMAttributes));
        } else {
            seL4_CPtr f = alloc(seL4_RISCV_4K_Page, 0);
            CHECK("map scratch", map(f, seL4_CapInitThreadVSpace, SCRATCH_VA, seL4_ReadWrite, seL4_RISCV_ExecuteNever));
            memcpy((void *)SCRATCH_VA, (const void *)va, seL4_PageSize);
            CHECK("unmap scratch", seL4_RISCV_Page_Unmap(f));
            CHECK("map data", map(f, p->vspace, va, seL4_ReadWrite, seL4_RISCV_ExecuteNever));
            if (ci == 1 && ndata < 4) {
                pm_leak.pacer_frames[ndata++] = f;
            }
        }
    }
    p->ipc_frame = alloc(seL4_RISCV_4K_Page, 0);
    CHECK("map IPC buffer", map(p->ipc_frame, p->vspace, ui_end, seL4_ReadWrite, seL4_RISCV_ExecuteNever));
}

static void fill_env(unsigned ci, proc_t *p)
{
    const component_t *c = &components[ci];
    pm_env_t *e = c->env;
    memset(e, 0, sizeof(*e));
    e->isolated = (seL4_Word)isolated;
    e->mcp = isolated ? c->mcp : seL4_MaxPrio;
    if (isolated) {
        e->settings_ep = 1;
        e->log_ep = 2;
        e->reply = 3;
        e->irq_a = 4;
        e->irq_b = 5;
        e->ntfn = 6;
        e->own_tcb = 7;
        e->own_cnode = 8;
        e->own_vspace = 9;
        e->cnode_slots = 1UL << CNODE_BITS;
    } else {
        /* Badged copies as in the isolated system, so the same code can tell its clients apart. */
        e->settings_ep = ci == C_RADIO ? mint_root(objs[O_SETTINGS_EP], seL4_AllRights, BADGE_RADIO)
                                       : objs[O_SETTINGS_EP];
        e->log_ep = ci == 0 ? objs[O_LOG_EP]
                            : mint_root(objs[O_LOG_EP], seL4_AllRights, ci == 1 ? BADGE_LOG_PACER : BADGE_LOG_RADIO);
        e->reply = p->reply;
        e->irq_a = ci == 1 ? objs[O_HEART_IRQ] : objs[O_UART_IRQ];
        e->irq_b = objs[O_RTC_IRQ];
        e->ntfn = objs[O_UART_NTFN];
        e->own_tcb = p->tcb;
        e->own_cnode = seL4_CapInitThreadCNode;
        e->own_vspace = seL4_CapInitThreadVSpace;
        e->cnode_slots = 1UL << bi->initThreadCNodeSizeBits;
    }
    e->heart = (volatile uint32_t *)(VA_HEART + (dev_paddr[D_HEART] & 0xfff));
    e->rtc = (volatile uint32_t *)(VA_RTC + (dev_paddr[D_RTC] & 0xfff));
    e->uart = (volatile uint8_t *)(VA_UART + (dev_paddr[D_UART] & 0xfff));
}

static void sched_params(unsigned ci, proc_t *p, seL4_CPtr fault_cap)
{
    const component_t *c = &components[ci];
    seL4_Word mcp = isolated ? c->mcp : seL4_MaxPrio;
#if SEL4TS_MCS
    seL4_Word budget = isolated ? c->budget_us : c->period_us;
    CHECK("SchedControl_Configure", seL4_SchedControl_ConfigureFlags(bi->schedcontrol.start, p->sc, budget,
                                                                     c->period_us, 0, ci + 1, 0));
    CHECK("TCB_SetSchedParams", seL4_TCB_SetSchedParams(p->tcb, seL4_CapInitThreadTCB, mcp, c->prio, p->sc, fault_cap));
#else
    (void)fault_cap;
    CHECK("TCB_SetSchedParams", seL4_TCB_SetSchedParams(p->tcb, seL4_CapInitThreadTCB, mcp, c->prio));
#endif
    if (c->bind_pacer_ntfn) {
        CHECK("TCB_BindNotification", seL4_TCB_BindNotification(p->tcb, pacer_ntfn));
    }
}

static void build_isolated(unsigned ci)
{
    const component_t *c = &components[ci];
    proc_t *p = &procs[ci];
    p->cnode = alloc(seL4_CapTableObject, CNODE_BITS);
    p->vspace = alloc(seL4_RISCV_PageTableObject, 0);
    CHECK("ASIDPool_Assign", seL4_RISCV_ASIDPool_Assign(seL4_CapInitThreadASIDPool, p->vspace));
    fill_env(ci, p);
    map_image(ci, p);
    for (int i = 0; i < STACK_PAGES; i++) {
        CHECK("map stack", map(alloc(seL4_RISCV_4K_Page, 0), p->vspace, STACK_BASE + i * seL4_PageSize, seL4_ReadWrite,
                               seL4_RISCV_ExecuteNever));
    }
    p->tls = STACK_BASE;
    p->stack_top = STACK_BASE + STACK_PAGES * seL4_PageSize;
    for (int d = 0; d < 2; d++) {
        if (c->devs[d].dev != D_NONE) {
            CHECK("map device", map(dev_frames[c->devs[d].dev], p->vspace, c->devs[d].vaddr, seL4_ReadWrite,
                                    seL4_RISCV_ExecuteNever));
        }
    }
    for (int i = 0; i < 8; i++) {
        const grant_t *g = &c->caps[i];
        if (g->obj == O_NONE) {
            continue;
        }
        seL4_CPtr src = g->obj == O_SELF_TCB ? p->tcb : g->obj == O_SELF_CNODE ? p->cnode
                      : g->obj == O_SELF_VSPACE ? p->vspace : g->obj == O_REPLY ? p->reply : objs[g->obj];
        seL4_Word badge = g->obj == O_SELF_CNODE ? sel4ts_cnode_guard(CNODE_BITS) : g->badge;
        if (src == 0) {
            continue; /* no reply objects without MCS */
        }
        CHECK("grant", seL4_CNode_Mint(p->cnode, g->slot, CNODE_BITS, seL4_CapInitThreadCNode, src, seL4_WordBits,
                                       rights_of(g->rights), badge));
    }
#if SEL4TS_MCS
    seL4_CPtr fault_cap = mint_root(fault_ep, seL4_CapRights_new(1, 0, 0, 1), ci + 1);
    CHECK("TCB_Configure", seL4_TCB_Configure(p->tcb, p->cnode, sel4ts_cnode_guard(CNODE_BITS), p->vspace, 0,
                                              (seL4_Word)bi->ipcBuffer, p->ipc_frame));
#else
    seL4_CPtr fault_cap = 0;
    CHECK("fault endpoint", seL4_CNode_Mint(p->cnode, S_FAULT, CNODE_BITS, seL4_CapInitThreadCNode, fault_ep,
                                            seL4_WordBits, seL4_CapRights_new(1, 0, 0, 1), ci + 1));
    CHECK("TCB_Configure", seL4_TCB_Configure(p->tcb, S_FAULT, p->cnode, sel4ts_cnode_guard(CNODE_BITS), p->vspace, 0,
                                              (seL4_Word)bi->ipcBuffer, p->ipc_frame));
#endif
    sched_params(ci, p, fault_cap);
}

static void build_shared(unsigned ci)
{
    proc_t *p = &procs[ci];
    fill_env(ci, p);
    p->stack_top = (seL4_Word)&shared_stacks[ci][sizeof(shared_stacks[ci])];
    p->tls = (seL4_Word)&shared_tls[ci][0];
    seL4_CPtr fault_cap = mint_root(fault_ep, seL4_CapRights_new(1, 0, 0, 1), ci + 1);
#if SEL4TS_MCS
    CHECK("TCB_Configure", seL4_TCB_Configure(p->tcb, seL4_CapInitThreadCNode, 0, seL4_CapInitThreadVSpace, 0,
                                              (seL4_Word)bi->ipcBuffer, seL4_CapInitThreadIPCBuffer));
#else
    CHECK("TCB_Configure", seL4_TCB_Configure(p->tcb, fault_cap, seL4_CapInitThreadCNode, 0, seL4_CapInitThreadVSpace, 0,
                                              (seL4_Word)bi->ipcBuffer, seL4_CapInitThreadIPCBuffer));
#endif
    sched_params(ci, p, fault_cap);
}

static void start(unsigned ci)
{
    proc_t *p = &procs[ci];
    seL4_UserContext ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.pc = (seL4_Word)components[ci].entry;
    ctx.sp = p->stack_top;
    __asm__("mv %0, gp" : "=r"(ctx.gp));
    ctx.tp = p->tls;
    ctx.a0 = (seL4_Word)components[ci].env;
    seL4_DebugNameThread(p->tcb, components[ci].name);
    CHECK("TCB_WriteRegisters", seL4_TCB_WriteRegisters(p->tcb, 1, 0, sizeof(ctx) / sizeof(seL4_Word), &ctx));
}

static const char *const fault_names[] = {
    "NullFault", "CapFault", "UnknownSyscall", "UserException",
#if SEL4TS_MCS
    "DebugException", "Timeout", "VMFault",
#else
    "DebugException", "VMFault",
#endif
};

static void stamp(void)
{
    uint64_t us = sel4ts_rdtime() / 10;
    printf("[%6lu.%06lu] ", (seL4_Word)(us / 1000000), (seL4_Word)(us % 1000000));
}

/* Resume the radio after its fault: past the faulting instruction with the fault in t6 (or, for a system call,
 * as the error label of its result), or from the top after an instruction fetch fault. */
static int resume_radio(seL4_Word label, seL4_Word ip, seL4_Word addr)
{
    proc_t *p = &procs[C_RADIO];
    seL4_UserContext ctx;
    CHECK("TCB_ReadRegisters", seL4_TCB_ReadRegisters(p->tcb, 0, 0, sizeof(ctx) / sizeof(seL4_Word), &ctx));
    if (ctx.pc != ip) {
        return 0; /* not a fault: a message the radio sent on its fault endpoint, dressed up as one */
    }
    if (label == seL4_Fault_VMFault && ip == addr) {
        memset(&ctx, 0, sizeof(ctx));
        ctx.pc = (seL4_Word)radio_main;
        ctx.sp = p->stack_top;
        __asm__("mv %0, gp" : "=r"(ctx.gp));
        ctx.tp = p->tls;
        ctx.a0 = (seL4_Word)&env_radio;
    } else {
        ctx.pc = ip + 4;
        if (label == seL4_Fault_CapFault) {
            ctx.a1 = seL4_MessageInfo_new(RES_FAULT | label, 0, 0, 0).words[0];
        } else {
            ctx.t6 = RES_FAULT | label;
        }
    }
    CHECK("TCB_WriteRegisters", seL4_TCB_WriteRegisters(p->tcb, 0, 0, sizeof(ctx) / sizeof(seL4_Word), &ctx));
    return 1;
}

static void supervise(void)
{
    for (;;) {
        seL4_Word badge = 0;
#if SEL4TS_MCS
        seL4_MessageInfo_t info = seL4_Recv(fault_ep, &badge, sup_reply);
#else
        seL4_MessageInfo_t info = seL4_Recv(fault_ep, &badge);
#endif
        seL4_Word label = seL4_MessageInfo_get_label(info);
        seL4_Word ip = seL4_GetMR(0), addr = seL4_GetMR(1);
        const char *who = badge >= 1 && badge <= N_COMP ? components[badge - 1].name : "?";
        int is_fault = label >= seL4_Fault_CapFault && label <= seL4_Fault_VMFault && label != 4;
        stamp();
        if (is_fault && badge - 1 != C_RADIO) {
            printf("supervisor: %s fault in %s at pc 0x%lx, address 0x%lx; %s stays stopped\n", fault_names[label], who,
                   ip, addr, who);
            continue;
        }
        int resumed = is_fault && resume_radio(label, ip, addr);
        if (resumed) {
            printf("supervisor: %s fault in %s at pc 0x%lx", fault_names[label], who, ip);
            if (label == seL4_Fault_VMFault) {
                printf(", address 0x%lx", addr);
            } else if (label == seL4_Fault_CapFault) {
                printf(", cptr 0x%lx", addr);
            }
            printf("; resuming the radio\n");
        } else {
            printf("supervisor: message with label %lu from %s (not a fault); answered\n", label, who);
        }
        /* A fault reply (label 0) resumes the radio; anything else is refused with IllegalOperation. */
        seL4_MessageInfo_t answer = seL4_MessageInfo_new(resumed ? 0 : seL4_IllegalOperation, 0, 0, 0);
#if SEL4TS_MCS
        seL4_Send(sup_reply, answer);
#else
        seL4_Reply(answer);
#endif
    }
}

int main(void)
{
    bi = seL4_GetBootInfo();
    CHECK("allocator", sel4ts_alloc_init(&a, bi, 22));
    isolated = !bootargs_has("isolation=off");
    make_objects();
    for (unsigned i = 0; i < N_COMP; i++) {
        if (isolated) {
            build_isolated(i);
        } else {
            build_shared(i);
        }
    }
    if (!isolated) {
        for (int d = D_HEART; d < D_COUNT; d++) {
            seL4_Word va = d == D_HEART ? VA_HEART : d == D_RTC ? VA_RTC : VA_UART;
            CHECK("map device", map(dev_frames[d], seL4_CapInitThreadVSpace, va, seL4_ReadWrite, seL4_RISCV_ExecuteNever));
        }
        for (int i = 0; i < 4; i++) {
            pm_leak.pacer_frames[i] = bi->userImageFrames.end - 4 + i;
        }
        pm_leak.free_slot = a.next + 16;
    }
    printf("pacemaker: %s system, %s kernel\n", isolated ? "isolated" : "NOT isolated (one shared CSpace and VSpace)",
#if SEL4TS_MCS
           "MCS"
#else
           "non-MCS"
#endif
    );
    for (unsigned i = 0; i < N_COMP; i++) {
        const component_t *c = &components[i];
        int ncaps = 0;
        for (int k = 0; k < 8; k++) {
            ncaps += c->caps[k].obj != O_NONE;
        }
        printf("pacemaker: %-6s prio %3lu mcp %3lu", c->name, c->prio, isolated ? c->mcp : (seL4_Word)seL4_MaxPrio);
#if SEL4TS_MCS
        printf(" budget %5lu us / %5lu us", isolated ? c->budget_us : c->period_us, c->period_us);
#endif
        if (isolated) {
            printf(", own CSpace (%d caps of %d slots) and VSpace\n", ncaps, 1 << CNODE_BITS);
        } else {
            printf(", shares the rootserver's CSpace and VSpace\n");
        }
    }
    for (unsigned i = 0; i < N_COMP; i++) {
        start(i);
        if (i == 0) {
            /* Let the logger reach its Recv before the others start (the pacer never waits for it). */
            CHECK("lower", seL4_TCB_SetPriority(seL4_CapInitThreadTCB, seL4_CapInitThreadTCB, components[0].prio - 1));
            CHECK("raise", seL4_TCB_SetPriority(seL4_CapInitThreadTCB, seL4_CapInitThreadTCB, seL4_MaxPrio));
        }
    }
    supervise();
    return 0;
}
