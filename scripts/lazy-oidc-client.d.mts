import type { Plugin } from 'esbuild';

/** See lazy-oidc-client.mjs. */
export declare const lazyOidcClient: Plugin;
