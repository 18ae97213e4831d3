/*
 * multi -- three threads, each in its own CSpace and VSpace, exchanging
 * messages and capabilities.
 *
 * The rootserver carves every object from a RAM untyped (see
 * <sel4ts/process.h>: per process a TCB, a CNode, a page table made a VSpace
 * with ASIDPool_Assign, copies of the image frame caps mapped at the same
 * addresses, a fresh IPC buffer frame and stack) and hands each thread only
 * the caps it needs:
 *
 *   slot  server                 client A                  client B
 *   1     own CNode (guarded)    own CNode                 own CNode
 *   2     endpoint (all rights)  endpoint, badge 0xA,      endpoint, badge 0xB,
 *                                Write+Grant+GrantReply    Write+Grant+GrantReply
 *   3     "done" ntfn, badge 1   "done" ntfn, badge 2      "done" ntfn, badge 4
 *   4     own TCB                own TCB                   own TCB
 *   5     fault ep, badge 0x100  fault ep, badge 0x101     fault ep, badge 0x102
 *   6     own VSpace             a notification            a frame
 *   7                            (badged copy it mints)    own VSpace
 *   10    cap receive slot
 *
 * Client A: a long message (40 words through the IPC buffer) answered with a
 * long reply, then it mints a badged copy of its notification and sends it
 * to the server with Grant; the server signals it and deletes its copy.
 * Client B: maps its frame, writes a string into it and sends the frame cap
 * with Grant; the server maps the cap it received in its own VSpace, reads
 * the string, writes an answer into the frame, unmaps it and deletes the cap;
 * B reads the answer through its own mapping.
 * Priorities (server 200 > A 150 > B 100) make the transcript deterministic.
 * The rootserver (255) waits on the fault endpoint with its "done"
 * notification bound, so a fault in any thread is reported instead of hanging;
 * at the end it asks the server for its statistics and halts.
 */
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>
#include <sel4ts/process.h>

#define CNODE_BITS 4
#define S_CNODE 1
#define S_EP 2
#define S_DONE 3
#define S_TCB 4
#define S_FAULT 5
#define S_OWN 6
#define S_OWN2 7
#define S_RECV 10

#define BADGE_A 0xA
#define BADGE_B 0xB
#define NTFN_BADGE 0x5A
#define SHARED_VADDR (SEL4TS_PROCESS_STACK_BASE + 0x100000UL) /* same 2 MiB as the stack: page table exists */

enum { MSG_SUM = 1, MSG_NTFN = 2, MSG_FRAME = 3, MSG_STATS = 4 };

#define LONG_WORDS 40

static void halt_with(const char *why, int err)
{
    printf("[root] FAILED: %s: %s (MR0=%lu MR1=%lu)\n", why, sel4ts_error_name(err), seL4_GetMR(0), seL4_GetMR(1));
    seL4_DebugHalt();
    for (;;) {
    }
}

#define CHECK(what, expr)                 \
    do {                                  \
        seL4_Error _e = (expr);           \
        if (_e != seL4_NoError) {         \
            halt_with(what, _e);          \
        }                                 \
    } while (0)

static void finish(const char *who)
{
    printf("%s done\n", who);
    seL4_Signal(S_DONE);
    seL4_TCB_Suspend(S_TCB); /* does not return */
    for (;;) {
    }
}

/* ------------------------------------------------------------------ */

