"""Sources & method page body."""
from __future__ import annotations

from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st

from fasail.dataset import DEFAULT_DATA_DIR, Dataset
from fasail.formats import EXPORTS, export_zip
from fasail.query import records_citing, source_citation_counts, sources_for

from .export import guard
from .text import md_escape


def sources_view(ds: Dataset) -> None:
    counts = source_citation_counts(ds)
    table = ds.sources.assign(cited_by=counts.values)
    query = st.text_input("Search sources (title, publisher, URL)", key="src_search")
    if query:
        q = query.lower()
        hay = (table["title"] + " " + table["publisher"] + " " + table["url"] + " " + table["seed_file"]).str.lower()
        table = table[hay.str.contains(q, regex=False)]
    show = pd.DataFrame({
        "source_id": table["source_id"], "title": table["title"], "publisher": table["publisher"],
        "published": table["published"].dt.strftime("%Y-%m-%d").fillna(""), "kind": table["kind"].astype(str),
        "reliability": table["reliability"].astype(str).replace({"nan": ""}),
        "original outlet": table["original_publisher"],
        "title reconstructed": table["title_reconstructed"], "cited by (records)": table["cited_by"],
        "link": table["url"].where(table["url"] != "", None), "seed file": table["seed_file"],
    })
    st.caption(f"{len(show)} of {len(ds.sources)} sources. Select one to see every record that cites it.")
    state = st.dataframe(show, hide_index=True, width="stretch", key="src_table", on_select="rerun",
                         selection_mode="single-row",
                         column_config={"link": st.column_config.LinkColumn("link", display_text="open")})
    rows = state.selection.rows if state is not None and hasattr(state, "selection") else []
    if rows:
        sid = show.iloc[rows[0]]["source_id"]
        st.markdown(f"**Records citing `{sid}`**")
        st.dataframe(records_citing(ds, sid), hide_index=True, width="stretch")


def exports_view(ds: Dataset) -> None:
    """Every interchange format (fasail.formats.EXPORTS) as a .zip download, built when clicked."""
    st.markdown("The whole dataset in the formats other tools read. The same files come from "
                "`python -m fasail export --format FORMAT OUT` and, in a notebook, `fasail.export_dataset`.")
    for fmt, (what, _) in EXPORTS.items():
        st.download_button(f"{fmt.upper()}: {what} (.zip)", guard(f"The {fmt.upper()} export", partial(export_zip, ds, fmt)),
                           file_name=f"fasail_{fmt}.zip", mime="application/zip", key=f"export_{fmt}",
                           on_click="ignore")


def disagreements_view(ds: Dataset) -> None:
    st.caption("Where sources disagree we keep both versions; the data marks such records `disputed` or notes it.")
    for r in ds.disagreements.itertuples(index=False):
        with st.expander(md_escape(r.topic, 200)):
            for version in r.versions.split(" | "):
                st.markdown(f"- {md_escape(version)}")
            if r.record_ids:
                st.caption("Records: " + md_escape(", ".join(r.record_ids)))
            srcs = sources_for(ds, r.source_ids)
            st.caption("Sources: " + md_escape("; ".join(f"{t} ({p})" for t, p in zip(srcs["title"], srcs["publisher"]))))


def codebook_view(path: Path | None = None) -> None:
    readme = (path or DEFAULT_DATA_DIR) / "README.md"
    if readme.exists():
        st.markdown(readme.read_text(encoding="utf-8"))
    else:
        st.warning("The codebook (data/README.md) is missing.")
