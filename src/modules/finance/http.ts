/** Request pieces shared by the finance routes (the generic ones live in server/http.ts). */
import { z } from 'zod';
import { year } from './schema.ts';

export const yearQuery = z.object({ year });
export const methodQuery = z.object({ year, method: z.enum(['stepdown', 'reciprocal']).default('stepdown') });
