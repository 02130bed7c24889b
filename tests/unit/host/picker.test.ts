import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { looksStableClass, looksStableId, proposeEditorLookup, proposeLookup, proposeScreen } from '../../../lib/host/picker';
import { findField, readValue } from '../../../lib/host/read-field';
import { findLetterEditor } from '../../../lib/host/letter-editor';
import { matchScreen } from '../../../lib/host/match-profile';
import type { FieldLookup, SiteProfile } from '../../../lib/host/site-profile-schema';

const PAGES = join(__dirname, '../../fixtures/pages');
const page = (file: string) => parseHTML(readFileSync(join(PAGES, file), 'utf8')).document as unknown as Document;
const doc = (body: string, title = '') =>
  parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;
const $ = (d: Document, selector: string) => {
  const el = d.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};

/** The lookup finds the value again through each of its anchors alone (label, and every selector). */
function expectEachAnchorReads(d: Document, lookup: FieldLookup, value: string) {
  for (const label of lookup.labels) {
    const hit = findField(d, { labels: [label], selectors: [] });
    expect(hit && readValue(hit.element), `label ${label}`).toBe(value);
  }
  for (const selector of lookup.selectors) {
    const hit = findField(d, { labels: [], selectors: [selector] });
    expect(hit && readValue(hit.element), `selector ${selector}`).toBe(value);
  }
}

describe('stable ids and classes', () => {
  it.each(['ctl00_omfang', 'lblLovgrundlag', 'nx-omfang', 'afgoerelsesform', 'brevtekst', 'omfang'])('%s looks stable', (id) => {
    expect(looksStableId(id)).toBe(true);
  });
  it.each([
    'ember123',
    'react-select-5-input',
    ':r1:',
    'mat-input-3',
    'mui-42',
    'input-7',
    'nx-card-title-2',
    '3f2a9c1e-8b7d-4e2a-9c1e-8b7d4e2a9c1e',
    'field_9f86d081884c',
    'x1234',
    'a8k2d9q1',
  ])('%s looks generated', (id) => {
    expect(looksStableId(id)).toBe(false);
  });
  it('tells semantic classes from state and CSS-in-JS hashes', () => {
    expect(['form-control', 'nx-input', 'rte-editor', 'mat-input-element', 'ck-editor__editable'].every(looksStableClass)).toBe(true);
    expect(['ng-touched', 'is-active', 'css-1x2y3z', 'sc-bdVaJa', 'jss123', 'Button_root__1a2b3', 'active'].some(looksStableClass)).toBe(false);
  });
});

