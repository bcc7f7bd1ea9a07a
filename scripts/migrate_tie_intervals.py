"""One-off (kept for provenance): give every tie the interval its sources support.

Adds `start_basis` / `end_basis` to data/relationships.csv:
- an existing start is `attested` (the schema defined it as the first date the tie is sourced as active);
- an existing end is `actual`, unless the note says it is only the date of a source calling the tie
  former (then `attested`);
- a tie with neither date gets the publication date of its earliest dated source as an `attested`
  start; ties whose sources are all undated stay undated (hidden on dated views by default).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import sys

DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "data"
ATTESTED_END = re.compile(r"former|latest possible|only the date|not given", re.I)


def main() -> None:
    with open(DATA / "sources.csv", newline="", encoding="utf-8") as fh:
        src = {r["source_id"]: (r["published"], r["published_precision"]) for r in csv.DictReader(fh)}
    path = DATA / "relationships.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        fields = list(reader.fieldnames)
    if "start_basis" not in fields:
        at = fields.index("start_precision") + 1
        fields.insert(at, "start_basis")
        fields.insert(fields.index("end_precision") + 1, "end_basis")
    for r in rows:
        r.setdefault("start_basis", "")
        r.setdefault("end_basis", "")
        if r["start"] and not r["start_basis"]:
            r["start_basis"] = "attested"
        if r["end"] and not r["end_basis"]:
            r["end_basis"] = "attested" if ATTESTED_END.search(r["note"]) else "actual"
        if not r["start"] and not r["end"]:
            dated = sorted((d, p) for d, p in (src.get(s.strip(), ("", "")) for s in r["source_ids"].split(";")) if d)
            if dated:
                r["start"], r["start_precision"] = dated[0]
                r["start_basis"] = "attested"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
