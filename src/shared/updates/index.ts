// Updates: when one may install (the gate) and the shapes main and the window exchange.
export * from './gate';
export * from './status';
