/** The social-economy dialogs: each is one form (FormDialog) that saves through the typed client. */
import { Checkbox, MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement, Partner, Worker } from '../../../modules/social-economy/schema.ts';
import type { Phase } from '../../../modules/social-economy/logic/types.ts';
import { call, client } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { refreshAndClose, useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { inOrg, refreshSe } from '../api.ts';
import { kindOptions, languageOptions, outcomeOptions, talentOptions } from './labels.ts';

interface Base {
  orgId: string;
  onClose: () => void;
}
const nn = (v: string) => (v === '' ? null : v);
const num = (v: number | string) => (v === '' ? null : Number(v));
const toCents = (euros: number | string) => Math.round(Number(euros) * 100);

export function PartnerDialog({ orgId, onClose, partner }: Base & { partner?: Partner }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: {
      name: partner?.name ?? '',
      kind: partner?.kind ?? 'lde',
      kbo: partner?.kbo ?? '',
      address: partner?.address ?? '',
      notes: partner?.notes ?? '',
    },
    validate: { name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = { ...v, kind: v.kind as Partner['kind'] };
      return partner
        ? call(
            client.PATCH('/orgs/{orgId}/social-economy/partners/{partnerId}', {
              params: { path: { orgId, partnerId: partner.id } },
              body,
            }),
          )
        : call(client.POST('/orgs/{orgId}/social-economy/partners', { ...inOrg(orgId), body }));
    },
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={partner ? partner.name : t('se.partners.add')} form={form} save={save}>
      <TextInput label={t('se.partners.name')} required data-autofocus {...form.getInputProps('name')} />
      <Select
        label={t('se.partners.kind')}
        data={kindOptions(t)}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <TextInput label={t('se.partners.kbo')} {...form.getInputProps('kbo')} />
      <TextInput label={t('se.partners.address')} {...form.getInputProps('address')} />
      <GrowingTextarea label={t('se.partners.notes')} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}

export function ContactDialog({ orgId, onClose, partnerId }: Base & { partnerId: string }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { name: '', function: '', email: '', phone: '' },
    validate: { name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (body) =>
      call(
        client.POST('/orgs/{orgId}/social-economy/partners/{partnerId}/contacts', {
          params: { path: { orgId, partnerId } },
          body,
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('se.contacts.add')} form={form} save={save}>
      <TextInput label={t('se.contacts.name')} required data-autofocus {...form.getInputProps('name')} />
      <TextInput label={t('se.contacts.function')} {...form.getInputProps('function')} />
      <TextInput label={t('se.contacts.email')} {...form.getInputProps('email')} />
      <TextInput label={t('se.contacts.phone')} {...form.getInputProps('phone')} />
    </FormDialog>
  );
}

export function CoachDialog({
  orgId,
  onClose,
  partnerId,
  members,
}: Base & { partnerId: string; members: { userId: string; name: string; email: string }[] }) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: { userId: '' }, validate: { userId: (v) => required(t, v) } });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.PUT('/orgs/{orgId}/social-economy/partner-members', {
          ...inOrg(orgId),
          body: { userId: v.userId, partnerId },
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('se.coaches.link')} form={form} save={save}>
      <Select
        label={t('se.coaches.member')}
        description={t('se.coaches.memberHelp')}
        required
        data-autofocus
        data={members.map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }))}
        {...form.getInputProps('userId')}
      />
    </FormDialog>
  );
}

