import { MEMBERSHIP_ROLES } from '../../facts/vocabulary.js';
import { foldName } from '../names/foldName.js';

export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** What a role phrase says: the role, and in what it is held. */
export interface RoleReading {
  readonly role: MembershipRole;
  /** BODY: the body whose minutes these are; MUNICIPALITY: the municipality; OFFICE: the office named after the role word. */
  readonly within: 'BODY' | 'MUNICIPALITY' | 'OFFICE';
  /** The office as written after the role word ("Kabineta župana"), when within OFFICE. */
  readonly officeWords?: string;
  readonly titleEn: string;
}

const RULES: readonly { readonly word: RegExp; readonly role: MembershipRole; readonly en: string }[] = [
  { word: /^podpredsedni(k|ca|ku|ci)\b/, role: 'VICE_CHAIR', en: 'Vice-Chair' },
  { word: /^(predsedni(k|ca|ku|ci)|predsedujoc[ia]?)\b/, role: 'CHAIR', en: 'Chair' },
  { word: /^(clan(ica|i|ice)?|svetni(k|ca|ki|ce))\b/, role: 'MEMBER', en: 'Member' },
  { word: /^tajni(k|ca)\b/, role: 'SECRETARY', en: 'Secretary' },
  { word: /^podzupan(ja)?\b/, role: 'DEPUTY_MAYOR', en: 'Deputy Mayor' },
  { word: /^zupan(ja)?\b/, role: 'MAYOR', en: 'Mayor' },
  { word: /^vodj[aei]\b/, role: 'HEAD', en: 'Head' },
  { word: /^direktor(ica)?\b/, role: 'DIRECTOR', en: 'Director' },
];

// A role that names another body ("član sveta KS", "predsednik odbora za …") is not a role in this body.
const NAMES_A_BODY = /\b(komisij|odbor|svet|kolegij|zavod|uprav)/;

/**
 * Reads a role phrase from an attendance list or a signature ("predsednik
 * komisije", "članica", "vodja Kabineta župana", "direktorica občinske
 * uprave", "župan") into a membership role. Undefined for phrases that are no
 * membership ("novinarka", "gost").
 */
export function readRole(phrase: string, bodyWords: readonly string[] = []): RoleReading | undefined {
  const folded = foldName(phrase);
  for (const rule of RULES) {
    const m = rule.word.exec(folded);
    if (!m) continue;
    const rest = phrase.trim().split(/\s+/).slice(1).join(' ');
    if (rule.role === 'HEAD' || rule.role === 'DIRECTOR') {
      if (!rest) return undefined;
      return { role: rule.role, within: 'OFFICE', officeWords: rest, titleEn: rule.en };
    }
    if (rule.role === 'MAYOR' || rule.role === 'DEPUTY_MAYOR')
      return { role: rule.role, within: 'MUNICIPALITY', titleEn: rule.en };
    const restFolded = foldName(rest);
    const ofOtherBody =
      bodyWords.length > 0 && NAMES_A_BODY.test(restFolded) && !bodyWords.some((w) => restFolded.startsWith(w));
    if (ofOtherBody) return undefined;
    return { role: rule.role, within: 'BODY', titleEn: rule.en };
  }
  return undefined;
}
