"""The shipped dataset: valid, fully sourced, and above the coverage floor."""
import pandas as pd
import pytest

from fasail import load_dataset
from fasail.network import graph_as_of
from fasail.schema import FACTION_TYPES


@pytest.fixture(scope="module")
def ds():
    return load_dataset()  # strict: raises on any problem


def test_shipped_dataset_validates(ds):
    assert ds.problems == []


def test_coverage_floor(ds):
    assert len(ds.events) >= 120
    assert (ds.entities["type"] == "person").sum() >= 25
    assert len(ds.relationships) >= 80
    profiled = set(ds.profile_facts.loc[ds.profile_facts["fact_type"] == "summary", "entity_id"])
    assert len(profiled & set(ds.entities.loc[ds.entities["type"].isin(FACTION_TYPES + ("state_body", "foreign_armed_group")),
                                              "entity_id"])) >= 12


def test_every_record_cites_a_resolvable_source(ds):
    known = set(ds.sources["source_id"])
    for name in ("entities", "relationships", "events", "designations", "postures", "profile_facts", "phases",
                 "disagreements"):
        table = ds.table(name)
        assert table["source_ids"].map(len).gt(0).all(), name
        assert set().union(*table["source_ids"]) <= known, name


def test_every_source_is_cited_by_a_url_or_a_seed(ds):
    assert ((ds.sources["url"] != "") ^ (ds.sources["seed_file"] != "")).all()
    assert set(ds.sources.loc[ds.sources["kind"] == "seed", "seed_file"]) == {
        "000_a72cac44a84e1f95.txt", "002_3af9a64e905f01ac.txt"}


def test_events_span_the_embassy_attack_to_march_2026(ds):
    assert ds.events["date"].min() <= pd.Timestamp("2019-12-31")
    assert ds.events["date_last"].max() >= pd.Timestamp("2026-03-01")
    embassy = ds.events[(ds.events["date"] == pd.Timestamp("2019-12-31")) & (ds.events["event_type"] == "protest")]
    assert len(embassy) == 1


def test_claimed_attacks_name_who_claimed_them(ds):
    claimed = set(ds.events.loc[(ds.events["claim_status"] == "claimed") & (ds.events["event_type"] == "attack"),
                                "event_id"])
    with_claimant = set(ds.event_actors.loc[ds.event_actors["role"] == "claimant", "event_id"])
    assert claimed, "the data should contain claimed-only attacks"
    assert claimed <= with_claimant


def test_unconfirmed_items_stay_out(ds):
    brigades = ds.profile_facts[ds.profile_facts["fact_type"] == "pmf_brigade"]
    assert brigades[brigades["entity_id"].isin(["aah", "badr", "jund-al-imam"])].empty
    assert ds.entities.loc[ds.entities["entity_id"] == "kia", "name_ar"].iloc[0] == ""


def test_seed_story_is_in_the_network(ds):
    before, after = graph_as_of(ds, "2020-01-01"), graph_as_of(ds, "2026-03-15")
    assert "qasem-soleimani" in before and "abu-mahdi-al-muhandis" in before
    assert "qasem-soleimani" not in after and "abu-mahdi-al-muhandis" not in after
    hezbollah_2022 = graph_as_of(ds, "2022-06-01")
    assert any(d["rel_type"] == "coordinates" for _, _, d in hezbollah_2022.out_edges("lebanese-hezbollah", data=True))
    assert not any(d["rel_type"] == "coordinates" for _, _, d in after.out_edges("lebanese-hezbollah", data=True))
    assert "syria-assad" in graph_as_of(ds, "2024-06-01") and "syria-assad" not in after


def test_every_located_event_has_a_gazetteer_place(ds):
    located = set(ds.events.loc[ds.events["location"] != "", "event_id"])
    assert located <= set(ds.event_places["event_id"])
    placed = ds.places[ds.places["latitude"].notna()]
    assert len(placed) >= 40 and placed["source_ids"].map(len).gt(0).all()


def test_typed_aliases_resolve_in_the_pickers(ds):
    from fasail import AliasIndex
    index = AliasIndex(ds.entities, ds.aliases)
    assert index.resolve("سرايا أولياء الدم").entity_id == "saraya-awliya-al-dam"
    assert set(ds.aliases["kind"].astype(str)) >= {"acronym", "arabic_name", "designation_alias", "former_name"}
    factions = set(ds.entities.loc[ds.entities["type"].isin(["faction", "front_group", "umbrella_brand"]), "entity_id"])
    assert factions <= set(ds.aliases["entity_id"]) | {"tashkil-al-waritheen"}
