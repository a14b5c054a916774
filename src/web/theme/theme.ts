/**
 * The one Mantine theme of the web UI (used by main.tsx). Colours are chosen for WCAG 2.1 AA on the
 * white and light-grey page: body and "dimmed" text ≥ 4.5:1, links and the focus ring ≥ 4.5:1 (the
 * focus ring needs 3:1); theme.test.ts checks every pair named in `CONTRAST_PAIRS`.
 */
import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  PasswordInput,
  Select,
  Table,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

/** Shade 9 of teal (#087f5b): buttons, links, the focus ring. Shade 8 is only 3.9:1 on grey-0. */
export const PRIMARY_SHADE = 9;
const teal = DEFAULT_THEME.colors.teal;
const gray = DEFAULT_THEME.colors.gray;

/** Greyed-out help text: gray 7 instead of Mantine's gray 6 (3.3:1 on white fails AA). */
export const DIMMED = gray[7];
/** Field error messages and borders: red 9 instead of red 6 (3.6:1 on white fails AA). */
export const ERROR = DEFAULT_THEME.colors.red[9];
/** The page behind the cards (AppShell main). */
export const PAGE_BACKGROUND = gray[0];

/** Foreground/background pairs that must reach 4.5:1 (checked in theme.test.ts). */
export const CONTRAST_PAIRS: ReadonlyArray<{ name: string; fg: string; bg: string }> = [
  { name: 'primary button text', fg: '#ffffff', bg: teal[PRIMARY_SHADE] },
  { name: 'link on white', fg: teal[PRIMARY_SHADE], bg: '#ffffff' },
  { name: 'link on page', fg: teal[PRIMARY_SHADE], bg: PAGE_BACKGROUND },
  { name: 'focus ring on page', fg: teal[PRIMARY_SHADE], bg: PAGE_BACKGROUND },
  { name: 'dimmed text on white', fg: DIMMED, bg: '#ffffff' },
  { name: 'dimmed text on page', fg: DIMMED, bg: PAGE_BACKGROUND },
  { name: 'placeholder on white', fg: DIMMED, bg: '#ffffff' },
  { name: 'field error message on white', fg: ERROR, bg: '#ffffff' },
  { name: 'weekend day in a date picker (theme.css)', fg: DEFAULT_THEME.colors.red[9], bg: '#ffffff' },
];

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: PRIMARY_SHADE,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  // Body text 16 px; "sm" (14 px) for tables and help text, never smaller than 12 px.
  fontSizes: { xs: '0.8125rem', sm: '0.875rem', md: '1rem', lg: '1.125rem', xl: '1.25rem' },
  // The ring shows for keyboard focus only (`:focus-visible`), in the primary colour (see CONTRAST_PAIRS).
  focusRing: 'auto',
  defaultRadius: 'sm',
  // Optional fields say "(optioneel)" in their label; required ones get no asterisk, so that a
  // field's accessible name is exactly its label text ("Wachtwoord", not "Wachtwoord *").
  components: {
    TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { withAsterisk: false } }),
    Select: Select.extend({ defaultProps: { withAsterisk: false } }),
    DateInput: DateInput.extend({ defaultProps: { withAsterisk: false } }),
    Table: Table.extend({ defaultProps: { verticalSpacing: 'sm' } }),
  },
});

/** Mantine's own CSS variables overridden where its defaults miss the contrast above. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DIMMED,
    '--mantine-color-placeholder': DIMMED,
    '--mantine-color-anchor': teal[PRIMARY_SHADE],
    '--mantine-color-error': ERROR,
  },
  dark: {},
});