export function AgreementDialog({
  orgId,
  onClose,
  partners,
  agreement,
  partnerId,
}: Base & { partners: Partner[]; agreement?: Agreement; partnerId?: string }) {
  const { t } = useTranslation();
  const a = agreement;
  const form = useAppForm({
    initialValues: {
      partnerId: a?.partnerId ?? partnerId ?? partners[0]?.id ?? '',
      title: a?.title ?? '',
      content: a?.content ?? '',
      tasks: a?.tasks ?? '',
      scopeUnit: a?.scopeUnit ?? 'hours_per_week',
      scopeAmount: (a?.scopeAmount ?? '') as number | string,
      startOn: a?.startOn ?? '',
      endOn: a?.endOn ?? '',
      evaluationOn: a?.evaluationOn ?? '',
      priceUnit: a?.priceUnit ?? 'hour',
      price: (a ? a.priceCents / 100 : '') as number | string,
      coachingHoursPerMonth: (a?.coachingHoursPerMonth ?? 0) as number | string,
      trainingHoursPerYear: (a?.trainingHoursPerYear ?? 0) as number | string,
      coach: a?.coach ?? '',
      conditions: a?.conditions ?? '',
      costCentre: a?.costCentre ?? '',
    },
    validate: {
      partnerId: (v) => required(t, v),
      title: (v) => required(t, v),
      startOn: (v) => required(t, v),
      scopeAmount: (v) => (v === '' ? t('validation.required') : undefined),
      price: (v) => (v === '' ? t('validation.required') : undefined),
    },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = {
        partnerId: v.partnerId,
        title: v.title,
        content: v.content,
        tasks: v.tasks,
        scopeUnit: v.scopeUnit as Agreement['scopeUnit'],
        scopeAmount: Number(v.scopeAmount),
        startOn: v.startOn,
        endOn: nn(v.endOn),
        evaluationOn: nn(v.evaluationOn),
        priceUnit: v.priceUnit as Agreement['priceUnit'],
        priceCents: toCents(v.price),
        coachingHoursPerMonth: Number(v.coachingHoursPerMonth || 0),
        trainingHoursPerYear: Number(v.trainingHoursPerYear || 0),
        coach: v.coach,
        conditions: v.conditions,
        costCentre: v.costCentre,
      };
      return a
        ? call(
            client.PUT('/orgs/{orgId}/social-economy/agreements/{agreementId}', {
              params: { path: { orgId, agreementId: a.id } },
              body,
            }),
          )
        : call(client.POST('/orgs/{orgId}/social-economy/agreements', { ...inOrg(orgId), body }));
    },
    refreshAndClose(() => refreshSe(orgId), onClose),
    { priceCents: 'price' },
  );
  return (
    <FormDialog opened onClose={onClose} title={a ? a.title : t('se.agreements.add')} size="lg" form={form} save={save}>
      <Select
        label={t('se.agreements.partner')}
        required
        allowDeselect={false}
        data={partners.map((p) => ({ value: p.id, label: p.name }))}
        {...form.getInputProps('partnerId')}
      />
      <TextInput label={t('se.agreements.titleField')} required data-autofocus {...form.getInputProps('title')} />
      <GrowingTextarea label={t('se.agreements.content')} {...form.getInputProps('content')} />
      <GrowingTextarea label={t('se.agreements.tasks')} {...form.getInputProps('tasks')} />
      <Select
        label={t('se.agreements.scopeUnit')}
        allowDeselect={false}
        data={[
          { value: 'hours_per_week', label: t('se.scope.hours_per_week') },
          { value: 'fte', label: t('se.scope.fte') },
        ]}
        {...form.getInputProps('scopeUnit')}
      />
      <NumberField
        label={t('se.agreements.scopeAmount')}
        required
        min={0}
        decimalScale={2}
        {...form.getInputProps('scopeAmount')}
      />
      <DateField label={t('se.agreements.startOn')} required {...form.getInputProps('startOn')} />
      <DateField label={t('se.agreements.endOn')} {...form.getInputProps('endOn')} />
      <DateField label={t('se.agreements.evaluationOn')} {...form.getInputProps('evaluationOn')} />
      <Select
        label={t('se.agreements.priceUnit')}
        allowDeselect={false}
        data={[
          { value: 'hour', label: t('se.price.hour') },
          { value: 'fte_year', label: t('se.price.fte_year') },
        ]}
        {...form.getInputProps('priceUnit')}
      />
      <MoneyField label={t('se.agreements.price')} required min={0} {...form.getInputProps('price')} />
      <NumberField label={t('se.agreements.coachingHours')} min={0} {...form.getInputProps('coachingHoursPerMonth')} />
      <NumberField label={t('se.agreements.trainingHours')} min={0} {...form.getInputProps('trainingHoursPerYear')} />
      <TextInput label={t('se.agreements.coach')} {...form.getInputProps('coach')} />
      <GrowingTextarea label={t('se.agreements.conditions')} {...form.getInputProps('conditions')} />
      <TextInput
        label={t('se.agreements.costCentre')}
        description={t('se.agreements.costCentreHelp')}
        {...form.getInputProps('costCentre')}
      />
    </FormDialog>
  );
}

