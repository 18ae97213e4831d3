/* sel4ts SDK -- runtime services provided by sdk/runtime.c and crt0.S. */
#ifndef SEL4TS_RUNTIME_H
#define SEL4TS_RUNTIME_H

#include <sel4/sel4.h>

/* Halt the system (seL4_DebugHalt); never returns. main() returning does
 * the same. */
__attribute__((noreturn)) void sel4ts_halt(void);

/* The initial thread's stack (SEL4TS_STACK_SIZE bytes in .bss). */
extern char __sel4_stack_bottom[];
extern char __sel4_stack_top[];

/* Start of the TLS block of the initial thread (tp points here). */
extern char __tls_base[];

#endif
