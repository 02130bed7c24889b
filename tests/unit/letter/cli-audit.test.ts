import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../cli/main';
import { ELEMENT_IDS } from '../../../lib/letter/index';
import { GOOD_AFSLAG, GOOD_BEVILLING } from '../../../lib/letter/rules/sample-letters';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (t) => out.push(t), err: (t) => err.push(t), stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

/** A minimal .docx (WordprocessingML) with one paragraph per line. */
async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sidevogn-audit-'));
  mkdirSync(join(dir, 'breve', 'under'), { recursive: true });
  writeFileSync(join(dir, 'breve', 'god.txt'), GOOD_AFSLAG);
  writeFileSync(join(dir, 'breve', 'under', 'forkert.html'), '<h1>Afgørelse</h1><p>Du får afslag på hjælp til rengøring.</p><p>Du kan klage inden 8 uger.</p>');
  writeFileSync(join(dir, 'breve', 'under', 'ignoreret.pdf'), 'ikke et brev');
  writeFileSync(join(dir, 'bevilling.docx'), await makeDocx(GOOD_BEVILLING.split('\n\n')));
  writeFileSync(join(dir, 'tom.txt'), '');
  writeFileSync(join(dir, 'binaer.txt'), Buffer.from([0x44, 0x75, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x44, 0x75, 0x20, 0xe6, 0x20]));
  writeFileSync(join(dir, 'stor.txt'), Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
  writeFileSync(join(dir, 'cpr.txt'), 'Du får hjælp til rengøring 1 time hver 14. dag. CPR 070761-0018.');
  writeFileSync(join(dir, 'pakke-ok.json'), JSON.stringify({ meta: { name: 'x' }, rules: { rules: { 'cpr-nummer': { severity: 'warning', message: 'Fjern CPR-nummeret.' } } } }));
  writeFileSync(join(dir, 'pakke-ugyldig.json'), JSON.stringify({ rules: { elements: { formaal: { patterns: ['(['] } } } }));
  writeFileSync(join(dir, 'pakke-eksempler.json'), JSON.stringify({ rules: { bureaucraticWords: [] } }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const audit = async (...args: string[]) => {
  const io = capture();
  const code = await main(['audit', ...args], io);
  return { code, out: io.stdout(), err: io.stderr() };
};

describe('sidevogn audit', () => {
  it('--json: one array, one object per letter, exact shape, folder paths joined as given', async () => {
    const folder = join(dir, 'breve');
    const { code, out } = await audit('--json', folder, join(dir, 'bevilling.docx'));
    const list = JSON.parse(out) as Record<string, unknown>[];
    expect(list.map((l) => l.file)).toEqual([`${folder}/god.txt`, `${folder}/under/forkert.html`, join(dir, 'bevilling.docx')]);
    for (const item of list) {
      expect(Object.keys(item)).toEqual(['file', 'decisionType', 'lix', 'elements', 'findings']);
      expect(typeof item.lix).toBe('number');
      const elements = item.elements as Record<string, Record<string, unknown>>;
      expect(Object.keys(elements)).toEqual([...ELEMENT_IDS]);
      for (const id of ELEMENT_IDS) expect(Object.keys(elements[id]!)).toEqual(['present', 'required']);
      for (const f of item.findings as Record<string, unknown>[]) {
        expect(Object.keys(f)).toEqual(['ruleId', 'severity', 'message', 'start', 'end']);
        expect(Number.isInteger(f.start)).toBe(true);
      }
    }
    expect(list[0]!.decisionType).toBe('afslag');
    expect(list[0]!.findings).toEqual([]);
    expect((list[1]!.findings as { ruleId: string }[]).some((f) => f.ruleId === 'klagefrist-forkert')).toBe(true);
    // The .docx was read through mammoth.
    expect(list[2]!.decisionType).toBe('bevilling');
    expect((list[2]!.elements as Record<string, { present: boolean }>).omfang!.present).toBe(true);
    expect(code).toBe(1); // the html letter has error findings
  });

  it('exit 0 when no letter has an error finding', async () => {
    const { code } = await audit('--json', join(dir, 'breve', 'god.txt'));
    expect(code).toBe(0);
  });

  it('readable Danish report with a summary table', async () => {
    const { code, out } = await audit(join(dir, 'breve'));
    expect(out).toContain('Afgørelsestype: afslag');
    expect(out).toContain('Klagefristen er skrevet som "8 uger"');
    expect(out).toMatch(/Samlet: 2 breve, 1 med fejl/);
    expect(out).toMatch(/Klagevejledning\s+100 %/);
    expect(out).toMatch(/klagefrist-forkert\s+1\s+1/);
    expect(code).toBe(1);
  });

  it('--csv: a header and one row per letter', async () => {
    const { out } = await audit('--csv', join(dir, 'breve'));
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['file', 'decisionType', 'lix']);
    expect(lines[0]).toContain('klagefrist');
    expect(lines[2]).toContain('forkert.html,afslag');
  });

  it('reports empty, binary and non-UTF-8 files in Danish on stderr and exits 2 after the rest', async () => {
    const { code, out, err } = await audit('--json', join(dir, 'tom.txt'), join(dir, 'binaer.txt'), join(dir, 'latin1.txt'), join(dir, 'findes-ikke.txt'), join(dir, 'stor.txt'), join(dir, 'cpr.txt'));
    expect(err).toContain('stor.txt: filen er for stor (over 5 MB)');
    expect(err).toContain('tom.txt: filen er tom');
    expect(err).toContain('binaer.txt: filen ser ud til at være binær');
    expect(err).toContain('latin1.txt: filen er ikke gyldig UTF-8');
    expect(err).toContain('Kan ikke finde');
    const list = JSON.parse(out) as { file: string; findings: { ruleId: string }[] }[];
    expect(list).toHaveLength(1);
    expect(list[0]!.findings.some((f) => f.ruleId === 'cpr-nummer')).toBe(true);
    expect(out).not.toContain('070761'); // the report never repeats the number
    expect(code).toBe(2);
  });

  it('--pack replaces the rule settings', async () => {
    const { out, code } = await audit('--json', '--pack', join(dir, 'pakke-ok.json'), join(dir, 'cpr.txt'));
    const list = JSON.parse(out) as { findings: { ruleId: string; severity: string; message: string }[] }[];
    const f = list[0]!.findings.find((x) => x.ruleId === 'cpr-nummer')!;
    expect(f).toMatchObject({ severity: 'warning', message: 'Fjern CPR-nummeret.' });
    expect(code).toBe(0); // no error findings left
  });

  it('--pack with invalid settings: Danish error with the path, exit 2', async () => {
    const { code, err } = await audit('--pack', join(dir, 'pakke-ugyldig.json'), join(dir, 'breve'));
    expect(code).toBe(2);
    expect(err).toContain('rules.elements.formaal.patterns[0]');
    expect(err).toContain('er ikke et gyldigt regulært udtryk');
  });

  it('--pack whose rule examples fail: says which, exit 2', async () => {
    const { code, err } = await audit('--pack', join(dir, 'pakke-eksempler.json'), join(dir, 'breve'));
    expect(code).toBe(2);
    expect(err).toContain('rules.kancellisprog');
    expect(err).toContain('skulle give et fund');
  });

  it('usage errors exit 2', async () => {
    expect((await audit()).code).toBe(2);
    expect((await audit('--json', '--csv', dir)).code).toBe(2);
    expect((await audit('--help')).code).toBe(0);
  });
});
