import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const FIXTURES = path.resolve('tests/fixtures');
/** The page that started the project; the E2E tests use it when ../shared is beside the repo. */
export const SEED_PAGE = path.resolve('../shared/fixtures/seed-article-de.html');
export const hasSeedPage = existsSync(SEED_PAGE);

export interface FixtureServer {
  url(name: string): string;
  close(): Promise<void>;
}

/**
 * Serves the fixture pages from 127.0.0.1 only (the browser resolves nothing else), and pages a
 * test generates (`generated`: name → HTML), so that no multi-megabyte page is committed.
 */
export async function startFixtureServer(generated: Record<string, string> = {}): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    if (Object.hasOwn(generated, name)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(generated[name]);
      return;
    }
    const file = name === 'seed.html' ? SEED_PAGE : path.join(FIXTURES, path.basename(name, '.html'), 'source.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
