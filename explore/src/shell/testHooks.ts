import type Sigma from 'sigma';
import type { GraphView } from '../api/types';
import type { EdgeAttributes, NetworkGraph, NodeAttributes } from '../graph/toGraphElements';
import type { Explorer } from '../state/useExplorer';

/** What browser tests and benchmarks reach through `window.__explorer` (only with ?test=1). */
export interface ExplorerTestHooks {
  readonly graph: NetworkGraph;
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes> | null;
  /** The network is loaded, laid out and drawn at least once, and nothing is loading. */
  readonly ready: boolean;
  /** Time from data in hand to sigma's first render of it, in ms (null before the first render). */
  readonly lastRenderMs: number | null;
  /** A ForceAtlas2 worker is still laying out a big graph. */
  readonly layoutRunning: boolean;
  /** Ids of the visible nodes (after the filters). */
  readonly visibleNodes: string[];
  select(id: string): void;
  expand(id: string): Promise<void>;
  /** Replace the network with a given view (a benchmark draws 2k/10k synthetic nodes this way). */
  showGraph(view: GraphView): void;
  /** Where a node is drawn, in viewport pixels (to click it). */
  nodePosition(id: string): { x: number; y: number } | null;
}

/**
 * Install the hooks as `window.__explorer`. Other parts of the page add their
 * own keys by assigning a spread copy (`window.__explorer = { ...window.__explorer, map }`);
 * the property's setter keeps the live getters here and takes only the new keys.
 */
export function installTestHooks(explorer: () => Explorer): void {
  const e = () => explorer();
  const hooks: ExplorerTestHooks & Record<string, unknown> = {
    get graph() {
      return e().model.graph;
    },
    get sigma() {
      return e().model.sigma;
    },
    get ready() {
      const x = e();
      return x.status.loading === null && x.model.graph.order > 0 && x.model.lastRenderMs !== null;
    },
    get lastRenderMs() {
      return e().model.lastRenderMs;
    },
    get layoutRunning() {
      return e().model.layoutRunning;
    },
    get visibleNodes() {
      return [...e().visibility.nodes];
    },
    select: (id: string) => e().actions.select(id),
    expand: (id: string) => e().expand(id),
    showGraph: (view: GraphView) => e().showGraph(view),
    nodePosition(id: string) {
      const { model } = e();
      if (!model.sigma || !model.graph.hasNode(id)) return null;
      const a = model.graph.getNodeAttributes(id);
      return model.sigma.graphToViewport({ x: a.x, y: a.y });
    },
  };
  const own = new Set(Object.keys(hooks));
  const previous = (window as unknown as { __explorer?: Record<string, unknown> }).__explorer;
  if (previous) for (const [k, v] of Object.entries(previous)) if (!own.has(k)) hooks[k] = v;
  Object.defineProperty(window, '__explorer', {
    configurable: true,
    enumerable: true,
    get: () => hooks,
    set: (value: Record<string, unknown> | undefined) => {
      for (const [k, v] of Object.entries(value ?? {})) if (!own.has(k)) hooks[k] = v;
    },
  });
}
