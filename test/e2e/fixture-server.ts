import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Server } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';
import { platformForHost } from '../../utils/platforms';

const HERE = fileURLToPath(new URL('.', import.meta.url));

export const FIXTURES = resolve(HERE, '../fixtures');
/** The in-page probe every fixture loads first: `test/fixtures/probe.js`. */
export const PROBE_PATH = '/betrokken-probe.js';

/** One request that reached the fixture server: every host name in the browser resolves to it. */
export interface LoggedRequest {
  scheme: 'https' | 'http';
  host: string;
  path: string;
}

export interface FixtureServer {
  /** Where HTTPS is served; every host name is mapped here. */
  port: number;
  /** Where plain HTTP (port 80 of every host) is mapped, only to log it. */
  httpPort: number;
  /** Every request received, HTTPS or plain HTTP, in order. */
  requests: LoggedRequest[];
  close(): Promise<void>;
}

/**
 * The page for `https://<platform host>/<path>?fixture=<name>`: `test/fixtures/<platform>/<name>.html`.
 * Without `fixture`, the shared page that records whether the content script ran before the page's own scripts.
 */
export function fixtureFile(host: string, url: URL): string | undefined {
  if (url.pathname === PROBE_PATH) return resolve(FIXTURES, 'probe.js');
  // A page shared by all hosts (the benchmark feed), by base name only.
  const shared = url.searchParams.get('fixture-file');
  if (shared && /^[a-z0-9-]+$/.test(shared) && existsSync(resolve(FIXTURES, `${shared}.html`))) {
    return resolve(FIXTURES, `${shared}.html`);
  }
  const platform = platformForHost(host);
  if (!platform) return undefined;
  const name = url.searchParams.get('fixture');
  if (!name) return resolve(FIXTURES, 'document-start.html');
  const file = resolve(FIXTURES, platform.id, `${name}.html`);
  return file.startsWith(resolve(FIXTURES, platform.id)) && existsSync(file) ? file : undefined;
}

/**
 * `?copies=<n>&of=<platform>/<name>` on any host: that fixture's body `n` times over in one page, without its
 * scripts, for the parser to stream (benchmarks). `benchDone` resolves to 0 once it is parsed.
 */
export function longParsedPage(url: URL): string | undefined {
  const copies = Number(url.searchParams.get('copies'));
  const of = url.searchParams.get('of') ?? '';
  const file = resolve(FIXTURES, `${of}.html`);
  if (!/^[a-z]+\/[a-z0-9-]+$/.test(of) || !(copies >= 1 && copies <= 100) || !existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8').replace(`<script src="${PROBE_PATH}"></script>`, '');
  const bodyStart = html.indexOf('>', html.indexOf('<body')) + 1;
  const bodyEnd = html.lastIndexOf('</body>');
  const body = html.slice(bodyStart, bodyEnd).replace(/<script[\s\S]*?<\/script>/g, '');
  const done = '<script>window.benchDone = Promise.resolve(0);</script>';
  return html.slice(0, bodyStart) + body.repeat(copies) + done + html.slice(bodyEnd);
}

/** Starts the fixture server: HTTPS with a certificate made now, and a plain HTTP port that only logs. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'betrokken.test' }], { keySize: 2048 });
  const requests: LoggedRequest[] = [];
  const handle = (scheme: LoggedRequest['scheme']) => (request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(request.url ?? '/', `https://${host}`);
    requests.push({ scheme, host, path: url.pathname + url.search });
    const generated = scheme === 'https' ? longParsedPage(url) : undefined;
    if (generated) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(generated);
      return;
    }
    const file = scheme === 'https' ? fixtureFile(host, url) : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  };
  const https = createHttpsServer({ key: pems.private, cert: pems.cert }, handle('https'));
  const http = createHttpServer(handle('http'));
  const listen = (server: Server) =>
    new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));
  const close = (server: Server & { closeAllConnections(): void }) =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return {
    port: await listen(https),
    httpPort: await listen(http),
    requests,
    close: async () => {
      await Promise.all([close(https), close(http)]);
    },
  };
}
