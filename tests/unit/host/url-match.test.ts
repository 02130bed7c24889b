import { describe, expect, it } from 'vitest';
import { matchesOrigin, matchesPath } from '../../../lib/host/url-match';

describe('match patterns', () => {
  it.each([
    ['http://127.0.0.1/*', 'http://127.0.0.1:4477/dubu/x.html', true],
    ['https://*.nexus.kmd.dk/*', 'https://aarhus.nexus.kmd.dk/borger/1', true],
    ['https://*.nexus.kmd.dk/*', 'https://nexus.kmd.dk.evil.dk/', false],
    ['https://*.nexus.kmd.dk/*', 'http://aarhus.nexus.kmd.dk/', false],
    ['*://dubu.example.dk/sag/*', 'https://dubu.example.dk/sag/1', true],
    ['*://dubu.example.dk/sag/*', 'https://dubu.example.dk/andet', false],
    ['<all_urls>', 'https://x.dk/', true],
    ['not a pattern', 'https://x.dk/', false],
  ])('%s ~ %s → %s', (pattern, url, expected) => {
    expect(matchesOrigin(pattern, new URL(url))).toBe(expected);
  });
  it('matches screen globs on path, search and hash', () => {
    expect(matchesPath('/nexus/borger/*/bevilling', new URL('http://h/nexus/borger/4711/bevilling'))).toBe(true);
    expect(matchesPath('/nexus/borger/*/bevilling', new URL('http://h/nexus/borger/4711/overblik'))).toBe(false);
    expect(matchesPath('/app#/sag/*', new URL('http://h/app#/sag/9'))).toBe(true);
  });
});
