import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

const person = { email: 'jan.peeters@vzw-debrug.be', name: 'Jan Peeters' };

describe('password policy', () => {
  it.each(['password123', 'wachtwoord1', '1234567890', 'qwertyuiop', 'azertyuiop', 'iloveyou12'])(
    'refuses the common or patterned password %s, saying why',
    async (pw) => {
      expect((await passwordProblem(pw, person))?.nl).toMatch(
        /te makkelijk te raden: het is een veelgebruikt wachtwoord/,
      );
    },
  );

  it.each(['jan.peeters1987', 'JanPeeters!!2024', 'x-jan.peeters-x'])(
    'refuses %s, which contains the e-mail address',
    async (pw) => {
      expect(await passwordProblem(pw, person)).toEqual({
        nl: 'Het wachtwoord bevat (een deel van) je e-mailadres.',
        en: 'The password contains (part of) your email address.',
      });
    },
  );

  it('refuses a password that contains the name', async () => {
    expect((await passwordProblem('zomer-Van-Damme-2024', { email: 'info@vzw.be', name: 'Els Van Damme' }))?.en).toBe(
      'The password contains your name.',
    );
  });

  it.each(['correct-horse-battery', 'een-lang-wachtwoord', 'fiets bakker zonlicht', 'Correct-Horse-Battery-9'])(
    'accepts %s',
    async (pw) => {
      expect(await passwordProblem(pw, person)).toBeNull();
    },
  );

  it('does not treat short names as telling (a three-letter first name)', async () => {
    expect(await passwordProblem('een-lang-wachtwoord', { email: 'lid@test.be', name: 'Lid Een' })).toBeNull();
  });
});
