"""Claims vs evidence page (AppTest): chart, monthly table, URL round trip."""
from __future__ import annotations

from tests.apptest_helpers import figures, run_page


def test_claims_page_draws_the_chart_and_the_monthly_table():
    at = run_page("claims")
    assert not at.exception
    fig = figures(at)[0]
    assert "Claims vs counted" in fig["layout"]["title"]["text"]
    assert any(str(t.get("name", "")).startswith("Pentagon") for t in fig["data"])
    assert len(at.dataframe) >= 2


def test_claims_window_comes_from_the_link():
    at = run_page("claims", {"since": "2023-11-01", "until": "2023-12"})
    assert not at.exception
    title = figures(at)[0]["layout"]["title"]["text"]
    assert "Nov 2023 – Dec 2023" in title
    assert at.query_params["since"] == "2023-11-01" and at.query_params["until"] == "2023-12-31"
