/*
 * logger -- prints the event stream of the pacer and the radio, one line per event, with the virtual time.
 * The badge says who sent an event (minted by the rootserver), so nobody can log in another's name.
 * The lines are what the sel4ts driver (src/systems/pacemaker/) parses for the attack log.
 */
#include <stdio.h>
#include "pacemaker.h"

static const pm_env_t *le;

static const char *const attack_names[A_COUNT] = {
    "?", "wild-writes", "bad-rate", "flood", "raise-priority", "spin", "pacer-tcb", "map-pacer", "retype",
    "cspace-scan", "crash",
};

static const char *const op_names[OP_COUNT] = {
    "?", "write", "SET_RATE", "Send", "NBSend", "Call", "TCB_SetPriority", "TCB_SetMCPriority", "spin",
    "TCB_Suspend", "TCB_SetPriority(0)", "Page_Map", "Untyped_Retype", "invoke", "null store",
    "illegal instruction", "jump to 0", "TCB_SetPriority(root TCB)", "empty slots (not invoked)",
};

static const char *const error_names[] = {
    "NoError", "InvalidArgument", "InvalidCapability", "IllegalOperation", "RangeError", "AlignmentError",
    "FailedLookup", "TruncatedMessage", "DeleteFirst", "RevokeFirst", "NotEnoughMemory",
};

static const char *const fault_names[] = {
    "NullFault", "CapFault", "UnknownSyscall", "UserException",
#if SEL4TS_MCS
    "DebugException", "Timeout", "VMFault",
#else
    "DebugException", "VMFault",
#endif
};

static void result_name(seL4_Word r, char *buf)
{
    const char *s = "?";
    if (r < sizeof(error_names) / sizeof(error_names[0])) {
        s = error_names[r];
    } else if ((r & ~0xffUL) == RES_FAULT && (r & 0xff) < sizeof(fault_names) / sizeof(fault_names[0])) {
        s = fault_names[r & 0xff];
    } else if (r == RES_OWN_MEMORY) {
        s = "no fault (the page is mapped writable in the writer's VSpace)";
    } else if (r == RES_REJECTED) {
        s = "rejected by the pacer";
    } else if (r == RES_ACCEPTED) {
        s = "accepted by the pacer";
    } else if (r == RES_DELIVERED) {
        s = "delivered";
    } else if (r == RES_SKIPPED) {
        s = "skipped";
    } else if (r == RES_COMPLETED) {
        s = "completed";
    } else if (r == RES_RESTARTED) {
        s = "restarted by the supervisor";
    }
    int i = 0;
    while (s[i] != 0 && i < 63) {
        buf[i] = s[i];
        i++;
    }
    buf[i] = 0;
}

static void stamp(void)
{
    uint64_t us = pm_rdtime() / 10;
    printf("[%6lu.%06lu] ", (seL4_Word)(us / 1000000), (seL4_Word)(us % 1000000));
}

void logger_main(seL4_Word env, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a1, (void)a2, (void)a3;
    le = (const pm_env_t *)env;
    for (;;) {
        seL4_Word badge = 0, m0 = 0, m1 = 0, m2 = 0, m3 = 0;
        seL4_MessageInfo_t info = PM_RECV(le->log_ep, &badge, le->reply, &m0, &m1, &m2, &m3);
        seL4_Word label = seL4_MessageInfo_get_label(info);
        const char *who = badge == BADGE_LOG_PACER ? "pacer" : badge == BADGE_LOG_RADIO ? "radio" : "?";
        char res[64];
        stamp();
        switch (label) {
        case LOG_BOOT:
            if (m1 == 0) {
                printf("%s: up\n", who);
            } else {
                printf("%s: up again (restart %lu)\n", who, m1);
            }
            break;
        case LOG_BEAT:
            printf("pacer: %s at %lu ms\n", m0 ? "paced" : "sensed", m1);
            break;
        case LOG_RATE:
            printf("pacer: rate %lu bpm %s; rate now %lu bpm\n", m0, m1 ? "rejected (outside 60..120)" : "accepted", m2);
            break;
        case LOG_STATUS:
            printf("radio: status: %lu bpm, %lu paced, %lu sensed, %lu rejected\n", m0, m1, m2, m3);
            break;
        case LOG_TELEMETRY:
            if (m0 == 1) {
                printf("radio: refused to forward rate %lu (outside 60..120)\n", m1);
            } else {
                printf("radio: unknown telemetry command\n");
            }
            break;
        case LOG_ATTACK_BEGIN:
            printf("attack %s: begin\n", m0 < A_COUNT ? attack_names[m0] : "?");
            break;
        case LOG_ATTACK_END:
            printf("attack %s: end, %lu attempts\n", m0 < A_COUNT ? attack_names[m0] : "?", m1);
            break;
        case LOG_ATTACK: {
            seL4_Word a = m0 & 0xff, op = m0 >> 8;
            result_name(m2, res);
            printf("attack %s: %s 0x%lx -> %s", a < A_COUNT ? attack_names[a] : "?", op < OP_COUNT ? op_names[op] : "?",
                   m1, res);
            if (m3 != 0) {
                printf(" [%lu]", m3);
            }
            printf("\n");
            break;
        }
        default:
            printf("%s: unknown event %lu (0x%lx 0x%lx)\n", who, label, m0, m1);
            break;
        }
        seL4_Word z = 0;
        PM_REPLY(le->reply, seL4_MessageInfo_new(0, 0, 0, 0), &z, &z, &z, &z);
    }
}
