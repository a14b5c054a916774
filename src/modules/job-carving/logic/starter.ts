/**
 * Typical tasks that need no care certificate (DOMAIN.md §6, seed 004 "Social economy for care"): the
 * list a user starts a task inventory from. Their names are in messages.ts (`starter_<key>`); hours are a typical week.
 */
import type { LanguageLevel, TimeOfDay } from './types.ts';

export interface StarterTask {
  key: string;
  hoursPerWeek: number;
  clientContact: boolean;
  timeOfDay: TimeOfDay;
  languageLevel: LanguageLevel;
}

export const STARTER_TASKS: readonly StarterTask[] = [
  {
    key: 'meals',
    hoursPerWeek: 6,
    clientContact: true,
    timeOfDay: 'midday',
    languageLevel: 'A2',
  },
  {
    key: 'animation',
    hoursPerWeek: 4,
    clientContact: true,
    timeOfDay: 'afternoon',
    languageLevel: 'B1',
  },
  {
    key: 'post',
    hoursPerWeek: 1,
    clientContact: true,
    timeOfDay: 'morning',
    languageLevel: 'A2',
  },
  {
    key: 'transport',
    hoursPerWeek: 3,
    clientContact: true,
    timeOfDay: 'flexible',
    languageLevel: 'A2',
  },
  {
    key: 'laundry',
    hoursPerWeek: 5,
    clientContact: false,
    timeOfDay: 'morning',
    languageLevel: 'none',
  },
  {
    key: 'rooms',
    hoursPerWeek: 5,
    clientContact: true,
    timeOfDay: 'morning',
    languageLevel: 'A2',
  },
  {
    key: 'company',
    hoursPerWeek: 4,
    clientContact: true,
    timeOfDay: 'evening',
    languageLevel: 'B1',
  },
];
