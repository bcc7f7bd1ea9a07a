"""The example notebook runs top to bottom against the shipped data (nbclient, local kernel)."""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "fasail_api.ipynb"


def _text(cell) -> str:
    return "".join(o.get("text", "") or "".join(o.get("data", {}).get("text/plain", "")) for o in cell.get("outputs", []))


def test_the_api_notebook_runs_and_prints_what_it_promises():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [_text(c) for c in nb.cells if c.cell_type == "code"]
    assert not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))
    assert "events involving KH" in outputs[1] and "ties active on 1 Jan 2020" in outputs[3]
    assert "Kata'ib Hezbollah" in outputs[4] and "Kata'ib Hezbollah, Oct 2023" in outputs[5]
    assert "fasail_network.gexf" in outputs[6] and "fasail.ftm.jsonl" in outputs[6] and "fasail_acled.csv" in outputs[6]
