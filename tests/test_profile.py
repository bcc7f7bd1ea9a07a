"""Profile bundle: every item sourced, empty sections stay empty, sources numbered in page order."""
import pandas as pd
import pytest

from fasail.profile import (comparison, compare_title, key_events, key_facts, network_items, profile_bundle,
                            short_name, source_uses, with_items)


def test_every_item_has_a_known_source(mini):
    p = profile_bundle(mini, "kh")
    assert len(p.items) > 5
    known = set(mini.sources["source_id"])
    for r in p.items.itertuples(index=False):
        assert r.source_ids, f"{r.section}/{r.label} has no source"
        assert set(r.source_ids) <= known
        assert p.markers(r.source_ids).startswith("[")


def test_sources_are_exactly_those_cited_and_numbered_in_page_order(mini):
    p = profile_bundle(mini, "kh")
    cited = list(dict.fromkeys(s for ids in p.items["source_ids"] for s in ids))
    assert list(p.sources["source_id"]) == cited
    assert p.source_number(cited[0]) == 1
    assert p.markers(list(reversed(cited))) == "".join(f"[{i}]" for i in range(1, len(cited) + 1))


def test_faction_without_political_wing_shows_none_not_an_error(mini):
    p = profile_bundle(mini, "nujaba")
    assert p.political_wing.empty and p.patrons.empty and p.leaders.empty and p.postures.empty
    assert not (p.items["label"] == "political wing").any()
    assert key_facts(p) is not None


def test_sections_carry_what_the_data_says(mini):
    p = profile_bundle(mini, "kh")
    assert p.entity["name_ar"] == "كتائب حزب الله"
    assert list(p.leaders["other"]) == ["Abu Example"]
    assert p.leaders.iloc[0]["status"] == "ended"          # r1 has an end date
    assert p.leaders.iloc[0]["leader_ended"] == "died 3 Jan 2020"
    assert list(p.fronts["other_id"]) == ["front"]
    assert list(p.designations["designation_type"].astype(str)) == ["FTO"]
    assert list(p.facts_of("pmf_brigade")["value"]) == ["45"]
    assert set(p.events["event_id"]) == {"e1", "e3"}
    assert dict(zip(p.events["event_id"], p.events["role"])) == {"e1": "participant", "e3": "attributed to"}


def test_founding_versions_are_all_kept(mini):
    p = profile_bundle(mini, "kh")
    found = p.items[p.items["label"] == "founding"]
    assert len(found) == 2   # the entity's own date and the founding fact


def test_unknown_entity_raises_key_error(mini):
    with pytest.raises(KeyError):
        profile_bundle(mini, "nope")


def test_key_events_prefers_violence_then_recency():
    ev = pd.DataFrame({"event_id": list("abcdef"),
                       "event_type": ["statement", "attack", "attack", "protest", "political", "assassination"],
                       "date": pd.to_datetime(["2020-01-01", "2021-01-01", "2024-01-01", "2025-01-01", "2026-01-01",
                                               "2022-01-01"])})
    top = key_events(ev, 3)
    assert list(top["event_id"]) == ["b", "f", "c"]          # chosen by type, shown by date
    assert key_events(ev.iloc[:0]).empty


def test_source_uses_names_section_and_confidence(mini):
    p = profile_bundle(mini, "kh")
    uses = source_uses(p)
    assert list(uses["number"]) == list(range(1, len(p.sources) + 1))
    s1 = uses.loc[uses["source_id"] == "s1", "used_for"].iloc[0]
    assert "organisation: leader — high confidence" in s1
    assert ((uses["url"] != "") | (uses["seed_file"] != "")).all()


def test_network_items_are_sourced_and_extend_the_source_list(mini):
    p = profile_bundle(mini, "kh")
    net = network_items(mini, "kh", "2021-01-01")
    assert len(net) and all(net["source_ids"].map(len))
    q = with_items(mini, p, net)
    assert len(q.items) == len(p.items) + len(net)
    assert set(p.sources["source_id"]) <= set(q.sources["source_id"])


def test_aah_scenario_has_everything_a_briefing_needs(shipped):
    p = profile_bundle(shipped, "aah")
    assert p.entity["name_ar"] == "عصائب أهل الحق"
    assert "Qais al-Khazali" in set(p.leaders["other"])
    assert not p.political_wing.empty
    assert {"FTO", "SDGT"} <= set(p.designations["designation_type"].astype(str))
    assert p.designations.loc[p.designations["designation_type"].astype(str) == "FTO", "date"].notna().all()
    assert len(p.postures) >= 2 and len(p.key_events) == 5
    assert all(p.items["source_ids"].map(len))
    facts = key_facts(p)
    assert 3 <= len(facts) <= 5 and all(ids for _, ids in facts)


def test_comparison_stacks_the_factions(shipped):
    ids = ["kh", "nujaba", "aah", "kia"]
    c = comparison(shipped, ids, pd.Timestamp("2019-12-01"), pd.Timestamp("2026-03-31"))
    assert [p.entity_id for p in c.profiles] == ids
    assert set(c.designations["faction"]) >= {"Kata'ib Hezbollah", "Asa'ib Ahl al-Haq"}
    assert c.event_counts["events"].sum() > 0 and c.event_counts["year"].between(2019, 2026).all()
    assert all(c.sources.markers(x) for x in c.designations["source_ids"])
    title, _ = compare_title(shipped, ids, "2019-12-01", "2026-03-31")
    assert title == "Posture · KH, HHN, AAH and KIA · Dec 2019 – Mar 2026"
    assert short_name(shipped, "kh") == "KH"
