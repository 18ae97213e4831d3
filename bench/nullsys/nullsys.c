/*
 * nullsys -- system call round-trip benchmark for sel4ts.
 *
 * Calls seL4_Yield() NULLSYS_ITERS times.  The rootserver is the only
 * runnable thread at its priority, so every Yield is a cheap kernel entry and
 * exit that returns straight to the caller.  Prints a line before and after,
 * then halts (returning from main() calls seL4_DebugHalt).
 */
#include <stdio.h>
#include <sel4/sel4.h>

#ifndef NULLSYS_ITERS
#define NULLSYS_ITERS 1000000
#endif

int main(void)
{
    printf("nullsys: %d x seL4_Yield\n", NULLSYS_ITERS);
    for (int i = 0; i < NULLSYS_ITERS; i++) {
        seL4_Yield();
    }
    printf("nullsys: done\n");
    return 0;
}
