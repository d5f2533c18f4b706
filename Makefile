# The two commands of the README: `make run` and `make test`. Everything else is CMake's.
PRESET ?= default
BUILD_DIR ?= build
SAMPLE ?= resources/samples/shop.strata

.PHONY: all deps build run test bench package clean

all: build

deps:
	@packaging/install-deps.sh

build: deps
	@cmake --preset $(PRESET) > /dev/null
	@cmake --build --preset $(PRESET)

run: build
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then export QT_QPA_PLATFORM=offscreen; \
	  echo "No display found: starting Strata on the offscreen platform." >&2; fi; \
	  exec $(BUILD_DIR)/app/strata "$(SAMPLE)"

test: build
	@ctest --preset $(PRESET)

bench: build
	@ctest --preset $(PRESET) -L bench -C bench

package: build
	@cd $(BUILD_DIR) && cpack

clean:
	rm -rf $(BUILD_DIR)
