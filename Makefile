# Rings — Kubo plugin + gateway extension. `make help` lists the targets.

GO        ?= go
NPM       ?= npm
BIN       := $(CURDIR)/bin/ipfs
# The dev repo of `make run`; point IPFS_PATH elsewhere to use another.
IPFS_PATH ?= $(CURDIR)/.rings-dev/ipfs
export IPFS_PATH

STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
SOLC_DIR    := build/solc
WEB_DIR     := web

.PHONY: help build run test test-short test-chains geth lint chain-deps bench bench-append bench-verify bench-gas bench-flush bench-sync bench-challenge bench-registry bench-browser contracts contracts-deps web-deps browser-deps web fuzz clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

build: ## build bin/ipfs: Kubo with the ring plugin preloaded
	$(GO) build -o $(BIN) ./build/ipfs

run: build ## build, init $(IPFS_PATH) if needed, start the daemon on the embedded dev chain
	@if [ ! -f "$(IPFS_PATH)/config" ]; then \
		echo "initialising a dev repo at $(IPFS_PATH)"; \
		mkdir -p "$(IPFS_PATH)" && \
		$(BIN) init --profile=test >/dev/null && \
		$(BIN) config Addresses.API /ip4/127.0.0.1/tcp/5001 && \
		$(BIN) config Addresses.Gateway /ip4/127.0.0.1/tcp/8080 && \
		$(BIN) config --json Addresses.Swarm '["/ip4/127.0.0.1/tcp/4001"]' && \
		$(BIN) key gen --type=secp256k1 replica >/dev/null && \
		$(BIN) config --json Plugins.Plugins '{"telemetry": {"Disabled": true}, "ring": {"Config": {"Replica": {"Avatar": "replica"}}}}'; \
	fi
	@echo "IPFS_PATH=$(IPFS_PATH); in another shell: export IPFS_PATH=$(IPFS_PATH)"
	$(BIN) daemon

contracts-deps: ## install the pinned solc-js from the lockfile
	$(NPM) ci --prefix $(SOLC_DIR) --no-audit --no-fund --loglevel=error

chain-deps: ## install anvil (foundry's EVM node, the npm package @foundry-rs/anvil) from its lockfile, for the tests against an external chain
	$(NPM) ci --prefix build/anvil --no-audit --no-fund --loglevel=error

# go-ethereum's own geth binary, for the tests on a `geth --dev` process. The
# library is v1.17.10, but the binary of v1.17.9+ does not build here
# (DESIGN §3): v1.17.8 is built once and cached.
GETH_VERSION := v1.17.8
GETH         := $(CURDIR)/.cache/geth/$(GETH_VERSION)/geth

geth: $(GETH) ## build go-ethereum's geth ($(GETH_VERSION)) once into .cache/geth, for make test-chains (a few minutes)

$(GETH):
	GOBIN=$(dir $(GETH)) $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$(GETH_VERSION)

web-deps: ## install the web client's pinned npm packages (esbuild, dag-cbor, noble) from its lockfile
	$(NPM) ci --prefix $(WEB_DIR) --no-audit --no-fund --loglevel=error

# The browser tests (test/browser) drive Debian's chromium with chromedp.
browser-deps: ## install Debian's chromium for the browser tests, if it is missing (apt-get, with sudo when not root)
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
		$$sudo apt-get update && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

web: web-deps ## rebuild the web client's bundle (web/dist/rings.js) and its Go-built test vectors
	$(GO) test ./web -run TestVectors -update -count=1
	node $(WEB_DIR)/build.js

contracts: contracts-deps ## compile the Solidity and regenerate artifacts and Go bindings
	node $(SOLC_DIR)/compile.js
	$(GO) generate ./contracts/...

test: contracts-deps web-deps chain-deps browser-deps build ## run every test (unit, contract, fuzz seeds, end-to-end on the dev chain and anvil, the web client's) under the race detector
	RINGS_IPFS_BIN=$(BIN) RINGS_REQUIRE_ANVIL=1 $(GO) test -race -count=1 -timeout 80m ./...
	node --test $(WEB_DIR)/test/

