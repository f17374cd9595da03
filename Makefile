# Two commands on a fresh machine: `make html` and `make test`. Both create .venv from the
# lock file first. Targets follow Pelican's quickstart names and call tasks.py (invoke).

PYTHON ?= python3
UV_VERSION := 0.13.9
VENV := .venv
INV := $(VENV)/bin/invoke

.PHONY: html test check clean serve devserver publish bench new edit

# The project is installed into .venv as a wheel (plugins as pelican.plugins.*, the shared package
# socialsite, the theme), exactly as another organisation installs it; any changed source file
# installs it again (a second or two).
SOURCES := $(shell find socialsite plugins theme -type f ! -path '*/__pycache__/*' 2>/dev/null)

$(VENV)/.installed: pyproject.toml uv.lock $(SOURCES)
	[ -x $(VENV)/bin/python ] || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	UV_PROJECT_ENVIRONMENT=$(VENV) $(VENV)/bin/uv sync --frozen --inexact --no-editable --quiet
	touch $@

html: $(VENV)/.installed
	$(INV) build

# make test first installs what the tests drive: the system packages (.ci/system-packages, as root
# or through sudo without a password, else it stops with the one command to run) and the npm tools
# from package-lock.json (again whenever the lock is newer than node_modules).
test: system-packages $(VENV)/.installed node_modules/.package-lock.json
	$(INV) test

.PHONY: system-packages
system-packages:
	@bash .ci/system-packages

check: $(VENV)/.installed
	$(INV) check

clean: $(VENV)/.installed
	$(INV) clean

serve: $(VENV)/.installed
	$(INV) serve

# make devserver [PORT=8001]: the checked preview on http://127.0.0.1:PORT (socialsite/preview).
devserver: $(VENV)/.installed
	$(INV) devserver

# The web editor and the preview; needs node and `npm ci` (node_modules/decap-server, decap-cms).
edit: $(VENV)/.installed node_modules/.package-lock.json
	$(INV) edit

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts

publish: $(VENV)/.installed
	$(INV) publish

# make new TITLE="Nauja žinia" [PROJECT=07-003-P-0001] [LANG_CODE=ru TRANSLATION_OF=nauja-zinia]
# Values reach the shell from the environment ($$TITLE), so quotes in a title are safe.
new: $(VENV)/.installed
	@$(INV) new --title "$$TITLE" $${PROJECT:+--project "$$PROJECT"} $${LANG_CODE:+--lang "$$LANG_CODE"} \
		$${TRANSLATION_OF:+--translation-of "$$TRANSLATION_OF"}

# make import SRC="old/a.txt old/b.html" [OUT=content/news/lt] [REGISTRY_OUT=drafts]; SRC may be a folder.
.PHONY: import
import: $(VENV)/.installed
	@set -- $$SRC; first="$${1:-}"; [ $$# -eq 0 ] || shift; \
	$(INV) import-text "$$first" --out "$${OUT:-content/news/lt}" $${REGISTRY_OUT:+--registry-out "$$REGISTRY_OUT"} -- "$$@"

# make bench N=100 RUNS=1 PHOTOS=30 for a quick look; see benchmarks/README.md.
N ?= 1000
RUNS ?= 3
PHOTOS ?= 300

bench: $(VENV)/.installed
	$(INV) bench -n $(N) --runs $(RUNS) --photos $(PHOTOS)  # invoke spells a one-letter option -n, never --n
