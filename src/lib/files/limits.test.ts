import { describe, expect, it } from 'vitest';
import { checkFileSize } from './limits.ts';

describe('checkFileSize', () => {
  it('refuses files over 50 MB before they are read', () => {
    expect(checkFileSize(50 * 1024 * 1024)).toBeNull();
    expect(checkFileSize(50 * 1024 * 1024 + 1)?.code).toBe('file_too_large');
  });
});
