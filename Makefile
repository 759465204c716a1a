# The README's two commands. Each is self-contained on a fresh machine with Python 3.11 + pip:
# it creates .venv when missing and installs geotrack with its dev extras into it.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# pytest-xdist workers; the suite takes a few minutes on 2 cores.
JOBS   ?= 2

.PHONY: run test setup lint clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "geotrack needs Python >= 3.11 (set PYTHON=...)"'
	$(PYTHON) -m venv $(VENV) || { echo "could not create $(VENV): install the venv module (Debian: apt-get install python3-venv)"; exit 1; }

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

run: setup
	$(BIN)/geotrack run examples/articles --out output/

test: setup
	$(BIN)/python -m pytest -n $(JOBS) tests

lint: setup
	$(BIN)/ruff check geotrack gazetteer tests
	$(BIN)/ruff format --check geotrack gazetteer tests
	$(BIN)/mypy

clean:
	rm -f output/*.geojson output/*.jsonl output/*.gpkg output/*.html output/*.png \
	      output/*.svg output/*.pdf output/*.csv output/run-report.json output/.geotrack.lock
