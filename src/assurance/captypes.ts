// What each capability type means to the assurance tools, in one table: the authority it confers (l4v
// Access.thy cap_auth_conferred, cap_rights_to_auth, reply_cap_rights_to_auth; RISCV64 ArchAccess.thy
// arch_cap_auth_conferred) and how capDL writes it (capDL-tool/doc/capDL.md cap_params). A new cap type (MCS:
// SchedContext, Reply objects) is one entry here plus its conversion from the kernel's Cap in snapshot.ts.
import type { CapType, SnapCap } from './snapshot.js';

export const AUTH_KINDS = [
  'Control', 'Receive', 'SyncSend', 'Notify', 'Reset', 'Grant', 'Call', 'Reply', 'Write', 'Read', 'DeleteDerived',
  'ASIDPoolMapsASID',
] as const;
export type Auth = (typeof AUTH_KINDS)[number];
/** l4v's UNIV: every authority kind. */
const ALL: readonly Auth[] = AUTH_KINDS;

/** cap_rights_to_auth (sync: endpoint) and the notification variant (Grant and GrantReply removed). */
function rightsToAuth(rights: string, sync: boolean): Auth[] {
  const r = rights.includes('R'), w = rights.includes('W');
  const g = sync && rights.includes('G'), gr = sync && rights.includes('P');
  if (g) return [...ALL];
  const out: Auth[] = ['Reset'];
  if (r) out.push('Receive');
  if (w) out.push(sync ? 'SyncSend' : 'Notify');
  if (gr && w) out.push('Call');
  return out;
}

/** vspace_cap_rights_to_auth. */
export function vmRightsToAuth(rights: string): Auth[] {
  const out: Auth[] = [];
  if (rights.includes('W')) out.push('Write');
  if (rights.includes('R')) out.push('Read');
  return out;
}

const asidParam = (asid: number): string => `asid: (${asid >> 9}, ${asid & 511})`;
/** capDL rights are R, W, G (and X for frames); seL4's GrantReply has no letter. */
const cdlRights = (r: string | undefined): string[] => ((r ?? '').replace('P', '') === '' ? [] : [(r ?? '').replace('P', '')]);

export interface CapKind {
  /** cap_auth_conferred: the kinds the cap confers on the object it names. */
  auth(c: SnapCap): Auth[];
  /** capDL: the object name (a reserved one for control caps; null: capDL has no syntax), parameters, note. */
  capdl(c: SnapCap): { name: string | null; params: string[]; note?: string };
}

const control: CapKind['auth'] = () => ['Control'];
const plain: CapKind['capdl'] = (c) => ({ name: c.object, params: [] });

export const CAP_KINDS: Record<CapType, CapKind> = {
  untyped: { auth: () => [], capdl: plain }, // its authority is sbta_untyped (authority.ts)
  endpoint: {
    auth: (c) => rightsToAuth(c.rights ?? '', true),
    capdl: (c) => ({
      name: c.object,
      params: [...(c.badge !== undefined && c.badge !== '0x0' ? [`badge: ${c.badge}`] : []), ...cdlRights(c.rights)],
      note: (c.rights ?? '').includes('P') ? 'GrantReply' : undefined,
    }),
  },
  notification: {
    auth: (c) => rightsToAuth(c.rights ?? '', false),
    capdl: (c) => ({ name: c.object, params: [...(c.badge !== undefined && c.badge !== '0x0' ? [`badge: ${c.badge}`] : []), ...cdlRights(c.rights)] }),
  },
  reply: {
    auth: (c) => (c.master || c.canGrant ? [...ALL] : ['Reply']),
    capdl: (c) => ({ name: c.object, params: [c.master ? 'master_reply' : 'reply'], note: !c.master && c.canGrant ? 'grant' : undefined }),
  },
  cnode: { auth: control, capdl: (c) => ({ name: c.object, params: [`guard: ${c.guard ?? '0x0'}`, `guard_size: ${c.guardSize ?? 0}`] }) },
  tcb: { auth: control, capdl: plain },
  irq_control: { auth: control, capdl: () => ({ name: 'irq_control', params: [] }) },
  irq_handler: { auth: control, capdl: plain },
  zombie: { auth: control, capdl: (c) => ({ name: null, params: [], note: `zombie of ${c.object}` }) },
  domain: { auth: control, capdl: () => ({ name: 'domain', params: [] }) },
  frame: {
    auth: (c) => vmRightsToAuth(c.rights ?? ''),
    capdl: (c) => ({
      name: c.object,
      params: [...cdlRights(c.rights), ...(c.mapping !== undefined ? [asidParam(c.mapping.asid)] : [])],
      note: c.mapping !== undefined ? `mapped at ${c.mapping.vaddr}` : undefined,
    }),
  },
  page_table: { auth: control, capdl: (c) => ({ name: c.object, params: c.mapping !== undefined ? [asidParam(c.mapping.asid)] : [] }) },
  asid_control: { auth: control, capdl: () => ({ name: 'asid_control', params: [] }) },
  asid_pool: { auth: control, capdl: (c) => ({ name: c.object, params: [asidParam(c.asidBase ?? 0)] }) },
  // MCS (l4v's RT access model): an SC cap and SchedControl confer control of the object.
  sched_context: { auth: control, capdl: plain },
  sched_control: { auth: control, capdl: () => ({ name: 'sched_control', params: [] }) },
};
