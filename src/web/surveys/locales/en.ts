import type { surveysNl as Dutch } from './nl.ts';

/** English texts of the surveys: the same keys as the Dutch file. */
export const surveysEn: typeof Dutch = {
  title: 'Surveys',
  list: {
    caption: 'Surveys with status, closing date and response rate',
    empty: 'No surveys yet. Create one, blank or from a template.',
    name: 'Title', audience: 'Audience', status: 'Status', closesOn: 'Closing date', responses: 'Responses', rate: 'Response rate',
    create: 'Create survey',
  },
  audience: { staff: 'Staff', clients: 'Clients' },
  status: { draft: 'Draft', open: 'Open', closed: 'Closed', expired: 'Expired' },
  template: { label: 'Template', none: 'Blank', servqual: 'SERVQUAL (clients: expectation and perception)', herzberg: 'Herzberg (staff: motivators and hygiene factors)' },
  create: {
    title: 'Create survey', name: 'Title', audience: 'Audience', submit: 'Create',
    help: 'A template fills in the questions in Dutch, English and French; you can change them while the survey is a draft.',
  },
  detail: {
    questions: 'Questions', open: 'Open survey', close: 'Close survey', closeConfirm: 'After closing no more answers are accepted. Close?',
    results: 'View results', delete: 'Delete draft', deleteConfirm: 'Delete this draft for good?',
    invited: 'Invited', responses: 'Responses', rate: 'Response rate', closesOn: 'Closes on', openedOn: 'Opened on', languages: 'Languages', openLink: 'Open link',
    lockedHelp: 'The survey is open: questions and texts are fixed, so that all answers are about the same questions.',
    back: 'Back to the surveys',
  },
  editor: {
    settings: 'Title and languages', titleIn: 'Title ({{lang}})', introIn: 'Introduction ({{lang}})', languages: 'Languages of the survey', languagesHelp: 'Dutch is required.',
    question: 'Question {{n}}', kind: 'Kind of question {{n}}', textIn: 'Text of question {{n}} ({{lang}})', sectionIn: 'Section of question {{n}} ({{lang}})',
    optionsIn: 'Options of question {{n}} ({{lang}}), one per line', required: 'Required', breakdown: 'Break results down by this question (e.g. team or service)',
    add: 'Add question', remove: 'Remove question {{n}}', up: 'Move question {{n}} up', down: 'Move question {{n}} down', save: 'Save questions', saveSettings: 'Save', saved: 'Saved',
    count: '{{count}} questions',
  },
  kind: { likert5: 'Likert 1-5', likert7: 'Likert 1-7', nps: 'Recommendation score 0-10 (NPS)', single: 'Single choice', multiple: 'Multiple choice', open: 'Open question' },
  open: {
    title: 'Open survey', invitations: 'Number of invitations (links for one person)', closesOn: 'Closing date', openLink: 'Also an open link (one shared link, limited to 10 answers per minute per address)',
    submit: 'Open and create links', linksTitle: 'The links', once: 'These links are shown only once: keep them now (copy or download the CSV file). Stuurboord keeps only an unreadable fingerprint.',
    links: 'Personal links ({{count}})', openLinkLabel: 'Open link', copyAll: 'Copy all links', csv: 'Download links (CSV)', done: 'I have kept the links',
  },
  results: {
    title: 'Results: {{name}}', rule: 'Results from 5 responses (now {{count}})', ruleHelp: 'This keeps every answer anonymous. Until then only counts are shown.',
    responses: 'Responses', rate: 'Response rate', satisfaction: 'Satisfaction (0-100)', nps: 'NPS', of: 'of {{count}} invited', noRate: 'open link',
    csv: 'Download results (CSV)',
    servqual: 'SERVQUAL: gap per dimension', servqualHelp: 'Gap = perception − expectation (scale 1-7). Negative: the expectation is not met.',
    servqualChart: 'Bar chart of the SERVQUAL gap per dimension', servqualCaption: 'Expectation, perception and gap per dimension',
    items: 'SERVQUAL: gap per statement', itemsChart: 'Bar chart of the SERVQUAL gap per statement', itemsCaption: 'Expectation, perception and gap per statement',
    dimension: 'Dimension', item: 'Statement', expectation: 'Expectation', perception: 'Perception', gap: 'Gap',
    herzberg: 'Herzberg: motivators and hygiene factors', herzbergChart: 'Bar chart of the mean per Herzberg factor', herzbergCaption: 'Mean (1-5) per factor',
    factor: 'Factor', group: 'Kind', motivator: 'Motivator', hygiene: 'Hygiene factor', mean: 'Mean', motivators: 'Motivators', hygieneFactors: 'Hygiene factors',
    questions: 'Per question', question: 'Question', answered: '{{count}} answers', distributionCaption: 'Distribution of the answers to “{{question}}”', value: 'Answer', count: 'Count', share: 'Share',
    distributionChart: 'Bar chart of the distribution of the answers to “{{question}}”',
    likertChart: 'Stacked bar chart of the distribution of the answers per statement (share per score)', openAnswers: 'Open answers', noOpenAnswers: 'No open answers.',
    breakdown: 'Breakdown by “{{question}}”', breakdownCaption: 'Results per group (a group only from 5 responses)', groupName: 'Group', tooFew: 'too few responses',
    npsDetail: '{{promoters}} promoters, {{passives}} passive, {{detractors}} detractors',
  },
  respondent: {
    loading: 'Loading…', language: 'Language', required: 'required', progress: '{{answered}} of {{total}} questions answered',
    submit: 'Send answers', sending: 'Sending…', fix: 'Please check the marked questions.',
    thanksTitle: 'Thank you!', thanksText: 'Your answers have been received. You can close this window.',
    errorTitle: 'This survey cannot be filled in', usedTitle: 'This link has already been used', closedTitle: 'This survey is closed', unknownTitle: 'This link does not exist', rateTitle: 'Please wait',
    anonymous: 'Your answers are anonymous: they are stored without a name and only shown once there are at least 5 responses.',
    disagree: 'strongly disagree', agree: 'strongly agree', notLikely: 'not at all likely', likely: 'extremely likely',
    scale: '{{value}} of {{max}}', openPlaceholder: 'Your answer (optional)', closesOn: 'You can answer until {{date}} inclusive.',
  },
};
