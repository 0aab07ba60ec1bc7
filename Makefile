# Thin wrapper for newcomers: `make run` and `make test` are all you need.
BUILD    ?= build/release
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
PACKAGES := cmake g++ libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev
ACCTMGR  := $(BUILD)/acctmgr

.PHONY: run test build deps dev bench format clean

run: build
	$(ACCTMGR) review --config examples/acctmgr.yaml examples/

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

# Installs only what is missing; `apt-get update` runs only then.
deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "Installing missing Debian packages:$$missing"; \
	  $$sudo apt-get update && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi

# Debug build with warnings as errors and ASan+UBSan, then the whole suite.
dev: deps
	cmake --preset dev
	cmake --build --preset dev -j $(JOBS)
	ctest --preset dev -j $(JOBS)

bench: build
	bench/run.sh $(ACCTMGR)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf build
