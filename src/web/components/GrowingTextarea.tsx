import { Textarea, type TextareaProps } from '@mantine/core';

/**
 * The long-text field of the UI: a Textarea that grows with its text, two rows high to start with
 * unless `minRows` says otherwise.
 *
 *   <GrowingTextarea label={t('x.notes')} {...form.getInputProps('notes')} />
 */
export function GrowingTextarea(props: TextareaProps) {
  return <Textarea autosize minRows={2} {...props} />;
}
