import { Badge, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERIA, type Criterion } from '../../../modules/caf/model.ts';
import { currentLocale } from '../../i18n.ts';

/** The 9 criteria as tabs (arrow keys move between them); `done(c)` gives the count shown on each tab. */
export function CriterionTabs({
  label,
  done,
  children,
}: {
  label: string;
  done: (c: Criterion) => number;
  children: (c: Criterion) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = currentLocale();
  return (
    <Tabs defaultValue="1" keepMounted={false}>
      <Tabs.List aria-label={label}>
        {CRITERIA.map((c) => (
          <Tabs.Tab
            key={c.number}
            value={String(c.number)}
            rightSection={
              <Badge size="xs" variant="light" color={done(c) === c.subcriteria.length ? 'teal' : 'gray'} aria-hidden>
                {done(c)}/{c.subcriteria.length}
              </Badge>
            }
          >
            {c.number}. {c.short[lang]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {CRITERIA.map((c) => (
        <Tabs.Panel
          key={c.number}
          value={String(c.number)}
          pt="md"
          aria-label={`${c.number}. ${c.title[lang]} (${t(c.kind === 'enabler' ? 'caf.kind.enabler' : 'caf.kind.result')})`}
        >
          {children(c)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
