import { useId } from 'react';
import { request } from '../api/graphql';
import { formatDate, useLang, useMessages } from '../i18n/lang';
import { useActions } from '../state/actions';
import { CollapsibleList, Section } from '../evidence/Collapsible';
import { EntityButton } from '../evidence/EntityName';
import { EvidenceQuote } from '../evidence/EvidenceQuote';
import { fetchActorNames, type ActorName } from '../evidence/nameLookup';
import { displayNameText, type NameSource } from '../evidence/names';
import { ErrorNote, Loading } from '../evidence/Status';
import { useApi } from '../evidence/useApi';
import { kindInText, nodeLabel, relationName, roleName } from '../i18n/vocabulary';
import { DOSSIER_MESSAGES } from './dossier.messages';
import {
  ENTITY_QUERY,
  MEMBERSHIPS_QUERY,
  dateSpan,
  dossierHeader,
  formatDateText,
  groupRelations,
  membershipIds,
  membershipRows,
  otherIds,
  relationDetails,
  timelineRelationText,
  uniqueMentions,
  type Dossier,
  type DossierRelation,
  type MembershipDetail,
} from './dossier';
import '../evidence/evidence.css';
import './dossier.css';

interface Loaded {
  dossier: Dossier | null;
  names: Map<string, ActorName>;
  memberships: Map<string, MembershipDetail>;
}

async function loadDossier(id: string, signal: AbortSignal): Promise<Loaded> {
  const { entity } = await request<{ entity: Dossier | null }>(ENTITY_QUERY, { id }, { signal });
  if (!entity) return { dossier: null, names: new Map(), memberships: new Map() };
  const mids = membershipIds(entity.relations);
  // Names and membership details only complete the picture: without them the dossier still stands.
  const [names, memberships] = await Promise.all([
    fetchActorNames(otherIds(entity.relations), signal).catch(() => new Map<string, ActorName>()),
    mids.length === 0
      ? new Map<string, MembershipDetail>()
      : request<{ memberships: MembershipDetail[] }>(MEMBERSHIPS_QUERY, { ids: mids }, { signal }).then(
          (d) => new Map(d.memberships.map((m) => [m.id, m])),
          () => new Map<string, MembershipDetail>(),
        ),
  ]);
  return { dossier: entity, names, memberships };
}

/** The dossier of the selected entity: names, roles, relations with their quotes, timeline, mentions. */
export function DossierPanel({ id }: { id: string }): JSX.Element {
  const t = useMessages(DOSSIER_MESSAGES);
  const state = useApi(`dossier ${id}`, (signal) => loadDossier(id, signal));
  if (state.loading) {
    return (
      <section className="ev-panel dossier" aria-busy="true" data-testid="dossier" data-entity-id={id}>
        <Loading />
      </section>
    );
  }
  if (state.error) {
    return (
      <section className="ev-panel dossier" data-testid="dossier" data-entity-id={id}>
        <ErrorNote error={state.error} onRetry={state.reload} />
      </section>
    );
  }
  if (!state.data?.dossier) {
    return (
      <section className="ev-panel dossier" data-testid="dossier" data-entity-id={id}>
        <p role="status">{t.notFound(id)}</p>
      </section>
    );
  }
  return <DossierBody {...state.data} dossier={state.data.dossier} />;
}

