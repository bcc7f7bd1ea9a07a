"""Every listing across factions: who listed whom, when, under which law, and any delisting.

A listing belongs to what was listed (an action against six individuals is six
listings of people, not one of their faction); a person's factions are the ones
they lead or belong to, shown beside the listing and used by the faction filter.
"""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .dates import format_dates
from .schema import FACTION_TYPES
from .vocab import label_of

# Ties that make a listed person part of a faction for the faction filter.
PERSON_TIES = ("leads", "member_of", "founded", "commands", "spokesman_of")
COLUMNS = ["designation_id", "date", "date_precision", "date_last", "when", "listed_id", "listed", "listed_type",
           "factions", "issuer", "type", "type_label", "legal_basis", "delisted", "delisted_date", "source_ids", "note"]


def person_factions(ds) -> dict[str, tuple[str, ...]]:
    """Person id -> the factions (ids) the person leads or belongs to, at any time."""
    types = dict(zip(ds.entities["entity_id"].tolist(), ds.entities["type"].astype(str).tolist()))
    rel = ds.relationships
    rel = rel[rel["rel_type"].astype(str).isin(PERSON_TIES)]
    out: dict[str, list[str]] = {}
    for a, b in zip(rel["from_id"].tolist(), rel["to_id"].tolist()):
        if types.get(a) == "person" and types.get(b) in FACTION_TYPES and b not in out.setdefault(a, []):
            out[a].append(b)
    return {k: tuple(v) for k, v in out.items()}


def designations_table(ds, factions: Iterable[str] = (), issuers: Iterable[str] = (),
                       types: Iterable[str] = ()) -> pd.DataFrame:
    """One row per listing, dated ones by date then undated; filtered by the listed faction (or a
    listed person's faction), issuer and designation type (each filter given applies)."""
    des = ds.designations
    if des.empty:
        return pd.DataFrame(columns=COLUMNS)
    ent = ds.entities.set_index("entity_id")
    names, etypes = ent["name"].to_dict(), ent["type"].astype(str).to_dict()
    tied = person_factions(ds)

    def factions_of(eid: str) -> tuple[str, ...]:
        return (eid,) if etypes.get(eid) in FACTION_TYPES else tied.get(eid, ())

    t = pd.DataFrame({
        "designation_id": des["designation_id"], "date": des["date"], "date_precision": des["date_precision"],
        "date_last": des["date_last"], "listed_id": des["entity_id"],
        "issuer": des["authority"], "type": des["designation_type"].astype(str),
        "legal_basis": des["legal_basis"], "delisted_date": des["delisted"], "source_ids": des["source_ids"],
        "note": des["note"],
    })
    t["when"] = [w if pd.notna(d) else "date not given"
                 for w, d in zip(format_dates(des["date"], des["date_precision"]), des["date"])]
    t["delisted"] = [w if pd.notna(d) else "" for w, d in zip(format_dates(des["delisted"], des["delisted_precision"]),
                                                               des["delisted"])]
    t["listed"] = t["listed_id"].map(names)
    t["listed_type"] = t["listed_id"].map(lambda i: label_of(etypes.get(i, "")))
    t["faction_ids"] = t["listed_id"].map(factions_of)
    t["factions"] = t["faction_ids"].map(lambda ids: ", ".join(names.get(i, i) for i in ids))
    t["type_label"] = t["type"].map(label_of)
    wanted = set(factions)
    if wanted:
        t = t[t["faction_ids"].map(lambda ids: bool(wanted & set(ids)))]
    if issuers:
        t = t[t["issuer"].isin(list(issuers))]
    if types:
        t = t[t["type"].isin(list(types))]
    t = t.sort_values(["date", "listed", "designation_id"], na_position="last", kind="stable")
    return t[COLUMNS].reset_index(drop=True)


EXPORT_COLUMNS = {"when": "date", "listed": "listed", "listed_type": "listed as", "factions": "faction(s)",
                  "issuer": "issuer", "type_label": "designation", "legal_basis": "legal basis",
                  "delisted": "delisted", "sources": "sources", "note": "note"}


def designations_export(table: pd.DataFrame, markers) -> pd.DataFrame:
    """The table as shown and downloaded; `markers(source_ids)` numbers the sources ('[1][4]')."""
    out = table.assign(sources=[markers(x) for x in table["source_ids"]])
    return out[list(EXPORT_COLUMNS)].rename(columns=EXPORT_COLUMNS)


def designations_facts(table: pd.DataFrame, limit: int = 4) -> list[tuple[str, tuple[str, ...]]]:
    """Key facts for a slide: how many listings, then the FTO listings by date, then the rest by type."""
    if table.empty:
        return []
    dated = table[table["date"].notna()]
    facts = [(f"{len(table)} listings of {table['listed_id'].nunique()} entities and people"
              f"{f' ({len(table) - len(dated)} without a date)' if len(dated) < len(table) else ''}.",
              tuple(s for x in table["source_ids"][:3] for s in x))]
    for kind in ("FTO", "SDGT", "sanctions", "terrorist_list", "other"):
        rows = dated[dated["type"] == kind]
        if rows.empty or len(facts) > limit:
            continue
        by_date = rows.groupby("when", sort=False)["listed"].agg(lambda s: ", ".join(dict.fromkeys(s)))
        text = "; ".join(f"{names} ({when})" for when, names in list(by_date.items())[-4:])
        more = f" and {len(by_date) - 4} earlier dates" if len(by_date) > 4 else ""
        facts.append((f"{label_of(kind)}: {text}{more}.", tuple(s for x in rows["source_ids"][-4:] for s in x)))
    return facts
