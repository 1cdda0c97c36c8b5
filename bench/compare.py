"""A markdown table comparing two benchmark reports, size by size:

    python -m bench.compare BEFORE.json AFTER.json

Ratios are after / before for rates (higher is better) and before / after for times and memory
(so a ratio above 1 always means the second report is better)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _ratio(better: float | None, worse: float | None) -> str:
    if not better or not worse:
        return ""
    return f"{better / worse:.1f}x"


def _gain(old: dict[str, Any], new: dict[str, Any], key: str) -> str:
    """before / after of a time; none when the new run failed, '>=' when the old one hit its limit."""
    if not old or new.get("error"):
        return ""
    gain = _ratio(old.get(key), new.get(key))
    return f">={gain}" if old.get("error") and gain else gain


def _fmt(value: Any, unit: str = "") -> str:
    return "" if value is None else f"{value}{unit}"


def rows(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    out = ["| measure | before | after | gain |", "|---|---:|---:|---:|"]
    for size in after["sizes"]:
        b, a = before["sizes"].get(size, {}), after["sizes"][size]
        n = f"{int(size) // 1000}k"
        bl, al = b.get("load", {}), a.get("load", {})
        for key, label in (
            ("facts_per_s", "load facts/s"),
            ("first_chunk_facts_per_s", "first chunk facts/s"),
            ("last_chunk_facts_per_s", "last chunk facts/s"),
            ("reload_facts_per_s", "re-load facts/s"),
            ("bulk_facts_per_s", "bulk load facts/s"),
        ):
            out.append(
                f"| {n} {label} | {_fmt(bl.get(key))} | {_fmt(al.get(key))} | "
                f"{_ratio(al.get(key), bl.get(key))} |"
            )
        for key, label in (
            ("load_over_naive", "load / naive"),
            ("last_over_first", "last / first chunk"),
            ("reload_over_load", "re-load / load"),
        ):
            out.append(f"| {n} {label} | {_fmt(bl.get(key))} | {_fmt(al.get(key))} | |")
        out.append(
            f"| {n} load peak RSS | {_fmt(bl.get('peak_rss_mb'), ' MB')} | "
            f"{_fmt(al.get('peak_rss_mb'), ' MB')} | |"
        )
        for name, q in (a.get("queries") or {}).items():
            old = (b.get("queries") or {}).get(name, {})

            def cell(entry: dict[str, Any]) -> str:
                if not entry:
                    return ""
                text = f"{entry['p95_ms']:g} ms"
                return f"{text} ({entry['error']})" if entry.get("error") else text

            out.append(f"| {n} query {name} p95 | {cell(old)} | {cell(q)} | {_gain(old, q, 'p95_ms')} |")
        for fmt, e in (a.get("exports") or {}).items():
            old = (b.get("exports") or {}).get(fmt, {})

            def cell(entry: dict[str, Any]) -> str:
                if not entry:
                    return ""
                text = f"{entry['seconds']:g} s, {entry['peak_rss_mb']} MB"
                return text + (" (timed out)" if "timeout" in str(entry.get("error", "")) else "")

            out.append(f"| {n} export {fmt} | {cell(old)} | {cell(e)} | {_gain(old, e, 'seconds')} |")
        for name, c in (a.get("cli") or {}).items():
            old = (b.get("cli") or {}).get(name, {})
            out.append(
                f"| {n} cli {name} | {_fmt(old.get('median_s'), ' s')} | {_fmt(c['median_s'], ' s')} | "
                f"{_ratio(old.get('median_s'), c['median_s'])} |"
            )
    be, ae = before.get("extraction") or {}, after.get("extraction") or {}
    if ae:
        out.append(f"| extraction docs/s | {_fmt(be.get('docs_per_s'))} | {_fmt(ae.get('docs_per_s'))} | |")
    return out


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:])
    print("\n".join(rows(before, after)))


if __name__ == "__main__":
    main()
