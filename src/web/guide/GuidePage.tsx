import { Anchor, Container, Group, Paper, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { usePageTitle } from '../components/usePageTitle.ts';
import { render } from './markdown.tsx';

// The guide as the repository has it, bundled with the UI: every installation serves its own version.
const PAGES = import.meta.glob<string>('../../../docs/guide/*.md', { query: '?raw', import: 'default', eager: true });
const IMAGES = import.meta.glob<string>('../../../docs/guide/img/*.png', {
  query: '?url',
  import: 'default',
  eager: true,
});

const pageOf = (name: string) => PAGES[`../../../docs/guide/${name}.md`];
const imageOf = (src: string) => IMAGES[`../../../docs/guide/${src.replace(/^\.\//, '')}`];

/** `/guide/:page`: a page of the user guide (docs/guide), `#section` scrolled into view. */
export function GuidePage() {
  const { t } = useTranslation();
  const { page = 'README' } = useParams();
  const { hash } = useLocation();
  const markdown = pageOf(page) ?? pageOf('README') ?? '';
  usePageTitle(`${markdown.match(/^# (.*)$/m)?.[1] ?? 'Stuurboord'} – ${t('pageHelp.guide')}`);
  // Scroll to the section once this page's text is rendered (the key changes with page and section).
  const section = `${page}${hash}`;
  useEffect(() => {
    const id = section.split('#')[1];
    if (id) document.getElementById(decodeURIComponent(id))?.scrollIntoView();
  }, [section]);
  return (
    <Container size="md" py="lg">
      <Stack gap="md">
        <Group gap="md">
          <Anchor component={Link} to="/">
            Stuurboord
          </Anchor>
          <Anchor component={Link} to="/guide">
            {t('pageHelp.guide')}
          </Anchor>
        </Group>
        <Paper withBorder p="lg" component="main">
          <Stack gap="sm">{render(markdown, imageOf)}</Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
