/**
 * Server messages from i18next catalogues, like the UI's. Each module keeps its own catalogue in
 * `messages.ts` beside its code (`src/modules/<module>/messages.ts`, `src/server/messages.ts`,
 * `src/lib/files/messages.ts` …) and calls the `msg` that `defineMessages` returns: it yields the
 * message in Dutch and English at once, `{ nl, en }`; the answer picks the client's language.
 *
 * Plurals follow i18next: a key `rows_one` / `rows_other` is called as `msg('rows', { count })`.
 * Interpolation is `{{name}}`; nothing is HTML-escaped (answers are JSON, the UI escapes).
 */
import i18next, { type TFunction } from 'i18next';

/** Languages of the server messages. */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** A user-facing text in Dutch and English: the one message type of the server. */
export interface Message {
  nl: string;
  en: string;
}

/**
 * Values put into a message; `count` chooses the plural form. A value that differs per language
 * (a formatted number, a unit's name) is given as a {@link Message}: each language takes its own.
 */
export type MessageParams = Record<string, string | number | Message>;

/** A catalogue: Dutch keys first; English has exactly the same keys (the type checker holds it). */
export interface Catalogue<K extends string = string> {
  nl: Record<K, string>;
  en: Record<K, string>;
}

/** Dutch and English know two plural forms (Intl.PluralRules): one and other. */
type PluralSuffix = 'one' | 'other';
/** `rows_one` | `rows_other` → `rows`: the key code calls for a plural. */
export type CallKey<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'nl',
  fallbackLng: false,
  initAsync: false,
  resources: {},
  interpolation: { escapeValue: false },
  // Keys are flat strings ('code.not_found'); the namespace is passed, never written in a key.
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  returnEmptyString: false,
});

const registered = new Map<string, Catalogue>();
const fixed = new Map<string, TFunction>();

/**
 * Registers a module's catalogue under `namespace` and returns its `msg(key, params)`. Keys are
 * checked by the type checker; a key missing at run time is an error, never a raw key on screen.
 */
export function defineMessages<const K extends string>(namespace: string, catalogue: Catalogue<K>) {
  if (registered.has(namespace)) throw new Error(`Message namespace "${namespace}" is defined twice.`);
  registered.set(namespace, catalogue);
  for (const lang of LANGS) i18n.addResourceBundle(lang, namespace, catalogue[lang]);
  const keys = new Set<string>(Object.keys(catalogue.nl).map((k) => k.replace(/_(one|other)$/, '')));
  const msg = (key: CallKey<K>, params?: MessageParams): Message => {
    if (!keys.has(key)) throw new Error(`Unknown message ${namespace}:${key}`);
    return { nl: translate('nl', namespace, key, params), en: translate('en', namespace, key, params) };
  };
  return Object.assign(msg, { namespace, catalogue: catalogue as Catalogue });
}

function translate(lang: Lang, namespace: string, key: string, params?: MessageParams): string {
  const id = `${lang}:${namespace}`;
  let t = fixed.get(id);
  if (!t) {
    t = i18n.getFixedT(lang, namespace);
    fixed.set(id, t);
  }
  const values = params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, pick(v, lang)]));
  return String(t(key, values as never));
}

function pick(value: string | number | Message, lang: Lang): string | number {
  return typeof value === 'object' ? value[lang] : value;
}

/** The same text in both languages (a name or a number that needs no translation). */
export function same(text: string): Message {
  return { nl: text, en: text };
}
