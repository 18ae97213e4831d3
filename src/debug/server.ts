// GDB remote protocol over TCP for one System: waits for GDB before the first instruction, serves one connection
// at a time, and survives a dropped connection (the run stays stopped where it was; the next `target remote`
// continues it). Node only (the browser playground does not use it).
import { createServer, Server, Socket } from 'node:net';
import { System, RunResult, StopReason } from '../system.js';
import { GdbStub } from './stub.js';
import { RspReader, frame, textToHex } from './rsp.js';

export interface GdbServerOptions {
  host: string;
  port: number;
  /** Diagnostics for the person running sel4ts (stderr in the CLI). */
  log: (line: string) => void;
  /** Called once the port is bound (the port actually used when 0 was asked for). */
  onListening?: (port: number) => void;
}

export class GdbSetupError extends Error {}

export interface GdbSessionResult {
  /** How the run ended; null when GDB killed it or detached before the end. */
  result: RunResult | null;
  /** GDB detached: the caller lets the run finish without a debugger. */
  detached: boolean;
}

/** Serve GDB until the run ends (and GDB has gone), GDB kills it, or GDB detaches. */
export function serveGdb(sys: System, opts: GdbServerOptions): Promise<GdbSessionResult> {
  const stub = new GdbStub(sys, { log: opts.log });
  return new Promise<GdbSessionResult>((resolve, reject) => {
    let client: Socket | null = null;
    /** Stops the current connection's run loop at once (before its socket's close event arrives). */
    let dropClient: (() => void) | null = null;
    let done = false;
    const server: Server = createServer();
    const finish = (r: GdbSessionResult) => {
      if (done) return;
      done = true;
      server.close();
      if (client !== null) client.destroy();
      resolve(r);
    };
    server.on('error', (e: NodeJS.ErrnoException) => {
      if (done) return;
      done = true;
      reject(new GdbSetupError(`cannot listen for GDB on ${opts.host}:${opts.port}: ${e.code ?? e.message}`));
    });
    server.listen(opts.port, opts.host, () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : opts.port;
      opts.log(`sel4ts: waiting for GDB on ${opts.host}:${port} (target remote ${opts.host}:${port})`);
      opts.onListening?.(port);
    });
    server.on('connection', (sock) => {
      if (client !== null) {
        // The old connection may be gone without our having seen it yet (we were running): the new one wins.
        opts.log('sel4ts: a new GDB connection replaces the previous one');
        dropClient?.();
        client.destroy();
      }
      client = sock;
      sock.setNoDelay(true);
      opts.log('sel4ts: GDB connected');
      const reader = new RspReader();
      let noAck = false;
      let running = false;
      let closed = false;
      const send = (payload: string) => {
        if (!closed) sock.write(frame(payload), 'latin1');
      };
      const flushNotes = () => {
        for (const n of stub.notes.splice(0)) send('O' + textToHex(n));
      };
      const loop = () => {
        if (!running || closed) return;
        let stop: string | null;
        try {
          stop = stub.runSlice();
        } catch (e) {
          // A JS exception out of the kernel is a sel4ts bug: report it and end the session as the CLI would.
          running = false;
          finish({ result: null, detached: false });
          reject(e);
          return;
        }
        flushNotes();
        if (stop === null) { setImmediate(loop); return; }
        running = false;
        send(stop);
      };
      sock.on('data', (chunk: Buffer) => {
        for (const ev of reader.push(chunk)) {
          if (ev.kind === 'interrupt') { if (running) stub.interrupt(); continue; }
          if (ev.kind === 'ack' || ev.kind === 'nak') continue;
          if (ev.kind === 'bad') { if (!noAck) sock.write('-'); opts.log(`sel4ts: gdb: bad packet (${ev.reason})`); continue; }
          if (!noAck) sock.write('+');
          if (running) continue; // all-stop: nothing but ^C is expected while the target runs
          const p = ev.data;
          const a = stub.handle(p);
          if (p === 'QStartNoAckMode' && a.kind === 'reply' && a.data === 'OK') { send('OK'); noAck = true; continue; }
          switch (a.kind) {
            case 'reply':
              if (p.startsWith('qRcmd,')) flushNotes();
              send(a.data);
              break;
            case 'resume':
              running = true;
              setImmediate(loop);
              break;
            case 'kill':
              if (a.data !== null) send(a.data);
              finish({ result: stub.result, detached: false });
              return;
            case 'detach':
              send('OK');
              stub.removeAllPoints();
              stub.dbg.detach();
              opts.log('sel4ts: GDB detached; the run continues');
              finish({ result: stub.result, detached: stub.result === null });
              return;
          }
        }
      });
      const drop = () => {
        closed = true;
        if (running) stub.pause();
        running = false;
      };
      dropClient = drop;
      sock.on('error', () => { /* reported by close */ });
      sock.on('close', () => {
        drop();
        if (client === sock) client = null;
        if (done || client !== null) return;
        if (stub.result !== null) { finish({ result: stub.result, detached: false }); return; }
        opts.log('sel4ts: GDB disconnected; the system is stopped, waiting for a new connection');
      });
    });
  });
}

/** Result to report when GDB killed the run before it ended. */
export function killedResult(sys: System): RunResult {
  return {
    reason: StopReason.Debug, instructions: sys.instructions, kernelEntries: sys.ks.entries, cycles: sys.cycles,
    message: 'killed by GDB',
  };
}
