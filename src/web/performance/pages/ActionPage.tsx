import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Timeline, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDialogProps } from '../../components/dialogProps.ts';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { Form } from '../../components/Form.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { ActionDialog } from '../components/ActionDialog.tsx';
import { DueDate, kpiName, StatusBadge } from '../components/ActionBits.tsx';
import {
  ACTION_STATUSES,
  actionQuery,
  planCalls,
  refreshPerformance,
  type ActionDetail,
  type ActionStatus,
} from '../plan-api.ts';

/** One improvement action: its PDCA step, links, and the progress notes that move it round the cycle. */
export function ActionPage() {
  const { t } = useTranslation();
  const { orgId = '', actionId = '' } = useParams();
  const action = useQuery(actionQuery(orgId, actionId));
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  if (!action.data) return <QueryState error={action.error} />;
  const a = action.data;
  return (
    <PageFrame
      title={a.title}
      needs={['performance.read']}
      crumbs={[{ to: `/o/${orgId}/actions`, label: t('plan.actions.title') }]}
      actions={({ can }) =>
        can('performance.manage') && (
          <>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('plan.actions.edit')}
            </Button>
            <Button variant="subtle" color="red" onClick={() => setRemoving(true)}>
              {t('plan.actions.remove')}
            </Button>
          </>
        )
      }
    >
      {({ can, href }) => (
        <>
          <Cycle status={a.status} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Section title={t('plan.actions.fields.description')}>
              {a.description ? (
                <Text style={{ whiteSpace: 'pre-wrap' }}>{a.description}</Text>
              ) : (
                <Text c="dimmed">—</Text>
              )}
              <Stack gap={4} component="dl" m={0}>
                <Fact label={t('plan.actions.fields.owner')}>{a.owner?.name ?? t('plan.actions.noOwner')}</Fact>
                <Fact label={t('plan.actions.fields.dueDate')}>
                  <DueDate action={a} />
                </Fact>
                <Fact label={t('plan.actions.fields.kpis')}>
                  {a.kpis.length
                    ? a.kpis.map((k) => (
                        <div key={k.id}>
                          <Anchor component={Link} to={href(`kpis/${k.id}`)}>
                            {k.code} · {kpiName(k)}
                          </Anchor>
                        </div>
                      ))
                    : '—'}
                </Fact>
                <Fact label={t('plan.actions.fields.caf')}>
                  {a.caf.length
                    ? a.caf.map((c) => (
                        <div key={c.subcriterion}>
                          {c.assessmentId ? (
                            <Anchor component={Link} to={href(`caf/${c.assessmentId}`)}>
                              {c.subcriterion}
                            </Anchor>
                          ) : (
                            c.subcriterion
                          )}
                        </div>
                      ))
                    : '—'}
                </Fact>
              </Stack>
              <Text size="sm" c="dimmed">
                {t('plan.actions.createdOn', { date: formatDate(a.createdAt) })}
                {a.doneAt && ` · ${t('plan.actions.doneOn', { date: formatDate(a.doneAt) })}`}
              </Text>
            </Section>
            <Section title={t('plan.actions.progress')}>
              {can('performance.manage') && <ProgressForm orgId={orgId} action={a} />}
              {a.progress.length === 0 ? (
                <Text c="dimmed">{t('plan.actions.noNotes')}</Text>
              ) : (
                <Timeline bulletSize={18} lineWidth={2}>
                  {a.progress.map((n) => (
                    <Timeline.Item
                      key={n.id}
                      title={
                        <Group gap="xs">
                          <StatusBadge status={n.status} />
                          <Text size="sm" c="dimmed">
                            {formatDateTime(n.at)}
                            {n.author && ` · ${n.author}`}
                          </Text>
                        </Group>
                      }
                    >
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {n.body}
                      </Text>
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
            </Section>
          </SimpleGrid>
          <ActionDialog orgId={orgId} opened={editing} onClose={() => setEditing(false)} action={a} />
          <RemoveDialog orgId={orgId} action={a} opened={removing} onClose={() => setRemoving(false)} />
        </>
      )}
    </PageFrame>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={700}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </div>
  );
}

/** The four steps of the cycle (and done), the current one marked in words and colour. */
function Cycle({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" bg="white" component="section" aria-label={t('plan.actions.cycle')}>
      <Group gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {ACTION_STATUSES.map((s, i) => (
          <Group key={s} gap="xs" component="li" aria-current={s === status ? 'step' : undefined}>
            {i > 0 && (
              <Text c="dimmed" aria-hidden>
                →
              </Text>
            )}
            <Paper
              px="sm"
              py={4}
              radius="sm"
              bg={s === status ? 'blue.9' : 'gray.1'}
              c={s === status ? 'white' : undefined}
            >
              <Text size="sm" fw={s === status ? 700 : 400}>
                {t(`plan.statuses.${s}`)}
                {s === status && <VisuallyHidden component="span"> ({t('plan.actions.currentStep')})</VisuallyHidden>}
              </Text>
            </Paper>
          </Group>
        ))}
      </Group>
      <Text size="sm" mt="xs">
        {t(`plan.statusHelp.${status}`)}
      </Text>
    </Paper>
  );
}

function ProgressForm({ orgId, action }: { orgId: string; action: ActionDetail }) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: { body: '', status: action.status as ActionStatus } });
  const add = useMutation({
    mutationFn: (values: typeof form.values) => planCalls.addProgress(orgId, action.id, values),
    onSuccess: async () => {
      form.setFieldValue('body', '');
      await refreshPerformance(orgId);
    },
  });
  return (
    <Form onSubmit={form.onSubmit((values) => add.mutate(values))} gap="xs">
      <GrowingTextarea label={t('plan.actions.progressNote')} {...form.getInputProps('body')} required />
      <Group align="end">
        <Select
          label={t('plan.actions.nextStatus')}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.statuses.${s}`) }))}
          {...form.getInputProps('status')}
          allowDeselect={false}
          w={180}
        />
        <Button type="submit" loading={add.isPending} disabled={!form.values.body.trim()}>
          {t('plan.actions.addNote')}
        </Button>
      </Group>
      <ErrorAlert error={add.error} />
    </Form>
  );
}

function RemoveDialog({ orgId, action, opened, onClose }: OrgDialogProps & { action: ActionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ConfirmDialog
      opened={opened}
      title={t('plan.actions.remove')}
      text={t('plan.actions.removeConfirm', { title: action.title })}
      confirm={t('plan.actions.removeButton')}
      onClose={onClose}
      onConfirm={async () => {
        await planCalls.deleteAction(orgId, action.id);
        navigate(`/o/${orgId}/actions`);
        await refreshPerformance(orgId);
      }}
    />
  );
}
