import { Anchor, Button, Checkbox, Group, Modal, Radio, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, fieldErrors } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { assessmentsQuery, assessorsQuery, cafBase, myAssessmentsQuery, refreshCaf } from '../api.ts';
import { CafFrame, StatusBadge, type CafContext } from '../components/CafFrame.tsx';
import type { AssessmentDetail, AssessmentSummary } from '../types.ts';
import { thisYear, today } from '../../../lib/calendar.ts';

function MyRounds({ orgId, href }: CafContext) {
  const { t } = useTranslation();
  const mine = useQuery(myAssessmentsQuery(orgId));
  if (!mine.data) return <QueryState error={mine.error} inline />;
  if (!mine.data.items.length) return <Text>{t('caf.list.noMine')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{t('caf.list.mineCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('caf.list.name')}</Table.Th>
            <Table.Th scope="col">{t('caf.list.status')}</Table.Th>
            <Table.Th scope="col">{t('caf.list.myProgress')}</Table.Th>
            <Table.Th scope="col">{t('caf.list.next')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mine.data.items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Th scope="row" fw={500}>
                {a.name}
              </Table.Th>
              <Table.Td>
                <StatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>
                {a.submittedAt
                  ? t('caf.list.submittedOn', { date: formatDate(a.submittedAt) })
                  : t('caf.score.progress', { scored: a.scored, total: a.total })}
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={href(
                    `${a.id}/${a.status === 'scoring' ? 'score' : a.status === 'consensus' ? 'consensus' : 'results'}`,
                  )}
                >
                  {t(
                    a.status === 'scoring'
                      ? a.submittedAt
                        ? 'caf.list.goMyScores'
                        : 'caf.list.goScore'
                      : a.status === 'consensus'
                        ? 'caf.list.goConsensus'
                        : 'caf.list.goResults',
                    { name: a.name },
                  )}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function AllRounds({ orgId, href, items }: CafContext & { items: AssessmentSummary[] }) {
  const { t } = useTranslation();
  if (!items.length) return <Text>{t('caf.list.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Caption>{t('caf.list.caption', { count: items.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('caf.list.name')}</Table.Th>
            <Table.Th scope="col">{t('caf.list.status')}</Table.Th>
            <Table.Th scope="col">{t('caf.list.scoring')}</Table.Th>
            <Table.Th scope="col">{t('caf.list.started')}</Table.Th>
            <Table.Th scope="col">{t('caf.list.finished')}</Table.Th>
            <Table.Th scope="col">{t('caf.list.submitted')}</Table.Th>
            <Table.Th scope="col">{t('caf.list.agreed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} data-org={orgId}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={href(a.id)}>
                  {a.name}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <StatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>{t(`caf.scoring.${a.scoring}`)}</Table.Td>
              <Table.Td>{formatDate(a.startedOn)}</Table.Td>
              <Table.Td>{a.finishedOn ? formatDate(a.finishedOn) : t('common.none')}</Table.Td>
              <Table.Td>{t('caf.list.ofAssessors', { submitted: a.submitted, total: a.assessors })}</Table.Td>
              <Table.Td>{t('caf.list.ofSubcriteria', { agreed: a.agreed, total: a.total })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NewRoundDialog({
  orgId,
  href,
  opened,
  onClose,
  finished,
}: CafContext & { opened: boolean; onClose: () => void; finished: AssessmentSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const year = thisYear();
  const [name, setName] = useState(`${t('caf.title')} ${year}`);
  const [scoring, setScoring] = useState<'classical' | 'finetuned'>('classical');
  const [startedOn, setStartedOn] = useState(today);
  const [assessors, setAssessors] = useState<string[]>([]);
  const [previousId, setPreviousId] = useState<string | null>(finished[0]?.id ?? null);
  const people = useQuery({ ...assessorsQuery(orgId), enabled: opened });
  const create = useMutation({
    mutationFn: () =>
      api<AssessmentDetail>('POST', `${cafBase(orgId)}/assessments`, {
        name,
        scoring,
        startedOn,
        assessors,
        previousId,
      }),
    onSuccess: async (a) => {
      await refreshCaf(orgId);
      onClose();
      void navigate(href(a.id));
    },
  });
  const errors = fieldErrors(create.error);
  const assessorError =
    errors.assessors ??
    (Object.entries(errors)
      .filter(([k]) => k.startsWith('assessors.'))
      .map(([, v]) => v)
      .join('; ') ||
      undefined);
  return (
    <Modal opened={opened} onClose={onClose} title={t('caf.list.new')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('caf.new.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={errors.name}
            data-autofocus
          />
          <Radio.Group
            label={t('caf.new.scoring')}
            value={scoring}
            onChange={(v) => setScoring(v as 'classical' | 'finetuned')}
          >
            <Stack gap={6} mt={6}>
              <Radio value="classical" label={t('caf.scoring.classical')} description={t('caf.new.classicalHelp')} />
              <Radio value="finetuned" label={t('caf.scoring.finetuned')} description={t('caf.new.finetunedHelp')} />
            </Stack>
          </Radio.Group>
          <TextInput
            type="date"
            label={t('caf.new.startedOn')}
            value={startedOn}
            onChange={(e) => setStartedOn(e.currentTarget.value)}
            required
            error={errors.startedOn}
            w={220}
          />
          <Checkbox.Group
            label={t('caf.new.assessors')}
            description={t('caf.new.assessorsHelp')}
            value={assessors}
            onChange={setAssessors}
            error={assessorError}
          >
            <Stack gap={6} mt={6}>
              {people.data?.items.map((p) => (
                <Checkbox
                  key={p.userId}
                  value={p.userId}
                  label={`${p.name} (${t(`roles.${p.role}`, { defaultValue: p.role })})`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Select
            label={t('caf.new.previous')}
            description={t('caf.new.previousHelp')}
            clearable
            value={previousId}
            onChange={setPreviousId}
            data={finished.map((a) => ({ value: a.id, label: a.name }))}
            error={errors.previousId}
          />
          <ErrorAlert error={create.error} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!assessors.length}>
              {t('caf.new.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Rounds(ctx: CafContext) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const all = useQuery({ ...assessmentsQuery(ctx.orgId), enabled: ctx.can('performance.read') });
  return (
    <Stack gap="lg">
      {ctx.can('caf.score') && (
        <Section title={t('caf.list.mine')}>
          <MyRounds {...ctx} />
        </Section>
      )}
      {ctx.can('performance.read') && (
        <Section
          title={t('caf.list.all')}
          actions={
            ctx.can('performance.manage') && <Button onClick={() => setOpened(true)}>{t('caf.list.new')}</Button>
          }
        >
          {all.data ? <AllRounds {...ctx} items={all.data.items} /> : <QueryState error={all.error} inline />}
        </Section>
      )}
      {opened && all.data && (
        <NewRoundDialog
          {...ctx}
          opened={opened}
          onClose={() => setOpened(false)}
          finished={all.data.items.filter((a) => a.status === 'finished')}
        />
      )}
      <Text size="sm" c="dimmed">
        {t('caf.list.about')}
      </Text>
    </Stack>
  );
}

/** /o/:orgId/caf — my scoring rounds and every round of the organisation. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  return (
    <CafFrame title={t('caf.title')} needs={['performance.read', 'caf.score']} crumbs={null}>
      {(ctx) => <Rounds {...ctx} />}
    </CafFrame>
  );
}
