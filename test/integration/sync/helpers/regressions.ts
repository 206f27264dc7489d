import type { SimAction } from './scenario';

/**
 * Scenarios that once broke a property, kept so the bug stays fixed. Each names what went wrong.
 */
export const regressions: {
  name: string;
  scenario: { seed: number; deviceCount: number; actions: SimAction[] };
}[] = [
  {
    name: 'a report completed offline and synced as one capture',
    scenario: {
      seed: 1,
      deviceCount: 3,
      actions: [
        { kind: 'create', device: 0, table: 'safetyReports', variant: 1, blobSize: 10 },
        { kind: 'edit', device: 0, pick: 0, variant: 2 },
        { kind: 'sync', devices: [0, 1, 2], typingOn: null, variant: 0 },
      ],
    },
  },
  {
    name: 'a delete that lost against an edit of the same officer on another device waits as a conflict',
    scenario: {
      seed: -1690809583,
      deviceCount: 4,
      actions: [
        { kind: 'resolve', device: 3, pick: 463, choice: 'mine' },
        { kind: 'create', device: 4, table: 'inquiries', variant: 592, blobSize: 129 },
        { kind: 'delete', device: 2, pick: 82 },
        { kind: 'sync', devices: [1, 3, 0, 2], typingOn: 0, variant: 316 },
        { kind: 'acknowledge', pick: 581 },
        { kind: 'sync', devices: [3, 4], typingOn: 1, variant: 527 },
        { kind: 'sync', devices: [4, 0], typingOn: 2, variant: 584 },
        { kind: 'create', device: 2, table: 'inquiries', variant: 5, blobSize: 1 },
        { kind: 'faults', device: 0, profile: 'flaky' },
        { kind: 'edit', device: 4, pick: 928, variant: 994 },
        { kind: 'sync', devices: [4, 1, 0], typingOn: 2, variant: 602 },
        { kind: 'edit', device: 4, pick: 4, variant: 6 },
        { kind: 'delete', device: 3, pick: 992 },
        { kind: 'create', device: 1, table: 'events', variant: 540, blobSize: 1372 },
        { kind: 'sync', devices: [1, 2, 3, 0], typingOn: 1, variant: 969 },
        { kind: 'restart', instance: 0, crashAfter: 6 },
        { kind: 'restart', instance: 0, crashAfter: 10 },
        { kind: 'edit', device: 2, pick: 491, variant: 246 },
        { kind: 'create', device: 1, table: 'inquiries', variant: 992, blobSize: 3993 },
      ],
    },
  },
  {
    name: 'a restart while a crash was armed for the old process',
    scenario: {
      seed: 7,
      deviceCount: 3,
      actions: [
        { kind: 'create', device: 0, table: 'inquiries', variant: 1, blobSize: null },
        { kind: 'restart', instance: 0, crashAfter: 1 },
        { kind: 'faults', device: 0, profile: 'hostile' },
        { kind: 'sync', devices: [0], typingOn: null, variant: 0 },
        { kind: 'restart', instance: 0, crashAfter: null },
        { kind: 'sync', devices: [0, 1, 2], typingOn: 1, variant: 3 },
      ],
    },
  },
];
