"""The benchmark suite: ``python -m bench`` (``--help`` for the options).

For each size (10k and 100k facts; 1M with ``--large``) it loads generated facts into a fresh
embedded store in a subprocess (per-batch rate over time, peak RSS, re-load of known facts, and a
naive one-query-per-fact baseline on the same engine), runs every saved query with a hub entity
(p50 / p95), exports the whole graph in every format in a subprocess (time, peak RSS), and times
``aikg --help`` and ``aikg status --json`` (wall and CPU), then a server restart (``server stop``,
which folds a long append-only tail into a snapshot, and ``server start``). Once: extraction
documents per second (and spaCy's ``fr_core_news_sm`` on the same texts when it is installed).
Writes ``bench/results/<stamp>.json`` and prints a short table with ratios next to the absolute
figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.measure import median, run_measured
from bench.table import print_report

RESULTS = Path(__file__).parent / "results"
DEFAULT_SIZES = (10_000, 100_000)
LARGE = 1_000_000
FORMATS = ("json", "csv", "nt", "cypher", "graphml", "gexf", "turtle", "jsonld")
SECTIONS = ("load", "queries", "exports", "cli", "explorer", "extraction")


def _aikg(*args: str) -> list[str]:
    return [sys.executable, "-m", "aikg", *args]


def bench_size(n_facts: int, args: argparse.Namespace, sections: set[str]) -> dict[str, Any]:
    from aikg.graph.stores.falkordb_server import EmbeddedServer

    out: dict[str, Any] = {"facts": n_facts}
    with tempfile.TemporaryDirectory(prefix="aikg-bench-") as tmp:
        data_dir = args.store or Path(tmp) / "data"
        # a server that already served the given store (the user's) is left running after
        already_running = args.store is not None and EmbeddedServer(data_dir).is_running()
        try:
            if args.store:
                out["store"] = str(args.store)
                prepare_store(args.store)
            else:
                out["load"] = bench_load(data_dir, n_facts, args)
                # the load's close may have started folding the append-only tail into a snapshot
                # (a forked child): let it end before anything else is timed
                EmbeddedServer(data_dir).compact(wait=600.0)
            if "queries" in sections:
                out["queries"] = bench_queries(data_dir, args)
            if "exports" in sections:
                out["exports"] = bench_exports(data_dir, Path(tmp), args)
            if "cli" in sections:
                out["cli"] = bench_cli(data_dir, args)
            if "explorer" in sections:
                out["explorer"] = bench_explorer(data_dir, args)
        finally:
            if not already_running:
                EmbeddedServer(data_dir).stop()
    return out


def bench_load(data_dir: Path, n_facts: int, args: argparse.Namespace) -> dict[str, Any]:
    naive = min(args.naive_facts, n_facts)
    run = run_measured(
        [sys.executable, "-m", "bench.load_worker", str(data_dir), str(n_facts), "--naive", str(naive)]
    )
    if run.returncode != 0:
        raise SystemExit(f"bench: loading {n_facts} facts failed:\n{run.stderr[-2000:]}")
    raw = json.loads(run.stdout)
    batches = raw["batches"]
    facts = sum(b[0] for b in batches)
    seconds = sum(b[1] for b in batches)
    tenth = max(1, len(batches) // 10)

    def rate(items: list[list[float]]) -> float:
        return sum(b[0] for b in items) / max(1e-9, sum(b[1] for b in items))

    first, last = rate(batches[:tenth]), rate(batches[-tenth:])
    cpu = sum(b[2] for b in batches if len(b) > 2)
    reload_rate = raw["reload"]["facts"] / max(1e-9, raw["reload"]["seconds"])
    naive_rate = raw["naive"]["facts"] / max(1e-9, raw["naive"]["seconds"]) if "naive" in raw else None
    load_rate = facts / seconds
    return {
        "facts": facts,
        "batches": len(batches),
        "seconds": round(seconds, 2),
        "facts_per_s": round(load_rate),
        "first_chunk_facts_per_s": round(first),
        "last_chunk_facts_per_s": round(last),
        "last_over_first": round(last / first, 2),
        "reload_facts_per_s": round(reload_rate),
        "reload_over_load": round(reload_rate / load_rate, 2),
        "naive_facts": raw.get("naive", {}).get("facts"),
        "naive_facts_per_s": round(naive_rate) if naive_rate else None,
        "load_over_naive": round(load_rate / naive_rate, 1) if naive_rate else None,
        "peak_rss_mb": round(run.peak_rss_mb),
        **cpu_rates(facts, cpu, raw),
        "batch_seconds": [round(b[1], 4) for b in batches],
        **(bench_bulk(data_dir, n_facts, load_rate) if n_facts <= args.bulk_max else {}),
    }


def cpu_rates(facts: int, cpu: float, raw: dict[str, Any]) -> dict[str, Any]:
    """Facts per CPU second (the loading process and the server): what the load costs, whatever
    else the machine runs; the naive baseline's and the re-load's the same way."""
    if not cpu:
        return {}
    rate = facts / cpu
    out: dict[str, Any] = {"cpu_seconds": round(cpu, 2), "facts_per_cpu_s": round(rate)}
    for name in ("naive", "reload"):
        part = raw.get(name) or {}
        if part.get("cpu_seconds"):
            out[f"{name}_facts_per_cpu_s"] = round(part["facts"] / part["cpu_seconds"])
    if out.get("naive_facts_per_cpu_s"):
        out["load_over_naive_cpu"] = round(rate / out["naive_facts_per_cpu_s"], 1)
    if out.get("reload_facts_per_cpu_s"):
        out["reload_over_load_cpu"] = round(out["reload_facts_per_cpu_s"] / rate, 2)
    return out


def bench_bulk(data_dir: Path, n_facts: int, load_rate: float) -> dict[str, Any]:
    """The whole stream as one batch, bulk-loaded into an empty graph of the same server."""
    run = run_measured([sys.executable, "-m", "bench.load_worker", str(data_dir), str(n_facts), "--bulk"])
    if run.returncode != 0:
        return {"bulk_error": run.stderr.strip().splitlines()[-1:] or ["failed"]}
    raw = json.loads(run.stdout)["bulk"]
    rate = raw["facts"] / max(1e-9, raw["seconds"])
    cpu = raw.get("cpu_seconds")
    cpu_rate = {"bulk_facts_per_cpu_s": round(raw["facts"] / cpu)} if cpu else {}
    return {
        **cpu_rate,
        "bulk_facts": raw["facts"],
        "bulk_seconds": round(raw["seconds"], 2),
        "bulk_facts_per_s": round(rate),
        "bulk_over_load": round(rate / load_rate, 1),
        "bulk_peak_rss_mb": round(run.peak_rss_mb),
    }


def prepare_store(data_dir: Path) -> None:
    """An existing store brought to the current schema (its indexes), as ``aikg load`` would."""
    from aikg.graph.stores.falkordb_store import FalkorDBStore

    store = FalkorDBStore(data_dir)
    try:
        store.ensure_schema()
    finally:
        store.close()


def bench_queries(data_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    from aikg.graph.stores.falkordb_store import FalkorDBStore
    from bench.saved_queries import run_queries

    store = FalkorDBStore(data_dir)
    try:
        return run_queries(store, args.query_runs, args.query_timeout)
    finally:
        store.close()


def bench_exports(data_dir: Path, tmp: Path, args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for fmt in args.formats:
        target = tmp / f"export.{fmt}"
        run = run_measured(
            _aikg("export", "--all", "--format", fmt, "--output", str(target), "--data-dir", str(data_dir)),
            timeout=args.export_timeout,
        )
        entry: dict[str, Any] = {
            "seconds": round(run.seconds, 2),
            "cpu_s": round(run.cpu_seconds, 2),
            "peak_rss_mb": round(run.peak_rss_mb),
        }
        if run.returncode is None:
            entry["error"] = f"timeout after {args.export_timeout:g}s"
        elif run.returncode != 0:
            entry["error"] = run.stderr.strip().splitlines()[-1:] or ["failed"]
        else:
            entry["bytes"] = target.stat().st_size
            entry["summary"] = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
        target.unlink(missing_ok=True)
        results[fmt] = entry
    return results


def bench_cli(data_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for label, argv in (
        ("help", _aikg("--help")),
        ("status_json", _aikg("status", "--json", "--data-dir", str(data_dir))),
    ):
        times, cpu = [], []
        for _ in range(args.cli_runs):
            run = run_measured(argv)
            if run.returncode != 0:
                raise SystemExit(f"bench: {' '.join(argv[2:])} failed:\n{run.stderr[-2000:]}")
            times.append(run.seconds)
            cpu.append(run.cpu_seconds)
        out[label] = {
            "median_s": round(median(times), 3),
            "cpu_median_s": round(median(cpu), 3),
            "runs": len(times),
        }
    out["server_start"] = bench_server_start(data_dir)
    return out


def bench_server_start(data_dir: Path) -> dict[str, Any]:
    """`aikg server stop` (which first folds a long append-only tail into a snapshot), then `aikg
    server start`: the wait of the first command after a restart. One run each."""
    from aikg.graph.stores.falkordb_server import STALL_ENV

    runs = {}
    for step in ("stop", "start"):
        argv = _aikg("server", step, "--data-dir", str(data_dir))
        run = run_measured(argv, env={STALL_ENV: "600"})
        if run.returncode != 0:
            raise SystemExit(f"bench: server {step} failed:\n{run.stderr[-2000:]}")
        runs[step] = run.seconds
    return {"median_s": round(runs["start"], 3), "runs": 1, "stop_s": round(runs["stop"], 3)}


def bench_explorer(data_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The explorer's server-side render of the hub entity, in a subprocess of its own."""
    argv = [sys.executable, "-m", "bench.explorer", str(data_dir), "--runs", str(args.cli_runs)]
    run = run_measured(argv, timeout=args.export_timeout)
    if run.returncode != 0:
        return {"error": (run.stderr.strip().splitlines() or ["failed"])[-1]}
    return {**json.loads(run.stdout), "peak_rss_mb": round(run.peak_rss_mb)}


