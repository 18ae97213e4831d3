/*
 * sel4ts SDK -- MCS receive, call and combined send/receive stubs.
 *
 * Included by <sel4/syscalls.h> when SEL4TS_MCS is 1; not a standalone
 * header.  Signatures as libsel4's MCS build:
 *   seL4_Recv(src, &badge, reply)          a6 = reply object
 *   seL4_NBRecv(src, &badge, reply)
 *   seL4_ReplyRecv(src, info, &badge, reply)   reply through a6, then Recv
 *   seL4_NBSendRecv(dest, info, src, &badge, reply)   t0 = dest, a6 = reply
 *   seL4_NBSendWait(dest, info, src, &badge)   a6 = dest, no reply object
 *   seL4_Wait(src, &badge), seL4_NBWait(src, &badge)   no reply object
 *   seL4_Poll(src, &badge) = seL4_NBWait
 * There is no seL4_Reply: reply by seL4_Send on the reply object, or with
 * seL4_ReplyRecv / seL4_NBSendWait.  (libsel4's seL4_NBSendWaitWithMRs
 * issues SysNBSendRecv; this one issues SysNBSendWait.)
 */
#ifndef SEL4TS_SEL4_SYSCALLS_MCS_H
#define SEL4TS_SEL4_SYSCALLS_MCS_H

#if !SEL4TS_MCS
#error "<sel4/syscalls_mcs.h> is for SEL4TS_MCS builds"
#endif

/* Store the four register MRs in the IPC buffer (the plain stubs). */
LIBSEL4_INLINE_FUNC void sel4ts_store_mrs(seL4_Word m0, seL4_Word m1, seL4_Word m2, seL4_Word m3)
{
    seL4_SetMR(0, m0);
    seL4_SetMR(1, m1);
    seL4_SetMR(2, m2);
    seL4_SetMR(3, m3);
}

/* Copy the register MRs out to the caller's pointers (the WithMRs stubs). */
LIBSEL4_INLINE_FUNC void sel4ts_out_mrs(seL4_Word *mr0, seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3, seL4_Word m0,
                                        seL4_Word m1, seL4_Word m2, seL4_Word m3)
{
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
}

