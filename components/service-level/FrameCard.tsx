import type { ComponentChildren } from 'preact';
import type { CatalogueEntry } from '../../lib/service-level/schema';
import { describeDeciders, describeFrameRule } from '../../lib/service-level/verdict';
import {
  AREA_LABELS,
  describeDeadlineRule,
  describeDuration,
  describeFollowUp,
  describePrice,
  describeUserPayment,
  formatIsoDate,
} from './format';

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="sl-card__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function List({ items }: { items: readonly string[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul class="sl-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Note({ text }: { text: string | undefined }) {
  return text ? <span class="sl-note"> {text}</span> : null;
}

/** One catalogue entry in plain Danish, in the order of a kvalitetsstandard. */
export function FrameCard({ entry }: { entry: CatalogueEntry }) {
  const headingId = `sl-card-${entry.id}`;
  const validity = [
    entry.approved ? `godkendt ${formatIsoDate(entry.approved)}` : '',
    entry.validFrom ? `gælder fra ${formatIsoDate(entry.validFrom)}` : '',
    entry.validTo ? `til ${formatIsoDate(entry.validTo)}` : '',
  ].filter(Boolean);
  return (
    <section class="sl-card" aria-labelledby={headingId}>
      <h3 class="sl-card__title" id={headingId}>
        {entry.name}
      </h3>
      <p class="sl-card__sub">
        {AREA_LABELS[entry.area]}
        {entry.fsiii ? ` · FSIII ${entry.fsiii}` : ''}
      </p>
      <dl class="sl-card__list">
        <Row label="Lovgrundlag">
          <List items={entry.legalBasis} />
        </Row>
        <Row label="Hvem kan få">{entry.targetGroup}</Row>
        <Row label="Formål">{entry.purpose}</Row>
        {entry.includes.length > 0 && (
          <Row label="Indgår">
            <List items={entry.includes} />
          </Row>
        )}
        {entry.excludes.length > 0 && (
          <Row label="Indgår ikke">
            <List items={entry.excludes} />
          </Row>
        )}
        <Row label="Ramme for omfang">
          {entry.frame.length > 0 ? (
            <List items={entry.frame.map((r) => `${r.label ? `${r.label}: ` : ''}${describeFrameRule(r)}${r.note ? ` (${r.note})` : ''}`)} />
          ) : (
            'Ingen mængderamme i kataloget.'
          )}
          <Note text={entry.frameNote} />
        </Row>
        {entry.duration && (entry.duration.typical || entry.duration.max || entry.duration.note) && (
          <Row label="Varighed">
            {[
              entry.duration.typical ? `typisk ${describeDuration(entry.duration.typical)}` : '',
              entry.duration.max ? `højst ${describeDuration(entry.duration.max)}` : '',
            ]
              .filter(Boolean)
              .join(', ')}
            <Note text={entry.duration.note} />
          </Row>
        )}
        {entry.providers && (
          <Row label="Leverandør">
            {entry.providers.names.join(', ')}. {entry.providers.freeChoice ? 'Borgeren har frit valg.' : 'Ikke frit valg.'}
            <Note text={entry.providers.note} />
          </Row>
        )}
        {entry.price && (
          <Row label="Pris">
            {describePrice(entry.price)}
            <Note text={entry.price.note} />
          </Row>
        )}
        {entry.userPayment && (
          <Row label="Egenbetaling">
            {describeUserPayment(entry.userPayment)}
            <Note text={entry.userPayment.note} />
          </Row>
        )}
        <Row label="Hvem bevilger">
          Inden for rammen: {describeDeciders(entry.competence.insideFrame)}. Uden for rammen: {describeDeciders(entry.competence.outsideFrame)}.
          <Note text={entry.competence.note} />
        </Row>
        {entry.processingDeadline && (
          <Row label="Sagsbehandlingsfrist">
            {describeDeadlineRule(entry.processingDeadline)}
            <Note text={entry.processingDeadline.note} />
          </Row>
        )}
        {entry.followUp && (
          <Row label="Opfølgning">
            {describeFollowUp(entry.followUp)}
            <Note text={entry.followUp.note} />
          </Row>
        )}
        {validity.length > 0 && <Row label="Gyldighed">{validity.join(', ')}</Row>}
      </dl>
      {entry.notes.length > 0 && (
        <details class="sl-details">
          <summary>Noter fra kataloget ({entry.notes.length})</summary>
          <List items={entry.notes} />
        </details>
      )}
      {entry.standardUrl && (
        <p class="sl-card__link">
          <a href={entry.standardUrl} target="_blank" rel="noopener noreferrer">
            Læs kvalitetsstandarden<span class="sl-sr"> (åbner i et nyt vindue)</span>
          </a>
        </p>
      )}
    </section>
  );
}
