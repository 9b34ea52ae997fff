import type { Messages } from '../i18n/lang';

const sl = {
  title: 'Zemljevid pobratenih mest',
  mapLabel: (municipality: string) => `Zemljevid partnerskih mest: ${municipality}`,
  loading: 'Nalagam zemljevid …',
  error: 'Zemljevida ni bilo mogoče naložiti',
  retry: 'Poskusi znova',
  legend: 'Legenda',
  home: 'domače mesto',
  unknownStatus: 'status neznan',
  fitPartners: 'Vsi partnerji',
  europe: 'Evropa',
  wholeWorld: 'Ves svet',
  zoomControls: 'Pogled zemljevida',
  noCoordinates: 'Brez koordinat:',
  noPartners: 'Občina nima zabeleženih pobratenj.',
  homeCity: (name: string) => `${name}, domače mesto`,
  partnerCity: (name: string, country: string | null, status: string) =>
    `${name}${country ? `, ${country}` : ''}: ${status}. Odpri pobratenje`,
  openTwinning: (name: string) => `Odpri pobratenje z mestom ${name}`,
  attribution: 'Meje: Natural Earth. Koordinate mest: GeoNames (CC BY 4.0).',
};

export const MESSAGES = {
  sl,
  en: {
    title: 'Map of partner cities',
    mapLabel: (municipality: string) => `Map of partner cities: ${municipality}`,
    loading: 'Loading the map …',
    error: 'The map could not be loaded',
    retry: 'Try again',
    legend: 'Legend',
    home: 'home city',
    unknownStatus: 'status unknown',
    fitPartners: 'All partners',
    europe: 'Europe',
    wholeWorld: 'Whole world',
    zoomControls: 'Map view',
    noCoordinates: 'No coordinates:',
    noPartners: 'No twinnings are recorded for this municipality.',
    homeCity: (name: string) => `${name}, home city`,
    partnerCity: (name: string, country: string | null, status: string) =>
      `${name}${country ? `, ${country}` : ''}: ${status}. Open the twinning`,
    openTwinning: (name: string) => `Open the twinning with ${name}`,
    attribution: 'Borders: Natural Earth. City coordinates: GeoNames (CC BY 4.0).',
  },
} satisfies Messages<typeof sl>;
