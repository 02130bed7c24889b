/**
 * URL matching for site profiles: origins as WebExtension match patterns
 * ("https://*.nexus.kmd.dk/*") and screen paths as simple globs where `*` matches anything.
 */

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

const cache = new Map<string, RegExp>();

function compile(key: string, build: () => RegExp): RegExp {
  let re = cache.get(key);
  if (!re) {
    re = build();
    cache.set(key, re);
  }
  return re;
}

/** Glob → anchored RegExp; `*` matches any run of characters (also "/"). */
export function globToRegExp(glob: string): RegExp {
  return compile('g:' + glob, () => new RegExp('^' + glob.split('*').map(escape).join('.*') + '$', 'i'));
}

/**
 * True when `url` matches a match pattern like `https://*.example.dk/*`, `http://127.0.0.1/*`
 * or `<all_urls>`. Ports are ignored, as in the WebExtension match-pattern rules.
 */
export function matchesOrigin(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^(https?|file):$/.test(url.protocol);
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? !/^https?$/.test(protocol) : scheme !== protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      const h = url.hostname.toLowerCase();
      if (h !== base && !h.endsWith('.' + base)) return false;
    } else if (host.toLowerCase() !== url.hostname.toLowerCase()) return false;
  }
  return globToRegExp(path).test(url.pathname + url.search);
}

/** The part of a URL a screen's path globs are matched against. */
export function screenLocation(url: URL): string {
  return url.pathname + url.search + url.hash;
}

export function matchesPath(glob: string, url: URL): boolean {
  return globToRegExp(glob).test(screenLocation(url));
}
