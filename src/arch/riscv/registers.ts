// riscv64 register conventions of seL4 (fact sheet §2, §9).
// x-register numbers used by the syscall ABI and the seL4_UserContext order.

export const REG_RA = 1;
export const REG_SP = 2;
export const REG_GP = 3;
export const REG_TP = 4;
/** a0: capability pointer in, badge out. */
export const REG_CAP = 10;
/** a1: seL4_MessageInfo. */
export const REG_MSGINFO = 11;
/** MCS a6: the reply object of Recv/NBRecv/ReplyRecv/NBSendRecv, the destination of NBSendWait. */
export const REG_REPLY = 16;
/** MCS t0: the destination of NBSendRecv. */
export const REG_NBSENDRECV_DEST = 5;
/** a7: syscall number. */
export const REG_SYSCALL = 17;

/** a2..a5 carry MR0..MR3 (n_msgRegisters = 4). */
export const MSG_REGISTERS = [12, 13, 14, 15] as const;
export const N_MSG_REGISTERS = 4;

/** seL4_UserContext index -> x register; index 0 (pc) is -1. */
export const USER_CONTEXT_X = [
  -1, 1, 2, 3, 8, 9, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, // frame registers (pc ra sp gp s0..s11)
  10, 11, 12, 13, 14, 15, 16, 17, 5, 6, 7, 28, 29, 30, 31, 4, // GP registers (a0..a7 t0..t6 tp)
] as const;
export const USER_CONTEXT_NAMES = [
  'pc', 'ra', 'sp', 'gp', 's0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11',
  'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 't0', 't1', 't2', 't3', 't4', 't5', 't6', 'tp',
];
export const FRAME_REGISTER_COUNT = 16;
export const GP_REGISTER_COUNT = 16;
export const USER_CONTEXT_WORDS = 32;

/** Registers of the UnknownSyscall fault message after FaultIP: SP RA A0..A6 (§8.2). */
export const UNKNOWN_SYSCALL_X = [2, 1, 10, 11, 12, 13, 14, 15, 16] as const;

/** scause values (fact sheet §12). */
export const enum Cause {
  InstructionMisaligned = 0,
  InstructionAccessFault = 1,
  IllegalInstruction = 2,
  Breakpoint = 3,
  LoadMisaligned = 4,
  LoadAccessFault = 5,
  StoreMisaligned = 6,
  StoreAccessFault = 7,
  UserEnvCall = 8,
  InstructionPageFault = 12,
  LoadPageFault = 13,
  StorePageFault = 15,
}
