import type { GraphView } from '../../src/api/types';

/** A small view in the API's shape, with the characters that break careless exports. */
export const VIEW: GraphView = {
  nodes: [
    {
      id: 'org:mestna-obcina-kranj',
      type: 'Municipality',
      label: 'City Municipality of Kranj',
      properties: {
        id: 'org:mestna-obcina-kranj',
        name: 'Mestna občina Kranj',
        nameEn: 'City Municipality of Kranj',
        aliases: ['MOK', 'Mestna obcina Kranj'],
      },
    },
    {
      id: 'person:katja-struc',
      type: 'Person',
      label: 'Katja Štruc',
      properties: {
        id: 'person:katja-struc',
        name: 'Katja Štruc',
        description: 'Head of the "Mayor\'s" Cabinet <& co>',
      },
    },
    {
      id: 'twinning:kranj-yekaterinburg',
      type: 'Twinning',
      label: 'Twinning of Kranj with Yekaterinburg',
      properties: { id: 'twinning:kranj-yekaterinburg', status: 'SUPPORTED', statusDate: '2021-12-14', year: 2021 },
    },
    {
      id: 'vote:1',
      type: 'VoteEvent',
      label: 'Vote 5/5',
      properties: { id: 'vote:1', present: 5, for: 5, unanimous: true, share: 0.5, type: 'odd: a property named type' },
    },
  ],
  edges: [
    {
      id: 'involved_in:org:mestna-obcina-kranj>twinning:kranj-yekaterinburg:initiated',
      type: 'INVOLVED_IN',
      source: 'org:mestna-obcina-kranj',
      target: 'twinning:kranj-yekaterinburg',
      properties: {
        role: 'INITIATED',
        documentId: 'doc:kranj-kmms-2021-12-14-seja-2',
        quote: 'je odgovorila, da je bilo zanimanje "obojestransko" & <vzajemno>.\nNova vrstica',
        start: 1021,
        end: 1071,
      },
    },
    {
      id: 'holds:person:katja-struc>org:mestna-obcina-kranj',
      type: 'HOLDS',
      source: 'person:katja-struc',
      target: 'org:mestna-obcina-kranj',
      properties: { documentId: 'doc:x', quote: 'Katja Štruc – vodja Kabineta župana', start: 301, end: 336 },
    },
  ],
};
