# Two commands on a fresh machine: `make demo` and `make test`; each sets itself up first.
# `setup` is idempotent and quick when already done (a stamp file guards the pip install).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo)

.PHONY: setup demo test lint bench clean chromium node

setup: $(STAMP) chromium node

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

# Playwright cannot download its own browser here: use Debian's chromium when no usable one is found.
chromium: $(STAMP)
	@$(PY) -c "from scanner.crawl.browser import find_chromium; find_chromium()" 2>/dev/null || { \
	  echo "installing Debian's chromium"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# Consent automation (DuckDuckGo autoconsent) comes from npm; the scanner fails soft without it.
node:
	@if [ -f package.json ] && command -v npm >/dev/null; then \
	  if [ ! -d node_modules ] || [ package.json -nt node_modules ]; then \
	    npm install --no-audit --no-fund --silent && touch node_modules; fi; \
	else echo "npm not found: consent automation by autoconsent is off (the generic fallback still works)"; fi

demo: setup
	$(VENV)/bin/compliance-scan demo --out compliance-demo; code=$$?; \
	  if [ $$code -le 1 ]; then echo "demo finished (exit $$code: the demo shop is meant to fail its gate)"; exit 0; fi; exit $$code

test: setup
	SEMGREP_ENABLE_VERSION_CHECK=0 $(VENV)/bin/pytest -q -n 2 --dist loadfile

lint: setup
	$(VENV)/bin/ruff check scanner reports tests benchmarks
	$(VENV)/bin/mypy

bench: setup
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) node_modules dist build compliance-report compliance-demo
