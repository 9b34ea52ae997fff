import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useLang, useMessages } from '../i18n/lang';
import { statusName } from '../i18n/vocabulary';
import { useActions } from '../state/actions';
import { MESSAGES } from './map.messages';
import { fitViewBox, MAP_HEIGHT, MAP_WIDTH, viewBoxAttribute, worldProjection, type ViewBox } from './mapGeometry';
import { placeLabels } from './labelPlacement';
import { buildMapModel, cityLabel, type MapCity, type MapModel } from './mapModel';
import { loadMapData, type MapData } from './mapQuery';
import { HOME_COLOUR, legendStatuses, statusColour } from './statusColours';
import type { WorldShapes } from './worldShapes';
import './map.css';

const WORLD: ViewBox = { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };

type Frame = 'fit' | 'europe' | 'world';

declare global {
  interface Window {
    __explorer?: Record<string, unknown>;
  }
}

/** ?test=1: what browser tests read about the map (cities drawn, cities without coordinates, arcs). */
function exposeForTests(municipalityId: string, model: MapModel | null): void {
  if (typeof window === 'undefined' || new URLSearchParams(window.location.search).get('test') !== '1') return;
  window.__explorer = {
    ...window.__explorer,
    map: model && {
      municipalityId,
      homes: model.homes.map((c) => c.id),
      partners: model.partners.map((c) => ({ id: c.id, twinningIds: c.twinningIds, status: c.status })),
      arcs: model.arcs.length,
      unplaced: model.unplaced.map((c) => c.id),
    },
  };
}

/**
 * The world map of a municipality's partner cities: its own city, each
 * partner as a dot coloured by the twinning's status, the great-circle arcs
 * between them, names in the original with the English beside. A partner
 * (click, Enter or Space) opens its twinning. Cities the graph has no
 * coordinates for are listed under the map.
 */
