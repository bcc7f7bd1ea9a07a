"""The safe way new records reach data/: validated, canonical, atomic, logged, undoable.

Every write happens under an exclusive lock on `data/.ingest/lock` and re-reads the files
first, so two sessions accepting at once both land. The would-be dataset is validated in a
temporary copy before anything is written; only problems the change introduces block it.
Untouched rows are kept as their raw lines, and new rows are serialised with the same
csv writer that wrote the files, so `git diff` shows only the new lines. Changed files are
swapped in by rename with a journal and backups: all files change or none do. Each ingest
is one JSON line in `data/.ingest/log.jsonl`, which `undo_last` reads to reverse it.
"""
from __future__ import annotations

import csv
import errno
import fcntl
import hashlib
import io
import json
import os
import secrets
import shutil
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .dataset import Problem, load_dataset
from .schema import TABLE_ORDER, TABLES, Table

INGEST_DIR = ".ingest"
LOCK_TIMEOUT = 10.0  # seconds to wait for another session's write to finish

# Orders the shipped files keep (see scripts/merge_research.py): events and tallies are sorted
# by date then id; child rows sit next to their parent's other rows.
SORTED_BY: dict[str, tuple[str, ...]] = {"events": ("date", "event_id"), "tallies": ("as_of", "tally_id")}
PARENT_COLUMN: dict[str, str] = {"assertions": "event_id", "event_places": "event_id", "aliases": "entity_id",
                                 "postures": "entity_id", "profile_facts": "entity_id",
                                 "designations": "entity_id"}


