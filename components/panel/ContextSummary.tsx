import type { CaseContext } from '../../lib/host/context';

const AREA_LABELS: Record<string, string> = { aeldre: 'Ældre', voksne: 'Voksne', boern: 'Børn og unge' };

interface Props {
  context: CaseContext;
  /** Start teaching Sidevogn this screen (the picker); absent while teaching. */
  onTeach?: () => void;
}

/** "Sagskontekst": what Sidevogn read from the screen, so the user can see what it understood. */
export function ContextSummary({ context, onTeach }: Props) {
  const rows: [string, string | undefined][] = [
    ['Skærmbillede', context.screenLabel],
    ['Område', context.sagsomraade && AREA_LABELS[context.sagsomraade]],
    ['Lovgrundlag', context.lovgrundlag],
    ['Indsats', context.indsats],
    ['Omfang', context.omfang],
    ['Afgørelsestype', context.afgoerelsestype],
    ['Ansøgning modtaget', context.ansoegningsdato],
    ['Brevredigering', context.hasLetterEditor ? 'Fundet' : 'Ikke på dette skærmbillede'],
  ];
  return (
    <details class="sv-context" open>
      <summary>
        <span class="sv-context__title">Sagskontekst</span>
        <span class="sv-context__hint">det har Sidevogn læst på skærmen</span>
      </summary>
      <dl class="sv-context__list" data-testid="sagskontekst">
        {rows.map(([label, value]) => (
          <div class="sv-context__row" key={label} data-field={label}>
            <dt>{label}</dt>
            <dd class={value ? undefined : 'sv-muted'}>{value ?? 'Ikke fundet'}</dd>
          </div>
        ))}
      </dl>
      {onTeach && (
        <p class="sv-context__teach">
          <button type="button" class="sv-linkbtn" data-testid="laer-skaermbillede" onClick={onTeach}>
            Læser Sidevogn forkert? Lær den skærmbilledet
          </button>
        </p>
      )}
    </details>
  );
}
