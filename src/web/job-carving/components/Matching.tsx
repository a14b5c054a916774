import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Designer, MatchAnswer } from '../../../modules/job-carving/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { candidatesQuery, jobCarvingCalls, matchesQuery, refreshJobCarving, vacanciesQuery } from '../api.ts';
import { CandidateDialog } from './CandidateDialog.tsx';
import { useVacancyStatus, VacancyBadge } from './CandidatesVacancies.tsx';
import { languageLabel } from './labels.ts';

type Item = MatchAnswer['items'][number];

/** People ranked for a proposal's new function, with the reason per criterion; the candidates of one's own. */
export function Matching({ orgId, designer }: { orgId: string; designer: Designer }) {
  const { t } = useTranslation();
  const [proposalId, setProposalId] = useState<string | null>(designer.proposals[0]?.id ?? null);
  const [adding, setAdding] = useState(false);
  const candidates = useQuery(candidatesQuery(orgId));
  const proposal = designer.proposals.find((p) => p.id === proposalId);
  return (
    <Stack gap="lg">
      <Group align="end">
        <Select
          label={t('jobCarving.match.proposal')}
          placeholder={t('jobCarving.match.choose')}
          data={designer.proposals.map((p) => ({ value: p.id, label: `${p.name} (${p.functionName})` }))}
          value={proposalId}
          onChange={setProposalId}
          allowDeselect={false}
          maw={400}
        />
        <Button variant="light" onClick={() => setAdding(true)}>
          {t('jobCarving.match.addCandidate')}
        </Button>
      </Group>
      {proposal && <ProposalVacancy orgId={orgId} proposal={proposal} />}
      {proposal && (
        <Ranking orgId={orgId} proposalId={proposal.id} functionName={proposal.functionName} designer={designer} />
      )}
      <Text size="sm" c="dimmed">
        {t('jobCarving.match.candidates')}: {candidates.data?.items.length ?? '…'}
      </Text>
      {adding && <CandidateDialog orgId={orgId} designer={designer} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

/**
 * The vacancy of the chosen proposal: open it (when the proposal has not become a vacancy or an agreement
 * yet), or see its state and fill, close or open it again, right beside the people ranked for it.
 */
function ProposalVacancy({ orgId, proposal }: { orgId: string; proposal: Designer['proposals'][number] }) {
  const { t } = useTranslation();
  const vacancies = useQuery(vacanciesQuery(orgId));
  const status = useVacancyStatus(orgId);
  const open = useMutation({
    mutationFn: () => jobCarvingCalls.toVacancy(orgId, proposal.id),
    onSuccess: () => refreshJobCarving(orgId),
  });
  if (!vacancies.data) return <QueryState error={vacancies.error} inline />;
  const vacancy = vacancies.data.items.find((v) => v.proposalId === proposal.id);
  return (
    <Stack gap={4} role="group" aria-label={t('jobCarving.vacancies.ofProposal')}>
      <Group gap="sm">
        <Text fw={500}>{t('jobCarving.vacancies.ofProposal')}:</Text>
        {vacancy ? (
          <>
            <VacancyBadge status={vacancy.status} />
            <Text size="sm">{t('jobCarving.vacancies.openedSince', { date: formatDate(vacancy.openedOn) })}</Text>
            {status.buttons(vacancy)}
          </>
        ) : proposal.realisedOn ? (
          <Text size="sm">{t('jobCarving.vacancies.viaAgreement')}</Text>
        ) : (
          <>
            <Text size="sm">{t('jobCarving.vacancies.none')}</Text>
            <Button size="compact-sm" variant="light" loading={open.isPending} onClick={() => open.mutate()}>
              {t('jobCarving.vacancies.open')}
            </Button>
          </>
        )}
      </Group>
      <ErrorAlert error={status.error ?? open.error} />
    </Stack>
  );
}

function Ranking(props: { orgId: string; proposalId: string; functionName: string; designer: Designer }) {
  const { t } = useTranslation();
  const matches = useQuery(matchesQuery(props.orgId, props.proposalId));
  if (!matches.data) return <QueryState error={matches.error} />;
  const competence = new Map(props.designer.competences.map((c) => [c.id, c.name]));
  const words = (criterion: string, items: string[]) =>
    items.map((x) =>
      criterion === 'competences'
        ? (competence.get(x) ?? x)
        : criterion === 'talents'
          ? t(`jobCarving.talent.${x}`)
          : criterion === 'language'
            ? languageLabel(t, x)
            : `${formatNumber(Number(x))} u`,
    );
  const why = (item: Item) =>
    item.criteria
      .map((c) => {
        const label = t(`jobCarving.match.criteria.${c.criterion}`);
        const state = !c.recorded
          ? t('jobCarving.match.notRecorded')
          : c.missing.length > 0
            ? t('jobCarving.match.missing', { items: words(c.criterion, c.missing).join(', ') })
            : t('jobCarving.match.ok');
        return `${label} ${Math.round(c.score * 100)}% (${state})`;
      })
      .join(' · ');
  const columns: Column<Item>[] = [
    { key: 'name', header: t('jobCarving.match.name'), value: (i) => i.name, rowHeader: true },
    { key: 'kind', header: t('jobCarving.match.kind'), value: (i) => t(`jobCarving.match.kinds.${i.kind}`) },
    { key: 'score', header: t('jobCarving.match.score'), value: (i) => i.score, format: 'integer' },
    { key: 'why', header: t('jobCarving.match.why'), value: (i) => why(i), sortable: false },
  ];
  return (
    <Section title={props.functionName}>
      <DataTable
        caption={t('jobCarving.match.caption', { function: props.functionName })}
        rows={matches.data.items}
        rowKey={(i) => `${i.kind}-${i.id}`}
        columns={columns}
        empty={t('jobCarving.match.empty')}
        initialSort={{ key: 'score', direction: 'descending' }}
      />
    </Section>
  );
}
