import { Input } from '@mantine/core';
import { useId, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES } from '../upload.ts';

/**
 * A native file input with a visible label (keyboard and screen-reader friendly). Files above
 * 50 MB are refused here with a message, before anything is uploaded.
 */
export function FileField({
  label,
  accept,
  onFile,
  error,
  onError,
  disabled,
  description,
}: {
  label: string;
  accept: string;
  onFile: (file: File | null) => void;
  error?: string | null;
  onError: (message: string | null) => void;
  disabled?: boolean;
  description?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0] ?? null;
    if (file && file.size > MAX_UPLOAD_BYTES) {
      onError(t('finance.upload.tooLarge'));
      onFile(null);
      if (ref.current) ref.current.value = '';
      return;
    }
    onError(null);
    onFile(file);
  };
  return (
    <Input.Wrapper label={label} labelElement="label" id={id} error={error ?? undefined} description={description}>
      <input
        ref={ref}
        id={id}
        type="file"
        accept={accept}
        onChange={change}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : description ? `${id}-description` : undefined}
        style={{ display: 'block', marginTop: 4, fontSize: 14 }}
      />
    </Input.Wrapper>
  );
}
