/** Test set-up for the people register: sample records for the isolation test, and typed calls for API tests. */
import type { Db } from '../../server/db.ts';
import { answer, type Client } from '../../server/testing.ts';
import type { z } from 'zod';
import type {
  absenceInput,
  ContractChangeInput,
  contractInput,
  EmployeeInput,
  externalInput,
  payrollInput,
  trainingInput,
  volunteerInput,
  volunteerPatch,
} from './schema.ts';

type In<T extends z.ZodType> = z.input<T>;
export const SAMPLE_EMPLOYEE: EmployeeInput = {
  externalRef: 'P-001',
  firstName: 'An',
  lastName: 'Peeters',
  sex: 'female',
  birthYear: 1985,
  education: 'higher_non_university',
};
export const SAMPLE_CONTRACT: In<typeof contractInput> = {
  startsOn: '2024-01-01',
  contractType: 'fixed_term',
  endsOn: '2024-12-31',
  weeklyHours: 30.4,
  fullTimeHours: 38,
  category: 'employee',
  jointCommittee: '319.01',
  functionTitle: 'Opvoeder',
  monthlyCostCents: 380_000,
};

/** Typed calls of the people API in one organisation. */
export function peopleApi(client: Client, orgId: string) {
  const org = { path: { orgId } };
  const emp = (employeeId: string) => ({ path: { orgId, employeeId } });
  const base = '/orgs/{orgId}/people/employees/{employeeId}' as const;
  return {
    list: () => answer(client.api.GET('/orgs/{orgId}/people/employees', { params: org })),
    create: (body: EmployeeInput) => answer(client.api.POST('/orgs/{orgId}/people/employees', { params: org, body })),
    get: (employeeId: string) => answer(client.api.GET(base, { params: emp(employeeId) })),
    patch: (employeeId: string, body: Partial<EmployeeInput>) =>
      answer(client.api.PATCH(base, { params: emp(employeeId), body })),
    exportOf: (employeeId: string) => answer(client.api.GET(`${base}/export`, { params: emp(employeeId) })),
    erase: (employeeId: string) => answer(client.api.DELETE(base, { params: emp(employeeId) })),
    addContract: (employeeId: string, body: In<typeof contractInput>) =>
      answer(client.api.POST(`${base}/contracts`, { params: emp(employeeId), body: body })),
    change: (employeeId: string, body: ContractChangeInput) =>
      answer(client.api.POST(`${base}/contracts/change`, { params: emp(employeeId), body })),
    end: (
      employeeId: string,
      contractId: string,
      body: { endsOn: string; exitReason: 'pension' | 'swt' | 'dismissal' | 'other' },
    ) =>
      answer(
        client.api.POST(`${base}/contracts/{contractId}/end`, {
          params: { path: { orgId, employeeId, contractId } },
          body,
        }),
      ),
    removeContract: (employeeId: string, contractId: string) =>
      answer(
        client.api.DELETE(`${base}/contracts/{contractId}`, { params: { path: { orgId, employeeId, contractId } } }),
      ),
    addAbsence: (employeeId: string, body: In<typeof absenceInput>) =>
      answer(client.api.POST(`${base}/absences`, { params: emp(employeeId), body: body })),
    removeAbsence: (employeeId: string, absenceId: string) =>
      answer(client.api.DELETE(`${base}/absences/{absenceId}`, { params: { path: { orgId, employeeId, absenceId } } })),
    addTraining: (employeeId: string, body: In<typeof trainingInput>) =>
      answer(client.api.POST(`${base}/trainings`, { params: emp(employeeId), body: body })),
    removeTraining: (employeeId: string, trainingId: string) =>
      answer(
        client.api.DELETE(`${base}/trainings/{trainingId}`, { params: { path: { orgId, employeeId, trainingId } } }),
      ),
    payroll: (employeeId: string, body: In<typeof payrollInput>) =>
      answer(client.api.PUT(`${base}/payroll`, { params: emp(employeeId), body: body })),
    externals: () => answer(client.api.GET('/orgs/{orgId}/people/externals', { params: org })),
    addExternal: (body: In<typeof externalInput>) =>
      answer(client.api.POST('/orgs/{orgId}/people/externals', { params: org, body: body })),
    removeExternal: (externalId: string) =>
      answer(
        client.api.DELETE('/orgs/{orgId}/people/externals/{externalId}', { params: { path: { orgId, externalId } } }),
      ),
    audit: (action: string) =>
      answer(client.api.GET('/orgs/{orgId}/audit', { params: { path: { orgId }, query: { action } } })),
    volunteers: () => answer(client.api.GET('/orgs/{orgId}/people/volunteers', { params: org })),
    addVolunteer: (body: In<typeof volunteerInput>) =>
      answer(client.api.POST('/orgs/{orgId}/people/volunteers', { params: org, body: body })),
    patchVolunteer: (volunteerId: string, body: z.input<typeof volunteerPatch>) =>
      answer(
        client.api.PATCH('/orgs/{orgId}/people/volunteers/{volunteerId}', {
          params: { path: { orgId, volunteerId } },
          body,
        }),
      ),
    removeVolunteer: (volunteerId: string) =>
      answer(
        client.api.DELETE('/orgs/{orgId}/people/volunteers/{volunteerId}', {
          params: { path: { orgId, volunteerId } },
        }),
      ),
    activity: (volunteerId: string, body: { month: string; hours: number; expensesCents?: number }) =>
      answer(
        client.api.PUT('/orgs/{orgId}/people/volunteers/{volunteerId}/activity', {
          params: { path: { orgId, volunteerId } },
          body,
        }),
      ),
  };
}

