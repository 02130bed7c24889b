import { useState } from 'preact/hooks';
import type { FieldLookup, SiteProfile } from '../../lib/host/site-profile-schema';
import type { ScreenDraft } from '../../lib/messaging/screen-drafts';
import { CONTEXT_FIELDS } from '../../lib/host/context';
import { ConfirmButton, EditButton, Notice, useReadOnly } from './fields';
import { draftTarget, formatDraftTime, type AcceptedDraft, type DraftMergeResult } from './drafts';
import { FIELD_LABELS } from './SiteProfilesSection';

export interface ScreenDraftsSectionProps {
  /** Newest first; undefined while loading. */
  drafts: readonly ScreenDraft[] | undefined;
  loadError?: string;
  /** The working copy's site profiles (to say where each draft would go). */
  profiles: readonly SiteProfile[];
  /** Drafts already merged into the working copy, deleted when the pack is saved. */
  accepted: readonly AcceptedDraft[];
  /** Merges a draft into the working copy; `replace` after the support person confirmed. */
  onAccept: (draft: ScreenDraft, replace: boolean) => DraftMergeResult;
  onReject: (id: string) => void;
  onRefresh: () => void;
}

type Conflict = Extract<DraftMergeResult, { kind: 'conflict' }>;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const out = { ...record };
  delete out[key];
  return out;
}

/**
 * "Forslag fra panelet": screens a support person taught with the panel's picker. A draft is
 * only a proposal (content scripts may not change the configuration); accepting merges it into
 * the working copy like any other edit, saved with Gem. Read-only mode lists the drafts but
 * cannot accept them; rejecting is still possible (it changes no configuration).
 */
