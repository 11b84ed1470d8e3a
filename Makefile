# jezsim: `make run` and `make test` do the whole set-up on a fresh Debian 12 machine.
BUILD    ?= build
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
SCENARIO ?= scenarios/southern-kurils-2017.yaml
OUT      ?= out/southern-kurils-2017
# The python3 first on PATH may lack Debian's packages: pick one that has them.
PYTHON   ?= $(shell for p in python3 /usr/bin/python3; do \
              $$p -c 'import pandas, matplotlib' >/dev/null 2>&1 && { command -v $$p; break; }; done)
JEZSIM   := $(BUILD)/sim/cli/jezsim

.PHONY: all deps configure build run test ctest pytest plot readme-figures report bench format clean \
        fuzz sanitize

all: build

deps:
	@bash scripts/setup.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(JEZSIM) run $(SCENARIO) -o $(OUT)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@if [ -d tests/python ]; then $(MAKE) --no-print-directory pytest; fi

pytest: deps
	@py="$(PYTHON)"; [ -n "$$py" ] || py=/usr/bin/python3; \
	  JEZSIM=$(abspath $(JEZSIM)) $$py -m pytest -q tests/python

plot: build
	@[ -f $(OUT)/timeseries.csv ] || $(JEZSIM) run $(SCENARIO) -o $(OUT)
	$(PYTHON) analysis/plot_run.py $(OUT)

# One self-contained HTML file (OUT/report.html) of a run folder, or of a sweep folder
# (make report OUT=out/sweep); the default scenario is run first if its output is missing.
report: build
	@[ -f $(OUT)/timeseries.csv ] || [ -f $(OUT)/results.csv ] || $(JEZSIM) run $(SCENARIO) -o $(OUT)
	$(PYTHON) analysis/report.py $(OUT)

# The README's figures, from a fresh default run.
readme-figures: plot
	mkdir -p docs/figures
	cp $(foreach f,impact project_finance power_mix fish_cargo,$(OUT)/figures/$(f).png) docs/figures/

# Whole-process timing of the default run, the Leontief step and factorisation (with numpy's on
# the same matrices), the world's SimGrid events per second, and sweep throughput.
bench: build
	bash bench/run_default.sh $(JEZSIM) $(SCENARIO)
	$(BUILD)/bench/bench_leontief
	$(PYTHON) bench/numpy_leontief.py $(BUILD)/bench/bench_leontief
	$(BUILD)/bench/bench_world
	bash bench/sweep_throughput.sh $(JEZSIM) $(SCENARIO)

# libFuzzer on the parsers (tests/fuzz/README.md): each target for FUZZ_SECONDS, one at a time.
FUZZ_SECONDS ?= 60
FUZZ_BUILD   ?= build-fuzz
fuzz:
	@bash scripts/setup.sh fuzz
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DJEZ_FUZZ=ON
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_targets
	bash tests/fuzz/run_fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

# Every test (unit tests of each layer, the CLI tests with both bad-input corpora) and a run of
# every shipped scenario, built with AddressSanitizer and UndefinedBehaviorSanitizer.
# detect_stack_use_after_return=0: SimGrid switches its actors' stacks by hand (raw contexts), and
# ASan's fake stacks for use-after-return cannot follow those switches.
SANITIZE_BUILD ?= build-asan
SANITIZE_ENV   := ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=1:abort_on_error=1 \
                  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJEZ_SANITIZE=ON
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && $(SANITIZE_ENV) ctest --output-on-failure -j $(JOBS)
	@mkdir -p $(SANITIZE_BUILD)/shipped-runs
	@for s in scenarios/*.yaml; do n=$$(basename $$s .yaml); echo "sanitize: run $$s"; \
	  $(SANITIZE_ENV) $(SANITIZE_BUILD)/sim/cli/jezsim run $$s -q -o $(SANITIZE_BUILD)/shipped-runs/$$n \
	    || exit 1; done

format:
	clang-format -i $$(git ls-files 'sim/*.[ch]pp' 'tests/*.[ch]pp' 'bench/*.[ch]pp')

clean:
	rm -rf $(BUILD)
