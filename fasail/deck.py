"""Briefing pack (.pptx): a title slide, one slide per chart with sourced key facts, sources slides.

16:9 slides built with python-pptx from its default template (opens in PowerPoint and
LibreOffice). Facts carry numbered source markers [1, 2] that point at the sources
slides; a fact counted from the dataset itself is marked [dataset].
"""
from __future__ import annotations

import datetime as dt
import io
import re
import textwrap
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from .citations import citations
from .dataset import Dataset
from .dates import format_date
from .export import image_spec, render_images
from .figures.common import DATASET_NAME, EXPORT_HEIGHT, FONT, escape_text
from .query import entity_names

MAX_FACTS = 5
MAX_SOURCES_PER_SLIDE = 5   # a slide cites its best few sources, not every record's
TABLE_ROWS_PER_SLIDE = 12
# Chart pictures: laid out 960 px wide (fonts 1.25x larger than the 1200 px export) and rendered at
# SLIDE_IMAGE_PX, what the 8.6 in picture box spans on a 4K (3840 px) projection of the 13.33 in slide:
# sharp full-screen on any projector, 290 dpi in print. (3600 px took a third longer to render and
# a third more room in the file for nothing a screen can show.)
SLIDE_IMAGE_WIDTH, SLIDE_IMAGE_PX = 960, 2480
SLIDE_IMAGE_SCALE = SLIDE_IMAGE_PX / SLIDE_IMAGE_WIDTH
SOURCES_PER_SLIDE = 16
SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.45)
INK, GREY, BANNER_RED, ACCENT = RGBColor(0x1A, 0x1A, 0x1A), RGBColor(0x55, 0x55, 0x55), RGBColor(0xB0, 0x00, 0x20), \
    RGBColor(0x88, 0x22, 0x55)
LAYOUT_TITLE_ONLY = 5
DATASET_MARKER = "[dataset]"
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class ChartSlide:
    """One chart slide: the figure and 3-5 key facts, each with the source_ids that say it."""

    figure: go.Figure
    facts: list[tuple[str, tuple[str, ...]]]


@dataclass
class TableSlide:
    """An events table: rows with date, title, claim_status and source_ids (continued over slides)."""

    title: str
    rows: list[dict]


def cap_sources(facts, limit: int = MAX_SOURCES_PER_SLIDE) -> list[tuple[str, tuple[str, ...]]]:
    """The facts with their source ids cut so the slide cites at most `limit` distinct sources:
    every fact keeps its best source (ids are best first), then the rest fill the room in order."""
    facts = [(text, tuple(ids)) for text, ids in facts[:MAX_FACTS]]
    kept = [list(ids[:1]) for _, ids in facts]
    chosen = {i for ids in kept for i in ids}
    for n, (_, ids) in enumerate(facts):
        for i in ids[1:]:
            if i in chosen:
                kept[n].append(i)
            elif len(chosen) < limit:
                chosen.add(i)
                kept[n].append(i)
    return [(text, tuple(k)) for (text, _), k in zip(facts, kept)]


# ------------------------------------------------------------------ key facts
def _short(text: str, width: int = 95) -> str:
    return textwrap.shorten(str(text), width, placeholder="…")


def chronology_facts(ds: Dataset, events: pd.DataFrame) -> list[tuple[str, tuple[str, ...]]]:
    """Up to five facts about the events on a chronology: count by claim status, first, latest, deadliest."""
    if events.empty:
        return [("No events match these filters.", ())]
    statuses = events["claim_status"].astype(str).value_counts()
    breakdown = ", ".join(f"{n} {s}" for s, n in statuses.items())
    span = f"{events['date_label'].iloc[0]} – {events['date_label'].iloc[-1]}"
    facts = [(f"{len(events)} events, {span}: {breakdown}.", ())]
    first, last = events.iloc[0], events.iloc[-1]
    facts.append((f"First: {first['date_label']} — {_short(first['title'])} ({first['claim_status']}).",
                  tuple(first["source_ids"])))
    if last["event_id"] != first["event_id"]:
        facts.append((f"Latest: {last['date_label']} — {_short(last['title'])} ({last['claim_status']}).",
                      tuple(last["source_ids"])))
    killed = pd.to_numeric(events["killed"], errors="coerce")
    if killed.notna().any() and killed.max() > 0:
        row = events.loc[killed.idxmax()]
        if row["event_id"] not in (first["event_id"], last["event_id"]):
            facts.append((f"Deadliest: {row['date_label']} — {_short(row['title'])}: {int(killed.max())} killed "
                          f"({row['claim_status']}).", tuple(row["source_ids"])))
    claimed = int((events["claim_status"].astype(str) == "claimed").sum())
    if claimed:
        facts.append((f"{claimed} of {len(events)} events rest on a faction's own claim only.", ()))
    return facts[:MAX_FACTS]


