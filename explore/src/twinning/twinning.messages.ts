import type { Messages } from '../i18n/lang';

interface VoteText {
  present: number;
  for: number;
  against: number;
  abstained: number;
}

const sl = {
  viewLabel: (name: string) => `Pobratenje: ${name}`,
  notFound: (id: string) => `Pobratenja »${id}« ni v grafu.`,
  noMunicipality:
    'Nobeno od mest tega partnerstva ni mesto občine v grafu, zato zgodovine in akterjev ni mogoče prikazati.',
  status: 'Trenutni status',
  since: 'od',
  partners: 'Partnerska mesta',
  timeline: 'Potek',
  timelineLabel: 'Časovnica statusa pobratenja',
  notYet: 'še ni v grafu',
  resolution: 'Sklep',
  adoptedAt: 'sprejet na',
  vote: (v: VoteText) => `${v.present} prisotnih: ${v.for} za, ${v.against} proti, ${v.abstained} vzdržanih`,
  unanimous: 'soglasno',
  noSteps: 'Graf ne navaja nobenega koraka.',
  actors: 'Akterji',
  noActors: 'Graf ne navaja akterjev.',
  focus: 'Osredotoči v omrežju',
  openDossier: 'Odpri dosje',
  noteEn: 'Opomba (angl.)',
  affiliations: 'Funkcije',
};

export const TWINNING_MESSAGES = {
  sl,
  en: {
    viewLabel: (name: string) => `Twinning: ${name}`,
    notFound: (id: string) => `There is no twinning "${id}" in the graph.`,
    noMunicipality:
      "None of this partnership's cities is governed by a municipality in the graph, so its history and actors cannot be shown.",
    status: 'Current status',
    since: 'since',
    partners: 'Partner cities',
    timeline: 'History',
    timelineLabel: "Timeline of the twinning's status",
    notYet: 'not yet in the graph',
    resolution: 'Resolution',
    adoptedAt: 'adopted at',
    vote: (v: VoteText) => `${v.present} present: ${v.for} for, ${v.against} against, ${v.abstained} abstained`,
    unanimous: 'unanimous',
    noSteps: 'The graph states no steps.',
    actors: 'Actors',
    noActors: 'The graph names no actors.',
    focus: 'Focus in network',
    openDossier: 'Open dossier',
    noteEn: 'Note',
    affiliations: 'Roles',
  } satisfies typeof sl,
} satisfies Messages<typeof sl>;
