import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Editor } from '@tiptap/react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { DocumentDetail, RichDoc, VersionRow } from '../../../modules/handbook/schema.ts';
import { ROLES, type Role } from '../../../modules/orgs/policy.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Fact } from '../../components/Fact.tsx';
import { VersionPair } from '../../components/VersionPair.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useOrg } from '../../components/context.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { allows } from '../../session.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import {
  compareQuery,
  documentQuery,
  handbookCalls,
  handbookQuery,
  readersQuery,
  refreshHandbook,
  type Step,
} from '../api.ts';
import { MetaDialog } from '../components/MetaDialog.tsx';
import { RichTextField, RichTextView } from '../components/RichText.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';

/** One procedure, instruction or form: its text, cycle, links, versions and who read it. */
export function DocumentPage() {
  const { documentId = '' } = useParams();
  const { t } = useTranslation();
  const { membership } = useOrg();
  const orgId = membership.orgId;
  const doc = useQuery({ ...documentQuery(orgId, documentId), enabled: allows(membership, 'handbook.read') });
  return (
    <PageFrame
      title={doc.data?.title ?? t('handbook.title')}
      needs={['handbook.read']}
      crumbs={[{ to: `/o/${orgId}/handbook`, label: t('handbook.title') }]}
    >
      {() => (doc.data ? <DocumentView orgId={orgId} doc={doc.data} /> : <QueryState error={doc.error} />)}
    </PageFrame>
  );
}

