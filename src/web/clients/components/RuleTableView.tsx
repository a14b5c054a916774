import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import type { Rule, RuleTable } from '../../../modules/clients/schema.ts';
import { display, flatten } from './ruleFields.ts';
import { ruleSource } from './ruleSource.ts';

const RTH = ['ambulant', 'mobile', 'begeleid_werken', 'group', 'day', 'night'];

/** "BC7 – maximum punten", "Punten per eenheid – ambulante sessie", … */
export function useFieldLabel() {
  const { t } = useTranslation();
  return (path: (string | number)[]) => {
    const [top = '', sub] = path;
    const head = t(`clients.rules.fields.${top}`, { defaultValue: String(top) });
    if (sub === undefined) return head;
    if (typeof sub === 'number') return top === 'maxPointsE4' ? `BC${sub + 1}` : `${head} ${sub + 1}`;
    return `${head} – ${RTH.includes(sub) && top !== 'maxCents' ? t(`clients.rthTypes.${sub}`) : t(`clients.rules.fields.${sub}`, { defaultValue: sub })}`;
  };
}

/** One rule table with its periods; every period a definition list of its figures. */
export function RuleTableView({
  table,
  rows,
  canEdit,
  onEdit,
  onAdd,
}: {
  table: RuleTable;
  rows: Rule[];
  canEdit: boolean;
  onEdit: (r: Rule) => void;
  onAdd: (r: Rule) => void;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const name = t(`clients.rules.tables.${table}`);
  const last = rows[rows.length - 1];
  return (
    <Section
      title={name}
      actions={
        canEdit &&
        last && (
          <Button variant="light" onClick={() => onAdd(last)} aria-label={t('clients.rules.addOf', { table: name })}>
            {t('clients.rules.add')}
          </Button>
        )
      }
    >
      {rows.map((r) => {
        const fields = flatten(r.data);
        const period = t('clients.rules.period', {
          from: formatDate(r.validFrom),
          to: r.validTo ? formatDate(r.validTo) : t('clients.rules.open'),
        });
        return (
          <Paper key={r.id} withBorder p="sm" radius="sm" aria-label={`${name}: ${period}`} component="section">
            <Stack gap="xs">
              <Group justify="space-between">
                <Group gap="xs">
                  <Text fw={600}>{period}</Text>
                  {r.example && (
                    <Badge color="orange" variant="filled">
                      {t('clients.rules.example')}
                    </Badge>
                  )}
                </Group>
                {canEdit && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => onEdit(r)}
                    aria-label={t('clients.rules.editOf', { table: name, from: formatDate(r.validFrom) })}
                  >
                    {t('clients.rules.edit')}
                  </Button>
                )}
              </Group>
              <SimpleGrid
                cols={{ base: 2, sm: fields.length > 6 ? 4 : 3, lg: fields.length > 6 ? 6 : 3 }}
                spacing="xs"
                verticalSpacing={4}
                component="dl"
                m={0}
              >
                {fields.map((f) => (
                  <div key={f.path.join('.')}>
                    <Text size="xs" c="dimmed" component="dt">
                      {label(f.path)}
                    </Text>
                    <Text size="sm" ff="monospace" component="dd" m={0}>
                      {f.path[0] === 'contributionKind' && typeof f.value === 'string'
                        ? t(`clients.rules.fields.${f.value}`, { defaultValue: f.value })
                        : display(f)}
                    </Text>
                  </div>
                ))}
              </SimpleGrid>
              {r.source && (
                <Text size="xs" c="dimmed">
                  {t('clients.rules.source', { source: ruleSource(r.source, t) })}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Section>
  );
}
