import { ApiError } from '../api/graphql';
import { useMessages } from '../i18n/lang';
import { EVIDENCE_MESSAGES } from './evidence.messages';
import './evidence.css';

export function Loading(): JSX.Element {
  const t = useMessages(EVIDENCE_MESSAGES);
  return (
    <p className="ev-loading" role="status" aria-live="polite" data-testid="loading">
      {t.loading}
    </p>
  );
}

/** The server's own message (ApiError), never a stack trace, with a retry button. */
export function ErrorNote(props: { error: Error; onRetry?: () => void }): JSX.Element {
  const t = useMessages(EVIDENCE_MESSAGES);
  const code = props.error instanceof ApiError ? props.error.code : null;
  return (
    <div className="ev-error" role="alert" data-testid="error">
      <strong>{t.errorTitle}</strong>
      <p>
        {props.error.message}
        {code ? <span className="ev-code"> ({code})</span> : null}
      </p>
      {props.onRetry ? (
        <button type="button" onClick={props.onRetry}>
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}
