import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { GraphEdge, GraphNode } from '../api/types';
import { download } from '../export/download';
import { fileNameFor } from '../export/fileNameFor';
import { compareKinds, kindStyle } from '../graph/kinds';
import { kindName, relationPhrase, roleName, valueName } from '../i18n/vocabulary';
import { formatDate, useLang, useMessages, type Lang } from '../i18n/lang';
import { useActions } from '../state/actions';
import { MESSAGES } from './table.messages';
import { nodesCsv, relationsCsv } from './tableCsv';
import {
  ariaSort,
  filterByKind,
  filterRows,
  kindCounts,
  nextSort,
  pageOf,
  sortRows,
  type SortState,
} from './tableFilter';
import { nodeRows, relationRows, type NodeRow, type RelationRow, type RowVocabulary } from './tableRows';
import './table.css';

type Tab = 'nodes' | 'relations';

interface Column<R> {
  key: string;
  header: string;
  render: (row: R) => ReactNode;
  className?: string;
}

/** Per tab: the kind chosen, the sort (null: by kind in the legend's order, then name) and the page. */
interface TabState {
  kind: string;
  sort: SortState | null;
  page: { signature: string; index: number };
}

const INITIAL_TAB: TabState = { kind: '', sort: null, page: { signature: '', index: 0 } };

/**
 * Dates or "start – end" ranges in the interface's language, partial dates as
 * written; remembered, since formatDate builds an Intl.DateTimeFormat per call
 * (about a millisecond each) and a table repeats few dates on many rows.
 */
function dateFormatter(lang: Lang): (date: string) => string {
  const cache = new Map<string, string>();
  return (date) => {
    let shown = cache.get(date);
    if (shown === undefined) {
      shown = date
        .split(' – ')
        .map((d) => (d.trim() === '' ? d : formatDate(d.trim(), lang)))
        .join(' – ');
      cache.set(date, shown);
    }
    return shown;
  };
}

function vocabularyFor(lang: Lang): RowVocabulary {
  return {
    kind: (k) => kindName(k, lang),
    relation: (t) => relationPhrase(t, lang),
    role: (r) => roleName(r, lang),
    value: (v) => valueName(v, lang),
  };
}

/** The default order: kinds as in the legend, then names. */
function defaultOrder<R extends { type: string; name?: string; from?: string }>(rows: R[], locale: string): R[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...rows].sort(
    (a, b) => compareKinds(a.type, b.type) || collator.compare(a.name ?? a.from ?? '', b.name ?? b.from ?? ''),
  );
}

/**
 * What is on screen as two tables, nodes and relations: sortable by any
 * column, filtered by text (accents ignored) and kind, exported as CSV with
 * the rows as filtered and sorted. Names select the entity; a quote's
 * "source" opens its passage. Above 500 rows the table shows pages of 250.
 */
