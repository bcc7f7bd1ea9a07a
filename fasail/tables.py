"""Display and download tables built from query results (pure pandas)."""
from __future__ import annotations

import pandas as pd

from .dataset import Dataset


def _source_fields(ds: Dataset, ids) -> tuple[str, str, str]:
    src = ds.sources.set_index("source_id")
    titles, pubs, links = [], [], []
    for i in ids:
        if i not in src.index:
            continue
        r = src.loc[i]
        titles.append(r["title"])
        pubs.append(r["publisher"])
        links.append(r["url"] or f"seed file {r['seed_file']}")
    return " | ".join(titles), " | ".join(pubs), " | ".join(links)


def event_table(ds: Dataset, events: pd.DataFrame) -> pd.DataFrame:
    """One row per event, with actors and sources readable, for the page table."""
    rows = []
    for r in events.itertuples(index=False):
        titles, pubs, links = _source_fields(ds, r.source_ids)
        first_url = next((u for u in links.split(" | ") if u.startswith("http")), None)
        rows.append({"event_id": r.event_id, "date": r.date_label, "title": r.title,
                     "type": str(r.event_type).replace("_", " "), "claim status": str(r.claim_status),
                     "actors": r.actors, "location": r.location, "sources": titles, "publishers": pubs,
                     "link": first_url})
    return pd.DataFrame(rows, columns=["event_id", "date", "title", "type", "claim status", "actors", "location",
                                       "sources", "publishers", "link"])


def events_csv(ds: Dataset, events: pd.DataFrame) -> bytes:
    """Exactly the filtered events, with their actors and source columns, as UTF-8 CSV."""
    out = []
    for r in events.itertuples(index=False):
        titles, pubs, links = _source_fields(ds, r.source_ids)
        out.append({
            "event_id": r.event_id, "date": _iso(r.date, str(r.date_precision)),
            "date_precision": str(r.date_precision),
            "end_date": _iso(r.end_date, str(r.end_date_precision)) if pd.notna(r.end_date) else "",
            "title": r.title, "summary": r.summary, "event_type": str(r.event_type), "location": r.location,
            "claim_status": str(r.claim_status), "killed": "" if pd.isna(r.killed) else int(r.killed),
            "injured": "" if pd.isna(r.injured) else int(r.injured), "actors": r.actors, "note": r.note,
            "source_ids": ";".join(r.source_ids), "source_titles": titles, "source_publishers": pubs,
            "source_links": links,
        })
    cols = ["event_id", "date", "date_precision", "end_date", "title", "summary", "event_type", "location",
            "claim_status", "killed", "injured", "actors", "note", "source_ids", "source_titles",
            "source_publishers", "source_links"]
    return pd.DataFrame(out, columns=cols).to_csv(index=False).encode("utf-8")


def _iso(date, precision: str) -> str:
    """Back to the partial ISO form the data is written in (no padding)."""
    ts = pd.Timestamp(date)
    return {"year": f"{ts.year:04d}", "month": f"{ts.year:04d}-{ts.month:02d}"}.get(precision, ts.strftime("%Y-%m-%d"))