test-chains: chain-deps geth build ## the end-to-end tests on EVM nodes nobody here wrote: anvil (also in make test) and a geth --dev process
	RINGS_IPFS_BIN=$(BIN) RINGS_REQUIRE_ANVIL=1 RINGS_REQUIRE_GETH=1 $(GO) test -count=1 -timeout 30m -run 'TestAnvil|TestGeth' -v ./test/e2e

test-short: ## unit tests only, no daemons
	$(GO) test -short -count=1 ./...

lint: ## gofmt, go vet, staticcheck, go mod tidy diff
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) mod tidy -diff

# BENCH picks the groups `make bench` runs, e.g. `make bench BENCH=flush` or
# `make bench BENCH="append verify"`; the default runs all but registry, whose
# 100,000-resource snapshot takes minutes.
BENCH ?= append verify gas flush sync browser challenge

bench: build ## benchmarks: ratios against baselines measured in the same run, and the gas table (BENCH=group ... picks: append verify gas flush sync browser challenge registry)
	@rm -f bench.failed
	{ for g in $(BENCH); do $(MAKE) --no-print-directory bench-$$g || { echo $$g > bench.failed; exit 1; }; done; } | tee bench.out
	@if [ -f bench.failed ]; then echo "make bench: the $$(cat bench.failed) group failed; its output is in bench.out"; rm -f bench.failed; exit 1; fi
	$(GO) run ./build/benchreport -groups "$(BENCH)" < bench.out

bench-append:
	$(GO) test -run '^$$' -bench 'Append|VerifyLog$$' -benchtime 2s -count 5 ./plugin/ringlog/
bench-verify:
	$(GO) test -run '^$$' -bench 'VerifyLogNode|Ecrecover|DecodeLogNode' -benchtime 2s -count 5 ./ipld-schemas/
bench-gas:
	$(GO) test -run '^$$' -bench 'Gas' -benchtime 1x ./contracts/
bench-flush:
	RINGS_IPFS_BIN=$(BIN) $(GO) test -run '^$$' -bench FlushToRing -benchtime 1x ./test/e2e/
bench-sync:
	RINGS_IPFS_BIN=$(BIN) $(GO) test -run '^$$' -bench SyncLog -benchtime 1x -timeout 40m ./test/e2e/
bench-browser: browser-deps
	RINGS_IPFS_BIN=$(BIN) $(GO) test -run '^$$' -bench '^BenchmarkBrowser' -benchtime 1x -timeout 20m ./test/browser/
bench-challenge:
	$(GO) test -run '^$$' -bench 'VerifySpan' -benchtime 2s -count 5 ./plugin/ringlog/
	$(GO) test -run '^$$' -bench 'ChallengeAnswer' -benchtime 3x -timeout 20m ./plugin/challenge/
bench-registry:
	$(GO) test -run '^$$' -bench '^Benchmark(Snapshot|AnchorGas)$$' -benchtime 1x -timeout 20m ./plugin/registry/
	RINGS_IPFS_BIN=$(BIN) $(GO) test -run '^$$' -bench '^Benchmark(RegisterProvider|RegistryPropagation)$$' -benchtime 1x -count 3 -timeout 20m ./test/e2e/

FUZZERS := ipld-schemas:FuzzDecodeLogNode ipld-schemas:FuzzDecodeMessage ipld-schemas:FuzzDecodeRingEntry \
	ipld-schemas:FuzzDecodeForkProof ipld-schemas:FuzzScanDagCBOR ipld-schemas:FuzzDecodeResource \
	ipld-schemas:FuzzDecodeProviderRecord ipld-schemas:FuzzDecodeTombstone ipld-schemas:FuzzDecodeSnapshotShard \
	ipld-schemas:FuzzDecodeSnapshotRoot gateway:FuzzDecodeRequest \
	plugin/logsync:FuzzDecodeRequest plugin/votes:FuzzDecodeRequest plugin/registry:FuzzOpsOf \
	plugin/announce:FuzzDecodeRequest plugin/challenge:FuzzDecodeReceiptRequest plugin/keyshare:FuzzDecodeRequest

fuzz: ## run each fuzzer of outside bytes for a minute
	for pf in $(FUZZERS); do \
		$(GO) test -run '^$$' -fuzz "^$${pf#*:}$$" -fuzztime 60s ./$${pf%%:*}/ || exit 1; done

clean: ## remove the binary (not the dev repo)
	rm -rf bin bench.out
