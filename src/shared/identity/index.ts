export * from './backoff';
export * from './password-policy';
export * from './match-keys';
