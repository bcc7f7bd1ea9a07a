"""Load and validate the dataset: plain CSV files in, typed DataFrames out.

Validation collects every problem (file, row, record id, column, reason)
instead of stopping at the first. `load_dataset(strict=True)` raises when
there is any; `strict=False` returns the valid part plus the problem list,
so the app can still serve what is sound and show what is not.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .dates import PRECISION_BY_LENGTH, format_date, parse_partial_series, period_last_series
from .citations import best_first, source_ranks
from .fastops import isin, split_lists
from .rules import check_domain
from .schema import EARLIEST_YEAR, TABLE_ORDER, TABLES, Column, Table

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MAX_CELL_CHARS = 5000
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_DATE_FORM = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
BROKEN = "\x00broken\x00"  # placeholder for rows the CSV reader could not split
# Control characters (tab, newline and CR excepted): nothing in a source's text needs them, and they
# break SVG/XML exports and the image renderer.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Characters that draw nothing: a value made only of these (and spaces) is empty to a reader.
_INVISIBLE = re.compile(r"[\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad\u180e]+")
DATE_MARGIN_DAYS = 366   # how far past the latest source a date may run (announced ends, scheduled votes)


@dataclass(frozen=True)
class DateBounds:
    """The plausible date range: no record before `earliest`; sources not after `sources_latest`
    (today), other records not after `latest` (the latest source date + a year)."""

    earliest: dt.date
    latest: dt.date
    sources_latest: dt.date

    def for_table(self, table: str) -> dt.date:
        return self.sources_latest if table == "sources" else self.latest


@dataclass(frozen=True)
class Problem:
    """One located validation problem."""

    file: str
    row: int | None  # 1-based data row (header excluded); None for file-level problems
    record_id: str | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f" row {self.row}"
        if self.record_id:
            where += f" [{self.record_id}]"
        if self.column:
            where += f" column '{self.column}'"
        return f"{where}: {self.reason}"


class DatasetError(Exception):
    """The data failed validation; `problems` lists every located problem."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        head = "\n".join(f"- {p}" for p in problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{len(problems)} problem(s) in the dataset:\n{head}{more}")


@dataclass
class Dataset:
    """Typed tables of one dataset directory, plus any problems found."""

    path: Path
    sources: pd.DataFrame
    entities: pd.DataFrame
    relationships: pd.DataFrame
    events: pd.DataFrame
    assertions: pd.DataFrame
    tallies: pd.DataFrame
    judgments: pd.DataFrame
    designations: pd.DataFrame
    postures: pd.DataFrame
    profile_facts: pd.DataFrame
    phases: pd.DataFrame
    disagreements: pd.DataFrame
    places: pd.DataFrame
    event_places: pd.DataFrame
    aliases: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    event_actors: pd.DataFrame = None  # derived from assertions: one row per event, entity and role

    def __post_init__(self):
        if self.event_actors is None:
            self.event_actors = event_actors_from(self.assertions)

    def table(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    @property
    def latest_source_date(self) -> pd.Timestamp | None:
        """Latest publication date among the sources (the data's 'as of'); a source dated
        only to a month counts from that month's first day, never from a day it may postdate."""
        d = self.sources["published"].dropna()
        return None if d.empty else d.max()

    @property
    def latest_source_label(self) -> str:
        """The latest source date at its own precision ('18 Mar 2026', or 'Mar 2026' for a month)."""
        when = self.latest_source_date
        if when is None:
            return ""
        at = self.sources.loc[self.sources["published"] == when, "published_precision"].astype(str)
        return format_date(when, "day" if "day" in set(at) else (at.iloc[0] if len(at) else "day"))

    def summary(self) -> str:
        return ", ".join(f"{len(self.table(n))} {n.replace('_', ' ')}" for n in TABLE_ORDER)


# ------------------------------------------------------------------ reading
def _read_raw(path: Path, table: Table, problems: list[Problem]) -> pd.DataFrame:
    """Read a CSV as strings; malformed files are reported, not raised."""
    name = table.file
    empty = pd.DataFrame({c: pd.Series(dtype=str) for c in table.column_names})
    if not path.exists():
        if not table.optional:
            problems.append(Problem(name, None, None, None, "file is missing"))
        return empty
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff")
        problems.append(Problem(name, None, None, None, "file is UTF-16, not UTF-8; save it as UTF-8" if utf16 else
                                f"not valid UTF-8 (byte {err.start}, line {line}); save the file as UTF-8"))
        text = raw.decode("utf-16", errors="replace") if utf16 else raw.decode("utf-8-sig", errors="replace")
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False, engine="c")
        ok = True
    except (pd.errors.ParserError, ValueError):
        ok = False
    if not ok:
        df = _read_tolerant(text, name, problems)
    if df is None:
        return empty
    df.columns = [str(c).strip() for c in df.columns]
    expected = table.column_names
    missing = [c for c in expected if c not in df.columns]
    extra = [c for c in df.columns if c not in expected]
    for c in missing:
        problems.append(Problem(name, None, None, c, "required column is missing from the header"))
    for c in extra:
        problems.append(Problem(name, None, None, c, "unknown column (not in the schema)"))
    for c in missing:
        df[c] = ""
    return df[expected].reset_index(drop=True)


