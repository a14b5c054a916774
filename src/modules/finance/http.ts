/** Request pieces shared by the finance routes. */
import { z } from 'zod';
import { AppError } from '../../server/errors.ts';
import { year } from './schema.ts';

export const orgParams = z.object({ orgId: z.uuid() });
export const yearQuery = z.object({ year });
export const methodQuery = z.object({ year, method: z.enum(['stepdown', 'reciprocal']).default('stepdown') });

/** Multipart form with a file; JSON fields travel as text and are parsed with `jsonField`. */
export const uploadForm = z.object({ file: z.any() });

/** The OpenAPI body of a multipart upload. */
export function formBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'multipart/form-data': { schema } }, required: true } } as const;
}

/** Parses a JSON text field of a multipart form against `schema`, naming the field when it is wrong. */
export function jsonField<T>(value: unknown, name: string, schema: z.ZodType<T>, fallback: T): T {
  if (value === undefined || value === '') return fallback;
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(value));
  } catch {
    throw new AppError('validation', { nl: `Veld ${name} is geen geldige JSON.`, en: `Field ${name} is not valid JSON.` }, { fields: [{ path: name, message: 'JSON' }] });
  }
  const r = schema.safeParse(parsed);
  if (!r.success) throw new AppError('validation', { nl: `Veld ${name} klopt niet.`, en: `Field ${name} is not valid.` }, { fields: [{ path: name, message: r.error.issues[0]?.message ?? '' }] });
  return r.data;
}

/** A file answer with a download name. */
export function download(body: BodyInit, type: string, fileName: string): Response {
  return new Response(body, { headers: { 'content-type': type, 'content-disposition': `attachment; filename="${fileName}"` } });
}
