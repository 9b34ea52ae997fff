import { companyFor } from './rosters.js';
import { AGENCIES, companyName, stateCompany, stateNational } from './entities.js';
import { bodySubject, past } from './minutesWords.js';
import { writeStatement, writeVoteAndResolution, type Item, type Present, type SessionCtx } from './sessionContext.js';
import { yearOfMonth } from './terms.js';

interface Template {
  readonly title: string;
  readonly titleEn: string;
  readonly resolution: string;
  readonly resolutionEn: string;
  /** The discussion mentions a local company. */
  readonly company?: boolean;
}

function templates(sc: SessionCtx): Template[] {
  const y = yearOfMonth(sc.month);
  const g = sc.m.genitive;
  switch (sc.body.kind.type) {
    case 'Council':
      return [
        {
          title: `Predlog Odloka o proračunu ${g} za leto ${y + 1} – prva obravnava`,
          titleEn: `Draft budget for ${y + 1}, first reading`,
          resolution: `sprejme predlog Odloka o proračunu ${g} za leto ${y + 1} v prvi obravnavi.`,
          resolutionEn: `The draft budget for ${y + 1} is adopted in first reading.`,
        },
        {
          title: `Zaključni račun proračuna ${g} za leto ${y - 1}`,
          titleEn: `Final accounts of the ${y - 1} budget`,
          resolution: `sprejme Zaključni račun proračuna ${g} za leto ${y - 1}.`,
          resolutionEn: `The final accounts for ${y - 1} are adopted.`,
        },
        {
          title: 'Soglasje k ceni storitev obvezne občinske gospodarske javne službe',
          titleEn: 'Consent to the price of a public utility service',
          resolution: 'daje soglasje k predlagani ceni storitev izvajalca javne službe.',
          resolutionEn: 'Consent is given to the proposed price of the utility service.',
          company: true,
        },
        {
          title: `Poročilo Nadzornega odbora ${g} za leto ${y - 1}`,
          titleEn: `Report of the Supervisory Committee for ${y - 1}`,
          resolution: `se seznani s poročilom Nadzornega odbora za leto ${y - 1}.`,
          resolutionEn: `The report of the Supervisory Committee for ${y - 1} is noted.`,
        },
        {
          title: 'Predlog Odloka o občinskem podrobnem prostorskem načrtu za poslovno cono',
          titleEn: 'Draft detailed spatial plan for the business zone',
          resolution: 'sprejme Odlok o občinskem podrobnem prostorskem načrtu za poslovno cono.',
          resolutionEn: 'The detailed spatial plan for the business zone is adopted.',
          company: true,
        },
      ];
    case 'Commission':
      return sc.body.kind.international
        ? [
            {
              title: `Program mednarodnega sodelovanja ${g} za leto ${y + 1}`,
              titleEn: `Programme of international cooperation for ${y + 1}`,
              resolution: `podpira program mednarodnega sodelovanja za leto ${y + 1}.`,
              resolutionEn: `The programme of international cooperation for ${y + 1} is supported.`,
            },
            {
              title: `Pregled sodelovanja s partnerskimi mesti v letu ${y}`,
              titleEn: `Review of cooperation with partner cities in ${y}`,
              resolution: 'se seznani s pregledom sodelovanja s partnerskimi mesti.',
              resolutionEn: 'The review of cooperation with partner cities is noted.',
            },
          ]
        : [
            {
              title: `Imenovanje predstavnikov ${g} v svet javnega zavoda`,
              titleEn: 'Appointment of representatives to the board of a public institute',
              resolution: 'predlaga občinskemu svetu imenovanje predstavnikov v svet zavoda.',
              resolutionEn: 'Representatives for the board are proposed to the council.',
            },
            {
              title: `Predlogi za podelitev občinskih priznanj za leto ${y}`,
              titleEn: `Proposals for municipal awards for ${y}`,
              resolution: `predlaga občinskemu svetu podelitev priznanj za leto ${y}.`,
              resolutionEn: `Award proposals for ${y} are put to the council.`,
              company: true,
            },
          ];
    case 'Committee':
      return [
        {
          title: `Obravnava predloga proračuna ${g} za leto ${y + 1}`,
          titleEn: `Draft budget for ${y + 1}`,
          resolution: `predlaga občinskemu svetu, da sprejme predlog proračuna za leto ${y + 1}.`,
          resolutionEn: `The council is advised to adopt the draft budget for ${y + 1}.`,
        },
        {
          title: 'Pobuda za ureditev poslovne cone',
          titleEn: 'Initiative to develop the business zone',
          resolution: 'podpira pobudo za ureditev poslovne cone.',
          resolutionEn: 'The initiative for the business zone is supported.',
          company: true,
        },
        {
          title: `Javni razpis za sofinanciranje programov v letu ${y + 1}`,
          titleEn: `Public call for co-financing programmes in ${y + 1}`,
          resolution: 'se seznani z besedilom javnega razpisa.',
          resolutionEn: 'The text of the public call is noted.',
        },
      ];
    default:
      return [
        {
          title: `Plan investicij krajevne skupnosti za leto ${y + 1}`,
          titleEn: `Investment plan of the local community for ${y + 1}`,
          resolution: `sprejme plan investicij za leto ${y + 1}.`,
          resolutionEn: `The investment plan for ${y + 1} is adopted.`,
        },
        {
          title: 'Vzdrževanje lokalnih cest in javnih poti',
          titleEn: 'Maintenance of local roads and paths',
          resolution: 'predlaga občinski upravi, da čim prej uredi lokalne ceste.',
          resolutionEn: 'The administration is asked to repair local roads soon.',
          company: true,
        },
        {
          title: 'Organizacija krajevnega praznika',
          titleEn: 'Organising the local community day',
          resolution: 'sprejme program krajevnega praznika.',
          resolutionEn: 'The programme of the local community day is adopted.',
        },
      ];
  }
}