class WriteError(Exception):
    """Nothing was written; `problems` lists each located reason."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        self.problems = list(problems or [])
        shown = "\n".join(f"- {p}" for p in self.problems[:20])
        more = f"\n... and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(message + (f"\n{shown}{more}" if shown else ""))


@dataclass(frozen=True)
class Receipt:
    """What one write did: its log id, the files it changed and per-table counts."""

    id: str
    files: tuple[str, ...]
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


# ------------------------------------------------------------------ file model
@dataclass
class _Record:
    raw: str              # the record's exact text in the file, line ending included
    row: dict | None      # parsed values; None for blank or unsplittable lines (kept verbatim)


@dataclass
class _File:
    table: Table
    header: str
    records: list[_Record]
    existed: bool

    def text(self) -> str:
        return self.header + "".join(r.raw for r in self.records)

    def header_matches(self) -> bool:
        names = next(csv.reader(io.StringIO(self.header)), [])
        if names:
            names[0] = names[0].lstrip("\ufeff")
        return [n.strip() for n in names] == self.table.column_names


def _split_lines(text: str) -> list[str]:
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _read_file(data_dir: Path, table: Table) -> _File:
    """The file as header text plus raw records, each with its parsed row."""
    path = data_dir / table.file
    if not path.exists():
        return _File(table, _serialise_header(table), [], existed=False)
    try:
        lines = _split_lines(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise WriteError("Nothing was saved: a data file is not valid UTF-8; save it as UTF-8 first.",
                         [Problem(table.file, None, None, None, "not valid UTF-8")]) from None
    fed = 0  # lines handed to the csv reader so far
    start = 0  # first line of the record being read

    def feed():
        nonlocal fed
        while fed < len(lines):
            fed += 1
            yield lines[fed - 1]

    cols = table.column_names
    header, records = None, []
    reader = csv.reader(feed())
    try:
        for values in reader:
            raw = "".join(lines[start:fed])
            start = fed
            if header is None:
                header = raw
            else:
                records.append(_Record(raw, dict(zip(cols, values)) if len(values) == len(cols) else None))
    except csv.Error:
        pass  # an unreadable tail stays verbatim below; validation reports it
    if start < len(lines):
        records.append(_Record("".join(lines[start:]), None))
    return _File(table, header if header is not None else _serialise_header(table), records, existed=True)


def _serialise_header(table: Table) -> str:
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=table.column_names, lineterminator="\n").writeheader()
    return buf.getvalue()


def _serialise(table: Table, row: dict) -> str:
    """One row exactly as scripts/merge_research.py writes it."""
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=table.column_names, lineterminator="\n").writerow(row)
    return buf.getvalue()


def _key_of(table: Table, row: dict) -> str | None:
    return row[table.key].strip() if table.key else None


def _normalise(table: Table, row: dict, problems: list[Problem]) -> dict:
    unknown = [c for c in row if c not in table.column_names]
    for c in unknown:
        problems.append(Problem(table.file, None, None, c, "unknown column (not in the schema)"))
    return {c: "" if row.get(c) is None else str(row.get(c)) for c in table.column_names}


# ---------------------------------------------------------------- placement
def _sort_position(records: list[_Record], cols: tuple[str, ...], row: dict) -> int | None:
    """Insertion index keeping the file sorted by the longest prefix of `cols` it is sorted by
    (after rows that tie); None when the file keeps no such order."""
    valid = [(i, r.row) for i, r in enumerate(records) if r.row is not None]
    for n in range(len(cols), 0, -1):
        keys = [tuple(r[c] for c in cols[:n]) for _, r in valid]
        if all(a <= b for a, b in zip(keys, keys[1:])):
            new = tuple(row[c] for c in cols[:n])
            after = [i for (i, _), k in zip(valid, keys) if k <= new]
            return after[-1] + 1 if after else (valid[0][0] if valid else len(records))
    return None


def _child_position(records: list[_Record], column: str, row: dict, parent_order: dict[str, int]) -> int | None:
    """After the parent's other rows; for a parent without rows, at its place in the parent
    file's order if the file's rows follow it; None when neither applies."""
    parent = row[column].strip()
    same = [i for i, r in enumerate(records) if r.row is not None and r.row[column].strip() == parent]
    if same:
        return same[-1] + 1
    if parent not in parent_order:
        return None
    ranked = [(i, parent_order.get(r.row[column].strip())) for i, r in enumerate(records) if r.row is not None]
    if any(rank is None for _, rank in ranked):
        return None
    ranks = [rank for _, rank in ranked]
    if not all(a <= b for a, b in zip(ranks, ranks[1:])):
        return None
    mine = parent_order[parent]
    later = [i for i, rank in ranked if rank > mine]
    return later[0] if later else len(records)


def _insert(files: dict[str, _File], name: str, row: dict) -> None:
    f = files[name]
    table = f.table
    pos = None
    if name in SORTED_BY:
        pos = _sort_position(f.records, SORTED_BY[name], row)
    elif name in PARENT_COLUMN:
        column = PARENT_COLUMN[name]
        parent = TABLES[table.column(column).ref]
        parent_rows = [r.row for r in files[parent.name].records if r.row is not None]
        order: dict[str, int] = {}
        for i, r in enumerate(parent_rows):
            order.setdefault(r[parent.key].strip(), i)
        pos = _child_position(f.records, column, row, order)
    if pos is None:
        pos = len(f.records)
    if pos > 0 and not f.records[pos - 1].raw.endswith("\n"):
        f.records[pos - 1].raw += "\n"  # a last line without its newline
    if pos == 0 and not f.header.endswith("\n"):
        f.header += "\n"
    f.records.insert(pos, _Record(_serialise(table, row), dict(row)))


# ------------------------------------------------------------------ paths, lock
def _ingest_dir(data_dir: Path) -> Path:
    d = data_dir / INGEST_DIR
    d.mkdir(parents=True, exist_ok=True)
    return d


@contextmanager
def _locked(data_dir: Path, timeout: float):
    fd = os.open(_ingest_dir(data_dir) / "lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as err:
                if err.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise WriteError("another session is writing; try again") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _new_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(3)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _tmp_name(data_dir: Path, file: str, write_id: str) -> Path:
    return data_dir / f".{file}.{write_id}.tmp"


# ------------------------------------------------------------------ journal
def _journal_path(data_dir: Path) -> Path:
    return data_dir / INGEST_DIR / "journal.json"


def _logged_ids(data_dir: Path) -> set[str]:
    return {e.get("id") for e in _read_log(data_dir)}


def _rollback(data_dir: Path, journal: dict) -> None:
    """Put every file the journal names back as it was before the write."""
    backup = data_dir / INGEST_DIR / journal["backup"]
    for entry in journal["files"]:
        target = data_dir / entry["file"]
        if entry["existed"]:
            restore = _tmp_name(data_dir, entry["file"], journal["id"] + "-restore")
            shutil.copy2(backup / entry["file"], restore)
            with open(restore, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(restore, target)
        elif target.exists():
            target.unlink()
    fsync_dir(data_dir)


def _cleanup(data_dir: Path, journal: dict) -> None:
    for entry in journal["files"]:
        _tmp_name(data_dir, entry["file"], journal["id"]).unlink(missing_ok=True)
    shutil.rmtree(data_dir / INGEST_DIR / journal["backup"], ignore_errors=True)
    _journal_path(data_dir).unlink(missing_ok=True)


def _recover(data_dir: Path) -> None:
    """Finish what an interrupted write left: the log line is the commit point, so a journal
    whose id is logged is only cleaned up, and any other is rolled back."""
    path = _journal_path(data_dir)
    if path.exists():
        journal = json.loads(path.read_text(encoding="utf-8"))
        if journal["id"] not in _logged_ids(data_dir):
            _rollback(data_dir, journal)
        _cleanup(data_dir, journal)
    # Leftovers of a write that died before its journal existed (nothing was replaced yet).
    for stray in data_dir.glob(".*.csv.*.tmp"):
        stray.unlink(missing_ok=True)
    for stray in (data_dir / INGEST_DIR).glob("backup-*"):
        shutil.rmtree(stray, ignore_errors=True)


def _commit(data_dir: Path, write_id: str, changed: dict[str, str], entry: dict,
            removed: set[str] = frozenset()) -> None:
    """Replace every changed file (and delete `removed` ones), then log; on any failure
    restore what was already replaced."""
    ingest = _ingest_dir(data_dir)
    files = []
    for file, text in changed.items():
        target = data_dir / file
        tmp = _tmp_name(data_dir, file, write_id)
        write_synced(tmp, text.encode("utf-8"))
        if target.exists():
            shutil.copymode(target, tmp)
        files.append({"file": file, "existed": target.exists(), "remove": False})
    files += [{"file": file, "existed": True, "remove": True} for file in sorted(removed)]
    backup = ingest / f"backup-{write_id}"
    backup.mkdir()
    for f in files:
        if f["existed"]:
            shutil.copy2(data_dir / f["file"], backup / f["file"])
            with open(backup / f["file"], "rb") as fh:
                os.fsync(fh.fileno())
    fsync_dir(backup)
    journal = {"id": write_id, "backup": backup.name, "files": files}
    journal_tmp = ingest / "journal.json.tmp"
    write_synced(journal_tmp, json.dumps(journal).encode("utf-8"))
    os.replace(journal_tmp, _journal_path(data_dir))
    fsync_dir(ingest)
    try:
        for f in files:
            if f["remove"]:
                (data_dir / f["file"]).unlink()
            else:
                os.replace(_tmp_name(data_dir, f["file"], write_id), data_dir / f["file"])
        fsync_dir(data_dir)
        _append_log(data_dir, entry)
    except Exception as err:
        _rollback(data_dir, journal)
        _cleanup(data_dir, journal)
        raise WriteError(f"Nothing was saved: writing the files failed ({err}); every file was put back.") from err
    except BaseException:
        _rollback(data_dir, journal)
        _cleanup(data_dir, journal)
        raise
    _cleanup(data_dir, journal)


# ------------------------------------------------------------------ log
def _log_path(data_dir: Path) -> Path:
    return data_dir / INGEST_DIR / "log.jsonl"


def _append_log(data_dir: Path, entry: dict) -> None:
    path = _log_path(data_dir)
    line = json.dumps(entry, ensure_ascii=False) + "\n"
    with open(path, "ab") as fh:
        if fh.tell() > 0:
            with open(path, "rb") as check:
                check.seek(-1, os.SEEK_END)
                if check.read(1) != b"\n":
                    line = "\n" + line  # a torn last line must not swallow this one
        fh.write(line.encode("utf-8"))
        fh.flush()
        os.fsync(fh.fileno())


def _read_log(data_dir: Path) -> list[dict]:
    path = _log_path(data_dir)
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line torn by a crash was never committed
    return entries


def history(data_dir: str | Path) -> list[dict]:
    """The ingest log's entries, newest first."""
    return list(reversed(_read_log(Path(data_dir))))


