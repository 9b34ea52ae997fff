import type { Lang } from '../i18n/lang';

/** The tabs of the main area. */
export type ViewTab = 'network' | 'map' | 'table' | 'review';
export const VIEW_TABS: readonly ViewTab[] = ['network', 'map', 'table', 'review'];

export const DEFAULT_FOCUS = 'org:mestna-obcina-kranj';

/** Everything a shared link restores. */
export interface UrlState {
  view: ViewTab;
  /** The entity the network is centred on. */
  focus: string;
  /** The selected entity (its dossier is open). */
  selection?: string | undefined;
  /** The twinning whose view is open in the side panel. */
  twinning?: string | undefined;
  /** Nodes expanded after the focus was loaded, in order (replayed when the link is opened). */
  expanded: string[];
  hiddenKinds: string[];
  hiddenRelations: string[];
  hiddenNodes: string[];
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  lang?: Lang | undefined;
  /** ?test=1: the page exposes window.__explorer for browser tests. */
  test: boolean;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'network',
  focus: DEFAULT_FOCUS,
  expanded: [],
  hiddenKinds: [],
  hiddenRelations: [],
  hiddenNodes: [],
  test: false,
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^[^\s]{1,300}$/;

/** A repeated parameter; kinds and relation types may also be written comma-separated (they never hold a comma). */
function ids(params: URLSearchParams, key: string, commas = false): string[] {
  const out: string[] = [];
  for (const value of params.getAll(key)) {
    for (const part of commas ? value.split(',') : [value]) {
      const v = part.trim();
      if (v && ID.test(v) && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

function one(params: URLSearchParams, key: string): string | undefined {
  const v = params.get(key)?.trim();
  return v && ID.test(v) ? v : undefined;
}

/**
 * Read the state from a URL's query (`?focus=…&sel=…&hk=Person&t=2019..2024`).
 * Anything unknown or malformed falls back to the default, never an error: a
 * link typed by hand still opens the explorer.
 */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const view = params.get('view');
  const lang = params.get('lang');
  const [from, to] = (params.get('t') ?? '').split('..');
  return {
    view: VIEW_TABS.includes(view as ViewTab) ? (view as ViewTab) : 'network',
    focus: one(params, 'focus') ?? DEFAULT_FOCUS,
    selection: one(params, 'sel'),
    twinning: one(params, 'tw'),
    expanded: ids(params, 'x'),
    hiddenKinds: ids(params, 'hk', true),
    hiddenRelations: ids(params, 'hr', true),
    hiddenNodes: ids(params, 'hide'),
    dateFrom: from && DATE.test(from) ? from : undefined,
    dateTo: to && DATE.test(to) ? to : undefined,
    lang: lang === 'sl' || lang === 'en' ? lang : undefined,
    test: params.get('test') === '1',
  };
}

/**
 * Write the state as a query string (with its `?`, or '' when all is default).
 * Lists are written as repeated parameters (ids may hold any character but
 * spaces); defaults are left out so links stay short.
 */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== 'network') params.set('view', state.view);
  if (state.focus !== DEFAULT_FOCUS) params.set('focus', state.focus);
  if (state.selection) params.set('sel', state.selection);
  if (state.twinning) params.set('tw', state.twinning);
  for (const id of state.expanded) params.append('x', id);
  for (const kind of state.hiddenKinds) params.append('hk', kind);
  for (const rel of state.hiddenRelations) params.append('hr', rel);
  for (const id of state.hiddenNodes) params.append('hide', id);
  if (state.dateFrom || state.dateTo) params.set('t', `${state.dateFrom ?? ''}..${state.dateTo ?? ''}`);
  if (state.lang) params.set('lang', state.lang);
  if (state.test) params.set('test', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Does going from one state to the other deserve a browser history entry (Back returns to it)? */
export function isNavigation(before: UrlState, after: UrlState): boolean {
  return before.focus !== after.focus || before.view !== after.view;
}
