"""Saved queries of two versions of the code, run alternately on one store: A/B figures that the
machine's load affects alike (``python -m bench`` runs one version per run, minutes apart).

    python -m bench.ab_queries DATA_DIR [--before REF] [--runs 5] [--timeout 10] [--only a,b] [--output F]

The "before" queries are the ``queries/saved`` files at git REF (default: the merge base of this
branch, b880097); "after" the working tree's. Same parameters as ``bench.saved_queries`` (the hub).
A query whose files are the same in both versions is left out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from aikg.graph.errors import StoreError
from aikg.queries.catalog import SAVED_DIR, load_catalog
from aikg.queries.params import bind
from aikg.queries.runner import PreparedQuery, run_prepared
from bench.measure import median, percentile
from bench.saved_queries import parameters


def _old_folder(ref: str, target: Path) -> Path:
    names = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{ref}:queries/saved"], capture_output=True, text=True, check=True
    ).stdout.split()
    for name in names:
        text = subprocess.run(
            ["git", "show", f"{ref}:queries/saved/{name}"], capture_output=True, text=True, check=True
        ).stdout
        (target / name).write_text(text)
    return target


def _time(store: Any, prepared: PreparedQuery, timeout: float) -> tuple[float, int, str | None]:
    started = time.perf_counter()
    try:
        rows = len(run_prepared(store, prepared, timeout=timeout).rows)
    except StoreError as exc:
        return timeout, 0, type(exc).__name__
    return time.perf_counter() - started, rows, None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--before", default="b880097")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--only", default="")
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    from aikg.graph.stores.falkordb_store import FalkorDBStore

    store = FalkorDBStore(args.data_dir)
    store.ensure_schema()
    report: dict[str, Any] = {"before": args.before, "runs": args.runs, "queries": {}}
    with tempfile.TemporaryDirectory() as tmp:
        old = load_catalog(_old_folder(args.before, Path(tmp)))
        new = load_catalog(SAVED_DIR)
        wanted = [n for n in args.only.split(",") if n] or sorted(new)
        for name, raw in parameters(store).items():
            if name not in wanted or name not in old or old[name].cypher == new[name].cypher:
                continue
            versions = {"before": old[name], "after": new[name]}
            times: dict[str, list[float]] = {"before": [], "after": []}
            rows: dict[str, int] = {}
            errors: dict[str, str | None] = {"before": None, "after": None}
            for _ in range(args.runs):
                for label, query in versions.items():
                    if errors[label]:
                        continue
                    known = {s.name for s in query.params}
                    prepared = PreparedQuery(query, bind(query, {k: v for k, v in raw.items() if k in known}))
                    seconds, count, error = _time(store, prepared, args.timeout)
                    times[label].append(seconds)
                    rows[label], errors[label] = count, error
            entry = {
                label: {
                    "p50_ms": round(median(times[label]) * 1000, 1),
                    "p95_ms": round(percentile(times[label], 0.95) * 1000, 1),
                    "rows": rows.get(label, 0),
                    "error": errors[label],
                }
                for label in versions
            }
            report["queries"][name] = entry
            b, a = entry["before"], entry["after"]
            print(
                f"{name:28} before {b['p50_ms']:>8} / {b['p95_ms']:>8} ms {b['error'] or ''}"
                f"  after {a['p50_ms']:>8} / {a['p95_ms']:>8} ms {a['error'] or ''}"
                f"  rows {b['rows']}/{a['rows']}",
                flush=True,
            )
    store.close()
    if args.output:
        args.output.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
