"""Designations page (AppTest): timeline, table, link round trip."""
from __future__ import annotations

from tests.apptest_helpers import figures, run_page


def test_designations_page_draws_every_listing():
    at = run_page("designations")
    assert not at.exception
    fig = figures(at)[0]
    assert fig["layout"]["title"]["text"].startswith("<b>Designations and sanctions · All factions")
    from fasail import load_dataset
    assert len(at.dataframe[0].value) == len(load_dataset().designations)


def test_issuer_and_type_come_from_the_link_and_go_back_to_it():
    at = run_page("designations", {"issuer": "US State Department", "dtype": "FTO", "faction": "nujaba"})
    assert not at.exception
    title = figures(at)[0]["layout"]["title"]["text"]
    assert "Harakat Hezbollah al-Nujaba" in title and "by US State Department" in title and "FTO only" in title
    rows = at.dataframe[0].value
    assert set(rows["designation"]) == {"FTO"} and set(rows["issuer"]) == {"US State Department"}
    assert at.query_params["dtype"] == ["FTO"] or at.query_params["dtype"] == "FTO"


def test_a_bad_issuer_in_the_link_is_named():
    at = run_page("designations", {"issuer": "Narnia"})
    assert not at.exception
    assert any("issuer" in w.value and "Narnia" in w.value for w in at.warning) or \
        any("Narnia" in m.value for m in at.markdown)
