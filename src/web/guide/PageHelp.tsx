import { Anchor, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { guideHref, helpOf } from './pageHelp.ts';

/**
 * The one-line explanation of the current organisation page, with a link to its section of the user
 * guide, which the app itself serves at /guide (GuidePage): it is there with every installation,
 * offline too, and always matches the version that runs.
 */
export function PageHelp({ title }: { title: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const rule = helpOf(pathname);
  if (!rule) return null;
  return (
    <Text size="sm" c="dimmed" mt={-8} data-page-help>
      {t(`pageHelp.${rule.key}`)}{' '}
      {/* The page's name is hidden text after the visible words, not an aria-label that would leave them
          out ("label in name", WCAG 2.5.3): "Meer in de handleiding over Kostprijs". */}
      <Anchor component={Link} to={guideHref(rule)} size="sm">
        {t('pageHelp.more')}
        <VisuallyHidden> {t('pageHelp.moreOf', { page: title })}</VisuallyHidden>
      </Anchor>
    </Text>
  );
}
