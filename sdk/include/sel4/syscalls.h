/*
 * sel4ts SDK -- system call stubs (riscv64, non-MCS and MCS).
 *
 * Register convention: a7 = syscall number, a0 = capability / badge,
 * a1 = seL4_MessageInfo word, a2..a5 = MR0..MR3.  MR4 and above live in the
 * IPC buffer.  MCS (SEL4TS_MCS=1) adds a6 = reply object cap for Recv,
 * NBRecv, ReplyRecv and NBSendRecv (a6 = destination for NBSendWait) and
 * t0 = destination for NBSendRecv.  The plain stubs (seL4_Send, seL4_Call, ...) move MR0..MR3
 * between the IPC buffer's msg[0..3] and the registers, like libsel4, so
 * seL4_SetMR/seL4_GetMR work for every message register.
 */
#ifndef SEL4TS_SEL4_SYSCALLS_H
#define SEL4TS_SEL4_SYSCALLS_H

#include <sel4/types.h>
#include <sel4/functions.h>

/* ---- raw ecall sequences -------------------------------------------- */

#ifdef SEL4TS_LINUX_EMU
/*
 * Test aid (not for seL4 images): with -DSEL4TS_LINUX_EMU every system call
 * goes through sel4ts_emu_ecall() (sdk/host/linux_emu.c), which emulates the
 * debug syscalls and Yield on top of Linux, so a program can be run under
 * qemu-riscv64 user mode.  r[0..7] = a0..a7 in and out (MCS: r[8] = t0).
 */
#if SEL4TS_MCS
#define SEL4TS_EMU_NREGS 9 /* a0..a7, t0 */
#else
#define SEL4TS_EMU_NREGS 8 /* a0..a7 */
#endif
void sel4ts_emu_ecall(seL4_Word r[SEL4TS_EMU_NREGS]);

LIBSEL4_INLINE_FUNC void sel4ts_sys_send(seL4_Word sys, seL4_Word dest, seL4_Word info,
                                         seL4_Word mr0, seL4_Word mr1, seL4_Word mr2, seL4_Word mr3)
{
    seL4_Word r[SEL4TS_EMU_NREGS] = {dest, info, mr0, mr1, mr2, mr3, 0, sys};
    sel4ts_emu_ecall(r);
}

LIBSEL4_INLINE_FUNC void sel4ts_sys_reply(seL4_Word sys, seL4_Word info, seL4_Word mr0,
                                          seL4_Word mr1, seL4_Word mr2, seL4_Word mr3)
{
    seL4_Word r[SEL4TS_EMU_NREGS] = {0, info, mr0, mr1, mr2, mr3, 0, sys};
    sel4ts_emu_ecall(r);
}

LIBSEL4_INLINE_FUNC void sel4ts_sys_recv(seL4_Word sys, seL4_Word src, seL4_Word *out_badge,
                                         seL4_Word *out_info, seL4_Word *out_mr0, seL4_Word *out_mr1,
                                         seL4_Word *out_mr2, seL4_Word *out_mr3)
{
    seL4_Word r[SEL4TS_EMU_NREGS] = {src, 0, 0, 0, 0, 0, 0, sys};
    sel4ts_emu_ecall(r);
    *out_badge = r[0];
    *out_info = r[1];
    *out_mr0 = r[2];
    *out_mr1 = r[3];
    *out_mr2 = r[4];
    *out_mr3 = r[5];
}

LIBSEL4_INLINE_FUNC void sel4ts_sys_send_recv(seL4_Word sys, seL4_Word dest, seL4_Word *out_badge,
                                              seL4_Word info, seL4_Word *out_info, seL4_Word *mr0,
                                              seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_Word r[SEL4TS_EMU_NREGS] = {dest, info, *mr0, *mr1, *mr2, *mr3, 0, sys};
    sel4ts_emu_ecall(r);
    *out_badge = r[0];
    *out_info = r[1];
    *mr0 = r[2];
    *mr1 = r[3];
    *mr2 = r[4];
    *mr3 = r[5];
}

LIBSEL4_INLINE_FUNC void sel4ts_sys_null(seL4_Word sys)
{
    seL4_Word r[SEL4TS_EMU_NREGS] = {0, 0, 0, 0, 0, 0, 0, sys};
    sel4ts_emu_ecall(r);
}

