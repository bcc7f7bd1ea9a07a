"""Events on the map: one marker per place and claim status, from the shipped gazetteer.

Each event is counted once, at its place (data/event_places.csv → data/places.csv).
Events whose place has no coordinates, or that have no place, are counted and
named in the subtitle, never silently dropped.
"""
from __future__ import annotations

import math

import pandas as pd

from .schema import CLAIM_STATUSES

SEVERAL = "several"          # colour key of a marker holding events of more than one faction
NONE = "none"                # ... of events with no faction involved
# Markers of different statuses at one place sit on a small ring (degrees) so none hides another.
RING_DEG = 0.09


def event_points(ds, events: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """One row per (place, claim status) with the count and event ids, and counts of what
    could not be placed: {'no_place': n, 'no_coordinates': n}."""
    links = ds.event_places.drop_duplicates("event_id")
    ev = events[["event_id", "claim_status", "faction_ids"]].merge(links, on="event_id", how="left")
    places = ds.places.set_index("place_id")
    located = set(places.dropna(subset=["latitude", "longitude"]).index)
    missing = {"no_place": int(ev["place_id"].isna().sum()),
               "no_coordinates": int((ev["place_id"].notna() & ~ev["place_id"].isin(located)).sum())}
    ev = ev[ev["place_id"].isin(located)]
    cols = ["place_id", "place", "status", "count", "event_ids", "faction_key", "latitude", "longitude",
            "geo_precision"]
    if ev.empty:
        return pd.DataFrame(columns=cols), missing
    rows = []
    order = {s: i for i, s in enumerate(CLAIM_STATUSES)}
    for (pid, status), g in ev.groupby(["place_id", ev["claim_status"].astype(str)], sort=True):
        factions = {f for ids in g["faction_ids"] for f in ids}
        key = next(iter(factions)) if len(factions) == 1 else (SEVERAL if factions else NONE)
        rows.append({"place_id": pid, "place": places.at[pid, "name"], "status": status, "count": len(g),
                     "event_ids": tuple(g["event_id"]), "faction_key": key,
                     "latitude": float(places.at[pid, "latitude"]), "longitude": float(places.at[pid, "longitude"]),
                     "geo_precision": ", ".join(sorted(set(g["geo_precision"].astype(str))))})
    out = pd.DataFrame(rows, columns=cols)
    # Place several statuses of one place on a ring around it, in status order.
    for pid, g in out.groupby("place_id"):
        if len(g) < 2:
            continue
        ranked = sorted(g.index, key=lambda i: order.get(out.at[i, "status"], 99))
        for k, i in enumerate(ranked):
            angle = 2 * math.pi * k / len(ranked)
            out.at[i, "latitude"] += RING_DEG * math.sin(angle)
            out.at[i, "longitude"] += RING_DEG * math.cos(angle)
    return out, missing


def marker_size(count: int) -> float:
    """Marker diameter in px: area grows with the number of events."""
    return 9 + 6 * math.sqrt(max(count, 1) - 1)


def place_events(events: pd.DataFrame, event_ids) -> pd.DataFrame:
    """The events behind one marker, by date."""
    return events[events["event_id"].isin(list(event_ids))].sort_values("date")


def map_subtitle(n_events: int, points: pd.DataFrame, missing: dict[str, int], outside: pd.DataFrame) -> str:
    """What the map shows and what it cannot: every event accounted for."""
    shown = int(points["count"].sum()) - int(outside["count"].sum()) if len(points) else 0
    parts = [f"{shown} of {n_events} events at {points['place_id'].nunique() - outside['place_id'].nunique()} places"
             " · shape = claim status, colour = faction, size = events at the place"]
    gaps = []
    if missing.get("no_coordinates"):
        gaps.append(f"{missing['no_coordinates']} at places without coordinates yet")
    if missing.get("no_place"):
        gaps.append(f"{missing['no_place']} with no place")
    if len(outside):
        gaps.append(f"{int(outside['count'].sum())} outside this frame ({', '.join(sorted(set(outside['place'])))})")
    if gaps:
        parts.append("not drawn: " + "; ".join(gaps))
    if len(points) and points.duplicated("place_id").any():
        parts.append("statuses at one place sit on a small ring around it")
    return " · ".join(parts)


def map_facts(points: pd.DataFrame, events: pd.DataFrame, limit: int = 3) -> list[tuple[str, tuple[str, ...]]]:
    """Key facts for a map slide: the places holding most events, each with its events' sources."""
    if points.empty:
        return []
    sources = dict(zip(events["event_id"], events["source_ids"]))
    by_place = points.groupby("place", as_index=False).agg(count=("count", "sum"), event_ids=("event_ids", "sum"))
    by_place = by_place.sort_values(["count", "place"], ascending=[False, True]).head(limit)
    facts = []
    for r in by_place.itertuples():
        statuses = points[points["place"] == r.place].set_index("status")["count"].to_dict()
        detail = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items(), key=lambda kv: -kv[1]))
        ids = tuple(dict.fromkeys(s for e in r.event_ids for s in sources.get(e, ())[:1]))[:5]
        facts.append((f"{r.place}: {r.count} events ({detail}).", ids))
    return facts
