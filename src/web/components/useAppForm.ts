/**
 * The form pattern of the UI: @mantine/form in controlled mode, our translated checks
 * (validation.ts) per field, and the server's field errors shown next to their fields.
 *
 *   const form = useAppForm({
 *     initialValues: { email: '', password: '' },
 *     validate: { email: (v) => email(t, v), password: (v) => required(t, v) },
 *   });
 *   const save = useMutation({
 *     mutationFn: (values: typeof form.values) => call(client.POST('/orgs/{orgId}/…', { params, body: values })),
 *     onError: (error) => form.showServerErrors(fieldErrors(error), { 'organisation.name': 'orgName' }),
 *   });
 *   <Form onSubmit={form.onSubmit((values) => save.mutate(values))}>
 *     <TextInput label={t('x.email')} {...form.getInputProps('email')} />
 *
 * A field's error clears when it changes; `validateOnBlur: ['kbo']` checks those fields on leaving them.
 */
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fieldErrors } from '../api.ts';
import { mapServerErrors } from './formErrors.ts';

/** Per-field checks: a translated message, or undefined when the value is fine. */
export type FieldRules<Values> = Partial<{
  [Name in keyof Values]: (value: Values[Name], values: Values) => string | undefined;
}>;

export function useAppForm<Values extends Record<string, unknown>>(options: {
  initialValues: Values;
  validate?: FieldRules<Values>;
  validateOnBlur?: Array<keyof Values & string>;
}) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: options.initialValues,
    // Our rules are a subset of @mantine/form's (no nested lists); undefined means "no error".
    validate: options.validate as never,
    validateInputOnBlur: options.validateOnBlur ?? false,
    clearInputErrorOnChange: true,
  });
  const names = Object.keys(options.initialValues) as Array<keyof Values & string>;

  /** Shows the server's field errors (`fieldErrors(error)`), mapping paths such as `organisation.kbo`. */
  const showServerErrors = (
    fields: Record<string, string>,
    pathToName: Partial<Record<string, keyof Values & string>> = {},
  ) => form.setErrors(mapServerErrors(fields, names, pathToName));

  return Object.assign(form, { showServerErrors });
}

export type AppForm<Values extends Record<string, unknown>> = ReturnType<typeof useAppForm<Values>>;

/**
 * Fills a dialog's form each time it opens or its subject changes: fresh values, nothing dirty, no
 * errors and no failed save left from last time. `fill` answers null while the dialog is closed.
 *
 *   useFillOnOpen(form, save, () => (opened ? (fn ? valuesOf(fn) : blank()) : null), [opened, fn]);
 */
export function useFillOnOpen<Values extends Record<string, unknown>>(
  form: AppForm<Values>,
  save: { reset: () => void },
  fill: () => Values | null,
  deps: readonly unknown[],
) {
  useEffect(
    () => {
      const values = fill();
      if (!values) return;
      form.setValues(values);
      form.resetDirty();
      form.clearErrors();
      save.reset();
    },
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names when the form is filled again
    deps,
  );
}

/**
 * The save of a form: `send` its values, then `done` (refresh the module's queries, close the dialog);
 * the save stays pending until `done` has finished. A refusal's field errors land on the form's fields
 * (`pathToName` as in `showServerErrors`).
 *
 *   const save = useFormSave(
 *     form,
 *     (v) => call(client.POST('/orgs/{orgId}/…', { params, body: v })),
 *     refreshAndClose(() => refreshClients(orgId), onClose),
 *   );
 *   <FormDialog … form={form} save={save}>
 */
export function useFormSave<Values extends Record<string, unknown>, Data>(
  form: AppForm<Values>,
  send: (values: Values) => Promise<Data>,
  done: (data: Data) => unknown,
  pathToName?: Partial<Record<string, keyof Values & string>>,
) {
  return useMutation({
    mutationFn: send,
    onSuccess: async (data) => {
      await done(data);
    },
    onError: (error) => form.showServerErrors(fieldErrors(error), pathToName),
  });
}

/**
 * What a dialog does once it has saved: wait until the module's queries are fresh (`refresh`), then
 * `close`. As `done` of useFormSave (or a mutation's `onSuccess`) the save stays pending meanwhile.
 */
export function refreshAndClose(refresh: () => Promise<unknown>, close: () => void) {
  return async () => {
    await refresh();
    close();
  };
}
