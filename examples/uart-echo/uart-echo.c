/*
 * uart-echo -- an interrupt-driven user-level driver for the NS16550A UART of qemu-riscv-virt.
 *
 * The driver finds the UART in the device tree (compatible "ns16550a": registers and PLIC source), gets a frame
 * for its registers out of the device untypeds and maps it, asks IRQ control for the UART's IRQ and points it at
 * a notification. It then programs the UART (8N1, FIFOs, receive interrupt) and echoes every byte it receives:
 * each interrupt wakes it on the notification, it drains the receive FIFO, echoes, and acknowledges the IRQ.
 * A Ctrl-D (0x04) byte ends the program.
 *
 *   sel4ts run examples/uart-echo/uart-echo.elf --serial input.txt
 *   printf 'hello\n\004' | sel4ts run examples/uart-echo/uart-echo.elf
 *   sel4ts run examples/uart-echo/uart-echo.elf --realtime      (type; Ctrl-D ends, Ctrl-C stops sel4ts)
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4ts/device.h>
#include <sel4ts/runtime.h>

#define UART_VADDR 0x40000000UL

enum { RBR = 0, THR = 0, DLL = 0, IER = 1, DLM = 1, IIR = 2, FCR = 2, LCR = 3, MCR = 4, LSR = 5 };
#define LSR_DR 0x01
#define LSR_THRE 0x20

static volatile uint8_t *uart;

static void uart_putc(char c)
{
    while (!(uart[LSR] & LSR_THRE)) {
    }
    uart[THR] = (uint8_t)c;
}

static void uart_puts(const char *s)
{
    while (*s != 0) {
        uart_putc(*s++);
    }
}

static void check(const char *what, seL4_Error e)
{
    if (e != seL4_NoError) {
        printf("uart-echo: %s failed: %s\n", what, sel4ts_error_name(e));
        sel4ts_halt();
    }
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    sel4ts_alloc_t a;
    check("alloc", sel4ts_alloc_init(&a, bi, 16));

    sel4ts_device_t dev;
    if (!sel4ts_fdt_find(bi, "ns16550a", 0, &dev)) {
        printf("uart-echo: no ns16550a in the device tree\n");
        return 1;
    }
    printf("uart-echo: ns16550a at 0x%lx, IRQ %lu\n", dev.paddr, dev.irq);
    uart = (volatile uint8_t *)sel4ts_map_device(&a, bi, dev.paddr, UART_VADDR);
    if (uart == NULL) {
        check("mapping the UART", a.error);
    }
    seL4_CPtr irq = 0, ntfn = 0;
    check("IRQ setup", sel4ts_irq_setup(&a, dev.irq, &irq, &ntfn));

    /* 8N1 at 230400 baud (divisor 1 of the 3.6864 MHz clock), FIFOs on and cleared, interrupt per byte. */
    uart[IER] = 0;
    uart[LCR] = 0x80;
    uart[DLL] = 1;
    uart[DLM] = 0;
    uart[LCR] = 0x03;
    uart[FCR] = 0x07;
    uart[MCR] = 0x0b;
    uart[IER] = 0x01;
    uart_puts("uart-echo: type something, Ctrl-D ends\r\n");

    seL4_Word bytes = 0, interrupts = 0, lines = 0;
    uint64_t t0 = sel4ts_rdtime();
    int done = 0;
    while (!done) {
        seL4_Word badge;
        seL4_Wait(ntfn, &badge);
        interrupts++;
        (void)uart[IIR];
        while (!done && (uart[LSR] & LSR_DR)) {
            char c = (char)uart[RBR];
            bytes++;
            if (c == 4) {
                done = 1;
            } else if (c == '\r' || c == '\n') {
                uart_puts("\r\n");
                lines++;
            } else {
                uart_putc(c);
            }
        }
        check("IRQHandler_Ack", seL4_IRQHandler_Ack(irq));
    }
    uint64_t us = (sel4ts_rdtime() - t0) / (SEL4TS_TIMER_HZ / 1000000);
    uart[IER] = 0;
    printf("uart-echo: %lu bytes (%lu lines) in %lu interrupts, %lu us\n", bytes, lines, interrupts, (seL4_Word)us);
    return 0;
}
