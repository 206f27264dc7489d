import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideUpdateGate } from '../../../../src/shared/updates';
import type { UpdateGateInput } from '../../../../src/shared/updates';

function gateInput(overrides: Partial<UpdateGateInput> = {}): UpdateGateInput {
  return {
    currentVersion: '1.2.0',
    downloadedVersion: '1.3.0',
    minimumAppVersion: '1.0.0',
    readiness: { pendingMutations: 0, hasUnsavedInput: false },
    ...overrides,
  };
}

describe('decideUpdateGate', () => {
  it('opens when an update is downloaded, the outbox is empty and no form holds input', () => {
    expect(decideUpdateGate(gateInput())).toEqual({
      canInstall: true,
      reason: 'ready',
      isRequired: false,
      requiredVersion: null,
      pendingMutations: 0,
    });
  });

  it('waits while the outbox holds unsynced changes, and says how many', () => {
    const decision = decideUpdateGate(
      gateInput({ readiness: { pendingMutations: 3, hasUnsavedInput: false } }),
    );
    expect(decision).toMatchObject({
      canInstall: false,
      reason: 'unsynced-changes',
      pendingMutations: 3,
    });
  });

  it('waits while a form holds unsaved input, before anything else', () => {
    const decision = decideUpdateGate(
      gateInput({ readiness: { pendingMutations: 5, hasUnsavedInput: true } }),
    );
    expect(decision).toMatchObject({ canInstall: false, reason: 'unsaved-input' });
  });

  it('keeps the gate closed until the window has reported its state', () => {
    expect(decideUpdateGate(gateInput({ readiness: null }))).toMatchObject({
      canInstall: false,
      reason: 'waiting-for-app',
    });
  });

  it('has nothing to install without a download, or with only the running version', () => {
    expect(decideUpdateGate(gateInput({ downloadedVersion: null })).reason).toBe(
      'nothing-downloaded',
    );
    expect(decideUpdateGate(gateInput({ downloadedVersion: '1.2.0' })).canInstall).toBe(false);
  });

  it('installs a pre-release build over the same release number (electron-updater judged it newer)', () => {
    const decision = decideUpdateGate(
      gateInput({ currentVersion: '1.3.0-beta.2', downloadedVersion: '1.3.0' }),
    );
    expect(decision.canInstall).toBe(true);
  });

  describe('when the server requires a newer version', () => {
    it('says which version is required while none is downloaded', () => {
      const decision = decideUpdateGate(
        gateInput({ downloadedVersion: null, minimumAppVersion: '1.3.0' }),
      );
      expect(decision).toMatchObject({
        canInstall: false,
        reason: 'required-not-downloaded',
        isRequired: true,
        requiredVersion: '1.3.0',
      });
    });

    it('installs although changes are queued: the server would refuse them from this version', () => {
      const decision = decideUpdateGate(
        gateInput({
          minimumAppVersion: '1.3.0',
          readiness: { pendingMutations: 2, hasUnsavedInput: false },
        }),
      );
      expect(decision).toMatchObject({
        canInstall: true,
        reason: 'ready-sync-refused',
        pendingMutations: 2,
      });
    });

    it('still never installs over unsaved input', () => {
      const decision = decideUpdateGate(
        gateInput({
          minimumAppVersion: '1.3.0',
          readiness: { pendingMutations: 0, hasUnsavedInput: true },
        }),
      );
      expect(decision).toMatchObject({ canInstall: false, reason: 'unsaved-input' });
    });

    it('is not required when this version meets the minimum (pre-release suffixes ignored)', () => {
      const decision = decideUpdateGate(
        gateInput({ currentVersion: '1.3.0-beta.1', minimumAppVersion: '1.3.0' }),
      );
      expect(decision.isRequired).toBe(false);
    });
  });

  it('never opens over unsaved input, nor over queued changes the server still accepts', () => {
    const version = fc
      .tuple(fc.nat(5), fc.nat(5), fc.nat(5))
      .map(([major, minor, patch]) => `${major}.${minor}.${patch}`);
    fc.assert(
      fc.property(
        version,
        fc.option(version, { nil: null }),
        fc.option(version, { nil: null }),
        fc.nat(1000),
        fc.boolean(),
        (currentVersion, downloadedVersion, minimumAppVersion, pendingMutations, isDirty) => {
          const decision = decideUpdateGate({
            currentVersion,
            downloadedVersion,
            minimumAppVersion,
            readiness: { pendingMutations, hasUnsavedInput: isDirty },
          });
          if (isDirty) expect(decision.canInstall).toBe(false);
          if (pendingMutations > 0 && !decision.isRequired) expect(decision.canInstall).toBe(false);
          if (downloadedVersion === null) expect(decision.canInstall).toBe(false);
        },
      ),
    );
  });
});
