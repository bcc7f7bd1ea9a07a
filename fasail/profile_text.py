"""Markdown and HTML for the profile page, built here so tests can attack them.

The profile is the one page that renders raw HTML (a superscript, the Arabic name
block, small "used for" lines): every data string in them passes fasail.escape.
"""
from __future__ import annotations

from .citations import Citation
from .escape import html_text, md_escape, md_link


def source_markers(numbered: list[tuple[int, str]]) -> str:
    """'[1][4]' as Markdown, each linking to its source when it has a URL; `numbered` = (n, url)."""
    return "".join(md_link(f"[{n}]", url) if url else md_escape(f"[{n}]") for n, url in sorted(numbered))


def heading(name: str, markers: str) -> str:
    """The profile heading with its source markers in a superscript."""
    return f"## {md_escape(name)} <sup style='font-size:0.45em'>{markers}</sup>"


def arabic_block(name_ar: str) -> str:
    """The Arabic name, right to left, isolated from the surrounding text direction."""
    return (f'<div class="fasail-arabic" dir="rtl" lang="ar" style="font-size:1.7rem;text-align:left;'
            f'unicode-bidi:isolate">{html_text(name_ar)}</div>')


def source_entry(number: int, citation: Citation, used_for: str) -> str:
    """One numbered source with what it supports on the page."""
    return f"{number}. {citation.markdown()}  \n   <small>used for: {md_escape(used_for)}</small>"
