/*
 * sel4ts SDK -- end-to-end smoke test of the invocation stubs on sel4ts.
 *
 * A rootserver that retypes objects, mints and signals, provokes error
 * replies (DeleteFirst, RangeError with bounds, FailedLookup level), maps a
 * page (creating page tables as needed), and starts a second thread with
 * TCB_Configure / WriteRegisters / Resume.  Ends with "smoke: N passed,
 * M failed".  Build with `make -C sdk/tests smoke` (ABIs 13, 14, 16) and run:
 *   node dist/src/tools/cli.js run sdk/tests/build/smoke-16.elf --sel4-abi 16.0.0
 */
#include <stdio.h>
#include <sel4/sel4.h>

#define CHECK(e) do { int _r = (e); if (_r) { printf("FAIL %s -> %s (MR0=%lu MR1=%lu)\n", #e, sel4ts_error_name(_r), seL4_GetMR(0), seL4_GetMR(1)); fails++; } else passes++; } while (0)
static int passes, fails;
static seL4_CPtr ntfn_cap;
static char stack2[4096] __attribute__((aligned(16)));
static volatile int thread_ran;

static void thread_fn(void)
{
    thread_ran = 1;
    seL4_Signal(ntfn_cap);
    for (;;) seL4_Yield();
}

int main(void)
{
    seL4_BootInfo *bi = seL4_GetBootInfo();
    seL4_CPtr ut = 0;
    for (seL4_Word i = 0; i < bi->untyped.end - bi->untyped.start; i++) {
        if (!bi->untypedList[i].isDevice && bi->untypedList[i].sizeBits >= 20) { ut = bi->untyped.start + i; break; }
    }
    seL4_CPtr s = bi->empty.start;
    seL4_CPtr ep = s++, ntfn = s++, frame = s++, tcb = s++, minted = s++, pt = s++, copy = s++;
    ntfn_cap = ntfn;
    CHECK(seL4_Untyped_Retype(ut, seL4_EndpointObject, 0, seL4_CapInitThreadCNode, 0, 0, ep, 1));
    CHECK(seL4_Untyped_Retype(ut, seL4_NotificationObject, 0, seL4_CapInitThreadCNode, 0, 0, ntfn, 1));
    CHECK(seL4_Untyped_Retype(ut, seL4_RISCV_4K_Page, 0, seL4_CapInitThreadCNode, 0, 0, frame, 1));
    CHECK(seL4_Untyped_Retype(ut, seL4_TCBObject, 0, seL4_CapInitThreadCNode, 0, 0, tcb, 1));
    CHECK(seL4_Untyped_Retype(ut, seL4_RISCV_PageTableObject, 0, seL4_CapInitThreadCNode, 0, 0, pt, 1));
    printf("cap types: ep %u ntfn %u frame %u tcb %u pt %u\n", seL4_DebugCapIdentify(ep), seL4_DebugCapIdentify(ntfn),
           seL4_DebugCapIdentify(frame), seL4_DebugCapIdentify(tcb), seL4_DebugCapIdentify(pt));
    CHECK(seL4_CNode_Mint(seL4_CapInitThreadCNode, minted, 64, seL4_CapInitThreadCNode, ntfn, 64, seL4_AllRights, 0x40));
    seL4_Signal(minted);
    seL4_Word badge = 0;
    seL4_Poll(ntfn, &badge);
    printf("poll badge 0x%lx\n", badge);
    passes += badge == 0x40; fails += badge != 0x40;
    /* error path: retype into an occupied slot */
    int e = seL4_Untyped_Retype(ut, seL4_EndpointObject, 0, seL4_CapInitThreadCNode, 0, 0, ep, 1);
    printf("retype into occupied slot -> %s\n", sel4ts_error_name(e));
    passes += e == seL4_DeleteFirst; fails += e != seL4_DeleteFirst;
    e = seL4_CNode_Delete(seL4_CapInitThreadCNode, ep, 0);
    printf("delete depth 0 -> %s [%lu, %lu]\n", sel4ts_error_name(e), seL4_GetMR(0), seL4_GetMR(1));
    passes += e == seL4_RangeError && seL4_GetMR(0) == 1 && seL4_GetMR(1) == 64; fails += !(e == seL4_RangeError);
    /* map a frame */
    seL4_Word va = 0x40000000UL;
    e = seL4_RISCV_Page_Map(frame, seL4_CapInitThreadVSpace, va, seL4_ReadWrite, seL4_RISCV_Default_VMAttributes);
    printf("page map without PT -> %s level %lu\n", sel4ts_error_name(e), seL4_MappingFailedLookupLevel());
    while (e == seL4_FailedLookup) {
        CHECK(seL4_RISCV_PageTable_Map(pt, seL4_CapInitThreadVSpace, va, seL4_RISCV_Default_VMAttributes));
        pt = s++;
        CHECK(seL4_Untyped_Retype(ut, seL4_RISCV_PageTableObject, 0, seL4_CapInitThreadCNode, 0, 0, pt, 1));
        e = seL4_RISCV_Page_Map(frame, seL4_CapInitThreadVSpace, va, seL4_ReadWrite, seL4_RISCV_Default_VMAttributes);
    }
    CHECK(e);
    *(volatile seL4_Word *)va = 0x1234;
    seL4_RISCV_Page_GetAddress_t ga = seL4_RISCV_Page_GetAddress(frame);
    printf("frame paddr 0x%lx err %d, value 0x%lx\n", ga.paddr, ga.error, *(volatile seL4_Word *)va);
    CHECK(seL4_CNode_Copy(seL4_CapInitThreadCNode, copy, 64, seL4_CapInitThreadCNode, ep, 64, seL4_CanRead));
    CHECK(seL4_CNode_Delete(seL4_CapInitThreadCNode, copy, 64));
    /* a second thread */
    CHECK(seL4_TCB_Configure(tcb, 0, seL4_CapInitThreadCNode, 0, seL4_CapInitThreadVSpace, 0, 0, 0));
    CHECK(seL4_TCB_SetPriority(tcb, seL4_CapInitThreadTCB, 254));
    seL4_UserContext ctx = {0};
    ctx.pc = (seL4_Word)thread_fn;
    ctx.sp = (seL4_Word)(stack2 + sizeof(stack2));
    __asm__("mv %0, gp" : "=r"(ctx.gp));
    CHECK(seL4_TCB_WriteRegisters(tcb, 0, 0, 32, &ctx));
    seL4_UserContext rd;
    CHECK(seL4_TCB_ReadRegisters(tcb, 0, 0, 32, &rd));
    printf("readback pc ok %d sp ok %d\n", rd.pc == ctx.pc, rd.sp == ctx.sp);
    passes += rd.pc == ctx.pc; fails += rd.pc != ctx.pc;
    seL4_DebugNameThread(tcb, "worker");
    CHECK(seL4_TCB_Resume(tcb));
    seL4_Wait(ntfn, &badge);
    printf("worker ran %d, badge 0x%lx\n", thread_ran, badge);
    passes += thread_ran; fails += !thread_ran;
#if SEL4TS_HAVE_TCB_SET_FLAGS
    seL4_TCB_SetFlags_t f = seL4_TCB_SetFlags(tcb, 0, seL4_TCBFlag_fpuDisabled);
    printf("setflags err %d flags %lu\n", f.error, f.flags);
#endif
    CHECK(seL4_TCB_Suspend(tcb));
    printf("smoke: %d passed, %d failed\n", passes, fails);
    return 0;
}
