"""AppTest: the Factions page — landing, a profile by alias, compare mode."""
import pytest

from tests.apptest_helpers import clear_caches, figures, run_page, trace_names


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_caches()
    yield


def _markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_landing_lists_profiles_when_nothing_is_chosen():
    at = run_page("factions")
    assert not at.exception
    links = [el.proto.label for el in at.get("page_link")]
    assert "Asa'ib Ahl al-Haq" in links and "Kata'ib Hezbollah" in links
    assert not figures(at)


def test_profile_opened_by_alias_shows_every_section_with_markers():
    at = run_page("factions", {"faction": "League of the Righteous"})
    assert not at.exception
    assert at.multiselect(key="w_faction").value == ["aah"]
    md = _markdown(at)
    assert 'dir="rtl" lang="ar"' in md and "عصائب أهل الحق" in md
    for heading in ("Organisation", "Designations", "Posture over time", "Key events", "Network neighbourhood",
                    "Sources"):
        assert heading in [h.value for h in at.subheader], heading
    assert "Political wing:" in md and "Sadiqoun" in md and "\\[" in md
    assert "Founding — the sources disagree" in md
    titles = [f["layout"]["title"]["text"] for f in figures(at)]
    assert any("posture over time" in t for t in titles)
    bars = [t for t in figures(at)[0]["data"] if t["type"] == "bar"]
    assert bars and all("Sources:" in h for t in bars for h in t["hovertext"])
    labels = [b.proto.label for b in at.get("download_button")]
    assert {"Profile card (PNG)", "Profile card (PDF)"} <= set(labels)


def test_profile_without_political_wing_says_none():
    at = run_page("factions", {"faction": "Saraya Awliya al-Dam"})
    assert not at.exception
    assert "none recorded in the sources" in _markdown(at)


def test_compare_mode_draws_one_shared_swimlane_chart():
    at = run_page("factions", {"faction": ["KH", "Nujaba", "AAH", "Kataib Imam Ali"], "from": "2019", "to": "2026-03"})
    assert not at.exception
    figs = figures(at)
    assert len(figs) == 1
    fig = figs[0]
    assert fig["layout"]["title"]["text"].startswith("<b>Posture · KH, HHN, AAH and KIA · Dec 2019 – Mar 2026")
    ticks = [t.replace("<b>", "").replace("</b>", "") for t in fig["layout"]["yaxis"]["ticktext"]]
    assert ticks == ["Kata'ib Hezbollah", "Harakat Hezbollah al-Nujaba", "Asa'ib Ahl al-Haq", "Kata'ib al-Imam Ali"]
    assert "designation (FTO, SDGT …)" in trace_names(fig)
    assert any("Data: Fasail dataset" in a["text"] for a in fig["layout"]["annotations"])
    assert [h.value for h in at.subheader] == ["Events by year and type", "Designations", "Leaders",
                                               "Open a profile", "Sources"]


def test_more_than_four_factions_are_capped_with_a_notice():
    at = run_page("factions", {"faction": ["kh", "nujaba", "aah", "kia", "kss"]})
    assert not at.exception
    assert any("up to 4" in w.value for w in at.warning)
    ticks = figures(at)[0]["layout"]["yaxis"]["ticktext"]
    assert len(ticks) == 4


def test_profile_shows_who_says_what_about_it():
    from tests.apptest_helpers import run_page
    at = run_page("factions", {"faction": "aah"})
    assert not at.exception
    heads = [s.value for s in at.subheader]
    assert "Who says what about it" in heads
    text = " ".join(m.value for m in at.markdown)
    assert "What is said about it, and by whom" in text and "claimed" in text and "attributed to it by others" in text
