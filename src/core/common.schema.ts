import { z } from 'zod';

/** An ISO 8601 instant; stored and returned in UTC (`2026-11-24T09:30:00.000Z`). */
export const isoDateTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

export const idSchema = z.string().min(1).max(64);

/** A short single-line text such as a name or a company. */
export const shortText = (max = 200) => z.string().trim().min(1).max(max);

/** Optional free text; an empty string is stored as null. */
export const optionalText = (max = 20_000) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((value) => (value === undefined || value === null || value.trim() === '' ? null : value));

export const rating = z.number().int().min(1).max(5);

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListQuery = z.infer<typeof listQuery>;

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