def _read_tolerant(text: str, name: str, problems: list[Problem]) -> pd.DataFrame | None:
    """Row-by-row reader for files pandas rejects: keep good rows, report bad ones."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        problems.append(Problem(name, None, None, None, "file is empty or has no readable header"))
        return None
    rows, row_no = [], 0
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            row_no += 1
            problems.append(Problem(name, row_no, None, None, f"unreadable CSV row ({err})"))
            continue
        row_no += 1
        if len(rec) != len(header):
            problems.append(Problem(name, row_no, rec[0] if rec else None, None,
                                    f"has {len(rec)} fields, the header has {len(header)} (check quoting)"))
            rows.append(None)
            continue
        rows.append(rec)
    # Broken rows stay as placeholders so row numbers keep matching the file.
    good = [r if r is not None else [BROKEN] * len(header) for r in rows]
    return pd.DataFrame(good, columns=header, dtype=str)


# --------------------------------------------------------------- validation
def _check_column(df: pd.DataFrame, table: Table, col: Column, keys: dict[str, set[str]],
                  report, bounds: DateBounds) -> None:
    s = df[col.name].str.strip()
    blank = s == ""
    if col.required:
        report(blank, col.name, "required value is empty")
    present = ~blank
    report(present & (s.str.len() > MAX_CELL_CHARS), col.name, f"longer than {MAX_CELL_CHARS} characters")
    control = present & s.str.contains(_CONTROL)
    report(control, col.name, lambda v: "contains a control character "
           f"(U+{ord(_CONTROL.search(v).group()):04X}); remove it" if _CONTROL.search(v) else "contains a control character")
    if col.required:
        invisible = present & ~control & (s.str.replace(_INVISIBLE, "", regex=True) == "")
        report(invisible, col.name, "is empty once invisible characters (zero-width, direction marks) are removed")
    if col.kind == "id":
        report(present & ~s.str.match(_ID), col.name, "id must be a lowercase slug (a-z, 0-9, '.', '_', '-')")
    elif col.kind == "enum":
        bad = present & ~s.isin(col.choices)
        report(bad, col.name, lambda v: f"'{v}' is not one of: {', '.join(col.choices)}")
    elif col.kind == "precision":
        bad = present & ~s.isin(col.choices)
        report(bad, col.name, lambda v: f"'{v}' is not one of: {', '.join(col.choices)}")
        date_col = df[col.precision_of].str.strip()
        report(blank & (date_col != ""), col.name, f"precision is required when '{col.precision_of}' is given")
        report(present & (date_col == ""), col.name, f"precision given but '{col.precision_of}' is empty")
        expected = date_col.str.len().map(PRECISION_BY_LENGTH)
        mismatch = present & (date_col != "") & s.isin(col.choices) & expected.notna() & (expected != s)
        report(mismatch, col.name, lambda v: f"'{v}' does not match the form of '{col.precision_of}' "
                                             "(YYYY-MM-DD = day, YYYY-MM = month, YYYY = year; never pad)")
    elif col.kind == "date":
        form_ok = s.str.match(_DATE_FORM)
        report(present & ~form_ok, col.name, lambda v: f"'{v}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        parsed = parse_partial_series(s.where(present & form_ok, ""))
        report(present & form_ok & parsed.isna(), col.name, lambda v: f"'{v}' is not a real calendar date")
        early, late = pd.Timestamp(bounds.earliest), pd.Timestamp(bounds.for_table(table.name))
        latest_words = ("today" if table.name == "sources" else
                        f"a year past the latest source (limit {bounds.latest.isoformat()})")
        report(parsed.notna() & (parsed < early), col.name,
               lambda v: f"'{v}' is before {bounds.earliest.year} (implausible for this dataset)")
        report(parsed.notna() & (parsed > late), col.name, lambda v: f"'{v}' is later than {latest_words}: implausible")
    elif col.kind == "bool":
        report(present & ~s.str.lower().isin(["true", "false"]), col.name, lambda v: f"'{v}' is not true or false")
    elif col.kind in ("int", "float"):
        num = pd.to_numeric(s.where(present, None), errors="coerce")
        report(present & num.isna(), col.name, lambda v: f"'{v}' is not a number")
        whole_ok = num.notna()
        if col.kind == "int":
            not_whole = present & num.notna() & ((num % 1 != 0) | (num < 0))
            report(not_whole, col.name, lambda v: f"'{v}' is not a whole non-negative number")
            whole_ok &= ~not_whole
        if col.limits:
            lo, hi = col.limits
            report(present & whole_ok & ((num < lo) | (num > hi)), col.name,
                   f"outside the plausible range {lo:,}..{hi:,}")
    elif col.kind == "url":
        report(present & ~s.str.match(r"^https?://[^\s<>\"]+$"), col.name,
               lambda v: "only http(s) addresses without spaces, quotes or angle brackets are allowed")
    elif col.kind == "ref":
        known = keys.get(col.ref, set())
        report(present & ~isin(s, known), col.name, lambda v: f"'{v}' is not a known {col.ref} id")
    elif col.kind == "refs":
        known = keys.get(col.ref, set())
        lists = pd.Series(split_lists(s), index=df.index, dtype=object)
        report.splits[col.name] = lists
        parts = lists.explode().dropna()
        parts = parts[~isin(parts.astype("str"), known)]
        for i, missing in parts.groupby(level=0, sort=True):
            report.single(i, col.name, f"unknown {col.ref} id(s): {', '.join(missing)}")
        if col.required:
            report(present & (lists.map(len) == 0), col.name, "needs at least one id")


class _Reporter:
    """Collects vectorised check results as located problems."""

    def __init__(self, table: Table, df: pd.DataFrame, problems: list[Problem]):
        self.table, self.df, self.problems = table, df, problems
        self.bad_rows: set[int] = set()
        self.splits: dict[str, pd.Series] = {}   # list columns, split once for the checks and the typing
        self._ids = df[table.key] if table.key else df.iloc[:, 0]

    def __call__(self, mask: pd.Series, column: str, reason) -> None:
        if not mask.any():
            return
        for i in self.df.index[mask.fillna(False).astype(bool)]:
            text = reason(self.df.at[i, column].strip()[:80]) if callable(reason) else reason
            self.single(i, column, text)

    def single(self, i: int, column: str | None, reason: str) -> None:
        self.bad_rows.add(i)
        rid = str(self._ids.at[i]).strip()[:80] or None
        self.problems.append(Problem(self.table.file, int(i) + 1, rid, column, reason))


def _check_cross(df: pd.DataFrame, table: Table, report: _Reporter) -> None:
    parsed = {c.name: parse_partial_series(df[c.name].str.strip().where(df[c.name].str.strip().str.match(_DATE_FORM), ""))
              for c in table.columns if c.kind == "date"}

    def last(col):
        return period_last_series(parsed[col], df[f"{col}_precision"])

    def ordered(a, b, msg):
        report((parsed[b] < parsed[a]) & (last(b) < parsed[a]), b, msg)

    for check in table.checks:
        if check == "url_or_seed":
            has_url, has_seed = df["url"].str.strip() != "", df["seed_file"].str.strip() != ""
            report(has_url == has_seed, "url", "give exactly one of url or seed_file")
        elif check == "founded_before_ended":
            ordered("founded", "ended", "ended before it was founded")
        elif check == "start_before_end":
            ordered("start", "end", "end is before start")
        elif check == "date_before_end_date":
            ordered("date", "end_date", "end_date is before date")
        elif check == "basis_with_date":
            for col in ("start", "end"):
                has_date, has_basis = df[col].str.strip() != "", df[f"{col}_basis"].str.strip() != ""
                report(has_date & ~has_basis, f"{col}_basis", f"say whether '{col}' is actual or attested")
                report(~has_date & has_basis, f"{col}_basis", f"basis given but '{col}' is empty")
        elif check == "no_self_loop":
            report(df["from_id"].str.strip() == df["to_id"].str.strip(), "to_id", "a tie cannot point to itself")
        elif check == "lat_lon_pair":
            report((df["latitude"].str.strip() == "") != (df["longitude"].str.strip() == ""), "longitude",
                   "give both latitude and longitude, or neither")
        elif check == "coordinates_need_a_source":
            report((df["latitude"].str.strip() != "") & (df["source_ids"].str.strip() == ""), "source_ids",
                   "coordinates need the page that gives them")
        elif check == "claim_is_by_claimant":
            kind, role = df["assertion"].str.strip(), df["role"].str.strip()
            report((role == "claimant") & ~kind.isin(["claim", "contest", "denial", "report"]), "assertion",
                   "a claimant link is asserted by a claim (or reported, contested or denied by someone else)")


def _validate_table(df: pd.DataFrame, table: Table, keys: dict[str, set[str]],
                    problems: list[Problem], bounds: DateBounds) -> tuple[set[int], dict[str, pd.Series]]:
    report = _Reporter(table, df, problems)
    broken = (df == BROKEN).any(axis=1) if len(df.columns) else pd.Series(False, index=df.index)
    report.bad_rows.update(df.index[broken])
    work = df.loc[~broken]
    sub = _Reporter(table, work, problems)
    if table.key:
        ids = work[table.key].str.strip()
        sub(ids.duplicated(keep="first") & (ids != ""), table.key, lambda v: f"duplicate id '{v}'")
    for col in table.columns:
        _check_column(work, table, col, keys, sub, bounds)
    _check_cross(work, table, sub)
    return report.bad_rows | sub.bad_rows, sub.splits


# ------------------------------------------------------------------- typing
def _typed(df: pd.DataFrame, table: Table, splits: dict[str, pd.Series]) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    for col in table.columns:
        s = df[col.name].str.strip()
        if col.kind == "date":
            out[col.name] = parse_partial_series(s)
        elif col.kind in ("enum", "precision"):
            out[col.name] = pd.Categorical(s.where(s != "", None), categories=list(col.choices))
        elif col.kind == "bool":
            out[col.name] = s.str.lower() == "true"
        elif col.kind == "int":
            out[col.name] = pd.to_numeric(s.where(s != "", None), errors="coerce").astype("Int64")
        elif col.kind == "float":
            out[col.name] = pd.to_numeric(s.where(s != "", None), errors="coerce").astype("Float64")
        elif col.kind in ("list", "refs"):
            done = splits.get(col.name)
            out[col.name] = (done.loc[df.index] if done is not None
                             else pd.Series(split_lists(s), index=s.index, dtype=object))
        else:
            out[col.name] = s
    for col in table.columns:
        if col.kind == "precision":
            out[f"{col.precision_of}_last"] = period_last_series(out[col.precision_of], out[col.name])
    return out.reset_index(drop=True)


_CONF_ORDER = {"high": 0, "medium": 1, "low": 2}


def event_actors_from(assertions: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, entity, role), with the highest confidence any assertion gives it."""
    cols = ["event_id", "entity_id", "role", "confidence", "note"]
    if assertions.empty:
        return pd.DataFrame({c: pd.Series(dtype=str) for c in cols})
    a = assertions.assign(_rank=assertions["confidence"].astype(str).map(_CONF_ORDER))
    a = a.sort_values(["event_id", "entity_id", "role", "_rank"], kind="stable")
    out = a.drop_duplicates(["event_id", "entity_id", "role"])[cols].reset_index(drop=True)
    return out


