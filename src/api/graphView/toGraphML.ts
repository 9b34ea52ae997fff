import type { GraphView } from './graphView.js';

/** Characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/FFFF), replaced by U+FFFD. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text safe in XML content (`&`, `<`, `>` and carriage returns escaped). */
function xmlText(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>\r]/g, (c) => ENTITIES[c] ?? c);
}

/** Text safe in a double-quoted XML attribute, whitespace kept as character references. */
function xmlAttribute(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

function data(key: string, value: string): string {
  return `<data key="${key}">${xmlText(value)}</data>`;
}

/**
 * The view as GraphML (http://graphml.graphdrawing.org/), for Gephi, yEd,
 * Cytoscape desktop, NetworkX or igraph: one directed graph, the node and edge
 * ids of the view, keys declared for the node's type and label and the edge's
 * type and quote, and each element's properties as one JSON string.
 */
export function toGraphML(view: GraphView): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="properties" for="node" attr.name="properties" attr.type="string"/>',
    '  <key id="edgeType" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="quote" for="edge" attr.name="quote" attr.type="string"/>',
    '  <key id="edgeProperties" for="edge" attr.name="properties" attr.type="string"/>',
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of view.nodes) {
    lines.push(
      `    <node id="${xmlAttribute(n.id)}">${data('type', n.type)}${data('label', n.label)}${data('properties', JSON.stringify(n.properties))}</node>`,
    );
  }
  for (const e of view.edges) {
    const quote = typeof e.properties['quote'] === 'string' ? data('quote', e.properties['quote']) : '';
    lines.push(
      `    <edge id="${xmlAttribute(e.id)}" source="${xmlAttribute(e.source)}" target="${xmlAttribute(e.target)}">${data('edgeType', e.type)}${quote}${data('edgeProperties', JSON.stringify(e.properties))}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
