/*
 * timer -- a user-level driver for the goldfish RTC of qemu-riscv-virt that sleeps on alarm interrupts.
 *
 * The RTC (compatible "google,goldfish-rtc") counts nanoseconds of the virtual clock. To sleep, the driver
 * programs the alarm (ALARM_HIGH, then ALARM_LOW arms it), enables the RTC interrupt and waits on the notification
 * its IRQ handler signals; on wake-up it clears the interrupt and acknowledges the IRQ. While the driver waits the
 * machine has nothing to run, so sel4ts jumps virtual time to the alarm: a 1 s sleep takes microseconds of wall time.
 * For every sleep it prints the RTC time before and after and the time measured with the `time` CSR (10 MHz).
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4ts/device.h>
#include <sel4ts/runtime.h>

#define RTC_VADDR 0x40000000UL

enum {
    TIME_LOW = 0x00, TIME_HIGH = 0x04, ALARM_LOW = 0x08, ALARM_HIGH = 0x0c, IRQ_ENABLED = 0x10,
    CLEAR_ALARM = 0x14, ALARM_STATUS = 0x18, CLEAR_INTERRUPT = 0x1c,
};

static volatile uint32_t *rtc;
static seL4_CPtr irq, ntfn;

static uint32_t rd(int off)
{
    return rtc[off / 4];
}

static void wr(int off, uint32_t v)
{
    rtc[off / 4] = v;
}

/* Reading TIME_LOW latches the high half into TIME_HIGH. */
static uint64_t rtc_now(void)
{
    uint64_t lo = rd(TIME_LOW);
    return ((uint64_t)rd(TIME_HIGH) << 32) | lo;
}

static void check(const char *what, seL4_Error e)
{
    if (e != seL4_NoError) {
        printf("timer: %s failed: %s\n", what, sel4ts_error_name(e));
        sel4ts_halt();
    }
}

/* Sleep until the RTC reads `deadline` (ns). Returns the number of interrupts taken. */
static int sleep_until(uint64_t deadline)
{
    int wakeups = 0;
    wr(ALARM_HIGH, (uint32_t)(deadline >> 32));
    wr(ALARM_LOW, (uint32_t)deadline);
    wr(IRQ_ENABLED, 1);
    /* The alarm always interrupts, at once if the deadline has passed. */
    do {
        seL4_Word badge;
        seL4_Wait(ntfn, &badge);
        wakeups++;
        wr(CLEAR_INTERRUPT, 1);
        check("IRQHandler_Ack", seL4_IRQHandler_Ack(irq));
    } while (rtc_now() < deadline);
    wr(IRQ_ENABLED, 0);
    return wakeups;
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    sel4ts_alloc_t a;
    check("alloc", sel4ts_alloc_init(&a, bi, 16));
    sel4ts_device_t dev;
    if (!sel4ts_fdt_find(bi, "google,goldfish-rtc", 0, &dev)) {
        printf("timer: no goldfish RTC in the device tree\n");
        return 1;
    }
    printf("timer: goldfish RTC at 0x%lx, IRQ %lu\n", dev.paddr, dev.irq);
    rtc = (volatile uint32_t *)sel4ts_map_device(&a, bi, dev.paddr, RTC_VADDR);
    if (rtc == NULL) {
        check("mapping the RTC", a.error);
    }
    check("IRQ setup", sel4ts_irq_setup(&a, dev.irq, &irq, &ntfn));

    static const uint64_t sleeps_us[] = {100, 1000, 2500, 10000, 100000, 1000000};
    uint64_t start = rtc_now();
    for (unsigned i = 0; i < sizeof(sleeps_us) / sizeof(sleeps_us[0]); i++) {
        uint64_t ns = sleeps_us[i] * 1000;
        uint64_t t0 = rtc_now();
        uint64_t c0 = sel4ts_rdtime();
        int w = sleep_until(t0 + ns);
        uint64_t t1 = rtc_now();
        uint64_t c1 = sel4ts_rdtime();
        printf("timer: sleep %lu us: rtc %lu -> %lu ns, slept %lu ns (%lu ns late), time CSR %lu ticks, %d wakeup%s\n",
               (seL4_Word)sleeps_us[i], (seL4_Word)t0, (seL4_Word)t1, (seL4_Word)(t1 - t0), (seL4_Word)(t1 - t0 - ns),
               (seL4_Word)(c1 - c0), w, w == 1 ? "" : "s");
    }
    /* An alarm in the past fires at once. */
    uint64_t t0 = rtc_now();
    int w = sleep_until(t0 > 1000 ? t0 - 1000 : 0);
    printf("timer: alarm in the past: %d wakeup%s\n", w, w == 1 ? "" : "s");
    printf("timer: total %lu ns of virtual time\n", (seL4_Word)(rtc_now() - start));
    return 0;
}
