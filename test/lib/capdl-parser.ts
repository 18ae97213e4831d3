// A parser for the capDL language as seL4/capdl capDL-tool/doc/capDL.md (revision 1.1) defines it: lexical
// tokens (decimal, 0x hex and 0-prefixed octal numbers, identifiers [a-zA-Z][a-zA-Z0-9_@]*, nested /* */ and
// -- comments), objects (qualified names, ranges, parameters, nested declarations), caps (cap name
// declarations, slots including symbolic ones, cap names, cap references <name>, parameters, parents), irq_maps,
// cdt and domains. Tests use it to read sel4ts's .cdl output back.

export interface CdlObject { type: string; params: Record<string, unknown> }
export interface CdlCap {
  object: string;
  rights?: string;
  badge?: bigint;
  guard?: bigint;
  guardSize?: number;
  reply?: boolean;
  masterReply?: boolean;
  asid?: [number, number];
  masked?: string;
  cached?: boolean;
  ref?: boolean;
  parent?: [string, number] | string;
}
export interface CdlModel {
  arch: string;
  objects: Map<string, CdlObject>;
  /** container → slot → cap */
  caps: Map<string, Map<number, CdlCap>>;
  capNames: Map<string, [string, number]>;
  cdt: { parent: [string, number] | string; child: [string, number] | string }[];
  irqMaps: Map<number, string>;
  domains?: { schedule: [number, number][]; startIndex: number };
}

type Tok = { k: 'num'; v: bigint } | { k: 'id'; v: string } | { k: 'sym'; v: string } | { k: 'eof' };

