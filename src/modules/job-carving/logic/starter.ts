/**
 * Typical tasks that need no care certificate (DOMAIN.md §6, seed 004 "Social economy for care"): the
 * list a user starts a task inventory from. Names are Dutch and English; hours are a typical week.
 */
import type { LanguageLevel, TimeOfDay } from './types.ts';

export interface StarterTask {
  key: string;
  name: { nl: string; en: string };
  hoursPerWeek: number;
  clientContact: boolean;
  timeOfDay: TimeOfDay;
  languageLevel: LanguageLevel;
}

export const STARTER_TASKS: readonly StarterTask[] = [
  {
    key: 'meals',
    name: { nl: 'Maaltijdbedeling', en: 'Meal distribution' },
    hoursPerWeek: 6,
    clientContact: true,
    timeOfDay: 'midday',
    languageLevel: 'A2',
  },
  {
    key: 'animation',
    name: { nl: 'Animatie', en: 'Animation' },
    hoursPerWeek: 4,
    clientContact: true,
    timeOfDay: 'afternoon',
    languageLevel: 'B1',
  },
  {
    key: 'post',
    name: { nl: 'Postbedeling', en: 'Post delivery' },
    hoursPerWeek: 1,
    clientContact: true,
    timeOfDay: 'morning',
    languageLevel: 'A2',
  },
  {
    key: 'transport',
    name: { nl: 'Vervoersbegeleiding', en: 'Transport escort' },
    hoursPerWeek: 3,
    clientContact: true,
    timeOfDay: 'flexible',
    languageLevel: 'A2',
  },
  {
    key: 'laundry',
    name: { nl: 'Wasserij en strijk', en: 'Laundry and ironing' },
    hoursPerWeek: 5,
    clientContact: false,
    timeOfDay: 'morning',
    languageLevel: 'none',
  },
  {
    key: 'rooms',
    name: { nl: 'Kamerzorg', en: 'Room care' },
    hoursPerWeek: 5,
    clientContact: true,
    timeOfDay: 'morning',
    languageLevel: 'A2',
  },
  {
    key: 'company',
    name: { nl: 'Gezelschap en toezicht', en: 'Company and supervision' },
    hoursPerWeek: 4,
    clientContact: true,
    timeOfDay: 'evening',
    languageLevel: 'B1',
  },
];
