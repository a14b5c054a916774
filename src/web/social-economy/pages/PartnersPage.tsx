import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../modules/social-economy/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { partnersQuery } from '../api.ts';
import { PartnerDialog } from '../components/dialogs.tsx';
import { SeFrame } from '../components/SeFrame.tsx';

/** `/o/:orgId/social-economy/partners`: the partner enterprises. */
export function PartnersPage() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <SeFrame
      title={t('se.partners.title')}
      crumbs={[]}
      actions={({ can }) =>
        can('socialeconomy.manage') && <Button onClick={() => setAdding(true)}>{t('se.partners.add')}</Button>
      }
    >
      {({ orgId, href }) => (
        <>
          <Partners orgId={orgId} href={href} />
          {adding && <PartnerDialog orgId={orgId} onClose={() => setAdding(false)} />}
        </>
      )}
    </SeFrame>
  );
}

function Partners({ orgId, href }: { orgId: string; href: (path: string) => string }) {
  const { t } = useTranslation();
  const partners = useQuery(partnersQuery(orgId));
  if (!partners.data) return <QueryState error={partners.error} />;
  const columns: Column<Partner>[] = [
    linkColumn<Partner>({
      key: 'name',
      header: t('se.partners.name'),
      text: (p) => p.name,
      to: (p) => href(`social-economy/partners/${p.id}`),
    }),
    { key: 'kind', header: t('se.partners.kind'), value: (p) => t(`se.kind.${p.kind}`) },
    { key: 'agreements', header: t('se.partners.agreements'), value: (p) => p.agreements, format: 'integer' },
    { key: 'workers', header: t('se.partners.workers'), value: (p) => p.workers, format: 'integer' },
  ];
  return (
    <DataTable
      caption={t('se.partners.caption')}
      rows={partners.data.items}
      rowKey={(p) => p.id}
      columns={columns}
      empty={t('se.partners.empty')}
    />
  );
}