LIBSEL4_INLINE_FUNC seL4_Word sel4ts_sys_debug1(seL4_Word sys, seL4_Word arg)
{
    seL4_Word r[SEL4TS_EMU_NREGS] = {arg, 0, 0, 0, 0, 0, 0, sys};
    sel4ts_emu_ecall(r);
    return r[0];
}

#if SEL4TS_MCS
/* MCS: a receive naming a reply object (a6) and the non-blocking
 * send + receive pair (t0 = destination, a6 = reply object). */
LIBSEL4_INLINE_FUNC void sel4ts_sys_recv_reply(seL4_Word sys, seL4_Word src, seL4_Word reply, seL4_Word *out_badge,
                                               seL4_Word *out_info, seL4_Word *out_mr0, seL4_Word *out_mr1,
                                               seL4_Word *out_mr2, seL4_Word *out_mr3)
{
    seL4_Word r[SEL4TS_EMU_NREGS] = {src, 0, 0, 0, 0, 0, reply, sys, 0};
    sel4ts_emu_ecall(r);
    *out_badge = r[0];
    *out_info = r[1];
    *out_mr0 = r[2];
    *out_mr1 = r[3];
    *out_mr2 = r[4];
    *out_mr3 = r[5];
}

LIBSEL4_INLINE_FUNC void sel4ts_sys_nbsend_recv(seL4_Word sys, seL4_Word dest, seL4_Word src, seL4_Word reply,
                                                seL4_Word *out_badge, seL4_Word info, seL4_Word *out_info,
                                                seL4_Word *mr0, seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_Word r[SEL4TS_EMU_NREGS] = {src, info, *mr0, *mr1, *mr2, *mr3, reply, sys, dest};
    sel4ts_emu_ecall(r);
    *out_badge = r[0];
    *out_info = r[1];
    *mr0 = r[2];
    *mr1 = r[3];
    *mr2 = r[4];
    *mr3 = r[5];
}
#endif

#else /* !SEL4TS_LINUX_EMU */

LIBSEL4_INLINE_FUNC void sel4ts_sys_send(seL4_Word sys, seL4_Word dest, seL4_Word info,
                                         seL4_Word mr0, seL4_Word mr1, seL4_Word mr2, seL4_Word mr3)
{
    register seL4_Word r_a0 __asm__("a0") = dest;
    register seL4_Word r_a1 __asm__("a1") = info;
    register seL4_Word r_a2 __asm__("a2") = mr0;
    register seL4_Word r_a3 __asm__("a3") = mr1;
    register seL4_Word r_a4 __asm__("a4") = mr2;
    register seL4_Word r_a5 __asm__("a5") = mr3;
    register seL4_Word r_a7 __asm__("a7") = sys;
    __asm__ volatile("ecall"
                     :
                     : "r"(r_a0), "r"(r_a1), "r"(r_a2), "r"(r_a3), "r"(r_a4), "r"(r_a5), "r"(r_a7)
                     : "memory");
}

LIBSEL4_INLINE_FUNC void sel4ts_sys_reply(seL4_Word sys, seL4_Word info, seL4_Word mr0,
                                          seL4_Word mr1, seL4_Word mr2, seL4_Word mr3)
{
    register seL4_Word r_a1 __asm__("a1") = info;
    register seL4_Word r_a2 __asm__("a2") = mr0;
    register seL4_Word r_a3 __asm__("a3") = mr1;
    register seL4_Word r_a4 __asm__("a4") = mr2;
    register seL4_Word r_a5 __asm__("a5") = mr3;
    register seL4_Word r_a7 __asm__("a7") = sys;
    __asm__ volatile("ecall"
                     :
                     : "r"(r_a1), "r"(r_a2), "r"(r_a3), "r"(r_a4), "r"(r_a5), "r"(r_a7)
                     : "memory");
}

/* Receive: a1..a5 start as 0 so that a receive that writes only a0 (a
 * notification, or NBRecv with nothing pending) yields deterministic values. */
