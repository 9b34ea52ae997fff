import { slugify } from '../import/names/slugify.js';
import type { DocBuilder, Span } from './docBuilder.js';
import type { FirstSeen } from './firstSeen.js';
import { personName, type PersonName } from './personNames.js';
import { randomFor } from './random.js';
import { termBounds } from './terms.js';
import type { PlannedTwinning } from './twinningPlan.js';
import type { Body, Municipality, World } from './world.js';

/** What stating an entity needs: the world (names, places), the document, and which entities were stated before. */
export interface Ctx {
  readonly world: World;
  readonly doc: DocBuilder;
  readonly seen: FirstSeen;
}

/**
 * Each function here states one shared entity in the current document with
 * the passage that names it, and the relations that always come with it
 * (a city's country, a body's municipality, a membership's holder and body),
 * always with the same id and properties, so that the graph has one node for
 * it however many documents state it.
 */

export function countryId(ctx: Ctx, country: number): string {
  return ctx.world.places.countries[country]?.id ?? 'country:unknown';
}

export function stateCountry(ctx: Ctx, country: number, span: Span): string {
  const c = ctx.world.places.countries[country];
  if (!c) throw new Error(`no country ${country}`);
  ctx.doc.node(
    c.id,
    'Country',
    { name: c.name, nameEn: c.nameEn, isoCode: c.isoCode },
    span,
    !ctx.doc.has(c.id) && ctx.seen.first('country', country),
  );
  return c.id;
}

/** A city and its country (LOCATED_IN), the country evidenced by `countrySpan`. */
export function stateCity(ctx: Ctx, city: number, span: Span, countrySpan: Span): string {
  const c = ctx.world.places.cities[city];
  if (!c) throw new Error(`no city ${city}`);
  const country = stateCountry(ctx, c.country, countrySpan);
  if (ctx.doc.has(c.id)) {
    ctx.doc.node(c.id, 'City', {}, span, false);
    return c.id;
  }
  const fresh = ctx.seen.first('city', city);
  const coords = c.coordinates;
  ctx.doc.node(
    c.id,
    'City',
    { name: c.name, nameEn: c.nameEn, lat: coords?.lat, lng: coords?.lng, coordinatesSource: coords?.source },
    span,
    fresh,
  );
  ctx.doc.relation('LOCATED_IN', c.id, country, countrySpan, fresh);
  return c.id;
}

/** A municipality and the city it governs (its seat, stated already). */
export function stateMunicipality(ctx: Ctx, m: Municipality, span: Span): string {
  const id = m.place.id;
  if (ctx.doc.has(id)) {
    ctx.doc.node(id, 'Municipality', {}, span, false);
    return id;
  }
  const fresh = ctx.seen.first('municipality', m.index);
  ctx.doc.node(id, 'Municipality', { name: m.name, nameEn: m.nameEn }, span, fresh);
  const seat = ctx.world.places.cities[m.place.seat]?.id ?? '';
  ctx.doc.relation('GOVERNS', id, seat, span, fresh);
  return id;
}

/** A body of a municipality (stated already), PART_OF it. */
export function stateBody(ctx: Ctx, body: Body, m: Municipality, span: Span): string {
  if (ctx.doc.has(body.id)) {
    ctx.doc.node(body.id, body.kind.type, {}, span, false);
    return body.id;
  }
  const fresh = ctx.seen.first('body', body.index);
  ctx.doc.node(
    body.id,
    body.kind.type,
    { name: body.kind.name, nameEn: body.kind.nameEn, description: `${body.kind.nameEn} of the ${m.nameEn}` },
    span,
    fresh,
  );
  ctx.doc.relation('PART_OF', body.id, m.place.id, span, fresh);
  return body.id;
}

/** The municipal administration (an Office), PART_OF its municipality. */
export function stateAdministration(ctx: Ctx, m: Municipality, span: Span): string {
  const id = `org:${m.place.slug}-obcinska-uprava`;
  if (ctx.doc.has(id)) {
    ctx.doc.node(id, 'Office', {}, span, false);
    return id;
  }
  const fresh = ctx.seen.first('office', m.index);
  ctx.doc.node(
    id,
    'Office',
    { name: `Občinska uprava ${m.genitive}`, nameEn: `Municipal Administration of the ${m.nameEn}` },
    span,
    fresh,
  );
  ctx.doc.relation('PART_OF', id, m.place.id, span, fresh);
  return id;
}

export function nameOf(ctx: Ctx, person: number, foreign = false): PersonName {
  return personName(ctx.world.seed, foreign ? 10_000_000 + person : person, foreign);
}

export function personId(ctx: Ctx, person: number, foreign = false): string {
  const name = nameOf(ctx, person, foreign);
  return `person:${slugify(name.full)}-${foreign ? 'x' : ''}${person.toString(36)}`;
}

