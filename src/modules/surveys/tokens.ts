/**
 * Respondent links: `<surveyId>.<secret>`, the secret 144 random bits in base64url. Only the
 * SHA-256 of the secret is stored (a token row, or the survey's open-link hash), so the database
 * cannot give a link back, and nothing ties a link to the person it was sent to.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = /^[A-Za-z0-9_-]{22,64}$/;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new link: the token for the URL and the hash to store. */
export function newToken(surveyId: string): { token: string; hash: string } {
  const secret = randomBytes(18).toString('base64url');
  return { token: `${surveyId}.${secret}`, hash: hashSecret(secret) };
}

/** The survey id and secret hash of a token, or null when it cannot be one. */
export function parseToken(token: string): { surveyId: string; hash: string } | null {
  const dot = token.indexOf('.');
  const surveyId = token.slice(0, dot).toLowerCase();
  const secret = token.slice(dot + 1);
  if (dot < 0 || !UUID.test(surveyId) || !SECRET.test(secret)) return null;
  return { surveyId, hash: hashSecret(secret) };
}

/** Compares two hex hashes in constant time. */
export function sameHash(a: string | null, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
