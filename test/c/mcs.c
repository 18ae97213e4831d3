/*
 * mcs -- a sel4test-style rootserver for the MCS kernel (seL4 16.0.0 built
 * with KernelIsMCS): scheduling contexts, SchedControl, reply objects, the
 * MCS system calls, timeout faults and budget enforcement, with the exact
 * error codes and error MRs of seL4 16.0.0.
 *
 * Built with -DSEL4TS_MCS=1 (16.0.0 ABI); run with `sel4ts run --mcs`.
 * Each check prints "PASS name" or "FAIL name: details"; the last line is
 * "N passed, M failed". Checks are grouped by "== group ==" headers.
 *
 * Where each expectation comes from (seL4 sources):
 *   SchedControl_ConfigureFlags   src/object/schedcontrol.c
 *                                 decodeSchedControl_ConfigureFlags
 *   SchedContext_*                src/object/schedcontext.c decodeSchedContext_*
 *   TCB (MCS flavours)            src/object/tcb.c decodeSetSchedParams,
 *                                 decodeSetTimeoutEndpoint, decodeSetSpace,
 *                                 decodeTCBConfigure, validFaultHandler
 *   Retype                        src/object/untyped.c decodeUntypedInvocation
 *   syscalls, reply lookup        src/api/syscall.c handleSyscall, handleRecv,
 *                                 lookupReply; src/object/objecttype.c
 *                                 decodeInvocation (first-phase rule)
 *   replies, donation             src/object/reply.c reply_push,
 *                                 src/object/endpoint.c, src/kernel/thread.c
 *                                 doReplyTransfer
 *   timeouts, budgets             src/kernel/sporadic.c, src/kernel/thread.c
 *                                 endTimeslice/chargeBudget, src/api/faults.c
 *                                 (Timeout message: MR0 badge, MR1 consumed)
 *   notification-bound SCs        src/object/notification.c
 *                                 maybeDonateSchedContext/maybeReturnSchedContext
 *
 * Two checks test seL4 quirks on purpose: SchedControl_ConfigureFlags reports
 * RangeErrors before it looks at the target cap (16.0.0 order, after seL4
 * PR #1472), and TCB_SetTimeoutEndpoint without a cap sets no error type, so
 * its error reply repeats the previous syscall error.
 *
 * Helper threads run in their own CSpace and VSpace (<sel4ts/process.h>),
 * each with its own scheduling context (5 ms round robin unless a test
 * reconfigures it). Their image frames are the rootserver's, so the
 * counters and the `shared` record are shared memory. The rootserver runs
 * at priority 200, helpers at 250 (they preempt it as soon as they are
 * runnable) unless stated otherwise.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>
#include <sel4ts/process.h>

#if !SEL4TS_MCS
#error "mcs.c is built with -DSEL4TS_MCS=1"
#endif

#define ROOT seL4_CapInitThreadCNode
#define VS seL4_CapInitThreadVSpace
#define RTCB seL4_CapInitThreadTCB
#define RSC seL4_CapInitThreadSC
#define D seL4_WordBits

#define ROOT_PRIO 200
#define HELPER_PRIO 250

#define MIN_BUDGET_US SEL4TS_MIN_BUDGET_US /* 20 */
#define MAX_PERIOD_US SEL4TS_MAX_PERIOD_US /* 230584300921369395 */

/* Slots of the helpers' CNodes (radix CNODE_BITS). */
#define CNODE_BITS 4
#define S_CNODE 1
#define S_TCB 2
#define S_DONE 3
#define S_EP 5
#define S_REPLY 6
#define S_X 7
#define S_Y 8
#define S_NTFN 9
#define S_SC 10
#define S_NTFN2 11

enum { TAG_NULL = 0, TAG_EP = 4, TAG_NTFN = 6, TAG_REPLY = 8, TAG_TCB = 12, TAG_SC = 22, TAG_SCHEDCONTROL = 24 };

/* ------------------------------------------------------------------ */
/* Checks (counters shared with the helpers). */

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

static void group(const char *name)
{
    printf("== %s ==\n", name);
}

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
    char want_mrs[128] = "", got_mrs[128] = "";
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
        check(name, _g == _w, "%s = %lu (0x%lx), expected %lu (0x%lx)", #got, _g, _g, _w, _w); \
    } while (0)
