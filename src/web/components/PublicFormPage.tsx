/**
 * The one shape of the pages before login (log in, choose a new password, first set-up): a card
 * with the title (also the document title), an intro, notices, the error of the last attempt, the
 * fields, one full-width submit button and a footer. After success `done` replaces fields and button.
 *
 *   <PublicFormPage title={t('login.title')} intro={t('login.intro')} submitLabel={t('login.submit')}
 *     onSubmit={form.onSubmit(() => login.mutate())} error={login.error} pending={login.isPending}>
 *     <TextInput label={t('login.email')} {...form.getInputProps('email')} />
 *   </PublicFormPage>
 */
import { Button, Text, Title } from '@mantine/core';
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
  /** The submit button is disabled (e.g. the link has no token). */
  disabled?: boolean;
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
            <ErrorAlert error={props.error} />
            {props.children}
            <Button type="submit" loading={props.pending} disabled={props.disabled} fullWidth>
              {props.submitLabel}
            </Button>
            {props.footer}
          </>
        )}
      </Form>
    </PublicLayout>
  );
}
