// Slovenian numerals as clerks spell out small counts, in the cases minutes use them:
// "pet od sedmih članov" (nominative, genitive), "s štirimi glasovi za" (instrumental).
const VALUES: Readonly<Record<string, number>> = {
  nič: 0,
  en: 1,
  ena: 1,
  eden: 1,
  enim: 1,
  enega: 1,
  dva: 2,
  dve: 2,
  dveh: 2,
  dvema: 2,
  tri: 3,
  trije: 3,
  treh: 3,
  tremi: 3,
  štiri: 4,
  štirje: 4,
  štirih: 4,
  štirimi: 4,
  pet: 5,
  petih: 5,
  petimi: 5,
  šest: 6,
  šestih: 6,
  šestimi: 6,
  sedem: 7,
  sedmih: 7,
  sedmimi: 7,
  osem: 8,
  osmih: 8,
  osmimi: 8,
  devet: 9,
  devetih: 9,
  devetimi: 9,
  deset: 10,
  desetih: 10,
  desetimi: 10,
  enajst: 11,
  enajstih: 11,
  dvanajst: 12,
  dvanajstih: 12,
  trinajst: 13,
  trinajstih: 13,
  štirinajst: 14,
  štirinajstih: 14,
  petnajst: 15,
  petnajstih: 15,
};

/** A regex source matching one spelled-out count (longest forms first); use with the u and i flags. */
export const COUNT_WORD = Object.keys(VALUES)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The value of a count written in digits or as a word ("17", "štirje", "sedmih"), else undefined. */
export function countWords(written: string): number | undefined {
  if (/^\d+$/u.test(written)) return Number(written);
  return VALUES[written.toLowerCase()];
}
