import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competence } from '../../../modules/competences/schema.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { myCompetencesQuery } from '../api.ts';
import { AssessDialog } from '../components/AssessDialog.tsx';
import { AssessmentHistory } from '../components/AssessmentHistory.tsx';
import { CertificateSection } from '../components/CertificateSection.tsx';
import { CompetenceFrame } from '../components/CompetenceFrame.tsx';
import { CompetenceTable } from '../components/CompetenceTable.tsx';
import { PlanSection } from '../components/PlanSection.tsx';

/** The caller's own competences (competences.self): profile, level and gap, self-assessment, plan, certificates. */
export function MyCompetencesPage() {
  const { t } = useTranslation();
  return (
    <CompetenceFrame title={t('competences.me.title')} needs={['competences.self']}>
      {({ orgId }) => <Mine orgId={orgId} />}
    </CompetenceFrame>
  );
}

function Mine({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const me = useQuery(myCompetencesQuery(orgId));
  const [assessing, setAssessing] = useState<{ competence: Competence; current: number | null } | null>(null);
  if (!me.data) return <QueryState error={me.error} />;
  const { person, catalogue } = me.data;
  if (!person) return <Alert color="gray">{t('competences.me.notLinked')}</Alert>;
  return (
    <Stack gap="lg">
      <Section
        title={`${person.employee.firstName} ${person.employee.lastName}${person.profile ? ` · ${person.profile.name}` : ''}`}
      >
        <CompetenceTable
          person={person}
          catalogue={catalogue}
          assessText={t('competences.me.selfAssess')}
          assessLabel={(name) => t('competences.me.selfAssessName', { name })}
          onAssess={(competence, current) => setAssessing({ competence, current })}
        />
      </Section>
      <AssessmentHistory assessments={person.assessments} catalogue={catalogue} />
      <PlanSection orgId={orgId} plans={person.plans} catalogue={catalogue} />
      <CertificateSection orgId={orgId} certificates={person.certificates} />
      {assessing && (
        <AssessDialog
          key={assessing.competence.id}
          orgId={orgId}
          competence={assessing.competence}
          current={assessing.current}
          onClose={() => setAssessing(null)}
        />
      )}
    </Stack>
  );
}