LIBSEL4_INLINE_FUNC void sel4ts_sys_recv(seL4_Word sys, seL4_Word src, seL4_Word *out_badge,
                                         seL4_Word *out_info, seL4_Word *out_mr0, seL4_Word *out_mr1,
                                         seL4_Word *out_mr2, seL4_Word *out_mr3)
{
    register seL4_Word r_a0 __asm__("a0") = src;
    register seL4_Word r_a1 __asm__("a1") = 0;
    register seL4_Word r_a2 __asm__("a2") = 0;
    register seL4_Word r_a3 __asm__("a3") = 0;
    register seL4_Word r_a4 __asm__("a4") = 0;
    register seL4_Word r_a5 __asm__("a5") = 0;
    register seL4_Word r_a7 __asm__("a7") = sys;
    __asm__ volatile("ecall"
                     : "+r"(r_a0), "+r"(r_a1), "+r"(r_a2), "+r"(r_a3), "+r"(r_a4), "+r"(r_a5)
                     : "r"(r_a7)
                     : "memory");
    *out_badge = r_a0;
    *out_info = r_a1;
    *out_mr0 = r_a2;
    *out_mr1 = r_a3;
    *out_mr2 = r_a4;
    *out_mr3 = r_a5;
}

LIBSEL4_INLINE_FUNC void sel4ts_sys_send_recv(seL4_Word sys, seL4_Word dest, seL4_Word *out_badge,
                                              seL4_Word info, seL4_Word *out_info, seL4_Word *mr0,
                                              seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    register seL4_Word r_a0 __asm__("a0") = dest;
    register seL4_Word r_a1 __asm__("a1") = info;
    register seL4_Word r_a2 __asm__("a2") = *mr0;
    register seL4_Word r_a3 __asm__("a3") = *mr1;
    register seL4_Word r_a4 __asm__("a4") = *mr2;
    register seL4_Word r_a5 __asm__("a5") = *mr3;
    register seL4_Word r_a7 __asm__("a7") = sys;
    __asm__ volatile("ecall"
                     : "+r"(r_a0), "+r"(r_a1), "+r"(r_a2), "+r"(r_a3), "+r"(r_a4), "+r"(r_a5)
                     : "r"(r_a7)
                     : "memory");
    *out_badge = r_a0;
    *out_info = r_a1;
    *mr0 = r_a2;
    *mr1 = r_a3;
    *mr2 = r_a4;
    *mr3 = r_a5;
}

LIBSEL4_INLINE_FUNC void sel4ts_sys_null(seL4_Word sys)
{
    register seL4_Word r_a7 __asm__("a7") = sys;
    __asm__ volatile("ecall" : : "r"(r_a7) : "memory");
}

/* One-argument debug call: a0 in, a0 out. */
LIBSEL4_INLINE_FUNC seL4_Word sel4ts_sys_debug1(seL4_Word sys, seL4_Word arg)
{
    register seL4_Word r_a0 __asm__("a0") = arg;
    register seL4_Word r_a7 __asm__("a7") = sys;
    __asm__ volatile("ecall" : "+r"(r_a0) : "r"(r_a7) : "memory");
    return r_a0;
}

#if SEL4TS_MCS
/* MCS receive with a reply object in a6; a1..a5 start as 0 (see above). */
LIBSEL4_INLINE_FUNC void sel4ts_sys_recv_reply(seL4_Word sys, seL4_Word src, seL4_Word reply, seL4_Word *out_badge,
                                               seL4_Word *out_info, seL4_Word *out_mr0, seL4_Word *out_mr1,
                                               seL4_Word *out_mr2, seL4_Word *out_mr3)
{
    register seL4_Word r_a0 __asm__("a0") = src;
    register seL4_Word r_a1 __asm__("a1") = 0;
    register seL4_Word r_a2 __asm__("a2") = 0;
    register seL4_Word r_a3 __asm__("a3") = 0;
    register seL4_Word r_a4 __asm__("a4") = 0;
    register seL4_Word r_a5 __asm__("a5") = 0;
    register seL4_Word r_a6 __asm__("a6") = reply;
    register seL4_Word r_a7 __asm__("a7") = sys;
    __asm__ volatile("ecall"
                     : "+r"(r_a0), "+r"(r_a1), "+r"(r_a2), "+r"(r_a3), "+r"(r_a4), "+r"(r_a5)
                     : "r"(r_a6), "r"(r_a7)
                     : "memory");
    *out_badge = r_a0;
    *out_info = r_a1;
    *out_mr0 = r_a2;
    *out_mr1 = r_a3;
    *out_mr2 = r_a4;
    *out_mr3 = r_a5;
}

