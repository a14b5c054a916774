/**
 * The date field of the whole UI: shows and accepts dd/mm/jjjj whatever the browser's language
 * (nl-BE and en-BE both write day first), keeps the value as an ISO `yyyy-mm-dd` string ('' = empty),
 * opens a calendar that starts on Monday in the interface language, and marks today as the Brussels
 * calendar has it (src/lib/calendar.ts), not the computer's clock zone.
 *
 *   <DateField label={t('x.start')} value={start} onChange={setStart} />
 *   <DateField label={t('x.end')} {...form.getInputProps('end')} />   // with useAppForm (string value)
 */
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { today } from '../../lib/calendar.ts';
import { parseDateText, showDate } from './dates.ts';

export type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'type' | 'minDate' | 'maxDate'
> & {
  /** Optional only so that `form.getInputProps` (whose value is untyped) is enough; '' when empty. */
  value?: string;
  onChange: (value: string) => void;
  /** The first and last date that may be chosen, ISO (like a native date input's min and max). */
  min?: string;
  max?: string;
};

export function DateField({ value, onChange, placeholder, required, min, max, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const now = today();
  return (
    <DateInput
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      valueFormat={showDate}
      dateParser={parseDateText}
      minDate={min}
      maxDate={max}
      defaultDate={value || now}
      placeholder={placeholder ?? t('ui.dates.placeholder')}
      allowDeselect={!required}
      required={required}
      highlightToday
      // Days of the neighbouring months would be greyed out below the contrast minimum.
      hideOutsideDates
      getDayProps={(date) =>
        date === now ? { 'data-today': true, 'aria-current': 'date' } : { 'data-today': undefined }
      }
      ariaLabels={{
        nextMonth: t('ui.dates.nextMonth'),
        previousMonth: t('ui.dates.previousMonth'),
        nextYear: t('ui.dates.nextYear'),
        previousYear: t('ui.dates.previousYear'),
        nextDecade: t('ui.dates.nextDecade'),
        previousDecade: t('ui.dates.previousDecade'),
        monthLevelControl: t('ui.dates.monthLevel'),
        yearLevelControl: t('ui.dates.yearLevel'),
      }}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