export function statePerson(ctx: Ctx, person: number, span: Span, foreign = false): string {
  const id = personId(ctx, person, foreign);
  if (ctx.doc.has(id)) {
    ctx.doc.node(id, 'Person', {}, span, false);
    return id;
  }
  const name = nameOf(ctx, person, foreign);
  ctx.doc.node(id, 'Person', { name: name.full }, span, ctx.seen.first(foreign ? 'foreign-person' : 'person', person));
  return id;
}

/** The words for a role: title in the minutes (by the holder's gender) and in English. */
export interface RoleWords {
  readonly role: string;
  readonly title: string;
  readonly titleEn: string;
}

/** A membership (numbered), its holder (HOLDS) and its organisation (MEMBERSHIP_IN), both stated already. */
export function stateMembership(
  ctx: Ctx,
  membership: number,
  holderId: string,
  orgId: string,
  words: RoleWords,
  term: number | undefined,
  span: Span,
): string {
  const id = `membership:${holderId.slice('person:'.length)}-${orgId.slice(orgId.indexOf(':') + 1)}-${words.role.toLowerCase().replace(/_/g, '-')}${term === undefined ? '' : `-${1998 + 4 * term}`}`;
  if (ctx.doc.has(id)) {
    ctx.doc.node(id, 'Membership', {}, span, false);
    return id;
  }
  const fresh = ctx.seen.first('membership', membership);
  const bounds = term === undefined ? undefined : termBounds(term);
  ctx.doc.node(
    id,
    'Membership',
    { role: words.role, titleOriginal: words.title, titleEn: words.titleEn, start: bounds?.start, end: bounds?.end },
    span,
    fresh,
  );
  ctx.doc.relation('HOLDS', holderId, id, span, fresh);
  ctx.doc.relation('MEMBERSHIP_IN', id, orgId, span, fresh);
  return id;
}

const TRADES = [
  'Elektro',
  'Gradbeništvo',
  'Kovinarstvo',
  'Les',
  'Komunala',
  'Turizem',
  'Transport',
  'Mlekarna',
  'Pekarna',
  'Informatika',
  'Inženiring',
  'Avtoprevozništvo',
  'Steklarstvo',
  'Vinarstvo',
];
const TRADE_EN = [
  'Electrical',
  'Construction',
  'Metalworks',
  'Timber',
  'Utilities',
  'Tourism',
  'Transport',
  'Dairy',
  'Bakery',
  'IT',
  'Engineering',
  'Haulage',
  'Glassworks',
  'Winery',
];

/** A company's name: trade and family name, "Elektro Kos d.o.o.". */
export function companyName(ctx: Ctx, company: number): { name: string; nameEn: string } {
  const rng = randomFor(ctx.world.seed, 'company', company);
  const t = rng.int(0, TRADES.length - 1);
  const owner = personName(ctx.world.seed, 20_000_000 + company, false).last;
  return { name: `${TRADES[t] ?? 'Elektro'} ${owner} d.o.o.`, nameEn: `${TRADE_EN[t] ?? 'Electrical'} ${owner} Ltd.` };
}

/** A local company, LOCATED_IN its municipality's seat (stated already). */
export function stateCompany(ctx: Ctx, company: number, seatId: string, span: Span): string {
  const { name, nameEn } = companyName(ctx, company);
  const id = `org:${slugify(name)}-${company.toString(36)}`;
  if (ctx.doc.has(id)) {
    ctx.doc.node(id, 'Company', {}, span, false);
    return id;
  }
  const fresh = ctx.seen.first('company', company);
  ctx.doc.node(id, 'Company', { name, nameEn }, span, fresh);
  ctx.doc.relation('LOCATED_IN', id, seatId, span, fresh);
  return id;
}

/** National public agencies the minutes of many municipalities mention. */
export const AGENCIES = [
  {
    slug: 'spirit-slovenija',
    name: 'Javna agencija SPIRIT Slovenija',
    nameEn: 'SPIRIT Slovenia Public Agency',
    abbreviation: 'SPIRIT Slovenija',
  },
  { slug: 'sto', name: 'Slovenska turistična organizacija', nameEn: 'Slovenian Tourist Board', abbreviation: 'STO' },
  {
    slug: 'jskd',
    name: 'Javni sklad Republike Slovenije za kulturne dejavnosti',
    nameEn: 'Public Fund of the Republic of Slovenia for Cultural Activities',
    abbreviation: 'JSKD',
  },
  {
    slug: 'cmepius',
    name: 'Center Republike Slovenije za mobilnost in evropske programe izobraževanja in usposabljanja',
    nameEn: 'CMEPIUS',
    abbreviation: 'CMEPIUS',
  },
  {
    slug: 'svrk',
    name: 'Služba Vlade Republike Slovenije za razvoj in evropsko kohezijsko politiko',
    nameEn: 'Government Office for Development and European Cohesion Policy',
    abbreviation: 'SVRK',
  },
] as const;

