import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Plot's options, with `document` supplied here: Plot renders into linkedom's DOM, outside a browser. */
export type PlotOptions = Omit<Plot.PlotOptions, 'document'>;

/**
 * Renders an Observable Plot chart to a standalone SVG file's text. Plot
 * draws into linkedom's document (no browser needed); a legend, when asked
 * for, makes Plot return a <figure>, so the chart is always the <svg> inside.
 */
export function plotSvg(options: PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({
    ...options,
    document: document as unknown as Document,
    style: { background: 'white', fontSize: '12px', ...(typeof options.style === 'object' ? options.style : {}) },
  });
  const svgs = chart.tagName.toLowerCase() === 'svg' ? [chart] : Array.from(chart.querySelectorAll('svg'));
  const main = svgs[svgs.length - 1];
  if (!main) throw new Error('Plot drew no <svg>');
  main.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `${main.outerHTML}\n`;
}
