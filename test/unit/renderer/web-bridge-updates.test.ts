// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createWebBridge } from '../../../src/renderer/src/platform/web-bridge';

describe('browser mode’s updates', () => {
  it('says browser mode installs nothing, whatever the window reports', async () => {
    const bridge = createWebBridge();
    const report = { pendingMutations: 0, hasUnsavedInput: false, minimumAppVersion: '9.0.0' };
    for (const status of [
      await bridge.getUpdateStatus(),
      await bridge.checkForUpdates(),
      await bridge.setUpdateChannel({ channel: 'beta' }),
      await bridge.reportUpdateReadiness(report),
    ]) {
      expect(status).toMatchObject({
        availability: 'browser',
        phase: 'idle',
        gate: { canInstall: false, reason: 'nothing-downloaded' },
      });
    }
    await expect(bridge.installUpdateNow()).resolves.toEqual({
      isInstalling: false,
      reason: 'nothing-downloaded',
    });
  });
});
