# The portal's developer entry points. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
# The newest supported Python that runs here (a pyenv shim for a version that is not selected
# does not count), else python3; `make PYTHON=python3.12 ...` chooses one yourself.
PYTHON ?= $(or $(firstword $(foreach candidate,python3.13 python3.12 python3.11,$(shell $(candidate) -c "" >/dev/null 2>&1 && echo $(candidate)))),python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

help: ## List every target with one line on what it does
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sort | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@py=$(PYTHON); command -v $$py >/dev/null || py=python3; test -d $(VENV) || $$py -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

portal/static/govuk/css/portal.css: node_modules/.package-lock.json frontend/*.scss frontend/build.mjs
	npm run --silent build

install: $(STAMP) frontend ## Create .venv and install Python and front-end dependencies
	@# WeasyPrint (budget statements as PDF) draws text with Pango and HarfBuzz from the system.
	scripts/ensure-apt-packages libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation

frontend: portal/static/govuk/css/portal.css ## Build GOV.UK Frontend with the council's font into static files

migrate: install ## Apply database migrations (SQLite by default; set DATABASE_URL for PostgreSQL)
	$(PY) manage.py migrate --no-input

demo: migrate ## Load the Riverside Council demo data (local only; refuses when DEBUG is off)
	$(PY) manage.py seed_demo

run: demo ## Bootstrap, migrate, load demo data and serve on http://127.0.0.1:8000
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install ## Run the whole suite on the embedded defaults (SQLite, database search)
	scripts/run-pytest sqlite -n auto -m "not browser and not fuzz" -q

lint: install ## ruff, Django's system checks and the missing-migrations check
	$(BIN)/ruff check .
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=$$($(PY) -c "import secrets; print(secrets.token_urlsafe(50))") ALLOWED_HOSTS=portal.example DATABASE_URL=sqlite:///:memory: EMAIL_HOST=smtp.example DEFAULT_FROM_EMAIL=a@example.org SITE_URL=https://portal.example SEARCH_BACKEND=database PRIVATE_FILES_KEYS=$$($(PY) -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())") CLAMD_SOCKET=/run/clamav/clamd.ctl $(PY) manage.py check --deploy --fail-level WARNING

browser: install ## Browser journeys and accessibility checks in headless Chromium
	scripts/ensure-apt-packages chromium fonts-liberation
	scripts/run-pytest browser -m browser -q

test-postgres: install ## Run the suite against a throwaway PostgreSQL cluster on a loopback port
	scripts/with-postgres scripts/run-pytest postgres -n auto -m "not browser and not fuzz" -q

ci: ## What .ci/run calls: install, lint, suite on SQLite and PostgreSQL, ORUK fuzz run, browser tests, timings
	scripts/ci

fuzz: install ## Fuzz the ORUK API with schemathesis from its OpenAPI document (bounded; not in make test)
	scripts/run-pytest fuzz tests/local_offer/oruk/test_fuzz.py -m fuzz -q

bench: install ## Benchmarks (slow, not in make test): our search vs Wagtail's at 2k, 10k and 50k services, real listings, and public pages under load
	scripts/ensure-apt-packages wrk
	$(PY) -m tests.bench.run --sizes 2000 10000 50000 --cap 10
	$(PY) -m tests.bench.pages --seconds 30
	scripts/with-postgres $(PY) -m tests.bench.real_eval --postgres --out var/bench/real_pg.json
	$(PY) -m tests.bench.report var/bench/results.json var/bench/pages.json var/bench/real_pg.json
	$(PY) -m tests.bench.family_pages --write
	scripts/with-postgres $(PY) -m tests.bench.budgets --write

index: install ## Rebuild the search index from the published Local Offer services
	$(PY) manage.py search_index --rebuild

clean: ## Remove the virtualenv, node_modules, built assets and the local database
	rm -rf $(VENV) node_modules portal/static/govuk staticfiles db.sqlite3 var

.PHONY: help install frontend migrate demo run test lint browser test-postgres ci fuzz bench index clean
