// The list of AppApi method names, with no runtime dependencies, so the sandboxed preload
// can build window.api from it without bundling the validation schemas.

export const API_METHODS = [
  'getStoreInfo',
  'listArticles',
  'getArticle',
  'importFiles',
  'importDemo',
  'listIndicators',
  'updateIndicator',
  'listChanges',
  'exportReport',
  'getJob',
  'cancelJob',
  'listJobs',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}