describe('proposeLookup on the saved demo pages', () => {
  const cases: [string, string, string, string][] = [
    ['dubu-afgoerelse.html', '#lblSagsomraade', 'Sagsområde', 'Børn og unge'],
    ['dubu-afgoerelse.html', '#lblLovgrundlag', 'Lovgrundlag', 'Barnets lov § 32, stk. 1, nr. 3'],
    ['dubu-afgoerelse.html', '#ctl00_indsats', 'Indsats', 'Familiebehandling'],
    ['dubu-afgoerelse.html', 'label[for=ctl00_omfang]', 'Omfang', '2 timer om ugen'], // clicking the label means its field
    ['dubu-afgoerelse.html', 'option[value=aflastning]', 'Indsats', 'Familiebehandling'], // an option means its select
    ['dubu-afgoerelse.html', '#ctl00_ansoegning_modtaget', 'Ansøgning modtaget', '03-11-2026'], // label in a td.lbl cell
    ['nexus-bevilling.html', 'select[name=omraade]', 'Område', 'Ældre'], // aria-labelledby
    ['nexus-bevilling.html', '#nx-fsiii', 'FSIII-kode', 'H1b'], // label wrapping input, text after it
    ['nexus-bevilling.html', '#nx-omfang', 'Omfang', '1 time hver 14. dag'], // floating label after input
    ['nexus-bevilling.html', 'input[name=ansoegningsdato]', 'Ansøgningsdato', '14.10.2026'],
    ['nexus-afgoerelse-rig.html', '[data-field=omfang]', 'Omfang', '1 time hver 14. dag'], // read-only value
  ];
  it.each(cases)('%s %s → "%s"', (file, selector, label, value) => {
    const d = page(file);
    const p = proposeLookup(d, $(d, selector));
    expect(p.labelText).toBe(label);
    expect(p.lookup.labels).toEqual([label]);
    expect(p.preview).toBe(value);
    expect(p.lookup.selectors.length).toBeGreaterThan(0);
    expect(p.lookup.selectors.join(' ')).not.toMatch(/nth-|:eq|>\s*\*/);
    expect(p.warnings).toEqual([]);
    expectEachAnchorReads(d, p.lookup, value);
  });

  it('puts the stable id first, then name, data and aria attributes', () => {
    const d = page('nexus-bevilling.html');
    expect(proposeLookup(d, $(d, '#nx-indsats')).lookup.selectors.slice(0, 3)).toEqual([
      '#nx-indsats',
      'input[name="indsats"]',
      '[aria-labelledby="nx-lbl-indsats"]',
    ]);
    const r = page('nexus-afgoerelse-rig.html');
    expect(proposeLookup(r, $(r, '[data-field=omraade]')).lookup.selectors[0]).toBe('[data-field="omraade"]');
  });

  it('climbs from a badge to its table cell, and warns when nothing but the label finds it', () => {
    const d = page('dubu-afgoerelse.html');
    const p = proposeLookup(d, $(d, '.badge.gul'));
    expect(p.lookup.labels).toEqual(['Partshøring']);
    expect(p.preview).toBe('Ikke registreret');
    expect(p.warnings.join(' ')).toMatch(/ingen stabil id/);
  });

  it('refuses a click inside Sidevogn\'s own panel', () => {
    const d = doc('<sidevogn-panel><input id="x" value="1"></sidevogn-panel>');
    expect(proposeLookup(d, $(d, '#x')).warnings[0]).toMatch(/eget panel/);
  });
});

