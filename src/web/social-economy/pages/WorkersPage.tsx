import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { agreementsQuery, partnersQuery, workersQuery } from '../api.ts';
import { WorkerDialog } from '../components/dialogs.tsx';
import { SeFrame } from '../components/SeFrame.tsx';
import { WorkersTable } from '../components/tables.tsx';

/** `/o/:orgId/social-economy/workers`: the placed workers the caller sees. */
export function WorkersPage() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <SeFrame
      title={t('se.workers.title')}
      crumbs={[]}
      actions={({ can }) =>
        can('socialeconomy.manage') && <Button onClick={() => setAdding(true)}>{t('se.workers.add')}</Button>
      }
    >
      {({ orgId, href }) => <Workers orgId={orgId} href={href} adding={adding} done={() => setAdding(false)} />}
    </SeFrame>
  );
}

function Workers(props: { orgId: string; href: (p: string) => string; adding: boolean; done: () => void }) {
  const workers = useQuery(workersQuery(props.orgId));
  const partners = useQuery({ ...partnersQuery(props.orgId), enabled: props.adding });
  const agreements = useQuery({ ...agreementsQuery(props.orgId), enabled: props.adding });
  if (!workers.data) return <QueryState error={workers.error} />;
  return (
    <>
      <WorkersTable rows={workers.data.items} href={props.href} />
      {props.adding && partners.data && agreements.data && (
        <WorkerDialog
          orgId={props.orgId}
          onClose={props.done}
          partners={partners.data.items}
          agreements={agreements.data.items}
        />
      )}
    </>
  );
}