# ------------------------------------------------------------------ validation
def _signatures(problems: list[Problem]) -> Counter:
    return Counter((p.file, p.record_id, p.column, p.reason) for p in problems)


_PROBLEMS_BY_CONTENT: dict[str, list[Problem]] = {}  # validation is a pure function of the files' bytes


def _problems(data_dir: Path) -> list[Problem]:
    """load_dataset's problems for the table files in `data_dir`, remembered by their content
    (a write's 'after' is the next write's 'before', so a session validates once per write)."""
    digest = hashlib.sha256()
    for name in TABLE_ORDER:
        path = data_dir / TABLES[name].file
        if path.exists():
            digest.update(f"{path.name}\0".encode() + hashlib.sha256(path.read_bytes()).digest())
    key = digest.hexdigest()
    problems = _PROBLEMS_BY_CONTENT.get(key)
    if problems is None:
        problems = load_dataset(data_dir, strict=False).problems
        if len(_PROBLEMS_BY_CONTENT) > 16:
            _PROBLEMS_BY_CONTENT.clear()
        _PROBLEMS_BY_CONTENT[key] = problems
    return problems


def _validate_change(data_dir: Path, changed: dict[str, str], removed: set[str]) -> None:
    """Raise WriteError if the changed files bring problems the dataset did not have."""
    before = _problems(data_dir)
    with tempfile.TemporaryDirectory(prefix="fasail-ingest-") as tmp:
        tmp_dir = Path(tmp)
        for name in TABLE_ORDER:
            file = TABLES[name].file
            if file in changed:
                (tmp_dir / file).write_bytes(changed[file].encode("utf-8"))
            elif file not in removed and (data_dir / file).exists():
                shutil.copyfile(data_dir / file, tmp_dir / file)
        after = _problems(tmp_dir)
    left = _signatures(before)
    new = []
    for p in after:
        sig = (p.file, p.record_id, p.column, p.reason)
        if left[sig] > 0:
            left[sig] -= 1
        else:
            new.append(p)
    if new:
        raise WriteError(f"Nothing was saved: the change would bring {len(new)} problem(s) into the data.", new)


