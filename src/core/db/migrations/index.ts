// Every schema change is one small numbered file, registered here in order. The store's
// PRAGMA user_version says how many have run.
import type Database from 'better-sqlite3';
import { m001Initial } from './001-initial.ts';
import { m002ArticleSearch } from './002-article-search.ts';
import { m003ReviewHistory } from './003-review-history.ts';
import { m004ReportPresets } from './004-report-presets.ts';
import { m005NearDuplicates } from './005-near-duplicates.ts';
import { m006LexiconEntries } from './006-lexicon-entries.ts';
import { m007NearDuplicateBands } from './007-near-duplicate-bands.ts';
import { m008SearchWrittenByBatch } from './008-search-written-by-batch.ts';
import { m009SearchWithoutPositions } from './009-search-without-positions.ts';
import { m010OnePermutationSignatures } from './010-one-permutation-signatures.ts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  m001Initial,
  m002ArticleSearch,
  m003ReviewHistory,
  m004ReportPresets,
  m005NearDuplicates,
  m006LexiconEntries,
  m007NearDuplicateBands,
  m008SearchWrittenByBatch,
  m009SearchWithoutPositions,
  m010OnePermutationSignatures,
];

export const LATEST_VERSION = MIGRATIONS.length;
