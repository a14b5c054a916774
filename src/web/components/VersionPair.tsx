import { Group, Select } from '@mantine/core';

type Pick = (value: string | null) => void;

/**
 * The two versions to compare, side by side: "from" (the older, by default) and "to". Both always
 * hold a version (no deselecting).
 *
 *   <VersionPair labels={[t('x.from'), t('x.to')]} data={options} from={from} to={to} onFrom={setFrom} onTo={setTo} />
 */
export function VersionPair(props: {
  labels: [from: string, to: string];
  data: { value: string; label: string }[];
  from: string | null;
  to: string | null;
  onFrom: Pick;
  onTo: Pick;
  w?: number;
}) {
  const picks: [string, string | null, Pick][] = [
    [props.labels[0], props.from, props.onFrom],
    [props.labels[1], props.to, props.onTo],
  ];
  return (
    <Group gap="sm" align="end">
      {picks.map(([label, value, onChange]) => (
        <Select
          key={label}
          label={label}
          data={props.data}
          value={value}
          onChange={onChange}
          w={props.w}
          allowDeselect={false}
        />
      ))}
    </Group>
  );
}
