import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api.ts';
import type { Locale } from '../i18n.ts';
import { switchLocale } from '../session.ts';

/** NL/EN switch; a radio group named "Taal / Language" in both languages. */
export function LanguageSwitch({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  const value: Locale = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const change = (locale: string) => {
    switchLocale(locale === 'en' ? 'en' : 'nl').catch((error: unknown) =>
      notifications.show({ color: 'red', title: t('common.error'), message: errorMessage(error) }),
    );
  };
  return (
    <SegmentedControl
      aria-label={t('language.switch')}
      classNames={{ input: 'sb-segment-input' }}
      size={size}
      value={value}
      onChange={change}
      data={[
        {
          value: 'nl',
          label: (
            <span lang="nl" title={t('language.nl')}>
              NL
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" title={t('language.en')}>
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
