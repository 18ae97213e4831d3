/*
 * irq -- interrupt delivery benchmark: device IRQ -> kernel -> notification -> driver -> IRQHandler_Ack.
 *
 * The goldfish RTC raises its interrupt at once when its alarm is set in the past; the driver does that, waits on
 * the notification its IRQ handler signals, clears the RTC interrupt and acknowledges the IRQ, N times.
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4ts/device.h>
#include <sel4ts/runtime.h>

#ifndef N
#define N 20000
#endif

#define RTC_VADDR 0x40000000UL

static void check(const char *what, seL4_Error e)
{
    if (e != seL4_NoError) {
        printf("irq: %s failed: %s\n", what, sel4ts_error_name(e));
        sel4ts_halt();
    }
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    sel4ts_alloc_t a;
    check("alloc", sel4ts_alloc_init(&a, bi, 16));
    sel4ts_device_t dev;
    if (!sel4ts_fdt_find(bi, "google,goldfish-rtc", 0, &dev)) {
        printf("irq: no RTC\n");
        return 1;
    }
    volatile uint32_t *rtc = sel4ts_map_device(&a, bi, dev.paddr, RTC_VADDR);
    if (rtc == NULL) {
        check("map", a.error);
    }
    seL4_CPtr irq = 0, ntfn = 0;
    check("IRQ setup", sel4ts_irq_setup(&a, dev.irq, &irq, &ntfn));
    rtc[0x10 / 4] = 1; /* IRQ_ENABLED */
    uint64_t t0 = sel4ts_rdtime();
    seL4_Word n = 0;
    for (int i = 0; i < N; i++) {
        rtc[0x0c / 4] = 0; /* ALARM_HIGH */
        rtc[0x08 / 4] = 0; /* ALARM_LOW: in the past, fires at once */
        seL4_Word badge;
        seL4_Wait(ntfn, &badge);
        rtc[0x1c / 4] = 1; /* CLEAR_INTERRUPT */
        check("IRQHandler_Ack", seL4_IRQHandler_Ack(irq));
        n++;
    }
    uint64_t ticks = sel4ts_rdtime() - t0;
    printf("irq: %lu interrupts in %lu us of virtual time (%lu ns each)\n", n, (seL4_Word)(ticks / 10),
           (seL4_Word)(ticks * 100 / n));
    return 0;
}
