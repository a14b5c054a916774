import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { usePageTitle } from '../components/usePageTitle.ts';
import { type Answer, isAnswered, Questions } from './components/RespondentQuestions.tsx';
import { fill, type Key, TEXTS } from './respondentTexts.ts';
import createClient from 'openapi-fetch';
import type { paths } from '../../lib/api-paths.ts';
import type { RespondentForm } from '../../modules/surveys/schema.ts';
import { textIn, type Lang3 } from './texts.ts';
import './respondent.css';

/** The respondent's form at /s/:token: no login, no app shell, phone first, in nl, en or fr. */

const LOCALE = { nl: 'nl-BE', en: 'en-BE', fr: 'fr-BE' } as const;

/**
 * The typed client as a respondent uses it: no cookies (a link is the only key) and the form's
 * language, not the interface's, as `Accept-Language`.
 */
const respondentClient = createClient<paths>({
  baseUrl: '/api',
  credentials: 'omit',
  headers: { Accept: 'application/json' },
});

type Form = RespondentForm;
interface Failure {
  status: number;
  code: string;
  messages?: Record<Lang3, string>;
  message: string;
  fields: { path: string; message: string }[];
}

function failureOf(response: Response, error: unknown): Failure {
  const body = error as {
    error?: {
      code?: string;
      message?: string;
      fields?: { path: string; message: string }[];
      details?: { messages?: Record<Lang3, string> };
    };
  } | null;
  return {
    status: response.status,
    code: body?.error?.code ?? `http_${response.status}`,
    message: body?.error?.message ?? response.statusText,
    messages: body?.error?.details?.messages,
    fields: body?.error?.fields ?? [],
  };
}

function firstLanguage(available: Lang3[]): Lang3 {
  const wanted = (navigator.language || 'nl').slice(0, 2) as Lang3;
  return available.includes(wanted) ? wanted : 'nl';
}

