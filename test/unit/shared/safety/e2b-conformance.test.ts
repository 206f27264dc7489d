import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIcsrBatch, buildIcsrMessage, serializeXml } from '../../../../src/shared/safety/e2b';
import { conformanceProblems, validateWithSchema } from '../../../helpers/e2b-conformance';
import { icsrContext } from './e2b-cases';
import { asStored, seriousAdverseEvent } from './report-fixtures';

function validXml(): string {
  const outcome = buildIcsrMessage(asStored(seriousAdverseEvent()), icsrContext());
  if (outcome.kind !== 'e2b') throw new Error('expected a message');
  return serializeXml(
    buildIcsrBatch([outcome.message], {
      batchId: 'B-1',
      createdAt: '2026-03-03T10:00:00.000+01:00',
      senderIdentifier: 'S',
      receiverIdentifier: 'R',
    }),
  );
}

describe('the E2B conformance check itself', () => {
  const original = process.env.E2B_SCHEMA_DIR;
  afterEach(() => {
    if (original === undefined) delete process.env.E2B_SCHEMA_DIR;
    else process.env.E2B_SCHEMA_DIR = original;
  });

  it('catches what would make PV reject a message', () => {
    const xml = validXml();
    expect(
      conformanceProblems(
        xml.replace(
          '<statusCode code="active"/>',
          '<statusCode code="active"><unknownChild/></statusCode>',
        ),
      ),
    ).toEqual([
      'element path not in the FDA examples: /MCCI_IN200100UV01/PORR_IN049016UV/controlActProcess/subject/investigationEvent/statusCode/unknownChild',
    ]);
    expect(
      conformanceProblems(xml.replace('codeSystem="1.0.5218"', 'codeSystem="1.2.3.4"'))[0],
    ).toMatch(/codeSystem 1\.2\.3\.4 not used at .*administrativeGenderCode/);
    expect(
      conformanceProblems(xml.replace('value="20260303093000+0100"', 'value="2026-03-03"'))[0],
    ).toMatch(/is not an E2B date/);
    expect(
      conformanceProblems(
        xml.replace('<statusCode code="active"/>', '<statusCode code="active" color="red"/>'),
      )[0],
    ).toMatch(/attribute color not used/);
    expect(
      conformanceProblems(xml.replace('xmlns="urn:hl7-org:v3"', 'xmlns="urn:example"')),
    ).toContain('the root is not MCCI_IN200100UV01 in urn:hl7-org:v3');
    expect(conformanceProblems(xml.replace('</MCCI_IN200100UV01>', '')).join(' ')).toMatch(
      /well-formed|xmllint/i,
    );
  });

  it('runs xmllint against an XSD set when E2B_SCHEMA_DIR names one', () => {
    delete process.env.E2B_SCHEMA_DIR;
    expect(validateWithSchema(validXml())).toBeNull();
    const folder = mkdtempSync(join(tmpdir(), 'e2b-schema-'));
    try {
      process.env.E2B_SCHEMA_DIR = folder;
      expect(validateWithSchema(validXml())).toMatch(/holds no MCCI_IN200100UV01\.xsd/);
      // A stand-in schema that only accepts another root: xmllint must report the mismatch.
      writeFileSync(
        join(folder, 'MCCI_IN200100UV01.xsd'),
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:hl7-org:v3" elementFormDefault="qualified"><xs:element name="other" type="xs:string"/></xs:schema>',
      );
      expect(validateWithSchema(validXml())).toMatch(
        /No matching global declaration|not expected|fails to validate/,
      );
      expect(conformanceProblems(validXml()).some((problem) => problem.startsWith('XSD:'))).toBe(
        true,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
