import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { agreementsQuery, partnersQuery } from '../api.ts';
import { AgreementDialog } from '../components/dialogs.tsx';
import { SeFrame } from '../components/SeFrame.tsx';
import { AgreementsTable } from '../components/tables.tsx';

/** `/o/:orgId/social-economy/agreements`: the cooperation agreements (phase 1) with their cost this year. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <SeFrame
      title={t('se.agreements.title')}
      crumbs={[]}
      actions={({ can }) =>
        can('socialeconomy.manage') && <Button onClick={() => setAdding(true)}>{t('se.agreements.add')}</Button>
      }
    >
      {({ orgId, href, can }) => (
        <Agreements
          orgId={orgId}
          href={href}
          canManage={can('socialeconomy.manage')}
          adding={adding}
          done={() => setAdding(false)}
        />
      )}
    </SeFrame>
  );
}

function Agreements(props: {
  orgId: string;
  href: (p: string) => string;
  canManage: boolean;
  adding: boolean;
  done: () => void;
}) {
  const agreements = useQuery(agreementsQuery(props.orgId));
  const partners = useQuery(partnersQuery(props.orgId));
  if (!agreements.data || !partners.data) return <QueryState error={agreements.error ?? partners.error} />;
  return (
    <>
      <AgreementsTable rows={agreements.data.items} href={props.href} showCost={props.canManage} />
      {props.adding && <AgreementDialog orgId={props.orgId} onClose={props.done} partners={partners.data.items} />}
    </>
  );
}