/** Who answers questions: the director, the mayor, or the secretary. */
function answerer(sc: SessionCtx): Present {
  return sc.director ?? sc.mayor ?? sc.secretary;
}

/** "Član komisije Janez Novak je vprašal, …" and, often, an answer: statements that mention actors. */
function writeDiscussion(sc: SessionCtx, itemId: string, company: boolean): void {
  const asker = sc.members[sc.rng.int(0, sc.members.length - 1)];
  if (!asker) return;
  const who = sc.doc.write(
    `${asker.title[0]?.toUpperCase() ?? ''}${asker.title.slice(1)} ${asker.name.full} je ${past('vprašal', asker.name.female)}`,
  );
  let companyId: string | undefined;
  let company_ = '';
  if (company) {
    const number = companyFor(sc.world, sc.m, sc.rng);
    company_ = companyName(sc, number).name;
    const q = sc.doc.write(`, ali je podjetje ${company_} že predložilo vso dokumentacijo.`);
    companyId = stateCompany(sc, number, sc.seatId, sc.doc.sub(q, company_));
    const question = writeStatement(
      sc,
      itemId,
      'QUESTION',
      asker,
      who,
      q,
      `${asker.name.full} asked whether ${company_} had submitted all documents.`,
    );
    sc.doc.relation('MENTIONS', question, companyId, sc.doc.sub(q, company_), true);
    sc.doc.plain(' ');
    const a = answerer(sc);
    const aWho = sc.doc.write(`${a.name.full}, ${a.title}, je ${past('odgovoril', a.name.female)}`);
    const aText = sc.doc.write(`, da bo podjetje dokumentacijo dopolnilo v naslednjih tednih.`);
    const answer = writeStatement(
      sc,
      itemId,
      'ANSWER',
      a,
      aWho,
      aText,
      `${a.name.full} answered that the company would complete the documents within weeks.`,
    );
    sc.doc.relation('REPLIES_TO', answer, question, aText, true);
    sc.doc.relation('MENTIONS', answer, companyId, aText, true);
  } else {
    const q = sc.doc.write(', kakšna je časovnica izvedbe in ali so zagotovljena sredstva.');
    writeStatement(
      sc,
      itemId,
      'QUESTION',
      asker,
      who,
      q,
      `${asker.name.full} asked about the timeline and the funding.`,
    );
  }
  sc.doc.plain('\n\n');
}

/** Routine items of the body's kind: a title, a short discussion, a resolution and its vote. */
export function routineItems(sc: SessionCtx, count: number): Item[] {
  const all = templates(sc);
  const picked = sc.rng
    .sample(all.length, count)
    .map((i) => all[i])
    .filter((t): t is Template => t !== undefined);
  return picked.map((t) => ({
    title: t.title,
    titleEn: t.titleEn,
    write: (s: SessionCtx, itemId: string) => {
      if (s.rng.chance(0.7)) writeDiscussion(s, itemId, t.company === true);
      writeVoteAndResolution(s, itemId, 'DECISION', `${bodySubject(s.body)} ${t.resolution}`, t.resolutionEn);
    },
  }));
}

/** "Razno": a report by the secretary that mentions a national agency, sometimes a proposal by a member. */
export function miscellaneousItem(sc: SessionCtx): Item {
  return {
    title: sc.body.kind.type === 'Council' ? 'Vprašanja in pobude svetnikov' : 'Razno',
    titleEn: sc.body.kind.type === 'Council' ? "Councillors' questions and initiatives" : 'Miscellaneous',
    write: (s: SessionCtx, itemId: string) => {
      const agency = s.rng.int(0, AGENCIES.length - 1);
      const a = AGENCIES[agency];
      let said = false;
      if (a && s.rng.chance(0.6)) {
        said = true;
        const who = s.doc.write(
          `${s.secretary.name.full}, ${s.secretary.title}, je ${past('povedal', s.secretary.name.female)}`,
        );
        const text = s.doc.write(
          `, da je ${a.name} objavil${a.name.startsWith('Javni sklad') || a.name.startsWith('Center') ? '' : 'a'} nov javni razpis, na katerega se lahko prijavi tudi občina.`,
        );
        const orgId = stateNational(s, 'PublicAgency', agency, s.doc.sub(text, a.name));
        const st = writeStatement(
          s,
          itemId,
          'REPORT',
          s.secretary,
          who,
          text,
          `${s.secretary.name.full} reported a new public call by ${a.nameEn}.`,
        );
        s.doc.relation('MENTIONS', st, orgId, s.doc.sub(text, a.name), true);
        s.doc.plain('\n\n');
      }
      const proposer = s.members[s.rng.int(0, s.members.length - 1)];
      if (proposer && s.rng.chance(0.5)) {
        const who = s.doc.write(`${proposer.name.full} je ${past('predlagal', proposer.name.female)}`);
        const text = s.doc.write(
          ', da se na eni od naslednjih sej obravnava tudi stanje na področju mednarodnega sodelovanja.',
        );
        writeStatement(
          s,
          itemId,
          'PROPOSAL',
          proposer,
          who,
          text,
          `${proposer.name.full} proposed discussing international cooperation at a later session.`,
        );
        s.doc.plain('\n\n');
      } else if (!said) {
        s.doc.plain('Pod to točko ni bilo razprave.\n\n');
      }
    },
  };
}
