/*
 * pacer -- the critical component: VVI pacing.
 *
 * Paces the ventricle when no beat is sensed within the lower-rate interval after the last beat (sensed or paced);
 * senses are ignored within the refractory period. Timing is from the RTC alarm. The only input from outside is the
 * settings endpoint (badged for the radio): rate changes are accepted only within [PM_RATE_MIN, PM_RATE_MAX].
 * The heart and RTC interrupts arrive through the notification bound to the pacer's TCB, so one Recv waits for all
 * three (notification badges are below 0x100, endpoint badges 0x100 and up). Events go to the logger with NBSend:
 * the pacer never blocks on anyone.
 */
#include "pacemaker.h"

volatile pacer_state_t pacer_state = {
    .lri_ns = 1000000000ULL,
    .rate_bpm = 60,
};

static const pm_env_t *pe;

enum { H_STATUS = 1, H_IRQ_ENABLE = 2, H_IRQ_ACK = 3, H_PACE = 4, H_SENSE_LO = 5, H_SENSE_HI = 6 };
enum { R_ALARM_LOW = 2, R_ALARM_HIGH = 3, R_IRQ_ENABLED = 4, R_CLEAR_INTERRUPT = 7 };

static void arm(uint64_t deadline)
{
    pacer_state.deadline_ns = deadline;
    pe->rtc[R_ALARM_HIGH] = (uint32_t)(deadline >> 32);
    pe->rtc[R_ALARM_LOW] = (uint32_t)deadline;
}

static void on_sense(void)
{
    pe->heart[H_IRQ_ACK] = 1;
    seL4_IRQHandler_Ack(pe->irq_a);
    uint64_t t = ((uint64_t)pe->heart[H_SENSE_HI] << 32) | pe->heart[H_SENSE_LO];
    if (t - pacer_state.last_beat_ns < PM_REFRACTORY_NS) {
        return;
    }
    pacer_state.last_beat_ns = t;
    pacer_state.sensed++;
    arm(t + pacer_state.lri_ns);
    pm_log_nb(pe, LOG_BEAT, 0, t / 1000000, 0, 0);
}

void pacer_on_alarm(void)
{
    pe->rtc[R_CLEAR_INTERRUPT] = 1;
    seL4_IRQHandler_Ack(pe->irq_b);
    uint64_t now = pm_rtc_now(pe);
    if (now >= pacer_state.last_beat_ns + pacer_state.lri_ns) {
        pe->heart[H_PACE] = 1;
        pacer_state.last_beat_ns = now;
        pacer_state.paced++;
        arm(now + pacer_state.lri_ns);
        pm_log_nb(pe, LOG_BEAT, 1, now / 1000000, 0, 0);
    } else {
        /* An alarm for a deadline a sensed beat already moved. */
        arm(pacer_state.last_beat_ns + pacer_state.lri_ns);
    }
}

static seL4_Word set_rate(seL4_Word bpm)
{
    if (bpm < PM_RATE_MIN || bpm > PM_RATE_MAX) {
        pacer_state.rejected++;
        pm_log_nb(pe, LOG_RATE, bpm, 1, pacer_state.rate_bpm, 0);
        return 1;
    }
    pacer_state.rate_bpm = bpm;
    pacer_state.lri_ns = 60000000000ULL / bpm;
    pacer_state.accepted++;
    arm(pacer_state.last_beat_ns + pacer_state.lri_ns);
    pm_log_nb(pe, LOG_RATE, bpm, 0, bpm, 0);
    return 0;
}

void pacer_main(seL4_Word env, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a1, (void)a2, (void)a3;
    pe = (const pm_env_t *)env;
    pacer_state.last_beat_ns = pm_rtc_now(pe);
    pe->heart[H_IRQ_ENABLE] = 1;
    pe->rtc[R_IRQ_ENABLED] = 1;
    arm(pacer_state.last_beat_ns + pacer_state.lri_ns);
    pm_log_nb(pe, LOG_BOOT, 1, 0, 0, 0);
    for (;;) {
        seL4_Word badge = 0, m0 = 0, m1 = 0, m2 = 0, m3 = 0;
        seL4_MessageInfo_t info = PM_RECV(pe->settings_ep, &badge, pe->reply, &m0, &m1, &m2, &m3);
        if (badge < BADGE_RADIO) {
            if (badge & NTFN_HEART) {
                on_sense();
            }
            if (badge & NTFN_RTC) {
                pacer_on_alarm();
            }
            continue;
        }
        pacer_state.messages++;
        seL4_Word r0 = 1, r1 = pacer_state.rate_bpm, r2 = 0, r3 = 0;
        switch (seL4_MessageInfo_get_label(info)) {
        case PM_SET_RATE:
            r0 = set_rate(m0);
            r1 = pacer_state.rate_bpm;
            break;
        case PM_GET_STATUS:
            r0 = pacer_state.rate_bpm;
            r1 = pacer_state.paced;
            r2 = pacer_state.sensed;
            r3 = pacer_state.rejected;
            break;
        default:
            pacer_state.rejected++;
            break;
        }
        PM_REPLY(pe->reply, seL4_MessageInfo_new(0, 0, 0, 4), &r0, &r1, &r2, &r3);
    }
}
