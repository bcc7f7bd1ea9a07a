"""Overview page body."""
from __future__ import annotations

import streamlit as st

from fasail.dataset import Dataset
from fasail.query import coverage

from .nav import PAGES

CITATION = ("Fasail dataset: Iran-aligned armed factions in Iraq, December 2019 – March 2026 "
            "(entities, relationships, events; version as of {latest}). Cite the underlying sources listed "
            "with each record as well as the dataset.")


def overview_view(ds: Dataset) -> None:
    c = coverage(ds)
    st.markdown("A curated, fully sourced dataset of the Iraqi *fasail* — Kata'ib Hezbollah, Asa'ib Ahl al-Haq, "
                "Harakat al-Nujaba, Kata'ib Sayyid al-Shuhada, Badr, the PMF, their front groups — and their patrons "
                "in the IRGC-Quds Force and Lebanese Hezbollah. Every event, tie and profile line cites its sources.")
    cols = st.columns(6)
    for col, (label, key) in zip(cols, [("Events", "events"), ("Factions & fronts", "factions"), ("People", "people"),
                                        ("Ties", "relationships"), ("Sources", "sources"), ("Entities", "entities")]):
        col.metric(label, c[key])
    st.markdown(f"**Events from** {c['first_event']} **to** {c['last_event']} · **latest source:** {c['latest_source']}")
    claims = ", ".join(f"{k}: {v}" for k, v in c["claim_status_counts"].items())
    st.caption(f"Claim status of events — {claims}. Claimed is not confirmed: each status follows from who says "
               "what about the event (its claims, attributions, confirmations and denials).")
    st.subheader("Where to start")
    st.page_link(PAGES["chronology"][0], label="1 · The Oct 2023 – Jan 2024 campaign, faction by faction (Chronology)",
                 query_params={"faction": ["kh", "nujaba"], "from": "2023-10-01", "to": "2024-02-29"})
    st.page_link(PAGES["network"][0], label="2 · The network in January 2020 vs March 2026: who was lost (Network)",
                 query_params={"asof": "2020-01-01", "compare": "2026-03-01"})
    st.page_link(PAGES["factions"][0], label="3 · Loyalists vs integrated: KH, Nujaba, AAH and Kata'ib al-Imam Ali (Factions)",
                 query_params={"faction": ["kh", "nujaba", "aah", "kia"]})
    st.page_link(PAGES["claims"][0], label="4 · Claims vs counted: the register against the Pentagon's count of "
                 "attacks, Oct 2023 – Feb 2024 (Claims vs evidence)")
    st.page_link(PAGES["map"][0], label="5 · Where the campaign's attacks fell: bases in Iraq and Syria (Map)")
    st.page_link(PAGES["designations"][0], label="6 · Which factions the US listed as FTOs, and when (Designations)",
                 query_params={"issuer": "US State Department", "dtype": "FTO"})
    st.subheader("How to cite")
    st.code(CITATION.format(latest=c["latest_source"]), language=None, wrap_lines=True)
    st.caption("Each record lists its own sources (title, publisher, date, link or seed file) on the Sources & method page.")
