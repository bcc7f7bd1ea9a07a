"""Command line: `python -m fasail validate [DIR]`, `coverage [DIR]`, `codebook`,
`export --format {csv,ftm,gexf,graphml,acled,json} OUT [--data DIR]`, `import-acled FILE [--queue DIR]`,
`ingest FILE... (--date YYYY-MM-DD | --source-id ID) [--queue DIR]`."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .dataset import DEFAULT_DATA_DIR, load_dataset
from .formats import EXPORTS, export_dataset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fasail", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    val = sub.add_parser("validate", help="check a dataset directory and list every problem")
    val.add_argument("directory", nargs="?", default=str(DEFAULT_DATA_DIR))
    sub.add_parser("codebook", help="print the codebook (data/README.md) generated from the schema")
    cov = sub.add_parser("coverage", help="incidents in the register vs official counts, per month and faction")
    cov.add_argument("directory", nargs="?", default=str(DEFAULT_DATA_DIR))
    exp = sub.add_parser("export", help="write the dataset in an interchange format to a folder")
    exp.add_argument("--format", required=True, choices=sorted(EXPORTS), help="; ".join(
        f"{k}: {v[0]}" for k, v in sorted(EXPORTS.items())))
    exp.add_argument("out", help="folder to write into (created if missing)")
    exp.add_argument("--data", default=str(DEFAULT_DATA_DIR), help="dataset folder (default: the shipped data)")
    imp = sub.add_parser("import-acled", help="read an ACLED-format CSV into a review queue (never into data/)")
    imp.add_argument("file")
    imp.add_argument("--queue", default="review", help="review-queue folder (default: ./review)")
    imp.add_argument("--data", default=str(DEFAULT_DATA_DIR), help="dataset whose names resolve the actors")
    ing = sub.add_parser("ingest", help="candidate records from articles (txt/html/pdf) into a review queue "
                                        "(never into data/: accept them on the 'Add an article' page)")
    ing.add_argument("files", nargs="+")
    ing.add_argument("--date", help="the articles' publication date, against which relative dates are resolved")
    ing.add_argument("--source-id", help="an existing source the article is (its date is used)")
    ing.add_argument("--queue", default="review", help="review-queue folder (default: ./review)")
    ing.add_argument("--data", default=str(DEFAULT_DATA_DIR), help="dataset whose names and places resolve")
    args = parser.parse_args(argv)
    if args.command == "ingest":
        from .ingest import ingest_to_queue
        return ingest_to_queue(args.files, load_dataset(args.data, strict=False), Path(args.queue),
                               date=args.date, source_id=args.source_id)
    if args.command == "import-acled":
        from .interchange import acled_import, write_review_queue
        result = acled_import(Path(args.file).read_bytes(), load_dataset(args.data, strict=False),
                              file_name=Path(args.file).name)
        for p in result.problems:
            print(p)
        if result.problems:
            print(f"{len(result.problems)} problem(s): nothing written", file=sys.stderr)
            return 1
        if result.unresolved:
            print("not resolved (rows kept, flagged for review): " + "; ".join(result.unresolved))
        path = write_review_queue(result, Path(args.queue))
        print(f"{len(result.candidates)} candidate(s) written to {path}" if path else "nothing to review")
        return 0
    if args.command == "export":
        ds = load_dataset(args.data, strict=False)
        if ds.problems:
            print(f"{len(ds.problems)} problem(s) in {args.data}: nothing exported. "
                  f"`python -m fasail validate {args.data}` lists them.", file=sys.stderr)
            return 1
        for path in export_dataset(ds, args.format, Path(args.out)):
            print(path)
        return 0
    if args.command == "coverage":
        from .coverage import coverage_text
        sys.stdout.write(coverage_text(load_dataset(args.directory, strict=False)))
        return 0
    if args.command == "codebook":
        from .codebook import render_codebook
        sys.stdout.write(render_codebook())
        return 0
    t0 = time.perf_counter()
    ds = load_dataset(args.directory, strict=False)
    took = time.perf_counter() - t0
    if ds.problems:
        for p in ds.problems:
            print(p)
        print(f"{len(ds.problems)} problem(s) in {args.directory}", file=sys.stderr)
        return 1
    print(f"OK: {args.directory}: {ds.summary()} ({took:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
