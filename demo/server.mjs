// Demo server for the two fictional case systems Sidevogn is shown and E2E-tested on.
// No dependencies: plain node:http serving demo/public/, plus the few POST endpoints the demo
// forms use, so tests can prove that host forms still submit with Sidevogn on the page.
import { createServer } from 'node:http';
import { Buffer } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { URLSearchParams, fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, extname, join, normalize, sep } from 'node:path';

const HERE = dirname(fileURLToPath(import.meta.url));
const PUBLIC_DIR = join(HERE, 'public');
const MAX_BODY = 1024 * 1024;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The screens, in the order the start-up message lists them (Danish labels for people). */
export const DEMO_SCREENS = [
  ['/dubu/sag/2025-0412/overblik.html', 'DUBU-demo: sagsoverblik (Liva, sag 2025-0412)'],
  ['/dubu/sag/2025-0412/underretning.html', 'DUBU-demo: underretning (barnets lov §§ 132–133)'],
  ['/dubu/sag/2025-0412/undersoegelse.html', 'DUBU-demo: børnefaglig undersøgelse (§ 20)'],
  ['/dubu/sag/2025-0412/afgoerelse.html', 'DUBU-demo: afgørelse om støttende indsats (§ 32)'],
  ['/dubu/sag/2025-0412/journal.html', 'DUBU-demo: journal (stor side, over 5.000 elementer)'],
  ['/nexus/borger/4711/overblik', 'Nexus-demo: borgeroverblik (Aase Mikkelsen)'],
  ['/nexus/borger/4711/funktionsevne', 'Nexus-demo: funktionsevne (FSIII)'],
  ['/nexus/borger/4711/bevilling', 'Nexus-demo: bevilling (praktisk hjælp)'],
  ['/nexus/borger/4711/afgoerelse', 'Nexus-demo: afgørelse i tekstfelt'],
  ['/nexus/borger/4711/afgoerelse-rig', 'Nexus-demo: afgørelse i rig editor (iframe)'],
  ['/nexus/borger/5120/bevilling', 'Nexus-demo: bevilling for en anden borger (Poul Vestergaard)'],
  ['/nexus/borger/6032/bevilling', 'Nexus-demo: voksenområdet (socialpædagogisk støtte, § 85)'],
  ['/intranet/', 'Kommunens intranet (ikke et sagsbillede)'],
];

function send(res, status, body, type) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function sendJson(res, status, value) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/** Resolves a URL path inside PUBLIC_DIR, or null when it would escape it. */
function safePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(PUBLIC_DIR, decoded));
  if (full !== PUBLIC_DIR && !full.startsWith(PUBLIC_DIR + sep)) return null;
  return full;
}

async function fileIfExists(path) {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      const si = await stat(index).catch(() => null);
      if (si?.isFile()) return index;
    }
  } catch {
    /* not there */
  }
  return null;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('for stor'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw, type) {
  if (!raw) return {};
  if (type.includes('application/json')) {
    try {
      return JSON.parse(raw);
    } catch {
      return { raw };
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  return { raw };
}

// The demo forms' endpoints. Any POST under these prefixes is accepted and answered {ok:true}.
const POST_ROUTES = [
  ['/dubu/api/', 'dubu'],
  ['/nexus/api/', 'nexus'],
];

async function handle(req, res, posts) {
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  const path = url.pathname;

  if (req.method === 'POST') {
    const route = POST_ROUTES.find(([prefix]) => path.startsWith(prefix));
    if (!route) return sendJson(res, 404, { ok: false, fejl: 'Ukendt adresse' });
    let raw;
    try {
      raw = await readBody(req);
    } catch {
      return sendJson(res, 413, { ok: false, fejl: 'Forespørgslen er for stor' });
    }
    const body = parseBody(raw, String(req.headers['content-type'] ?? ''));
    const saved = { system: route[1], path, at: new Date().toISOString(), body };
    posts.push(saved);
    if (posts.length > 200) posts.shift();
    return sendJson(res, 200, { ok: true, gemt: saved.at, id: posts.length });
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD, POST');
    return sendJson(res, 405, { ok: false, fejl: 'Metoden er ikke tilladt' });
  }

  // For tests: what the demo forms have posted since the server started.
  if (path === '/__demo/posts') return sendJson(res, 200, posts);
  if (path === '/favicon.ico') return send(res, 204, '', 'image/x-icon');

  const target = safePath(path);
  if (!target) return send(res, 400, 'Ugyldig sti', 'text/plain; charset=utf-8');
  let file = await fileIfExists(target);
  // Directory without a trailing slash: redirect so relative links in the page resolve.
  if (file && !path.endsWith('/') && file.endsWith(sep + 'index.html') && !target.endsWith('index.html')) {
    res.writeHead(301, { Location: path + '/' + url.search, 'Cache-Control': 'no-store' });
    return res.end();
  }
  // The Nexus demo is a single-page app: every route under /nexus/ that is no file is the app.
  if (!file && (path === '/nexus' || path.startsWith('/nexus/'))) file = join(PUBLIC_DIR, 'nexus', 'index.html');
  if (!file) return send(res, 404, 'Siden findes ikke i demoen.', 'text/plain; charset=utf-8');

  const body = await readFile(file);
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (req.method === 'HEAD') {
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': body.length });
    return res.end();
  }
  return send(res, 200, body, type);
}

/**
 * Starts the demo server. `port: 0` picks a free port (what tests want).
 * @returns {Promise<{ url: string, port: number, posts: object[], close(): Promise<void> }>}
 */
export function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  const posts = [];
  const server = createServer((req, res) => {
    handle(req, res, posts).catch(() => {
      if (!res.headersSent) send(res, 500, 'Intern fejl i demoserveren', 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${actualPort}`,
        port: actualPort,
        posts,
        close: () =>
          new Promise((done) => {
            // Keep-alive connections would hold close() open; the demo has no long requests.
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const port = Number(process.env.PORT) || 4477;
  const demo = await startDemoServer({ port });
  console.log(`Demoen af de fiktive fagsystemer kører på ${demo.url}\n`);
  console.log('Skærmbilleder:');
  for (const [path, label] of DEMO_SCREENS) console.log(`  ${label}\n    ${demo.url}${path}`);
  console.log('\nStop med Ctrl+C.');
  const stop = () => demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