function DossierBody({ dossier, names, memberships }: Loaded & { dossier: Dossier }): JSX.Element {
  const t = useMessages(DOSSIER_MESSAGES);
  const lang = useLang();
  const { select, focus, openTwinning } = useActions();
  const headingId = useId();
  const header = dossierHeader(dossier);
  const rows = membershipRows(dossier.relations, memberships);
  const groups = groupRelations(dossier.relations);
  const mentions = uniqueMentions(dossier.mentions);
  const ownEvidence = mentions.filter((m) => m.via.includes(`evidence of ${dossier.id}`));
  const fmt = (d: string) => formatDate(d, lang);
  const nameOf = (ref: { id: string; label: string }): NameSource => names.get(ref.id) ?? { label: ref.label };

  return (
    <section
      className="ev-panel dossier"
      aria-labelledby={headingId}
      data-testid="dossier"
      data-entity-id={dossier.id}
      data-entity-type={dossier.type}
    >
      <header className="dossier-header">
        <span className="ev-kind" data-testid="dossier-kind">
          {kindInText(dossier.type, lang)}
        </span>
        <h2 id={headingId} data-testid="dossier-name">
          {header.abbreviation ? <span className="ev-name-main">{header.abbreviation} </span> : null}
          <span className={header.abbreviation ? 'ev-name-full' : undefined}>{header.name}</span>
        </h2>
        {header.nameEn ? (
          <p className="ev-name-en dossier-en" lang="en" data-testid="dossier-name-en">
            <span className="visually-hidden">{t.englishName}: </span>
            {header.nameEn}
          </p>
        ) : null}
        {header.aliases.length ? (
          <p className="ev-muted dossier-aliases">
            {t.aliases}: {header.aliases.join(' · ')}
          </p>
        ) : null}
        {header.date ? (
          <p className="ev-muted">
            <time dateTime={header.date}>{fmt(header.date)}</time>
          </p>
        ) : null}
        {header.description ? <p className="dossier-description">{header.description}</p> : null}
        <div className="ev-actions">
          <button type="button" className="ev-button" data-testid="focus-network" onClick={() => focus(dossier.id)}>
            {t.focus}
          </button>
          {dossier.type === 'Twinning' ? (
            <button
              type="button"
              className="ev-button ev-button-primary"
              data-testid="open-twinning"
              onClick={() => openTwinning(dossier.id)}
            >
              {t.openTwinning}
            </button>
          ) : null}
        </div>
        {ownEvidence.length ? (
          <CollapsibleList
            items={ownEvidence}
            limit={2}
            itemKey={(m) => `${m.documentId}:${m.start}:${m.end}`}
            render={(m) => <EvidenceQuote evidence={m} />}
          />
        ) : null}
      </header>

      {rows.length ? (
        <Section title={t.memberships} count={rows.length} testId="dossier-memberships">
          <CollapsibleList
            items={rows}
            itemKey={(r) => r.id}
            render={(r) => {
              const span = dateSpan(r.start, r.end, fmt);
              return (
                <div className="dossier-item" data-testid="dossier-membership" data-membership-id={r.id}>
                  <div>
                    <span className="dossier-role">{r.title}</span>
                    {r.titleEn ? (
                      <span className="ev-name-en" lang="en">
                        {' '}
                        ({r.titleEn})
                      </span>
                    ) : null}
                    {r.role ? <span className="ev-kind dossier-badge">{roleName(r.role, lang)}</span> : null}
                  </div>
                  {r.organization ? (
                    <div>
                      {t.inOrganization}{' '}
                      <EntityButton id={r.organization.id} source={r.organization} onSelect={select} />
                    </div>
                  ) : null}
                  {r.person ? (
                    <div>
                      {t.heldBy} <EntityButton id={r.person.id} source={r.person} onSelect={select} />
                    </div>
                  ) : null}
                  {span ? <div className="ev-muted">{span}</div> : null}
                  <EvidenceQuote evidence={r.evidence} />
                </div>
              );
            }}
          />
        </Section>
      ) : null}

      <Section title={t.relations} count={groups.reduce((n, g) => n + g.items.length, 0)} testId="dossier-relations">
        {groups.length === 0 ? <p className="ev-muted">{t.noRelations}</p> : null}
        {groups.map((g) => (
          <div key={g.key} className="dossier-group" data-testid="relation-group" data-relation={g.key}>
            <h4 className="ev-subtitle">
              {relationName(g.type, lang, g.direction)} <span className="ev-count">({g.items.length})</span>
            </h4>
            <CollapsibleList
              items={g.items}
              itemKey={(r, i) => `${r.other.id}:${r.evidence.start}:${i}`}
              render={(r) => (
                <RelationItem
                  relation={r}
                  name={nameOf(r.other)}
                  onSelect={select}
                  onFocus={focus}
                  onOpenTwinning={openTwinning}
                />
              )}
            />
          </div>
        ))}
        <MoreThanShown shown={dossier.relations.length} total={dossier.relationCount} text={t.firstOf} />
      </Section>

      {dossier.timeline.length ? (
        <Section title={t.timeline} count={dossier.timeline.length} testId="dossier-timeline">
          <CollapsibleList
            items={dossier.timeline}
            className="ev-list dossier-timeline"
            itemKey={(e) => e.id}
            render={(e) => (
              <div className="dossier-item">
                <time className="dossier-date" dateTime={e.dateFrom}>
                  {formatDateText(e.date, fmt)}
                </time>{' '}
                <span className="ev-kind">{kindInText(e.kind, lang)}</span>{' '}
                {e.id === dossier.id ? (
                  <span>{nodeLabel(e.kind, e.label, lang)}</span>
                ) : (
                  <EntityButton id={e.id} source={{ label: nodeLabel(e.kind, e.label, lang) }} onSelect={select} />
                )}
                {e.relation && e.relation !== 'SELF' ? (
                  <div className="ev-props">
                    {timelineRelationText(e.relation, (type) => relationName(type, lang, 'OUT'))}
                  </div>
                ) : null}
              </div>
            )}
          />
          <MoreThanShown shown={dossier.timeline.length} total={dossier.timelineCount} text={t.firstOf} />
        </Section>
      ) : null}

      {mentions.length ? (
        <Section title={t.mentions} count={mentions.length} testId="dossier-mentions">
          <CollapsibleList
            items={mentions}
            itemKey={(m) => `${m.documentId}:${m.start}:${m.end}`}
            render={(m) => (
              <div className="dossier-item" data-testid="dossier-mention">
                <EvidenceQuote evidence={m} />
                <div className="ev-props">
                  {t.via}: {m.via.join('; ')}
                </div>
              </div>
            )}
          />
          <MoreThanShown shown={dossier.mentions.length} total={dossier.mentionCount} text={t.firstOf} />
        </Section>
      ) : null}
    </section>
  );
}

