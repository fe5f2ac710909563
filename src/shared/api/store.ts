// Store slice: what the store is and holds.
import { z } from 'zod';
import type { StoreInfo } from '../domain.ts';
import type { InputOf } from './common.ts';

export const storeSchemas = {
  getStoreInfo: z.strictObject({}),
};
type In<K extends keyof typeof storeSchemas> = InputOf<typeof storeSchemas, K>;

export interface StoreApi {
  getStoreInfo(input: In<'getStoreInfo'>): Promise<StoreInfo>;
}
