"""Safe Markdown from data: every data string shown through st.markdown goes through here."""
from __future__ import annotations

_MD_SPECIAL = "\\`*_{}[]<>()#+!|~$"


def md_escape(text, limit: int | None = None) -> str:
    """Neutralise Markdown/HTML in a data string (optionally cut to `limit` characters)."""
    out = str(text)
    if limit is not None and len(out) > limit:
        out = out[: limit - 1] + "…"
    for ch in _MD_SPECIAL:
        out = out.replace(ch, "\\" + ch)
    return out


def md_link(label: str, url: str) -> str:
    """A Markdown link whose target cannot break out of the parentheses (the loader
    already rejects spaces, quotes and angle brackets in URLs)."""
    return f"[{md_escape(label)}](<{url}>)"
