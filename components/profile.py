"""Factions page: landing list, one faction's profile, 2-4 factions compared.

Every line shows source markers [n]; the Sources section lists them numbered.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from fasail.assertions import claim_record
from fasail.citations import SourceNumbers
from fasail.controls import window_words
from fasail.vocab import label_of
from fasail.dataset import Dataset
from fasail.profile_text import arabic_block, heading, source_entry, source_markers
from fasail.dates import format_date
from fasail.escape import md_link
from fasail.links import chronology_on, network_on, view_query, view_url
from fasail.deck import chronology_facts
from fasail.figures.chronology import chronology_figure
from fasail.figures.common import file_stem, source_line
from fasail.figures.posture import posture_figure
from fasail.figures.profile_card import card_pdf, card_png, profile_card_figure
from fasail.profile import (Comparison, Profile, compare_title, comparison, founding_versions, key_facts,
                            network_items, profile_bundle, source_uses, with_items)
from fasail.query import faction_ids

from .charts import show_chart
from .export import guard
from .nav import PAGES, page_link
from .state import control_context
from .data import data_key
from .network_canvas import network_canvas
from .text import md_escape as _md
from .export import ChartSlide, briefing_pack_button, export_settings, kaleido_server
from .filters import Filters, page_controls

FACTIONS_PAGE = PAGES["factions"][0]
MAX_COMPARE = 4


@st.cache_data(show_spinner="Assembling the profile…")
def _bundle(data_key: str, entity_id: str, fold: bool, _ds: Dataset) -> Profile:
    return profile_bundle(_ds, entity_id, fold)


def _marks(p, ids) -> str:
    """Markers as Markdown, each linking to its source when it has a URL."""
    src = p.sources.set_index("source_id")
    return source_markers([(p.source_number(s), str(src.at[s, "url"])) for s in dict.fromkeys(ids) if s in src.index])


def _line(p, label: str, text: str, ids, confidence: str = "") -> str:
    conf = f" · *{confidence} confidence*" if confidence else ""
    return f"- **{_md(label)}:** {_md(text)}{conf} {_marks(p, ids)}"


def _profile_link(p: Profile, entity_id: str, label: str) -> None:
    if entity_id in p.profilable:
        st.page_link(FACTIONS_PAGE, label=f"→ profile of {label}", query_params={"faction": entity_id})


# ---------------------------------------------------------------- landing
def landing_view(ds: Dataset) -> None:
    st.markdown("Pick a faction in the sidebar (any spelling or Arabic), or open one below. "
                "Pick two to four to compare them on one time axis.")
    st.page_link(FACTIONS_PAGE, label="Compare: loyalists vs integrated — KH, Nujaba, AAH and Kata'ib al-Imam Ali",
                 query_params={"faction": ["kh", "nujaba", "aah", "kia"]})
    ent = ds.entities.set_index("entity_id")
    n_events = ds.event_actors.groupby("entity_id")["event_id"].nunique()
    n_post = ds.postures.groupby("entity_id").size()
    cols = st.columns(3)
    for i, eid in enumerate(faction_ids(ds)):
        r = ent.loc[eid]
        with cols[i % 3]:
            st.page_link(FACTIONS_PAGE, label=f"{r['name']}", query_params={"faction": eid})
            st.caption(f"{label_of(r['type'])} · {int(n_events.get(eid, 0))} events · "
                       f"{int(n_post.get(eid, 0))} posture periods")


# ---------------------------------------------------------------- profile
def _header(p: Profile) -> None:
    items = p.items[p.items["section"] == "header"]
    ent_ids = p.entity["source_ids"]
    st.markdown(heading(p.name, _marks(p, ent_ids)), unsafe_allow_html=True)
    if p.entity["name_ar"]:
        st.markdown(arabic_block(p.entity["name_ar"]), unsafe_allow_html=True)
        st.caption(f"Arabic name as the sources give it {_marks(p, ent_ids)}")
    lines = [_line(p, "Type", p.type_label, ent_ids)]
    for r in items[items["label"] == "status"].itertuples(index=False):
        lines.append(_line(p, "Status", r.text, r.source_ids))
    found = founding_versions(p)
    if len(found) == 1:
        lines.append(_line(p, "Founded", found.iloc[0]["text"], found.iloc[0]["source_ids"]))
    elif len(found) > 1:
        lines.append(f"- **Founding — the sources disagree ({len(found)} versions):**")
        lines += ["    " + _line(p, "version", r.text, r.source_ids) for r in found.itertuples(index=False)]
    if p.aliases:
        lines.append(_line(p, "Also written", "; ".join(p.aliases), ent_ids))
    upd = p.updated
    if upd is not None:
        lines.append(_line(p, "Last updated", f"{format_date(upd, 'day')} (latest source used on this page)",
                           p.updated_source_ids))
    st.markdown("\n".join(lines))
    for r in items[items["label"].isin(["summary", "description"])].head(1).itertuples(index=False):
        st.markdown(f"{_md(r.text)} {_marks(p, r.source_ids)}")
    if len(p.names):
        with st.expander(f"Names, typed and sourced ({len(p.names)})"):
            st.markdown("\n".join(f"- {_md(r.alias)} · {_md(label_of(r.kind))}, {_md(r.language)} "
                                   f"{_marks(p, r.source_ids)}" + (f" · *{_md(r.note)}*" if r.note else "")
                                   for r in p.names.itertuples(index=False)))
    for r in p.disagreements.itertuples(index=False):
        with st.expander(f"Sources disagree: {_md(r.topic)}"):
            st.markdown("\n".join(f"- {_md(v)}" for v in r.versions.split(" | ")) + f"\n\n{_marks(p, r.source_ids)}")


def _ties_list(p: Profile, df: pd.DataFrame, label: str, none_text: str | None) -> None:
    if df.empty:
        if none_text:
            st.markdown(f"- **{label}:** {none_text}")
        return
    for r in df.itertuples(index=False):
        st.markdown(_line(p, label, f"{r.other} ({r.span})", r.source_ids, str(r.confidence)))
        _profile_link(p, r.other_id, r.other)


def _organisation(ds: Dataset, p: Profile) -> None:
    st.subheader("Organisation")
    ctx = control_context(ds)
    if p.leaders.empty:
        st.markdown("- **Leaders:** none recorded in the sources")
    else:
        st.markdown("**Leaders over time**")
        st.dataframe(pd.DataFrame({
            "leader": p.leaders["other"], "span": p.leaders["span"],
            "status": [("led (ended)" if s == "ended" else "leads") + (f" · {e}" if e else "")
                       for s, e in zip(p.leaders["status"], p.leaders["leader_ended"])],
            "confidence": p.leaders["confidence"].astype(str), "note": p.leaders["note"],
            "sources": [p.markers(ids) for ids in p.leaders["source_ids"]],
            "network": [view_url("network", network_on(ctx, s, p.entity_id)) for s in p.leaders["start"]]}),
            hide_index=True, width="stretch",
            column_config={"network": st.column_config.LinkColumn(
                "network", display_text="open", help="The network as of the tie's start (or the earliest date the "
                                                     "network view covers), focused on this faction")})
    items = p.items[p.items["section"] == "organisation"]
    brig = items[items["label"] == "PMF brigade"]
    if len(brig):
        st.markdown("\n".join(_line(p, "PMF brigade", r.text, r.source_ids) for r in brig.itertuples(index=False)))
    _ties_list(p, p.political_wing, "Political wing", "none recorded in the sources")
    seats = items[items["label"] == "seats"]
    if len(seats):
        st.markdown("\n".join("    " + _line(p, "Seats", r.text, r.source_ids) for r in seats.itertuples(index=False)))
    _ties_list(p, p.patrons, "Patron / coordinator", "none recorded in the sources")
    _ties_list(p, p.fronts, "Front group", None)
    _ties_list(p, p.fronts_for, "Front for", None)
    _ties_list(p, p.splinters[p.splinters["direction"] == "in"], "Splinter", None)
    _ties_list(p, p.splinters[p.splinters["direction"] == "out"], "Split from", None)
    other = items[items["label"].isin(["origin", "size", "note"])]
    if len(other):
        with st.expander(f"Other sourced notes ({len(other)})"):
            st.markdown("\n".join(_line(p, r.label, r.text, r.source_ids) for r in other.itertuples(index=False)))
    ties = p.other_ties
    if len(ties):
        with st.expander(f"Other ties ({len(ties)})"):
            st.dataframe(pd.DataFrame({
                "tie": [f"{'→' if d == 'out' else '←'} {label_of(t)}" for t, d in zip(ties["rel_type"], ties["direction"])],
                "other": ties["other"], "span": ties["span"], "confidence": ties["confidence"].astype(str),
                "note": ties["note"], "sources": [p.markers(ids) for ids in ties["source_ids"]],
                "network": [view_url("network", network_on(ctx, s, p.entity_id)) for s in ties["start"]]}),
                hide_index=True, width="stretch",
                column_config={"network": st.column_config.LinkColumn(
                "network", display_text="open", help="The network as of the tie's start (or the earliest date the "
                                                     "network view covers), focused on this faction")})


def _designations(ds: Dataset, p: Profile) -> None:
    st.subheader("Designations")
    if p.designations.empty:
        st.markdown("None recorded in the sources.")
        return
    d = p.designations
    st.dataframe(pd.DataFrame({"date": d["date_label"].replace("", "date not given"), "authority": d["authority"],
                               "type": d["designation_type"].astype(str), "legal basis": d["legal_basis"],
                               "delisted": [format_date(x, str(p_)) for x, p_ in zip(d["delisted"], d["delisted_precision"])],
                               "note": d["note"],
                               "sources": [p.markers(ids) for ids in d["source_ids"]]}),
                 hide_index=True, width="stretch")
    st.caption("Dated designations are also marked (◆) on the posture chart.")
    page_link("designations", f"Every listing of {p.name} and its people, beside the other factions' (Designations)",
              view_query("designations", control_context(ds), faction=(p.entity_id,)))


def _posture(ds: Dataset, p: Profile) -> object:
    st.subheader("Posture over time")
    ids = [s for ids in p.postures["source_ids"] for s in ids] + [s for ids in p.designations["source_ids"] for s in ids]
    fig = posture_figure(ds, [p.entity_id], f"{p.name}: posture over time",
                         "dated posture periods as the sources describe them · ◆ = designation",
                         source_line(ds, len(p.postures), "posture periods", ids), banner=export_settings().banner)
    show_chart(fig, "prof_posture", facts=lambda: key_facts(p))
    if len(p.postures):
        po = p.postures
        st.dataframe(pd.DataFrame({"posture": po["posture"].astype(str).map(label_of).astype(str), "period": po["span"],
                                   "confidence": po["confidence"].astype(str), "evidence": po["evidence"],
                                   "sources": [p.markers(ids) for ids in po["source_ids"]]}),
                     hide_index=True, width="stretch")
    return fig


def _events(ds: Dataset, p: Profile) -> None:
    st.subheader("Key events")
    ev = p.events
    if ev.empty:
        st.markdown("No events in the dataset involve this faction.")
        return
    ctx = control_context(ds)
    st.markdown("**Five key events**\n" + "\n".join(
        f"- {r.date_label} · **{_md(r.title)}** · *{r.claim_status}* · {_md(r.role)} {_marks(p, r.source_ids)} · "
        + md_link("on the timeline", view_url("chronology", chronology_on(ctx, r.date, r.date_precision,
                                                                           (p.entity_id,))))
        for r in p.key_events.itertuples(index=False)))
    ids = [s for x in ev["source_ids"] for s in x]
    fig = chronology_figure(ds, ev, f"{p.name}: events in the dataset",
                            f"{len(ev)} events · {ev['date_label'].iloc[0]} – {ev['date_label'].iloc[-1]} · "
                            "marker shape = claim status", source_line(ds, len(ev), "events", ids),
                            lanes_by="event_type", colour_by="event_type", show_phases=False)
    show_chart(fig, "prof_events", facts=lambda: chronology_facts(ds, ev))
    st.dataframe(pd.DataFrame({"date": ev["date_label"], "title": ev["title"],
                               "type": ev["event_type"].astype(str).map(label_of).astype(str),
                               "claim status": ev["claim_status"].astype(str), "role": ev["role"],
                               "role confidence": ev["role_confidence"],
                               "sources": [p.markers(x) for x in ev["source_ids"]],
                               "timeline": [view_url("chronology", chronology_on(ctx, d, pr, (p.entity_id,)))
                                            for d, pr in zip(ev["date"], ev["date_precision"])]}),
                 hide_index=True, width="stretch",
                 column_config={"timeline": st.column_config.LinkColumn("timeline", display_text="open")})
    st.page_link(PAGES["chronology"][0], label=f"Open {p.name}'s events in the Chronology",
                 query_params={"faction": p.entity_id, "from": ev["date"].min().date().isoformat()})


def _network(ds: Dataset, p: Profile, f: Filters, net: pd.DataFrame) -> None:
    st.subheader("Network neighbourhood")
    c1, c2 = st.columns([1, 3])
    when = page_controls(ds, f, ["netdate"], container=c1)["netdate"]
    c2.caption(f"Ties active on {format_date(pd.Timestamp(when), 'day')} within one step of {p.name}, "
               "and the ties among those neighbours.")
    if net.empty:
        st.markdown("No ties are recorded as active on that date.")
        return
    try:
        from fasail.network import edge_table, ego_network, graph_as_of, layout_positions
        from fasail.network_html import STATIC_ASSET_BASE, network_html
        g = ego_network(graph_as_of(ds, pd.Timestamp(when)), p.entity_id, 1)
        title = f"{p.name}: ties on {format_date(pd.Timestamp(when), 'day')}"
        src = source_line(ds, g.number_of_edges(), "ties", [s for x in edge_table(g)["source_ids"] for s in x])
        network_canvas(network_html(g, layout_positions(g), title, "depth 1 (direct ties and the ties among them)",
                                    src, height=460, file_stem=file_stem(title), asset_base=STATIC_ASSET_BASE),
                       height=610, key=f"profile_net_{p.entity_id}")
    except ImportError:
        pass
    st.dataframe(pd.DataFrame({"tie": net["label"], "between": net["text"], "confidence": net["confidence"],
                               "sources": [p.markers(x) for x in net["source_ids"]]}), hide_index=True, width="stretch")


def _what_is_said(ds: Dataset, p: Profile, f: Filters) -> None:
    st.subheader("Who says what about it")
    rec = claim_record(ds, p.entity_id, pd.Timestamp(f.start), pd.Timestamp(f.end))
    window = window_words(f.start, f.end)
    st.markdown(f"**{window}:** claimed **{len(rec['claimed'])}** event(s) itself or under its name, "
                f"**{len(rec['claimed_confirmed'])}** of them confirmed by someone else; "
                f"**{len(rec['attributed'])}** attributed to it by others (governments, officials, outlets). "
                "The sidebar dates set the period.")
    if p.judgments.empty:
        st.markdown("No judgments about it are recorded.")
        return
    st.markdown("**What is said about it, and by whom**")
    lines = []
    for r in p.judgments.itertuples(index=False):
        quote = f" — “{_md(r.quote)}”" if r.quote else ""
        role = f" ({_md(r.speaker_role)})" if r.speaker_role else ""
        lines.append(f"- **{_md(r.speaker)}**{role}, {format_date(r.date, str(r.date_precision))}, "
                     f"on {_md(label_of(r.topic))}: {_md(r.summary)}{quote} · *{r.confidence} confidence* "
                     f"{_marks(p, r.source_ids)}")
    st.markdown("\n".join(lines))


def _sources(p: Profile) -> None:
    st.subheader("Sources")
    cites = dict(SourceNumbers.from_table(p.sources).citations())
    lines = [source_entry(r.number, cites[r.number], r.used_for) for r in source_uses(p).itertuples(index=False)]
    st.markdown("\n".join(lines), unsafe_allow_html=True)


def _exports(ds: Dataset, p: Profile, posture_fig) -> None:
    kaleido_server()
    banner = export_settings().banner
    stem = file_stem(f"profile card {p.name}")
    c1, c2, c3 = st.columns(3)
    with c1:
        st.download_button("Profile card (PNG)", guard("The profile card", lambda: card_png(profile_card_figure(ds, p, banner))),
                           file_name=f"{stem}.png", mime="image/png", key="prof_card_png", on_click="ignore")
    with c2:
        st.download_button("Profile card (PDF)", guard("The profile card", lambda: card_pdf(profile_card_figure(ds, p, banner))),
                           file_name=f"{stem}.pdf", mime="application/pdf", key="prof_card_pdf", on_click="ignore")
    with c3:
        briefing_pack_button(ds, [ChartSlide(posture_fig, key_facts(p))], f"Profile · {p.name}",
                             f"Faction: {p.name}", key="prof_pack")


def profile_view(ds: Dataset, entity_id: str, f: Filters) -> None:
    base = _bundle(data_key(), entity_id, f.fold_fronts, ds)
    when = f.get("netdate")
    net = network_items(ds, entity_id, pd.Timestamp(when))
    p = with_items(ds, base, net)
    _header(p)
    _organisation(ds, p)
    _designations(ds, p)
    posture_fig = _posture(ds, p)
    _events(ds, p)
    _network(ds, p, f, net)
    _what_is_said(ds, p, f)
    _sources(p)
    st.subheader("Export")
    _exports(ds, p, posture_fig)


# ---------------------------------------------------------------- compare
def compare_view(ds: Dataset, ids: list[str], f: Filters) -> None:
    c: Comparison = comparison(ds, ids, pd.Timestamp(f.start), pd.Timestamp(f.end), f.fold_fronts)
    names = [p.name for p in c.profiles]
    title = f.describe(ds)
    as_of = ds.latest_source_date or pd.Timestamp(f.end)
    chart_title, _ = compare_title(ds, ids, f.start, min(pd.Timestamp(f.end), as_of))
    post_ids = [s for p in c.profiles for x in list(p.postures["source_ids"]) + list(p.designations["source_ids"]) for s in x]
    fig = posture_figure(ds, ids, chart_title,
                         "dated posture periods · ◆ = designation · shaded = phases the sources describe",
                         source_line(ds, sum(len(p.postures) for p in c.profiles), "posture periods", post_ids),
                         start=f.start, end=f.end, show_phases=True, banner=export_settings().banner)
    show_chart(fig, "cmp_posture")
    m = c.sources.markers
    st.subheader("Events by year and type")
    if c.event_counts.empty:
        st.markdown("No events in this window.")
    else:
        counts = c.event_counts.pivot_table(index=["faction", "year"], columns="event_type", values="events",
                                            aggfunc="sum", fill_value=0)
        counts.columns = [label_of(x) for x in counts.columns]
        st.dataframe(counts.reset_index(), hide_index=True, width="stretch")
        st.caption("Counts of events in the dataset involving each faction in any role; each event's sources are in "
                   "the Chronology.")
        st.page_link(PAGES["chronology"][0], label="Open these factions' events in the Chronology",
                     query_params={"faction": ids, "from": f.start.isoformat(), "to": f.end.isoformat()})
    st.subheader("Designations")
    d = c.designations
    st.dataframe(pd.DataFrame({"faction": d["faction"], "date": d["date_label"].replace("", "date not given"),
                               "authority": d["authority"], "type": d["designation_type"].astype(str),
                               "sources": [m(x) for x in d["source_ids"]]}), hide_index=True, width="stretch")
    st.subheader("Leaders")
    lead = c.leaders
    st.dataframe(pd.DataFrame({"faction": lead["faction"], "leader": lead["other"], "span": lead["span"],
                               "status": [("led (ended)" if s == "ended" else "leads") + (f" · {e}" if e else "")
                                          for s, e in zip(lead["status"], lead["leader_ended"])],
                               "confidence": lead["confidence"].astype(str),
                               "sources": [m(x) for x in lead["source_ids"]]}), hide_index=True, width="stretch")
    st.subheader("Open a profile")
    cols = st.columns(len(ids))
    for col, eid, name in zip(cols, ids, names):
        col.page_link(FACTIONS_PAGE, label=name, query_params={"faction": eid})
    st.subheader("Sources")
    st.markdown("\n".join(f"{n}. {cit.markdown()}" for n, cit in c.sources.citations()))
    facts = [(f"{p.name}: " + "; ".join(t for t, _ in key_facts(p, 2)), tuple(s for _, ids in key_facts(p, 2) for s in ids))
             for p in c.profiles][:5]
    briefing_pack_button(ds, [ChartSlide(fig, facts)], f"Compare · {title}", title, key="cmp_pack")
