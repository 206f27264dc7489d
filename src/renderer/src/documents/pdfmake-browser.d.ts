/**
 * What the renderer's compiler sees of pdfmake's browser build: tsconfig.web.json maps the
 * module here. @types/pdfmake references the Node types, which would let `process` and `Buffer`
 * compile in the renderer (docs/decisions/0040); render-pdf.ts checks the loaded module's shape
 * at run time instead, and the Node adapter checks our definitions against @types/pdfmake.
 */
declare const pdfMake: unknown;
export default pdfMake;
