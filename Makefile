# Fasail dashboard. Two commands (see README):
#   make run   - install the runtime into .venv and start the dashboard on http://localhost:8501
#   make test  - install test needs (Debian chromium, fonts, dev requirements) and run the whole suite
# Also: make bench (benchmarks, writes bench/README.md), make validate.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test bench validate system-test-deps clean-artifacts

$(PY):
	@$(PYTHON) -c "import ensurepip" 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y python3.11-venv; \
	  else echo "python3.11-venv is missing: sudo apt-get install -y python3.11-venv" >&2; exit 1; fi; }
	$(PYTHON) -m venv $(VENV)

# Stamps: pip runs again only when a requirements file changes.
$(VENV)/.runtime-installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: requirements-dev.txt requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime-installed

run: $(VENV)/.runtime-installed
	$(PY) -m streamlit run app.py --server.address localhost --server.port $(PORT) \
	  --server.headless true --browser.gatherUsageStats false

# Debian's chromium drives the browser tests (Playwright) and the static image export (kaleido).
system-test-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "need root to apt-get install chromium fonts-dejavu-core" >&2; exit 1; fi; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-dejavu-core; \
	fi

test: system-test-deps $(VENV)/.dev-installed
	$(PY) -m pytest

bench: system-test-deps $(VENV)/.dev-installed
	$(PY) bench/run_bench.py

validate: $(VENV)/.runtime-installed
	$(PY) -m fasail validate

clean-artifacts:
	rm -rf test-artifacts bench/results
