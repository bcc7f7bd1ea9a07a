"""Citations, formatted once: one source line, one numbering scheme (page, card, deck).

A source's date is shown at its own precision ('Mar 2026', never '1 Mar 2026');
a mirror names its original outlet as the publisher records it; markers read
'[1][4]' everywhere, numbered in order of first citation.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from .dates import format_date

NO_DATE = "date not recorded"
# Best first: graded A..E; ungraded between C and D; copies (mirror, aggregator) after everything else.
_GRADE = {"A": 0, "B": 1, "C": 2, "": 3, "D": 4, "E": 5}
_COPY_KINDS = ("mirror", "aggregator")


def source_ranks(sources: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """source_id -> sort key, best source first (see best_first)."""
    grade = (sources["reliability"].astype(str).replace({"nan": "", "<NA>": ""}).tolist()
             if "reliability" in sources else [""] * len(sources))
    kind = sources["kind"].astype(str).tolist()
    return {sid: (int(k in _COPY_KINDS), _GRADE.get(g, 3))
            for sid, g, k in zip(sources["source_id"].tolist(), grade, kind)}


def best_first(ranks: dict[str, tuple[int, int]], source_ids) -> tuple[str, ...]:
    """The ids ordered best source first (stable: equals keep their order)."""
    if len(source_ids) < 2:
        return tuple(source_ids)
    return tuple(sorted(source_ids, key=lambda s: ranks.get(s, (1, 9))))


@dataclass(frozen=True)
class Citation:
    source_id: str
    title: str
    publisher: str
    date: str                 # at the source's precision, or NO_DATE
    kind: str
    url: str | None
    seed_file: str | None
    title_reconstructed: bool
    original_publisher: str | None = None   # for a mirror or aggregator: whose text it carries
    reliability: str | None = None

    @property
    def copy_of(self) -> str:
        return f" · copy of {self.original_publisher}" if self.original_publisher else ""

    @property
    def where(self) -> str:
        return self.url or f"seed file {self.seed_file}"

    def text(self, with_where: bool = True) -> str:
        """'Title — Publisher, 6 Mar 2026 · news · https://…' (plain text)."""
        flag = " · title reconstructed" if self.title_reconstructed else ""
        tail = f" · {self.where}" if with_where else ""
        return f"{self.title} — {self.publisher}, {self.date} · {self.kind}{self.copy_of}{flag}{tail}"

    def markdown(self) -> str:
        """The same line as Markdown: data escaped, a link for a URL, a code span for a seed file."""
        from .escape import md_code, md_escape, md_link
        where = md_link("link", self.url) if self.url else f"seed file {md_code(self.seed_file)}"
        flag = " · *title reconstructed*" if self.title_reconstructed else ""
        return (f"{md_escape(self.title)} — {md_escape(self.publisher)}, {self.date} · {self.kind}"
                f"{md_escape(self.copy_of)} · {where}{flag}")

    def short(self) -> str:
        """'Publisher, 6 Mar 2026: Title' for tooltips."""
        return f"{self.publisher}{', ' + self.date if self.date != NO_DATE else ''}: {self.title}"


def citation(row) -> Citation:
    """The citation of one sources-table row (a Series or itertuples row)."""
    get = row.get if hasattr(row, "get") else lambda k, d=None: getattr(row, k, d)
    published = get("published")
    date = format_date(published, str(get("published_precision"))) if published is not None and pd.notna(published) else ""
    return Citation(source_id=str(get("source_id")), title=str(get("title")), publisher=str(get("publisher")),
                    date=date or NO_DATE, kind=str(get("kind")), url=str(get("url") or "") or None,
                    seed_file=str(get("seed_file") or "") or None, title_reconstructed=bool(get("title_reconstructed")),
                    original_publisher=str(get("original_publisher") or "") or None,
                    reliability=str(get("reliability") or "") or None)


def citations(ds, source_ids: Iterable[str]) -> list[Citation]:
    """Citations for these ids, first-cited order, unknown ids skipped."""
    src = ds.sources.set_index("source_id", drop=False)
    return [citation(src.loc[s]) for s in dict.fromkeys(source_ids) if s in src.index]


class SourceNumbers:
    """Numbers sources 1, 2, … in order of first citation and writes '[1][4]' markers."""

    def __init__(self, ds, source_ids: Iterable[str]):
        src = ds.sources.set_index("source_id")
        ids = [s for s in dict.fromkeys(source_ids) if s in src.index]
        self.table = src.loc[ids].reset_index()
        self._number = {s: i for i, s in enumerate(ids, start=1)}

    @classmethod
    def from_table(cls, table: pd.DataFrame) -> "SourceNumbers":
        """Numbers for a sources table already in citation order (e.g. Profile.sources)."""
        obj = cls.__new__(cls)
        obj.table = table.reset_index(drop=True)
        obj._number = {s: i for i, s in enumerate(obj.table["source_id"], start=1)}
        return obj

    def __contains__(self, source_id: str) -> bool:
        return source_id in self._number

    def number(self, source_id: str) -> int:
        return self._number[source_id]

    def numbers(self, source_ids) -> list[int]:
        return sorted({self._number[s] for s in source_ids if s in self._number})

    def markers(self, source_ids) -> str:
        """'[1][4]' for a list of source ids (unknown ids are skipped)."""
        return "".join(f"[{n}]" for n in self.numbers(source_ids))

    def citations(self) -> list[tuple[int, Citation]]:
        return [(n, citation(r)) for n, r in enumerate(self.table.itertuples(index=False), start=1)]
