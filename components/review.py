"""Add an article: paste or upload it, review the candidate records, write the accepted ones.

Nothing reaches data/ without the analyst's explicit accept and the final write; the write is
validated with the whole dataset, atomic and logged (fasail.writer), and the last one can be undone.
"""
from __future__ import annotations

import getpass

import pandas as pd
import streamlit as st

from fasail.dataset import Dataset
from fasail.dates import parse_partial
from fasail.escape import md_escape
from fasail.ingest import (ArticleMeta, Decision, IngestError, assertion_label, candidate_label, extract,
                           highlight_html, possible_duplicates, read_article, review_batch)
from fasail.schema import CONFIDENCE, EVENT_TYPES, JUDGMENT_TOPICS, SOURCE_KINDS
from fasail.vocab import label_of
from fasail.writer import WriteError, append_records, history, undo_last

from .data import data_dir

K_EXTRACTION, K_META, K_DECISIONS, K_RESULT = "ing_extraction", "ing_meta", "ing_decisions", "ing_result"
K_TIES, K_JUDGMENTS = "ing_tie_decisions", "ing_judgment_decisions"
MAX_UPLOAD_MB = 5


def _names(ds: Dataset) -> dict[str, str]:
    return dict(zip(ds.entities["entity_id"], ds.entities["name"]))


def article_form(ds: Dataset) -> None:
    """Step 1: the article and what the analyst knows about it."""
    with st.form("ing_article"):
        st.markdown("**1 · The article**")
        text = st.text_area("Paste the article's text", height=200, key="ing_text",
                            placeholder="Paste the text here, or upload a .txt, .html or .pdf file below.")
        upload = st.file_uploader("…or upload a file", type=["txt", "html", "htm", "pdf"], key="ing_file",
                                  help=f"Up to {MAX_UPLOAD_MB} MB. HTML: the main text is extracted; PDF: its text layer.")
        c1, c2, c3 = st.columns(3)
        title = c1.text_input("Title", key="ing_title")
        publisher = c2.text_input("Publisher", key="ing_publisher")
        published = c3.text_input("Published (YYYY-MM-DD, YYYY-MM or YYYY)", key="ing_published")
        c4, c5, c6 = st.columns(3)
        url = c4.text_input("URL (or leave empty for a file)", key="ing_url")
        kind = c5.selectbox("Kind of source", SOURCE_KINDS, index=SOURCE_KINDS.index("news"), key="ing_kind")
        language = c6.selectbox("Language", ["en", "ar"], key="ing_language")
        submitted = st.form_submit_button("Find candidate records", type="primary")
    if not submitted:
        return
    st.session_state.pop(K_RESULT, None)
    try:
        if upload is not None:
            text = read_article(upload.name, upload.getvalue(), max_bytes=MAX_UPLOAD_MB * 1_000_000)
        elif not text.strip():
            raise IngestError("Paste the article's text or upload a file first.")
        when = parse_partial(published.strip()) if published.strip() else None
        if when is None:
            raise IngestError("Published: give the article's date (YYYY-MM-DD, YYYY-MM or YYYY); relative dates "
                              "in the text are resolved against it.")
        meta = ArticleMeta(title=title.strip(), publisher=publisher.strip(), published=published.strip(),
                           url=url.strip(), file_name=upload.name if upload is not None and not url.strip() else "",
                           kind=kind, language=language)
        extraction = extract(text, when.date(), ds, language=language)
    except IngestError as err:
        st.session_state.pop(K_EXTRACTION, None)
        st.error(md_escape(str(err), 400), icon="⚠️")
        return
    st.session_state[K_EXTRACTION] = extraction
    st.session_state[K_META] = meta
    for key in (K_DECISIONS, K_TIES, K_JUDGMENTS):
        st.session_state[key] = {}


