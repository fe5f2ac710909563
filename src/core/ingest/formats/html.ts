// Web pages: the main text pulled out of the page chrome by Readability over a linkedom DOM, with
// the page's own title, date, canonical URL and site name. The text, as extracted, is the original.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawArticle } from '../raw.ts';
import { IngestError } from '../decode.ts';

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TR',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'UL',
  'OL',
  'HEADER',
  'FOOTER',
  'FIGURE',
  'FIGCAPTION',
  'DD',
  'DT',
]);

/** The little of linkedom's DOM this reader uses (core type-checks without the DOM library). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  innerHTML: string;
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  body: DomElement | null;
}

const parse = (html: string) => (parseHTML(html) as unknown as { document: DomDocument }).document;

/** Text with one line per block element, so paragraphs stay paragraphs. */
function blockText(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? '').replace(/\s+/gu, ' '));
    return;
  }
  if (node.nodeName === 'BR') {
    out.push('\n');
    return;
  }
  if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') return;
  const block = BLOCK.has(node.nodeName);
  if (block) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i++) blockText(node.childNodes[i]!, out);
  if (block) out.push('\n');
}

function toText(html: string): string {
  const document = parse(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  if (document.body) blockText(document.body, out);
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

function meta(document: DomDocument, selectors: string[]): string | null {
  for (const s of selectors) {
    const el = document.querySelector(s);
    const v = el?.getAttribute('content') ?? el?.getAttribute('href') ?? el?.getAttribute('datetime');
    if (v?.trim()) return v.trim();
  }
  return null;
}

export function readHtml(fileName: string, html: string, encoding: string): RawArticle {
  const document = parse(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const published = meta(document, [
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="PubDate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'time[datetime]',
  ]);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const source = meta(document, [
    'meta[name="source"]',
    'meta[name="ContentSource"]',
    'meta[property="og:site_name"]',
  ]);
  const parsed = new Readability(document as never, { charThreshold: 100 }).parse();
  const text = parsed?.content ? toText(parsed.content) : toText(document.body?.innerHTML ?? '');
  if (!text.trim()) throw new IngestError('the page has no readable text');
  return {
    fileName,
    label: fileName,
    originalText: text,
    encoding,
    hints: {
      title: parsed?.title?.trim() || pageTitle,
      published: published ?? parsed?.publishedTime ?? null,
      source: source ?? parsed?.siteName ?? null,
      url,
    },
  };
}