export function AmendmentDialog({ orgId, onClose, agreementId }: Base & { agreementId: string }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: {
      effectiveOn: '',
      description: '',
      scopeAmount: '' as number | string,
      price: '' as number | string,
      endOn: '',
    },
    validate: { effectiveOn: (v) => required(t, v), description: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/social-economy/agreements/{agreementId}/amendments', {
          params: { path: { orgId, agreementId } },
          body: {
            effectiveOn: v.effectiveOn,
            description: v.description,
            scopeAmount: num(v.scopeAmount),
            priceCents: v.price === '' ? null : toCents(v.price),
            endOn: nn(v.endOn),
          },
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
    { priceCents: 'price' },
  );
  return (
    <FormDialog opened onClose={onClose} title={t('se.amendments.add')} form={form} save={save}>
      <DateField label={t('se.amendments.effectiveOn')} required {...form.getInputProps('effectiveOn')} />
      <GrowingTextarea
        label={t('se.amendments.description')}
        required
        data-autofocus
        {...form.getInputProps('description')}
      />
      <NumberField
        label={t('se.amendments.scopeAmount')}
        min={0}
        decimalScale={2}
        {...form.getInputProps('scopeAmount')}
      />
      <MoneyField label={t('se.amendments.price')} min={0} {...form.getInputProps('price')} />
      <DateField label={t('se.amendments.endOn')} {...form.getInputProps('endOn')} />
    </FormDialog>
  );
}

/** A new placed worker, or (with `worker`) the same form prefilled to change one; only `socialeconomy.manage` may. */
export function WorkerDialog({
  orgId,
  onClose,
  partners,
  agreements,
  partnerId,
  worker: w,
}: Base & { partners: Partner[]; agreements: Agreement[]; partnerId?: string; worker?: Worker }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: {
      partnerId: w?.partnerId ?? partnerId ?? partners[0]?.id ?? '',
      agreementId: w?.agreementId ?? '',
      name: w?.name ?? '',
      tasks: w?.tasks ?? '',
      languageLevel: (w?.languageLevel ?? '') as string,
      talents: (w?.talents ?? []) as string[],
      hoursPerWeek: (w?.hoursPerWeek ?? '') as number | string,
      placedOn: w?.placedOn ?? '',
      leftOn: w?.leftOn ?? '',
      ldeStartOn: w?.ldeStartOn ?? '',
      deadlineException: w?.deadlineException ?? false,
    },
    validate: { partnerId: (v) => required(t, v), name: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) => {
      const body = {
        partnerId: v.partnerId,
        agreementId: nn(v.agreementId),
        name: v.name,
        tasks: v.tasks,
        languageLevel: nn(v.languageLevel) as Worker['languageLevel'],
        talents: v.talents as Worker['talents'],
        hoursPerWeek: num(v.hoursPerWeek),
        placedOn: nn(v.placedOn),
        ldeStartOn: nn(v.ldeStartOn),
        deadlineException: v.deadlineException,
      };
      return w
        ? call(
            client.PATCH('/orgs/{orgId}/social-economy/workers/{workerId}', {
              params: { path: { orgId, workerId: w.id } },
              body: { ...body, leftOn: nn(v.leftOn) },
            }),
          )
        : call(client.POST('/orgs/{orgId}/social-economy/workers', { ...inOrg(orgId), body }));
    },
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  const ofPartner = agreements.filter((a) => a.partnerId === form.values.partnerId);
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={w ? t('se.workers.editName', { name: w.name }) : t('se.workers.add')}
      size="lg"
      form={form}
      save={save}
    >
      <TextInput label={t('se.workers.name')} required data-autofocus {...form.getInputProps('name')} />
      <Select
        label={t('se.workers.partner')}
        required
        allowDeselect={false}
        data={partners.map((p) => ({ value: p.id, label: p.name }))}
        {...form.getInputProps('partnerId')}
      />
      <Select
        label={t('se.workers.agreement')}
        clearable
        data={ofPartner.map((a) => ({ value: a.id, label: a.title }))}
        {...form.getInputProps('agreementId')}
      />
      <GrowingTextarea label={t('se.workers.tasks')} {...form.getInputProps('tasks')} />
      <Select
        label={t('se.workers.language')}
        clearable
        data={languageOptions()}
        {...form.getInputProps('languageLevel')}
      />
      <MultiSelect label={t('se.workers.talents')} data={talentOptions(t)} {...form.getInputProps('talents')} />
      <NumberField label={t('se.workers.hoursPerWeek')} min={0} max={60} {...form.getInputProps('hoursPerWeek')} />
      <DateField label={t('se.workers.placedOn')} {...form.getInputProps('placedOn')} />
      {w && (
        <DateField
          label={t('se.workers.leftOn')}
          description={t('se.workers.leftOnHelp')}
          {...form.getInputProps('leftOn')}
        />
      )}
      <DateField
        label={t('se.workers.ldeStartOn')}
        description={t('se.workers.ldeStartHelp')}
        {...form.getInputProps('ldeStartOn')}
      />
      <Checkbox label={t('se.workers.exception')} {...form.getInputProps('deadlineException', { type: 'checkbox' })} />
    </FormDialog>
  );
}

