/**
 * esbuild plugin for build.mjs. @actions/core imports its OIDC client, and with it @actions/http-client and undici,
 * as it loads: a fifth of an action's start-up, for `getIDToken`, which no gate calls. The plugin gives core a
 * stand-in that imports the real client on first use, so undici lands in a chunk of its own, loaded only then.
 */
export const lazyOidcClient = {
  name: 'lazy-oidc-client',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.namespace === 'file' && args.importer.replaceAll('\\', '/').endsWith('/@actions/core/lib/core.js')
        ? { path: 'oidc-utils.js', namespace: 'lazy-oidc-client', pluginData: args.resolveDir }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'lazy-oidc-client' }, (args) => ({
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient } = await import('./oidc-utils.js');
    return OidcClient.getIDToken(audience);
  }
}`,
      resolveDir: args.pluginData,
    }));
  },
};