static void server(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word badge;
    seL4_Word served = 0, caps_received = 0;
    printf("[server] up: CSpace of %d slots, own VSpace; waiting\n", 1 << CNODE_BITS);
    seL4_SetCapReceivePath(S_CNODE, S_RECV, seL4_WordBits);
    seL4_MessageInfo_t info = seL4_Recv(S_EP, &badge);
    for (;;) {
        seL4_Word label = seL4_MessageInfo_get_label(info);
        seL4_Word len = seL4_MessageInfo_get_length(info);
        seL4_Word ncaps = seL4_MessageInfo_get_extraCaps(info);
        seL4_MessageInfo_t reply = seL4_MessageInfo_new(0, 0, 0, 0);
        served++;
        switch (label) {
        case MSG_SUM: {
            seL4_Word sum = 0;
            for (seL4_Word i = 0; i < len; i++) {
                sum += seL4_GetMR(i);
            }
            printf("[server] badge 0x%lx: SUM of %lu words = %lu; replying with them reversed\n", badge, len, sum);
            /* reply: MR0 = sum, MR1.. = the words reversed */
            seL4_Word tmp[LONG_WORDS];
            for (seL4_Word i = 0; i < len && i < LONG_WORDS; i++) {
                tmp[i] = seL4_GetMR(i);
            }
            seL4_SetMR(0, sum);
            for (seL4_Word i = 0; i < len && i < LONG_WORDS; i++) {
                seL4_SetMR(1 + i, tmp[len - 1 - i]);
            }
            reply = seL4_MessageInfo_new(0, 0, 0, 1 + len);
            break;
        }
        case MSG_NTFN: {
            seL4_Uint32 type = seL4_DebugCapIdentify(S_RECV);
            printf("[server] badge 0x%lx: NTFN with %lu cap(s), unwrapped %lu; slot %d now holds cap type %u\n", badge,
                   ncaps, (seL4_Word)seL4_MessageInfo_get_capsUnwrapped(info), S_RECV, type);
            if (ncaps == 1 && type == 6) {
                caps_received++;
                seL4_Signal(S_RECV);
                printf("[server] signalled the client's notification\n");
                seL4_Error e = seL4_CNode_Delete(S_CNODE, S_RECV, seL4_WordBits);
                printf("[server] deleted the received cap: %s\n", sel4ts_error_name(e));
                seL4_SetMR(0, 0);
            } else {
                seL4_SetMR(0, 1);
            }
            reply = seL4_MessageInfo_new(0, 0, 0, 1);
            break;
        }
        case MSG_FRAME: {
            seL4_Uint32 type = seL4_DebugCapIdentify(S_RECV);
            printf("[server] badge 0x%lx: FRAME with %lu cap(s); slot %d now holds cap type %u\n", badge, ncaps, S_RECV,
                   type);
            seL4_Word result = 1;
            if (ncaps == 1 && type == 1) {
                caps_received++;
                seL4_Error e = seL4_RISCV_Page_Map(S_RECV, S_OWN, SHARED_VADDR, seL4_ReadWrite, seL4_RISCV_ExecuteNever);
                printf("[server] mapped it at 0x%lx in my VSpace: %s\n", SHARED_VADDR, sel4ts_error_name(e));
                if (e == seL4_NoError) {
                    char *text = (char *)SHARED_VADDR;
                    seL4_Word n = strnlen(text, 256);
                    printf("[server] the frame says \"%s\" (%lu bytes, MR0 says %lu)\n", text, n, seL4_GetMR(0));
                    seL4_RISCV_Page_GetAddress_t ga = seL4_RISCV_Page_GetAddress(S_RECV);
                    printf("[server] frame paddr 0x%lx (client said 0x%lx)\n", ga.paddr, seL4_GetMR(1));
                    strcpy(text + 512, "hello client B, server was here");
                    result = (n == seL4_GetMR(0)) ? 0 : 2;
                    e = seL4_RISCV_Page_Unmap(S_RECV);
                    printf("[server] unmapped: %s\n", sel4ts_error_name(e));
                }
                e = seL4_CNode_Delete(S_CNODE, S_RECV, seL4_WordBits);
                printf("[server] deleted the received cap: %s\n", sel4ts_error_name(e));
            }
            seL4_SetMR(0, result);
            reply = seL4_MessageInfo_new(0, 0, 0, 1);
            break;
        }
        case MSG_STATS:
            printf("[server] badge 0x%lx: STATS\n", badge);
            seL4_SetMR(0, served);
            seL4_SetMR(1, caps_received);
            reply = seL4_MessageInfo_new(0, 0, 0, 2);
            seL4_Reply(reply);
            finish("[server]");
            break;
        default:
            printf("[server] badge 0x%lx: unknown label %lu\n", badge, label);
            reply = seL4_MessageInfo_new(1, 0, 0, 0);
            break;
        }
        seL4_SetCapReceivePath(S_CNODE, S_RECV, seL4_WordBits);
        info = seL4_ReplyRecv(S_EP, reply, &badge);
    }
}

/* ------------------------------------------------------------------ */

