# Two entry points for a fresh machine: `make run` and `make test`.
# Each creates .venv from the hash-pinned lock files when it is missing. The interpreter's own
# pip may be years old (Python 3.11.7 bundles 23.2.1, which mishandles extras in hash-checking
# mode), so the venv first installs a pinned, hash-checked pip and only then the locks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-input
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: run test demo lint format bench clean-venv

$(BIN)/.bootstrapped: requirements-bootstrap.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) --require-hashes -r requirements-bootstrap.lock
	touch $@

$(BIN)/.installed-runtime: $(BIN)/.bootstrapped requirements.lock pyproject.toml
	$(PIP) --require-hashes -r requirements.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

$(BIN)/.installed-dev: $(BIN)/.bootstrapped requirements-dev.lock pyproject.toml
	$(PIP) --require-hashes -r requirements-dev.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@ $(BIN)/.installed-runtime

run: $(BIN)/.installed-runtime
	$(BIN)/drillwatch run $(ARGS)

demo: $(BIN)/.installed-runtime
	$(BIN)/drillwatch demo $(ARGS)

lint: $(BIN)/.installed-dev
	$(BIN)/ruff check flows extractors warehouse tests bench
	$(BIN)/ruff format --check flows extractors warehouse tests bench

format: $(BIN)/.installed-dev
	$(BIN)/ruff format flows extractors warehouse tests bench
	$(BIN)/ruff check --fix flows extractors warehouse tests bench

test: lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(BIN)/.installed-dev
	$(BIN)/python bench/run_all.py $(ARGS)

clean-venv:
	rm -rf $(VENV)
