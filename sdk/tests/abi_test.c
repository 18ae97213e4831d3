/*
 * sel4ts SDK -- ABI conformance test for the headers.
 *
 * Runs under qemu-riscv64 (Linux user mode) with the linux_emu harness.
 * Every stub is called once; a hook records the registers and the IPC buffer
 * at the ecall and checks them against the expected encoding, written out
 * here independently of the SDK headers (seL4 ABI fact sheet: 1.2/1.3
 * syscall numbers, 3 bit layouts, 5 labels and MR packing).  Build and run
 * for every ABI with `make -C sdk/tests` (or `make sdk-test` at the top).
 * Prints "N passed, M failed" and exits non-zero on failure.
 */
#include <stdio.h>
#include <string.h>
#include <sel4/sel4.h>

/* ---- expected numbering ---------------------------------------------- */

#if SEL4TS_ABI >= 15
#define ABI_COL 0
#elif SEL4TS_ABI == 14
#define ABI_COL 1
#else
#define ABI_COL 2
#endif

/* label: { >=15, 14, 13, MCS >=15, MCS 14, MCS 13 } (fact sheet 5.2) */
static const int __attribute__((unused)) L_Retype[6] = {1, 1, 1, 1, 1, 1};
static const int __attribute__((unused)) L_ReadRegs[6] = {2, 2, 2, 2, 2, 2};
static const int __attribute__((unused)) L_WriteRegs[6] = {3, 3, 3, 3, 3, 3};
static const int __attribute__((unused)) L_CopyRegs[6] = {4, 4, 4, 4, 4, 4};
static const int __attribute__((unused)) L_Configure[6] = {5, 5, 5, 5, 5, 5};
static const int __attribute__((unused)) L_SetPrio[6] = {6, 6, 6, 6, 6, 6};
static const int __attribute__((unused)) L_SetMCP[6] = {7, 7, 7, 7, 7, 7};
static const int __attribute__((unused)) L_SetSched[6] = {8, 8, 8, 8, 8, 8};
static const int __attribute__((unused)) L_SetIPCBuf[6] = {9, 9, 9, 10, 10, 10};
static const int __attribute__((unused)) L_SetSpace[6] = {10, 10, 10, 11, 11, 11};
static const int __attribute__((unused)) L_Suspend[6] = {11, 11, 11, 12, 12, 12};
static const int __attribute__((unused)) L_Resume[6] = {12, 12, 12, 13, 13, 13};
static const int __attribute__((unused)) L_BindNtfn[6] = {13, 13, 13, 14, 14, 14};
static const int __attribute__((unused)) L_UnbindNtfn[6] = {14, 14, 14, 15, 15, 15};
static const int __attribute__((unused)) L_SetTLS[6] = {15, 15, 15, 16, 16, 16};
static const int __attribute__((unused)) L_SetFlags[6] = {16, 16, -1, 17, 17, -1};
static const int __attribute__((unused)) L_Revoke[6] = {17, 17, 16, 18, 18, 17};
static const int __attribute__((unused)) L_Delete[6] = {18, 18, 17, 19, 19, 18};
static const int __attribute__((unused)) L_Cancel[6] = {19, 19, 18, 20, 20, 19};
static const int __attribute__((unused)) L_Copy[6] = {20, 20, 19, 21, 21, 20};
static const int __attribute__((unused)) L_Mint[6] = {21, 21, 20, 22, 22, 21};
static const int __attribute__((unused)) L_Move[6] = {22, 22, 21, 23, 23, 22};
static const int __attribute__((unused)) L_Mutate[6] = {23, 23, 22, 24, 24, 23};
static const int __attribute__((unused)) L_Rotate[6] = {24, 24, 23, 25, 25, 24};
static const int __attribute__((unused)) L_SaveCaller[6] = {25, 25, 24, -1, -1, -1};
static const int __attribute__((unused)) L_IRQGet[6] = {26, 26, 25, 26, 26, 25};
static const int __attribute__((unused)) L_IRQAck[6] = {27, 27, 26, 27, 27, 26};
static const int __attribute__((unused)) L_IRQSet[6] = {28, 28, 27, 28, 28, 27};
static const int __attribute__((unused)) L_IRQClear[6] = {29, 29, 28, 29, 29, 28};
static const int __attribute__((unused)) L_DomSet[6] = {30, 30, 29, 30, 30, 29};
static const int __attribute__((unused)) L_DomSchedCfg[6] = {31, -1, -1, 31, -1, -1};
static const int __attribute__((unused)) L_DomSchedStart[6] = {32, -1, -1, 32, -1, -1};
static const int __attribute__((unused)) L_PTMap[6] = {33, 31, 30, 39, 37, 36};
static const int __attribute__((unused)) L_PTUnmap[6] = {34, 32, 31, 40, 38, 37};
static const int __attribute__((unused)) L_PageMap[6] = {35, 33, 32, 41, 39, 38};
static const int __attribute__((unused)) L_PageUnmap[6] = {36, 34, 33, 42, 40, 39};
static const int __attribute__((unused)) L_PageGetAddr[6] = {37, 35, 34, 43, 41, 40};
static const int __attribute__((unused)) L_MakePool[6] = {38, 36, 35, 44, 42, 41};
static const int __attribute__((unused)) L_Assign[6] = {39, 37, 36, 45, 43, 42};
static const int __attribute__((unused)) L_IRQGetTrigger[6] = {40, 38, 37, 46, 44, 43};

static const int __attribute__((unused)) L_SetTimeout[6] = {-1, -1, -1, 9, 9, 9};
static const int __attribute__((unused)) L_SchedCtlCfg[6] = {-1, -1, -1, 33, 31, 30};
static const int __attribute__((unused)) L_SCBind[6] = {-1, -1, -1, 34, 32, 31};
static const int __attribute__((unused)) L_SCUnbind[6] = {-1, -1, -1, 35, 33, 32};
static const int __attribute__((unused)) L_SCUnbindObj[6] = {-1, -1, -1, 36, 34, 33};
static const int __attribute__((unused)) L_SCConsumed[6] = {-1, -1, -1, 37, 35, 34};
static const int __attribute__((unused)) L_SCYieldTo[6] = {-1, -1, -1, 38, 36, 35};

#define LBL(t) ((seL4_Word)(t)[ABI_COL + (SEL4TS_MCS ? 3 : 0)])

/* Syscall numbers of the configuration (fact sheet 1.2): MCS moves the debug
 * calls down by 3. */
#define SYS_DEBUG_BASE (SEL4TS_MCS ? -12L : -9L)

/* ---- recorder ------------------------------------------------------- */

static int passed, failed;

static struct {
    int n;
    seL4_Word r[SEL4TS_EMU_NREGS];
    seL4_Word msg[40];
    seL4_Word caps[3];
    seL4_Word reply_info;
    seL4_Word reply_badge;
    seL4_Word reply_mr[4];
} rec;