/* ---- receive ----------------------------------------------------------- */

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_Recv(seL4_CPtr src, seL4_Word *sender, seL4_CPtr reply)
{
    seL4_MessageInfo_t info;
    seL4_Word badge, m0, m1, m2, m3;
    sel4ts_sys_recv_reply(seL4_SysRecv, src, reply, &badge, &info.words[0], &m0, &m1, &m2, &m3);
    sel4ts_store_mrs(m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_RecvWithMRs(seL4_CPtr src, seL4_Word *sender, seL4_CPtr reply,
                                                        seL4_Word *mr0, seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_MessageInfo_t info;
    seL4_Word badge, m0, m1, m2, m3;
    sel4ts_sys_recv_reply(seL4_SysRecv, src, reply, &badge, &info.words[0], &m0, &m1, &m2, &m3);
    sel4ts_out_mrs(mr0, mr1, mr2, mr3, m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_NBRecv(seL4_CPtr src, seL4_Word *sender, seL4_CPtr reply)
{
    seL4_MessageInfo_t info;
    seL4_Word badge, m0, m1, m2, m3;
    sel4ts_sys_recv_reply(seL4_SysNBRecv, src, reply, &badge, &info.words[0], &m0, &m1, &m2, &m3);
    sel4ts_store_mrs(m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

/* Wait: Recv without a reply object (a6 = 0); a Call arriving this way
 * leaves the caller without a reply (it becomes Inactive). */
LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_Wait(seL4_CPtr src, seL4_Word *sender)
{
    seL4_MessageInfo_t info;
    seL4_Word badge, m0, m1, m2, m3;
    sel4ts_sys_recv_reply(seL4_SysWait, src, 0, &badge, &info.words[0], &m0, &m1, &m2, &m3);
    sel4ts_store_mrs(m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_WaitWithMRs(seL4_CPtr src, seL4_Word *sender, seL4_Word *mr0,
                                                        seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_MessageInfo_t info;
    seL4_Word badge, m0, m1, m2, m3;
    sel4ts_sys_recv_reply(seL4_SysWait, src, 0, &badge, &info.words[0], &m0, &m1, &m2, &m3);
    sel4ts_out_mrs(mr0, mr1, mr2, mr3, m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_NBWait(seL4_CPtr src, seL4_Word *sender)
{
    seL4_MessageInfo_t info;
    seL4_Word badge, m0, m1, m2, m3;
    sel4ts_sys_recv_reply(seL4_SysNBWait, src, 0, &badge, &info.words[0], &m0, &m1, &m2, &m3);
    sel4ts_store_mrs(m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_Poll(seL4_CPtr src, seL4_Word *sender)
{
    return seL4_NBWait(src, sender);
}

/* ---- call / reply-receive / combined ------------------------------------ */

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_Call(seL4_CPtr dest, seL4_MessageInfo_t msgInfo)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word m0 = seL4_GetMR(0), m1 = seL4_GetMR(1), m2 = seL4_GetMR(2), m3 = seL4_GetMR(3);
    /* a0 = destination, a6 = 0 (Call uses the caller's own reply path) */
    sel4ts_sys_nbsend_recv(seL4_SysCall, 0, dest, 0, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2, &m3);
    sel4ts_store_mrs(m0, m1, m2, m3);
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
    sel4ts_sys_nbsend_recv(seL4_SysCall, 0, dest, 0, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2, &m3);
    sel4ts_out_mrs(mr0, mr1, mr2, mr3, m0, m1, m2, m3);
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_ReplyRecv(seL4_CPtr src, seL4_MessageInfo_t msgInfo, seL4_Word *sender,
                                                      seL4_CPtr reply)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word m0 = seL4_GetMR(0), m1 = seL4_GetMR(1), m2 = seL4_GetMR(2), m3 = seL4_GetMR(3);
    sel4ts_sys_nbsend_recv(seL4_SysReplyRecv, 0, src, reply, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2,
                           &m3);
    sel4ts_store_mrs(m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_ReplyRecvWithMRs(seL4_CPtr src, seL4_MessageInfo_t msgInfo,
                                                             seL4_Word *sender, seL4_Word *mr0, seL4_Word *mr1,
                                                             seL4_Word *mr2, seL4_Word *mr3, seL4_CPtr reply)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word len = seL4_MessageInfo_get_length(msgInfo);
    seL4_Word m0 = SEL4TS_MR_IN(mr0, 0, len), m1 = SEL4TS_MR_IN(mr1, 1, len);
    seL4_Word m2 = SEL4TS_MR_IN(mr2, 2, len), m3 = SEL4TS_MR_IN(mr3, 3, len);
    sel4ts_sys_nbsend_recv(seL4_SysReplyRecv, 0, src, reply, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2,
                           &m3);
    sel4ts_out_mrs(mr0, mr1, mr2, mr3, m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

/* Non-blocking send to dest (t0), then Recv on src with reply object (a6). */
LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_NBSendRecv(seL4_CPtr dest, seL4_MessageInfo_t msgInfo, seL4_CPtr src,
                                                       seL4_Word *sender, seL4_CPtr reply)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word m0 = seL4_GetMR(0), m1 = seL4_GetMR(1), m2 = seL4_GetMR(2), m3 = seL4_GetMR(3);
    sel4ts_sys_nbsend_recv(seL4_SysNBSendRecv, dest, src, reply, &badge, msgInfo.words[0], &info.words[0], &m0, &m1,
                           &m2, &m3);
    sel4ts_store_mrs(m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_NBSendRecvWithMRs(seL4_CPtr dest, seL4_MessageInfo_t msgInfo,
                                                              seL4_CPtr src, seL4_Word *sender, seL4_Word *mr0,
                                                              seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3,
                                                              seL4_CPtr reply)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word len = seL4_MessageInfo_get_length(msgInfo);
    seL4_Word m0 = SEL4TS_MR_IN(mr0, 0, len), m1 = SEL4TS_MR_IN(mr1, 1, len);
    seL4_Word m2 = SEL4TS_MR_IN(mr2, 2, len), m3 = SEL4TS_MR_IN(mr3, 3, len);
    sel4ts_sys_nbsend_recv(seL4_SysNBSendRecv, dest, src, reply, &badge, msgInfo.words[0], &info.words[0], &m0, &m1,
                           &m2, &m3);
    sel4ts_out_mrs(mr0, mr1, mr2, mr3, m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

/* Non-blocking send to dest (a6, typically a reply object), then Wait on src
 * without a reply object (t0 = 0). */
LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_NBSendWait(seL4_CPtr dest, seL4_MessageInfo_t msgInfo, seL4_CPtr src,
                                                       seL4_Word *sender)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word m0 = seL4_GetMR(0), m1 = seL4_GetMR(1), m2 = seL4_GetMR(2), m3 = seL4_GetMR(3);
    sel4ts_sys_nbsend_recv(seL4_SysNBSendWait, 0, src, dest, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2,
                           &m3);
    sel4ts_store_mrs(m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

LIBSEL4_INLINE_FUNC seL4_MessageInfo_t seL4_NBSendWaitWithMRs(seL4_CPtr dest, seL4_MessageInfo_t msgInfo,
                                                              seL4_CPtr src, seL4_Word *sender, seL4_Word *mr0,
                                                              seL4_Word *mr1, seL4_Word *mr2, seL4_Word *mr3)
{
    seL4_MessageInfo_t info;
    seL4_Word badge;
    seL4_Word len = seL4_MessageInfo_get_length(msgInfo);
    seL4_Word m0 = SEL4TS_MR_IN(mr0, 0, len), m1 = SEL4TS_MR_IN(mr1, 1, len);
    seL4_Word m2 = SEL4TS_MR_IN(mr2, 2, len), m3 = SEL4TS_MR_IN(mr3, 3, len);
    sel4ts_sys_nbsend_recv(seL4_SysNBSendWait, 0, src, dest, &badge, msgInfo.words[0], &info.words[0], &m0, &m1, &m2,
                           &m3);
    sel4ts_out_mrs(mr0, mr1, mr2, mr3, m0, m1, m2, m3);
    if (sender) {
        *sender = badge;
    }
    return info;
}

#endif
