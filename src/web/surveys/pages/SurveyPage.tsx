import { Alert, Anchor, Badge, Button, Group, List, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useOrg } from '../../components/context.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import { allows } from '../../session.ts';
import { refreshSurveys, surveyParams, surveyQuery } from '../api.ts';
import { OpenDialog } from '../components/OpenDialog.tsx';
import { QuestionEditor } from '../components/QuestionEditor.tsx';
import { SettingsEditor } from '../components/SettingsEditor.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { SurveyFrame } from '../components/SurveyFrame.tsx';
import type { SurveyDetail } from '../../../modules/surveys/schema.ts';
import { textIn } from '../texts.ts';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

/** One survey: the editor while it is a draft, its state and links to the results afterwards. */
export function SurveyPage() {
  const { surveyId = '' } = useParams();
  const { membership } = useOrg();
  const survey = useQuery(surveyQuery(membership.orgId, surveyId));
  if (!survey.data) return <QueryState error={survey.error} />;
  return <SurveyView survey={survey.data} />;
}

function SurveyView({ survey }: { survey: SurveyDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { membership } = useOrg();
  const orgId = membership.orgId;
  const lang = currentLocale();
  const manage = allows(membership, 'surveys.manage');
  const [opening, setOpening] = useState(false);
  const [confirm, setConfirm] = useState<'close' | 'delete' | null>(null);
  const act = useMutation({
    mutationFn: (what: 'close' | 'delete') =>
      what === 'close'
        ? call(client.POST('/orgs/{orgId}/surveys/{surveyId}/close', { params: surveyParams(orgId, survey.id) }))
        : call(client.DELETE('/orgs/{orgId}/surveys/{surveyId}', { params: surveyParams(orgId, survey.id) })),
    onSuccess: async (_, what) => {
      setConfirm(null);
      await refreshSurveys(orgId);
      if (what === 'delete') navigate(`/o/${orgId}/surveys`);
    },
  });
  const title = textIn(survey.title, lang) || t('surveys.title');
  const actions = (
    <>
      {survey.status !== 'draft' && (
        <Button component={Link} to={`/o/${orgId}/surveys/${survey.id}/results`} variant="light">
          {t('surveys.detail.results')}
        </Button>
      )}
      {manage && survey.status === 'draft' && (
        <Button onClick={() => setOpening(true)} disabled={survey.questionList.length === 0}>
          {t('surveys.detail.open')}
        </Button>
      )}
      {manage && survey.status === 'open' && (
        <Button color="orange" variant="light" onClick={() => setConfirm('close')}>
          {t('surveys.detail.close')}
        </Button>
      )}
      {manage && survey.status === 'draft' && (
        <Button color="red" variant="subtle" onClick={() => setConfirm('delete')}>
          {t('surveys.detail.delete')}
        </Button>
      )}
    </>
  );
  return (
    <SurveyFrame title={title} actions={actions}>
      {() => (
        <Stack gap="lg">
          <OpenDialog orgId={orgId} surveyId={survey.id} opened={opening} onClose={() => setOpening(false)} />
          <Modal
            opened={confirm !== null}
            onClose={() => setConfirm(null)}
            title={confirm === 'close' ? t('surveys.detail.close') : t('surveys.detail.delete')}
          >
            <Stack>
              <Text>{confirm === 'close' ? t('surveys.detail.closeConfirm') : t('surveys.detail.deleteConfirm')}</Text>
              {act.error && <ErrorAlert error={act.error} />}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setConfirm(null)}>
                  {t('common.cancel')}
                </Button>
                <Button
                  color={confirm === 'close' ? 'orange' : 'red'}
                  loading={act.isPending}
                  onClick={() => confirm && act.mutate(confirm)}
                >
                  {confirm === 'close' ? t('surveys.detail.close') : t('surveys.detail.delete')}
                </Button>
              </Group>
            </Stack>
          </Modal>
          <SimpleGrid cols={{ base: 2, md: 6 }}>
            <div>
              <Text size="xs" c="dimmed">
                {t('surveys.list.status')}
              </Text>
              <StatusBadge survey={survey} />
            </div>
            <Fact label={t('surveys.list.audience')} value={t(`surveys.audience.${survey.audience}`)} />
            <Fact
              label={t('surveys.detail.languages')}
              value={survey.languages.map((l) => l.toUpperCase()).join(', ')}
            />
            <Fact
              label={t('surveys.detail.closesOn')}
              value={survey.closesOn ? formatDate(survey.closesOn) : t('common.none')}
            />
            <Fact
              label={t('surveys.detail.responses')}
              value={survey.invited ? `${survey.responses} / ${survey.invited}` : String(survey.responses)}
            />
            <Fact
              label={t('surveys.detail.rate')}
              value={survey.responseRate === null ? t('common.none') : `${formatNumber(survey.responseRate, 1)} %`}
            />
          </SimpleGrid>
          {survey.status === 'draft' && manage ? (
            <>
              <Section title={t('surveys.editor.settings')}>
                <SettingsEditor orgId={orgId} survey={survey} />
              </Section>
              <Section title={t('surveys.detail.questions')}>
                <QuestionEditor orgId={orgId} survey={survey} />
              </Section>
            </>
          ) : (
            <Section title={t('surveys.detail.questions')}>
              {survey.status !== 'draft' && <Alert color="gray">{t('surveys.detail.lockedHelp')}</Alert>}
              <List type="ordered" spacing={4}>
                {survey.questionList.map((q) => (
                  <List.Item key={q.id}>
                    {textIn(q.text, lang)}{' '}
                    <Badge variant="outline" size="sm">
                      {t(`surveys.kind.${q.kind}`)}
                    </Badge>
                  </List.Item>
                ))}
              </List>
            </Section>
          )}
          <Anchor component={Link} to={`/o/${orgId}/surveys`}>
            {t('surveys.detail.back')}
          </Anchor>
        </Stack>
      )}
    </SurveyFrame>
  );
}
