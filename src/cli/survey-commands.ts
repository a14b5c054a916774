import { getOrganisation } from '../modules/orgs/queries.ts';
import { resultsOf } from '../modules/surveys/surveys.ts';
import type { Command } from './commands.ts';
import { idOption } from './options.ts';

const n = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined ? '–' : x.toFixed(digits).replace('.', ',');

/** Commands: survey:results. */
export const SURVEY_COMMANDS: Record<string, Command> = {
  'survey:results': {
    usage:
      '--org ORG_ID --survey SURVEY_ID [--json]   resultaten van een bevraging (pas vanaf 5 antwoorden; anders alleen aantallen)',
    options: { org: { type: 'string' }, survey: { type: 'string' } },
    async run(db, v) {
      const org = await getOrganisation(db, idOption(v, 'org'));
      const { survey, results } = await resultsOf(db, org.id, idOption(v, 'survey'));
      const lines = [
        `${survey.title.nl} (${survey.status}${survey.closesOn ? `, sluit ${survey.closesOn}` : ''})`,
        `Antwoorden: ${results.responses}${results.invited ? ` van ${results.invited} uitgenodigd (${n(results.responseRate)} %)` : ''}`,
      ];
      if (!results.shown || !results.figures) {
        lines.push(`Resultaten vanaf 5 antwoorden (nu ${results.responses}).`);
      } else {
        const f = results.figures;
        lines.push(`Tevredenheid (0-100): ${n(f.satisfaction)}`, `NPS: ${n(f.nps?.score)}`);
        if (f.servqual) {
          lines.push('SERVQUAL-kloof per dimensie (ervaring − verwachting):');
          for (const d of f.servqual.dimensions)
            lines.push(
              `  ${d.label.nl}: ${n(d.gap, 2)} (verwachting ${n(d.expectation, 2)}, ervaring ${n(d.perception, 2)})`,
            );
        }
        if (f.herzberg) {
          lines.push(
            `Herzberg: motivatoren ${n(f.herzberg.motivators, 2)}, hygiënefactoren ${n(f.herzberg.hygiene, 2)}`,
          );
          for (const x of f.herzberg.factors) lines.push(`  ${x.label.nl}: ${n(x.mean, 2)}`);
        }
        for (const b of results.breakdowns) {
          lines.push(`Per ${b.text.nl}`);
          for (const g of b.groups)
            lines.push(
              `  ${g.label.nl}: ${g.responses} antwoorden${g.shown ? `, tevredenheid ${n(g.figures?.satisfaction ?? null)}` : ' (te weinig om te tonen)'}`,
            );
        }
      }
      return { data: { survey, results }, text: lines.join('\n') };
    },
  },
};
