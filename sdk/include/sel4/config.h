/*
 * sel4ts SDK -- ABI selection.
 *
 * SEL4TS_ABI picks the seL4 release whose binary numbering (syscall numbers,
 * invocation labels) the program is built against.  Supported values:
 *
 *   16  seL4 16.0.0 (default)
 *   15  seL4 15.0.0 (16.0.0 labels, pre-16 syscall numbering)
 *   14  seL4 14.0.0 (TCBSetFlags present, no DomainSchedule*, pre-16 syscalls)
 *   13  seL4 13.0.0 (no TCBSetFlags, no DomainSchedule*, pre-16 syscalls)
 *
 * SEL4TS_MCS (0 or 1, default 0; -DSEL4TS_MCS=1 or CONFIG_KERNEL_MCS=1)
 * selects the MCS kernel API (scheduling contexts, reply objects), like
 * seL4's KernelIsMCS: its syscall numbers, invocation labels, object types,
 * bootinfo layout and syscall signatures.  Uniprocessor riscv64
 * (qemu-riscv-virt) only.
 */
#ifndef SEL4TS_SEL4_CONFIG_H
#define SEL4TS_SEL4_CONFIG_H

#ifndef SEL4TS_ABI
#define SEL4TS_ABI 16
#endif

#if SEL4TS_ABI != 13 && SEL4TS_ABI != 14 && SEL4TS_ABI != 15 && SEL4TS_ABI != 16
#error "SEL4TS_ABI must be 13, 14, 15 or 16"
#endif

#ifndef SEL4TS_MCS
#if defined(CONFIG_KERNEL_MCS) && CONFIG_KERNEL_MCS
#define SEL4TS_MCS 1
#else
#define SEL4TS_MCS 0
#endif
#endif

#if SEL4TS_MCS != 0 && SEL4TS_MCS != 1
#error "SEL4TS_MCS must be 0 or 1"
#endif

/* libsel4 code tests CONFIG_KERNEL_MCS with #ifdef. */
#if SEL4TS_MCS && !defined(CONFIG_KERNEL_MCS)
#define CONFIG_KERNEL_MCS 1
#endif

#if !defined(__riscv) || __riscv_xlen != 64
#error "the sel4ts SDK targets riscv64 only"
#endif

/* Feature switches derived from the ABI version. */
#define SEL4TS_HAVE_TCB_SET_FLAGS       (SEL4TS_ABI >= 14)
#define SEL4TS_HAVE_DOMAIN_SCHEDULE     (SEL4TS_ABI >= 15)
#define SEL4TS_HAVE_THREAD_AFFINITY_SYS (SEL4TS_ABI >= 16)

/*
 * TCB object size.  The FPU is on by default since 14.0.0, which makes a TCB
 * 2^11 bytes; 13.0.0's default configuration had no FPU (2^10).  Override
 * with -DSEL4TS_TCB_BITS=... if the kernel is configured differently.
 */
#ifndef SEL4TS_TCB_BITS
#if SEL4TS_ABI >= 14
#define SEL4TS_TCB_BITS 11
#else
#define SEL4TS_TCB_BITS 10
#endif
#endif

/* Kernel configuration values the SDK assumes (seL4 defaults). */
#ifndef CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS
#define CONFIG_MAX_NUM_BOOTINFO_UNTYPED_CAPS 230
#endif
#define CONFIG_WORD_SIZE 64
#define CONFIG_MAX_NUM_NODES 1
#define CONFIG_PT_LEVELS 3
#define CONFIG_RETYPE_FAN_OUT_LIMIT 256
#define CONFIG_NUM_PRIORITIES 256

#endif /* SEL4TS_SEL4_CONFIG_H */
