/**
 * The route table of the organisation's module pages, by path below /o/:orgId: App renders one route
 * per entry, and `preloadRoute` asks for a page's chunk and data as soon as its address is known — at
 * start-up before React renders, and at every navigation — in parallel with the session and the shell.
 */
import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { cafPages } from './caf/CafRoute.tsx';
import { clientsPages } from './clients/ClientsRoute.tsx';
import { competencesPages } from './competences/CompetencesRoute.tsx';
import { complaintsPages } from './complaints/ComplaintsRoute.tsx';
import { type LazyPage, type PageParams, preloadPage } from './components/lazyPages.tsx';
import { financePages } from './finance/FinanceRoute.tsx';
import { governancePages } from './governance/GovernanceRoute.tsx';
import { handbookPages } from './handbook/HandbookRoute.tsx';
import { jobCarvingPages } from './job-carving/JobCarvingRoute.tsx';
import { partnershipsPages } from './partnerships/PartnershipsRoute.tsx';
import { peoplePages } from './people/PeopleRoute.tsx';
import { performancePages } from './performance/PerformanceRoute.tsx';
import { socialEconomyPages } from './social-economy/SocialEconomyRoute.tsx';
import { strategyPages } from './strategy/StrategyRoute.tsx';
import { surveysPages } from './surveys/SurveysRoute.tsx';

export const ORG_PATH = '/o/:orgId';

export const modulePages: Record<string, LazyPage> = {
  ...financePages,
  ...clientsPages,
  ...performancePages,
  ...cafPages,
  ...surveysPages,
  ...complaintsPages,
  ...peoplePages,
  ...competencesPages,
  ...strategyPages,
  ...partnershipsPages,
  ...governancePages,
  ...handbookPages,
  ...socialEconomyPages,
  ...jobCarvingPages,
};

const table = [{ path: ORG_PATH, children: Object.keys(modulePages).map((path) => ({ path })) }];

/** The module page at `pathname` with its parameters, or null. */
export function modulePageAt(pathname: string): { page: LazyPage; params: PageParams } | null {
  const matches = matchRoutes(table, pathname);
  const last = matches?.at(-1);
  const page = last?.route.path === undefined ? undefined : modulePages[last.route.path];
  return last && page ? { page, params: last.params as PageParams } : null;
}

/** Asks for the chunk and the data of the module page at `pathname` (nothing for other pages); settles when they are in. */
export function preloadRoute(pathname: string, queryClient: QueryClient): Promise<unknown> {
  const found = modulePageAt(pathname);
  return found ? preloadPage(found.page, found.params, queryClient) : Promise.resolve();
}
