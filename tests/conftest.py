"""Shared test helpers: paths and a writable copy of the mini fixture."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"
# Validated-data snapshots (fasail/snapshot.py) of this run go to a temporary folder, not the user's
# cache; servers started by the browser tests inherit it.
os.environ.setdefault("FASAIL_SNAPSHOT_DIR", tempfile.mkdtemp(prefix="fasail-test-snapshots-"))


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A copy of the mini dataset that a test may break."""
    dest = tmp_path / "data"
    shutil.copytree(MINI, dest)
    return dest


@pytest.fixture(scope="module")
def mini():
    """The mini fixture dataset, loaded once per module."""
    from fasail import load_dataset
    return load_dataset(MINI)


@pytest.fixture(scope="module")
def shipped():
    """The shipped dataset (valid part), loaded once per module."""
    from fasail import load_dataset
    return load_dataset(strict=False)


@pytest.fixture(autouse=True)
def _fresh_streamlit_cache(request):
    """AppTest pages share Streamlit's caches across instances: clear them per app test."""
    if request.module.__name__.split(".")[-1].startswith("test_app_"):
        from tests.apptest_helpers import clear_caches
        clear_caches()
    yield


def pytest_collection_modifyitems(config, items):
    """Layers by place: tests/browser/ = browser, test_app_*.py = app, the rest = unit
    (run one layer with `pytest -m unit`, `-m app` or `-m browser`)."""
    for item in items:
        path = Path(str(item.fspath))
        layer = "browser" if "browser" in path.parts else "app" if path.name.startswith("test_app_") else "unit"
        item.add_marker(getattr(pytest.mark, layer))
