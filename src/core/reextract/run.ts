// Re-extraction against the store: runs the current engine and lexicon over stored articles, plans
// each article (plan.ts), and applies a confirmed plan through audited writes, one article per
// transaction. A plan is named by a token; an article changed since its preview is skipped as stale.
import crypto from 'node:crypto';
import type { Figure, ReextractArticle, ReextractPreview, ReextractSummary } from '../../shared/domain.ts';
import { recordChange } from '../db/changes.repo.ts';
import { deleteIndicator, insertIndicators, toIndicator, writeIndicator } from '../db/indicators.repo.ts';
import type { Db } from '../db/open.ts';
import { nowIso, placeholders } from '../db/sql.ts';
import { extractFigures, type Lexicon } from '../extract/index.ts';
import { decodeOffsetMap, toOriginalSpan } from '../ingest/clean/index.ts';
import { checkCancelled, type JobContext } from '../jobs.ts';
import { planArticle, type ArticlePlan } from './plan.ts';

/** Marks the audit entries re-extraction writes, so a later run does not take them for an analyst's. */
export const REEXTRACT_SUFFIX = ' (re-extraction)';
/** How many articles a preview lists in detail; its counts always cover every article. */
export const PREVIEW_LISTED = 200;

interface StoredArticle {
  id: number;
  title: string;
  published: string | null;
  subject: string | null;
  original_text: string;
  clean_text: string;
  offset_map: Uint8Array | null;
}

/** Figures of a stored article as import would find them now: from its cleaned text, mapped back. */
export function freshFigures(a: StoredArticle, lexicon: Lexicon): Figure[] {
  const origin = decodeOffsetMap(a.offset_map, a.clean_text.length);
  return extractFigures(a.clean_text, { published: a.published, subject: a.subject, lexicon }).map((f) => {
    const [start, end] = toOriginalSpan(origin, f.start, f.end);
    return { ...f, start, end, quote: a.original_text.slice(start, end) };
  });
}

function articleIds(db: Db, ids: readonly number[] | undefined): number[] {
  if (ids) return [...new Set(ids)];
  return db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
}

function loadArticle(db: Db, id: number): StoredArticle | null {
  return (
    (db
      .prepare(
        `SELECT id, title, published, subject, original_text, clean_text, offset_map FROM articles WHERE id = ?`,
      )
      .get(id) as StoredArticle | undefined) ?? null
  );
}

function planFor(db: Db, a: StoredArticle, lexicon: Lexicon): ArticlePlan {
  const rows = (
    db.prepare('SELECT * FROM indicators WHERE article_id = ? ORDER BY span_start').all(a.id) as Parameters<
      typeof toIndicator
    >[0][]
  ).map(toIndicator);
  const audited = new Map<number, Set<string>>();
  const entries = db
    .prepare(`SELECT indicator_id, field FROM changes WHERE article_id = ? AND actor NOT LIKE ?`)
    .all(a.id, `%${REEXTRACT_SUFFIX}`) as { indicator_id: number; field: string }[];
  for (const e of entries)
    (audited.get(e.indicator_id) ?? audited.set(e.indicator_id, new Set()).get(e.indicator_id)!).add(e.field);
  return planArticle(rows, freshFigures(a, lexicon), audited);
}

/** A fingerprint of what a plan would write, including the row versions it was based on. */
function planHash(plan: ArticlePlan): string {
  return crypto
    .createHash('sha256')
    .update(
      JSON.stringify([
        plan.added,
        plan.removed.map((r) => [r.id, r.version]),
        plan.changed.map((c) => [c.row.id, c.row.version, c.fields]),
      ]),
    )
    .digest('hex');
}

const isEmpty = (p: ArticlePlan) => p.added.length + p.removed.length + p.changed.length === 0;

