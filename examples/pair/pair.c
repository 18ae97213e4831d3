/*
 * pair -- the smallest system with two subjects: the rootserver and one
 * client in its own CSpace and VSpace (the README's assurance example).
 *
 * The client's CNode (8 slots) holds only:
 *   2  the rootserver's endpoint, badge 0x11, Write + GrantReply (it can
 *      Call, but it cannot pass capabilities: no Grant)
 *   4  its own TCB
 *   5  the same endpoint, badge 0xF, Write + GrantReply (faults are
 *      reported there; seL4 needs Grant or GrantReply on a fault endpoint)
 * It asks the rootserver to double three numbers and then says goodbye; the
 * rootserver answers each call through the reply capability and halts.
 */
#include <stdio.h>
#include <sel4/sel4.h>
#include <sel4ts/process.h>

#define CNODE_BITS 3
#define S_EP 2
#define S_TCB 4
#define S_FAULT 5

enum { MSG_DOUBLE = 1, MSG_BYE = 2 };

static void client(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    for (seL4_Word i = 1; i <= 3; i++) {
        seL4_SetMR(0, 7 * i);
        seL4_MessageInfo_t r = seL4_Call(S_EP, seL4_MessageInfo_new(MSG_DOUBLE, 0, 0, 1));
        printf("[client] %lu doubled is %lu (reply length %lu)\n", 7 * i, seL4_GetMR(0),
               (seL4_Word)seL4_MessageInfo_get_length(r));
    }
    printf("[client] bye\n");
    seL4_Call(S_EP, seL4_MessageInfo_new(MSG_BYE, 0, 0, 0));
    seL4_TCB_Suspend(S_TCB);
    for (;;) {
    }
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    sel4ts_alloc_t a;
    sel4ts_process_t p;
    if (sel4ts_alloc_init(&a, bi, 22) != seL4_NoError) {
        printf("[root] no untyped\n");
        seL4_DebugHalt();
    }
    seL4_CPtr ep = sel4ts_alloc_object(&a, seL4_EndpointObject, 0);
    if (ep == 0 || sel4ts_process_create(&a, bi, &p, CNODE_BITS, S_FAULT, 100) != seL4_NoError
        || sel4ts_process_mint(&p, S_EP, ep, seL4_CapRights_new(1, 0, 0, 1), 0x11) != seL4_NoError
        || sel4ts_process_copy(&p, S_TCB, p.tcb, seL4_AllRights) != seL4_NoError
        || sel4ts_process_mint(&p, S_FAULT, ep, seL4_CapRights_new(1, 0, 0, 1), 0xF) != seL4_NoError) {
        printf("[root] setup failed\n");
        seL4_DebugHalt();
    }
    seL4_DebugNameThread(p.tcb, "client");
    sel4ts_process_start(&p, client, 0, 0, 0, 0);
    printf("[root] client started; serving\n");
    for (;;) {
        seL4_Word badge;
        seL4_MessageInfo_t info = seL4_Recv(ep, &badge);
        seL4_Word label = seL4_MessageInfo_get_label(info);
        if (badge != 0x11 || label == MSG_BYE) {
            printf("[root] %s from badge 0x%lx; halting\n", label == MSG_BYE ? "bye" : "unexpected message", badge);
            seL4_DebugHalt();
        }
        seL4_SetMR(0, 2 * seL4_GetMR(0));
        seL4_Reply(seL4_MessageInfo_new(0, 0, 0, 1));
    }
    return 0;
}
