import { useEffect, useRef } from 'react';
import { DocumentViewer } from './document/DocumentViewer';
import { DossierPanel } from './dossier/DossierPanel';
import { FilterSidebar } from './filters/FilterSidebar';
import { LangContext, useMessages } from './i18n/lang';
import { MapView } from './map/MapView';
import { NetworkView } from './network/NetworkView';
import { ReviewScreen } from './review/ReviewScreen';
import { SearchBox } from './search/SearchBox';
import { HistoryTrail } from './shell/HistoryTrail';
import { MESSAGES } from './shell/shell.messages';
import { installTestHooks } from './shell/testHooks';
import { TopBar } from './shell/TopBar';
import { ActionsContext } from './state/actions';
import { DEFAULT_FOCUS } from './state/urlState';
import { useExplorer, type Explorer } from './state/useExplorer';
import { TableView } from './table/TableView';
import { TwinningView } from './twinning/TwinningView';

/** The explorer: top bar, sidebar (legend and filters, history), the active view, the selection's panel. */
export function App(): JSX.Element {
  const explorer = useExplorer();
  const latest = useRef(explorer);
  latest.current = explorer;

  const test = explorer.urlState().test;
  useEffect(() => {
    if (test) installTestHooks(() => latest.current);
  }, [test]);

  return (
    <LangContext.Provider value={explorer.lang}>
      <ActionsContext.Provider value={explorer.actions}>
        <Shell explorer={explorer} />
      </ActionsContext.Provider>
    </LangContext.Provider>
  );
}

function Shell({ explorer }: { explorer: Explorer }): JSX.Element {
  const m = useMessages(MESSAGES);
  const { tab, selection, twinning, passage, model, focus } = explorer;
  const focusKind = model.graph.hasNode(focus) ? model.graph.getNodeAttribute(focus, 'kind') : undefined;
  const municipality = focusKind === 'Municipality' ? focus : DEFAULT_FOCUS;
  const panelOpen = tab !== 'review' && (twinning !== undefined || selection !== undefined);

  return (
    <div className={tab === 'review' ? 'app without-sidebar' : panelOpen ? 'app with-panel' : 'app'}>
      <TopBar explorer={explorer} search={<SearchBox onChoose={(hit) => void explorer.chooseHit(hit)} />} />
      {/* The review screen has its own two panes; the legend and filters belong to the graph's views. */}
      <aside className="sidebar" aria-label={m.sidebarLabel} data-testid="sidebar" hidden={tab === 'review'}>
        <FilterSidebar
          view={explorer.view}
          visibility={explorer.visibility}
          filters={explorer.filters}
          setFilters={explorer.setFilters}
          nameOf={explorer.nameOf}
        />
        <HistoryTrail steps={explorer.history} onRestore={explorer.restoreStep} />
      </aside>
      <main className="main" id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid="main">
        {explorer.status.error && (
          <div className="error-banner" role="alert" data-testid="error">
            {m.error(explorer.status.error)}{' '}
            <button type="button" onClick={explorer.retry}>
              {m.retry}
            </button>
          </div>
        )}
        <div className="view" hidden={tab !== 'network'}>
          <NetworkView explorer={explorer} active={tab === 'network'} />
        </div>
        {tab === 'map' && (
          <div className="view scroll">
            <MapView municipalityId={municipality} />
          </div>
        )}
        {tab === 'table' && (
          <div className="view scroll">
            <TableView nodes={explorer.visible.nodes} edges={explorer.visible.edges} />
          </div>
        )}
        {tab === 'review' && (
          <div className="view scroll">
            <ReviewScreen />
          </div>
        )}
      </main>
      {panelOpen && (
        <aside className="panel" aria-label={m.panelLabel} data-testid="side-panel">
          <button
            type="button"
            className="panel-close"
            onClick={explorer.closePanel}
            aria-label={m.closePanel}
            title={m.closePanel}
          >
            ×
          </button>
          {twinning !== undefined ? (
            <TwinningView key={twinning} id={twinning} />
          ) : (
            selection !== undefined && <DossierPanel key={selection} id={selection} />
          )}
        </aside>
      )}
      {passage && (
        <div className="document-layer" data-testid="document-layer">
          <DocumentViewer passage={passage} onClose={explorer.closePassage} />
        </div>
      )}
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="notice">
        {explorer.status.notice}
      </div>
    </div>
  );
}
