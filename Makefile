# `make run` and `make test` do all the set-up they need: a .venv with Briefpack installed
# (editable, its parser compiled by mypyc: setup.py) and, where this is a Debian-like machine
# and we are root, the system packages the tests use (see .ci/system-packages.sh).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The compiled parser is built from these files: an edit to one of them rebuilds it, so no
# stale compiled module shadows the source (tests/conftest.py also refuses to run on one).
PARSER_SOURCES := $(wildcard src/briefpack/parsing/*.py)
SAMPLE_LIBRARY := build/sample-library.sqlite3

$(STAMP): pyproject.toml setup.py $(PARSER_SOURCES)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

.PHONY: install run test lint bench clean system-packages screenshots

install: $(STAMP)

system-packages:
	@bash .ci/system-packages.sh

# The app on its own sample library: the statements in seeds/, the Helsinki summit ticked.
run: $(STAMP)
	@mkdir -p build
	$(VENV)/bin/briefpack --library $(SAMPLE_LIBRARY) --samples

test: $(STAMP) system-packages
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench packaging setup.py

bench: $(STAMP)
	$(PY) bench/parse.py
	$(PY) bench/import.py
	$(PY) bench/import_formats.py
	$(PY) bench/export.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py

clean:
	rm -rf build .pytest_cache

# The README's screenshots, made again under a virtual display (Xvfb).
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) bench/screenshots.py --dark

# The Linux desktop bundle (PyInstaller one-folder build, tarball, smoke test, size report);
# docs/packaging.md. Outputs dist/briefpack/ and dist/briefpack-VERSION-linux-ARCH.tar.gz.
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[package]'
	@touch $(PACKAGE_STAMP)

.PHONY: package
package: $(PACKAGE_STAMP)
	bash packaging/build.sh