describe('proposeLookup on other vendors\' markup', () => {
  it('Angular Material floating label with generated ids: label for + formcontrolname', () => {
    const d = doc(`
      <form class="case-form">
        <mat-form-field class="mat-form-field"><div class="mat-form-field-wrapper"><div class="mat-form-field-infix">
          <input matinput class="mat-input-element ng-touched ng-valid" id="mat-input-3" formcontrolname="indsats" value="Madservice">
          <span class="mat-form-field-label-wrapper"><label class="mat-form-field-label" for="mat-input-3" id="mat-form-field-label-7"><mat-label>Ydelse</mat-label></label></span>
        </div></div></mat-form-field>
        <mat-form-field class="mat-form-field"><div class="mat-form-field-wrapper"><div class="mat-form-field-infix">
          <input matinput class="mat-input-element" id="mat-input-4" formcontrolname="omfang" value="7 hovedretter om ugen">
          <span class="mat-form-field-label-wrapper"><label class="mat-form-field-label" for="mat-input-4"><mat-label>Omfang</mat-label></label></span>
        </div></div></mat-form-field>
      </form>`);
    const p = proposeLookup(d, $(d, '#mat-input-4'));
    expect(p.lookup.labels).toEqual(['Omfang']);
    expect(p.lookup.selectors).toContain('[formcontrolname="omfang"]');
    expect(p.lookup.selectors.join(' ')).not.toContain('mat-input-4');
    expect(p.preview).toBe('7 hovedretter om ugen');
    expectEachAnchorReads(d, p.lookup, '7 hovedretter om ugen');
  });

  it('Bootstrap form-group: label for, id and name; a required asterisk is not part of the label', () => {
    const d = doc(`
      <div class="container" id="visitation">
        <div class="form-group"><label for="lov">Lovgrundlag <span class="text-danger">*</span></label>
          <select class="form-control" id="lov" name="lovgrundlag"><option>Serviceloven § 83</option><option selected>Serviceloven § 85</option></select></div>
        <div class="form-group"><label for="omf">Bevilget omfang:</label><input class="form-control" id="omf" name="omfang" value="3 timer om ugen"></div>
      </div>`);
    const p = proposeLookup(d, $(d, '#omf'));
    expect(p.labelText).toBe('Bevilget omfang');
    expect(p.lookup.selectors.slice(0, 2)).toEqual(['#omf', 'input[name="omfang"]']);
    const s = proposeLookup(d, $(d, '#lov'));
    expect(s.lookup.labels).toEqual(['Lovgrundlag']);
    expect(s.preview).toBe('Serviceloven § 85');
  });

  it('definition list without ids: dt label, and a class path anchored on a stable ancestor', () => {
    const d = doc(`
      <section id="sagsdata"><dl class="facts">
        <dt>Område</dt><dd class="fact">Voksne</dd>
        <dt>Indsats:</dt><dd class="fact fact--main"><span class="chip">Bostøtte</span></dd>
      </dl></section>`);
    const p = proposeLookup(d, $(d, '.chip'));
    expect(p.labelText).toBe('Indsats');
    expect(p.preview).toBe('Bostøtte');
    expect(p.lookup.selectors).toEqual(['#sagsdata dd.fact.fact--main']);
    expectEachAnchorReads(d, p.lookup, 'Bostøtte');
  });

  it('Ember/React app with generated ids: name and data-testid, and a cousin label ("Omfang:")', () => {
    const d = doc(`
      <div id="ember312" class="ember-view">
        <div class="row"><div class="col-4"><span class="lbl">Omfang:</span></div>
          <div class="col-8"><input id="ember318" class="ember-text-field" name="scope" data-testid="case-scope" value="2 besøg dagligt"></div></div>
        <div class="row"><div class="col-4"><span class="lbl">Indsats</span></div>
          <div class="col-8"><div id="react-select-5-input" class="css-1hwfws3"><div class="css-1uccc91-singleValue">Personlig pleje</div></div></div></div>
      </div>`);
    const p = proposeLookup(d, $(d, '#ember318'));
    expect(p.labelText).toBe('Omfang');
    expect(p.lookup.selectors).toEqual(['input[name="scope"]', '[data-testid="case-scope"]', 'input.ember-text-field']);
    expect(p.lookup.selectors.join(' ')).not.toMatch(/ember3|react-select/);
    expectEachAnchorReads(d, p.lookup, '2 besøg dagligt');
    // A react-select value: label found by climbing; hashed classes and ids are not selectors.
    const r = proposeLookup(d, $(d, '.css-1uccc91-singleValue'));
    expect(r.labelText).toBe('Indsats');
    expect(r.preview).toBe('Personlig pleje');
    expect(r.lookup.selectors.join(' ')).not.toMatch(/css-|react-select/);
  });

  it('drops a label that the page shows earlier for something else, and says so', () => {
    const d = doc(`
      <table class="overview"><tr><th>Indsats</th><th>Omfang</th></tr><tr><td>Rengøring</td><td>1 time</td></tr></table>
      <nav><a href="#">Omfang</a></nav>
      <form id="bevilling"><label for="o">Omfang</label><input id="o" name="omfang" value="2 timer"></form>`);
    const p = proposeLookup(d, $(d, '#o'));
    expect(p.labelText).toBe('Omfang');
    expect(p.lookup.labels).toEqual([]);
    expect(p.lookup.selectors[0]).toBe('#o');
    expect(p.preview).toBe('2 timer');
    expect(p.warnings.join(' ')).toMatch(/står også et andet sted/);
  });

  it('warns when it finds no label, when the field is empty, a CPR number, or a whole form', () => {
    const d = doc(`<div id="f"><input name="x1" value=""><div class="blk"><span class="v">010190-1234</span></div><input name="a"><input name="b"></div>`);
    const empty = proposeLookup(d, $(d, 'input[name=x1]'));
    expect(empty.warnings.join(' ')).toMatch(/ingen ledetekst/);
    expect(empty.warnings.join(' ')).toMatch(/tomt/);
    expect(proposeLookup(d, $(d, '.v')).warnings.join(' ')).toMatch(/CPR-nummer/);
    expect(proposeLookup(d, $(d, '#f')).warnings.join(' ')).toMatch(/stort område/);
  });
});