# ------------------------------------------------------------------ public
def validate(path: str | Path | None = None) -> list[Problem]:
    """Every problem in the dataset at `path` (empty list = valid)."""
    return load_dataset(path, strict=False).problems


def date_bounds(sources: pd.DataFrame, today: dt.date | None = None) -> DateBounds:
    """Plausible dates for a dataset whose raw `sources` table is given: sources up to today,
    other records up to a year past the latest (plausible) source date."""
    today = today or dt.date.today()
    published = parse_partial_series(sources["published"].str.strip().where(
        sources["published"].str.strip().str.match(_DATE_FORM), ""))
    ok = published[(published >= pd.Timestamp(EARLIEST_YEAR, 1, 1)) & (published <= pd.Timestamp(today))]
    latest = ok.max().date() if not ok.empty else today
    return DateBounds(dt.date(EARLIEST_YEAR, 1, 1), latest + dt.timedelta(days=DATE_MARGIN_DAYS), today)


def load_dataset(path: str | Path | None = None, strict: bool = True, bounds: DateBounds | None = None) -> Dataset:
    """Load and validate the dataset in `path` (default: the shipped data/).

    strict=True raises DatasetError listing every problem; strict=False keeps
    only rows without problems (and rows whose references survive) and
    returns the problems on `Dataset.problems`. `bounds` overrides the
    plausible date range (default: `date_bounds` of the sources).
    """
    base = Path(path) if path is not None else DEFAULT_DATA_DIR
    # --- snapshot (fasail/snapshot.py): the same Dataset from a validated snapshot of these exact
    # CSV bytes when one is stored, else the full load below (then snapshotted). FASAIL_SNAPSHOT=0: off.
    from . import snapshot
    ds = snapshot.load(base, bounds, _load_and_validate)
    if strict and ds.problems:
        raise DatasetError(ds.problems)
    return ds


