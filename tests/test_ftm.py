"""FollowTheMoney export: schemas, counts, references, partial dates, sidecar and files."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from followthemoney import model

from fasail import load_dataset
from fasail.ftm import SIDECAR_FIELDS, _add, ftm_entities, ftm_id, ftm_sidecar, write_ftm
from tests.conftest import ROOT

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
REF_PROPS = ("director", "organization", "member", "subject", "object", "entity", "involved")
ENTITY_SCHEMA = {"person": "Person", "state_body": "PublicBody", "state": "PublicBody", "company": "Company"}
TIE_SCHEMA = {"leads": "Directorship", "member_of": "Membership"}


@pytest.fixture(scope="module")
def shipped_ftm(shipped):
    return ftm_entities(shipped)


@pytest.fixture(scope="module")
def mini_ftm(mini):
    return ftm_entities(mini)


@pytest.fixture(scope="module")
def mini_side(mini):
    return {row["id"]: row for row in ftm_sidecar(mini)}


def _by_id(entities):
    return {e["id"]: e for e in entities}


def _expected_schemas(ds) -> dict[str, str]:
    """The FtM schema each record should export as, keyed by FtM id."""
    out = {ftm_id(r.entity_id): ENTITY_SCHEMA.get(str(r.type), "Organization") for r in ds.entities.itertuples()}
    out |= {ftm_id(r.rel_id): TIE_SCHEMA.get(str(r.rel_type), "UnknownLink") for r in ds.relationships.itertuples()}
    out |= {ftm_id(i): "Sanction" for i in ds.designations["designation_id"]}
    out |= {ftm_id(i): "Event" for i in ds.events["event_id"]}
    return out


def _props(entity, prop):
    return entity["properties"].get(prop, [])


# ------------------------------------------------------------ schemas and counts
@pytest.mark.parametrize("which", ["shipped", "mini"])
def test_every_entity_reloads_clean_and_has_its_expected_schema(which, request):
    ds = request.getfixturevalue(which)
    entities = request.getfixturevalue(f"{which}_ftm")
    expected = _expected_schemas(ds)
    assert {e["id"] for e in entities} == set(expected)
    for d in entities:
        proxy = model.get_proxy(d, cleaned=False)   # re-cleans every value through its FtM type
        proxy.schema.validate(d)                     # raises InvalidData on a bad value
        assert proxy.to_dict() == d, d["id"]          # cleaning changed nothing: every value was already valid
        assert d["schema"] == expected[d["id"]], d["id"]


def test_one_ftm_entity_per_record_with_exact_counts(shipped, shipped_ftm):
    ents, rels = shipped.entities, shipped.relationships
    counts = Counter(e["schema"] for e in shipped_ftm)
    ids = [e["id"] for e in shipped_ftm]
    assert len(ids) == len(set(ids))
    assert len(shipped_ftm) == len(ents) + len(rels) + len(shipped.designations) + len(shipped.events)
    etype = ents["type"].astype(str)
    rtype = rels["rel_type"].astype(str)
    assert counts["Person"] == (etype == "person").sum()
    assert counts["PublicBody"] == etype.isin(["state_body", "state"]).sum()
    assert counts["Company"] == (etype == "company").sum()
    assert counts["Organization"] == (~etype.isin(list(ENTITY_SCHEMA))).sum()
    assert counts["Directorship"] == (rtype == "leads").sum()
    assert counts["Membership"] == (rtype == "member_of").sum()
    assert counts["UnknownLink"] == (~rtype.isin(list(TIE_SCHEMA))).sum()
    assert counts["Sanction"] == len(shipped.designations)
    assert counts["Event"] == len(shipped.events)


def test_ids_are_namespaced_and_always_valid_ftm_ids():
    assert ftm_id("kh") == "fasail-kh"
    odd = ftm_id("a_b c")
    assert odd.startswith("fasail-a-b-c-") and model.get_proxy({"id": odd, "schema": "Thing"}).id == odd
    assert ftm_id("a_b") != ftm_id("a-b")


# ------------------------------------------------------------ references and mapping
@pytest.mark.parametrize("which", ["shipped", "mini"])
def test_every_reference_points_at_an_exported_entity(which, request):
    entities = request.getfixturevalue(f"{which}_ftm")
    by_id = _by_id(entities)
    for d in entities:
        for prop in REF_PROPS:
            for target in _props(d, prop):
                assert target in by_id, (d["id"], prop, target)
        for target in _props(d, "director"):
            assert by_id[target]["schema"] == "Person"
        for target in _props(d, "organization"):
            assert model.get(by_id[target]["schema"]).is_a("Organization")


def test_ties_keep_their_direction_and_type(mini_ftm):
    by_id = _by_id(mini_ftm)
    lead = by_id["fasail-r1"]
    assert (lead["schema"], _props(lead, "director"), _props(lead, "organization")) == \
        ("Directorship", ["fasail-boss"], ["fasail-kh"])
    member = by_id["fasail-r2"]
    assert (_props(member, "member"), _props(member, "organization")) == (["fasail-kh"], ["fasail-pmf"])
    hostile = by_id["fasail-r5"]
    assert (_props(hostile, "subject"), _props(hostile, "object"), _props(hostile, "role")) == \
        (["fasail-us"], ["fasail-kh"], ["hostile to"])


def test_entities_designations_and_events_carry_their_fields(mini, mini_ftm):
    by_id = _by_id(mini_ftm)
    kh = by_id["fasail-kh"]
    assert _props(kh, "name") == ["Kata'ib Hezbollah"]
    assert {"KH", "Kataib Hezbollah", "كتائب حزب الله"} <= set(_props(kh, "alias"))
    assert _props(kh, "description") == ["An armed faction."]
    assert _props(by_id["fasail-boss"], "deathDate") == ["2020-01-03"]   # a person's `ended` is a death
    sanction = by_id["fasail-d1"]
    assert (_props(sanction, "entity"), _props(sanction, "authority"), _props(sanction, "program")) == \
        (["fasail-kh"], ["US State Department"], ["FTO"])
    event = by_id["fasail-e3"]
    assert _props(event, "name") == ["Drone attack"]
    assert _props(event, "location") == ["Jordan"]
    assert _props(by_id["fasail-e1"], "endDate") == ["2020-01-01"]
    for e in mini.events.itertuples():
        actors = {ftm_id(a) for a in mini.assertions.loc[mini.assertions["event_id"] == e.event_id, "entity_id"]}
        assert set(_props(by_id[ftm_id(e.event_id)], "involved")) == actors


def test_sources_give_urls_and_publishers_best_first(mini_ftm):
    by_id = _by_id(mini_ftm)
    assert _props(by_id["fasail-kh"], "sourceUrl") == ["https://example.org/a"]
    r5 = by_id["fasail-r5"]   # s1 (graded B) then the seed s2, which has no URL
    assert _props(r5, "sourceUrl") == ["https://example.org/a"]
    assert _props(r5, "publisher") == ["Example News", "Seed Press"]


def test_a_property_the_schema_lacks_is_skipped():
    proxy = model.make_entity("Sanction")
    proxy.id = "fasail-x"
    _add(proxy, "notes", "Sanction has no notes")   # would raise InvalidData through proxy.add
    _add(proxy, "authority", ["", None, "OFAC"])
    assert proxy.to_dict()["properties"] == {"authority": ["OFAC"]}


# ------------------------------------------------------------ partial dates
def test_partial_dates_stay_partial(mini_ftm):
    by_id = _by_id(mini_ftm)
    assert _props(by_id["fasail-iri"], "incorporationDate") == ["2023-10"]   # month
    assert _props(by_id["fasail-kh"], "incorporationDate") == ["2003"]       # year
    assert _props(by_id["fasail-e2"], "date") == ["2024-01"]
    assert _props(by_id["fasail-e4"], "startDate") == ["2026"]
    assert (_props(by_id["fasail-r1"], "startDate"), _props(by_id["fasail-r1"], "endDate")) == (["2003"], ["2020-01-03"])
    assert _props(by_id["fasail-r4"], "endDate") == ["2024"]


DATED = [("entities", "entity_id", "founded", ("incorporationDate", "birthDate")),
         ("entities", "entity_id", "ended", ("dissolutionDate", "deathDate")),
         ("relationships", "rel_id", "start", ("startDate",)), ("relationships", "rel_id", "end", ("endDate",)),
         ("designations", "designation_id", "date", ("startDate",)),
         ("designations", "designation_id", "delisted", ("endDate",)),
         ("events", "event_id", "date", ("date", "startDate")), ("events", "event_id", "end_date", ("endDate",))]


@pytest.mark.parametrize("table,key,column,props", DATED, ids=[f"{t}.{c}" for t, _, c, _ in DATED])
def test_every_shipped_date_is_written_at_its_precision(shipped, shipped_ftm, table, key, column, props):
    by_id = _by_id(shipped_ftm)
    width = {"day": 10, "month": 7, "year": 4}
    df = getattr(shipped, table)
    dated = df[df[column].notna()]
    for rid, date, prec in zip(dated[key], dated[column], dated[f"{column}_precision"].astype(str)):
        values = [v for p in props for v in _props(by_id[ftm_id(rid)], p)]
        assert values and set(values) == {date.strftime("%Y-%m-%d")[:width[prec]]}, (rid, column, values)


# ------------------------------------------------------------ sidecar
@pytest.mark.parametrize("which", ["shipped", "mini"])
def test_sidecar_has_one_row_per_id_with_extras_and_only_documented_keys(which, request):
    ds = request.getfixturevalue(which)
    exported = {e["id"] for e in request.getfixturevalue(f"{which}_ftm")}
    rows = ftm_sidecar(ds)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and set(ids) <= exported
    for row in rows:
        assert set(row) <= set(SIDECAR_FIELDS), set(row) - set(SIDECAR_FIELDS)
        assert len(row) > 1, row   # a row only for an id that has extra fields
        assert all(v is not None and v != [] for v in row.values())
        assert len(row["source_ids"]) == len(row["source_reliability"])
        if "asserted_by" in row:
            assert row["asserted_by"] in exported or row["asserted_by"].startswith("source:")
        for actor in row.get("actors", []):
            assert actor["entity"] in exported
    side = {r["id"]: r for r in rows}
    for r in ds.relationships.itertuples():
        assert side[ftm_id(r.rel_id)]["confidence"] == r.confidence
    for e in ds.events.itertuples():
        assert side[ftm_id(e.event_id)]["claim_status"] == e.claim_status


def test_sidecar_keeps_what_ftm_cannot(mini_side):
    r3 = mini_side["fasail-r3"]
    assert (r3["confidence"], r3["asserted_by"], r3["start_basis"], r3["note"]) == \
        ("low", "source:s1", "attested", "one site says so")
    assert mini_side["fasail-r1"]["end_basis"] == "actual"
    assert mini_side["fasail-r5"]["source_ids"] == ["s1", "s2"]
    assert mini_side["fasail-r5"]["source_reliability"] == ["B", None]
    e3 = mini_side["fasail-e3"]
    assert (e3["claim_status"], e3["killed"], e3["injured"]) == ("confirmed", 3, 40)
    assert {(a["entity"], a["role"]) for a in e3["actors"]} == {("fasail-kh", "attributed_to"), ("fasail-us", "target")}
    assert (mini_side["fasail-e1"]["latitude"], mini_side["fasail-e1"]["longitude"]) == (33.31, 44.37)


def test_sidecar_fields_are_documented_in_one_line():
    for name, doc in SIDECAR_FIELDS.items():
        assert doc.strip() and "\n" not in doc, name


# ------------------------------------------------------------ files
def _read_lines(path):
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_write_ftm_writes_sorted_parseable_json_lines(mini, mini_ftm, tmp_path):
    paths = write_ftm(mini, tmp_path / "out")
    assert [p.name for p in paths] == ["fasail.ftm.jsonl", "fasail.ftm.sidecar.jsonl"]
    entities, sidecar = _read_lines(paths[0]), _read_lines(paths[1])
    assert sorted(entities, key=lambda e: e["id"]) == sorted(mini_ftm, key=lambda e: e["id"])
    assert [e["id"] for e in entities] == sorted(e["id"] for e in entities)
    assert [r["id"] for r in sidecar] == sorted(r["id"] for r in sidecar)
    for d in entities:
        model.get_proxy(d, cleaned=False)
    assert "كتائب حزب الله" in paths[0].read_text(encoding="utf-8")   # UTF-8, not \u escapes


def test_hostile_names_survive_as_plain_text(tmp_path):
    ds = load_dataset(HOSTILE, strict=False)
    path = write_ftm(ds, tmp_path)[0]
    by_id = _by_id(_read_lines(path))
    names = ds.entities.set_index("entity_id")["name"]
    for eid in ("nujaba", "xss"):
        assert _props(by_id[ftm_id(eid)], "name") == [names[eid]]
    assert "<script>" in names["nujaba"] and '"' in names["xss"]
    assert "&lt;" not in path.read_text(encoding="utf-8")