const need = <T>(a: { status: number; body: T }, what: string): T => {
  if (a.status !== 200) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body)}`);
  return a.body;
};

/** Ids of one organisation's people records, by route parameter name. */
export async function peopleSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const api = peopleApi(client, orgId);
  const employeeId = need(await api.create(SAMPLE_EMPLOYEE), 'employee').id;
  const withContract = need(await api.addContract(employeeId, SAMPLE_CONTRACT), 'contract');
  const withAbsence = need(
    await api.addAbsence(employeeId, { kind: 'sickness', startsOn: '2024-03-04', endsOn: '2024-03-05', hours: 12 }),
    'absence',
  );
  const withTraining = need(
    await api.addTraining(employeeId, { kind: 'formal', title: 'EHBO', heldOn: '2024-05-02', hours: 7 }),
    'training',
  );
  const external = need(
    await api.addExternal({
      kind: 'agency',
      description: 'Interim keuken',
      startsOn: '2024-01-01',
      endsOn: '2024-01-31',
      hours: 80,
      costCents: 320_000,
    }),
    'external',
  );
  const volunteer = need(await api.addVolunteer({ name: 'Vrijwilliger Jos', startsOn: '2024-01-01' }), 'volunteer');
  return {
    employeeId,
    contractId: withContract.contracts[0]!.id,
    absenceId: withAbsence.absences[0]!.id,
    trainingId: withTraining.trainings[0]!.id,
    externalId: external.id,
    volunteerId: volunteer.id,
  };
}

const P = '/api/orgs/:orgId/people';
/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const PEOPLE_BODIES: Record<string, unknown> = {
  [`POST ${P}/employees`]: { firstName: 'X', lastName: 'Y', sex: 'male' },
  [`PATCH ${P}/employees/:employeeId`]: { firstName: 'Overgenomen' },
  [`POST ${P}/employees/:employeeId/contracts`]: { ...SAMPLE_CONTRACT, startsOn: '2030-01-01', endsOn: null },
  [`POST ${P}/employees/:employeeId/contracts/change`]: { from: '2024-06-01', weeklyHours: 19 },
  [`POST ${P}/employees/:employeeId/contracts/:contractId/end`]: { endsOn: '2024-06-30', exitReason: 'other' },
  [`POST ${P}/employees/:employeeId/absences`]: {
    kind: 'sickness',
    startsOn: '2024-04-01',
    endsOn: '2024-04-01',
    hours: 7.6,
  },
  [`POST ${P}/employees/:employeeId/trainings`]: { kind: 'informal', title: 'X', heldOn: '2024-04-01', hours: 2 },
  [`PUT ${P}/employees/:employeeId/payroll`]: { month: '2024-04', hoursWorked: 120, costCents: 400_000 },
  [`POST ${P}/externals`]: {
    kind: 'placed',
    description: 'X',
    startsOn: '2024-01-01',
    endsOn: '2024-01-31',
    hours: 1,
    costCents: 1,
  },
  [`POST ${P}/volunteers`]: { name: 'X', startsOn: '2024-01-01' },
  [`PATCH ${P}/volunteers/:volunteerId`]: { tasks: 'Overgenomen' },
  [`PUT ${P}/volunteers/:volunteerId/activity`]: { month: '2024-01', hours: 4 },
  [`PUT ${P}/grid`]: { week: '2024-03-04', subject: { what: 'absence', kind: 'sickness' }, cells: [] },
};

/** A payroll provider's export in its own words: a "Wn-code" column the mapping step must assign. */
export const PAYROLL_HEADER =
  'Wn-code;Naam;Voornaam;Geslacht;Geboortejaar;Opleiding;Periode;Datum in dienst;Datum uit dienst;Soort contract;Statuut;Functie;Uren per week;Voltijdse uren;Prestaties;Loonkost;Voordelen;Reden uit dienst';
export const PAYROLL_MAPPING = { 'Wn-code': 'employeeNumber' } as const;

/** Three people over three months of 2025: a full-timer, a part-timer whose fixed term ends, and a worker. */
export function samplePayrollCsv(): string {
  const lines = [PAYROLL_HEADER];
  for (const m of ['01', '02', '03']) {
    lines.push(
      `1001;Peeters;An;V;1985;bachelor;${m}/2025;01/03/2019;;onbepaalde duur;bediende;Opvoeder;38;38;152;4.250,00;120,00;`,
      `1002;Claes;Bart;M;1992;secundair;${m}/2025;01/01/2025;31/03/2025;bepaalde duur;bediende;Begeleider;19;38;76;2.100,50;0;ontslag werkgever`,
      `1003;Maes;Rita;V;1970;lager;${m}/2025;01/09/2010;;onbepaalde duur;arbeider;Onderhoud;30,4;38;121,6;3.050,00;;`,
    );
  }
  return `${lines.join('\n')}\n`;
}

// Employees and trainings written straight to the tables, for other modules' tests (competences).
let n = 0;

/** An employee of `orgId` (optionally linked to a member account); returns its id. */
export async function sampleEmployee(
  db: Db,
  orgId: string,
  opts: { firstName?: string; lastName?: string; userId?: string | null } = {},
): Promise<string> {
  const row = await db
    .insertInto('ppl_employee')
    .values({
      org_id: orgId,
      external_ref: `T${++n}`,
      first_name: opts.firstName ?? 'Test',
      last_name: opts.lastName ?? `Medewerker ${n}`,
      sex: n % 2 ? 'female' : 'male',
      birth_year: 1985,
      education: 'higher_non_university',
      user_id: opts.userId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A completed training of an employee; returns its id. */
export async function sampleTraining(
  db: Db,
  orgId: string,
  employeeId: string,
  opts: { title?: string; heldOn?: string } = {},
): Promise<string> {
  const row = await db
    .insertInto('ppl_training')
    .values({
      org_id: orgId,
      employee_id: employeeId,
      kind: 'formal',
      title: opts.title ?? 'Opleiding medicatie',
      held_on: opts.heldOn ?? '2026-03-10',
      hours: 7.5,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
