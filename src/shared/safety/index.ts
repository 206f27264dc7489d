export { screenText, warmUpScreening } from './screen';
export * from './signal';
