/* sel4ts SDK -- core data types with libsel4 names and riscv64 layouts. */
#ifndef SEL4TS_SEL4_TYPES_H
#define SEL4TS_SEL4_TYPES_H

#include <sel4/config.h>
#include <sel4/macros.h>
#include <sel4/simple_types.h>
#include <sel4/constants.h>
#include <sel4/errors.h>
#include <sel4/objecttype.h>
#include <sel4/faults.h>
#include <sel4/syscall.h>
#include <sel4/invocation.h>

/* Capability pointer types, one per object interface. */
typedef seL4_CPtr seL4_CNode;
typedef seL4_CPtr seL4_IRQHandler;
typedef seL4_CPtr seL4_IRQControl;
typedef seL4_CPtr seL4_TCB;
typedef seL4_CPtr seL4_Untyped;
typedef seL4_CPtr seL4_DomainSet;
typedef seL4_CPtr seL4_RISCV_Page;
typedef seL4_CPtr seL4_RISCV_PageTable;
typedef seL4_CPtr seL4_RISCV_ASIDControl;
typedef seL4_CPtr seL4_RISCV_ASIDPool;
#if SEL4TS_MCS
typedef seL4_CPtr seL4_SchedContext;
typedef seL4_CPtr seL4_SchedControl;
#endif

/* VM attributes: only bit 0 (execute never) is meaningful. */
typedef enum {
    seL4_RISCV_ExecuteNever = 0x1,
    seL4_RISCV_Default_VMAttributes = 0
} seL4_RISCV_VMAttributes;
#define seL4_ARCH_Default_VMAttributes seL4_RISCV_Default_VMAttributes

/* Slots of the initial thread's root CNode. */
enum seL4_RootCNodeCapSlots {
    seL4_CapNull = 0,
    seL4_CapInitThreadTCB = 1,
    seL4_CapInitThreadCNode = 2,
    seL4_CapInitThreadVSpace = 3,
    seL4_CapIRQControl = 4,
    seL4_CapASIDControl = 5,
    seL4_CapInitThreadASIDPool = 6,
    seL4_CapIOPortControl = 7,
    seL4_CapIOSpace = 8,
    seL4_CapBootInfoFrame = 9,
    seL4_CapInitThreadIPCBuffer = 10,
    seL4_CapDomain = 11,
    seL4_CapSMMUSIDControl = 12,
    seL4_CapSMMUCBControl = 13,
    seL4_CapInitThreadSC = 14,          /* MCS: the rootserver's scheduling context */
    seL4_CapSMC = 15,
    seL4_NumInitialCaps = 16
};
#define seL4_CapInitThreadPD seL4_CapInitThreadVSpace

/* ------------------------------------------------------------------ */
/* seL4_MessageInfo: label 63..12, capsUnwrapped 11..9, extraCaps 8..7,
 * length 6..0.                                                         */

typedef struct seL4_MessageInfo {
    seL4_Uint64 words[1];
} seL4_MessageInfo_t;

#define SEL4TS_MI_LABEL_SHIFT 12
#define SEL4TS_MI_LABEL_MASK  0xfffffffffffffUL   /* 52 bits */
#define SEL4TS_MI_UNWRAP_SHIFT 9
#define SEL4TS_MI_UNWRAP_MASK 0x7UL
#define SEL4TS_MI_XCAPS_SHIFT 7
#define SEL4TS_MI_XCAPS_MASK  0x3UL
#define SEL4TS_MI_LEN_MASK    0x7fUL

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t
seL4_MessageInfo_new(seL4_Uint64 label, seL4_Uint64 capsUnwrapped, seL4_Uint64 extraCaps,
                     seL4_Uint64 length)
{
    seL4_MessageInfo_t m;
    m.words[0] = ((label & SEL4TS_MI_LABEL_MASK) << SEL4TS_MI_LABEL_SHIFT)
                 | ((capsUnwrapped & SEL4TS_MI_UNWRAP_MASK) << SEL4TS_MI_UNWRAP_SHIFT)
                 | ((extraCaps & SEL4TS_MI_XCAPS_MASK) << SEL4TS_MI_XCAPS_SHIFT)
                 | (length & SEL4TS_MI_LEN_MASK);
    return m;
}

