/*
 * sel4ts SDK -- Linux user-mode test harness (NOT part of seL4 images).
 *
 * Built with -DSEL4TS_LINUX_EMU in place of crt0.S, it lets an SDK program
 * run under `qemu-riscv64` (Linux user mode): it fabricates a bootinfo frame
 * resembling sel4ts' qemu-riscv-virt boot (a few untypeds, an FDT chunk),
 * and emulates DebugPutChar / DebugHalt / Yield / DebugSnapshot /
 * DebugDumpScheduler on top of Linux system calls.  Any other seL4 system
 * call ends the program with exit status 2.  Used to check program output
 * and to count instructions of the benchmark programs.
 */
#include <sel4/sel4.h>

#define LINUX_WRITE 64
#define LINUX_EXIT_GROUP 94

static long linux_syscall3(long n, long a, long b, long c)
{
    register long r_a0 __asm__("a0") = a;
    register long r_a1 __asm__("a1") = b;
    register long r_a2 __asm__("a2") = c;
    register long r_a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(r_a0) : "r"(r_a1), "r"(r_a2), "r"(r_a7) : "memory");
    return r_a0;
}

static void emu_write(const char *s, long n)
{
    (void)linux_syscall3(LINUX_WRITE, 1, (long)s, n);
}

static void emu_puts(const char *s)
{
    long n = 0;
    while (s[n]) {
        n++;
    }
    emu_write(s, n);
}

__attribute__((noreturn)) static void emu_exit(int status)
{
    for (;;) {
        (void)linux_syscall3(LINUX_EXIT_GROUP, status, 0, 0);
    }
}

/* Console output is line buffered to keep the number of Linux syscalls low. */
static char emu_line[256];
static long emu_line_len;

static void emu_flush(void)
{
    if (emu_line_len) {
        emu_write(emu_line, emu_line_len);
        emu_line_len = 0;
    }
}

/*
 * Tests may define sel4ts_emu_hook() to handle system calls themselves
 * (return non-zero when handled); the default handles nothing.
 */
__attribute__((weak)) int sel4ts_emu_hook(seL4_Word r[SEL4TS_EMU_NREGS])
{
    (void)r;
    return 0;
}

void sel4ts_emu_ecall(seL4_Word r[SEL4TS_EMU_NREGS])
{
    long sys = (long)r[7];
    if (sel4ts_emu_hook(r)) {
        return;
    }
    switch (sys) {
    case seL4_SysDebugPutChar:
        emu_line[emu_line_len++] = (char)r[0];
        if ((char)r[0] == '\n' || emu_line_len == sizeof(emu_line)) {
            emu_flush();
        }
        return;
    case seL4_SysYield:
        return;
    case seL4_SysDebugHalt:
        emu_flush();
        emu_exit(0);
    case seL4_SysDebugSnapshot:
    case seL4_SysDebugDumpScheduler:
        emu_flush();
        emu_puts("[linux-emu] debug dump not emulated\n");
        return;
    default:
        emu_flush();
        emu_puts("[linux-emu] unsupported seL4 system call, exiting\n");
        emu_exit(2);
    }
}

/* ---- fake boot environment ------------------------------------------ */

#define EMU_FDT_BYTES 4096

static struct {
    seL4_BootInfo bi;
    char pad[4096 - sizeof(seL4_BootInfo)];
    seL4_BootInfoHeader fdt_header;
    unsigned char fdt[EMU_FDT_BYTES];
} emu_boot __attribute__((aligned(4096)));

static seL4_IPCBuffer emu_ipc_buffer;

static void emu_untyped(seL4_Word i, seL4_Word paddr, seL4_Uint8 bits, seL4_Uint8 dev)
{
    emu_boot.bi.untypedList[i].paddr = paddr;
    emu_boot.bi.untypedList[i].sizeBits = bits;
    emu_boot.bi.untypedList[i].isDevice = dev;
}

seL4_BootInfo *sel4ts_emu_bootinfo(void)
{
    seL4_BootInfo *bi = &emu_boot.bi;
    seL4_Word slot = seL4_NumInitialCaps;
    bi->nodeID = 0;
    bi->numNodes = 1;
    bi->ipcBuffer = &emu_ipc_buffer;
    bi->initThreadCNodeSizeBits = 12;
    bi->initThreadDomain = 0;
    bi->userImagePaging.start = slot;
    slot += 2;
    bi->userImagePaging.end = slot;
    bi->extraBIPages.start = slot;
    slot += 2;
    bi->extraBIPages.end = slot;
#if SEL4TS_MCS
    bi->schedcontrol.start = slot;
    slot += 1;
    bi->schedcontrol.end = slot;
#endif
    bi->userImageFrames.start = slot;
    slot += 40;
    bi->userImageFrames.end = slot;
    bi->untyped.start = slot;
    emu_untyped(0, 0x0, 24, 1);
    emu_untyped(1, 0x1000000, 24, 1);
    emu_untyped(2, 0x84000000, 26, 0);
    emu_untyped(3, 0x88000000, 27, 0);
    emu_untyped(4, 0x90000000, 28, 0);
    slot += 5;
    bi->untyped.end = slot;
    bi->empty.start = slot;
    bi->empty.end = 1UL << 12;
    emu_boot.fdt_header.id = SEL4_BOOTINFO_HEADER_FDT;
    emu_boot.fdt_header.len = sizeof(seL4_BootInfoHeader) + EMU_FDT_BYTES;
    bi->extraLen = emu_boot.fdt_header.len;
    return bi;
}

/* Entry point under Linux: the kernel already gave us a stack. */
__asm__(
    "    .section .text.sel4ts.start, \"ax\", @progbits\n"
    "    .globl _start\n"
    "_start:\n"
    "    .option push\n"
    "    .option norelax\n"
    "    la   gp, __global_pointer$\n"
    "    .option pop\n"
    "    la   tp, __tls_base\n"
    "    andi sp, sp, -16\n"
    "    call sel4ts_emu_bootinfo\n"
    "    la   t0, __sel4_bootinfo\n"
    "    sd   a0, 0(t0)\n"
    "    ld   t1, 0x20(a0)\n"
    "    la   t0, __sel4_ipc_buffer\n"
    "    sd   t1, 0(t0)\n"
    "    call __sel4_runtime_start\n"
    "1:  j 1b\n"
    "    .text\n");