#define EXPECT_RANGE(name, got, lo, hi)                                                       \
    do {                                                                                      \
        seL4_Word _g = (seL4_Word)(got), _l = (seL4_Word)(lo), _h = (seL4_Word)(hi);           \
        check(name, _g >= _l && _g <= _h, "%s = %lu, expected %lu..%lu", #got, _g, _l, _h);    \
    } while (0)
#define EXPECT_TAG(name, cptr, tag) EXPECT_EQ(name, seL4_DebugCapIdentify(cptr), tag)

/* A raw invocation with an arbitrary label, cap count and length (MR0..3
 * and caps as set with seL4_SetMR/seL4_SetCap beforehand). */
static seL4_Error invoke_raw(seL4_CPtr cap, seL4_Word label, seL4_Word ncaps, seL4_Word len)
{
    seL4_Word mr[4] = {seL4_GetMR(0), seL4_GetMR(1), seL4_GetMR(2), seL4_GetMR(3)};
    return sel4ts_invoke(cap, label, ncaps, len, mr);
}

static inline seL4_Word rdtime(void)
{
    seL4_Word t;
    __asm__ volatile("rdtime %0" : "=r"(t));
    return t;
}

#define TICKS_PER_US 10UL /* 10 MHz timer */

/* ------------------------------------------------------------------ */
/* Allocation and helper threads. */

static seL4_BootInfo *bi;
static sel4ts_alloc_t A;
static seL4_CPtr fault_ep, done, root_reply, sched_control;
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

/* A copy of `cap` in a fresh root slot with `rights` and `badge`. */
static seL4_CPtr mint(seL4_CPtr cap, seL4_CapRights_t rights, seL4_Word badge)
{
    seL4_CPtr s = slot();
    seL4_Error e = seL4_CNode_Mint(ROOT, s, D, ROOT, cap, D, rights, badge);
    if (e != seL4_NoError) {
        printf("mint of %lu failed: %s\n", cap, sel4ts_error_name(e));
    }
    return s;
}

/* Send + GrantReply + Grant: a valid fault handler (tcb.c validFaultHandler). */
#define FAULT_RIGHTS seL4_CapRights_new(1, 1, 0, 1)

/* A helper in its own CSpace/VSpace with S_CNODE, S_TCB, S_DONE (badge
 * `bit`); its fault handler is fault_ep badged with `bit`. */
static int spawn(sel4ts_process_t *p, const char *name, seL4_Word prio, seL4_Word bit)
{
    seL4_CPtr fcap = mint(fault_ep, FAULT_RIGHTS, bit);
    seL4_Error e = sel4ts_process_create(&A, bi, p, CNODE_BITS, fcap, prio);
    if (e == seL4_NoError) {
        e = sel4ts_process_self_cnode(p, S_CNODE);
    }
    if (e == seL4_NoError) {
        e = sel4ts_process_copy(p, S_TCB, p->tcb, seL4_AllRights);
    }
    if (e == seL4_NoError) {
        e = sel4ts_process_mint(p, S_DONE, done, seL4_CanWrite, bit);
    }
    seL4_DebugNameThread(p->tcb, name);
    check(name, e == seL4_NoError, "creating the helper: %s", sel4ts_error_name(e));
    return e == seL4_NoError;
}

typedef void (*entry_t)(seL4_Word, seL4_Word, seL4_Word, seL4_Word);

static void helper_exit(void)
{
    seL4_Signal(S_DONE);
    seL4_TCB_Suspend(S_TCB);
    for (;;) {
    }
}

/* Wait for the helper with badge `bit` (its "done" signal arrives through
 * the rootserver's bound notification); an unexpected fault is a FAIL. */
static void wait_done(const char *name, seL4_Word bit)
{
    while (!(done_bits & bit)) {
        seL4_Word badge;
        seL4_MessageInfo_t info = seL4_Recv(fault_ep, &badge, root_reply);
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
    seL4_Word step;
    seL4_Word counter;
    seL4_Word badge, label, mr0, mr1;
    seL4_Word got[8];
    int err[4];
} shared;

/* ================================================================== */
/* Boot: the MCS initial caps and bootinfo. */

static void test_boot(void)
{
    group("boot: initial caps and bootinfo");
    EXPECT_EQ("bootinfo: one SchedControl cap (uniprocessor)", bi->schedcontrol.end - bi->schedcontrol.start, 1);
    seL4_Word before = bi->userImagePaging.end > bi->extraBIPages.end ? bi->userImagePaging.end : bi->extraBIPages.end;
    check("bootinfo: schedcontrol slots after paging/extraBIPages, before userImageFrames",
          bi->schedcontrol.start == before && bi->schedcontrol.end == bi->userImageFrames.start,
          "schedcontrol [%lu, %lu), paging end %lu, extraBIPages end %lu, userImageFrames start %lu",
          bi->schedcontrol.start, bi->schedcontrol.end, bi->userImagePaging.end, bi->extraBIPages.end,
          bi->userImageFrames.start);
    EXPECT_TAG("SchedControl cap type (24)", sched_control, TAG_SCHEDCONTROL);
    EXPECT_TAG("seL4_CapInitThreadSC (slot 14) is a SchedContext cap (22)", RSC, TAG_SC);
    EXPECT_TAG("slot 15 (seL4_CapSMC) is null", 15, TAG_NULL);
    seL4_SchedContext_Consumed_t c = seL4_SchedContext_Consumed(RSC);
    EXPECT_OK("Consumed on the rootserver's SC", c.error);
    EXPECT_ERR("YieldTo the rootserver's own SC", seL4_SchedContext_YieldTo(RSC).error, seL4_IllegalOperation);
    EXPECT_ERR("Unbind the SC of the current thread", seL4_SchedContext_Unbind(RSC), seL4_IllegalOperation);
    EXPECT_ERR("UnbindObject the current thread from its SC", seL4_SchedContext_UnbindObject(RSC, RTCB),
               seL4_IllegalOperation);
    EXPECT_ERR("SetSchedParams: null SC on the current thread",
               seL4_TCB_SetSchedParams(RTCB, RTCB, seL4_MaxPrio, ROOT_PRIO, seL4_CapNull, seL4_CapNull),
               seL4_IllegalOperation);
    EXPECT_ERR("SetSchedParams: the thread already has an SC (its own)",
               seL4_TCB_SetSchedParams(RTCB, RTCB, seL4_MaxPrio, ROOT_PRIO, RSC, seL4_CapNull), seL4_IllegalOperation);
    EXPECT_ERR("Bind the rootserver's SC to another TCB (already bound)",
               seL4_SchedContext_Bind(RSC, obj(seL4_TCBObject, 0)), seL4_IllegalOperation);
    seL4_Yield();
    check("seL4_Yield returns (MCS number -11)", 1, "");
}

/* ================================================================== */
/* Untyped_Retype of SchedContext and Reply objects. */

static void test_retype(void)
{
    group("retype: SchedContext and Reply objects");
    static const struct {
        const char *name;
        seL4_Word type, bits, tag;
    } kinds[] = {
        {"retype SchedContext 2^7 (seL4_MinSchedContextBits)", seL4_SchedContextObject, 7, TAG_SC},
        {"retype SchedContext 2^8", seL4_SchedContextObject, 8, TAG_SC},
        {"retype SchedContext 2^12", seL4_SchedContextObject, 12, TAG_SC},
        {"retype Reply", seL4_ReplyObject, 0, TAG_REPLY},
        {"retype Notification (2^6 in MCS)", seL4_NotificationObject, 0, TAG_NTFN},
        {"retype Endpoint", seL4_EndpointObject, 0, TAG_EP},
        {"retype TCB", seL4_TCBObject, 0, TAG_TCB},
    };
    for (unsigned i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
        seL4_CPtr c = slot();
        int e = seL4_Untyped_Retype(A.untyped, kinds[i].type, kinds[i].bits, ROOT, 0, 0, c, 1);
        check(kinds[i].name, e == seL4_NoError && seL4_DebugCapIdentify(c) == kinds[i].tag, "error %s, cap type %u",
              sel4ts_error_name(e), seL4_DebugCapIdentify(c));
    }
    seL4_CPtr s = slot();
    EXPECT_ERR("retype SchedContext 2^6 (< seL4_MinSchedContextBits)",
               seL4_Untyped_Retype(A.untyped, seL4_SchedContextObject, 6, ROOT, 0, 0, s, 1), seL4_InvalidArgument, 1);
    EXPECT_ERR("retype SchedContext 2^0", seL4_Untyped_Retype(A.untyped, seL4_SchedContextObject, 0, ROOT, 0, 0, s, 1),
               seL4_InvalidArgument, 1);
    EXPECT_ERR("retype SchedContext 2^39 (> seL4_MaxUntypedBits)",
               seL4_Untyped_Retype(A.untyped, seL4_SchedContextObject, 39, ROOT, 0, 0, s, 1), seL4_RangeError, 0, 38);
    EXPECT_ERR("retype: type 11 (seL4_ObjectTypeCount) is invalid",
               seL4_Untyped_Retype(A.untyped, seL4_ObjectTypeCount, 0, ROOT, 0, 0, s, 1), seL4_InvalidArgument, 0);
    /* 4K page is type 8 in MCS */
    EXPECT_OK("retype 4K page (type 8 in MCS)", seL4_Untyped_Retype(A.untyped, 8, 0, ROOT, 0, 0, s, 1));
    EXPECT_EQ("type 8 made a frame cap", seL4_DebugCapIdentify(s), 1);
    seL4_CPtr r0 = A.next;
    A.next += 2;
    EXPECT_OK("retype 2 Reply objects at once", seL4_Untyped_Retype(A.untyped, seL4_ReplyObject, 0, ROOT, 0, 0, r0, 2));
    check("both are reply caps", seL4_DebugCapIdentify(r0) == TAG_REPLY && seL4_DebugCapIdentify(r0 + 1) == TAG_REPLY,
          "types %u %u", seL4_DebugCapIdentify(r0), seL4_DebugCapIdentify(r0 + 1));
    /* Placement: a 2^8 SC after a reply lands on the next 2^8 boundary (object size = size_bits). */
    seL4_CPtr u = obj(seL4_UntypedObject, 12), f1 = slot(), sc8 = slot(), f2 = slot();
    EXPECT_OK("retype a Reply into a fresh 4 KiB untyped", seL4_Untyped_Retype(u, seL4_ReplyObject, 0, ROOT, 0, 0, f1, 1));
    EXPECT_OK("retype a 2^8 SchedContext after it", seL4_Untyped_Retype(u, seL4_SchedContextObject, 8, ROOT, 0, 0, sc8, 1));
    EXPECT_ERR("the untyped then has 4096 - 512 bytes left (SC is 2^8 at offset 256)",
               seL4_Untyped_Retype(u, seL4_CapTableObject, 7, ROOT, 0, 0, f2, 1), seL4_NotEnoughMemory, 3584);
}

/* ================================================================== */
/* SchedControl_ConfigureFlags. */

static void test_schedcontrol(void)
{
    group("SchedControl_ConfigureFlags");
    seL4_CPtr sc7 = obj(seL4_SchedContextObject, 7), sc8 = obj(seL4_SchedContextObject, 8);
    seL4_CPtr ep = obj(seL4_EndpointObject, 0);

    EXPECT_OK("configure 10 ms / 10 ms (round robin)", seL4_SchedControl_Configure(sched_control, sc8, 10000, 10000, 0, 0));
    EXPECT_OK("configure 2 ms / 10 ms, sporadic", seL4_SchedControl_ConfigureFlags(sched_control, sc8, 2000, 10000, 0, 7,
                                                                                   seL4_SchedContext_Sporadic));
    EXPECT_OK("configure at MIN_BUDGET: 20 us / 20 us", seL4_SchedControl_Configure(sched_control, sc8, 20, 20, 0, 0));
    EXPECT_ERR("budget 19 us < MIN_BUDGET (200 ticks)", seL4_SchedControl_Configure(sched_control, sc8, 19, 1000, 0, 0),
               seL4_RangeError, MIN_BUDGET_US, MAX_PERIOD_US);
    EXPECT_ERR("budget 0", seL4_SchedControl_Configure(sched_control, sc8, 0, 1000, 0, 0), seL4_RangeError, MIN_BUDGET_US,
               MAX_PERIOD_US);
    EXPECT_ERR("period 19 us < MIN_BUDGET (budget 20 us)", seL4_SchedControl_Configure(sched_control, sc8, 20, 19, 0, 0),
               seL4_RangeError, MIN_BUDGET_US, MAX_PERIOD_US);
    EXPECT_ERR("budget 2000 > period 1000: RangeError(MIN_BUDGET_US, period)",
               seL4_SchedControl_Configure(sched_control, sc8, 2000, 1000, 0, 0), seL4_RangeError, MIN_BUDGET_US, 1000);
    EXPECT_ERR("budget > MAX_PERIOD_US", seL4_SchedControl_Configure(sched_control, sc8, MAX_PERIOD_US + 1, 1000, 0, 0),
               seL4_RangeError, MIN_BUDGET_US, MAX_PERIOD_US);
    EXPECT_ERR("period > MAX_PERIOD_US", seL4_SchedControl_Configure(sched_control, sc8, 1000, MAX_PERIOD_US + 1, 0, 0),
               seL4_RangeError, MIN_BUDGET_US, MAX_PERIOD_US);
    EXPECT_ERR("budget and period 2^64-1", seL4_SchedControl_Configure(sched_control, sc8, ~0UL, ~0UL, 0, 0),
               seL4_RangeError, MIN_BUDGET_US, MAX_PERIOD_US);
    EXPECT_OK("budget = period = MAX_PERIOD_US", seL4_SchedControl_Configure(sched_control, sc7, MAX_PERIOD_US,
                                                                             MAX_PERIOD_US, 0, 0));
    EXPECT_ERR("target not a SchedContext (endpoint)", seL4_SchedControl_Configure(sched_control, ep, 1000, 1000, 0, 0),
               seL4_InvalidCapability, 1);
    EXPECT_ERR("range errors come before the cap check", seL4_SchedControl_Configure(sched_control, ep, 2000, 1000, 0, 0),
               seL4_RangeError, MIN_BUDGET_US, 1000);
    EXPECT_OK("2^8 SC: 8 extra refills (the maximum)", seL4_SchedControl_Configure(sched_control, sc8, 1000, 10000, 8, 0));
    EXPECT_ERR("2^8 SC: 9 extra refills", seL4_SchedControl_Configure(sched_control, sc8, 1000, 10000, 9, 0),
               seL4_RangeError, 0, 8);
    EXPECT_EQ("seL4_MaxExtraRefills(8) agrees", seL4_MaxExtraRefills(8), 8);
    EXPECT_OK("2^7 SC: 0 extra refills", seL4_SchedControl_Configure(sched_control, sc7, 1000, 10000, 0, 0));
    EXPECT_ERR("2^7 SC: 1 extra refill", seL4_SchedControl_Configure(sched_control, sc7, 1000, 10000, 1, 0),
               seL4_RangeError, 0, 0);
    seL4_CPtr sc12 = obj(seL4_SchedContextObject, 12);
    /* (4096 - 96-byte header) / 16-byte refills = 250 refills, 2 of them the minimum */
    EXPECT_ERR("2^12 SC: 249 extra refills", seL4_SchedControl_Configure(sched_control, sc12, 1000, 10000, 249, 0),
               seL4_RangeError, 0, 248);
    EXPECT_OK("2^12 SC: 248 extra refills (= seL4_MaxExtraRefills(12))",
              seL4_SchedControl_Configure(sched_control, sc12, 1000, 10000, seL4_MaxExtraRefills(12), 0));
    /* Truncation: no SC cap; fewer than 5 words. */
    seL4_SetMR(0, 1000);
    seL4_SetMR(1, 1000);
    seL4_SetMR(2, 0);
    seL4_SetMR(3, 0);
    seL4_SetMR(4, 0);
    EXPECT_ERR("ConfigureFlags without the SC cap", invoke_raw(sched_control, SchedControlConfigureFlags, 0, 5),
               seL4_TruncatedMessage);
    seL4_SetCap(0, sc8);
    EXPECT_ERR("ConfigureFlags with 4 words", invoke_raw(sched_control, SchedControlConfigureFlags, 1, 4),
               seL4_TruncatedMessage);
    seL4_SetCap(0, sc8);
    EXPECT_ERR("SchedControl with a SchedContext label", invoke_raw(sched_control, SchedContextBind, 1, 0),
               seL4_IllegalOperation);
    EXPECT_ERR("SchedContext with the SchedControl label", invoke_raw(sc8, SchedControlConfigureFlags, 1, 5),
               seL4_IllegalOperation);
    seL4_SchedContext_Consumed_t c = seL4_SchedContext_Consumed(sc8);
    check("Consumed of a configured SC that never ran is 0", c.error == 0 && c.consumed == 0, "error %d consumed %lu",
          c.error, c.consumed);
    EXPECT_ERR("YieldTo an SC bound to no thread", seL4_SchedContext_YieldTo(sc8).error, seL4_IllegalOperation);
    EXPECT_OK("Unbind an SC bound to nothing", seL4_SchedContext_Unbind(sc8));
}

/* ================================================================== */
/* SchedContext Bind/Unbind/UnbindObject and the MCS TCB invocations. */

static void test_bind(void)
{
    group("SchedContext_Bind/Unbind/UnbindObject");
    seL4_CPtr sc1 = obj(seL4_SchedContextObject, 7), sc2 = obj(seL4_SchedContextObject, 7);
    seL4_CPtr sc3 = obj(seL4_SchedContextObject, 7);
    seL4_CPtr t1 = obj(seL4_TCBObject, 0), t2 = obj(seL4_TCBObject, 0);
    seL4_CPtr n1 = obj(seL4_NotificationObject, 0), n2 = obj(seL4_NotificationObject, 0);
    seL4_CPtr ep = obj(seL4_EndpointObject, 0);
    seL4_SchedControl_Configure(sched_control, sc1, 1000, 1000, 0, 0);
    seL4_SchedControl_Configure(sched_control, sc2, 1000, 1000, 0, 0);
    seL4_SchedControl_Configure(sched_control, sc3, 1000, 1000, 0, 0);

    EXPECT_ERR("Bind an endpoint", seL4_SchedContext_Bind(sc1, ep), seL4_InvalidCapability, 1);
    EXPECT_ERR("Bind without a cap", invoke_raw(sc1, SchedContextBind, 0, 0), seL4_TruncatedMessage);
    EXPECT_OK("Bind a TCB", seL4_SchedContext_Bind(sc1, t1));
    EXPECT_ERR("Bind a second TCB (SC already bound)", seL4_SchedContext_Bind(sc1, t2), seL4_IllegalOperation);
    EXPECT_ERR("Bind the TCB to a second SC (TCB already bound)", seL4_SchedContext_Bind(sc2, t1), seL4_IllegalOperation);
    EXPECT_OK("Bind a notification to the same SC (TCB and notification at once)", seL4_SchedContext_Bind(sc1, n1));
    EXPECT_ERR("Bind a second notification (SC already bound)", seL4_SchedContext_Bind(sc1, n2), seL4_IllegalOperation);
    EXPECT_ERR("Bind the notification to a second SC (notification already bound)", seL4_SchedContext_Bind(sc2, n1),
               seL4_IllegalOperation);
    EXPECT_ERR("UnbindObject a TCB that is not bound to it", seL4_SchedContext_UnbindObject(sc1, t2),
               seL4_IllegalOperation);
    EXPECT_ERR("UnbindObject a notification that is not bound to it", seL4_SchedContext_UnbindObject(sc1, n2),
               seL4_IllegalOperation);
    EXPECT_ERR("UnbindObject an endpoint", seL4_SchedContext_UnbindObject(sc1, ep), seL4_InvalidCapability, 1);
    EXPECT_ERR("UnbindObject without a cap", invoke_raw(sc1, SchedContextUnbindObject, 0, 0), seL4_TruncatedMessage);
    EXPECT_OK("UnbindObject the TCB", seL4_SchedContext_UnbindObject(sc1, t1));
    EXPECT_OK("the TCB is free again: Bind it to sc2", seL4_SchedContext_Bind(sc2, t1));
    EXPECT_OK("UnbindObject the notification", seL4_SchedContext_UnbindObject(sc1, n1));
    EXPECT_OK("the notification is free again: Bind it to sc3", seL4_SchedContext_Bind(sc3, n1));
    EXPECT_OK("Unbind sc3 (notification)", seL4_SchedContext_Unbind(sc3));
    EXPECT_OK("Unbind sc2 (TCB)", seL4_SchedContext_Unbind(sc2));
    EXPECT_OK("after Unbind both objects are free: Bind n1 to sc1", seL4_SchedContext_Bind(sc1, n1));
    EXPECT_OK("after Unbind both objects are free: Bind t1 to sc3", seL4_SchedContext_Bind(sc3, t1));
    EXPECT_ERR("SchedContext with a TCB label", invoke_raw(sc1, TCBSuspend, 0, 0), seL4_IllegalOperation);

    group("TCB_SetSchedParams (MCS)");
    seL4_CPtr tauth = obj(seL4_TCBObject, 0); /* MCP 0 */
    seL4_CPtr ntfn = obj(seL4_NotificationObject, 0);
    seL4_CPtr ep_w = mint(ep, seL4_CanWrite, 0), ep_wg = mint(ep, seL4_CapRights_new(0, 1, 0, 1), 0);
    seL4_CPtr ep_wgr = mint(ep, seL4_CapRights_new(1, 0, 0, 1), 0), ep_rg = mint(ep, seL4_CapRights_new(1, 1, 1, 0), 0);
    EXPECT_OK("SetSchedParams without SC or fault handler", seL4_TCB_SetSchedParams(t2, RTCB, 10, 10, seL4_CapNull,
                                                                                    seL4_CapNull));
    EXPECT_OK("SetSchedParams binding an SC, fault handler Write+Grant",
              seL4_TCB_SetSchedParams(t2, RTCB, 10, 10, sc2, ep_wg));
    EXPECT_ERR("SetSchedParams: TCB already has an SC (the same one)", seL4_TCB_SetSchedParams(t2, RTCB, 10, 10, sc2,
                                                                                               seL4_CapNull),
               seL4_IllegalOperation);
    EXPECT_ERR("SetSchedParams: SC bound to another TCB", seL4_TCB_SetSchedParams(obj(seL4_TCBObject, 0), RTCB, 10, 10,
                                                                                  sc2, seL4_CapNull),
               seL4_IllegalOperation);
    EXPECT_ERR("SetSchedParams: sched_context is an endpoint", seL4_TCB_SetSchedParams(t1, RTCB, 10, 10, ep, seL4_CapNull),
               seL4_InvalidCapability, 2);
    EXPECT_ERR("SetSchedParams: fault handler is a notification", seL4_TCB_SetSchedParams(t2, RTCB, 10, 10, seL4_CapNull,
                                                                                          ntfn),
               seL4_InvalidCapability, 3);
    EXPECT_ERR("SetSchedParams: fault handler endpoint with Write only",
               seL4_TCB_SetSchedParams(t2, RTCB, 10, 10, seL4_CapNull, ep_w), seL4_InvalidCapability, 3);
    EXPECT_ERR("SetSchedParams: fault handler endpoint without Write",
               seL4_TCB_SetSchedParams(t2, RTCB, 10, 10, seL4_CapNull, ep_rg), seL4_InvalidCapability, 3);
    EXPECT_ERR("SetSchedParams: authority not a TCB", seL4_TCB_SetSchedParams(t2, ep, 10, 10, seL4_CapNull, seL4_CapNull),
               seL4_InvalidCapability, 1);
    EXPECT_ERR("SetSchedParams: mcp above the authority's MCP (0)", seL4_TCB_SetSchedParams(t2, tauth, 1, 0, seL4_CapNull,
                                                                                            seL4_CapNull),
               seL4_RangeError, 0, 0);
    EXPECT_ERR("SetSchedParams: priority above the authority's MCP (0)",
               seL4_TCB_SetSchedParams(t2, tauth, 0, 1, seL4_CapNull, seL4_CapNull), seL4_RangeError, 0, 0);
    EXPECT_ERR("SetSchedParams: mcp 256", seL4_TCB_SetSchedParams(t2, RTCB, 256, 0, seL4_CapNull, seL4_CapNull),
               seL4_RangeError, 0, 255);
    seL4_SetMR(0, 10);
    seL4_SetMR(1, 10);
    seL4_SetCap(0, RTCB);
    seL4_SetCap(1, seL4_CapNull);
    EXPECT_ERR("SetSchedParams with 2 caps", invoke_raw(t2, TCBSetSchedParams, 2, 2), seL4_TruncatedMessage);
    seL4_SetCap(0, RTCB);
    seL4_SetCap(1, seL4_CapNull);
    seL4_SetCap(2, seL4_CapNull);
    EXPECT_ERR("SetSchedParams with 1 word", invoke_raw(t2, TCBSetSchedParams, 3, 1), seL4_TruncatedMessage);
    EXPECT_OK("SetSchedParams with a null SC unbinds (not the current thread); Write+GrantReply handler",
              seL4_TCB_SetSchedParams(t2, RTCB, 10, 10, seL4_CapNull, ep_wgr));
    EXPECT_OK("the SC is free again: Bind it to t2", seL4_SchedContext_Bind(sc2, t2));

    group("TCB_SetTimeoutEndpoint / SetSpace / Configure (MCS)");
    EXPECT_OK("SetTimeoutEndpoint (Write+Grant)", seL4_TCB_SetTimeoutEndpoint(t2, ep_wg));
    EXPECT_OK("SetTimeoutEndpoint (null cap)", seL4_TCB_SetTimeoutEndpoint(t2, seL4_CapNull));
    EXPECT_ERR("SetTimeoutEndpoint: a notification", seL4_TCB_SetTimeoutEndpoint(t2, ntfn), seL4_InvalidCapability, 1);
    EXPECT_ERR("SetTimeoutEndpoint: endpoint with Write only", seL4_TCB_SetTimeoutEndpoint(t2, ep_w),
               seL4_InvalidCapability, 1);
    /* decodeSetTimeoutEndpoint's truncation path sets no error type: the
     * reply carries the previous syscall error (here SetPriority's RangeError). */
    EXPECT_ERR("(previous error: SetPriority above the MCP)", seL4_TCB_SetPriority(t2, tauth, 7), seL4_RangeError, 0, 0);
    EXPECT_ERR("SetTimeoutEndpoint without a cap: the stale error (RangeError 0..0)",
               invoke_raw(t2, TCBSetTimeoutEndpoint, 0, 0), seL4_RangeError, 0, 0);
    EXPECT_OK("SetSpace with a fault handler cap", seL4_TCB_SetSpace(t2, ep_wg, ROOT, 0, VS, 0));
    EXPECT_OK("SetSpace with a null fault handler", seL4_TCB_SetSpace(t2, seL4_CapNull, ROOT, 0, VS, 0));
    EXPECT_ERR("SetSpace: fault handler is a notification", seL4_TCB_SetSpace(t2, ntfn, ROOT, 0, VS, 0),
               seL4_InvalidCapability, 1);
    EXPECT_ERR("SetSpace: CSpace root not a CNode (checked before the fault handler)",
               seL4_TCB_SetSpace(t2, ntfn, ep, 0, VS, 0), seL4_IllegalOperation);
    seL4_CPtr pt = obj(seL4_RISCV_PageTableObject, 0);
    EXPECT_ERR("SetSpace: unassigned VSpace", seL4_TCB_SetSpace(t2, seL4_CapNull, ROOT, 0, pt, 0), seL4_IllegalOperation);
    seL4_SetMR(0, 0);
    seL4_SetMR(1, 0);
    seL4_SetCap(0, seL4_CapNull);
    seL4_SetCap(1, ROOT);
    EXPECT_ERR("SetSpace with 2 caps", invoke_raw(t2, TCBSetSpace, 2, 2), seL4_TruncatedMessage);
    seL4_CPtr frame = obj(seL4_RISCV_4K_Page, 0);
    EXPECT_OK("TCB_Configure (MCS: no fault endpoint word)", seL4_TCB_Configure(t2, ROOT, 0, VS, 0, 0, 0));
    EXPECT_OK("TCB_Configure with an IPC buffer", seL4_TCB_Configure(t2, ROOT, 0, VS, 0, 0x40000400, frame));
    EXPECT_ERR("Configure: CSpace root not a CNode", seL4_TCB_Configure(t2, ep, 0, VS, 0, 0, 0), seL4_IllegalOperation);
    EXPECT_ERR("Configure: misaligned IPC buffer", seL4_TCB_Configure(t2, ROOT, 0, VS, 0, 0x40000200, frame),
               seL4_AlignmentError);
    seL4_SetMR(0, 0);
    seL4_SetMR(1, 0);
    seL4_SetMR(2, 0);
    seL4_SetCap(0, ROOT);
    seL4_SetCap(1, VS);
    EXPECT_ERR("Configure with 2 caps", invoke_raw(t2, TCBConfigure, 2, 3), seL4_TruncatedMessage);
    seL4_SetCap(0, ROOT);
    seL4_SetCap(1, VS);
    seL4_SetCap(2, seL4_CapNull);
    EXPECT_ERR("Configure with 2 words", invoke_raw(t2, TCBConfigure, 3, 2), seL4_TruncatedMessage);
    EXPECT_OK("SetPriority (unchanged in MCS)", seL4_TCB_SetPriority(t2, RTCB, 20));
    EXPECT_ERR("SetPriority above the authority's MCP", seL4_TCB_SetPriority(t2, tauth, 1), seL4_RangeError, 0, 0);
    EXPECT_OK("SetMCPriority", seL4_TCB_SetMCPriority(t2, RTCB, 30));
}

/* ================================================================== */
/* Threads without and with scheduling contexts. */

static void z_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    shared.step = 1;
    helper_exit();
}

static void test_sc_needed(void)
{
    group("a thread runs only with a scheduling context");
    sel4ts_process_t z;
    if (!spawn(&z, "z-no-sc", HELPER_PRIO, 0x1)) {
        return;
    }
    shared.step = 0;
    seL4_CPtr zf = mint(fault_ep, FAULT_RIGHTS, 0x1);
    EXPECT_OK("SetSchedParams(null SC) takes the helper's SC away",
              seL4_TCB_SetSchedParams(z.tcb, RTCB, 0, HELPER_PRIO, seL4_CapNull, zf));
    EXPECT_OK("start the helper (WriteRegisters + resume)", sel4ts_process_start(&z, z_thread, 0, 0, 0, 0));
    seL4_Yield();
    EXPECT_EQ("a resumed thread without an SC does not run", shared.step, 0);
    EXPECT_OK("SchedContext_Bind gives it its SC back", seL4_SchedContext_Bind(z.sc, z.tcb));
    EXPECT_EQ("it ran as soon as it had an SC (priority 250 > 200)", shared.step, 1);
    wait_done("z-no-sc done", 0x1);

    sel4ts_process_t z2;
    if (!spawn(&z2, "z2-no-sc", HELPER_PRIO, 0x1)) {
        return;
    }
    shared.step = 0;
    EXPECT_OK("Unbind the second helper's SC", seL4_SchedContext_Unbind(z2.sc));
    EXPECT_OK("start it", sel4ts_process_start(&z2, z_thread, 0, 0, 0, 0));
    EXPECT_EQ("it does not run without an SC", shared.step, 0);
    EXPECT_OK("SetSchedParams binding its SC",
              seL4_TCB_SetSchedParams(z2.tcb, RTCB, 0, HELPER_PRIO, z2.sc, mint(fault_ep, FAULT_RIGHTS, 0x1)));
    EXPECT_EQ("it ran as soon as SetSchedParams gave it the SC", shared.step, 1);
    wait_done("z2-no-sc done", 0x1);
}

/* ================================================================== */
/* IPC with reply objects: Call/Recv/Send(reply)/ReplyRecv/NBSendWait/Wait/
 * NBSendRecv, a server with its own SC. */

static void server_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word badge;
    /* 1: Recv with a reply object, reply by Send on the reply object */
    seL4_MessageInfo_t info = seL4_Recv(S_EP, &badge, S_REPLY);
    shared.badge = badge;
    shared.label = seL4_MessageInfo_get_label(info);
    shared.got[0] = seL4_GetMR(0);
    seL4_SetMR(0, seL4_GetMR(0) + 1);
    seL4_Send(S_REPLY, seL4_MessageInfo_new(0x11, 0, 0, 1));
    /* sending on a used reply object again does nothing */
    seL4_Send(S_REPLY, seL4_MessageInfo_new(0x12, 0, 0, 0));
    /* 2: Recv, reply with ReplyRecv */
    info = seL4_Recv(S_EP, &badge, S_REPLY);
    shared.got[1] = seL4_GetMR(0);
    seL4_SetMR(0, seL4_GetMR(0) + 1);
    info = seL4_ReplyRecv(S_EP, seL4_MessageInfo_new(0x22, 0, 0, 1), &badge, S_REPLY);
    /* 3: reply with NBSendWait (dest = reply object in a6), then Wait without a reply object */
    shared.got[2] = seL4_GetMR(0);
    seL4_SetMR(0, seL4_GetMR(0) + 1);
    info = seL4_NBSendWait(S_REPLY, seL4_MessageInfo_new(0x33, 0, 0, 1), S_EP, &badge);
    /* 4: a plain Send arrived through Wait */
    shared.got[3] = seL4_GetMR(0);
    shared.label = seL4_MessageInfo_get_label(info);
    /* 5: NBSendRecv: signal S_NTFN (t0), then Recv on S_EP with the reply object */
    info = seL4_NBSendRecv(S_NTFN, seL4_MessageInfo_new(0, 0, 0, 0), S_EP, &badge, S_REPLY);
    shared.got[4] = seL4_GetMR(0);
    seL4_SetMR(0, seL4_GetMR(0) + 1);
    seL4_Send(S_REPLY, seL4_MessageInfo_new(0x55, 0, 0, 1));
    /* 6: NBRecv with nothing pending */
    info = seL4_NBRecv(S_EP, &badge, S_REPLY);
    shared.got[5] = badge;
    helper_exit();
}

