import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphNode, GraphView, SearchHit, SourcePassage } from '../api/types';
import { computeVisibility, toggle, visibleView, type Filters, type Visibility } from '../filters/filters';
import { createNetworkGraph, relabelEdges, relabelStatusSteps, viewOf } from '../graph/toGraphElements';
import { initialLang, rememberLang, type Lang } from '../i18n/lang';
import { NetworkModel, type MoreList } from '../network/networkModel';
import { loadFocus, loadNeighbours } from '../network/queries';
import type { ExplorerActions } from './actions';
import { backTo, pushStep, type HistoryStep, type StepKind } from './history';
import { parseUrlState, serializeUrlState, type UrlState, type ViewTab } from './urlState';

export interface Status {
  /** What is being loaded: the network, or a node's neighbours. */
  loading: 'network' | 'neighbours' | null;
  error: string | null;
  /** A short message for the live region (link copied…). */
  notice: string | null;
  /** How many nodes the last expansion drew (for the live region). */
  added?: number | null;
}

/** Everything the shell shows, and every operation on it. Components stay thin; the logic is in pure modules. */
export interface Explorer {
  model: NetworkModel;
  lang: Lang;
  setLang(lang: Lang): void;
  tab: ViewTab;
  setTab(tab: ViewTab): void;
  focus: string;
  selection: string | undefined;
  twinning: string | undefined;
  passage: SourcePassage | null;
  closePassage(): void;
  closePanel(): void;
  filters: Filters;
  setFilters(update: (f: Filters) => Filters): void;
  /** What is loaded (all of it) and what the filters leave visible. */
  view: GraphView;
  visibility: Visibility;
  visible: GraphView;
  more: MoreList | null;
  closeMore(): void;
  addMore(nodes: GraphNode[]): void;
  history: HistoryStep[];
  restoreStep(index: number): void;
  status: Status;
  notify(message: string | null): void;
  actions: ExplorerActions;
  expand(id: string): Promise<void>;
  chooseHit(hit: SearchHit): Promise<void>;
  hideNode(id: string): void;
  showGraph(view: GraphView): void;
  nameOf(id: string): string;
  retry(): void;
  urlState(): UrlState;
}

