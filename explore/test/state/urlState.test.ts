import { describe, expect, it } from 'vitest';
import { backTo, pushStep, type HistoryStep } from '../../src/state/history';
import {
  DEFAULT_FOCUS,
  DEFAULT_URL_STATE,
  isNavigation,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/state/urlState';

describe('URL state', () => {
  it('opens on Kranj’s network by default', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
    expect(DEFAULT_URL_STATE.focus).toBe(DEFAULT_FOCUS);
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips every field', () => {
    const state: UrlState = {
      view: 'table',
      focus: 'city:yekaterinburg',
      selection: 'org:iskratel',
      twinning: 'twinning:kranj-yekaterinburg',
      expanded: ['org:iskratel', 'doc:kmms@10-20'],
      hiddenKinds: ['Membership', 'Statement'],
      hiddenRelations: ['HOLDS'],
      hiddenNodes: ['person:a,b', 'country:russia'],
      dateFrom: '2019',
      dateTo: '2021-12-14',
      lang: 'en',
      test: true,
    };
    const search = serializeUrlState(state);
    expect(search.startsWith('?')).toBe(true);
    expect(parseUrlState(search)).toEqual(state);
  });

  it('writes a readable date range and accepts half-open ranges', () => {
    const search = serializeUrlState({ ...DEFAULT_URL_STATE, dateFrom: '2019', dateTo: '2024' });
    expect(decodeURIComponent(search)).toBe('?t=2019..2024');
    expect(parseUrlState('?t=2019..')).toMatchObject({ dateFrom: '2019', dateTo: undefined });
    expect(parseUrlState('?t=..2024-06')).toMatchObject({ dateFrom: undefined, dateTo: '2024-06' });
  });

  it('accepts kinds and relation types comma-separated (a link typed by hand)', () => {
    expect(parseUrlState('?hk=Person,Membership&hr=HOLDS').hiddenKinds).toEqual(['Person', 'Membership']);
    expect(parseUrlState('?hk=Person,Membership&hr=HOLDS').hiddenRelations).toEqual(['HOLDS']);
  });

  it('keeps ids with commas whole', () => {
    expect(parseUrlState('?hide=person%3Aa%2Cb').hiddenNodes).toEqual(['person:a,b']);
  });

  it('falls back to defaults for anything malformed', () => {
    const s = parseUrlState('?view=graph&lang=de&t=last-year..soon&focus=%20&sel=a%20b&test=yes');
    expect(s.view).toBe('network');
    expect(s.lang).toBeUndefined();
    expect(s.dateFrom).toBeUndefined();
    expect(s.dateTo).toBeUndefined();
    expect(s.focus).toBe(DEFAULT_FOCUS);
    expect(s.selection).toBeUndefined();
    expect(s.test).toBe(false);
  });

  it('drops repeated values', () => {
    expect(parseUrlState('?x=a&x=b&x=a').expanded).toEqual(['a', 'b']);
  });

  it('treats a new focus or tab as navigation, other changes as edits in place', () => {
    const a = DEFAULT_URL_STATE;
    expect(isNavigation(a, { ...a, focus: 'city:kranj' })).toBe(true);
    expect(isNavigation(a, { ...a, view: 'map' })).toBe(true);
    expect(isNavigation(a, { ...a, selection: 'org:iskratel' })).toBe(false);
    expect(isNavigation(a, { ...a, hiddenKinds: ['Person'] })).toBe(false);
  });
});

describe('history', () => {
  const step = (name: string): HistoryStep => ({
    kind: 'expand',
    name,
    count: 1,
    snapshot: {
      graph: { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes: [], edges: [] },
      focus: 'f',
      expanded: [],
    },
  });

  it('keeps the first step and the most recent ones', () => {
    let steps: HistoryStep[] = [];
    for (let i = 0; i < 30; i += 1) steps = pushStep(steps, step(String(i)), 5);
    expect(steps.map((s) => s.name)).toEqual(['0', '26', '27', '28', '29']);
  });

  it('goes back to a step, dropping the later ones', () => {
    const steps = ['a', 'b', 'c'].map(step);
    expect(backTo(steps, 1).map((s) => s.name)).toEqual(['a', 'b']);
    expect(backTo(steps, 7).map((s) => s.name)).toEqual(['a', 'b', 'c']);
  });
});
