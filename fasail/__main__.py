"""Command line: `python -m fasail validate [DIR]`, `coverage [DIR]`, `codebook`."""
from __future__ import annotations

import argparse
import sys
import time

from .dataset import DEFAULT_DATA_DIR, load_dataset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fasail", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    val = sub.add_parser("validate", help="check a dataset directory and list every problem")
    val.add_argument("directory", nargs="?", default=str(DEFAULT_DATA_DIR))
    sub.add_parser("codebook", help="print the codebook (data/README.md) generated from the schema")
    cov = sub.add_parser("coverage", help="incidents in the register vs official counts, per month and faction")
    cov.add_argument("directory", nargs="?", default=str(DEFAULT_DATA_DIR))
    args = parser.parse_args(argv)
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
