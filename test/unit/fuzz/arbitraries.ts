import fc from 'fast-check';
import { crc32 } from 'node:zlib';
import { encodeWindows1250 } from '../../helpers/documentFixtures/encodeWindows1250.js';

/**
 * Generators for fuzzing the importer: odd Unicode, names with č/š/ž and
 * Cyrillic, minutes-like texts with the structure of Slovenian minutes (as
 * test/helpers/minutesFixtures shows it), text encodings, and mutations of
 * a file's bytes.
 */

/** Characters that trouble offsets and cleaning: RTL, emoji (astral, ZWJ), combining marks, controls, NUL, BOM. */
export const ODD_CHARACTERS = [
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  'שלום',
  'مرحبا',
  '😀',
  '👩‍👩‍👧',
  '🇸🇮',
  'e\u0301',
  'c\u030C', // č decomposed
  's\u030C',
  'Z\u030C',
  '\u0301',
  '𝔸',
  'ﬁ',
  'Å',
  'ǅ',
  '\u00AD', // soft hyphen
  '\u00A0',
  '\u2028',
  '\uFEFF',
  '\u0000',
  '\u0085',
  '\u0007',
  '\v',
  '\f',
  '\r',
  '\t',
  '\uFFFD',
  'ţ',
  'Жуковский',
  '张家口',
  '[bookmark: _GoBack]',
  'Z A P I S N I K',
  '-\n',
] as const;

const SLOVENE = 'abcčdefghijklmnoprsštuvzž';
const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщъыьэюяё';

function capitalised(alphabet: string, min: number, max: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max })
    .map((s) => s.charAt(0).toLocaleUpperCase('sl') + s.slice(1));
}

/** A word that reads as a name: Slovene letters (č, š, ž) or Cyrillic, sometimes a real name. */
export const nameWord: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: capitalised(SLOVENE, 3, 10) },
  { weight: 1, arbitrary: capitalised(CYRILLIC, 3, 10) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'Boštjan',
      'Katja',
      'Štruc',
      'Žiga',
      'Čebašek',
      'Ana-Marija',
      'Jurij',
      'Ćosić',
      'Dvořák',
      'Владимир',
      'O’Connor',
    ),
  },
);

/** "First Last", now and then with a middle name or a doubled surname. */
export const personName: fc.Arbitrary<string> = fc
  .tuple(nameWord, nameWord, fc.option(nameWord, { nil: undefined }))
  .map(([first, last, third]) => (third ? `${first} ${last} ${third}` : `${first} ${last}`));

const MUNICIPALITIES = ['Kranj', 'Ptuj', 'Šentjur', 'Žirovnica', 'Piran', 'Slovenj Gradec', 'Škofja Loka', 'Črnomelj'];
const PARTNERS = [
  ['Jekaterinburg', 'Rusija'],
  ['Varaždin', 'Republika Hrvaška'],
  ['Zhangjiakou', 'Kitajska'],
  ['Екатеринбург', 'Россия'],
  ['Dubrovnik', 'Hrvaška'],
  ['Bergamo', 'Italija'],
] as const;
const MONTHS = [
  'januarja',
  'februarja',
  'marca',
  'aprila',
  'maja',
  'junija',
  'julija',
  'avgusta',
  'septembra',
  'oktobra',
  'novembra',
  'decembra',
];
const ROLES = ['predsednik komisije', 'podpredsednica', 'član', 'članica', 'vodja Kabineta župana', 'tajnica komisije'];
const TITLES = [
  'Potrditev zapisnika prejšnje seje',
  'Predlog Odloka o proračunu za leto 2024',
  'Poročilo o delu Razvojne agencije',
  'Vprašanja in pobude',
  'Razno',
];

export interface MinutesParts {
  readonly municipality: string;
  readonly partner: readonly [string, string];
  readonly newPartner: string;
  readonly session: number;
  readonly kind: string;
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly longDate: boolean;
  readonly people: readonly string[];
  readonly roles: readonly string[];
  readonly items: number;
  readonly heading: 'ad' | 'k' | 'tocka' | 'plain';
  readonly votes: readonly (readonly [number, number])[];
  readonly twinningItem: boolean;
}

export const minutesParts: fc.Arbitrary<MinutesParts> = fc.record({
  municipality: fc.oneof(fc.constantFrom(...MUNICIPALITIES), nameWord),
  partner: fc.constantFrom(...PARTNERS),
  newPartner: nameWord,
  session: fc.integer({ min: 1, max: 40 }),
  kind: fc.constantFrom('redne', 'izredne', 'dopisne', 'slavnostne'),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  year: fc.integer({ min: 1995, max: 2035 }),
  longDate: fc.boolean(),
  people: fc.array(personName, { minLength: 2, maxLength: 8 }),
  roles: fc.array(fc.constantFrom(...ROLES), { minLength: 8, maxLength: 8 }),
  items: fc.integer({ min: 1, max: 5 }),
  heading: fc.constantFrom('ad', 'k', 'tocka', 'plain'),
  votes: fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 5 })), {
    minLength: 5,
    maxLength: 5,
  }),
  twinningItem: fc.boolean(),
});

