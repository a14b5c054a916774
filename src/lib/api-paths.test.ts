import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_PATHS_FILE, generateApiPaths } from '../../tools/gen-api/generate.ts';

describe('the generated API types (src/lib/api-paths.ts)', () => {
  it('match the routes: a route or schema changed without regenerating fails here', async () => {
    const fresh = await generateApiPaths();
    const committed = readFileSync(API_PATHS_FILE, 'utf8');
    expect(committed === fresh, 'src/lib/api-paths.ts is stale: run npm run gen:api').toBe(true);
  });
});
