import { readFileSync } from 'node:fs';
import { XMLSerializer } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import {
  buildIcsrBatch,
  buildIcsrMessage,
  e2bTimestamp,
  serializeXml,
} from '../../../../src/shared/safety/e2b';
import type { IcsrContext, XmlElement } from '../../../../src/shared/safety/e2b';
import type { SafetyReport } from '../../../../src/shared/schemas';
import { conformanceProblems, elementPaths, parseStrictly } from '../../../helpers/e2b-conformance';
import { icsrContext, scenarioOne } from './e2b-cases';
import {
  asStored,
  incompleteAdverseEvent,
  linkedComplaint,
  nonSeriousAdverseEvent,
  pregnancyCase,
  safetyIds,
  seriousAdverseEvent,
} from './report-fixtures';

const batchOf = (messages: XmlElement[], context: IcsrContext = icsrContext()): string =>
  serializeXml(
    buildIcsrBatch(messages, {
      batchId: 'HALVORSEN-DE-20260303-1',
      createdAt: context.createdAt,
      senderIdentifier: context.sender.identifier,
      receiverIdentifier: context.receiverIdentifier,
    }),
  );

function messageOf(report: SafetyReport, context: IcsrContext = icsrContext()): XmlElement {
  const outcome = buildIcsrMessage(report, context);
  if (outcome.kind !== 'e2b')
    throw new Error(`Expected an E2B message, got ${JSON.stringify(outcome)}`);
  return outcome.message;
}

const xmlOf = (report: SafetyReport, context?: IcsrContext): string =>
  batchOf([messageOf(report, context)], context);

