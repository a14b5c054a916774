import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api.ts';
import { LOCALES, type Locale } from '../i18n.ts';
import { switchLocale } from '../session.ts';

/**
 * NL/EN switch; a radio group named "Taal / Language" in both languages. Two native radios styled as a
 * segmented control (styles.css, `.sb-language`): unlike Mantine's SegmentedControl it has no sliding
 * indicator, which measured the page (a forced layout of ~40-60 ms) in the first render of every page.
 */
export function LanguageSwitch({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  const name = useId();
  const value: Locale = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const change = (locale: Locale) => {
    switchLocale(locale).catch((error: unknown) =>
      notifications.show({ color: 'red', title: t('common.error'), message: errorMessage(error) }),
    );
  };
  return (
    <div role="radiogroup" aria-label={t('language.switch')} className="sb-language" data-size={size}>
      {LOCALES.map((locale) => (
        <label key={locale} className="sb-language-option" lang={locale} title={t(`language.${locale}`)}>
          <input
            type="radio"
            name={name}
            value={locale}
            checked={value === locale}
            onChange={() => change(locale)}
            className="sb-language-input"
          />
          {locale.toUpperCase()}
        </label>
      ))}
    </div>
  );
}
