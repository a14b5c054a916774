import { type ChangeEvent, useState } from 'react';

type Errors<T> = Partial<Record<keyof T, string>>;

/**
 * Values and error messages of a small form. `input(name)` gives the props of a text input;
 * errors (from client checks or the server's `fields`) are shown next to their field.
 */
export function useFormFields<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Errors<T>>({});

  const set = (name: keyof T, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => (current[name] ? { ...current, [name]: undefined } : current));
  };

  const input = (name: keyof T) => ({
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(name, event.currentTarget.value),
    error: errors[name],
  });

  /** Sets the errors; returns true when there are none (the form may be sent). */
  const check = (found: Errors<T>): boolean => {
    const clean = Object.fromEntries(Object.entries(found).filter(([, message]) => Boolean(message))) as Errors<T>;
    setErrors(clean);
    return Object.keys(clean).length === 0;
  };

  /** Sets or clears the error of one field (a check when the field loses focus). */
  const validate = (name: keyof T, message: string | undefined) =>
    setErrors((current) => ({ ...current, [name]: message }));

  /** Maps the server's field paths (`organisation.kbo`) onto this form's names. */
  const showServerErrors = (fields: Record<string, string>, pathToName: Partial<Record<string, keyof T>> = {}) => {
    const mapped: Errors<T> = {};
    for (const [path, message] of Object.entries(fields)) {
      const name = pathToName[path] ?? (path in values ? (path as keyof T) : undefined);
      if (name) mapped[name] = message;
    }
    setErrors(mapped);
  };

  return { values, setValues, errors, set, input, check, validate, showServerErrors, reset: () => setValues(initial) };
}
