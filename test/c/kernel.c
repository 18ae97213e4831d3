/*
 * kernel -- a sel4test-style rootserver that exercises the seL4 API from C
 * and checks every result, including error codes and error MRs.
 *
 * Each check prints "PASS name" or "FAIL name: details"; the last line is
 * "N passed, M failed". test/c-kernel.test.ts runs the ABI 16 build and the
 * 14.0.0 build (-DSEL4TS_ABI=14, run with --sel4-abi 14.0.0).
 *
 * Helper threads run in their own CSpace and VSpace (<sel4ts/process.h>).
 * Their image frames are the rootserver's, so the pass/fail counters and
 * the `shared` record below are shared memory; helpers print their own
 * checks. Priorities keep the order deterministic: the rootserver runs at
 * 200, helpers at 250..254 preempt it as soon as they become runnable.
 * The rootserver's TCB is bound to the notification `done`, and it waits on
 * the endpoint `fault_ep` that is every helper's fault endpoint: helpers
 * report completion by signalling `done` (one badge bit each), an
 * unexpected fault is reported as a FAIL instead of hanging the run.
 *
 * Expected values come from the seL4 16.0.0 sources and manual (see the ABI
 * fact sheet): error codes, their MRs (InvalidArgument: MR0 = argument
 * index; InvalidCapability: MR0 = cap index; RangeError: MR0/MR1 = bounds;
 * FailedLookup: MR0 = source?, MR1 = lookup failure type, MR2.. its
 * description; NotEnoughMemory: MR0 = bytes left) and fault messages.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>
#include <sel4ts/process.h>

#define ROOT seL4_CapInitThreadCNode
#define VS seL4_CapInitThreadVSpace
#define D seL4_WordBits /* depth of a full CPtr in the root CNode */

#define ROOT_PRIO 200

/* Slots of the helpers' CNodes (radix CNODE_BITS). */
#define CNODE_BITS 4
#define S_CNODE 1 /* own CNode, guarded */
#define S_TCB 2   /* own TCB */
#define S_DONE 3  /* "done" notification, badge = the helper's bit */
#define S_FAULT 4 /* badged cap to fault_ep (its fault endpoint CPtr) */
#define S_EP 5
#define S_X 6
#define S_Y 7
#define S_Z 8
#define S_W 9
#define S_RECV 10
#define S_V 11

/* Cap type tags returned by seL4_DebugCapIdentify (fact sheet 3.6). */
enum {
    TAG_NULL = 0, TAG_FRAME = 1, TAG_UNTYPED = 2, TAG_PT = 3, TAG_EP = 4, TAG_NTFN = 6, TAG_REPLY = 8,
    TAG_CNODE = 10, TAG_TCB = 12, TAG_ASIDPOOL = 13
};

/* ------------------------------------------------------------------ */
/* Checks (the counters are shared with the helper threads). */

static volatile int passed, failed;

