export { buildIcsrBatch, buildIcsrMessage, caseIdentifierOf } from './icsr';
export type { IcsrBatchContext, IcsrContext, IcsrOutcome } from './icsr';
export type { IcsrSender } from './parties';
export { serializeXml, hl7Namespace } from './serialize';
export { element, treePaths, xmlSafeText } from './xml-tree';
export type { XmlElement, XmlNode } from './xml-tree';
export { e2bTimestamp } from './format';
