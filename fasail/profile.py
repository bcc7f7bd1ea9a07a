"""A faction's profile bundle: everything its page shows, each item sourced.

`profile_bundle` assembles one entity's sections in reading order; `items`
flattens every line the page shows (section, text, confidence, source_ids)
and numbers the sources in the order the page first cites them, so each
line can carry markers like [3]. `comparison` does the same for 2-4 factions.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .dataset import Dataset
from .assertions import judgments_about
from .citations import SourceNumbers, citation
from .vocab import label_of
from .dates import format_date, format_span, tie_span
from .query import entity_names, events_in_window, faction_ids

KEY_EVENT_TYPES_FIRST = ("attack", "assassination", "strike_on_militia", "designation_sanction",
                         "statement", "organisational_change", "war_escalation", "political", "protest", "other")

TYPE_LABELS = {"faction": "faction", "front_group": "front group", "umbrella_brand": "umbrella brand",
               "political_party": "party", "state_body": "state body", "state": "state",
               "foreign_armed_group": "foreign armed group", "person": "person", "company": "company",
               "collective": "collective", "other": "other"}
ROLE_ORDER = ("perpetrator", "claimant", "attributed_to", "target", "subject", "issuer", "participant")
ITEM_COLUMNS = ["section", "label", "text", "confidence", "source_ids", "record_id"]


SourceIndex = SourceNumbers  # one numbering scheme for page, card and deck (fasail.citations)


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
    events: pd.DataFrame          # events with this entity as any actor (+ `role`)
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)  # every source used, numbered
    disagreements: pd.DataFrame = field(default_factory=pd.DataFrame)  # source disagreements about it
    judgments: pd.DataFrame = field(default_factory=pd.DataFrame)  # what is said about it, and by whom
    names: pd.DataFrame = field(default_factory=pd.DataFrame)  # typed, sourced aliases
    items: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ITEM_COLUMNS))
    profilable: frozenset = frozenset()  # entity ids that have a profile page (for links)

    @property
    def entity_id(self) -> str:
        return str(self.entity["entity_id"])

    @property
    def name(self) -> str:
        return str(self.entity["name"])

    @property
    def type_label(self) -> str:
        return TYPE_LABELS.get(str(self.entity["type"]), str(self.entity["type"]))

    def facts_of(self, fact_type: str) -> pd.DataFrame:
        return self.facts[self.facts["fact_type"].astype(str) == fact_type]

    def ties_of(self, rel_type: str, direction: str | None = None) -> pd.DataFrame:
        t = self.ties[self.ties["rel_type"].astype(str) == rel_type]
        return t if direction is None else t[t["direction"] == direction]

    # Organisation, by name: empty DataFrames when the sources give nothing.
    @property
    def political_wing(self) -> pd.DataFrame:
        return self.ties_of("political_wing_of", "in")

    @property
    def patrons(self) -> pd.DataFrame:
        return pd.concat([self.ties_of("patron_of", "in"), self.ties_of("coordinates", "in")], ignore_index=True)

    @property
    def fronts(self) -> pd.DataFrame:
        return self.ties_of("front_for", "in")

    @property
    def fronts_for(self) -> pd.DataFrame:
        return self.ties_of("front_for", "out")

    @property
    def splinters(self) -> pd.DataFrame:
        """Splinter ties both ways: 'in' = split from this group, 'out' = this group split from."""
        return self.ties_of("splinter_of")

    @property
    def other_ties(self) -> pd.DataFrame:
        shown = {("political_wing_of", "in"), ("patron_of", "in"), ("coordinates", "in"), ("front_for", "in"),
                 ("front_for", "out"), ("splinter_of", "in"), ("splinter_of", "out")}
        keep = [(str(r), d) not in shown for r, d in zip(self.ties["rel_type"], self.ties["direction"])]
        return self.ties[keep]

    @property
    def key_events(self) -> pd.DataFrame:
        return key_events(self.events)

    def source_number(self, source_id: str) -> int:
        """1-based number of a source in this profile's source list."""
        return int(self.sources.index[self.sources["source_id"] == source_id][0]) + 1

    def markers(self, source_ids) -> str:
        """'[1][4]' markers for a list of source ids."""
        known = set(self.sources["source_id"])
        nums = sorted({self.source_number(s) for s in source_ids if s in known})
        return "".join(f"[{n}]" for n in nums)

    @property
    def updated(self) -> pd.Timestamp | None:
        d = self.sources["published_last"].dropna() if "published_last" in self.sources else pd.Series(dtype="datetime64[ns]")
        return None if d.empty else d.max()

    @property
    def updated_source_ids(self) -> tuple[str, ...]:
        """The source(s) behind the last-updated date."""
        when = self.updated
        if when is None:
            return ()
        return tuple(self.sources.loc[self.sources["published_last"] == when, "source_id"])


