import { Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AgreementDetail } from '../../../modules/social-economy/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useRemoval } from '../../components/useRemoval.tsx';
import { formatDate, formatMoneyCents, formatNumber } from '../../format.ts';
import { agreementQuery, partnersQuery, refreshSe, seRemove } from '../api.ts';
import { AgreementDialog, AmendmentDialog } from '../components/dialogs.tsx';
import { Facts } from '../components/Facts.tsx';
import { SeFrame } from '../components/SeFrame.tsx';
import { scopeText } from '../components/tables.tsx';

/** `/o/:orgId/social-economy/agreements/:agreementId`: one cooperation agreement with its amendments. */
export function AgreementPage() {
  const { t } = useTranslation();
  const { agreementId = '' } = useParams();
  return (
    <SeFrame title={t('se.agreements.one')} crumbs={[]}>
      {({ orgId, can }) => (
        <Agreement orgId={orgId} agreementId={agreementId} canManage={can('socialeconomy.manage')} />
      )}
    </SeFrame>
  );
}

function Agreement({ orgId, agreementId, canManage }: { orgId: string; agreementId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const agreement = useQuery(agreementQuery(orgId, agreementId));
  const partners = useQuery({ ...partnersQuery(orgId), enabled: canManage });
  const [dialog, setDialog] = useState<'edit' | 'amend' | null>(null);
  const removeAmendment = useRemoval<AgreementDetail['amendments'][number]>({
    name: (x) => t('se.amendments.nameOf', { date: formatDate(x.effectiveOn) }),
    question: (name) => t('se.amendments.removeConfirm', { name }),
    remove: async (x) => {
      await seRemove.amendment(orgId, agreementId, x.id);
      await refreshSe(orgId);
    },
  });
  if (!agreement.data) return <QueryState error={agreement.error} />;
  const a = agreement.data;
  const price = t(`se.priceValue.${a.priceUnit}`, { value: formatMoneyCents(a.priceCents) });
  const columns: Column<AgreementDetail['amendments'][number]>[] = [
    { key: 'on', header: t('se.amendments.effectiveOn'), value: (x) => x.effectiveOn, format: 'date', rowHeader: true },
    { key: 'description', header: t('se.amendments.description'), value: (x) => x.description },
    { key: 'scope', header: t('se.amendments.scopeAmount'), value: (x) => x.scopeAmount, format: 'number' },
    { key: 'price', header: t('se.amendments.price'), value: (x) => x.priceCents, format: 'moneyCents' },
    { key: 'end', header: t('se.amendments.endOn'), value: (x) => x.endOn, format: 'date' },
    ...(canManage ? [removeAmendment.column] : []),
  ];
  return (
    <Stack gap="lg">
      <Section
        title={a.title}
        actions={
          canManage &&
          partners.data && (
            <Button variant="default" onClick={() => setDialog('edit')}>
              {t('se.edit')}
            </Button>
          )
        }
      >
        <Facts
          items={[
            [t('se.agreements.partner'), a.partnerName],
            [t('se.agreements.scope'), scopeText(t, a)],
            [t('se.agreements.priceField'), price],
            [t('se.agreements.startOn'), formatDate(a.startOn)],
            [t('se.agreements.endOn'), a.effectiveEndOn && formatDate(a.effectiveEndOn)],
            [t('se.agreements.evaluationOn'), a.evaluationOn && formatDate(a.evaluationOn)],
            [t('se.agreements.coachingHours'), formatNumber(a.coachingHoursPerMonth)],
            [t('se.agreements.trainingHours'), formatNumber(a.trainingHoursPerYear)],
            [t('se.agreements.coach'), a.coach],
            [t('se.agreements.costCentre'), a.costCentre],
            [t('se.agreements.yearCostOf', { year: a.year }), canManage ? formatMoneyCents(a.yearCostCents) : null],
            [t('se.agreements.workers'), a.workers],
            [t('se.agreements.content'), a.content],
            [t('se.agreements.tasks'), a.tasks],
            [t('se.agreements.conditions'), a.conditions],
          ]}
        />
      </Section>
      <Section
        title={t('se.amendments.title')}
        actions={canManage && <Button onClick={() => setDialog('amend')}>{t('se.amendments.add')}</Button>}
      >
        <DataTable
          caption={t('se.amendments.caption')}
          rows={a.amendments}
          rowKey={(x) => x.id}
          columns={columns}
          empty={t('se.amendments.empty')}
        />
      </Section>
      {removeAmendment.dialog}
      {dialog === 'edit' && partners.data && (
        <AgreementDialog orgId={orgId} onClose={() => setDialog(null)} partners={partners.data.items} agreement={a} />
      )}
      {dialog === 'amend' && (
        <AmendmentDialog orgId={orgId} onClose={() => setDialog(null)} agreementId={agreementId} />
      )}
    </Stack>
  );
}
