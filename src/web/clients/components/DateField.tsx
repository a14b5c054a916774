/** The clients pages use the shared DateField (dd/mm/jjjj, ISO value); kept as a re-export for their imports. */
import type { ReactNode } from 'react';
export { DateField } from '../../components/DateField.tsx';

/** A form's date field as DateField props: `<DateField label={…} {...dateProps(form, 'startDate')} />`. */
export function dateProps<Name extends string>(
  form: {
    values: Record<Name, unknown>;
    errors: Record<string, unknown>;
    setFieldValue: (name: Name, value: string) => void;
  },
  name: Name,
) {
  return {
    value: String(form.values[name] ?? ''),
    onChange: (value: string) => form.setFieldValue(name, value),
    error: form.errors[name] as ReactNode,
  };
}
