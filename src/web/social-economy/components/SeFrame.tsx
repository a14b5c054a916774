import { ModuleFrame, type ModulePageProps } from '../../components/ModuleFrame.tsx';

/** The frame of every social-economy page, with "Sociale economie" as the first crumb where the page is deeper. */
export function SeFrame(props: ModulePageProps) {
  return (
    <ModuleFrame {...props} start="social-economy" label="se.title" needs={props.needs ?? ['socialeconomy.read']} />
  );
}
