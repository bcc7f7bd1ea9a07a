"""Map page (AppTest): the map, its window from the link, the shared filters."""
from __future__ import annotations

from tests.apptest_helpers import figures, run_page


def test_map_page_opens_on_the_campaign():
    at = run_page("map")
    assert not at.exception
    fig = figures(at)[0]
    assert "Map · All factions · 17 Oct 2023 – 29 Feb 2024" in fig["layout"]["title"]["text"]
    assert any(t["type"] == "scattergeo" for t in fig["data"])
    assert fig["layout"]["geo"]["scope"] == "asia"


def test_window_and_faction_come_from_the_link():
    at = run_page("map", {"since": "2024-01-01", "until": "2024-01", "faction": "kh"})
    assert not at.exception
    title = figures(at)[0]["layout"]["title"]["text"]
    assert "Kata'ib Hezbollah" in title and "Jan 2024" in title
    assert at.query_params["since"] == "2024-01-01" and at.query_params["until"] == "2024-01-31"
