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


def claim_record(ds, entity_id: str, start=None, end=None) -> dict:
    """For one group in a window: events it claimed (itself or under its brand), how many of
    those are confirmed, and events others attribute to it — each with its event ids."""
    from .query import events_in_window
    ev = events_in_window(ds, start=start, end=end)
    in_window = set(ev["event_id"])
    a = ds.assertions[ds.assertions["event_id"].isin(in_window)]
    kind = a["assertion"].astype(str)
    claimed = set(a.loc[(kind == "claim") & ((a["asserted_by"] == entity_id) | (a["brand"] == entity_id)), "event_id"])
    status = dict(zip(ev["event_id"], ev["claim_status"].astype(str)))
    confirmed = {e for e in claimed if status.get(e) == "confirmed"}
    attributed = set(a.loc[(kind == "attribution") & (a["entity_id"] == entity_id)
                           & (a["asserted_by"] != entity_id), "event_id"])
    return {"claimed": sorted(claimed), "claimed_confirmed": sorted(confirmed), "attributed": sorted(attributed)}


def judgments_about(ds, entity_id: str) -> pd.DataFrame:
    """Judgments about this entity, newest first."""
    j = ds.judgments
    return j[j["about_ids"].map(lambda ids: entity_id in ids)].sort_values("date", ascending=False).reset_index(drop=True)


def event_place(ds, event_id: str) -> str:
    """'Ain al-Asad air base (exact site, 33.80, 42.44)' from the gazetteer, or ''."""
    link = ds.event_places[ds.event_places["event_id"] == event_id]
    if link.empty:
        return ""
    pid, prec = link.iloc[0]["place_id"], label_of(link.iloc[0]["geo_precision"])
    pl = ds.places[ds.places["place_id"] == pid]
    if pl.empty:
        return ""
    r = pl.iloc[0]
    where = f", {r['latitude']:.2f}, {r['longitude']:.2f}" if pd.notna(r["latitude"]) else ""
    return f"{r['name']} ({prec}{where})"
