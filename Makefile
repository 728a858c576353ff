# Kizuna Desktop: `make run` opens the app, `make test` runs the whole suite headless.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint translations screenshots bench clean package package-test install-desktop uninstall-desktop

$(STAMP): pyproject.toml packaging/system-deps.sh
	PY=$(PY) bash packaging/system-deps.sh
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Opens your journal; when you have none yet, opens (and on first use writes) a demo journal.
run: setup
	$(BIN)/kizuna --demo-if-missing

# The packaged app is built and smoke-tested first (about 2 min; PACKAGE_TEST=0 leaves it out),
# then the suite runs even if that failed, so that pytest's summary is the last line; either
# failing fails the target.
PACKAGE_TEST ?= 1
# (The pytest line has no $(MAKE) in it, so `make -n test` only prints it.)
PACKAGE_FAILED := $(VENV)/.package-test-failed
test: setup
	@rm -f $(PACKAGE_FAILED)
	@if [ "$(PACKAGE_TEST)" != 0 ]; then \
	    $(MAKE) --no-print-directory package-test || touch $(PACKAGE_FAILED); fi
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q; tests=$$?; \
	if [ -e $(PACKAGE_FAILED) ]; then \
	    echo "make test: the packaged app's smoke test failed (above)"; exit 1; fi; exit $$tests

# Renders the main window (demo journal), the contact editor, quick log and meishi editor.
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m kizuna_desktop.ui.screenshots docs/screenshots

# Benchmarks at 1,000 / 10,000 / 100,000 contacts (journals generated once into bench/journals/;
# the largest takes about two minutes). Not part of `make test`.
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run $(BENCH_ARGS)

lint: setup
	$(BIN)/ruff check kizuna_desktop tests

# The Japanese catalogue: every tr()/translate() string of the package into kizuna_ja.ts (kept
# translations stay; new strings come in unfinished), compiled into kizuna_ja.qm (committed,
# shipped under resources/). README "Languages".
TS := kizuna_desktop/resources/translations/kizuna_ja.ts
translations: setup
	$(BIN)/python -m kizuna_desktop.i18n_marks
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -target-language ja_JP \
		kizuna_desktop -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(TS:.ts=.qm)

# The self-contained Linux app: dist/kizuna/kizuna (PyInstaller; 1.5-2 min on 2 cores).
PACKAGE_STAMP := $(VENV)/.package-stamp
$(PACKAGE_STAMP): $(STAMP)
	PY=$(PY) bash packaging/system-deps.sh --package
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/kizuna-linux.spec

# Starts the built app headless: --version, the demo journal in the window, a briefing written.
package-test: package
	QT_QPA_PLATFORM=offscreen bash packaging/package-test.sh dist/kizuna/kizuna

# The desktop entry, icon and .kizuna file type for you alone (~/.local/share). Uses the
# packaged app when it is built, else the virtual environment's `kizuna`.
install-desktop: setup
	bash packaging/install-desktop.sh "$(if $(wildcard dist/kizuna/kizuna),$(abspath dist/kizuna/kizuna),$(abspath $(BIN)/kizuna))"

uninstall-desktop:
	bash packaging/install-desktop.sh --uninstall

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
