import { Center, Loader } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows a loader while a lazily loaded module page arrives. */
export function PageSuspense({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center py="xl" role="status">
          <Loader aria-label={t('app.loading')} />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}
