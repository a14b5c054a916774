import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { rulesQuery } from '../api.ts';
import { ClientsFramePage, type ClientsContext } from '../components/ClientsFrame.tsx';
import { RuleDialog } from '../components/RuleDialog.tsx';
import { RuleTableView } from '../components/RuleTableView.tsx';
import type { Rule, RuleTable } from '../../../modules/clients/schema.ts';

const TABLES: RuleTable[] = [
  'budgetCategories',
  'pointValue',
  'organisationRate',
  'rthPoints',
  'rthCap',
  'rthContribution',
  'zorgbudget',
  'cashFree',
  'startLimit',
  'oldCategoryMap',
];

function Rules({ orgId, can }: ClientsContext) {
  const { t } = useTranslation();
  const rules = useQuery(rulesQuery(orgId));
  const [editing, setEditing] = useState<{ rule: Rule; mode: 'edit' | 'add' } | null>(null);
  const canEdit = can('rules.manage');
  if (!rules.data) return <QueryState error={rules.error} inline />;
  const items = rules.data.items;
  return (
    <Stack gap="lg">
      <Text size="sm">{canEdit ? t('clients.rules.intro') : t('clients.rules.readOnly')}</Text>
      {items.some((r) => r.example) && (
        <Alert color="orange" variant="light" title={t('clients.rules.exampleTitle')}>
          {t('clients.rules.exampleText')}
        </Alert>
      )}
      {TABLES.map((table) => {
        const rows = items.filter((r) => r.table === table);
        return rows.length ? (
          <RuleTableView
            key={table}
            table={table}
            rows={rows}
            canEdit={canEdit}
            onEdit={(rule) => setEditing({ rule, mode: 'edit' })}
            onAdd={(rule) => setEditing({ rule, mode: 'add' })}
          />
        ) : null;
      })}
      <RuleDialog
        orgId={orgId}
        rule={editing?.rule ?? null}
        mode={editing?.mode ?? 'edit'}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}

/** `/o/:orgId/clients/rules`: the rule tables with their validity periods; readable with clients.read or rules.manage, editable with rules.manage. */
export function RulesPage() {
  return <ClientsFramePage title="clients.rules.title" needs={['clients.read', 'rules.manage']} body={Rules} />;
}
