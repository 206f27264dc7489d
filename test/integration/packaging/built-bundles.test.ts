import { describe, expect, it } from 'vitest';
import { findMissingRuntimeModules } from '../../../scripts/check-bundle-imports';

describe('the built main and preload bundles (npm run build)', () => {
  it('load only Electron and Node built-ins, so the installer needs no node_modules', async () => {
    await expect(findMissingRuntimeModules('out')).resolves.toEqual([]);
  });
});
