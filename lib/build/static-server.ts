import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import handler from 'serve-handler';

/**
 * Serves a built site (out/) from inside this process, the way `npx serve` does (same library),
 * for as long as `work` runs. In-process and on a port the system picks, so nothing can be left
 * running after a failure or Ctrl-C, and no other server can answer in its place (a PDF was once
 * made of a stranger's 404 page that held a fixed port).
 */
export async function withStaticSite<T>(dir: string, work: (origin: string) => Promise<T>): Promise<T> {
  // gzip like `serve` and every static host: the benchmark measures what readers download.
  const gzip = compression();
  const server = http.createServer((req, res) =>
    gzip(req as Parameters<typeof gzip>[0], res as Parameters<typeof gzip>[1], () => void handler(req, res, { public: dir, trailingSlash: true, directoryListing: false })),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  try {
    return await work(`http://127.0.0.1:${port}`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
