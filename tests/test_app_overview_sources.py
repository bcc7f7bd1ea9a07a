"""AppTest: overview and sources pages run and show what they promise."""

from tests.apptest_helpers import run_page



def test_overview_shows_coverage_and_citation():
    at = run_page("overview")
    assert not at.exception
    labels = {m.label: m.value for m in at.metric}
    assert int(labels["Events"]) >= 120
    assert any("Fasail dataset" in c.value for c in at.code)


def test_sources_page_lists_and_searches_sources():
    at = run_page("sources")
    assert not at.exception
    full = len(at.dataframe[0].value)
    assert full >= 200
    at.text_input(key="src_search").set_value("Reuters").run()
    filtered = at.dataframe[0].value
    assert 0 < len(filtered) < full
    assert filtered["publisher"].str.contains("Reuters").any()
    assert len(at.expander) >= 30  # disagreements, both sides
    assert any("Coding rules" in m.value for m in at.markdown)