export function ScreenDraftsSection(props: ScreenDraftsSectionProps) {
  const { drafts } = props;
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const readOnly = useReadOnly();

  const accept = (draft: ScreenDraft, replace: boolean) => {
    const result = props.onAccept(draft, replace);
    setConflicts((c) => (result.kind === 'conflict' ? { ...c, [draft.id]: result } : without(c, draft.id)));
    setErrors((e) => (result.kind === 'invalid' ? { ...e, [draft.id]: result.errors } : without(e, draft.id)));
  };

  return (
    <section class="st-section" aria-labelledby="st-drafts-h" data-testid="screen-drafts" data-count={drafts?.length ?? 0}>
      <div class="st-row">
        <h2 id="st-drafts-h">Forslag fra panelet</h2>
        <button type="button" class="st-btn st-btn--small" onClick={props.onRefresh} data-testid="screen-drafts-refresh">
          Hent igen
        </button>
      </div>
      <p class="st-lead">
        Skærmbilleder, som er lært med »Lær skærmbilledet« i panelet. Et forslag bruges først, når du har tilføjet det til en skærmprofil og
        trykket Gem.
        {readOnly ? ' Studiet er skrivebeskyttet, så forslagene kan kun ses og afvises her.' : ''}
      </p>
      {props.loadError ? (
        <Notice kind="error" testId="screen-drafts-error">
          {props.loadError}
        </Notice>
      ) : null}
      {drafts === undefined && !props.loadError ? <p role="status">Henter forslag …</p> : null}
      {drafts?.length === 0 ? <p class="st-empty">Ingen forslag fra panelet.</p> : null}
      {drafts?.length ? (
        <ul class="st-drafts">
          {drafts.map((draft) => {
            const accepted = props.accepted.some((a) => a.draftId === draft.id);
            const target = draftTarget(props.profiles, draft);
            const conflict = conflicts[draft.id];
            const errs = errors[draft.id];
            const screen = draft.screen;
            return (
              <li key={draft.id} class="st-draft" data-testid="screen-draft" data-id={draft.id} data-state={accepted ? 'accepted' : 'open'}>
                <h3>
                  {screen.label} <code>({screen.id})</code>
                </h3>
                <p class="st-draft__meta">
                  Fra <code data-testid="screen-draft-origin">{draft.origin}</code> · lært {formatDraftTime(draft.createdAt)}
                </p>
                <p class="st-draft__meta" data-testid="screen-draft-target">
                  {target.kind === 'new'
                    ? `Bliver en ny skærmprofil: ${target.name} (${target.id}).`
                    : target.replaces
                      ? `Erstatter skærmbilledet ${screen.id} i ${target.profile.name || target.profile.id}.`
                      : `Tilføjes til ${target.profile.name || target.profile.id}.`}
                </p>
                <p class="st-draft__meta">
                  Stier: {screen.paths.map((p, i) => (
                    <span key={p}>
                      {i ? ', ' : ''}
                      <code>{p}</code>
                    </span>
                  ))}
                </p>
                <DraftFields draft={draft} />
                {accepted ? (
                  <Notice kind="ok" testId="screen-draft-accepted">
                    Tilføjet til arbejdskopien. Tryk Gem for at bruge det; forslaget slettes, når det er gemt.
                  </Notice>
                ) : null}
                {errs?.length ? (
                  <Notice kind="error" testId="screen-draft-errors">
                    <p>Forslaget kan ikke tilføjes:</p>
                    <ul>
                      {errs.map((l) => (
                        <li key={l}>{l}</li>
                      ))}
                    </ul>
                  </Notice>
                ) : null}
                {conflict && !accepted ? (
                  <div class="st-confirm" role="group" data-testid="screen-draft-conflict">
                    <span class="st-confirm__q">
                      {conflict.profileName} har allerede skærmbilledet »{conflict.screenLabel}« ({conflict.screenId}). Erstat det med forslaget?
                    </span>
                    <EditButton class="st-btn st-btn--small st-btn--danger-solid" data-testid="screen-draft-replace" onClick={() => accept(draft, true)}>
                      Erstat
                    </EditButton>
                    <button type="button" class="st-btn st-btn--small" data-testid="screen-draft-replace-cancel" onClick={() => setConflicts((c) => without(c, draft.id))}>
                      Fortryd
                    </button>
                  </div>
                ) : null}
                <div class="st-row">
                  <EditButton class="st-btn st-btn--primary st-btn--small" disabled={accepted || Boolean(conflict)} data-testid="screen-draft-accept" onClick={() => accept(draft, false)}>
                    Tilføj til skærmprofil <span class="st-sr">{screen.label}</span>
                  </EditButton>
                  <ConfirmButton
                    editsPack={false}
                    disabled={accepted}
                    testId="screen-draft-reject"
                    question={`Afvis forslaget »${screen.label}«? Det slettes.`}
                    confirmLabel="Ja, afvis"
                    onConfirm={() => props.onReject(draft.id)}
                  >
                    Afvis <span class="st-sr">{screen.label}</span>
                  </ConfirmButton>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

function lookupCells(lookup: FieldLookup) {
  return (
    <>
      <td>{lookup.labels.length ? lookup.labels.join(', ') : '–'}</td>
      <td>
        {lookup.selectors.length
          ? lookup.selectors.map((s, i) => (
              <span key={s}>
                {i ? ', ' : ''}
                <code>{s}</code>
              </span>
            ))
          : '–'}
        {lookup.map ? <span class="st-hint"> (oversætter {Object.keys(lookup.map).length} værdier)</span> : null}
      </td>
    </>
  );
}

/** The fields a draft teaches: label and selectors per field, then the letter editor. */
function DraftFields({ draft }: { draft: ScreenDraft }) {
  const screen = draft.screen;
  const rows = CONTEXT_FIELDS.flatMap((key) => {
    const lookup = screen.fields[key];
    return lookup ? [{ key, label: FIELD_LABELS[key], lookup }] : [];
  });
  const constants = CONTEXT_FIELDS.flatMap((key) => (screen.constants[key] ? [`${FIELD_LABELS[key]}: ${screen.constants[key]}`] : []));
  if (!rows.length && !screen.letterEditor && !constants.length) return <p class="st-empty">Forslaget lærer ingen felter.</p>;
  return (
    <>
      <table class="st-table" data-testid="screen-draft-fields">
        <thead>
          <tr>
            <th scope="col">Felt</th>
            <th scope="col">Ledetekster</th>
            <th scope="col">Selektorer</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-field={r.key}>
              <th scope="row">{r.label}</th>
              {lookupCells(r.lookup)}
            </tr>
          ))}
          {screen.letterEditor ? (
            <tr data-field="letterEditor">
              <th scope="row">Brevets editor</th>
              {lookupCells(screen.letterEditor)}
            </tr>
          ) : null}
        </tbody>
      </table>
      {screen.signals.length ? (
        <p class="st-draft__meta">
          Kendetegn:{' '}
          {screen.signals.map((s, i) => (
            <span key={i}>
              {i ? ', ' : ''}
              <code>{s.selector}</code>
              {s.text ? ` med »${s.text}«` : ''}
            </span>
          ))}
        </p>
      ) : null}
      {constants.length ? <p class="st-draft__meta">Faste værdier: {constants.join(' · ')}</p> : null}
    </>
  );
}
