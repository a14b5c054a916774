import { Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competence, Profile } from '../../../modules/competences/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { catalogueQuery, profilesQuery } from '../api.ts';
import { CompetenceDialog } from '../components/CompetenceDialog.tsx';
import { CompetenceFrame } from '../components/CompetenceFrame.tsx';
import { ProfileDialog } from '../components/ProfileDialog.tsx';

/** The catalogue editor (competences with their level behaviour) and the role profile editor. */
export function CataloguePage() {
  const { t } = useTranslation();
  return (
    <CompetenceFrame title={t('competences.catalogue.title')}>
      {({ orgId }) => <Catalogue orgId={orgId} />}
    </CompetenceFrame>
  );
}

function Catalogue({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const catalogue = useQuery(catalogueQuery(orgId));
  const profiles = useQuery(profilesQuery(orgId));
  const [competence, setCompetence] = useState<Competence | null | undefined>(undefined);
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);
  if (!catalogue.data || !profiles.data) return <QueryState error={catalogue.error ?? profiles.error} />;
  const edit = (label: string, onClick: () => void) => (
    <Button
      size="xs"
      variant="subtle"
      aria-label={t('competences.catalogue.editName', { name: label })}
      onClick={onClick}
    >
      {t('competences.catalogue.edit')}
    </Button>
  );
  const competenceColumns: Column<Competence>[] = [
    { key: 'name', header: t('competences.catalogue.name'), value: (c) => c.name, rowHeader: true },
    { key: 'cluster', header: t('competences.catalogue.cluster'), value: (c) => c.cluster || null },
    { key: 'description', header: t('competences.catalogue.description'), value: (c) => c.description || null },
    { key: 'edit', header: t('competences.catalogue.edit'), render: (c) => edit(c.name, () => setCompetence(c)) },
  ];
  const profileColumns: Column<Profile>[] = [
    { key: 'name', header: t('competences.catalogue.name'), value: (p) => p.name, rowHeader: true },
    {
      key: 'requirements',
      header: t('competences.catalogue.requirements'),
      value: (p) => p.requirements.length,
      format: 'integer',
    },
    { key: 'people', header: t('competences.catalogue.holders'), value: (p) => p.people, format: 'integer' },
    { key: 'edit', header: t('competences.catalogue.edit'), render: (p) => edit(p.name, () => setProfile(p)) },
  ];
  return (
    <Stack gap="lg">
      <Section
        title={t('competences.catalogue.competences')}
        actions={<Button onClick={() => setCompetence(null)}>{t('competences.catalogue.add')}</Button>}
      >
        <DataTable
          caption={t('competences.catalogue.caption')}
          rows={catalogue.data.items}
          rowKey={(c) => c.id}
          columns={competenceColumns}
          empty={t('competences.catalogue.empty')}
        />
      </Section>
      <Section
        title={t('competences.catalogue.profiles')}
        actions={<Button onClick={() => setProfile(null)}>{t('competences.catalogue.addProfile')}</Button>}
      >
        <DataTable
          caption={t('competences.catalogue.profilesCaption')}
          rows={profiles.data.items}
          rowKey={(p) => p.id}
          columns={profileColumns}
          empty={t('competences.catalogue.profileEmpty')}
        />
      </Section>
      {competence !== undefined && (
        <CompetenceDialog orgId={orgId} competence={competence} onClose={() => setCompetence(undefined)} />
      )}
      {profile !== undefined && (
        <ProfileDialog
          orgId={orgId}
          profile={profile}
          catalogue={catalogue.data.items}
          onClose={() => setProfile(undefined)}
        />
      )}
    </Stack>
  );
}
