/*
 * pacemaker -- shared definitions of the flagship demo's components (see "The demo" in the top-level README.md).
 *
 * Every component gets a pm_env_t with the capability pointers and device addresses it may use. In the isolated
 * system those are slots of its own CNode and addresses in its own VSpace; in the comparison without isolation
 * (bootargs "isolation=off") they are slots of the one shared CNode and addresses of the one shared VSpace. The
 * component code is the same in both.
 */
#ifndef PACEMAKER_H
#define PACEMAKER_H

#include <stdint.h>
#include <sel4/sel4.h>

typedef struct pm_env {
    seL4_CPtr settings_ep; /* pacer: receive; radio: send (badged) */
    seL4_CPtr log_ep;      /* logger: receive; others: send (badged) */
    seL4_CPtr reply;       /* MCS reply object (pacer, logger) */
    seL4_CPtr irq_a;       /* pacer: heart IRQ handler; radio: UART IRQ handler */
    seL4_CPtr irq_b;       /* pacer: RTC IRQ handler */
    seL4_CPtr ntfn;        /* radio: UART notification */
    seL4_CPtr own_tcb;     /* radio */
    seL4_CPtr own_cnode;   /* radio */
    seL4_CPtr own_vspace;  /* radio */
    seL4_Word cnode_slots; /* slots of the CSpace this component sees */
    volatile uint32_t *heart;
    volatile uint32_t *rtc;
    volatile uint8_t *uart;
    seL4_Word mcp;
    seL4_Word isolated;
} pm_env_t;

/* What the radio can learn from the program image it shares with the others (the rootserver's bookkeeping):
 * where the pacer's objects sit in the rootserver's CNode. Meaningless in another CSpace, which is the point. */
typedef struct pm_leak {
    seL4_CPtr pacer_tcb;
    seL4_CPtr pacer_frames[4];
    seL4_CPtr untyped_start, untyped_end;
    seL4_Word untyped_bits[64];
    seL4_CPtr free_slot;
} pm_leak_t;

extern pm_env_t env_pacer, env_radio, env_logger;
extern pm_leak_t pm_leak;

/* The pacer's state: what a wild write must not reach. */
typedef struct pacer_state {
    uint64_t lri_ns;
    uint64_t last_beat_ns;
    uint64_t deadline_ns;
    seL4_Word rate_bpm;
    seL4_Word paced, sensed, accepted, rejected, messages;
} pacer_state_t;
extern volatile pacer_state_t pacer_state;

void pacer_main(seL4_Word env, seL4_Word a1, seL4_Word a2, seL4_Word a3);
void radio_main(seL4_Word env, seL4_Word a1, seL4_Word a2, seL4_Word a3);
void logger_main(seL4_Word env, seL4_Word a1, seL4_Word a2, seL4_Word a3);
void pacer_on_alarm(void);

/* Safe bounds of the rate setting (bpm); the patient's lower rate limit is 60. */
#define PM_RATE_MIN 60
#define PM_RATE_MAX 120
#define PM_REFRACTORY_NS 250000000ULL

/* Badges. Notification badges of the pacer's IRQs are bits below 0x100; endpoint badges are 0x100 and up. */
#define NTFN_HEART 1UL
#define NTFN_RTC 2UL
#define BADGE_RADIO 0x100UL
#define BADGE_LOG_PACER 1UL
#define BADGE_LOG_RADIO 2UL

/* Settings endpoint protocol (labels; reply MR0 = 0 accepted, 1 rejected). */
enum { PM_SET_RATE = 1, PM_GET_STATUS = 2 };