/** The shell's state: URL-restored, URL-writing, and wired to the network model. */
export function useExplorer(): Explorer {
  const initial = useMemo(() => parseUrlState(window.location.search), []);
  const model = useMemo(() => new NetworkModel(), []);
  const [lang, setLangState] = useState<Lang>(initial.lang ?? initialLang());
  const [tab, setTabState] = useState<ViewTab>(initial.view);
  const [focus, setFocus] = useState(initial.focus);
  const [selection, setSelection] = useState<string | undefined>(initial.selection);
  const [twinning, setTwinning] = useState<string | undefined>(initial.twinning);
  const [passage, setPassage] = useState<SourcePassage | null>(null);
  const [filters, setFiltersState] = useState<Filters>({
    hiddenKinds: initial.hiddenKinds,
    hiddenRelations: initial.hiddenRelations,
    hiddenNodes: initial.hiddenNodes,
    dateFrom: initial.dateFrom,
    dateTo: initial.dateTo,
  });
  const [expanded, setExpanded] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const [more, setMore] = useState<MoreList | null>(null);
  const [history, setHistory] = useState<HistoryStep[]>([]);
  const [status, setStatus] = useState<Status>({ loading: null, error: null, notice: null });
  const pushNext = useRef(false);
  const focusRequest = useRef<AbortController | null>(null);
  const langRef = useRef(lang);
  langRef.current = lang;
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const expandedRef = useRef(expanded);
  expandedRef.current = expanded;

  model.onGraphChange = () => setVersion((v) => v + 1);

  const view = useMemo(() => viewOf(model.graph), [model, version]);
  const visibility = useMemo(() => computeVisibility(view, filters, [focus]), [view, filters, focus]);
  const visible = useMemo(() => visibleView(view, visibility), [view, visibility]);

  useEffect(() => model.setVisibility(visibility), [model, visibility]);
  useEffect(() => model.setSelection(selection), [model, selection, version]);
  useEffect(() => model.setFocus(focus), [model, focus]);

  const nameOf = useCallback(
    (id: string) => (model.graph.hasNode(id) ? model.graph.getNodeAttribute(id, 'label') : id),
    [model],
  );

  const record = useCallback(
    (kind: StepKind, id: string | undefined, name: string, start = false) => {
      const step: HistoryStep = {
        kind,
        ...(id !== undefined ? { id } : {}),
        name,
        count: model.graph.order,
        snapshot: { graph: model.graph.export(), focus: focusRef.current, expanded: [...expandedRef.current] },
      };
      setHistory((steps) => (start ? [step] : pushStep(steps, step)));
    },
    [model],
  );

  const fail = useCallback((error: unknown) => {
    if ((error as Error).name === 'AbortError') return;
    setStatus({ loading: null, error: (error as Error).message, notice: null });
  }, []);

  const expandInto = useCallback(
    async (id: string, opts: { record?: boolean } = {}): Promise<number> => {
      const data = await loadNeighbours(id);
      const { result, more: rest } = model.expand(id, data, langRef.current);
      setMore(rest);
      expandedRef.current = expandedRef.current.includes(id) ? expandedRef.current : [...expandedRef.current, id];
      setExpanded(expandedRef.current);
      if (opts.record !== false) record('expand', id, nameOf(id));
      return result.added.length;
    },
    [model, nameOf, record],
  );

  /** Centre the network on an entity: load its network, replay expansions (a shared link), start the history. */
  const openFocus = useCallback(
    async (id: string, opts: { replay?: string[]; push?: boolean } = {}) => {
      focusRequest.current?.abort();
      const controller = new AbortController();
      focusRequest.current = controller;
      setStatus({ loading: 'network', error: null, notice: null });
      if (opts.push) pushNext.current = true;
      focusRef.current = id;
      setFocus(id);
      setMore(null);
      expandedRef.current = [];
      setExpanded([]);
      try {
        const data = await loadFocus(id, controller.signal);
        if (controller.signal.aborted) return;
        model.replace(data, langRef.current, id);
        for (const x of opts.replay ?? []) {
          if (model.graph.hasNode(x)) await expandInto(x, { record: false });
        }
        record('start', id, nameOf(id), true);
        setStatus({ loading: null, error: null, notice: null });
      } catch (error) {
        fail(error);
      }
    },
    [model, expandInto, record, nameOf, fail],
  );

  const expand = useCallback(
    async (id: string) => {
      setStatus({ loading: 'neighbours', error: null, notice: null });
      try {
        const added = await expandInto(id);
        setStatus({ loading: null, error: null, notice: null, added });
      } catch (error) {
        fail(error);
      }
    },
    [expandInto, fail],
  );

  const select = useCallback(
    (id: string) => {
      setSelection(id);
      const kind = model.graph.hasNode(id) ? model.graph.getNodeAttribute(id, 'kind') : undefined;
      setTwinning(kind === 'Twinning' ? id : undefined);
    },
    [model],
  );

  const actions = useMemo<ExplorerActions>(
    () => ({
      select(id) {
        select(id);
        model.centreOn(id);
      },
      focus(id) {
        setTabState('network');
        setSelection(id);
        void openFocus(id, { push: true });
      },
      openTwinning(id) {
        setSelection(id);
        setTwinning(id);
      },
      openPassage(p) {
        setPassage(p);
      },
    }),
    [model, select, openFocus],
  );

  /** A search hit: select it if it is on screen, else add it beside its neighbours and expand it. */
  const chooseHit = useCallback(
    async (hit: SearchHit) => {
      setTabState((t) => (t === 'review' ? 'network' : t));
      if (hit.type === 'Twinning') actions.openTwinning(hit.id);
      else select(hit.id);
      if (model.graph.hasNode(hit.id)) {
        model.centreOn(hit.id);
        return;
      }
      setStatus({ loading: 'neighbours', error: null, notice: null });
      try {
        const data = await loadNeighbours(hit.id);
        const node = data.nodes.find((n) => n.id === hit.id);
        if (!node) throw new Error(hit.id);
        model.addNode(
          node,
          data.edges.filter((e) => e.source === hit.id || e.target === hit.id),
          langRef.current,
        );
        const { more: rest } = model.expand(hit.id, data, langRef.current);
        setMore(rest);
        expandedRef.current = [...expandedRef.current, hit.id];
        setExpanded(expandedRef.current);
        record('add', hit.id, nameOf(hit.id));
        setStatus({ loading: null, error: null, notice: null });
        window.setTimeout(() => model.centreOn(hit.id), 50);
      } catch (error) {
        fail(error);
      }
    },
    [model, actions, select, record, nameOf, fail],
  );

  const addMore = useCallback(
    (nodes: GraphNode[]) => {
      if (!more) return;
      for (const node of nodes) {
        model.addNode(
          node,
          more.edges.filter((e) => e.source === node.id || e.target === node.id),
          langRef.current,
          more.anchor,
        );
      }
      const ids = new Set(nodes.map((n) => n.id));
      const left = more.nodes.filter((n) => !ids.has(n.id));
      setMore(left.length > 0 ? { ...more, nodes: left } : null);
      record(
        'add',
        nodes[0]?.id,
        nodes.length === 1 ? nameOf(nodes[0]!.id) : `${nameOf(more.anchor)} +${nodes.length}`,
      );
    },
    [model, more, record, nameOf],
  );

  const restoreStep = useCallback(
    (index: number) => {
      const step = history[index];
      if (!step) return;
      const graph = createNetworkGraph();
      graph.import(step.snapshot.graph);
      model.setGraph(graph);
      focusRef.current = step.snapshot.focus;
      setFocus(step.snapshot.focus);
      expandedRef.current = [...step.snapshot.expanded];
      setExpanded(expandedRef.current);
      setMore(null);
      setHistory((steps) => backTo(steps, index));
      model.onGraphChange();
    },
    [model, history],
  );

  const showGraph = useCallback(
    (data: GraphView) => {
      focusRequest.current?.abort();
      setMore(null);
      setSelection(undefined);
      setTwinning(undefined);
      const first = data.nodes[0]?.id ?? focusRef.current;
      model.replace(data, langRef.current, first);
      record('graph', undefined, String(data.nodes.length), true);
      setStatus({ loading: null, error: null, notice: null });
    },
    [model, record],
  );

  const setFilters = useCallback((update: (f: Filters) => Filters) => setFiltersState(update), []);
  const hideNode = useCallback((id: string) => {
    setFiltersState((f) => ({ ...f, hiddenNodes: toggle(f.hiddenNodes, id) }));
    setSelection((s) => (s === id ? undefined : s));
  }, []);

  const setLang = useCallback(
    (next: Lang) => {
      rememberLang(next);
      setLangState(next);
      relabelEdges(model.graph, next);
      relabelStatusSteps(model.graph, next);
      model.setVisibility(computeVisibility(viewOf(model.graph), filters, [focusRef.current]));
    },
    [model, filters],
  );

  const setTab = useCallback((next: ViewTab) => {
    pushNext.current = true;
    setTabState(next);
  }, []);

  const urlState = useCallback(
    (): UrlState => ({
      view: tab,
      focus,
      selection,
      twinning,
      expanded,
      hiddenKinds: [...filters.hiddenKinds],
      hiddenRelations: [...filters.hiddenRelations],
      hiddenNodes: [...filters.hiddenNodes],
      dateFrom: filters.dateFrom,
      dateTo: filters.dateTo,
      lang,
      test: initial.test,
    }),
    [tab, focus, selection, twinning, expanded, filters, lang, initial.test],
  );

  // The URL follows the state: a new entry for a new focus or tab (Back returns), else replaced in place.
  useEffect(() => {
    const search = serializeUrlState(urlState());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (pushNext.current) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    pushNext.current = false;
  }, [urlState]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Opening: the focus from the URL, with its expansions replayed.
  useEffect(() => {
    void openFocus(initial.focus, { replay: initial.expanded });
    return () => focusRequest.current?.abort();
  }, [initial, openFocus]);

  // Back and Forward: restore what the URL says.
  useEffect(() => {
    const onPop = () => {
      const s = parseUrlState(window.location.search);
      setTabState(s.view);
      setSelection(s.selection);
      setTwinning(s.twinning);
      setFiltersState({
        hiddenKinds: s.hiddenKinds,
        hiddenRelations: s.hiddenRelations,
        hiddenNodes: s.hiddenNodes,
        dateFrom: s.dateFrom,
        dateTo: s.dateTo,
      });
      if (s.lang) setLangState(s.lang);
      if (s.focus !== focusRef.current) void openFocus(s.focus, { replay: s.expanded });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [openFocus]);

  return {
    model,
    lang,
    setLang,
    tab,
    setTab,
    focus,
    selection,
    twinning,
    passage,
    closePassage: () => setPassage(null),
    closePanel: () => {
      setSelection(undefined);
      setTwinning(undefined);
    },
    filters,
    setFilters,
    view,
    visibility,
    visible,
    more,
    closeMore: () => setMore(null),
    addMore,
    history,
    restoreStep,
    status,
    notify: (notice) => setStatus((s) => ({ ...s, notice })),
    actions,
    expand,
    chooseHit,
    hideNode,
    showGraph,
    nameOf,
    retry: () => void openFocus(focusRef.current),
    urlState,
  };
}
