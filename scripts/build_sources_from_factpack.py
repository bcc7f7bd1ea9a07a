"""One-off: draft data/sources.csv from the shared fact pack (kept for provenance).

Every distinct page cited by ../shared/sources/factpack_events.csv or
factpack_factions.md becomes one row; the two seeds are cited by file name.
Titles are the documents' own titles as the fact pack records them (a
bibliographic fact, not a summary); reconstructed titles keep their flag.
Re-running overwrites data/sources.csv, so hand edits must be re-applied.
"""
from __future__ import annotations

import csv
import hashlib
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
PACK = ROOT.parent / "shared" / "sources"

MIRRORS = {
    "cloudflare-ipfs.com", "review.clateway.com", "piglix.com", "handwiki.org", "kampuspedia.com",
    "wikisum.wiki", "dichtienghoa.com", "de.zxc.wiki", "wiki.studentb.eu", "theinfolist.com",
    "docslib.org", "dinargururv.com", "k-zone.biz", "webjosh.com", "revoladies.com", "news-cersia.com",
    "yesterdaysprophecy.com", "ifttt.itbehere.com", "jimbakkershow.morningsidechurchinc.com",
    "newsbreak.com", "english.hathalyoum.net", "matzavblog.com", "djayanews.com", "dinarupdates.com",
    "politicalemails.org", "ec2-52-56-113-53.eu-west-2.compute.amazonaws.com", "w.owiki.org",
    "lexbuild.dev", "thefederalnewswire.com", "menafn.com", "hotscup.com", "rangeinn.com",
    "steningsimpson.com.au", "tampang.com", "mesop.de", "geopolitics.news", "daily8.com",
    "sg.news.yahoo.com", "freebeacon.com", "devdiscourse.com", "jagotimes.com", "rasalkhaimahnews.com",
    "360akhbaria.com", "acquiaprod.middleeasteye.net", "dailynewsbrief.com", "trackpersia.com",
}
REFERENCE = {"en.wikipedia.org", "en.m.wikipedia.org", "simple.wikipedia.org"}
RESEARCH = {
    "washingtoninstitute.org", "longwarjournal.org", "memri.org", "counterextremism.com",
    "cisac.fsi.stanford.edu", "jihadintel.meforum.org", "iranprimer.usip.org", "argoinitiative.com",
    "flashpoint.io", "greydynamics.com", "aymennjawad.org", "levantnetworks.com", "thearabcenter.org",
    "hozint.com", "cufi.org", "middleeastmilitaria.com", "hrdmemorial.org", "charlesglass.net",
}
OFFICIAL = {"centcom.mil"}
PUBLISHERS = {
    "shafaq.com": "Shafaq News", "thenationalnews.com": "The National", "english.aawsat.com": "Asharq Al-Awsat",
    "rudaw.net": "Rudaw", "manage.rudaw.net": "Rudaw", "kurdistan24.net": "Kurdistan24",
    "longwarjournal.org": "FDD's Long War Journal", "en.wikipedia.org": "Wikipedia",
    "en.m.wikipedia.org": "Wikipedia", "simple.wikipedia.org": "Simple English Wikipedia",
    "memri.org": "MEMRI JTTM", "counterextremism.com": "Counter Extremism Project",
    "cisac.fsi.stanford.edu": "Stanford CISAC (Mapping Militants)", "jihadintel.meforum.org": "Middle East Forum",
    "iranprimer.usip.org": "USIP Iran Primer", "washingtoninstitute.org": "Washington Institute",
    "washingtonpost.com": "Washington Post", "stripes.com": "Stars and Stripes", "voanews.com": "VOA",
    "aljazeera.com": "Al Jazeera", "almasdarnews.com": "Al-Masdar News", "newarab.com": "The New Arab",
    "thenewregion.com": "The New Region", "en.964media.com": "964media", "jpost.com": "Jerusalem Post",
    "israelnationalnews.com": "Israel National News", "arabnews.pk": "Arab News", "newsday.com": "Newsday (AP)",
    "thetimes.co.uk": "The Times", "latimes.com": "Los Angeles Times", "dw.com": "Deutsche Welle",
    "amp.dw.com": "Deutsche Welle", "straitstimes.com": "The Straits Times", "dawn.com": "Dawn",
    "malaymail.com": "Malay Mail", "yalibnan.com": "Ya Libnan", "today.lorientlejour.com": "L'Orient Today",
    "hstoday.us": "Homeland Security Today", "i24news.tv": "i24NEWS", "ntd.com": "NTD",
    "english.iswnews.com": "ISWNews", "baghdadherald.com": "Baghdad Herald", "newsmax.com": "Newsmax",
    "thequint.com": "The Quint", "ibtimes.com": "International Business Times", "firstpost.com": "Firstpost",
    "africanews.com": "Africanews", "caliber.az": "Caliber.Az", "jang.com.pk": "Jang", "dw.com ": "DW",
    "breitbart.com": "Breitbart", "middleeastmonitor.com": "Middle East Monitor", "worldterror.pl": "worldterror.pl",
    "waradana.com": "Waradana", "urdupoint.com": "UrduPoint", "outlookindia.com": "Outlook India",
    "thehindu.com": "The Hindu", "al-monitor.com": "Al-Monitor", "thedefensepost.com": "The Defense Post",
    "hamodia.com": "Hamodia", "spokesman.com": "The Spokesman-Review", "ifpnews.com": "IFP News",
    "en.minanews.net": "MINA", "jns.org": "JNS", "allisrael.com": "All Israel News", "scmp.com": "South China Morning Post",
    "en.abna24.com": "ABNA", "en.dailypakistan.com.pk": "Daily Pakistan", "thebriefpost.com": "The Brief Post",
    "aljeebal.com": "aljeebal.com", "13abc.com": "13abc (AP)", "centcom.mil": "US Central Command",
}


