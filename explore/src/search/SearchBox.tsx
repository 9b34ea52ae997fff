import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../api/types';
import { kindStyle } from '../graph/kinds';
import { kindName } from '../i18n/vocabulary';
import { useLang, useMessages } from '../i18n/lang';
import { searchEntities } from '../network/queries';
import { MESSAGES } from './search.messages';
import { shouldSearch, SEARCH_DEBOUNCE_MS } from './searchText';

/**
 * Search as you type (the API's accent-insensitive full-text search), each hit
 * with its kind; arrows move through the hits, Enter chooses one, Escape closes.
 */
export function SearchBox({ onChoose }: { onChoose(hit: SearchHit): void }): JSX.Element {
  const m = useMessages(MESSAGES);
  const lang = useLang();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const query = text.trim();
    if (!shouldSearch(query)) {
      setHits(null);
      setSearching(false);
      return;
    }
    const controller = new AbortController();
    setSearching(true);
    const timer = window.setTimeout(() => {
      searchEntities(query, controller.signal)
        .then((result) => {
          setHits(result);
          setError(null);
          setActive(0);
          setOpen(true);
        })
        .catch((e: Error) => {
          if (e.name !== 'AbortError') setError(e.message);
        })
        .finally(() => {
          if (!controller.signal.aborted) setSearching(false);
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  // "/" anywhere (outside a field) jumps to the search box.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (hit: SearchHit) => {
    setOpen(false);
    onChoose(hit);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = hits?.length ?? 0;
    if (e.key === 'ArrowDown' && count > 0) {
      setOpen(true);
      setActive((a) => (a + 1) % count);
    } else if (e.key === 'ArrowUp' && count > 0) {
      setOpen(true);
      setActive((a) => (a - 1 + count) % count);
    } else if (e.key === 'Enter' && open && hits?.[active]) {
      choose(hits[active]);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    } else {
      return;
    }
    e.preventDefault();
  };

  const listId = `${id}-hits`;
  const showList = open && hits !== null && text.trim() !== '';

  return (
    <div className="search" data-testid="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={m.label}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && hits?.[active] ? `${id}-hit-${active}` : undefined}
        placeholder={m.placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        data-testid="search-input"
        autoComplete="off"
        spellCheck={false}
      />
      <span className="visually-hidden" role="status" aria-live="polite">
        {searching ? m.searching : hits ? m.count(hits.length) : ''}
      </span>
      {showList && (
        <ul id={listId} role="listbox" aria-label={m.results} className="search-hits" data-testid="search-hits">
          {hits.length === 0 && (
            <li className="search-none" role="presentation">
              {error ?? m.none(text.trim())}
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${id}-hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(hit)}
              data-testid="search-hit"
              data-id={hit.id}
            >
              <span className="kind-dot" style={{ background: kindStyle(hit.type).color }} aria-hidden="true" />
              <span className="search-hit-name">
                {hit.name}
                {hit.nameEn && hit.nameEn !== hit.name && <span className="name-en"> · {hit.nameEn}</span>}
                {hit.matched && hit.matched !== hit.name && hit.matched !== hit.nameEn && (
                  <span className="search-matched">
                    {' '}
                    ({m.matched}: {hit.matched})
                  </span>
                )}
              </span>
              <span className="kind-tag">{kindName(hit.type, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