/** Minutes in the shape of the fixtures: header, session line, attendance, agenda, items with resolutions and votes, signatures. */
export function renderParts(p: MinutesParts): string {
  const person = (i: number) => p.people[i % p.people.length]!;
  const date = p.longDate ? `${p.day}. ${MONTHS[p.month - 1]} ${p.year}` : `${p.day}. ${p.month}. ${p.year}`;
  const [city, country] = p.partner;
  const titles = Array.from({ length: p.items }, (_, i) =>
    p.twinningItem && i === 1
      ? `Pobratenje Občine ${p.municipality} z mestom ${city} (${country})`
      : TITLES[i % TITLES.length]!,
  );
  const heading = (n: number, title: string) =>
    p.heading === 'ad'
      ? `Ad ${n}) ${title}`
      : p.heading === 'k'
        ? `K ${n}. točki\n${title}`
        : p.heading === 'tocka'
          ? `${n}. TOČKA: ${title}`
          : `${n}. ${title}`;
  const lines = [
    `OBČINA ${p.municipality.toLocaleUpperCase('sl')}`,
    'OBČINSKI SVET',
    '',
    `Datum: ${date}`,
    '',
    'ZAPISNIK',
    '',
    `${p.session}. ${p.kind} seje Občinskega sveta Občine ${p.municipality}, ki je bila ${date} ob 17. uri v sejni sobi.`,
    '',
    `PRISOTNI: ${p.people.map((name, i) => `${name} – ${p.roles[i % p.roles.length]}`).join(', ')}`,
    `ODSOTNI: ${person(1)} (opravičeno)`,
    '',
    `Sejo je vodil ${person(0)} in dal v potrditev naslednji DNEVNI RED:`,
    ...titles.map((t, i) => `${i + 1}. ${t}`),
    `Dnevni red je bil soglasno sprejet (${p.people.length} PRISOTNI: ${p.people.length} ZA).`,
    '',
  ];
  titles.forEach((title, i) => {
    const [za, proti] = p.votes[i % p.votes.length]!;
    lines.push(heading(i + 1, title), '');
    lines.push(`${person(i + 2)} je predlagal, da se gradivo obravnava. ${person(i + 3)} je podprl predlog.`);
    if (p.twinningItem && i === 1) {
      lines.push(
        `${person(i)} je povedala, da je pobuda za pobratenje prišla iz mesta ${city}. ` +
          `Občina ${p.municipality} sodeluje tudi z mestom ${p.newPartner}.`,
      );
    }
    lines.push('', `SKLEP št. ${i + 1}:`, `Občinski svet Občine ${p.municipality} sprejme predlog: ${title}.`);
    lines.push(`Glasovanje: ZA: ${za}, PROTI: ${proti}.`, 'Sklep je bil sprejet.', '');
  });
  lines.push('Seja je bila zaključena ob 18.35.', '', 'Zapisala:', person(1), '', 'Predsednik:', `${person(0)}, l.r.`);
  return lines.join('\n');
}

/** A minutes-like text; now and then odd characters are spliced into some lines. */
export const minutesText: fc.Arbitrary<string> = fc
  .tuple(
    minutesParts.map(renderParts),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...ODD_CHARACTERS)), { maxLength: 6 }),
  )
  .map(([text, insertions]) => {
    let out = text;
    for (const [where, _, odd] of insertions) {
      // At a character boundary (never inside a surrogate pair): the input of a text file is whole characters.
      const points = Array.from(out);
      const at = where % (points.length + 1);
      out = [...points.slice(0, at), odd, ...points.slice(at)].join('');
    }
    return out;
  });

/** How a text file is stored: the encodings the importer reads, with or without a BOM, LF or CRLF. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1250';
export const textEncoding = fc.constantFrom<TextEncoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1250');

export function encodeText(text: string, encoding: TextEncoding, crlf = false): Uint8Array {
  const t = crlf ? text.replace(/\n/g, '\r\n') : text;
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(t);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${t}`);
    case 'utf-16le':
      return new Uint8Array(Buffer.from(`\uFEFF${t}`, 'utf16le'));
    case 'utf-16be': {
      const le = Buffer.from(`\uFEFF${t}`, 'utf16le');
      return new Uint8Array(le.swap16());
    }
    case 'windows-1250':
      return encodeWindows1250(t);
  }
}

/** One change to a file's bytes, as a disk, a transfer or a hand editor damages it. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'overwrite'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    kind: fc.constant('overwrite' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
);

/** The bytes with the mutations applied in order (positions taken modulo the current length). */
export function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(original);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    switch (m.kind) {
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'flip':
        if (bytes.length > 0) bytes[at] = bytes[at]! ^ m.xor;
        break;
      case 'overwrite':
        bytes.set(m.bytes.subarray(0, bytes.length - at), at);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
        break;
      case 'duplicate':
        bytes = Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
        break;
    }
  }
  return new Uint8Array(bytes);
}

/** A zip archive of stored (uncompressed) entries, written by hand so that any names and contents can go in. */
export function makeZip(entries: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The file name an upload might carry: the right extension, a wrong one, none, or an odd one. */
export const fileName = fc.constantFrom(
  'zapisnik.txt',
  'zapisnik.docx',
  'zapisnik.pdf',
  'zapisnik.html',
  'zapisnik',
  'zapisnik.doc',
  'zapisnik.odt',
  'zapisnik.bin',
  'zapisnik.TXT',
  '.txt',
  'záпис ник 😀.txt',
);
