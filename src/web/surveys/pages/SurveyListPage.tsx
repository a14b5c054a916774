import { Anchor, Button, Modal, Radio, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { currentLocale } from '../../i18n.ts';
import { formatDate, formatNumber } from '../../format.ts';
import { refreshSurveys, surveysQuery } from '../api.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { SurveyFrame } from '../components/SurveyFrame.tsx';
import { textIn } from '../texts.ts';

function CreateDialog({ orgId, opened, onClose }: { orgId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState<'staff' | 'clients'>('staff');
  const [template, setTemplate] = useState<'none' | 'servqual' | 'herzberg'>('none');
  const create = useMutation({
    mutationFn: () =>
      call(
        client.POST('/orgs/{orgId}/surveys', {
          params: { path: { orgId } },
          body: { title: { nl: title.trim() }, audience, ...(template === 'none' ? {} : { template }) },
        }),
      ),
    onSuccess: async ({ id }) => {
      await refreshSurveys(orgId);
      onClose();
      navigate(`/o/${orgId}/surveys/${id}`);
    },
  });
  const pickTemplate = (value: string) => {
    const v = value as typeof template;
    setTemplate(v);
    if (v === 'servqual') setAudience('clients');
    if (v === 'herzberg') setAudience('staff');
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('surveys.create.title')}>
      <Form onSubmit={() => create.mutate()} gap="md">
        <TextInput
          label={t('surveys.create.name')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          data-autofocus
        />
        <Radio.Group label={t('surveys.template.label')} value={template} onChange={pickTemplate}>
          <Stack gap="xs" mt="xs">
            {(['none', 'servqual', 'herzberg'] as const).map((v) => (
              <Radio key={v} value={v} label={t(`surveys.template.${v}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Select
          label={t('surveys.create.audience')}
          value={audience}
          onChange={(v) => v && setAudience(v as typeof audience)}
          allowDeselect={false}
          data={(['staff', 'clients'] as const).map((v) => ({ value: v, label: t(`surveys.audience.${v}`) }))}
        />
        <Text size="sm" c="dimmed">
          {t('surveys.create.help')}
        </Text>
        {create.error && <ErrorAlert error={create.error} />}
        <Button type="submit" loading={create.isPending} disabled={!title.trim()}>
          {t('surveys.create.submit')}
        </Button>
      </Form>
    </Modal>
  );
}

/** The surveys of the organisation: status, closing date, response rate. */
export function SurveyListPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const lang = currentLocale();
  return (
    <SurveyFrame
      title={t('surveys.title')}
      crumbs={null}
      actions={({ can }) =>
        can('surveys.manage') && <Button onClick={() => setCreating(true)}>{t('surveys.list.create')}</Button>
      }
    >
      {({ orgId }) => <SurveyList orgId={orgId} lang={lang} creating={creating} onClose={() => setCreating(false)} />}
    </SurveyFrame>
  );
}

function SurveyList({
  orgId,
  lang,
  creating,
  onClose,
}: {
  orgId: string;
  lang: string;
  creating: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const list = useQuery(surveysQuery(orgId));
  return (
    <>
      <CreateDialog orgId={orgId} opened={creating} onClose={onClose} />
      <Section title={t('surveys.list.caption')}>
        {!list.data ? (
          <QueryState error={list.error} inline />
        ) : list.data.items.length === 0 ? (
          <Text>{t('surveys.list.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing={6}>
              <Table.Caption>{t('surveys.list.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('surveys.list.name')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.list.audience')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.list.status')}</Table.Th>
                  <Table.Th scope="col">{t('surveys.list.closesOn')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('surveys.list.responses')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('surveys.list.rate')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/o/${orgId}/surveys/${s.id}${s.status === 'draft' ? '' : '/results'}`}
                      >
                        {textIn(s.title, lang)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`surveys.audience.${s.audience}`)}</Table.Td>
                    <Table.Td>
                      <StatusBadge survey={s} />
                    </Table.Td>
                    <Table.Td>{s.closesOn ? formatDate(s.closesOn) : t('common.none')}</Table.Td>
                    <Table.Td ta="right">
                      {s.status === 'draft'
                        ? t('common.none')
                        : s.invited
                          ? `${s.responses} / ${s.invited}`
                          : s.responses}
                    </Table.Td>
                    <Table.Td ta="right">
                      {s.responseRate === null ? t('common.none') : `${formatNumber(s.responseRate, 1)} %`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
    </>
  );
}
