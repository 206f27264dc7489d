import type { AdverseEventReport } from '../../schemas/safety-report';
import { countryCode } from './codes';
import { oids, qualificationCodes } from './vocabulary';
import { element } from './xml-tree';
import type { XmlElement } from './xml-tree';

/** E2B sections C.2 (primary source) and C.3 (sender). */

/** The company that sends: from the letterhead settings and the PV system's configuration. */
export type IcsrSender = {
  /** N.1.3 / N.2.r.2: how the receiving PV system knows this sender. */
  identifier: string;
  organisation: string;
  department: string | null;
  country: string;
};

function address(parts: {
  street: string | null;
  city: string | null;
  state: string | null;
  postcode: string | null;
}): XmlElement | null {
  const children = [
    parts.street !== null && element('streetAddressLine', {}, [parts.street]),
    parts.city !== null && element('city', {}, [parts.city]),
    parts.state !== null && element('state', {}, [parts.state]),
    parts.postcode !== null && element('postalCode', {}, [parts.postcode]),
  ];
  return children.some(Boolean) ? element('addr', {}, children) : null;
}

/**
 * C.2.r: the reporter, primary source for regulatory purposes. Contact details (address,
 * telephone, e-mail) are included only when the caller may pass them on: PV does not need
 * them unless permitted (PRODUCT.md, roles).
 */
export function primarySource(report: AdverseEventReport, includeContact: boolean): XmlElement {
  const identity = report.personal.reporter;
  const contact = report.personal.reporterContact;
  const hasName =
    identity.title !== null || identity.givenName !== null || identity.familyName !== null;
  const qualification = report.reporter.qualification;
  const author = element('assignedEntity', { classCode: 'ASSIGNED' }, [
    includeContact && address(contact),
    includeContact &&
      contact.phone !== null &&
      element('telecom', { value: `tel:${contact.phone.replace(/\s+/g, '')}` }),
    includeContact &&
      contact.email !== null &&
      element('telecom', { value: `mailto:${contact.email}` }),
    element('assignedPerson', { classCode: 'PSN', determinerCode: 'INSTANCE' }, [
      hasName &&
        element('name', {}, [
          identity.title !== null && element('prefix', {}, [identity.title]),
          identity.givenName !== null && element('given', {}, [identity.givenName]),
          identity.familyName !== null && element('family', {}, [identity.familyName]),
        ]),
      qualification !== null &&
        element('asQualifiedEntity', { classCode: 'QUAL' }, [
          element('code', {
            code: qualificationCodes[qualification],
            codeSystem: oids.reporterQualification,
          }),
        ]),
      report.reporter.country !== null &&
        element('asLocatedEntity', { classCode: 'LOCE' }, [
          element('location', { classCode: 'COUNTRY', determinerCode: 'INSTANCE' }, [
            countryCode(report.reporter.country),
          ]),
        ]),
    ]),
  ]);
  return element('outboundRelationship', { typeCode: 'SPRT' }, [
    element('priorityNumber', { value: '1' }),
    element('relatedInvestigation', { classCode: 'INVSTG', moodCode: 'EVN' }, [
      element('code', { code: '2', codeSystem: oids.reportRelation, displayName: 'sourceReport' }),
      element('subjectOf2', { typeCode: 'SUBJ' }, [
        element('controlActEvent', { classCode: 'CACT', moodCode: 'EVN' }, [
          element('author', { typeCode: 'AUT' }, [author]),
        ]),
      ]),
    ]),
  ]);
}

/** C.1.8.2 first sender of the case: 2 = other (a company, not a regulator). */
export function firstSender(): XmlElement {
  return element('outboundRelationship', { typeCode: 'SPRT' }, [
    element('relatedInvestigation', { classCode: 'INVSTG', moodCode: 'EVN' }, [
      element('code', { code: '1', codeSystem: oids.reportRelation, displayName: 'initialReport' }),
      element('subjectOf2', { typeCode: 'SUBJ' }, [
        element('controlActEvent', { classCode: 'CACT', moodCode: 'EVN' }, [
          element('author', { typeCode: 'AUT' }, [
            element('assignedEntity', { classCode: 'ASSIGNED' }, [
              element('code', {
                code: '2',
                displayName: 'other',
                codeSystem: oids.firstSenderType,
              }),
            ]),
          ]),
        ]),
      ]),
    ]),
  ]);
}

/** C.1.10.r: the case identifiers of linked reports (e.g. the complaint of an AE + PQC case). */
export function linkedReport(caseIdentifier: string): XmlElement {
  return element('outboundRelationship', { typeCode: 'SPRT' }, [
    element('relatedInvestigation', { classCode: 'INVSTG', moodCode: 'EVN' }, [
      element('code', { nullFlavor: 'NA' }),
      element('subjectOf2', { typeCode: 'SUBJ' }, [
        element('controlActEvent', { classCode: 'CACT', moodCode: 'EVN' }, [
          element('id', { extension: caseIdentifier, root: oids.worldwideCaseIdentifier }),
        ]),
      ]),
    ]),
  ]);
}

/** C.3: sender type 1 (pharmaceutical company), department and organisation, country. */
export function sender(senderInfo: IcsrSender): XmlElement {
  return element('subjectOf1', { typeCode: 'SUBJ' }, [
    element('controlActEvent', { classCode: 'CACT', moodCode: 'EVN' }, [
      element('author', { typeCode: 'AUT' }, [
        element('assignedEntity', { classCode: 'ASSIGNED' }, [
          element('code', { code: '1', codeSystem: oids.senderType }),
          element('assignedPerson', { classCode: 'PSN', determinerCode: 'INSTANCE' }, [
            element('asLocatedEntity', { classCode: 'LOCE' }, [
              element('location', { classCode: 'COUNTRY', determinerCode: 'INSTANCE' }, [
                countryCode(senderInfo.country),
              ]),
            ]),
          ]),
          element('representedOrganization', { classCode: 'ORG', determinerCode: 'INSTANCE' }, [
            element('name', {}, [senderInfo.department ?? senderInfo.organisation]),
            element('assignedEntity', { classCode: 'ASSIGNED' }, [
              element('representedOrganization', { classCode: 'ORG', determinerCode: 'INSTANCE' }, [
                element('name', {}, [senderInfo.organisation]),
              ]),
            ]),
          ]),
        ]),
      ]),
    ]),
  ]);
}
