/*
 * radio -- the untrusted telemetry stack. Normally it reads commands from the UART (the scripted telemetry link):
 *   STATUS        ask the pacer for its status and log it
 *   RATE n        forward a rate change to the pacer if n is within 60..120 (the pacer checks again)
 *   ATTACK name   behave as if an attacker had taken the radio over: run that attack (names in attacks[] below)
 * Every attack attempt is logged with the seL4 error it returned or the fault it raised. Faults go to the
 * supervisor (the rootserver), which logs them and resumes the radio after the faulting instruction, telling it
 * through a register which fault it was (t6 for stores and illegal instructions, the message info in a1 for a
 * system call on an invalid capability); a jump to address 0 makes the supervisor restart the radio.
 */
#include "pacemaker.h"

static const pm_env_t *re;
static int uart_ready;
static seL4_Word restarts;
static seL4_Word attempts;
static seL4_Word cur_attack;

enum { RBR = 0, IER = 1, IIR = 2, FCR = 2, LCR = 3, MCR = 4, LSR = 5, DLL = 0, DLM = 1 };

static void log_attempt(seL4_Word op, seL4_Word target, seL4_Word result, seL4_Word extra)
{
    attempts++;
    pm_log(re, LOG_ATTACK, cur_attack | (op << 8), target, result, extra);
}

/* A store that may fault: the supervisor resumes after it with t6 = RES_FAULT | label. */
static seL4_Word try_write(seL4_Word addr, seL4_Word val)
{
    register seL4_Word t6 __asm__("t6") = 0;
    __asm__ volatile(".option push\n.option norvc\nsd %1, 0(%2)\n.option pop" : "+r"(t6) : "r"(val), "r"(addr) : "memory");
    return t6 != 0 ? t6 : RES_OWN_MEMORY;
}

static seL4_Word pacer_call(seL4_Word label, seL4_Word arg, seL4_Word *out1)
{
    seL4_Word m0 = arg, m1 = 0, m2 = 0, m3 = 0;
    seL4_MessageInfo_t r = seL4_CallWithMRs(re->settings_ep, seL4_MessageInfo_new(label, 0, 0, 1), &m0, &m1, &m2, &m3);
    if (seL4_MessageInfo_get_label(r) != 0) {
        return seL4_MessageInfo_get_label(r); /* an seL4 error or a fault the supervisor reported */
    }
    if (out1 != (seL4_Word *)0) {
        *out1 = m1;
    }
    return m0 == 0 ? RES_ACCEPTED : RES_REJECTED;
}

/* ---------------------------------------------------------------- attacks */

static void attack_wild_writes(void)
{
    /* What the attacker knows from the program image: the pacer's state and code, the pacer's device address. */
    seL4_Word targets[] = {
        (seL4_Word)&pacer_state.lri_ns,
        (seL4_Word)&pacer_state.last_beat_ns,
        (seL4_Word)pacer_on_alarm,
        (seL4_Word)pacer_on_alarm + 64,
        VA_HEART + 0x10,            /* the heart's PACE register, where the pacer maps it */
        VA_RTC + 0x10,              /* the pacer's RTC: IRQ_ENABLED */
        0x4001010UL,                /* the heart's physical address */
        0x80000000UL, 0x80200000UL, 0x80400000UL, 0x81000000UL, /* RAM, the kernel, frames */
        0xffffffc000000000UL, 0xffffffff80000000UL,             /* kernel window */
    };
    for (unsigned i = 0; i < sizeof(targets) / sizeof(targets[0]); i++) {
        seL4_Word v = i < 2 ? 0x7fffffffffffffffUL : 0;
        log_attempt(OP_WRITE, targets[i], try_write(targets[i], v), 0);
    }
    /* Across the whole user address space (256 GiB), one write every 4 GiB. */
    for (seL4_Word gb = 0; gb < 256; gb += 4) {
        seL4_Word a = gb << 30;
        if (a == VA_HEART) {
            a += 0x800; /* an unused register */
        }
        log_attempt(OP_WRITE, a, try_write(a, 0), 0);
    }
}

