# Silta: `make run` serves the demo on SQLite; `make test` runs the whole suite on
# SQLite and on PostgreSQL. Both set up everything they need on a fresh machine.

PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
#: PostgreSQL for the second test run; CI fails (never skips) if it is unreachable.
SILTA_TEST_POSTGRES_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
PYTEST_ARGS ?=

export FLASK_APP := app

STAMP := $(VENV)/.installed-stamp
MO_FILES := $(patsubst %.po,%.mo,$(wildcard translations/*/LC_MESSAGES/messages.po))

.PHONY: help install run test test-sqlite test-postgres lint translations extract-messages chromium services clean

help:
	@echo "make run    - set up, load the demo data and serve on http://$(HOST):$(PORT)"
	@echo "make test   - set up and run every test on SQLite and PostgreSQL, plus lint"
	@echo "make lint   - ruff and mypy only"

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) translations

translations: $(MO_FILES)

translations/%/LC_MESSAGES/messages.mo: translations/%/LC_MESSAGES/messages.po $(STAMP)
	$(BIN)/pybabel compile -d translations -l $* >/dev/null

# After adding or changing visible strings: refresh the catalogues, then translate.
extract-messages: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o translations/messages.pot \
	  --no-location --sort-output --project Silta . >/dev/null
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete >/dev/null

# PostgreSQL and Redis for the tests: started if installed but stopped. If PostgreSQL is
# still unreachable, the PostgreSQL run fails (it never skips).
services:
	@pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || { \
	  echo "Starting PostgreSQL..."; \
	  pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start || true; }
	@redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || { \
	  echo "Starting Redis..."; \
	  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no || true; }

# Debian's Chromium for the browser tests (Playwright cannot download a browser here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium; }; }

instance/dev-secret-key:
	mkdir -p instance
	$(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(32))' > $@
	chmod 600 $@

run: install instance/dev-secret-key
	SILTA_SECRET_KEY="$$(cat instance/dev-secret-key)" $(BIN)/flask db upgrade
	SILTA_SECRET_KEY="$$(cat instance/dev-secret-key)" $(BIN)/flask --debug demo
	@echo ""
	@echo "Silta is at http://$(HOST):$(PORT)/  (stop with Ctrl+C)"
	SILTA_SECRET_KEY="$$(cat instance/dev-secret-key)" $(BIN)/flask --debug run --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test-sqlite: install chromium services
	SILTA_TEST_DATABASE_URL=sqlite $(BIN)/pytest $(PYTEST_ARGS)

test-postgres: install chromium services
	SILTA_TEST_DATABASE_URL=$(SILTA_TEST_POSTGRES_URL) $(BIN)/pytest $(PYTEST_ARGS)

test: lint test-sqlite test-postgres

clean:
	rm -rf $(VENV) artifacts .pytest_cache .mypy_cache .ruff_cache translations/*/LC_MESSAGES/*.mo
