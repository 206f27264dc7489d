import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';

/**
 * Conformance of our ICH E2B(R3) messages against the FDA's published example messages, which
 * stand in for the official XSD set (not available on these machines; see the samples' README):
 * well-formed, namespace-correct, every element path and attribute used also used by an example
 * (Scenario 6 holds nearly all; some attributes only occur in the others), the identifier OIDs
 * and code systems of the examples at the same paths, and the examples' date formats. When
 * E2B_SCHEMA_DIR points to the ICH schema set, xmllint validates against the XSD too.
 */

export const hl7Namespace = 'urn:hl7-org:v3';
const xsiNamespace = 'http://www.w3.org/2001/XMLSchema-instance';
const samplesFolder = process.env.E2B_SAMPLES_DIR ?? '/work/shared/e2b-samples';

type PathFacts = {
  attributes: Set<string>;
  xsiTypes: Set<string>;
  codeSystems: Set<string>;
  roots: Set<string>;
};

/** Parses XML strictly: any warning or error of the parser is a failure. */
export function parseStrictly(xml: string): Document {
  const problems: string[] = [];
  let document: Document | undefined;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        problems.push(`${level}: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    problems.push(String(error));
  }
  if (problems.length > 0 || document === undefined) {
    throw new Error(`Not well-formed XML: ${problems.join('; ')}`);
  }
  return document;
}

function childElements(node: Element | Document): Element[] {
  const children: Element[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE) children.push(child as Element);
  }
  return children;
}

/** Every element with its path of local names from the root, in document order. */
export function walkElements(document: Document): { path: string; element: Element }[] {
  const found: { path: string; element: Element }[] = [];
  const visit = (node: Element | Document, prefix: string): void => {
    for (const child of childElements(node)) {
      const path = `${prefix}/${child.localName ?? child.nodeName}`;
      found.push({ path, element: child });
      visit(child, path);
    }
  };
  visit(document, '');
  return found;
}

/** Element paths in document order: the structure two messages are compared by. */
export function elementPaths(xml: string): string[] {
  return walkElements(parseStrictly(xml)).map((entry) => entry.path);
}

const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

let reference: Map<string, PathFacts> | undefined;

/** What the FDA examples use at each element path (cached; the files are read once). */
export function referenceFacts(): Map<string, PathFacts> {
  if (reference) return reference;
  const facts = new Map<string, PathFacts>();
  const files = readdirSync(samplesFolder).filter((name) => name.endsWith('.xml'));
  if (files.length === 0) throw new Error(`No FDA E2B example messages in ${samplesFolder}`);
  for (const file of files) {
    for (const { path, element } of walkElements(
      parseStrictly(readFileSync(join(samplesFolder, file), 'utf8')),
    )) {
      const entry = facts.get(path) ?? {
        attributes: new Set(),
        xsiTypes: new Set(),
        codeSystems: new Set(),
        roots: new Set(),
      };
      for (let index = 0; index < element.attributes.length; index += 1) {
        const attribute = element.attributes.item(index);
        if (attribute) entry.attributes.add(attribute.name);
      }
      const xsiType = element.getAttributeNS(xsiNamespace, 'type');
      if (xsiType) entry.xsiTypes.add(xsiType);
      const codeSystem = element.getAttribute('codeSystem');
      if (codeSystem) entry.codeSystems.add(codeSystem);
      const root = element.getAttribute('root');
      if (root) entry.roots.add(isUuid(root) ? 'uuid' : root);
      facts.set(path, entry);
    }
  }
  reference = facts;
  return facts;
}

const timeElements = new Set([
  'creationTime',
  'effectiveTime',
  'availabilityTime',
  'low',
  'high',
  'birthTime',
  'deceasedTime',
]);
/** CCYY[MM[DD[HH[MM[SS]]]]], and a UTC offset whenever a time of day is given. */
const datePattern = /^\d{4}(\d{2}(\d{2})?)?$/;
const dateTimePattern = /^\d{12}(\d{2})?[+-]\d{4}$/;

function checkElement(path: string, element: Element, facts: PathFacts | undefined): string[] {
  if (facts === undefined) return [`element path not in the FDA examples: ${path}`];
  const problems: string[] = [];
  if (element.namespaceURI !== hl7Namespace) problems.push(`${path} is not in ${hl7Namespace}`);
  for (let index = 0; index < element.attributes.length; index += 1) {
    const name = element.attributes.item(index)?.name ?? '';
    if (!facts.attributes.has(name))
      problems.push(`attribute ${name} not used at ${path} in the examples`);
  }
  const xsiType = element.getAttributeNS(xsiNamespace, 'type');
  if (xsiType && !facts.xsiTypes.has(xsiType))
    problems.push(`xsi:type ${xsiType} not used at ${path}`);
  const codeSystem = element.getAttribute('codeSystem');
  if (codeSystem && !facts.codeSystems.has(codeSystem))
    problems.push(`codeSystem ${codeSystem} not used at ${path}`);
  const root = element.getAttribute('root');
  if (root && !facts.roots.has(isUuid(root) ? 'uuid' : root))
    problems.push(`root ${root} not used at ${path}`);
  const value = element.getAttribute('value');
  const isTime = timeElements.has(element.localName ?? '') || xsiType === 'TS';
  if (isTime && value && !datePattern.test(value) && !dateTimePattern.test(value)) {
    problems.push(`${path} value ${value} is not an E2B date (CCYYMMDD or CCYYMMDDHHMMSS±ZZZZ)`);
  }
  return problems;
}

/** Runs xmllint against the ICH schema set when E2B_SCHEMA_DIR names it; null when it does not. */
export function validateWithSchema(xml: string): string | null {
  const folder = process.env.E2B_SCHEMA_DIR;
  if (!folder) return null;
  const candidates = [
    join(folder, 'multicacheschemas', 'MCCI_IN200100UV01.xsd'),
    join(folder, 'MCCI_IN200100UV01.xsd'),
  ];
  const schema = candidates.find((candidate) => existsSync(candidate));
  if (!schema) return `E2B_SCHEMA_DIR=${folder} holds no MCCI_IN200100UV01.xsd`;
  try {
    execFileSync('xmllint', ['--noout', '--schema', resolve(schema), '-'], {
      input: xml,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** libxml2's own well-formedness check, when xmllint is installed (it is on these machines). */
function checkWithXmllint(xml: string): string[] {
  if (!existsSync('/usr/bin/xmllint')) return [];
  try {
    execFileSync('/usr/bin/xmllint', ['--noout', '-'], {
      input: xml,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return [];
  } catch (error) {
    return [`xmllint: ${String((error as { stderr?: Buffer }).stderr ?? error)}`];
  }
}

/** Every conformance problem of a message; an empty list means it conforms. */
export function conformanceProblems(xml: string): string[] {
  let document: Document;
  try {
    document = parseStrictly(xml);
  } catch (error) {
    return [String(error)];
  }
  const root = document.documentElement;
  const problems = checkWithXmllint(xml);
  if (root?.localName !== 'MCCI_IN200100UV01' || root.namespaceURI !== hl7Namespace) {
    problems.push('the root is not MCCI_IN200100UV01 in urn:hl7-org:v3');
  }
  const facts = referenceFacts();
  for (const { path, element } of walkElements(document))
    problems.push(...checkElement(path, element, facts.get(path)));
  const schemaResult = validateWithSchema(xml);
  if (schemaResult) problems.push(`XSD: ${schemaResult}`);
  return [...new Set(problems)];
}
