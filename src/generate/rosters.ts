import { randomFor } from './random.js';
import type { Body, Municipality, Roster, World } from './world.js';

function newPerson(world: World): number {
  return world.persons++;
}

function newMembership(world: World): number {
  return world.memberships++;
}

/**
 * Who sits on a body in a term, chosen when its first session of the term is
 * written: on a council about half the members are re-elected; commissions and
 * committees take councillors and outside members; the secretary usually
 * stays. Each seat is a new membership (the term is part of its id).
 */
export function rosterFor(world: World, municipality: Municipality, body: Body, term: number): Roster {
  const current = body.roster;
  if (current && current.term === term) return current;
  const rng = randomFor(world.seed, 'roster', body.index, term);
  const council = municipality.council;
  const councilRoster = body === council ? undefined : rosterFor(world, municipality, council, term);
  const people: number[] = [];
  const taken = new Set<number>();
  // The mayor chairs the council without a seat on it.
  if (body === council && municipality.mayorTerm === term) taken.add(municipality.mayor);
  const take = (p: number): void => {
    if (!taken.has(p)) {
      taken.add(p);
      people.push(p);
    }
  };
  const previous = current?.people ?? new Int32Array(0);
  for (const p of previous)
    if (people.length < body.seats && rng.chance(body.kind.type === 'Council' ? 0.55 : 0.45)) take(p);
  while (people.length < body.seats) {
    const fromCouncil =
      councilRoster && body.kind.type !== 'LocalCommunityCouncil' && rng.chance(0.6)
        ? councilRoster.people[rng.int(0, councilRoster.people.length - 1)]
        : undefined;
    take(fromCouncil ?? newPerson(world));
  }
  // Shuffle so that the chair is not always a re-elected member.
  for (let i = people.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const a = people[i] ?? 0;
    people[i] = people[j] ?? 0;
    people[j] = a;
  }
  const secretary = current && rng.chance(0.7) ? current.secretary : newPerson(world);
  const roster: Roster = {
    term,
    people: Int32Array.from(people),
    memberships: Int32Array.from(people, () => newMembership(world)),
    secretary,
    secretaryMembership: newMembership(world),
  };
  body.roster = roster;
  return roster;
}

/** The mayor in a term: re-elected or a new one (sometimes a former councillor). */
export function mayorFor(world: World, municipality: Municipality, term: number): number {
  if (municipality.mayorTerm === term) return municipality.mayor;
  const rng = randomFor(world.seed, 'mayor', municipality.index, term);
  const former = municipality.council.roster;
  const keep = municipality.mayor >= 0 && rng.chance(0.6);
  municipality.mayor = keep
    ? municipality.mayor
    : former && rng.chance(0.5)
      ? (former.people[rng.int(0, former.people.length - 1)] ?? newPerson(world))
      : newPerson(world);
  municipality.mayorMembership = newMembership(world);
  municipality.mayorTerm = term;
  return municipality.mayor;
}

/** The director of the municipal administration in a term (usually stays). */
export function directorFor(world: World, municipality: Municipality, term: number): number {
  if (municipality.directorTerm === term) return municipality.director;
  const rng = randomFor(world.seed, 'director', municipality.index, term);
  if (municipality.director < 0 || !rng.chance(0.7)) municipality.director = newPerson(world);
  municipality.directorMembership = newMembership(world);
  municipality.directorTerm = term;
  return municipality.director;
}

/** A local company the minutes mention: mostly the municipality's busiest few, sometimes a new one. */
export function companyFor(
  world: World,
  municipality: Municipality,
  rng: { next(): number; zipf(n: number, s: number): number },
): number {
  if (municipality.companies.length === 0 || rng.next() < 2 / (municipality.companies.length + 2)) {
    const company = world.companyHome.length;
    world.companyHome.push(municipality.index);
    municipality.companies.push(company);
    return company;
  }
  return municipality.companies[rng.zipf(municipality.companies.length, 1.1)] ?? 0;
}

/** The foreign mayor of a partner city (one per city over the corpus). */
export function partnerMayorFor(world: World, city: number): number {
  let person = world.partnerMayors.get(city);
  if (person === undefined) {
    person = world.foreignPersons++;
    world.partnerMayors.set(city, person);
  }
  return person;
}

/** The ambassador of a country in Ljubljana (one per country over the corpus). */
export function ambassadorFor(world: World, country: number): { person: number; membership: number } {
  if ((world.ambassadors[country] ?? -1) < 0) {
    world.ambassadors[country] = world.foreignPersons++;
    world.ambassadorMemberships[country] = world.memberships++;
  }
  return { person: world.ambassadors[country] ?? 0, membership: world.ambassadorMemberships[country] ?? 0 };
}
