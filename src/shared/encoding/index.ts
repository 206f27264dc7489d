export * from './base64url';
