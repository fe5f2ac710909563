// Settings slice: the reviewer's name (stored with every change) and each reviewer's grid layout.
import { z } from 'zod';
import type { ReviewSettings } from '../domain.ts';
import { text, type InputOf } from './common.ts';

const view = z.enum(['article', 'corpus']);

export const settingsSchemas = {
  getSettings: z.strictObject({}),
  updateSettings: z.strictObject({ reviewer: text(80).trim().min(1) }),
  getGridState: z.strictObject({ view }),
  /** The grid's column layout, sort and filters, as AG Grid reports them (opaque to the store). */
  saveGridState: z.strictObject({
    view,
    state: z.record(z.string(), z.unknown()).refine((s) => JSON.stringify(s).length < 200_000, 'too large'),
  }),
};
type In<K extends keyof typeof settingsSchemas> = InputOf<typeof settingsSchemas, K>;

export interface SettingsApi {
  getSettings(input: In<'getSettings'>): Promise<ReviewSettings>;
  updateSettings(input: In<'updateSettings'>): Promise<ReviewSettings>;
  getGridState(input: In<'getGridState'>): Promise<Record<string, unknown> | null>;
  saveGridState(input: In<'saveGridState'>): Promise<void>;
}
