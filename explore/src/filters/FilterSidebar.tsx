import { useEffect, useMemo, useState } from 'react';
import { compareKinds, kindStyle } from '../graph/kinds';
import { kindName, relationName } from '../i18n/vocabulary';
import { formatDate, useLang, useMessages } from '../i18n/lang';
import {
  dateExtent,
  isPartialDate,
  kindCounts,
  relationCounts,
  toggle,
  type Filters,
  type Visibility,
} from './filters';
import { MESSAGES } from './filters.messages';
import type { GraphView } from '../api/types';

interface Props {
  view: GraphView;
  visibility: Visibility;
  filters: Filters;
  setFilters(update: (f: Filters) => Filters): void;
  nameOf(id: string): string;
}

/** The legend (also the filter by kind, with counts), relation types, date range and hidden nodes. */
export function FilterSidebar({ view, visibility, filters, setFilters, nameOf }: Props): JSX.Element {
  const m = useMessages(MESSAGES);
  const lang = useLang();
  const kinds = useMemo(
    () => kindCounts(view.nodes, visibility).sort((a, b) => compareKinds(a.key, b.key)),
    [view, visibility],
  );
  const relations = useMemo(() => relationCounts(view.edges, visibility), [view, visibility]);
  const extent = useMemo(() => dateExtent(view), [view]);
  // kinds hidden through the URL but not loaded yet are still listed, so they can be shown again
  const hiddenKindsAbsent = filters.hiddenKinds.filter((k) => !kinds.some((c) => c.key === k));
  const hiddenRelationsAbsent = filters.hiddenRelations.filter((k) => !relations.some((c) => c.key === k));

  return (
    <div className="sidebar-inner">
      <section aria-labelledby="legend-title" data-testid="legend">
        <h2 id="legend-title">{m.legend}</h2>
        <p className="hint">{m.legendHint}</p>
        <ul className="legend">
          {[...kinds, ...hiddenKindsAbsent.map((key) => ({ key, total: 0, visible: 0 }))].map((c) => {
            const shown = !filters.hiddenKinds.includes(c.key);
            return (
              <li key={c.key}>
                <button
                  type="button"
                  aria-pressed={shown}
                  className={shown ? 'legend-item' : 'legend-item off'}
                  aria-label={m.toggleKind(kindName(c.key, lang), c.visible, c.total, shown)}
                  onClick={() => setFilters((f) => ({ ...f, hiddenKinds: toggle(f.hiddenKinds, c.key) }))}
                  data-testid={`legend-${c.key}`}
                >
                  <span className="kind-dot" style={{ background: kindStyle(c.key).color }} aria-hidden="true" />
                  <span className="legend-name">{kindName(c.key, lang)}</span>
                  <span className="legend-count">{c.visible === c.total ? c.total : `${c.visible}/${c.total}`}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {filters.hiddenKinds.length > 0 && (
          <button type="button" className="link" onClick={() => setFilters((f) => ({ ...f, hiddenKinds: [] }))}>
            {m.showAll}
          </button>
        )}
      </section>

      <section aria-labelledby="relations-title" data-testid="relation-filter">
        <h2 id="relations-title">{m.relations}</h2>
        <ul className="legend">
          {[...relations, ...hiddenRelationsAbsent.map((key) => ({ key, total: 0, visible: 0 }))].map((c) => {
            const shown = !filters.hiddenRelations.includes(c.key);
            return (
              <li key={c.key}>
                <button
                  type="button"
                  aria-pressed={shown}
                  className={shown ? 'legend-item' : 'legend-item off'}
                  aria-label={m.toggleKind(relationName(c.key, lang), c.visible, c.total, shown)}
                  onClick={() => setFilters((f) => ({ ...f, hiddenRelations: toggle(f.hiddenRelations, c.key) }))}
                  data-testid={`relation-${c.key}`}
                >
                  <span className="edge-swatch" aria-hidden="true" />
                  <span className="legend-name">{relationName(c.key, lang)}</span>
                  <span className="legend-count">{c.visible === c.total ? c.total : `${c.visible}/${c.total}`}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {filters.hiddenRelations.length > 0 && (
          <button type="button" className="link" onClick={() => setFilters((f) => ({ ...f, hiddenRelations: [] }))}>
            {m.showAll}
          </button>
        )}
      </section>

      <DateRangeInputs filters={filters} setFilters={setFilters} extent={extent} />

      {filters.hiddenNodes.length > 0 && (
        <section aria-labelledby="hidden-title" data-testid="hidden-nodes">
          <h2 id="hidden-title">{m.hidden(filters.hiddenNodes.length)}</h2>
          <ul className="hidden-list">
            {filters.hiddenNodes.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => setFilters((f) => ({ ...f, hiddenNodes: toggle(f.hiddenNodes, id) }))}
                  aria-label={m.showOne(nameOf(id))}
                >
                  {nameOf(id)}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => setFilters((f) => ({ ...f, hiddenNodes: [] }))}
            data-testid="show-hidden"
          >
            {m.showHidden}
          </button>
        </section>
      )}
    </div>
  );
}

function DateRangeInputs({
  filters,
  setFilters,
  extent,
}: {
  filters: Filters;
  setFilters: Props['setFilters'];
  extent: { from: string; to: string } | undefined;
}): JSX.Element {
  const m = useMessages(MESSAGES);
  const lang = useLang();
  const [from, setFrom] = useState(filters.dateFrom ?? '');
  const [to, setTo] = useState(filters.dateTo ?? '');
  useEffect(() => setFrom(filters.dateFrom ?? ''), [filters.dateFrom]);
  useEffect(() => setTo(filters.dateTo ?? ''), [filters.dateTo]);
  const fromOk = from.trim() === '' || isPartialDate(from);
  const toOk = to.trim() === '' || isPartialDate(to);
  const apply = () => {
    if (!fromOk || !toOk) return;
    setFilters((f) => ({ ...f, dateFrom: from.trim() || undefined, dateTo: to.trim() || undefined }));
  };
  return (
    <section aria-labelledby="dates-title" data-testid="date-filter">
      <h2 id="dates-title">{m.dates}</h2>
      <form
        className="dates"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label>
          {m.dateFrom}
          <input
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            onBlur={apply}
            placeholder={m.datePlaceholder}
            aria-invalid={!fromOk}
            inputMode="numeric"
            data-testid="date-from"
          />
        </label>
        <label>
          {m.dateTo}
          <input
            value={to}
            onChange={(e) => setTo(e.target.value)}
            onBlur={apply}
            placeholder={m.datePlaceholder}
            aria-invalid={!toOk}
            inputMode="numeric"
            data-testid="date-to"
          />
        </label>
        <button type="submit" hidden />
      </form>
      {(!fromOk || !toOk) && (
        <p className="error" role="alert">
          {m.dateInvalid}
        </p>
      )}
      {extent && <p className="hint">{m.dateExtent(formatDate(extent.from, lang), formatDate(extent.to, lang))}</p>}
      {(filters.dateFrom || filters.dateTo) && (
        <button
          type="button"
          className="link"
          onClick={() => setFilters((f) => ({ ...f, dateFrom: undefined, dateTo: undefined }))}
        >
          {m.clearDates}
        </button>
      )}
    </section>
  );
}