int sel4ts_emu_hook(seL4_Word r[SEL4TS_EMU_NREGS])
{
    if ((long)r[7] == seL4_SysDebugPutChar || (long)r[7] == seL4_SysDebugHalt) {
        return 0;
    }
    seL4_IPCBuffer *b = seL4_GetIPCBuffer();
    rec.n++;
    memcpy(rec.r, r, sizeof(rec.r));
    memcpy(rec.msg, b->msg, sizeof(rec.msg));
    memcpy(rec.caps, b->caps_or_badges, sizeof(rec.caps));
    r[0] = rec.reply_badge;
    r[1] = rec.reply_info;
    for (int i = 0; i < 4; i++) {
        r[2 + i] = rec.reply_mr[i];
    }
    return 1;
}

static void reset(void)
{
    memset(&rec, 0, sizeof(rec));
    memset(seL4_GetIPCBuffer(), 0, sizeof(seL4_IPCBuffer));
}

static void check(int cond, const char *what, const char *detail, unsigned long got, unsigned long want)
{
    if (cond) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s: %s got 0x%lx want 0x%lx\n", what, detail, got, want);
    }
}

#define CHECK_EQ(what, detail, got, want) \
    check((seL4_Word)(got) == (seL4_Word)(want), what, detail, (seL4_Word)(got), (seL4_Word)(want))

/* MR i as the kernel sees it: a2..a5 for i < 4, IPC buffer msg[i] above. */
static seL4_Word sent_mr(int i)
{
    return i < 4 ? rec.r[2 + i] : rec.msg[i];
}

/* Check a recorded Call: service, label, extraCaps, length, MRs and caps. */
static void expect_call(const char *what, seL4_Word service, seL4_Word label, seL4_Word ncaps,
                        const seL4_Word *caps, seL4_Word len, const seL4_Word *mrs)
{
    seL4_MessageInfo_t info = {{rec.r[1]}};
    CHECK_EQ(what, "ecall count", rec.n, 1);
    CHECK_EQ(what, "a7 (SysCall)", (long)rec.r[7], -1L);
    CHECK_EQ(what, "a0 (service)", rec.r[0], service);
#if SEL4TS_MCS
    CHECK_EQ(what, "a6", rec.r[6], 0);
    CHECK_EQ(what, "t0", rec.r[8], 0);
#endif
    CHECK_EQ(what, "label", rec.r[1] >> 12, label);
    CHECK_EQ(what, "capsUnwrapped", (rec.r[1] >> 9) & 7, 0);
    CHECK_EQ(what, "extraCaps", (rec.r[1] >> 7) & 3, ncaps);
    CHECK_EQ(what, "length", rec.r[1] & 0x7f, len);
    CHECK_EQ(what, "get_length", seL4_MessageInfo_get_length(info), len);
    for (seL4_Word i = 0; i < ncaps; i++) {
        CHECK_EQ(what, "cap", rec.caps[i], caps[i]);
    }
    for (seL4_Word i = 0; i < len; i++) {
        char d[16];
        snprintf(d, sizeof(d), "MR%lu", i);
        CHECK_EQ(what, d, sent_mr((int)i), mrs[i]);
    }
}

#define W(...) ((const seL4_Word[]){__VA_ARGS__})

static void test_bitfields(void)
{
    seL4_MessageInfo_t m = seL4_MessageInfo_new(0x123, 5, 2, 77);
    CHECK_EQ("MessageInfo", "word", m.words[0], (0x123UL << 12) | (5UL << 9) | (2UL << 7) | 77UL);
    CHECK_EQ("MessageInfo", "label", seL4_MessageInfo_get_label(m), 0x123);
    CHECK_EQ("MessageInfo", "capsUnwrapped", seL4_MessageInfo_get_capsUnwrapped(m), 5);
    CHECK_EQ("MessageInfo", "extraCaps", seL4_MessageInfo_get_extraCaps(m), 2);
    CHECK_EQ("MessageInfo", "length", seL4_MessageInfo_get_length(m), 77);
    m = seL4_MessageInfo_set_label(m, 9);
    CHECK_EQ("MessageInfo", "set_label", m.words[0], (9UL << 12) | (5UL << 9) | (2UL << 7) | 77UL);
    m = seL4_MessageInfo_set_length(m, 3);
    CHECK_EQ("MessageInfo", "set_length", seL4_MessageInfo_get_length(m), 3);
    CHECK_EQ("CapRights", "new(1,0,1,0)", seL4_CapRights_new(1, 0, 1, 0).words[0], 0xa);
    CHECK_EQ("CapRights", "AllRights", seL4_AllRights.words[0], 0xf);
    CHECK_EQ("CapRights", "ReadWrite", seL4_ReadWrite.words[0], 0x3);
    CHECK_EQ("CapRights", "CanRead", seL4_CanRead.words[0], 0x2);
    CHECK_EQ("CapRights", "CanWrite", seL4_CanWrite.words[0], 0x1);
    CHECK_EQ("CapRights", "CanGrant", seL4_CanGrant.words[0], 0x4);
    CHECK_EQ("CapRights", "CanGrantReply", seL4_CanGrantReply.words[0], 0x8);
    CHECK_EQ("CapRights", "NoWrite", seL4_NoWrite.words[0], 0xe);
    CHECK_EQ("CapRights", "NoRead", seL4_NoRead.words[0], 0xd);
    CHECK_EQ("CapRights", "get_capAllowRead", seL4_CapRights_get_capAllowRead(seL4_CanRead), 1);
    CHECK_EQ("CNode_CapData", "new(5,52)", seL4_CNode_CapData_new(5, 52).words[0], (5UL << 6) | 52);
    CHECK_EQ("sizes", "IPCBuffer", sizeof(seL4_IPCBuffer), 1024);
    CHECK_EQ("sizes", "UserContext", sizeof(seL4_UserContext), 256);
    CHECK_EQ("sizes", "BootInfo", sizeof(seL4_BootInfo), (SEL4TS_MCS ? 184 : 168) + 16 * 230);
    CHECK_EQ("consts", "TCBBits", seL4_TCBBits, SEL4TS_ABI >= 14 ? 11 : 10);
    CHECK_EQ("consts", "UserTop", seL4_UserTop, 0x3ffffff000UL);
    CHECK_EQ("consts", "4K page type", seL4_RISCV_4K_Page, SEL4TS_MCS ? 8 : 6);
    CHECK_EQ("consts", "PageTable type", seL4_RISCV_PageTableObject, SEL4TS_MCS ? 10 : 8);
    CHECK_EQ("consts", "Giga page type", seL4_RISCV_Giga_Page, SEL4TS_MCS ? 7 : 5);
    CHECK_EQ("consts", "Mega page type", seL4_RISCV_Mega_Page, SEL4TS_MCS ? 9 : 7);
    CHECK_EQ("consts", "ObjectTypeCount", seL4_ObjectTypeCount, SEL4TS_MCS ? 11 : 9);
    CHECK_EQ("consts", "VMFault label", seL4_Fault_VMFault, SEL4TS_MCS ? 6 : 5);
    CHECK_EQ("consts", "NotificationBits", seL4_NotificationBits, SEL4TS_MCS ? 6 : 5);
    CHECK_EQ("consts", "CapInitThreadSC", seL4_CapInitThreadSC, 14);
    CHECK_EQ("consts", "NumInitialCaps", seL4_NumInitialCaps, 16);
    CHECK_EQ("bootinfo", "untyped offset", __builtin_offsetof(seL4_BootInfo, untyped), SEL4TS_MCS ? 0xa8 : 0x98);
    CHECK_EQ("bootinfo", "untypedList offset", __builtin_offsetof(seL4_BootInfo, untypedList), SEL4TS_MCS ? 0xb8 : 0xa8);
#if SEL4TS_MCS
    CHECK_EQ("bootinfo", "schedcontrol offset", __builtin_offsetof(seL4_BootInfo, schedcontrol), 0x98);
    CHECK_EQ("consts", "SchedContext type", seL4_SchedContextObject, 5);
    CHECK_EQ("consts", "Reply type", seL4_ReplyObject, 6);
    CHECK_EQ("consts", "ReplyBits", seL4_ReplyBits, 5);
    CHECK_EQ("consts", "MinSchedContextBits", seL4_MinSchedContextBits, 7);
    CHECK_EQ("consts", "CoreSchedContextBytes", seL4_CoreSchedContextBytes, 128);
    CHECK_EQ("consts", "RefillSizeBytes", seL4_RefillSizeBytes, 16);
    CHECK_EQ("consts", "MaxExtraRefills(7)", seL4_MaxExtraRefills(7), 0);
    CHECK_EQ("consts", "MaxExtraRefills(8)", seL4_MaxExtraRefills(8), 8);
    CHECK_EQ("consts", "MaxExtraRefills(10)", seL4_MaxExtraRefills(10), 56);
    CHECK_EQ("consts", "SchedContext_Sporadic", seL4_SchedContext_Sporadic, 1);
    CHECK_EQ("consts", "Timeout label", seL4_Fault_Timeout, 5);
    CHECK_EQ("consts", "Timeout_Data", seL4_Timeout_Data, 0);
    CHECK_EQ("consts", "Timeout_Consumed", seL4_Timeout_Consumed, 1);
    CHECK_EQ("consts", "Timeout_Length", seL4_Timeout_Length, 2);
    CHECK_EQ("consts", "TimeoutReply_a0", seL4_TimeoutReply_a0, 16);
    CHECK_EQ("consts", "TimeoutReply_TP", seL4_TimeoutReply_TP, 31);
    CHECK_EQ("consts", "TimeoutReply_Length", seL4_TimeoutReply_Length, 32);
    CHECK_EQ("consts", "MIN_BUDGET_US", SEL4TS_MIN_BUDGET_US, 20);
    CHECK_EQ("consts", "MAX_PERIOD_US", SEL4TS_MAX_PERIOD_US, 230584300921369395UL);
#endif
}

