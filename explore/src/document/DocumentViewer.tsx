import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { SourcePassage } from '../api/types';
import { formatDate, useLang, useMessages } from '../i18n/lang';
import { ErrorNote, Loading } from '../evidence/Status';
import { useApi } from '../evidence/useApi';
import { DOCUMENT_MESSAGES } from './document.messages';
import { DocumentNotFound, FOCUSABLE, fetchDocument, nextFocusIndex } from './document';
import { codePointLength, splitPassage } from './passage';
import '../evidence/evidence.css';
import './document.css';

/**
 * The document viewer: a modal dialog with the whole text of the document, the
 * passage highlighted (<mark data-testid="passage-highlight">) and scrolled
 * into view. Escape, the close button or a click on the backdrop close it;
 * focus moves into it and back to where it was.
 */
export function DocumentViewer({ passage, onClose }: { passage: SourcePassage; onClose(): void }): JSX.Element {
  const t = useMessages(DOCUMENT_MESSAGES);
  const lang = useLang();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const state = useApi(`doc ${passage.documentId}`, () => fetchDocument(passage.documentId));
  const [showFound, setShowFound] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => setShowFound(false), [passage.documentId, passage.start, passage.end, passage.quote]);

  const split = useMemo(() => {
    if (!state.data) return null;
    const at = splitPassage(state.data.text, passage.start, passage.end, passage.quote);
    if (showFound && at.foundAt !== null) {
      const start = at.foundAt;
      return {
        ...splitPassage(state.data.text, start, start + codePointLength(passage.quote), passage.quote),
        original: at,
      };
    }
    return { ...at, original: at };
  }, [state.data, passage.start, passage.end, passage.quote, showFound]);

  // Focus moves into the dialog, and back to where it was when the dialog closes.
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialogRef.current?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  // The passage is scrolled into view once the text is there (and when it moves).
  useLayoutEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [split?.start, split?.end, state.data]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = Array.from(dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (el) => !el.closest('[hidden]'),
    );
    const current = items.indexOf(document.activeElement as HTMLElement);
    const next = nextFocusIndex(items.length, current, event.shiftKey);
    if (next < 0) return;
    event.preventDefault();
    items[next]?.focus();
  }

  async function copyQuote(): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(passage.quote);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  const doc = state.data;
  const title = doc?.title ?? passage.documentTitle ?? passage.documentId;
  const titleEn = doc?.titleEn && doc.titleEn !== doc.title ? doc.titleEn : null;

  const dialog = (
    <div
      className="doc-backdrop"
      data-testid="document-viewer-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onCloseRef.current();
      }}
    >
      <div
        ref={dialogRef}
        className="doc-dialog ev-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid="document-viewer"
        data-document-id={passage.documentId}
        onKeyDown={onKeyDown}
      >
        <header className="doc-header">
          <div className="doc-heading">
            <span className="ev-kind">{t.dialogLabel}</span>
            <h2 id={titleId} data-testid="document-title">
              {title}
              {titleEn ? (
                <span className="ev-name-en" lang="en">
                  {' '}
                  ({titleEn})
                </span>
              ) : null}
            </h2>
            <p className="ev-muted doc-meta">
              {doc ? <time dateTime={doc.date}>{formatDate(doc.date, lang)}</time> : null}
              {doc ? ' · ' : null}
              {t.passageAt(passage.start, passage.end)}
              {doc ? (
                <>
                  {' · '}
                  {t.sourceFile}: <code>{doc.sourceFile}</code>
                </>
              ) : null}
            </p>
          </div>
          <div className="doc-tools">
            <button type="button" className="ev-button" data-testid="copy-quote" onClick={() => void copyQuote()}>
              {t.copyQuote}
            </button>
            <button
              type="button"
              className="ev-button"
              aria-label={t.closeLabel}
              data-testid="close-document"
              onClick={() => onCloseRef.current()}
            >
              {t.close} ✕
            </button>
          </div>
        </header>
        <p className="doc-live" role="status" aria-live="polite">
          {copyState === 'copied' ? t.copied : copyState === 'failed' ? t.copyFailed : ''}
        </p>
        {state.loading ? <Loading /> : null}
        {state.error ? (
          <ErrorNote
            error={
              state.error instanceof DocumentNotFound ? new Error(t.notFound(state.error.documentId)) : state.error
            }
            onRetry={state.reload}
          />
        ) : null}
        {split && !split.original.matches ? (
          <div className="ev-warning" role="note" data-testid="passage-mismatch">
            <p>{t.mismatch(passage.start, passage.end)}</p>
            <blockquote lang={doc?.language ?? undefined}>„{passage.quote}“</blockquote>
            {split.original.foundAt !== null ? (
              <p>
                {t.foundElsewhere(split.original.foundAt)}{' '}
                {!showFound ? (
                  <button type="button" className="ev-link" onClick={() => setShowFound(true)}>
                    {t.showFound}
                  </button>
                ) : null}
              </p>
            ) : (
              <p>{t.notFoundInText}</p>
            )}
          </div>
        ) : null}
        {split ? (
          <pre
            className="doc-text"
            lang={doc?.language ?? undefined}
            tabIndex={0}
            aria-label={t.textLabel}
            data-testid="document-text"
          >
            {split.before}
            <mark
              ref={markRef}
              className="doc-mark"
              data-testid="passage-highlight"
              data-start={split.start}
              data-end={split.end}
            >
              {split.passage}
            </mark>
            {split.after}
          </pre>
        ) : null}
      </div>
    </div>
  );
  return createPortal(dialog, document.body);
}
