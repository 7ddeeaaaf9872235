/**
 * The library API of pia (no CLI code here). Stages are imported only through their index.ts.
 */
export * from './types.js';
export * from './errors.js';
