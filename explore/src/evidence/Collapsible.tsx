import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/lang';
import { EVIDENCE_MESSAGES } from './evidence.messages';
import './evidence.css';

/** A list that shows its first `limit` items and a button for the rest. */
export function CollapsibleList<T>(props: {
  items: readonly T[];
  limit?: number;
  render(item: T, index: number): ReactNode;
  itemKey(item: T, index: number): string;
  className?: string;
  testId?: string;
}): JSX.Element {
  const t = useMessages(EVIDENCE_MESSAGES);
  const limit = props.limit ?? 5;
  const [open, setOpen] = useState(false);
  const listId = useId();
  const shown = open ? props.items : props.items.slice(0, limit);
  return (
    <>
      <ul id={listId} className={props.className ?? 'ev-list'} data-testid={props.testId}>
        {shown.map((item, i) => (
          <li key={props.itemKey(item, i)}>{props.render(item, i)}</li>
        ))}
      </ul>
      {props.items.length > limit ? (
        <button
          type="button"
          className="ev-more"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t.showFewer : t.showAll(props.items.length)}
        </button>
      ) : null}
    </>
  );
}

/** A section whose body can be folded away. */
export function Section(props: {
  title: string;
  count?: number;
  children: ReactNode;
  defaultOpen?: boolean;
  testId?: string;
}): JSX.Element {
  const [open, setOpen] = useState(props.defaultOpen ?? true);
  const bodyId = useId();
  return (
    <section className="ev-section" data-testid={props.testId}>
      <h3 className="ev-section-title">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true" className="ev-caret">
            {open ? '▾' : '▸'}
          </span>{' '}
          {props.title}
          {props.count !== undefined ? <span className="ev-count"> ({props.count})</span> : null}
        </button>
      </h3>
      <div id={bodyId} hidden={!open}>
        {props.children}
      </div>
    </section>
  );
}