static void test_ipc(void)
{
    group("IPC with reply objects");
    seL4_CPtr ep = obj(seL4_EndpointObject, 0), reply = obj(seL4_ReplyObject, 0), ntfn = obj(seL4_NotificationObject, 0);
    seL4_CPtr ep_b = mint(ep, seL4_AllRights, 0xb1);
    sel4ts_process_t s;
    if (!spawn(&s, "server", HELPER_PRIO, 0x2)) {
        return;
    }
    int ok = sel4ts_process_copy(&s, S_EP, ep, seL4_AllRights) == 0
             && sel4ts_process_copy(&s, S_REPLY, reply, seL4_AllRights) == 0
             && sel4ts_process_mint(&s, S_NTFN, ntfn, seL4_CanWrite, 0x100) == 0;
    check("give the server its endpoint, reply object and notification", ok, "");
    memset((void *)&shared, 0, sizeof(shared));
    shared.got[5] = 0xdead;
    sel4ts_process_start(&s, server_thread, 0, 0, 0, 0);

    seL4_SetMR(0, 10);
    seL4_MessageInfo_t info = seL4_Call(ep_b, seL4_MessageInfo_new(0x1234, 0, 0, 1));
    EXPECT_EQ("Call 1: the server saw the badge", shared.badge, 0xb1);
    EXPECT_EQ("Call 1: the server saw the label", shared.label, 0x1234);
    EXPECT_EQ("Call 1: the server saw MR0", shared.got[0], 10);
    EXPECT_EQ("Call 1: reply by Send on the reply object: label", seL4_MessageInfo_get_label(info), 0x11);
    EXPECT_EQ("Call 1: reply MR0", seL4_GetMR(0), 11);

    seL4_SetMR(0, 20);
    info = seL4_Call(ep_b, seL4_MessageInfo_new(2, 0, 0, 1));
    EXPECT_EQ("Call 2: reply through ReplyRecv: label", seL4_MessageInfo_get_label(info), 0x22);
    EXPECT_EQ("Call 2: reply MR0", seL4_GetMR(0), 21);

    seL4_SetMR(0, 30);
    info = seL4_Call(ep_b, seL4_MessageInfo_new(3, 0, 0, 1));
    EXPECT_EQ("Call 3: reply through NBSendWait (a6 = reply object): label", seL4_MessageInfo_get_label(info), 0x33);
    EXPECT_EQ("Call 3: reply MR0", seL4_GetMR(0), 31);

    seL4_SetMR(0, 40);
    seL4_Send(ep_b, seL4_MessageInfo_new(4, 0, 0, 1));
    EXPECT_EQ("Send 4: received by Wait (no reply object): MR0", shared.got[3], 40);
    EXPECT_EQ("Send 4: label", shared.label, 4);
    seL4_Word badge = 0;
    seL4_Poll(ntfn, &badge);
    EXPECT_EQ("NBSendRecv signalled its t0 destination", badge, 0x100);

    seL4_SetMR(0, 50);
    info = seL4_Call(ep_b, seL4_MessageInfo_new(5, 0, 0, 1));
    EXPECT_EQ("Call 5: received by NBSendRecv's receive phase, reply label", seL4_MessageInfo_get_label(info), 0x55);
    EXPECT_EQ("Call 5: reply MR0", seL4_GetMR(0), 51);
    wait_done("server done", 0x2);
    EXPECT_EQ("NBRecv with nothing pending returns badge 0", shared.got[5], 0);

    /* Rootserver-side reply-object use. */
    seL4_CPtr r2 = obj(seL4_ReplyObject, 0);
    info = seL4_Call(r2, seL4_MessageInfo_new(0x77, 0, 0, 0));
    EXPECT_EQ("Call on an unused reply object: empty reply, label 0", seL4_MessageInfo_get_label(info), 0);
    seL4_Send(r2, seL4_MessageInfo_new(0x78, 0, 0, 0));
    check("Send on an unused reply object does nothing", 1, "");
    badge = 1;
    seL4_NBRecv(ep, &badge, root_reply);
    EXPECT_EQ("rootserver NBRecv on an idle endpoint: badge 0", badge, 0);

    group("Wait / NBWait / Poll on notifications");
    seL4_CPtr n = obj(seL4_NotificationObject, 0);
    seL4_CPtr n2 = mint(n, seL4_AllRights, 0x6), n3 = mint(n, seL4_AllRights, 0x9);
    badge = 1;
    seL4_NBWait(n, &badge);
    EXPECT_EQ("NBWait on an idle notification: badge 0", badge, 0);
    seL4_Signal(n2);
    seL4_Signal(n3);
    seL4_NBWait(n, &badge);
    EXPECT_EQ("NBWait returns the accumulated badges (6|9)", badge, 0xf);
    seL4_Signal(n2);
    seL4_Wait(n, &badge);
    EXPECT_EQ("Wait on a signalled notification returns at once", badge, 0x6);
    seL4_Signal(n3);
    seL4_Poll(n, &badge);
    EXPECT_EQ("Poll (= NBWait) returns the badge", badge, 0x9);
    seL4_Signal(n2);
    seL4_Recv(n, &badge, root_reply);
    EXPECT_EQ("Recv (with a reply object) on a notification", badge, 0x6);
}

