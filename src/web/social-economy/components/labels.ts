import type { TFunction } from 'i18next';
import {
  LANGUAGE_LEVELS,
  OUTCOMES,
  PARTNER_KINDS,
  PHASES,
  TALENTS,
} from '../../../modules/social-economy/logic/types.ts';

export const kindOptions = (t: TFunction) => PARTNER_KINDS.map((k) => ({ value: k, label: t(`se.kind.${k}`) }));
export const phaseOptions = (t: TFunction) => PHASES.map((p) => ({ value: p, label: t(`se.phase.${p}`) }));
export const outcomeOptions = (t: TFunction) => OUTCOMES.map((o) => ({ value: o, label: t(`se.outcome.${o}`) }));
export const talentOptions = (t: TFunction) => TALENTS.map((x) => ({ value: x, label: t(`se.talent.${x}`) }));
export const languageOptions = () => LANGUAGE_LEVELS.map((l) => ({ value: l, label: l }));
