/**
 * The starter set: KPIs typical of a Flemish care organisation (VAPH, GGZ, youth care), computed
 * where Stuurboord holds the data (finance, clients, surveys, actions, CAF) and entered otherwise.
 * An organisation adds the set with one click; codes it already has are left alone.
 */
import { CLIENTS } from './starter-clients.ts';
import { FINANCE } from './starter-finance.ts';
import type { StarterKpi } from './starter-kit.ts';
import { PROCESSES } from './starter-processes.ts';

export type { Mape, StarterKpi } from './starter-kit.ts';

export const STARTER_SET: readonly StarterKpi[] = [...CLIENTS, ...FINANCE, ...PROCESSES];