def _load_all(data_dir: Path) -> dict[str, _File]:
    return {name: _read_file(data_dir, TABLES[name]) for name in TABLE_ORDER}


def _check_headers(files: dict[str, _File], names: set[str]) -> None:
    bad = [Problem(files[n].table.file, None, None, None, "the header differs from the schema; fix it first")
           for n in sorted(names) if files[n].existed and not files[n].header_matches()]
    if bad:
        raise WriteError("Nothing was saved: a file to change does not have the schema's columns.", bad)


# ------------------------------------------------------------------ public
def append_records(data_dir: str | Path, new: dict[str, list[dict]], updates: dict[str, list[dict]] | None = None,
                   *, who: str, what: str, lock_timeout: float = LOCK_TIMEOUT) -> Receipt:
    """Add `new` rows (table -> rows) and replace `updates` rows (table -> whole rows of existing
    keys) in one validated, atomic, logged write. Raises WriteError and writes nothing if a
    key already exists or the change brings any validation problem."""
    data_dir = Path(data_dir)
    new, updates = new or {}, updates or {}
    with _locked(data_dir, lock_timeout):
        _recover(data_dir)
        unknown = sorted((set(new) | set(updates)) - set(TABLES))
        if unknown:
            raise WriteError(f"Nothing was saved: unknown table(s): {', '.join(unknown)}.")
        files = _load_all(data_dir)
        touched = {n for n in TABLE_ORDER if new.get(n) or updates.get(n)}
        if not touched:
            return Receipt("", (), {})
        _check_headers(files, touched)
        problems: list[Problem] = []
        added: dict[str, list[dict]] = {}
        updated: dict[str, list[dict]] = {}
        for name in TABLE_ORDER:
            table = TABLES[name]
            f = files[name]
            by_key = {_key_of(table, r.row): r for r in f.records if r.row is not None} if table.key else {}
            for row in updates.get(name, []):
                row = _normalise(table, row, problems)
                if not table.key:
                    problems.append(Problem(table.file, None, None, None, "rows without a key cannot be updated"))
                    continue
                key = _key_of(table, row)
                record = by_key.get(key)
                if record is None:
                    problems.append(Problem(table.file, None, key, table.key, f"no existing row '{key}' to update"))
                    continue
                if record.row == row:
                    continue
                updated.setdefault(name, []).append({"key": key, "before": dict(record.row), "after": row,
                                                     "before_raw": record.raw})
                record.raw, record.row = _serialise(table, row), row
            existing = set(by_key) if table.key else {tuple(r.row.values()) for r in f.records if r.row}
            for row in new.get(name, []):
                row = _normalise(table, row, problems)
                ident = _key_of(table, row) if table.key else tuple(row.values())
                if ident in existing:
                    problems.append(Problem(table.file, None, _key_of(table, row) or row[table.column_names[0]],
                                            table.key, f"'{ident}' already exists" if table.key else
                                            "an identical row already exists"))
                    continue
                existing.add(ident)
                _insert(files, name, row)
                added.setdefault(name, []).append({"key": _key_of(table, row), "row": row})
        if problems:
            raise WriteError("Nothing was saved:", problems)
        if not added and not updated:
            return Receipt("", (), {})
        changed_names = set(added) | set(updated)
        changed = {files[n].table.file: files[n].text() for n in TABLE_ORDER if n in changed_names}
        _validate_change(data_dir, changed, set())
        write_id = _new_id()
        created = [files[n].table.file for n in TABLE_ORDER if n in changed_names and not files[n].existed]
        entry = {"id": write_id, "action": "ingest", "when": _now(), "who": who, "what": what,
                 "files": list(changed), "created": created, "added": added, "updated": updated}
        _commit(data_dir, write_id, changed, entry)
        counts = {n: {"added": len(added.get(n, [])), "updated": len(updated.get(n, []))}
                  for n in TABLE_ORDER if n in changed_names}
        return Receipt(write_id, tuple(changed), counts)


