import type { Verdict } from '../../lib/service-level/verdict';

/** A mark shown beside the headline so the verdict is never told by colour alone. */
const MARKS: Record<Verdict['status'], string> = { inside: '✓', outside: '!', unknown: '?' };

/** The verdict: headline with mark and colour, reasoning, and who decides. */
export function VerdictBox({ verdict }: { verdict: Verdict }) {
  return (
    <section class={`sl-verdict sl-verdict--${verdict.status}`} aria-label="Vurdering af omfanget" data-status={verdict.status}>
      {/* Polite live region: when the caseworker edits the omfang on the case screen, the new verdict is read out. */}
      <p class="sl-verdict__headline" aria-live="polite" aria-atomic="true">
        <span class="sl-verdict__mark" aria-hidden="true">
          {MARKS[verdict.status]}
        </span>
        {verdict.headline}
      </p>
      <p class="sl-verdict__text">{verdict.explanation}</p>
      {verdict.decidedByText && (
        <p class={`sl-verdict__who${verdict.status === 'outside' ? ' sl-verdict__who--strong' : ''}`}>{verdict.decidedByText}</p>
      )}
    </section>
  );
}
