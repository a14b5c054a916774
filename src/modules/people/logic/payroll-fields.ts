/**
 * The fields of a payroll provider's export (one row = one employee month), the header names they
 * are known by, and the code values providers write for sex, education, contract type and category.
 */
import { headerRecognizer, normalizeHeader } from '../../../lib/files/columns.ts';
import type { Message } from '../../../lib/messages.ts';
import { msg } from '../messages.ts';
import type { Category, ContractType, Education, ExitReason, Sex } from './types.ts';

export const PAYROLL_FIELDS = [
  'employeeNumber',
  'lastName',
  'firstName',
  'sex',
  'birthYear',
  'education',
  'month',
  'contractStart',
  'contractEnd',
  'contractType',
  'category',
  'functionTitle',
  'weeklyHours',
  'fullTimeHours',
  'hoursWorked',
  'cost',
  'benefits',
  'exitReason',
] as const;
export type PayrollField = (typeof PAYROLL_FIELDS)[number];

export const REQUIRED_FIELDS: readonly PayrollField[] = [
  'employeeNumber',
  'lastName',
  'firstName',
  'sex',
  'month',
  'contractStart',
  'contractType',
  'category',
  'weeklyHours',
  'hoursWorked',
  'cost',
];

const NAMES: Record<PayrollField, string[]> = {
  employeeNumber: [
    'personeelsnummer',
    'personeelsnr',
    'werknemersnummer',
    'employeenumber',
    'employee id',
    'stamnummer',
  ],
  lastName: ['naam', 'achternaam', 'familienaam', 'lastname', 'surname'],
  firstName: ['voornaam', 'firstname', 'given name'],
  sex: ['geslacht', 'sex', 'gender'],
  birthYear: ['geboortejaar', 'birthyear', 'year of birth'],
  education: ['opleiding', 'opleidingsniveau', 'diploma', 'education', 'education level'],
  month: ['maand', 'periode', 'loonperiode', 'month', 'period', 'pay period'],
  contractStart: ['begin contract', 'start contract', 'datum in dienst', 'indienst', 'contract start', 'start date'],
  contractEnd: ['einde contract', 'datum uit dienst', 'uitdienst', 'contract end', 'end date'],
  contractType: ['contracttype', 'type contract', 'soort contract', 'contract type'],
  category: ['categorie', 'statuut', 'category', 'status'],
  functionTitle: ['functie', 'function', 'job title'],
  weeklyHours: ['uren per week', 'wekelijkse uren', 'weekuren', 'weekly hours', 'hours per week'],
  fullTimeHours: ['voltijdse uren', 'voltijds', 'uren voltijds', 'full-time hours', 'fulltime hours'],
  hoursWorked: ['gewerkte uren', 'prestaties', 'uren gewerkt', 'hours worked', 'worked hours'],
  cost: ['loonkost', 'totale loonkost', 'kost', 'cost', 'personnel cost', 'employer cost'],
  benefits: ['voordelen', 'extralegale voordelen', 'benefits'],
  exitReason: ['reden uit dienst', 'reden vertrek', 'exit reason', 'reason for leaving'],
};

/** The field a header stands for by its name alone, if we know it. */
export const recognizePayrollHeader = headerRecognizer(NAMES);

/** Field names as the errors and the mapping step show them. */
export const PAYROLL_LABELS: Record<PayrollField, Message> = {
  employeeNumber: msg('field_employee_number'),
  lastName: msg('field_last_name'),
  firstName: msg('field_first_name'),
  sex: msg('field_sex'),
  birthYear: msg('field_birth_year'),
  education: msg('field_education'),
  month: msg('field_month'),
  contractStart: msg('field_contract_start'),
  contractEnd: msg('field_contract_end'),
  contractType: msg('field_contract_type'),
  category: msg('field_category'),
  functionTitle: msg('field_function_title'),
  weeklyHours: msg('field_weekly_hours'),
  fullTimeHours: msg('field_full_time_hours'),
  hoursWorked: msg('field_hours_worked'),
  cost: msg('field_cost'),
  benefits: msg('field_benefits'),
  exitReason: msg('field_exit_reason'),
};

function codes<C extends string>(table: Record<C, string[]>): (text: string) => C | undefined {
  const map = new Map<string, C>();
  for (const [code, names] of Object.entries(table) as [C, string[]][]) {
    map.set(normalizeHeader(code), code);
    for (const n of names) map.set(normalizeHeader(n), code);
  }
  return (text) => map.get(normalizeHeader(text));
}

/** Code values as providers write them, in Dutch, French and English. */
export const CODE_READERS = {
  sex: codes<Sex>({ male: ['m', 'man', 'h', 'homme'], female: ['v', 'vrouw', 'f', 'femme', 'w'] }),
  education: codes<Education>({
    primary: ['lager', 'lager onderwijs', 'basis', 'basisonderwijs', 'primair'],
    secondary: ['secundair', 'secundair onderwijs', 'middelbaar', 'aso', 'tso', 'bso', 'kso'],
    higher_non_university: [
      'hoger niet-universitair',
      'hoger niet universitair',
      'bachelor',
      'professionele bachelor',
      'hbo',
      'graduaat',
    ],
    university: ['universitair', 'master', 'universiteit'],
  }),
  contractType: codes<ContractType>({
    indefinite: ['onbepaalde duur', 'obd', 'cdi', 'vast'],
    fixed_term: ['bepaalde duur', 'bd', 'cdd', 'tijdelijk'],
    defined_work: ['duidelijk omschreven werk', 'dow', 'welomschreven werk', 'clearly defined work'],
    replacement: ['vervanging', 'vervangingscontract', 'remplacement'],
  }),
  category: codes<Category>({
    management: ['kader', 'kaderlid', 'directie', 'cadre'],
    employee: ['bediende', 'bedienden', 'employe', 'white collar'],
    worker: ['arbeider', 'arbeiders', 'ouvrier', 'blue collar'],
    other: ['ander', 'andere', 'overige', 'autre'],
  }),
  exitReason: codes<ExitReason>({
    pension: ['pensioen', 'pension', 'retirement'],
    swt: ['brugpensioen', 'swt', 'stelsel van werkloosheid met bedrijfstoeslag'],
    dismissal: ['ontslag', 'ontslag werkgever', 'ontslag door werkgever', 'licenciement'],
    other: ['ander', 'andere', 'overmacht', 'onderling akkoord', 'ontslag werknemer', 'einde contract'],
  }),
};

/** The values each code field accepts, for the error message. */
export const CODE_EXAMPLES: Record<keyof typeof CODE_READERS, string> = {
  sex: 'M, V',
  education: 'lager, secundair, hoger niet-universitair, universitair',
  contractType: 'onbepaalde duur, bepaalde duur, duidelijk omschreven werk, vervanging',
  category: 'arbeider, bediende, kader, ander',
  exitReason: 'pensioen, brugpensioen (SWT), ontslag werkgever, ander',
};