const SYMBOLIC_SLOTS: Record<string, number> = { cspace: 0, vspace: 1, reply_slot: 2, caller_slot: 3, ipc_buffer_slot: 4 };
const OBJECT_TYPES = ['ep', 'notification', 'tcb', 'cnode', 'ut', 'irq', 'asid_pool', 'pt', 'pd', 'frame', 'io_ports', 'io_device', 'io_pt', 'vcpu'];

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (src.startsWith('--', i)) { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (src.startsWith('/*', i)) {
      let depth = 0;
      do {
        if (src.startsWith('/*', i)) { depth++; i += 2; } else if (src.startsWith('*/', i)) { depth--; i += 2; } else if (i >= src.length) throw new Error('unterminated comment'); else i++;
      } while (depth > 0);
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(0x[0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(src.slice(i))!;
      const t = m[1];
      out.push({ k: 'num', v: t.startsWith('0x') ? BigInt(t) : t.length > 1 && t.startsWith('0') ? BigInt('0o' + t.slice(1)) : BigInt(t) });
      i += t.length;
      continue;
    }
    if (/[a-zA-Z]/.test(c)) {
      const m = /^[a-zA-Z][a-zA-Z0-9_@]*/.exec(src.slice(i))!;
      out.push({ k: 'id', v: m[0] });
      i += m[0].length;
      continue;
    }
    if (src.startsWith('..', i)) { out.push({ k: 'sym', v: '..' }); i += 2; continue; }
    if ('{}()[],:;=/<>.-'.includes(c)) { out.push({ k: 'sym', v: c }); i++; continue; }
    throw new Error(`unexpected character '${c}' at offset ${i}`);
  }
  out.push({ k: 'eof' });
  return out;
}

export function parseCapDL(src: string): CdlModel {
  const t = lex(src);
  let p = 0;
  const peek = (o = 0) => t[p + o];
  const isSym = (s: string, o = 0) => { const x = peek(o); return x.k === 'sym' && x.v === s; };
  const isId = (s?: string, o = 0) => { const x = peek(o); return x.k === 'id' && (s === undefined || x.v === s); };
  const fail = (what: string): never => { throw new Error(`capDL parse error at token ${p} (${JSON.stringify(peek())}): expected ${what}`); };
  const sym = (s: string) => { if (!isSym(s)) fail(`'${s}'`); p++; };
  const ident = (s?: string): string => { if (!isId(s)) fail(s ?? 'identifier'); return (t[p++] as { v: string }).v; };
  const num = (): bigint => { const x = peek(); if (x.k !== 'num') fail('number'); p++; return (x as { v: bigint }).v; };
  const ranges = (): string => {
    if (!isSym('[')) return '';
    sym('[');
    const parts: string[] = [];
    while (!isSym(']')) {
      let r = '';
      if (isSym('..')) { p++; r = '..' + num(); } else { r = String(num()); if (isSym('..')) { p++; r += '..'; if (peek().k === 'num') r += String(num()); } }
      parts.push(r);
      if (!isSym(',')) break;
      p++;
    }
    sym(']');
    return `[${parts.join(',')}]`;
  };
  const nameRef = (): string => ident() + ranges();
  const slot = (): number => {
    if (peek().k === 'num') return Number(num());
    const s = ident();
    if (!(s in SYMBOLIC_SLOTS)) fail('slot');
    return SYMBOLIC_SLOTS[s];
  };
  const isSlotStart = () => peek().k === 'num' || (isId() && (peek() as { v: string }).v in SYMBOLIC_SLOTS && isSym(':', 1));
  const slotRef = (): [string, number] | string => {
    if (isSym('(')) { sym('('); const n = nameRef(); sym(','); const s = slot(); sym(')'); return [n, s]; }
    return nameRef();
  };
  const rightsTok = (): string => { const r = ident(); if (!/^[RWGX]+$/.test(r)) fail('rights'); return r; };

  const model: CdlModel = { arch: '', objects: new Map(), caps: new Map(), capNames: new Map(), cdt: [], irqMaps: new Map() };
  ident('arch');
  model.arch = ident();

  const objectDecl = (prefix: string): void => {
    const q: string[] = [nameRef()];
    while (isSym('/')) { p++; q.push(nameRef()); }
    sym('=');
    const type = ident();
    if (!OBJECT_TYPES.includes(type)) fail('object type');
    const params: Record<string, unknown> = {};
    if (isSym('(')) {
      sym('(');
      while (!isSym(')')) {
        if (peek().k === 'num') {
          const n = num();
          if (isId('bits')) { p++; params.bits = Number(n); }
          else if (isId('k') && isId('ports', 1)) { p += 2; params.ports = Number(n) * 1024; }
          else if (isId('k')) { p++; params.vmSize = Number(n) * 1024; }
          else if (isId('M')) { p++; params.vmSize = Number(n) * 1024 * 1024; }
          else if (isSym(':')) { p++; const d = num(); sym('.'); const f = num(); params.pci = [Number(n), Number(d), Number(f)]; }
          else fail('object parameter');
        } else {
          const key = ident();
          sym(':');
          if (key === 'init') { sym('['); const l: bigint[] = []; while (!isSym(']')) { l.push(num()); if (isSym(',')) p++; } sym(']'); params.init = l; }
          else if (['level', 'dom', 'paddr', 'domainID'].includes(key)) params[key] = num();
          else fail('object parameter');
        }
        if (!isSym(',')) break;
        p++;
      }
      sym(')');
    }
    const name = prefix + q.join('/');
    model.objects.set(q[q.length - 1], { type, params });
    if (isSym('{')) {
      sym('{');
      while (!isSym('}')) {
        if (isSym('=', 1) || isSym('/', 1) || (isSym('[', 1))) {
          // obj_decl (possibly with ranges) or a bare name_ref: decide by looking for '='
          const save = p;
          nameRef();
          while (isSym('/')) { p++; nameRef(); }
          const isDecl = isSym('=');
          p = save;
          if (isDecl) objectDecl(name + '/'); else nameRef();
        } else {
          nameRef();
        }
        if (isSym(',')) p++;
      }
      sym('}');
    }
  };

  const capParams = (c: CdlCap): void => {
    if (!isSym('(')) return;
    sym('(');
    for (;;) {
      const x = peek();
      if (x.k !== 'id') fail('cap parameter');
      const key = (x as { v: string }).v;
      if (key === 'masked') { p++; sym(':'); c.masked = rightsTok(); }
      else if (key === 'guard') { p++; sym(':'); c.guard = num(); }
      else if (key === 'guard_size') { p++; sym(':'); c.guardSize = Number(num()); }
      else if (key === 'badge') { p++; sym(':'); c.badge = num(); }
      else if (key === 'ports') { p++; sym(':'); ranges(); }
      else if (key === 'reply') { p++; c.reply = true; }
      else if (key === 'master_reply') { p++; c.masterReply = true; }
      else if (key === 'asid') { p++; sym(':'); sym('('); const hi = Number(num()); sym(','); const lo = Number(num()); sym(')'); c.asid = [hi, lo]; }
      else if (key === 'cached') { p++; c.cached = true; }
      else if (key === 'uncached') { p++; c.cached = false; }
      else c.rights = (c.rights ?? '') + rightsTok();
      if (!isSym(',')) break;
      p++;
    }
    sym(')');
  };
  const parent = (c: CdlCap): void => {
    if (isSym('-') && isId('child_of', 1)) { p += 2; c.parent = slotRef(); }
  };

  const capDecl = (): void => {
    const container = nameRef();
    sym('{');
    const slots = model.caps.get(container) ?? new Map<number, CdlCap>();
    model.caps.set(container, slots);
    let next = 0;
    while (!isSym('}')) {
      let s = next;
      if (isSlotStart() && isSym(':', 1)) { s = slot(); sym(':'); }
      let capName: string | null = null;
      if (isId() && isSym('=', 1)) { capName = ident(); sym('='); }
      else if (isId() && isSym('[', 1)) {
        const save = p; nameRef();
        if (isSym('=')) { capName = t.slice(save, p).map((x) => (x as { v: unknown }).v).join(''); sym('='); } else p = save;
      }
      let c: CdlCap;
      if (isSym('<')) { sym('<'); c = { object: nameRef(), ref: true }; sym('>'); capParams(c); parent(c); }
      else { c = { object: nameRef() }; capParams(c); parent(c); }
      slots.set(s, c);
      if (capName !== null) model.capNames.set(capName, [container, s]);
      next = s + 1;
      if (isSym(';')) p++;
    }
    sym('}');
  };

  const cdtDecl = (par: [string, number] | string): void => {
    sym('{');
    while (!isSym('}')) {
      const child = slotRef();
      model.cdt.push({ parent: par, child });
      if (isSym('{')) cdtDecl(child);
      if (isSym(';')) p++;
    }
    sym('}');
  };

  let sections = 0;
  while (peek().k !== 'eof') {
    const kw = ident();
    sections++;
    sym('{');
    if (kw === 'objects') {
      while (!isSym('}')) objectDecl('');
    } else if (kw === 'caps') {
      while (!isSym('}')) {
        if (isId() && isSym('=', 1)) { const n = ident(); sym('='); sym('('); const c = nameRef(); sym(','); const s = slot(); sym(')'); model.capNames.set(n, [c, s]); }
        else capDecl();
      }
    } else if (kw === 'irq_maps') {
      let next = 0;
      while (!isSym('}')) {
        let irq = next;
        if (peek().k === 'num' && isSym(':', 1)) { irq = Number(num()); sym(':'); }
        model.irqMaps.set(irq, nameRef());
        next = irq + 1;
        if (isSym(';')) p++;
      }
    } else if (kw === 'cdt') {
      while (!isSym('}')) { const par = slotRef(); cdtDecl(par); }
    } else if (kw === 'domains') {
      ident('schedule'); sym(':'); sym('[');
      const schedule: [number, number][] = [];
      while (!isSym(']')) { sym('('); const d = Number(num()); sym(','); const l = Number(num()); sym(')'); schedule.push([d, l]); if (isSym(',')) p++; }
      sym(']');
      let startIndex = 0;
      if (isId('start_index')) { p++; sym(':'); startIndex = Number(num()); }
      model.domains = { schedule, startIndex };
    } else {
      fail("'objects', 'caps', 'irq_maps', 'cdt' or 'domains'");
    }
    sym('}');
  }
  if (sections === 0) fail('a section');
  return model;
}
