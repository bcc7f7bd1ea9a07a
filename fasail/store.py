"""The dataset a running server serves, reloaded when its files change on disk.

`ServedData.current()` is called on every page run: it compares the data
directory's fingerprint (file names, sizes, modification times) with the
one it loaded and reloads on a change. A directory that vanished, or a
reload that leaves no sources, entities or events, keeps the last valid
dataset in service and says so. Pure: no Streamlit here.
"""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path

from .dataset import Dataset, load_dataset
from .schema import TABLES

ESSENTIAL = tuple(t.name for t in TABLES.values() if t.needs_rows)


def data_fingerprint(path: Path) -> str | None:
    """Names, sizes and modification times of the dataset's files; None when none is there."""
    parts = []
    for table in TABLES.values():
        try:
            st = (Path(path) / table.file).stat()
        except OSError:
            continue
        parts.append(f"{table.file}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts) or None


@dataclass(frozen=True)
class DataStatus:
    """What is being served and why."""

    fingerprint: str            # of the files the served dataset was read from
    loaded_at: dt.datetime      # UTC
    stale_reason: str = ""      # non-empty when the files on disk are not what is served

    @property
    def loaded_words(self) -> str:
        return self.loaded_at.strftime("%d %b %Y %H:%M:%S UTC")


class ServedData:
    """The last valid dataset of one directory, shared by every session of a server."""

    def __init__(self, path: Path, loader=load_dataset, clock=None):
        self.path = Path(path)
        self._load = loader
        self._clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        self._lock = threading.Lock()
        self._ds: Dataset | None = None
        self._status: DataStatus | None = None
        self._refused: str | None = None   # fingerprint of a broken state already tried

    def current(self) -> tuple[Dataset, DataStatus]:
        """The dataset to serve now (reloaded if the files changed) and its status."""
        fp = data_fingerprint(self.path)
        with self._lock:
            if self._ds is not None and fp == self._status.fingerprint:
                return self._ds, self._status
            if self._ds is not None and fp is None:
                self._status = DataStatus(self._status.fingerprint, self._status.loaded_at,
                                          f"the data directory {self.path} is missing or empty")
                return self._ds, self._status
            if self._ds is not None and fp == self._refused:
                return self._ds, self._status
            ds = self._load(self.path, strict=False)
            empty = [n for n in ESSENTIAL if ds.table(n).empty]
            if self._ds is not None and empty:
                self._refused = fp
                self._status = DataStatus(self._status.fingerprint, self._status.loaded_at,
                                          f"the files changed on disk but {', '.join(empty)} no longer load "
                                          f"({len(ds.problems)} problem(s); run `python -m fasail validate`)")
                return self._ds, self._status
            self._ds, self._refused = ds, None
            self._status = DataStatus(fp or "", self._clock())
            return ds, self._status
