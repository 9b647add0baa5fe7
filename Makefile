# newsbook: `make html` builds the book, `make test` runs the tests.
# Both create .venv on first use; only python3 (3.11+) is needed beforehand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPHINXOPTS ?= -W --keep-going -j auto
DOCS := docs
BUILD := $(DOCS)/_build

.PHONY: help install html pdf test lint typecheck check addresses serve bench clean

help:
	@echo "make html   build the HTML book into $(BUILD)/html (open $(BUILD)/html/index.html)"
	@echo "make pdf    build the PDF edition into $(PDF) (make pdf YEAR=2023: one volume a year)"
	@echo "make test   run the test suite"
	@echo "make check  lint the seeds (newsbook check)"
	@echo "make addresses  record new article addresses in seeds/published-addresses.list"
	@echo "make lint   ruff and mypy (make typecheck: mypy alone)"
	@echo "make serve  live preview that rebuilds what changed"
	@echo "make bench  run the benchmarks, with search in Chromium (make bench SIZES='1000 10000' BENCHFLAGS='--search-only 100000')"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

install: $(STAMP)

html: $(STAMP)
	$(BIN)/sphinx-build -b html $(SPHINXOPTS) $(DOCS) $(BUILD)/html
	@echo "The book is in $(BUILD)/html; open $(BUILD)/html/index.html"

# xelatex goes on after an error and writes the pages it could: a failed or
# interrupted run leaves no PDF behind, neither that one nor the last good
# one, which would pass for this run's.
# `make pdf YEAR=2023` builds one volume: that year's editions, with their own indexes.
ifdef YEAR
PDFBUILD := $(BUILD)/volume-$(YEAR)
PDFOPTS := -D newsbook_year=$(YEAR)
else
PDFBUILD := $(BUILD)
endif
PDF := $(PDFBUILD)/latex/newsbook.pdf
pdf: $(STAMP)
	$(BIN)/python -m newsbook.pdfcheck
	rm -f $(PDF)
	trap 'rm -f $(PDF); exit 1' INT TERM; \
	$(BIN)/sphinx-build -M latexpdf $(DOCS) $(PDFBUILD) -W --keep-going $(PDFOPTS) || { rm -f $(PDF); exit 1; }
	@echo "The PDF edition is $(PDF)"

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check extensions tests bench docs/conf.py
	$(BIN)/ruff format --check extensions tests bench docs/conf.py
	$(BIN)/mypy

# mypy, configured in pyproject.toml ([tool.mypy]): the parser half strict, the Sphinx half normal.
typecheck: $(STAMP)
	$(BIN)/mypy

# Warnings fail as in `make html` (-W); `newsbook check` alone fails on errors only.
check: $(STAMP)
	$(BIN)/newsbook check --strict

# Record the addresses of new articles (never removes one; see README, "Moved pages").
addresses: $(STAMP)
	$(BIN)/newsbook addresses --update

# Live preview at http://$(HOST):$(PORT)/.  The generated folders are not
# watched (they change only when a seed does, and are written only when their
# bytes change), so a rebuild never triggers another one.
HOST ?= 127.0.0.1
PORT ?= 8000
serve: $(STAMP)
	$(BIN)/sphinx-autobuild $(DOCS) $(BUILD)/html --host $(HOST) --port $(PORT) \
		--ignore '*/articles/*' --ignore '*/entities/*' --ignore '*.tmp' \
		--watch seeds --watch extensions/newsbook/data

bench: $(STAMP)
	$(BIN)/python -m bench $(SIZES) $(BENCHFLAGS)

clean:
	rm -rf $(BUILD) $(DOCS)/articles