static void check(const char *name, int ok, const char *fmt, ...)
{
    if (ok) {
        passed++;
        printf("PASS %s\n", name);
        return;
    }
    failed++;
    printf("FAIL %s: ", name);
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

/* An invocation result and its error MRs (MR0.. as listed). */
static void expect_mrs(const char *name, int got, int want, const seL4_Word *mrs, int n)
{
    seL4_Word m[6];
    for (int i = 0; i < 6; i++) {
        m[i] = seL4_GetMR(i);
    }
    int ok = got == want;
    for (int i = 0; i < n && ok; i++) {
        ok = m[i] == mrs[i];
    }
    if (ok) {
        check(name, 1, "");
        return;
    }
    char want_mrs[96] = "", got_mrs[96] = "";
    int wl = 0, gl = 0;
    for (int i = 0; i < n; i++) {
        wl += snprintf(want_mrs + wl, sizeof(want_mrs) - wl, " %lu", mrs[i]);
        gl += snprintf(got_mrs + gl, sizeof(got_mrs) - gl, " %lu", m[i]);
    }
    check(name, 0, "got %s%s%s, expected %s%s%s", sel4ts_error_name(got), n ? " MRs" : "", got_mrs,
          sel4ts_error_name(want), n ? " MRs" : "", want_mrs);
}

#define EXPECT_ERR(name, call, want, ...)                                              \
    do {                                                                               \
        int _got = (call);                                                             \
        const seL4_Word _mrs[] = {0, ##__VA_ARGS__};                                   \
        expect_mrs(name, _got, want, _mrs + 1, (int)(sizeof(_mrs) / sizeof(_mrs[0])) - 1); \
    } while (0)
#define EXPECT_OK(name, call) EXPECT_ERR(name, call, seL4_NoError)
#define EXPECT_EQ(name, got, want)                                                           \
    do {                                                                                     \
        seL4_Word _g = (seL4_Word)(got), _w = (seL4_Word)(want);                             \
        check(name, _g == _w, "%s = 0x%lx, expected 0x%lx", #got, _g, _w);                  \
    } while (0)
#define EXPECT_TAG(name, cptr, tag) EXPECT_EQ(name, seL4_DebugCapIdentify(cptr), tag)

/* A raw invocation with an arbitrary label/length (for truncation checks). */
static seL4_Error invoke_raw(seL4_CPtr cap, seL4_Word label, seL4_Word ncaps, seL4_Word len)
{
    seL4_Word mr[4] = {seL4_GetMR(0), seL4_GetMR(1), seL4_GetMR(2), seL4_GetMR(3)};
    return sel4ts_invoke(cap, label, ncaps, len, mr);
}

/* ------------------------------------------------------------------ */
/* Allocation and helper threads. */

static seL4_BootInfo *bi;
static sel4ts_alloc_t A;
static seL4_CPtr fault_ep, done;
static seL4_Word done_bits;

static seL4_CPtr obj(seL4_Word type, seL4_Word bits)
{
    seL4_CPtr c = sel4ts_alloc_object(&A, type, bits);
    if (c == 0) {
        printf("allocation of type %lu failed: %s\n", type, sel4ts_error_name(A.error));
    }
    return c;
}

static seL4_CPtr slot(void)
{
    return sel4ts_alloc_slot(&A);
}

typedef void (*entry_t)(seL4_Word, seL4_Word, seL4_Word, seL4_Word);

/* A helper thread in its own CSpace/VSpace with S_CNODE, S_TCB, S_DONE
 * (badge `bit`) and S_FAULT; fault_cptr is its fault endpoint CPtr. */
static int spawn(sel4ts_process_t *p, const char *name, seL4_Word prio, seL4_Word bit, seL4_Word fault_cptr)
{
    seL4_Error e = sel4ts_process_create(&A, bi, p, CNODE_BITS, fault_cptr, prio);
    if (e == seL4_NoError) {
        e = sel4ts_process_self_cnode(p, S_CNODE);
    }
    if (e == seL4_NoError) {
        e = sel4ts_process_copy(p, S_TCB, p->tcb, seL4_AllRights);
    }
    if (e == seL4_NoError) {
        e = sel4ts_process_mint(p, S_DONE, done, seL4_CanWrite, bit);
    }
    if (e == seL4_NoError) {
        e = sel4ts_process_mint(p, S_FAULT, fault_ep, seL4_CapRights_new(1, 1, 0, 1), bit);
    }
    seL4_DebugNameThread(p->tcb, name);
    check(name, e == seL4_NoError, "creating the helper: %s", sel4ts_error_name(e));
    return e == seL4_NoError;
}

/* Helpers end with this: signal "done" and suspend. */
static void helper_exit(void)
{
    seL4_Signal(S_DONE);
    seL4_TCB_Suspend(S_TCB);
    for (;;) {
    }
}

/* Wait until the helper with badge bit `bit` signalled "done"; report faults. */
static void wait_done(const char *name, seL4_Word bit)
{
    while (!(done_bits & bit)) {
        seL4_Word badge;
        seL4_MessageInfo_t info = seL4_Recv(fault_ep, &badge);
        seL4_Word label = seL4_MessageInfo_get_label(info);
        if (label != 0) {
            check(name, 0, "unexpected fault %lu from helper 0x%lx: MR0 0x%lx MR1 0x%lx MR2 0x%lx MR3 0x%lx", label, badge,
                  seL4_GetMR(0), seL4_GetMR(1), seL4_GetMR(2), seL4_GetMR(3));
            return;
        }
        done_bits |= badge;
    }
    done_bits &= ~bit;
}

/* What helpers saw (shared memory). */
static volatile struct {
    seL4_Word counter;
    seL4_Word log[8];
    seL4_Word nlog;
    seL4_Word label, len, extra, unwrapped, badge, badge0, recv_tag, mr[seL4_MsgMaxLength];
    seL4_Word reply_label, reply_mr0;
    seL4_Word step;
} shared;

/* ================================================================== */
/* Untyped_Retype */

static void test_retype(void)
{
    static const struct {
        const char *name;
        seL4_Word type, bits, tag;
    } kinds[] = {
        {"retype Untyped", seL4_UntypedObject, 12, TAG_UNTYPED},
        {"retype TCB", seL4_TCBObject, 0, TAG_TCB},
        {"retype Endpoint", seL4_EndpointObject, 0, TAG_EP},
        {"retype Notification", seL4_NotificationObject, 0, TAG_NTFN},
        {"retype CapTable", seL4_CapTableObject, 4, TAG_CNODE},
        {"retype 4K page", seL4_RISCV_4K_Page, 0, TAG_FRAME},
        {"retype Mega page", seL4_RISCV_Mega_Page, 0, TAG_FRAME},
        {"retype PageTable", seL4_RISCV_PageTableObject, 0, TAG_PT},
    };
    for (unsigned i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
        seL4_CPtr c = slot();
        int e = seL4_Untyped_Retype(A.untyped, kinds[i].type, kinds[i].bits, ROOT, 0, 0, c, 1);
        check(kinds[i].name, e == seL4_NoError && seL4_DebugCapIdentify(c) == kinds[i].tag, "error %s, cap type %u",
              sel4ts_error_name(e), seL4_DebugCapIdentify(c));
    }
    /* A giga page from a 1 GiB device untyped (device memory is not cleared). */
    seL4_CPtr dev = 0, dev_small = 0;
    seL4_Word dev_paddr = 0;
    for (seL4_Word i = 0; i < bi->untyped.end - bi->untyped.start; i++) {
        if (bi->untypedList[i].isDevice && bi->untypedList[i].sizeBits == 30 && dev == 0) {
            dev = bi->untyped.start + i;
            dev_paddr = bi->untypedList[i].paddr;
        }
        if (bi->untypedList[i].isDevice && bi->untypedList[i].sizeBits < 30 && dev_small == 0) {
            dev_small = bi->untyped.start + i;
        }
    }
    seL4_CPtr giga = slot();
    EXPECT_OK("retype Giga page from a device untyped", seL4_Untyped_Retype(dev, seL4_RISCV_Giga_Page, 0, ROOT, 0, 0, giga, 1));
    seL4_RISCV_Page_GetAddress_t ga = seL4_RISCV_Page_GetAddress(giga);
    EXPECT_EQ("giga page is at the device untyped's base", ga.paddr, dev_paddr);
    EXPECT_ERR("retype TCB from a device untyped", seL4_Untyped_Retype(dev_small, seL4_TCBObject, 0, ROOT, 0, 0, slot(), 1),
               seL4_InvalidArgument, 1);

    /* Several objects at once, into consecutive slots; placement. */
    seL4_CPtr u = obj(seL4_UntypedObject, 16);
    seL4_CPtr first = A.next;
    A.next += 4;
    EXPECT_OK("retype 4 frames at once", seL4_Untyped_Retype(u, seL4_RISCV_4K_Page, 0, ROOT, 0, 0, first, 4));
    seL4_Word p0 = seL4_RISCV_Page_GetAddress(first).paddr;
    int contiguous = 1;
    for (int i = 0; i < 4; i++) {
        contiguous &= seL4_DebugCapIdentify(first + i) == TAG_FRAME
                      && seL4_RISCV_Page_GetAddress(first + i).paddr == p0 + (seL4_Word)i * 0x1000;
    }
    check("frames are placed contiguously", contiguous, "first paddr 0x%lx", p0);
    seL4_CPtr ep_small = obj(seL4_EndpointObject, 0);
    (void)ep_small;
    seL4_CPtr f5 = slot();
    EXPECT_OK("retype a frame after an endpoint", seL4_Untyped_Retype(u, seL4_RISCV_4K_Page, 0, ROOT, 0, 0, f5, 1));
    (void)f5;
    /* the endpoint was carved from A.untyped, not u: the next frame follows the 4 */
    EXPECT_EQ("next frame follows the watermark", seL4_RISCV_Page_GetAddress(f5).paddr, p0 + 0x4000);
    seL4_CPtr e1 = slot();
    EXPECT_OK("retype an endpoint into u", seL4_Untyped_Retype(u, seL4_EndpointObject, 0, ROOT, 0, 0, e1, 1));
    seL4_CPtr f6 = slot();
    EXPECT_OK("retype a frame after it", seL4_Untyped_Retype(u, seL4_RISCV_4K_Page, 0, ROOT, 0, 0, f6, 1));
    EXPECT_EQ("frame is aligned up past the endpoint", seL4_RISCV_Page_GetAddress(f6).paddr, p0 + 0x6000);

    /* Errors. */
    seL4_CPtr s = slot();
    EXPECT_ERR("retype: invalid type", seL4_Untyped_Retype(A.untyped, seL4_ObjectTypeCount, 0, ROOT, 0, 0, s, 1),
               seL4_InvalidArgument, 0);
    EXPECT_ERR("retype: untyped size 64", seL4_Untyped_Retype(A.untyped, seL4_UntypedObject, 64, ROOT, 0, 0, s, 1),
               seL4_RangeError, 0, 38);
    EXPECT_ERR("retype: untyped size 39", seL4_Untyped_Retype(A.untyped, seL4_UntypedObject, 39, ROOT, 0, 0, s, 1),
               seL4_RangeError, 0, 38);
    EXPECT_ERR("retype: CapTable size 0", seL4_Untyped_Retype(A.untyped, seL4_CapTableObject, 0, ROOT, 0, 0, s, 1),
               seL4_InvalidArgument, 1);
    EXPECT_ERR("retype: untyped size 3", seL4_Untyped_Retype(A.untyped, seL4_UntypedObject, 3, ROOT, 0, 0, s, 1),
               seL4_InvalidArgument, 1);
    EXPECT_ERR("retype: 0 objects", seL4_Untyped_Retype(A.untyped, seL4_EndpointObject, 0, ROOT, 0, 0, s, 0),
               seL4_RangeError, 1, 256);
    EXPECT_ERR("retype: 257 objects", seL4_Untyped_Retype(A.untyped, seL4_EndpointObject, 0, ROOT, 0, 0, s, 257),
               seL4_RangeError, 1, 256);
    seL4_Word nslots = 1UL << bi->initThreadCNodeSizeBits;
    EXPECT_ERR("retype: offset past the CNode", seL4_Untyped_Retype(A.untyped, seL4_EndpointObject, 0, ROOT, 0, 0, nslots, 1),
               seL4_RangeError, 0, nslots - 1);
    EXPECT_ERR("retype: window past the CNode",
               seL4_Untyped_Retype(A.untyped, seL4_EndpointObject, 0, ROOT, 0, 0, nslots - 2, 5), seL4_RangeError, 1, 2);
    EXPECT_ERR("retype: occupied slot", seL4_Untyped_Retype(A.untyped, seL4_EndpointObject, 0, ROOT, 0, 0, first, 1),
               seL4_DeleteFirst);
    seL4_CPtr ep = obj(seL4_EndpointObject, 0);
    EXPECT_ERR("retype: destination root not a CNode", seL4_Untyped_Retype(A.untyped, seL4_EndpointObject, 0, ep, 0, 0, s, 1),
               seL4_FailedLookup, 0, seL4_MissingCapability, 0);
    seL4_CPtr small = obj(seL4_UntypedObject, 12);
    EXPECT_ERR("retype: not enough memory", seL4_Untyped_Retype(small, seL4_CapTableObject, 8, ROOT, 0, 0, s, 1),
               seL4_NotEnoughMemory, 4096);
    EXPECT_OK("retype 2 TCBs fill 4 KiB", seL4_Untyped_Retype(small, seL4_TCBObject, 0, ROOT, 0, 0, s, 1));
    seL4_CPtr s2 = slot();
    EXPECT_OK("retype second TCB", seL4_Untyped_Retype(small, seL4_TCBObject, 0, ROOT, 0, 0, s2, 1));
    seL4_CPtr s3 = slot();
    EXPECT_ERR("retype: untyped full", seL4_Untyped_Retype(small, seL4_EndpointObject, 0, ROOT, 0, 0, s3, 1),
               seL4_NotEnoughMemory, 0);
    EXPECT_ERR("copy an untyped with children", seL4_CNode_Copy(ROOT, s3, D, ROOT, small, D, seL4_AllRights),
               seL4_RevokeFirst);
    EXPECT_OK("revoke the untyped", seL4_CNode_Revoke(ROOT, small, D));
    check("revoke deleted its children", seL4_DebugCapIdentify(s) == 0 && seL4_DebugCapIdentify(s2) == 0, "types %u %u",
          seL4_DebugCapIdentify(s), seL4_DebugCapIdentify(s2));
    EXPECT_OK("retype again after revoke", seL4_Untyped_Retype(small, seL4_CapTableObject, 7, ROOT, 0, 0, s, 1));
    EXPECT_ERR("Untyped_Retype on a TCB cap", seL4_Untyped_Retype(s2 = obj(seL4_TCBObject, 0), seL4_EndpointObject, 0, ROOT, 0, 0, s3, 1),
               seL4_IllegalOperation);
    EXPECT_ERR("invoke an empty slot", seL4_Untyped_Retype(s3, seL4_EndpointObject, 0, ROOT, 0, 0, s3, 1),
               seL4_InvalidCapability, 0);
    seL4_SetMR(0, seL4_EndpointObject);
    seL4_SetCap(0, ROOT);
    EXPECT_ERR("retype: truncated message", invoke_raw(A.untyped, UntypedRetype, 1, 5), seL4_TruncatedMessage);
}

/* ================================================================== */
/* CNode */

static void test_cnode(void)
{
    seL4_Word bits = bi->initThreadCNodeSizeBits;
    seL4_CPtr ep = obj(seL4_EndpointObject, 0), ntfn = obj(seL4_NotificationObject, 0);
    seL4_CPtr c1 = slot(), c2 = slot(), c3 = slot(), c4 = slot(), empty = slot();

    EXPECT_OK("CNode_Copy", seL4_CNode_Copy(ROOT, c1, D, ROOT, ep, D, seL4_CanRead));
    EXPECT_TAG("copy is an endpoint cap", c1, TAG_EP);
    EXPECT_ERR("Copy into an occupied slot", seL4_CNode_Copy(ROOT, c1, D, ROOT, ep, D, seL4_AllRights), seL4_DeleteFirst);
    EXPECT_ERR("Copy from an empty slot", seL4_CNode_Copy(ROOT, c2, D, ROOT, empty, D, seL4_AllRights), seL4_FailedLookup, 1,
               seL4_MissingCapability, 64);
    EXPECT_ERR("Copy with depth 0", seL4_CNode_Copy(ROOT, c2, 0, ROOT, ep, D, seL4_AllRights), seL4_RangeError, 1, 64);
    EXPECT_ERR("Copy with depth 65", seL4_CNode_Copy(ROOT, c2, 65, ROOT, ep, D, seL4_AllRights), seL4_RangeError, 1, 64);
    EXPECT_ERR("Copy: guard mismatch (depth 32)", seL4_CNode_Copy(ROOT, c2, 32, ROOT, ep, D, seL4_AllRights),
               seL4_FailedLookup, 0, seL4_GuardMismatch, 32, 0, 64 - bits);
    EXPECT_ERR("Copy: depth mismatch (depth 60)", seL4_CNode_Copy(ROOT, c2, 60, ROOT, ep, D, seL4_AllRights),
               seL4_FailedLookup, 0, seL4_DepthMismatch, 60, 64);
    EXPECT_ERR("Copy: source guard mismatch", seL4_CNode_Copy(ROOT, c2, D, ROOT, 1UL << 63 | ep, D, seL4_AllRights),
               seL4_FailedLookup, 1, seL4_GuardMismatch, 64, 0, 64 - bits);
    seL4_SetMR(0, c2);
    seL4_SetMR(1, D);
    seL4_SetMR(2, ep);
    seL4_SetMR(3, D);
    seL4_SetCap(0, ROOT);
    EXPECT_ERR("Copy: truncated (4 words)", invoke_raw(ROOT, CNodeCopy, 1, 4), seL4_TruncatedMessage);
    EXPECT_ERR("Copy: no source root cap", invoke_raw(ROOT, CNodeCopy, 0, 5), seL4_TruncatedMessage);
    EXPECT_ERR("CNode with a TCB label", invoke_raw(ROOT, TCBSuspend, 0, 0), seL4_IllegalOperation);

    /* Read-only copies of endpoints/notifications cannot be invoked. */
    seL4_Word mr[4] = {0, 0, 0, 0};
    EXPECT_ERR("Call on a receive-only endpoint cap", sel4ts_invoke(c1, 0, 0, 0, mr), seL4_InvalidCapability, 0);

    /* Mint: badges. */
    seL4_CPtr n1 = slot(), n2 = slot(), n4 = slot(), nb = slot();
    EXPECT_OK("Mint badge 1", seL4_CNode_Mint(ROOT, n1, D, ROOT, ntfn, D, seL4_AllRights, 1));
    EXPECT_OK("Mint badge 2", seL4_CNode_Mint(ROOT, n2, D, ROOT, ntfn, D, seL4_CanWrite, 2));
    EXPECT_OK("Mint badge 4", seL4_CNode_Mint(ROOT, n4, D, ROOT, ntfn, D, seL4_AllRights, 4));
    EXPECT_ERR("Mint a badged cap", seL4_CNode_Mint(ROOT, nb, D, ROOT, n1, D, seL4_AllRights, 8), seL4_IllegalOperation);
    EXPECT_OK("Copy a badged cap", seL4_CNode_Copy(ROOT, nb, D, ROOT, n1, D, seL4_AllRights));
    seL4_Signal(n2);
    seL4_Signal(n4);
    seL4_Word badge = 0;
    seL4_Poll(ntfn, &badge);
    EXPECT_EQ("signals accumulate badges (2|4)", badge, 6);
    seL4_Signal(nb);
    seL4_Poll(ntfn, &badge);
    EXPECT_EQ("a copy keeps the badge", badge, 1);
    seL4_Poll(ntfn, &badge);
    EXPECT_EQ("poll on an idle notification", badge, 0);
    EXPECT_OK("Call on a notification is a signal with an empty reply", sel4ts_invoke(n4, 0x77, 0, 0, mr));
    seL4_Poll(ntfn, &badge);
    EXPECT_EQ("the Call signalled", badge, 4);

    /* Move. */
    EXPECT_OK("CNode_Move", seL4_CNode_Move(ROOT, c2, D, ROOT, c1, D));
    check("move empties the source", seL4_DebugCapIdentify(c1) == 0 && seL4_DebugCapIdentify(c2) == TAG_EP, "types %u %u",
          seL4_DebugCapIdentify(c1), seL4_DebugCapIdentify(c2));
    EXPECT_ERR("Move from an empty slot", seL4_CNode_Move(ROOT, c3, D, ROOT, c1, D), seL4_FailedLookup, 1,
               seL4_MissingCapability, 64);
    EXPECT_ERR("Move onto an occupied slot", seL4_CNode_Move(ROOT, n1, D, ROOT, c2, D), seL4_DeleteFirst);

    /* Mutate. */
    EXPECT_ERR("Mutate an endpoint cap", seL4_CNode_Mutate(ROOT, c3, D, ROOT, c2, D, 0), seL4_IllegalOperation);
    seL4_CPtr fr = obj(seL4_RISCV_4K_Page, 0);
    EXPECT_OK("Mutate a frame cap (data ignored)", seL4_CNode_Mutate(ROOT, c3, D, ROOT, fr, D, 0x1234));
    check("mutate moved the frame", seL4_DebugCapIdentify(fr) == 0 && seL4_DebugCapIdentify(c3) == TAG_FRAME, "types %u %u",
          seL4_DebugCapIdentify(fr), seL4_DebugCapIdentify(c3));
    seL4_CPtr cn = obj(seL4_CapTableObject, 4);
    seL4_CPtr cng = slot();
    EXPECT_ERR("CNode without guard: depth 64 leaves bits", seL4_CNode_Copy(cn, 3, D, ROOT, ep, D, seL4_AllRights),
               seL4_FailedLookup, 0, seL4_DepthMismatch, 60, 0);
    EXPECT_ERR("Mutate with an oversized guard", seL4_CNode_Mutate(ROOT, cng, D, ROOT, cn, D, sel4ts_cnode_guard(2)),
               seL4_IllegalOperation);
    EXPECT_OK("Mutate a CNode cap to set its guard", seL4_CNode_Mutate(ROOT, cng, D, ROOT, cn, D, sel4ts_cnode_guard(4)));
    EXPECT_OK("guarded CNode resolves depth 64", seL4_CNode_Copy(cng, 3, D, ROOT, ep, D, seL4_AllRights));
    EXPECT_OK("delete through the guarded CNode cap", seL4_CNode_Delete(cng, 3, D));

    /* Rotate (frames and TCBs: "preserve" badge updates null endpoints). */
    seL4_CPtr tcb = obj(seL4_TCBObject, 0), frame = obj(seL4_RISCV_4K_Page, 0);
    seL4_CPtr rp = slot(), rs = slot(), rd = slot();
    seL4_CNode_Copy(ROOT, rp, D, ROOT, frame, D, seL4_AllRights);
    seL4_CNode_Copy(ROOT, rs, D, ROOT, tcb, D, seL4_AllRights);
    EXPECT_OK("CNode_Rotate", seL4_CNode_Rotate(ROOT, rd, D, 0, ROOT, rp, D, 0, ROOT, rs, D));
    check("rotate: pivot->dest, src->pivot",
          seL4_DebugCapIdentify(rd) == TAG_FRAME && seL4_DebugCapIdentify(rp) == TAG_TCB && seL4_DebugCapIdentify(rs) == 0,
          "types %u %u %u", seL4_DebugCapIdentify(rd), seL4_DebugCapIdentify(rp), seL4_DebugCapIdentify(rs));
    EXPECT_OK("Rotate with dest == src swaps", seL4_CNode_Rotate(ROOT, rd, D, 0, ROOT, rp, D, 0, ROOT, rd, D));
    check("swapped", seL4_DebugCapIdentify(rd) == TAG_TCB && seL4_DebugCapIdentify(rp) == TAG_FRAME, "types %u %u",
          seL4_DebugCapIdentify(rd), seL4_DebugCapIdentify(rp));
    EXPECT_ERR("Rotate: pivot == src", seL4_CNode_Rotate(ROOT, rs, D, 0, ROOT, rp, D, 0, ROOT, rp, D), seL4_IllegalOperation);
    EXPECT_ERR("Rotate: pivot == dest", seL4_CNode_Rotate(ROOT, rp, D, 0, ROOT, rp, D, 0, ROOT, rd, D), seL4_IllegalOperation);
    EXPECT_ERR("Rotate: dest occupied", seL4_CNode_Rotate(ROOT, frame, D, 0, ROOT, rp, D, 0, ROOT, rd, D), seL4_DeleteFirst);
    EXPECT_ERR("Rotate: empty source", seL4_CNode_Rotate(ROOT, rs, D, 0, ROOT, rp, D, 0, ROOT, c4, D), seL4_FailedLookup, 1,
               seL4_MissingCapability, 64);
    EXPECT_ERR("Rotate: empty pivot", seL4_CNode_Rotate(ROOT, rs, D, 0, ROOT, c4, D, 0, ROOT, rd, D), seL4_FailedLookup, 0,
               seL4_MissingCapability, 64);
    EXPECT_ERR("Rotate an endpoint", seL4_CNode_Rotate(ROOT, rs, D, 0, ROOT, rp, D, 0, ROOT, c2, D), seL4_IllegalOperation);

    /* Delete and Revoke. */
    EXPECT_OK("CNode_Delete", seL4_CNode_Delete(ROOT, c2, D));
    EXPECT_TAG("deleted slot is empty", c2, TAG_NULL);
    EXPECT_OK("Delete an empty slot", seL4_CNode_Delete(ROOT, c2, D));
    EXPECT_OK("Revoke the notification", seL4_CNode_Revoke(ROOT, ntfn, D));
    check("revoke deleted copies and minted children",
          seL4_DebugCapIdentify(n1) == 0 && seL4_DebugCapIdentify(n2) == 0 && seL4_DebugCapIdentify(n4) == 0
              && seL4_DebugCapIdentify(nb) == 0 && seL4_DebugCapIdentify(ntfn) == TAG_NTFN,
          "types %u %u %u %u / %u", seL4_DebugCapIdentify(n1), seL4_DebugCapIdentify(n2), seL4_DebugCapIdentify(n4),
          seL4_DebugCapIdentify(nb), seL4_DebugCapIdentify(ntfn));
    EXPECT_OK("Revoke without children", seL4_CNode_Revoke(ROOT, ntfn, D));
    EXPECT_ERR("Revoke: depth 0", seL4_CNode_Revoke(ROOT, ntfn, 0), seL4_RangeError, 1, 64);

    /* CancelBadgedSends. */
    seL4_CPtr eb = slot(), ero = slot();
    seL4_CNode_Mint(ROOT, eb, D, ROOT, ep, D, seL4_AllRights, 0x99);
    seL4_CNode_Copy(ROOT, ero, D, ROOT, ep, D, seL4_CanWrite);
    EXPECT_OK("CancelBadgedSends on a badged cap", seL4_CNode_CancelBadgedSends(ROOT, eb, D));
    EXPECT_OK("CancelBadgedSends on an unbadged cap", seL4_CNode_CancelBadgedSends(ROOT, ep, D));
    EXPECT_ERR("CancelBadgedSends without all rights", seL4_CNode_CancelBadgedSends(ROOT, ero, D), seL4_IllegalOperation);
    EXPECT_ERR("CancelBadgedSends on a notification", seL4_CNode_CancelBadgedSends(ROOT, ntfn, D), seL4_IllegalOperation);
    EXPECT_ERR("CNode op with length 1", (seL4_SetMR(0, ep), invoke_raw(ROOT, CNodeDelete, 0, 1)), seL4_TruncatedMessage);
}

/* ================================================================== */
/* TCB */

static void counter_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    for (;;) {
        shared.counter++;
        seL4_Signal(S_X);       /* sync */
        seL4_Wait(S_Y, NULL);   /* go */
    }
}

static void prio_thread(seL4_Word id, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a1, (void)a2, (void)a3;
    shared.log[shared.nlog++] = id;
    seL4_Signal(S_X);
    seL4_TCB_Suspend(S_TCB);
}

static void test_tcb(void)
{
    seL4_CPtr t1 = obj(seL4_TCBObject, 0), t2 = obj(seL4_TCBObject, 0), ep = obj(seL4_EndpointObject, 0);
    seL4_CPtr ntfn = obj(seL4_NotificationObject, 0), frame = obj(seL4_RISCV_4K_Page, 0);
    seL4_CPtr pt = obj(seL4_RISCV_PageTableObject, 0);

    EXPECT_OK("TCB_Configure", seL4_TCB_Configure(t1, 0, ROOT, 0, VS, 0, 0, 0));
    EXPECT_OK("TCB_Configure with an IPC buffer", seL4_TCB_Configure(t2, 0, ROOT, 0, VS, 0, 0x40000400, frame));
    EXPECT_ERR("Configure: CSpace root not a CNode", seL4_TCB_Configure(t1, 0, ep, 0, VS, 0, 0, 0), seL4_IllegalOperation);
    EXPECT_ERR("Configure: unassigned VSpace", seL4_TCB_Configure(t1, 0, ROOT, 0, pt, 0, 0, 0), seL4_IllegalOperation);
    EXPECT_ERR("Configure: misaligned IPC buffer", seL4_TCB_Configure(t1, 0, ROOT, 0, VS, 0, 0x40000200, frame),
               seL4_AlignmentError);
    EXPECT_ERR("Configure: IPC buffer not a frame", seL4_TCB_Configure(t1, 0, ROOT, 0, VS, 0, 0x40000000, ep),
               seL4_IllegalOperation);
    EXPECT_ERR("SetSpace: CSpace root not a CNode", seL4_TCB_SetSpace(t1, 0, ep, 0, VS, 0), seL4_IllegalOperation);
    EXPECT_OK("TCB_SetSpace", seL4_TCB_SetSpace(t1, 0, ROOT, 0, VS, 0));
    EXPECT_ERR("SetIPCBuffer: misaligned", seL4_TCB_SetIPCBuffer(t1, 0x40000010, frame), seL4_AlignmentError);
    EXPECT_OK("SetIPCBuffer(0)", seL4_TCB_SetIPCBuffer(t1, 0, 0));
    EXPECT_OK("TCB_SetTLSBase", seL4_TCB_SetTLSBase(t1, 0x5000));

    /* Priorities and MCPs. */
    EXPECT_OK("SetMCPriority 50", seL4_TCB_SetMCPriority(t1, seL4_CapInitThreadTCB, 50));
    EXPECT_OK("SetPriority 100", seL4_TCB_SetPriority(t1, seL4_CapInitThreadTCB, 100));
    EXPECT_ERR("SetPriority above the authority's MCP", seL4_TCB_SetPriority(t2, t1, 60), seL4_RangeError, 0, 50);
    EXPECT_OK("SetPriority at the authority's MCP", seL4_TCB_SetPriority(t2, t1, 50));
    EXPECT_ERR("SetSchedParams above the MCP", seL4_TCB_SetSchedParams(t2, t1, 51, 10), seL4_RangeError, 0, 50);
    EXPECT_ERR("SetSchedParams prio above the MCP", seL4_TCB_SetSchedParams(t2, t1, 10, 51), seL4_RangeError, 0, 50);
    EXPECT_OK("SetSchedParams", seL4_TCB_SetSchedParams(t2, t1, 40, 30));
    EXPECT_ERR("SetPriority 256", seL4_TCB_SetPriority(t1, seL4_CapInitThreadTCB, 256), seL4_RangeError, 0, 255);
    EXPECT_ERR("SetMCPriority 256", seL4_TCB_SetMCPriority(t1, seL4_CapInitThreadTCB, 256), seL4_RangeError, 0, 255);
    EXPECT_ERR("SetPriority: authority not a TCB", seL4_TCB_SetPriority(t1, ep, 1), seL4_InvalidCapability, 1);
    seL4_SetMR(0, 1);
    EXPECT_ERR("SetPriority: no authority cap", invoke_raw(t1, TCBSetPriority, 0, 1), seL4_TruncatedMessage);

    /* Registers. */
    seL4_UserContext w, r;
    seL4_Word *ww = (seL4_Word *)&w, *rr = (seL4_Word *)&r;
    for (int i = 0; i < 32; i++) {
        ww[i] = 0x1000 * (seL4_Word)(i + 1) + (seL4_Word)i * 0x0101010101UL;
    }
    EXPECT_OK("WriteRegisters (32)", seL4_TCB_WriteRegisters(t1, 0, 0, 32, &w));
    memset(&r, 0, sizeof(r));
    EXPECT_OK("ReadRegisters (32)", seL4_TCB_ReadRegisters(t1, 0, 0, 32, &r));
    int same = 1, bad = -1;
    for (int i = 0; i < 32; i++) {
        if (rr[i] != ww[i] && bad < 0) {
            bad = i;
            same = 0;
        }
    }
    check("registers read back as written", same, "register %d: 0x%lx vs 0x%lx", bad, bad >= 0 ? rr[bad] : 0,
          bad >= 0 ? ww[bad] : 0);
    EXPECT_OK("SetTLSBase", seL4_TCB_SetTLSBase(t1, 0x7770));
    seL4_TCB_ReadRegisters(t1, 0, 0, 32, &r);
    EXPECT_EQ("SetTLSBase sets tp", r.tp, 0x7770);
    EXPECT_ERR("ReadRegisters count 0", seL4_TCB_ReadRegisters(t1, 0, 0, 0, &r), seL4_RangeError, 1, 32);
    EXPECT_ERR("ReadRegisters count 33", seL4_TCB_ReadRegisters(t1, 0, 0, 33, &r), seL4_RangeError, 1, 32);
    EXPECT_ERR("ReadRegisters of the caller", seL4_TCB_ReadRegisters(seL4_CapInitThreadTCB, 0, 0, 32, &r),
               seL4_IllegalOperation);
    EXPECT_ERR("WriteRegisters of the caller", seL4_TCB_WriteRegisters(seL4_CapInitThreadTCB, 0, 0, 32, &w),
               seL4_IllegalOperation);
    seL4_SetMR(0, 0);
    seL4_SetMR(1, 4);
    EXPECT_ERR("WriteRegisters: fewer words than count", invoke_raw(t1, TCBWriteRegisters, 0, 5), seL4_TruncatedMessage);
    seL4_SetMR(0, 0);
    seL4_SetMR(1, 1);
    seL4_SetMR(2, 0xabc0);
    EXPECT_OK("WriteRegisters count 1", invoke_raw(t1, TCBWriteRegisters, 0, 3));
    seL4_TCB_ReadRegisters(t1, 0, 0, 32, &r);
    check("count 1 writes only pc", r.pc == 0xabc0 && r.ra == w.ra && r.a0 == w.a0, "pc 0x%lx ra 0x%lx", r.pc, r.ra);
    EXPECT_OK("CopyRegisters", seL4_TCB_CopyRegisters(t2, t1, 0, 0, 1, 1, 0));
    seL4_UserContext r2;
    seL4_TCB_ReadRegisters(t2, 0, 0, 32, &r2);
    check("CopyRegisters copies frame and integer registers", memcmp(&r, &r2, sizeof(r)) == 0, "pc 0x%lx vs 0x%lx", r2.pc,
          r.pc);
    seL4_UserContext z;
    memset(&z, 0, sizeof(z));
    seL4_TCB_WriteRegisters(t2, 0, 0, 32, &z);
    EXPECT_OK("CopyRegisters (integer only)", seL4_TCB_CopyRegisters(t2, t1, 0, 0, 0, 1, 0));
    seL4_TCB_ReadRegisters(t2, 0, 0, 32, &r2);
    check("integer-only copy leaves pc/sp", r2.pc == 0 && r2.sp == 0 && r2.a0 == r.a0 && r2.tp == r.tp,
          "pc 0x%lx sp 0x%lx a0 0x%lx", r2.pc, r2.sp, r2.a0);
    EXPECT_ERR("CopyRegisters: source not a TCB", seL4_TCB_CopyRegisters(t2, ep, 0, 0, 1, 1, 0), seL4_InvalidCapability, 1);
#if SEL4TS_HAVE_TCB_SET_FLAGS
    seL4_TCB_SetFlags_t f = seL4_TCB_SetFlags(t1, 0, seL4_TCBFlag_fpuDisabled);
    check("SetFlags sets fpuDisabled", f.error == 0 && f.flags == 1, "error %d flags %lu", f.error, f.flags);
    f = seL4_TCB_SetFlags(t1, ~0UL, 0);
    check("SetFlags clears", f.error == 0 && f.flags == 0, "error %d flags %lu", f.error, f.flags);
#endif

    /* Notification binding. */
    seL4_CPtr nro = slot();
    seL4_CNode_Copy(ROOT, nro, D, ROOT, ntfn, D, seL4_CanWrite);
    EXPECT_ERR("Bind a send-only notification", seL4_TCB_BindNotification(t1, nro), seL4_IllegalOperation);
    EXPECT_ERR("Bind an endpoint", seL4_TCB_BindNotification(t1, ep), seL4_IllegalOperation);
    EXPECT_OK("BindNotification", seL4_TCB_BindNotification(t1, ntfn));
    EXPECT_ERR("Bind twice", seL4_TCB_BindNotification(t1, ntfn), seL4_IllegalOperation);
    EXPECT_ERR("Bind a notification bound elsewhere", seL4_TCB_BindNotification(t2, ntfn), seL4_IllegalOperation);
    EXPECT_OK("UnbindNotification", seL4_TCB_UnbindNotification(t1));
    EXPECT_ERR("Unbind when not bound", seL4_TCB_UnbindNotification(t1), seL4_IllegalOperation);

    /* Suspend / Resume of a running helper. */
    static sel4ts_process_t pc;
    seL4_CPtr sync = obj(seL4_NotificationObject, 0), go = obj(seL4_NotificationObject, 0);
    if (spawn(&pc, "counter", 254, 1, S_FAULT)) {
        sel4ts_process_mint(&pc, S_X, sync, seL4_AllRights, 0x20);
        sel4ts_process_copy(&pc, S_Y, go, seL4_AllRights);
        shared.counter = 0;
        EXPECT_OK("start the helper (WriteRegisters + resume)", sel4ts_process_start(&pc, counter_thread, 0, 0, 0, 0));
        seL4_Word b = 0;
        seL4_Poll(sync, &b);
        check("the higher-priority helper ran at once", shared.counter == 1 && b == 0x20, "counter %lu badge 0x%lx", shared.counter, b);
        EXPECT_OK("TCB_Suspend", seL4_TCB_Suspend(pc.tcb));
        seL4_Signal(go);
        seL4_Yield();
        EXPECT_EQ("a suspended thread does not run", shared.counter, 1);
        EXPECT_OK("TCB_Resume", seL4_TCB_Resume(pc.tcb));
        EXPECT_EQ("resumed: the pending signal is received", shared.counter, 2);
        EXPECT_OK("Resume a blocked thread", seL4_TCB_Resume(pc.tcb));
        EXPECT_EQ("resuming a blocked thread restarts its wait", shared.counter, 2);
        seL4_Signal(go);
        EXPECT_EQ("signal wakes it", shared.counter, 3);
        seL4_TCB_ReadRegisters(pc.tcb, 0, 0, 32, &r);
        check("ReadRegisters of a blocked helper", r.sp > pc.tls_base && r.sp <= pc.stack_top, "sp 0x%lx", r.sp);
        EXPECT_OK("ReadRegisters with suspend_source", seL4_TCB_ReadRegisters(pc.tcb, 1, 0, 32, &r));
        seL4_Signal(go);
        EXPECT_EQ("suspend_source suspended the helper", shared.counter, 3);
        seL4_TCB_Resume(pc.tcb);
        EXPECT_EQ("resumed, it takes the pending signal", shared.counter, 4);
        seL4_TCB_Suspend(pc.tcb);
        seL4_Poll(sync, &b);
    }

    /* Priority order: the higher priority runs first. */
    static sel4ts_process_t pa, pb;
    if (spawn(&pa, "prio-low", 210, 2, S_FAULT) && spawn(&pb, "prio-high", 220, 4, S_FAULT)) {
        sel4ts_process_copy(&pa, S_X, sync, seL4_AllRights);
        sel4ts_process_copy(&pb, S_X, sync, seL4_AllRights);
        shared.nlog = 0;
        EXPECT_OK("raise own priority to 255", seL4_TCB_SetPriority(seL4_CapInitThreadTCB, seL4_CapInitThreadTCB, 255));
        sel4ts_process_start(&pa, prio_thread, 1, 0, 0, 0);
        sel4ts_process_start(&pb, prio_thread, 2, 0, 0, 0);
        EXPECT_EQ("lower-priority helpers wait", shared.nlog, 0);
        seL4_Wait(sync, NULL);
        seL4_Wait(sync, NULL);
        check("priority 220 ran before 210", shared.nlog == 2 && shared.log[0] == 2 && shared.log[1] == 1, "log %lu: %lu %lu",
              shared.nlog, shared.log[0], shared.log[1]);
        /* Again with the priorities swapped by SetPriority. */
        shared.nlog = 0;
        seL4_TCB_SetPriority(pa.tcb, seL4_CapInitThreadTCB, 230);
        seL4_TCB_Resume(pa.tcb);
        seL4_TCB_Resume(pb.tcb);
        /* Both restart at their Suspend call and suspend again: log stays empty. */
        EXPECT_OK("lower own priority again", seL4_TCB_SetPriority(seL4_CapInitThreadTCB, seL4_CapInitThreadTCB, ROOT_PRIO));
        EXPECT_EQ("resumed helpers restart at their suspend", shared.nlog, 0);
        sel4ts_process_start(&pa, prio_thread, 1, 0, 0, 0);
        sel4ts_process_start(&pb, prio_thread, 2, 0, 0, 0);
        check("each runs as soon as it is started", shared.nlog == 2 && shared.log[0] == 1 && shared.log[1] == 2,
              "log %lu: %lu %lu", shared.nlog, shared.log[0], shared.log[1]);
        seL4_Poll(sync, NULL);
    }
}

/* ================================================================== */
/* VSpace: page tables and pages */

#define VA 0x40000000UL

static void test_vspace(void)
{
    seL4_CPtr f = obj(seL4_RISCV_4K_Page, 0), f3 = obj(seL4_RISCV_4K_Page, 0), mega = obj(seL4_RISCV_Mega_Page, 0);
    seL4_CPtr pt1 = obj(seL4_RISCV_PageTableObject, 0), pt2 = obj(seL4_RISCV_PageTableObject, 0);
    seL4_CPtr pt3 = obj(seL4_RISCV_PageTableObject, 0), unassigned = obj(seL4_RISCV_PageTableObject, 0);
    seL4_CPtr ep = obj(seL4_EndpointObject, 0);

    EXPECT_ERR("Page_Map without page tables", seL4_RISCV_Page_Map(f, VS, VA, seL4_ReadWrite, 0), seL4_FailedLookup, 0,
               seL4_MissingCapability, SEL4_MAPPING_LOOKUP_NO_PD);
    EXPECT_EQ("seL4_MappingFailedLookupLevel", seL4_MappingFailedLookupLevel(), 30);
    EXPECT_OK("PageTable_Map (level 1)", seL4_RISCV_PageTable_Map(pt1, VS, VA, 0));
    EXPECT_ERR("Page_Map with the leaf table missing", seL4_RISCV_Page_Map(f, VS, VA, seL4_ReadWrite, 0), seL4_FailedLookup,
               0, seL4_MissingCapability, SEL4_MAPPING_LOOKUP_NO_PT);
    EXPECT_OK("PageTable_Map (level 2)", seL4_RISCV_PageTable_Map(pt2, VS, VA, 0));
    EXPECT_ERR("PageTable_Map where all levels exist", seL4_RISCV_PageTable_Map(pt3, VS, VA, 0), seL4_DeleteFirst);
    EXPECT_ERR("PageTable_Map a mapped table", seL4_RISCV_PageTable_Map(pt1, VS, VA + 0x80000000UL, 0), seL4_InvalidCapability,
               0);
    EXPECT_ERR("PageTable_Map at seL4_UserTop", seL4_RISCV_PageTable_Map(pt3, VS, seL4_UserTop, 0), seL4_InvalidArgument, 0);
    EXPECT_ERR("PageTable_Map into a non-VSpace cap", seL4_RISCV_PageTable_Map(pt3, ep, VA, 0), seL4_InvalidCapability, 1);
    EXPECT_ERR("PageTable_Map into an unassigned table", seL4_RISCV_PageTable_Map(pt3, unassigned, VA, 0),
               seL4_InvalidCapability, 1);
    EXPECT_OK("Page_Map", seL4_RISCV_Page_Map(f, VS, VA, seL4_ReadWrite, 0));
    volatile seL4_Word *p = (volatile seL4_Word *)VA;
    p[0] = 0x1122334455667788UL;
    EXPECT_EQ("the mapped page is usable", p[0], 0x1122334455667788UL);
    seL4_RISCV_Page_GetAddress_t ga = seL4_RISCV_Page_GetAddress(f);
    check("Page_GetAddress", ga.error == 0 && ga.paddr != 0 && (ga.paddr & 0xfff) == 0, "error %d paddr 0x%lx", ga.error,
          ga.paddr);
    seL4_CPtr f2 = slot();
    EXPECT_OK("copy the mapped frame cap", seL4_CNode_Copy(ROOT, f2, D, ROOT, f, D, seL4_AllRights));
    EXPECT_EQ("the copy has the same address", seL4_RISCV_Page_GetAddress(f2).paddr, ga.paddr);
    EXPECT_OK("map the copy elsewhere", seL4_RISCV_Page_Map(f2, VS, VA + 0x1000, seL4_ReadWrite, 0));
    EXPECT_EQ("both mappings show the same memory", p[0x1000 / 8], 0x1122334455667788UL);
    EXPECT_ERR("Page_Map a mapped frame at another address", seL4_RISCV_Page_Map(f, VS, VA + 0x2000, seL4_ReadWrite, 0),
               seL4_InvalidArgument, 0);
    EXPECT_OK("remap at the same address (read-only)", seL4_RISCV_Page_Map(f, VS, VA, seL4_CanRead, 0));
    EXPECT_EQ("still readable", p[0], 0x1122334455667788UL);
    EXPECT_ERR("Page_Map onto a mapped address", seL4_RISCV_Page_Map(f3, VS, VA, seL4_ReadWrite, 0), seL4_DeleteFirst);
    EXPECT_ERR("Page_Map past seL4_UserTop", seL4_RISCV_Page_Map(f3, VS, seL4_UserTop, seL4_ReadWrite, 0),
               seL4_InvalidArgument, 0);
    EXPECT_ERR("Page_Map misaligned", seL4_RISCV_Page_Map(f3, VS, VA + 0x3800, seL4_ReadWrite, 0), seL4_AlignmentError);
    EXPECT_ERR("Page_Map into a non-VSpace cap", seL4_RISCV_Page_Map(f3, ep, VA + 0x3000, seL4_ReadWrite, 0),
               seL4_InvalidCapability, 1);
    EXPECT_ERR("Page_Map into an unassigned table", seL4_RISCV_Page_Map(f3, unassigned, VA + 0x3000, seL4_ReadWrite, 0),
               seL4_InvalidCapability, 1);
    EXPECT_ERR("Page_Map into a non-root table", seL4_RISCV_Page_Map(f3, pt1, VA + 0x3000, seL4_ReadWrite, 0),
               seL4_InvalidCapability, 1);
    seL4_SetMR(0, VA + 0x3000);
    seL4_SetMR(1, seL4_ReadWrite.words[0]);
    seL4_SetCap(0, VS);
    EXPECT_ERR("Page_Map truncated", invoke_raw(f3, RISCVPageMap, 1, 2), seL4_TruncatedMessage);
    EXPECT_ERR("Mega page misaligned", seL4_RISCV_Page_Map(mega, VS, VA + 0x201000, seL4_ReadWrite, 0), seL4_AlignmentError);
    EXPECT_OK("map a Mega page", seL4_RISCV_Page_Map(mega, VS, VA + 0x200000, seL4_ReadWrite, 0));
    volatile seL4_Word *m = (volatile seL4_Word *)(VA + 0x200000);
    m[0] = 1;
    m[(0x200000 - 8) / 8] = 2;
    check("the Mega page is usable", m[0] == 1 && m[(0x200000 - 8) / 8] == 2, "");

    /* Unmapping. */
    EXPECT_OK("Page_Unmap", seL4_RISCV_Page_Unmap(f2));
    EXPECT_OK("Page_Unmap again", seL4_RISCV_Page_Unmap(f2));
    EXPECT_OK("map the unmapped frame at another address", seL4_RISCV_Page_Map(f2, VS, VA + 0x5000, seL4_ReadWrite, 0));
    EXPECT_EQ("it still holds the data", p[0x5000 / 8], 0x1122334455667788UL);
    seL4_CPtr ptc = slot();
    EXPECT_OK("copy a mapped page table cap", seL4_CNode_Copy(ROOT, ptc, D, ROOT, pt2, D, seL4_AllRights));
    EXPECT_ERR("PageTable_Unmap with a copy around", seL4_RISCV_PageTable_Unmap(pt2), seL4_RevokeFirst);
    EXPECT_ERR("PageTable_Unmap of a VSpace root", seL4_RISCV_PageTable_Unmap(VS), seL4_RevokeFirst);
    seL4_CNode_Delete(ROOT, ptc, D);
    EXPECT_OK("PageTable_Unmap", seL4_RISCV_PageTable_Unmap(pt2));
    EXPECT_ERR("its mappings are gone", seL4_RISCV_Page_Map(f3, VS, VA + 0x3000, seL4_ReadWrite, 0), seL4_FailedLookup, 0,
               seL4_MissingCapability, 21);
    EXPECT_OK("map the table again", seL4_RISCV_PageTable_Map(pt2, VS, VA, 0));
    EXPECT_OK("Page_Map into the new table", seL4_RISCV_Page_Map(f3, VS, VA + 0x3000, seL4_ReadWrite, 0));
    EXPECT_EQ("a fresh frame reads zero", p[0x3000 / 8], 0);
    EXPECT_OK("delete a mapped frame cap", seL4_CNode_Delete(ROOT, f3, D));
    EXPECT_ERR("its address is free again", seL4_RISCV_Page_Map(f, VS, VA + 0x3000, seL4_ReadWrite, 0), seL4_InvalidArgument,
               0);
    seL4_RISCV_Page_Unmap(f);
    EXPECT_OK("map the remaining frame there", seL4_RISCV_Page_Map(f, VS, VA + 0x3000, seL4_ReadWrite, 0));
    EXPECT_EQ("and read it", p[0x3000 / 8], 0x1122334455667788UL);
}

/* ================================================================== */
/* ASID pools */

static void test_asid(void)
{
    seL4_CPtr u12 = obj(seL4_UntypedObject, 12), u13 = obj(seL4_UntypedObject, 13);
    seL4_CPtr pool = slot(), pool2 = slot();
    seL4_CPtr vs2 = obj(seL4_RISCV_PageTableObject, 0), ep = obj(seL4_EndpointObject, 0);
    seL4_CPtr fr = obj(seL4_RISCV_4K_Page, 0);

    EXPECT_ERR("MakePool from an 8 KiB untyped", seL4_RISCV_ASIDControl_MakePool(seL4_CapASIDControl, u13, ROOT, pool, D),
               seL4_InvalidCapability, 1);
    EXPECT_ERR("MakePool into an occupied slot", seL4_RISCV_ASIDControl_MakePool(seL4_CapASIDControl, u12, ROOT, fr, D),
               seL4_DeleteFirst);
    EXPECT_OK("ASIDControl_MakePool", seL4_RISCV_ASIDControl_MakePool(seL4_CapASIDControl, u12, ROOT, pool, D));
    EXPECT_TAG("the pool cap", pool, TAG_ASIDPOOL);
    EXPECT_ERR("MakePool from a used untyped", seL4_RISCV_ASIDControl_MakePool(seL4_CapASIDControl, u12, ROOT, pool2, D),
               seL4_RevokeFirst);
    EXPECT_ERR("Assign an endpoint", seL4_RISCV_ASIDPool_Assign(pool, ep), seL4_InvalidCapability, 1);
    EXPECT_ERR("Assign without a cap", invoke_raw(pool, RISCVASIDPoolAssign, 0, 0), seL4_TruncatedMessage);
    EXPECT_OK("ASIDPool_Assign", seL4_RISCV_ASIDPool_Assign(pool, vs2));
    EXPECT_ERR("Assign an assigned table", seL4_RISCV_ASIDPool_Assign(pool, vs2), seL4_InvalidCapability, 1);
    EXPECT_ERR("Assign the rootserver's VSpace", seL4_RISCV_ASIDPool_Assign(seL4_CapInitThreadASIDPool, VS),
               seL4_InvalidCapability, 1);
    int npts = 0;
    EXPECT_OK("map a frame in the new VSpace", sel4ts_map_frame(&A, fr, vs2, 0x1000, seL4_ReadWrite, 0, NULL, &npts, 0));
    seL4_CPtr other = obj(seL4_RISCV_4K_Page, 0);
    EXPECT_ERR("VSpaces are separate: the same address is free in ours", seL4_RISCV_Page_Map(other, VS, 0x1000, seL4_ReadWrite, 0),
               seL4_NoError);
    seL4_RISCV_Page_Unmap(other);
    EXPECT_ERR("a frame mapped in another VSpace", seL4_RISCV_Page_Map(fr, VS, 0x1000, seL4_ReadWrite, 0),
               seL4_InvalidCapability, 1);
    EXPECT_OK("delete the pool", seL4_CNode_Delete(ROOT, pool, D));
    EXPECT_ERR("Page_Map into a VSpace of a deleted pool", seL4_RISCV_Page_Map(other, vs2, 0x3000, seL4_ReadWrite, 0),
               seL4_FailedLookup, 0, seL4_InvalidRoot);
    EXPECT_ERR("PageTable_Map into it", seL4_RISCV_PageTable_Map(obj(seL4_RISCV_PageTableObject, 0), vs2, 0x40000000, 0),
               seL4_FailedLookup, 0, seL4_InvalidRoot);
    EXPECT_OK("revoke the untyped", seL4_CNode_Revoke(ROOT, u12, D));
    EXPECT_OK("MakePool again gets a pool", seL4_RISCV_ASIDControl_MakePool(seL4_CapASIDControl, u12, ROOT, pool2, D));
    seL4_CPtr vs3 = obj(seL4_RISCV_PageTableObject, 0);
    EXPECT_OK("Assign in the new pool", seL4_RISCV_ASIDPool_Assign(pool2, vs3));
}

/* ================================================================== */
/* IPC */

/* Echo server: records what it received, replies with label + 1 and each
 * MR + 1. */
static void echo_server(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word badge;
    seL4_SetCapReceivePath(S_CNODE, S_RECV, seL4_WordBits);
    seL4_MessageInfo_t info = seL4_Recv(S_EP, &badge);
    for (;;) {
        shared.label = seL4_MessageInfo_get_label(info);
        shared.len = seL4_MessageInfo_get_length(info);
        shared.extra = seL4_MessageInfo_get_extraCaps(info);
        shared.unwrapped = seL4_MessageInfo_get_capsUnwrapped(info);
        shared.badge = badge;
        shared.badge0 = seL4_GetBadge(0);
        shared.recv_tag = seL4_DebugCapIdentify(S_RECV);
        for (seL4_Word i = 0; i < shared.len; i++) {
            shared.mr[i] = seL4_GetMR(i);
            seL4_SetMR(i, shared.mr[i] + 1);
        }
        seL4_CNode_Delete(S_CNODE, S_RECV, seL4_WordBits);
        seL4_SetCapReceivePath(S_CNODE, S_RECV, seL4_WordBits);
        info = seL4_ReplyRecv(S_EP, seL4_MessageInfo_new(shared.label + 1, 0, 0, shared.len), &badge);
    }
}

static void caller_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a1, (void)a2, (void)a3;
    seL4_SetMR(0, a0);
    seL4_MessageInfo_t r = seL4_Call(S_EP, seL4_MessageInfo_new(3, 0, 0, 1));
    shared.reply_label = seL4_MessageInfo_get_label(r);
    shared.reply_mr0 = seL4_GetMR(0);
    helper_exit();
}

static void bound_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    for (int i = 0; i < 2; i++) {
        seL4_Word badge;
        seL4_MessageInfo_t info = seL4_Recv(S_EP, &badge);
        shared.log[shared.nlog++] = badge;
        shared.log[shared.nlog++] = seL4_MessageInfo_get_label(info);
    }
    helper_exit();
}

