/** Request pieces shared by the finance routes (the generic ones live in server/http.ts). */
import { z } from 'zod';
import { costMethod, year } from './schema.ts';

export const yearQuery = z.object({ year });
export const methodQuery = z.object({ year, method: costMethod.default('stepdown') });