def key_events(events: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The n most briefing-worthy events: violent and designations first, then the latest."""
    if events.empty:
        return events
    rank = {t: i for i, t in enumerate(KEY_EVENT_TYPES_FIRST)}
    ev = events.assign(_rank=events["event_type"].astype(str).map(rank), _neg=-events["date"].astype("int64"))
    top = ev.sort_values(["_rank", "_neg"]).head(n)
    return top.drop(columns=["_rank", "_neg"]).sort_values("date").reset_index(drop=True)


def _spans(df: pd.DataFrame, a: str, b: str) -> list[str]:
    return [format_span(x, str(xp), y, str(yp)) for x, xp, y, yp in
            zip(df[a], df[f"{a}_precision"], df[b], df[f"{b}_precision"])]


def _roles(ds: Dataset, entity_id: str) -> pd.DataFrame:
    """This entity's role(s) and confidence in each event, readable."""
    ea = ds.event_actors[ds.event_actors["entity_id"] == entity_id].copy()
    ea["_o"] = ea["role"].astype(str).map({r: i for i, r in enumerate(ROLE_ORDER)})
    role, conf = {}, {}
    for r in ea.sort_values(["event_id", "_o"]).itertuples(index=False):
        role.setdefault(r.event_id, [])
        label = label_of(r.role)
        if label not in role[r.event_id]:
            role[r.event_id].append(label)
        conf.setdefault(r.event_id, str(r.confidence))
    return pd.DataFrame({"role": {k: ", ".join(v) for k, v in role.items()}, "role_confidence": conf},
                        columns=["role", "role_confidence"])


def _founding(ds: Dataset, row: pd.Series, facts: pd.DataFrame) -> pd.DataFrame:
    """Founding versions: the entity's own date plus every founding fact (disagreements kept)."""
    rows = []
    if pd.notna(row["founded"]):
        rows.append({"text": format_date(row["founded"], str(row["founded_precision"])), "note": "",
                     "source_ids": tuple(row["source_ids"]), "record_id": row["entity_id"]})
    for r in facts[facts["fact_type"].astype(str) == "founding"].itertuples(index=False):
        rows.append({"text": r.value, "note": r.note, "source_ids": tuple(r.source_ids), "record_id": r.fact_id})
    return pd.DataFrame(rows, columns=["text", "note", "source_ids", "record_id"])


def _tie_text(r) -> str:
    return f"{r.other} ({r.span})"


def _items(p: Profile, founding: pd.DataFrame) -> pd.DataFrame:
    """Every line of the page in reading order, with its sources and confidence."""
    e = p.entity
    out: list[dict] = []

    def add(section, label, text, source_ids, confidence="", record_id=""):
        out.append({"section": section, "label": label, "text": str(text), "confidence": str(confidence or ""),
                    "source_ids": tuple(source_ids), "record_id": str(record_id)})

    ent_src = tuple(e["source_ids"])
    add("header", "name", e["name"], ent_src, record_id=p.entity_id)
    if e["name_ar"]:
        add("header", "arabic name", e["name_ar"], ent_src, record_id=p.entity_id)
    if p.aliases:
        add("header", "aliases", "; ".join(p.aliases), ent_src, record_id=p.entity_id)
    add("header", "type", p.type_label, ent_src, record_id=p.entity_id)
    for r in p.facts_of("status").itertuples(index=False):
        add("header", "status", r.value + (f" ({r.date_label})" if r.date_label else ""), r.source_ids, record_id=r.fact_id)
    for r in founding.itertuples(index=False):
        add("header", "founding", r.text, r.source_ids, record_id=r.record_id)
    add("header", "description", e["description"], ent_src, record_id=p.entity_id)
    for r in p.facts_of("summary").itertuples(index=False):
        add("header", "summary", r.value, r.source_ids, record_id=r.fact_id)
    for r in p.leaders.itertuples(index=False):
        add("organisation", "leader", _tie_text(r), r.source_ids, r.confidence, r.rel_id)
    for r in p.facts_of("pmf_brigade").itertuples(index=False):
        add("organisation", "PMF brigade", r.value, r.source_ids, record_id=r.fact_id)
    for r in p.political_wing.itertuples(index=False):
        add("organisation", "political wing", _tie_text(r), r.source_ids, r.confidence, r.rel_id)
    for r in p.facts_of("seats").itertuples(index=False):
        add("organisation", "seats", f"{r.value} seats" + (f" ({r.date_label})" if r.date_label else ""),
            r.source_ids, record_id=r.fact_id)
    for r in p.patrons.itertuples(index=False):
        add("organisation", label_of(r.rel_type).replace("patron of", "patron")
            .replace("coordinates", "coordinated by"), _tie_text(r), r.source_ids, r.confidence, r.rel_id)
    for r in p.fronts.itertuples(index=False):
        add("organisation", "front group", _tie_text(r), r.source_ids, r.confidence, r.rel_id)
    for r in p.fronts_for.itertuples(index=False):
        add("organisation", "front for", _tie_text(r), r.source_ids, r.confidence, r.rel_id)
    for r in p.splinters.itertuples(index=False):
        add("organisation", "splinter" if r.direction == "in" else "split from", _tie_text(r), r.source_ids,
            r.confidence, r.rel_id)
    for ft in ("origin", "size", "note"):
        for r in p.facts_of(ft).itertuples(index=False):
            add("organisation", ft, r.value, r.source_ids, record_id=r.fact_id)
    for r in p.other_ties.itertuples(index=False):
        verb = label_of(r.rel_type) if r.direction == "out" else f"{label_of(r.rel_type)} (from)"
        add("organisation", verb, _tie_text(r), r.source_ids, r.confidence, r.rel_id)
    for r in p.designations.itertuples(index=False):
        add("designations", str(r.designation_type), f"{r.authority} · {r.date_label or 'date not given'}",
            r.source_ids, record_id=r.designation_id)
    for r in p.postures.itertuples(index=False):
        add("posture", label_of(r.posture), f"{r.span}: {r.evidence}", r.source_ids, r.confidence,
            r.posture_id)
    for r in p.events.itertuples(index=False):
        add("events", str(r.claim_status), f"{r.date_label} · {r.title}", r.source_ids, r.role_confidence, r.event_id)
    for r in p.disagreements.itertuples(index=False):
        add("disagreements", "disagreement", f"{r.topic}: {r.versions}", r.source_ids, record_id=r.disagreement_id)
    for r in p.names.itertuples(index=False):
        add("names", f"{label_of(r.kind)} ({r.language})", r.alias, r.source_ids)
    for r in p.judgments.itertuples(index=False):
        add("judgments", label_of(r.topic), f"{r.speaker}: {r.summary}", r.source_ids, r.confidence, r.judgment_id)
    return pd.DataFrame(out, columns=ITEM_COLUMNS)


def profile_bundle(ds: Dataset, entity_id: str, fold_fronts: bool = False) -> Profile:
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
    touching["span"] = [tie_span(*v) for v in zip(touching["start"], touching["start_precision"].astype(str), touching["start_basis"].astype(str), touching["end"], touching["end_precision"].astype(str), touching["end_basis"].astype(str))]
    touching = touching.sort_values(["rel_type", "start"], na_position="first").reset_index(drop=True)
    is_leader = (touching["rel_type"] == "leads") & (touching["direction"] == "in")
    leaders = touching[is_leader].sort_values(["start", "end"], na_position="last").reset_index(drop=True)
    leaders = leaders.assign(status=["ongoing" if pd.isna(e) else "ended" for e in leaders["end"]],
                             leader_ended=[_person_end(ent, o) for o in leaders["other_id"]])
    ties = touching[~is_leader].reset_index(drop=True)

    des = ds.designations[ds.designations["entity_id"] == entity_id].sort_values("date", na_position="last")
    des = des.assign(date_label=[format_date(d, str(p)) for d, p in zip(des["date"], des["date_precision"])])
    pos = ds.postures[ds.postures["entity_id"] == entity_id].sort_values("start")
    pos = pos.assign(span=_spans(pos, "start", "end"))
    events = events_in_window(ds, factions=[entity_id], fold_fronts=fold_fronts)
    roles = _roles(ds, entity_id)
    events = events.assign(role=events["event_id"].map(roles["role"]).fillna("via a front group folded into it"),
                           role_confidence=events["event_id"].map(roles["role_confidence"]).fillna(""))
    dis = ds.disagreements[ds.disagreements["record_ids"].map(lambda ids: entity_id in ids)].reset_index(drop=True)

    p = Profile(entity=row, aliases=tuple(row["aliases"]), facts=facts, leaders=leaders, ties=ties,
                designations=des.reset_index(drop=True), postures=pos.reset_index(drop=True),
                events=events, disagreements=dis, judgments=judgments_about(ds, entity_id),
                names=ds.aliases[ds.aliases["entity_id"] == entity_id].reset_index(drop=True),
                profilable=frozenset(faction_ids(ds)))
    p.items = _items(p, _founding(ds, row, facts))
    p.sources = SourceIndex(ds, [s for ids in p.items["source_ids"] for s in ids]).table
    return p


def _person_end(ent: pd.DataFrame, person_id: str) -> str:
    """'killed/died 3 Jan 2020' when the leader's own record has an end date."""
    if person_id not in ent.index or pd.isna(ent.at[person_id, "ended"]):
        return ""
    return "died " + format_date(ent.at[person_id, "ended"], str(ent.at[person_id, "ended_precision"]))


def founding_versions(p: Profile) -> pd.DataFrame:
    """Founding lines of a profile (several rows = the sources disagree)."""
    return p.items[(p.items["section"] == "header") & (p.items["label"] == "founding")].reset_index(drop=True)


def network_items(ds: Dataset, entity_id: str, when) -> pd.DataFrame:
    """The entity's depth-1 neighbourhood on `when` as page items (one per tie)."""
    from .network import edge_table, ego_network, graph_as_of
    edges = edge_table(ego_network(graph_as_of(ds, when), entity_id, 1))
    rows = [{"section": "network", "label": label_of(r["rel_type"]),
             "text": f"{r['from']} → {r['to']} ({r['span']})", "confidence": r["confidence"],
             "source_ids": tuple(r["source_ids"]), "record_id": r["rel_id"]} for r in edges.to_dict("records")]
    return pd.DataFrame(rows, columns=ITEM_COLUMNS)


def with_items(ds: Dataset, p: Profile, extra: pd.DataFrame) -> Profile:
    """A copy of `p` whose items (and numbered sources) also cover `extra` lines, appended."""
    items = pd.concat([p.items, extra], ignore_index=True) if len(extra) else p.items
    out = Profile(**{**p.__dict__, "items": items})
    out.sources = SourceIndex(ds, [s for ids in items["source_ids"] for s in ids]).table
    return out


def source_uses(p: Profile) -> pd.DataFrame:
    """The numbered source list with what each source supports on the page (and how sure)."""
    uses: dict[str, list[str]] = {}
    for r in p.items.itertuples(index=False):
        conf = f" — {r.confidence} confidence" if r.confidence and r.section != "events" else ""
        for s in r.source_ids:
            uses.setdefault(s, [])
            entry = f"{r.section}: {r.label}{conf}"
            if entry not in uses[s]:
                uses[s].append(entry)
    src = p.sources
    return pd.DataFrame({
        "number": range(1, len(src) + 1), "source_id": src["source_id"], "title": src["title"],
        "publisher": src["publisher"],
        "date": [citation(r).date for r in src.itertuples(index=False)],
        "url": src["url"], "seed_file": src["seed_file"], "kind": src["kind"].astype(str),
        "title_reconstructed": src["title_reconstructed"],
        "used_for": ["; ".join(uses.get(s, [])) for s in src["source_id"]],
    })


def key_facts(p: Profile, n: int = 5) -> list[tuple[str, tuple[str, ...]]]:
    """3-5 sourced one-line facts for a briefing slide: leader, wing, seats, designations, posture now."""
    facts: list[tuple[str, tuple[str, ...]]] = []
    cur = p.leaders[p.leaders["status"] == "ongoing"]
    for r in cur.head(1).itertuples(index=False):
        facts.append((f"Leader: {r.other} ({r.span})", tuple(r.source_ids)))
    for r in p.political_wing.head(1).itertuples(index=False):
        seats = p.facts_of("seats").dropna(subset=["date"]).sort_values("date")
        extra, ids = "", tuple(r.source_ids)
        if not seats.empty:
            last = seats.iloc[-1]
            extra = f"; {last['value']} seats ({last['date_label']})"
            ids = ids + tuple(last["source_ids"])
        facts.append((f"Political wing: {r.other}{extra}", ids))
    des = p.designations[p.designations["designation_type"].astype(str).isin(["FTO", "SDGT"])]
    if not des.empty:
        txt = "; ".join(f"{t} {d}" for t, d in zip(des["designation_type"].astype(str), des["date_label"]))
        facts.append((f"US designations: {txt}", tuple(dict.fromkeys(s for ids in des["source_ids"] for s in ids))))
    now = p.postures[p.postures["end"].isna()]
    if not now.empty:
        txt = ", ".join(f"{label_of(r.posture)} ({r.span})" for r in now.itertuples(index=False))
        facts.append((f"Posture now: {txt}", tuple(dict.fromkeys(s for ids in now["source_ids"] for s in ids))))
    if len(facts) < 3:
        for r in p.facts_of("summary").head(1).itertuples(index=False):
            facts.append((r.value, tuple(r.source_ids)))
    if len(facts) < 3 and len(p.events):
        facts.append((f"{len(p.events)} events in the dataset involve {p.name}",
                      tuple(dict.fromkeys(s for ids in p.events["source_ids"] for s in ids))[:3]))
    return facts[:n]


# ------------------------------------------------------------------ compare
def short_name(ds: Dataset, entity_id: str) -> str:
    """An abbreviation from the aliases (KH, AAH) for chart titles, else the name."""
    row = ds.entities.set_index("entity_id").loc[entity_id]
    abbr = [a for a in row["aliases"] if 2 <= len(a) <= 5 and a.isupper() and a.isalpha()]
    return abbr[0] if abbr else str(row["name"])


def compare_title(ds: Dataset, entity_ids, start, end) -> tuple[str, str]:
    """('Posture · KH, HHN, AAH and KIA · Dec 2019 – Mar 2026', full names) for the compare chart."""
    short = [short_name(ds, e) for e in entity_ids]
    who = ", ".join(short[:-1]) + " and " + short[-1] if len(short) > 1 else short[0]
    names = entity_names(ds)
    when = f"{format_date(pd.Timestamp(start), 'month')} – {format_date(pd.Timestamp(end), 'month')}"
    return f"Posture · {who} · {when}", "; ".join(f"{s} = {names[e]}" for s, e in zip(short, entity_ids) if s != names[e])



@dataclass
class Comparison:
    """2-4 profiles side by side, with one numbered source list for the page."""

    profiles: list[Profile]
    designations: pd.DataFrame   # faction, type, authority, date_label, note, source_ids
    leaders: pd.DataFrame        # faction, leader, span, status, confidence, source_ids
    event_counts: pd.DataFrame   # faction, year, event_type, events
    sources: SourceIndex


def event_counts(ds: Dataset, entity_ids, start=None, end=None, fold_fronts: bool = False) -> pd.DataFrame:
    """Events per faction, year and event type (any role) in [start, end]."""
    names = entity_names(ds)
    rows = []
    for eid in entity_ids:
        ev = events_in_window(ds, start=start, end=end, factions=[eid], fold_fronts=fold_fronts)
        if ev.empty:
            continue
        c = ev.assign(year=ev["date"].dt.year, event_type=ev["event_type"].astype(str)) \
              .groupby(["year", "event_type"]).size().rename("events").reset_index()
        c.insert(0, "faction", names.get(eid, eid))
        rows.append(c)
    if not rows:
        return pd.DataFrame(columns=["faction", "year", "event_type", "events"])
    return pd.concat(rows, ignore_index=True)


def comparison(ds: Dataset, entity_ids, start=None, end=None, fold_fronts: bool = False) -> Comparison:
    """Profiles of 2-4 factions plus their stacked designations, leaders and event counts."""
    profiles = [profile_bundle(ds, e, fold_fronts) for e in entity_ids]
    des = pd.concat([p.designations.assign(faction=p.name) for p in profiles], ignore_index=True)
    lead = pd.concat([p.leaders.assign(faction=p.name) for p in profiles], ignore_index=True)
    ids = [s for p in profiles for df in (p.postures, p.designations, p.leaders) for ids in df["source_ids"] for s in ids]
    return Comparison(profiles=profiles, designations=des, leaders=lead,
                      event_counts=event_counts(ds, entity_ids, start, end, fold_fronts), sources=SourceIndex(ds, ids))
