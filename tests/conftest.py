"""Shared test helpers: paths and a writable copy of the mini fixture."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A copy of the mini dataset that a test may break."""
    dest = tmp_path / "data"
    shutil.copytree(MINI, dest)
    return dest