def extraction_view(ds: Dataset) -> None:
    """Step 2: the text with its names marked, and one card per candidate."""
    ex = st.session_state.get(K_EXTRACTION)
    if ex is None:
        return
    names = _names(ds)
    for message in ex.messages:
        st.info(md_escape(message, 400))
    with st.expander(f"The text, {len(ex.mentions)} name(s) found (marked), {len(ex.dates)} date(s)", expanded=False):
        # highlight_html escapes every piece of the article's text (tested in tests/test_ingest.py).
        st.markdown(f"<div class='fasail-article' dir='auto'>{highlight_html(ex.text, ex.mentions, names)}</div>",
                    unsafe_allow_html=True)
    st.markdown(f"**2 · {len(ex.candidates)} candidate record(s)** — accept, reject, or cite the article for an "
                "existing record. Write the title and summary in your own words.")
    decisions: dict[int, Decision] = st.session_state.setdefault(K_DECISIONS, {})
    for i, c in enumerate(ex.candidates):
        _candidate_card(ds, i, c, names, decisions)
    if ex.ties:
        st.markdown(f"**{len(ex.ties)} tie(s) the article states** — accepted ties are recorded as attested on "
                    "the article's date, in its own voice.")
        ties = st.session_state.setdefault(K_TIES, {})
        for i, t in enumerate(ex.ties):
            label = (f"{'/'.join(names.get(x, x) for x in t.from_ids)} — {label_of(t.rel_type)} → "
                     f"{'/'.join(names.get(x, x) for x in t.to_ids)}")
            _small_card(f"Tie {i + 1} · {label}", t.sentence, f"tie_{i}", ties, i, lambda key: {
                "confidence": st.radio("Confidence", CONFIDENCE, index=CONFIDENCE.index("medium"), horizontal=True,
                                       key=key + "_cf"),
                **_ambiguous_end("from", t.from_ids, names, key), **_ambiguous_end("to", t.to_ids, names, key)})
    if ex.judgments:
        st.markdown(f"**{len(ex.judgments)} judgment(s)** — sentences where someone assesses a known actor; write "
                    "the judgment in your own words and pick its topic.")
        judged = st.session_state.setdefault(K_JUDGMENTS, {})
        for i, j in enumerate(ex.judgments):
            about = ", ".join(names.get(x, x) for x in j.about_ids)
            _small_card(f"Judgment {i + 1} · {j.speaker or 'the article'} on {about}", j.sentence, f"jd_{i}", judged, i,
                        lambda key, j=j: {
                            "speaker": st.text_input("Speaker (as the text names them)", value=j.speaker, key=key + "_sp"),
                            "summary": st.text_area("The judgment, in your words", key=key + "_su", height=70),
                            "topic": st.selectbox("Topic", JUDGMENT_TOPICS, format_func=label_of, key=key + "_tp"),
                            "about_ids": st.multiselect("About", list(j.about_ids), default=list(j.about_ids),
                                                        format_func=lambda e: names.get(e, e), key=key + "_ab"),
                            "confidence": st.radio("Confidence", CONFIDENCE, index=CONFIDENCE.index("medium"),
                                                   horizontal=True, key=key + "_cf")})


def _ambiguous_end(end: str, ids: tuple[str, ...], names: dict[str, str], key: str) -> dict:
    if len(ids) < 2:
        return {}
    return {f"{end}_id": st.selectbox(f"Which one ({end})?", list(ids), format_func=lambda e: names.get(e, e),
                                      key=f"{key}_{end}")}


def _small_card(heading: str, sentence: str, key: str, decisions: dict, i: int, fields) -> None:
    """A tie or judgment: its sentence, its review fields (`fields(key)` draws them), accept or reject."""
    decided = decisions.get(i)
    mark = {"accept": "✅ accepted", "reject": "✖ rejected"}.get(decided.action if decided else "", "to review")
    with st.expander(f"{md_escape(heading)} · {mark}", expanded=False):
        st.markdown(f"> {md_escape(sentence, 1200)}")
        review = fields(f"ing_{key}")
        b1, b2 = st.columns(2)
        if b1.button("Accept", key=f"ing_{key}_ok", type="primary"):
            decisions[i] = Decision("accept", review=review)
            st.rerun()
        if b2.button("Reject", key=f"ing_{key}_no"):
            decisions[i] = Decision("reject")
            st.rerun()


