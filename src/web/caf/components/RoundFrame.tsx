import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Action } from '../../../modules/orgs/policy.ts';
import { useOrg } from '../../components/context.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { CafFrame, type CafContext } from './CafFrame.tsx';
import { RoundState } from './RoundState.tsx';

/** Where a round page is: the organisation and the round of the URL (`:assessmentId`). */
export interface RoundAt {
  orgId: string;
  assessmentId: string;
}

/**
 * The frame of a page inside one round (scoring, consensus, results): loads the page's view of the
 * round of the URL, then shows CafFrame with the round's name as the crumb back to it.
 *
 *   <RoundFrame query={resultsQuery} heading={t('caf.results.heading')} needs={[…]}
 *     title={(name) => t('caf.results.title', { name })}>
 *     {(ctx, results) => <ResultsView ctx={ctx} r={results} />}
 *   </RoundFrame>
 */
export function RoundFrame<Data extends { assessment: { name: string } }, Key extends QueryKey>({
  query,
  heading,
  title,
  needs,
  actions,
  children,
}: {
  query: (orgId: string, assessmentId: string) => UseQueryOptions<Data, Error, Data, Key>;
  /** The heading kept while the view is refused because the round is not that far (409, see RoundState). */
  heading?: string;
  /** The page title, by the round's name. */
  title: (name: string) => string;
  needs: Action[];
  actions?: (data: Data, at: RoundAt) => ReactNode;
  children: (context: CafContext, data: Data) => ReactNode;
}) {
  const { membership } = useOrg();
  const { assessmentId = '' } = useParams();
  const at = { orgId: membership.orgId, assessmentId };
  const view = useQuery(query(at.orgId, assessmentId));
  if (!view.data)
    return heading ? <RoundState error={view.error} title={heading} /> : <QueryState error={view.error} />;
  const data = view.data;
  const name = data.assessment.name;
  return (
    <CafFrame
      title={title(name)}
      needs={needs}
      crumbs={[{ to: `/o/${at.orgId}/caf/${assessmentId}`, label: name }]}
      actions={actions?.(data, at)}
    >
      {(context) => children(context, data)}
    </CafFrame>
  );
}