static void test_syscall_numbers(void)
{
    int shift = SEL4TS_ABI >= 16 ? 1 : 0;
#if SEL4TS_MCS
    CHECK_EQ("sysno", "Call", (long)seL4_SysCall, -1L);
    CHECK_EQ("sysno", "ReplyRecv", (long)seL4_SysReplyRecv, -2L);
    CHECK_EQ("sysno", "NBSendRecv", (long)seL4_SysNBSendRecv, -3L);
    CHECK_EQ("sysno", "NBSendWait", (long)seL4_SysNBSendWait, -4L);
    CHECK_EQ("sysno", "Send", (long)seL4_SysSend, -5L);
    CHECK_EQ("sysno", "NBSend", (long)seL4_SysNBSend, -6L);
    CHECK_EQ("sysno", "Recv", (long)seL4_SysRecv, -7L);
    CHECK_EQ("sysno", "NBRecv", (long)seL4_SysNBRecv, -8L);
    CHECK_EQ("sysno", "Wait", (long)seL4_SysWait, -9L);
    CHECK_EQ("sysno", "NBWait", (long)seL4_SysNBWait, -10L);
    CHECK_EQ("sysno", "Yield", (long)seL4_SysYield, -11L);
    CHECK_EQ("sysno", "DebugPutChar", (long)seL4_SysDebugPutChar, -12L);
    CHECK_EQ("sysno", "DebugDumpScheduler", (long)seL4_SysDebugDumpScheduler, -13L);
    CHECK_EQ("sysno", "DebugHalt", (long)seL4_SysDebugHalt, -14L);
    CHECK_EQ("sysno", "DebugCapIdentify", (long)seL4_SysDebugCapIdentify, -15L);
    CHECK_EQ("sysno", "DebugSnapshot", (long)seL4_SysDebugSnapshot, -16L);
    CHECK_EQ("sysno", "DebugNameThread", (long)seL4_SysDebugNameThread, -17L);
    CHECK_EQ("sysno", "DebugSendIPI", (long)seL4_SysDebugSendIPI, -18L);
    CHECK_EQ("sysno", "DebugRun", (long)seL4_SysDebugRun, -19L - shift);
    CHECK_EQ("sysno", "BenchmarkNullSyscall", (long)seL4_SysBenchmarkNullSyscall, -24L - shift);
    CHECK_EQ("sysno", "SetTLSBase", (long)seL4_SysSetTLSBase, -32L - shift);
#if SEL4TS_ABI >= 16
    CHECK_EQ("sysno", "DebugGetThreadAffinity", (long)seL4_SysDebugGetThreadAffinity, -19L);
#endif
    return;
#endif
    CHECK_EQ("sysno", "Call", (long)seL4_SysCall, -1L);
    CHECK_EQ("sysno", "ReplyRecv", (long)seL4_SysReplyRecv, -2L);
    CHECK_EQ("sysno", "Send", (long)seL4_SysSend, -3L);
    CHECK_EQ("sysno", "NBSend", (long)seL4_SysNBSend, -4L);
    CHECK_EQ("sysno", "Recv", (long)seL4_SysRecv, -5L);
#if !SEL4TS_MCS
    CHECK_EQ("sysno", "Reply", (long)seL4_SysReply, -6L);
#endif
    CHECK_EQ("sysno", "Yield", (long)seL4_SysYield, -7L);
    CHECK_EQ("sysno", "NBRecv", (long)seL4_SysNBRecv, -8L);
    CHECK_EQ("sysno", "DebugPutChar", (long)seL4_SysDebugPutChar, -9L);
    CHECK_EQ("sysno", "DebugDumpScheduler", (long)seL4_SysDebugDumpScheduler, -10L);
    CHECK_EQ("sysno", "DebugHalt", (long)seL4_SysDebugHalt, -11L);
    CHECK_EQ("sysno", "DebugCapIdentify", (long)seL4_SysDebugCapIdentify, -12L);
    CHECK_EQ("sysno", "DebugSnapshot", (long)seL4_SysDebugSnapshot, -13L);
    CHECK_EQ("sysno", "DebugNameThread", (long)seL4_SysDebugNameThread, -14L);
    CHECK_EQ("sysno", "DebugSendIPI", (long)seL4_SysDebugSendIPI, -15L);
    CHECK_EQ("sysno", "DebugRun", (long)seL4_SysDebugRun, -16L - shift);
    CHECK_EQ("sysno", "BenchmarkNullSyscall", (long)seL4_SysBenchmarkNullSyscall, -21L - shift);
    CHECK_EQ("sysno", "SetTLSBase", (long)seL4_SysSetTLSBase, -29L - shift);
}

