/**
 * The one shape of the pages before login (log in, choose a new password, first set-up): a card
 * with the title (also the document title), an intro, notices, the error of the last attempt, the
 * fields, one full-width submit button and a footer; `blocked` says why it cannot be sent (no link
 * token). After success `done` replaces fields and button.
 *
 *   <PublicFormPage title={t('login.title')} intro={t('login.intro')} submitLabel={t('login.submit')}
 *     onSubmit={form.onSubmit(() => login.mutate())} error={login.error} pending={login.isPending}>
 *     <TextInput label={t('login.email')} {...form.getInputProps('email')} />
 *   </PublicFormPage>
 */
import { Alert, Button, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';
import { Form } from './Form.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { usePageTitle } from './usePageTitle.ts';

export function PublicFormPage(props: {
  title: string;
  intro?: ReactNode;
  /** Alerts above the fields (a missing link token, set-up still needed …). */
  notices?: ReactNode;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  /** Why the form cannot be sent (the link has no token): an alert above the fields, the submit disabled. */
  blocked?: string | false;
  onSubmit: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** Shown instead of the fields once the job is done (with the footer kept). */
  done?: ReactNode;
  width?: number;
}) {
  usePageTitle(props.title);
  return (
    <PublicLayout width={props.width}>
      <Form onSubmit={props.onSubmit}>
        <Title order={1} size="h2">
          {props.title}
        </Title>
        {props.done || (
          <>
            {props.intro && (
              <Text c="dimmed" size="sm">
                {props.intro}
              </Text>
            )}
            {props.notices}
            {props.blocked && (
              <Alert color="red" variant="light" role="alert">
                {props.blocked}
              </Alert>
            )}
            <ErrorAlert error={props.error} />
            {props.children}
            <Button type="submit" loading={props.pending} disabled={Boolean(props.blocked)} fullWidth>
              {props.submitLabel}
            </Button>
            {props.footer}
          </>
        )}
      </Form>
    </PublicLayout>
  );
}