static void client_a(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a1, (void)a2, (void)a3;
    printf("[client A] up (arg 0x%lx)\n", a0);
    /* 1. a long message */
    seL4_Word expect = 0;
    for (int i = 0; i < LONG_WORDS; i++) {
        seL4_SetMR(i, 1000 + i * i);
        expect += 1000 + i * i;
    }
    seL4_MessageInfo_t r = seL4_Call(S_EP, seL4_MessageInfo_new(MSG_SUM, 0, 0, LONG_WORDS));
    int ok = seL4_MessageInfo_get_label(r) == 0 && seL4_MessageInfo_get_length(r) == 1 + LONG_WORDS
             && seL4_GetMR(0) == expect;
    for (int i = 0; i < LONG_WORDS; i++) {
        ok = ok && seL4_GetMR(1 + i) == (seL4_Word)(1000 + (LONG_WORDS - 1 - i) * (LONG_WORDS - 1 - i));
    }
    printf("[client A] reply: length %lu, sum %lu, MR40 %lu -> %s\n", (seL4_Word)seL4_MessageInfo_get_length(r),
           seL4_GetMR(0), seL4_GetMR(LONG_WORDS), ok ? "ok" : "WRONG");
    /* 2. a notification cap, granted */
    seL4_Error e = seL4_CNode_Mint(S_CNODE, S_OWN2, seL4_WordBits, S_CNODE, S_OWN, seL4_WordBits, seL4_CanWrite,
                                   NTFN_BADGE);
    printf("[client A] minted a badged (0x%x) send-only copy of my notification: %s\n", NTFN_BADGE,
           sel4ts_error_name(e));
    seL4_SetCap(0, S_OWN2);
    r = seL4_Call(S_EP, seL4_MessageInfo_new(MSG_NTFN, 0, 1, 0));
    printf("[client A] server answered %lu; my copy is still here (type %u)\n", seL4_GetMR(0),
           seL4_DebugCapIdentify(S_OWN2));
    seL4_Word badge = 0;
    seL4_Wait(S_OWN, &badge);
    printf("[client A] my notification was signalled, badge 0x%lx -> %s\n", badge,
           badge == NTFN_BADGE ? "ok" : "WRONG");
    finish("[client A]");
}

static void client_b(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a1, (void)a2, (void)a3;
    printf("[client B] up (arg 0x%lx)\n", a0);
    seL4_Error e = seL4_RISCV_Page_Map(S_OWN, S_OWN2, SHARED_VADDR, seL4_ReadWrite, seL4_RISCV_ExecuteNever);
    printf("[client B] mapped my frame at 0x%lx: %s\n", SHARED_VADDR, sel4ts_error_name(e));
    char *text = (char *)SHARED_VADDR;
    static const char msg[] = "greetings from client B's address space";
    strcpy(text, msg);
    seL4_RISCV_Page_GetAddress_t ga = seL4_RISCV_Page_GetAddress(S_OWN);
    seL4_SetMR(0, strlen(msg));
    seL4_SetMR(1, ga.paddr);
    seL4_SetCap(0, S_OWN);
    seL4_MessageInfo_t r = seL4_Call(S_EP, seL4_MessageInfo_new(MSG_FRAME, 0, 1, 2));
    printf("[client B] server answered %lu (label %lu)\n", seL4_GetMR(0), (seL4_Word)seL4_MessageInfo_get_label(r));
    printf("[client B] my frame now also says \"%s\" -> %s\n", text + 512,
           strcmp(text + 512, "hello client B, server was here") == 0 ? "ok" : "WRONG");
    finish("[client B]");
}

/* ------------------------------------------------------------------ */

