# Every target sets up what it needs first: a fresh clone needs only python3 and make.
VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test fast node-packages lint outputs bench lock system-packages clean

# The virtual environment, rebuilt when the declared dependencies change. pip takes torch from
# the CPU wheel on this machine's disk (torch==2.13.0 is pinned in pyproject.toml), and every
# package at the version in constraints.txt: the versions CI tested are the ones a user gets.
$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --constraint constraints.txt --editable '.[test]'
	touch $(STAMP)

## lock: refresh constraints.txt from a fresh resolution of pyproject.toml; review with git diff
lock:
	rm -rf .venv-lock
	python3 -m venv .venv-lock
	.venv-lock/bin/pip install --quiet '.[test]'
	.venv-lock/bin/pip freeze --exclude gradbook | grep -v '^#' > constraints.txt
	rm -rf .venv-lock

## serve: set up, then serve both languages with live reload at http://127.0.0.1:8000/
serve: $(STAMP) node-packages
	$(VENV)/bin/mkdocs serve

## build: set up, then build the whole site (both languages, strict) into site/
build: $(STAMP) node-packages
	$(VENV)/bin/mkdocs build --strict

# Both cores: pytest-xdist, with each page's doctests and each page's browser checks kept on one
# worker (the scheduler in conftest.py).
PYTEST := $(PYTHON) -m pytest -n 2

## test: set up, then lint and run the whole suite (every page of both languages, the build, the checks)
test: lint system-packages node-packages
	@start=$$(date +%s); $(PYTEST); status=$$?; \
	  echo "make test: the suite took $$(( $$(date +%s) - start )) s"; exit $$status

## fast: lint, then everything but the browser suite and the Zensical comparison (the pages' examples, the structure, the build, the figures)
fast: lint system-packages node-packages
	@start=$$(date +%s); $(PYTEST) -m "not browser and not zensical"; status=$$?; \
	  echo "make fast: the suite took $$(( $$(date +%s) - start )) s"; exit $$status

# From npm, at the versions of the lock files: Temml, which renders the pages' math at build
# time (gradbook/temml), axe-core for the browser suite, the Nu Html Checker (vnu-jar) for
# tests/html (its install script would download a Java runtime; the suite runs vnu.jar with Debian's),
# Lighthouse and Mozilla's source-map for make bench and gradbook/layout_profile.py.
node-packages:
	@[ -d gradbook/temml/node_modules ] || npm ci --prefix gradbook/temml --no-audit --no-fund
	@[ -d tests/browser/node_modules ] || npm ci --prefix tests/browser --no-audit --no-fund
	@[ -d tests/html/node_modules ] || npm ci --prefix tests/html --no-audit --no-fund --ignore-scripts
	@[ -d gradbook/lighthouse/node_modules ] || npm ci --prefix gradbook/lighthouse --no-audit --no-fund --ignore-scripts

## lint: ruff's lint and format check over gradbook/, tests/ and snippets/ (a second or two);
## `.venv/bin/ruff check --fix . && .venv/bin/ruff format .` fixes most of what it finds
lint: $(STAMP)
	$(VENV)/bin/ruff check gradbook tests snippets
	$(VENV)/bin/ruff format --check gradbook tests snippets

## outputs: rewrite the expected outputs (snippets/**/*.out.txt) from real runs; review with git diff
outputs: $(STAMP)
	$(PYTHON) -m gradbook.update_outputs

## bench: print page weights, Lighthouse mobile scores, build times and the doctest time
bench: $(STAMP) system-packages node-packages
	$(PYTHON) -m gradbook.benchmark

# Debian packages the suite needs, installed with apt-get when missing: a real browser for the
# browser tests, a real static web server (nginx) that serves the built site to them as a host
# does, Graphviz's dot for the computational graph pictures, a Chinese font that
# matplotlib measures Chinese axis titles with, and Java for the HTML checker (vnu.jar).
SYSTEM_PACKAGES := chromium graphviz fonts-wqy-zenhei nginx openjdk-17-jre-headless
system-packages:
	@bash .ci/system-packages $(SYSTEM_PACKAGES)

clean:
	rm -rf site $(VENV)
