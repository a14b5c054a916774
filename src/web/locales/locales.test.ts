/**
 * The interface catalogues (the JSON files under src/web/**\/locales, mounted in nl.ts and en.ts): English
 * has exactly the key paths of Dutch and names every value a Dutch text interpolates; the respondent
 * page's French likewise. The type check only catches a key English lacks, this test also one it adds.
 */
import { describe, expect, it } from 'vitest';
import fr from '../surveys/locales/fr.json' with { type: 'json' };
import { en } from './en.ts';
import { nl } from './nl.ts';

type Tree = { [key: string]: string | Tree };

/** Every leaf as `path → text`, e.g. `common.save → Opslaan`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, text] of leaves(value, `${path}.`)) out.set(p, text);
  }
  return out;
}

/** The values a text interpolates: `{{name}}`, `{{hours, number}}` → name, hours. */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!);

function expectSameCatalogue(dutch: Tree, other: Tree) {
  const nlTexts = leaves(dutch);
  const otherTexts = leaves(other);
  expect([...otherTexts.keys()].sort()).toEqual([...nlTexts.keys()].sort());
  const missing = [...nlTexts].flatMap(([path, text]) =>
    placeholders(text)
      .filter((name) => !placeholders(otherTexts.get(path) ?? '').includes(name))
      .map((name) => `${path}: {{${name}}}`),
  );
  expect(missing).toEqual([]);
}

describe('interface catalogues', () => {
  it('English has the key paths and the placeholders of Dutch', () => {
    expect(leaves(nl).size).toBeGreaterThan(1000);
    expectSameCatalogue(nl, en);
  });

  it('the respondent page’s French has the key paths and the placeholders of Dutch', () => {
    expectSameCatalogue(nl.surveys.respondent, fr.respondent);
  });

  it('names the five perspectives once: the strategy map uses the cockpit’s words', () => {
    expect(nl.plan.strategy.perspectives).toEqual(nl.performance.perspectives);
    expect(en.plan.strategy.perspectives).toEqual(en.performance.perspectives);
  });
});
