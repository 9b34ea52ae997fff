import { describe, expect, it } from 'vitest';
import { toSvg, type SvgDrawing } from '../../src/export/toSvg';
import { attr, parseXml, type XmlElement } from './parseXml';

const DRAWING: SvgDrawing = {
  width: 800,
  height: 600,
  nodes: [
    { id: 'city:kranj', label: 'Kranj', x: 100, y: 100, size: 10, color: '#1f77b4' },
    {
      id: 'city:yekaterinburg',
      label: 'Jekaterinburg (Yekaterinburg) <Екатеринбург> & "co"',
      x: 400,
      y: 100,
      size: 5,
      color: '#ff7f0e',
    },
    { id: 'org:iskratel', label: 'Iskratel', x: 400, y: 400, size: 6, color: 'red' },
  ],
  edges: [
    { source: 'city:kranj', target: 'city:yekaterinburg', label: 'PARTNER', color: '#999999' },
    { source: 'org:iskratel', target: 'city:yekaterinburg', label: 'INVOLVED_IN · SUPPORTED', color: '#d62728' },
    { source: 'org:iskratel', target: 'nowhere', color: '#999999' },
  ],
  legend: [
    { label: 'Mesto / City', color: '#1f77b4' },
    { label: 'Podjetje & <co>', color: 'red' },
  ],
};

const named = (root: XmlElement, tag: string) => root.querySelectorAll(tag);
const num = (el: XmlElement, name: string) => Number(attr(el, name));

describe('toSvg', () => {
  const svg = toSvg(DRAWING);
  const root = parseXml(svg);

  it('is a standalone SVG document with a viewBox and a white background', () => {
    expect(root.tagName.toLowerCase()).toBe('svg');
    expect(attr(root, 'xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(attr(root, 'viewBox')).toBe('0 0 800 600');
    expect(attr(root, 'width')).toBe('800');
    const background = named(root, 'rect')[0]!;
    expect([attr(background, 'width'), attr(background, 'height'), attr(background, 'fill')]).toEqual([
      '800',
      '600',
      '#ffffff',
    ]);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // nothing fetched
  });

  it('draws each node as a circle where it is, labelled beside it on a white halo', () => {
    const circles = named(root.querySelectorAll('g.nodes')[0]!, 'circle');
    expect(circles.map((c) => [num(c, 'cx'), num(c, 'cy'), num(c, 'r'), attr(c, 'fill')])).toEqual([
      [100, 100, 10, '#1f77b4'],
      [400, 100, 5, '#ff7f0e'],
      [400, 400, 6, 'red'],
    ]);
    const labels = named(root.querySelectorAll('g.nodes')[0]!, 'text');
    expect(labels.map((t) => t.textContent)).toEqual(DRAWING.nodes.map((n) => n.label));
    expect(num(labels[0]!, 'x')).toBeGreaterThan(110);
    expect(attr(labels[0]!, 'stroke')).toBe('#ffffff');
    expect(attr(labels[0]!, 'paint-order')).toBe('stroke');
  });

  it('draws edges as lines from rim to rim with an arrow marker, labelled at the middle; edges to missing nodes are left out', () => {
    const edges = root.querySelectorAll('g.edges')[0]!;
    const lines = named(edges, 'line');
    expect(lines).toHaveLength(2);
    const [partner] = lines;
    expect([num(partner!, 'x1'), num(partner!, 'y1'), num(partner!, 'x2'), num(partner!, 'y2')]).toEqual([
      110, 100, 394, 100,
    ]);
    const markerIds = named(root, 'marker').map((m) => attr(m, 'id'));
    expect(markerIds).toHaveLength(2); // one per edge colour
    for (const line of lines) expect(markerIds.map((id) => `url(#${id})`)).toContain(attr(line, 'marker-end'));
    expect(attr(lines[1]!, 'stroke')).toBe('#d62728');
    const labels = named(edges, 'text');
    expect(labels.map((t) => [t.textContent, num(t, 'x'), num(t, 'y')])).toEqual([
      ['PARTNER', 250, 100],
      ['INVOLVED_IN · SUPPORTED', 400, 250],
    ]);
  });

  it('puts the legend in a corner', () => {
    const legend = root.querySelectorAll('g.legend')[0]!;
    expect(attr(legend, 'transform')).toBe('translate(8 8)');
    expect(named(legend, 'text').map((t) => t.textContent)).toEqual(['Mesto / City', 'Podjetje & <co>']);
    expect(named(legend, 'circle').map((c) => attr(c, 'fill'))).toEqual(['#1f77b4', 'red']);
  });

  it('escapes every text and keeps hostile colours out of attributes', () => {
    expect(svg).toContain('Jekaterinburg (Yekaterinburg) &lt;Екатеринбург&gt; &amp; &quot;co&quot;');
    const hostile = toSvg({
      width: 10,
      height: 10,
      nodes: [
        { id: 'a', label: '</text><script>alert(1)</script>', x: 1, y: 1, size: 1, color: '"/><script>x</script>' },
      ],
      edges: [],
      legend: [{ label: 'x\u0000\ny', color: 'url(javascript:1)' }],
    });
    expect(hostile).not.toContain('<script');
    expect(() => parseXml(hostile)).not.toThrow();
    const root2 = parseXml(hostile);
    expect(named(root2, 'circle').map((c) => attr(c, 'fill'))).toEqual(['#888888', '#888888']);
    expect(named(root2, 'text').map((t) => t.textContent)).toContain('</text><script>alert(1)</script>');
  });

  it('draws an empty drawing as a blank white page without a legend', () => {
    const empty = parseXml(toSvg({ width: 300, height: 200, nodes: [], edges: [] }));
    expect(named(empty, 'rect')).toHaveLength(1);
    expect(empty.querySelectorAll('g.legend')).toHaveLength(0);
    expect(named(empty, 'marker')).toHaveLength(0);
  });
});
