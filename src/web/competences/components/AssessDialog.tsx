import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/calendar.ts';
import type { Competence } from '../../../modules/competences/schema.ts';
import { call, client } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { refreshCompetences } from '../api.ts';
import { LevelPicker } from './LevelPicker.tsx';

/**
 * Record a level of one competence: a manager's assessment of `employeeId` (dated), or, without
 * `employeeId`, the caller's own self-assessment (today).
 */
export function AssessDialog({
  orgId,
  employeeId,
  competence,
  current,
  onClose,
}: {
  orgId: string;
  employeeId?: string;
  competence: Competence | null;
  current: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { level: current ?? 0, assessedOn: today(), note: '' },
    validate: { level: (v) => (v >= 1 && v <= 4 ? undefined : t('validation.required')) },
  });
  const save = useFormSave(
    form,
    ({ level, assessedOn, note }) => {
      const body = { competenceId: competence!.id, level, ...(note.trim() ? { note: note.trim() } : {}) };
      return employeeId
        ? call(
            client.POST('/orgs/{orgId}/competences/people/{employeeId}/assessments', {
              params: { path: { orgId, employeeId } },
              body: { ...body, assessedOn },
            }),
          )
        : call(client.POST('/orgs/{orgId}/competences/me/assessments', { params: { path: { orgId } }, body }));
    },
    refreshAndClose(() => refreshCompetences(orgId), onClose),
  );
  if (!competence) return null;
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('competences.person.assessTitle', { name: competence.name })}
      size="lg"
      gap="md"
      form={form}
      save={save}
    >
      <LevelPicker
        label={t('competences.person.levelCol')}
        levels={competence.levels}
        value={form.values.level || null}
        onChange={(level) => form.setFieldValue('level', level)}
        error={form.errors.level as string | undefined}
      />
      {employeeId && (
        <DateField
          label={t('competences.person.assessedOn')}
          required
          max={today()}
          {...form.getInputProps('assessedOn')}
        />
      )}
      <GrowingTextarea label={t('competences.person.note')} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
