import type { Draft } from '../draft/buildDraft.js';
import type { DraftNode } from '../draft/DraftFacts.js';
import { summarizeDraft } from './summarizeDraft.js';

const cell = (s: unknown): string =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .slice(0, 160);

function label(n: DraftNode): string {
  const p = n.properties;
  return cell(
    p.name ??
      p.title ??
      p.text ??
      p.summary ??
      p.titleOriginal ??
      p.status ??
      (p.present !== undefined ? `${String(p.for)}/${String(p.present)} for` : n.id),
  );
}

/**
 * A report a reviewer reads beside the draft: what was found (grouped by
 * kind, each with its passage), what needs a human look and why (with the
 * candidates for doubtful names), what the importer could not state, and
 * which entities of the graph the draft links to or would add.
 */
export function writeReport(
  draft: Draft,
  extra: { readonly fileName: string; readonly extractedWith: string; readonly seconds?: number },
): string {
  const s = summarizeDraft(draft);
  const d = draft.facts.document;
  const lines: string[] = [
    `# Import report: ${extra.fileName}`,
    '',
    `- document: \`${d.id}\` — ${d.title} (${d.date})`,
    `- text extracted with ${extra.extractedWith}; original SHA-256 \`${d.originalSha256 ?? ''}\``,
    `- drafted: ${s.nodes} facts and ${s.relations} relations; **${s.forReview} need review** (not loaded until accepted)`,
    `- linked to ${s.linked} entities already in the graph; ${s.created} new named entities`,
    ...(extra.seconds !== undefined ? [`- took ${extra.seconds.toFixed(2)} s`] : []),
    ...(draft.alreadyInGraph ? [`- **the graph already holds this text as \`${draft.alreadyInGraph}\`**`] : []),
    '',
    'To accept a fact, delete its `review:` entry in the facts file (or correct the fact); then load it with',
    '`npm run seed -- <facts file>` or the `importFacts` mutation. Facts still marked are validated and skipped.',
    '',
  ];
  const review = [
    ...draft.nodes
      .filter((n) => n.review)
      .map((n) => ({
        what: `${n.type} \`${n.id}\``,
        reason: n.review?.reason,
        quote: n.evidence[0]?.quote,
        candidates: n.review?.candidates,
      })),
    ...draft.relations
      .filter((r) => r.review)
      .map((r) => ({
        what: `${r.type} \`${r.from}\` → \`${r.to}\``,
        reason: r.review?.reason,
        quote: r.evidence.quote,
        candidates: r.review?.candidates,
      })),
  ];
  lines.push(`## Needs review (${review.length})`, '');
  if (review.length === 0) lines.push('Nothing: every fact was read with confidence.', '');
  else {
    lines.push('| fact | why | passage | candidates |', '| --- | --- | --- | --- |');
    for (const r of review) {
      const candidates = (r.candidates ?? []).map((c) => `${c.name} (\`${c.id}\`, ${c.score})`).join('; ');
      lines.push(`| ${r.what} | ${cell(r.reason)} | “${cell(r.quote)}” | ${cell(candidates)} |`);
    }
    lines.push('');
  }
  lines.push('## Found', '');
  const byType = new Map<string, DraftNode[]>();
  for (const n of draft.nodes) byType.set(n.type, [...(byType.get(n.type) ?? []), n]);
  for (const [type, nodes] of byType) {
    lines.push(`### ${type} (${nodes.length})`, '', '| id | what | passage | graph |', '| --- | --- | --- | --- |');
    for (const n of nodes) {
      const where = draft.linked.includes(n.id) ? 'linked' : 'new';
      lines.push(
        `| \`${n.id}\`${n.review ? ' ⚠' : ''} | ${label(n)} | “${cell(n.evidence[0]?.quote)}” @${n.evidence[0]?.start ?? ''} | ${where} |`,
      );
    }
    lines.push('');
  }
  const relationCounts = new Map<string, number>();
  for (const r of draft.relations) relationCounts.set(r.type, (relationCounts.get(r.type) ?? 0) + 1);
  lines.push('### Relations', '', [...relationCounts].map(([t, n]) => `${t} ${n}`).join(', ') || 'none', '');
  lines.push(`## Not stated (${draft.notes.length})`, '');
  lines.push(...(draft.notes.length ? draft.notes.map((n) => `- ${n}`) : ['Nothing was left out.']), '');
  return lines.join('\n');
}