def _candidate_card(ds: Dataset, i: int, c, names: dict[str, str], decisions: dict) -> None:
    decided = decisions.get(i)
    mark = {"accept": "✅ accepted", "reject": "✖ rejected", "add_source": "➕ source added to existing"}.get(
        decided.action if decided else "", "to review")
    with st.expander(f"Candidate {i + 1} · {md_escape(candidate_label(c, names))} · {mark}", expanded=decided is None):
        st.markdown(f"> {md_escape(c.sentence, 1200)}")
        st.caption(md_escape(f"Date from '{c.date_phrase.text}' → {c.date} ({c.date_precision})"
                             + (f"; {c.date_phrase.note}" if c.date_phrase.note else "")))
        dups = possible_duplicates(c, ds)
        existing = None
        if dups:
            st.warning("Possible duplicate: " + "; ".join(md_escape(f"{eid} ({why})") for eid, _, why in dups[:3]),
                       icon="🔁")
            existing = st.selectbox("Add this source to an existing record instead", [None] + [d[0] for d in dups[:3]],
                                    format_func=lambda e: "no, it is a new event" if e is None else e, key=f"ing_dup_{i}")
        ambiguous = [a for a in c.actors if len(a.entity_ids) > 1]
        choices = {}
        for a in ambiguous:
            choices[a.text] = st.selectbox(f"Who is '{md_escape(a.text)}'?", list(a.entity_ids),
                                           format_func=lambda e: names.get(e, e), key=f"ing_amb_{i}_{a.start}")
        c1, c2 = st.columns([2, 1])
        title = c1.text_input("Title (your words)", key=f"ing_t_{i}")
        etype = c2.selectbox("Event type", EVENT_TYPES,
                             index=EVENT_TYPES.index(c.event_type) if c.event_type in EVENT_TYPES else 0, key=f"ing_et_{i}")
        summary = st.text_area("Summary (your words, one to three sentences)", key=f"ing_s_{i}", height=80)
        labels = [assertion_label(p, names) for p in c.assertions]
        picked = st.multiselect("Who says what (proposed from the wording)", list(range(len(labels))),
                                default=list(range(len(labels))), format_func=lambda k: labels[k], key=f"ing_as_{i}")
        confidence = st.radio("Confidence", CONFIDENCE, index=CONFIDENCE.index("medium"), horizontal=True,
                              key=f"ing_cf_{i}")
        b1, b2 = st.columns(2)
        if b1.button("Accept", key=f"ing_ok_{i}", type="primary"):
            if existing:
                decisions[i] = Decision("add_source", existing_event=existing)
            else:
                decisions[i] = Decision("accept", review={"title": title, "summary": summary, "event_type": etype,
                                                          "assertions": picked, "confidence": confidence,
                                                          "choices": choices})
            st.rerun()
        if b2.button("Reject", key=f"ing_no_{i}"):
            decisions[i] = Decision("reject")
            st.rerun()


def write_panel(ds: Dataset) -> None:
    """Step 3: write the accepted records (validated with the whole dataset, atomic, logged); undo."""
    ex, meta = st.session_state.get(K_EXTRACTION), st.session_state.get(K_META)
    decisions = st.session_state.get(K_DECISIONS, {})
    ties, judged = st.session_state.get(K_TIES, {}), st.session_state.get(K_JUDGMENTS, {})
    result = st.session_state.get(K_RESULT)
    if result:
        (st.success if result[0] == "ok" else st.error)(md_escape(result[1], 1500))
    who = st.text_input("Your name (for the log)", value=getpass.getuser(), key="ing_who")
    c1, c2 = st.columns(2)
    accepted = [d for group in (decisions, ties, judged) for d in group.values() if d.action != "reject"]
    if ex is not None and c1.button(f"Write {len(accepted)} accepted record(s) to the data", type="primary",
                                    disabled=not accepted, key="ing_write"):
        try:
            new, updates = review_batch(meta, ds, ex.candidates, decisions, ex.ties, ties, ex.judgments, judged)
            receipt = append_records(data_dir(), new, updates, who=who or "analyst",
                                     what=f"ingest of '{meta.title}' ({meta.publisher})")
        except (IngestError, WriteError) as err:
            st.session_state[K_RESULT] = ("error", f"Nothing was written. {err}")
        else:
            added = sum(v.get("added", 0) for v in receipt.counts.values())
            st.session_state[K_RESULT] = ("ok", f"Written ({receipt.id}): {added} row(s) in "
                                                 f"{', '.join(receipt.files)}. The pages now show them.")
            for key in (K_EXTRACTION, K_DECISIONS, K_TIES, K_JUDGMENTS):
                st.session_state.pop(key, None)
        st.rerun()
    log = history(data_dir())
    if c2.button("Undo the last write", disabled=not log, key="ing_undo"):
        try:
            receipt = undo_last(data_dir(), who=who or "analyst")
        except WriteError as err:
            st.session_state[K_RESULT] = ("error", f"Nothing was undone. {err}")
        else:
            st.session_state[K_RESULT] = ("ok", f"Undone: {receipt.id} (files {', '.join(receipt.files)}).")
        st.rerun()
    if log:
        st.caption("The log of writes (data/.ingest/log.jsonl), newest first")
        st.dataframe(pd.DataFrame([{"when": e.get("when"), "who": e.get("who"), "action": e.get("action", "ingest"),
                                    "what": e.get("what", e.get("undoes", "")), "id": e.get("id")} for e in log]),
                     hide_index=True, width="stretch")
