import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { XmlElement } from './xml-tree';

/**
 * Writes an element tree as XML with xmlbuilder2 (pure JavaScript, no DOM or Node APIs at run
 * time, so the same code serves the renderer, the server and the tests). Every element is in
 * the HL7 v3 namespace `urn:hl7-org:v3`; `xsi:` attributes are in the XML Schema instance
 * namespace. xmlbuilder2 escapes markup in text and attributes and, with `wellFormed`, refuses
 * anything that would not be well-formed instead of writing it.
 */

export const hl7Namespace = 'urn:hl7-org:v3';
const xsiNamespace = 'http://www.w3.org/2001/XMLSchema-instance';
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';

function writeAttributes(node: XMLBuilder, attributes: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('xsi:')) node.att(xsiNamespace, name, value);
    else node.att(name, value);
  }
}

function writeChildren(node: XMLBuilder, tree: XmlElement): void {
  for (const child of tree.children) {
    if (typeof child === 'string') {
      node.txt(child);
      continue;
    }
    const childNode = node.ele(child.name);
    writeAttributes(childNode, child.attributes);
    writeChildren(childNode, child);
  }
}

/** The XML document of a tree (UTF-8 declaration, indented). Throws if it cannot be well-formed. */
export function serializeXml(root: XmlElement, options: { pretty?: boolean } = {}): string {
  const document = create({ version: '1.0', encoding: 'UTF-8' });
  const rootNode = document.ele(hl7Namespace, root.name);
  rootNode.att(xmlnsNamespace, 'xmlns:xsi', xsiNamespace);
  writeAttributes(rootNode, root.attributes);
  writeChildren(rootNode, root);
  return document.end({ prettyPrint: options.pretty ?? true, wellFormed: true });
}
