import { describe, expect, it } from 'vitest';
import type { Platform } from '../../shared/platform/port.js';
import { maskPlatformOutputs, maskSecrets, maskSecretsDeep, secretValues } from '../../shared/report/secrets.js';

const env = {
  GITHUB_TOKEN: 'ghs_0123456789abcdefghij',
  'INPUT_GITHUB-TOKEN': 'ghp_inputtokenvalue42',
  CI_JOB_TOKEN: 'glcbt-64_jobtoken',
  MODELGATE_GITLAB_TOKEN: 'glpat-abcdefghijkl',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG',
  DB_PASSWORD: 'short',
  API_KEY: 'ghs_0123456789abcdefghij-longer',
  HOME: '/home/runner',
  PATH: '/usr/bin:/bin',
};

describe('maskSecrets', () => {
  it('masks the token variables and long values of variables named like a secret, longest first', () => {
    const secrets = secretValues(env);
    expect(secrets.slice(0, 2)).toEqual(['ghs_0123456789abcdefghij-longer', 'ghs_0123456789abcdefghij']);
    expect([...secrets].sort()).toEqual([
      'ghp_inputtokenvalue42',
      'ghs_0123456789abcdefghij',
      'ghs_0123456789abcdefghij-longer',
      'glcbt-64_jobtoken',
      'glpat-abcdefghijkl',
      'wJalrXUtnFEMI/K7MDENG',
    ]);
    const text = `GITHUB_TOKEN=ghs_0123456789abcdefghij\0API_KEY=ghs_0123456789abcdefghij-longer x glcbt-64_jobtoken ghp_inputtokenvalue42 glpat-abcdefghijkl wJalrXUtnFEMI/K7MDENG short /home/runner`;
    expect(maskSecrets(text, secrets)).toBe('GITHUB_TOKEN=***\0API_KEY=*** x *** *** *** *** short /home/runner');
    expect(secretValues({ GITHUB_TOKEN: '1', MY_KEY: '12345678', npm_package_keywords_0: 'machine-learning' })).toEqual([]);
  });

  it('masks every string of a report, keys included, keeping null-prototype maps', () => {
    const secrets = secretValues(env);
    const groups = Object.create(null) as Record<string, unknown>;
    groups['ghs_0123456789abcdefghij'] = { n: 3, note: 'token ghs_0123456789abcdefghij' };
    groups.__proto__ = { n: 1 };
    const masked = maskSecretsDeep(
      { error: { message: 'x ghs_0123456789abcdefghij' }, groups, list: ['glpat-abcdefghijkl', 2, null], values: new Float64Array([1]) },
      secrets,
    );
    expect(masked.error.message).toBe('x ***');
    expect(Object.getPrototypeOf(masked.groups)).toBeNull();
    expect(Object.keys(masked.groups)).toEqual(['***', '__proto__']);
    expect(masked.groups['***']).toEqual({ n: 3, note: 'token ***' });
    expect(masked.list).toEqual(['***', 2, null]);
    expect(masked.values).toBeInstanceOf(Float64Array);
    const report = { a: 'nothing secret' };
    expect(maskSecretsDeep(report, [])).toBe(report);
  });

  it('masks what a platform is handed to print, write or send', async () => {
    const seen: unknown[] = [];
    const platform = {
      name: 'local',
      interactive: false,
      info: (message: string) => seen.push(message),
      annotate: (annotation: unknown) => seen.push(annotation),
      group: async <T>(title: string, body: () => Promise<T>) => (seen.push(title), body()),
      input: () => 'ghs_0123456789abcdefghij',
    } as unknown as Platform;
    const masked = maskPlatformOutputs(platform, secretValues(env));
    expect(maskPlatformOutputs(masked, secretValues(env))).toBe(masked);
    masked.info('token ghs_0123456789abcdefghij');
    masked.annotate({ level: 'error', title: 't', message: 'glpat-abcdefghijkl' });
    expect(await masked.group('Reading glcbt-64_jobtoken', async () => 7)).toBe(7);
    expect(seen).toEqual(['token ***', { level: 'error', title: 't', message: '***' }, 'Reading ***']);
    // A trigger's inputs and payload go to another workflow's log; a state's bytes are bytes, kept as they are.
    const sent: unknown[] = [];
    Object.assign(platform, {
      trigger: async (request: unknown) => (sent.push(request), { outcome: 'triggered' }),
      saveState: async (_name: string, bytes: Uint8Array) => void sent.push(bytes),
    });
    await masked.trigger!({ kind: 'workflow', ref: 'main', workflow: 'retrain.yml', inputs: { note: 'ghs_0123456789abcdefghij' } });
    const bytes = new TextEncoder().encode('glpat-abcdefghijkl');
    await masked.saveState!('s', bytes);
    expect(sent).toEqual([{ kind: 'workflow', ref: 'main', workflow: 'retrain.yml', inputs: { note: '***' } }, bytes]);
    // Inputs are read, not printed: they keep their value.
    expect(masked.input('github-token')).toBe('ghs_0123456789abcdefghij');
    expect(masked.interactive).toBe(false);
  });
});
