// How any part of the workbench tells the analyst what happened: one error banner, one
// transient notice, one import summary. Features report here instead of keeping their own.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ImportSummary } from '../../shared/domain.ts';
import { AppError, type ErrorData } from '../../shared/errors.ts';

export interface Feedback {
  showError: (error: unknown) => void;
  showNotice: (text: string) => void;
  showImport: (summary: ImportSummary) => void;
}

export interface FeedbackState {
  error: ErrorData | null;
  notice: string | null;
  importSummary: ImportSummary | null;
  clearError: () => void;
  clearNotice: () => void;
  clearImport: () => void;
}

const FeedbackContext = createContext<Feedback | null>(null);

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof AppError) return error.toData();
  if (error instanceof Error) return { code: 'internal', message: error.message };
  return { code: 'internal', message: String(error) };
}

/** Owns the state; App renders it and hands the reporting half to the tree below. */
export function useFeedbackState(): [Feedback, FeedbackState] {
  const [error, setError] = useState<ErrorData | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [importSummary, setImportSummary] = useState<ImportSummary | null>(null);

  const showError = useCallback((e: unknown) => {
    console.error(e);
    setError(toErrorData(e));
  }, []);
  const feedback = useMemo<Feedback>(
    () => ({ showError, showNotice: setNotice, showImport: setImportSummary }),
    [showError],
  );
  const clearError = useCallback(() => setError(null), []);
  const clearNotice = useCallback(() => setNotice(null), []);
  const clearImport = useCallback(() => setImportSummary(null), []);
  const state: FeedbackState = { error, notice, importSummary, clearError, clearNotice, clearImport };
  return [feedback, state];
}

export function FeedbackProvider({ value, children }: { value: Feedback; children: ReactNode }) {
  return <FeedbackContext value={value}>{children}</FeedbackContext>;
}

export function useFeedback(): Feedback {
  const ctx = useContext(FeedbackContext);
  if (!ctx) throw new Error('useFeedback outside <FeedbackProvider>');
  return ctx;
}