/* ================================================================== */
/* A passive server runs only on the SC its clients donate with Call. */

static void passive_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word badge;
    seL4_MessageInfo_t info = seL4_Recv(S_EP, &badge, S_REPLY);
    for (;;) {
        shared.counter++;
        seL4_SetMR(0, seL4_GetMR(0) * 2);
        (void)info;
        info = seL4_ReplyRecv(S_EP, seL4_MessageInfo_new(0, 0, 0, 1), &badge, S_REPLY);
    }
}

static void test_passive(void)
{
    group("passive server (scheduling-context donation)");
    seL4_CPtr ep = obj(seL4_EndpointObject, 0), reply = obj(seL4_ReplyObject, 0);
    sel4ts_process_t p;
    if (!spawn(&p, "passive", HELPER_PRIO, 0x4)) {
        return;
    }
    int ok = sel4ts_process_copy(&p, S_EP, ep, seL4_AllRights) == 0
             && sel4ts_process_copy(&p, S_REPLY, reply, seL4_AllRights) == 0;
    check("give the passive server its endpoint and reply object", ok, "");
    shared.counter = 0;
    sel4ts_process_start(&p, passive_thread, 0, 0, 0, 0);
    EXPECT_OK("the server blocked in Recv: take its SC away (Unbind)", seL4_SchedContext_Unbind(p.sc));
    (void)seL4_SchedContext_Consumed(p.sc); /* reset its consumed time */
    seL4_SetMR(0, 21);
    seL4_MessageInfo_t info = seL4_Call(ep, seL4_MessageInfo_new(1, 0, 0, 1));
    EXPECT_EQ("the passive server ran on the donated SC", shared.counter, 1);
    check("and replied (MR0 21 * 2)", seL4_MessageInfo_get_label(info) == 0 && seL4_GetMR(0) == 42, "label %lu MR0 %lu",
          seL4_MessageInfo_get_label(info), seL4_GetMR(0));
    seL4_SetMR(0, 5);
    (void)seL4_Call(ep, seL4_MessageInfo_new(1, 0, 0, 1));
    EXPECT_EQ("second Call (reply through ReplyRecv)", seL4_GetMR(0), 10);
    EXPECT_EQ("second run", shared.counter, 2);
    seL4_SchedContext_Consumed_t c = seL4_SchedContext_Consumed(p.sc);
    EXPECT_EQ("its own (unbound) SC consumed nothing: the server ran on the caller's", c.consumed, 0);
    EXPECT_OK("the SC came back with the reply: the server has none (Bind its own SC)",
              seL4_SchedContext_Bind(p.sc, p.tcb));
    EXPECT_OK("make it passive again (UnbindObject)", seL4_SchedContext_UnbindObject(p.sc, p.tcb));
    EXPECT_ERR("YieldTo the passive server's unbound SC", seL4_SchedContext_YieldTo(p.sc).error, seL4_IllegalOperation);
}

