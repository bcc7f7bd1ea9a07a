"""Posture swimlanes and the profile card: lanes, tracks, designation marks, export."""
import pandas as pd

from fasail.figures.posture import designation_label, posture_figure, posture_periods
from fasail.figures.profile_card import card_lines, profile_card_figure
from fasail.profile import profile_bundle


def test_one_bar_per_period_coloured_by_posture_with_sources_on_hover(mini):
    fig = posture_figure(mini, ["kh"], "KH posture", "since 2023", "Data: test")
    bars = [t for t in fig.data if t.type == "bar"]
    assert {t.name for t in bars} == {"attacking US forces", "truce"}
    assert sum(len(t.y) for t in bars) == 2
    assert all("A news report" in h for t in bars for h in t.hovertext)
    assert fig.layout.meta["title"] == "KH posture"
    assert any("Data: test" in a.text for a in fig.layout.annotations)


def test_designation_marks_sit_on_their_lane(mini):
    fig = posture_figure(mini, ["kh"], "t", "s", "src")
    marks = [t for t in fig.data if t.type == "scatter" and t.mode == "markers"]
    labels = [t for t in fig.data if t.type == "scatter" and t.mode == "text"]
    assert len(marks) == 1 and list(labels[0].text) == ["FTO Jul 2009"]
    assert pd.Timestamp(marks[0].x[0]) == pd.Timestamp("2009-07-02")
    lane_top = max(y for t in fig.data if t.type == "bar" for y in t.y)
    assert marks[0].y[0] > lane_top


def test_window_clips_periods_and_drops_marks_outside(mini):
    fig = posture_figure(mini, ["kh"], "t", "s", "src", start="2024-02-01", end="2026-03-31")
    bars = [t for t in fig.data if t.type == "bar"]
    assert [t.name for t in bars] == ["truce"]
    assert not [t for t in fig.data if t.type == "scatter"]
    assert pd.Timestamp(bars[0].base[0]) == pd.Timestamp("2024-02-01")


def test_overlapping_periods_get_separate_tracks(shipped):
    per = posture_periods(shipped, ["aah"])
    overlapping = per[per["track"] > 0]
    assert len(overlapping) >= 1        # political integration runs under the others


def test_several_factions_share_one_axis_in_the_order_given(shipped):
    ids = ["kh", "nujaba", "aah", "kia"]
    fig = posture_figure(shipped, ids, "t", "s", "src", start="2019-12-01", end="2026-03-31", show_phases=True)
    labels = list(fig.layout.yaxis.ticktext)
    assert [lab.replace("<b>", "").replace("</b>", "") for lab in labels] == [
        "Kata'ib Hezbollah", "Harakat Hezbollah al-Nujaba", "Asa'ib Ahl al-Haq", "Kata'ib al-Imam Ali"]
    assert list(fig.layout.yaxis.tickvals) == sorted(fig.layout.yaxis.tickvals, reverse=True)
    labels = [t for t in fig.data if t.type == "scatter" and t.mode == "text"][0]
    assert any("FTO" in t for t in labels.text)
    assert fig.layout.shapes   # phase bands and lane separators


def test_faction_without_postures_gives_an_empty_figure_not_an_error(mini):
    fig = posture_figure(mini, ["nujaba"], "t", "s", "src")
    assert not fig.data
    assert any("No dated posture periods" in a.text for a in fig.layout.annotations)


def test_designation_labels():
    assert designation_label("FTO", "US State Department") == "FTO"
    assert designation_label("other", "US Treasury (OFAC)") == "OFAC"
    assert designation_label("terrorist_list", "Japan") == "Japan list"


def test_profile_card_has_every_block_and_numbered_sources(shipped):
    p = profile_bundle(shipped, "aah")
    blocks = card_lines(p)
    assert blocks["arabic"][0][0] == "عصائب أهل الحق"
    assert len(blocks["events"]) == 5 and blocks["designations"] and blocks["organisation"]
    assert all(ids for key in ("organisation", "designations", "events") for _, ids in blocks[key])
    fig = profile_card_figure(shipped, p)
    text = " ".join(a.text for a in fig.layout.annotations)
    for needle in ("Asa'ib Ahl al-Haq", "عصائب أهل الحق", "ORGANISATION", "DESIGNATIONS",
                   "FIVE KEY EVENTS", "SOURCES", "[1] "):
        assert needle in text, needle
    assert any(t.type == "bar" for t in fig.data)


def test_profile_card_exports_png_and_pdf(shipped):
    from fasail.figures.profile_card import card_pdf, card_png
    fig = profile_card_figure(shipped, profile_bundle(shipped, "aah"))
    png = card_png(fig)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png[16:20], "big")
    assert width >= 3000                                    # scale 3
    assert card_pdf(fig)[:5] == b"%PDF-"


def _marks_of(fig, lane_y):
    marks = next(t for t in fig.data if t.type == "scatter" and t.mode == "markers")
    return [(pd.Timestamp(x), h) for x, y, h in zip(marks.x, marks.y, marks.hovertext) if y == lane_y]


def test_each_designation_is_marked_on_its_own_date(shipped):
    """Regression: KIA's FTO listing (17 Sep 2025) was drawn at 12 Jun 2025 as 'SDGT + FTO';
    KH's 22 Jan 2024 action was drawn on 17 Nov 2023."""
    fig = posture_figure(shipped, ["kia"], "t", "s", "src")
    marks = next(t for t in fig.data if t.type == "scatter" and t.mode == "markers")
    dates = sorted(pd.Timestamp(x) for x in marks.x)
    assert pd.Timestamp("2025-09-17") in dates and pd.Timestamp("2025-06-12") in dates
    fto = [h for x, h in zip(marks.x, marks.hovertext) if pd.Timestamp(x) == pd.Timestamp("2025-09-17")]
    assert fto and "FTO" in fto[0] and "SDGT" not in fto[0]
    kh = posture_figure(shipped, ["kh"], "t", "s", "src")
    kh_dates = {pd.Timestamp(x) for x in next(t for t in kh.data if t.type == "scatter" and t.mode == "markers").x}
    des = shipped.designations
    assert kh_dates == set(des.loc[(des["entity_id"] == "kh") & des["date"].notna(), "date"])
    # The Nov 2023 and Jan 2024 actions named KH's people: they are marked on those people, not on KH.
    assert not kh_dates & {pd.Timestamp("2023-11-17"), pd.Timestamp("2024-01-22")}
