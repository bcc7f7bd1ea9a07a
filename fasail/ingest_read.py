"""Read an uploaded article (.txt, .html, .pdf) into plain text, find its names, dates and
places (with offsets into that text), and describe it as a source row.

Article bytes are hostile input: nothing in them is executed or rendered, HTML is only
read for its text, and every failure is an `IngestError` with one analyst-facing sentence.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import importlib.util
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import dateparser
from anyascii import anyascii

from .aliases import normalise
from .dates import precision_of
from .schema import RELIABILITY, SOURCE_KINDS, TABLES

MAX_BYTES = 5_000_000
TEXT_EXTENSIONS = (".txt",)
HTML_EXTENSIONS = (".html", ".htm")
PDF_EXTENSIONS = (".pdf",)
_MAGIC = (  # (prefix, what it is): files that are not text whatever their name says
    (b"%PDF-", "a PDF"), (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"), (b"MZ", "a Windows program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"RIFF", "an audio or video file"),
)
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
NON_PRINTABLE_LIMIT = 0.05  # share of control characters above which a "text" is binary


class IngestError(ValueError):
    """An article or a source description that cannot be used; the message is for the analyst."""


def _mb(n: int | float) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _sniff(data: bytes) -> str | None:
    head = data[:16]
    return next((what for magic, what in _MAGIC if head.startswith(magic)), None)


def _clean(text: str) -> str:
    """One newline convention, no NULs, no BOM, composed Unicode (offsets refer to this text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\t\r\f")
    return controls / len(text) > NON_PRINTABLE_LIMIT


def _decode_text(name: str, data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise IngestError(f"{name} starts like {codec.upper()} text but is not valid {codec.upper()}.") from None
    what = _sniff(data)
    if what:
        raise IngestError(f"{name} is {what}, not a text file.")
    if b"\x00" in data:
        raise IngestError(f"{name} looks like a binary file (it contains NUL bytes), not text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise IngestError(f"{name} is not UTF-8 text (unreadable byte at position {err.start}): "
                          "save it as UTF-8 or paste the text instead.") from None


def _html_text(name: str, data: bytes) -> str:
    import trafilatura
    what = _sniff(data)
    if what:
        raise IngestError(f"{name} is {what}, not an HTML page.")
    page: bytes | str = data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        page = _decode_text(name, data)
    elif b"\x00" in data:
        raise IngestError(f"{name} looks like a binary file (it contains NUL bytes), not an HTML page.")
    text = trafilatura.extract(page, include_comments=False, include_tables=True, favor_recall=True,
                               deduplicate=False) or ""
    return text if text.strip() else _lxml_text(page)


def _lxml_text(data: bytes | str) -> str:
    """Fallback: the page's visible text, without scripts, styles or comments."""
    import lxml.html
    from lxml_html_clean import Cleaner
    try:
        doc = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return ""
    doc = Cleaner(javascript=True, style=True, comments=True, forms=False, embedded=True, frames=True,
                  page_structure=False).clean_html(doc)
    for block in doc.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"):
        block.tail = "\n" + (block.tail or "")
    return re.sub(r"\n\s*\n+", "\n\n", doc.text_content())


def _pdf_text(name: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError
    if not data[:1024].lstrip().startswith(b"%PDF-"):
        what = _sniff(data)
        raise IngestError(f"{name} is named .pdf but is {what or 'not a PDF file'}.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(f"{name} is a password-protected PDF: paste the text instead.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        raise IngestError(f"{name} could not be read as a PDF (damaged or unusual file): paste the text instead.") from None
    text = "\n\n".join(p.strip() for p in pages)
    if not text.strip():
        raise IngestError(f"{name}: this PDF has no text layer (a scan?) — paste the text instead.")
    return text


def read_article(name: str, data: bytes, max_bytes: int = MAX_BYTES) -> str:
    """The plain text of an uploaded article; `IngestError` says why when there is none."""
    name = Path(str(name or "the file")).name
    ext = Path(name).suffix.lower()
    if ext not in TEXT_EXTENSIONS + HTML_EXTENSIONS + PDF_EXTENSIONS:
        kind = f"'{ext}' files are" if ext else "files without an extension are"
        raise IngestError(f"{name}: {kind} not supported; upload a .txt, .html or .pdf file, or paste the text.")
    if len(data) > max_bytes:
        raise IngestError(f"{name} is {_mb(len(data))}; the limit is {_mb(max_bytes)}. "
                          "Upload a shorter file or paste the relevant part.")
    if not data.strip():
        raise IngestError(f"{name} is empty.")
    if ext in PDF_EXTENSIONS:
        text = _pdf_text(name, data)
    elif ext in HTML_EXTENSIONS:
        text = _html_text(name, data)
    else:
        text = _decode_text(name, data)
    text = _clean(text)
    if _looks_binary(text):
        raise IngestError(f"{name} looks like a binary file (mostly unprintable characters), not text.")
    if not text.strip():
        raise IngestError(f"{name} has no readable text (only whitespace or markup).")
    return text


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ source row
_SOURCE_ID_RULE = Path(__file__).resolve().parent.parent / "research" / "source_id.py"


def url_source_id(url: str) -> str:
    """The source_id rule of research/source_id.py (one rule for the data and the ingest)."""
    spec = importlib.util.spec_from_file_location("fasail_source_id_rule", _SOURCE_ID_RULE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.source_id(url)


@dataclass
class ArticleMeta:
    """What the analyst says about the article; empty = not known."""

    title: str = ""
    publisher: str = ""
    published: str = ""             # YYYY-MM-DD, YYYY-MM or YYYY
    published_precision: str = ""   # day/month/year; derived from `published` when empty
    url: str = ""
    file_name: str = ""             # when there is no URL: the uploaded file's name
    kind: str = ""                  # one of schema.SOURCE_KINDS
    language: str = ""              # en, ar ... (not a sources column; for the reader)
    authors: tuple[str, ...] = field(default_factory=tuple)
    reliability: str = ""           # empty = not graded yet
    title_reconstructed: bool = False
    text_sha1: str = ""             # text_sha1(text): names a file source that has no URL


def _slug(text: str, limit: int = 14) -> str:
    return re.sub(r"[^a-z0-9]+", "", anyascii(str(text)).lower())[:limit]


def _existing_url_id(url: str, ds) -> str | None:
    hit = ds.sources.loc[ds.sources["url"] == url, "source_id"] if ds is not None and len(ds.sources) else []
    return str(hit.iloc[0]) if len(hit) else None


def source_row(meta: ArticleMeta, ds) -> dict[str, str]:
    """A row for sources.csv (every column, as CSV strings); `IngestError` names a missing or wrong field."""
    for name in ("title", "publisher", "kind"):
        if not str(getattr(meta, name)).strip():
            raise IngestError(f"{name}: a source needs its {name}; fill it in before saving.")
    if meta.kind not in SOURCE_KINDS:
        raise IngestError(f"kind: '{meta.kind}' is not one of: {', '.join(SOURCE_KINDS)}.")
    if meta.reliability and meta.reliability not in RELIABILITY:
        raise IngestError(f"reliability: '{meta.reliability}' is not one of: {', '.join(RELIABILITY)} (or empty).")
    published, precision = str(meta.published).strip(), str(meta.published_precision).strip()
    if published:
        form = precision_of(published)
        if form is None:
            raise IngestError(f"published: '{published}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY).")
        if precision and precision != form:
            raise IngestError(f"published_precision: '{precision}' does not match '{published}' (that is {form}).")
        precision = form
    elif precision:
        raise IngestError("published_precision: given without a published date.")
    url = str(meta.url).strip()
    if url and not re.match(r"^https?://[^\s<>\"]+$", url):
        raise IngestError("url: only http(s) addresses without spaces, quotes or angle brackets are allowed.")
    taken = set(ds.sources["source_id"]) if ds is not None else set()
    if url:
        existing = _existing_url_id(url, ds)
        if existing:
            raise IngestError(f"url: this address is already source '{existing}'; cite that id instead.")
        base, digest = url_source_id(url).rsplit("-", 1)[0], hashlib.sha1(url.encode()).hexdigest()
    else:
        if not meta.file_name or not meta.text_sha1:
            raise IngestError("url: give the address the article was read at, or the file name and text_sha1 of the upload.")
        base, digest = _slug(meta.publisher) or "file", meta.text_sha1
    n = 5
    sid = f"{base}-{digest[:n]}"
    while sid in taken and n < len(digest):   # a hash prefix shared with another source: lengthen it
        n += 1
        sid = f"{base}-{digest[:n]}"
    if sid in taken:
        raise IngestError(f"source_id: '{sid}' is already taken and cannot be made unique.")
    row = dict.fromkeys(TABLES["sources"].column_names, "")
    row.update(source_id=sid, title=meta.title.strip(), publisher=meta.publisher.strip(),
               authors="; ".join(a.strip() for a in meta.authors if a.strip()), published=published,
               published_precision=precision, url=url, seed_file="" if url else Path(meta.file_name).name,
               kind=meta.kind, title_reconstructed="true" if meta.title_reconstructed else "false",
               reliability=meta.reliability)
    return row


GEO_BY_PLACE_KIND = {"base": "exact_site", "site": "exact_site", "crossing": "exact_site", "city": "town",
                     "town": "town", "district": "district", "governorate": "governorate", "country": "country",
                     "sea": "region"}
DATE_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
DATE_LANGUAGES = ["en", "ar"]
YEAR_RANGE = (1990, 2100)


# ---------------------------------------------------------------- records
@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A name from the alias index at text[start:end]; several ids = ambiguous, a choice for the analyst."""

    start: int
    end: int
    text: str
    entity_ids: tuple[str, ...]
    names: tuple[str, ...] = ()
    kind: str = "name"   # name (a spelling in the index) or surname (a person's last name alone)

    @property
    def ambiguous(self) -> bool:
        return len(self.entity_ids) > 1


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place_ids: tuple[str, ...]
    geo_precision: str


@dataclass(frozen=True)
class DatePhrase:
    """A dated phrase resolved against the article date, at the precision the words allow."""

    start: int
    end: int
    text: str
    date: str            # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str       # day, month or year
    relative: bool       # resolved from the article date ('a week ago', 'on Monday', 'in February')
    note: str = ""
    anchor: str = "absolute"   # absolute ('6 March 2026') · named (a month or weekday, year or week from
    #                            the article date) · counted ('10 days ago'): the order a candidate prefers

    @property
    def rank(self) -> int:
        return ("absolute", "named", "counted").index(self.anchor)

# ------------------------------------------------------------- sentences
_BOUNDARY = re.compile(r"[.!?؟]+[\"'”’»)\]]*(?=\s|$)|\n")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "brig", "sen", "rep", "gov",
                  "prof", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "no", "vs", "etc", "inc", "ltd", "co", "jr", "sr", "adm", "pres"}


def split_sentences(text: str) -> list[Sentence]:
    """Sentences on . ! ? ؟ and newlines, with offsets into `text` (initials like 'A.J.' do not end one)."""
    out, start = [], 0

    def add(a: int, b: int):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        if chunk:
            out.append(Sentence(a + lead, a + lead + len(chunk), chunk))

    for m in _BOUNDARY.finditer(text):
        if m.group().startswith("."):
            word = re.search(r"([^\W\d_]+)$", text[start:m.start()])
            if word and (len(word.group(1)) == 1 and word.group(1).isupper() or word.group(1).lower() in _ABBREVIATIONS):
                continue
            nxt = re.match(r"\s*(\S)", text[m.end():])
            if nxt and (nxt.group(1).islower() or nxt.group(1).isdigit()):
                continue
        add(start, m.end())
        start = m.end()
    add(start, len(text))
    return out


# --------------------------------------------------------------- matching
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
_ARABIC_PROCLITICS = "وفبلك"


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06FF" for ch in text)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) for each word; a possessive 's is left out of the span."""
    out = []
    for m in _TOKEN.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        if _POSSESSIVE.search(word) and len(word) > 3:
            word, end = word[:-2], end - 2
        key = normalise(word)
        out.extend((part, start, end) for part in key.split())
    return out


def _is_acronym(form: str) -> bool:
    letters = re.sub(r"[\W_\d]", "", form)
    return 2 <= len(letters) <= 6 and sum(ch.isupper() for ch in letters) >= 2


class PhraseIndex:
    """Longest-match lookup of normalised token sequences, mapped back to character offsets."""

    def __init__(self, forms: dict[str, set[str]]):
        self.entries: dict[tuple[str, ...], dict] = {}
        for form, ids in forms.items():
            key = tuple(normalise(form).split())
            if not key:
                continue
            e = self.entries.setdefault(key, {"ids": set(), "acronyms": set(), "open": False, "lower": False})
            e["ids"] |= set(ids)
            if _is_acronym(form):
                e["acronyms"].add(re.sub(r"[\W_]", "", form))
            else:
                e["open"] = True
                e["lower"] |= form == form.lower()
        self.max_len = max((len(k) for k in self.entries), default=0)

    def _surface_ok(self, e: dict, surface: str) -> bool:
        if e["acronyms"] and not e["open"]:   # 'US' is not 'us', 'HAN' is not 'Han'
            return re.sub(r"[\W_]", "", surface) in e["acronyms"]
        latin = re.sub(r"[^A-Za-z]", "", surface)
        return not latin or latin != latin.lower() or e["lower"]   # proper names are capitalised

    def find(self, text: str, tokens=None, skip: set[int] | None = None) -> list[tuple[int, int, tuple[str, ...]]]:
        tokens = _tokens(text) if tokens is None else tokens
        keys = [t[0] for t in tokens]
        out, i = [], 0
        while i < len(tokens):
            if skip and i in skip:
                i += 1
                continue
            hit = self._match_at(text, tokens, keys, i)
            if hit:
                out.append(hit[:3])
                i += hit[3]
            else:
                i += 1
        return out

    def _match_at(self, text, tokens, keys, i):
        first = keys[i]
        variants = [(first, tokens[i][1])]
        if _is_arabic(first) and first[0] in _ARABIC_PROCLITICS and len(first) > 3:
            variants.append((first[1:], tokens[i][1] + 1))   # 'و' 'ب' 'ل' ... glued to the name
        for length in range(min(self.max_len, len(tokens) - i), 0, -1):
            for head, start in variants:
                e = self.entries.get((head, *keys[i + 1:i + length]))
                end = tokens[i + length - 1][2]
                if e and self._surface_ok(e, text[start:end]):
                    return start, end, tuple(sorted(e["ids"])), length
        return None


def entity_forms(ds) -> dict[str, set[str]]:
    """Every spelling of every entity: name, Arabic name, aliases column and aliases table (not the ids)."""
    forms: dict[str, set[str]] = {}
    for row in ds.entities.itertuples(index=False):
        for form in (row.name, row.name_ar, *row.aliases):
            if str(form or "").strip():
                forms.setdefault(str(form).strip(), set()).add(row.entity_id)
    if ds.aliases is not None and len(ds.aliases):
        for eid, alias in zip(ds.aliases["entity_id"], ds.aliases["alias"]):
            if str(alias).strip():
                forms.setdefault(str(alias).strip(), set()).add(eid)
    return forms


def _surname_forms(ds, index: PhraseIndex) -> dict[str, set[str]]:
    """A person's last name alone ('Khazali'), where no entity spelling is that word."""
    out: dict[str, set[str]] = {}
    persons = ds.entities[ds.entities["type"].astype(str) == "person"]
    for eid, name in zip(persons["entity_id"], persons["name"]):
        words = re.findall(r"[^\W_]+(?:['’][^\W_]+)*", str(name))
        last = words[-1] if words else ""
        if len(normalise(last)) >= 4 and (normalise(last),) not in index.entries:
            out.setdefault(last[0].upper() + last[1:], set()).add(eid)
    return out


def find_mentions(text: str, ds) -> list[Mention]:
    """Every occurrence of an entity spelling (longest first), then persons' last names alone."""
    names = dict(zip(ds.entities["entity_id"], ds.entities["name"]))
    tokens = _tokens(text)
    index = PhraseIndex(entity_forms(ds))
    hits = [(a, b, ids, "name") for a, b, ids in index.find(text, tokens)]
    covered = {i for i, t in enumerate(tokens) for a, b, _, _ in hits if a <= t[1] < b}
    surnames = PhraseIndex(_surname_forms(ds, index))
    for a, b, ids in surnames.find(text, tokens, skip=covered):
        if text[a].isupper():
            hits.append((a, b, ids, "surname"))
    return [Mention(a, b, text[a:b], ids, tuple(names.get(i, i) for i in ids), kind)
            for a, b, ids, kind in sorted(hits)]


def find_places(text: str, ds) -> list[PlaceMention]:
    """Gazetteer places named in the text (name, Arabic name, aliases, the name before a comma or bracket)."""
    if ds.places is None or not len(ds.places):
        return []
    forms: dict[str, set[str]] = {}
    kinds = dict(zip(ds.places["place_id"], ds.places["kind"].astype(str)))
    for row in ds.places.itertuples(index=False):
        head = re.split(r"\s*[(,/]", str(row.name))[0]
        for form in (row.name, head, row.name_ar, *row.aliases):
            if str(form or "").strip():
                forms.setdefault(str(form).strip(), set()).add(row.place_id)
    out = []
    for a, b, ids in PhraseIndex(forms).find(text):
        geo = GEO_BY_PLACE_KIND.get(kinds.get(ids[0], ""), "region")
        out.append(PlaceMention(a, b, text[a:b], ids, geo))
    return out


def highlight_html(text: str, mentions, names: dict[str, str] | None = None) -> str:
    """The text as HTML, each mention in <mark data-entity="id" title="Name">; every piece escaped."""
    out, pos = [], 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        start, end = max(m.start, pos), min(m.end, len(text))
        if start != m.start or end <= start:
            continue   # overlaps the previous mention or lies outside the text
        ids = tuple(m.entity_ids)
        titles = tuple(m.names) or tuple((names or {}).get(i, i) for i in ids)
        cls = "ambiguous" if len(ids) > 1 else m.kind
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="{html.escape(cls)}" data-entity="{html.escape(" ".join(ids))}" '
                   f'title="{html.escape(" / ".join(titles))}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


# ----------------------------------------------------------------- dates
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})  # 1:1, offsets kept


def _fold(pattern: str) -> str:
    return pattern.translate(_AR_FOLD)


_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
_AR_MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
              "يوليو": 7, "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
              "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
              "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12}
_AR_MONTH_NUM = {_fold(k): v for k, v in _AR_MONTHS.items()}
_AR_WEEKDAYS = {"الاثنين": "Monday", "الثلاثاء": "Tuesday", "الأربعاء": "Wednesday", "الخميس": "Thursday",
                "الجمعة": "Friday", "السبت": "Saturday", "الأحد": "Sunday"}
_AR_WEEKDAY_EN = {_fold(k): v for k, v in _AR_WEEKDAYS.items()}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_AR_UNITS = {_fold(k): v for k, v in {"يوم": "day", "يومين": "2 day", "أيام": "day", "أسبوع": "week",
                                        "أسبوعين": "2 week", "أسابيع": "week", "شهر": "month", "شهرين": "2 month",
                                        "أشهر": "month", "عام": "year", "سنة": "year", "عامين": "2 year",
                                        "سنوات": "year", "أعوام": "year"}.items()}

_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
        r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_FULL_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?P<year>(?:19|20)\d\d|2100)(?!\d|,\d|\s*-\s*day)"
_NUM = r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ARM = "(?P<armon>" + "|".join(sorted(map(re.escape, _AR_MONTH_NUM), key=len, reverse=True)) + ")"
_ARW = "(?P<arwd>" + "|".join(map(re.escape, _AR_WEEKDAY_EN)) + ")"
_ARU = "(?P<aru>" + "|".join(sorted(map(re.escape, _AR_UNITS), key=len, reverse=True)) + ")"
_NB = r"(?<![\w$£€.,])"   # not glued to a word, a currency sign or a number

# (kind, pattern). Patterns run on the Arabic-folded text, so Arabic is written folded (_fold).
_DATE_PATTERNS = [(k, re.compile(p)) for k, p in (
    ("iso", _NB + r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    ("dmy", _NB + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR),
    ("mdy", r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR),
    ("md", r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![,\s]*\d)"),
    ("my", r"\b(?:(?P<part>early|mid|late)[\s-]+)?" + _MON + r",?\s+" + _YEAR),
    ("m", r"\b(?P<pre>in|last|since|early|mid|late|by|until|during|this|from|through|of|in early|in late|in mid)\s+"
          + _FULL_MON + r"\b(?!\s+\d)"),
    ("y", r"(?:\b(?P<part>early|mid|late|around|circa|about)[\s-]+)?" + _NB + r"\b" + _YEAR),
    ("ago", r"(?i)\b" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)\b"),
    ("last", r"(?i)\b(?P<which>last|this|earlier this|past)\s+(?P<unit>week|month|year)\b"),
    ("yesterday", r"(?i)\b(?:the day before )?yesterday\b"),
    ("recent", r"(?i)\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?days\b"),
    ("weekday", r"\b(?:(?P<wpre>on|last|this past)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("ardmy", _fold(r"(?P<d>\d{1,2})\s+(?:من\s+)?") + _ARM + r"\s+(?:(?:عام|سنه)\s+)?" + _YEAR),
    ("army", _ARM + r"\s+(?:(?:عام|سنه)\s+)?" + _YEAR),
    ("arm", _fold(r"(?:في|شهر|خلال)\s+") + _ARM + r"(?![\w\s]*\d)"),
    ("aryesterday", _fold(r"(?<![^\W\d_])[وف]?(?:أمس|البارحة)(?![^\W\d_])")),
    ("arago", _fold(r"(?:قبل|منذ)\s+(?:(?P<n>\d+)\s+)?") + _ARU + r"(?![^\W\d_])"),
    ("arlast", _fold(r"(?P<unit>الأسبوع|الشهر|العام|السنة)\s+(?:الماضي|الماضية|المنصرم)(?![^\W\d_])")),
    ("arrecent", _fold(r"(?:في|خلال)\s+الأيام\s+(?:الأخيرة|الماضية|القليلة\s+الماضية)")),
    ("arweekday", _fold(r"(?:(?:يوم|مساء|صباح)\s+)?") + _ARW + r"(?![^\W\d_])"),
)]
_AR_LAST_UNIT = {_fold("الأسبوع"): "week", _fold("الشهر"): "month", _fold("العام"): "year", _fold("السنة"): "year"}


def _month_num(name: str) -> int:
    return _EN_MONTHS.index(next(m for m in _EN_MONTHS if m.startswith(name.lower().rstrip(".")[:3]))) + 1


def _parse(phrase: str, base: dt.datetime) -> dt.datetime | None:
    return dateparser.parse(phrase, languages=DATE_LANGUAGES, settings={**DATE_SETTINGS, "RELATIVE_BASE": base})


def _at(when: dt.date, precision: str) -> str:
    return {"day": when.strftime("%Y-%m-%d"), "month": when.strftime("%Y-%m"), "year": f"{when.year:04d}"}[precision]


def _window(a: dt.date, b: dt.date) -> str | None:
    """The finest precision whose period holds the whole window a..b (never padded finer)."""
    if a == b:
        return "day"
    if (a.year, a.month) == (b.year, b.month):
        return "month"
    return "year" if a.year == b.year else None


def _resolve(kind: str, m: re.Match, base: dt.datetime) -> tuple[str, dt.date, bool, str] | None:
    """(precision, date, relative, note) for one matched phrase, or None when it names no date."""
    g = m.groupdict()
    today = base.date()
    if kind == "iso":
        phrase, prec = f"{g['y']}-{g['m']}-{g['d']}", "day"
    elif kind in ("dmy", "mdy"):
        phrase, prec = f"{int(g['d'])} {_EN_MONTHS[_month_num(g['mon']) - 1]} {g['year']}", "day"
    elif kind == "md":
        phrase, prec = f"{_EN_MONTHS[_month_num(g['mon']) - 1]} {int(g['d'])}", "day"
    elif kind == "my":
        phrase, prec = f"{_EN_MONTHS[_month_num(g['mon']) - 1]} {g['year']}", "month"
    elif kind == "y":
        year = int(g["year"])
        if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            return None
        note = f"'{g['part']}' {year}: only the year is known" if g.get("part") else ""
        return "year", dt.date(year, 1, 1), False, note
    elif kind == "m":
        when = _parse(g["mon"], base)
        if when is None:
            return None
        when = when.date()
        if g["pre"] == "last" and (when.year, when.month) >= (today.year, today.month):
            when = when.replace(year=when.year - 1)
        return "month", when, True, "year taken from the article date"
    elif kind in ("ago", "arago"):
        if kind == "ago":
            n, unit = _NUMBER_WORDS.get(g["n"].lower()) or int(g["n"]), g["unit"].lower()
        else:
            word = _AR_UNITS[g["aru"]]
            count, unit = (word.split() if " " in word else (g["n"] or "1", word))
            n = int(count)
        when = _parse(f"{n} {unit}{'s' if n > 1 else ''} ago", base)
        if when is None:
            return None
        prec = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
        note = f"approximate: {n} week(s) counted back from the article date" if unit == "week" else ""
        return prec, when.date(), True, note
    elif kind in ("last", "arlast"):
        unit = g["unit"].lower() if kind == "last" else _AR_LAST_UNIT[g["unit"]]
        which = g.get("which", "last").lower() if kind == "last" else "last"
        if unit == "week":
            if which != "last":
                a, b = today - dt.timedelta(days=today.weekday()), today
            else:
                a = today - dt.timedelta(days=today.weekday() + 7)
                b = a + dt.timedelta(days=6)
            prec = _window(a, b)
            return (prec, a, True, f"'{m.group()}' is a week: shown at {prec} precision") if prec else None
        if which == "last":
            when = _parse(f"last {unit}", base)
            return (unit, when.date(), True, "") if when else None
        return unit, today, True, ""
    elif kind in ("yesterday", "aryesterday"):
        before = "day before" in m.group()
        phrase, prec = ("2 days ago" if before else "yesterday"), "day"
    elif kind in ("recent", "arrecent"):
        a = today - dt.timedelta(days=7)
        prec = _window(a, today)
        note = f"'{m.group().strip()}' is vague: taken as the week before the article date, at {prec} precision"
        return (prec, today, True, note) if prec else None
    elif kind in ("weekday", "arweekday"):
        phrase, prec = (g["wd"] if kind == "weekday" else _AR_WEEKDAY_EN[g["arwd"]]), "day"
        if phrase == today.strftime("%A") and not g.get("wpre", "") in ("last", "this past"):
            return "day", today, True, "the weekday of the article date: taken as that day"   # news usage
    elif kind == "ardmy":
        phrase, prec = f"{int(g['d'])} {_EN_MONTHS[_AR_MONTH_NUM[g['armon']] - 1]} {g['year']}", "day"
    elif kind == "army":
        phrase, prec = f"{_EN_MONTHS[_AR_MONTH_NUM[g['armon']] - 1]} {g['year']}", "month"
    elif kind == "arm":
        when = _parse(_EN_MONTHS[_AR_MONTH_NUM[g["armon"]] - 1], base)
        return ("month", when.date(), True, "year taken from the article date") if when else None
    else:
        return None
    when = _parse(phrase, base)
    if when is None:
        return None
    relative = kind in ("md", "yesterday", "aryesterday", "weekday", "arweekday")
    note = "year taken from the article date" if kind == "md" else ""
    if not relative and when.date() > today:
        note = "after the article date"
    return prec, when.date(), relative, note


_NAMED_KINDS = ("md", "m", "arm", "weekday", "arweekday")


def find_dates(text: str, article_date: dt.date) -> list[DatePhrase]:
    """Dated phrases found by our own patterns (English and Arabic) and resolved with dateparser."""
    base = dt.datetime.combine(article_date, dt.time())
    folded = text.translate(_AR_FOLD)
    found = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(folded):
            found.append((m.start(), -m.end(), kind, m))
    out, taken_until = [], -1
    for start, neg_end, kind, m in sorted(found, key=lambda f: (f[0], f[1])):
        if start < taken_until:
            continue
        resolved = _resolve(kind, m, base)
        if resolved is None:
            continue
        prec, when, relative, note = resolved
        anchor = "absolute" if not relative else "named" if kind in _NAMED_KINDS else "counted"
        out.append(DatePhrase(start, -neg_end, text[start:-neg_end], _at(when, prec), prec, relative, note, anchor))
        taken_until = -neg_end
    return out
