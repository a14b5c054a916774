import { Alert, Badge, Box, Button, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HYBRIDISATIONS,
  PRINCIPLE_CHECKS,
  type PrincipleCheck,
  riskLevel,
  riskScore,
  SPHERES,
  STAGES,
} from '../../../modules/partnerships/logic/index.ts';
import type { AssessmentDetail, AssessmentInput } from '../../../modules/partnerships/schema.ts';
import { fieldErrors } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { Section } from '../../components/Section.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { partnershipCalls, refreshPartnerships } from '../api.ts';
import { LEVEL_COLOR } from './labels.ts';
import { RiskHeatMap } from './RiskHeatMap.tsx';

const SCALE = ['1', '2', '3', '4', '5'];
const SCORES = ['0', ...SCALE];
const num = (v: string | null) => (v ? Number(v) : null);
const str = (v: number | null) => (v === null ? null : String(v));

type Values = {
  partner: string;
  sphere: string;
  hybridisation: string;
  stage: string;
  purpose: string;
  risks: {
    risk: AssessmentDetail['risks'][number]['risk'];
    likelihood: string | null;
    impact: string | null;
    mitigation: string;
  }[];
  opportunities: {
    opportunity: AssessmentDetail['opportunities'][number]['opportunity'];
    score: string | null;
    note: string;
  }[];
  principles: { principle: AssessmentDetail['principles'][number]['principle']; check: string | null; note: string }[];
};

function valuesOf(a: AssessmentDetail): Values {
  return {
    partner: a.partner,
    sphere: a.sphere,
    hybridisation: a.hybridisation,
    stage: a.stage,
    purpose: a.purpose,
    risks: a.risks.map((r) => ({
      risk: r.risk,
      likelihood: str(r.likelihood),
      impact: str(r.impact),
      mitigation: r.mitigation,
    })),
    opportunities: a.opportunities.map((o) => ({ opportunity: o.opportunity, score: str(o.score), note: o.note })),
    principles: a.principles.map((p) => ({ principle: p.principle, check: p.check, note: p.note })),
  };
}

function inputOf(v: Values): AssessmentInput {
  return {
    partner: v.partner,
    sphere: v.sphere as AssessmentInput['sphere'],
    hybridisation: v.hybridisation as AssessmentInput['hybridisation'],
    stage: v.stage as AssessmentInput['stage'],
    purpose: v.purpose,
    risks: v.risks.map((r) => ({ ...r, likelihood: num(r.likelihood), impact: num(r.impact) })),
    opportunities: v.opportunities.map((o) => ({ ...o, score: num(o.score) })),
    principles: v.principles.map((p) => ({ ...p, check: p.check as PrincipleCheck | null })),
  };
}

/**
 * The assessment as one form: the partnership, the risks (with the heat map beside their table), the
 * opportunities and the nine IFSW principles; one save. Read-only without `partnerships.manage`.
 */
