/**
 * A long, realistic city-council minutes document for the benchmark: a
 * marathon session of a mestni svet with many agenda items, each with its
 * discussion, resolutions and ZA/PROTI votes, some of them twinnings with
 * foreign cities. Deterministic for a given size.
 */
export interface LongMinutes {
  readonly text: string;
  readonly items: number;
  readonly resolutions: number;
  readonly attendees: number;
}

const FIRST = [
  'Ana',
  'Boštjan',
  'Cvetka',
  'Damjan',
  'Eva',
  'Franc',
  'Gašper',
  'Helena',
  'Igor',
  'Jana',
  'Klemen',
  'Lidija',
  'Matjaž',
  'Nataša',
  'Oskar',
  'Petra',
  'Rok',
  'Simona',
  'Tomaž',
  'Urška',
  'Vid',
  'Zala',
  'Žiga',
  'Špela',
];
const LAST = [
  'Novak',
  'Horvat',
  'Kovačič',
  'Krajnc',
  'Zupančič',
  'Potočnik',
  'Kovač',
  'Mlakar',
  'Kos',
  'Vidmar',
  'Golob',
  'Turk',
  'Božič',
  'Kralj',
  'Korošec',
  'Zupan',
  'Bizjak',
  'Hribar',
  'Kotnik',
  'Rozman',
  'Petek',
  'Žagar',
  'Kolar',
  'Čeh',
];
const TOPICS = [
  'Odloka o občinskem podrobnem prostorskem načrtu za območje',
  'Odloka o ureditvi cestnega prometa na območju',
  'Sklepa o ukinitvi statusa javnega dobra na zemljišču v k.o.',
  'Pravilnika o sofinanciranju programov društev na območju',
  'Odloka o spremembah Odloka o javnem redu in miru na območju',
  'Letnega načrta ravnanja s stvarnim premoženjem za območje',
];
const PLACES = ['Stražišče', 'Primskovo', 'Planina', 'Zlato polje', 'Bitnje', 'Kokrica', 'Orehek', 'Struževo'];
const PARTNERS: readonly (readonly [string, string, string])[] = [
  ['Varaždin', 'Varaždinom', 'Republika Hrvaška'],
  ['Zalaegerszeg', 'Zalaegerszegom', 'Madžarska'],
  ['Esslingen', 'Esslingenom', 'Zvezna republika Nemčija'],
  ['Subotica', 'Subotico', 'Republika Srbija'],
  ['Trento', 'Trentom', 'Italija'],
];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A long session of about `pages` printed pages (about 2,800 characters of A4 text a page as makePdf sets it). */
export function longMinutes(pages = 200): LongMinutes {
  const next = random(20240917);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const members = FIRST.flatMap((f, i) => [
    `${f} ${LAST[i] ?? 'Novak'}`,
    `${f} ${LAST[(i + 7) % LAST.length] ?? 'Kos'}`,
  ]).slice(0, 33);
  const absent = members.slice(30);
  const present = members.slice(0, 30);
  const chair = present[0] ?? 'Ana Novak';
  const target = pages * 2750;
  const agenda: string[] = ['Potrditev zapisnika 27. redne seje Mestnega sveta Mestne občine Kranj'];
  const bodies: string[][] = [];
  let resolutionNumber = 400;
  let size = 0;
  let partnerIndex = 0;
  while (size < target) {
    const n = agenda.length + 1;
    const twinning = n % 12 === 0 && partnerIndex < PARTNERS.length ? PARTNERS[partnerIndex++] : undefined;
    const title = twinning
      ? `Predlog sklepa o pobratenju Mestne občine Kranj z mestom ${twinning[0]} (${twinning[2]})`
      : `Predlog ${pick(TOPICS)} ${pick(PLACES)} – ${next() < 0.5 ? 'prva' : 'druga'} obravnava`;
    agenda.push(title);
    const lines = [`Ad ${n}) ${title}`, ''];
    const speakers = 3 + Math.floor(next() * 5);
    for (let s = 0; s < speakers; s++) {
      const who = pick(present);
      lines.push(
        `Svetnik ${who} je v razpravi opozoril, da je gradivo k tej točki pripravljeno pomanjkljivo, saj ne vsebuje ocene finančnih posledic za proračun v letih 2025 in 2026, in predlagal, da občinska uprava do druge obravnave pripravi dopolnitev. ` +
          `Podžupanja ${pick(present)} je odgovorila, da bodo pripombe upoštevane in da je bila javna razgrnitev izvedena skladno z zakonom, na njej pa so krajani ${pick(PLACES)} podali ${2 + Math.floor(next() * 30)} pripomb.`,
        '',
      );
    }
    if (twinning)
      lines.push(
        `Vodja Kabineta župana je pojasnila, da je pobudo za pobratenje z ${twinning[1]} dalo partnersko mesto po večletnem sodelovanju na področju kulture, športa in gospodarstva.`,
        '',
      );
    const count = 1 + Math.floor(next() * 2);
    for (let r = 0; r < count; r++) {
      const against = Math.floor(next() * 8);
      const abstained = Math.floor(next() * 3);
      lines.push(
        `SKLEP št. ${resolutionNumber++}:`,
        twinning && r === 0
          ? `Mestni svet Mestne občine Kranj potrdi pobratenje Mestne občine Kranj z mestom ${twinning[0]} (${twinning[2]}) in pooblasti župana za podpis listine o pobratenju.`
          : `Mestni svet Mestne občine Kranj sprejme ${title.replace(/^Predlog /, '').replace(/ – .*$/, '')} v predloženem besedilu${r ? ' z amandmaji' : ''}.`,
        `Glasovanje: ZA: ${30 - against - abstained}, PROTI: ${against}, VZDRŽANI: ${abstained}.`,
        'Sklep je bil sprejet.',
        '',
      );
    }
    bodies.push(lines);
    size += lines.join('\n').length + title.length;
  }
  agenda.push('Vprašanja in pobude svetnikov');
  bodies.push([
    `Ad ${agenda.length}) Vprašanja in pobude svetnikov`,
    '',
    `Svetnik ${pick(present)} je vprašal, kdaj bo obnovljena Bleiweisova cesta.`,
    '',
  ]);
  const text = [
    'MESTNA OBČINA KRANJ',
    'MESTNI SVET',
    'Slovenski trg 1, 4000 Kranj',
    '',
    'Številka: 032-2/2024-28',
    'Datum: 20. 12. 2024',
    '',
    'ZAPISNIK',
    '',
    '28. redne seje Mestnega sveta Mestne občine Kranj, ki je bila v sredo, 18. decembra 2024, ob 16. uri v veliki sejni dvorani Mestne občine Kranj.',
    '',
    `Prisotni člani mestnega sveta: ${present.join(', ')}`,
    `Odsotni: ${absent.map((a) => `${a} (opravičeno)`).join(', ')}`,
    '',
    `Sejo je vodil župan ${chair}. Ugotovil je, da je prisotnih ${present.length} svetnikov in da je mestni svet sklepčen.`,
    '',
    'DNEVNI RED:',
    ...agenda.map((a, i) => `${i + 1}. ${a}`),
    '',
    `Dnevni red je bil sprejet (navzočih ${present.length}, ZA ${present.length}, PROTI 0).`,
    '',
    'Ad 1) Potrditev zapisnika 27. redne seje Mestnega sveta Mestne občine Kranj',
    '',
    `SKLEP št. ${resolutionNumber++}:`,
    'Mestni svet Mestne občine Kranj potrdi zapisnik 27. redne seje v predloženi obliki.',
    `Glasovanje: ZA: ${present.length}, PROTI: 0.`,
    '',
    ...bodies.flat(),
    'Seja je bila zaključena ob 23.40.',
    '',
    'Zapisala:\t\t\t\t\tŽupan',
    `Maja Verbič\t\t\t\t\t${chair}, l.r.`,
  ].join('\n');
  return { text, items: agenda.length, resolutions: resolutionNumber - 400, attendees: members.length };
}
