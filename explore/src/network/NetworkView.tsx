import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { kindName, nodeLabel } from '../i18n/vocabulary';
import { useLang, useMessages } from '../i18n/lang';
import type { Explorer } from '../state/useExplorer';
import { MESSAGES } from './network.messages';

/** The partner network: sigma's canvas, camera buttons, the selection's toolbar and the "+N more" list. */
export function NetworkView({ explorer, active }: { explorer: Explorer; active: boolean }): JSX.Element {
  const m = useMessages(MESSAGES);
  const lang = useLang();
  const container = useRef<HTMLDivElement>(null);
  const { model, selection, status, more, visible } = explorer;
  const clickRef = useRef(explorer);
  clickRef.current = explorer;
  const [moreFilter, setMoreFilter] = useState('');

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const sigma = model.attach(element, {
      clickNode: (id) => clickRef.current.actions.select(id),
      doubleClickNode: (id) => void clickRef.current.expand(id),
    });
    const observer = new ResizeObserver(() => {
      sigma.resize();
      sigma.refresh();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      model.detach();
    };
  }, [model]);

  useEffect(() => {
    if (active) model.sigma?.refresh();
  }, [active, model]);

  const selected = selection && model.graph.hasNode(selection) ? model.graph.getNodeAttributes(selection) : undefined;

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = 80;
    switch (e.key) {
      case '+':
      case '=':
        model.zoom(1.5);
        break;
      case '-':
      case '_':
        model.zoom(1 / 1.5);
        break;
      case '0':
        model.fit();
        break;
      case 'ArrowLeft':
        model.pan(-step, 0);
        break;
      case 'ArrowRight':
        model.pan(step, 0);
        break;
      case 'ArrowUp':
        model.pan(0, -step);
        break;
      case 'ArrowDown':
        model.pan(0, step);
        break;
      case 'n':
      case 'N': {
        const ids = visible.nodes.map((n) => n.id);
        if (ids.length === 0) return;
        const at = selection ? ids.indexOf(selection) : -1;
        const next = ids[(at + (e.shiftKey ? ids.length - 1 : 1) + ids.length) % ids.length]!;
        explorer.actions.select(next);
        break;
      }
      case 'Enter':
        if (selection) void explorer.expand(selection);
        break;
      case 'Delete':
        if (selection) explorer.hideNode(selection);
        break;
      case 'Escape':
        explorer.closePanel();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const filterText = moreFilter.trim().toLowerCase();
  const moreShown = more
    ? more.nodes.filter((n) => !filterText || n.label.toLowerCase().includes(filterText)).slice(0, 200)
    : [];

  return (
    <section
      className="network"
      aria-label={m.canvasLabel(visible.nodes.length, visible.edges.length)}
      data-testid="network-view"
    >
      <div
        ref={container}
        className="network-canvas"
        data-testid="network-canvas"
        tabIndex={0}
        role="application"
        aria-roledescription="graph"
        aria-label={m.canvasLabel(visible.nodes.length, visible.edges.length)}
        onKeyDown={onKey}
      />
      <div className="network-camera" role="toolbar" aria-label={m.fit}>
        <button
          type="button"
          onClick={() => model.zoom(1.5)}
          aria-label={m.zoomIn}
          title={m.zoomIn}
          data-testid="zoom-in"
        >
          +
        </button>
        <button
          type="button"
          onClick={() => model.zoom(1 / 1.5)}
          aria-label={m.zoomOut}
          title={m.zoomOut}
          data-testid="zoom-out"
        >
          −
        </button>
        <button type="button" onClick={() => model.fit()} aria-label={m.fit} title={m.fit} data-testid="fit">
          ⤢
        </button>
      </div>
      {selected && selection && (
        <div
          className="network-selection"
          role="toolbar"
          aria-label={`${m.selected}: ${selected.fullLabel}`}
          data-testid="selection-toolbar"
        >
          <span className="network-selection-name">
            <span className="kind-dot" style={{ background: selected.color }} aria-hidden="true" />
            <span className="kind-tag">{kindName(selected.kind, lang)}</span> {selected.label}
          </span>
          <button
            type="button"
            onClick={() => void explorer.expand(selection)}
            title={m.expandHint}
            data-testid="expand"
          >
            {m.expand}
          </button>
          <button type="button" onClick={() => model.centreOn(selection)}>
            {m.centre}
          </button>
          {selection !== explorer.focus && (
            <button type="button" onClick={() => explorer.actions.focus(selection)} data-testid="make-focus">
              {m.makeFocus}
            </button>
          )}
          <button type="button" onClick={() => explorer.hideNode(selection)} data-testid="hide-node">
            {m.hide}
          </button>
          <button type="button" onClick={explorer.closePanel} aria-label={m.deselect} title={m.deselect}>
            ×
          </button>
        </div>
      )}
      {more && (
        <aside
          className="network-more"
          aria-label={m.moreTitle(more.nodes.length, explorer.nameOf(more.anchor))}
          data-testid="more-list"
        >
          <header>
            <h2>{m.moreTitle(more.nodes.length, explorer.nameOf(more.anchor))}</h2>
            <button type="button" onClick={explorer.closeMore} aria-label={m.closeMore} title={m.closeMore}>
              ×
            </button>
          </header>
          <input
            type="search"
            value={moreFilter}
            onChange={(e) => setMoreFilter(e.target.value)}
            aria-label={m.moreFilter}
            placeholder={m.moreFilter}
          />
          <button type="button" className="more-batch" onClick={() => explorer.addMore(more.nodes.slice(0, 50))}>
            {m.addAll(Math.min(50, more.nodes.length))}
          </button>
          <ul>
            {moreShown.map((node) => (
              <li key={node.id}>
                <button
                  type="button"
                  onClick={() => explorer.addMore([node])}
                  aria-label={`${m.add}: ${nodeLabel(node.type, node.label, lang)}`}
                >
                  + <span className="kind-tag">{kindName(node.type, lang)}</span>{' '}
                  {nodeLabel(node.type, node.label, lang)}
                </button>
              </li>
            ))}
          </ul>
        </aside>
      )}
      <div className="network-status" role="status" aria-live="polite" data-testid="network-status">
        {status.loading === 'network' && m.loadingNetwork}
        {status.loading === 'neighbours' && m.loadingNeighbours}
        {status.loading === null && status.added === 0 && m.nothingNew}
        {status.loading === null && !!status.added && m.added(status.added)}
        {status.loading === null && !status.error && model.graph.order > 0 && visible.nodes.length === 0 && m.empty}
      </div>
    </section>
  );
}
