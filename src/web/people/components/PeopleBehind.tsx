import { List, Popover, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api.ts';
import { orgKey } from '../../queries.ts';

/**
 * A figure of the sociale balans whose people may be shown (a role with `people.read`): the value is a
 * button that opens the names behind it. The employee list is read (and audited) only when opened.
 */
export function PeopleBehind({ orgId, code, ids, text }: { orgId: string; code: string; ids: string[]; text: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const employees = useQuery({
    queryKey: [...orgKey(orgId), 'people', 'employees'],
    queryFn: () => call(client.GET('/orgs/{orgId}/people/employees', { params: { path: { orgId } } })),
    enabled: opened,
  });
  const names = new Map((employees.data?.items ?? []).map((e) => [e.id, `${e.lastName} ${e.firstName}`]));
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        {/* The name starts with the figure it shows (label in name, WCAG 2.5.3): "8: 5802: …". */}
        <UnstyledButton
          onClick={() => setOpened((o) => !o)}
          aria-label={`${text}: ${t('people.balans.behind', { code, count: ids.length })}`}
          style={{ textDecoration: 'underline dotted' }}
        >
          {text}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown maw={320}>
        <Text size="sm" fw={600} mb={4}>
          {t('people.balans.behindTitle', { code, count: ids.length })}
        </Text>
        {employees.data ? (
          <List size="sm" mah={240} style={{ overflowY: 'auto' }}>
            {ids.map((id) => (
              <List.Item key={id}>{names.get(id) ?? id}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('app.loading')}</Text>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
