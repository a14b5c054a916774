/**
 * Errors of the respondent pages in Dutch, English and French (410 Gone for a used link or a closed
 * survey, 422 for answers that do not fit a question), with the survey's own error codes in the body.
 */
import { AppError, type ErrorCode, type FieldError, type Lang } from '../../server/errors.ts';
import type { Language } from './schema.ts';

export type Trilingual = { nl: string; en: string; fr: string };

/** The statuses a survey error can have. */
type SurveyStatus = 404 | 409 | 410 | 422 | 429;
const BASE: Record<SurveyStatus, ErrorCode> = {
  404: 'not_found',
  409: 'conflict',
  410: 'gone',
  422: 'out_of_range',
  429: 'rate_limited',
};

export class SurveyError extends AppError {
  readonly surveyCode: string;
  readonly trilingual: Trilingual;
  readonly language: Language | undefined;
  readonly trilingualFields: { path: string; message: Trilingual }[] | undefined;

  constructor(
    status: SurveyStatus,
    code: string,
    message: Trilingual,
    opts: {
      language?: Language | undefined;
      fields?: { path: string; message: Trilingual }[];
      headers?: Record<string, string>;
      details?: Record<string, unknown>;
    } = {},
  ) {
    const fields: FieldError[] | undefined = opts.fields?.map((f) => ({
      path: f.path,
      message: { nl: f.message.nl, en: f.message.en },
    }));
    super(
      BASE[status],
      { nl: message.nl, en: message.en },
      { fields, headers: opts.headers, details: { ...opts.details, messages: message } },
    );
    this.surveyCode = code;
    this.trilingual = message;
    this.language = opts.language;
    this.trilingualFields = opts.fields;
  }

  /** The answer in the respondent's language: French when the form was in French. */
  override body(lang: Lang) {
    const l: Language = this.language ?? lang;
    const fields = this.trilingualFields?.map((f) => ({ path: f.path, message: f.message[l] }));
    // The survey's own codes (survey_link_used …) extend the shared list for these answers only.
    return {
      error: {
        code: this.surveyCode as ErrorCode,
        message: this.trilingual[l],
        ...(fields ? { fields } : {}),
        details: { ...this.details },
      },
    };
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 2026-11-22 → 22/11/2026, the Belgian way (all three languages). */
export function belgianDate(day: string): string {
  const m = DAY.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

export const respondentErrors = {
  notFound: (language?: Language) =>
    new SurveyError(
      404,
      'survey_link_unknown',
      {
        nl: 'Deze link bestaat niet. Controleer of je de volledige link gebruikt.',
        en: 'This link does not exist. Check that you used the whole link.',
        fr: 'Ce lien n’existe pas. Vérifiez que vous avez utilisé le lien complet.',
      },
      { language },
    ),
  used: (language?: Language) =>
    new SurveyError(
      410,
      'survey_link_used',
      {
        nl: 'Deze link is al gebruikt. Elke link geldt voor één ingevulde vragenlijst.',
        en: 'This link has already been used. Each link is good for one completed questionnaire.',
        fr: 'Ce lien a déjà été utilisé. Chaque lien vaut pour un seul questionnaire rempli.',
      },
      { language },
    ),
  closed: (closesOn: string | null, language?: Language) =>
    new SurveyError(
      410,
      'survey_closed',
      closesOn
        ? {
            nl: `Deze bevraging is afgesloten op ${belgianDate(closesOn)}.`,
            en: `This survey closed on ${belgianDate(closesOn)}.`,
            fr: `Cette enquête a été clôturée le ${belgianDate(closesOn)}.`,
          }
        : { nl: 'Deze bevraging is afgesloten.', en: 'This survey is closed.', fr: 'Cette enquête est clôturée.' },
      { language, details: { closesOn } },
    ),
  rateLimited: (seconds: number, language?: Language) =>
    new SurveyError(
      429,
      'survey_rate_limited',
      {
        nl: `Te veel antwoorden vanaf dit adres. Probeer opnieuw over ${seconds} seconden.`,
        en: `Too many answers from this address. Try again in ${seconds} seconds.`,
        fr: `Trop de réponses depuis cette adresse. Réessayez dans ${seconds} secondes.`,
      },
      { language, headers: { 'Retry-After': String(seconds) }, details: { retryAfter: seconds } },
    ),
};
