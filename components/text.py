"""Safe Markdown from data (the policy lives in fasail.escape)."""
from fasail.escape import md_code, md_escape, md_link

__all__ = ["md_code", "md_escape", "md_link"]
