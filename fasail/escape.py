"""Escaping policy per output, declared once: every data string passes here first.

- Markdown (st.markdown, captions, notices, labels): `md_escape`, `md_link`, `md_code`.
- Plotly text: `fasail.figures.common.escape_text`.
- HTML (the few places that render raw HTML): `html_text`.
- CSV for spreadsheets: `csv_bytes` (formula-leading cells neutralised, per OWASP).
"""
from __future__ import annotations

import html as _html

_MD_SPECIAL = "\\`*_{}[]<>()#+!|~$:"


def md_escape(text, limit: int | None = None) -> str:
    """Neutralise Markdown, HTML and LaTeX in a data string (optionally cut to `limit` characters).
    ':' is escaped too, so 'https://…' in data never becomes a link."""
    out = str(text)
    if limit is not None and len(out) > limit:
        out = out[: limit - 1] + "…"
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in out)


def html_text(text) -> str:
    """A data string as HTML text: <, >, & and both quotes escaped."""
    return _html.escape(str(text), quote=True)


def md_link(label: str, url: str) -> str:
    """A Markdown link whose target cannot break out of the parentheses (the loader
    already rejects spaces, quotes and angle brackets in URLs)."""
    return f"[{md_escape(label)}](<{url}>)"


def md_code(text) -> str:
    """An inline code span that holds any text: the fence is longer than any run of
    backticks inside, so the text cannot break out."""
    text = str(text).replace("\n", " ")
    longest, run = 0, 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


_FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A cell a spreadsheet will not run: text starting with = + - @ tab or CR gets a leading quote.
    Numbers stay numbers (a negative number is data, not a formula)."""
    if isinstance(value, str) and value.startswith(_FORMULA_LEAD):
        return "'" + value
    return value


def csv_bytes(df) -> bytes:
    """A DataFrame as UTF-8 CSV for download, every text cell passed through csv_cell."""
    safe = df.copy()
    for col in safe.columns:
        if safe[col].dtype == object or str(safe[col].dtype) in ("str", "string"):
            safe[col] = safe[col].map(csv_cell)
    return safe.to_csv(index=False).encode("utf-8")
