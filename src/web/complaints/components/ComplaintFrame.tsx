import { ModuleFrame, type ModulePageProps } from '../../components/ModuleFrame.tsx';

/** The frame of every complaint page, with "Klachten" as the first crumb where the page is deeper. */
export function ComplaintFrame(props: ModulePageProps) {
  return (
    <ModuleFrame
      {...props}
      start="complaints"
      label="complaints.title"
      needs={props.needs ?? ['complaints.register']}
    />
  );
}