/* Budget exhaustion during a Call: the passive server runs on the caller's
 * 1 ms / 10 ms SC, so 2.5 ms of work takes three of the caller's periods. */

static void slow_server(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word badge;
    seL4_Recv(S_EP, &badge, S_REPLY);
    for (;;) {
        /* 2.5 ms of its own running time: time steps longer than 100 us are
         * periods in which it was not running (waiting for a refill) */
        seL4_Word ran = 0, last = rdtime(), gaps = 0;
        while (ran < 2500 * TICKS_PER_US) {
            seL4_Word now = rdtime();
            if (now - last < 100 * TICKS_PER_US) {
                ran += now - last;
            } else {
                gaps++;
            }
            last = now;
        }
        shared.got[2] = gaps;
        seL4_SetMR(0, 0x99);
        seL4_ReplyRecv(S_EP, seL4_MessageInfo_new(0, 0, 0, 1), &badge, S_REPLY);
    }
}

static void slow_client(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word t0 = rdtime();
    seL4_Call(S_EP, seL4_MessageInfo_new(0, 0, 0, 0));
    shared.got[0] = rdtime() - t0;
    shared.got[1] = seL4_GetMR(0);
    helper_exit();
}

static void test_call_budget(void)
{
    group("budget exhaustion during a Call (passive server on the caller's SC)");
    seL4_CPtr ep = obj(seL4_EndpointObject, 0), reply = obj(seL4_ReplyObject, 0);
    sel4ts_process_t srv, cl;
    if (!spawn(&srv, "slow-server", HELPER_PRIO, 0x4000) || !spawn(&cl, "slow-client", HELPER_PRIO, 0x8000)) {
        return;
    }
    sel4ts_process_copy(&srv, S_EP, ep, seL4_AllRights);
    sel4ts_process_copy(&srv, S_REPLY, reply, seL4_AllRights);
    sel4ts_process_copy(&cl, S_EP, ep, seL4_AllRights);
    sel4ts_process_start(&srv, slow_server, 0, 0, 0, 0);
    EXPECT_OK("make the server passive", seL4_SchedContext_Unbind(srv.sc));
    EXPECT_OK("the client's SC: 1 ms / 10 ms", seL4_SchedControl_Configure(sched_control, cl.sc, 1000, 10000, 0, 0));
    memset((void *)&shared, 0, sizeof(shared));
    (void)seL4_SchedContext_Consumed(cl.sc);
    sel4ts_process_start(&cl, slow_client, 0, 0, 0, 0);
    wait_done("slow-client done", 0x8000);
    seL4_Word us = shared.got[0] / TICKS_PER_US;
    printf("call budget: the Call took %lu us\n", us);
    EXPECT_EQ("the Call completed with the server's reply", shared.got[1], 0x99);
    EXPECT_RANGE("  2.5 ms of server work on a 1 ms / 10 ms SC: about 20.5 ms", us, 19500, 25000);
    EXPECT_EQ("  the server was stopped twice for the caller's refills", shared.got[2], 2);
    EXPECT_RANGE("  the server's time was charged to the caller's SC", seL4_SchedContext_Consumed(cl.sc).consumed, 2400,
                 2800);
    EXPECT_EQ("  and not to the server's own", seL4_SchedContext_Consumed(srv.sc).consumed, 0);
}

/* A passive thread waiting on a notification bound to an SC runs on that SC
 * when the notification is signalled and gives it back when it waits again
 * (notification.c maybeDonateSchedContext / maybeReturnSchedContext). */

static void ntfn_waiter(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word badge;
    for (;;) {
        seL4_Wait(S_NTFN, &badge);
        shared.counter++;
        shared.badge = badge;
        seL4_Word t0 = rdtime();
        while (rdtime() - t0 < 300 * TICKS_PER_US) {
        }
    }
}

static void test_ntfn_sc(void)
{
    group("notification-bound SC lent to a passive waiter");
    seL4_CPtr n = obj(seL4_NotificationObject, 0), xsc = obj(seL4_SchedContextObject, 7), q = obj(seL4_TCBObject, 0);
    seL4_CPtr nb = mint(n, seL4_AllRights, 0x24);
    sel4ts_process_t w;
    if (!spawn(&w, "ntfn-waiter", HELPER_PRIO, 0x2000)) {
        return;
    }
    EXPECT_OK("configure an SC 5 ms / 5 ms", seL4_SchedControl_Configure(sched_control, xsc, 5000, 5000, 0, 0));
    EXPECT_OK("bind it to a notification", seL4_SchedContext_Bind(xsc, n));
    sel4ts_process_copy(&w, S_NTFN, n, seL4_AllRights);
    shared.counter = 0;
    sel4ts_process_start(&w, ntfn_waiter, 0, 0, 0, 0);
    EXPECT_OK("the waiter blocked in Wait: make it passive", seL4_SchedContext_Unbind(w.sc));
    (void)seL4_SchedContext_Consumed(xsc);
    seL4_Signal(nb);
    EXPECT_EQ("Signal: the passive waiter ran on the notification's SC", shared.counter, 1);
    EXPECT_EQ("  with the badge", shared.badge, 0x24);
    EXPECT_RANGE("  the notification's SC was charged for its 300 us", seL4_SchedContext_Consumed(xsc).consumed, 250, 2000);
    EXPECT_OK("waiting again gave the SC back (Bind a TCB to it succeeds)", seL4_SchedContext_Bind(xsc, q));
    EXPECT_OK("  (unbind that TCB again)", seL4_SchedContext_UnbindObject(xsc, q));
    seL4_Signal(nb);
    EXPECT_EQ("a second Signal lends the SC again", shared.counter, 2);
    EXPECT_OK("UnbindObject the notification", seL4_SchedContext_UnbindObject(xsc, n));
    seL4_Signal(nb);
    EXPECT_EQ("without an SC on the notification the passive waiter does not run", shared.counter, 2);
}

/* ================================================================== */
/* Reply-object lookup failures and the first-phase rule. */

