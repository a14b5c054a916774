import { Badge, Group, Select, SimpleGrid, Stack, Text, Title, type TitleOrder } from '@mantine/core';

/**
 * The mapping step of a file import (ledger, payroll): one select per column of the file, saying which
 * field it holds; a column the server did not recognise carries a badge. Texts come from the caller.
 */
export function ColumnMapping<Field extends string>(props: {
  headers: string[];
  unknownHeaders: string[];
  options: { value: string; label: string }[];
  valueOf: (header: string) => string;
  onChange: (header: string, field: Field) => void;
  editable: boolean;
  texts: { title: string; help: string; label: (header: string) => string; unknown: string };
  order?: TitleOrder;
}) {
  const unknown = new Set(props.unknownHeaders);
  return (
    <Stack gap="xs">
      <Title order={props.order ?? 3} size="h4">
        {props.texts.title}
      </Title>
      {unknown.size > 0 && <Text size="sm">{props.texts.help}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {props.headers.map((header) => (
          <Select
            key={header}
            label={
              <Group gap={6} component="span">
                <span>{props.texts.label(header)}</span>
                {unknown.has(header) && (
                  <Badge size="xs" color="orange">
                    {props.texts.unknown}
                  </Badge>
                )}
              </Group>
            }
            aria-label={props.texts.label(header)}
            data={props.options}
            value={props.valueOf(header)}
            onChange={(value) => value && props.onChange(header, value as Field)}
            allowDeselect={false}
            readOnly={!props.editable}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
