# Folio: `make demo` renders every sample to out/, `make test` runs the tests.
# Both install any missing Debian packages first, so a fresh Debian 12 machine with Swift needs nothing else.

SWIFT      ?= swift
CONFIG     ?= release
BIN         = .build/$(CONFIG)/folio
OUT        ?= out
APT_PACKAGES = pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libcairo2-dev libpango1.0-dev \
               libfontconfig-dev libturbojpeg0-dev zlib1g-dev libdeflate-dev poppler-utils qpdf
# Release code reaches generic type metadata through accessor functions rather than mangled
# names: a mangled name makes the Swift runtime look each of the type's protocol conformances up
# by scanning every conformance record in the binary (9,700 of them, 0.1 ms a scan), about 14
# times on the way to a short export's first page. Same output; README "Speed" has the numbers.
# Exported so the bench scripts build their products into the same release tree with the same flags.
export SWIFT_RELEASE_FLAGS = -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SAMPLES := $(wildcard samples/*/*.md)

.PHONY: all deps build demo test bench format clean

all: build

## deps: install the Debian packages Folio builds and tests against, when missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## build: the folio binary (release)
build: deps
	$(SWIFT) build -c $(CONFIG) --static-swift-stdlib $(SWIFT_RELEASE_FLAGS) --product folio

## demo: import the sample sessions, then every sample report as PDF + PNG + HTML, light and dark, into out/
demo: build
	@rm -rf $(OUT) && mkdir -p $(OUT)
	@$(BIN) workspace import samples/sessions/*.zip --workspace $(OUT)/workspace >/dev/null
	@set -e; for md in $(SAMPLES); do \
	  name=$$(basename $$(dirname $$md)); \
	  for theme in light dark; do \
	    echo "demo: $$md ($$theme)"; \
	    $(BIN) export $$md --workspace $(OUT)/workspace --format all --theme $$theme -o $(OUT)/$$name/$$theme/ >/dev/null || [ $$? -eq 3 ]; \
	  done; \
	done
	@echo "demo: outputs in $(OUT)/"; find $(OUT) -type f | sort | sed 's/^/  /'

## test: build the CLI (the CLI tests run it) and run every test
test: deps
	$(SWIFT) build --product folio
	$(SWIFT) test

## bench: Folio against the Pango floor and the peers, side by side; highlighter vs Pygments;
## the chart engine on 3 x 1M points; the 20k-iteration session import (numbers in README.md)
bench: build
	python3 bench/bench.py $(BIN)
	bash scripts/highlight/bench.sh
	bash scripts/charts/bench.sh
	# Linked as the folio binary is (static Swift runtime), so start-up counts the same.
	$(SWIFT) build -c $(CONFIG) --static-swift-stdlib $(SWIFT_RELEASE_FLAGS) --product folio-chart-render-bench
	python3 bench/charts.py .build/$(CONFIG)/folio-chart-render-bench 1000000
	bash scripts/plots/bench.sh
	python3 bench/batch.py $(BIN) 200
	bash scripts/workspace/bench.sh

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build $(OUT)