function DocumentView({ orgId, doc }: { orgId: string; doc: DocumentDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [meta, setMeta] = useState(false);
  const overview = useQuery({ ...handbookQuery(orgId), enabled: doc.mayWrite });
  const step = useMutation({
    mutationFn: (s: Step) => handbookCalls.step(orgId, doc.id, s),
    onSuccess: () => refreshHandbook(orgId),
  });
  const confirm = useMutation({
    mutationFn: () => handbookCalls.confirm(orgId, doc.id),
    onSuccess: async ({ number }) => {
      notifications.show({ color: 'teal', message: t('handbook.doc.confirmed', { version: number }) });
      await refreshHandbook(orgId);
    },
  });
  const shown = doc.shown;
  const stepButton = (s: Step, label: string, variant = 'default') => (
    <Button variant={variant} onClick={() => step.mutate(s)} loading={step.isPending && step.variables === s}>
      {label}
    </Button>
  );
  return (
    <Stack gap="lg">
      <Group gap="sm" wrap="wrap">
        {doc.mayWrite && !editing && doc.status !== 'in_review' && (
          <Button onClick={() => setEditing(true)}>{t('handbook.doc.edit')}</Button>
        )}
        {doc.mayWrite && doc.status === 'draft' && !editing && stepButton('submit', t('handbook.doc.submit'))}
        {doc.mayApprove && doc.status === 'in_review' && stepButton('approve', t('handbook.doc.approve'), 'filled')}
        {doc.mayApprove && doc.status === 'in_review' && stepButton('send-back', t('handbook.doc.sendBack'))}
        {doc.mayApprove &&
          doc.approvedVersion !== null &&
          !editing &&
          stepButton('withdraw', t('handbook.doc.withdraw'))}
        {doc.mayWrite && !editing && (
          <Button variant="default" onClick={() => setMeta(true)}>
            {t('handbook.doc.editMeta')}
          </Button>
        )}
        {doc.approvedVersion !== null && !doc.readByMe && (
          <Button color="teal" onClick={() => confirm.mutate()} loading={confirm.isPending}>
            {t('handbook.doc.confirm')}
          </Button>
        )}
        {doc.approvedVersion !== null && doc.readByMe && (
          <Badge color="teal" variant="light" size="lg">
            {t('handbook.doc.confirmed', { version: doc.approvedVersion })}
          </Badge>
        )}
      </Group>
      <ErrorAlert error={step.error ?? confirm.error} />
      <Facts doc={doc} />
      {editing ? (
        <Editing orgId={orgId} doc={doc} onDone={() => setEditing(false)} />
      ) : (
        <Section title={t('handbook.doc.text')}>
          {shown ? (
            <Stack gap="xs">
              {doc.mayWrite && (
                <Text size="sm" c="dimmed">
                  {t('handbook.doc.showing', {
                    version: shown.number,
                    status: t(`handbook.status.${shown.status}`).toLowerCase(),
                  })}
                </Text>
              )}
              <RichTextView doc={shown.content as RichDoc} label={t('handbook.doc.textLabel', { title: doc.title })} />
            </Stack>
          ) : (
            <Text c="dimmed">{t('handbook.doc.noText')}</Text>
          )}
        </Section>
      )}
      {doc.actionOpen && (doc.asIs || doc.toBe) && <AsIsToBe doc={doc} />}
      <Links doc={doc} orgId={orgId} />
      <Versions orgId={orgId} doc={doc} />
      {doc.mayWrite && doc.approvedVersion !== null && <Readers orgId={orgId} documentId={doc.id} />}
      {meta && overview.data && (
        <MetaDialog orgId={orgId} doc={doc} processes={overview.data.processes} onClose={() => setMeta(false)} />
      )}
    </Stack>
  );
}

function Facts({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const approved = doc.versions.find((v) => v.number === doc.approvedVersion);
  const none = t('handbook.doc.none');
  return (
    <Paper withBorder radius="md" p="md" bg="white" component="section" aria-label={t('handbook.doc.meta')}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        <Fact label={t('handbook.doc.status')}>
          <StatusBadge status={doc.status} />
        </Fact>
        <Fact label={t('handbook.doc.approvedVersion')}>{doc.approvedVersion ?? none}</Fact>
        <Fact label={t('handbook.doc.approvedBy')}>{approved?.approvedBy ?? none}</Fact>
        <Fact label={t('handbook.doc.approvedOn')}>
          {approved?.approvedOn ? formatDate(approved.approvedOn) : none}
        </Fact>
        <Fact label={t('handbook.doc.owner')}>{doc.ownerName ?? none}</Fact>
        <Fact label={t('handbook.doc.reviewOn')}>{doc.reviewOn ? formatDate(doc.reviewOn) : none}</Fact>
      </SimpleGrid>
      {doc.askedRoles.length > 0 && (
        <Text size="sm" mt="sm">
          {t('handbook.doc.askedRoles', { roles: doc.askedRoles.map((r) => t(`handbook.role.${r}`)).join(', ') })}
        </Text>
      )}
    </Paper>
  );
}

function Editing({ orgId, doc, onDone }: { orgId: string; doc: DocumentDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const editor = useRef<Editor | null>(null);
  const onEditor = useCallback((e: Editor | null) => {
    editor.current = e;
  }, []);
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () => handbookCalls.saveDraft(orgId, doc.id, editor.current?.getJSON() as RichDoc, note || undefined),
    onSuccess: async ({ number }) => {
      notifications.show({ color: 'teal', message: t('handbook.doc.saved', { version: number }) });
      await refreshHandbook(orgId);
      onDone();
    },
  });
  const initial = (doc.shown?.content as RichDoc | undefined) ?? { type: 'doc', content: [{ type: 'paragraph' }] };
  return (
    <Section title={t('handbook.doc.text')}>
      <RichTextField initial={initial} label={t('handbook.doc.textLabel', { title: doc.title })} onEditor={onEditor} />
      <TextInput label={t('handbook.doc.changeNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <ErrorAlert error={save.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('handbook.doc.cancel')}
        </Button>
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          {t('handbook.doc.saveDraft')}
        </Button>
      </Group>
    </Section>
  );
}

function AsIsToBe({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  return (
    <Section title={t('handbook.doc.asIsToBe')} intro={t('handbook.doc.asIsToBeHelp')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(['asIs', 'toBe'] as const).map((key) => (
          <Paper key={key} withBorder p="md" radius="md" bg={key === 'toBe' ? 'teal.0' : 'gray.0'}>
            <Title order={3} size="h4" mb="xs">
              {t(`handbook.doc.${key}`)}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{doc[key]}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Section>
  );
}

function Links({ doc, orgId }: { doc: DocumentDetail; orgId: string }) {
  const { t } = useTranslation();
  const group = (
    title: string,
    items: { id: string; label: string; open: boolean }[],
    to?: (id: string) => string,
    state = false,
  ) => (
    <div>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('handbook.doc.noLinks')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.map((i) => (
            <List.Item key={i.id}>
              {to ? (
                <Anchor component={Link} to={to(i.id)}>
                  {i.label}
                </Anchor>
              ) : (
                i.label
              )}
              {state && ` (${i.open ? t('handbook.doc.open') : t('handbook.doc.done')})`}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
  return (
    <Section title={t('handbook.doc.links')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {group(t('handbook.doc.kpis'), doc.links.kpis, (id) => `/o/${orgId}/kpis/${id}`)}
        {group(t('handbook.doc.actions'), doc.links.actions, (id) => `/o/${orgId}/actions/${id}`, true)}
        {group(t('handbook.doc.caf'), doc.links.caf)}
        {group(t('handbook.doc.risks'), doc.links.risks)}
      </SimpleGrid>
    </Section>
  );
}

function Versions({ orgId, doc }: { orgId: string; doc: DocumentDetail }) {
  const { t } = useTranslation();
  const versions = doc.versions;
  // Until chosen: the latest version against the one before it (also after a new version appears).
  const [chosenFrom, setFrom] = useState<string | null>(null);
  const [chosenTo, setTo] = useState<string | null>(null);
  const from = chosenFrom ?? versions[1]?.id ?? null;
  const to = chosenTo ?? versions[0]?.id ?? null;
  const cmp = useQuery({
    ...compareQuery(orgId, doc.id, from ?? '', to ?? ''),
    enabled: Boolean(from && to && from !== to),
  });
  const columns: Column<VersionRow>[] = [
    { key: 'number', header: t('handbook.doc.number'), value: (v) => v.number, format: 'integer', rowHeader: true },
    {
      key: 'status',
      header: t('handbook.doc.status'),
      value: (v) => t(`handbook.status.${v.status}`),
      render: (v) => <StatusBadge status={v.status} />,
    },
    { key: 'note', header: t('handbook.doc.note'), value: (v) => v.changeNote || null },
    { key: 'by', header: t('handbook.doc.createdBy'), value: (v) => v.createdBy },
    { key: 'approvedBy', header: t('handbook.doc.approvedBy'), value: (v) => v.approvedBy },
    { key: 'approvedOn', header: t('handbook.doc.approvedOn'), value: (v) => v.approvedOn, format: 'date' },
  ];
  const options = versions.map((v) => ({ value: v.id, label: t('handbook.doc.version', { version: v.number }) }));
  return (
    <Section title={t('handbook.doc.versions')}>
      <DataTable caption={t('handbook.doc.versionsCaption')} rows={versions} rowKey={(v) => v.id} columns={columns} />
      {versions.length > 1 && (
        <Stack gap="sm">
          <VersionPair
            labels={[t('handbook.doc.compareFrom'), t('handbook.doc.compareTo')]}
            data={options}
            from={from}
            to={to}
            onFrom={setFrom}
            onTo={setTo}
          />
          {cmp.data && (
            <Paper withBorder p="md" radius="md" component="section" aria-label={t('handbook.doc.compare')}>
              <Text size="sm" c="dimmed" mb="xs">
                {t('handbook.doc.compareLegend')}
              </Text>
              <Stack gap={2}>
                {cmp.data.parts.map((p, i) =>
                  p.kind === 'same' ? (
                    <Text key={i} size="sm">
                      {p.text}
                    </Text>
                  ) : p.kind === 'added' ? (
                    <Text key={i} size="sm" component="ins" className="sb-diff-added">
                      <VisuallyHidden>{t('handbook.doc.added')}: </VisuallyHidden>
                      {p.text}
                    </Text>
                  ) : (
                    <Text key={i} size="sm" component="del" className="sb-diff-removed">
                      <VisuallyHidden>{t('handbook.doc.removed')}: </VisuallyHidden>
                      {p.text}
                    </Text>
                  ),
                )}
              </Stack>
            </Paper>
          )}
        </Stack>
      )}
    </Section>
  );
}

function Readers({ orgId, documentId }: { orgId: string; documentId: string }) {
  const { t } = useTranslation();
  const readers = useQuery(readersQuery(orgId, documentId));
  const [role, setRole] = useState<Role>('begeleider');
  const ask = useMutation({
    mutationFn: () => handbookCalls.askToRead(orgId, documentId, role),
    onSuccess: () => refreshHandbook(orgId),
  });
  const data = readers.data;
  const notRead = data?.readers.filter((r) => r.readOn === null).length ?? 0;
  type Reader = NonNullable<typeof data>['readers'][number];
  const columns: Column<Reader>[] = [
    { key: 'name', header: t('handbook.doc.person'), value: (r) => r.name, rowHeader: true },
    { key: 'role', header: t('handbook.doc.roleColumn'), value: (r) => t(`handbook.role.${r.role}`) },
    {
      key: 'readOn',
      header: t('handbook.doc.readOn'),
      value: (r) => r.readOn,
      format: 'date',
      empty: t('handbook.doc.notRead'),
    },
  ];
  return (
    <Section title={t('handbook.doc.readers')}>
      <Group align="end">
        <Select
          label={t('handbook.doc.askRole')}
          data={ROLES.map((r) => ({ value: r, label: t(`handbook.role.${r}`) }))}
          value={role}
          onChange={(v) => v && setRole(v as Role)}
          allowDeselect={false}
        />
        <Button variant="default" onClick={() => ask.mutate()} loading={ask.isPending}>
          {t('handbook.doc.ask')}
        </Button>
      </Group>
      <ErrorAlert error={ask.error ?? readers.error} />
      {data && data.requests.length === 0 && <Text c="dimmed">{t('handbook.doc.noRequests')}</Text>}
      {data && data.readers.length > 0 && (
        <>
          {notRead > 0 && (
            <Alert color="yellow" variant="light">
              {t('handbook.doc.notReadCount', { count: notRead })}
            </Alert>
          )}
          <DataTable
            caption={t('handbook.doc.readersCaption', { version: data.version })}
            rows={data.readers}
            rowKey={(r) => r.userId}
            columns={columns}
          />
        </>
      )}
    </Section>
  );
}
