import { Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PartnerDetail } from '../../../modules/social-economy/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useRemoval } from '../../components/useRemoval.tsx';
import {
  agreementsQuery,
  partnerMembersQuery,
  partnerQuery,
  partnersQuery,
  refreshSe,
  seRemove,
  workersQuery,
} from '../api.ts';
import { AgreementDialog, CoachDialog, ContactDialog, PartnerDialog, WorkerDialog } from '../components/dialogs.tsx';
import { Facts } from '../components/Facts.tsx';
import { SeFrame } from '../components/SeFrame.tsx';
import { AgreementsTable, WorkersTable } from '../components/tables.tsx';

type Dialog = 'edit' | 'contact' | 'coach' | 'agreement' | 'worker' | null;

/** `/o/:orgId/social-economy/partners/:partnerId`: one partner enterprise, its contacts, coaches, agreements and workers. */
export function PartnerPage() {
  const { t } = useTranslation();
  const { partnerId = '' } = useParams();
  return (
    <SeFrame title={t('se.partners.one')} crumbs={[]}>
      {({ orgId, href, can }) => (
        <Partner orgId={orgId} partnerId={partnerId} href={href} canManage={can('socialeconomy.manage')} />
      )}
    </SeFrame>
  );
}

function Partner({
  orgId,
  partnerId,
  href,
  canManage,
}: {
  orgId: string;
  partnerId: string;
  href: (path: string) => string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const partner = useQuery(partnerQuery(orgId, partnerId));
  const partners = useQuery(partnersQuery(orgId));
  const agreements = useQuery(agreementsQuery(orgId));
  const workers = useQuery(workersQuery(orgId));
  const members = useQuery({ ...partnerMembersQuery(orgId), enabled: canManage });
  const [dialog, setDialog] = useState<Dialog>(null);
  const removeContact = useRemoval<PartnerDetail['contacts'][number]>({
    name: (c) => c.name,
    question: (name) => t('se.contacts.removeConfirm', { name }),
    remove: async (c) => {
      await seRemove.contact(orgId, partnerId, c.id);
      await refreshSe(orgId);
    },
  });
  if (!partner.data || !partners.data || !agreements.data || !workers.data)
    return <QueryState error={partner.error ?? partners.error ?? agreements.error ?? workers.error} />;
  const p = partner.data;
  const close = () => setDialog(null);
  const contactColumns: Column<PartnerDetail['contacts'][number]>[] = [
    { key: 'name', header: t('se.contacts.name'), value: (c) => c.name, rowHeader: true },
    { key: 'function', header: t('se.contacts.function'), value: (c) => c.function || null },
    { key: 'email', header: t('se.contacts.email'), value: (c) => c.email || null },
    { key: 'phone', header: t('se.contacts.phone'), value: (c) => c.phone || null },
    ...(canManage ? [removeContact.column] : []),
  ];
  const coachColumns: Column<PartnerDetail['coaches'][number]>[] = [
    { key: 'name', header: t('se.contacts.name'), value: (c) => c.name, rowHeader: true },
    { key: 'email', header: t('se.contacts.email'), value: (c) => c.email },
  ];
  const add = (label: string, d: Dialog) => canManage && <Button onClick={() => setDialog(d)}>{label}</Button>;
  const unlinked = (members.data?.items ?? []).filter((m) => m.partnerId !== partnerId);
  return (
    <Stack gap="lg">
      <Section
        title={p.name}
        actions={
          canManage && (
            <Button variant="default" onClick={() => setDialog('edit')}>
              {t('se.edit')}
            </Button>
          )
        }
      >
        <Facts
          items={[
            [t('se.partners.kind'), t(`se.kind.${p.kind}`)],
            [t('se.partners.kbo'), p.kbo],
            [t('se.partners.address'), p.address],
            [t('se.partners.notes'), p.notes],
          ]}
        />
      </Section>
      <Section title={t('se.contacts.title')} actions={add(t('se.contacts.add'), 'contact')}>
        <DataTable
          caption={t('se.contacts.caption')}
          rows={p.contacts}
          rowKey={(c) => c.id}
          columns={contactColumns}
          empty={t('se.contacts.empty')}
        />
      </Section>
      <Section title={t('se.coaches.title')} actions={add(t('se.coaches.link'), 'coach')}>
        <DataTable
          caption={t('se.coaches.caption')}
          rows={p.coaches}
          rowKey={(c) => c.userId}
          columns={coachColumns}
          empty={t('se.coaches.empty')}
        />
      </Section>
      <Section title={t('se.agreements.title')} actions={add(t('se.agreements.add'), 'agreement')}>
        <AgreementsTable
          rows={agreements.data.items.filter((a) => a.partnerId === partnerId)}
          href={href}
          showCost={canManage}
        />
      </Section>
      <Section title={t('se.workers.title')} actions={add(t('se.workers.add'), 'worker')}>
        <WorkersTable rows={workers.data.items.filter((w) => w.partnerId === partnerId)} href={href} />
      </Section>
      {removeContact.dialog}
      {dialog === 'edit' && <PartnerDialog orgId={orgId} onClose={close} partner={p} />}
      {dialog === 'contact' && <ContactDialog orgId={orgId} onClose={close} partnerId={partnerId} />}
      {dialog === 'coach' && <CoachDialog orgId={orgId} onClose={close} partnerId={partnerId} members={unlinked} />}
      {dialog === 'agreement' && (
        <AgreementDialog orgId={orgId} onClose={close} partners={partners.data.items} partnerId={partnerId} />
      )}
      {dialog === 'worker' && (
        <WorkerDialog
          orgId={orgId}
          onClose={close}
          partners={partners.data.items}
          agreements={agreements.data.items}
          partnerId={partnerId}
        />
      )}
    </Stack>
  );
}
