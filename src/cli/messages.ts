/** Messages of cli, in Dutch and English (see docs/architecture.md, Errors and messages). */
import { defineMessages } from '../lib/messages.ts';

export const msg = defineMessages('cli', {
  nl: {
    option_missing: 'Optie --{{key}} ontbreekt.',
    period_like_2026q1: '--{{key}}: een periode als 2026-03, 2026-Q1 of 2026.',
    file_not_found: 'Bestand {{path}} niet gevonden.',
    option_not_valid_id: 'Optie --{{key}} is geen geldige id.',
    option_year_must_year: 'Optie --year moet een jaartal zijn.',
    method_stepdown_reciprocal: 'Methode: stepdown of reciprocal.',
    file_not_valid_json: 'Het bestand is geen geldige JSON.',
    runs_seed_integer: '--runs 100-100000 en --seed een geheel getal.',
    unreadable_json: '{{path}} is geen leesbaar JSON-bestand ({{reason}}).',
    balans_summary: 'Sociale balans {{year}} ({{model}}): gemiddeld {{fte}} VTE, {{missing}} ontbrekende codes.',
    balans_written: 'Sociale balans {{year}} geschreven naar {{path}}.',
    se_summary:
      'Sociale economie {{year}}: {{workers}} geplaatste medewerkers, {{agreements}} overeenkomsten, {{succeeded}} van {{finished}} afgesloten trajecten geslaagd.',
    se_written: 'Jaarrapport sociale economie {{year}} geschreven naar {{path}}.',
    balans_model_full: 'volledig model',
    balans_model_abbreviated: 'verkort model',
    one_format: 'Kies één formaat: --pdf, --xlsx, --csv of --json.',
    mapping_not_json: '--mapping is geen JSON-object (kolom → veld) en geen leesbaar JSON-bestand.',
  },
  en: {
    option_missing: 'Option --{{key}} is missing.',
    period_like_2026q1: '--{{key}}: a period like 2026-03, 2026-Q1 or 2026.',
    file_not_found: 'File {{path}} not found.',
    option_not_valid_id: 'Option --{{key}} is not a valid id.',
    option_year_must_year: 'Option --year must be a year.',
    method_stepdown_reciprocal: 'Method: stepdown or reciprocal.',
    file_not_valid_json: 'The file is not valid JSON.',
    runs_seed_integer: '--runs 100-100000 and --seed an integer.',
    unreadable_json: '{{path}} is not a readable JSON file.',
    balans_summary: 'Sociale balans {{year}} ({{model}}): {{fte}} FTE on average, {{missing}} missing codes.',
    balans_written: 'Sociale balans {{year}} written to {{path}}.',
    se_summary:
      'Social economy {{year}}: {{workers}} workers placed, {{agreements}} agreements, {{succeeded}} of {{finished}} closed trajectories succeeded.',
    se_written: 'Social-economy annual report {{year}} written to {{path}}.',
    balans_model_full: 'full model',
    balans_model_abbreviated: 'abbreviated model',
    one_format: 'Choose one format: --pdf, --xlsx, --csv or --json.',
    mapping_not_json: '--mapping is neither a JSON object (column → field) nor a readable JSON file.',
  },
});
