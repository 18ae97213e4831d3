/*
 * sel4ts SDK -- entry point of a seL4 rootserver (riscv64).
 *
 * The kernel starts the initial thread at the ELF entry with a0 = address of
 * the bootinfo frame and every other register zero (no stack).  We
 *   1. point sp at a static, 16-byte aligned stack in .bss,
 *   2. set gp (for linker relaxation) and tp (TLS block, used by picolibc's
 *      errno),
 *   3. record the bootinfo pointer and the IPC buffer address,
 *   4. call __sel4_runtime_start (runtime.c), which runs constructors,
 *      calls main() and halts the system with seL4_DebugHalt.
 */

#ifndef SEL4TS_STACK_SIZE
#define SEL4TS_STACK_SIZE 65536
#endif

    .file "crt0.S"

    .section .text.sel4ts.start, "ax", @progbits
    .globl _start
    .type _start, @function
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    la      sp, __sel4_stack_top
    la      tp, __tls_base
    /* __sel4_bootinfo = a0; __sel4_ipc_buffer = a0->ipcBuffer (offset 0x20) */
    la      t0, __sel4_bootinfo
    sd      a0, 0(t0)
    beqz    a0, 1f
    ld      t1, 0x20(a0)
    la      t0, __sel4_ipc_buffer
    sd      t1, 0(t0)
1:
    li      ra, 0
    li      fp, 0
    call    __sel4_runtime_start
    /* not reached: __sel4_runtime_start never returns */
2:
    j       2b
    .size _start, . - _start

    .section .bss.sel4ts.stack, "aw", @nobits
    .balign 16
    .globl __sel4_stack_bottom
__sel4_stack_bottom:
    .space SEL4TS_STACK_SIZE
    .globl __sel4_stack_top
__sel4_stack_top:
