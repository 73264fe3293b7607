declare const __MODELGATE_VERSION__: string;

/** modelgate's release, from package.json at build time (build.mjs and vitest.config.ts define it). */
export const MODELGATE_VERSION: string = __MODELGATE_VERSION__;