/* MCS send + receive: t0 = destination (NBSendRecv), a0 = source,
 * a6 = reply object (NBSendRecv, ReplyRecv) or destination (NBSendWait). */
LIBSEL4_INLINE_FUNC void sel4ts_sys_nbsend_recv(seL4_Word sys, seL4_Word dest, seL4_Word src, seL4_Word reply,
                                                seL4_Word *out_badge, seL4_Word info, seL4_Word *out_info,
                                                seL4_Word *mr0, seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    register seL4_Word r_a0 __asm__("a0") = src;
    register seL4_Word r_a1 __asm__("a1") = info;
    register seL4_Word r_a2 __asm__("a2") = *mr0;
    register seL4_Word r_a3 __asm__("a3") = *mr1;
    register seL4_Word r_a4 __asm__("a4") = *mr2;
    register seL4_Word r_a5 __asm__("a5") = *mr3;
    register seL4_Word r_a6 __asm__("a6") = reply;
    register seL4_Word r_a7 __asm__("a7") = sys;
    register seL4_Word r_t0 __asm__("t0") = dest;
    __asm__ volatile("ecall"
                     : "+r"(r_a0), "+r"(r_a1), "+r"(r_a2), "+r"(r_a3), "+r"(r_a4), "+r"(r_a5)
                     : "r"(r_a6), "r"(r_a7), "r"(r_t0)
                     : "memory");
    *out_badge = r_a0;
    *out_info = r_a1;
    *mr0 = r_a2;
    *mr1 = r_a3;
    *mr2 = r_a4;
    *mr3 = r_a5;
}
#endif

#endif /* SEL4TS_LINUX_EMU */

#define SEL4TS_MR_IN(p, i, len) (((p) != (seL4_Word *)0 && (len) > (i)) ? *(p) : 0UL)

/* ---- send family --------------------------------------------------- */

LIBSEL4_INLINE_FUNC void seL4_Send(seL4_CPtr dest, seL4_MessageInfo_t msgInfo)
{
    sel4ts_sys_send(seL4_SysSend, dest, msgInfo.words[0], seL4_GetMR(0), seL4_GetMR(1),
                    seL4_GetMR(2), seL4_GetMR(3));
}

LIBSEL4_INLINE_FUNC void seL4_SendWithMRs(seL4_CPtr dest, seL4_MessageInfo_t msgInfo, seL4_Word *mr0,
                                          seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_Word len = seL4_MessageInfo_get_length(msgInfo);
    sel4ts_sys_send(seL4_SysSend, dest, msgInfo.words[0], SEL4TS_MR_IN(mr0, 0, len),
                    SEL4TS_MR_IN(mr1, 1, len), SEL4TS_MR_IN(mr2, 2, len), SEL4TS_MR_IN(mr3, 3, len));
}

LIBSEL4_INLINE_FUNC void seL4_NBSend(seL4_CPtr dest, seL4_MessageInfo_t msgInfo)
{
    sel4ts_sys_send(seL4_SysNBSend, dest, msgInfo.words[0], seL4_GetMR(0), seL4_GetMR(1),
                    seL4_GetMR(2), seL4_GetMR(3));
}

LIBSEL4_INLINE_FUNC void seL4_NBSendWithMRs(seL4_CPtr dest, seL4_MessageInfo_t msgInfo, seL4_Word *mr0,
                                            seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_Word len = seL4_MessageInfo_get_length(msgInfo);
    sel4ts_sys_send(seL4_SysNBSend, dest, msgInfo.words[0], SEL4TS_MR_IN(mr0, 0, len),
                    SEL4TS_MR_IN(mr1, 1, len), SEL4TS_MR_IN(mr2, 2, len), SEL4TS_MR_IN(mr3, 3, len));
}

