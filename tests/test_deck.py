"""Briefing pack: title slide with the filters, one slide per chart with sourced facts, sources slides."""
from __future__ import annotations

from pathlib import Path

import io
import zipfile

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from fasail import load_dataset
from fasail.deck import MAX_FACTS, SOURCES_PER_SLIDE, ChartSlide, build_briefing_pack, chronology_facts, tempo_facts
from fasail.figures.chronology import chronology_figure, tempo_figure
from fasail.figures.common import source_line
from fasail.query import events_in_window

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"

TITLE = "Chronology · All factions · Dec 2019 – Mar 2026"
FILTERS = "Factions: all · Dates: 1 Dec 2019 – 31 Mar 2026 · Event types: all · Claim status: any"
BANNER = "UNCLASSIFIED // FOR TRAINING"


@pytest.fixture(scope="module")
def ds():
    return load_dataset(MINI)


@pytest.fixture(scope="module")
def slides(ds):
    ev = events_in_window(ds)
    src = source_line(ds, len(ev), "events", [s for i in ev["source_ids"] for s in i])
    chrono = chronology_figure(ds, ev, "All factions · Dec 2019 – Mar 2026", "4 events", src)
    tempo = tempo_figure(ds, ev, "Tempo · All factions", "events per month", src)
    return [ChartSlide(chrono, chronology_facts(ds, ev)), ChartSlide(tempo, tempo_facts(ds, ev))]


def _texts(slide) -> str:
    return "\n".join(sh.text_frame.text for sh in slide.shapes if sh.has_text_frame)


def _open(data: bytes):
    return Presentation(io.BytesIO(data))


def test_pack_has_title_chart_and_sources_slides(ds, slides):
    data = build_briefing_pack(ds, slides, TITLE, FILTERS)
    prs = _open(data)
    assert len(prs.slides) == 1 + len(slides) + 1
    first, *charts, last = list(prs.slides)
    assert first.shapes.title.text == TITLE and FILTERS in _texts(first)
    assert prs.core_properties.title == TITLE
    for slide, cs in zip(charts, slides):
        assert slide.shapes.title.text == cs.figure.layout.meta["title"]
        pics = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pics) == 1 and pics[0].image.size[0] >= 2000
        text = _texts(slide)
        assert "Key facts" in text
        for fact, _ in cs.facts:
            assert fact in text
    assert last.shapes.title.text == "Sources"
    cited = {i for cs in slides for _, ids in cs.facts for i in ids}
    assert cited, "the mini facts should cite at least one source"
    titles = dict(zip(ds.sources["source_id"], ds.sources["title"]))
    for sid in cited:
        assert titles[sid] in _texts(last)
    assert "UNCLASSIFIED" not in "".join(_texts(s) for s in prs.slides)


def test_fact_markers_point_at_the_numbered_sources(ds, slides):
    prs = _open(build_briefing_pack(ds, slides, TITLE, FILTERS))
    sources_text = _texts(list(prs.slides)[-1])
    chart_text = _texts(list(prs.slides)[1])
    ev = events_in_window(ds)
    first = ev.iloc[0]
    title = dict(zip(ds.sources["source_id"], ds.sources["title"]))[first["source_ids"][0]]
    assert "[1]" in chart_text and f"[1] {title} — " in sources_text
    assert "[dataset]" in chart_text  # the count line is a count of records, not a source claim


def test_banner_on_every_slide_and_image(ds, slides):
    prs = _open(build_briefing_pack(ds, slides, TITLE, FILTERS, banner=BANNER))
    for slide in prs.slides:
        assert _texts(slide).count(BANNER) == 2  # top and bottom


def test_links_and_seed_files_in_the_sources(ds):
    ev = events_in_window(ds)
    fig = tempo_figure(ds, ev, "Tempo", "per month", "Data")
    facts = [("A fact from the news.", ("s1",)), ("A fact from the seed.", ("s2",)), ("Both.", ("s1", "s2"))]
    prs = _open(build_briefing_pack(ds, [ChartSlide(fig, facts)], TITLE, FILTERS))
    last = list(prs.slides)[-1]
    text = _texts(last)
    assert "[1] A news report — Example News, 1 Feb 2024 · news · https://example.org/a" in text
    assert "[2] A seed — Seed Press, Mar 2026 · seed · seed file seed.txt" in text
    links = [r.hyperlink.address for sh in last.shapes if sh.has_text_frame
             for p in sh.text_frame.paragraphs for r in p.runs if r.hyperlink.address]
    assert links == ["https://example.org/a"]
    assert "[1][2]" in _texts(list(prs.slides)[1])


