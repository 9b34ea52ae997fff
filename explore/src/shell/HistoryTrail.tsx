import { MESSAGES } from '../filters/filters.messages';
import { useMessages } from '../i18n/lang';
import type { HistoryStep } from '../state/history';

/** The breadcrumb: each step the user took; a click goes back to the network as it was then. */
export function HistoryTrail({
  steps,
  onRestore,
}: {
  steps: HistoryStep[];
  onRestore(index: number): void;
}): JSX.Element | null {
  const m = useMessages(MESSAGES);
  if (steps.length === 0) return null;
  const label = (step: HistoryStep) => {
    switch (step.kind) {
      case 'start':
        return m.historyStart(step.name);
      case 'focus':
        return m.historyFocus(step.name);
      case 'expand':
        return m.historyExpand(step.name);
      case 'add':
        return m.historyAdd(step.name);
      case 'graph':
        return m.historyGraph(Number(step.name));
    }
  };
  return (
    <nav aria-labelledby="history-title" className="history" data-testid="history">
      <h2 id="history-title">{m.history}</h2>
      {steps.length > 1 && (
        <button type="button" onClick={() => onRestore(steps.length - 2)} data-testid="history-back">
          ← {m.back}
        </button>
      )}
      <ol>
        {steps.map((step, i) => (
          <li key={i}>
            {i === steps.length - 1 ? (
              <span aria-current="step" className="history-current">
                {label(step)} <span className="hint">({m.historyCurrent})</span>
              </span>
            ) : (
              <button type="button" className="link" onClick={() => onRestore(i)}>
                {label(step)}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