#if !SEL4TS_MCS
static void test_ipc(void)
{
    seL4_Word badge = 0, m0, m1, m2, m3;

    reset();
    for (int i = 0; i < 6; i++) {
        seL4_SetMR(i, 100 + i);
    }
    seL4_Send(7, seL4_MessageInfo_new(42, 0, 0, 6));
    CHECK_EQ("Send", "a7", (long)rec.r[7], -3L);
    CHECK_EQ("Send", "a0", rec.r[0], 7);
    CHECK_EQ("Send", "a1", rec.r[1], (42UL << 12) | 6);
    CHECK_EQ("Send", "a2..a5", rec.r[2] + rec.r[3] + rec.r[4] + rec.r[5], 100 + 101 + 102 + 103);
    CHECK_EQ("Send", "MR4", rec.msg[4], 104);

    reset();
    seL4_NBSend(8, seL4_MessageInfo_new(1, 0, 0, 0));
    CHECK_EQ("NBSend", "a7", (long)rec.r[7], -4L);
    CHECK_EQ("NBSend", "a0", rec.r[0], 8);

    reset();
    m0 = 11, m1 = 12, m2 = 13, m3 = 14;
    seL4_SendWithMRs(9, seL4_MessageInfo_new(0, 0, 0, 2), &m0, &m1, &m2, &m3);
    CHECK_EQ("SendWithMRs", "a2", rec.r[2], 11);
    CHECK_EQ("SendWithMRs", "a3", rec.r[3], 12);
    CHECK_EQ("SendWithMRs", "a4 beyond length", rec.r[4], 0);

    reset();
    seL4_Signal(5);
    CHECK_EQ("Signal", "a7", (long)rec.r[7], -3L);
    CHECK_EQ("Signal", "a0", rec.r[0], 5);
    CHECK_EQ("Signal", "a1", rec.r[1], 0);

    reset();
    rec.reply_badge = 0xbad6e;
    rec.reply_info = (3UL << 12) | 3;
    rec.reply_mr[0] = 21, rec.reply_mr[1] = 22, rec.reply_mr[2] = 23;
    seL4_MessageInfo_t info = seL4_Recv(4, &badge);
    CHECK_EQ("Recv", "a7", (long)rec.r[7], -5L);
    CHECK_EQ("Recv", "a0", rec.r[0], 4);
    CHECK_EQ("Recv", "badge", badge, 0xbad6e);
    CHECK_EQ("Recv", "label", seL4_MessageInfo_get_label(info), 3);
    CHECK_EQ("Recv", "MR0", seL4_GetMR(0), 21);
    CHECK_EQ("Recv", "MR2", seL4_GetMR(2), 23);

    reset();
    (void)seL4_NBRecv(4, &badge);
    CHECK_EQ("NBRecv", "a7", (long)rec.r[7], -8L);
    reset();
    seL4_Wait(6, &badge);
    CHECK_EQ("Wait", "a7", (long)rec.r[7], -5L);
    reset();
    (void)seL4_Poll(6, &badge);
    CHECK_EQ("Poll", "a7", (long)rec.r[7], -8L);

    reset();
    seL4_SetMR(0, 31);
    seL4_SetMR(3, 34);
    rec.reply_info = (0UL << 12) | 2;
    rec.reply_mr[0] = 41, rec.reply_mr[1] = 42;
    info = seL4_Call(3, seL4_MessageInfo_new(77, 0, 0, 4));
    CHECK_EQ("Call", "a7", (long)rec.r[7], -1L);
    CHECK_EQ("Call", "a2", rec.r[2], 31);
    CHECK_EQ("Call", "a5", rec.r[5], 34);
    CHECK_EQ("Call", "reply MR0", seL4_GetMR(0), 41);
    CHECK_EQ("Call", "reply MR1", seL4_GetMR(1), 42);
    CHECK_EQ("Call", "reply length", seL4_MessageInfo_get_length(info), 2);

    reset();
    m0 = 51;
    m1 = 52;
    rec.reply_mr[0] = 61;
    rec.reply_mr[1] = 62;
    (void)seL4_CallWithMRs(3, seL4_MessageInfo_new(1, 0, 0, 1), &m0, &m1, NULL, NULL);
    CHECK_EQ("CallWithMRs", "a2", rec.r[2], 51);
    CHECK_EQ("CallWithMRs", "a3 beyond length", rec.r[3], 0);
    CHECK_EQ("CallWithMRs", "out mr0", m0, 61);
    CHECK_EQ("CallWithMRs", "out mr1", m1, 62);

    reset();
    seL4_SetMR(1, 5);
    seL4_Reply(seL4_MessageInfo_new(0, 0, 0, 2));
    CHECK_EQ("Reply", "a7", (long)rec.r[7], -6L);
    CHECK_EQ("Reply", "a3", rec.r[3], 5);

    reset();
    rec.reply_badge = 99;
    (void)seL4_ReplyRecv(2, seL4_MessageInfo_new(0, 0, 0, 0), &badge);
    CHECK_EQ("ReplyRecv", "a7", (long)rec.r[7], -2L);
    CHECK_EQ("ReplyRecv", "a0", rec.r[0], 2);
    CHECK_EQ("ReplyRecv", "badge", badge, 99);

    reset();
    seL4_Yield();
    CHECK_EQ("Yield", "a7", (long)rec.r[7], -7L);

    reset();
    rec.reply_badge = 12;
    CHECK_EQ("DebugCapIdentify", "result", seL4_DebugCapIdentify(1), 12);
    CHECK_EQ("DebugCapIdentify", "a7", (long)rec.r[7], -12L);
    CHECK_EQ("DebugCapIdentify", "a0", rec.r[0], 1);

    reset();
    seL4_DebugNameThread(1, "rootserver");
    CHECK_EQ("DebugNameThread", "a7", (long)rec.r[7], -14L);
    CHECK_EQ("DebugNameThread", "name", strcmp((const char *)&rec.msg[0], "rootserver"), 0);
    reset();
    seL4_DebugSnapshot();
    CHECK_EQ("DebugSnapshot", "a7", (long)rec.r[7], -13L);
    reset();
    seL4_DebugDumpScheduler();
    CHECK_EQ("DebugDumpScheduler", "a7", (long)rec.r[7], -10L);
}

#else /* SEL4TS_MCS */
/* MCS register use (fact sheet 2.2/2.3): a6 = reply object for Recv, NBRecv,
 * ReplyRecv, NBSendRecv; a6 = destination for NBSendWait; t0 = destination
 * for NBSendRecv. */
