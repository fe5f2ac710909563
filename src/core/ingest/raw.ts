// What a format reader hands on: an article's original text and whatever metadata its container
// states (an HTML title, a row's date column), before cleaning and extraction.

export interface MetadataHints {
  title?: string | null;
  published?: string | null;
  source?: string | null;
  url?: string | null;
}

export interface RawArticle {
  fileName: string;
  /** Names the article in the summary: the file, or the file and row. */
  label: string;
  originalText: string;
  encoding: string;
  hints: MetadataHints;
}