/** Slovenian ministries. */
export const MINISTRIES = [
  { slug: 'mzz', name: 'Ministrstvo za zunanje zadeve', nameEn: 'Ministry of Foreign Affairs', abbreviation: 'MZZ' },
  {
    slug: 'mgrt',
    name: 'Ministrstvo za gospodarski razvoj in tehnologijo',
    nameEn: 'Ministry of Economic Development and Technology',
    abbreviation: 'MGRT',
  },
  {
    slug: 'mju',
    name: 'Ministrstvo za javno upravo',
    nameEn: 'Ministry of Public Administration',
    abbreviation: 'MJU',
  },
  { slug: 'mk', name: 'Ministrstvo za kulturo', nameEn: 'Ministry of Culture', abbreviation: 'MK' },
] as const;

/** A national agency or ministry, PART_OF Slovenia (stated already). */
export function stateNational(ctx: Ctx, kind: 'PublicAgency' | 'GovernmentBody', index: number, span: Span): string {
  const e = kind === 'PublicAgency' ? AGENCIES[index] : MINISTRIES[index];
  if (!e) throw new Error(`no ${kind} ${index}`);
  const id = `org:${e.slug}`;
  if (ctx.doc.has(id)) {
    ctx.doc.node(id, kind, {}, span, false);
    return id;
  }
  const fresh = ctx.seen.first(kind, index);
  ctx.doc.node(id, kind, { name: e.name, nameEn: e.nameEn, abbreviation: e.abbreviation }, span, fresh);
  ctx.doc.relation('PART_OF', id, countryId(ctx, ctx.world.places.slovenia), span, fresh);
  return id;
}

/** "Italijansko veleposlaništvo v Ljubljani" (or "Veleposlaništvo države X v Ljubljani"). */
export function embassyName(ctx: Ctx, country: number): string {
  const c = ctx.world.places.countries[country];
  if (c?.adjective) return `${c.adjective[0]?.toUpperCase() ?? ''}${c.adjective.slice(1)}o veleposlaništvo v Ljubljani`;
  return `Veleposlaništvo države ${c?.name ?? ''} v Ljubljani`;
}

/** A foreign embassy (a Consulate), PART_OF its country and LOCATED_IN Ljubljana; `span` quotes its name. */
export function stateEmbassy(ctx: Ctx, country: number, span: Span): string {
  const c = ctx.world.places.countries[country];
  const id = `org:embassy-${(c?.isoCode ?? 'xx').toLowerCase()}-ljubljana`;
  if (ctx.doc.has(id)) {
    ctx.doc.node(id, 'Consulate', {}, span, false);
    return id;
  }
  const fresh = ctx.seen.first('embassy', country);
  ctx.doc.node(
    id,
    'Consulate',
    { name: embassyName(ctx, country), nameEn: `Embassy of ${c?.nameEn ?? ''} in Ljubljana` },
    span,
    fresh,
  );
  const countryNode = stateCountry(ctx, country, span);
  const ljubljana = ctx.world.municipalities[0]?.place.seat ?? 0;
  const city = stateCity(ctx, ljubljana, ctx.doc.sub(span, 'Ljubljani'), span);
  ctx.doc.relation('PART_OF', id, countryNode, span, fresh);
  ctx.doc.relation('LOCATED_IN', id, city, span, fresh);
  return id;
}

/** "Pobratenje" / "Partnerstvo" / "Prijateljstvo" and English. */
export function twinningWords(kind: PlannedTwinning['kind']): { sl: string; en: string } {
  return kind === 'TWINNING'
    ? { sl: 'Pobratenje', en: 'Twinning' }
    : kind === 'PARTNERSHIP'
      ? { sl: 'Partnerstvo', en: 'Partnership' }
      : { sl: 'Prijateljstvo', en: 'Friendship' };
}

export function twinningId(ctx: Ctx, m: Municipality, t: PlannedTwinning): string {
  const city = ctx.world.places.cities[t.partnerCity]?.id ?? 'city:x';
  return `twinning:${m.place.slug}-${city.slice('city:'.length)}`;
}

/**
 * A twinning with both partner cities (PARTNER): the municipality's seat
 * (stated already) and the partner city with its country, both evidenced by
 * `span`, which names the partner city and its country.
 */
export function stateTwinning(ctx: Ctx, m: Municipality, t: PlannedTwinning, span: Span, citySpan: Span): string {
  const id = twinningId(ctx, m, t);
  if (ctx.doc.has(id)) {
    ctx.doc.node(id, 'Twinning', {}, span, false);
    return id;
  }
  const city = ctx.world.places.cities[t.partnerCity];
  const words = twinningWords(t.kind);
  const fresh = ctx.seen.first('twinning', t.index);
  ctx.doc.node(
    id,
    'Twinning',
    {
      kind: t.kind,
      name: `${words.sl} ${m.genitive} z mestom ${city?.name ?? ''}`,
      nameEn: `${words.en} of the ${m.nameEn} with ${city?.nameEn ?? ''}`,
    },
    span,
    fresh,
  );
  const partner = stateCity(ctx, t.partnerCity, citySpan, span);
  const seat = ctx.world.places.cities[m.place.seat]?.id ?? '';
  ctx.doc.relation('PARTNER', id, seat, span, fresh);
  ctx.doc.relation('PARTNER', id, partner, citySpan, fresh);
  return id;
}
