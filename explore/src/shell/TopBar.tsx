import type { ReactNode } from 'react';
import { LANGS, useMessages } from '../i18n/lang';
import type { Explorer } from '../state/useExplorer';
import { VIEW_TABS, type ViewTab } from '../state/urlState';
import { ExportMenu } from './ExportMenu';
import { MESSAGES } from './shell.messages';

/** Title, search, view tabs, language switch, export menu. */
export function TopBar({ explorer, search }: { explorer: Explorer; search: ReactNode }): JSX.Element {
  const m = useMessages(MESSAGES);
  const tabName: Record<ViewTab, string> = {
    network: m.tabNetwork,
    map: m.tabMap,
    table: m.tabTable,
    review: m.tabReview,
  };
  const onTabKey = (e: React.KeyboardEvent, current: ViewTab) => {
    const i = VIEW_TABS.indexOf(current);
    let next: ViewTab | undefined;
    if (e.key === 'ArrowRight') next = VIEW_TABS[(i + 1) % VIEW_TABS.length];
    else if (e.key === 'ArrowLeft') next = VIEW_TABS[(i - 1 + VIEW_TABS.length) % VIEW_TABS.length];
    else if (e.key === 'Home') next = VIEW_TABS[0];
    else if (e.key === 'End') next = VIEW_TABS[VIEW_TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    explorer.setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <header className="topbar" data-testid="topbar">
      <div className="brand">
        <h1>{m.title}</h1>
      </div>
      {search}
      <div role="tablist" aria-label={m.tabsLabel} className="tabs" data-testid="tabs">
        {VIEW_TABS.map((t) => (
          <button
            key={t}
            id={`tab-${t}`}
            type="button"
            role="tab"
            aria-selected={explorer.tab === t}
            aria-controls={`panel-${t}`}
            tabIndex={explorer.tab === t ? 0 : -1}
            onClick={() => explorer.setTab(t)}
            onKeyDown={(e) => onTabKey(e, t)}
            data-testid={`tab-${t}`}
          >
            {tabName[t]}
          </button>
        ))}
      </div>
      <div className="lang" role="group" aria-label={m.langLabel}>
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={explorer.lang === l}
            onClick={() => explorer.setLang(l)}
            lang={l}
            data-testid={`lang-${l}`}
          >
            {l.toUpperCase()}
          </button>
        ))}
      </div>
      <ExportMenu explorer={explorer} />
    </header>
  );
}