static void test_ipc(void)
{
    seL4_CPtr ep = obj(seL4_EndpointObject, 0), ntfn = obj(seL4_NotificationObject, 0);
    static sel4ts_process_t echo, caller, bound;

    /* Calls to a server in another address space. */
    if (spawn(&echo, "echo", 254, 8, S_FAULT)) {
        sel4ts_process_copy(&echo, S_EP, ep, seL4_AllRights);
        sel4ts_process_start(&echo, echo_server, 0, 0, 0, 0);
        seL4_CPtr eb = slot(), eng = slot(), eb2 = slot();
        seL4_CNode_Mint(ROOT, eb, D, ROOT, ep, D, seL4_AllRights, 0x31);
        seL4_CNode_Mint(ROOT, eng, D, ROOT, ep, D, seL4_CapRights_new(1, 0, 0, 1), 0x32);
        seL4_CNode_Mint(ROOT, eb2, D, ROOT, ep, D, seL4_AllRights, 0x77);
        for (int i = 0; i < seL4_MsgMaxLength; i++) {
            seL4_SetMR(i, 3 * (seL4_Word)i);
        }
        seL4_MessageInfo_t r = seL4_Call(eb, seL4_MessageInfo_new(7, 0, 0, seL4_MsgMaxLength));
        check("Call with 120 MRs: the server saw them", shared.label == 7 && shared.len == 120 && shared.badge == 0x31
                                                         && shared.mr[4] == 12 && shared.mr[119] == 357,
              "label %lu len %lu badge 0x%lx mr4 %lu mr119 %lu", shared.label, shared.len, shared.badge, shared.mr[4],
              shared.mr[119]);
        int ok = seL4_MessageInfo_get_label(r) == 8 && seL4_MessageInfo_get_length(r) == 120;
        for (int i = 0; i < seL4_MsgMaxLength; i++) {
            ok = ok && seL4_GetMR(i) == 3 * (seL4_Word)i + 1;
        }
        check("the 120-word reply", ok, "label %lu length %lu MR0 %lu MR119 %lu", (seL4_Word)seL4_MessageInfo_get_label(r),
              (seL4_Word)seL4_MessageInfo_get_length(r), seL4_GetMR(0), seL4_GetMR(119));
        seL4_Call(eb, seL4_MessageInfo_new(9, 0, 0, 127));
        EXPECT_EQ("message length is clamped to 120", shared.len, 120);
        /* Caps: one unwrapped (badged cap to the same endpoint), one transferred. */
        seL4_SetCap(0, eb2);
        seL4_SetCap(1, ntfn);
        r = seL4_Call(eb, seL4_MessageInfo_new(1, 0, 2, 0));
        check("cap transfer: badge unwrapped, notification transferred",
              shared.extra == 2 && shared.unwrapped == 1 && shared.badge0 == 0x77 && shared.recv_tag == TAG_NTFN,
              "extraCaps %lu unwrapped %lu badge0 0x%lx received type %lu", shared.extra, shared.unwrapped, shared.badge0,
              shared.recv_tag);
        seL4_SetCap(0, ntfn);
        seL4_Call(eng, seL4_MessageInfo_new(2, 0, 1, 0));
        check("no Grant right: no caps transferred", shared.extra == 0 && shared.recv_tag == 0 && shared.badge == 0x32,
              "extraCaps %lu received type %lu badge 0x%lx", shared.extra, shared.recv_tag, shared.badge);
        seL4_SetCap(0, slot());
        seL4_Call(eb, seL4_MessageInfo_new(2, 0, 1, 0));
        check("an empty cap stops the transfer", shared.extra == 0 && shared.recv_tag == 0, "extraCaps %lu type %lu",
              shared.extra, shared.recv_tag);
        seL4_SetCap(0, ep);
        seL4_Call(eb, seL4_MessageInfo_new(2, 0, 1, 0));
        check("an unbadged cap to the receiving endpoint is unwrapped", shared.extra == 1 && shared.unwrapped == 1 && shared.badge0 == 0,
              "extraCaps %lu unwrapped %lu badge0 0x%lx", shared.extra, shared.unwrapped, shared.badge0);
        seL4_TCB_Suspend(echo.tcb);
    }

    /* Non-blocking send/receive with nobody on the other side. */
    seL4_Word badge = 0x55;
    seL4_SetMR(0, 1);
    seL4_NBSend(ep, seL4_MessageInfo_new(5, 0, 0, 1));
    seL4_MessageInfo_t info = seL4_NBRecv(ep, &badge);
    check("NBSend without a receiver is dropped; NBRecv returns", badge == 0 && seL4_MessageInfo_get_label(info) == 0,
          "badge 0x%lx label %lu", badge, (seL4_Word)seL4_MessageInfo_get_label(info));

    /* SaveCaller: the rootserver receives a Call and replies later. */
    if (spawn(&caller, "caller", 254, 16, S_FAULT)) {
        seL4_CPtr ep2 = obj(seL4_EndpointObject, 0), saved = slot(), saved2 = slot();
        sel4ts_process_mint(&caller, S_EP, ep2, seL4_AllRights, 0x41);
        sel4ts_process_start(&caller, caller_thread, 11, 0, 0, 0);
        info = seL4_Recv(ep2, &badge);
        check("Recv of a queued Call", badge == 0x41 && seL4_MessageInfo_get_label(info) == 3 && seL4_GetMR(0) == 11,
              "badge 0x%lx label %lu MR0 %lu", badge, (seL4_Word)seL4_MessageInfo_get_label(info), seL4_GetMR(0));
        EXPECT_OK("CNode_SaveCaller", seL4_CNode_SaveCaller(ROOT, saved, D));
        EXPECT_TAG("the saved reply cap", saved, TAG_REPLY);
        EXPECT_ERR("SaveCaller into an occupied slot", seL4_CNode_SaveCaller(ROOT, saved, D), seL4_DeleteFirst);
        EXPECT_OK("SaveCaller with no caller", seL4_CNode_SaveCaller(ROOT, saved2, D));
        EXPECT_TAG("nothing saved", saved2, TAG_NULL);
        seL4_CPtr rc = slot();
        EXPECT_ERR("a reply cap cannot be copied", seL4_CNode_Copy(ROOT, rc, D, ROOT, saved, D, seL4_AllRights),
                   seL4_IllegalOperation);
        seL4_SetMR(0, 12);
        seL4_Send(saved, seL4_MessageInfo_new(9, 0, 0, 1));
        wait_done("caller", 16);
        check("Send on the saved reply cap answers the Call", shared.reply_label == 9 && shared.reply_mr0 == 12,
              "label %lu MR0 %lu", shared.reply_label, shared.reply_mr0);
        EXPECT_TAG("the reply cap is used up", saved, TAG_NULL);
    }

    /* Bound notification: a thread waiting on an endpoint gets signals. */
    if (spawn(&bound, "bound", 254, 32, S_FAULT)) {
        seL4_CPtr ep3 = obj(seL4_EndpointObject, 0), nb = slot();
        sel4ts_process_copy(&bound, S_EP, ep3, seL4_AllRights);
        seL4_CNode_Mint(ROOT, nb, D, ROOT, ntfn, D, seL4_CanWrite, 0x10);
        EXPECT_OK("bind the helper's notification", seL4_TCB_BindNotification(bound.tcb, ntfn));
        shared.nlog = 0;
        sel4ts_process_start(&bound, bound_thread, 0, 0, 0, 0);
        seL4_Signal(nb);
        seL4_Send(ep3, seL4_MessageInfo_new(6, 0, 0, 0));
        wait_done("bound", 32);
        check("Recv on an endpoint returns a bound notification's signal",
              shared.nlog == 4 && shared.log[0] == 0x10 && shared.log[1] == 0 && shared.log[2] == 0 && shared.log[3] == 6,
              "log %lu: 0x%lx %lu 0x%lx %lu", shared.nlog, shared.log[0], shared.log[1], shared.log[2], shared.log[3]);
    }
}