/** The preview of re-extracting `ids` (every article when absent); nothing is written. */
export async function previewReextraction(
  db: Db,
  lexicon: Lexicon,
  ids: readonly number[] | undefined,
  job?: JobContext,
): Promise<ReextractPreview> {
  const all = articleIds(db, ids);
  const token = crypto.createHash('sha256');
  const preview: ReextractPreview = {
    token: '',
    scanned: 0,
    added: 0,
    removed: 0,
    changed: 0,
    kept: 0,
    articles: [],
    truncated: false,
  };
  for (const [k, id] of all.entries()) {
    await between(k, all.length, job);
    const a = loadArticle(db, id);
    if (!a) continue;
    const plan = planFor(db, a, lexicon);
    preview.scanned++;
    preview.kept += plan.kept;
    if (isEmpty(plan)) continue;
    token.update(`${id}:${planHash(plan)};`);
    preview.added += plan.added.length;
    preview.removed += plan.removed.length;
    preview.changed += plan.changed.length;
    if (preview.articles.length < PREVIEW_LISTED) preview.articles.push(describe(a, plan));
    else preview.truncated = true;
  }
  job?.progress(all.length, all.length);
  preview.token = token.digest('hex');
  return preview;
}

function describe(a: StoredArticle, plan: ArticlePlan): ReextractArticle {
  return {
    articleId: a.id,
    title: a.title,
    added: plan.added,
    removed: plan.removed,
    changed: plan.changed.map((c) => ({ id: c.row.id, quote: c.row.quote, fields: c.fields })),
    kept: plan.kept,
  };
}

/**
 * Applies the plan a preview showed. The token must match a fresh plan of the same articles (else
 * nothing is written: preview again); an article changed while applying is skipped and reported stale.
 */
export async function applyReextraction(
  db: Db,
  lexicon: Lexicon,
  ids: readonly number[] | undefined,
  token: string,
  actor: string,
  job?: JobContext,
): Promise<ReextractSummary> {
  const check = await previewReextraction(db, lexicon, ids, job);
  if (check.token !== token) {
    throw new Error('The store or the lexicon changed since the preview; preview again before applying.');
  }
  const summary: ReextractSummary = { articles: 0, added: 0, removed: 0, changed: 0, stale: [] };
  const all = articleIds(db, ids);
  const writer = `${actor}${REEXTRACT_SUFFIX}`;
  for (const [k, id] of all.entries()) {
    await between(k, all.length, job);
    try {
      applyArticle(id);
    } catch (err) {
      if (!(err instanceof StaleArticle)) throw err;
      summary.stale.push(id);
    }
  }
  job?.progress(all.length, all.length);
  return summary;

  function applyArticle(id: number): void {
    db.transaction(() => {
      const a = loadArticle(db, id);
      if (!a) return;
      const plan = planFor(db, a, lexicon);
      if (isEmpty(plan)) return;
      const now = nowIso();
      const audit = (indicatorId: number, field: string, oldValue: unknown, newValue: unknown) =>
        recordChange(db, {
          indicatorId,
          articleId: id,
          field: field as never,
          oldValue,
          newValue,
          actor: writer,
          at: now,
        });
      for (const c of plan.changed) {
        if (!writeIndicator(db, c.next, c.row.version, now)) throw new StaleArticle();
        for (const f of c.fields) audit(c.row.id, f.field, f.oldValue, f.newValue);
      }
      for (const r of plan.removed) {
        if (!deleteIndicator(db, r.id)) throw new StaleArticle();
        audit(r.id, 'deleted', r, null);
      }
      const addedIds = insertIndicators(db, id, plan.added, 'pending', now);
      addedIds.forEach((newId, i) => audit(newId, 'created', null, plan.added[i]));
      summary.articles++;
      summary.added += plan.added.length;
      summary.removed += plan.removed.length;
      summary.changed += plan.changed.length;
    }).immediate();
  }
}

class StaleArticle extends Error {}

/** Between two articles: report progress, stop if cancelled, and now and then let other calls in. */
async function between(k: number, total: number, job: JobContext | undefined): Promise<void> {
  if (!job) return;
  checkCancelled(job.signal);
  job.progress(k, total);
  if (k % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
}

const YIELD_EVERY = 20;

/** The ids among `ids` that exist, for validating input before a job starts. */
export function existingArticles(db: Db, ids: readonly number[]): number[] {
  if (ids.length === 0) return [];
  return db
    .prepare(`SELECT id FROM articles WHERE id IN (${placeholders(ids.length)})`)
    .pluck()
    .all(...ids) as number[];
}
