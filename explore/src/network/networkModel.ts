import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { GraphEdge, GraphNode, GraphView } from '../api/types';
import type { SvgDrawing } from '../export/toSvg';
import { parallelEdgeLabels, type Visibility } from '../filters/filters';
import { layoutAll, settleNew, WORKER_THRESHOLD } from '../graph/layout';
import {
  createNetworkGraph,
  mergeView,
  shortLabel,
  sizeByDegree,
  type EdgeAttributes,
  type MergeResult,
  type NetworkGraph,
  type NodeAttributes,
} from '../graph/toGraphElements';
import type { Lang } from '../i18n/lang';
import { isBigGraph, nodeSizeScale } from './bigGraph';

/** At most this many new nodes are drawn by one expansion (pitfall A: the hairball); the rest are listed. */
export const EXPAND_CAP = 50;

/** Nodes an expansion left out, listed so each can be added. */
export interface MoreList {
  anchor: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Labels are drawn for nodes at least this many pixels in radius (scaled with nodeSizeScale). */
const LABEL_SIZE_THRESHOLD = 7;

const DIM_NODE = '#dde2e7';
const DIM_EDGE = '#eef1f4';

export interface NetworkEvents {
  clickNode(id: string): void;
  doubleClickNode(id: string): void;
}

/**
 * The network on screen: one graphology graph for the page's life (sigma
 * follows its changes), the sigma renderer while the view is mounted, and
 * what the reducers need (visibility, selection, hover). No React here.
 */
export class NetworkModel {
  /** Replaced as a whole when a new network is loaded (sigma is handed the new one). */
  graph: NetworkGraph = createNetworkGraph();
  sigma: Sigma<NodeAttributes, EdgeAttributes> | null = null;
  private visibility: Visibility = { nodes: new Set(), edges: new Set() };
  private visibilityKnown = false;
  private edgeLabels = new Map<string, string>();
  private selection: string | undefined;
  private hovered: string | undefined;
  private focus: string | undefined;
  private highlight: Set<string> | null = null;
  private worker: FA2Layout | null = null;
  /** The graph on screen is big: fast programs (see isBigGraph). */
  private big = false;
  private sizeScale = 1;
  private renderStart: number | null = null;
  /** Time from data in hand to sigma's first render of it, in ms. */
  lastRenderMs: number | null = null;
  /** Called after any change of the graph's content (React re-reads the view). */
  onGraphChange: () => void = () => {};