#if !SEL4TS_MCS
LIBSEL4_INLINE_FUNC void seL4_Reply(seL4_MessageInfo_t msgInfo)
{
    sel4ts_sys_reply(seL4_SysReply, msgInfo.words[0], seL4_GetMR(0), seL4_GetMR(1), seL4_GetMR(2),
                     seL4_GetMR(3));
}

LIBSEL4_INLINE_FUNC void seL4_ReplyWithMRs(seL4_MessageInfo_t msgInfo, seL4_Word *mr0, seL4_Word *mr1,
                                           seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_Word len = seL4_MessageInfo_get_length(msgInfo);
    sel4ts_sys_reply(seL4_SysReply, msgInfo.words[0], SEL4TS_MR_IN(mr0, 0, len),
                     SEL4TS_MR_IN(mr1, 1, len), SEL4TS_MR_IN(mr2, 2, len), SEL4TS_MR_IN(mr3, 3, len));
}
#endif

/* Signal a notification (a Send with an empty message). */
LIBSEL4_INLINE_FUNC void seL4_Signal(seL4_CPtr dest)
{
    sel4ts_sys_send(seL4_SysSend, dest, seL4_MessageInfo_new(0, 0, 0, 0).words[0], 0, 0, 0, 0);
}

/* ---- receive family ------------------------------------------------ */

