"""AppTest: the chronology page runs, and its filters (widgets and URL) change the chart."""

from tests.apptest_helpers import figures, run_page, trace_names, warning_text



def test_page_runs_with_every_event():
    at = run_page("chronology")
    assert not at.exception
    timeline, tempo = figures(at)[:2]
    assert "All factions" in timeline["layout"]["title"]["text"]
    assert "Kata'ib Hezbollah" in trace_names(timeline)
    assert tempo["layout"]["barmode"] == "stack"


def test_faction_widget_changes_the_chart():
    at = run_page("chronology")
    before = trace_names(figures(at)[0])
    at.multiselect(key="w_faction").set_value(["nujaba"]).run()
    assert not at.exception
    after = figures(at)[0]
    names = trace_names(after)
    assert "Harakat Hezbollah al-Nujaba" in names and len(names) < len(before)
    assert "Harakat Hezbollah al-Nujaba" in after["layout"]["title"]["text"]
    assert at.query_params["faction"] in ("nujaba", ["nujaba"])


def test_url_parameters_reproduce_the_view():
    at = run_page("chronology", {"faction": "Kataib Hizballah", "from": "2023-10-01", "to": "2024-01",
                                 "type": "attack"})
    assert not at.exception and not at.warning
    fig = figures(at)[0]
    assert fig["layout"]["title"]["text"].startswith("<b>Kata'ib Hezbollah · attack · Oct 2023 – Jan 2024")
    assert at.multiselect(key="w_faction").value == ["kh"]
    dates = [p for t in fig["data"] if t.get("customdata") for p in t["x"]]
    assert dates and all("2023-10" <= d[:7] <= "2024-01" for d in dates)


def test_bad_url_values_give_notices_not_crashes():
    at = run_page("chronology", {"faction": ["no-such-group", "KH"], "from": "2023-99", "claim": "rumoured",
                                 "type": "picnic", "fold": "maybe"})
    assert not at.exception
    text = warning_text(at)
    for part in ("faction: not understood — no-such-group", "from: '2023-99' is not a date",
                 "claim: not understood — rumoured", "type: not understood — picnic", "fold: 'maybe' was ignored"):
        assert part in text
    assert at.multiselect(key="w_faction").value == ["kh"]


def test_claim_status_filter_keeps_only_claimed_events():
    at = run_page("chronology", {"claim": "claimed", "from": "2026-03-01", "to": "2026-03-31"})
    fig = figures(at)[0]
    symbols = {s for t in fig["data"] if t.get("customdata") for s in t["marker"]["symbol"]}
    assert symbols == {"diamond-open"}


def test_event_table_and_csv_download_match_the_filter():
    at = run_page("chronology", {"faction": "kh", "from": "2023-10-01", "to": "2024-01-31"})
    table = at.dataframe[0].value
    assert len(table) > 0
    labels = [b.proto.label for b in at.get("download_button")]
    assert any(f"these {len(table)} events (CSV" in label for label in labels), labels


def test_claimant_and_attributor_filters_select_who_says_what():
    from fasail import load_dataset
    from fasail.query import events_in_window
    at = run_page("chronology", {"claimant": "iri", "attributor": "us-dod"})
    assert not at.exception
    fig = figures(at)[0]
    title = fig["layout"]["title"]["text"]
    assert "claimed by Islamic Resistance in Iraq" in title and "attributed by US Department of Defense" in title
    expected = events_in_window(load_dataset(), claimants=["iri"], attributors=["us-dod"])
    assert f"{len(expected)} events" in title or f"{len(expected)} events" in fig["layout"]["title"]["text"]
    assert at.query_params["claimant"] == "iri" and at.query_params["attributor"] == "us-dod"