def _load_and_validate(base: Path, bounds: DateBounds | None) -> Dataset:
    """The full load + validation of `base` (load_dataset with strict=False, no snapshot)."""
    # --- end of the snapshot change; the body below is load_dataset's, unchanged but for `strict`.
    problems: list[Problem] = []
    raw: dict[str, pd.DataFrame] = {}
    for name in TABLE_ORDER:
        raw[name] = _read_raw(base / TABLES[name].file, TABLES[name], problems)
        table = TABLES[name]
        if table.needs_rows and raw[name].empty and (base / table.file).exists() and \
                not any(p.file == table.file and p.row is None and p.column is None for p in problems):
            problems.append(Problem(table.file, None, None, None, "file has a header but no rows"))
    bounds = bounds or date_bounds(raw["sources"])
    # References are checked against every id present, so one bad row does not
    # cascade into a page of dangling-reference noise.
    keys = {n: set(raw[n][TABLES[n].key].str.strip().tolist()) for n in TABLE_ORDER if TABLES[n].key}
    bad: dict[str, set[int]] = {}
    splits: dict[str, dict[str, pd.Series]] = {}
    for name in TABLE_ORDER:
        bad[name], splits[name] = _validate_table(raw[name], TABLES[name], keys, problems, bounds)
    tables: dict[str, pd.DataFrame] = {}
    file_rows: dict[str, pd.Series] = {}
    dropped: dict[str, set[str]] = {}
    for name in TABLE_ORDER:
        table = TABLES[name]
        df = raw[name].drop(index=list(bad[name]))
        # Drop rows that point at rows dropped for their own problems.
        for col in table.columns:
            if col.kind == "ref" and dropped.get(col.ref):
                hit = isin(df[col.name].str.strip(), dropped[col.ref])
                for i in df.index[hit]:
                    problems.append(Problem(table.file, int(i) + 1, None, col.name,
                                            f"dropped: refers to invalid {col.ref} record '{df.at[i, col.name]}'"))
                df = df[~hit]
        if table.key:
            # A duplicate's valid twin survives, so only ids with no surviving row count as dropped.
            dropped[name] = set(raw[name][table.key].str.strip().tolist()) - set(df[table.key].str.strip().tolist())
        tables[name] = _typed(df, table, splits[name])
        file_rows[name] = pd.Series([int(i) + 1 for i in df.index], dtype=object)
    # Every record lists its best sources first, so pages, cards and decks cite them first.
    ranks = source_ranks(tables["sources"])
    for name, df in tables.items():
        if "source_ids" in df.columns:
            df["source_ids"] = [best_first(ranks, ids) for ids in df["source_ids"]]
    problems += check_domain(tables, file_rows)
    return Dataset(path=base, problems=problems, **tables)
