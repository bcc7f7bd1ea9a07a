"""Display and download tables built from query results (pure pandas)."""
from __future__ import annotations

import pandas as pd

from .dataset import Dataset
from .dates import iso_partial_series
from .escape import csv_bytes
from .vocab import label_of


class _SourceLookup:
    """Title, publisher and link of sources by id, for many rows at once."""

    def __init__(self, ds: Dataset):
        src = ds.sources
        links = src["url"].where(src["url"] != "", "seed file " + src["seed_file"])
        self.title = dict(zip(src["source_id"], src["title"]))
        self.publisher = dict(zip(src["source_id"], src["publisher"]))
        self.link = dict(zip(src["source_id"], links))

    def fields(self, ids) -> tuple[str, str, str]:
        ids = [i for i in ids if i in self.title]
        return (" | ".join(self.title[i] for i in ids), " | ".join(self.publisher[i] for i in ids),
                " | ".join(self.link[i] for i in ids))


def event_table(ds: Dataset, events: pd.DataFrame) -> pd.DataFrame:
    """One row per event, with actors and sources readable, for the page table."""
    rows = []
    lookup = _SourceLookup(ds)
    for r in events.itertuples(index=False):
        titles, pubs, links = lookup.fields(r.source_ids)
        first_url = next((u for u in links.split(" | ") if u.startswith("http")), None)
        rows.append({"event_id": r.event_id, "date": r.date_label, "title": r.title,
                     "type": label_of(r.event_type), "claim status": str(r.claim_status),
                     "actors": r.actors, "location": r.location, "sources": titles, "publishers": pubs,
                     "link": first_url})
    return pd.DataFrame(rows, columns=["event_id", "date", "title", "type", "claim status", "actors", "location",
                                       "sources", "publishers", "link"])


def events_csv(ds: Dataset, events: pd.DataFrame) -> bytes:
    """Exactly the filtered events, with their actors and source columns, as UTF-8 CSV."""
    lookup = _SourceLookup(ds)
    fields = [lookup.fields(ids) for ids in events["source_ids"]]
    out = pd.DataFrame({
        "event_id": events["event_id"],
        "date": iso_partial_series(events["date"], events["date_precision"]),
        "date_precision": events["date_precision"].astype(str),
        "end_date": iso_partial_series(events["end_date"], events["end_date_precision"]),
        "title": events["title"], "summary": events["summary"], "event_type": events["event_type"].astype(str),
        "location": events["location"], "claim_status": events["claim_status"].astype(str),
        "killed": events["killed"], "injured": events["injured"], "actors": events["actors"], "note": events["note"],
        "source_ids": events["source_ids"].map(";".join),
        "source_titles": [f[0] for f in fields], "source_publishers": [f[1] for f in fields],
        "source_links": [f[2] for f in fields],
    })
    return csv_bytes(out)
