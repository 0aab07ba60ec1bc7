# Thin wrapper for newcomers: `make run` and `make test` are all you need.
BUILD        ?= build/release
JOBS         ?= $(shell nproc 2>/dev/null || echo 2)
PACKAGES     := cmake g++ libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev python3-jsonschema \
                python3-yaml
DEV_PACKAGES := clang libclang-rt-14-dev
DEB_PACKAGES := dpkg-dev
FORMAT_PACKAGES := clang-format
BENCH_PACKAGES := time
PREFIX       ?= /usr/local
ACCTMGR      := $(BUILD)/acctmgr

.PHONY: run test build deps dev-deps dev tsan install deb bench format format-check clean fuzz

run: build
	$(ACCTMGR) review examples/

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

# Installs only what is missing of the packages given; `apt-get update` runs only then.
define install-missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "Installing missing Debian packages:$$missing"; \
	  $$sudo apt-get update && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi
endef

deps:
	$(call install-missing,$(PACKAGES))

# `make dev` also needs clang and its sanitizer runtimes.
dev-deps:
	$(call install-missing,$(PACKAGES) $(DEV_PACKAGES))

# Debug build with clang, warnings as errors and ASan+UBSan, then the whole suite.
dev: dev-deps
	cmake --preset dev
	cmake --build --preset dev -j $(JOBS)
	ctest --preset dev -j $(JOBS)

# The suite built with clang and ThreadSanitizer (the loader reads files on several threads):
# -O1 with line tables only, warnings as errors, in build/tsan (CMake preset `tsan`). CI runs
# the unit tests, which load files on 2 to 16 threads (TSAN_TESTS=. runs every test: 42 s
# more, which CI's ten minutes cannot hold).
TSAN_TESTS ?= ^unit$$
tsan: dev-deps
	cmake --preset tsan
	cmake --build --preset tsan -j $(JOBS)
	ctest --preset tsan -j $(JOBS) -R '$(TSAN_TESTS)'

# libFuzzer harnesses (tests/fuzz) with clang, ASan and UBSan in build/fuzz: only the four
# fuzzers and the libraries they link are built; each then runs FUZZ_SECONDS over a copy of its
# seed corpus (tests/fuzz/corpus/<target>), one after another on one core, niced. A finding
# stops it (exit 1) with the input saved in build/fuzz/artifacts/.
FUZZ_BUILD   ?= build/fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := fuzz_parse_portfolio acctmgr_fuzz acctmgr_fuzz_edit acctmgr_fuzz_commit
fuzz: dev-deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
	  -DCMAKE_CXX_FLAGS_DEBUG=-O1 -DCMAKE_UNITY_BUILD_BATCH_SIZE=0 -DACCTMGR_FUZZ=ON \
	  -DACCTMGR_TESTS=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(FUZZ_TARGETS)
	tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The binary, man pages, shell completions and examples under $(PREFIX); DESTDIR is honoured.
install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

# A Debian package in $(BUILD) (dpkg-shlibdeps, from dpkg-dev, writes its Depends).
deb: build
	$(call install-missing,$(DEB_PACKAGES))
	cd $(BUILD) && cpack -G DEB

# The performance table of README.md's Performance section (BENCH_SIZES="1000 10000" for less).
bench: build
	$(call install-missing,$(BENCH_PACKAGES))
	cmake --build $(BUILD) --target bare_parse -j $(JOBS)
	bench/run.sh $(ACCTMGR) $(BUILD)/bare_parse

# Renders the examples' HTML review in headless Chromium (not part of `make test` where chromium
# is missing: too heavy for CI): tests/html/check_review.py asserts what a machine can (no
# element wider than 1280 px, the order of the sections, no empty one, at most 6 A4 pages),
# then a 1280 px screenshot (also docs/review.png, the README's) and the A4 print, one PNG per
# page, land in $(HTML_CHECK)/ to look at.
HTML_PACKAGES := chromium poppler-utils
HTML_CHECK    ?= build/html-check
CHROMIUM      := chromium --headless --no-sandbox --disable-gpu --hide-scrollbars
.PHONY: html-check
html-check: build
	$(call install-missing,$(HTML_PACKAGES))
	mkdir -p $(HTML_CHECK)
	python3 tests/html/check_review.py $(ACCTMGR) chromium examples/ $(HTML_CHECK)
	$(CHROMIUM) --screenshot=$(HTML_CHECK)/screen.png --window-size=1280,2400 \
	  file://$(abspath $(HTML_CHECK))/review.html
	$(CHROMIUM) --screenshot=docs/review.png --window-size=1280,1300 \
	  file://$(abspath $(HTML_CHECK))/review.html
	rm -f $(HTML_CHECK)/page-*.png
	pdftoppm -r 70 -png $(HTML_CHECK)/print.pdf $(HTML_CHECK)/page
	@echo "Look at $(HTML_CHECK)/screen.png and $(HTML_CHECK)/page-*.png"

# Opens the examples in the YAML language server (the one VS Code, Neovim and Helix run, from
# npm, not part of `make test`: it needs the npm registry) and fails on any diagnostic.
EDITOR_CHECK ?= build/editor-check
.PHONY: editor-check node-deps
node-deps:
	$(call install-missing,nodejs npm)
editor-check:
	command -v npm >/dev/null 2>&1 || $(MAKE) --no-print-directory node-deps
	npm install --silent --prefix $(EDITOR_CHECK) yaml-language-server@1
	node tests/schema/lsp_diagnostics.js $(EDITOR_CHECK)/node_modules/.bin/yaml-language-server \
	  examples/*.yaml

# The sources .clang-format holds: src/ and tests/ (tests/rooms/offences/ holds fixtures).
FORMATTED = $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' \
              ':(exclude)tests/rooms/offences/')

format:
	clang-format -i $(FORMATTED)

# Fails, changing nothing, when one of them is not formatted as .clang-format says.
format-check:
	$(call install-missing,$(FORMAT_PACKAGES))
	clang-format --dry-run -Werror $(FORMATTED)

clean:
	rm -rf build
