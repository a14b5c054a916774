import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { complaintCalls, linkQuery, refreshComplaints } from '../api.ts';

/** The organisation's public link for anonymous complaints: whether it is on, a new one (shown once), off. */
export function PublicLink({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const state = useQuery(linkQuery(orgId));
  const [shown, setShown] = useState<string | null>(null);
  const make = useMutation({
    mutationFn: () => complaintCalls.newLink(orgId),
    onSuccess: async (made) => {
      setShown(made.link);
      await refreshComplaints(orgId);
    },
  });
  const remove = useMutation({
    mutationFn: () => complaintCalls.removeLink(orgId),
    onSuccess: async () => {
      setShown(null);
      await refreshComplaints(orgId);
    },
  });
  if (!state.data) return <QueryState error={state.error} />;
  return (
    <Section title={t('complaints.link')}>
      <Stack gap="sm">
        <Text>
          {state.data.active && state.data.createdOn
            ? t('complaints.linkOn', { date: formatDate(state.data.createdOn) })
            : t('complaints.linkOff')}
        </Text>
        {shown && (
          <Alert color="teal" title={t('complaints.linkShown')}>
            <CopyField label={t('complaints.linkLabel')} value={shown} />
          </Alert>
        )}
        <Group>
          <Button onClick={() => make.mutate()} loading={make.isPending}>
            {t('complaints.newLink')}
          </Button>
          {state.data.active && (
            <Button variant="default" onClick={() => remove.mutate()} loading={remove.isPending}>
              {t('complaints.removeLink')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={make.error ?? remove.error} />
      </Stack>
    </Section>
  );
}
