export { SafetyPage } from './SafetyPage';