  get layoutRunning(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  attach(container: HTMLElement, events: NetworkEvents): Sigma<NodeAttributes, EdgeAttributes> {
    this.detach();
    const sigma = new Sigma<NodeAttributes, EdgeAttributes>(this.graph, container, {
      allowInvalidContainer: true,
      renderEdgeLabels: true,
      defaultEdgeType: 'arrow',
      labelFont: 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1d2430' },
      edgeLabelFont: 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
      edgeLabelSize: 10,
      edgeLabelColor: { color: '#5b6774' },
      labelDensity: 0.5,
      labelGridCellSize: 100,
      labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD,
      zIndex: true,
      stagePadding: 40,
      minCameraRatio: 0.05,
      maxCameraRatio: 8,
      nodeProgramClasses: { point: NodePointProgram },
      edgeProgramClasses: { hairline: EdgeLineProgram },
      nodeReducer: (node, data) => this.nodeReducer(node, data),
      edgeReducer: (edge, data) => this.edgeReducer(edge, data),
    });
    this.sigma = sigma;
    this.applySizeSettings(sigma, this.graph);
    this.installDrag(sigma, events);
    sigma.on('enterNode', ({ node }) => this.setHovered(node));
    sigma.on('leaveNode', () => this.setHovered(undefined));
    sigma.on('doubleClickNode', (e) => {
      e.preventSigmaDefault();
      events.doubleClickNode(e.node);
    });
    sigma.on('afterRender', () => {
      if (this.renderStart !== null && this.graph.order > 0) {
        this.lastRenderMs = Math.round(performance.now() - this.renderStart);
        this.renderStart = null;
      }
    });
    return sigma;
  }

  detach(): void {
    this.sigma?.kill();
    this.sigma = null;
  }

  private installDrag(sigma: Sigma<NodeAttributes, EdgeAttributes>, events: NetworkEvents): void {
    let dragged: string | null = null;
    let moved = false;
    sigma.on('downNode', (e) => {
      dragged = e.node;
      moved = false;
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    });
    const captor = sigma.getMouseCaptor();
    captor.on('mousemovebody', (e) => {
      if (!dragged) return;
      const pos = sigma.viewportToGraph(e);
      this.graph.mergeNodeAttributes(dragged, { x: pos.x, y: pos.y });
      moved = true;
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    });
    captor.on('mouseup', () => {
      dragged = null;
    });
    sigma.on('clickNode', (e) => {
      if (moved) {
        moved = false;
        return;
      }
      events.clickNode(e.node);
    });
  }

  private nodeReducer(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const out: Partial<NodeDisplayData> & NodeAttributes = { ...data };
    if (this.big) {
      out.type = 'point';
      out.size = data.size * this.sizeScale;
    }
    if (this.visibilityKnown && !this.visibility.nodes.has(node)) {
      out.hidden = true;
      return out;
    }
    const active = node === this.selection || node === this.hovered;
    if (active) {
      out.forceLabel = true;
      out.highlighted = true;
      out.zIndex = 2;
      out.label = shortLabel(data.fullLabel, 70);
    } else if (this.highlight) {
      if (this.highlight.has(node)) {
        // neighbours stay bright; the label grid decides which of their labels fit (pitfall C)
        out.zIndex = 1;
      } else {
        out.color = DIM_NODE;
        out.label = '';
        out.zIndex = 0;
      }
    }
    if (node === this.focus && !this.highlight) out.forceLabel = true;
    return out;
  }

  private edgeReducer(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const out: Partial<EdgeDisplayData> = { ...data };
    if (this.big) out.type = 'hairline';
    if (this.visibilityKnown && !this.visibility.edges.has(edge)) {
      out.hidden = true;
      return out;
    }
    out.label = this.edgeLabels.get(edge) ?? data.label;
    if (this.highlight) {
      const active = this.hovered ?? this.selection;
      const [s, t] = this.graph.extremities(edge);
      if (s === active || t === active) {
        // a few edge labels are forced; a hub's many would pile up
        out.forceLabel = this.highlight.size <= 9;
        out.zIndex = 1;
        out.size = (data.size ?? 1) + 1;
      } else {
        out.color = DIM_EDGE;
        out.label = '';
      }
    }
    return out;
  }

  private recomputeHighlight(): void {
    const active = this.hovered ?? this.selection;
    if (!active || !this.graph.hasNode(active)) {
      this.highlight = null;
      return;
    }
    const set = new Set<string>([active]);
    this.graph.forEachNeighbor(active, (n) => set.add(n));
    this.highlight = set;
  }

  setHovered(id: string | undefined): void {
    this.hovered = id;
    this.recomputeHighlight();
    this.sigma?.refresh({ skipIndexation: true });
  }

  setSelection(id: string | undefined): void {
    this.selection = id;
    this.recomputeHighlight();
    this.sigma?.refresh({ skipIndexation: true });
  }

  setFocus(id: string | undefined): void {
    this.focus = id;
  }

  setVisibility(visibility: Visibility): void {
    this.visibility = visibility;
    this.visibilityKnown = true;
    this.edgeLabels = parallelEdgeLabels(
      this.graph.mapEdges((id, a, source, target) => ({ id, source, target, label: a.label })),
      visibility.edges,
    );
    this.sigma?.refresh();
  }

  /**
   * Replace the whole network with a view: built, seeded and laid out off
   * screen (in a worker afterwards when big), then handed to sigma at once
   * and fitted.
   */
  replace(view: GraphView, lang: Lang, focus?: string): void {
    this.stopLayout();
    this.renderStart = performance.now();
    this.lastRenderMs = null;
    this.visibilityKnown = false;
    this.focus = focus;
    const graph = createNetworkGraph();
    mergeView(graph, view, { lang });
    sizeByDegree(graph, focus);
    if (graph.order <= WORKER_THRESHOLD) layoutAll(graph, focus);
    this.setGraph(graph);
    if (graph.order > WORKER_THRESHOLD) this.startWorkerLayout(4000);
    this.sigma?.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.recomputeHighlight();
    this.onGraphChange();
  }

  /** Put a graph on screen (a new network, or a step of the history restored). */
  setGraph(graph: NetworkGraph): void {
    this.stopLayout();
    this.graph = graph;
    this.visibilityKnown = false;
    if (this.sigma) {
      this.sigma.setCustomBBox(null);
      this.applySizeSettings(this.sigma, graph);
      this.sigma.setGraph(graph);
    }
  }

  /**
   * Big graphs (isBigGraph): points and hairlines, smaller nodes (with the
   * label threshold scaled alike, so the same nodes keep their labels), edges
   * hidden while the camera moves; no edge labels and no z-sorting above 3,000.
   * Called whenever the graph is replaced or grows; sigma refreshes only when
   * something changed.
   */
  private applySizeSettings(sigma: Sigma<NodeAttributes, EdgeAttributes>, graph: NetworkGraph): void {
    const big = isBigGraph(graph);
    const sizeScale = nodeSizeScale(graph.order);
    const settings = {
      renderEdgeLabels: graph.size <= 3000,
      hideEdgesOnMove: big,
      zIndex: graph.order <= 3000,
      labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD * sizeScale,
    };
    const changed =
      big !== this.big ||
      sizeScale !== this.sizeScale ||
      (Object.keys(settings) as (keyof typeof settings)[]).some((k) => sigma.getSetting(k) !== settings[k]);
    this.big = big;
    this.sizeScale = sizeScale;
    if (changed) sigma.setSettings(settings);
  }

  private startWorkerLayout(ms: number): void {
    const worker = new FA2Layout(this.graph, {
      settings: { barnesHutOptimize: true, gravity: 1, scalingRatio: 10, slowDown: 2 },
    });
    this.worker = worker;
    worker.start();
    window.setTimeout(() => {
      if (this.worker === worker) this.stopLayout();
    }, ms);
  }

  stopLayout(): void {
    if (this.worker) {
      this.worker.kill();
      this.worker = null;
    }
  }

  /** Add an expansion's nodes around the anchor (at most EXPAND_CAP), existing nodes unmoved. */
  expand(anchor: string, view: GraphView, lang: Lang): { result: MergeResult; more: MoreList | null } {
    const result = mergeView(this.graph, view, { lang, anchor, maxNew: EXPAND_CAP });
    settleNew(this.graph, result.added);
    sizeByDegree(this.graph, this.focus);
    if (this.sigma) this.applySizeSettings(this.sigma, this.graph);
    this.recomputeHighlight();
    this.onGraphChange();
    const more =
      result.rest.length > 0
        ? { anchor, nodes: result.rest, edges: view.edges.filter((e) => !this.graph.hasEdge(e.id)) }
        : null;
    return { result, more };
  }

  /**
   * Add one node (a search hit, or a "+N more" entry) with its edges to what is
   * on screen: beside the anchor when given, else beside its neighbours already
   * on screen, else at the edge of the drawing.
   */
  addNode(node: GraphNode, edges: readonly GraphEdge[], lang: Lang, anchor?: string): void {
    if (this.graph.hasNode(node.id)) return;
    let near = anchor && this.graph.hasNode(anchor) ? anchor : undefined;
    if (!near) {
      const other = edges.map((e) => (e.source === node.id ? e.target : e.source)).find((id) => this.graph.hasNode(id));
      near = other;
    }
    if (near) {
      mergeView(this.graph, { nodes: [node], edges: [...edges] }, { lang, anchor: near });
    } else {
      mergeView(this.graph, { nodes: [node], edges: [...edges] }, { lang });
    }
    settleNew(this.graph, [node.id]);
    sizeByDegree(this.graph, this.focus);
    if (this.sigma) this.applySizeSettings(this.sigma, this.graph);
    this.recomputeHighlight();
    this.onGraphChange();
  }

  /** Centre the camera on a node, zoomed in a little. */
  centreOn(id: string): void {
    const sigma = this.sigma;
    const display = sigma?.getNodeDisplayData(id);
    if (!sigma || !display) return;
    void sigma
      .getCamera()
      .animate({ x: display.x, y: display.y, ratio: Math.min(sigma.getCamera().ratio, 0.8) }, { duration: 400 });
  }

  fit(): void {
    this.sigma?.setCustomBBox(null);
    void this.sigma?.getCamera().animatedReset({ duration: 300 });
  }

  zoom(factor: number): void {
    const camera = this.sigma?.getCamera();
    if (!camera) return;
    void (factor > 1 ? camera.animatedZoom({ duration: 200 }) : camera.animatedUnzoom({ duration: 200 }));
  }

  pan(dx: number, dy: number): void {
    const sigma = this.sigma;
    if (!sigma) return;
    const camera = sigma.getCamera();
    const state = camera.getState();
    const { width, height } = sigma.getDimensions();
    const centre = sigma.viewportToFramedGraph({ x: width / 2 + dx, y: height / 2 + dy });
    void camera.animate({ ...state, x: centre.x, y: centre.y }, { duration: 150 });
  }

  /** The drawing as an SVG export sees it: visible nodes and edges at their viewport positions. */
  drawing(legend: { label: string; color: string }[]): SvgDrawing {
    const sigma = this.sigma;
    const { width, height } = sigma?.getDimensions() ?? { width: 800, height: 600 };
    const nodes: SvgDrawing['nodes'] = [];
    this.graph.forEachNode((id, a) => {
      if (this.visibilityKnown && !this.visibility.nodes.has(id)) return;
      const p = sigma ? sigma.graphToViewport({ x: a.x, y: a.y }) : { x: a.x, y: a.y };
      const display = sigma?.getNodeDisplayData(id);
      const size = sigma && display ? sigma.scaleSize(display.size) : a.size;
      nodes.push({ id, label: a.label, x: p.x, y: p.y, size, color: a.color });
    });
    const edges: SvgDrawing['edges'] = [];
    this.graph.forEachEdge((id, a, source, target) => {
      if (this.visibilityKnown && !this.visibility.edges.has(id)) return;
      const label = this.edgeLabels.get(id) ?? a.label;
      edges.push({ source, target, color: a.color, ...(label ? { label } : {}) });
    });
    return { width, height, nodes, edges, legend };
  }
}