static const char *const fault_names[] = {"NullFault", "CapFault", "UnknownSyscall", "UserException", "?", "VMFault"};

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    sel4ts_alloc_t a;
    printf("[root] multi: a server and two clients in separate CSpaces and VSpaces\n");
    CHECK("find an untyped", sel4ts_alloc_init(&a, bi, 22));

    seL4_CPtr ep = sel4ts_alloc_object(&a, seL4_EndpointObject, 0);
    seL4_CPtr fault_ep = sel4ts_alloc_object(&a, seL4_EndpointObject, 0);
    seL4_CPtr done = sel4ts_alloc_object(&a, seL4_NotificationObject, 0);
    seL4_CPtr ntfn_a = sel4ts_alloc_object(&a, seL4_NotificationObject, 0);
    seL4_CPtr frame_b = sel4ts_alloc_object(&a, seL4_RISCV_4K_Page, 0);
    if (!ep || !fault_ep || !done || !ntfn_a || !frame_b) {
        halt_with("retype", a.error);
    }
    CHECK("bind notification", seL4_TCB_BindNotification(seL4_CapInitThreadTCB, done));

    static sel4ts_process_t procs[3];
    static const char *const names[3] = {"server", "client A", "client B"};
    static const seL4_Word prios[3] = {200, 150, 100};
    static const seL4_Word badges[3] = {0, BADGE_A, BADGE_B};
    static void (*const entries[3])(seL4_Word, seL4_Word, seL4_Word, seL4_Word) = {server, client_a, client_b};
    seL4_CapRights_t client_rights = seL4_CapRights_new(1, 1, 0, 1);
    for (int i = 0; i < 3; i++) {
        sel4ts_process_t *p = &procs[i];
        CHECK("create process", sel4ts_process_create(&a, bi, p, CNODE_BITS, S_FAULT, prios[i]));
        CHECK("self cnode", sel4ts_process_self_cnode(p, S_CNODE));
        if (i == 0) {
            CHECK("server ep", sel4ts_process_copy(p, S_EP, ep, seL4_AllRights));
            CHECK("server vspace", sel4ts_process_copy(p, S_OWN, p->vspace, seL4_AllRights));
        } else {
            CHECK("client ep", sel4ts_process_mint(p, S_EP, ep, client_rights, badges[i]));
        }
        CHECK("done ntfn", sel4ts_process_mint(p, S_DONE, done, seL4_CanWrite, 1UL << i));
        CHECK("own tcb", sel4ts_process_copy(p, S_TCB, p->tcb, seL4_AllRights));
        CHECK("fault ep", sel4ts_process_mint(p, S_FAULT, fault_ep, seL4_CapRights_new(0, 1, 0, 1), 0x100 + i));
        if (i == 1) {
            CHECK("client A ntfn", sel4ts_process_copy(p, S_OWN, ntfn_a, seL4_AllRights));
        }
        if (i == 2) {
            CHECK("client B frame", sel4ts_process_copy(p, S_OWN, frame_b, seL4_AllRights));
            CHECK("client B vspace", sel4ts_process_copy(p, S_OWN2, p->vspace, seL4_AllRights));
        }
        seL4_DebugNameThread(p->tcb, names[i]);
        seL4_RISCV_Page_GetAddress_t ipc = seL4_RISCV_Page_GetAddress(p->ipc_frame);
        printf("[root] %-8s: TCB slot %lu, CNode slot %lu (%d slots), VSpace slot %lu, IPC buffer 0x%lx -> paddr "
               "0x%lx, %d page tables, priority %lu\n",
               names[i], p->tcb, p->cnode, 1 << CNODE_BITS, p->vspace, p->ipc_buffer, ipc.paddr, p->npts, prios[i]);
    }
    printf("[root] %lu slots used; starting the threads\n", a.next - bi->empty.start);
    for (int i = 0; i < 3; i++) {
        CHECK("start", sel4ts_process_start(&procs[i], entries[i], 0x1000 + i, 0, 0, 0));
    }

    /* Wait for both clients: "done" signals arrive through the bound
     * notification (label 0), faults through the endpoint. */
    seL4_Word seen = 0;
    while ((seen & 6) != 6) {
        seL4_Word badge;
        seL4_MessageInfo_t info = seL4_Recv(fault_ep, &badge);
        seL4_Word label = seL4_MessageInfo_get_label(info);
        if (label != 0) {
            printf("[root] FAULT from %s: %s, IP 0x%lx, addr/MR1 0x%lx\n", names[(badge - 0x100) % 3],
                   label < 6 ? fault_names[label] : "?", seL4_GetMR(0), seL4_GetMR(1));
            seL4_DebugHalt();
        }
        seen |= badge;
        printf("[root] done signal, badge 0x%lx (seen 0x%lx)\n", badge, seen);
    }
    seL4_MessageInfo_t r = seL4_Call(ep, seL4_MessageInfo_new(MSG_STATS, 0, 0, 0));
    seL4_Word served = seL4_GetMR(0), caps = seL4_GetMR(1);
    printf("[root] server stats: %lu requests, %lu caps received (label %lu)\n", served, caps,
           (seL4_Word)seL4_MessageInfo_get_label(r));
    seL4_Word badge;
    seL4_Recv(fault_ep, &badge);
    seen |= badge;
    printf("[root] done signal, badge 0x%lx (seen 0x%lx)\n", badge, seen);
    int ok = seen == 7 && served == 4 && caps == 2;
    printf("[root] multi: %s\n", ok ? "all threads finished" : "FAILED");
    seL4_DebugHalt();
    return 0;
}
