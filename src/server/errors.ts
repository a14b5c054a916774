import { z, type ZodError } from 'zod';

export type Lang = 'nl' | 'en';

const STATUS = {
  validation: 400,
  bad_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  circular_allocation: 422,
  exceeds_budget: 422,
  rth_cap: 422,
  out_of_range: 422,
  incomplete: 422,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof STATUS;

type Message = { nl: string; en: string };

const DEFAULT_MESSAGES: Record<ErrorCode, Message> = {
  validation: { nl: 'Ongeldige invoer.', en: 'Invalid input.' },
  bad_json: { nl: 'De aanvraag bevat geen geldige JSON.', en: 'The request body is not valid JSON.' },
  unauthenticated: { nl: 'Je bent niet aangemeld.', en: 'You are not logged in.' },
  invalid_credentials: { nl: 'E-mailadres of wachtwoord is onjuist.', en: 'Email address or password is incorrect.' },
  forbidden: { nl: 'Je rol laat deze actie niet toe.', en: 'Your role does not allow this action.' },
  csrf: { nl: 'Aanvraag van een andere site geweigerd.', en: 'Cross-site request refused.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  conflict: { nl: 'Dit bestaat al.', en: 'This already exists.' },
  gone: { nl: 'Dit is niet meer beschikbaar.', en: 'This is no longer available.' },
  payload_too_large: { nl: 'De aanvraag is te groot.', en: 'The request is too large.' },
  unsupported_media_type: {
    nl: 'Dit soort inhoud wordt hier niet aanvaard.',
    en: 'This kind of content is not accepted here.',
  },
  circular_allocation: { nl: 'De verdeelvolgorde is circulair.', en: 'The allocation order is circular.' },
  exceeds_budget: { nl: 'De afspraak past niet in het budget.', en: 'The agreement does not fit the budget.' },
  rth_cap: { nl: 'Het RTH-jaarplafond is bereikt.', en: 'The yearly RTH cap is reached.' },
  out_of_range: { nl: 'Een waarde valt buiten het toegelaten bereik.', en: 'A value is outside the allowed range.' },
  incomplete: { nl: 'Er ontbreken nog gegevens.', en: 'Some data is still missing.' },
  rate_limited: { nl: 'Te veel pogingen. Probeer later opnieuw.', en: 'Too many attempts. Try again later.' },
  internal: { nl: 'Er ging iets mis op de server.', en: 'Something went wrong on the server.' },
};

export interface FieldError {
  path: string;
  /** Plain text, or Dutch and English: the answer carries the client's language. */
  message: string | Message;
}

/** The one error type of Stuurboord: a code (mapped to an HTTP status) and a Dutch/English message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messages: Message;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
  /** Extra machine-readable facts for the client (e.g. a suggested order). */
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    messages?: Message,
    opts?: { fields?: FieldError[]; headers?: Record<string, string>; details?: Record<string, unknown> },
  ) {
    const m = messages ?? DEFAULT_MESSAGES[code];
    super(m.en);
    this.code = code;
    this.messages = m;
    this.fields = opts?.fields;
    this.headers = opts?.headers;
    this.details = opts?.details;
  }

  get status(): (typeof STATUS)[ErrorCode] {
    return STATUS[this.code];
  }

  /** The JSON body answered to the client, in its language. */
  body(lang: Lang) {
    const fields = this.fields?.map((f) => ({
      path: f.path,
      message: typeof f.message === 'string' ? f.message : f.message[lang],
    }));
    return {
      error: {
        code: this.code,
        message: this.messages[lang],
        ...(fields ? { fields } : {}),
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }

  static notFound(): AppError {
    return new AppError('not_found');
  }
}

const FIELD_MESSAGES: Record<string, Message> = {
  invalid_kbo: {
    nl: 'ongeldig ondernemingsnummer (controlegetal klopt niet)',
    en: 'invalid enterprise number (check digits do not match)',
  },
};

/** Turns a zod error into a 400 that names every wrong field. */
export function validationError(error: ZodError, lang: Lang = 'nl'): AppError {
  const fields = error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...keys.slice(0, 1)].map(String).join('.') || '(body)';
    const known = FIELD_MESSAGES[issue.message];
    const message = known ? known[lang] : localMessage(issue, lang);
    return { path, message };
  });
  const summary = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
  return new AppError(
    'validation',
    { nl: `Ongeldige invoer — ${summary}`, en: `Invalid input — ${summary}` },
    { fields },
  );
}

const LOCALES = { nl: z.locales.nl(), en: z.locales.en() };

/** zod's own message for an issue, in the client's language (the received value is not echoed). */
function localMessage(issue: ZodError['issues'][number], lang: Lang): string {
  const raw = LOCALES[lang].localeError?.(issue as never);
  const text = typeof raw === 'string' ? raw : (raw?.message ?? issue.message);
  return text.replace(/, (ontving|received) .*$/, '');
}
