import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import type { RespondentForm } from '../../../modules/surveys/schema.ts';
import { fill, TEXTS } from '../respondentTexts.ts';
import { type Lang3, textIn } from '../texts.ts';

type FormQuestion = RespondentForm['questions'][number];
/** A respondent's answer to one question: a scale value, an option index or indexes, or text. */
export type Answer = number | number[] | string;

export const isAnswered = (v: Answer | undefined) =>
  v !== undefined && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0);

/** The questions of a respondent's form, in their sections, each with its answer control and error. */
export function Questions({
  form,
  lang,
  answers,
  errors,
  onAnswer,
}: {
  form: RespondentForm;
  lang: Lang3;
  answers: Record<string, Answer>;
  errors: Record<string, string>;
  onAnswer: (id: string, v: Answer) => void;
}) {
  const tx = TEXTS[lang];
  const blocks = useMemo(() => {
    const out: { section: string; questions: FormQuestion[] }[] = [];
    for (const q of form.questions) {
      const section = textIn(q.section, lang);
      if (!out.length || out.at(-1)!.section !== section) out.push({ section, questions: [] });
      out.at(-1)!.questions.push(q);
    }
    return out;
  }, [form.questions, lang]);
  let n = 0;
  return (
    <Stack gap="xl">
      {blocks.map((b, bi) => (
        <Stack key={bi} gap="md" component="section" aria-label={b.section || undefined}>
          {b.section && (
            <Title order={2} size="h4">
              {b.section}
            </Title>
          )}
          {b.questions.map((q) => {
            n += 1;
            const labelId = `q-${q.id}-label`;
            const error = errors[q.id];
            return (
              <Paper key={q.id} withBorder p="sm" radius="md" className="sb-question" data-error={Boolean(error)}>
                <Stack gap={8}>
                  <Text id={labelId} fw={600}>
                    {n}. {textIn(q.text, lang)}
                    {q.required && (
                      <Text span c="red.8" aria-label={tx.required}>
                        {' '}
                        *
                      </Text>
                    )}
                  </Text>
                  <Answerer
                    q={q}
                    easy={form.easy}
                    lang={lang}
                    labelId={labelId}
                    value={answers[q.id]}
                    onChange={(v) => onAnswer(q.id, v)}
                  />
                  {error && (
                    <Text c="red.8" size="sm" id={`q-${q.id}-error`}>
                      {error}
                    </Text>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      ))}
    </Stack>
  );
}

/** Pictograms of a five-point scale for the easy-language survey (decorative: the buttons keep their names). */
const FACES = ['😞', '🙁', '😐', '🙂', '😄'];

function Answerer({
  q,
  easy,
  lang,
  labelId,
  value,
  onChange,
}: {
  q: FormQuestion;
  easy: boolean;
  lang: Lang3;
  labelId: string;
  value: Answer | undefined;
  onChange: (v: Answer) => void;
}) {
  const tx = TEXTS[lang];
  const focusId = `q-${q.id}`;
  if (q.kind === 'open') {
    return (
      <GrowingTextarea
        id={focusId}
        aria-labelledby={labelId}
        minRows={3}
        maxLength={4000}
        placeholder={tx.openPlaceholder}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  }
  if (q.kind === 'single' || q.kind === 'multiple') {
    const multiple = q.kind === 'multiple';
    const chosen = Array.isArray(value) ? value : typeof value === 'number' ? [value] : [];
    return (
      // biome-ignore lint/a11y/useAriaPropsSupportedByRole: both roles take aria-labelledby; the role is dynamic
      <div role={multiple ? 'group' : 'radiogroup'} aria-labelledby={labelId} style={{ display: 'grid', gap: 6 }}>
        {q.options.map((o, i) => (
          <label key={i} className="sb-option sb-choice">
            <input
              id={i === 0 ? focusId : undefined}
              type={multiple ? 'checkbox' : 'radio'}
              name={q.id}
              checked={chosen.includes(i)}
              onChange={(e) =>
                onChange(
                  multiple ? (e.currentTarget.checked ? [...chosen, i].sort() : chosen.filter((x) => x !== i)) : i,
                )
              }
            />
            <span>{textIn(o, lang)}</span>
          </label>
        ))}
      </div>
    );
  }
  const [lo, hi] = q.kind === 'likert5' ? [1, 5] : q.kind === 'likert7' ? [1, 7] : [0, 10];
  const values = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return (
    <div>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        className={easy ? 'sb-scale sb-scale-easy' : 'sb-scale'}
        data-n={values.length}
        style={{ ['--n' as string]: values.length }}
      >
        {values.map((v) => (
          <label key={v} className="sb-option">
            <input
              id={v === lo ? focusId : undefined}
              type="radio"
              name={q.id}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
              aria-label={
                fill(tx.scale, { value: v, max: hi }) +
                (v === lo
                  ? ` (${q.kind === 'nps' ? tx.notLikely : tx.disagree})`
                  : v === hi
                    ? ` (${q.kind === 'nps' ? tx.likely : tx.agree})`
                    : '')
              }
            />
            {easy && q.kind === 'likert5' ? (
              <span aria-hidden className="sb-face">
                <span>{FACES[v - 1]}</span>
                <span>{v}</span>
              </span>
            ) : (
              <span aria-hidden>{v}</span>
            )}
          </label>
        ))}
      </div>
      <div className="sb-ends" aria-hidden>
        <span>
          {lo} = {q.kind === 'nps' ? tx.notLikely : tx.disagree}
        </span>
        <span>
          {hi} = {q.kind === 'nps' ? tx.likely : tx.agree}
        </span>
      </div>
    </div>
  );
}
