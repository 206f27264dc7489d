import type { DocumentVersion } from '../schemas/response-document';

function segmentsOf(version: DocumentVersion): number[] {
  return version.split('.').map((segment) => Number.parseInt(segment, 10));
}

/**
 * Orders version labels numerically, segment by segment, a missing segment counting as 0:
 * `1.10` comes after `1.9`, and `2` equals `2.0`. Negative when `left` is older.
 */
export function compareVersions(left: DocumentVersion, right: DocumentVersion): number {
  const leftSegments = segmentsOf(left);
  const rightSegments = segmentsOf(right);
  const length = Math.max(leftSegments.length, rightSegments.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (leftSegments[index] ?? 0) - (rightSegments[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The label of the next major version: `3.0` → `4.0`, `2.1` → `3.0`. */
export function nextMajorVersion(version: DocumentVersion): DocumentVersion {
  const [major = 0] = segmentsOf(version);
  return `${major + 1}.0`;
}
