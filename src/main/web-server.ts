// `npm run web`, and the server the browser tests load the app from: the built renderer on 127.0.0.1, answered by the
// same function as Electron's app:// handler, so a browser gets the app with the same files, types and policy.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveAppRequest } from './app-protocol';

/** The port `npm run web` listens on when none is given: the same each time, so the library (per origin) stays. */
export const DEFAULT_WEB_PORT = 4180;

async function answer(rendererFolder: string, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const request = new Request(new URL(incoming.url ?? '/', 'http://127.0.0.1'), { method: incoming.method ?? 'GET' });
  const response = await serveAppRequest(request, rendererFolder);
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/** Serves `rendererFolder` on 127.0.0.1:`port` (0 for any free port); resolves once it listens. */
export function startWebServer(rendererFolder: string, port: number): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    answer(rendererFolder, incoming, outgoing).catch(() => {
      outgoing.writeHead(500).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** The port from `--port N` on the command line, or the default. */
export function portFromArgs(args: readonly string[]): number {
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args[at + 1]) : DEFAULT_WEB_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Not a port: ${args[at + 1] ?? ''}`);
  return port;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rendererFolder = fileURLToPath(new URL('../renderer', import.meta.url));
  startWebServer(rendererFolder, portFromArgs(process.argv.slice(2))).then(
    (server) => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      console.log(`Newsroom Annotator in the browser: http://127.0.0.1:${port}/ (Ctrl+C stops it)`);
    },
    (error: unknown) => {
      console.error(
        `Newsroom Annotator could not start its web server: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    },
  );
}
