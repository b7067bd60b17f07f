# Two commands for a newcomer on a fresh Debian machine (Python 3.11+, Node.js 20 or later; the
# tests alone need Node, and CI runs them on Node's Active LTS line, 26):
#   make serve   install what is needed, then serve the site on http://127.0.0.1:8000
#   make test    install what is needed, then run every test
# Both can be run again: each step is skipped when already done.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CACHE  := .cache
STAMP  := $(VENV)/.installed

.PHONY: serve test build install browser-deps lint typecheck unit site-tests browser-tests bench clean

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade --cache-dir $(CACHE)/pip "pip>=24"
	$(BIN)/python -m pip install --quiet --cache-dir $(CACHE)/pip -r requirements.txt
	$(BIN)/python -m pip install --quiet --cache-dir $(CACHE)/pip --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium (Playwright cannot download a browser here) and the npm copies of
# what the site loads from CDNs, used by the browser tests only.
browser-deps: install
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }
	cd tests && npm ci --cache ../$(CACHE)/npm --prefer-offline --no-audit --no-fund --loglevel=error

serve: install
	$(BIN)/mkdocs serve --strict

build: install
	$(BIN)/mkdocs build --strict

# Style is checked by ruff's linter; the code is laid out by hand (dense constant tables read
# better than the formatter's one-argument-per-line), so there is no formatter check.
lint: install
	$(BIN)/ruff check .

typecheck: install
	$(BIN)/mypy

# Under CI (CI=true) hypothesis replays the same examples on every run; locally it explores.
test: browser-deps
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest $(if $(CI),--hypothesis-seed=0)

# make bench also needs Lighthouse (tests/bench-tools), which the tests do not. npm install, not
# npm ci: the registry here resolves one of Lighthouse's dependencies to another version than
# npm ci's check of the lock file expects.
bench: browser-deps
	cd tests/bench-tools && npm install --cache ../../$(CACHE)/npm --prefer-offline --no-audit --no-fund --loglevel=error
	$(BIN)/python tests/browser/bench.py

clean:
	rm -rf site $(VENV) .pytest_cache .mypy_cache .ruff_cache
