import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The filters above a list of clients (the list, the consumption): any page-specific ones first,
 * then a search by name, a group ("Alle groepen" when empty) and one yes/no filter of the page.
 */
export function ClientFilters({
  before,
  search,
  onSearch,
  groups,
  group,
  onGroup,
  check,
}: {
  before?: ReactNode;
  search: string;
  onSearch: (search: string) => void;
  groups: { id: string; name: string }[];
  group: string | null;
  onGroup: (group: string | null) => void;
  check: { label: string; checked: boolean; onChange: (checked: boolean) => void };
}) {
  const { t } = useTranslation();
  return (
    <Group align="end">
      {before}
      <TextInput
        label={t('clients.list.search')}
        type="search"
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={240}
      />
      <Select
        label={t('clients.list.groupFilter')}
        placeholder={t('clients.list.allGroups')}
        data={groups.map((g) => ({ value: g.id, label: g.name }))}
        value={group}
        onChange={onGroup}
        clearable
        w={220}
      />
      <Checkbox
        label={check.label}
        checked={check.checked}
        onChange={(e) => check.onChange(e.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}
