/*
 * debug -- a small program to try the GDB stub on (built with -g -O0, see
 * the Makefile; `sel4ts run --gdb 1234 examples/debug/debug.elf`, then
 * `gdb-multiarch examples/debug/debug.elf -ex 'target remote :1234'`).
 *
 * The rootserver ("main") computes a sum with some floating point, starts a
 * "worker" thread (own CSpace and VSpace, sharing the program's globals) that
 * bumps `counter` a few times, waits for it, prints the result and halts.
 * Good things to try: break accumulate, watch counter, info threads, monitor
 * threads, monitor caps 2.
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4ts/process.h>

#define CNODE_BITS 4
#define S_DONE 1
#define S_TCB 2
#define S_FAULT 3

/* Written by the worker, read by main: a watchpoint target. */
volatile unsigned long counter;
/* A double the FP registers carry into accumulate(). */
volatile double scale = 1.5;

__attribute__((noinline)) unsigned long accumulate(unsigned long n, double f)
{
    unsigned long total = 0;
    for (unsigned long i = 1; i <= n; i++) {
        total += i;
    }
    double scaled = (double)total * f;
    return total + (unsigned long)scaled;
}

__attribute__((noinline)) static void bump(unsigned long by)
{
    counter = counter + by;
}

static void worker(seL4_Word step, seL4_Word rounds, seL4_Word a2, seL4_Word a3)
{
    (void)a2, (void)a3;
    for (seL4_Word r = 0; r < rounds; r++) {
        bump(step);
    }
    seL4_Signal(S_DONE);
    seL4_TCB_Suspend(S_TCB);
    for (;;) {
    }
}

static void fail(const char *what, int err)
{
    printf("debug: %s failed: %s\n", what, sel4ts_error_name(err));
    seL4_DebugHalt();
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    seL4_DebugNameThread(seL4_CapInitThreadTCB, "main");
    unsigned long r = accumulate(10, scale);
    printf("accumulate(10, %d/2) = %lu\n", (int)(scale * 2), r);

    sel4ts_alloc_t a;
    seL4_Error e = sel4ts_alloc_init(&a, bi, 22);
    if (e != seL4_NoError) {
        fail("alloc", e);
        return 1;
    }
    seL4_CPtr done = sel4ts_alloc_object(&a, seL4_NotificationObject, 0);
    seL4_CPtr fault_ep = sel4ts_alloc_object(&a, seL4_EndpointObject, 0);
    static sel4ts_process_t p;
    e = sel4ts_process_create(&a, bi, &p, CNODE_BITS, S_FAULT, 100);
    if (e == seL4_NoError) {
        e = sel4ts_process_mint(&p, S_DONE, done, seL4_CanWrite, 1);
    }
    if (e == seL4_NoError) {
        e = sel4ts_process_copy(&p, S_TCB, p.tcb, seL4_AllRights);
    }
    if (e == seL4_NoError) {
        e = sel4ts_process_copy(&p, S_FAULT, fault_ep, seL4_AllRights);
    }
    if (e != seL4_NoError) {
        fail("process setup", e);
        return 1;
    }
    seL4_DebugNameThread(p.tcb, "worker");
    e = sel4ts_process_start(&p, worker, 7, 3, 0, 0);
    if (e != seL4_NoError) {
        fail("start", e);
        return 1;
    }
    seL4_Wait(done, NULL);
    printf("worker done: counter = %lu\n", counter);
    seL4_DebugHalt();
    return 0;
}
