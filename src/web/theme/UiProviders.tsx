/**
 * Mantine with the app's theme, the date pickers in the interface language (dayjs `nl` / `en`,
 * weeks start on Monday in both: Belgian calendars), and the notifications.
 */
import 'dayjs/locale/en';
import 'dayjs/locale/nl';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n.ts';
import { cssVariablesResolver, theme } from './theme.ts';

function LocaleDates({ children }: { children: ReactNode }) {
  // Re-renders on a language change, so the calendars follow the interface language.
  useTranslation();
  return (
    <DatesProvider settings={{ locale: currentLocale(), firstDayOfWeek: 1, weekendDays: [0, 6] }}>
      {children}
    </DatesProvider>
  );
}

export function UiProviders({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <LocaleDates>{children}</LocaleDates>
    </MantineProvider>
  );
}
