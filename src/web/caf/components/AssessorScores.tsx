import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CafKind } from '../../../modules/caf/model.ts';
import { bandOf } from '../../../modules/caf/logic.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
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
  const columns: Column<Item['scores'][number]>[] = [
    { key: 'assessor', header: t('caf.round.assessor'), value: (x) => x.name, rowHeader: true },
    {
      key: 'score',
      header: t('caf.score.score'),
      value: (x) => x.score,
      align: 'right',
      render: (x) => (
        <Text span fw={600} inherit>
          {x.score ?? t('common.none')}
        </Text>
      ),
    },
    {
      key: 'band',
      header: t('caf.consensus.band'),
      value: (x) => (x.score === null ? null : bandOf(x.score, kind).band.short[lang]),
      empty: '',
    },
  ];
  return (
    <Box
      p="sm"
      bg={s?.discuss ? 'orange.0' : 'gray.0'}
      style={{ borderRadius: 8, borderLeft: s?.discuss ? '4px solid var(--mantine-color-orange-6)' : undefined }}
    >
      <Stack gap={6}>
        <Box maw={520}>
          <DataTable
            caption={t('caf.consensus.scoresCaption', { code: item.code })}
            rows={item.scores}
            rowKey={(x) => x.assessorId}
            columns={columns}
            minWidth={360}
            empty={t('caf.consensus.noScores')}
          />
        </Box>
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
