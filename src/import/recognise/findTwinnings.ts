import type { Mention, TwinningFound, TwinningKind } from './relationsFound.js';
import type { Span } from '../span.js';
import type { RecogniseContext } from './recogniseContext.js';
import type { TwinningCue } from './findTwinningCues.js';
import { findTwinningCues, strongerKind } from './findTwinningCues.js';
import { homeMatcher } from './homeMatcher.js';
import { itemNumberAt } from './itemNumberAt.js';
import { foldName } from '../names/foldName.js';

/** A sentence that speaks of a twinning, and which one. */
export interface TwinningSentence {
  readonly sentence: number;
  readonly twinning: number;
  readonly cues: readonly TwinningCue[];
  /** The partner's mention in this sentence, when the sentence names it. */
  readonly partner?: Span;
  /** True when the sentence names the partner itself; false when it refers back to it. */
  readonly explicit: boolean;
}

export interface TwinningsInText {
  /** The twinnings without steps and actors (those come from the sentences). */
  readonly twinnings: readonly Omit<TwinningFound, 'steps' | 'actors'>[];
  readonly sentences: readonly TwinningSentence[];
}

const COORDINATED = /^\s*(?:\([^()]*\)\s*)?(?:,|in|ter|,\s*in)\s+(?:[sz]\s+)?(?:mest\p{L}*\s+|občin\p{L}*\s+)?$/u;

const COOPERATION = /(?<![\p{L}])sodelovanj\p{L}*/iu;

function partnerKey(m: Mention): string {
  return m.gazetteerId ?? foldName(m.base ?? m.surface);
}

function isNested(m: Mention, all: readonly Mention[]): boolean {
  return all.some(
    (o) =>
      o !== m &&
      o.kind !== m.kind &&
      o.kind !== 'Municipality' &&
      o.kind !== 'City' &&
      o.span.start <= m.span.start &&
      m.span.end <= o.span.end &&
      o.span.end - o.span.start > m.span.end - m.span.start,
  );
}

/** True for a name in brackets that glosses the same place named just before it: "Gradež (Comune di Grado)". */
function isGloss(text: string, m: Mention, places: readonly Mention[]): boolean {
  if (!m.gazetteerId) return false;
  return places.some(
    (o) =>
      o.gazetteerId === m.gazetteerId &&
      o.span.end <= m.span.start &&
      /^\s*\([^()]*$/u.test(text.slice(o.span.end, m.span.start)) &&
      /^[^()]*\)/u.test(text.slice(m.span.end)),
  );
}

