/** How each kind of node looks: colour and base size. Unknown kinds get a neutral grey. */
export interface KindStyle {
  readonly color: string;
  readonly size: number;
}

export const KIND_STYLES: Readonly<Record<string, KindStyle>> = {
  Municipality: { color: '#c0392b', size: 14 },
  City: { color: '#e67e22', size: 11 },
  Country: { color: '#8e6c3a', size: 10 },
  Twinning: { color: '#d81b60', size: 13 },
  Person: { color: '#2e86de', size: 8 },
  Membership: { color: '#9fb3c8', size: 5 },
  Company: { color: '#16a085', size: 9 },
  PublicAgency: { color: '#27ae60', size: 9 },
  GovernmentBody: { color: '#2c7a4b', size: 9 },
  Consulate: { color: '#6ab04c', size: 8 },
  Commission: { color: '#8e44ad', size: 9 },
  Council: { color: '#7d3c98', size: 9 },
  Committee: { color: '#a569bd', size: 8 },
  LocalCommunityCouncil: { color: '#bb8fce', size: 8 },
  MayorsCollegium: { color: '#76448a', size: 8 },
  Board: { color: '#9b59b6', size: 8 },
  Office: { color: '#5b2c6f', size: 8 },
  Session: { color: '#34495e', size: 8 },
  AgendaItem: { color: '#7f8c8d', size: 5 },
  Resolution: { color: '#b7950b', size: 7 },
  VoteEvent: { color: '#d4ac0d', size: 5 },
  Statement: { color: '#95a5a6', size: 5 },
  StatusChange: { color: '#f06292', size: 6 },
  Event: { color: '#0097a7', size: 8 },
  Document: { color: '#546e7a', size: 7 },
  Passage: { color: '#b0bec5', size: 4 },
  Finding: { color: '#ff7043', size: 5 },
};

export const DEFAULT_KIND_STYLE: KindStyle = { color: '#888888', size: 6 };

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? DEFAULT_KIND_STYLE;
}

/** The order kinds are listed in the legend: the partner network's main actors first. */
export const KIND_ORDER: readonly string[] = Object.keys(KIND_STYLES);

export function compareKinds(a: string, b: string): number {
  const ia = KIND_ORDER.indexOf(a);
  const ib = KIND_ORDER.indexOf(b);
  return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib) || a.localeCompare(b);
}