#define SEL4TS_BF_ACCESSORS(type, prefix, field, shift, mask)                              \
    LIBSEL4_INLINE_FUNC seL4_Uint64 prefix##_get_##field(type v)                             \
    {                                                                                       \
        return (v.words[0] >> (shift)) & (mask);                                            \
    }                                                                                       \
    LIBSEL4_INLINE_FUNC type prefix##_set_##field(type v, seL4_Uint64 x)                     \
    {                                                                                       \
        v.words[0] = (v.words[0] & ~((seL4_Uint64)(mask) << (shift)))                       \
                     | ((x & (mask)) << (shift));                                           \
        return v;                                                                           \
    }                                                                                       \
    LIBSEL4_INLINE_FUNC seL4_Uint64 prefix##_ptr_get_##field(type *p)                        \
    {                                                                                       \
        return (p->words[0] >> (shift)) & (mask);                                           \
    }                                                                                       \
    LIBSEL4_INLINE_FUNC void prefix##_ptr_set_##field(type *p, seL4_Uint64 x)                \
    {                                                                                       \
        p->words[0] = (p->words[0] & ~((seL4_Uint64)(mask) << (shift)))                     \
                      | ((x & (mask)) << (shift));                                          \
    }

SEL4TS_BF_ACCESSORS(seL4_MessageInfo_t, seL4_MessageInfo, label, SEL4TS_MI_LABEL_SHIFT, SEL4TS_MI_LABEL_MASK)
SEL4TS_BF_ACCESSORS(seL4_MessageInfo_t, seL4_MessageInfo, capsUnwrapped, SEL4TS_MI_UNWRAP_SHIFT, SEL4TS_MI_UNWRAP_MASK)
SEL4TS_BF_ACCESSORS(seL4_MessageInfo_t, seL4_MessageInfo, extraCaps, SEL4TS_MI_XCAPS_SHIFT, SEL4TS_MI_XCAPS_MASK)
SEL4TS_BF_ACCESSORS(seL4_MessageInfo_t, seL4_MessageInfo, length, 0, SEL4TS_MI_LEN_MASK)

/* ------------------------------------------------------------------ */
/* seL4_CapRights: bit3 GrantReply, bit2 Grant, bit1 Read, bit0 Write. */

typedef struct seL4_CapRights {
    seL4_Uint64 words[1];
} seL4_CapRights_t;

LIBSEL4_INLINE_FUNC seL4_CapRights_t
seL4_CapRights_new(seL4_Uint64 capAllowGrantReply, seL4_Uint64 capAllowGrant,
                   seL4_Uint64 capAllowRead, seL4_Uint64 capAllowWrite)
{
    seL4_CapRights_t r;
    r.words[0] = ((capAllowGrantReply & 1) << 3) | ((capAllowGrant & 1) << 2)
                 | ((capAllowRead & 1) << 1) | (capAllowWrite & 1);
    return r;
}

SEL4TS_BF_ACCESSORS(seL4_CapRights_t, seL4_CapRights, capAllowGrantReply, 3, 1)
SEL4TS_BF_ACCESSORS(seL4_CapRights_t, seL4_CapRights, capAllowGrant, 2, 1)
SEL4TS_BF_ACCESSORS(seL4_CapRights_t, seL4_CapRights, capAllowRead, 1, 1)
SEL4TS_BF_ACCESSORS(seL4_CapRights_t, seL4_CapRights, capAllowWrite, 0, 1)

#define seL4_CapRights_Value(w) ((seL4_CapRights_t){{(seL4_Uint64)(w)}})
#define seL4_NoRights     seL4_CapRights_Value(0x0)
#define seL4_CanWrite     seL4_CapRights_Value(0x1)
#define seL4_CanRead      seL4_CapRights_Value(0x2)
#define seL4_ReadWrite    seL4_CapRights_Value(0x3)
#define seL4_CanGrant     seL4_CapRights_Value(0x4)
#define seL4_CanGrantReply seL4_CapRights_Value(0x8)
#define seL4_NoWrite      seL4_CapRights_Value(0xe)
#define seL4_NoRead       seL4_CapRights_Value(0xd)
#define seL4_AllRights    seL4_CapRights_Value(0xf)

