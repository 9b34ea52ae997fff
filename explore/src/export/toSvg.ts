/** A picture of the network as it is on screen: positions in viewport pixels, colours as CSS colours. */
export interface SvgDrawing {
  width: number;
  height: number;
  nodes: { id: string; label: string; x: number; y: number; size: number; color: string }[];
  edges: { source: string; target: string; label?: string; color: string }[];
  legend?: { label: string; color: string }[];
}

/** Characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in XML content and in a quoted attribute; line breaks become spaces (SVG text is one line). */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A coordinate or length: finite, two decimals at most. */
function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Math.round(value * 100) / 100);
}

/** A colour for an attribute: what CSS colours look like, else grey (no way to break out of the attribute). */
function color(value: string): string {
  return /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(rgb|rgba|hsl|hsla)\([0-9.,%\s/deg]+\))$/.test(value.trim())
    ? value.trim()
    : '#888888';
}

const FONT = `font-family="system-ui, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif"`;
const HALO = 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';

/**
 * The drawing as a standalone SVG document (opens in a browser, Inkscape or a
 * slide): white background, edges as lines ending in an arrow at the target's
 * rim with their labels small at the middle, nodes as circles with their
 * labels beside them on a white halo, and the legend in the top-left corner.
 * Every text is escaped; nothing is fetched (no fonts, no images).
 */
export function toSvg(drawing: SvgDrawing): string {
  const width = Math.max(1, Number.isFinite(drawing.width) ? drawing.width : 1);
  const height = Math.max(1, Number.isFinite(drawing.height) ? drawing.height : 1);
  const byId = new Map(drawing.nodes.map((n) => [n.id, n]));

  // One arrow marker per edge colour (context-stroke is not understood everywhere).
  const markerIds = new Map<string, string>();
  for (const e of drawing.edges) {
    const c = color(e.color);
    if (!markerIds.has(c)) markerIds.set(c, `arrow-${markerIds.size}`);
  }

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`,
  ];
  if (markerIds.size > 0) {
    out.push('  <defs>');
    for (const [c, id] of markerIds) {
      out.push(
        `    <marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto">` +
          `<path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(c)}"/></marker>`,
      );
    }
    out.push('  </defs>');
  }
  out.push(`  <rect class="background" x="0" y="0" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`);

  const edgeLines: string[] = [];
  const edgeLabels: string[] = [];
  for (const e of drawing.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const length = Math.hypot(dx, dy);
    if (length === 0) continue;
    // From the rim of the source to the rim of the target, so the arrowhead shows.
    const from = Math.min(Math.max(s.size, 0), length / 2) / length;
    const to = Math.min(Math.max(t.size, 0) + 1, length / 2) / length;
    const c = color(e.color);
    edgeLines.push(
      `    <line x1="${num(s.x + dx * from)}" y1="${num(s.y + dy * from)}" x2="${num(t.x - dx * to)}" y2="${num(t.y - dy * to)}" stroke="${escapeXml(c)}" stroke-width="1" marker-end="url(#${markerIds.get(c) ?? ''})"/>`,
    );
    if (e.label) {
      edgeLabels.push(
        `    <text x="${num(s.x + dx / 2)}" y="${num(s.y + dy / 2)}" font-size="8" fill="#555555" text-anchor="middle" dominant-baseline="middle" ${HALO}>${escapeXml(e.label)}</text>`,
      );
    }
  }
  out.push(`  <g class="edges" ${FONT}>`, ...edgeLines, ...edgeLabels, '  </g>');

  out.push(`  <g class="nodes" ${FONT}>`);
  for (const n of drawing.nodes) {
    out.push(
      `    <circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(Math.max(n.size, 0.5))}" fill="${escapeXml(color(n.color))}" stroke="#ffffff" stroke-width="1"><title>${escapeXml(n.label)}</title></circle>`,
    );
  }
  for (const n of drawing.nodes) {
    if (!n.label) continue;
    out.push(
      `    <text x="${num(n.x + Math.max(n.size, 0) + 3)}" y="${num(n.y)}" font-size="11" fill="#1d2430" dominant-baseline="middle" ${HALO}>${escapeXml(n.label)}</text>`,
    );
  }
  out.push('  </g>');

  const legend = drawing.legend ?? [];
  if (legend.length > 0) {
    const row = 16;
    const longest = Math.max(...legend.map((l) => Array.from(l.label).length));
    const boxWidth = 28 + longest * 6.5;
    out.push(`  <g class="legend" ${FONT} transform="translate(8 8)">`);
    out.push(
      `    <rect x="0" y="0" width="${num(boxWidth)}" height="${num(legend.length * row + 8)}" rx="4" fill="#ffffff" fill-opacity="0.9" stroke="#c9ced6"/>`,
    );
    legend.forEach((l, i) => {
      const y = 4 + i * row + row / 2;
      out.push(
        `    <circle cx="12" cy="${num(y)}" r="5" fill="${escapeXml(color(l.color))}"/>`,
        `    <text x="22" y="${num(y)}" font-size="11" fill="#1d2430" dominant-baseline="middle">${escapeXml(l.label)}</text>`,
      );
    });
    out.push('  </g>');
  }
  out.push('</svg>', '');
  return out.join('\n');
}
