"""The short text table of a benchmark report."""

from __future__ import annotations

from typing import Any


def _row(*cells: object) -> str:
    first, *rest = (str(c) for c in cells)
    return f"  {first:<36}" + "".join(f"{c:>16}" for c in rest)


def print_report(report: dict[str, Any]) -> None:
    label = f" ({report['label']})" if report.get("label") else ""
    print(
        f"aikg benchmark{label} at {report['commit']}, {report['cpus']} cpus, "
        f"load average {report['load_average_at_start'][0]:.1f}"
    )
    for size, data in report["sizes"].items():
        print(f"\n== {int(size):,} facts")
        load = data.get("load")
        if load:
            print(_row("load facts/s", load["facts_per_s"], f"{load['load_over_naive']}x naive"))
            print(_row("naive per-fact MERGE", load["naive_facts_per_s"], f"{load['naive_facts']} facts"))
            print(
                _row(
                    "first / last chunk facts/s",
                    load["first_chunk_facts_per_s"],
                    load["last_chunk_facts_per_s"],
                    f"last/first {load['last_over_first']}",
                )
            )
            print(_row("re-load facts/s", load["reload_facts_per_s"], f"{load['reload_over_load']}x load"))
            print(_row("load total s / peak RSS MB", load["seconds"], load["peak_rss_mb"]))
            if "facts_per_cpu_s" in load:
                print(
                    _row(
                        "facts per CPU s: load / naive",
                        load["facts_per_cpu_s"],
                        load.get("naive_facts_per_cpu_s", ""),
                        f"{load.get('load_over_naive_cpu', '')}x naive",
                    )
                )
            if "bulk_facts_per_s" in load:
                print(
                    _row(
                        "bulk load facts/s",
                        load["bulk_facts_per_s"],
                        f"{load['bulk_over_load']}x load",
                        f"{load['bulk_peak_rss_mb']} MB",
                    )
                )
        for name, q in (data.get("queries") or {}).items():
            note = q["error"] or f"{q['rows']} rows"
            print(_row(f"query {name}", f"p50 {q['p50_ms']} ms", f"p95 {q['p95_ms']} ms", note))
        for fmt, e in (data.get("exports") or {}).items():
            print(_row(f"export {fmt}", f"{e['seconds']} s", f"{e['peak_rss_mb']} MB", e.get("error", "")))
        for name, c in (data.get("cli") or {}).items():
            print(_row(f"cli {name}", f"{c['median_s']} s"))
        explorer = data.get("explorer")
        if explorer and "error" in explorer:
            print(_row("explorer hub page", explorer["error"]))
        elif explorer:
            first, warm = explorer["first_render"], explorer["warm_render_p50"]
            print(_row("explorer hub page", f"first {first['seconds']} s", f"warm {warm['seconds']} s"))
    extraction = report.get("extraction")
    if extraction:
        spacy = extraction["spacy_fr_core_news_sm_docs_per_s"]
        versus = f"{extraction['over_spacy']}x spaCy sm" if spacy else "spaCy sm not installed"
        print()
        print(_row("extraction docs/s", extraction["docs_per_s"], versus))
