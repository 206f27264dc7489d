export { LibraryPage } from './LibraryPage';
export { DocumentPicker } from './DocumentPicker';
export type { DocumentPickerProps } from './DocumentPicker';
