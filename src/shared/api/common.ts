// zod building blocks shared by the API slices.
import { z } from 'zod';

export const id = z.number().int().positive();
export const text = (max: number) => z.string().max(max);
export const range = z.tuple([z.number().finite(), z.number().finite()]);

/** The input type of one method of a slice's schema table. */
export type InputOf<S extends Record<string, z.ZodType>, K extends keyof S> = z.input<S[K]>;
