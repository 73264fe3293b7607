import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  maskPlatformOutputs,
  secretValues
} from "./chunk-ZHLQDNGW.js";
import {
  formatLocation
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/platform/local.ts
var NO_LOCAL_TRIGGER = "not available locally: starting a workflow or pipeline needs GitHub Actions (workflow_dispatch, repository_dispatch) or GitLab CI (the trigger API); nothing was started";
function createLocalPlatform(options = {}) {
  const inputs = options.inputs ?? {};
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const outputs = /* @__PURE__ */ new Map();
  const log = (line) => {
    stderr.write(`${line}
`);
  };
  const stateDir = () => options.stateDir ?? (process.env.MODELGATE_STATE_DIR || ".modelgate/state");
  return {
    name: "local",
    interactive: options.interactive ?? isTerminal(stderr),
    outputs,
    input: (name) => Object.hasOwn(inputs, name) ? inputs[name] : "",
    setOutput(name, value) {
      outputs.set(name, value);
    },
    writeSummary(markdown) {
      const text = markdown.endsWith("\n") ? markdown : `${markdown}
`;
      return new Promise((resolve, reject) => {
        stdout.write(text, (error) => error ? reject(error) : resolve());
      });
    },
    async upsertReviewComment() {
      return { outcome: "skipped", reason: "not running on a pull request platform" };
    },
    annotate({ level, message, title, file, line, column }) {
      const where = file ? `${formatLocation({ file, line, column })}: ` : "";
      log(`${where}${level}: ${title ? `${title}: ` : ""}${message}`);
    },
    info: log,
    warning: (message) => log(`warning: ${message}`),
    error: (message) => log(`error: ${message}`),
    debug: (message) => {
      if (process.env.MODELGATE_DEBUG === "1") log(`debug: ${message}`);
    },
    async uploadArtifact(name, files, root) {
      const { uploadLocalArtifact } = await import("./artifacts-local-K6HSGZ2O.js");
      return uploadLocalArtifact(options.artifactDir ?? process.env.MODELGATE_ARTIFACT_DIR ?? ".modelgate/artifacts", name, files, root);
    },
    async restoreCache(paths, key) {
      const { restoreLocalCache } = await import("./cache-local-MMSQE3UA.js");
      return restoreLocalCache(options.cacheDir ?? process.env.MODELGATE_CACHE_DIR ?? ".modelgate/cache", paths, key);
    },
    async saveCache(paths, key) {
      const { saveLocalCache } = await import("./cache-local-MMSQE3UA.js");
      await saveLocalCache(options.cacheDir ?? process.env.MODELGATE_CACHE_DIR ?? ".modelgate/cache", paths, key);
    },
    async saveState(name, bytes) {
      const { saveLocalState } = await import("./state-local-JVHRQX6G.js");
      await saveLocalState(stateDir(), name, bytes);
    },
    async loadState(name) {
      const { loadLocalState } = await import("./state-local-JVHRQX6G.js");
      return loadLocalState(stateDir(), name);
    },
    async trigger() {
      log(`warning: ${NO_LOCAL_TRIGGER}`);
      return { outcome: "skipped", reason: NO_LOCAL_TRIGGER };
    },
    async group(title, body) {
      log(`==> ${title}`);
      return body();
    }
  };
}
function isTerminal(stream) {
  return stream.isTTY === true && process.env.TERM !== "dumb";
}

// shared/platform/index.ts
async function detectPlatform(options = {}, env = process.env) {
  return maskPlatformOutputs(await unmaskedPlatform(options, env), secretValues(env));
}
async function unmaskedPlatform(options, env) {
  if (env.GITHUB_ACTIONS === "true") {
    const { createGithubPlatform } = await import("./github-M63ZJFWX.js");
    return createGithubPlatform(options.github);
  }
  if (env.GITLAB_CI === "true") {
    const { createGitlabPlatform } = await import("./gitlab-PNDKQQ7F.js");
    return createGitlabPlatform({ env, ...options.gitlab });
  }
  return createLocalPlatform(options.local);
}
export {
  detectPlatform
};