def tempo_facts(ds: Dataset, events: pd.DataFrame, factions=None) -> list[tuple[str, tuple[str, ...]]]:
    """Facts about monthly tempo: busiest month, its best-sourced event, most active faction, year-only dates."""
    dated = events[events["date_precision"].astype(str) != "year"]
    if dated.empty:
        return [("No events dated to a month or day match these filters.", ())]
    month = dated["date"].dt.to_period("M")
    per_month = dated.groupby(month)["event_id"].nunique()
    peak, n_peak = per_month.idxmax(), int(per_month.max())
    facts = [(f"Busiest month: {peak.strftime('%b %Y')}, {n_peak} event(s); "
              f"{len(per_month)} month(s) with events.", ())]
    in_peak = dated[month == peak].sort_values(["source_count", "date"], ascending=[False, True])
    top = in_peak.iloc[0]
    facts.append((f"In {peak.strftime('%b %Y')}: {top['date_label']} — {_short(top['title'])} "
                  f"({top['claim_status']}).", tuple(top["source_ids"])))
    names = entity_names(ds)
    keep = set(factions) if factions else None
    per_faction = events.explode("faction_ids").dropna(subset=["faction_ids"])
    if keep:
        per_faction = per_faction[per_faction["faction_ids"].isin(keep)]
    counts = per_faction.groupby("faction_ids")["event_id"].nunique().sort_values(ascending=False)
    if len(counts) and not (keep and len(keep) == 1):
        lead = counts.index[0]
        facts.append((f"Most events: {names.get(lead, lead)}, {int(counts.iloc[0])} of {len(events)}.", ()))
    year_only = len(events) - len(dated)
    if year_only:
        facts.append((f"{year_only} event(s) dated only to a year are not in the monthly bars.", ()))
    return facts[:MAX_FACTS]


# ------------------------------------------------------------------ pptx helpers
def _clean(text) -> str:
    """Text safe for the slide XML (control characters removed)."""
    return _XML_BAD.sub("", str(text))


def _text_box(slide, left, top, width, height, text: str = "", size: int = 14, bold: bool = False,
              colour: RGBColor = INK, align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP):
    box = slide.shapes.add_textbox(left, top, width, height)
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    tf.margin_left = tf.margin_right = Inches(0.05)
    p = tf.paragraphs[0]
    p.alignment = align
    if text:
        run = p.add_run()
        run.text = _clean(text)
        run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, colour
    return box


def _add_paragraph(tf, text: str, size: int, colour: RGBColor = INK, bold: bool = False, space_after: int = 6):
    p = tf.paragraphs[0] if len(tf.paragraphs) == 1 and not tf.paragraphs[0].runs else tf.add_paragraph()
    run = p.add_run()
    run.text = _clean(text)
    run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, colour
    p.space_after = Pt(space_after)
    return p


