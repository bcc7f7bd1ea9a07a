"""Print the source_id for a URL (same rule as data/sources.csv): python3 research/source_id.py URL"""
import hashlib
import re
import sys
from urllib.parse import urlparse


def source_id(url: str) -> str:
    host = urlparse(url).netloc.lower().removeprefix("www.").removeprefix("en.").removeprefix("english.")
    stem = re.sub(r"[^a-z0-9]+", "", host.split(".")[0]) or "src"
    return f"{stem[:14]}-{hashlib.sha1(url.encode()).hexdigest()[:5]}"


if __name__ == "__main__":
    for u in sys.argv[1:]:
        print(source_id(u))
