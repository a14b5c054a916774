import { Badge, Box, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CafKind } from '../../../modules/caf/model.ts';
import { bandOf } from '../../../modules/caf/logic.ts';
import { formatNumber } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import type { ConsensusView } from '../../../modules/caf/schema.ts';

type Item = ConsensusView['subcriteria'][number];

/** Every assessor's score of one subcriterion (named), the spread (highlighted when it calls for discussion) and their texts. */
export function AssessorScores({ item, kind }: { item: Item; kind: CafKind }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const s = item.spread;
  const withText = item.scores.filter((x) => x.evidence || x.strengths || x.improvements);
  return (
    <Box
      p="sm"
      bg={s?.discuss ? 'orange.0' : 'gray.0'}
      style={{ borderRadius: 8, borderLeft: s?.discuss ? '4px solid var(--mantine-color-orange-6)' : undefined }}
    >
      <Stack gap={6}>
        <Table withRowBorders={false} verticalSpacing={2} maw={520}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('caf.consensus.scoresCaption', { code: item.code })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('caf.round.assessor')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('caf.score.score')}
              </Table.Th>
              <Table.Th scope="col">{t('caf.consensus.band')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.scores.map((x) => (
              <Table.Tr key={x.assessorId}>
                <Table.Th scope="row" fw={400}>
                  {x.name}
                </Table.Th>
                <Table.Td ta="right" fw={600}>
                  {x.score ?? t('common.none')}
                </Table.Td>
                <Table.Td>{x.score === null ? '' : bandOf(x.score, kind).band.short[lang]}</Table.Td>
              </Table.Tr>
            ))}
            {!item.scores.length && (
              <Table.Tr>
                <Table.Td colSpan={3}>{t('caf.consensus.noScores')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
        {s && (
          <Group gap="xs">
            {s.discuss && <Badge color="orange">{t('caf.consensus.discuss')}</Badge>}
            <Text size="sm">
              {t('caf.consensus.spread', {
                min: s.min,
                max: s.max,
                range: s.range,
                mean: formatNumber(s.mean, 1),
                sd: formatNumber(s.stdDev, 1),
              })}
            </Text>
          </Group>
        )}
        {withText.length > 0 && (
          <details>
            <summary style={{ cursor: 'pointer' }}>
              <Text span size="sm" fw={500}>
                {t('caf.consensus.texts', { count: withText.length })}
              </Text>
            </summary>
            <Stack gap={6} mt={6}>
              {withText.map((x) => (
                <Text key={x.assessorId} size="sm">
                  <strong>{x.name}</strong>
                  {x.evidence && (
                    <>
                      <br />
                      {t('caf.score.evidence')}: {x.evidence}
                    </>
                  )}
                  {x.strengths && (
                    <>
                      <br />
                      {t('caf.score.strengths')}: {x.strengths}
                    </>
                  )}
                  {x.improvements && (
                    <>
                      <br />
                      {t('caf.score.improvements')}: {x.improvements}
                    </>
                  )}
                </Text>
              ))}
            </Stack>
          </details>
        )}
      </Stack>
    </Box>
  );
}

/** The assessors' texts of a subcriterion joined, one line per assessor, to take over into the consensus. */
export function joinedTexts(item: Item) {
  const join = (k: 'evidence' | 'strengths' | 'improvements') =>
    [...new Set(item.scores.map((x) => x[k].trim()).filter(Boolean))].join('\n');
  return { evidence: join('evidence'), strengths: join('strengths'), improvements: join('improvements') };
}