describe('proposeEditorLookup', () => {
  it('finds the DUBU contenteditable from a paragraph inside it or from its toolbar', () => {
    const d = page('dubu-afgoerelse.html');
    for (const clicked of ['#brevtekst p', '.rte-toolbar button']) {
      const p = proposeEditorLookup(d, $(d, clicked));
      expect(p.kind).toBe('contenteditable');
      expect(p.lookup.labels).toEqual(['Afgørelsesbrev']);
      expect(p.lookup.selectors[0]).toBe('#brevtekst');
      expect(p.preview).toMatch(/^Afgørelse om familiebehandling/);
      expect(p.warnings).toEqual([]);
      expect(findLetterEditor(d, p.lookup)?.root).toBe($(d, '#brevtekst'));
    }
  });

  it('finds the Nexus textarea and the iframe editor (whose text it cannot read in Node)', () => {
    const a = page('nexus-afgoerelse.html');
    const t = proposeEditorLookup(a, $(a, 'textarea'));
    expect(t.kind).toBe('textarea');
    expect(t.lookup.labels).toEqual(['Brevtekst']);
    expect(findLetterEditor(a, t.lookup)?.root).toBe($(a, 'textarea'));
    const r = page('nexus-afgoerelse-rig.html');
    const f = proposeEditorLookup(r, $(r, '.nx-rte__toolbar button'));
    expect(f.kind).toBe('iframe');
    expect(f.lookup.labels).toEqual(['Brev til borgeren']);
    expect(f.lookup.selectors[0]).toBe('#nx-rte-frame');
    expect(f.warnings.join(' ')).toMatch(/ramme/);
  });

  it('CKEditor 5: the outermost editable root, anchored on the form, not the paragraph clicked', () => {
    const d = doc(`
      <form id="letterForm"><h2>Brev til borgeren</h2>
        <div class="ck ck-reset ck-editor ck-rounded-corners" role="application">
          <div class="ck ck-editor__top"><div class="ck ck-toolbar" role="toolbar"><button class="ck ck-button">B</button></div></div>
          <div class="ck ck-editor__main"><div class="ck-blurred ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline" contenteditable="true" role="textbox" aria-label="Rich Text Editor. Editing area: main">
            <p>Kære borger</p><p>Du får <strong>hjælp</strong>.</p></div></div>
        </div></form>`);
    const p = proposeEditorLookup(d, $(d, 'strong'));
    expect(p.kind).toBe('contenteditable');
    const root = $(d, '[contenteditable]');
    expect(findLetterEditor(d, p.lookup)?.root).toBe(root);
    for (const s of p.lookup.selectors) expect(d.querySelector(s)).toBe(root);
    expect(p.lookup.selectors.join(' ')).not.toContain('ck-blurred');
    expect(p.preview).toContain('Kære borger');
  });

  it('TinyMCE: the visible iframe, not the hidden textarea its label points at', () => {
    const d = doc(`
      <div class="field" id="brevfelt"><label for="brev">Afgørelsesbrev</label>
        <textarea id="brev" name="brev" style="display: none;" aria-hidden="true">gammel tekst</textarea>
        <div role="application" class="tox tox-tinymce"><div class="tox-editor-header"><div role="toolbar" class="tox-toolbar"><button class="tox-tbtn">B</button></div></div>
          <div class="tox-edit-area"><iframe id="brev_ifr" class="tox-edit-area__iframe" title="Rich Text Area"></iframe></div></div>
      </div>`);
    const p = proposeEditorLookup(d, $(d, '.tox-tbtn'));
    expect(p.kind).toBe('iframe');
    expect(p.lookup.labels).toEqual([]); // the label leads to the stale hidden textarea
    expect(p.warnings.join(' ')).toMatch(/fører ikke til brevet/);
    expect(p.lookup.selectors[0]).toBe('#brev_ifr');
    for (const s of p.lookup.selectors) expect(d.querySelector(s)).toBe($(d, 'iframe'));
  });

  it('says so when there is no editor near the click', () => {
    const d = doc('<p id="x">tekst</p>');
    expect(proposeEditorLookup(d, $(d, '#x')).warnings[0]).toMatch(/ingen brevredigering/);
  });
});

