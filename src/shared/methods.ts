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
  'startExport',
  'fetchReport',
  'listReportPresets',
  'saveReportPreset',
  'deleteReportPreset',
  'compareReport',
  'applyReportEdits',
  'getJob',
  'cancelJob',
  'listJobs',
  'addIndicator',
  'reanchorIndicator',
  'updateIndicators',
  'acceptHighConfidence',
  'replaceInNames',
  'undo',
  'redo',
  'getUndoState',
  'revertChange',
  'listHistory',
  'getReviewProgress',
  'getSettings',
  'updateSettings',
  'getGridState',
  'saveGridState',
  'startImport',
  'importText',
  'listSimilarArticles',
  'listSources',
  'previewReextract',
  'applyReextract',
  'listLexicon',
  'saveLexiconEntry',
  'deleteLexiconEntry',
  'findNextPending',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}
