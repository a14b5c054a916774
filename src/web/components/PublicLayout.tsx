import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The frame of the pages before login (login, setup, reset): a card with the language switch. */
export function PublicLayout({ children, width = 420 }: { children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Box bg="gray.0" mih="100vh" py="xl" px="md">
      <Center>
        <Stack w="100%" maw={width} gap="md">
          <Group justify="space-between" component="header">
            <Text fw={700} fz="xl" c="teal.9">
              {t('app.name')}
            </Text>
            <LanguageSwitch size="xs" />
          </Group>
          <Paper component="main" withBorder shadow="sm" radius="md" p="xl">
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
