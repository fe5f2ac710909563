// A store of invented articles and figures for report tests and the export benchmark, written straight
// through the repositories so it does not depend on what the extractor finds today.
import type { Figure, ReviewStatus } from '../../shared/domain.ts';
import { insertArticle } from '../db/articles.repo.ts';
import { insertIndicators } from '../db/indicators.repo.ts';
import type { Db } from '../db/open.ts';

const PARKS = ['临江高新区', '青湾开发区', '南屿县', '北港经开区', '云溪科技城'];
const KINDS: [string, Figure['category'], string][] = [
  ['固定资产投资', 'investment', '亿元'],
  ['规上工业总产值', 'output', '亿元'],
  ['地区生产总值', 'gdp', '亿元'],
  ['新签约项目', 'projects', '个'],
];
const STATUSES: ReviewStatus[] = ['confirmed', 'corrected', 'added', 'pending', 'rejected'];

export function figureFor(n: number): Figure & { status: ReviewStatus } {
  const park = PARKS[n % PARKS.length]!;
  const [indicator, category, unit] = KINDS[Math.floor(n / PARKS.length) % KINDS.length]!;
  const growth = n % 3 === 2;
  const value = growth ? 5 + (n % 70) / 10 : 100 + (n % 997) + (n % 10) / 10;
  const shownUnit = growth ? '%' : unit;
  const quote = `${park}${indicator}${growth ? '增长' : ''}${value}${shownUnit}`;
  const factor = shownUnit === '亿元' ? 1e8 : 1;
  return {
    start: 0,
    end: quote.length,
    quote,
    value,
    range: null,
    unit: shownUnit,
    norm: {
      value: value * factor,
      unit: shownUnit === '%' ? '%' : shownUnit === '亿元' ? 'CNY' : 'count',
      range: null,
    },
    approx: 'exact',
    measure: growth ? 'change' : 'level',
    kind: 'actual',
    category,
    indicator,
    subject: park,
    period: '2024年前三季度',
    periodNorm: '2024-Q3',
    confidence: 0.5 + (n % 50) / 100,
    status: STATUSES[n % STATUSES.length]!,
  };
}

/** Adds `articles` invented articles with `perArticle` figures each; returns the article ids. */
export function seedReportStore(db: Db, articles: number, perArticle: number): number[] {
  const ids: number[] = [];
  const run = db.transaction(() => {
    for (let a = 0; a < articles; a++) {
      const title = `${PARKS[a % PARKS.length]}经济运行简报第${a + 1}期`;
      const id = insertArticle(db, {
        title,
        published: `2024-${String((a % 12) + 1).padStart(2, '0')}-15`,
        source: '示例日报',
        url: `https://news.example.cn/a/${a + 1}`,
        subject: PARKS[a % PARKS.length]!,
        fileName: `brief-${a + 1}.txt`,
        encoding: 'utf-8',
        script: 'simplified',
        contentHash: `fixture-${a}-${articles}-${perArticle}`,
        originalText: title,
        cleanText: title,
        offsetMap: null,
        importedAt: '2024-12-01T00:00:00.000Z',
      });
      ids.push(id);
      for (let f = 0; f < perArticle; f++) {
        const figure = figureFor(a * perArticle + f);
        insertIndicators(db, id, [figure], figure.status, '2024-12-01T00:00:00.000Z');
      }
    }
  });
  run();
  return ids;
}
