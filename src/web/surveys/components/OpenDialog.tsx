import { Alert, Button, Checkbox, CopyButton, Group, Modal, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgDialogProps } from '../../components/dialogProps.ts';
import { call, client, fieldErrors } from '../../api.ts';
import { CopyField } from '../../components/CopyField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { DateField } from '../../components/DateField.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { refreshSurveys, surveyParams } from '../api.ts';
import { daysFromToday } from '../../../lib/calendar.ts';

const inDays = (n: number) => daysFromToday(n);

/** Opens a draft: number of invitations, closing date, open link; then shows the links once. */
export function OpenDialog({ orgId, surveyId, opened, onClose }: OrgDialogProps & { surveyId: string }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { invitations: 20 as string | number, closesOn: inDays(21), openLink: false },
    validate: { closesOn: (v) => required(t, v) },
  });
  const { invitations, closesOn, openLink } = form.values;
  const open = useMutation({
    mutationFn: () =>
      call(
        client.POST('/orgs/{orgId}/surveys/{surveyId}/open', {
          params: surveyParams(orgId, surveyId),
          body: { invitations: Number(invitations) || 0, closesOn, openLink },
        }),
      ),
    onSuccess: () => refreshSurveys(orgId),
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const result = open.data;
  const download = () => {
    if (!result) return;
    const url = URL.createObjectURL(new Blob([result.csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `links-${surveyId.slice(0, 8)}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const all = result?.links.join('\n') ?? '';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={result ? t('surveys.open.linksTitle') : t('surveys.open.title')}
      size="lg"
      closeOnClickOutside={!result}
    >
      {!result ? (
        <Form onSubmit={form.onSubmit(() => open.mutate())} gap="md">
          <NumberField
            label={t('surveys.open.invitations')}
            {...form.getInputProps('invitations')}
            min={0}
            max={5000}
            allowDecimal={false}
          />
          <DateField
            label={t('surveys.open.closesOn')}
            value={closesOn}
            onChange={(v) => form.setFieldValue('closesOn', v)}
            error={form.errors.closesOn}
            min={inDays(0)}
            required
          />
          <Checkbox label={t('surveys.open.openLink')} {...form.getInputProps('openLink', { type: 'checkbox' })} />
          {open.error && <ErrorAlert error={open.error} />}
          <Button type="submit" loading={open.isPending}>
            {t('surveys.open.submit')}
          </Button>
        </Form>
      ) : (
        <Stack gap="md">
          <Alert color="orange">{t('surveys.open.once')}</Alert>
          {result.openLink && <CopyField label={t('surveys.open.openLinkLabel')} value={result.openLink} />}
          {result.links.length > 0 && (
            <>
              <GrowingTextarea
                label={t('surveys.open.links', { count: result.links.length })}
                value={all}
                readOnly
                minRows={3}
                maxRows={10}
                styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
              />
              <Group>
                <CopyButton value={all}>
                  {({ copied, copy }) => (
                    <Button variant="light" onClick={copy} aria-live="polite">
                      {copied ? t('common.copied') : t('surveys.open.copyAll')}
                    </Button>
                  )}
                </CopyButton>
                <Button variant="light" onClick={download}>
                  {t('surveys.open.csv')}
                </Button>
              </Group>
            </>
          )}
          <Button onClick={onClose}>{t('surveys.open.done')}</Button>
        </Stack>
      )}
    </Modal>
  );
}
