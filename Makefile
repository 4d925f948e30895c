# «Секретарь комиссии» — developer commands. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
endif
STAMP := $(VENV)/.installed

.PHONY: help system-deps run test lint translations dist smoke bench clean

help:  ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dist,dev]" --config-settings editable_mode=compat
	touch $(STAMP)

# Qt's X11 platform plugin needs a few xcb libraries that a minimal Debian lacks.
XCB_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0
SUDO := $(shell [ "$$(id -u 2>/dev/null)" = 0 ] || echo sudo)

system-deps:  ## Debian: the libraries Qt needs to show a window
ifneq ($(OS),Windows_NT)
	@if command -v dpkg >/dev/null && ! dpkg -s $(XCB_PACKAGES) >/dev/null 2>&1; then \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(XCB_PACKAGES); fi
endif

run: $(STAMP) system-deps  ## install into .venv and open the program
	$(BIN)/python -X utf8 -m desktop_app

test: $(STAMP)  ## install into .venv and run the whole test suite
	QT_QPA_PLATFORM=offscreen $(BIN)/python -X utf8 -m pytest

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check desktop_app tests benchmarks db

translations: $(STAMP)  ## refresh the .ts from the sources and compile the .qm
	$(BIN)/pyside6-lupdate $$(find desktop_app -name '*.py' | sort) ui/*.ui \
		-no-obsolete -ts resources/translations/commission_secretary_ru.ts
	$(BIN)/pyside6-lrelease resources/translations/commission_secretary_ru.ts \
		-qm resources/translations/commission_secretary_ru.qm

smoke: $(STAMP)  ## the smoke test of the program from source
	$(BIN)/python -X utf8 -m desktop_app --smoke-test

dist: $(STAMP)  ## build the packaged program (dist/commission-secretary) and smoke-test it
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/commission-secretary/commission-secretary-cli --smoke-test

bench: $(STAMP)  ## generate the large database and print the benchmark table
	QT_QPA_PLATFORM=offscreen $(BIN)/python -X utf8 benchmarks/run.py

clean:  ## remove build output
	rm -rf build dist
