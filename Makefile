# pantau: `make test` (the whole suite), `make run` (the scheduled job), `make demo` (offline demo).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: test run demo lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The whole suite. PostgreSQL/Redis tests run when PANTAU_TEST_PG_URL / PANTAU_TEST_REDIS_URL
# are set (e.g. postgresql://postgres@127.0.0.1:5432/test, redis://127.0.0.1:6379/15).
test: $(STAMP)
	$(BIN)/ruff check crawler extract storage tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest

# The scheduled job: every enabled outlet, incremental, into $PANTAU_DB_URL or ./pantau.db.
run: $(STAMP)
	$(BIN)/pantau crawl

# Serve the bundled local copy of ANTARA Sultra on 127.0.0.1, crawl it into ./demo.db, print series.
demo: $(STAMP)
	$(BIN)/pantau demo

# Score the extractor on the annotated corpus beside the project, against the pinned floor.
eval: $(STAMP)
	$(BIN)/pantau eval --corpus ../shared/corpus/dev --floor extract/eval_floor.json

lint: $(STAMP)
	$(BIN)/ruff check crawler extract storage tests benchmarks
	$(BIN)/ruff format --check crawler extract storage tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache demo.db