/* ================================================================== */
/* Faults: a handler thread serves a faulting thread (both in their own
 * VSpaces). */

#define FAULT_VADDR (SEL4TS_PROCESS_STACK_BASE + 0x100000UL)  /* unmapped, page table present */
#define FAULT_VADDR2 (SEL4TS_PROCESS_STACK_BASE + 0x180000UL)
#define HANDLER_VADDR (SEL4TS_PROCESS_STACK_BASE + 0x100000UL)
#define MAGIC 0xfeedfacecafe0001UL
#define FAULT_BADGE 0x66
#define UNKNOWN_SYSCALL 0x4242

extern char f_load_pc[], f_illegal_pc[], f_ecall_pc[], x_store_pc[];

static __attribute__((noreturn, noinline)) void f_after_capfault(void)
{
    check("fault: CapFault, resumed at a new pc written by the handler", 1, "");
    /* instruction fetch from an unmapped page */
    ((void (*)(void))FAULT_VADDR2)();
    __builtin_unreachable();
}

static __attribute__((noinline)) void faulter(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word v;
    /* 1. load from an unmapped page: the handler maps it */
    __asm__ volatile(".globl f_load_pc\nf_load_pc:\n\tld %0, 0(%1)" : "=r"(v) : "r"(FAULT_VADDR) : "memory");
    EXPECT_EQ("fault: VMFault handled, the load sees the handler's data", v, MAGIC);
    *(volatile seL4_Word *)FAULT_VADDR = 0x1234;
    /* 2. an illegal instruction: the handler skips it */
    __asm__ volatile(".globl f_illegal_pc\nf_illegal_pc:\n\t.4byte 0" ::: "memory");
    check("fault: UserException, resumed after the instruction", 1, "");
    /* 3. an unknown system call: the handler emulates it */
    register seL4_Word ra0 __asm__("a0") = 7;
    register seL4_Word ra7 __asm__("a7") = UNKNOWN_SYSCALL;
    __asm__ volatile(".globl f_ecall_pc\nf_ecall_pc:\n\tecall" : "+r"(ra0) : "r"(ra7) : "memory");
    EXPECT_EQ("fault: UnknownSyscall emulated (a0 from the reply)", ra0, 42);
    /* 4. a Call on a CPtr whose guard does not match: CapFault */
    seL4_Call(0x8000000000000001UL, seL4_MessageInfo_new(0, 0, 0, 0));
    check("fault: CapFault returned to the caller", 0, "should not return");
    helper_exit();
}

