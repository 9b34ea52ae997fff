import { toBlob } from '@sigma/export-image';
import { useEffect, useRef, useState } from 'react';
import type Sigma from 'sigma';
import { download } from '../export/download';
import { fileNameFor } from '../export/fileNameFor';
import { toGraphML } from '../export/toGraphML';
import { toJson } from '../export/toJson';
import { toSvg } from '../export/toSvg';
import { compareKinds, kindStyle } from '../graph/kinds';
import { kindName } from '../i18n/vocabulary';
import { useLang, useMessages } from '../i18n/lang';
import type { Explorer } from '../state/useExplorer';
import { MESSAGES } from './shell.messages';

/** Export what is on screen: PNG, SVG (the picture), GraphML, JSON (the data), and the shareable link. */
export function ExportMenu({ explorer }: { explorer: Explorer }): JSX.Element {
  const m = useMessages(MESSAGES);
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const base = `${explorer.nameOf(explorer.focus)}-network`;

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const done = (name: string) => {
    setOpen(false);
    explorer.notify(m.exported(name));
  };

  const legend = () =>
    [...new Set(explorer.visible.nodes.map((n) => n.type))]
      .sort(compareKinds)
      .map((k) => ({ label: kindName(k, lang), color: kindStyle(k).color }));

  const png = async () => {
    const sigma = explorer.model.sigma;
    if (!sigma || explorer.tab !== 'network') {
      explorer.notify(m.exportNeedsNetwork);
      return;
    }
    const blob = await toBlob(sigma as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff' });
    const name = fileNameFor(base, 'png');
    download(name, 'image/png', blob);
    done(name);
  };
  const svg = () => {
    if (explorer.tab !== 'network') {
      explorer.notify(m.exportNeedsNetwork);
      return;
    }
    const name = fileNameFor(base, 'svg');
    download(name, 'image/svg+xml', toSvg(explorer.model.drawing(legend())));
    done(name);
  };
  const graphml = () => {
    const name = fileNameFor(base, 'graphml');
    download(name, 'application/graphml+xml', toGraphML(explorer.visible));
    done(name);
  };
  const json = () => {
    const name = fileNameFor(base, 'json');
    download(name, 'application/json', toJson(explorer.visible));
    done(name);
  };
  const copyLink = async () => {
    setOpen(false);
    try {
      await navigator.clipboard.writeText(window.location.href);
      explorer.notify(m.linkCopied);
    } catch {
      explorer.notify(m.linkCopyFailed);
    }
  };

  return (
    <div
      className="export"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          root.current?.querySelector('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls="export-menu"
        onClick={() => setOpen((o) => !o)}
        data-testid="export-button"
      >
        {m.exportMenu} ▾
      </button>
      {open && (
        <ul id="export-menu" className="export-menu" aria-label={m.exportMenu} data-testid="export-menu">
          <li>
            <button type="button" onClick={() => void png()} data-testid="export-png">
              {m.exportPng}
            </button>
          </li>
          <li>
            <button type="button" onClick={svg} data-testid="export-svg">
              {m.exportSvg}
            </button>
          </li>
          <li>
            <button type="button" onClick={graphml} data-testid="export-graphml">
              {m.exportGraphml}
            </button>
          </li>
          <li>
            <button type="button" onClick={json} data-testid="export-json">
              {m.exportJson}
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void copyLink()} data-testid="copy-link">
              {m.copyLink}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
