import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  formatLocation
} from "./chunk-WP3TPMIS.js";
import "./chunk-ZGDBGMMU.js";

// shared/platform/local.ts
function createLocalPlatform(options = {}) {
  const inputs = options.inputs ?? {};
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const outputs = /* @__PURE__ */ new Map();
  const log = (line) => {
    stderr.write(`${line}
`);
  };
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
  if (env.GITHUB_ACTIONS === "true") {
    const { createGithubPlatform } = await import("./github-AOYCJ3Z5.js");
    return createGithubPlatform(options.github);
  }
  return createLocalPlatform(options.local);
}
export {
  detectPlatform
};
