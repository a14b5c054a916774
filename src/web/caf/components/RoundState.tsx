import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { CafFrame } from './CafFrame.tsx';

/**
 * Loading or failure of a round page. A 409 (the consensus or results of a round that is still
 * scoring) keeps the page frame with its heading and explains why.
 */
export function RoundState({ error, title }: { error: unknown; title: string }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 409) {
    return (
      <CafFrame title={title} needs={['performance.read', 'caf.score']}>
        {() => <ErrorAlert error={error} title={t('caf.round.notYetTitle')} />}
      </CafFrame>
    );
  }
  return <QueryState error={error} />;
}