export function MapView({ municipalityId }: { municipalityId: string }): JSX.Element {
  const t = useMessages(MESSAGES);
  const lang = useLang();
  const actions = useActions();
  const projection = useMemo(() => worldProjection(), []);
  const [data, setData] = useState<MapData | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [shapes, setShapes] = useState<WorldShapes | null>(null);
  const [frame, setFrame] = useState<Frame>('fit');

  useEffect(() => {
    const controller = new AbortController();
    setData(null);
    setError(null);
    loadMapData(municipalityId, controller.signal).then(setData, (e: unknown) => {
      if ((e as Error).name !== 'AbortError') setError(e as Error);
    });
    return () => controller.abort();
  }, [municipalityId, attempt]);

  useEffect(() => {
    let live = true;
    void import('./worldShapes').then((m) => {
      if (live) setShapes(m.worldShapes(projection));
    });
    return () => {
      live = false;
    };
  }, [projection]);

  const model = useMemo(() => (data ? buildMapModel(data, projection) : null), [data, projection]);
  useEffect(() => exposeForTests(municipalityId, model), [municipalityId, model]);

  const { box, k, labels } = useMemo(() => {
    const box =
      !model || frame === 'world' ? WORLD : fitViewBox(frame === 'fit' ? model.framePoints : model.europePoints);
    const k = box.width / MAP_WIDTH;
    const cities = model ? [...model.homes, ...model.partners] : [];
    const labels = placeLabels(
      cities.map((c) => ({ id: c.id, x: c.x, y: c.y, text: cityLabel(c), always: c.home })),
      box,
      k,
    );
    return { box, k, labels };
  }, [model, frame]);
  const label = (city: MapCity): JSX.Element => {
    const place = labels.get(city.id);
    return (
      <text
        className={place?.side === 'hidden' ? 'map-label map-label-hidden' : 'map-label'}
        x={place?.x ?? city.x}
        y={place?.y ?? city.y}
        textAnchor={place?.anchor ?? 'start'}
        fontSize={12 * k}
        strokeWidth={3 * k}
      >
        {cityLabel(city)}
      </text>
    );
  };
  const municipalityName = model?.municipality ? cityLabel(model.municipality) : municipalityId;
  const statusText = (status: string | null): string => (status === null ? t.unknownStatus : statusName(status, lang));

  const open = (city: MapCity): void => {
    const first = city.twinningIds[0];
    if (first) actions.openTwinning(first);
  };
  const onKey = (city: MapCity) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(city);
    }
  };

  return (
    <section className="map-view" aria-label={t.mapLabel(municipalityName)} data-testid="map-view">
      <div className="map-toolbar" role="group" aria-label={t.zoomControls}>
        {(['fit', 'europe', 'world'] as const).map((f) => (
          <button key={f} type="button" aria-pressed={frame === f} onClick={() => setFrame(f)}>
            {f === 'fit' ? t.fitPartners : f === 'europe' ? t.europe : t.wholeWorld}
          </button>
        ))}
      </div>
      {error ? (
        <div className="map-error" role="alert">
          <strong>{t.error}</strong>: {error.message}{' '}
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t.retry}
          </button>
        </div>
      ) : null}
      {!model && !error ? (
        <p className="map-loading" role="status" aria-live="polite">
          {t.loading}
        </p>
      ) : null}
      <svg
        className="map-svg"
        viewBox={viewBoxAttribute(box)}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-label={t.mapLabel(municipalityName)}
      >
        <g className="map-base" aria-hidden="true">
          {shapes ? (
            <>
              <path className="map-sphere" d={shapes.sphere} />
              <path className="map-graticule" d={shapes.graticule} vectorEffect="non-scaling-stroke" />
              <path className="map-land" d={shapes.land} />
              <path className="map-borders" d={shapes.borders} vectorEffect="non-scaling-stroke" />
            </>
          ) : (
            <rect className="map-sphere" x={0} y={0} width={MAP_WIDTH} height={MAP_HEIGHT} />
          )}
        </g>
        {model ? (
          <>
            <g className="map-arcs" aria-hidden="true">
              {model.arcs.map((arc) => (
                <path
                  key={arc.id}
                  d={arc.d}
                  stroke={arc.colour}
                  strokeWidth={2}
                  vectorEffect="non-scaling-stroke"
                  fill="none"
                  data-twinning-id={arc.twinningId}
                />
              ))}
            </g>
            {model.partners.map((city) => (
              <g
                key={city.id}
                className="map-city"
                data-city-id={city.id}
                role="button"
                tabIndex={0}
                aria-label={t.partnerCity(cityLabel(city), city.country, statusText(city.status))}
                onClick={() => open(city)}
                onKeyDown={onKey(city)}
              >
                <circle className="map-focus-ring" cx={city.x} cy={city.y} r={10 * k} strokeWidth={2.5 * k} />
                <circle cx={city.x} cy={city.y} r={6 * k} fill={city.colour} stroke="#fff" strokeWidth={1.5 * k} />
                {label(city)}
              </g>
            ))}
            {model.homes.map((city) => (
              <g
                key={city.id}
                className="map-home"
                data-city-id={city.id}
                aria-label={t.homeCity(cityLabel(city))}
                role="img"
              >
                <rect
                  x={city.x - 5.5 * k}
                  y={city.y - 5.5 * k}
                  width={11 * k}
                  height={11 * k}
                  transform={`rotate(45 ${city.x} ${city.y})`}
                  fill={HOME_COLOUR}
                  stroke="#fff"
                  strokeWidth={1.5 * k}
                />
                {label(city)}
              </g>
            ))}
          </>
        ) : null}
      </svg>
      {model ? (
        <div className="map-below">
          <ul className="map-legend" aria-label={t.legend}>
            <li>
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                <rect x={-4} y={-4} width={8} height={8} transform="rotate(45)" fill={HOME_COLOUR} />
              </svg>
              {t.home}
            </li>
            {legendStatuses(model.statuses).map((status) => (
              <li key={status ?? 'unknown'}>
                <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
                  <line x1={0} y1={7} x2={12} y2={7} stroke={statusColour(status)} strokeWidth={2} />
                  <circle cx={15} cy={7} r={5} fill={statusColour(status)} />
                </svg>
                {statusText(status)}
              </li>
            ))}
          </ul>
          {model.partners.length === 0 && model.unplaced.every((c) => c.home) ? (
            <p className="map-empty">{t.noPartners}</p>
          ) : null}
          {model.unplaced.length ? (
            <p className="map-unplaced" data-testid="map-unplaced">
              {t.noCoordinates}{' '}
              {model.unplaced.map((city, i) => (
                <span key={city.id}>
                  {i > 0 ? ', ' : null}
                  {city.twinningId ? (
                    <button
                      type="button"
                      className="map-link"
                      aria-label={t.openTwinning(cityLabel(city))}
                      onClick={() => city.twinningId && actions.openTwinning(city.twinningId)}
                    >
                      {cityLabel(city)}
                    </button>
                  ) : (
                    cityLabel(city)
                  )}
                </span>
              ))}
            </p>
          ) : null}
          <p className="map-attribution">{t.attribution}</p>
        </div>
      ) : null}
    </section>
  );
}
