import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import Button from '@mui/material/Button';
import { toDeviceTimestamp } from '../../../../shared/domain';
import { blankAdverseEventReport, blankProductComplaint } from '../../../../shared/safety/day-zero';
import type { NewSafetyReport, SafetyReport } from '../../../../shared/schemas';
import {
  createSafetyReport,
  getDatabase,
  updateSafetyReport,
  useInquiry,
  useSafetyReport,
  useSettings,
} from '../../data';
import { currentActor } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { SafetyReportEditor } from './SafetyReportEditor';

function BackButton(): ReactNode {
  const { t } = useTranslation();
  return (
    <Button component={RouterLink} to="/safety">
      {t('safetyReports.actions.back')}
    </Button>
  );
}

type Source = Parameters<typeof blankAdverseEventReport>[0];

/** The editor of a new report, made once its source (inquiry, settings) is known. */
function NewReportEditor({
  source,
  kind,
}: {
  source: Source;
  kind: NewSafetyReport['kind'];
}): ReactNode {
  const navigate = useNavigate();
  const [initial] = useState<NewSafetyReport>(() =>
    kind === 'adverse-event' ? blankAdverseEventReport(source) : blankProductComplaint(source),
  );
  const save = async (report: NewSafetyReport): Promise<void> => {
    const created = await createSafetyReport(getDatabase(), report, currentActor());
    await navigate(`/safety/${created.id}`, { replace: true });
  };
  return <SafetyReportEditor initial={initial} stored={null} onSave={save} />;
}

/**
 * `/safety/new?inquiryId=…&kind=…`: a new report. From an inquiry, Day 0 is the inquiry's
 * receipt time (PRODUCT.md); without one, the moment the form opened.
 */
export function NewSafetyReportPage(): ReactNode {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const inquiryId = search.get('inquiryId');
  const kind = search.get('kind') === 'product-complaint' ? 'product-complaint' : 'adverse-event';
  const inquiry = useInquiry(inquiryId ?? '');
  const settings = useSettings();
  const [openedAt] = useState(() => toDeviceTimestamp(new Date()));
  const isReady = settings !== undefined && (inquiryId === null || inquiry !== undefined);
  const title = t(
    kind === 'adverse-event'
      ? 'safetyReports.actions.newAdverseEvent'
      : 'safetyReports.actions.newComplaint',
  );
  return (
    <>
      <PageHeader title={title} actions={<BackButton />} />
      {isReady && (
        <NewReportEditor
          kind={kind}
          source={{
            inquiryId: inquiry ? inquiry.id : null,
            receivedAt: inquiry ? inquiry.receivedAt : openedAt,
            affiliateCountry: settings.affiliateCountry,
            now: openedAt,
          }}
        />
      )}
    </>
  );
}

function contentOf(report: SafetyReport): NewSafetyReport {
  const {
    id: _id,
    reference: _reference,
    createdAt: _created,
    updatedAt: _updated,
    createdBy: _createdBy,
    updatedBy: _updatedBy,
    serverRevision: _revision,
    deleted: _deleted,
    ...content
  } = report;
  return content;
}

/** `/safety/:reportId`: a stored report; read-only once forwarded. */
export function SafetyReportPage(): ReactNode {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const report = useSafetyReport(reportId);
  if (report === undefined) return null;
  const title =
    report === null
      ? t('safetyReports.title')
      : `${t(`safetyReports.kind.${report.kind}`)} ${report.reference}`;
  const save = async (content: NewSafetyReport): Promise<void> => {
    await updateSafetyReport(getDatabase(), reportId, content, currentActor());
  };
  return (
    <>
      <PageHeader title={title} actions={<BackButton />} />
      {report && (
        <SafetyReportEditor
          key={report.id}
          initial={contentOf(report)}
          stored={report}
          onSave={save}
        />
      )}
    </>
  );
}
