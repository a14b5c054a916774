import type { surveysNl as Dutch } from './nl.ts';

/**
 * French texts of the respondent page only (the management pages are Dutch and English, like the
 * rest of Stuurboord): a survey may be answered in French.
 */
export const respondentFr: (typeof Dutch)['respondent'] = {
  loading: 'Chargement…',
  language: 'Langue',
  required: 'obligatoire',
  progress: '{{answered}} questions sur {{total}} répondues',
  submit: 'Envoyer les réponses',
  sending: 'Envoi en cours…',
  fix: 'Vérifiez les questions marquées.',
  thanksTitle: 'Merci !',
  thanksText: 'Vos réponses ont bien été reçues. Vous pouvez fermer cette fenêtre.',
  errorTitle: 'Ce questionnaire ne peut pas être rempli',
  usedTitle: 'Ce lien a déjà été utilisé',
  closedTitle: 'Cette enquête est clôturée',
  unknownTitle: 'Ce lien n’existe pas',
  rateTitle: 'Un instant',
  anonymous:
    'Vos réponses sont anonymes : elles sont enregistrées sans nom et affichées seulement à partir de 5 réponses.',
  disagree: 'pas du tout d’accord',
  agree: 'tout à fait d’accord',
  notLikely: 'pas du tout probable',
  likely: 'très probable',
  scale: '{{value}} sur {{max}}',
  openPlaceholder: 'Votre réponse (facultative)',
  closesOn: 'Vous pouvez répondre jusqu’au {{date}} inclus.',
};
