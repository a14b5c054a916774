import { writeFileSync } from 'node:fs';
import { BANDS, CRITERIA, subcriterion } from '../modules/caf/model.ts';
import { loadReport } from '../modules/caf/report.ts';
import { cafReportPdf } from '../modules/caf/report-pdf.ts';
import { getOrganisation } from '../modules/orgs/queries.ts';
import type { Command } from './commands.ts';
import { auditCommand, idOption } from './options.ts';

const nl = (n: number | null, digits = 1) =>
  n === null ? '—' : new Intl.NumberFormat('nl-BE', { maximumFractionDigits: digits }).format(n);
const signed = (n: number | null) => (n === null ? '' : ` (${n > 0 ? '+' : ''}${nl(n)})`);

/** Commands: caf:report. */
export const CAF_COMMANDS: Record<string, Command> = {
  'caf:report': {
    usage:
      '--org ORG_ID --assessment ASSESSMENT_ID [--pdf rapport.pdf]   resultaten van een CAF-zelfevaluatie (scores per criterium en subcriterium, vergelijking)',
    options: { org: { type: 'string' }, assessment: { type: 'string' }, pdf: { type: 'string' } },
    async run(db, v) {
      const org = await getOrganisation(db, idOption(v, 'org'));
      const report = await loadReport(db, org.id, idOption(v, 'assessment'), 'nl');
      const r = report.results;
      const pdfPath = typeof v.pdf === 'string' && v.pdf ? v.pdf : undefined;
      if (pdfPath) {
        writeFileSync(pdfPath, await cafReportPdf(report));
        await auditCommand(db, {
          orgId: org.id,
          action: 'caf.report_downloaded',
          entity: 'caf_assessment',
          entityId: r.assessment.id,
          details: { format: 'pdf' },
        });
      }
      const cmp = r.comparison;
      const lines = [
        `CAF-zelfevaluatie "${r.assessment.name}" van ${report.orgName}${r.provisional ? ' (VOORLOPIG: consensusronde loopt)' : ''}`,
        `Beoordelaars: ${report.assessors.map((a) => a.name).join(', ')}`,
        `Totaalscore: ${nl(r.overall)}${cmp ? ` — vorige ronde "${cmp.previous.name}": ${nl(cmp.overall.previous)}${signed(cmp.overall.delta)}` : ''}`,
        '',
        ...CRITERIA.flatMap((c, i) => {
          const score = r.criteria[i]!;
          return [
            `${c.number}. ${c.title.nl}: ${nl(score.score)}${cmp ? signed(cmp.criteria[i]!.delta) : ''}`,
            ...r.subcriteria
              .filter((s) => s.criterion === c.number)
              .map((s) => {
                const d = cmp?.subcriteria.find((x) => x.code === s.code);
                return `   ${s.code} ${nl(s.score, 0).padStart(3)}  ${(s.band === null ? '' : BANDS[s.kind][s.band]!.short.nl).padEnd(14)} ${subcriterion(s.code)!.title.nl}${d ? signed(d.delta) : ''}`;
              }),
          ];
        }),
        ...(pdfPath ? ['', `PDF geschreven naar ${pdfPath}`] : []),
      ];
      return {
        data: {
          organisation: { id: org.id, name: report.orgName },
          assessors: report.assessors,
          ...r,
          ...(pdfPath ? { pdf: pdfPath } : {}),
        },
        text: lines.join('\n'),
      };
    },
  },
};
