"""Who says what about an event, in words (pure builders for pages, tables and decks)."""
from __future__ import annotations

import pandas as pd

from .citations import citations
from .dates import format_date
from .vocab import label_of


def asserter_name(ds, asserted_by: str) -> str:
    """'CENTCOM', or 'Shafaq News (the outlet, in its own voice)' for source:<id>."""
    if asserted_by.startswith("source:"):
        found = citations(ds, [asserted_by[len("source:"):]])
        return f"{found[0].publisher} (reporting outlet)" if found else asserted_by
    names = dict(zip(ds.entities["entity_id"], ds.entities["name"]))
    return names.get(asserted_by, asserted_by)


def who_says_what(ds, event_id: str) -> pd.DataFrame:
    """One row per assertion of the event: who, says what (kind, about whom, in which role),
    when, the claimed or confirmed effect, confidence, and the sources."""
    a = ds.assertions[ds.assertions["event_id"] == event_id]
    names = dict(zip(ds.entities["entity_id"], ds.entities["name"]))
    order = {k: i for i, k in enumerate(("claim", "attribution", "confirmation", "denial", "contest", "report",
                                         "assessment"))}
    a = a.assign(_o=a["assertion"].astype(str).map(order)).sort_values(["_o", "asserted_on"], na_position="last")
    rows = []
    for r in a.itertuples(index=False):
        when = format_date(r.asserted_on, str(r.asserted_on_precision)) if pd.notna(r.asserted_on) else ""
        brand = f" under the name {names.get(r.brand, r.brand)}" if r.brand and r.brand != r.asserted_by else ""
        effect = r.claimed_effect or r.confirmed_effect
        rows.append({
            "who": asserter_name(ds, r.asserted_by),
            "says": f"{label_of(r.assertion)}: {names.get(r.entity_id, r.entity_id)} as {label_of(r.role)}{brand}",
            "when": when, "channel": label_of(r.channel) if r.channel else "",
            "effect": effect, "confidence": str(r.confidence), "note": r.note,
            "sources": "; ".join(c.short() for c in citations(ds, r.source_ids)),
            "source_ids": tuple(r.source_ids),
        })
    return pd.DataFrame(rows, columns=["who", "says", "when", "channel", "effect", "confidence", "note", "sources",
                                       "source_ids"])