static void attack_bad_rate(void)
{
    static const seL4_Word rates[] = {0, 1, 20, 59, 121, 200, 250, 1000, 0xffffffffUL, (seL4_Word)-60};
    for (unsigned i = 0; i < sizeof(rates) / sizeof(rates[0]); i++) {
        log_attempt(OP_SET_RATE, rates[i], pacer_call(PM_SET_RATE, rates[i], 0), 0);
    }
}

static void attack_flood(void)
{
    seL4_Word m = 0xdead;
    for (int i = 0; i < 3000; i++) {
        seL4_SendWithMRs(re->settings_ep, seL4_MessageInfo_new(0x77, 0, 0, 1), &m, 0, 0, 0);
    }
    log_attempt(OP_SEND, 3000, RES_DELIVERED, 0);
    for (int i = 0; i < 3000; i++) {
        seL4_NBSendWithMRs(re->settings_ep, seL4_MessageInfo_new(0x77, 0, 0, 1), &m, 0, 0, 0);
    }
    log_attempt(OP_NBSEND, 3000, RES_DELIVERED, 0);
    seL4_Word rejected = 0, r = 0;
    for (int i = 0; i < 1000; i++) {
        seL4_Word m0 = 0, m1 = 0, m2 = 0, m3 = 0;
        seL4_MessageInfo_t info = seL4_CallWithMRs(re->settings_ep, seL4_MessageInfo_new(0x77, 0, 0, 1), &m0, &m1, &m2, &m3);
        r = seL4_MessageInfo_get_label(info);
        if (r == 0 && m0 != 0) {
            rejected++;
        }
    }
    log_attempt(OP_CALL, 1000, r != 0 ? r : rejected == 1000 ? RES_REJECTED : RES_ACCEPTED, rejected);
}

static void attack_raise_priority(void)
{
    log_attempt(OP_SET_PRIO, 255, seL4_TCB_SetPriority(re->own_tcb, re->own_tcb, 255), 0);
    log_attempt(OP_SET_MCP, 255, seL4_TCB_SetMCPriority(re->own_tcb, re->own_tcb, 255), 0);
    log_attempt(OP_SET_PRIO, re->mcp + 1, seL4_TCB_SetPriority(re->own_tcb, re->own_tcb, re->mcp + 1), 0);
    /* The rootserver's TCB is slot 1 of the rootserver's CNode. */
    log_attempt(OP_SET_PRIO_ROOT, 255, seL4_TCB_SetPriority(re->own_tcb, seL4_CapInitThreadTCB, 255), 0);
}

#define SPIN_SECONDS 10

static void attack_spin(void)
{
    seL4_Error e = seL4_TCB_SetPriority(re->own_tcb, re->own_tcb, 255);
    log_attempt(OP_SET_PRIO, 255, e, 0);
    seL4_Word prio = 255;
    if (e != seL4_NoError) {
        prio = re->mcp;
        log_attempt(OP_SET_PRIO, prio, seL4_TCB_SetPriority(re->own_tcb, re->own_tcb, prio), 0);
    }
    uint64_t end = pm_rdtime() + SPIN_SECONDS * 10000000ULL;
    volatile seL4_Word loops = 0;
    while (pm_rdtime() < end) {
        loops++;
    }
    log_attempt(OP_SPIN, prio, RES_COMPLETED, SPIN_SECONDS);
}

static void attack_pacer_tcb(void)
{
    seL4_CPtr guesses[80];
    unsigned n = 0;
    guesses[n++] = pm_leak.pacer_tcb;
    for (seL4_CPtr s = 1; s < 64 && n < 78; s++) {
        if (s != re->own_tcb && s != re->settings_ep && s != re->log_ep) {
            guesses[n++] = s;
        }
    }
    guesses[n++] = 0x1000;
    for (unsigned i = 0; i < n; i++) {
        log_attempt(OP_SUSPEND, guesses[i], seL4_TCB_Suspend(guesses[i]), 0);
    }
    for (unsigned i = 0; i < 4; i++) {
        log_attempt(OP_TCB_PRIO0, guesses[i], seL4_TCB_SetPriority(guesses[i], re->own_tcb, 0), 0);
    }
}

