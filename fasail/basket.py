"""The briefing basket: charts and event tables picked on any page, kept for the session, saved and
loaded as a small JSON file, and turned into one deck (fasail.deck) or PDF.

An item keeps what its slide needs (the figure as plotly JSON, its key facts with their source
ids, or the event rows) and the page and URL parameters that reproduce its view.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

import plotly.io as pio

from .deck import ChartSlide, TableSlide

FORMAT = "fasail-basket/1"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ITEMS = 40
MAX_TABLE_ROWS = 120
KINDS = ("chart", "events")


@dataclass(frozen=True)
class BasketItem:
    kind: str                                   # chart | events
    title: str
    page: str
    query: dict = field(default_factory=dict)   # URL parameters of the view
    figure: str = ""                            # plotly JSON (charts)
    facts: tuple = ()                           # ((text, (source ids...)), ...)
    rows: tuple = ()                            # events: ({date, title, claim_status, source_ids}, ...)

    @property
    def key(self) -> str:
        """Same view, same item: adding it twice keeps one."""
        raw = json.dumps([self.kind, self.title, self.page, self.query], sort_keys=True, default=list)
        return hashlib.sha1(raw.encode()).hexdigest()[:12]


def chart_item(fig, facts, page: str, query: dict) -> BasketItem:
    """`fig` may be a figure or a function building it, `facts` a list of (text, source ids) or a
    function returning one (both computed on click)."""
    facts = facts() if callable(facts) else facts
    fig = fig() if callable(fig) else fig
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return BasketItem("chart", str(meta.get("title") or "Chart"), page, dict(query), fig.to_json(),
                      tuple((str(t), tuple(ids)) for t, ids in facts))


def events_item(events, title: str, page: str, query: dict) -> BasketItem:
    """The first MAX_TABLE_ROWS events of a table (by date), each with its sources."""
    rows = tuple({"date": str(d), "title": str(t), "claim_status": str(c), "source_ids": list(s)}
                 for d, t, c, s in zip(events["date_label"], events["title"], events["claim_status"].astype(str),
                                       events["source_ids"]))[:MAX_TABLE_ROWS]
    return BasketItem("events", f"Events · {title}", page, dict(query), rows=rows)


def add(items: list[BasketItem], item: BasketItem) -> tuple[list[BasketItem], str]:
    """The basket with `item` (once), and what happened in words."""
    if any(i.key == item.key for i in items):
        return items, "Already in the briefing."
    if len(items) >= MAX_ITEMS:
        return items, f"The briefing holds {MAX_ITEMS} items at most: remove one first."
    return [*items, item], f"Added to the briefing ({len(items) + 1} items)."


def move(items: list[BasketItem], key: str, step: int) -> list[BasketItem]:
    """The basket with item `key` moved up (-1) or down (+1)."""
    out = list(items)
    i = next((n for n, it in enumerate(out) if it.key == key), None)
    if i is None or not 0 <= i + step < len(out):
        return out
    out[i], out[i + step] = out[i + step], out[i]
    return out


def remove(items: list[BasketItem], key: str) -> list[BasketItem]:
    return [i for i in items if i.key != key]


def slides(items: list[BasketItem]) -> list:
    """Deck slides in basket order."""
    out = []
    for it in items:
        if it.kind == "events":
            out.append(TableSlide(it.title, [dict(r) for r in it.rows]))
        else:
            out.append(ChartSlide(pio.from_json(it.figure), [(t, tuple(ids)) for t, ids in it.facts]))
    return out


def to_json(items: list[BasketItem]) -> bytes:
    return json.dumps({"format": FORMAT, "items": [asdict(i) for i in items]}, ensure_ascii=False).encode("utf-8")


def from_json(data: bytes) -> tuple[list[BasketItem], list[str]]:
    """Items from a saved basket, and what was refused (never raises on a bad file)."""
    if len(data) > MAX_FILE_BYTES:
        return [], [f"the file is {len(data) / 1e6:.0f} MB; a saved briefing is at most {MAX_FILE_BYTES // 10**6} MB"]
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        return [], [f"not a saved briefing (not JSON: {str(err)[:80]})"]
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("items"), list):
        return [], [f"not a saved briefing (expected format {FORMAT})"]
    items, problems = [], []
    for n, raw in enumerate(doc["items"][:MAX_ITEMS], start=1):
        try:
            item = _item(raw)
        except (TypeError, ValueError, KeyError) as err:
            problems.append(f"item {n}: {str(err)[:120]}")
            continue
        items, _ = add(items, item)
    if len(doc["items"]) > MAX_ITEMS:
        problems.append(f"only the first {MAX_ITEMS} items were read")
    return items, problems


def _item(raw) -> BasketItem:
    if not isinstance(raw, dict) or raw.get("kind") not in KINDS:
        raise ValueError("unknown kind of item")
    text = lambda v: str(v)[:500]  # noqa: E731
    query = {text(k): [text(x) for x in (v if isinstance(v, list) else [v])][:40]
             for k, v in dict(raw.get("query") or {}).items()}
    facts = tuple((text(t), tuple(text(i) for i in ids)[:20]) for t, ids in list(raw.get("facts") or [])[:5])
    rows = tuple({"date": text(r.get("date", "")), "title": text(r.get("title", "")),
                  "claim_status": text(r.get("claim_status", "")),
                  "source_ids": [text(i) for i in list(r.get("source_ids") or [])[:5]]}
                 for r in list(raw.get("rows") or [])[:MAX_TABLE_ROWS])
    figure = str(raw.get("figure") or "")
    if raw["kind"] == "chart":
        pio.from_json(figure)           # a figure plotly itself can read, or ValueError
    return BasketItem(raw["kind"], text(raw.get("title", "")), text(raw.get("page", "")), query, figure, facts, rows)
