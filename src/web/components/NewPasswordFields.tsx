/**
 * "New password" and "repeat it": the pair of the reset, set-up and account forms, with their
 * checks (at least 10 characters; both the same) for useAppForm's `validate`.
 */
import type { TFunction } from 'i18next';
import type { AppForm } from './useAppForm.ts';
import { PasswordField } from './PasswordField.tsx';
import { newPassword, repeated } from './validation.ts';

/** The checks of a new password field and its repetition, by their names in the form. */
export function newPasswordRules<P extends string, R extends string>(t: TFunction, password: P, repeat: R) {
  return {
    [password]: (value: string) => newPassword(t, value),
    [repeat]: (value: string, values: Record<P, string>) => repeated(t, value, values[password]),
  } as Record<P | R, (value: string, values: Record<P, string>) => string | undefined>;
}

export function NewPasswordFields<Values extends Record<string, unknown>>(props: {
  form: AppForm<Values>;
  password: keyof Values & string;
  repeat: keyof Values & string;
  labels: { password: string; repeat: string; hint?: string };
}) {
  return (
    <>
      <PasswordField
        label={props.labels.password}
        description={props.labels.hint}
        autoComplete="new-password"
        required
        {...props.form.getInputProps(props.password)}
      />
      <PasswordField
        label={props.labels.repeat}
        autoComplete="new-password"
        required
        {...props.form.getInputProps(props.repeat)}
      />
    </>
  );
}
