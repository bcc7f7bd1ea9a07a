"""A faction's profile bundle: everything its page shows, each item sourced."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .dataset import Dataset
from .dates import format_date, format_span
from .query import entity_names, events_in_window

KEY_EVENT_TYPES_FIRST = ("attack", "assassination", "strike_on_militia", "designation_sanction",
                         "statement", "organisational_change", "war_escalation", "political", "protest", "other")


@dataclass
class Profile:
    """Sections of a profile, in reading order. Every DataFrame has `source_ids`."""

    entity: pd.Series
    aliases: tuple[str, ...]
    facts: pd.DataFrame           # profile_facts rows (summary, founding, pmf_brigade, seats ...)
    leaders: pd.DataFrame         # leads ties into the entity, with spans
    ties: pd.DataFrame            # other ties touching the entity, with the other side named
    designations: pd.DataFrame
    postures: pd.DataFrame
    events: pd.DataFrame          # events with this entity as any actor
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)  # every source used, numbered

    def facts_of(self, fact_type: str) -> pd.DataFrame:
        return self.facts[self.facts["fact_type"].astype(str) == fact_type]

    def ties_of(self, rel_type: str, direction: str | None = None) -> pd.DataFrame:
        t = self.ties[self.ties["rel_type"].astype(str) == rel_type]
        return t if direction is None else t[t["direction"] == direction]

    def source_number(self, source_id: str) -> int:
        """1-based number of a source in this profile's source list."""
        return int(self.sources.index[self.sources["source_id"] == source_id][0]) + 1

    def markers(self, source_ids) -> str:
        """'[1][4]' markers for a list of source ids."""
        return "".join(f"[{self.source_number(s)}]" for s in source_ids if s in set(self.sources["source_id"]))

    @property
    def updated(self) -> pd.Timestamp | None:
        d = self.sources["published_last"].dropna() if "published_last" in self.sources else pd.Series(dtype="datetime64[ns]")
        return None if d.empty else d.max()


def key_events(events: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The n most briefing-worthy events: violent and designations first, then the latest."""
    if events.empty:
        return events
    rank = {t: i for i, t in enumerate(KEY_EVENT_TYPES_FIRST)}
    ev = events.assign(_rank=events["event_type"].astype(str).map(rank), _neg=-events["date"].astype("int64"))
    top = ev.sort_values(["_rank", "_neg"]).head(n)
    return top.drop(columns=["_rank", "_neg"]).sort_values("date").reset_index(drop=True)


def profile_bundle(ds: Dataset, entity_id: str) -> Profile:
    """Assemble one entity's profile. Raises KeyError for an unknown id."""
    ent = ds.entities.set_index("entity_id")
    if entity_id not in ent.index:
        raise KeyError(entity_id)
    row = ent.loc[entity_id].copy()
    row["entity_id"] = entity_id
    names = entity_names(ds)
    facts = ds.profile_facts[ds.profile_facts["entity_id"] == entity_id].reset_index(drop=True)
    facts = facts.assign(date_label=[format_date(d, str(p)) for d, p in zip(facts["date"], facts["date_precision"])])

    rel = ds.relationships
    touching = rel[(rel["from_id"] == entity_id) | (rel["to_id"] == entity_id)].copy()
    touching["direction"] = ["out" if f == entity_id else "in" for f in touching["from_id"]]
    touching["other_id"] = [t if f == entity_id else f for f, t in zip(touching["from_id"], touching["to_id"])]
    touching["other"] = touching["other_id"].map(names)
    touching["span"] = [format_span(a, str(ap), b, str(bp)) for a, ap, b, bp in
                        zip(touching["start"], touching["start_precision"], touching["end"], touching["end_precision"])]
    touching = touching.sort_values(["rel_type", "start"], na_position="first").reset_index(drop=True)
    leaders = touching[(touching["rel_type"] == "leads") & (touching["direction"] == "in")].reset_index(drop=True)
    ties = touching.drop(index=touching.index[(touching["rel_type"] == "leads") & (touching["direction"] == "in")])

    des = ds.designations[ds.designations["entity_id"] == entity_id].sort_values("date", na_position="last")
    des = des.assign(date_label=[format_date(d, str(p)) for d, p in zip(des["date"], des["date_precision"])])
    pos = ds.postures[ds.postures["entity_id"] == entity_id].sort_values("start")
    pos = pos.assign(span=[format_span(a, str(ap), b, str(bp)) for a, ap, b, bp in
                           zip(pos["start"], pos["start_precision"], pos["end"], pos["end_precision"])])
    events = events_in_window(ds, factions=[entity_id])

    used: list[str] = list(row["source_ids"])
    for df in (facts, leaders, ties, des, pos, events):
        for ids in df["source_ids"]:
            used.extend(ids)
    sources = ds.sources.set_index("source_id").loc[list(dict.fromkeys(used))].reset_index()
    return Profile(entity=row, aliases=tuple(row["aliases"]), facts=facts, leaders=leaders,
                   ties=ties.reset_index(drop=True), designations=des.reset_index(drop=True),
                   postures=pos.reset_index(drop=True), events=events, sources=sources)