export function HoursDialog({
  orgId,
  onClose,
  workerId,
  trajectoryId,
}: Base & { workerId: string; trajectoryId: string | null }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: {
      kind: 'coaching',
      workedOn: '',
      hours: '' as number | string,
      inTrajectory: trajectoryId !== null,
      note: '',
    },
    validate: {
      workedOn: (v) => required(t, v),
      hours: (v) => (v === '' ? t('validation.required') : undefined),
    },
  });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/social-economy/workers/{workerId}/hours', {
          params: { path: { orgId, workerId } },
          body: {
            kind: v.kind as 'work' | 'coaching',
            workedOn: v.workedOn,
            hours: Number(v.hours),
            trajectoryId: v.kind === 'coaching' && v.inTrajectory ? trajectoryId : null,
            note: v.note,
          },
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('se.hours.add')} form={form} save={save}>
      <Select
        label={t('se.hours.kind')}
        allowDeselect={false}
        data={[
          { value: 'coaching', label: t('se.hours.coaching') },
          { value: 'work', label: t('se.hours.work') },
        ]}
        {...form.getInputProps('kind')}
      />
      <DateField label={t('se.hours.date')} required {...form.getInputProps('workedOn')} />
      <NumberField
        label={t('se.hours.hours')}
        required
        min={0}
        max={24}
        decimalScale={2}
        {...form.getInputProps('hours')}
      />
      {trajectoryId && form.values.kind === 'coaching' && (
        <Checkbox label={t('se.hours.inTrajectory')} {...form.getInputProps('inTrajectory', { type: 'checkbox' })} />
      )}
      <TextInput label={t('se.hours.note')} {...form.getInputProps('note')} />
    </FormDialog>
  );
}

export function EvaluationDialog({ orgId, onClose, workerId }: Base & { workerId: string }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { evaluatedOn: '', score: '', summary: '' },
    validate: { evaluatedOn: (v) => required(t, v), summary: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/social-economy/workers/{workerId}/evaluations', {
          params: { path: { orgId, workerId } },
          body: { evaluatedOn: v.evaluatedOn, score: v.score === '' ? null : Number(v.score), summary: v.summary },
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('se.evaluations.add')} form={form} save={save}>
      <DateField label={t('se.evaluations.date')} required {...form.getInputProps('evaluatedOn')} />
      <Select
        label={t('se.evaluations.score')}
        clearable
        data={['1', '2', '3', '4', '5'].map((s) => ({ value: s, label: t(`se.score.${s}`) }))}
        {...form.getInputProps('score')}
      />
      <GrowingTextarea label={t('se.evaluations.summary')} required minRows={3} {...form.getInputProps('summary')} />
    </FormDialog>
  );
}

