import { describe, expect, it } from 'vitest';
import { mapServerErrors } from './formErrors.ts';

describe('mapServerErrors', () => {
  const names = ['name', 'email', 'orgName', 'kbo'] as const;

  it('maps the same name, an explicit path, and the last segment of a nested path', () => {
    expect(
      mapServerErrors(
        { email: 'Ongeldig', 'organisation.name': 'Verplicht', 'organisation.kbo': 'Controlegetal' },
        names,
        { 'organisation.name': 'orgName' },
      ),
    ).toEqual({ email: 'Ongeldig', orgName: 'Verplicht', kbo: 'Controlegetal' });
  });

  it('leaves out paths the form does not have, and keeps the first message of a field', () => {
    expect(mapServerErrors({ token: 'Verlopen', name: 'Eerste', 'x.name': 'Tweede' }, names)).toEqual({
      name: 'Eerste',
    });
  });
});
