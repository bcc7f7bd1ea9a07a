"""FollowTheMoney (FtM) export of the dataset, for Aleph, OpenSanctions and other FtM tools.

Every entity, tie, designation and event becomes one FtM entity, made and cleaned
by the `followthemoney` library itself, with the id `fasail-<record id>`:

- entities: person -> Person; state_body and state -> PublicBody (FtM has no schema
  for a country, and a state in this dataset is acting as its government); company ->
  Company; every other type -> Organization. The fasail type goes to `classification`.
- ties: leads -> Directorship, member_of -> Membership, every other type -> UnknownLink
  (subject = from, object = to, role = the tie type's label).
- designations -> Sanction; events -> Event (involved = the actors named in the assertions).

What FtM has no property for (confidence, who asserts a tie, date bases, claim status,
notes on ties and designations, source reliability ...) goes to a sidecar keyed by FtM id;
SIDECAR_FIELDS documents each field.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pandas as pd
from followthemoney import model
from followthemoney.types import registry

from .vocab import REL_TYPES, label_of

ID_PREFIX = "fasail-"
FTM_FILE = "fasail.ftm.jsonl"
SIDECAR_FILE = "fasail.ftm.sidecar.jsonl"

ENTITY_SCHEMAS = {"person": "Person", "state_body": "PublicBody", "state": "PublicBody", "company": "Company"}
DEFAULT_ENTITY_SCHEMA = "Organization"
TIE_SCHEMAS = {"leads": "Directorship", "member_of": "Membership"}
LINK_SCHEMA = "UnknownLink"

SIDECAR_FIELDS: dict[str, str] = {
    "id": "FtM id of the exported entity this row adds to.",
    "source_ids": "Fasail source ids, best first (seed documents have no URL, so sourceUrl alone would lose them).",
    "source_reliability": "Reliability grade (A-E) of each source in source_ids, in the same order; null = not graded yet.",
    "confidence": "Tie confidence: high (reliable source), medium (one weaker source or inferred), low (alleged or contested).",
    "asserted_by": "Who says the tie exists: the FtM id of an exported entity, or source:<source_id>; absent = the cited sources.",
    "start_basis": "actual = the tie began on startDate; attested = startDate is only the first date a source attests it.",
    "end_basis": "actual = the tie ended on endDate; attested = endDate is only the last date a source attests it.",
    "note": "Own-words note on a tie or designation: caveats, disagreements, what the source does not say.",
    "claim_status": "Event status derived from its assertions: confirmed, claimed, attributed, reported, disputed or denied.",
    "actors": "Event actors: a list of {entity: FtM id, role, confidence} (a claim or attribution is not a confirmation).",
    "killed": "Killed, the lowest sourced figure where sources differ (the event's notes give the others).",
    "injured": "Injured, as killed.",
    "latitude": "Event latitude in decimal degrees, only where the place is unambiguous.",
    "longitude": "Event longitude in decimal degrees, as latitude.",
    "geo_precision": "How precise the event's (first) gazetteer place is: exact_site, town, district, governorate, country or region.",
}

_DATE_LENGTH = {"day": 10, "month": 7, "year": 4}  # characters of YYYY-MM-DD kept at each precision
_UNSAFE_ID = re.compile(r"[^0-9A-Za-z.-]+")


# ------------------------------------------------------------------ helpers
def ftm_id(record_id: str) -> str:
    """The namespaced FtM id of a fasail record ('kh' -> 'fasail-kh')."""
    candidate = f"{ID_PREFIX}{record_id}"
    if registry.entity.clean(candidate) == candidate:
        return candidate
    # FtM ids allow only letters, digits, '.' and '-': keep a readable slug, and a hash keeps it unique.
    slug = _UNSAFE_ID.sub("-", str(record_id)).strip("-.")
    digest = hashlib.sha1(str(record_id).encode("utf-8")).hexdigest()[:10]
    return f"{ID_PREFIX}{slug}-{digest}" if slug else f"{ID_PREFIX}{digest}"


def partial_date(value, precision) -> str | None:
    """A date as an FtM prefix date at its precision: '2024-01-30', '2024-01' or '2024'; None when empty."""
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).strftime("%Y-%m-%d")[:_DATE_LENGTH.get(str(precision), 10)]


def _present(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    try:
        return not pd.isna(value)
    except (TypeError, ValueError):
        return True


def _add(proxy, prop: str, values) -> None:
    """Add non-empty values to a property the schema has; skip a property it lacks."""
    if proxy.schema.get(prop) is None:
        return
    if isinstance(values, (list, tuple)):
        values = [v for v in values if _present(v)]
    elif not _present(values):
        return
    proxy.add(prop, values)


def _make(schema: str, record_id: str):
    proxy = model.make_entity(schema)
    proxy.id = ftm_id(record_id)
    _add(proxy, "recordId", record_id)
    return proxy


def _country(name) -> str | None:
    return registry.country.clean(name) if _present(name) else None


class _Context:
    """Lookups shared by every record: sources, entity types, places."""

    def __init__(self, ds):
        self.ds = ds
        self.sources = {row.source_id: row for row in ds.sources.itertuples(index=False)}
        self.entity_types = dict(zip(ds.entities["entity_id"], ds.entities["type"].astype(str)))

    def add_sources(self, proxy, source_ids) -> None:
        for sid in source_ids:
            src = self.sources.get(sid)
            if src is not None:
                _add(proxy, "sourceUrl", src.url)
                _add(proxy, "publisher", src.publisher)

    def provenance(self, source_ids) -> dict:
        reliability = []
        for sid in source_ids:
            grade = getattr(self.sources.get(sid), "reliability", None)
            reliability.append(str(grade) if _present(grade) else None)
        return {"source_ids": list(source_ids), "source_reliability": reliability}

    def ref(self, value) -> str | None:
        """An asserter as exported: the FtM id of an entity, else the raw value (source:<id>)."""
        if not _present(value):
            return None
        return ftm_id(value) if value in self.entity_types else str(value)


# ------------------------------------------------------------------ records
def _entity(ctx: _Context, row):
    etype = str(row.type)
    proxy = _make(ENTITY_SCHEMAS.get(etype, DEFAULT_ENTITY_SCHEMA), row.entity_id)
    _add(proxy, "name", row.name)
    former = set()
    typed = getattr(ctx.ds, "aliases", None)
    if typed is not None and not typed.empty:
        mine = typed[typed["entity_id"] == row.entity_id]
        former = set(mine.loc[mine["kind"].astype(str) == "former_name", "alias"])
        _add(proxy, "previousName", sorted(former))
        _add(proxy, "alias", [a for a in mine["alias"] if a not in former])
    _add(proxy, "alias", [a for a in row.aliases if a not in former] + [row.name_ar])
    _add(proxy, "description", row.description)
    _add(proxy, "classification", label_of(etype))
    if etype == "state":
        _add(proxy, "jurisdiction", _country(row.name))
    person = proxy.schema.is_a("Person")
    _add(proxy, "birthDate" if person else "incorporationDate", partial_date(row.founded, row.founded_precision))
    _add(proxy, "deathDate" if person else "dissolutionDate", partial_date(row.ended, row.ended_precision))
    ctx.add_sources(proxy, row.source_ids)
    return proxy, ctx.provenance(row.source_ids)


def _tie_schema(ctx: _Context, row) -> str:
    schema = TIE_SCHEMAS.get(str(row.rel_type), LINK_SCHEMA)
    from_person = ctx.entity_types.get(row.from_id) == "person"
    to_person = ctx.entity_types.get(row.to_id) == "person"
    # Directorship and Membership need an Organization at the far end (and a director must be a person
    # here); the validator enforces this, but a tie that breaks it still exports, as an UnknownLink.
    if schema == "Directorship" and (not from_person or to_person):
        return LINK_SCHEMA
    if schema == "Membership" and to_person:
        return LINK_SCHEMA
    return schema


def _tie(ctx: _Context, row):
    rel_type = str(row.rel_type)
    schema = _tie_schema(ctx, row)
    proxy = _make(schema, row.rel_id)
    term = REL_TYPES.get(rel_type)
    label = term.label if term else label_of(rel_type)
    if schema == "Directorship":
        _add(proxy, "director", ftm_id(row.from_id))
        _add(proxy, "organization", ftm_id(row.to_id))
        _add(proxy, "role", "leader")
    elif schema == "Membership":
        _add(proxy, "member", ftm_id(row.from_id))
        _add(proxy, "organization", ftm_id(row.to_id))
    else:
        _add(proxy, "subject", ftm_id(row.from_id))
        _add(proxy, "object", ftm_id(row.to_id))
        _add(proxy, "role", label)
    _add(proxy, "startDate", partial_date(row.start, row.start_precision))
    _add(proxy, "endDate", partial_date(row.end, row.end_precision))
    ctx.add_sources(proxy, row.source_ids)
    extra = {
        "confidence": row.confidence, "asserted_by": ctx.ref(row.asserted_by),
        "start_basis": row.start_basis, "end_basis": row.end_basis,
    }
    if proxy.schema.get("notes") is None:
        extra["note"] = row.note
    else:
        _add(proxy, "notes", row.note)
    return proxy, {**extra, **ctx.provenance(row.source_ids)}


def _designation(ctx: _Context, row):
    proxy = _make("Sanction", row.designation_id)
    _add(proxy, "entity", ftm_id(row.entity_id))
    _add(proxy, "authority", row.authority)
    kind = label_of(row.designation_type) if _present(row.designation_type) else ""
    basis = row.legal_basis if _present(row.legal_basis) else ""
    _add(proxy, "program", f"{kind} under {basis}" if kind and basis else (kind or basis))
    _add(proxy, "startDate", partial_date(row.date, row.date_precision))
    _add(proxy, "endDate", partial_date(row.delisted, row.delisted_precision))
    ctx.add_sources(proxy, row.source_ids)
    extra = {}
    if proxy.schema.get("notes") is None:
        extra["note"] = row.note
    else:
        _add(proxy, "notes", row.note)
    return proxy, {**extra, **ctx.provenance(row.source_ids)}


def _events(ctx: _Context):
    ds = ctx.ds
    actors = ds.event_actors.groupby("event_id", sort=False) if not ds.event_actors.empty else None
    by_event = dict(iter(actors)) if actors is not None else {}
    places = {p.place_id: p for p in ds.places.itertuples(index=False)} if not ds.places.empty else {}
    event_places = {}
    for ep in ds.event_places.itertuples(index=False):
        event_places.setdefault(ep.event_id, []).append(ep)
    for row in ds.events.itertuples(index=False):
        proxy = _make("Event", row.event_id)
        _add(proxy, "name", row.title)
        _add(proxy, "summary", row.summary)
        day = partial_date(row.date, row.date_precision)
        _add(proxy, "date", day)
        _add(proxy, "startDate", day)
        _add(proxy, "endDate", partial_date(row.end_date, row.end_date_precision))
        _add(proxy, "location", row.location)
        _add(proxy, "keywords", label_of(row.event_type))
        _add(proxy, "notes", row.note)
        mine = by_event.get(row.event_id)
        actor_rows = [] if mine is None else [
            {"entity": ftm_id(a.entity_id), "role": str(a.role), "confidence": str(a.confidence)}
            for a in mine.itertuples(index=False)]
        _add(proxy, "involved", list(dict.fromkeys(a["entity"] for a in actor_rows)))
        precisions = []
        for ep in event_places.get(row.event_id, []):
            place = places.get(ep.place_id)
            if place is not None:
                _add(proxy, "country", _country(place.name if str(place.kind) == "country" else place.country))
            precisions.append(str(ep.geo_precision))
        ctx.add_sources(proxy, row.source_ids)
        extra = {
            "claim_status": row.claim_status, "actors": actor_rows or None,
            "killed": row.killed, "injured": row.injured,
            "latitude": row.latitude, "longitude": row.longitude,
            "geo_precision": precisions[0] if precisions else None,
        }
        yield proxy, {**extra, **ctx.provenance(row.source_ids)}


def _records(ds):
    ctx = _Context(ds)
    for row in ds.entities.itertuples(index=False):
        yield _entity(ctx, row)
    for row in ds.relationships.itertuples(index=False):
        yield _tie(ctx, row)
    for row in ds.designations.itertuples(index=False):
        yield _designation(ctx, row)
    yield from _events(ctx)


def _plain(value):
    """A JSON-ready scalar: pandas NA -> None, numpy numbers -> int/float, categories -> str."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if not _present(value):
        return None
    if isinstance(value, (bool, str)):
        return value
    if hasattr(value, "item"):
        return value.item()
    return value if isinstance(value, (int, float)) else str(value)


