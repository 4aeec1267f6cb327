#!/usr/bin/env node
// Compiles contracts/src/*.sol with the pinned solc-js (package.json) and writes one
// artifact per deployable contract: <out>/<Name>.json with
// {contractName, compiler, evmVersion, abi, bytecode, deployedBytecode}.
//
// Usage: node build/solc/compile.js [--out DIR]     (default DIR: contracts/artifacts)
//
// The output is deterministic: the same sources give byte-identical artifacts. No
// metadata hash is appended to the bytecode, so it does not depend on file paths or
// comments. Any compiler error (or warning) makes the script exit 1.
"use strict";

const fs = require("fs");
const path = require("path");
const solc = require("solc");

const SOLC_VERSION = "0.8.37";
const EVM_VERSION = "cancun";
const REPO = path.resolve(__dirname, "..", "..");
const SRC_DIR = path.join(REPO, "contracts", "src");

function fail(msg) {
  process.stderr.write(`compile.js: ${msg}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  let out = path.join(REPO, "contracts", "artifacts");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") {
      if (i + 1 >= argv.length) fail("--out needs a directory");
      out = path.resolve(argv[++i]);
    } else if (a.startsWith("--out=")) {
      out = path.resolve(a.slice("--out=".length));
    } else {
      fail(`unknown argument ${JSON.stringify(a)} (usage: compile.js [--out DIR])`);
    }
  }
  return { out };
}

function main() {
  const { out } = parseArgs(process.argv.slice(2));

  const version = solc.version();
  if (!version.startsWith(SOLC_VERSION + "+")) {
    fail(`solc-js is ${version}, want ${SOLC_VERSION} (run: npm ci --prefix build/solc)`);
  }

  const files = fs.readdirSync(SRC_DIR).filter((f) => f.endsWith(".sol")).sort();
  if (files.length === 0) fail(`no .sol files in ${SRC_DIR}`);
  const sources = {};
  for (const f of files) {
    sources[f] = { content: fs.readFileSync(path.join(SRC_DIR, f), "utf8") };
  }

  const input = {
    language: "Solidity",
    sources,
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: { enabled: true, runs: 200 },
      metadata: { appendCBOR: false, bytecodeHash: "none" },
      outputSelection: {
        "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] },
      },
    },
  };

  // Every import must be one of the sources above; anything else is an error.
  const findImports = (p) => ({ error: `import ${p} not found: only contracts/src/*.sol is available` });
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));

  let failed = false;
  for (const e of output.errors || []) {
    process.stderr.write((e.formattedMessage || e.message) + "\n");
    if (e.severity === "error" || e.severity === "warning") failed = true;
  }
  if (failed) fail("compilation failed (errors or warnings above)");

  const artifacts = [];
  for (const file of Object.keys(output.contracts || {}).sort()) {
    for (const name of Object.keys(output.contracts[file]).sort()) {
      const c = output.contracts[file][name];
      const bytecode = c.evm.bytecode.object;
      if (!bytecode) continue; // abstract contracts and interfaces are not deployable
      artifacts.push({
        contractName: name,
        compiler: "solc-" + SOLC_VERSION,
        evmVersion: EVM_VERSION,
        abi: c.abi,
        bytecode: "0x" + bytecode,
        deployedBytecode: "0x" + c.evm.deployedBytecode.object,
      });
    }
  }
  if (artifacts.length === 0) fail("no deployable contracts");

  fs.mkdirSync(out, { recursive: true });
  for (const a of artifacts) {
    const file = path.join(out, a.contractName + ".json");
    fs.writeFileSync(file, JSON.stringify(a, null, 2) + "\n");
    const size = (a.deployedBytecode.length - 2) / 2;
    process.stdout.write(`${path.relative(process.cwd(), file)}: deployed ${size} bytes\n`);
  }
}

main();
