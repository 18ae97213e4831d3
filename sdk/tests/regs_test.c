/*
 * sel4ts SDK -- register conventions of the real MCS ecall sequences.
 *
 * abi_test.c checks the stubs through the emulation harness (which never
 * executes their inline assembly). This program is built with the real
 * stubs (no SEL4TS_LINUX_EMU) and runs under qemu-riscv64 (Linux user mode),
 * where each seL4 ecall is an unknown Linux system call (returns -ENOSYS).
 * check_regs.sh logs the CPU state before every instruction
 * (qemu -d cpu -singlestep), picks the states at the ecall instructions and
 * compares a7, a0, a1, a6 and t0 with regs_expected-mcs.txt (written from
 * the ABI fact sheet, 2.2/2.3: a6 = reply object for Recv, NBRecv,
 * ReplyRecv, NBSendRecv; a6 = destination for NBSendWait; t0 = destination
 * for NBSendRecv).
 */
#include <sel4/sel4.h>

#if !SEL4TS_MCS || defined(SEL4TS_LINUX_EMU)
#error "regs_test.c is built with -DSEL4TS_MCS=1 and the real stubs"
#endif

static seL4_IPCBuffer ipc;
seL4_IPCBuffer *__sel4_ipc_buffer = &ipc;

#define INFO(l) seL4_MessageInfo_new((l), 0, 0, 1)

int main(void)
{
    seL4_Word b, m0 = 1, m1 = 2, m2 = 3, m3 = 4;
    seL4_Recv(0x101, &b, 0x201);
    seL4_NBRecv(0x102, &b, 0x202);
    seL4_ReplyRecv(0x103, INFO(0x13), &b, 0x203);
    seL4_NBSendRecv(0x304, INFO(0x14), 0x104, &b, 0x204);
    seL4_NBSendWait(0x205, INFO(0x15), 0x105, &b);
    seL4_Wait(0x106, &b);
    seL4_NBWait(0x107, &b);
    seL4_Call(0x108, INFO(0x18));
    seL4_Send(0x109, INFO(0x19));
    seL4_NBSend(0x10a, INFO(0x1a));
    seL4_RecvWithMRs(0x10b, &b, 0x20b, &m0, &m1, &m2, &m3);
    seL4_ReplyRecvWithMRs(0x10c, INFO(0x1c), &b, &m0, &m1, &m2, &m3, 0x20c);
    seL4_NBSendRecvWithMRs(0x30d, INFO(0x1d), 0x10d, &b, &m0, &m1, &m2, &m3, 0x20d);
    seL4_NBSendWaitWithMRs(0x20e, INFO(0x1e), 0x10e, &b, &m0, &m1, &m2, &m3);
    (void)seL4_SchedContext_Consumed(0x10f);
    seL4_Yield();
    return 0;
}

/* Linux entry: stack from the kernel, gp, then main, then exit(0). */
__asm__(
    "    .section .text.sel4ts.start, \"ax\", @progbits\n"
    "    .globl _start\n"
    "_start:\n"
    "    .option push\n"
    "    .option norelax\n"
    "    la   gp, __global_pointer$\n"
    "    .option pop\n"
    "    andi sp, sp, -16\n"
    "    call main\n"
    "    li   a0, 0\n"
    "    li   a7, 93\n"
    "    ecall\n"
    "1:  j 1b\n"
    "    .text\n");
