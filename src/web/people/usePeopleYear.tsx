import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { thisYear } from '../../lib/calendar.ts';
import { useSearchParam } from '../components/useSearchParam.ts';
import { currentLocale } from '../i18n.ts';

/** The year of the people figures, in `?year=` (default: last year, the one to file). */
export function usePeopleYear(): [number, (year: number) => void] {
  const [param, setParam] = useSearchParam('year');
  const fallback = thisYear() - 1;
  const parsed = Number(param);
  const year = Number.isInteger(parsed) && parsed >= 2000 && parsed <= thisYear() ? parsed : fallback;
  return [year, (next) => setParam(String(next))];
}

/** The year picker beside a people page's title: the current year and the six before it. */
export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const recent = Array.from({ length: 7 }, (_, i) => String(thisYear() - i));
  const years = recent.includes(String(year)) ? recent : [...recent, String(year)];
  return (
    <Select
      label={t('people.year')}
      data={years}
      value={String(year)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={120}
    />
  );
}

/** A server message `{ nl, en }` in the interface language. */
export const inLocale = (m: { nl: string; en: string }) => m[currentLocale()];