def bench_extraction(args: argparse.Namespace) -> dict[str, Any]:
    from bench.extraction import measure

    return measure(args.documents)


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated numbers of facts (default: 10000,100000)",
    )
    parser.add_argument("--large", action="store_true", help=f"also {LARGE:,} facts (slow)")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"sections: {','.join(SECTIONS)}")
    parser.add_argument("--formats", default=",".join(FORMATS), help="export formats to time")
    parser.add_argument("--naive-facts", type=int, default=2000, help="facts loaded by the naive baseline")
    parser.add_argument(
        "--bulk-max",
        type=int,
        default=200_000,
        help="largest size also bulk-loaded (the whole stream is one batch in memory)",
    )
    parser.add_argument("--query-runs", type=int, default=10, help="runs per saved query")
    parser.add_argument("--query-timeout", type=float, default=10.0, help="seconds per saved query run")
    parser.add_argument("--export-timeout", type=float, default=120.0, help="seconds per export")
    parser.add_argument("--cli-runs", type=int, default=5, help="runs per CLI command")
    parser.add_argument("--documents", type=int, default=200, help="documents for the extraction rate")
    parser.add_argument(
        "--store",
        type=Path,
        default=None,
        help="an already loaded data dir to measure instead of loading (e.g. from bench.big_store); "
        "give its number of facts as the only --sizes value; the load section is skipped",
    )
    parser.add_argument("--output", type=Path, default=None, help="JSON report path")
    parser.add_argument("--label", default="", help="a word saved with the report (e.g. before, after)")
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()] + ([LARGE] if args.large else [])
    args.formats = [f for f in args.formats.split(",") if f]
    if args.store and len(args.sizes) != 1:
        parser.error("--store needs exactly one --sizes value: the number of facts the store holds")
    return args


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = parse_args(argv)
    sections = set(args.only.split(","))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    report: dict[str, Any] = {
        "label": args.label,
        "started": stamp,
        "commit": git_commit(),
        "cpus": os.cpu_count(),
        "load_average_at_start": list(os.getloadavg()),
        "sizes": {},
    }
    if "load" in sections or sections & {"queries", "exports", "cli", "explorer"}:
        for size in args.sizes:
            report["sizes"][str(size)] = bench_size(size, args, sections)
    if "extraction" in sections:
        report["extraction"] = bench_extraction(args)
    report["load_average_at_end"] = list(os.getloadavg())
    path = args.output or RESULTS / f"{stamp}{'-' + args.label if args.label else ''}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print_report(report)
    print(f"\nreport: {path}")
    return report


if __name__ == "__main__":
    main()