static void fault_handler(seL4_Word faulter_text, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a1, (void)a2, (void)a3;
    (void)faulter_text;
    seL4_Word badge;
    /* S_EP: the faulter's fault endpoint, S_X: the faulter's VSpace, S_Y: a
     * frame for the faulter, S_Z: the same frame for us, S_W: our VSpace,
     * S_V: the faulter's TCB. */
    volatile seL4_Word *mine = (volatile seL4_Word *)HANDLER_VADDR;
    EXPECT_OK("handler maps its view of the frame", seL4_RISCV_Page_Map(S_Z, S_W, HANDLER_VADDR, seL4_ReadWrite, seL4_RISCV_ExecuteNever));
    mine[0] = MAGIC;

    /* 1. VMFault (load) */
    seL4_MessageInfo_t info = seL4_Recv(S_EP, &badge);
    check("VMFault message", seL4_MessageInfo_get_label(info) == seL4_Fault_VMFault && badge == FAULT_BADGE
                                 && seL4_MessageInfo_get_length(info) == seL4_VMFault_Length
                                 && seL4_GetMR(seL4_VMFault_IP) == (seL4_Word)f_load_pc
                                 && seL4_GetMR(seL4_VMFault_Addr) == FAULT_VADDR && seL4_GetMR(seL4_VMFault_PrefetchFault) == 0
                                 && seL4_GetMR(seL4_VMFault_FSR) == seL4_RISCV_FSR_Load,
          "label %lu badge 0x%lx length %lu IP 0x%lx (0x%lx) addr 0x%lx prefetch %lu FSR %lu",
          (seL4_Word)seL4_MessageInfo_get_label(info), badge, (seL4_Word)seL4_MessageInfo_get_length(info),
          seL4_GetMR(0), (seL4_Word)f_load_pc, seL4_GetMR(1), seL4_GetMR(2), seL4_GetMR(3));
    EXPECT_OK("handler maps the frame into the faulter's VSpace",
              seL4_RISCV_Page_Map(S_Y, S_X, FAULT_VADDR, seL4_ReadWrite, seL4_RISCV_ExecuteNever));
    seL4_Reply(seL4_MessageInfo_new(0, 0, 0, 0));

    /* 2. UserException (illegal instruction) */
    info = seL4_Recv(S_EP, &badge);
    seL4_Word sp = seL4_GetMR(seL4_UserException_SP);
    check("UserException message", seL4_MessageInfo_get_label(info) == seL4_Fault_UserException
                                       && seL4_MessageInfo_get_length(info) == seL4_UserException_Length
                                       && seL4_GetMR(seL4_UserException_FaultIP) == (seL4_Word)f_illegal_pc
                                       && seL4_GetMR(seL4_UserException_Number) == 2 && seL4_GetMR(seL4_UserException_Code) == 0
                                       && sp > SEL4TS_PROCESS_STACK_BASE && sp < SEL4TS_PROCESS_STACK_BASE + 0x4000,
          "label %lu length %lu IP 0x%lx (0x%lx) SP 0x%lx number %lu code %lu", (seL4_Word)seL4_MessageInfo_get_label(info),
          (seL4_Word)seL4_MessageInfo_get_length(info), seL4_GetMR(0), (seL4_Word)f_illegal_pc, sp, seL4_GetMR(2),
          seL4_GetMR(3));
    EXPECT_EQ("the faulter's store reached the shared frame", mine[0], 0x1234);
    seL4_SetMR(0, (seL4_Word)f_illegal_pc + 4);
    seL4_SetMR(1, sp);
    seL4_Reply(seL4_MessageInfo_new(0, 0, 0, 2));

    /* 3. UnknownSyscall */
    info = seL4_Recv(S_EP, &badge);
    check("UnknownSyscall message", seL4_MessageInfo_get_label(info) == seL4_Fault_UnknownSyscall
                                        && seL4_MessageInfo_get_length(info) == seL4_UnknownSyscall_Length
                                        && seL4_GetMR(seL4_UnknownSyscall_FaultIP) == (seL4_Word)f_ecall_pc
                                        && seL4_GetMR(seL4_UnknownSyscall_A0) == 7
                                        && seL4_GetMR(seL4_UnknownSyscall_Syscall) == UNKNOWN_SYSCALL,
          "label %lu length %lu IP 0x%lx (0x%lx) a0 %lu syscall 0x%lx", (seL4_Word)seL4_MessageInfo_get_label(info),
          (seL4_Word)seL4_MessageInfo_get_length(info), seL4_GetMR(0), (seL4_Word)f_ecall_pc, seL4_GetMR(3),
          seL4_GetMR(10));
    seL4_Word usp = seL4_GetMR(seL4_UnknownSyscall_SP), ura = seL4_GetMR(seL4_UnknownSyscall_RA);
    seL4_SetMR(0, (seL4_Word)f_ecall_pc + 4);
    seL4_SetMR(1, usp);
    seL4_SetMR(2, ura);
    seL4_SetMR(3, 42);
    seL4_Reply(seL4_MessageInfo_new(0, 0, 0, 4));

    /* 4. CapFault (guard mismatch) */
    info = seL4_Recv(S_EP, &badge);
    seL4_Word ip = seL4_GetMR(seL4_CapFault_IP);
    check("CapFault message", seL4_MessageInfo_get_label(info) == seL4_Fault_CapFault
                                  && seL4_GetMR(seL4_CapFault_Addr) == 0x8000000000000001UL
                                  && seL4_GetMR(seL4_CapFault_InRecvPhase) == 0
                                  && seL4_GetMR(seL4_CapFault_LookupFailureType) == seL4_GuardMismatch
                                  && seL4_GetMR(seL4_CapFault_BitsLeft) == 64
                                  && seL4_GetMR(seL4_CapFault_GuardMismatch_GuardFound) == 0
                                  && seL4_GetMR(seL4_CapFault_GuardMismatch_BitsFound) == 64 - CNODE_BITS,
          "label %lu addr 0x%lx recv %lu type %lu bitsLeft %lu guard %lu bitsFound %lu",
          (seL4_Word)seL4_MessageInfo_get_label(info), seL4_GetMR(1), seL4_GetMR(2), seL4_GetMR(3), seL4_GetMR(4),
          seL4_GetMR(5), seL4_GetMR(6));
    seL4_UserContext ctx;
    EXPECT_OK("handler reads the faulter's registers", seL4_TCB_ReadRegisters(S_V, 0, 0, 32, &ctx));
    EXPECT_EQ("pc is the faulting ecall", ctx.pc, ip);
    ctx.pc = (seL4_Word)f_after_capfault;
    EXPECT_OK("handler writes a new pc", seL4_TCB_WriteRegisters(S_V, 0, 0, 32, &ctx));
    seL4_Reply(seL4_MessageInfo_new(0, 0, 0, 0));

    /* 5. VMFault (instruction fetch): stop the faulter. */
    info = seL4_Recv(S_EP, &badge);
    check("VMFault message (fetch)", seL4_MessageInfo_get_label(info) == seL4_Fault_VMFault
                                         && seL4_GetMR(seL4_VMFault_IP) == FAULT_VADDR2
                                         && seL4_GetMR(seL4_VMFault_Addr) == FAULT_VADDR2
                                         && seL4_GetMR(seL4_VMFault_PrefetchFault) == 1
                                         && seL4_GetMR(seL4_VMFault_FSR) == seL4_RISCV_FSR_Instruction,
          "label %lu IP 0x%lx addr 0x%lx prefetch %lu FSR %lu", (seL4_Word)seL4_MessageInfo_get_label(info), seL4_GetMR(0),
          seL4_GetMR(1), seL4_GetMR(2), seL4_GetMR(3));
    EXPECT_OK("handler suspends the faulter", seL4_TCB_Suspend(S_V));
    helper_exit();
}

