import { NumberInput, type NumberInputProps } from '@mantine/core';
import { currentLocale } from '../i18n.ts';

/** A number input with Belgian separators in Dutch (1.234,56) and English ones otherwise. */
export function NumberField(props: NumberInputProps) {
  const nl = currentLocale() === 'nl';
  return <NumberInput decimalSeparator={nl ? ',' : '.'} thousandSeparator={nl ? '.' : ','} hideControls {...props} />;
}

/** A euro amount; the value is in euros (the caller converts from and to cents). */
export function MoneyField(props: NumberInputProps) {
  return <NumberField prefix="€ " decimalScale={2} {...props} />;
}