export function AssessmentForm({
  orgId,
  assessment,
  canEdit,
}: {
  orgId: string;
  assessment: AssessmentDetail;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useAppForm<Values>({
    initialValues: valuesOf(assessment),
    validate: { partner: (v) => required(t, v) },
  });
  const save = useMutation({
    mutationFn: (v: Values) => partnershipCalls.saveAssessment(orgId, assessment.id, inputOf(v)),
    onSuccess: async (detail) => {
      form.setValues(valuesOf(detail));
      form.resetDirty(valuesOf(detail));
      setSaved(
        detail.decision
          ? t('partnerships.detail.savedVersion', { version: detail.version })
          : t('partnerships.detail.saved'),
      );
      await refreshPartnerships(orgId);
    },
    onError: (error) => {
      setSaved(null);
      form.showServerErrors(fieldErrors(error));
    },
  });
  const v = form.getValues();
  const options = <K extends string>(keys: readonly K[], group: string) =>
    keys.map((k) => ({ value: k, label: t(`partnerships.${group}.${k}`) }));
  const scale = (values: string[]) => values.map((value) => ({ value, label: value }));
  const riskRows = v.risks.map((r, i) => ({
    ...r,
    i,
    score: riskScore({ likelihood: num(r.likelihood), impact: num(r.impact) }),
  }));
  const riskColumns: Column<(typeof riskRows)[number]>[] = [
    { key: 'n', header: '#', value: (r) => r.i + 1, render: (r) => `R${r.i + 1}` },
    {
      key: 'risk',
      header: t('partnerships.detail.risk'),
      value: (r) => t(`partnerships.risk.${r.risk}`),
      rowHeader: true,
    },
    {
      key: 'likelihood',
      header: t('partnerships.detail.likelihood'),
      value: (r) => num(r.likelihood),
      render: (r) => (
        <Select
          aria-label={t('partnerships.detail.likelihoodOf', { risk: t(`partnerships.risk.${r.risk}`) })}
          data={scale(SCALE)}
          w={76}
          disabled={!canEdit}
          {...form.getInputProps(`risks.${r.i}.likelihood`)}
        />
      ),
    },
    {
      key: 'impact',
      header: t('partnerships.detail.impact'),
      value: (r) => num(r.impact),
      render: (r) => (
        <Select
          aria-label={t('partnerships.detail.impactOf', { risk: t(`partnerships.risk.${r.risk}`) })}
          data={scale(SCALE)}
          w={76}
          disabled={!canEdit}
          {...form.getInputProps(`risks.${r.i}.impact`)}
        />
      ),
    },
    {
      key: 'score',
      header: t('partnerships.detail.score'),
      value: (r) => r.score,
      align: 'right',
      render: (r) => {
        const level = riskLevel(r.score);
        return level ? (
          <Badge color={LEVEL_COLOR[level]} variant="light" miw={104}>
            {r.score} · {t(`partnerships.level.${level}`)}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('partnerships.detail.notScored')}
          </Text>
        );
      },
    },
    {
      key: 'mitigation',
      header: t('partnerships.detail.mitigation'),
      value: (r) => r.mitigation,
      render: (r) => (
        <TextInput
          aria-label={t('partnerships.detail.mitigationOf', { risk: t(`partnerships.risk.${r.risk}`) })}
          disabled={!canEdit}
          miw={200}
          {...form.getInputProps(`risks.${r.i}.mitigation`)}
        />
      ),
    },
  ];
  const opportunityRows = v.opportunities.map((o, i) => ({ ...o, i }));
  const opportunityColumns: Column<(typeof opportunityRows)[number]>[] = [
    {
      key: 'opportunity',
      header: t('partnerships.detail.opportunity'),
      value: (o) => t(`partnerships.opportunity.${o.opportunity}`),
      rowHeader: true,
    },
    {
      key: 'score',
      header: t('partnerships.detail.score'),
      value: (o) => num(o.score),
      render: (o) => (
        <Select
          aria-label={t('partnerships.detail.scoreOf', { item: t(`partnerships.opportunity.${o.opportunity}`) })}
          data={scale(SCORES)}
          w={76}
          disabled={!canEdit}
          {...form.getInputProps(`opportunities.${o.i}.score`)}
        />
      ),
    },
    {
      key: 'note',
      header: t('partnerships.detail.note'),
      value: (o) => o.note,
      render: (o) => (
        <TextInput
          aria-label={t('partnerships.detail.noteOf', { item: t(`partnerships.opportunity.${o.opportunity}`) })}
          disabled={!canEdit}
          miw={240}
          {...form.getInputProps(`opportunities.${o.i}.note`)}
        />
      ),
    },
  ];
  const principleRows = v.principles.map((p, i) => ({ ...p, i }));
  const principleColumns: Column<(typeof principleRows)[number]>[] = [
    {
      key: 'principle',
      header: t('partnerships.detail.principle'),
      value: (p) => t(`partnerships.principle.${p.principle}`),
      rowHeader: true,
    },
    {
      key: 'check',
      header: t('partnerships.detail.check'),
      value: (p) => p.check,
      render: (p) => (
        <Select
          aria-label={t('partnerships.detail.checkOf', { item: t(`partnerships.principle.${p.principle}`) })}
          data={options(PRINCIPLE_CHECKS, 'check')}
          w={170}
          disabled={!canEdit}
          {...form.getInputProps(`principles.${p.i}.check`)}
        />
      ),
    },
    {
      key: 'note',
      header: t('partnerships.detail.note'),
      value: (p) => p.note,
      render: (p) => (
        <TextInput
          aria-label={t('partnerships.detail.noteOf', { item: t(`partnerships.principle.${p.principle}`) })}
          disabled={!canEdit}
          miw={240}
          {...form.getInputProps(`principles.${p.i}.note`)}
        />
      ),
    },
  ];
  const heat = v.risks.map((r) => ({ ...r, likelihood: num(r.likelihood), impact: num(r.impact) }));
  const saveBar = canEdit && (
    <Group justify="flex-end" gap="sm">
      {saved && !form.isDirty() && (
        <Text size="sm" c="teal.9" role="status">
          {saved}
        </Text>
      )}
      <Button type="submit" loading={save.isPending}>
        {t('partnerships.detail.save')}
      </Button>
    </Group>
  );
  return (
    <Form onSubmit={form.onSubmit((values) => save.mutate(values))} gap="lg">
      {assessment.decision && canEdit && <Alert color="blue">{t('partnerships.detail.versionNote')}</Alert>}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Section title={t('partnerships.detail.general')}>
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput
              label={t('partnerships.form.partner')}
              required
              disabled={!canEdit}
              {...form.getInputProps('partner')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Select
              label={t('partnerships.form.sphere')}
              data={options(SPHERES, 'sphere')}
              allowDeselect={false}
              disabled={!canEdit}
              {...form.getInputProps('sphere')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Select
              label={t('partnerships.form.hybridisation')}
              data={options(HYBRIDISATIONS, 'hybridisation')}
              allowDeselect={false}
              disabled={!canEdit}
              {...form.getInputProps('hybridisation')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Select
              label={t('partnerships.form.stage')}
              data={options(STAGES, 'stage')}
              allowDeselect={false}
              disabled={!canEdit}
              {...form.getInputProps('stage')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <GrowingTextarea
              label={t('partnerships.form.purpose')}
              disabled={!canEdit}
              {...form.getInputProps('purpose')}
            />
          </Grid.Col>
        </Grid>
      </Section>
      <Section title={t('partnerships.detail.risks')} intro={t('partnerships.detail.risksIntro')}>
        <Box maw={460}>
          <RiskHeatMap risks={heat} />
        </Box>
        <DataTable
          caption={t('partnerships.detail.risksCaption')}
          rows={riskRows}
          rowKey={(r) => r.risk}
          columns={riskColumns}
          minWidth={900}
        />
      </Section>
      <Section title={t('partnerships.detail.opportunities')} intro={t('partnerships.detail.opportunitiesIntro')}>
        <DataTable
          caption={t('partnerships.detail.opportunitiesCaption')}
          rows={opportunityRows}
          rowKey={(o) => o.opportunity}
          columns={opportunityColumns}
        />
      </Section>
      <Section title={t('partnerships.detail.principles')}>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('partnerships.detail.principlesIntro')}
          </Text>
          <DataTable
            caption={t('partnerships.detail.principlesCaption')}
            rows={principleRows}
            rowKey={(p) => p.principle}
            columns={principleColumns}
          />
        </Stack>
      </Section>
      {saveBar}
    </Form>
  );
}
