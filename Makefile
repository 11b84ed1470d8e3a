# jezsim: `make run` and `make test` do the whole set-up on a fresh Debian 12 machine.
BUILD    ?= build
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
SCENARIO ?= scenarios/southern-kurils-2017.yaml
OUT      ?= out/southern-kurils-2017
# The python3 first on PATH may lack Debian's packages: pick one that has them.
PYTHON   ?= $(shell for p in python3 /usr/bin/python3; do \
              $$p -c 'import pandas, matplotlib' >/dev/null 2>&1 && { command -v $$p; break; }; done)
JEZSIM   := $(BUILD)/sim/cli/jezsim
PREFIX   ?= /usr/local

.PHONY: all deps configure build install run test ctest pytest plot readme-figures report bench format clean \
        golden calibration fuzz sanitize

all: build

deps:
	@bash scripts/setup.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(if $(PYTHON),-DJEZ_PYTHON=$(PYTHON))

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# jezsim and its helpers (jezsim-plot, jezsim-report, jezsim-compare) into PREFIX/bin, the
# analysis package, scenarios and scripts into PREFIX/share/jezsim, the docs into
# PREFIX/share/doc/jezsim.
# Only jezsim itself is built for it (the helpers are scripts): not the tests and benchmarks.
install: configure
	cmake --build $(BUILD) -j $(JOBS) --target jezsim
	cmake --install $(BUILD) --prefix $(PREFIX)
	@echo "Installed jezsim into $(PREFIX)/bin; the shipped scenarios are in $(PREFIX)/share/jezsim/scenarios."

run: build
	$(JEZSIM) run $(SCENARIO) -o $(OUT)
	@command -v jezsim >/dev/null 2>&1 || echo "jezsim is not on your PATH: 'make install' puts it and its helpers into $(PREFIX)/bin (PREFIX=... to choose), or run $(JEZSIM) as it is."

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@if [ -d tests/python ]; then $(MAKE) --no-print-directory pytest; fi

pytest: deps
	@py="$(PYTHON)"; [ -n "$$py" ] || py=/usr/bin/python3; \
	  JEZSIM=$(abspath $(JEZSIM)) $$py -m pytest -q tests/python

plot: build
	@[ -f $(OUT)/timeseries.csv ] || $(JEZSIM) run $(SCENARIO) -o $(OUT)
	$(JEZSIM) plot $(OUT)

# One self-contained HTML file (OUT/report.html) of a run folder, or of a sweep folder
# (make report OUT=out/sweep); the default scenario is run first if its output is missing.
report: build
	@[ -f $(OUT)/timeseries.csv ] || [ -f $(OUT)/results.csv ] || $(JEZSIM) run $(SCENARIO) -o $(OUT)
	$(JEZSIM) report $(OUT)

# The README's figures, from a fresh default run.
readme-figures: plot
	mkdir -p docs/figures
	cp $(foreach f,impact project_finance power_mix fish_cargo,$(OUT)/figures/$(f).png) docs/figures/

# Every benchmark against its budget ("met" / "not met"), each step timed: the default run, the
# Leontief step and factorisation and `jezsim multipliers` against numpy with OpenBLAS, the
# world's SimGrid events, sweep throughput with and without counterfactuals (bench/run_all.sh).
# About 12 minutes on 2 cores. Benchmarks are always built in Release.
bench: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build $(BUILD) -j $(JOBS)
	@py="$(PYTHON)"; [ -n "$$py" ] || py=/usr/bin/python3; \
	  bash bench/run_all.sh $(BUILD) $(SCENARIO) $$py

# libFuzzer on the parsers (tests/fuzz/README.md): each target for FUZZ_SECONDS, one at a time.
FUZZ_SECONDS ?= 60
FUZZ_BUILD   ?= build-fuzz
fuzz:
	@bash scripts/setup.sh fuzz
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DJEZ_FUZZ=ON
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_targets
	bash tests/fuzz/run_fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

# Every ctest test (unit tests of each layer, the CLI tests with both bad-input corpora and the
# kept fuzz inputs, the golden runs of every shipped scenario, the shipped sweeps), built with
# AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer; fails on any sanitizer report,
# even one from a process whose stderr or exit code a test swallows. Options and why:
# tests/sanitize/README.md. ccache is used when installed.
SANITIZE_BUILD ?= build-asan
sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJEZ_SANITIZE=ON \
	  $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	bash tests/sanitize/run_sanitize.sh $(SANITIZE_BUILD) $(JOBS)

# Golden results: every shipped scenario's summary.csv into tests/golden/ (after an intended model
# change; say in the commit why each headline number moved).
golden: build
	@for s in scenarios/*.yaml; do n=$$(basename $$s .yaml); echo "golden: $$n"; \
	  /usr/bin/python3 tests/golden/golden.py update $(JEZSIM) $$s tests/golden/$$n.summary.csv \
	  || exit 1; done

# docs/calibration.md from a fresh run of the history scenario (checked by make test).
calibration: build
	$(JEZSIM) run scenarios/history-2016-2022.yaml -q -o $(BUILD)/calibration-run
	/usr/bin/python3 analysis/calibrate.py $(BUILD)/calibration-run -o docs/calibration.md

format:
	clang-format -i $$(git ls-files 'sim/*.[ch]pp' 'tests/*.[ch]pp' 'bench/*.[ch]pp')

clean:
	rm -rf $(BUILD)