def _export(ds) -> tuple[list[dict], list[dict]]:
    entities, sidecar, seen = [], [], set()
    for proxy, extra in _records(ds):
        if proxy.id in seen:
            raise ValueError(f"two records export to the same FtM id {proxy.id!r}")
        seen.add(proxy.id)
        entities.append(proxy.to_dict())
        fields = {k: _plain(v) for k, v in extra.items()}
        fields = {k: v for k, v in fields.items() if v is not None and v != []}
        if fields:
            sidecar.append({"id": proxy.id, **fields})
    return entities, sidecar


# ------------------------------------------------------------------ public
def ftm_entities(ds) -> list[dict]:
    """One FtM entity dict (`proxy.to_dict()`) per entity, tie, designation and event."""
    return _export(ds)[0]


def ftm_sidecar(ds) -> list[dict]:
    """One row per exported FtM id with the fields FtM has no place for (keys: SIDECAR_FIELDS)."""
    return _export(ds)[1]


def _write_lines(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in sorted(rows, key=lambda r: r["id"]):
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def write_ftm(ds, out_dir) -> list[Path]:
    """Write fasail.ftm.jsonl and fasail.ftm.sidecar.jsonl (sorted by id) into out_dir; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    entities, sidecar = _export(ds)
    paths = [out / FTM_FILE, out / SIDECAR_FILE]
    _write_lines(paths[0], entities)
    _write_lines(paths[1], sidecar)
    return paths
