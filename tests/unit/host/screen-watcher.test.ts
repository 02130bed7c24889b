import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { watchScreen } from '../../../lib/host/screen-watcher';

function setup() {
  const { document, window } = parseHTML(
    '<html><body><main><input id="omfang" value="2 timer"></main><div id="brev" contenteditable="true"><p>Kære borger</p></div><sidevogn-panel></sidevogn-panel></body></html>',
  );
  // linkedom has no location; the watcher compares URLs to notice SPA navigation.
  Object.defineProperty(window, 'location', { value: { href: 'http://127.0.0.1/sag/1' }, configurable: true });
  const reasons: string[] = [];
  const stop = new AbortController();
  const $ = (s: string) => document.querySelector(s)!;
  watchScreen(document as unknown as Document, (reason) => reasons.push(reason), {
    delay: 1,
    signal: stop.signal,
    ignore: () => [$('sidevogn-panel'), $('#brev'), undefined],
  });
  return { document, window, reasons, stop, $ };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('watchScreen', () => {
  it('reports a change of the host page', async () => {
    const { document, reasons, $ } = setup();
    $('main').append(document.createElement('section'));
    await settle();
    expect(reasons).toEqual(['dom']);
  });

  it('reports a field the user edits', async () => {
    const { window, reasons, $ } = setup();
    $('#omfang').dispatchEvent(new window.Event('input', { bubbles: true }));
    await settle();
    expect(reasons).toEqual(['input']);
  });

  it('ignores typing in the letter and changes inside the panel', async () => {
    const { document, window, reasons, $ } = setup();
    $('#brev p').append(document.createTextNode(' – vi har lagt vægt på'));
    $('#brev').dispatchEvent(new window.Event('input', { bubbles: true }));
    $('sidevogn-panel').append(document.createElement('div'));
    await settle();
    expect(reasons).toEqual([]);
  });

  it('reports navigation when the URL changed, and nothing after it is stopped', async () => {
    const { document, window, reasons, stop, $ } = setup();
    (window.location as { href: string }).href = 'http://127.0.0.1/sag/2';
    $('main').append(document.createElement('section'));
    await settle();
    stop.abort();
    $('main').append(document.createElement('section'));
    await settle();
    expect(reasons).toEqual(['navigation']);
  });
});
