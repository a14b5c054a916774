/**
 * The one Mantine theme of the web UI (used by main.tsx). Colours are chosen for WCAG 2.1 AA on the
 * white and light-grey page: body and "dimmed" text ≥ 4.5:1, links and the focus ring ≥ 4.5:1 (the
 * focus ring needs 3:1); theme.test.ts checks every pair named in `CONTRAST_PAIRS`.
 */
import {
  Anchor,
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  darken,
  type MantineColorsTuple,
  PasswordInput,
  Select,
  Table,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

import { contrastRatio } from './contrast.ts';

/** Shade 9 of teal: buttons, links, the focus ring. */
export const PRIMARY_SHADE = 9;
/** What text in shades 8 and 9 must reach: AA's 4.5:1 with a margin for rounding in the browser. */
const TEXT_CONTRAST = 4.6;

function hex(rgba: string): string {
  const [r, g, b] = (rgba.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A palette whose shades 8 and 9 are readable as text: darkened in steps of 5 % until they reach
 * 4.6:1 on white, on the page grey and on the palette's own two lightest shades (the background of
 * "light" badges and alerts and of the active navigation link, whose text is shade 9). Mantine's teal 9
 * is 4.3:1 on teal 1, its red 8 is 4.2:1 on red 0, and its yellow, orange, lime and green fail on white.
 */
export function readable(palette: MantineColorsTuple): MantineColorsTuple {
  const backgrounds = ['#ffffff', DEFAULT_THEME.colors.gray[0], palette[0], palette[1]];
  const darkEnough = (shade: string) => backgrounds.every((bg) => contrastRatio(shade, bg) >= TEXT_CONTRAST);
  const shades = [...palette];
  for (const index of [8, 9]) {
    let shade = palette[index] as string;
    for (let step = 1; !darkEnough(shade) && step <= 12; step++)
      shade = hex(darken(palette[index] as string, step * 0.05));
    shades[index] = shade;
  }
  return shades as unknown as MantineColorsTuple;
}

/** Every Mantine palette made readable (see `readable`). */
export const COLORS = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [name, readable(palette)]),
) as Record<string, MantineColorsTuple>;
const teal = COLORS.teal as MantineColorsTuple;
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
  // Every palette: "light" badges, alerts and the active navigation link (shade 9 on shade 1), text in
  // shade 8 or 9 on the page, and white text on a filled button or badge (shade 9).
  ...Object.entries(COLORS).flatMap(([name, c]) => [
    { name: `${name} light variant`, fg: c[9], bg: c[1] },
    { name: `${name} 8 on the page`, fg: c[8], bg: PAGE_BACKGROUND },
    { name: `${name} 8 on its lightest shade`, fg: c[8], bg: c[0] },
    { name: `white on filled ${name}`, fg: '#ffffff', bg: c[9] },
  ]),
];

export const theme = createTheme({
  // Someone who asked their system for less motion gets no sliding or fading (WCAG 2.3.3).
  respectReducedMotion: true,
  colors: COLORS,
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
    // A link inside a sentence must stand out by more than its colour (WCAG 1.4.1): always underlined.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
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
