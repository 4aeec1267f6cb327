#!/usr/bin/env node
// Compiles every .sol file under contracts/src (subfolders too, e.g. the vendored
// contracts/src/vendor/openzeppelin) with the pinned solc-js (package.json) and writes one
// artifact per deployable contract: <out>/<Name>.json with
// {contractName, compiler, evmVersion, abi, bytecode, deployedBytecode}.
// A source's unit name is its path under contracts/src ("Ring.sol",
// "vendor/openzeppelin/contracts/proxy/Clones.sol"), so relative imports ("./Ring.sol",
// "../utils/Errors.sol") resolve among those files; no other import is available.
// Interfaces, abstract contracts and libraries with only internal functions (nothing in
// their ABI can be called: they are compiled into the contracts that use them) get no
// artifact. Two deployable contracts of the same name are an error.
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

// ABI entry types that make a contract callable: a contract with none of them is a library
// of internal functions, never deployed on its own.
const CALLABLE = new Set(["function", "constructor", "fallback", "receive"]);

// solFiles returns the .sol files under dir, as "/"-separated paths relative to SRC_DIR
// (prefix is dir's), sorted by that path.
function solFiles(dir, prefix) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) out.push(...solFiles(path.join(dir, e.name), rel + "/"));
    else if (e.isFile() && e.name.endsWith(".sol")) out.push(rel);
  }
  return out.sort();
}

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

  const files = solFiles(SRC_DIR, "");
  if (files.length === 0) fail(`no .sol files in ${SRC_DIR}`);
  const sources = {};
  for (const f of files) {
    sources[f] = { content: fs.readFileSync(path.join(SRC_DIR, ...f.split("/")), "utf8") };
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
  const findImports = (p) => ({ error: `import ${p} not found: only the .sol files under contracts/src are available` });
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
      if (!c.abi.some((e) => CALLABLE.has(e.type))) continue; // an internal library (Clones, Errors, ...)
      if (artifacts.some((a) => a.contractName === name)) fail(`two deployable contracts named ${name}`);
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
