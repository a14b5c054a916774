/** English texts of the CAF self-assessment: the same keys as the Dutch file. */
import type { cafNl as Dutch } from './nl.ts';

export const cafEn: typeof Dutch = {
  title: 'CAF self-assessment',
  breadcrumbs: 'CAF breadcrumbs',
  status: { scoring: 'Scoring', consensus: 'Consensus round', finished: 'Finished' },
  scoring: { classical: 'Classical', finetuned: 'Fine-tuned' },
  kind: { enabler: 'enabler criterion', result: 'results criterion' },
  list: {
    mine: 'My scoring', noMine: 'You are not an assessor in any self-assessment.', mineCaption: 'Self-assessments in which you are an assessor',
    all: 'Self-assessments', none: 'No self-assessments yet. Start one with “New self-assessment”.', caption: '{{count}} self-assessments, newest first',
    new: 'New self-assessment', name: 'Name', status: 'Status', scoring: 'Scoring', started: 'Started', finished: 'Finished', submitted: 'Submitted',
    agreed: 'Consensus', myProgress: 'My progress', next: 'Next step', submittedOn: 'Submitted on {{date}}',
    ofAssessors: '{{submitted}} of {{total}} assessors', ofSubcriteria: '{{agreed}} of {{total}} subcriteria',
    goScore: 'Score', goMyScores: 'View my scores', goConsensus: 'Go to the consensus', goResults: 'View results',
    about: 'CAF 2020 (Common Assessment Framework): 9 criteria and 28 subcriteria. Each assessor first scores alone; then the team agrees a score per subcriterion in the consensus round.',
  },
  new: {
    name: 'Name of the self-assessment', scoring: 'Scoring method', classicalHelp: 'One score from 0 to 100 per subcriterion.',
    finetunedHelp: 'Score Plan, Do, Check and Act (or trends and targets) separately; the score is their mean.', startedOn: 'Start date',
    assessors: 'Assessors', assessorsHelp: 'At least one; members with the role directie, staf or begeleider.', previous: 'Compare with',
    previousHelp: 'An earlier, finished self-assessment.', create: 'Start self-assessment',
  },
  round: {
    previous: 'Previous self-assessment', toScore: 'Score', toMyScores: 'My scores', toConsensus: 'Consensus', toResults: 'Results',
    startConsensus: 'Start consensus round', notAllSubmitted: '{{submitted}} of {{total}} assessors have submitted. You can already start the consensus round; whoever has not submitted can then no longer score.',
    assessors: 'Assessors', assessorsCaption: 'Progress per assessor', assessor: 'Assessor', scored: 'Scored', submitted: 'Submitted', notYet: 'Not yet',
    privacy: 'While scoring, nobody sees another assessor’s scores; they only come together in the consensus round.',
  },
  score: {
    title: 'Scoring: {{name}}', criteria: 'Criteria', score: 'Score', slider: 'Slider {{name}}', notScored: 'Not scored yet.',
    progress: '{{scored}} of {{total}} scored', evidence: 'Evidence', strengths: 'Strengths', improvements: 'Improvement points',
    saveNamed: 'Save {{code}}', saved: 'Saved', unsaved: 'Unsaved changes',
    fineIncomplete: 'Score every part; the subcriterion score is their rounded mean.', fineScore: 'Score {{score}}',
    intro: 'Score each subcriterion on your own judgement and note the evidence, strengths and improvement points. Nobody else sees your scores before the consensus round.',
    closed: 'The scoring phase has ended: your scores can only be viewed.', submittedAt: 'Your scores were submitted on {{at}}.',
    submit: 'Submit', submitHelp: 'After submitting you can no longer change your scores.', submitTitle: 'Submit scores',
    submitConfirm: 'You have scored {{scored}} of {{total}} subcriteria. All 28 are needed. After submitting you cannot change anything.',
  },
  consensus: {
    title: 'Consensus: {{name}}', agreed: 'Agreed score', band: 'Level', discuss: 'Discuss', discussCount: '{{count}} subcriteria with a large spread (20 points or more)',
    progress: '{{agreed}} of {{total}} agreed', scoresCaption: 'Assessors’ scores for {{code}}', noScores: 'No scores.',
    spread: 'Spread {{min}}-{{max}} (range {{range}}), mean {{mean}}, standard deviation {{sd}}',
    texts: 'Assessors’ texts ({{count}})', takeTexts: 'Take over the assessors’ texts',
    intro: 'Discuss the scores per subcriterion, especially where they lie 20 points or more apart, and record the agreed score with evidence, strengths and improvement points.',
    finished: 'This self-assessment is finished.', finish: 'Finish self-assessment', finishHelp: 'Possible once all 28 subcriteria have an agreed score.',
  },
  results: {
    title: 'Results: {{name}}', provisional: 'Provisional: the consensus round is still open.', overall: 'Overall score', overallNote: 'Mean of the 9 criteria (0-100)',
    previous: 'Previous self-assessment', noPrevious: 'No earlier self-assessment to compare with', change: 'Change', prev: 'Previous',
    perCriterion: 'Scores per criterion', radarLabel: 'Radar chart of the scores per criterion; the figures are in the table beside it',
    criteriaCaption: 'Consensus score per criterion (the data of the chart)', criterion: 'Criterion',
    improvementPoints: 'Improvement points', improvementHelp: 'Turn an improvement point into an improvement action with one click; it is linked to the subcriterion.',
    makeAction: 'Create action', makeActionFor: 'Create action for {{code}}', actionExists: 'Action', noAction: 'No action yet.', noPoints: 'No improvement points noted.',
    actionStatus: { plan: 'plan', do: 'do', check: 'check', act: 'act', done: 'done' },
    allSubcriteria: 'All subcriteria', subCaption: 'Consensus score and level per subcriterion', code: 'Code', subcriterion: 'Subcriterion', pdf: 'PDF report',
  },
};
