"""The briefing basket in the sidebar: items added from any page, reordered, removed, saved, loaded,
and built into one deck (.pptx) or PDF. State lives in the session (fasail.basket does the work)."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from fasail import basket
from fasail.dataset import Dataset

from .export import guard
from .text import md_escape

K_ITEMS = "briefing_items"
K_PAGE = "briefing_page"        # the page being drawn (set by the filter panel)
K_TITLE = "briefing_title"
K_UPLOAD = "briefing_upload"
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def _deck():
    """fasail.deck (python-pptx, kaleido), imported when a deck is built, not when the page draws."""
    from fasail import deck
    return deck


def items() -> list[basket.BasketItem]:
    return list(st.session_state.get(K_ITEMS, []))


def _store(new: list[basket.BasketItem]) -> None:
    st.session_state[K_ITEMS] = new


def _view() -> tuple[str, dict]:
    """The page and URL parameters of the view on screen (the URL the last run wrote)."""
    return (st.session_state.get(K_PAGE, ""),
            {k: st.query_params.get_all(k) for k in st.query_params})


def _add(make) -> None:
    page, query = _view()
    new, message = basket.add(items(), make(page, query))
    _store(new)
    st.toast(message)


def add_chart_button(fig, facts, key: str) -> None:
    """'Add to briefing' for a chart (facts: its key facts with source ids)."""
    st.button("Add to briefing", key=f"{key}_basket", on_click=_add,
              args=(lambda page, query: basket.chart_item(fig, facts or (), page, query),),
              help="Keep this chart, its key facts and its view for one deck built from several pages "
                   "(sidebar: Briefing).")


def add_events_button(events, title: str, key: str) -> None:
    """'Add to briefing' for an events table (its first rows, by date, with their sources)."""
    st.button("Add this table to the briefing", key=f"{key}_basket", on_click=_add,
              args=(lambda page, query: basket.events_item(events, title, page, query),),
              help=f"An events-table slide (up to {basket.MAX_TABLE_ROWS} rows) in the briefing deck.")


def _load() -> None:
    upload = st.session_state.get(K_UPLOAD)
    if upload is None:
        return
    loaded, problems = basket.from_json(upload.getvalue())
    merged = items()
    for it in loaded:
        merged, _ = basket.add(merged, it)
    _store(merged)
    st.session_state["briefing_load_problems"] = problems


def basket_panel(ds: Dataset, banner: str | None) -> None:
    """The sidebar section: the items in order with up / down / remove, and the builds."""
    current = items()
    with st.sidebar.expander(f"Briefing ({len(current)} item{'s' * (len(current) != 1)})", expanded=False):
        if not current:
            st.caption("Empty. 'Add to briefing' under a chart or a table keeps it here across pages.")
        for n, it in enumerate(current):
            st.markdown(f"**{n + 1}** · {md_escape(it.title)} · *{md_escape(it.page)}*")
            cols = st.columns(3)
            cols[0].button("↑", key=f"bk_up_{it.key}", on_click=lambda k=it.key: _store(basket.move(items(), k, -1)),
                           disabled=n == 0, help="Move up")
            cols[1].button("↓", key=f"bk_down_{it.key}", on_click=lambda k=it.key: _store(basket.move(items(), k, 1)),
                           disabled=n == len(current) - 1, help="Move down")
            cols[2].button("✕", key=f"bk_rm_{it.key}", on_click=lambda k=it.key: _store(basket.remove(items(), k)),
                           help="Remove")
        st.session_state.setdefault(K_TITLE, "Briefing")
        title = st.text_input("Deck title", key=K_TITLE, max_chars=120) or "Briefing"
        stem = f"fasail_briefing_{dt.date.today():%Y%m%d}"
        subtitle = f"{len(current)} items from {len({i.page for i in current})} page(s)"
        if current:
            st.download_button("Build the deck (.pptx)", guard("The deck", lambda: _deck().build_briefing_pack(
                ds, basket.slides(current), title, subtitle, banner)), file_name=f"{stem}.pptx", mime=PPTX_MIME,
                key="bk_pptx", on_click="ignore", type="primary")
            st.download_button("Build the PDF", guard("The PDF", lambda: _deck().build_briefing_pdf(
                ds, basket.slides(current), title, subtitle, banner)),
                               file_name=f"{stem}.pdf", mime="application/pdf", key="bk_pdf", on_click="ignore")
            st.download_button("Save the briefing (.json)", basket.to_json(current), file_name=f"{stem}.json",
                               mime="application/json", key="bk_json", on_click="ignore",
                               help="Load it again later (or in another session) to carry on.")
        st.file_uploader("Load a saved briefing", type=["json"], key=K_UPLOAD, on_change=_load)
        for p in st.session_state.get("briefing_load_problems", []):
            st.warning(f"Loaded with a problem: {md_escape(p)}")
