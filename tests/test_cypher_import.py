"""`aikg import` of a Cypher script: parsed into the same validated records as the JSON import and
written by the one atomic upsert. A bad line anywhere leaves the store as it was and is named by
file and line; ids, labels and relationship types come from the schema only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aikg.graph.errors import InvalidInputError
from aikg.graph.imports.cypher_script import parse_script
from aikg.graph.imports.registry import importer_for
from aikg.graph.schema import Fact
from aikg.graph.stores.falkordb_store import FalkorDBStore
from tests.cli import aikg

PERSON = "MERGE (n:Person:Entity {id: 'person:mara-vence'}) SET n += {name: 'Mara Vence'};"
ORG = (
    "MERGE (n:Organization:Entity {id: 'organization:quillon'}) SET n += {name: 'Quillon', aliases: ['QR']};"
)
SOURCE = "MERGE (n:Source {id: 'source:q1'}) SET n += {title: 'Quillon hires', published: '2025-03-04'};"
FACT_ID = Fact(
    subject="person:mara-vence",
    predicate="JOINED",
    object="organization:quillon",
    evidence=[{"source_id": "source:q1", "quote": "Mara Vence joined Quillon."}],
).fact_id
JOINED = (
    "MERGE (a:Entity {id: 'person:mara-vence'}) MERGE (b:Entity {id: 'organization:quillon'}) "
    f"MERGE (a)-[r:JOINED {{fact_id: '{FACT_ID}'}}]->(b) SET r += {{date: '2025-03', confidence: 0.9, "
    "evidence: ['Mara Vence joined Quillon.'], evidence_sources: ['source:q1'], "
    "evidence_starts: [0], evidence_ends: [26], sources: ['source:q1'], extractors: ['rules']};"
)
MENTION = (
    "MERGE (a:Source {id: 'source:q1'}) MERGE (b:Entity {id: 'person:mara-vence'}) "
    "MERGE (a)-[r:MENTIONS]->(b);"
)
GOOD = [PERSON, ORG, SOURCE, JOINED, MENTION]


def _script(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "graph.cypher"
    path.write_text("// exported\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_good_script_loads_through_the_upsert(embedded: FalkorDBStore, tmp_path: Path) -> None:
    report = importer_for(_script(tmp_path, GOOD)).load(embedded, _script(tmp_path, GOOD))
    assert (report.nodes, report.relationships, report.statements) == (3, 2, 5)
    [[fact_id, sources, extractors]] = embedded.run(
        "MATCH (:Person)-[r:JOINED]->(:Organization) RETURN r.fact_id, r.sources, r.extractors"
    ).rows
    assert fact_id == FACT_ID and sources == ["source:q1"] and extractors == ["rules"]
    assert embedded.run("MATCH (n:Organization) RETURN n.aliases").scalar() == ["QR"]


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (
            "MERGE (n:Organization:Entity {id: 'organization:quillon'}) "
            "SET n += {id: 'organization:openai', name: 'X'};",
            "SET may not change id",
        ),
        ("MERGE (n:`DELETE`:Entity {id: 'organization:zed'}) SET n += {name: 'Zed'};", "type"),
        (JOINED.replace("r:JOINED", "r:`DELETE`"), "predicate"),
        (JOINED.replace(FACT_ID, "fact:0000000000000000"), "is not the id of this fact"),
        (PERSON.replace("'Mara Vence'", "'Mara\x00Vence'"), "NUL character"),
        ("MERGE (n:Person:Entity {id: 'organization:quillon'}) SET n += {name: 'Q'};", "does not match type"),
        ("MATCH (n) DETACH DELETE n;", "not a statement aikg export writes"),
    ],
)
def test_a_bad_line_loads_nothing_and_is_named(
    make_store: Callable[[], FalkorDBStore], tmp_path: Path, bad: str, problem: str
) -> None:
    store = make_store()
    importer_for(_script(tmp_path, [PERSON])).load(store, _script(tmp_path, [PERSON]))
    before = store.stats()
    path = _script(tmp_path, [*GOOD[1:], bad])  # the bad line is the last: line 6 of the file
    with pytest.raises(InvalidInputError) as caught:
        importer_for(path).load(store, path)
    assert str(caught.value).startswith(f"{path}:6: ") and problem in str(caught.value)
    assert store.stats() == before


def test_the_cli_names_the_file_and_line_and_keeps_the_store(tmp_path: Path, data_dir: Path) -> None:
    bad = "MERGE (n:Person:Entity {id: 'person:zed'}) SET n += {name: 'Zed', id: 'person:mara-vence'};"
    path = _script(tmp_path, [PERSON, bad, ORG])
    result = aikg("import", str(path), data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.startswith(f"aikg: error: {path}:3: SET may not change id")
    status = aikg("status", "--json", data_dir=data_dir, check=True)
    assert '"Person"' not in status.stdout  # line 2 was not imported either


@given(st.text(max_size=300))
def test_any_text_is_either_records_or_one_invalid_input_error(text: str) -> None:
    try:
        items = parse_script(text, "x.cypher")
    except InvalidInputError as exc:
        assert str(exc).startswith("x.cypher")
    else:
        assert items and all(kind in ("node", "edge") for kind, _, _ in items)
