export { LettersPage } from './LettersPage';
export { WriteLetterButton } from './WriteLetterButton';
export { CustomResponsesList } from './CustomResponsesList';