export function RespondentRoute() {
  const { token = '' } = useParams();
  const [form, setForm] = useState<Form | null>(null);
  const [lang, setLang] = useState<Lang3>('nl');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(false);
  const firstError = useRef<string | null>(null);
  const tx = TEXTS[lang];
  const say = (key: Key, vars?: Record<string, string | number>) => fill(tx[key], vars);

  useEffect(() => {
    let live = true;
    respondentClient
      .GET('/s/{token}', { params: { path: { token } } })
      .then(({ data, error, response }) => {
        if (!live) return;
        if (!data) {
          setFailure(failureOf(response, error));
          return;
        }
        setForm(data);
        setLang(firstLanguage(data.languages));
      })
      .catch(() => live && setFailure({ status: 0, code: 'network', message: 'Network error', fields: [] }));
    return () => {
      live = false;
    };
  }, [token]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const title = done ? tx.thanksTitle : form ? textIn(form.title, lang) : failure ? titleOf(failure, lang) : tx.loading;
  usePageTitle(title);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each submit's errors render, to focus the first
  useEffect(() => {
    if (firstError.current) document.getElementById(`q-${firstError.current}`)?.focus();
    firstError.current = null;
  }, [errors]);

  const answered = form ? form.questions.filter((q) => isAnswered(answers[q.id])).length : 0;

  const submit = async () => {
    if (!form) return;
    const missing = form.questions.filter((q) => q.required && !isAnswered(answers[q.id]));
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((q) => [q.id, tx.required])));
      firstError.current = missing[0]!.id;
      setNotice(tx.fix);
      return;
    }
    setSending(true);
    setNotice(null);
    try {
      const r = await respondentClient.POST('/s/{token}', {
        params: { path: { token } },
        headers: { 'Accept-Language': lang },
        body: {
          language: lang,
          answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => isAnswered(v))),
        },
      });
      if (r.data) {
        setDone(true);
        window.scrollTo(0, 0);
        return;
      }
      const f = failureOf(r.response, r.error);
      if (f.status === 422 || f.status === 400) {
        const byQuestion = Object.fromEntries(
          f.fields.filter((x) => x.path.startsWith('answers.')).map((x) => [x.path.slice(8), x.message]),
        );
        setErrors(byQuestion);
        firstError.current = Object.keys(byQuestion)[0] ?? null;
        setNotice(f.messages?.[lang] ?? f.message);
      } else if (f.status === 429) {
        setNotice(f.messages?.[lang] ?? f.message);
      } else {
        setFailure(f);
      }
    } catch {
      setNotice(TEXTS[lang].errorTitle);
    } finally {
      setSending(false);
    }
  };

  const languageSwitch = form && form.languages.length > 1 && (
    <SegmentedControl
      aria-label={tx.language}
      classNames={{ input: 'sb-segment-input' }}
      value={lang}
      onChange={(v) => setLang(v as Lang3)}
      size="sm"
      data={form.languages.map((l) => ({ value: l, label: <span lang={l}>{l.toUpperCase()}</span> }))}
    />
  );

  return (
    <Box bg="gray.0" mih="100vh" py="md" px={{ base: 'xs', sm: 'md' }}>
      <Stack maw={720} mx="auto" gap="md">
        <Group justify="space-between" component="header">
          <Text fw={700} fz="lg" c="teal.8">
            Stuurboord
          </Text>
          {!done && languageSwitch}
        </Group>
        <Paper component="main" withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          {done ? (
            <Stack>
              <Title order={1}>{tx.thanksTitle}</Title>
              <Text>{tx.thanksText}</Text>
            </Stack>
          ) : failure ? (
            <Stack>
              <Title order={1}>{titleOf(failure, lang)}</Title>
              <Alert color={failure.status === 404 ? 'red' : 'orange'}>
                {failure.messages?.[lang] ?? failure.message}
              </Alert>
            </Stack>
          ) : !form ? (
            <Center py="xl" role="status">
              <Loader aria-label={tx.loading} />
            </Center>
          ) : (
            <Stack gap="lg">
              <Title order={1}>{textIn(form.title, lang)}</Title>
              {textIn(form.intro, lang) && <Text style={{ whiteSpace: 'pre-line' }}>{textIn(form.intro, lang)}</Text>}
              <Text size="sm" c="dimmed">
                {tx.anonymous}
                {form.closesOn
                  ? ` ${say('closesOn', { date: new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC' }).format(new Date(`${form.closesOn}T00:00:00Z`)) })}`
                  : ''}
              </Text>
              <Questions
                form={form}
                lang={lang}
                answers={answers}
                errors={errors}
                onAnswer={(id, v) => {
                  setAnswers((a) => ({ ...a, [id]: v }));
                  setErrors((e) => {
                    const { [id]: _, ...rest } = e;
                    return rest;
                  });
                }}
              />
              <Box
                pos="sticky"
                bottom={0}
                bg="white"
                py="sm"
                className="sb-footer"
                style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
              >
                <Stack gap="xs" className="sb-footer-stack">
                  <Text size="sm" aria-live="polite">
                    {say('progress', { answered, total: form.questions.length })}
                  </Text>
                  <Progress value={form.questions.length ? (answered / form.questions.length) * 100 : 0} aria-hidden />
                  {notice && (
                    <Alert color="red" role="alert" p="xs">
                      {notice}
                    </Alert>
                  )}
                  <Button size="lg" fullWidth onClick={submit} loading={sending} className="sb-submit">
                    {tx.submit}
                  </Button>
                </Stack>
              </Box>
            </Stack>
          )}
        </Paper>
      </Stack>
    </Box>
  );
}

function titleOf(f: Failure, lang: Lang3): string {
  const tx = TEXTS[lang];
  if (f.code === 'survey_link_used') return tx.usedTitle;
  if (f.code === 'survey_closed') return tx.closedTitle;
  if (f.status === 404) return tx.unknownTitle;
  if (f.status === 429) return tx.rateTitle;
  return tx.errorTitle;
}
