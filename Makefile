# The README's two commands. Each is self-contained on a fresh machine with Python 3.11 + pip.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test setup clean

$(BIN)/geotrack: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(BIN)/geotrack

setup: $(BIN)/geotrack

run: setup
	$(BIN)/geotrack run examples/articles --out output/

test: setup
	$(BIN)/python -m pytest -n 2 tests

clean:
	rm -rf output/*.html output/*.png output/*.geojson output/*.jsonl output/*.gpkg