export function TableView({ nodes, edges }: { nodes: GraphNode[]; edges: GraphEdge[] }): JSX.Element {
  const m = useMessages(MESSAGES);
  const lang = useLang();
  const actions = useActions();
  const id = useId();
  const [tab, setTab] = useState<Tab>('nodes');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [states, setStates] = useState<Record<Tab, TabState>>({ nodes: INITIAL_TAB, relations: INITIAL_TAB });
  const state = states[tab];
  const update = (change: Partial<TabState>) => setStates((s) => ({ ...s, [tab]: { ...s[tab], ...change } }));

  const vocabulary = useMemo(() => vocabularyFor(lang), [lang]);
  const showDate = useMemo(() => dateFormatter(lang), [lang]);
  const allNodes = useMemo(() => nodeRows({ nodes, edges }, vocabulary), [nodes, edges, vocabulary]);
  // Relation rows are built once the relations tab is first opened (a big view has twice as many relations as nodes).
  const relationsOpened = useRef(false);
  if (tab === 'relations') relationsOpened.current = true;
  const wantRelations = relationsOpened.current;
  const allRelations = useMemo(
    () => (wantRelations ? relationRows({ nodes, edges }, vocabulary) : []),
    [wantRelations, nodes, edges, vocabulary],
  );

  const nodeKinds = useMemo(() => kindCounts(allNodes, compareKinds), [allNodes]);
  const relationKinds = useMemo(() => kindCounts(allRelations), [allRelations]);
  const kinds = tab === 'nodes' ? nodeKinds : relationKinds;
  // A kind chosen before the view changed, and no longer on screen, filters nothing.
  const present = (list: { type: string }[], kind: string) => (list.some((k) => k.type === kind) ? kind : '');
  const nodeKind = present(nodeKinds, states.nodes.kind);
  const relationKind = present(relationKinds, states.relations.kind);
  const kind = tab === 'nodes' ? nodeKind : relationKind;
  const nodeSort = states.nodes.sort;
  const relationSort = states.relations.sort;

  const shownNodes = useMemo(() => {
    const rows = filterByKind(filterRows(allNodes, deferredQuery), nodeKind);
    return nodeSort
      ? sortRows(rows, nodeSort, (r, k) => r[k as keyof NodeRow] as string | number, lang)
      : defaultOrder(rows, lang);
  }, [allNodes, deferredQuery, nodeKind, nodeSort, lang]);
  const shownRelations = useMemo(() => {
    const rows = filterByKind(filterRows(allRelations, deferredQuery), relationKind);
    return relationSort
      ? sortRows(rows, relationSort, (r, k) => r[k as keyof RelationRow] as string, lang)
      : defaultOrder(rows, lang);
  }, [allRelations, deferredQuery, relationKind, relationSort, lang]);

  // The page resets whenever what is shown changes (filter, kind, sort).
  const signature = `${deferredQuery}\u0000${kind}\u0000${state.sort?.key ?? ''}:${state.sort?.direction ?? ''}`;
  const total = tab === 'nodes' ? shownNodes.length : shownRelations.length;
  const page = pageOf(total, state.page.signature === signature ? state.page.index : 0);
  const panel = useRef<HTMLDivElement>(null);
  const goToPage = (index: number) => {
    update({ page: { signature, index } });
    panel.current?.scrollTo?.({ top: 0 });
  };

  const exportCsv = () => {
    const csv = tab === 'nodes' ? nodesCsv(shownNodes, m) : relationsCsv(shownRelations, m);
    download(fileNameFor(m.fileBase[tab], 'csv'), 'text/csv', csv);
  };

  const nameButton = (entityId: string, name: string, english: string) => (
    <>
      <button type="button" className="tv-link" onClick={() => actions.select(entityId)} title={m.selectEntity(name)}>
        {name}
      </button>
      {english ? <span className="tv-en"> ({english})</span> : null}
    </>
  );

  const nodeColumns: Column<NodeRow>[] = [
    {
      key: 'kind',
      header: m.columns.kind,
      render: (r) => (
        <span className="tv-kind">
          <span className="tv-dot" style={{ background: kindStyle(r.type).color }} aria-hidden="true" />
          {r.kind}
        </span>
      ),
    },
    { key: 'name', header: m.columns.name, render: (r) => nameButton(r.id, r.name, ''), className: 'tv-name' },
    { key: 'nameEn', header: m.columns.nameEn, render: (r) => r.nameEn },
    { key: 'details', header: m.columns.details, render: (r) => r.details },
    { key: 'date', header: m.columns.date, render: (r) => showDate(r.date), className: 'tv-nowrap' },
    { key: 'degree', header: m.columns.degree, render: (r) => r.degree, className: 'tv-number' },
    { key: 'id', header: m.columns.id, render: (r) => <code>{r.id}</code>, className: 'tv-id' },
  ];
  const relationColumns: Column<RelationRow>[] = [
    { key: 'kind', header: m.columns.type, render: (r) => r.kind, className: 'tv-nowrap' },
    {
      key: 'from',
      header: m.columns.from,
      render: (r) => nameButton(r.fromId, r.from, r.fromEn),
      className: 'tv-name',
    },
    { key: 'to', header: m.columns.to, render: (r) => nameButton(r.toId, r.to, r.toEn), className: 'tv-name' },
    { key: 'role', header: m.columns.role, render: (r) => r.role },
    { key: 'documentId', header: m.columns.document, render: (r) => <code>{r.documentId}</code>, className: 'tv-id' },
    {
      key: 'quote',
      header: m.columns.quote,
      className: 'tv-quote',
      render: (r) =>
        r.quote ? (
          <>
            <q>{r.quote}</q>{' '}
            {r.passage ? (
              <button
                type="button"
                className="tv-source"
                onClick={() => r.passage && actions.openPassage(r.passage)}
                aria-label={m.openSourceLabel(r.passage.documentTitle ?? r.documentId)}
              >
                {m.openSource} ↗
              </button>
            ) : null}
          </>
        ) : null,
    },
  ];

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: Tab =
      event.key === 'Home' ? 'nodes' : event.key === 'End' ? 'relations' : tab === 'nodes' ? 'relations' : 'nodes';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  const tabButton = (t: Tab, label: string, count: number) => (
    <button
      type="button"
      role="tab"
      id={`${id}-tab-${t}`}
      aria-selected={tab === t}
      aria-controls={`${id}-panel`}
      tabIndex={tab === t ? 0 : -1}
      className="tv-tab"
      onClick={() => setTab(t)}
      onKeyDown={onTabKey}
    >
      {label} <span className="tv-badge">{count}</span>
    </button>
  );

  const shownCount =
    tab === 'nodes'
      ? m.countNodes(shownNodes.length, allNodes.length)
      : m.countRelations(shownRelations.length, allRelations.length);

  return (
    <section className="tv" aria-label={m.title}>
      <div className="tv-toolbar">
        <div role="tablist" aria-label={m.tabsLabel} className="tv-tabs">
          {tabButton('nodes', m.nodesTab, nodes.length)}
          {tabButton('relations', m.relationsTab, edges.length)}
        </div>
        <div className="tv-filter">
          <input
            type="search"
            id={`${id}-filter`}
            aria-label={m.filterLabel}
            placeholder={m.filterPlaceholder}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && query) {
                e.stopPropagation();
                setQuery('');
              }
            }}
          />
        </div>
        <label className="tv-kind-filter">
          <span className="tv-visually-hidden">{tab === 'nodes' ? m.kindLabel : m.relationKindLabel}</span>
          <select value={kind} onChange={(e) => update({ kind: e.target.value })}>
            <option value="">{m.allKinds}</option>
            {kinds.map((k) => (
              <option key={k.type} value={k.type}>
                {tab === 'nodes' ? vocabulary.kind(k.type) : vocabulary.relation(k.type)} ({k.count})
              </option>
            ))}
          </select>
        </label>
        <span className="tv-count" role="status" aria-live="polite">
          {shownCount}
        </span>
        <button
          type="button"
          className="tv-export"
          onClick={exportCsv}
          aria-label={m.exportCsvLabel(tab === 'nodes' ? m.nodesTab : m.relationsTab)}
          disabled={total === 0}
        >
          {m.exportCsv}
        </button>
      </div>
      <div ref={panel} role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="tv-panel">
        {tab === 'nodes' ? (
          <DataTable
            rows={shownNodes}
            columns={nodeColumns}
            sort={state.sort}
            onSort={(key) => update({ sort: nextSort(state.sort, key) })}
            start={page.start}
            end={page.end}
            caption={m.nodesTab}
            empty={allNodes.length === 0 ? m.nothing : m.empty}
            sortLabel={m.sortBy}
          />
        ) : (
          <DataTable
            rows={shownRelations}
            columns={relationColumns}
            sort={state.sort}
            onSort={(key) => update({ sort: nextSort(state.sort, key) })}
            start={page.start}
            end={page.end}
            caption={m.relationsTab}
            empty={allRelations.length === 0 ? m.nothing : m.empty}
            sortLabel={m.sortBy}
          />
        )}
      </div>
      {page.pages > 1 ? (
        <nav className="tv-pages" aria-label={m.pagination}>
          <button type="button" onClick={() => goToPage(page.page - 1)} disabled={page.page === 0}>
            ‹ {m.previousPage}
          </button>
          <span>{m.pageRange(page.start + 1, page.end, total)}</span>
          <button type="button" onClick={() => goToPage(page.page + 1)} disabled={page.page >= page.pages - 1}>
            {m.nextPage} ›
          </button>
        </nav>
      ) : null}
    </section>
  );
}

function DataTable<R extends { id: string }>(props: {
  rows: R[];
  columns: Column<R>[];
  sort: SortState | null;
  onSort: (key: string) => void;
  start: number;
  end: number;
  caption: string;
  empty: string;
  sortLabel: (column: string) => string;
}): JSX.Element {
  const { rows, columns, sort } = props;
  return (
    <table className="tv-table">
      <caption className="tv-visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => {
            const state = ariaSort(sort, c.key);
            return (
              <th key={c.key} scope="col" aria-sort={state} className={c.className}>
                <button
                  type="button"
                  className="tv-sort"
                  onClick={() => props.onSort(c.key)}
                  title={props.sortLabel(c.header)}
                >
                  {c.header}
                  <span aria-hidden="true" className="tv-sort-mark">
                    {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="tv-empty">
              {props.empty}
            </td>
          </tr>
        ) : (
          rows.slice(props.start, props.end).map((row) => (
            <tr key={row.id}>
              {columns.map((c) => (
                <td key={c.key} className={c.className}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
