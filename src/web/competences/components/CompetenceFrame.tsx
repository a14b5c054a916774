import { ModuleFrame, type ModulePageProps } from '../../components/ModuleFrame.tsx';

/** The frame of every competence page, with "Competenties" as the first crumb where the page is deeper. */
export function CompetenceFrame(props: ModulePageProps) {
  return (
    <ModuleFrame
      {...props}
      start="competences/people"
      label="competences.people.title"
      needs={props.needs ?? ['competences.manage']}
    />
  );
}
