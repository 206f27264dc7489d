import { describe, expect, it } from 'vitest';
import { documentContentHash } from '../../../../src/shared/library/approval';
import { formatVancouver } from '../../../../src/shared/library/vancouver';
import { compareVersions, nextMajorVersion } from '../../../../src/shared/library/versions';
import { responseDocumentSchema } from '../../../../src/shared/schemas';
import { libraryDocument, libraryIds } from './library-fixtures';

describe('references in Vancouver style', () => {
  it('formats a journal article with volume, issue, pages, DOI and PMID', () => {
    expect(
      formatVancouver({
        authors: ['Nilsen O', 'Hartmann K', 'Rossi G'],
        title: 'Skarixaban versus warfarin: the SKAR-AF trial',
        journal: 'J Demo Haemost',
        year: 2018,
        volume: '12',
        issue: '3',
        pages: '201-12',
        doi: '10.5555/demo.1',
        pmid: '12345678',
      }),
    ).toBe(
      'Nilsen O, Hartmann K, Rossi G. Skarixaban versus warfarin: the SKAR-AF trial. J Demo Haemost. 2018;12(3):201-12. doi:10.5555/demo.1 PMID: 12345678.',
    );
  });

  it('lists six authors and then "et al."', () => {
    const authors = ['A A', 'B B', 'C C', 'D D', 'E E', 'F F', 'G G'];
    expect(formatVancouver({ authors, title: 'Title?', year: 2020 })).toBe(
      'A A, B B, C C, D D, E E, F F, et al. Title? 2020.',
    );
  });

  it('shows a bare citation verbatim', () => {
    expect(formatVancouver({ citation: 'Data on file; 2019' })).toBe('Data on file; 2019');
  });
});

describe('versions', () => {
  it('orders numerically and starts the next major version', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2', '2.0')).toBe(0);
    expect(nextMajorVersion('2.1')).toBe('3.0');
  });
});

describe('approval binding', () => {
  const approved = (document: ReturnType<typeof libraryDocument>) => ({
    ...document,
    approval: {
      signerUserId: libraryIds.user,
      printedName: 'Dr. Ingrid Solheim',
      meaning: 'approved' as const,
      signedAt: '2026-01-10T10:00:00.000+01:00',
      contentHash: documentContentHash(document),
      method: 'password' as const,
    },
  });

  it('hashes the content, not the workflow state', () => {
    const document = libraryDocument();
    const retired: typeof document = { ...document, status: 'retired' };
    expect(documentContentHash(retired)).toBe(documentContentHash(document));
    expect(documentContentHash({ ...document, body: `${document.body}!` })).not.toBe(
      documentContentHash(document),
    );
    expect(documentContentHash({ ...document, version: '2.0' })).not.toBe(
      documentContentHash(document),
    );
  });

  it('locks a signed version: changed content no longer matches its signature', () => {
    const signed = approved(libraryDocument());
    expect(responseDocumentSchema.safeParse(signed).success).toBe(true);
    expect(responseDocumentSchema.safeParse({ ...signed, status: 'retired' }).success).toBe(true);
    const edited = responseDocumentSchema.safeParse({
      ...signed,
      summary: 'Changed after signing.',
    });
    expect(edited.error?.issues[0]?.path).toEqual(['approval', 'contentHash']);
  });

  it('reads documents stored by store version 1 in today’s shape', () => {
    const {
      lineageId: _lineage,
      supersedesId: _supersedes,
      approval: _approval,
      attachments: _attachments,
      origin: _origin,
      ...rest
    } = libraryDocument();
    const legacy = {
      ...rest,
      version: 3,
      references: [
        {
          authors: 'Aasheim R, Kvale T',
          title: 'Renal PK',
          source: 'Data on file',
          year: 2018,
          doi: null,
        },
      ],
    };
    const upgraded = responseDocumentSchema.parse(legacy);
    expect(upgraded).toMatchObject({
      version: '3.0',
      lineageId: rest.id,
      supersedesId: null,
      approval: null,
      attachments: [],
      origin: null,
      references: [{ authors: ['Aasheim R, Kvale T'], journal: 'Data on file', year: 2018 }],
    });
  });
});
