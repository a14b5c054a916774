/**
 * A form in a card on a signed-in page (the account's profile and password, the organisation's
 * settings): an optional h2 that names the section, notices, the error of the last attempt, the fields
 * and the submit button at the bottom right (none without `submitLabel`, e.g. when the user may only read).
 *
 *   <FormCard title={t('account.profile')} onSubmit={form.onSubmit(() => save.mutate())} error={save.error}
 *     pending={save.isPending} submitLabel={t('account.saveProfile')}>
 *     <TextInput label={t('account.name')} {...form.getInputProps('name')} />
 *   </FormCard>
 */
import { Button, Group, Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';
import { Form } from './Form.tsx';

export function FormCard(props: {
  /** Makes the card a section named by this heading. */
  title?: string;
  /** Alerts above the fields (e.g. "read only"). */
  notices?: ReactNode;
  error: unknown;
  pending: boolean;
  submitLabel?: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component={props.title ? 'section' : undefined}
      aria-labelledby={props.title ? headingId : undefined}
    >
      {props.title && (
        <Title order={2} size="h3" id={headingId} mb="md">
          {props.title}
        </Title>
      )}
      <Form onSubmit={props.onSubmit}>
        {props.notices}
        <ErrorAlert error={props.error} />
        {props.children}
        {props.submitLabel && (
          <Group justify="flex-end">
            <Button type="submit" loading={props.pending}>
              {props.submitLabel}
            </Button>
          </Group>
        )}
      </Form>
    </Paper>
  );
}