/** The country of a partner when the text puts it right beside the name: "(Rusija)", "v Avstriji", "iz Hrvaške", "kitajskim mestom". */
function countryBeside(ctx: RecogniseContext, partner: Mention): Mention | undefined {
  return ctx.mentions.find((c) => {
    if (c.kind !== 'Country') return false;
    if (c.span.start >= partner.span.end) {
      const gap = ctx.text.slice(partner.span.end, c.span.start);
      return /^\s*(\(|,?\s*v\s+|,?\s*na\s+|,?\s*iz\s+)$/u.test(gap);
    }
    const gap = ctx.text.slice(c.span.end, partner.span.start);
    return c.span.end <= partner.span.start && /^\s*(?:\p{Ll}+\s+){0,1}$/u.test(gap);
  });
}

/**
 * The twinnings, partnerships and friendships a text speaks of, one per
 * partner city (merged by gazetteer id or folded name), each with its kind
 * (the strongest cue said of it), its first passage, the partner's country
 * when written beside it and the home side when named; and the sentences
 * that speak of each. A sentence with a cue but no partner refers to the last
 * twinning named in the same agenda item.
 */
export function findTwinnings(ctx: RecogniseContext): TwinningsInText {
  const isHome = homeMatcher(ctx.minutes, ctx.mentions);
  const twinnings: {
    partner: Mention;
    country?: Mention;
    home?: Mention;
    kind: TwinningKind;
    span: TwinningFound['span'];
  }[] = [];
  const keys: string[] = [];
  const sentences: TwinningSentence[] = [];
  let last: { twinning: number; item: number | undefined } | undefined;
  ctx.sentences.forEach((span, index) => {
    const cues = findTwinningCues(ctx.text, span);
    const item = itemNumberAt(ctx.minutes, span.start);
    const inside = ctx.mentions.filter((m) => span.start <= m.span.start && m.span.end <= span.end);
    if (cues.length === 0) {
      // "sodelovanje z mestom Tula je svet zamrznil": a partner already known, named with its cooperation.
      if (!COOPERATION.test(ctx.text.slice(span.start, span.end))) return;
      for (const m of inside) {
        const t = keys.indexOf(partnerKey(m));
        if (t < 0 || (m.kind !== 'City' && m.kind !== 'Municipality') || isHome(m)) continue;
        if (sentences.some((s) => s.sentence === index && s.twinning === t)) continue;
        sentences.push({ sentence: index, twinning: t, cues, explicit: true, partner: m.span });
      }
      return;
    }
    const places = inside.filter((m) => (m.kind === 'City' || m.kind === 'Municipality') && !isHome(m));
    // "z občino Pliberk": the gazetteer's city inside the municipality phrase carries an id, so it is the partner;
    // "s hrvaško občino Vrsar": a municipality the gazetteer lacks is foreign, so its town is the partner.
    const candidates = places.filter(
      (m) =>
        !isGloss(ctx.text, m, places) &&
        (m.gazetteerId ||
          !places.some(
            (c) =>
              c !== m &&
              (c.gazetteerId || c.kind === 'City') &&
              m.span.start <= c.span.start &&
              c.span.end <= m.span.end &&
              c.span.end - c.span.start < m.span.end - m.span.start,
          )),
    );
    const kind = cues.reduce<TwinningKind | undefined>((k, c) => strongerKind(k, c.kind), undefined);
    const firstCue = cues[0]?.span.start ?? span.start;
    // The partner is the place nearest after the cue (a name inside a description counts last), else nearest before.
    const ranked = [...candidates].sort((a, b) => {
      const score = (m: Mention): number =>
        (isNested(m, inside) ? 10_000 : 0) +
        (m.span.start >= firstCue ? m.span.start - firstCue : 5_000 + firstCue - m.span.start);
      return score(a) - score(b);
    });
    const partner = kind ? ranked[0] : undefined;
    if (!partner) {
      if (last && last.item === item)
        sentences.push({ sentence: index, twinning: last.twinning, cues, explicit: false });
      return;
    }
    // "pobratena mesta Ptuj, Celovec in Szeged": every partner joined to the first by commas or "in".
    const partners = [partner];
    for (const next of ranked
      .filter((m) => m.span.start > partner.span.start)
      .sort((a, b) => a.span.start - b.span.start)) {
      const previous = partners[partners.length - 1] ?? partner;
      if (next.span.start < previous.span.end) continue;
      if (!COORDINATED.test(ctx.text.slice(previous.span.end, next.span.start))) break;
      partners.push(next);
    }
    for (const p of partners) {
      // With several partners in one sentence each takes the kind of the cue nearest to it.
      const nearestCue = [...cues]
        .filter((c) => c.kind)
        .sort((a, b) => Math.abs(a.span.start - p.span.start) - Math.abs(b.span.start - p.span.start))[0];
      const partnerKind = partners.length > 1 ? nearestCue?.kind : kind;
      const key = partnerKey(p);
      let t = keys.indexOf(key);
      if (t < 0) {
        t = twinnings.length;
        keys.push(key);
        twinnings.push({ partner: p, kind: partnerKind ?? 'TWINNING', span });
      }
      const twinning = twinnings[t];
      if (twinning) {
        twinning.kind = strongerKind(twinning.kind, partnerKind) ?? twinning.kind;
        for (const same of inside.filter((m) => m.kind === p.kind && partnerKey(m) === key)) {
          twinning.country ??= countryBeside(ctx, same);
        }
        twinning.home ??= inside.find((m) => isHome(m) && m.kind === 'Municipality') ?? inside.find(isHome);
      }
      sentences.push({ sentence: index, twinning: t, cues, explicit: true, partner: p.span });
      last = { twinning: t, item };
    }
    // After a list of partners ("pobratena mesta Graz, Szombathely in Pécs") a sentence without a name is about
    // them all, not about the last one listed.
    if (partners.length > 1) last = undefined;
  });
  return {
    twinnings: twinnings.map((t) => ({
      partner: t.partner,
      ...(t.country ? { country: t.country } : {}),
      ...(t.home ? { home: t.home } : {}),
      kind: t.kind,
      span: t.span,
    })),
    sentences,
  };
}
