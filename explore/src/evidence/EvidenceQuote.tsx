import type { SourcePassage } from '../api/types';
import { useMessages } from '../i18n/lang';
import { useActions } from '../state/actions';
import { EVIDENCE_MESSAGES } from './evidence.messages';
import './evidence.css';

/**
 * A fact's quote, in the document's language, with a "source" button that
 * opens the document viewer on the passage. data-testid="evidence-quote" on
 * the quote, "open-source" on the button.
 */
export function EvidenceQuote(props: {
  evidence: SourcePassage | null | undefined;
  lang?: string;
}): JSX.Element | null {
  const t = useMessages(EVIDENCE_MESSAGES);
  const { openPassage } = useActions();
  const evidence = props.evidence;
  if (!evidence?.quote) return null;
  const title = evidence.documentTitle ?? '';
  return (
    <figure className="ev-quote" data-testid="evidence">
      <blockquote className="ev-quote-text" lang={props.lang} data-testid="evidence-quote" aria-label={t.quoteLabel}>
        „{evidence.quote}“
      </blockquote>
      <figcaption>
        <button
          type="button"
          className="ev-link"
          data-testid="open-source"
          data-document-id={evidence.documentId}
          data-start={evidence.start}
          aria-label={title ? t.openSource(title) : t.openSourceNoTitle}
          title={title || undefined}
          onClick={() => openPassage(evidence)}
        >
          {t.source} ↗
        </button>
      </figcaption>
    </figure>
  );
}
