import { describe, expect, it } from 'vitest';
import {
  describeUpdateGate,
  describeUpdateState,
} from '../../../src/renderer/src/features/settings/update-messages';
import { catalogKeys, catalogs, supportedLanguages } from '../../../src/shared/i18n';
import {
  decideUpdateGate,
  updateAvailabilitySchema,
  updateGateReasons,
  updatePhaseSchema,
} from '../../../src/shared/updates';
import type { UpdateGateReason, UpdateStatus } from '../../../src/shared/updates';

function status(overrides: Partial<UpdateStatus>): UpdateStatus {
  return {
    availability: 'enabled',
    currentVersion: '1.2.0',
    channel: 'stable',
    phase: 'idle',
    availableVersion: null,
    downloadPercent: null,
    lastCheckedAt: null,
    errorMessage: null,
    gate: decideUpdateGate({
      currentVersion: '1.2.0',
      downloadedVersion: null,
      minimumAppVersion: null,
      readiness: null,
    }),
    ...overrides,
  };
}

function gateWith(reason: UpdateGateReason): UpdateStatus['gate'] {
  return {
    canInstall: false,
    reason,
    isRequired: false,
    requiredVersion: null,
    pendingMutations: 2,
  };
}

/** Keys as i18next looks them up: a plural key exists as key_one / key_other. */
function hasMessage(language: (typeof supportedLanguages)[number], key: string): boolean {
  const keys = catalogKeys(catalogs[language]);
  return keys.includes(key) || keys.includes(`${key}_other`);
}

describe('update messages', () => {
  it.each(supportedLanguages)(
    'exist in %s for every availability, phase and gate reason',
    (code) => {
      const messages = [
        ...updateAvailabilitySchema.options.map((availability) =>
          describeUpdateState(status({ availability })),
        ),
        ...updatePhaseSchema.options.map((phase) => describeUpdateState(status({ phase }))),
        ...updateGateReasons.map((reason) =>
          describeUpdateGate(status({ gate: gateWith(reason) })),
        ),
      ].flatMap((message) => (message === null ? [] : [message.key]));
      expect(messages.length).toBeGreaterThan(15);
      expect(messages.filter((key) => !hasMessage(code, key))).toEqual([]);
    },
  );

  it('passes the download progress and the version to the message', () => {
    expect(
      describeUpdateState(
        status({ phase: 'downloading', availableVersion: '1.3.0', downloadPercent: 41.6 }),
      ),
    ).toEqual({
      key: 'updates.phase.downloading',
      values: { version: '1.3.0', percent: 42 },
      severity: 'info',
    });
  });

  it('warns about an unsigned build and a required version, and says nothing without a download', () => {
    expect(describeUpdateState(status({ availability: 'unverifiable' })).severity).toBe('warning');
    const required = describeUpdateGate(
      status({
        gate: {
          ...gateWith('required-not-downloaded'),
          isRequired: true,
          requiredVersion: '2.0.0',
        },
      }),
    );
    expect(required).toMatchObject({ severity: 'warning', values: { version: '2.0.0' } });
    expect(describeUpdateGate(status({}))).toBeNull();
  });
});
