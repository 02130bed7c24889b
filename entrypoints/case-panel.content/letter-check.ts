import type { CaseContext } from '../../lib/host/context';
import { findLetterEditor, type LetterEditor } from '../../lib/host/letter-editor';
import { extractEditorText, followRange, type EditorText } from '../../lib/host/editor-text';
import { createHighlightLayer, rectsForRange, scrollRangeIntoView } from '../../lib/host/highlight';
import type { FieldLookup } from '../../lib/host/site-profile-schema';
import type { CheckFinding, CheckResponse } from '../../lib/messaging/letter';
import { send } from '../../lib/messaging/client';

export interface LetterCheckState {
  analysis?: CheckResponse;
  checking: boolean;
  error?: string;
  editorFound: boolean;
}

interface Options {
  /** Our own shadow root: the highlight overlay and the textarea mirror live here, never in the host DOM. */
  shadow: ShadowRoot;
  getContext: () => CaseContext | null;
  onChange: () => void;
  onElements: (elements: Record<string, boolean>) => void;
  signal: AbortSignal;
}

const CHECK_DELAY_MS = 400;

/**
 * Live check of the decision letter: finds the editor through the site profile, listens to
 * the caseworker's typing (passively), sends the text to the background for checking (the
 * host page's main thread only extracts text), and highlights a finding in an overlay in
 * our shadow root. The letter and the host's DOM are never changed.
 */
export function createLetterCheck({ shadow, getContext, onChange, onElements, signal }: Options) {
  const overlay = document.createElement('div');
  shadow.appendChild(overlay);
  const layer = createHighlightLayer(overlay);
  let lookup: FieldLookup | undefined;
  let editor: LetterEditor | null = null;
  let extracted: EditorText | null = null;
  let checkedText = '';
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: { start: number; end: number } | null = null;
  let detachEditor: (() => void) | undefined;
  const state: LetterCheckState = { checking: false, editorFound: false };

  const runCheck = async () => {
    if (!editor || !editor.root.isConnected) attach(lookup);
    const context = getContext();
    if (!editor || !context) return;
    extracted = extractEditorText(editor);
    const text = extracted.text;
    const my = ++seq;
    if (!text.trim()) {
      state.analysis = undefined;
      state.checking = false;
      onChange();
      return;
    }
    state.checking = true;
    onChange();
    try {
      const { afgoerelsestype, sagsomraade, lovgrundlag, indsats, omfang, ansoegningsdato } = context;
      const res = await send('letter/check', { text, context: { afgoerelsestype, sagsomraade, lovgrundlag, indsats, omfang, ansoegningsdato } });
      if (my !== seq) return;
      state.analysis = res;
      state.error = undefined;
      checkedText = text;
      onElements(Object.fromEntries(Object.entries(res.elements).map(([id, e]) => [id, e.present])));
    } catch (e) {
      if (my === seq) state.error = (e as Error).message;
    } finally {
      if (my === seq) {
        state.checking = false;
        onChange();
      }
    }
  };

  const schedule = () => {
    shown = null;
    layer.clear();
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void runCheck(), CHECK_DELAY_MS);
  };

  const draw = () => {
    if (!editor || !shown || !extracted) return layer.clear();
    layer.show(rectsForRange(editor, shown.start, shown.end, { text: extracted, mirrorContainer: overlay }));
  };
  const onMove = () => {
    if (shown) requestAnimationFrame(draw);
  };
  window.addEventListener('scroll', onMove, { capture: true, passive: true, signal });
  window.addEventListener('resize', onMove, { passive: true, signal });

  function isStillThere(current: LetterEditor): boolean {
    if (current.kind !== 'iframe') return current.root.isConnected;
    // An iframe editor is gone when its frame left the page or loaded a new document.
    return !!current.frame?.isConnected && current.root.isConnected && current.frame.contentDocument?.body === current.root;
  }

  /** (Re)finds the editor of the screen (unless the caller just found it) and listens to it. */
  function attach(nextLookup: FieldLookup | undefined, alreadyFound?: LetterEditor | null) {
    // The same screen with its editor still in place: nothing to look up (a lookup walks the
    // page's text, and attach runs after every change of the screen).
    if (nextLookup === lookup && editor && isStillThere(editor)) return;
    lookup = nextLookup;
    const found = alreadyFound !== undefined && (!alreadyFound || isStillThere(alreadyFound)) ? alreadyFound : findLetterEditor(document, lookup);
    if (found && editor && found.root === editor.root) return;
    detachEditor?.();
    detachEditor = undefined;
    editor = found;
    state.editorFound = !!editor;
    if (!editor) {
      state.analysis = undefined;
      onChange();
      return;
    }
    const local = new AbortController();
    const target: EventTarget = editor.kind === 'iframe' ? editor.root.ownerDocument : editor.root;
    target.addEventListener('input', schedule, { passive: true, signal: local.signal });
    const observer = editor.kind === 'textarea' ? null : new MutationObserver(schedule);
    observer?.observe(editor.root, { childList: true, subtree: true, characterData: true });
    if (editor.kind === 'iframe') editor.frame?.contentWindow?.addEventListener('scroll', onMove, { capture: true, passive: true, signal: local.signal });
    detachEditor = () => {
      local.abort();
      observer?.disconnect();
    };
    void runCheck();
  }

  signal.addEventListener('abort', () => {
    detachEditor?.();
    if (timer !== undefined) clearTimeout(timer);
    layer.destroy();
    overlay.remove();
  });

  return {
    state,
    attach,
    /** The editor's own element, whose changes the screen watcher can skip. */
    editorElement: (): Element | undefined => (editor?.kind === 'iframe' ? undefined : editor?.root),
    /** The screen's context changed (e.g. afgørelsestype): check again. */
    contextChanged: schedule,
    /** "Vis i brevet": scroll to the finding's text and mark it. */
    showFinding(finding: CheckFinding) {
      if (!editor) return;
      extracted = extractEditorText(editor);
      shown = followRange(checkedText, extracted.text, finding.start, finding.end);
      if (!shown) return layer.clear();
      scrollRangeIntoView(editor, shown.start, shown.end, { text: extracted, mirrorContainer: overlay });
      requestAnimationFrame(draw);
    },
  };
}

export type LetterCheck = ReturnType<typeof createLetterCheck>;