static void attack_map(void)
{
    for (unsigned i = 0; i < 4; i++) {
        seL4_CPtr f = pm_leak.pacer_frames[i];
        log_attempt(OP_PAGE_MAP, f,
                    seL4_RISCV_Page_Map(f, re->own_vspace, 0x50000000UL + i * 0x1000, seL4_ReadWrite,
                                        seL4_RISCV_Default_VMAttributes), 0);
    }
    for (seL4_CPtr s = 10; s < 16; s++) {
        log_attempt(OP_PAGE_MAP, s,
                    seL4_RISCV_Page_Map(s, re->own_vspace, 0x50010000UL, seL4_ReadWrite, seL4_RISCV_Default_VMAttributes),
                    0);
    }
}

static void attack_retype(void)
{
    seL4_CPtr dest = re->isolated ? 40 : pm_leak.free_slot;
    for (seL4_CPtr u = pm_leak.untyped_start; u < pm_leak.untyped_end && u - pm_leak.untyped_start < 64; u++) {
        seL4_Word bits = pm_leak.untyped_bits[u - pm_leak.untyped_start];
        seL4_Error e = seL4_Untyped_Retype(u, seL4_UntypedObject, bits, re->own_cnode, 0, 0, dest, 1);
        if (e == seL4_NoError) {
            dest++;
        }
        log_attempt(OP_RETYPE, u, e, bits);
    }
    for (seL4_CPtr s = 10; s < 16; s++) {
        log_attempt(OP_RETYPE, s, seL4_Untyped_Retype(s, seL4_UntypedObject, 12, re->own_cnode, 0, 0, dest, 1), 12);
    }
}

static void attack_scan(void)
{
    seL4_Word empty = 0;
    for (seL4_CPtr s = 1; s < re->cnode_slots; s++) {
        seL4_Uint32 type = seL4_DebugCapIdentify(s);
        if (type == 0) {
            empty++;
            continue;
        }
        if (s == re->own_tcb || s == re->own_cnode) {
            log_attempt(OP_INVOKE, s, RES_SKIPPED, type);
            continue;
        }
        /* Invoke it with the most damaging generic request: a TCB_Suspend label (an IPC for endpoints). */
        seL4_Word m0 = 0, m1 = 0, m2 = 0, m3 = 0;
        seL4_MessageInfo_t r = seL4_CallWithMRs(s, seL4_MessageInfo_new(TCBSuspend, 0, 0, 0), &m0, &m1, &m2, &m3);
        seL4_Word res = seL4_MessageInfo_get_label(r);
        if (res == 0 && (type == 4 || type == 6)) {
            res = RES_DELIVERED;
        }
        log_attempt(OP_INVOKE, s, res, type);
    }
    log_attempt(OP_EMPTY, empty, RES_SKIPPED, 0);
}

static void attack_crash(void)
{
    log_attempt(OP_NULL_STORE, 0, try_write(0, 0), 0);
    register seL4_Word t6 __asm__("t6") = 0;
    __asm__ volatile(".option push\n.option norvc\n.word 0xc0001073\n.option pop" : "+r"(t6)::"memory");
    log_attempt(OP_ILLEGAL, 0xc0001073UL, t6 != 0 ? t6 : RES_COMPLETED, 0);
    log_attempt(OP_JUMP0, 0, RES_RESTARTED, 0);
    pm_log(re, LOG_ATTACK_END, cur_attack, attempts, 0, 0);
    cur_attack = 0;
    void (*volatile null_fn)(void) = 0;
    null_fn();
}

