"""`python -m fasail export`: every declared format writes its files; a broken dataset exports nothing."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import networkx as nx
import pytest

from fasail.formats import EXPORTS, export_dataset, export_zip
from fasail.schema import TABLES


@pytest.mark.parametrize("fmt", sorted(EXPORTS))
def test_each_format_writes_readable_files(mini, tmp_path, fmt):
    paths = export_dataset(mini, fmt, tmp_path / fmt)
    assert paths and all(p.is_file() and p.stat().st_size > 0 for p in paths)
    names = {p.name for p in paths}
    if fmt == "gexf":
        g = nx.read_gexf(tmp_path / fmt / "fasail_network.gexf")
        assert g.number_of_nodes() == len(mini.entities)
    if fmt == "json":
        doc = json.loads((tmp_path / fmt / "fasail.json").read_text(encoding="utf-8"))
        assert len(doc["events"]) == len(mini.events)
    if fmt == "csv":
        assert TABLES["events"].file in names
    with zipfile.ZipFile(io.BytesIO(export_zip(mini, fmt))) as zf:
        assert set(zf.namelist()) == names


def test_the_command_line_exports_and_refuses_a_broken_dataset(mini_copy, tmp_path):
    ok = subprocess.run([sys.executable, "-m", "fasail", "export", "--format", "json", str(tmp_path / "out"),
                         "--data", str(mini_copy)], capture_output=True, text=True)
    assert ok.returncode == 0 and "fasail.json" in ok.stdout
    events = mini_copy / "events.csv"
    events.write_text(events.read_text(encoding="utf-8").replace(",day,", ",fortnight,", 1), encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "fasail", "export", "--format", "csv", str(tmp_path / "bad"),
                          "--data", str(mini_copy)], capture_output=True, text=True)
    assert bad.returncode == 1 and "nothing exported" in bad.stderr and not (tmp_path / "bad").exists()


def test_acled_import_command_queues_our_own_export_and_refuses_bad_files(mini, tmp_path):
    exported = export_dataset(mini, "acled", tmp_path / "acled")[0]
    run = subprocess.run([sys.executable, "-m", "fasail", "import-acled", str(exported), "--queue",
                          str(tmp_path / "queue"), "--data", str(mini.path)], capture_output=True, text=True)
    assert run.returncode == 0 and f"{len(mini.events)} candidate(s) written" in run.stdout
    assert len(list((tmp_path / "queue").glob("acled-*.csv"))) == 1
    bad = tmp_path / "bad.csv"
    bad.write_bytes("event_date,notes\n2024-01-01,x\n".encode("utf-16"))
    run = subprocess.run([sys.executable, "-m", "fasail", "import-acled", str(bad), "--queue",
                          str(tmp_path / "queue2"), "--data", str(mini.path)], capture_output=True, text=True)
    assert run.returncode == 1 and "nothing written" in run.stderr and not (tmp_path / "queue2").exists()
