"""The codebook documents every file and field of the schema, and is current."""
import re

from fasail.codebook import render_codebook
from fasail.schema import TABLES
from tests.conftest import ROOT

CODEBOOK = (ROOT / "data" / "README.md").read_text(encoding="utf-8")


def test_every_table_and_field_is_documented():
    missing = []
    for table in TABLES.values():
        if f"`{table.file}`" not in CODEBOOK:
            missing.append(table.file)
        for col in table.columns:
            if not re.search(rf"\| `{re.escape(col.name)}` \|", CODEBOOK):
                missing.append(f"{table.file}:{col.name}")
    assert not missing, f"not in data/README.md: {missing}"


def test_codebook_is_regenerated_from_the_schema():
    assert CODEBOOK == render_codebook(), "run: python -m fasail codebook > data/README.md"