static const struct {
    const char *name;
    void (*run)(void);
} attacks[A_COUNT] = {
    [A_WILD] = {"wild-writes", attack_wild_writes},
    [A_BADRATE] = {"bad-rate", attack_bad_rate},
    [A_FLOOD] = {"flood", attack_flood},
    [A_PRIO] = {"raise-priority", attack_raise_priority},
    [A_SPIN] = {"spin", attack_spin},
    [A_PACER_TCB] = {"pacer-tcb", attack_pacer_tcb},
    [A_MAP] = {"map-pacer", attack_map},
    [A_RETYPE] = {"retype", attack_retype},
    [A_SCAN] = {"cspace-scan", attack_scan},
    [A_CRASH] = {"crash", attack_crash},
};

/* ---------------------------------------------------------------- telemetry */

static int streq(const char *a, const char *b)
{
    while (*a != 0 && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static int starts(const char *s, const char *p)
{
    while (*p != 0 && *s == *p) {
        s++;
        p++;
    }
    return *p == 0;
}

static seL4_Word parse_num(const char *s)
{
    seL4_Word v = 0;
    while (*s >= '0' && *s <= '9') {
        v = v * 10 + (seL4_Word)(*s - '0');
        s++;
    }
    return v;
}

static void command(const char *line)
{
    if (streq(line, "STATUS")) {
        seL4_Word m0 = 0, m1 = 0, m2 = 0, m3 = 0;
        seL4_CallWithMRs(re->settings_ep, seL4_MessageInfo_new(PM_GET_STATUS, 0, 0, 0), &m0, &m1, &m2, &m3);
        pm_log(re, LOG_STATUS, m0, m1, m2, m3);
    } else if (starts(line, "RATE ")) {
        seL4_Word bpm = parse_num(line + 5);
        if (bpm < PM_RATE_MIN || bpm > PM_RATE_MAX) {
            pm_log(re, LOG_TELEMETRY, 1, bpm, 0, 0);
        } else {
            pacer_call(PM_SET_RATE, bpm, 0);
        }
    } else if (starts(line, "ATTACK ")) {
        for (int a = 1; a < A_COUNT; a++) {
            if (streq(line + 7, attacks[a].name)) {
                cur_attack = (seL4_Word)a;
                attempts = 0;
                pm_log(re, LOG_ATTACK_BEGIN, cur_attack, 0, 0, 0);
                attacks[a].run();
                pm_log(re, LOG_ATTACK_END, cur_attack, attempts, 0, 0);
                cur_attack = 0;
                return;
            }
        }
        pm_log(re, LOG_TELEMETRY, 0, 0, 0, 0);
    } else {
        pm_log(re, LOG_TELEMETRY, 0, 0, 0, 0);
    }
}

void radio_main(seL4_Word env, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a1, (void)a2, (void)a3;
    re = (const pm_env_t *)env;
    volatile uint8_t *u = re->uart;
    if (!uart_ready) {
        /* 8N1, FIFOs on and cleared, an interrupt per received byte. */
        u[IER] = 0;
        u[LCR] = 0x80;
        u[DLL] = 1;
        u[DLM] = 0;
        u[LCR] = 0x03;
        u[FCR] = 0x07;
        u[MCR] = 0x0b;
        u[IER] = 0x01;
        uart_ready = 1;
    } else {
        restarts++;
    }
    pm_log(re, LOG_BOOT, 2, restarts, 0, 0);
    static char line[64];
    static unsigned len;
    for (;;) {
        while (u[LSR] & 1) {
            char c = (char)u[RBR];
            if (c == '\n' || c == '\r') {
                line[len] = 0;
                if (len > 0) {
                    len = 0;
                    command(line);
                }
            } else if (len < sizeof(line) - 1) {
                line[len++] = c;
            }
        }
        seL4_Word badge;
        seL4_Wait(re->ntfn, &badge);
        (void)u[IIR];
        seL4_IRQHandler_Ack(re->irq_a);
    }
}