function RelationItem(props: {
  relation: DossierRelation;
  name: NameSource;
  onSelect(id: string): void;
  onFocus(id: string): void;
  onOpenTwinning(id: string): void;
}): JSX.Element {
  const t = useMessages(DOSSIER_MESSAGES);
  const lang = useLang();
  const r = props.relation;
  const details = relationDetails(r.properties);
  const text = displayNameText(props.name);
  return (
    <div className="dossier-item" data-testid="dossier-relation" data-other-id={r.other.id}>
      <div className="dossier-item-head">
        <EntityButton id={r.other.id} source={props.name} onSelect={props.onSelect} />{' '}
        <span className="ev-kind">{kindInText(r.other.type, lang)}</span>
        <span className="dossier-item-tools">
          {r.other.type === 'Twinning' ? (
            <button
              type="button"
              className="ev-link"
              aria-label={t.openTwinningOf(text)}
              onClick={() => props.onOpenTwinning(r.other.id)}
            >
              {t.openTwinning}
            </button>
          ) : null}
          <button
            type="button"
            className="dossier-icon"
            aria-label={t.focusOther(text)}
            title={t.focusOther(text)}
            onClick={() => props.onFocus(r.other.id)}
          >
            ⌖
          </button>
        </span>
      </div>
      {details.length ? (
        <div className="ev-props">
          {details.map(([k, value]) => (
            <span key={k} className="dossier-detail">
              {t.detailKeys[k] ?? k}: {k === 'role' ? roleName(value, lang, 'noun') : value}
            </span>
          ))}
        </div>
      ) : null}
      <EvidenceQuote evidence={r.evidence} />
    </div>
  );
}

/** Says that a list is the first page of a longer one (the dossier pages its lists; the counts are whole). */
function MoreThanShown(props: { shown: number; total: number; text: (shown: number, total: number) => string }) {
  return props.total > props.shown ? (
    <p className="ev-muted" data-testid="dossier-more">
      {props.text(props.shown, props.total)}
    </p>
  ) : null;
}
