// Prints recall and false-positive rates of safety screening on the labelled corpus.
// Run: npx tsx scripts/screening-report.ts
import { screenText } from '../src/shared/safety/screen';
import { evaluateCorpus, formatEvaluation } from '../test/unit/shared/safety/screening-evaluation';

console.log(formatEvaluation(evaluateCorpus(screenText)));
