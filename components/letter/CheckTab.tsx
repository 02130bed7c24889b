import { useId, useState } from 'preact/hooks';
import type { CheckFinding, CheckGroup, CheckResponse } from '../../lib/messaging/letter';

export interface CheckTabProps {
  /** The latest check of the letter (kept on screen while the next one runs). */
  analysis?: CheckResponse;
  /** A check is running. */
  checking: boolean;
  /** Danish error text when the last check failed. */
  error?: string;
  /** Whether the screen has a letter editor at all. */
  editorFound: boolean;
  /** "Vis i brevet": the caller scrolls to and highlights the finding's text. */
  onShowFinding: (finding: CheckFinding) => void;
  /** "Kopiér": the caller writes the text to the clipboard. */
  onCopy: (text: string) => void;
}

export const DECISION_TYPE_LABELS: Record<CheckResponse['decisionType'], string> = {
  bevilling: 'Bevilling',
  delvis: 'Delvis bevilling',
  afslag: 'Afslag',
  aendring: 'Ændring eller ophør',
  ukendt: 'Kan ikke ses',
};

const SEVERITY: Record<CheckFinding['severity'], { label: string; plural: string; mark: string; order: number }> = {
  error: { label: 'Fejl', plural: 'fejl', mark: '✖', order: 0 },
  warning: { label: 'Advarsel', plural: 'advarsler', mark: '!', order: 1 },
  info: { label: 'Råd', plural: 'råd', mark: 'i', order: 2 },
};

/** Findings by severity, then by where they are in the letter. */
export function sortFindings(findings: readonly CheckFinding[]): CheckFinding[] {
  return [...findings].sort((a, b) => SEVERITY[a.severity].order - SEVERITY[b.severity].order || a.start - b.start || a.end - b.end);
}

/**
 * The Afgørelsestjek tab: the decision type, what to look at in the letter, the building
 * blocks of a good decision as a checklist, readability (LIX) and the municipality's
 * standard texts. Props in, events out; the caller checks the letter and draws highlights.
 */
export function CheckTab(props: CheckTabProps) {
  const { analysis, checking, error, editorFound } = props;
  if (!editorFound) {
    return (
      <div class="lc">
        <p class="lc-state">Der er ikke noget brev på dette skærmbillede. Åbn skærmbilledet, hvor du skriver afgørelsen, så tjekker Sidevogn brevet, mens du skriver.</p>
      </div>
    );
  }
  const empty = analysis !== undefined && (analysis.textLength === 0 || analysis.lix.words === 0);
  return (
    <div class="lc" aria-busy={checking ? 'true' : 'false'}>
      <p class="lc-progress" role="status">
        {checking ? 'Tjekker brevet …' : ''}
      </p>
      {error && (
        <p class="lc-error" role="alert">
          <span aria-hidden="true">✖ </span>Brevet kunne ikke tjekkes: {error}
        </p>
      )}
      {!analysis && !error && !checking && <p class="lc-state">Begynd at skrive brevet, så tjekker Sidevogn det løbende.</p>}
      {!analysis && checking && <p class="lc-state">Sidevogn læser brevet …</p>}
      {analysis && empty && <p class="lc-state">Begynd at skrive brevet, så tjekker Sidevogn det løbende.</p>}
      {analysis && !empty && (
        <>
          <Summary analysis={analysis} />
          <Findings findings={analysis.findings} onShow={props.onShowFinding} />
          <Checklist groups={analysis.groups} analysis={analysis} />
          <Lix analysis={analysis} />
        </>
      )}
      {analysis && analysis.standardTexts.length > 0 && <StandardTexts texts={analysis.standardTexts} onCopy={props.onCopy} />}
    </div>
  );
}

// A type only estimated from the whole letter is there, but the letter should say it: marked like a block to fix.
function decisionState(analysis: CheckResponse): { state: 'ok' | 'missing' | 'problem'; mark: string } {
  if (analysis.decisionType === 'ukendt') return { state: 'missing', mark: '✖' };
  return analysis.decisionTypeSource === 'estimate' ? { state: 'problem', mark: '!' } : { state: 'ok', mark: '✓' };
}