/* Logger protocol (labels). */
enum {
    LOG_BOOT = 1,     /* MR0 component (1 pacer, 2 radio, 3 logger), MR1 restarts */
    LOG_BEAT = 2,     /* MR0 0 sensed / 1 paced, MR1 time ms */
    LOG_RATE = 3,     /* MR0 requested, MR1 0 accepted / 1 rejected, MR2 current rate */
    LOG_STATUS = 4,   /* MR0 rate, MR1 paced, MR2 sensed, MR3 rejected */
    LOG_ATTACK = 5,   /* MR0 attack | op << 8, MR1 target, MR2 result, MR3 extra */
    LOG_ATTACK_BEGIN = 6,
    LOG_ATTACK_END = 7, /* MR0 attack, MR1 attempts */
    LOG_TELEMETRY = 8,  /* MR0 0 unknown command / 1 refused rate (MR1) */
};

/* Attacks (radio) and their operations. */
enum {
    A_WILD = 1, A_BADRATE, A_FLOOD, A_PRIO, A_SPIN, A_PACER_TCB, A_MAP, A_RETYPE, A_SCAN, A_CRASH, A_COUNT
};
enum {
    OP_WRITE = 1, OP_SET_RATE, OP_SEND, OP_NBSEND, OP_CALL, OP_SET_PRIO, OP_SET_MCP, OP_SPIN, OP_SUSPEND,
    OP_TCB_PRIO0, OP_PAGE_MAP, OP_RETYPE, OP_INVOKE, OP_NULL_STORE, OP_ILLEGAL, OP_JUMP0, OP_SET_PRIO_ROOT, OP_EMPTY, OP_COUNT
};

/* Results beyond seL4_Error. */
#define RES_FAULT 0x100UL         /* | fault label: the supervisor saw this fault */
#define RES_OWN_MEMORY 0x200UL    /* the write did not fault: it hit memory of the writer's own VSpace */
#define RES_REJECTED 0x201UL      /* the pacer refused the command */
#define RES_ACCEPTED 0x202UL
#define RES_DELIVERED 0x203UL     /* a message was sent (no error to report) */
#define RES_SKIPPED 0x204UL
#define RES_COMPLETED 0x205UL
#define RES_RESTARTED 0x206UL

/* Virtual addresses of device registers in the components' VSpaces. */
#define VA_HEART 0x40000000UL
#define VA_RTC 0x40001000UL
#define VA_UART 0x40002000UL

/* IPC with registers only (in the shared-everything comparison the IPC buffer is shared). */
#if SEL4TS_MCS
#define PM_RECV(ep, badge, reply, m0, m1, m2, m3) seL4_RecvWithMRs((ep), (badge), (reply), (m0), (m1), (m2), (m3))
#define PM_REPLY(reply, info, m0, m1, m2, m3) seL4_SendWithMRs((reply), (info), (m0), (m1), (m2), (m3))
#else
#define PM_RECV(ep, badge, reply, m0, m1, m2, m3) ((void)(reply), seL4_RecvWithMRs((ep), (badge), (m0), (m1), (m2), (m3)))
#define PM_REPLY(reply, info, m0, m1, m2, m3) ((void)(reply), seL4_ReplyWithMRs((info), (m0), (m1), (m2), (m3)))
#endif

static inline void pm_log(const pm_env_t *e, seL4_Word label, seL4_Word m0, seL4_Word m1, seL4_Word m2, seL4_Word m3)
{
    seL4_SendWithMRs(e->log_ep, seL4_MessageInfo_new(label, 0, 0, 4), &m0, &m1, &m2, &m3);
}

static inline void pm_log_nb(const pm_env_t *e, seL4_Word label, seL4_Word m0, seL4_Word m1, seL4_Word m2,
                             seL4_Word m3)
{
    seL4_NBSendWithMRs(e->log_ep, seL4_MessageInfo_new(label, 0, 0, 4), &m0, &m1, &m2, &m3);
}

/* RTC (goldfish): reading TIME_LOW latches TIME_HIGH. */
static inline uint64_t pm_rtc_now(const pm_env_t *e)
{
    uint64_t lo = e->rtc[0];
    return ((uint64_t)e->rtc[1] << 32) | lo;
}

static inline uint64_t pm_rdtime(void)
{
    uint64_t t;
    __asm__ volatile("rdtime %0" : "=r"(t));
    return t;
}

#endif
