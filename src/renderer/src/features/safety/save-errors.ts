import { ZodError } from 'zod';
import { SafetyRuleError } from '../../../../shared/safety/day-zero';

/** What a failed save means for the form: field messages by path, or one message for all. */
export type SaveFailure = { fields: ReadonlyMap<string, string>; message: string };

const ruleMessages: Record<SafetyRuleError['code'], string> = {
  'awareness-not-earlier': 'safetyReports.errors.awarenessLater',
  'reason-required': 'safetyReports.errors.reason',
  'report-forwarded': 'safetyReports.forwarding.immutable',
  'report-not-forwarded': 'safetyReports.errors.forwardingStatus',
};

/** Turns what a repository threw into i18n keys the form can show; unknown errors as text. */
export function describeSaveError(error: unknown): SaveFailure {
  if (error instanceof ZodError) {
    const fields = new Map<string, string>();
    for (const issue of error.issues) {
      const path = issue.path.join('.');
      if (!fields.has(path)) fields.set(path, issue.message);
    }
    return { fields, message: 'safetyReports.errors.invalid' };
  }
  if (error instanceof SafetyRuleError)
    return { fields: new Map(), message: ruleMessages[error.code] };
  return { fields: new Map(), message: error instanceof Error ? error.message : String(error) };
}
