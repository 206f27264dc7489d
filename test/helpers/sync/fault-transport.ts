import type {
  Transport,
  TransportRequest,
  TransportResponse,
} from '../../../src/renderer/src/data/sync/transport';
import { NetworkError } from '../../../src/renderer/src/data/sync/transport';

/** How often each fault happens, per request (0–1). */
export type FaultRates = {
  /** The request never reaches the server. */
  drop: number;
  /** The server handles the request (and commits) but the answer is lost. */
  loseResponse: number;
  /** The request reaches the server twice (a retry by a proxy); the client sees one answer. */
  duplicate: number;
  /** An earlier request of this client arrives again now, late and out of order. */
  replayOld: number;
  /** The server instance restarts while handling the request (nothing of it is kept). */
  restart: number;
};

export const NO_FAULTS: FaultRates = {
  drop: 0,
  loseResponse: 0,
  duplicate: 0,
  replayOld: 0,
  restart: 0,
};

/** A seeded pseudo-random source (mulberry32), so a failing seed replays the same faults. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the fault transport counts, so a test can show that the faults really happened. */
export type FaultLog = Record<keyof FaultRates, number>;

/**
 * Wraps a transport with faults: drops, lost answers after the server committed, duplicates,
 * late replays of earlier requests (reordering), and server restarts mid-request (`onRestart`
 * rebuilds the instance; the request in flight fails as a lost connection).
 */
export function createFaultTransport(
  inner: Transport,
  options: {
    random: () => number;
    rates: () => FaultRates;
    onRestart: () => Promise<void>;
    log: FaultLog;
  },
): Transport {
  const history: TransportRequest[] = [];
  const roll = (name: keyof FaultRates): boolean => {
    const isHit = options.random() < options.rates()[name];
    if (isHit) options.log[name] += 1;
    return isHit;
  };
  return {
    async send(request: TransportRequest): Promise<TransportResponse> {
      const old = history[Math.floor(options.random() * history.length)];
      if (old !== undefined && roll('replayOld')) {
        // Its answer goes nowhere: the client gave up on it long ago.
        await inner.send(old).catch(() => undefined);
      }
      history.push(request);
      if (history.length > 30) history.shift();
      if (roll('drop')) throw new NetworkError('simulated: request dropped');
      if (roll('restart')) {
        await options.onRestart();
        throw new NetworkError('simulated: the server restarted during the request');
      }
      if (roll('duplicate')) await inner.send(request).catch(() => undefined);
      const response = await inner.send(request);
      if (roll('loseResponse')) throw new NetworkError('simulated: the answer was lost');
      return response;
    },
  };
}
