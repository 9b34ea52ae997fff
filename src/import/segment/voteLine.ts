// Lines that report a vote rather than state a resolution: "Glasovanje: 15 ZA, 2 PROTI",
// "ZA: 12", "Sklep je bil sprejet z …", "(4 PRISOTNI: 4 ZA)", "Za sklep so glasovali: 5 članov".
const VOTE_LINE = new RegExp(
  [
    // "Poimensko glasovanje:", "Glasovanje o dnevnem redu: 27 ZA, 0 PROTI".
    String.raw`(?:rezultat\s+|izid\s+)?(?:poimensko\s+|javno\s+|tajno\s+)?glasovanj\p{L}*(?:\s+o\s+(?:\p{L}+\s+){0,3}?\p{L}+)?\s*[:–-]`,
    String.raw`glasoval\p{L}*\s+(?:je|so)\b`,
    String.raw`(?:za|proti|vzdržan\p{L}*|prisotn\p{L}*|navzoč\p{L}*)\s*(?::|=|–|-\s|\d|\(\s*\d)`,
    String.raw`za\s+(?:je|so|sta|sklep|predlog)\s`,
    String.raw`(?:proti|vzdržal\p{L}*)\s+(?:je|so|sta|ni|se)\s`,
    String.raw`\(\s*(?:\d+\s+)?(?:prisotn|navzoč|za\b|glasovan)`,
    String.raw`(?:predlagani\s+|predlog\s+)?sklep\p{L}*\s+(?:je|ni|so|niso)\s+(?:bil\p{L}*\s+)?(?:\p{L}+\s+)?(?:sprejet|izglasovan|potrjen|zavrnjen)`,
    String.raw`sklep\p{L}*\s+(?:sprejet|zavrnjen)`,
    String.raw`(?:soglasno|enoglasno)\b`,
    String.raw`vsi\s+prisotni`,
    String.raw`od\s+\d+\s+(?:prisotnih|navzočih)`,
    String.raw`\d+\s+(?:prisotn\p{L}*|za\b|glasov)`,
  ].join('|'),
  // Sticky: tried at the line's start only. Searching the whole line and keeping a match at 0 tried every
  // position of a long line (a run of 100,000 digits took 17 s).
  'iuy',
);

/** True when the line, leading white space aside, opens with a vote report. */
export function isVoteLine(line: string): boolean {
  VOTE_LINE.lastIndex = 0;
  return VOTE_LINE.test(line.trimStart());
}
