import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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

/** What the body of a round page gets: the page context and the page's view of the round. */
export interface RoundBodyProps<Data> {
  ctx: CafContext;
  data: Data;
}

/**
 * The frame of a page inside one round (scoring, consensus, results): loads the page's view of the
 * round of the URL, then shows CafFrame with the round's name as the crumb back to it.
 *
 *   <RoundFrame query={resultsQuery} heading="caf.results.heading" title="caf.results.title" needs={[…]}
 *     body={ResultsView} />
 */
export function RoundFrame<Data extends { assessment: { name: string } }, Key extends QueryKey>({
  query,
  heading,
  title,
  needs,
  actions,
  body: Body,
}: {
  query: (orgId: string, assessmentId: string) => UseQueryOptions<Data, Error, Data, Key>;
  /** The message key of the heading kept while the round is not that far yet (409, see RoundState). */
  heading?: string;
  /** The message key of the page title, with the round's `{{name}}`. */
  title: string;
  needs: Action[];
  actions?: (data: Data, at: RoundAt) => ReactNode;
  body: ComponentType<RoundBodyProps<Data>>;
}) {
  const { t } = useTranslation();
  const { membership } = useOrg();
  const { assessmentId = '' } = useParams();
  const at = { orgId: membership.orgId, assessmentId };
  const view = useQuery(query(at.orgId, assessmentId));
  if (!view.data)
    return heading ? <RoundState error={view.error} title={t(heading)} /> : <QueryState error={view.error} />;
  const data = view.data;
  const name = data.assessment.name;
  return (
    <CafFrame
      title={t(title, { name })}
      needs={needs}
      crumbs={[{ to: `/o/${at.orgId}/caf/${assessmentId}`, label: name }]}
      actions={actions?.(data, at)}
    >
      {(ctx) => <Body ctx={ctx} data={data} />}
    </CafFrame>
  );
}
