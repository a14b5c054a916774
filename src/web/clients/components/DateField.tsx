import { TextInput, type TextInputProps } from '@mantine/core';

/** A native date input (yyyy-mm-dd value, the browser's own picker and keyboard entry). */
export function DateField({
  value,
  onChange,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'type'> & { value: string; onChange: (value: string) => void }) {
  return <TextInput type="date" value={value} onChange={(e) => onChange(e.currentTarget.value)} {...props} />;
}
