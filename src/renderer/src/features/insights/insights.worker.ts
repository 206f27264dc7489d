/// <reference lib="webworker" />
import type { InsightsInput } from '../../../../shared/insights';
import type { InsightsSource } from '../../data';
import { answerInsightsRequest, inputOf, type InsightsRequest } from './dashboard-job';

/*
 * The insights engine off the main thread: the page posts the source once (it is large) and then
 * only requests, so a filter change costs one aggregation and never blocks typing or scrolling.
 */

export type WorkerMessage =
  | { kind: 'source'; source: InsightsSource; today: string }
  | { kind: 'request'; id: number; request: InsightsRequest };

let input: InsightsInput | null = null;

self.onmessage = (event: MessageEvent<WorkerMessage>): void => {
  const message = event.data;
  if (message.kind === 'source') {
    input = inputOf(message.source, message.today);
    return;
  }
  try {
    if (input === null) throw new Error('No data has been loaded yet');
    self.postMessage({ id: message.id, answer: answerInsightsRequest(input, message.request) });
  } catch (error) {
    self.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