def test_long_source_lists_split_and_facts_capped(ds, monkeypatch):
    import fasail.deck as deck
    ev = events_in_window(ds)
    fig = tempo_figure(ds, ev, "Tempo", "per month", "Data")
    many = tuple(f"x{i}" for i in range(2 * SOURCES_PER_SLIDE + 1))
    facts = [(f"Fact {i}", many if i == 0 else ()) for i in range(MAX_FACTS + 3)]
    monkeypatch.setattr(deck, "source_citation", lambda ds, sid: (f"Source {sid}", None))
    prs = _open(build_briefing_pack(ds, [ChartSlide(fig, facts)], TITLE, FILTERS))
    chart = _texts(list(prs.slides)[1])
    assert f"Fact {MAX_FACTS - 1}" in chart and f"Fact {MAX_FACTS}" not in chart
    assert "[1][2][3][4][5]" in chart and "[6]" not in chart          # one slide cites its best five
    sources = _texts(list(prs.slides)[-1])
    assert "Source x4" in sources and "Source x5" not in sources
    # Many slides, each with five sources of its own: the appendix continues over slides.
    slides = [ChartSlide(fig, [(f"Fact {k}", tuple(f"s{k}-{i}" for i in range(5)))]) for k in range(4)]
    titles = [s.shapes.title.text for s in _open(build_briefing_pack(ds, slides, TITLE, FILTERS)).slides]
    n = -(-20 // SOURCES_PER_SLIDE)
    assert titles[-n:] == [f"Sources ({k} of {n})" for k in range(1, n + 1)]


def test_file_is_well_formed_even_with_control_characters(ds):
    ev = events_in_window(ds)
    fig = tempo_figure(ds, ev, "Tempo", "per month", "Data")
    data = build_briefing_pack(ds, [ChartSlide(fig, [("Bad\x01 text <b>&", ("s1",))])], "T\x1f", "F")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                etree.fromstring(z.read(name))  # raises on malformed XML
    assert "Bad text <b>&" in _texts(list(_open(data).slides)[1])


def test_facts_are_drawn_from_the_events(ds):
    ev = events_in_window(ds)
    facts = chronology_facts(ds, ev)
    assert 3 <= len(facts) <= MAX_FACTS
    assert facts[0][0].startswith(f"{len(ev)} events") and facts[0][1] == ()
    known = set(ds.sources["source_id"])
    for text, ids in facts[1:]:
        assert all(i in known for i in ids)
    first = ev.iloc[0]
    assert (f"First: {first['date_label']} — {first['title']}", tuple(first["source_ids"])) == \
        (facts[1][0].split(" (")[0], facts[1][1])
    assert chronology_facts(ds, ev.iloc[0:0]) == [("No events match these filters.", ())]
    assert 1 <= len(tempo_facts(ds, ev)) <= MAX_FACTS


def test_each_chart_slide_has_its_own_picture_at_projection_size(ds, slides):
    """Pictures are rendered together: each must land on its own chart's slide, at SLIDE_IMAGE_PX."""
    from fasail.deck import SLIDE_IMAGE_PX
    order = [slides[0], slides[0], slides[1]]
    prs = _open(build_briefing_pack(ds, order, TITLE, FILTERS))
    charts = list(prs.slides)[1:-1]
    for slide, cs in zip(charts, order):
        pic, = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert pic.image.size[0] == SLIDE_IMAGE_PX
        assert pic._element.nvPicPr.cNvPr.get("descr") == cs.figure.layout.meta["title"]
    sizes = [(sh.image.size, sh.image.sha1) for s in charts for sh in s.shapes
             if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert sizes[0] == sizes[1] != sizes[2]


def test_a_failed_picture_fails_the_deck_with_a_message(ds, slides, monkeypatch):
    import fasail.deck as deck
    from fasail.export import ExportFailed, guarded

    def broken(specs):
        list(specs)
        raise RuntimeError("renderer gone")
    monkeypatch.setattr(deck, "render_images", broken)
    with pytest.raises(ExportFailed, match=r"The deck could not be made \(renderer gone\)"):
        guarded("The deck", lambda: build_briefing_pack(ds, slides, TITLE, FILTERS))()
