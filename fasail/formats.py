"""Every interchange format, declared once: the command line (`python -m fasail export`), the
Sources page downloads and the notebook API (`fasail.export_dataset`) all read EXPORTS."""
from __future__ import annotations

import importlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path


def _csv(ds, out: Path) -> list[Path]:
    """The dataset's own CSV files, as they are (the command line exports only a valid dataset)."""
    from .schema import TABLE_ORDER, TABLES
    paths = []
    for name in TABLE_ORDER:
        src = Path(ds.path) / TABLES[name].file
        if src.exists():
            paths.append(out / TABLES[name].file)
            shutil.copyfile(src, paths[-1])
    return paths


def _bytes(name: str, build: Callable) -> Callable:
    def write(ds, out: Path) -> list[Path]:
        (out / name).write_bytes(build(ds))
        return [out / name]
    return write


def _gexf(ds, out: Path) -> list[Path]:
    from .interchange import events_gexf, network_gexf
    (out / "fasail_network.gexf").write_bytes(network_gexf(ds))
    (out / "fasail_events.gexf").write_bytes(events_gexf(ds))
    return [out / "fasail_network.gexf", out / "fasail_events.gexf"]


def _ftm(ds, out: Path) -> list[Path]:
    from .ftm import write_ftm
    return list(write_ftm(ds, out))


def _lazy(module: str, func: str):
    def call(ds):
        return getattr(importlib.import_module(f"fasail.{module}"), func)(ds)
    return call


EXPORTS = {  # format -> (what it is, writer(ds, out_dir) -> paths)
    "csv": ("the dataset's CSV files", _csv),
    "ftm": ("FollowTheMoney entities (JSON lines) and a sidecar", _ftm),
    "gexf": ("dynamic GEXF of the network, and of the events, for Gephi", _gexf),
    "graphml": ("GraphML of the network", _bytes("fasail_network.graphml", _lazy("interchange", "network_graphml"))),
    "acled": ("ACLED-shaped event CSV", _bytes("fasail_acled.csv", _lazy("interchange", "acled_csv"))),
    "json": ("one JSON document with every record", _bytes("fasail.json", lambda ds: json.dumps(
        _lazy("interchange", "json_feed")(ds), ensure_ascii=False, indent=1).encode("utf-8"))),
}


def export_dataset(ds, fmt: str, out: Path) -> list[Path]:
    """Write `ds` in format `fmt` into folder `out`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    return EXPORTS[fmt][1](ds, out)


def export_zip(ds, fmt: str) -> bytes:
    """The files of one format in a .zip (for a download button)."""
    import io
    import tempfile
    import zipfile
    buf = io.BytesIO()
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in export_dataset(ds, fmt, Path(tmp)):
            zf.write(path, arcname=path.name)
    return buf.getvalue()