static void bad_reply_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word badge = 0;
    /* a notification source does not use a6 */
    seL4_Signal(S_NTFN2);
    seL4_Recv(S_NTFN, &badge, 1UL << 63);
    shared.got[0] = badge;
    /* a normal CNode_Delete works, the same as the send phase of NBSendRecv does not */
    shared.err[0] = seL4_CNode_Delete(S_CNODE, S_Y, seL4_WordBits);
    shared.step = 1;
    /* endpoint source, reply CPtr that fails lookup: cap fault in the receive phase */
    seL4_Recv(S_EP, &badge, (1UL << 63) | S_REPLY);
    shared.step = 2;
    /* endpoint source, a6 names a notification: not a reply cap */
    seL4_Recv(S_EP, &badge, S_NTFN);
    shared.step = 3;
    /* NBSendRecv whose send phase invokes a CNode: refused (InvalidCapability, dropped) */
    seL4_SetMR(0, S_X);
    seL4_SetMR(1, seL4_WordBits);
    seL4_NBSendRecv(S_CNODE, seL4_MessageInfo_new(CNodeDelete, 0, 0, 2), S_EP, &badge, S_REPLY);
    shared.step = 4;
    /* the same with a SchedContext cap (Unbind) and the thread's own TCB (Suspend) */
    seL4_NBSendRecv(S_SC, seL4_MessageInfo_new(SchedContextUnbind, 0, 0, 0), S_EP, &badge, S_REPLY);
    shared.step = 5;
    seL4_NBSendRecv(S_TCB, seL4_MessageInfo_new(TCBSuspend, 0, 0, 0), S_EP, &badge, S_REPLY);
    shared.step = 6;
    helper_exit();
}

/* Recv on ep, absorbing "done" signals delivered through the bound notification. */
static seL4_MessageInfo_t recv_msg(seL4_CPtr ep, seL4_Word *badge)
{
    seL4_MessageInfo_t info = seL4_Recv(ep, badge, root_reply);
    while (seL4_MessageInfo_get_label(info) == 0 && seL4_MessageInfo_get_length(info) == 0) {
        done_bits |= *badge;
        info = seL4_Recv(ep, badge, root_reply);
    }
    return info;
}

static void expect_fault(const char *name, seL4_Word want_badge, seL4_Word *mrs, seL4_Word *len)
{
    seL4_Word badge;
    seL4_MessageInfo_t info = seL4_Recv(fault_ep, &badge, root_reply);
    while (seL4_MessageInfo_get_label(info) == 0 && badge != want_badge) {
        done_bits |= badge; /* a done signal of another helper */
        info = seL4_Recv(fault_ep, &badge, root_reply);
    }
    for (int i = 0; i < 7; i++) {
        mrs[i] = seL4_GetMR(i);
    }
    *len = seL4_MessageInfo_get_length(info);
    check(name, seL4_MessageInfo_get_label(info) == seL4_Fault_CapFault && badge == want_badge,
          "label %lu (want CapFault 1) badge 0x%lx (want 0x%lx)", seL4_MessageInfo_get_label(info), badge, want_badge);
}

static void test_reply_lookup(void)
{
    group("reply-object lookup (CapFault in the receive phase) and the first-phase rule");
    seL4_CPtr ep = obj(seL4_EndpointObject, 0), reply = obj(seL4_ReplyObject, 0);
    seL4_CPtr n = obj(seL4_NotificationObject, 0), ep2 = obj(seL4_EndpointObject, 0);
    seL4_CPtr xsc = obj(seL4_SchedContextObject, 7), xtcb = obj(seL4_TCBObject, 0);
    seL4_SchedControl_Configure(sched_control, xsc, 1000, 1000, 0, 0);
    EXPECT_OK("bind an SC to a spare TCB (for the first-phase check)", seL4_SchedContext_Bind(xsc, xtcb));
    sel4ts_process_t f;
    if (!spawn(&f, "bad-reply", HELPER_PRIO, 0x8)) {
        return;
    }
    int ok = sel4ts_process_copy(&f, S_EP, ep, seL4_AllRights) == 0
             && sel4ts_process_copy(&f, S_REPLY, reply, seL4_AllRights) == 0
             && sel4ts_process_copy(&f, S_NTFN, n, seL4_AllRights) == 0
             && sel4ts_process_mint(&f, S_NTFN2, n, seL4_AllRights, 0x42) == 0
             && sel4ts_process_copy(&f, S_X, ep2, seL4_AllRights) == 0
             && sel4ts_process_copy(&f, S_Y, ep2, seL4_AllRights) == 0
             && sel4ts_process_copy(&f, S_SC, xsc, seL4_AllRights) == 0;
    check("give the helper its caps", ok, "");
    memset((void *)&shared, 0, sizeof(shared));
    sel4ts_process_start(&f, bad_reply_thread, 0, 0, 0, 0);
    EXPECT_EQ("Recv on a notification ignores a6 (a bad reply CPtr)", shared.got[0], 0x42);
    EXPECT_EQ("CNode_Delete by Call works", shared.err[0], seL4_NoError);
    seL4_CPtr tmp = slot();
    EXPECT_ERR("the deleted slot is empty", seL4_CNode_Copy(ROOT, tmp, D, f.cnode, S_Y, CNODE_BITS, seL4_AllRights),
               seL4_FailedLookup, 1, seL4_MissingCapability, CNODE_BITS);

    seL4_Word m[7], len;
    expect_fault("Recv with a reply CPtr that fails lookup: CapFault", 0x8, m, &len);
    EXPECT_EQ("  CapFault Addr = the reply CPtr", m[seL4_CapFault_Addr], (1UL << 63) | S_REPLY);
    EXPECT_EQ("  CapFault InRecvPhase = 1", m[seL4_CapFault_InRecvPhase], 1);
    EXPECT_EQ("  CapFault LookupFailureType = GuardMismatch", m[seL4_CapFault_LookupFailureType], seL4_GuardMismatch);
    EXPECT_EQ("  CapFault BitsLeft = 64", m[seL4_CapFault_BitsLeft], 64);
    EXPECT_EQ("  CapFault GuardFound = 0", m[seL4_CapFault_GuardMismatch_GuardFound], 0);
    EXPECT_EQ("  CapFault BitsFound = 64 - 4 (guard size)", m[seL4_CapFault_GuardMismatch_BitsFound], 60);
    EXPECT_EQ("  CapFault message length 7", len, 7);
    EXPECT_EQ("  the helper did not continue", shared.step, 1);
    seL4_Send(root_reply, seL4_MessageInfo_new(0, 0, 0, 0));
    expect_fault("replying restarts the Recv: the same CapFault again", 0x8, m, &len);
    EXPECT_EQ("  CapFault Addr (again)", m[seL4_CapFault_Addr], (1UL << 63) | S_REPLY);
    /* Make the retried Recv succeed? It cannot: move on by rewriting its pc past the ecall. */
    seL4_UserContext ctx;
    EXPECT_OK("  read the faulting thread's registers", seL4_TCB_ReadRegisters(f.tcb, 0, 0, 32, &ctx));
    EXPECT_EQ("  its pc is the faulting ecall (CapFault IP)", ctx.pc, m[seL4_CapFault_IP]);
    ctx.pc += 4;
    EXPECT_OK("  skip the ecall (WriteRegisters, no resume)", seL4_TCB_WriteRegisters(f.tcb, 0, 0, 32, &ctx));
    seL4_Send(root_reply, seL4_MessageInfo_new(0, 0, 0, 0));
    expect_fault("Recv on an endpoint with a6 = a notification cap: CapFault", 0x8, m, &len);
    EXPECT_EQ("  CapFault Addr = the notification CPtr", m[seL4_CapFault_Addr], S_NTFN);
    EXPECT_EQ("  CapFault InRecvPhase = 1", m[seL4_CapFault_InRecvPhase], 1);
    EXPECT_EQ("  the helper continued after the skipped Recv", shared.step, 2);
    seL4_TCB_ReadRegisters(f.tcb, 0, 0, 32, &ctx);
    ctx.pc += 4;
    seL4_TCB_WriteRegisters(f.tcb, 0, 0, 32, &ctx);
    seL4_Send(root_reply, seL4_MessageInfo_new(0, 0, 0, 0));
    /* now it is blocked in the receive phase of NBSendRecv on S_EP */
    EXPECT_EQ("NBSendRecv's send phase done, blocked in its receive phase", shared.step, 3);
    EXPECT_OK("the CNode invocation in the first phase was refused: slot S_X still full",
              seL4_CNode_Copy(ROOT, tmp, D, f.cnode, S_X, CNODE_BITS, seL4_AllRights));
    seL4_NBSend(ep, seL4_MessageInfo_new(0, 0, 0, 0));
    EXPECT_EQ("NBSend woke it: next NBSendRecv (SchedContext_Unbind in the first phase)", shared.step, 4);
    EXPECT_OK("the SchedContext invocation was refused: the SC is still bound (UnbindObject succeeds)",
              seL4_SchedContext_UnbindObject(xsc, xtcb));
    seL4_NBSend(ep, seL4_MessageInfo_new(0, 0, 0, 0));
    EXPECT_EQ("next NBSendRecv (TCB_Suspend of itself in the first phase)", shared.step, 5);
    seL4_NBSend(ep, seL4_MessageInfo_new(0, 0, 0, 0));
    EXPECT_EQ("the TCB invocation was refused: it was not suspended and received the message", shared.step, 6);
    wait_done("bad-reply done", 0x8);
}

/* ================================================================== */
/* Timeout faults. */

static void spin_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    for (;;) {
        shared.counter++;
    }
}

