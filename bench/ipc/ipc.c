/*
 * ipc -- Call/ReplyRecv round-trip benchmark for sel4ts.
 *
 * The rootserver (the client) creates a server thread in a separate CSpace
 * and VSpace (<sel4ts/process.h>) holding the only cap it needs: the
 * endpoint. The client then makes IPC_ROUNDTRIPS seL4_Call()s with a
 * one-word message in a register; the server answers each with
 * seL4_ReplyRecv() (word + 1). Both threads run at priority 255, so every
 * round trip is two kernel entries and two address-space switches.
 * Prints "ipc: N round trips" at the end and halts; bench/run.ts parses
 * that line.
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4ts/process.h>

#ifndef IPC_ROUNDTRIPS
#define IPC_ROUNDTRIPS 200000
#endif

#define S_EP 1
#define S_FAULT 2

static void server(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word badge, mr0 = 0;
    seL4_MessageInfo_t info = seL4_RecvWithMRs(S_EP, &badge, &mr0, NULL, NULL, NULL);
    for (;;) {
        (void)info;
        mr0 = mr0 + 1;
        info = seL4_ReplyRecvWithMRs(S_EP, seL4_MessageInfo_new(0, 0, 0, 1), &badge, &mr0, NULL, NULL, NULL);
    }
}

static void fail(const char *what, int err)
{
    printf("ipc: FAILED: %s: %s\n", what, sel4ts_error_name(err));
    seL4_DebugHalt();
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    sel4ts_alloc_t a;
    sel4ts_process_t srv;
    seL4_Error e = sel4ts_alloc_init(&a, bi, 22);
    seL4_CPtr ep = e == seL4_NoError ? sel4ts_alloc_object(&a, seL4_EndpointObject, 0) : 0;
    if (ep == 0) {
        fail("endpoint", a.error);
        return 1;
    }
    /* Fault endpoint slot 2 stays empty: a faulting server just stops. */
    e = sel4ts_process_create(&a, bi, &srv, 2, S_FAULT, seL4_MaxPrio);
    if (e == seL4_NoError) {
        e = sel4ts_process_copy(&srv, S_EP, ep, seL4_AllRights);
    }
    if (e == seL4_NoError) {
        e = sel4ts_process_start(&srv, server, 0, 0, 0, 0);
    }
    if (e != seL4_NoError) {
        fail("server", e);
        return 1;
    }
    printf("ipc: %d x seL4_Call/seL4_ReplyRecv between two address spaces\n", IPC_ROUNDTRIPS);
    seL4_Word v = 0;
    for (int i = 0; i < IPC_ROUNDTRIPS; i++) {
        seL4_MessageInfo_t r = seL4_CallWithMRs(ep, seL4_MessageInfo_new(0, 0, 0, 1), &v, NULL, NULL, NULL);
        (void)r;
    }
    if (v != IPC_ROUNDTRIPS) {
        printf("ipc: FAILED: counter %lu, expected %d\n", v, IPC_ROUNDTRIPS);
        return 1;
    }
    printf("ipc: %d round trips\n", IPC_ROUNDTRIPS);
    return 0;
}
