"""The profile's raw-HTML builders escape every data string (a test per builder)."""
from __future__ import annotations

from fasail.citations import Citation
from fasail.profile_text import arabic_block, heading, source_entry, source_markers

IMG = "<img src=x onerror=alert(1)>"


def _no_live_tag(markdown: str) -> bool:
    """Every '<' from data is backslash-escaped, so CommonMark shows it as text, never as a tag."""
    i = markdown.find("<img")
    while i != -1:
        if markdown[i - 1] != "\\":
            return False
        i = markdown.find("<img", i + 1)
    return "<script>" not in markdown


def test_heading_escapes_the_name():
    out = heading(f"KH {IMG} [x](javascript:alert(1))", "")
    assert _no_live_tag(out) and "](javascript" not in out and out.startswith("## KH ")


def test_arabic_block_escapes_html():
    out = arabic_block(f"كتائب {IMG}\"'")
    assert "<img" not in out and "&lt;img" in out and "&quot;" in out and 'dir="rtl"' in out


def test_source_entry_escapes_used_for_and_the_citation():
    c = Citation("s1", f"Title {IMG}", "Pub", "Mar 2026", "news", "https://example.org/a", None, False)
    out = source_entry(3, c, f"events: {IMG}</small><script>")
    assert _no_live_tag(out) and out.startswith("3. ")
    assert out.count("<small>") == 1 and out.count("</small>") == 1


def test_markers_link_only_safe_targets():
    out = source_markers([(2, ""), (1, "https://example.org/a_(b)")])
    assert out.startswith("[\\[1\\]](<https://example.org/a_(b)>)") and out.endswith("\\[2\\]")
