# Thin wrapper for newcomers: `make run` and `make test` are all you need.
BUILD        ?= build/release
JOBS         ?= $(shell nproc 2>/dev/null || echo 2)
PACKAGES     := cmake g++ libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev python3-jsonschema \
                python3-yaml
DEV_PACKAGES := clang libclang-rt-14-dev
DEB_PACKAGES := dpkg-dev
PREFIX       ?= /usr/local
ACCTMGR      := $(BUILD)/acctmgr

.PHONY: run test build deps dev-deps dev install deb bench format clean

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

# The binary, man pages, shell completions and examples under $(PREFIX); DESTDIR is honoured.
install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

# A Debian package in $(BUILD) (dpkg-shlibdeps, from dpkg-dev, writes its Depends).
deb: build
	$(call install-missing,$(DEB_PACKAGES))
	cd $(BUILD) && cpack -G DEB

bench: build
	bench/run.sh $(ACCTMGR)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf build
