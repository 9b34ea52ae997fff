import { request } from '../api/graphql';

/** One question to the public API: the municipality's cities (GOVERNS) and its twinnings with partner coordinates. */
export const MAP_QUERY = `query Map($id: ID!, $municipality: ID!) {
  municipalities(where: { id: { eq: $id } }) {
    id name nameEn
    governs { id name nameEn lat lng }
  }
  twinnings(municipality: $municipality) {
    id kind name nameEn status statusDate
    partners { id name nameEn lat lng country { id name nameEn isoCode } }
  }
}`;

export interface MapCityData {
  id: string;
  name: string;
  nameEn?: string | null;
  lat?: number | null;
  lng?: number | null;
}

export interface MapPartnerData extends MapCityData {
  country?: { id: string; name: string; nameEn?: string | null; isoCode?: string | null } | null;
}

export interface MapTwinningData {
  id: string;
  kind: string;
  name: string;
  nameEn?: string | null;
  status?: string | null;
  statusDate?: string | null;
  partners: MapPartnerData[];
}

export interface MapData {
  municipalities: { id: string; name: string; nameEn?: string | null; governs: MapCityData[] }[];
  twinnings: MapTwinningData[];
}

export function loadMapData(municipalityId: string, signal?: AbortSignal): Promise<MapData> {
  return request<MapData>(MAP_QUERY, { id: municipalityId, municipality: municipalityId }, signal ? { signal } : {});
}