export function GoalDialog({ orgId, onClose, workerId }: Base & { workerId: string }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { description: '', dueOn: '' },
    validate: { description: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/social-economy/workers/{workerId}/goals', {
          params: { path: { orgId, workerId } },
          body: { description: v.description, dueOn: nn(v.dueOn) },
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('se.goals.add')} form={form} save={save}>
      <GrowingTextarea
        label={t('se.goals.description')}
        required
        data-autofocus
        {...form.getInputProps('description')}
      />
      <DateField label={t('se.goals.dueOn')} {...form.getInputProps('dueOn')} />
    </FormDialog>
  );
}

export function StartTrajectoryDialog({ orgId, onClose, workerId }: Base & { workerId: string }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { startedOn: '', note: '' },
    validate: { startedOn: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (body) =>
      call(
        client.POST('/orgs/{orgId}/social-economy/workers/{workerId}/trajectories', {
          params: { path: { orgId, workerId } },
          body,
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('se.trajectories.start')} form={form} save={save}>
      <DateField label={t('se.trajectories.startedOn')} required {...form.getInputProps('startedOn')} />
      <TextInput label={t('se.trajectories.note')} {...form.getInputProps('note')} />
    </FormDialog>
  );
}

export function PhaseDialog({
  orgId,
  onClose,
  workerId,
  trajectoryId,
  phase,
}: Base & { workerId: string; trajectoryId: string; phase: Phase }) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: { startedOn: '' }, validate: { startedOn: (v) => required(t, v) } });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/social-economy/workers/{workerId}/trajectories/{trajectoryId}/phases', {
          params: { path: { orgId, workerId, trajectoryId } },
          body: { phase, startedOn: v.startedOn },
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('se.trajectories.toPhase', { phase: t(`se.phase.${phase}`) })}
      form={form}
      save={save}
    >
      <DateField label={t('se.trajectories.phaseStart')} required {...form.getInputProps('startedOn')} />
    </FormDialog>
  );
}

export function OutcomeDialog({
  orgId,
  onClose,
  workerId,
  trajectoryId,
}: Base & { workerId: string; trajectoryId: string }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { outcome: 'hired', outcomeOn: '' },
    validate: { outcomeOn: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/social-economy/workers/{workerId}/trajectories/{trajectoryId}/outcome', {
          params: { path: { orgId, workerId, trajectoryId } },
          body: { outcome: v.outcome as 'hired', outcomeOn: v.outcomeOn },
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
  );
  return (
    <FormDialog opened onClose={onClose} title={t('se.trajectories.close')} form={form} save={save}>
      <Select
        label={t('se.trajectories.outcome')}
        allowDeselect={false}
        data={outcomeOptions(t)}
        {...form.getInputProps('outcome')}
      />
      <DateField label={t('se.trajectories.outcomeOn')} required {...form.getInputProps('outcomeOn')} />
    </FormDialog>
  );
}

export function FundingRuleDialog({ orgId, onClose }: Base) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { validFrom: '', validTo: '', amount: 4200 as number | string, note: '' },
    validate: { validFrom: (v) => required(t, v), amount: (v) => (v === '' ? t('validation.required') : undefined) },
  });
  const save = useFormSave(
    form,
    (v) =>
      call(
        client.POST('/orgs/{orgId}/social-economy/funding-rules', {
          ...inOrg(orgId),
          body: { validFrom: v.validFrom, validTo: nn(v.validTo), amountCents: toCents(v.amount), note: v.note },
        }),
      ),
    refreshAndClose(() => refreshSe(orgId), onClose),
    { amountCents: 'amount' },
  );
  return (
    <FormDialog opened onClose={onClose} title={t('se.funding.add')} form={form} save={save}>
      <DateField label={t('se.funding.validFrom')} required {...form.getInputProps('validFrom')} />
      <DateField label={t('se.funding.validTo')} {...form.getInputProps('validTo')} />
      <MoneyField label={t('se.funding.amount')} required min={0} {...form.getInputProps('amount')} />
      <TextInput label={t('se.funding.note')} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
