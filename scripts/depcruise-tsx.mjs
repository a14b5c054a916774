/**
 * Preloaded by `npm run check:deps` (node --import). dependency-cruiser reads TypeScript with swc,
 * because the `typescript` package (7, the native compiler) has no JavaScript API it can use; it asks
 * swc for TypeScript without JSX, so a .tsx file would not parse. This turns JSX on for .tsx files.
 */
import { createRequire } from 'node:module';

const swc = createRequire(import.meta.url)('@swc/core');
const parseFileSync = swc.parseFileSync;
swc.parseFileSync = (file, options) => parseFileSync(file, file.endsWith('.tsx') ? { ...options, tsx: true } : options);
