/*
 * sel4ts SDK -- minimal C runtime for seL4 rootservers.
 *
 *  - globals shared with crt0 (__sel4_bootinfo, __sel4_ipc_buffer)
 *  - picolibc stdout/stderr on seL4_DebugPutChar (so printf works)
 *  - constructor calls, main(), and a final seL4_DebugHalt
 */
#include <stdio.h>
#include <stdlib.h>
#include <sel4/sel4.h>
#include <sel4ts/runtime.h>

seL4_BootInfo *__sel4_bootinfo;
seL4_IPCBuffer *__sel4_ipc_buffer;

/* ---- console -------------------------------------------------------- */

static int sel4ts_putc(char c, FILE *file)
{
    (void)file;
    seL4_DebugPutChar(c);
    return (unsigned char)c;
}

static FILE sel4ts_console = FDEV_SETUP_STREAM(sel4ts_putc, NULL, NULL, _FDEV_SETUP_WRITE);

FILE *const stdout = &sel4ts_console;
FILE *const stderr = &sel4ts_console;
FILE *const stdin = NULL;

/* ---- termination ------------------------------------------------------ */

__attribute__((noreturn)) void sel4ts_halt(void)
{
    for (;;) {
        seL4_DebugHalt();
        /* A kernel without debug syscalls raises a fault instead; if we are
         * ever resumed, just keep yielding. */
        seL4_Yield();
    }
}

/* picolibc's exit()/abort() end up here. */
__attribute__((noreturn)) void _exit(int status)
{
    (void)status;
    sel4ts_halt();
}

/* ---- startup --------------------------------------------------------- */

typedef void (*sel4ts_ctor_t)(void);
extern sel4ts_ctor_t __preinit_array_start[], __preinit_array_end[];
extern sel4ts_ctor_t __init_array_start[], __init_array_end[];

extern int main(void);

__attribute__((noreturn, used)) void __sel4_runtime_start(seL4_BootInfo *bootinfo)
{
    (void)bootinfo; /* already stored by crt0 */
    for (sel4ts_ctor_t *f = __preinit_array_start; f < __preinit_array_end; f++) {
        (*f)();
    }
    for (sel4ts_ctor_t *f = __init_array_start; f < __init_array_end; f++) {
        (*f)();
    }
    (void)main();
    sel4ts_halt();
}
