import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n.ts';
import type { LinkChoices } from '../api.ts';

/** The KPI and survey pickers of a SWOT item or a stakeholder. */
export function LinkFields({
  choices,
  kpiProps,
  surveyProps,
}: {
  choices: LinkChoices | undefined;
  kpiProps: object;
  surveyProps: object;
}) {
  const { t } = useTranslation();
  const en = currentLocale() === 'en';
  return (
    <>
      <MultiSelect
        label={t('strategic.links.kpis')}
        searchable
        clearable
        data={(choices?.kpis ?? []).map((k) => ({
          value: k.id,
          label: `${k.code} · ${en ? k.nameEn || k.nameNl : k.nameNl}`,
        }))}
        {...kpiProps}
      />
      <MultiSelect
        label={t('strategic.links.surveys')}
        searchable
        clearable
        data={(choices?.surveys ?? []).map((s) => ({ value: s.id, label: s.title }))}
        {...surveyProps}
      />
    </>
  );
}

/** KPI codes and survey titles of a record, as one line. */
export function linkSummary(r: { kpis: { code: string }[]; surveys: { title: string }[] }): string | null {
  const parts = [...r.kpis.map((k) => k.code), ...r.surveys.map((s) => s.title)];
  return parts.length ? parts.join(', ') : null;
}
