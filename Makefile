# Two commands for a new user: `make run` (serve the app) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint typecheck bench bench-quick clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# pip, not uv or poetry: only pip finds the CPU torch wheel on this machine's disk.
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/healthqa serve

lint: install
	$(BIN)/ruff check index ingest qa ui tests bench
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

# Every performance figure of the README in one run (about 45 min on 2 cores; MedQuAD needs
# ../shared/benchmarks/ and rebuilds its index in bench/.data/ when the pipeline changed).
bench: install
	$(BIN)/python bench/bench_seed.py --repeat 2
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/medquad.py

bench-quick: install
	$(BIN)/python bench/bench_seed.py --repeat 2
	$(BIN)/python bench/scale.py --quick

clean:
	rm -rf $(VENV) data test-output
