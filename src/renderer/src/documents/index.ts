export { renderPdf } from './render-pdf';
export { loadFontFileSystem, type FetchFont } from './fonts';
