import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, client, fieldErrors, queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { financeKey, modelQuery } from '../api.ts';
import { type FinanceContext, financePage } from '../components/FinanceFrame.tsx';
import { Section } from '../../components/Section.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { AssignmentsEditor } from '../model/AssignmentsEditor.tsx';
import { CentresEditor } from '../model/CentresEditor.tsx';
import { KeysEditor } from '../model/KeysEditor.tsx';
import { emptyDoc, normalise } from '../model/modelDoc.ts';
import { ModelTemplate } from '../model/ModelTemplate.tsx';
import { RulesEditor } from '../model/RulesEditor.tsx';
import type { CostModelDoc } from '../../../modules/finance/schema.ts';

/** The parts of the model document, each with its editor, in the order they build on each other. */
const PARTS = [
  ['centres', CentresEditor],
  ['keys', KeysEditor],
  ['allocation', RulesEditor],
  ['assignments', AssignmentsEditor],
] as const;

function Model({ orgId, year, canManage, ready }: FinanceContext) {
  const { t } = useTranslation();
  const model = useQuery({ ...modelQuery(orgId, year), enabled: ready });
  // The model is one form: its editors change `form.values`; the server's errors show on their fields.
  const form = useAppForm<CostModelDoc>({ initialValues: emptyDoc(year) });
  const [loaded, setLoaded] = useState(false);
  /** Shows a model as saved (not dirty). */
  const load = (doc: CostModelDoc) => {
    form.setValues(doc);
    form.resetDirty(doc);
    form.clearErrors();
    setLoaded(true);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer from the server is loaded, nothing else
  useEffect(() => {
    if (model.data) load(normalise({ ...emptyDoc(year), ...model.data }));
  }, [model.data, year]);
  const save = useMutation({
    mutationFn: (doc: CostModelDoc) =>
      call(client.PUT('/orgs/{orgId}/finance/model', { params: { path: { orgId }, query: { year } }, body: doc })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(modelQuery(orgId, year).queryKey, saved);
      load(normalise(saved));
      await queryClient.invalidateQueries({ queryKey: [...financeKey(orgId), 'costprice'] });
      notifications.show({ color: 'teal', message: t('finance.model.saved', { year }) });
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  if (!loaded) return <QueryState error={model.error} />;
  const draft = form.values;
  const dirty = form.isDirty();
  const errors = form.errors as Record<string, string>;
  const props = { doc: draft, onChange: (doc: CostModelDoc) => form.setValues(doc), errors, editable: canManage };
  const fields = save.error instanceof ApiError ? save.error.fields : [];
  return (
    <Stack gap="lg">
      <Section title={t('finance.model.templateTitle')}>
        <ModelTemplate
          orgId={orgId}
          year={year}
          canManage={canManage}
          onImported={(doc) => {
            load(normalise(doc));
            notifications.show({ color: 'teal', message: t('finance.model.imported', { year }) });
          }}
        />
      </Section>
      {!canManage && (
        <Alert color="blue" variant="light">
          {t('finance.readOnly')}
        </Alert>
      )}
      {draft.centres.length === 0 && (
        <Text>{t(canManage ? 'finance.model.empty' : 'finance.model.emptyReadOnly')}</Text>
      )}
      {PARTS.map(([part, Editor]) => (
        <Section key={part} title={t(`finance.model.${part}`)}>
          <Editor {...props} />
        </Section>
      ))}
      {save.error !== null && (
        <Stack gap={4}>
          <ErrorAlert error={save.error} />
          {fields.length > 0 && (
            <List size="sm" c="red.8">
              {fields.map((f) => (
                <List.Item key={f.path}>
                  {f.path}: {f.message}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {canManage && (
        <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="gray.0" style={{ zIndex: 2 }}>
          {dirty && (
            <Text size="sm" c="dimmed" role="status">
              {t('finance.model.unsaved')}
            </Text>
          )}
          <Button onClick={() => save.mutate({ ...form.values, year })} loading={save.isPending}>
            {t('finance.model.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** `/o/:orgId/finance/model`: the cost model of a year, edited as one document. */
export const ModelPage = financePage({ title: 'finance.model.title', page: 'model', perYear: true }, Model);