describe('proposeScreen', () => {
  const site = (screen: ReturnType<typeof proposeScreen>): SiteProfile => ({
    id: 'ny',
    name: 'Ny',
    origins: ['http://127.0.0.1/*'],
    fields: {},
    screens: [{ ...screen }],
  });

  it('names a DUBU screen from its heading, globs the case number, and matches itself but not its neighbours', () => {
    const d = page('dubu-afgoerelse.html');
    const url = new URL('http://127.0.0.1/dubu/sag/2025-0412/afgoerelse.html');
    const s = proposeScreen(url, d);
    expect(s).toMatchObject({ id: 'afgoerelse', label: 'Afgørelse om støttende indsats', paths: ['/dubu/sag/*/afgoerelse.html*'] });
    expect(s.signals).toEqual([{ selector: '#afgoerelsesform' }]);
    expect(matchScreen([site(s)], new URL('http://127.0.0.1/dubu/sag/2026-0001/afgoerelse.html?x=1'), d)).not.toBeNull();
    expect(matchScreen([site(s)], new URL('http://127.0.0.1/dubu/sag/2025-0412/journal.html'), page('dubu-journal.html'))).toBeNull();
  });

  it('never names a Nexus screen after the citizen in its <h1> or title', () => {
    const d = page('nexus-bevilling.html');
    const s = proposeScreen(new URL('http://127.0.0.1/nexus/borger/4711/bevilling'), d);
    expect(s.label).toBe('Bevilling');
    expect(s.id).toBe('bevilling');
    expect(s.paths).toEqual(['/nexus/borger/*/bevilling*']);
    expect(JSON.stringify(s)).not.toMatch(/Mikkelsen|4711/);
    expect(matchScreen([site(s)], new URL('http://127.0.0.1/nexus/borger/5120/bevilling'), page('nexus-bevilling-5120.html'))).not.toBeNull();
    const r = proposeScreen(new URL('http://127.0.0.1/nexus/borger/4711/afgoerelse-rig'), page('nexus-afgoerelse-rig.html'));
    expect(r.label).toBe('Afgørelse (editor)');
    expect(JSON.stringify(r)).not.toMatch(/Mikkelsen|4711/);
  });

  it('keeps the screen part of hash and query routes and drops the ids', () => {
    const d = doc('<main id="app"><h1>Visitation</h1></main>', 'Sag 12345 | Visitation');
    const hash = proposeScreen(new URL('https://x.example/app/#/borger/8f14e45fceea167a5a36dedd4bea2543/visitation/42'), d);
    expect(hash.paths).toEqual(['/app/*#/borger/*/visitation/**']);
    expect(hash.id).toBe('visitation');
    expect(hash.signals).toEqual([{ selector: 'h1', text: 'Visitation' }]);
    const query = proposeScreen(new URL('https://x.example/sag.aspx?id=4711&side=afgoerelse'), d);
    expect(query.paths).toEqual(['/sag.aspx?*side=afgoerelse*']);
    expect(query.id).toBe('afgoerelse');
  });
});

describe('sweep: every field the built-in profiles read on every demo page', () => {
  it('re-proposes a lookup that reads the same value (and says why when it cannot anchor on a label)', async () => {
    const { default: profiles } = await import('../../../lib/host/default-site-profiles.json');
    const index = JSON.parse(readFileSync(join(PAGES, 'index.json'), 'utf8')) as { pages: { file: string; path: string }[] };
    const sites = profiles as unknown as SiteProfile[];
    let fields = 0;
    let labelled = 0;
    for (const { file, path } of index.pages) {
      const d = page(file);
      const match = matchScreen(sites, new URL(`http://127.0.0.1${path}`), d);
      if (!match) continue;
      const lookups = { ...match.site.fields, ...match.screen.fields };
      for (const [field, lookup] of Object.entries(lookups)) {
        const hit = lookup && findField(d, lookup);
        if (!hit) continue;
        fields++;
        const p = proposeLookup(d, hit.element);
        const again = findField(d, p.lookup);
        expect(again && readValue(again.element), `${file} ${field}`).toBe(readValue(hit.element));
        expect(p.preview, `${file} ${field}`).toBe(readValue(hit.element));
        if (p.lookup.labels.length) labelled++;
        else expect(p.warnings.length, `${file} ${field}`).toBeGreaterThan(0);
      }
    }
    expect(fields).toBeGreaterThan(40);
    // Most fields on these screens carry a label a person can read.
    expect(labelled / fields).toBeGreaterThan(0.9);
  });
});
