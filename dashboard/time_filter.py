"""Time in the explorer: a date range over facts, and a network as it stood on a day.

Partial dates (``2024``, ``2024-05``) compare by overlap with a range, and by their first day with a
day. A network "as of" a day follows the rules of the ``as_of`` saved query (queries/README.md): a
fact dated after the day is hidden; a job (WORKS_AT, JOINED) or board seat (BOARD_MEMBER_OF) ends at
the person's DEPARTED from that organization on or after its start (a departure whose role names the
board ends the seat only, another role the job only, no role both; an undated departure ends it);
GRANTED_ACCESS ends at a REVOKED_ACCESS of the same pair. Undated ties count as started.
"""

from __future__ import annotations

from collections.abc import Iterable

from aikg.graph.stores.base import RelationshipValue
from aikg.graph.subgraph import Subgraph

JOB, BOARD, ACCESS = {"WORKS_AT", "JOINED"}, {"BOARD_MEMBER_OF"}, {"GRANTED_ACCESS"}
BOARD_WORDS = ("board", "conseil", "chair")


def overlaps(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a (partial) date falls in the range; with no range every fact does, with one an
    undated fact does not."""
    if since is None and until is None:
        return True
    if not date:
        return False
    return (since is None or date + "~" >= since) and (until is None or date <= until + "~")


def _date(rel: RelationshipValue) -> str | None:
    value = rel.properties.get("date")
    return str(value) if value else None


def _ends(tie: RelationshipValue, end: RelationshipValue) -> bool:
    """Whether ``end`` (a DEPARTED or REVOKED_ACCESS of the same pair) can end ``tie``."""
    start, stop = _date(tie), _date(end)
    if start and stop and stop < start:
        return False
    if tie.type in ACCESS:
        return end.type == "REVOKED_ACCESS"
    if end.type != "DEPARTED":
        return False
    role = str(end.properties.get("role") or "").casefold()
    if not role:
        return True
    about_board = any(word in role for word in BOARD_WORDS)
    return about_board == (tie.type in BOARD)


def holds_on(rel: RelationshipValue, day: str, same_pair: Iterable[RelationshipValue]) -> bool:
    """Whether a fact is shown on the network as of ``day`` (YYYY-MM-DD)."""
    date = _date(rel)
    if date and date > day:
        return False
    if rel.type not in JOB | BOARD | ACCESS:
        return True
    return not any(
        _ends(rel, other) and (_date(other) is None or str(_date(other)) <= day) for other in same_pair
    )


def as_of(subgraph: Subgraph, day: str) -> Subgraph:
    """The subgraph's facts as they stood on the day (nodes kept; the caller prunes what is cut off)."""
    pairs: dict[tuple[str, str], list[RelationshipValue]] = {}
    for rel in subgraph.relationships.values():
        pairs.setdefault((rel.start, rel.end), []).append(rel)
    out = Subgraph()
    out.add(list(subgraph.nodes.values()))
    out.add([r for r in subgraph.relationships.values() if holds_on(r, day, pairs[(r.start, r.end)])])
    return out


def in_range(subgraph: Subgraph, since: str | None, until: str | None) -> Subgraph:
    """The subgraph's facts dated within the range (all of them when there is no range)."""
    out = Subgraph()
    out.add(list(subgraph.nodes.values()))
    out.add([r for r in subgraph.relationships.values() if overlaps(_date(r), since, until)])
    return out