static void test_timeout(void)
{
    group("timeout faults");
    seL4_CPtr tmo_ep = obj(seL4_EndpointObject, 0);
    seL4_CPtr tmo_cap = mint(tmo_ep, FAULT_RIGHTS, 0x7100);
    sel4ts_process_t t;
    if (!spawn(&t, "timeout-spinner", HELPER_PRIO, 0x10)) {
        return;
    }
    EXPECT_OK("configure its SC: 1 ms / 20 ms, badge 0x7e",
              seL4_SchedControl_ConfigureFlags(sched_control, t.sc, 1000, 20000, 0, 0x7e, seL4_SchedContext_NoFlag));
    EXPECT_OK("SetTimeoutEndpoint", seL4_TCB_SetTimeoutEndpoint(t.tcb, tmo_cap));
    shared.counter = 0;
    sel4ts_process_start(&t, spin_thread, 0, 0, 0, 0);
    seL4_Word badge;
    seL4_MessageInfo_t info = recv_msg(tmo_ep, &badge);
    seL4_Word data = seL4_GetMR(seL4_Timeout_Data), consumed = seL4_GetMR(seL4_Timeout_Consumed);
    EXPECT_EQ("budget expiry sends a Timeout fault (label 5)", seL4_MessageInfo_get_label(info), seL4_Fault_Timeout);
    EXPECT_EQ("  to the timeout endpoint (its badge)", badge, 0x7100);
    EXPECT_EQ("  message length 2 (seL4_Timeout_Length)", seL4_MessageInfo_get_length(info), seL4_Timeout_Length);
    EXPECT_EQ("  MR0 (seL4_Timeout_Data) = the SC's badge", data, 0x7e);
    EXPECT_RANGE("  MR1 (seL4_Timeout_Consumed) = the 1 ms budget, in us", consumed, 900, 1100);
    check("  the thread ran", shared.counter > 0, "counter %lu", shared.counter);
    seL4_SchedContext_Consumed_t c = seL4_SchedContext_Consumed(t.sc);
    EXPECT_RANGE("  the fault message reset the SC's consumed time", c.consumed, 0, 50);
    seL4_Word before = shared.counter;
    seL4_Word t0 = rdtime();
    while (rdtime() - t0 < 3000 * TICKS_PER_US) {
    }
    EXPECT_EQ("  it waits for the reply (no progress while the rootserver spins 3 ms)", shared.counter, before);
    seL4_Send(root_reply, seL4_MessageInfo_new(0, 0, 0, 0));
    info = recv_msg(tmo_ep, &badge);
    check("a reply with label 0 resumes it: it ran again and timed out again",
          seL4_MessageInfo_get_label(info) == seL4_Fault_Timeout && shared.counter > before, "label %lu counter %lu -> %lu",
          seL4_MessageInfo_get_label(info), before, shared.counter);
    EXPECT_RANGE("  second fault: consumed = one budget", seL4_GetMR(seL4_Timeout_Consumed), 900, 1100);
    seL4_Send(root_reply, seL4_MessageInfo_new(0, 0, 0, 0));
    info = recv_msg(tmo_ep, &badge);
    EXPECT_EQ("third timeout fault", seL4_MessageInfo_get_label(info), seL4_Fault_Timeout);
    /* now the thread is blocked (on the reply) and its SC is used up until its next period */
    EXPECT_OK("UnbindObject the blocked thread from its used-up SC", seL4_SchedContext_UnbindObject(t.sc, t.tcb));
    EXPECT_ERR("Bind it back before the refill: blocked TCB, SC not released", seL4_SchedContext_Bind(t.sc, t.tcb),
               seL4_IllegalOperation);
    EXPECT_ERR("SetSchedParams: the same (blocked TCB, SC not released)",
               seL4_TCB_SetSchedParams(t.tcb, RTCB, 0, HELPER_PRIO, t.sc, seL4_CapNull), seL4_IllegalOperation);
    t0 = rdtime();
    while (rdtime() - t0 < 25000 * TICKS_PER_US) { /* 25 ms: past its next release */
    }
    EXPECT_OK("after its release time Bind succeeds", seL4_SchedContext_Bind(t.sc, t.tcb));
    seL4_Send(root_reply, seL4_MessageInfo_new(1, 0, 0, 0));
    before = shared.counter;
    t0 = rdtime();
    while (rdtime() - t0 < 50000 * TICKS_PER_US) { /* 50 ms: at least two of its periods */
    }
    EXPECT_EQ("a reply with a non-zero label stops it (no progress in 50 ms)", shared.counter, before);
    EXPECT_OK("SetTimeoutEndpoint(null)", seL4_TCB_SetTimeoutEndpoint(t.tcb, seL4_CapNull));
    EXPECT_OK("suspend it", seL4_TCB_Suspend(t.tcb));
}

/* ================================================================== */
/* Budget enforcement: 2 ms / 10 ms gets at most 20 % of the CPU. */

static void test_budget(void)
{
    group("budget enforcement");
    sel4ts_process_t b;
    if (!spawn(&b, "budget-spinner", HELPER_PRIO, 0x20)) {
        return;
    }
    EXPECT_OK("configure its SC: 2 ms / 10 ms, sporadic",
              seL4_SchedControl_ConfigureFlags(sched_control, b.sc, 2000, 10000, 0, 0, seL4_SchedContext_Sporadic));
    shared.counter = 0;
    sel4ts_process_start(&b, spin_thread, 0, 0, 0, 0);
    /* The spinner has priority 250: the rootserver (200) runs only while the
     * spinner waits for its next refill. */
    (void)seL4_SchedContext_Consumed(b.sc);
    seL4_Word t0 = rdtime(), runs = 0, last = shared.counter;
    while (rdtime() - t0 < 200000 * TICKS_PER_US) { /* 200 ms */
        if (shared.counter != last) {
            runs++;
            last = shared.counter;
        }
    }
    seL4_Word window_us = (rdtime() - t0) / TICKS_PER_US;
    seL4_SchedContext_Consumed_t c = seL4_SchedContext_Consumed(b.sc);
    printf("budget: spinner consumed %lu us of %lu us (%lu.%lu %%), seen running in %lu slices\n", c.consumed, window_us,
           c.consumed * 100 / window_us, (c.consumed * 1000 / window_us) % 10, runs);
    EXPECT_OK("Consumed", c.error);
    check("the spinner got at most 20 % (+ one budget) of 200 ms", c.consumed <= window_us / 5 + 2100,
          "consumed %lu us of %lu us", c.consumed, window_us);
    check("the spinner got at least 20 % (- one budget) of 200 ms", c.consumed + 2000 >= window_us / 5,
          "consumed %lu us of %lu us", c.consumed, window_us);
    check("the rootserver saw the spinner run in separate periods", runs >= 15, "runs %lu", runs);
    EXPECT_OK("reconfigure it to 1 ms / 10 ms while it runs", seL4_SchedControl_ConfigureFlags(sched_control, b.sc, 1000,
                                                                                               10000, 0, 0, 0));
    (void)seL4_SchedContext_Consumed(b.sc);
    t0 = rdtime();
    while (rdtime() - t0 < 100000 * TICKS_PER_US) { /* 100 ms */
    }
    window_us = (rdtime() - t0) / TICKS_PER_US;
    c = seL4_SchedContext_Consumed(b.sc);
    printf("budget: after reconfiguring, %lu us of %lu us\n", c.consumed, window_us);
    check("after reconfiguring: at most 10 % (+ one budget)", c.consumed <= window_us / 10 + 1500,
          "consumed %lu us of %lu us", c.consumed, window_us);
    check("after reconfiguring: at least 10 % (- two budgets)", c.consumed + 2000 >= window_us / 10,
          "consumed %lu us of %lu us", c.consumed, window_us);
    EXPECT_OK("suspend the spinner", seL4_TCB_Suspend(b.tcb));
}

/* ================================================================== */
/* YieldTo. */

static void yield_target(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    shared.counter++;
    seL4_Word t0 = rdtime();
    while (rdtime() - t0 < 500 * TICKS_PER_US) {
    }
    shared.step = 1;
    seL4_Word badge;
    seL4_Wait(S_NTFN, &badge);
    for (;;) {
        seL4_Wait(S_NTFN, &badge);
    }
}

static void low_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    shared.got[0]++;
    seL4_Word badge;
    for (;;) {
        seL4_Wait(S_NTFN, &badge);
    }
}

static void mcp_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    shared.err[1] = seL4_SchedContext_YieldTo(S_SC).error;
    helper_exit();
}

static void test_yieldto(void)
{
    group("SchedContext_YieldTo and Consumed");
    seL4_CPtr n = obj(seL4_NotificationObject, 0);
    sel4ts_process_t e, l, h;
    if (!spawn(&e, "yield-target", ROOT_PRIO, 0x40) || !spawn(&l, "low", 100, 0x80) || !spawn(&h, "low-mcp", HELPER_PRIO, 0x100)) {
        return;
    }
    sel4ts_process_copy(&e, S_NTFN, n, seL4_AllRights);
    sel4ts_process_copy(&l, S_NTFN, n, seL4_AllRights);
    memset((void *)&shared, 0, sizeof(shared));

    /* lower priority target: moved to the head of its queue, YieldTo returns at once */
    seL4_Yield(); /* a fresh 5 ms budget, so that nothing else runs before YieldTo */
    sel4ts_process_start(&l, low_thread, 0, 0, 0, 0);
    seL4_SchedContext_YieldTo_t y = seL4_SchedContext_YieldTo(l.sc);
    EXPECT_OK("YieldTo a lower-priority thread", y.error);
    EXPECT_EQ("  returns at once (the target has not run)", shared.got[0], 0);
    EXPECT_EQ("  with its consumed time (0)", y.consumed, 0);

    /* equal priority target: the caller yields until the target blocks */
    seL4_Yield();
    sel4ts_process_start(&e, yield_target, 0, 0, 0, 0);
    y = seL4_SchedContext_YieldTo(e.sc);
    EXPECT_OK("YieldTo an equal-priority thread", y.error);
    EXPECT_EQ("  the target ran first, until it blocked", shared.step, 1);
    EXPECT_RANGE("  the reply carries the target's consumed time (>= its 500 us spin)", y.consumed, 450, 5000);
    seL4_SchedContext_Consumed_t c = seL4_SchedContext_Consumed(e.sc);
    EXPECT_RANGE("  YieldTo reset the target's consumed time", c.consumed, 0, 50);
    y = seL4_SchedContext_YieldTo(e.sc);
    EXPECT_OK("YieldTo a blocked thread's SC returns at once", y.error);

    /* MCP check: the caller's MCP must be >= the target's priority */
    EXPECT_OK("give the yielder MCP 100", seL4_TCB_SetMCPriority(h.tcb, RTCB, 100));
    sel4ts_process_copy(&h, S_SC, e.sc, seL4_AllRights);
    shared.err[1] = -1;
    sel4ts_process_start(&h, mcp_thread, 0, 0, 0, 0);
    wait_done("low-mcp done", 0x100);
    EXPECT_EQ("YieldTo a thread of priority 200 with MCP 100: IllegalOperation", shared.err[1], seL4_IllegalOperation);
    EXPECT_ERR("the Consumed label on a TCB cap", seL4_SchedContext_Consumed(e.tcb).error, seL4_IllegalOperation);
}

/* ================================================================== */
/* Fault messages in MCS (VMFault is label 6), their replies, and a passive
 * fault handler that runs on the faulter's donated SC. */

#define UNKNOWN_SYSCALL 0x77UL
extern char fa_ecall_pc[], fa_illegal_pc[], fa_store_pc[];

static __attribute__((noinline)) void fa_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    register seL4_Word ra0 __asm__("a0") = 7;
    register seL4_Word ra7 __asm__("a7") = UNKNOWN_SYSCALL;
    __asm__ volatile(".globl fa_ecall_pc\nfa_ecall_pc:\n\tecall" : "+r"(ra0) : "r"(ra7) : "memory");
    shared.got[0] = ra0;
    __asm__ volatile(".globl fa_illegal_pc\nfa_illegal_pc:\n\t.4byte 0" ::: "memory");
    shared.got[1] = 1;
    __asm__ volatile(".globl fa_store_pc\nfa_store_pc:\n\tsd zero, 16(zero)" ::: "memory");
    shared.got[2] = 1;
    helper_exit();
}

