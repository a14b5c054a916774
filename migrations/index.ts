import type { Migration } from 'kysely';
import * as foundation from './20261123T0700_foundation.ts';
import * as finance from './20261123T0800_finance.ts';
import * as clients from './20261123T0900_clients.ts';
import * as kpis from './20261123T1000_kpis.ts';
import * as caf from './20261123T1010_caf.ts';
import * as surveys from './20261123T1020_surveys.ts';
import * as plans from './20261123T1030_plans.ts';
import * as invitations from './20261201T0900_invitations.ts';
import * as privacy from './20261201T0900_privacy.ts';
import * as clientsBilling from './20261202T0900_clients_billing.ts';
import * as people from './20261202T1000_people.ts';
import * as competences from './20261202T1100_competences.ts';
import * as strategy from './20261202T1220_strategy.ts';
import * as partnerships from './20261202T1230_partnerships.ts';
import * as handbook from './20261202T1240_handbook.ts';
import * as complaints from './20261202T1250_complaints.ts';
import * as peoplePerf from './20261202T1300_people_perf.ts';
import * as surveyTestEasy from './20261202T1300_survey_test_easy.ts';
import * as payrollMapping from './20261202T1310_payroll_mapping.ts';
import * as socialEconomy from './20261202T1200_social_economy.ts';
import * as jobCarving from './20261202T1210_job_carving.ts';

/**
 * Every migration by its timestamped name, in order. Listed here (not read from the folder) so the
 * same code runs under tsx, Vitest and a bundler. Add a new file and one line below.
 */
export const migrations: Record<string, Migration> = {
  '20261123T0700_foundation': foundation,
  '20261123T0800_finance': finance,
  '20261123T0900_clients': clients,
  '20261123T1000_kpis': kpis,
  '20261123T1010_caf': caf,
  '20261123T1020_surveys': surveys,
  '20261123T1030_plans': plans,
  '20261201T0900_invitations': invitations,
  '20261201T0900_privacy': privacy,
  '20261202T0900_clients_billing': clientsBilling,
  '20261202T1000_people': people,
  '20261202T1100_competences': competences,
  '20261202T1220_strategy': strategy,
  '20261202T1230_partnerships': partnerships,
  '20261202T1240_handbook': handbook,
  '20261202T1250_complaints': complaints,
  '20261202T1300_people_perf': peoplePerf,
  '20261202T1300_survey_test_easy': surveyTestEasy,
  '20261202T1310_payroll_mapping': payrollMapping,
  '20261202T1200_social_economy': socialEconomy,
  '20261202T1210_job_carving': jobCarving,
};