def source_id(url: str) -> str:
    host = urlparse(url).netloc.lower().removeprefix("www.").removeprefix("en.").removeprefix("english.")
    stem = re.sub(r"[^a-z0-9]+", "", host.split(".")[0]) or "src"
    return f"{stem[:14]}-{hashlib.sha1(url.encode()).hexdigest()[:5]}"


def kind_of(host: str) -> str:
    if host in MIRRORS:
        return "mirror"
    if host in REFERENCE:
        return "reference"
    if host in RESEARCH:
        return "research"
    if host in OFFICIAL:
        return "official"
    return "news"


def clean_title(title: str) -> tuple[str, bool]:
    """Strip the fact pack's marker; a title is flagged when reconstructed or only a short label."""
    flagged = "title from URL" in title
    title = re.sub(r"\s*\*?[\(\[]title from URL[\)\]]\*?", "", title).strip(" *")
    return title, flagged or len(title.split()) <= 3


def main() -> int:
    rows: dict[str, dict] = {}
    seeds = [
        dict(source_id="seed-000", title="Discordance in the Iran Threat Network in Iraq: Militia Competition and Rivalry (excerpt)",
             publisher="Washington Institute / CTC Sentinel", authors="Michael Knights; Crispin Smith; Hamdi Malik",
             published="2021-10-21", published_precision="day", url="", seed_file="000_a72cac44a84e1f95.txt",
             kind="seed", title_reconstructed="false"),
        dict(source_id="seed-002", title="Reuters report on Iraq's Iran-backed militias during the US-Israeli war on Iran",
             publisher="Reuters", authors="", published="2026-03-06", published_precision="day", url="",
             seed_file="002_3af9a64e905f01ac.txt", kind="seed", title_reconstructed="true"),
    ]
    for s in seeds:
        rows[s["source_id"]] = s
    with open(PACK / "factpack_events.csv", newline="", encoding="utf-8") as fh:
        for ev in csv.DictReader(fh):
            url = ev["source_url"].strip()
            if not url:
                continue
            sid = source_id(url)
            if sid in rows:
                continue
            title, flagged = clean_title(ev["source_title"])
            host = urlparse(url).netloc.lower().removeprefix("www.")
            date = ev["source_date"].strip()
            rows[sid] = dict(source_id=sid, title=title, publisher=ev["source_publisher"].strip(), authors="",
                             published=date, published_precision={10: "day", 7: "month", 4: "year"}.get(len(date), ""), url=url, seed_file="",
                             kind=kind_of(host), title_reconstructed=str(flagged).lower())
    md = (PACK / "factpack_factions.md").read_text(encoding="utf-8")
    for label, url, marker in re.findall(r"\[([^\]]+)\]\((https?://[^)\s]+)\)((?:\s*\*\(title from URL\)\*)?)", md):
        title = label + marker
        sid = source_id(url)
        if sid in rows:
            continue
        title, flagged = clean_title(title)
        host = urlparse(url).netloc.lower().removeprefix("www.")
        rows[sid] = dict(source_id=sid, title=title, publisher=PUBLISHERS.get(host, host), authors="",
                         published="", published_precision="", url=url, seed_file="", kind=kind_of(host),
                         title_reconstructed=str(flagged).lower())
    fields = ["source_id", "title", "publisher", "authors", "published", "published_precision", "url",
              "seed_file", "kind", "title_reconstructed"]
    out = ROOT / "data" / "sources.csv"
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for sid in sorted(rows):
            w.writerow(rows[sid])
    print(f"{len(rows)} sources -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