static void test_ipc(void)
{
    seL4_Word badge = 0, m0, m1, m2, m3;
    seL4_MessageInfo_t info;

    reset();
    for (int i = 0; i < 6; i++) {
        seL4_SetMR(i, 100 + i);
    }
    seL4_Send(7, seL4_MessageInfo_new(42, 0, 0, 6));
    CHECK_EQ("Send", "a7", (long)rec.r[7], -5L);
    CHECK_EQ("Send", "a0", rec.r[0], 7);
    CHECK_EQ("Send", "a1", rec.r[1], (42UL << 12) | 6);
    CHECK_EQ("Send", "a2..a5", rec.r[2] + rec.r[3] + rec.r[4] + rec.r[5], 100 + 101 + 102 + 103);
    CHECK_EQ("Send", "MR4", rec.msg[4], 104);

    reset();
    seL4_NBSend(8, seL4_MessageInfo_new(1, 0, 0, 0));
    CHECK_EQ("NBSend", "a7", (long)rec.r[7], -6L);
    CHECK_EQ("NBSend", "a0", rec.r[0], 8);

    reset();
    m0 = 11, m1 = 12, m2 = 13, m3 = 14;
    seL4_SendWithMRs(9, seL4_MessageInfo_new(0, 0, 0, 2), &m0, &m1, &m2, &m3);
    CHECK_EQ("SendWithMRs", "a7", (long)rec.r[7], -5L);
    CHECK_EQ("SendWithMRs", "a2", rec.r[2], 11);
    CHECK_EQ("SendWithMRs", "a4 beyond length", rec.r[4], 0);

    reset();
    seL4_Signal(5);
    CHECK_EQ("Signal", "a7", (long)rec.r[7], -5L);
    CHECK_EQ("Signal", "a0", rec.r[0], 5);
    CHECK_EQ("Signal", "a1", rec.r[1], 0);

    reset();
    rec.reply_badge = 0xbad6e;
    rec.reply_info = (3UL << 12) | 3;
    rec.reply_mr[0] = 21, rec.reply_mr[1] = 22, rec.reply_mr[2] = 23;
    info = seL4_Recv(4, &badge, 9);
    CHECK_EQ("Recv", "a7", (long)rec.r[7], -7L);
    CHECK_EQ("Recv", "a0", rec.r[0], 4);
    CHECK_EQ("Recv", "a6 (reply)", rec.r[6], 9);
    CHECK_EQ("Recv", "badge", badge, 0xbad6e);
    CHECK_EQ("Recv", "label", seL4_MessageInfo_get_label(info), 3);
    CHECK_EQ("Recv", "MR0", seL4_GetMR(0), 21);
    CHECK_EQ("Recv", "MR2", seL4_GetMR(2), 23);

    reset();
    rec.reply_mr[1] = 77;
    m1 = 0;
    (void)seL4_RecvWithMRs(4, &badge, 12, NULL, &m1, NULL, NULL);
    CHECK_EQ("RecvWithMRs", "a7", (long)rec.r[7], -7L);
    CHECK_EQ("RecvWithMRs", "a6 (reply)", rec.r[6], 12);
    CHECK_EQ("RecvWithMRs", "mr1", m1, 77);

    reset();
    (void)seL4_NBRecv(4, &badge, 10);
    CHECK_EQ("NBRecv", "a7", (long)rec.r[7], -8L);
    CHECK_EQ("NBRecv", "a6 (reply)", rec.r[6], 10);

    reset();
    rec.reply_badge = 0x40;
    rec.reply_info = (5UL << 12) | 1;
    rec.reply_mr[0] = 55;
    info = seL4_Wait(6, &badge);
    CHECK_EQ("Wait", "a7", (long)rec.r[7], -9L);
    CHECK_EQ("Wait", "a0", rec.r[0], 6);
    CHECK_EQ("Wait", "a6 (no reply)", rec.r[6], 0);
    CHECK_EQ("Wait", "badge", badge, 0x40);
    CHECK_EQ("Wait", "label", seL4_MessageInfo_get_label(info), 5);
    CHECK_EQ("Wait", "MR0", seL4_GetMR(0), 55);

    reset();
    rec.reply_mr[3] = 66;
    m3 = 0;
    (void)seL4_WaitWithMRs(6, &badge, NULL, NULL, NULL, &m3);
    CHECK_EQ("WaitWithMRs", "a7", (long)rec.r[7], -9L);
    CHECK_EQ("WaitWithMRs", "mr3", m3, 66);

    reset();
    (void)seL4_NBWait(6, &badge);
    CHECK_EQ("NBWait", "a7", (long)rec.r[7], -10L);
    CHECK_EQ("NBWait", "a6 (no reply)", rec.r[6], 0);
    reset();
    (void)seL4_Poll(6, &badge);
    CHECK_EQ("Poll", "a7 (NBWait)", (long)rec.r[7], -10L);

    reset();
    seL4_SetMR(0, 31);
    seL4_SetMR(3, 34);
    rec.reply_info = (0UL << 12) | 2;
    rec.reply_mr[0] = 41, rec.reply_mr[1] = 42;
    info = seL4_Call(3, seL4_MessageInfo_new(77, 0, 0, 4));
    CHECK_EQ("Call", "a7", (long)rec.r[7], -1L);
    CHECK_EQ("Call", "a0", rec.r[0], 3);
    CHECK_EQ("Call", "a2", rec.r[2], 31);
    CHECK_EQ("Call", "a5", rec.r[5], 34);
    CHECK_EQ("Call", "a6", rec.r[6], 0);
    CHECK_EQ("Call", "reply MR0", seL4_GetMR(0), 41);
    CHECK_EQ("Call", "reply MR1", seL4_GetMR(1), 42);
    CHECK_EQ("Call", "reply length", seL4_MessageInfo_get_length(info), 2);

    reset();
    m0 = 51;
    m1 = 52;
    rec.reply_mr[0] = 61;
    rec.reply_mr[1] = 62;
    (void)seL4_CallWithMRs(3, seL4_MessageInfo_new(1, 0, 0, 1), &m0, &m1, NULL, NULL);
    CHECK_EQ("CallWithMRs", "a2", rec.r[2], 51);
    CHECK_EQ("CallWithMRs", "a3 beyond length", rec.r[3], 0);
    CHECK_EQ("CallWithMRs", "out mr0", m0, 61);
    CHECK_EQ("CallWithMRs", "out mr1", m1, 62);

    reset();
    rec.reply_badge = 99;
    seL4_SetMR(1, 5);
    (void)seL4_ReplyRecv(2, seL4_MessageInfo_new(0, 0, 0, 2), &badge, 11);
    CHECK_EQ("ReplyRecv", "a7", (long)rec.r[7], -2L);
    CHECK_EQ("ReplyRecv", "a0 (source)", rec.r[0], 2);
    CHECK_EQ("ReplyRecv", "a6 (reply)", rec.r[6], 11);
    CHECK_EQ("ReplyRecv", "a3 (reply MR1)", rec.r[3], 5);
    CHECK_EQ("ReplyRecv", "badge", badge, 99);

    reset();
    m0 = 3;
    (void)seL4_ReplyRecvWithMRs(2, seL4_MessageInfo_new(0, 0, 0, 1), &badge, &m0, NULL, NULL, NULL, 13);
    CHECK_EQ("ReplyRecvWithMRs", "a7", (long)rec.r[7], -2L);
    CHECK_EQ("ReplyRecvWithMRs", "a6 (reply)", rec.r[6], 13);
    CHECK_EQ("ReplyRecvWithMRs", "a2", rec.r[2], 3);

    reset();
    rec.reply_badge = 0x31;
    seL4_SetMR(0, 8);
    seL4_SetMR(2, 9);
    (void)seL4_NBSendRecv(20, seL4_MessageInfo_new(6, 0, 0, 3), 2, &badge, 11);
    CHECK_EQ("NBSendRecv", "a7", (long)rec.r[7], -3L);
    CHECK_EQ("NBSendRecv", "t0 (dest)", rec.r[8], 20);
    CHECK_EQ("NBSendRecv", "a0 (source)", rec.r[0], 2);
    CHECK_EQ("NBSendRecv", "a6 (reply)", rec.r[6], 11);
    CHECK_EQ("NBSendRecv", "a1", rec.r[1], (6UL << 12) | 3);
    CHECK_EQ("NBSendRecv", "a2", rec.r[2], 8);
    CHECK_EQ("NBSendRecv", "a4", rec.r[4], 9);
    CHECK_EQ("NBSendRecv", "badge", badge, 0x31);

    reset();
    m0 = 4;
    m1 = 5;
    (void)seL4_NBSendRecvWithMRs(21, seL4_MessageInfo_new(0, 0, 0, 1), 2, &badge, &m0, &m1, NULL, NULL, 14);
    CHECK_EQ("NBSendRecvWithMRs", "a7", (long)rec.r[7], -3L);
    CHECK_EQ("NBSendRecvWithMRs", "t0 (dest)", rec.r[8], 21);
    CHECK_EQ("NBSendRecvWithMRs", "a6 (reply)", rec.r[6], 14);
    CHECK_EQ("NBSendRecvWithMRs", "a2", rec.r[2], 4);
    CHECK_EQ("NBSendRecvWithMRs", "a3 beyond length", rec.r[3], 0);

    reset();
    seL4_SetMR(0, 7);
    (void)seL4_NBSendWait(11, seL4_MessageInfo_new(0, 0, 0, 1), 2, &badge);
    CHECK_EQ("NBSendWait", "a7", (long)rec.r[7], -4L);
    CHECK_EQ("NBSendWait", "a6 (dest)", rec.r[6], 11);
    CHECK_EQ("NBSendWait", "a0 (source)", rec.r[0], 2);
    CHECK_EQ("NBSendWait", "t0", rec.r[8], 0);
    CHECK_EQ("NBSendWait", "a2", rec.r[2], 7);

    reset();
    m0 = 6;
    (void)seL4_NBSendWaitWithMRs(15, seL4_MessageInfo_new(0, 0, 0, 1), 2, &badge, &m0, NULL, NULL, NULL);
    CHECK_EQ("NBSendWaitWithMRs", "a7 (SysNBSendWait)", (long)rec.r[7], -4L);
    CHECK_EQ("NBSendWaitWithMRs", "a6 (dest)", rec.r[6], 15);
    CHECK_EQ("NBSendWaitWithMRs", "a2", rec.r[2], 6);

    reset();
    seL4_Yield();
    CHECK_EQ("Yield", "a7", (long)rec.r[7], -11L);

    reset();
    rec.reply_badge = 22;
    CHECK_EQ("DebugCapIdentify", "result", seL4_DebugCapIdentify(14), 22);
    CHECK_EQ("DebugCapIdentify", "a7", (long)rec.r[7], -15L);
    CHECK_EQ("DebugCapIdentify", "a0", rec.r[0], 14);

    reset();
    seL4_DebugNameThread(1, "rootserver");
    CHECK_EQ("DebugNameThread", "a7", (long)rec.r[7], -17L);
    CHECK_EQ("DebugNameThread", "name", strcmp((const char *)&rec.msg[0], "rootserver"), 0);
    reset();
    seL4_DebugSnapshot();
    CHECK_EQ("DebugSnapshot", "a7", (long)rec.r[7], -16L);
    reset();
    seL4_DebugDumpScheduler();
    CHECK_EQ("DebugDumpScheduler", "a7", (long)rec.r[7], -13L);
}
#endif

