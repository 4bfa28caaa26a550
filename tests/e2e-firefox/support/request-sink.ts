import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * The proxy Firefox is told to use for every non-loopback request: it answers each one with
 * 403 and remembers where Firefox wanted to go. A proxy that refuses everything keeps the
 * browser off the network even for the connections no pref switches off, and the list it keeps
 * shows what tried to leave (Firefox's own services as well as any page or extension).
 */
export interface RequestSink {
  port: number;
  /** `CONNECT example.org:443` / `GET http://example.org/…` request lines, in arrival order. */
  attempts: string[];
  close(): Promise<void>;
}

export async function startRequestSink(): Promise<RequestSink> {
  const attempts: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (chunk) => {
      const requestLine = chunk.toString('latin1').split('\r\n', 1)[0] ?? '';
      attempts.push(requestLine.replace(/ HTTP\/\d(\.\d)?$/, ''));
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
