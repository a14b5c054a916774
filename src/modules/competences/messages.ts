/** Messages of competences, in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../../lib/messages.ts';

export const msg = defineMessages('competences', {
  nl: {
    name_taken: 'Er bestaat al een {{what}} met die naam.',
    competence: 'competentie',
    profile: 'rolprofiel',
    unknown_competence: 'onbekende competentie',
    unknown_profile: 'onbekend rolprofiel',
    unknown_training: 'onbekende opleiding van deze medewerker',
    duplicate_competence: 'deze competentie staat meer dan eens in het profiel',
    competence_in_use_one: 'Deze competentie heeft {{count}} beoordeling; verwijder die eerst.',
    competence_in_use_other: 'Deze competentie heeft {{count}} beoordelingen; verwijder die eerst.',
    training_linked: 'Deze opleiding is al gekoppeld aan deze competentie.',
    expires_before_issued: 'de vervaldatum ligt vóór de uitgiftedatum',
    not_in_future: 'een beoordeling kan niet in de toekomst liggen',
  },
  en: {
    name_taken: 'A {{what}} with that name already exists.',
    competence: 'competence',
    profile: 'role profile',
    unknown_competence: 'unknown competence',
    unknown_profile: 'unknown role profile',
    unknown_training: 'unknown training of this employee',
    duplicate_competence: 'this competence appears more than once in the profile',
    competence_in_use_one: 'This competence has {{count}} assessment; remove it first.',
    competence_in_use_other: 'This competence has {{count}} assessments; remove them first.',
    training_linked: 'This training is already linked to this competence.',
    expires_before_issued: 'the expiry date is before the issue date',
    not_in_future: 'an assessment cannot lie in the future',
  },
});