def _new_slide(prs, heading: str, banner: str | None, number: int):
    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE_ONLY])
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = MARGIN, Inches(0.45), SLIDE_W - 2 * MARGIN, Inches(0.8)
    title.text_frame.word_wrap = True
    title.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    p = title.text_frame.paragraphs[0]
    p.text = _clean(heading)
    p.alignment = PP_ALIGN.LEFT
    for r in p.runs:
        r.font.size, r.font.bold, r.font.color.rgb = Pt(24), True, INK
    _text_box(slide, SLIDE_W - MARGIN - Inches(1.2), SLIDE_H - Inches(0.4), Inches(1.2), Inches(0.3), str(number),
              size=10, colour=GREY, align=PP_ALIGN.RIGHT)
    if banner:
        for top in (Inches(0.05), SLIDE_H - Inches(0.38)):
            _text_box(slide, Inches(2), top, SLIDE_W - Inches(4), Inches(0.33), banner, size=12, bold=True,
                      colour=BANNER_RED, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
    return slide


def _slide_image_spec(fig: go.Figure, banner: str | None) -> tuple[dict, dict]:
    """The chart's picture, laid out narrower and a little shorter (the same px fonts come out larger
    on the slide), with the banner."""
    height = fig.layout.height or EXPORT_HEIGHT
    return image_spec(fig, "png", SLIDE_IMAGE_SCALE, banner, width=SLIDE_IMAGE_WIDTH,
                      height=max(340, int(height * 0.85)))


def _fig_heading(fig: go.Figure) -> str:
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return meta.get("title") or "Chart"


def _cited(s) -> list[tuple[str, tuple[str, ...]]]:
    """What a slide cites: a chart's capped facts, or a table's rows (their best source each)."""
    if isinstance(s, TableSlide):
        return [(r.get("title", ""), tuple(r.get("source_ids", ()))[:1]) for r in s.rows]
    return cap_sources(s.facts)


def _source_numbers(slides) -> dict[str, int]:
    """Source id -> marker number, in order of first citation."""
    numbers: dict[str, int] = {}
    for s in slides:
        for _, ids in _cited(s):
            for i in ids:
                numbers.setdefault(i, len(numbers) + 1)
    return numbers


def _marker(ids, numbers: dict[str, int]) -> str:
    """'[1][4]', the markers of fasail.citations (page, card and deck read alike)."""
    return "".join(f"[{n}]" for n in sorted({numbers[i] for i in ids})) if ids else DATASET_MARKER


def source_citation(ds: Dataset, source_id: str) -> tuple[str, str | None]:
    """'Title — Publisher, Mar 2026 · news · <url or seed file>' and the link (None for seeds)."""
    found = citations(ds, [source_id])
    if not found:
        return f"{source_id} (not in the sources table)", None
    return found[0].text(), found[0].url


# ------------------------------------------------------------------ slides
def _title_slide(prs, ds: Dataset, title: str, filters_text: str, slides: list[ChartSlide], banner, number: int):
    slide = _new_slide(prs, title, banner, number)
    slide.shapes.title.top, slide.shapes.title.height = Inches(1.6), Inches(1.5)
    for r in slide.shapes.title.text_frame.paragraphs[0].runs:
        r.font.size = Pt(34)
    box = _text_box(slide, MARGIN, Inches(3.3), SLIDE_W - 2 * MARGIN, Inches(3.2), "", size=16)
    tf = box.text_frame
    _add_paragraph(tf, "Filters: " + filters_text, 18, INK, space_after=14)
    latest = ds.latest_source_date
    as_of = f" · sources as of {ds.latest_source_label}" if latest is not None else ""
    _add_paragraph(tf, f"Data: {DATASET_NAME} · {len(ds.events)} events, {len(ds.entities)} entities, "
                       f"{len(ds.sources)} sources{as_of}", 14, GREY)
    _add_paragraph(tf, f"Built {format_date(pd.Timestamp(dt.date.today()), 'day')} · "
                       f"{len(slides)} item(s) · sources listed at the end", 14, GREY)


def _chart_slide(prs, ds: Dataset, cs: ChartSlide, png: bytes, numbers: dict[str, int], banner, number: int):
    slide = _new_slide(prs, _fig_heading(cs.figure), banner, number)
    with Image.open(io.BytesIO(png)) as im:
        w_px, h_px = im.size
    box_w, box_h = Inches(8.6), SLIDE_H - Inches(1.45) - Inches(0.5)
    scale = min(box_w / w_px, box_h / h_px)
    pic = slide.shapes.add_picture(io.BytesIO(png), MARGIN, Inches(1.4), Emu(int(w_px * scale)), Emu(int(h_px * scale)))
    pic._element.nvPicPr.cNvPr.set("descr", _clean(_fig_heading(cs.figure)))  # alt text
    left = MARGIN + box_w + Inches(0.25)
    box = _text_box(slide, left, Inches(1.4), SLIDE_W - left - MARGIN, box_h, "", size=13)
    tf = box.text_frame
    _add_paragraph(tf, "Key facts", 16, ACCENT, bold=True, space_after=10)
    for text, ids in cap_sources(cs.facts):
        p = _add_paragraph(tf, "• " + text + " ", 12, INK, space_after=10)
        run = p.add_run()
        run.text = _marker(ids, numbers)
        run.font.size, run.font.color.rgb = Pt(11), ACCENT


def _table_slides(prs, ts: TableSlide, numbers: dict[str, int], banner, first_number: int) -> int:
    """The rows over as many slides as they need; returns how many were added."""
    chunks = [ts.rows[i:i + TABLE_ROWS_PER_SLIDE] for i in range(0, len(ts.rows), TABLE_ROWS_PER_SLIDE)] or [[]]
    for k, chunk in enumerate(chunks):
        heading = ts.title + (f" ({k + 1} of {len(chunks)})" if len(chunks) > 1 else "")
        slide = _new_slide(prs, heading, banner, first_number + k)
        shape = slide.shapes.add_table(len(chunk) + 1, 4, MARGIN, Inches(1.35), SLIDE_W - 2 * MARGIN,
                                       Inches(0.4) * (len(chunk) + 1))
        table = shape.table
        for col, (name, width) in enumerate((("Date", 1.5), ("Event", 8.3), ("Status", 1.5), ("Sources", 1.1))):
            table.columns[col].width = Inches(width)
            table.cell(0, col).text = name
        for r, row in enumerate(chunk, start=1):
            cells = (row.get("date", ""), row.get("title", ""), row.get("claim_status", ""),
                     _marker(tuple(row.get("source_ids", ()))[:1], numbers))
            for col, text in enumerate(cells):
                table.cell(r, col).text = _clean(text)
        for r in range(len(chunk) + 1):
            for col in range(4):
                for para in table.cell(r, col).text_frame.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(11 if r else 12)
    return len(chunks)


def _sources_slides(prs, ds: Dataset, numbers: dict[str, int], banner, first_number: int) -> None:
    items = list(numbers.items())
    chunks = [items[i:i + SOURCES_PER_SLIDE] for i in range(0, len(items), SOURCES_PER_SLIDE)] or [[]]
    for k, chunk in enumerate(chunks):
        heading = "Sources" + (f" ({k + 1} of {len(chunks)})" if len(chunks) > 1 else "")
        slide = _new_slide(prs, heading, banner, first_number + k)
        box = _text_box(slide, MARGIN, Inches(1.35), SLIDE_W - 2 * MARGIN, SLIDE_H - Inches(1.95), "", size=12)
        tf = box.text_frame
        if k == 0:
            _add_paragraph(tf, f"Every source cited on the chart slides. {DATASET_MARKER} marks a count taken from "
                               f"the {DATASET_NAME}'s records on that chart.", 11, GREY, space_after=8)
        if not chunk:
            _add_paragraph(tf, "No source is cited on these slides.", 12)
        for sid, n in chunk:
            text, link = source_citation(ds, sid)
            p = _add_paragraph(tf, f"[{n}] ", 10, ACCENT, bold=True, space_after=2)
            run = p.add_run()
            run.text = _clean(textwrap.shorten(text, 170, placeholder="…"))
            run.font.size, run.font.color.rgb = Pt(10), INK
            if link:
                run.hyperlink.address = link


def build_briefing_pack(ds: Dataset, slides: list, title: str, filters_text: str,
                        banner: str | None = None) -> bytes:
    """The .pptx as bytes: title slide, one slide per chart (ChartSlide) or events table (TableSlide,
    continued over slides), sources slide(s); each chart slide cites at most MAX_SOURCES_PER_SLIDE sources."""
    banner = banner.strip() if banner and banner.strip() else None
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    prs.core_properties.title = _clean(title)[:255]
    prs.core_properties.subject = _clean(filters_text)[:255]
    prs.core_properties.author = "Fasail dashboard"
    numbers = _source_numbers(slides)
    # every chart picture at once, over all the renderer's tabs (one after another took 0.5 s each)
    charts = [s for s in slides if not isinstance(s, TableSlide)]
    pictures = render_images(_slide_image_spec(s.figure, banner) for s in charts)
    _title_slide(prs, ds, title, filters_text, slides, banner, 1)
    n = 2
    for s in slides:
        if isinstance(s, TableSlide):
            n += _table_slides(prs, s, numbers, banner, n)
        else:
            _chart_slide(prs, ds, s, next(pictures), numbers, banner, n)
            n += 1
    _sources_slides(prs, ds, numbers, banner, n)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ PDF twin
PDF_W, PDF_H = 1200, 675   # px per page, 16:9 like the slides


def _text_page(heading: str, lines: list[tuple[str, int, str]], banner: str | None, number: int) -> go.Figure:
    """A page of text drawn by plotly (so kaleido writes it to PDF like the charts): heading, then
    (text, size, colour) lines, wrapped."""
    fig = go.Figure()
    fig.update_xaxes(visible=False, range=[0, 1])
    fig.update_yaxes(visible=False, range=[0, 1])
    y = 0.0
    items = [(heading, 26, "#1A1A1A", True)] + [(text, size, colour, False) for text, size, colour in lines]
    for text, size, colour, bold in items:
        for k, line in enumerate(textwrap.wrap(_clean(text), max(30, int(1900 / size))) or [""]):
            body = escape_text(line)
            fig.add_annotation(text=f"<b>{body}</b>" if bold else body, xref="paper", yref="paper", x=0, y=1,
                               yshift=-y, showarrow=False, xanchor="left", yanchor="top",
                               font=dict(size=size, color=colour, family=FONT))
            y += size * 1.45
        y += size * 0.5
    fig.add_annotation(text=str(number), xref="paper", yref="paper", x=1, y=0, showarrow=False,
                       font=dict(size=11, color="#555555"), xanchor="right", yanchor="bottom")
    if banner:
        fig.add_annotation(text=f"<b>{escape_text(banner)}</b>", xref="paper", yref="paper", x=0.5, y=1,
                           yshift=30, showarrow=False, font=dict(size=13, color="#B00020"))
    fig.update_layout(width=PDF_W, height=PDF_H, margin=dict(l=50, r=40, t=60, b=30), paper_bgcolor="white",
                      plot_bgcolor="white", showlegend=False)
    return fig


def build_briefing_pdf(ds: Dataset, slides: list, title: str, filters_text: str,
                       banner: str | None = None) -> bytes:
    """The same briefing as one PDF: a title page, each chart and its key facts, each events table,
    the sources. Pages are plotly figures written by kaleido and joined with pypdf."""
    from pypdf import PdfReader, PdfWriter
    banner = banner.strip() if banner and banner.strip() else None
    numbers = _source_numbers(slides)
    pages: list[go.Figure] = []
    charts_at: set[int] = set()   # pages that are charts: drawn PDF_W wide, with the banner band
    latest = f" · sources as of {ds.latest_source_label}" if ds.latest_source_date is not None else ""
    pages.append(_text_page(title, [("Filters: " + filters_text, 18, "#1A1A1A"),
                                    (f"Data: {DATASET_NAME} · {len(ds.events)} events, {len(ds.entities)} entities, "
                                     f"{len(ds.sources)} sources{latest}", 14, "#555555"),
                                    (f"Built {format_date(pd.Timestamp(dt.date.today()), 'day')} · {len(slides)} "
                                     "item(s) · sources listed at the end", 14, "#555555")], banner, 1))
    for s in slides:
        if isinstance(s, TableSlide):
            for k in range(0, max(len(s.rows), 1), TABLE_ROWS_PER_SLIDE):
                chunk = s.rows[k:k + TABLE_ROWS_PER_SLIDE]
                lines = [(f"{r.get('date', '')} · {r.get('claim_status', '')} · {r.get('title', '')} "
                          f"{_marker(tuple(r.get('source_ids', ()))[:1], numbers)}", 13, "#1A1A1A") for r in chunk]
                pages.append(_text_page(s.title, lines or [("No events.", 13, "#555555")], banner, len(pages) + 1))
            continue
        charts_at.add(len(pages))
        pages.append(s.figure)   # not copied: image_spec makes the dict kaleido draws
        facts = [(f"• {text} {_marker(ids, numbers)}", 15, "#1A1A1A") for text, ids in cap_sources(s.facts)]
        pages.append(_text_page(f"Key facts · {_fig_heading(s.figure)}", facts or [("No key facts recorded for "
                                                                                    "this chart.", 14, "#555555")],
                                banner, len(pages) + 1))
    items = list(numbers.items())
    for k in range(0, max(len(items), 1), 14):
        lines = [(f"[{n}] {textwrap.shorten(source_citation(ds, sid)[0], 190, placeholder='…')}", 11, "#1A1A1A")
                 for sid, n in items[k:k + 14]]
        pages.append(_text_page("Sources", lines or [("No source is cited.", 12, "#555555")], banner, len(pages) + 1))
    writer = PdfWriter()
    # the charts take the banner band; text pages draw their own banner
    specs = [image_spec(fig, "pdf", 1, banner, width=PDF_W) if k in charts_at else image_spec(fig, "pdf")
             for k, fig in enumerate(pages)]
    for pdf in render_images(specs):   # all pages at once, over the renderer's tabs
        for page in PdfReader(io.BytesIO(pdf)).pages:
            writer.add_page(page)
    writer.add_metadata({"/Title": _clean(title)[:255], "/Subject": _clean(filters_text)[:255],
                         "/Author": "Fasail dashboard"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
