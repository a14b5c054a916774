import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A password input whose show/hide toggle has a translated name. The name deliberately avoids the
 * word "wachtwoord"/"password" so that the field's own label stays unique for assistive technology.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput {...props} visibilityToggleButtonProps={{ 'aria-label': t('common.showCharacters') }} />;
}
