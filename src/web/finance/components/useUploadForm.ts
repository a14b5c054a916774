/**
 * The form of a finance upload (accounts, ledger, model template) on useAppForm: a required `file`
 * next to the form's own fields, the upload's progress and its last error. A refused file's field
 * errors land on the form's fields (`year`, `file`); its per-line errors are for FieldErrorsTable.
 *
 *   const upload = useUploadForm({ year: '2026' });
 *   <Form onSubmit={upload.form.onSubmit((values) => void upload.run((onProgress) => uploadTo(…, onProgress)))}>
 *     <FileField key={upload.fileKey} label={…} accept={…} {...upload.fileProps} />
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '../../api.ts';
import { useAppForm } from '../../components/useAppForm.ts';

export function useUploadForm<Extra extends Record<string, unknown>>(extra: Extra) {
  const { t } = useTranslation();
  const form = useAppForm<Extra & { file: File | null }>({
    initialValues: { ...extra, file: null },
    validate: { file: (file: File | null) => (file ? undefined : t('finance.upload.chooseFile')) } as never,
  });
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A new key empties the native file input after a successful upload.
  const [fileKey, setFileKey] = useState(0);
  const busy = progress !== null;

  /**
   * Sends (reporting progress); resolves with the answer, or undefined after showing the refusal
   * (unless `handled` takes care of it and answers true).
   */
  const run = async <Answer>(
    send: (onProgress: (fraction: number) => void) => Promise<Answer>,
    handled?: (caught: unknown) => boolean,
  ) => {
    setError(null);
    setProgress(0);
    try {
      return await send(setProgress);
    } catch (caught) {
      if (handled?.(caught)) return undefined;
      setError(caught);
      form.showServerErrors(fieldErrors(caught));
      return undefined;
    } finally {
      setProgress(null);
    }
  };

  /** Forgets the chosen file (after it was imported). */
  const clearFile = () => {
    form.setFieldValue('file', null as never);
    setFileKey((key) => key + 1);
  };

  const fileProps = {
    onFile: (file: File | null) => form.setFieldValue('file', file as never),
    error: (form.errors.file as string | undefined) ?? null,
    onError: (message: string | null) => (message ? form.setFieldError('file', message) : form.clearFieldError('file')),
    disabled: busy,
  };
  const lineErrors = error instanceof ApiError ? error.fields : [];
  return { form, run, progress, busy, error, setError, fileKey, fileProps, clearFile, lineErrors };
}
