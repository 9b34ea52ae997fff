import type { GraphEdge, GraphNode, GraphView } from '../../src/api/types';

export function node(id: string, type: string, properties: Record<string, unknown> = {}): GraphNode {
  return { id, type, label: (properties.nameEn as string) ?? (properties.name as string) ?? id, properties };
}

export function edge(
  id: string,
  type: string,
  source: string,
  target: string,
  properties: Record<string, unknown> = {},
): GraphEdge {
  return { id, type, source, target, properties };
}

/** A small partner network: Kranj, its twinning with Yekaterinburg, and the actors behind it. */
export function partnerNetwork(): GraphView {
  return {
    nodes: [
      node('org:kranj', 'Municipality', { name: 'Mestna občina Kranj', nameEn: 'City Municipality of Kranj' }),
      node('city:kranj', 'City', { name: 'Kranj', nameEn: 'Kranj' }),
      node('city:yekaterinburg', 'City', { name: 'Jekaterinburg', nameEn: 'Yekaterinburg' }),
      node('twinning:ky', 'Twinning', {
        name: 'Pobratenje Mestne občine Kranj z mestom Jekaterinburg',
        nameEn: 'Twinning of Kranj with Yekaterinburg',
      }),
      node('org:iskratel', 'Company', { name: 'Iskratel' }),
      node('person:consul', 'Person', { name: 'Častni konzul', nameEn: 'Honorary Consul' }),
      node('session:s2', 'Session', { date: '2021-12-14', title: '2. seja' }),
    ],
    edges: [
      edge('governs:kranj', 'GOVERNS', 'org:kranj', 'city:kranj'),
      edge('partner:ky-kranj', 'PARTNER', 'twinning:ky', 'city:kranj'),
      edge('partner:ky-yek', 'PARTNER', 'twinning:ky', 'city:yekaterinburg'),
      edge('inv:iskratel', 'INVOLVED_IN', 'org:iskratel', 'twinning:ky', { role: 'BROKERED', quote: '…' }),
      edge('inv:consul:b', 'INVOLVED_IN', 'person:consul', 'twinning:ky', { role: 'BROKERED' }),
      edge('inv:consul:s', 'INVOLVED_IN', 'person:consul', 'twinning:ky', { role: 'SUPPORTED' }),
      edge('inv:kranj', 'INVOLVED_IN', 'org:kranj', 'twinning:ky', { role: 'INITIATED' }),
      edge('concerns:s2', 'CONCERNS', 'session:s2', 'twinning:ky', { date: '2021-12-14' }),
    ],
  };
}
