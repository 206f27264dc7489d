// The sync protocol shared by the server and the client: one door for both.
export * from './access';
export * from './acknowledgements';
export * from './auth';
export * from './backoff';
export * from './blobs';
export * from './client-merge';
export * from './errors';
export * from './info';
export * from './merge';
export * from './outbox-order';
export * from './pull';
export * from './push';
export * from './record';
export * from './sealing';
export * from './versions';