/* No fault handler: the thread stops; the rootserver restarts it elsewhere. */
static void x_recover(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    shared.step = 3;
    helper_exit();
}

static void no_handler_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    shared.step = 1;
    __asm__ volatile(".globl x_store_pc\nx_store_pc:\n\tsd zero, 16(zero)" ::: "memory");
    shared.step = 2;
    helper_exit();
}

static void test_faults(void)
{
    static sel4ts_process_t h, f, x;
    /* the handler's fault endpoint */
    seL4_CPtr fep = obj(seL4_EndpointObject, 0), frame = obj(seL4_RISCV_4K_Page, 0);
    int ok = spawn(&h, "fault-handler", 254, 64, S_FAULT) && spawn(&f, "faulter", 250, 128, S_EP);
    if (!ok) {
        return;
    }
    /* faulter: its fault endpoint (slot S_EP) is a badged cap to fep with Grant */
    EXPECT_OK("mint the faulter's fault endpoint", sel4ts_process_mint(&f, S_EP, fep, seL4_CapRights_new(0, 1, 0, 1), FAULT_BADGE));
    /* handler: fep, the faulter's VSpace and TCB, the frame twice, its own VSpace */
    seL4_CPtr fcopy = slot();
    seL4_CNode_Copy(ROOT, fcopy, D, ROOT, frame, D, seL4_AllRights);
    ok = sel4ts_process_copy(&h, S_EP, fep, seL4_AllRights) == 0 && sel4ts_process_copy(&h, S_X, f.vspace, seL4_AllRights) == 0
         && sel4ts_process_copy(&h, S_Y, frame, seL4_AllRights) == 0 && sel4ts_process_copy(&h, S_Z, fcopy, seL4_AllRights) == 0
         && sel4ts_process_copy(&h, S_W, h.vspace, seL4_AllRights) == 0
         && sel4ts_process_copy(&h, S_V, f.tcb, seL4_AllRights) == 0;
    check("give the handler its caps", ok, "");
    sel4ts_process_start(&h, fault_handler, 0, 0, 0, 0);
    sel4ts_process_start(&f, faulter, 0, 0, 0, 0);
    wait_done("fault handler", 64);

    /* A thread without a fault handler is stopped by its fault. */
    if (spawn(&x, "no-handler", 254, 256, 0)) {
        shared.step = 0;
        sel4ts_process_start(&x, no_handler_thread, 0, 0, 0, 0);
        EXPECT_EQ("a fault without a handler stops the thread", shared.step, 1);
        seL4_UserContext ctx;
        seL4_TCB_ReadRegisters(x.tcb, 0, 0, 32, &ctx);
        EXPECT_EQ("its pc is the faulting store", ctx.pc, (seL4_Word)x_store_pc);
        ctx.pc = (seL4_Word)x_recover;
        EXPECT_OK("restart it elsewhere with WriteRegisters(resume)", seL4_TCB_WriteRegisters(x.tcb, 1, 0, 32, &ctx));
        wait_done("no-handler", 256);
        EXPECT_EQ("it ran again", shared.step, 3);
    }
}

/* ================================================================== */

int main(void)
{
    bi = seL4_GetBootInfo();
    printf("sel4ts kernel API test (ABI %d)\n", SEL4TS_ABI);
    if (sel4ts_alloc_init(&A, bi, 26) != seL4_NoError) {
        printf("FAIL setup: no untyped\n0 passed, 1 failed\n");
        return 1;
    }
    fault_ep = obj(seL4_EndpointObject, 0);
    done = obj(seL4_NotificationObject, 0);
    EXPECT_OK("bind the rootserver's notification", seL4_TCB_BindNotification(seL4_CapInitThreadTCB, done));
    EXPECT_OK("rootserver priority", seL4_TCB_SetPriority(seL4_CapInitThreadTCB, seL4_CapInitThreadTCB, ROOT_PRIO));

    test_retype();
    test_cnode();
    test_tcb();
    test_vspace();
    test_asid();
    test_ipc();
    test_faults();

    printf("%d passed, %d failed\n", passed, failed);
    return 0;
}
