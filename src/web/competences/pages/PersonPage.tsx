import { Select, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Competence } from '../../../modules/competences/schema.ts';
import { call, client } from '../../api.ts';
import { useOrg } from '../../components/context.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { catalogueQuery, personQuery, profilesQuery, refreshCompetences } from '../api.ts';
import { AssessDialog } from '../components/AssessDialog.tsx';
import { AssessmentHistory } from '../components/AssessmentHistory.tsx';
import { CertificateSection } from '../components/CertificateSection.tsx';
import { CompetenceFrame } from '../components/CompetenceFrame.tsx';
import { CompetenceTable } from '../components/CompetenceTable.tsx';
import { PlanSection } from '../components/PlanSection.tsx';
import { TrainingLinks } from '../components/TrainingLinks.tsx';

/** One person's competences: role profile, level and gap per competence (assess), plan, trainings, certificates. */
export function PersonPage() {
  const { t } = useTranslation();
  const { employeeId = '' } = useParams();
  const { membership } = useOrg();
  const person = useQuery(personQuery(membership.orgId, employeeId));
  const e = person.data?.employee;
  const title = e ? `${e.firstName} ${e.lastName}` : t('competences.person.competences');
  return (
    <CompetenceFrame title={title} crumbs={[{ label: title }]}>
      {({ orgId }) => <Person orgId={orgId} employeeId={employeeId} />}
    </CompetenceFrame>
  );
}

function Person({ orgId, employeeId }: { orgId: string; employeeId: string }) {
  const { t } = useTranslation();
  const person = useQuery(personQuery(orgId, employeeId));
  const catalogue = useQuery(catalogueQuery(orgId));
  const profiles = useQuery(profilesQuery(orgId));
  const [assessing, setAssessing] = useState<{ competence: Competence; current: number | null } | null>(null);
  const assign = useMutation({
    mutationFn: (profileId: string | null) =>
      call(
        client.PUT('/orgs/{orgId}/competences/people/{employeeId}/profile', {
          params: { path: { orgId, employeeId } },
          body: { profileId },
        }),
      ),
    onSuccess: () => refreshCompetences(orgId),
  });
  if (!person.data || !catalogue.data) return <QueryState error={person.error ?? catalogue.error} />;
  const p = person.data;
  return (
    <Stack gap="lg">
      <Section title={t('competences.person.competences')}>
        <Select
          label={t('competences.person.profile')}
          placeholder={t('competences.people.noProfile')}
          clearable
          value={p.profile?.id ?? null}
          data={(profiles.data?.items ?? []).map((pr) => ({ value: pr.id, label: pr.name }))}
          onChange={(v) => assign.mutate(v)}
          maw={360}
        />
        <ErrorAlert error={assign.error} />
        <CompetenceTable
          person={p}
          catalogue={catalogue.data.items}
          assessText={t('competences.person.assess')}
          assessLabel={(n) => t('competences.person.assessName', { name: n })}
          onAssess={(competence, current) => setAssessing({ competence, current })}
        />
      </Section>
      <AssessmentHistory assessments={p.assessments} catalogue={catalogue.data.items} />
      <PlanSection orgId={orgId} employeeId={employeeId} plans={p.plans} catalogue={catalogue.data.items} />
      <TrainingLinks orgId={orgId} person={p} catalogue={catalogue.data.items} />
      <CertificateSection orgId={orgId} employeeId={employeeId} certificates={p.certificates} />
      {assessing && (
        <AssessDialog
          key={assessing.competence.id}
          orgId={orgId}
          employeeId={employeeId}
          competence={assessing.competence}
          current={assessing.current}
          onClose={() => setAssessing(null)}
        />
      )}
    </Stack>
  );
}
