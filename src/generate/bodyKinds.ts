/**
 * The bodies of a Slovenian municipality whose sessions have minutes, with the
 * words minutes use for them: name (nominative, genitive), the short form
 * ("komisija"), its grammatical gender (for "je sprejela/sprejel"), how often
 * it meets and how many seats it has.
 */
export type BodyType = 'Council' | 'Commission' | 'Committee' | 'LocalCommunityCouncil';

export interface BodyKind {
  readonly type: BodyType;
  readonly slug: string;
  readonly name: string;
  readonly genitive: string;
  readonly nameEn: string;
  readonly short: string;
  readonly feminine: boolean;
  /** Sessions a year: from–to. */
  readonly perYear: readonly [number, number];
  /** International matters go to it. */
  readonly international?: boolean;
}

export const COMMISSIONS: readonly BodyKind[] = [
  {
    type: 'Commission',
    slug: 'kmvvi',
    name: 'Komisija za mandatna vprašanja, volitve in imenovanja',
    genitive: 'Komisije za mandatna vprašanja, volitve in imenovanja',
    nameEn: 'Commission for Mandate Issues, Elections and Appointments',
    short: 'komisija',
    feminine: true,
    perYear: [4, 8],
  },
  {
    type: 'Commission',
    slug: 'kms',
    name: 'Komisija za mednarodno sodelovanje',
    genitive: 'Komisije za mednarodno sodelovanje',
    nameEn: 'Commission for International Cooperation',
    short: 'komisija',
    feminine: true,
    perYear: [4, 8],
    international: true,
  },
  {
    type: 'Commission',
    slug: 'kspv',
    name: 'Komisija za statutarna in pravna vprašanja',
    genitive: 'Komisije za statutarna in pravna vprašanja',
    nameEn: 'Commission for Statutory and Legal Matters',
    short: 'komisija',
    feminine: true,
    perYear: [3, 6],
  },
  {
    type: 'Commission',
    slug: 'kp',
    name: 'Komisija za priznanja in nagrade',
    genitive: 'Komisije za priznanja in nagrade',
    nameEn: 'Commission for Awards',
    short: 'komisija',
    feminine: true,
    perYear: [2, 5],
  },
];

export const COMMITTEES: readonly BodyKind[] = [
  {
    type: 'Committee',
    slug: 'ofp',
    name: 'Odbor za finance in proračun',
    genitive: 'Odbora za finance in proračun',
    nameEn: 'Committee for Finance and the Budget',
    short: 'odbor',
    feminine: false,
    perYear: [6, 10],
  },
  {
    type: 'Committee',
    slug: 'og',
    name: 'Odbor za gospodarstvo',
    genitive: 'Odbora za gospodarstvo',
    nameEn: 'Committee for the Economy',
    short: 'odbor',
    feminine: false,
    perYear: [5, 9],
  },
  {
    type: 'Committee',
    slug: 'odd',
    name: 'Odbor za družbene dejavnosti',
    genitive: 'Odbora za družbene dejavnosti',
    nameEn: 'Committee for Social Affairs',
    short: 'odbor',
    feminine: false,
    perYear: [5, 9],
  },
  {
    type: 'Committee',
    slug: 'oop',
    name: 'Odbor za okolje in prostor',
    genitive: 'Odbora za okolje in prostor',
    nameEn: 'Committee for the Environment and Spatial Planning',
    short: 'odbor',
    feminine: false,
    perYear: [5, 10],
  },
  {
    type: 'Committee',
    slug: 'ot',
    name: 'Odbor za turizem',
    genitive: 'Odbora za turizem',
    nameEn: 'Committee for Tourism',
    short: 'odbor',
    feminine: false,
    perYear: [4, 8],
  },
  {
    type: 'Committee',
    slug: 'okg',
    name: 'Odbor za kmetijstvo in gozdarstvo',
    genitive: 'Odbora za kmetijstvo in gozdarstvo',
    nameEn: 'Committee for Agriculture and Forestry',
    short: 'odbor',
    feminine: false,
    perYear: [3, 6],
  },
  {
    type: 'Committee',
    slug: 'os',
    name: 'Odbor za šport',
    genitive: 'Odbora za šport',
    nameEn: 'Committee for Sport',
    short: 'odbor',
    feminine: false,
    perYear: [3, 7],
  },
  {
    type: 'Committee',
    slug: 'ols',
    name: 'Odbor za lokalno samoupravo',
    genitive: 'Odbora za lokalno samoupravo',
    nameEn: 'Committee for Local Self-Government',
    short: 'odbor',
    feminine: false,
    perYear: [3, 6],
  },
];

/** The council: "Občinski svet" or, in a city municipality, "Mestni svet". */
export function councilKind(urban: boolean): BodyKind {
  return urban
    ? {
        type: 'Council',
        slug: 'ms',
        name: 'Mestni svet',
        genitive: 'Mestnega sveta',
        nameEn: 'City Council',
        short: 'mestni svet',
        feminine: false,
        perYear: [8, 11],
      }
    : {
        type: 'Council',
        slug: 'os-svet',
        name: 'Občinski svet',
        genitive: 'Občinskega sveta',
        nameEn: 'Municipal Council',
        short: 'občinski svet',
        feminine: false,
        perYear: [7, 10],
      };
}

/** A local community's council: "Svet Krajevne skupnosti Brezovica". */
export function localCommunityKind(village: string, slug: string): BodyKind {
  return {
    type: 'LocalCommunityCouncil',
    slug: `ks-${slug}`,
    name: `Svet Krajevne skupnosti ${village}`,
    genitive: `Sveta Krajevne skupnosti ${village}`,
    nameEn: `Council of the Local Community of ${village}`,
    short: 'svet krajevne skupnosti',
    feminine: false,
    perYear: [4, 9],
  };
}
