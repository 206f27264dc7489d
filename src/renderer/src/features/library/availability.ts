import type { DocumentAvailability } from '../../../../shared/domain';

/** The chip colour of a document's availability: only "sendable" is green. */
export function availabilityColor(
  availability: DocumentAvailability,
): 'success' | 'warning' | 'default' | 'error' {
  switch (availability) {
    case 'sendable':
      return 'success';
    case 'expired':
      return 'error';
    case 'not-yet-effective':
      return 'warning';
    default:
      return 'default';
  }
}