function DecisionRow({ analysis }: { analysis: CheckResponse }) {
  const { state, mark } = decisionState(analysis);
  return (
    <li class={`lc-el lc-el--${state}`}>
      <span class="lc-el__mark" aria-hidden="true">
        {mark}
      </span>
      <span class="lc-el__label">{decisionLine(analysis)}</span>
    </li>
  );
}

function decisionLine(analysis: CheckResponse): string {
  const type = DECISION_TYPE_LABELS[analysis.decisionType];
  if (analysis.decisionType === 'ukendt') return `Afgørelsestype: ${type} – skriv resultatet tydeligt først i brevet`;
  if (analysis.decisionTypeSource === 'estimate') return `Afgørelsestype: ${type} (skønnet ud fra hele brevet – skriv resultatet tydeligt først i brevet)`;
  return `Afgørelsestype: ${type} (${analysis.decisionTypeSource === 'screen' ? 'fra skærmen' : 'læst i brevet'})`;
}

function Summary({ analysis }: { analysis: CheckResponse }) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${counts[s] === 1 ? SEVERITY[s].label.toLowerCase() : SEVERITY[s].plural}`);
  return (
    <div class="lc-summary">
      <p class="lc-summary__type">{decisionLine(analysis)}</p>
      <p class="lc-summary__counts">{parts.length ? `Sidevogn fandt ${joinDanish(parts)}.` : 'Sidevogn fandt ingen problemer i brevet.'}</p>
      {analysis.entry && <p class="lc-muted">Omfanget er holdt op mod serviceniveauet for {analysis.entry.name}.</p>}
    </div>
  );
}

function joinDanish(parts: string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

function Findings({ findings, onShow }: { findings: CheckFinding[]; onShow: (f: CheckFinding) => void }) {
  const id = useId();
  if (findings.length === 0) return null;
  return (
    <section class="lc-section" aria-labelledby={`${id}-h`}>
      <h2 class="lc-h" id={`${id}-h`}>
        Det bør du se på
      </h2>
      <ol class="lc-findings">
        {sortFindings(findings).map((f) => (
          <FindingItem key={`${f.ruleId}-${f.start}-${f.end}`} finding={f} onShow={onShow} />
        ))}
      </ol>
    </section>
  );
}

function FindingItem({ finding, onShow }: { finding: CheckFinding; onShow: (f: CheckFinding) => void }) {
  const sev = SEVERITY[finding.severity];
  return (
    <li class={`lc-finding lc-finding--${finding.severity}`} data-rule={finding.ruleId}>
      <p class="lc-finding__head">
        <span class="lc-sev">
          <span class="lc-sev__mark" aria-hidden="true">
            {sev.mark}
          </span>
          {sev.label}
          <span class="lc-sr">:</span>
        </span>{' '}
        <span class="lc-finding__msg">{finding.message}</span>
      </p>
      <details class="lc-why">
        <summary>Hvorfor?</summary>
        <p class="lc-why__text">{finding.why}</p>
        {finding.suggestion && (
          <p class="lc-why__suggestion">
            <strong>Forslag:</strong> {finding.suggestion}
          </p>
        )}
      </details>
      <button type="button" class="lc-btn" onClick={() => onShow(finding)}>
        Vis i brevet
      </button>
    </li>
  );
}

type ElementState = 'ok' | 'missing' | 'problem' | 'optional' | 'unwanted';

function elementState(e: CheckGroup['elements'][number]): { state: ElementState; mark: string; text: string } {
  if (e.unwanted) return e.present ? { state: 'unwanted', mark: '✖', text: 'Fundet – bør rettes' } : { state: 'ok', mark: '✓', text: 'Ikke fundet' };
  if (e.present && e.problem) return { state: 'problem', mark: '!', text: 'Med, men skal rettes' };
  if (e.present) return { state: 'ok', mark: '✓', text: 'Med' };
  if (e.required) return { state: 'missing', mark: '✖', text: 'Mangler' };
  return { state: 'optional', mark: '–', text: 'Ikke krævet her' };
}

function Checklist({ groups, analysis }: { groups: CheckGroup[]; analysis: CheckResponse }) {
  const id = useId();
  return (
    <section class="lc-section" aria-labelledby={`${id}-h`}>
      <h2 class="lc-h" id={`${id}-h`}>
        Byggesten i en god afgørelse
      </h2>
      {groups.map((g) => (
        <div class="lc-group" key={g.id} data-group={g.id}>
          <h3 class="lc-group__title">{g.label}</h3>
          <ul class="lc-els">
            {g.id === 'resultat' && <DecisionRow analysis={analysis} />}
            {g.elements.map((e) => {
              const s = elementState(e);
              return (
                <li class={`lc-el lc-el--${s.state}`} key={e.id} data-element={e.id}>
                  <span class="lc-el__mark" aria-hidden="true">
                    {s.mark}
                  </span>
                  <span class="lc-el__label">{e.label}</span>
                  <span class="lc-el__state">
                    <span class="lc-sr">: </span>
                    {s.text}
                  </span>
                  {e.problem && <span class="lc-el__problem">{e.problem}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Where the LIX scale ends on the meter (a little past the last band's start). */
function scaleMax(bands: CheckResponse['lixBands']): number {
  const last = bands.reduce((m, b) => (b.below !== undefined && b.below > m ? b.below : m), 0);
  return last > 0 ? last + 15 : 70;
}

function Lix({ analysis }: { analysis: CheckResponse }) {
  const id = useId();
  const { lix, lixBands } = analysis;
  const max = scaleMax(lixBands);
  const value = Math.round(lix.value);
  const perSentence = lix.sentences > 0 ? Math.round((lix.words / lix.sentences) * 10) / 10 : 0;
  let from = 0;
  return (
    <section class="lc-section lc-lix" aria-labelledby={`${id}-h`}>
      <h2 class="lc-h" id={`${id}-h`}>
        Læsbarhed
      </h2>
      <p class="lc-lix__value">
        Lixtal <strong>{value}</strong> – {lix.band}
      </p>
      <div class="lc-lix__bar" role="img" aria-label={`Lixtal ${value} på en skala fra 0 til ${max}: ${lix.band}`}>
        {lixBands.map((b) => {
          const to = b.below ?? max;
          const width = Math.max(0, ((Math.min(to, max) - from) / max) * 100);
          const seg = (
            <span class={`lc-lix__band${b.label === lix.band ? ' lc-lix__band--current' : ''}`} key={b.label} style={{ width: `${width}%` }} title={b.label}>
              {width >= 14 ? b.label : ''}
            </span>
          );
          from = to;
          return seg;
        })}
        <span class="lc-lix__marker" style={{ left: `${Math.min(100, Math.max(0, (lix.value / max) * 100))}%` }} />
      </div>
      <p class="lc-muted">
        {lix.words} ord i {lix.sentences} {lix.sentences === 1 ? 'sætning' : 'sætninger'}
        {lix.sentences > 0 ? ` (gennemsnitligt ${String(perSentence).replace('.', ',')} ord pr. sætning)` : ''}. Et lixtal under 35 er let at læse for de fleste.
      </p>
    </section>
  );
}

function StandardTexts({ texts, onCopy }: { texts: CheckResponse['standardTexts']; onCopy: (text: string) => void }) {
  const id = useId();
  const [copied, setCopied] = useState<string | undefined>();
  return (
    <section class="lc-section" aria-labelledby={`${id}-h`}>
      <h2 class="lc-h" id={`${id}-h`}>
        Kommunens standardtekster
      </h2>
      <ul class="lc-texts">
        {texts.map((t) => (
          <li class="lc-text" key={t.id}>
            <details>
              <summary class="lc-text__title">{t.title}</summary>
              <p class="lc-text__body">{t.text}</p>
            </details>
            <button
              type="button"
              class="lc-btn"
              aria-label={`Kopiér «${t.title}»`}
              onClick={() => {
                onCopy(t.text);
                setCopied(t.id);
              }}
            >
              Kopiér
            </button>
            <span class="lc-text__copied" role="status">
              {copied === t.id ? 'Kopieret – indsæt den i brevet, og tilpas den til sagen.' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
