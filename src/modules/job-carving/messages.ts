/** Messages of job-carving, in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../../lib/messages.ts';

export const msg = defineMessages('job-carving', {
  nl: {
    role_taken: 'Er bestaat al een functie met die naam.',
    proposal_taken: 'Er bestaat al een voorstel met die naam.',
    unknown_role: 'onbekende functie',
    unknown_competence: 'onbekende competentie',
    unknown_task: 'onbekende taak',
    unknown_starter: 'onbekende standaardtaak',
    already_realised: 'Dit voorstel werd al omgezet in een vacature of een samenwerkingsovereenkomst.',
    no_tasks: 'Kies minstens één taak zonder zorggetuigschrift.',
    starter_meals: 'Maaltijdbedeling',
    starter_animation: 'Animatie',
    starter_post: 'Postbedeling',
    starter_transport: 'Vervoersbegeleiding',
    starter_laundry: 'Wasserij en strijk',
    starter_rooms: 'Kamerzorg',
    starter_company: 'Gezelschap en toezicht',
  },
  en: {
    role_taken: 'A function with that name already exists.',
    proposal_taken: 'A proposal with that name already exists.',
    unknown_role: 'unknown function',
    unknown_competence: 'unknown competence',
    unknown_task: 'unknown task',
    unknown_starter: 'unknown standard task',
    already_realised: 'This proposal has already become a vacancy or a cooperation agreement.',
    no_tasks: 'Pick at least one task that needs no care certificate.',
    starter_meals: 'Meal distribution',
    starter_animation: 'Animation',
    starter_post: 'Post delivery',
    starter_transport: 'Transport escort',
    starter_laundry: 'Laundry and ironing',
    starter_rooms: 'Room care',
    starter_company: 'Company and supervision',
  },
});