#if !SEL4TS_MCS

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_Recv(seL4_CPtr src, seL4_Word *sender)
{
    seL4_MessageInfo_t info;
    seL4_Word badge, m0, m1, m2, m3;
    sel4ts_sys_recv(seL4_SysRecv, src, &badge, &info.words[0], &m0, &m1, &m2, &m3);
    seL4_SetMR(0, m0);
    seL4_SetMR(1, m1);
    seL4_SetMR(2, m2);
    seL4_SetMR(3, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_RecvWithMRs(seL4_CPtr src, seL4_Word *sender, seL4_Word *mr0,
                                                        seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_MessageInfo_t info;
    seL4_Word badge, m0, m1, m2, m3;
    sel4ts_sys_recv(seL4_SysRecv, src, &badge, &info.words[0], &m0, &m1, &m2, &m3);
    if (mr0) {
        *mr0 = m0;
    }
    if (mr1) {
        *mr1 = m1;
    }
    if (mr2) {
        *mr2 = m2;
    }
    if (mr3) {
        *mr3 = m3;
    }
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_NBRecv(seL4_CPtr src, seL4_Word *sender)
{
    seL4_MessageInfo_t info;
    seL4_Word badge, m0, m1, m2, m3;
    sel4ts_sys_recv(seL4_SysNBRecv, src, &badge, &info.words[0], &m0, &m1, &m2, &m3);
    seL4_SetMR(0, m0);
    seL4_SetMR(1, m1);
    seL4_SetMR(2, m2);
    seL4_SetMR(3, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

/* Non-MCS: Wait and Poll are Recv and NBRecv on a notification. */
LIBSEL4_INLINE_FUNC void seL4_Wait(seL4_CPtr src, seL4_Word *sender)
{
    (void)seL4_Recv(src, sender);
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_Poll(seL4_CPtr src, seL4_Word *sender)
{
    return seL4_NBRecv(src, sender);
}

/* ---- call / reply-receive ----------------------------------------- */

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_Call(seL4_CPtr dest, seL4_MessageInfo_t msgInfo)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word m0 = seL4_GetMR(0), m1 = seL4_GetMR(1), m2 = seL4_GetMR(2), m3 = seL4_GetMR(3);
    sel4ts_sys_send_recv(seL4_SysCall, dest, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2, &m3);
    seL4_SetMR(0, m0);
    seL4_SetMR(1, m1);
    seL4_SetMR(2, m2);
    seL4_SetMR(3, m3);
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_CallWithMRs(seL4_CPtr dest, seL4_MessageInfo_t msgInfo,
                                                        seL4_Word *mr0, seL4_Word *mr1, seL4_Word *mr2,
                                                        seL4_Word *mr3)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word len = seL4_MessageInfo_get_length(msgInfo);
    seL4_Word m0 = SEL4TS_MR_IN(mr0, 0, len), m1 = SEL4TS_MR_IN(mr1, 1, len);
    seL4_Word m2 = SEL4TS_MR_IN(mr2, 2, len), m3 = SEL4TS_MR_IN(mr3, 3, len);
    sel4ts_sys_send_recv(seL4_SysCall, dest, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2, &m3);
    if (mr0) {
        *mr0 = m0;
    }
    if (mr1) {
        *mr1 = m1;
    }
    if (mr2) {
        *mr2 = m2;
    }
    if (mr3) {
        *mr3 = m3;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_ReplyRecv(seL4_CPtr src, seL4_MessageInfo_t msgInfo,
                                                      seL4_Word *sender)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word m0 = seL4_GetMR(0), m1 = seL4_GetMR(1), m2 = seL4_GetMR(2), m3 = seL4_GetMR(3);
    sel4ts_sys_send_recv(seL4_SysReplyRecv, src, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2,
                         &m3);
    seL4_SetMR(0, m0);
    seL4_SetMR(1, m1);
    seL4_SetMR(2, m2);
    seL4_SetMR(3, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_ReplyRecvWithMRs(seL4_CPtr src, seL4_MessageInfo_t msgInfo,
                                                             seL4_Word *sender, seL4_Word *mr0,
                                                             seL4_Word *mr1, seL4_Word *mr2,
                                                             seL4_Word *mr3)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word len = seL4_MessageInfo_get_length(msgInfo);
    seL4_Word m0 = SEL4TS_MR_IN(mr0, 0, len), m1 = SEL4TS_MR_IN(mr1, 1, len);
    seL4_Word m2 = SEL4TS_MR_IN(mr2, 2, len), m3 = SEL4TS_MR_IN(mr3, 3, len);
    sel4ts_sys_send_recv(seL4_SysReplyRecv, src, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2,
                         &m3);
    if (mr0) {
        *mr0 = m0;
    }
    if (mr1) {
        *mr1 = m1;
    }
    if (mr2) {
        *mr2 = m2;
    }
    if (mr3) {
        *mr3 = m3;
    }
    if (sender) {
        *sender = badge;
    }
    return info;
}

#else /* SEL4TS_MCS */
#include <sel4/syscalls_mcs.h>
#endif /* SEL4TS_MCS */

LIBSEL4_INLINE_FUNC void seL4_Yield(void)
{
    sel4ts_sys_null(seL4_SysYield);
}

/* ---- debug syscalls (need a debug / printing kernel) ------------------ */

LIBSEL4_INLINE_FUNC void seL4_DebugPutChar(char c)
{
    (void)sel4ts_sys_debug1(seL4_SysDebugPutChar, (seL4_Word)(unsigned char)c);
}

/* sel4ts extension: print a NUL-terminated string with DebugPutChar. */
LIBSEL4_INLINE void seL4_DebugPutString(const char *s)
{
    while (*s) {
        seL4_DebugPutChar(*s++);
    }
}

LIBSEL4_INLINE_FUNC void seL4_DebugDumpScheduler(void)
{
    sel4ts_sys_null(seL4_SysDebugDumpScheduler);
}

LIBSEL4_INLINE_FUNC void seL4_DebugHalt(void)
{
    sel4ts_sys_null(seL4_SysDebugHalt);
}

LIBSEL4_INLINE_FUNC void seL4_DebugSnapshot(void)
{
    sel4ts_sys_null(seL4_SysDebugSnapshot);
}

/* Returns the cap type tag of the slot (0 = null or lookup failure). */
LIBSEL4_INLINE_FUNC seL4_Uint32 seL4_DebugCapIdentify(seL4_CPtr cap)
{
    return (seL4_Uint32)sel4ts_sys_debug1(seL4_SysDebugCapIdentify, cap);
}

/* The name is copied into the IPC buffer (from msg[0] on), at most 959
 * characters plus the terminating NUL. */
LIBSEL4_INLINE void seL4_DebugNameThread(seL4_CPtr tcb, const char *name)
{
    char *dst = (char *)&seL4_GetIPCBuffer()->msg[0];
    seL4_Word max = sizeof(seL4_GetIPCBuffer()->msg) - 1;
    seL4_Word i;
    for (i = 0; i < max && name[i] != '\0'; i++) {
        dst[i] = name[i];
    }
    dst[i] = '\0';
    (void)sel4ts_sys_debug1(seL4_SysDebugNameThread, tcb);
}

#endif
