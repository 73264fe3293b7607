#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  GATE_COMMANDS,
  Inputs,
  flagValues
} from "./chunks/chunk-PEVQJVKJ.js";
import {
  maskSecrets
} from "./chunks/chunk-ZHLQDNGW.js";
import {
  MEMORY_LIMIT_ENV,
  closestName
} from "./chunks/chunk-WGSDQCGC.js";
import {
  decimalNumber
} from "./chunks/chunk-CDUPDCSK.js";
import {
  DataError,
  UsageError,
  formatError
} from "./chunks/chunk-JUZ7LOQF.js";
import "./chunks/chunk-ZGDBGMMU.js";

// shared/cli.ts
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// shared/supervise.ts
import { spawn } from "node:child_process";
var SUPERVISED_ENV = "MODELGATE_SUPERVISED";
function childTunables(tunables) {
  const own = tunables ?? "";
  if (own.split(":").some((tunable) => tunable.startsWith("glibc.malloc.hugetlb="))) return own;
  return own === "" ? "glibc.malloc.hugetlb=1" : `${own}:glibc.malloc.hugetlb=1`;
}
function runSupervised(script, args, env = process.env, { hugePages = false } = {}) {
  const flags = [...process.execArgv];
  const limitMb = decimalNumber(env[MEMORY_LIMIT_ENV] ?? "");
  if (limitMb > 0) flags.push(`--max-old-space-size=${Math.max(1, Math.floor(limitMb))}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, script, ...args], {
      stdio: "inherit",
      env: { ...env, [SUPERVISED_ENV]: "1", ...hugePages ? { GLIBC_TUNABLES: childTunables(env.GLIBC_TUNABLES) } : {} }
    });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      if (code === 0 || code === 1 || code === 2) return resolve({ code });
      const how = signal ?? `exit code ${code}`;
      const memory = limitMb > 0 ? ` (limit ${Math.floor(limitMb)} MB, ${MEMORY_LIMIT_ENV})` : "";
      resolve({
        crash: signal === "SIGABRT" || signal === "SIGKILL" || code === 134 || code === 137 ? `modelgate ran out of memory${memory} and was stopped (${how}); shard the data (--emit-partial, then --partials; see the README) or bucket group and slice columns into fewer values` : `modelgate stopped unexpectedly (${how}) before deciding`
      });
    });
  });
}

// shared/cli.ts
var COMMON_OPTIONS = {
  [Inputs.config]: { type: "string", default: ".modelgate.yml" },
  out: { type: "string", default: "modelgate-report" },
  "memory-limit": { type: "string" }
};
function optionsOf(command) {
  return Object.fromEntries(
    command.inputs.map(({ name, kind }) => [name, kind === "list" ? { type: "string", multiple: true } : { type: "string" }])
  );
}
function usageOf(command) {
  const flags = command.inputs.map(({ name, arg, help }) => {
    const flag = `--${name} ${arg}`;
    return flag.length < 21 ? `  ${flag.padEnd(21)}${help}` : `  ${flag}
${" ".repeat(23)}${help}`;
  });
  return [
    `modelgate ${command.gate} [--config .modelgate.yml] [--out DIR] ${command.synopsis}`,
    "",
    ...flags,
    ...(command.notes ?? []).map((line) => `  ${line}`)
  ].join("\n");
}
var HELP = `modelgate: CI gates for machine-learning models

Usage:
${Object.values(GATE_COMMANDS).map(
  (c) => usageOf(c).split("\n").map((line) => line ? `  ${line}` : line).join("\n")
).join("\n\n")}

Common options:
  --config FILE        config file (YAML or JSON); default .modelgate.yml
  --out DIR            where report.html, report.json, summary.md and junit.xml go; default modelgate-report
  --memory-limit MB    memory the gate may use (default: 90% of what the machine or container gives the process);
                       past it the run stops with exit 2 and says what to do (same as MODELGATE_MEMORY_LIMIT_MB)
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 pass or warn, 1 fail, 2 the gate could not be evaluated (bad config, bad data).`;
function version() {
  try {
    return JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  } catch {
    return "unknown";
  }
}
function parseFlags(args, options) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } } }).values;
  } catch (error) {
    const help = "modelgate --help lists the commands and their options";
    const unknown = error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(--?[^'\s]+)'/.exec(error.message)?.[1] : void 0;
    const near = unknown === void 0 ? void 0 : closestName(unknown.replace(/^-+/, ""), [...Object.keys(options), "help", "version"]);
    throw new UsageError(error.message, { hint: near === void 0 ? help : `did you mean --${near}? ${help}` });
  }
}
async function main(argv) {
  const name = argv[0] && !argv[0].startsWith("-") ? argv[0] : void 0;
  const command = name && Object.hasOwn(GATE_COMMANDS, name) ? GATE_COMMANDS[name] : void 0;
  if (name && !command) {
    const near = closestName(name, Object.keys(GATE_COMMANDS));
    throw new UsageError(`unknown command ${JSON.stringify(name)}`, {
      hint: `${near === void 0 ? "" : `did you mean ${near}? `}commands: ${Object.keys(GATE_COMMANDS).join(", ")}`
    });
  }
  const values = parseFlags(name ? argv.slice(1) : argv, { ...COMMON_OPTIONS, ...command ? optionsOf(command) : {} });
  if (values.version) {
    console.log(version());
    return 0;
  }
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const memoryLimit = values["memory-limit"];
  if (memoryLimit !== void 0) {
    if (!/^[1-9]\d{0,7}$/.test(memoryLimit))
      throw new UsageError(`--memory-limit takes a whole number of megabytes, got ${JSON.stringify(memoryLimit.slice(0, 40))}`);
    process.env[MEMORY_LIMIT_ENV] = memoryLimit;
  }
  const outcome = process.env[SUPERVISED_ENV] === void 0 ? await runSupervised(fileURLToPath(import.meta.url), argv, process.env, { hugePages: command.hugePages }) : null;
  if (outcome !== null && "code" in outcome) return outcome.code;
  const [{ detectPlatform }, { runGate }] = await Promise.all([import("./chunks/platform-NE7F4BJO.js"), import("./chunks/run-WBWFYRMN.js")]);
  const platform = await detectPlatform();
  const { exitCode } = await runGate(command.gate, platform, values.out, async () => {
    if (outcome !== null) throw new DataError(outcome.crash);
    return command.run(flagValues(command, values), { config: values[Inputs.config], out: values.out }, platform);
  });
  return exitCode;
}
main(process.argv.slice(2)).then(
  (code) => process.exitCode = code,
  (error) => {
    console.error(maskSecrets(formatError(error)));
    process.exitCode = 2;
  }
);
