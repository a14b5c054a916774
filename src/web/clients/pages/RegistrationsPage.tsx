import { Alert, Button, Group, Input, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { offerQuery, weekQuery } from '../api.ts';
import { ClientsFramePage, type ClientsContext } from '../components/ClientsFrame.tsx';
import { DateField } from '../components/DateField.tsx';
import { useMyUserId } from '../components/professionals.ts';
import { RegistrationImport } from '../components/RegistrationImport.tsx';
import { reasonRequired, useWeekEdits } from '../components/useWeekEdits.ts';
import { WeekGrid } from '../components/WeekGrid.tsx';
import { addDays, mondayOf, today } from '../format.ts';
import '../components/clients.css';

/** "Per groep" (all clients or one group) or "Mijn cliënten" (the clients the user follows), remembered on this device. */
type View = 'group' | 'mine';
const VIEW_KEY = 'sb.registrations.view';

function storedView(): View {
  try {
    return window.localStorage.getItem(VIEW_KEY) === 'mine' ? 'mine' : 'group';
  } catch {
    return 'group';
  }
}

function storeView(view: View): void {
  try {
    window.localStorage.setItem(VIEW_KEY, view);
  } catch {
    // Storage disabled: the choice then lasts as long as the page.
  }
}

function Registrations({ orgId, can }: ClientsContext) {
  const { t } = useTranslation();
  const [start, setStart] = useState(() => mondayOf(today()));
  const [group, setGroup] = useState<string | null>(null);
  const [view, setView] = useState<View>(storedView);
  const me = useMyUserId();
  const viewLabel = useId();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const reasonField = useRef<HTMLInputElement>(null);
  const filter = view === 'mine' ? { group: null, professional: me } : { group, professional: null };
  const week = useQuery(weekQuery(orgId, start, filter));
  const offer = useQuery({ ...offerQuery(orgId), enabled: can('clients.read') });
  const edits = useWeekEdits(orgId, week.data, reason, filter);
  // A change in a month whose statement is issued needs a reason: the grid names those months, so
  // the field is there up front; a refusal without a reason (issued meanwhile) adds its months.
  const refusedMonths = reasonRequired(edits.save.error);
  const issued = [...new Set([...(week.data?.issuedMonths ?? []), ...(refusedMonths ?? [])])].sort();
  const needsReason = refusedMonths !== null || edits.changes.some((c) => issued.includes(c.date.slice(0, 7)));
  const reasonMissing = needsReason && !reason.trim();
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per refusal, not on every render
  useEffect(() => {
    if (refusedMonths) reasonField.current?.focus();
    // Once per refusal, not on every render.
  }, [edits.save.error]);
  const go = (date: string) => {
    if (!date) return;
    setStart(mondayOf(date));
    setTried(false);
    edits.save.reset();
  };
  const save = () => {
    if (edits.invalid || edits.changes.length === 0) return;
    if (reasonMissing) {
      setTried(true);
      reasonField.current?.focus();
      return;
    }
    edits.submit({
      onSuccess: (r) => {
        setTried(false);
        notifications.show({ color: 'teal', message: t('clients.grid.saved', { saved: r.saved, removed: r.removed }) });
      },
    });
  };
  return (
    <Stack gap="lg">
      <Section title={t('clients.grid.weekOf', { date: formatDate(start) })}>
        <Group align="end" wrap="wrap" gap="sm">
          <Button variant="default" onClick={() => go(addDays(start, -7))}>
            {t('clients.grid.previous')}
          </Button>
          <DateField label={t('clients.grid.week')} value={start} onChange={go} w={160} />
          <Button variant="default" onClick={() => go(addDays(start, 7))}>
            {t('clients.grid.next')}
          </Button>
          <Input.Wrapper label={t('clients.grid.view')} id={viewLabel} labelElement="div">
            <div>
              <SegmentedControl
                aria-labelledby={`${viewLabel}-label`}
                value={view}
                data={[
                  { value: 'group', label: t('clients.grid.byGroup') },
                  { value: 'mine', label: t('clients.grid.mine') },
                ]}
                onChange={(v) => {
                  const next = v === 'mine' ? 'mine' : 'group';
                  setView(next);
                  storeView(next);
                  edits.save.reset();
                }}
              />
            </div>
          </Input.Wrapper>
          {view === 'group' && (
            <Select
              label={t('clients.grid.group')}
              placeholder={t('clients.list.allGroups')}
              data={(offer.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))}
              value={group}
              onChange={(g) => {
                setGroup(g);
                edits.save.reset();
              }}
              clearable
              w={190}
            />
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('clients.grid.help')}
        </Text>
        {issued.length > 0 && (
          <Alert color="yellow" variant="light" title={t('clients.grid.issuedTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('clients.grid.issuedText', { months: issued.join(', ') })}</Text>
              <TextInput
                ref={reasonField}
                label={t('clients.grid.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                maxLength={300}
                required={needsReason}
                error={reasonMissing && (tried || refusedMonths !== null) ? t('clients.grid.reasonNeeded') : undefined}
              />
            </Stack>
          </Alert>
        )}
        {!week.data ? (
          <QueryState error={week.error} inline />
        ) : week.data.clients.length === 0 ? (
          <Text>{view === 'mine' ? t('clients.grid.emptyMine') : t('clients.grid.empty')}</Text>
        ) : (
          <WeekGrid
            grid={week.data}
            values={edits.values}
            changed={edits.changed}
            onChange={edits.change}
            cellErrors={edits.cellErrors}
            rowErrors={edits.rowErrors}
            caption={t('clients.grid.caption', { date: formatDate(start) })}
          />
        )}
        <ErrorAlert error={edits.save.error} title={t('clients.grid.notSaved')} />
        {reasonMissing && (
          <Text size="sm" c="red.8">
            {t('clients.grid.reasonNeeded')}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            onClick={() => {
              const n = edits.asPlanned();
              notifications.show({ message: t('clients.grid.filled', { count: n }) });
            }}
            disabled={!week.data}
          >
            {t('clients.grid.asPlanned')}
          </Button>
          <Button onClick={save} loading={edits.save.isPending} disabled={edits.changes.length === 0 || edits.invalid}>
            {t('clients.grid.save')}
          </Button>
          <Text size="sm" aria-live="polite">
            {t('clients.grid.changes', { count: edits.changes.length })}
          </Text>
        </Group>
      </Section>
      <RegistrationImport orgId={orgId} />
    </Stack>
  );
}

/** `/o/:orgId/registrations`: the week grid (keyboard first, per group or of the user's own clients) and the CSV import. */
export function RegistrationsPage() {
  return <ClientsFramePage title="clients.grid.title" needs={['registrations.write']} body={Registrations} />;
}
