"""One-off: merge the helpers' staging files (data/_staging/*) into data/*.csv.

Rows are concatenated per table and sorted by id; for entities, staged rows
replace the skeleton. Skeleton entities nobody filled in are reported, not
invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fasail.schema import TABLES  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"
STAGE = DATA / "_staging"
PARTS = ("EA", "EB", "P1", "P2", "ME")
SORT = {"events": ["date", "event_id"], "event_actors": ["event_id", "role", "entity_id"]}


def main() -> int:
    for name in ("entities", "relationships", "events", "event_actors", "designations", "postures",
                 "profile_facts", "phases", "disagreements"):
        table = TABLES[name]
        frames = []
        for part in PARTS:
            f = STAGE / f"{part}_{name}.csv"
            if f.exists():
                df = pd.read_csv(f, dtype=str, keep_default_na=False)
                frames.append(df.reindex(columns=table.column_names, fill_value=""))
        if not frames:
            print(f"{name}: no staged rows", file=sys.stderr)
            continue
        df = pd.concat(frames, ignore_index=True)
        drops = STAGE / "ME_drop.csv"
        if drops.exists() and table.key:
            d = pd.read_csv(drops, dtype=str, keep_default_na=False)
            gone = set(d.loc[d["table"] == name, "record_id"])
            df = df[~df[table.key].isin(gone)]
        if name == "entities":
            skel = pd.read_csv(STAGE / "entity_skeleton.csv", dtype=str, keep_default_na=False)
            missing = sorted(set(skel["entity_id"]) - set(df["entity_id"]))
            if missing:
                print(f"entities not filled in by any helper: {', '.join(missing)}", file=sys.stderr)
            dup = df[df["entity_id"].duplicated(keep=False)]
            if not dup.empty:
                print(f"entities staged twice (first kept): {sorted(set(dup['entity_id']))}", file=sys.stderr)
                df = df.drop_duplicates("entity_id", keep="first")
        sort = SORT.get(name, [table.key] if table.key else table.column_names[:2])
        df = df.sort_values(sort, kind="stable")
        df.to_csv(DATA / table.file, index=False, lineterminator="\n")
        print(f"{name}: {len(df)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