def _last_undoable(entries: list[dict]) -> dict | None:
    undone = {e.get("undoes") for e in entries if e.get("action") == "undo"}
    for e in reversed(entries):
        if e.get("action") == "ingest" and e["id"] not in undone:
            return e
    return None


def undo_last(data_dir: str | Path, who: str, *, lock_timeout: float = LOCK_TIMEOUT) -> Receipt:
    """Reverse the most recent ingest not yet undone: remove the rows it added and restore the
    rows it updated, only if they are still as it left them. Validated, atomic and logged
    like an ingest."""
    data_dir = Path(data_dir)
    with _locked(data_dir, lock_timeout):
        _recover(data_dir)
        target = _last_undoable(_read_log(data_dir))
        if target is None:
            raise WriteError("There is no ingest left to undo.")
        files = _load_all(data_dir)
        problems: list[Problem] = []
        changed_names: set[str] = set()
        for name, rows in target.get("updated", {}).items():
            table, f = TABLES[name], files[name]
            for u in rows:
                record = next((r for r in f.records if r.row is not None and _key_of(table, r.row) == u["key"]),
                              None)
                if record is None or record.row != u["after"]:
                    problems.append(Problem(table.file, None, u["key"], None,
                                            "no longer present" if record is None else "changed since that ingest"))
                    continue
                record.raw, record.row = u.get("before_raw") or _serialise(table, u["before"]), dict(u["before"])
                changed_names.add(name)
        for name, rows in target.get("added", {}).items():
            table, f = TABLES[name], files[name]
            for a in rows:
                if table.key:
                    i = next((i for i, r in enumerate(f.records)
                              if r.row is not None and _key_of(table, r.row) == a["key"]), None)
                    if i is not None and f.records[i].row != a["row"]:
                        problems.append(Problem(table.file, None, a["key"], None, "changed since that ingest"))
                        continue
                else:
                    i = next((i for i, r in enumerate(f.records) if r.row == a["row"]), None)
                if i is None:
                    problems.append(Problem(table.file, None, a["key"] or a["row"][table.column_names[0]], None,
                                            "no longer present as that ingest left it"))
                    continue
                del f.records[i]
                changed_names.add(name)
        if problems:
            raise WriteError(f"Cannot undo ingest {target['id']} ({target.get('what', '')}): "
                             "rows it wrote have changed since.", problems)
        created = set(target.get("created", []))
        removed = {files[n].table.file for n in changed_names
                   if files[n].table.file in created and not files[n].records}
        changed = {files[n].table.file: files[n].text() for n in TABLE_ORDER
                   if n in changed_names and files[n].table.file not in removed}
        _validate_change(data_dir, changed, removed)
        undo_id = _new_id()
        entry = {"id": undo_id, "action": "undo", "undoes": target["id"], "when": _now(), "who": who,
                 "what": f"undo {target['id']}: {target.get('what', '')}", "files": sorted(set(changed) | removed),
                 "removed": target.get("added", {}), "restored": target.get("updated", {})}
        _commit(data_dir, undo_id, changed, entry, removed)
        counts = {n: {"removed": len(target.get("added", {}).get(n, [])),
                      "restored": len(target.get("updated", {}).get(n, []))}
                  for n in TABLE_ORDER if n in changed_names}
        return Receipt(undo_id, tuple(sorted(set(changed) | removed)), counts)
