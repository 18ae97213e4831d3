/* sel4ts SDK -- IPC buffer accessors. */
#ifndef SEL4TS_SEL4_FUNCTIONS_H
#define SEL4TS_SEL4_FUNCTIONS_H

#include <sel4/types.h>

/*
 * The IPC buffer of the running thread.  crt0 sets it from
 * bootinfo->ipcBuffer.  It is a plain global (not thread-local): a program
 * that runs several threads must switch it with seL4_SetIPCBuffer() or use
 * its own message-passing helpers in the other threads.
 */
extern seL4_IPCBuffer *__sel4_ipc_buffer;

LIBSEL4_INLINE_FUNC void seL4_SetIPCBuffer(seL4_IPCBuffer *ipc_buffer)
{
    __sel4_ipc_buffer = ipc_buffer;
}

LIBSEL4_INLINE_FUNC seL4_IPCBuffer *seL4_GetIPCBuffer(void)
{
    return __sel4_ipc_buffer;
}

LIBSEL4_INLINE_FUNC seL4_Word seL4_GetMR(int i)
{
    return __sel4_ipc_buffer->msg[i];
}

LIBSEL4_INLINE_FUNC void seL4_SetMR(int i, seL4_Word mr)
{
    __sel4_ipc_buffer->msg[i] = mr;
}

LIBSEL4_INLINE_FUNC seL4_Word seL4_GetUserData(void)
{
    return __sel4_ipc_buffer->userData;
}

LIBSEL4_INLINE_FUNC void seL4_SetUserData(seL4_Word data)
{
    __sel4_ipc_buffer->userData = data;
}

LIBSEL4_INLINE_FUNC seL4_Word seL4_GetBadge(int i)
{
    return __sel4_ipc_buffer->caps_or_badges[i];
}

LIBSEL4_INLINE_FUNC seL4_CPtr seL4_GetCap(int i)
{
    return (seL4_CPtr)__sel4_ipc_buffer->caps_or_badges[i];
}

LIBSEL4_INLINE_FUNC void seL4_SetCap(int i, seL4_CPtr cptr)
{
    __sel4_ipc_buffer->caps_or_badges[i] = (seL4_Word)cptr;
}

LIBSEL4_INLINE_FUNC void seL4_GetCapReceivePath(seL4_CPtr *receiveCNode, seL4_CPtr *receiveIndex,
                                                seL4_Word *receiveDepth)
{
    seL4_IPCBuffer *b = __sel4_ipc_buffer;
    if (receiveCNode) {
        *receiveCNode = b->receiveCNode;
    }
    if (receiveIndex) {
        *receiveIndex = b->receiveIndex;
    }
    if (receiveDepth) {
        *receiveDepth = b->receiveDepth;
    }
}

LIBSEL4_INLINE_FUNC void seL4_SetCapReceivePath(seL4_CPtr receiveCNode, seL4_CPtr receiveIndex,
                                                seL4_Word receiveDepth)
{
    seL4_IPCBuffer *b = __sel4_ipc_buffer;
    b->receiveCNode = receiveCNode;
    b->receiveIndex = receiveIndex;
    b->receiveDepth = receiveDepth;
}

/* Lookup level reported by a failed Page_Map (bits still unresolved). */
LIBSEL4_INLINE_FUNC seL4_Word seL4_MappingFailedLookupLevel(void)
{
    return seL4_GetMR(SEL4_MAPPING_LOOKUP_LEVEL);
}

#endif