/* Receive the next fault from badge `want_badge` on fault_ep; MRs to m[0..10]. */
static seL4_Word get_fault(seL4_Word want_badge, seL4_Word *m, seL4_Word *len)
{
    seL4_Word badge;
    seL4_MessageInfo_t info = seL4_Recv(fault_ep, &badge, root_reply);
    while (seL4_MessageInfo_get_label(info) == 0 && badge != want_badge) {
        done_bits |= badge;
        info = seL4_Recv(fault_ep, &badge, root_reply);
    }
    for (int i = 0; i < 11; i++) {
        m[i] = seL4_GetMR(i);
    }
    *len = seL4_MessageInfo_get_length(info);
    if (badge != want_badge) {
        printf("fault from badge 0x%lx, expected 0x%lx\n", badge, want_badge);
    }
    return seL4_MessageInfo_get_label(info);
}

static void fh_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    seL4_Word badge;
    seL4_MessageInfo_t info = seL4_Recv(S_EP, &badge, S_REPLY);
    shared.label = seL4_MessageInfo_get_label(info);
    shared.badge = badge;
    shared.mr0 = seL4_GetMR(seL4_VMFault_Addr);
    shared.mr1 = seL4_GetMR(seL4_VMFault_FSR);
    shared.step = 1;
    seL4_Signal(S_DONE);
    for (;;) {
        seL4_Wait(S_NTFN, &badge);
    }
}

static void test_faults(void)
{
    group("fault messages (MCS labels) and fault replies");
    sel4ts_process_t fa;
    if (!spawn(&fa, "faulter", HELPER_PRIO, 0x200)) {
        return;
    }
    memset((void *)&shared, 0, sizeof(shared));
    sel4ts_process_start(&fa, fa_thread, 0, 0, 0, 0);
    seL4_Word m[11], len;
    seL4_Word label = get_fault(0x200, m, &len);
    EXPECT_EQ("unknown syscall: UnknownSyscall fault (label 2)", label, seL4_Fault_UnknownSyscall);
    EXPECT_EQ("  length 11", len, seL4_UnknownSyscall_Length);
    EXPECT_EQ("  MR0 FaultIP = the ecall", m[seL4_UnknownSyscall_FaultIP], (seL4_Word)fa_ecall_pc);
    EXPECT_EQ("  MR3 a0", m[seL4_UnknownSyscall_A0], 7);
    EXPECT_EQ("  MR10 the syscall number", m[seL4_UnknownSyscall_Syscall], UNKNOWN_SYSCALL);
    seL4_SetMR(0, m[seL4_UnknownSyscall_FaultIP] + 4);
    seL4_SetMR(1, m[seL4_UnknownSyscall_SP]);
    seL4_SetMR(2, m[seL4_UnknownSyscall_RA]);
    seL4_SetMR(3, 42);
    seL4_Send(root_reply, seL4_MessageInfo_new(0, 0, 0, 4));
    label = get_fault(0x200, m, &len);
    EXPECT_EQ("  the reply set pc past the ecall and a0 = 42", shared.got[0], 42);
    EXPECT_EQ("illegal instruction: UserException fault (label 3)", label, seL4_Fault_UserException);
    EXPECT_EQ("  length 4", len, seL4_UserException_Length);
    EXPECT_EQ("  MR0 FaultIP", m[seL4_UserException_FaultIP], (seL4_Word)fa_illegal_pc);
    EXPECT_EQ("  MR2 Number = 2 (illegal instruction)", m[seL4_UserException_Number], 2);
    EXPECT_EQ("  MR3 Code = 0", m[seL4_UserException_Code], 0);
    seL4_SetMR(0, m[seL4_UserException_FaultIP] + 4);
    seL4_SetMR(1, m[seL4_UserException_SP]);
    seL4_Send(root_reply, seL4_MessageInfo_new(0, 0, 0, 2));
    label = get_fault(0x200, m, &len);
    EXPECT_EQ("  the reply resumed it after the instruction", shared.got[1], 1);
    EXPECT_EQ("store to an unmapped page: VMFault (label 6 in MCS)", label, seL4_Fault_VMFault);
    EXPECT_EQ("  seL4_Fault_VMFault is 6", seL4_Fault_VMFault, 6);
    EXPECT_EQ("  length 4", len, seL4_VMFault_Length);
    EXPECT_EQ("  MR0 IP", m[seL4_VMFault_IP], (seL4_Word)fa_store_pc);
    EXPECT_EQ("  MR1 Addr", m[seL4_VMFault_Addr], 16);
    EXPECT_EQ("  MR2 PrefetchFault = 0", m[seL4_VMFault_PrefetchFault], 0);
    EXPECT_EQ("  MR3 FSR = 7 (store)", m[seL4_VMFault_FSR], seL4_RISCV_FSR_Store);
    seL4_UserContext ctx;
    seL4_TCB_ReadRegisters(fa.tcb, 0, 0, 32, &ctx);
    ctx.pc += 4;
    EXPECT_OK("  skip the store (WriteRegisters)", seL4_TCB_WriteRegisters(fa.tcb, 0, 0, 32, &ctx));
    seL4_Send(root_reply, seL4_MessageInfo_new(0, 0, 0, 0));
    wait_done("faulter done", 0x200);
    EXPECT_EQ("  a VMFault reply restarts at the (rewritten) pc", shared.got[2], 1);

    group("a passive fault handler runs on the faulter's SC");
    seL4_CPtr fep = obj(seL4_EndpointObject, 0), reply = obj(seL4_ReplyObject, 0), n = obj(seL4_NotificationObject, 0);
    sel4ts_process_t fh, ft;
    if (!spawn(&fh, "passive-handler", HELPER_PRIO, 0x400) || !spawn(&ft, "faulter2", HELPER_PRIO, 0x800)) {
        return;
    }
    int ok = sel4ts_process_copy(&fh, S_EP, fep, seL4_AllRights) == 0
             && sel4ts_process_copy(&fh, S_REPLY, reply, seL4_AllRights) == 0
             && sel4ts_process_copy(&fh, S_NTFN, n, seL4_AllRights) == 0;
    check("give the handler its endpoint, reply object and notification", ok, "");
    memset((void *)&shared, 0, sizeof(shared));
    sel4ts_process_start(&fh, fh_thread, 0, 0, 0, 0);
    EXPECT_OK("the handler waits in Recv: make it passive", seL4_SchedContext_Unbind(fh.sc));
    (void)seL4_SchedContext_Consumed(fh.sc);
    EXPECT_OK("SetSpace installs the faulter's fault handler cap (badge 0x33)",
              seL4_TCB_SetSpace(ft.tcb, mint(fep, FAULT_RIGHTS, 0x33), ft.cnode, sel4ts_cnode_guard(CNODE_BITS), ft.vspace,
                                0));
    sel4ts_process_start(&ft, fa_thread, 0, 0, 0, 0);
    wait_done("passive handler done", 0x400);
    EXPECT_EQ("the passive handler received the fault and ran", shared.step, 1);
    EXPECT_EQ("  label UnknownSyscall (the faulter's first fault)", shared.label, seL4_Fault_UnknownSyscall);
    EXPECT_EQ("  through the cap SetSpace installed (badge)", shared.badge, 0x33);
    EXPECT_ERR("the handler now holds the faulter's SC (Bind its own: TCB already bound)",
               seL4_SchedContext_Bind(fh.sc, fh.tcb), seL4_IllegalOperation);
    EXPECT_ERR("the faulter's SC is bound elsewhere (SetSchedParams: SC already bound)",
               seL4_TCB_SetSchedParams(ft.tcb, RTCB, 0, HELPER_PRIO, ft.sc, seL4_CapNull), seL4_IllegalOperation);
    EXPECT_EQ("the handler's own SC consumed nothing", seL4_SchedContext_Consumed(fh.sc).consumed, 0);
    EXPECT_OK("suspend the faulter", seL4_TCB_Suspend(ft.tcb));
    EXPECT_OK("suspend the handler", seL4_TCB_Suspend(fh.tcb));
}

/* ================================================================== */
/* MCS Yield gives up the rest of the current refill. */

static void yield_thread(seL4_Word a0, seL4_Word a1, seL4_Word a2, seL4_Word a3)
{
    (void)a0, (void)a1, (void)a2, (void)a3;
    for (;;) {
        shared.counter++;
        seL4_Yield();
    }
}

static void test_yield(void)
{
    group("Yield (MCS: the rest of the budget is given up)");
    sel4ts_process_t y;
    if (!spawn(&y, "yielder", HELPER_PRIO, 0x1000)) {
        return;
    }
    EXPECT_OK("configure its SC: 2 ms / 10 ms",
              seL4_SchedControl_ConfigureFlags(sched_control, y.sc, 2000, 10000, 0, 0, seL4_SchedContext_NoFlag));
    shared.counter = 0;
    sel4ts_process_start(&y, yield_thread, 0, 0, 0, 0);
    (void)seL4_SchedContext_Consumed(y.sc);
    seL4_Word start = shared.counter, t0 = rdtime();
    while (rdtime() - t0 < 50000 * TICKS_PER_US) { /* 50 ms */
    }
    seL4_Word n = shared.counter - start;
    seL4_SchedContext_Consumed_t c = seL4_SchedContext_Consumed(y.sc);
    printf("yield: %lu iterations in 50 ms, consumed %lu us\n", n, c.consumed);
    EXPECT_RANGE("a priority-250 thread that yields runs once per 10 ms period", n, 3, 8);
    EXPECT_RANGE("Consumed counts only the time it used, not the yielded budget", c.consumed, 0, 500);
    EXPECT_OK("suspend it", seL4_TCB_Suspend(y.tcb));
}

/* ================================================================== */

int main(void)
{
    bi = seL4_GetBootInfo();
    printf("sel4ts MCS API test (ABI %d)\n", SEL4TS_ABI);
    sched_control = bi->schedcontrol.start;
    if (sel4ts_alloc_init(&A, bi, 26) != seL4_NoError) {
        printf("FAIL setup: no untyped\n0 passed, 1 failed\n");
        return 1;
    }
    fault_ep = obj(seL4_EndpointObject, 0);
    done = obj(seL4_NotificationObject, 0);
    root_reply = obj(seL4_ReplyObject, 0);
    EXPECT_OK("bind the rootserver's notification", seL4_TCB_BindNotification(RTCB, done));
    EXPECT_OK("rootserver priority", seL4_TCB_SetPriority(RTCB, RTCB, ROOT_PRIO));

    test_boot();
    test_retype();
    test_schedcontrol();
    test_bind();
    test_sc_needed();
    test_ipc();
    test_passive();
    test_ntfn_sc();
    test_call_budget();
    test_reply_lookup();
    test_timeout();
    test_budget();
    test_yieldto();
    test_faults();
    test_yield();

    printf("%d passed, %d failed\n", passed, failed);
    return 0;
}
