/**
 * The one list of data functions that are NOT scoped by an organisation id. Every other function in
 * src/modules and src/server that reads or writes a table takes the organisation it works in
 * (`orgId`), so a request can never reach another organisation's rows. These are scoped by something
 * else (a person, a secret token, the whole platform), and each says by what. `scope.test.ts` fails
 * when a new unscoped function appears that is not listed here.
 */
export const UNSCOPED: Readonly<Record<string, string>> = {
  // The audit log: each entry carries its own organisation (or none, for platform events).
  'audit/queries.ts#recordAudit': 'writes the organisation named in the event',
  'audit/queries.ts#pruneAudit': 'platform retention: removes entries older than the retention period',
  // Sessions belong to a person, not to an organisation.
  'auth/queries.ts#createSession': 'by user id (after the password check)',
  'auth/queries.ts#loadSession': 'by the secret session token; loads all memberships of its person',
  'auth/queries.ts#deleteSession': 'by session id of the caller',
  'auth/queries.ts#deleteUserSessions': 'by user id (logout everywhere, password change)',
  // Invitations are answered by the invited person, across organisations.
  'orgs/invitations.ts#invitationsOf': "by the caller's own e-mail address",
  'orgs/invitations.ts#answerInvitation': 'by invitation id AND the caller (id and e-mail must match)',
  'orgs/queries.ts#createOrganisation': 'creates a new organisation (no organisation exists yet)',
  'orgs/queries.ts#findUserByEmail': 'by e-mail address, inside a transaction that then scopes by organisation',
  // Respondents of a survey have no account: the single-use token is the key.
  'surveys/respondent.ts#access': 'by the secret single-use survey token',
  // Transfer imports a whole file as a NEW organisation.
  'transfer/queries.ts#importOrganisation': 'creates a new organisation from an export file',
  // Start-up and one-time links (server-wide).
  'bootstrap.ts#setupNeeded': 'platform: is there any administrator yet',
  'bootstrap.ts#demoLogin': 'platform: the demo organisation’s public login, for the login page',
  'bootstrap.ts#bootstrap': 'platform: first administrator and the demo organisation at start-up',
  'bootstrap.ts#sweepExpired': 'platform: removes expired sessions and links',
  'one-time-links.ts#spendOneTimeToken': 'by the secret one-time token',
  'one-time-links.ts#findOpenToken': 'by the secret one-time token',
  'one-time-links.ts#spendResetLinksOf': 'by user id (a password was set)',
};
