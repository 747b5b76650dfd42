/**
 * A recording HTTP proxy on loopback, for the privacy tests: the browser sends
 * every request through it (page loads included), and it writes each one
 * down. Requests to loopback are passed on; anything else is answered 403 at
 * once and never forwarded, so nothing leaves the machine even if a test fails.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface Recorded {
  /** GET, POST, CONNECT, UPGRADE, ... */
  method: string;
  /** The absolute URL (or host:port for CONNECT). */
  target: string;
  host: string;
  loopback: boolean;
}

export interface RecordingProxy {
  port: number;
  requests: Recorded[];
  /** Requests to anywhere but loopback. */
  outside(): Recorded[];
  close(): Promise<void>;
}

export const isLoopbackHost = (host: string): boolean => {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
};

function hostOf(target: string): { host: string; port: number } {
  // CONNECT names host:port; everything else is an absolute URL.
  const authority = /^\[?([^\]/]*?)\]?:(\d+)$/.exec(target);
  if (authority) return { host: authority[1], port: Number(authority[2]) };
  try {
    const u = new URL(target);
    return { host: u.hostname, port: Number(u.port) || (u.protocol === 'https:' ? 443 : 80) };
  } catch {
    return { host: target, port: 0 };
  }
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: Recorded[] = [];
  const record = (method: string, target: string) => {
    const { host } = hostOf(target);
    const entry = { method, target, host, loopback: isLoopbackHost(host) };
    requests.push(entry);
    return entry;
  };
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const entry = record(req.method ?? 'GET', req.url ?? '');
    if (!entry.loopback) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('blocked by the test proxy');
      return;
    }
    const { host, port } = hostOf(req.url ?? '');
    const u = new URL(req.url ?? '');
    const upstream = httpRequest({ host, port, method: req.method, path: u.pathname + u.search, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const entry = record('CONNECT', req.url ?? '');
    if (!entry.loopback) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const { host, port } = hostOf(req.url ?? '');
    const upstream = connect(port, host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    record('UPGRADE', req.url ?? '');
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    outside: () => requests.filter((r) => !r.loopback),
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
