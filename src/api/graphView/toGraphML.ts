import type { GraphView } from './graphView.js';

/*
 * Pure (no Node module, no I/O): the explorer's browser bundle imports this
 * same function for its GraphML export (explore/src/export/toGraphML.ts), so
 * the server's /export/graph.graphml and the explorer's download agree.
 */

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
  return `<data key="${xmlAttribute(key)}">${xmlText(value)}</data>`;
}

/** One GraphML key for one property name of nodes or of edges. */
interface PropertyKey {
  /** The property's name in `properties`. */
  readonly property: string;
  /** The key's id (unique in the document): `node.<name>` / `edge.<name>`. */
  readonly id: string;
  /** What tools show as the column name: the property's name (suffixed when it would clash with a fixed key). */
  readonly attrName: string;
  readonly attrType: 'boolean' | 'long' | 'double' | 'string';
}

/** A property value as GraphML data: scalars as written, arrays and objects as JSON; null and undefined: none. */
function propertyValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** The narrowest GraphML type that holds every value of a property. */
function attrType(values: unknown[]): PropertyKey['attrType'] {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'long';
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'double';
  return 'string';
}

/**
 * One key per property name found on the elements, sorted by name. `skip`
 * names properties a fixed key already carries; `fixed` the attr.names of the
 * fixed keys, which a property of the same name must not repeat.
 */
function propertyKeys(
  elements: readonly { readonly properties: Record<string, unknown> }[],
  prefix: 'node' | 'edge',
  skip: ReadonlySet<string>,
  fixed: ReadonlySet<string>,
): PropertyKey[] {
  const values = new Map<string, unknown[]>();
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.properties)) {
      if (skip.has(name)) continue;
      let list = values.get(name);
      if (!list) values.set(name, (list = []));
      list.push(value);
    }
  }
  const ids = new Set<string>();
  return [...values.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((property) => {
      // Key ids are XML name tokens: letters, digits, `.`, `-`, `_`.
      const base = `${prefix}.${property.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}_${n}`;
      ids.add(id);
      return {
        property,
        id,
        attrName: fixed.has(property) ? `${property} (property)` : property,
        attrType: attrType(values.get(property) ?? []),
      };
    });
}

function keyLine(id: string, domain: 'node' | 'edge', name: string, type: PropertyKey['attrType']): string {
  return `  <key id="${xmlAttribute(id)}" for="${domain}" attr.name="${xmlAttribute(name)}" attr.type="${type}"/>`;
}

function propertyData(keys: readonly PropertyKey[], properties: Record<string, unknown>): string {
  let out = '';
  for (const key of keys) {
    const value = propertyValue(properties[key.property]);
    if (value !== undefined) out += data(key.id, value);
  }
  return out;
}

/**
 * The view as GraphML (http://graphml.graphdrawing.org/), for Gephi, yEd,
 * Cytoscape desktop, NetworkX or igraph: one directed graph, the node and edge
 * ids of the view, keys declared for the node's type and label and the edge's
 * type and quote, each element's properties as one JSON string (`properties`,
 * which reads back as the view's), and each property also in a key of its own
 * (`node.<name>`, `edge.<name>`; numbers and booleans typed, arrays and objects
 * as JSON) so that tools can colour, filter or sort by it.
 */
export function toGraphML(view: GraphView): string {
  const nodeKeys = propertyKeys(view.nodes, 'node', new Set(), new Set(['type', 'label', 'properties']));
  const edgeKeys = propertyKeys(view.edges, 'edge', new Set(['quote']), new Set(['type', 'quote', 'properties']));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="properties" for="node" attr.name="properties" attr.type="string"/>',
    ...nodeKeys.map((k) => keyLine(k.id, 'node', k.attrName, k.attrType)),
    '  <key id="edgeType" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="quote" for="edge" attr.name="quote" attr.type="string"/>',
    '  <key id="edgeProperties" for="edge" attr.name="properties" attr.type="string"/>',
    ...edgeKeys.map((k) => keyLine(k.id, 'edge', k.attrName, k.attrType)),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of view.nodes) {
    lines.push(
      `    <node id="${xmlAttribute(n.id)}">${data('type', n.type)}${data('label', n.label)}${data('properties', JSON.stringify(n.properties))}${propertyData(nodeKeys, n.properties)}</node>`,
    );
  }
  for (const e of view.edges) {
    const quote = typeof e.properties['quote'] === 'string' ? data('quote', e.properties['quote']) : '';
    lines.push(
      `    <edge id="${xmlAttribute(e.id)}" source="${xmlAttribute(e.source)}" target="${xmlAttribute(e.target)}">${data('edgeType', e.type)}${quote}${data('edgeProperties', JSON.stringify(e.properties))}${propertyData(edgeKeys, e.properties)}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