/* ------------------------------------------------------------------ */
/* seL4_CNode_CapData: guard 63..6, guardSize 5..0. */

typedef struct seL4_CNode_CapData {
    seL4_Uint64 words[1];
} seL4_CNode_CapData_t;

LIBSEL4_INLINE_FUNC seL4_CNode_CapData_t
seL4_CNode_CapData_new(seL4_Uint64 guard, seL4_Uint64 guardSize)
{
    seL4_CNode_CapData_t d;
    d.words[0] = ((guard & 0x3ffffffffffffffUL) << 6) | (guardSize & 0x3fUL);
    return d;
}

SEL4TS_BF_ACCESSORS(seL4_CNode_CapData_t, seL4_CNode_CapData, guard, 6, 0x3ffffffffffffffUL)
SEL4TS_BF_ACCESSORS(seL4_CNode_CapData_t, seL4_CNode_CapData, guardSize, 0, 0x3fUL)

/* ------------------------------------------------------------------ */
/* Register context, in the order used by TCB_ReadRegisters/WriteRegisters. */

typedef struct seL4_UserContext_ {
    /* frame registers (0..15) */
    seL4_Word pc, ra, sp, gp, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
    /* integer registers (16..31) */
    seL4_Word a0, a1, a2, a3, a4, a5, a6, a7;
    seL4_Word t0, t1, t2, t3, t4, t5, t6;
    seL4_Word tp;
} seL4_UserContext;

_Static_assert(sizeof(seL4_UserContext) == 32 * sizeof(seL4_Word), "seL4_UserContext is 32 words");

/* ------------------------------------------------------------------ */
/* IPC buffer (1 KiB, aligned to its size). */

typedef struct seL4_IPCBuffer_ {
    seL4_MessageInfo_t tag;
    seL4_Word msg[seL4_MsgMaxLength];
    seL4_Word userData;
    seL4_Word caps_or_badges[seL4_MsgMaxExtraCaps];
    seL4_CPtr receiveCNode;
    seL4_CPtr receiveIndex;
    seL4_Word receiveDepth;
} seL4_IPCBuffer __attribute__((__aligned__(sizeof(struct seL4_IPCBuffer_))));

_Static_assert(sizeof(seL4_IPCBuffer) == (1 << seL4_IPCBufferSizeBits), "IPC buffer is 1 KiB");
_Static_assert(__builtin_offsetof(seL4_IPCBuffer, msg) == 0x8, "msg offset");
_Static_assert(__builtin_offsetof(seL4_IPCBuffer, userData) == 0x3c8, "userData offset");
_Static_assert(__builtin_offsetof(seL4_IPCBuffer, caps_or_badges) == 0x3d0, "caps offset");
_Static_assert(__builtin_offsetof(seL4_IPCBuffer, receiveCNode) == 0x3e8, "receiveCNode offset");
_Static_assert(__builtin_offsetof(seL4_IPCBuffer, receiveDepth) == 0x3f8, "receiveDepth offset");

/* Output structs of invocations that return values. */
typedef struct seL4_RISCV_Page_GetAddress {
    int error;
    seL4_Word paddr;
} seL4_RISCV_Page_GetAddress_t;

typedef struct seL4_TCB_SetFlags {
    int error;
    seL4_Word flags;
} seL4_TCB_SetFlags_t;

#if SEL4TS_MCS
typedef struct seL4_SchedContext_Consumed {
    int error;
    seL4_Time consumed;
} seL4_SchedContext_Consumed_t;

typedef struct seL4_SchedContext_YieldTo {
    int error;
    seL4_Time consumed;
} seL4_SchedContext_YieldTo_t;
#endif

#endif
