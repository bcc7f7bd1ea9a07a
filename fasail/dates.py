"""Partial dates with an honest precision: parse, bound and format them."""
from __future__ import annotations

import re

import pandas as pd

PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}  # length of the written form -> precision

_FORMS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}


def precision_of(text: str) -> str | None:
    """The precision a partial ISO date is written at, or None if malformed."""
    for name, form in _FORMS.items():
        if form.match(text):
            return name
    return None


def parse_partial(text: str) -> pd.Timestamp | None:
    """First day of the period a partial ISO date names; None when invalid."""
    prec = precision_of(text)
    if prec is None:
        return None
    padded = {"day": text, "month": f"{text}-01", "year": f"{text}-01-01"}[prec]
    try:
        return pd.Timestamp(padded)
    except (ValueError, OverflowError):
        return None


def period_last_day(start: pd.Timestamp, precision: str) -> pd.Timestamp:
    """Last day of the period that starts at `start` with `precision`."""
    if precision == "month":
        return start + pd.offsets.MonthEnd(0)
    if precision == "year":
        return start + pd.offsets.YearEnd(0)
    return start


def format_date(value, precision: str | None) -> str:
    """Show a date at its precision: '31 Dec 2019', 'Mar 2026' or '2019'."""
    if value is None or pd.isna(value):
        return ""
    ts = pd.Timestamp(value)
    if precision == "year":
        return f"{ts.year}"
    if precision == "month":
        return ts.strftime("%b %Y")
    return f"{ts.day} {ts.strftime('%b %Y')}"


def format_span(start, start_precision, end, end_precision) -> str:
    """'Jan 2020 – 27 Sep 2024', 'since 2014' or 'until 3 Jan 2020'."""
    a = format_date(start, start_precision)
    b = format_date(end, end_precision)
    if a and b:
        return f"{a} – {b}"
    if a:
        return f"since {a}"
    if b:
        return f"until {b}"
    return "dates unknown"


def tie_span(start, start_precision, start_basis, end, end_precision, end_basis) -> str:
    """A tie's interval in words, saying which bounds are only attested:
    'Jul 2024 (first attested) – ongoing', 'start unknown – 3 Jan 2020', 'undated'."""
    a = format_date(start, start_precision)
    b = format_date(end, end_precision)
    if not a and not b:
        return "undated"
    left = (a + (" (first attested)" if start_basis == "attested" else "")) if a else "start unknown"
    right = (b + (" (last attested)" if end_basis == "attested" else "")) if b else "ongoing"
    return f"{left} – {right}"


# ---------------------------------------------------------- whole columns
def parse_partial_series(s: pd.Series) -> pd.Series:
    """parse_partial for a column of partial ISO strings (invalid or empty -> NaT)."""
    padded = s.where(s.str.len() != 4, s + "-01-01")
    padded = padded.where(padded.str.len() != 7, padded + "-01")
    return pd.to_datetime(padded.where(padded != "", None), format="%Y-%m-%d", errors="coerce")


def period_last_series(start: pd.Series, precisions: pd.Series) -> pd.Series:
    """period_last_day for a column: last day of each row's period."""
    prec = precisions.astype(str).str.strip()
    out = start.copy()
    m = prec == "month"
    out[m] = start[m] + pd.offsets.MonthEnd(0)
    y = prec == "year"
    out[y] = start[y] + pd.offsets.YearEnd(0)
    return out


def format_dates(dates: pd.Series, precisions: pd.Series) -> list[str]:
    """format_date for a column: '31 Dec 2019', 'Mar 2026' or '2019'."""
    prec = precisions.astype(str).to_numpy()
    day = dates.dt.day.astype("Int64").astype(str).to_numpy()
    mon = dates.dt.strftime("%b %Y").to_numpy()
    year = dates.dt.year.astype("Int64").astype(str).to_numpy()
    return [("" if y == "<NA>" else y) if p == "year" else (m if p == "month" else
            ("" if d == "<NA>" else f"{d} {m}")) for p, d, m, y in zip(prec, day, mon, year)]


def iso_partial_series(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """Back to the partial ISO form the data is written in (no padding); empty where no date."""
    prec = precisions.astype(str)
    out = dates.dt.strftime("%Y-%m-%d")
    out = out.where(prec != "month", dates.dt.strftime("%Y-%m"))
    out = out.where(prec != "year", dates.dt.strftime("%Y"))
    return out.fillna("")
