# Two entry points for a fresh machine: `make run` and `make test`.
# Each creates .venv from the hash-pinned lock files when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: run test demo lint bench clean-venv

$(BIN)/.installed-runtime: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(BIN)/.installed-dev: requirements-dev.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@ $(BIN)/.installed-runtime

run: $(BIN)/.installed-runtime
	$(BIN)/drillwatch run $(ARGS)

demo: $(BIN)/.installed-runtime
	$(BIN)/drillwatch demo $(ARGS)

test: $(BIN)/.installed-dev
	$(BIN)/ruff check flows extractors warehouse tests bench
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(BIN)/.installed-dev
	$(BIN)/python bench/run_all.py

clean-venv:
	rm -rf $(VENV)