describe('ICH E2B(R3) messages of realistic cases pass the conformance checks', () => {
  it.each<[string, () => SafetyReport]>([
    ['a serious case', () => asStored(seriousAdverseEvent())],
    ['a non-serious case with two reactions', () => asStored(nonSeriousAdverseEvent())],
    ['a pregnancy exposure', () => asStored(pregnancyCase())],
    [
      'an AE linked to a complaint',
      () => asStored({ ...seriousAdverseEvent(), linkedReportIds: [safetyIds.complaint] }),
    ],
  ])('%s', (_name, make) => {
    expect(
      conformanceProblems(
        xmlOf(make(), icsrContext({ linkedCaseIdentifiers: ['DE-HALVORSEN-SR-2026-K7Q-000002'] })),
      ),
    ).toEqual([]);
  });

  it('passes for several cases in one batch', () => {
    const messages = [seriousAdverseEvent(), nonSeriousAdverseEvent(), pregnancyCase()].map(
      (report, index) =>
        messageOf(
          asStored(report, `SR-2026-K7Q-00000${index + 1}`),
          icsrContext({ messageId: `msg-${index}` }),
        ),
    );
    const xml = batchOf(messages);
    expect(conformanceProblems(xml)).toEqual([]);
    expect(parseStrictly(xml).getElementsByTagName('PORR_IN049016UV').length).toBe(3);
  });

  it('carries the case: MedDRA LLT with version, seriousness, age in UCUM, dates as the examples', () => {
    const document = parseStrictly(xmlOf(asStored(seriousAdverseEvent())));
    const reaction = [...Array.from(document.getElementsByTagName('value'))].find(
      (value) => value.getAttribute('codeSystem') === '2.16.840.1.113883.6.163',
    );
    expect([reaction?.getAttribute('code'), reaction?.getAttribute('codeSystemVersion')]).toEqual([
      '10027940',
      '25.0',
    ]);
    const xml = xmlOf(asStored(seriousAdverseEvent()));
    expect(xml).toContain('<value value="67" unit="a" xsi:type="PQ"/>');
    expect(xml).toContain('<low value="20260303093000+0100"/>');
    expect(xml).toMatch(
      /displayName="requiresInpatientHospitalization"\/>\s*<value xsi:type="BL" value="true"\/>/,
    );
    expect(xml).toMatch(
      /displayName="localCriteriaForExpedited"\/>\s*<value xsi:type="BL" value="true"\/>/,
    );
  });

  it('marks a non-serious case as not expedited, and a pregnancy with LMP and gestation at exposure', () => {
    expect(xmlOf(asStored(nonSeriousAdverseEvent()))).toMatch(
      /localCriteriaForExpedited"\/>\s*<value xsi:type="BL" value="false"\/>/,
    );
    const pregnancy = xmlOf(asStored(pregnancyCase()));
    expect(pregnancy).toMatch(
      /lastMenstrualPeriodDate"\/>\s*<value xsi:type="TS" value="20251220"\/>/,
    );
    expect(pregnancy).toMatch(/gestationPeriod"\/>\s*<value xsi:type="PQ" value="7" unit="wk"\/>/);
  });

  it('names the linked complaint and keeps reporter contact out unless allowed', () => {
    const report = asStored({ ...seriousAdverseEvent(), linkedReportIds: [safetyIds.complaint] });
    const linked = xmlOf(
      report,
      icsrContext({ linkedCaseIdentifiers: ['DE-HALVORSEN-SR-2026-K7Q-000002'] }),
    );
    expect(linked).toContain(
      'extension="DE-HALVORSEN-SR-2026-K7Q-000002" root="2.16.840.1.113883.3.989.2.1.3.2"',
    );
    expect(linked).not.toContain('erika@example.org');
    expect(xmlOf(report, icsrContext({ includeReporterContact: true }))).toContain(
      'mailto:erika@example.org',
    );
  });

  it('sends an incomplete or uncoded case as CIOMS only, with what is missing; a complaint is no ICSR', () => {
    expect(buildIcsrMessage(asStored(incompleteAdverseEvent()), icsrContext())).toEqual({
      kind: 'cioms-only',
      missing: ['identifiable-patient', 'reaction-coding'],
    });
    expect(
      buildIcsrMessage(
        asStored(linkedComplaint(), 'SR-2026-K7Q-000002', safetyIds.complaint),
        icsrContext(),
      ).kind,
    ).toBe('not-an-icsr');
  });

  it('keeps free text with markup well-formed and exact', () => {
    const base = seriousAdverseEvent();
    const hostile =
      'Patient wrote: <script>alert("x")</script> & then ]]> <![CDATA[ boom ]]> \u0007bell';
    const report = asStored({
      ...base,
      personal: { ...base.personal, narrative: hostile, relevantHistory: '<b>bold</b> & co' },
    });
    const xml = xmlOf(report);
    expect(conformanceProblems(xml)).toEqual([]);
    const text = parseStrictly(xml).getElementsByTagName('text')[0]?.textContent;
    expect(text).toBe(hostile.replace('\u0007', ''));
  });

  it('writes moments with the recording wall clock’s offset, as the examples do', () => {
    expect(e2bTimestamp('2022-06-14T10:10:10.000-05:00')).toBe('20220614101010-0500');
    expect(e2bTimestamp('2026-03-03T08:30:00.000Z')).toBe('20260303083000+0000');
  });
});

const caseRoot = '/MCCI_IN200100UV01/PORR_IN049016UV/controlActProcess/subject/investigationEvent';
const drug = `${caseRoot}/component/adverseEventAssessment/subject1/primaryRole/subjectOf2/organizer/component/substanceAdministration`;

/**
 * The parts of Scenario 1 our model does not capture, by the element that carries them. Each is
 * a subtree: every path under it is expected to be absent from our message and nothing else.
 */
const notCaptured: readonly [string, string][] = [
  [`${drug}/consumable/instanceOfKind/kindOfProduct/code`, 'G.k.2.1 product identifier (NDC/MPID)'],
  [
    `${drug}/consumable/instanceOfKind/kindOfProduct/asManufacturedProduct/subjectOf/approval/id`,
    'G.k.3.1 authorisation number',
  ],
  [
    `${drug}/consumable/instanceOfKind/kindOfProduct/asManufacturedProduct/subjectOf/approval/author`,
    'G.k.3.2 country of authorisation',
  ],
  [`${drug}/consumable/instanceOfKind/kindOfProduct/ingredient`, 'G.k.2.3 active substances'],
  [`${drug}/consumable/instanceOfKind/subjectOf`, 'G.k.2.4 country where the drug was obtained'],
  [
    `${drug}/outboundRelationship2/substanceAdministration/consumable/instanceOfKind/kindOfProduct`,
    'G.k.4.r.9 dose form',
  ],
  [
    `${drug}/outboundRelationship2/substanceAdministration/performer`,
    'G.k.2.4 (repeated in the dosage)',
  ],
  [
    `${caseRoot}/component/adverseEventAssessment/component/causalityAssessment/methodCode`,
    'G.k.9.i.2 causality: PV assesses it',
  ],
  [
    `${caseRoot}/component/adverseEventAssessment/component/causalityAssessment/author`,
    'G.k.9.i.2.r.1 source of assessment',
  ],
  [
    `${caseRoot}/component/adverseEventAssessment/component/causalityAssessment/subject1`,
    'G.k.9.i reaction reference of causality',
  ],
  [
    `${caseRoot}/component/adverseEventAssessment/component1`,
    'H.2, H.4 reporter’s and sender’s comments',
  ],
  [`${caseRoot}/subjectOf1/controlActEvent/author/assignedEntity/addr`, 'C.3.4 sender’s address'],
  [
    `${caseRoot}/subjectOf1/controlActEvent/author/assignedEntity/telecom`,
    'C.3.4.6–8 sender’s telephone, fax, e-mail',
  ],
  [
    `${caseRoot}/subjectOf1/controlActEvent/author/assignedEntity/assignedPerson/name`,
    'C.3.3 sender’s person',
  ],
];

/** What we add: the verbatim term in the reporter's language (E.i.1.1), which Scenario 6 uses. */
const addedByUs = [
  `${caseRoot}/component/adverseEventAssessment/subject1/primaryRole/subjectOf2/observation/value/originalText`,
];

/** Distinct paths in order of first appearance. */
const firstAppearances = (paths: readonly string[]): string[] => [...new Set(paths)];

/**
 * Scenario 1 without its D.8 drug history organiser (code 2 of …1.1.20), which we do not capture
 * and whose elements share their paths with the drug organiser (G.k): left in, it would make the
 * drug paths appear before the reactions.
 */
function scenarioOneWithoutDrugHistory(): string {
  const xml = readFileSync('/work/shared/e2b-samples/FAERS2022Scenario1.xml', 'utf8');
  const document = parseStrictly(xml);
  const organizers = Array.from(document.getElementsByTagName('organizer'));
  const history = organizers.find((organizer) =>
    Array.from(organizer.getElementsByTagName('code')).some(
      (code) => code.getAttribute('displayName') === 'drugHistory',
    ),
  );
  const subject = history?.parentNode;
  if (!subject) throw new Error('Scenario 1 has no drug history organiser any more');
  subject.parentNode?.removeChild(subject);
  return new XMLSerializer().serializeToString(document);
}

function codeCounts(xml: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of Array.from(parseStrictly(xml).getElementsByTagName('code'))) {
    const name = code.getAttribute('displayName');
    if (name) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

describe('FDA Scenario 1 re-expressed as our data', () => {
  const fdaXml = scenarioOneWithoutDrugHistory();
  const fda = elementPaths(fdaXml);
  const { report, context } = scenarioOne();
  const ourXml = xmlOf(report, context);
  const ours = elementPaths(ourXml);
  const isNotCaptured = (path: string): boolean =>
    notCaptured.some(([root]) => path === root || path.startsWith(`${root}/`));

  it('passes the conformance checks', () => {
    expect(conformanceProblems(ourXml)).toEqual([]);
  });

  it('has the same set of element paths, apart from what our model does not capture', () => {
    const theirs = new Set(fda);
    const mine = new Set(ours);
    expect([...theirs].filter((path) => !mine.has(path) && !isNotCaptured(path))).toEqual([]);
    expect([...mine].filter((path) => !theirs.has(path))).toEqual(addedByUs);
    // Every documented omission really is in Scenario 1 and really is absent from ours.
    for (const [root] of notCaptured) {
      expect(fda).toContain(root);
      expect(ours).not.toContain(root);
    }
  });

  it('puts the shared elements in the same order', () => {
    const both = new Set(ours.filter((path) => fda.includes(path)));
    const shared = (paths: readonly string[]): string[] =>
      firstAppearances(paths).filter((path) => both.has(path));
    expect(shared(ours)).toEqual(shared(fda));
  });

  it('repeats the repeated parts as often: two reactions with six criteria and an outcome, three drugs with roles', () => {
    const theirs = codeCounts(fdaXml);
    const mine = codeCounts(ourXml);
    const repeated = [
      'reaction',
      'resultsInDeath',
      'isLifeThreatening',
      'requiresInpatientHospitalization',
      'resultsInPersistentOrSignificantDisability',
      'congenitalAnomalyBirthDefect',
      'otherMedicallyImportantCondition',
      'outcome',
      'interventionCharacterization',
      'drugInformation',
      'sourceReport',
      'indication',
    ];
    expect(repeated.map((name) => [name, mine[name]])).toEqual(
      repeated.map((name) => [name, theirs[name]]),
    );
  });
});