static void test_invocations(void)
{
    seL4_Error err;
    seL4_UserContext ctx;

    reset();
    err = seL4_Untyped_Retype(20, seL4_TCBObject, 11, 2, 100, 12, 300, 4);
    CHECK_EQ("Untyped_Retype", "result", err, 0);
    expect_call("Untyped_Retype", 20, LBL(L_Retype), 1, W(2), 6, W(1, 11, 100, 12, 300, 4));

    reset();
    seL4_TCB_ReadRegisters(1, 1, 0x12, 32, &ctx);
    expect_call("TCB_ReadRegisters", 1, LBL(L_ReadRegs), 0, NULL, 2, W(0x1201, 32));

    reset();
    rec.reply_info = 32;
    for (int i = 0; i < 4; i++) {
        rec.reply_mr[i] = 1000 + i;
    }
    for (int i = 4; i < 32; i++) {
        seL4_SetMR(i, 1000 + i);
    }
    err = seL4_TCB_ReadRegisters(1, 0, 0, 32, &ctx);
    CHECK_EQ("TCB_ReadRegisters", "pc", ctx.pc, 1000);
    CHECK_EQ("TCB_ReadRegisters", "gp", ctx.gp, 1003);
    CHECK_EQ("TCB_ReadRegisters", "s0", ctx.s0, 1004);
    CHECK_EQ("TCB_ReadRegisters", "a0", ctx.a0, 1016);
    CHECK_EQ("TCB_ReadRegisters", "t0", ctx.t0, 1024);
    CHECK_EQ("TCB_ReadRegisters", "tp", ctx.tp, 1031);

    reset();
    seL4_Word *cw = (seL4_Word *)&ctx;
    for (int i = 0; i < 32; i++) {
        cw[i] = 2000 + i;
    }
    seL4_TCB_WriteRegisters(1, 1, 0, 5, &ctx);
    {
        seL4_Word want[34];
        want[0] = 1;
        want[1] = 5;
        for (int i = 0; i < 32; i++) {
            want[2 + i] = 2000 + i;
        }
        expect_call("TCB_WriteRegisters", 1, LBL(L_WriteRegs), 0, NULL, 34, want);
    }

    reset();
    seL4_TCB_CopyRegisters(1, 30, 1, 0, 1, 1, 0);
    expect_call("TCB_CopyRegisters", 1, LBL(L_CopyRegs), 1, W(30), 1, W(0xd));

    reset();
#if SEL4TS_MCS
    seL4_TCB_Configure(31, 2, 0x55, 3, 0, 0x200000, 10);
    expect_call("TCB_Configure (MCS)", 31, LBL(L_Configure), 3, W(2, 3, 10), 3, W(0x55, 0, 0x200000));
#else
    seL4_TCB_Configure(31, 40, 2, 0x55, 3, 0, 0x200000, 10);
    expect_call("TCB_Configure", 31, LBL(L_Configure), 3, W(2, 3, 10), 4, W(40, 0x55, 0, 0x200000));
#endif

    reset();
    seL4_TCB_SetPriority(31, 1, 200);
    expect_call("TCB_SetPriority", 31, LBL(L_SetPrio), 1, W(1), 1, W(200));
    reset();
    seL4_TCB_SetMCPriority(31, 1, 201);
    expect_call("TCB_SetMCPriority", 31, LBL(L_SetMCP), 1, W(1), 1, W(201));
    reset();
#if SEL4TS_MCS
    seL4_TCB_SetSchedParams(31, 1, 202, 203, 40, 41);
    expect_call("TCB_SetSchedParams (MCS)", 31, LBL(L_SetSched), 3, W(1, 40, 41), 2, W(202, 203));
    reset();
    seL4_TCB_SetTimeoutEndpoint(31, 42);
    expect_call("TCB_SetTimeoutEndpoint", 31, LBL(L_SetTimeout), 1, W(42), 0, NULL);
#else
    seL4_TCB_SetSchedParams(31, 1, 202, 203);
    expect_call("TCB_SetSchedParams", 31, LBL(L_SetSched), 1, W(1), 2, W(202, 203));
#endif
    reset();
    seL4_TCB_SetIPCBuffer(31, 0x1000, 10);
    expect_call("TCB_SetIPCBuffer", 31, LBL(L_SetIPCBuf), 1, W(10), 1, W(0x1000));
    reset();
#if SEL4TS_MCS
    seL4_TCB_SetSpace(31, 40, 2, 0x66, 3, 0);
    expect_call("TCB_SetSpace (MCS)", 31, LBL(L_SetSpace), 3, W(40, 2, 3), 2, W(0x66, 0));
#else
    seL4_TCB_SetSpace(31, 40, 2, 0x66, 3, 0);
    expect_call("TCB_SetSpace", 31, LBL(L_SetSpace), 2, W(2, 3), 3, W(40, 0x66, 0));
#endif
    reset();
    seL4_TCB_Suspend(31);
    expect_call("TCB_Suspend", 31, LBL(L_Suspend), 0, NULL, 0, NULL);
    reset();
    seL4_TCB_Resume(31);
    expect_call("TCB_Resume", 31, LBL(L_Resume), 0, NULL, 0, NULL);
    reset();
    seL4_TCB_BindNotification(31, 33);
    expect_call("TCB_BindNotification", 31, LBL(L_BindNtfn), 1, W(33), 0, NULL);
    reset();
    seL4_TCB_UnbindNotification(31);
    expect_call("TCB_UnbindNotification", 31, LBL(L_UnbindNtfn), 0, NULL, 0, NULL);
    reset();
    seL4_TCB_SetTLSBase(31, 0xabc);
    expect_call("TCB_SetTLSBase", 31, LBL(L_SetTLS), 0, NULL, 1, W(0xabc));
#if SEL4TS_HAVE_TCB_SET_FLAGS
    reset();
    rec.reply_info = 1;
    rec.reply_mr[0] = 1;
    seL4_TCB_SetFlags_t sf = seL4_TCB_SetFlags(31, 0, 1);
    expect_call("TCB_SetFlags", 31, LBL(L_SetFlags), 0, NULL, 2, W(0, 1));
    CHECK_EQ("TCB_SetFlags", "error", sf.error, 0);
    CHECK_EQ("TCB_SetFlags", "flags", sf.flags, 1);
#endif

    reset();
    seL4_CNode_Revoke(2, 50, 64);
    expect_call("CNode_Revoke", 2, LBL(L_Revoke), 0, NULL, 2, W(50, 64));
    reset();
    seL4_CNode_Delete(2, 51, 64);
    expect_call("CNode_Delete", 2, LBL(L_Delete), 0, NULL, 2, W(51, 64));
    reset();
    seL4_CNode_CancelBadgedSends(2, 52, 64);
    expect_call("CNode_CancelBadgedSends", 2, LBL(L_Cancel), 0, NULL, 2, W(52, 64));
    reset();
    seL4_CNode_Copy(2, 53, 64, 2, 54, 64, seL4_CanRead);
    expect_call("CNode_Copy", 2, LBL(L_Copy), 1, W(2), 5, W(53, 64, 54, 64, 2));
    reset();
    seL4_CNode_Mint(2, 55, 64, 2, 56, 64, seL4_AllRights, 0x1234);
    expect_call("CNode_Mint", 2, LBL(L_Mint), 1, W(2), 6, W(55, 64, 56, 64, 0xf, 0x1234));
    reset();
    seL4_CNode_Move(2, 57, 64, 2, 58, 64);
    expect_call("CNode_Move", 2, LBL(L_Move), 1, W(2), 4, W(57, 64, 58, 64));
    reset();
    seL4_CNode_Mutate(2, 59, 64, 2, 60, 64, 0x99);
    expect_call("CNode_Mutate", 2, LBL(L_Mutate), 1, W(2), 5, W(59, 64, 60, 64, 0x99));
    reset();
    seL4_CNode_Rotate(2, 61, 64, 0x11, 70, 62, 63, 0x22, 71, 64, 62);
    expect_call("CNode_Rotate", 2, LBL(L_Rotate), 2, W(70, 71), 8, W(61, 64, 0x11, 62, 63, 0x22, 64, 62));
#if !SEL4TS_MCS
    reset();
    seL4_CNode_SaveCaller(2, 65, 64);
    expect_call("CNode_SaveCaller", 2, LBL(L_SaveCaller), 0, NULL, 2, W(65, 64));
#endif

    reset();
    seL4_IRQControl_Get(4, 10, 2, 66, 64);
    expect_call("IRQControl_Get", 4, LBL(L_IRQGet), 1, W(2), 3, W(10, 66, 64));
    reset();
    seL4_IRQControl_GetTrigger(4, 11, 1, 2, 67, 64);
    expect_call("IRQControl_GetTrigger", 4, LBL(L_IRQGetTrigger), 1, W(2), 4, W(11, 1, 67, 64));
    reset();
    seL4_IRQHandler_Ack(80);
    expect_call("IRQHandler_Ack", 80, LBL(L_IRQAck), 0, NULL, 0, NULL);
    reset();
    seL4_IRQHandler_SetNotification(80, 81);
    expect_call("IRQHandler_SetNotification", 80, LBL(L_IRQSet), 1, W(81), 0, NULL);
    reset();
    seL4_IRQHandler_Clear(80);
    expect_call("IRQHandler_Clear", 80, LBL(L_IRQClear), 0, NULL, 0, NULL);

    reset();
    seL4_DomainSet_Set(11, 0, 1);
    expect_call("DomainSet_Set", 11, LBL(L_DomSet), 1, W(1), 1, W(0));
#if SEL4TS_HAVE_DOMAIN_SCHEDULE
    reset();
    seL4_DomainSchedule_Configure(11, 3, 1, 500);
    expect_call("DomainSchedule_Configure", 11, LBL(L_DomSchedCfg), 0, NULL, 3, W(3, 1, 500));
    reset();
    seL4_DomainSchedule_SetStart(11, 2);
    expect_call("DomainSchedule_SetStart", 11, LBL(L_DomSchedStart), 0, NULL, 1, W(2));
#endif

#if SEL4TS_MCS
    reset();
    seL4_SchedControl_ConfigureFlags(50, 51, 1000, 5000, 3, 0x77, seL4_SchedContext_Sporadic);
    expect_call("SchedControl_ConfigureFlags", 50, LBL(L_SchedCtlCfg), 1, W(51), 5, W(1000, 5000, 3, 0x77, 1));
    reset();
    seL4_SchedControl_Configure(50, 51, 10000, 10000, 0, 9);
    expect_call("SchedControl_Configure", 50, LBL(L_SchedCtlCfg), 1, W(51), 5, W(10000, 10000, 0, 9, 0));
    reset();
    seL4_SchedContext_Bind(52, 31);
    expect_call("SchedContext_Bind", 52, LBL(L_SCBind), 1, W(31), 0, NULL);
    reset();
    seL4_SchedContext_Unbind(52);
    expect_call("SchedContext_Unbind", 52, LBL(L_SCUnbind), 0, NULL, 0, NULL);
    reset();
    seL4_SchedContext_UnbindObject(52, 33);
    expect_call("SchedContext_UnbindObject", 52, LBL(L_SCUnbindObj), 1, W(33), 0, NULL);
    reset();
    rec.reply_info = 1;
    rec.reply_mr[0] = 12345;
    seL4_SchedContext_Consumed_t sc_c = seL4_SchedContext_Consumed(52);
    expect_call("SchedContext_Consumed", 52, LBL(L_SCConsumed), 0, NULL, 0, NULL);
    CHECK_EQ("SchedContext_Consumed", "error", sc_c.error, 0);
    CHECK_EQ("SchedContext_Consumed", "consumed", sc_c.consumed, 12345);
    reset();
    rec.reply_info = 1;
    rec.reply_mr[0] = 678;
    seL4_SchedContext_YieldTo_t sc_y = seL4_SchedContext_YieldTo(52);
    expect_call("SchedContext_YieldTo", 52, LBL(L_SCYieldTo), 0, NULL, 0, NULL);
    CHECK_EQ("SchedContext_YieldTo", "error", sc_y.error, 0);
    CHECK_EQ("SchedContext_YieldTo", "consumed", sc_y.consumed, 678);
    reset();
    rec.reply_info = ((seL4_Word)seL4_RangeError << 12) | 2;
    rec.reply_mr[0] = 20;
    rec.reply_mr[1] = 1000;
    err = seL4_SchedControl_Configure(50, 51, 2000, 1000, 0, 0);
    CHECK_EQ("SchedControl error reply", "result", err, seL4_RangeError);
    CHECK_EQ("SchedControl error reply", "MR1", seL4_GetMR(1), 1000);
#endif

    reset();
    seL4_RISCV_PageTable_Map(90, 3, 0x40000000, seL4_RISCV_Default_VMAttributes);
    expect_call("PageTable_Map", 90, LBL(L_PTMap), 1, W(3), 2, W(0x40000000, 0));
    reset();
    seL4_RISCV_PageTable_Unmap(90);
    expect_call("PageTable_Unmap", 90, LBL(L_PTUnmap), 0, NULL, 0, NULL);
    reset();
    seL4_RISCV_Page_Map(91, 3, 0x40001000, seL4_ReadWrite, seL4_RISCV_ExecuteNever);
    expect_call("Page_Map", 91, LBL(L_PageMap), 1, W(3), 3, W(0x40001000, 3, 1));
    reset();
    seL4_RISCV_Page_Unmap(91);
    expect_call("Page_Unmap", 91, LBL(L_PageUnmap), 0, NULL, 0, NULL);
    reset();
    rec.reply_info = 1;
    rec.reply_mr[0] = 0x80123000;
    seL4_RISCV_Page_GetAddress_t ga = seL4_RISCV_Page_GetAddress(91);
    expect_call("Page_GetAddress", 91, LBL(L_PageGetAddr), 0, NULL, 0, NULL);
    CHECK_EQ("Page_GetAddress", "error", ga.error, 0);
    CHECK_EQ("Page_GetAddress", "paddr", ga.paddr, 0x80123000);
    reset();
    seL4_RISCV_ASIDControl_MakePool(5, 92, 2, 68, 64);
    expect_call("ASIDControl_MakePool", 5, LBL(L_MakePool), 2, W(92, 2), 2, W(68, 64));
    reset();
    seL4_RISCV_ASIDPool_Assign(6, 93);
    expect_call("ASIDPool_Assign", 6, LBL(L_Assign), 1, W(93), 0, NULL);

    /* Error reply: label = error, MRs kept for seL4_GetMR. */
    reset();
    rec.reply_info = ((seL4_Word)seL4_RangeError << 12) | 2;
    rec.reply_mr[0] = 1;
    rec.reply_mr[1] = 64;
    err = seL4_CNode_Delete(2, 1, 0);
    CHECK_EQ("error reply", "result", err, seL4_RangeError);
    CHECK_EQ("error reply", "MR0", seL4_GetMR(0), 1);
    CHECK_EQ("error reply", "MR1", seL4_GetMR(1), 64);

    reset();
    rec.reply_info = ((seL4_Word)seL4_FailedLookup << 12) | 3;
    rec.reply_mr[0] = 0;
    rec.reply_mr[1] = seL4_MissingCapability;
    rec.reply_mr[2] = 21;
    err = seL4_RISCV_Page_Map(91, 3, 0x40001000, seL4_ReadWrite, seL4_RISCV_Default_VMAttributes);
    CHECK_EQ("Page_Map failure", "result", err, seL4_FailedLookup);
    CHECK_EQ("Page_Map failure", "lookup level", seL4_MappingFailedLookupLevel(), 21);
}

static void linux_exit(int status)
{
    register long a0 __asm__("a0") = status;
    register long a7 __asm__("a7") = 94;
    __asm__ volatile("ecall" : : "r"(a0), "r"(a7) : "memory");
}

int main(void)
{
    test_bitfields();
    test_syscall_numbers();
    test_ipc();
    test_invocations();
    printf("sdk abi_test (SEL4TS_ABI=%d%s): %d passed, %d failed\n", SEL4TS_ABI, SEL4TS_MCS ? ", MCS" : "", passed, failed);
    linux_exit(failed ? 1 : 0);
    return 0;
}
