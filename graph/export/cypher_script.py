"""A Cypher script of MERGE statements that recreates the subgraph on Neo4j 5 and FalkorDB.

One statement per line, values as escaped literals (a script cannot carry parameters):

    MERGE (n:Person:Entity {id: 'person:jan-leike'}) SET n += {name: 'Jan Leike', ...};
    MERGE (n:Source {id: 'source:…'}) SET n += {...};
    MERGE (a:Entity {id: …}) MERGE (b:Entity {id: …}) MERGE (a)-[r:JOINED {fact_id: …}]->(b) SET r += {...};
    MERGE (a:Source {id: …}) MERGE (b:Entity {id: …}) MERGE (a)-[r:MENTIONS]->(b);

Nodes come first, so the endpoint MERGEs of a relationship find them. ``aikg import`` never runs
the script: it parses statements of exactly these shapes into records, validates them and writes
them in one atomic upsert (``graph.imports.cypher_script``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from aikg.graph.export.base import MENTIONS, SOURCE_LABEL, TextBuffer, sorted_nodes, sorted_relationships
from aikg.graph.export.cypher_literals import literal, map_literal, name
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import GraphView

HEADER = "// aikg subgraph: {nodes} nodes, {rels} relationships. Run with `aikg import FILE`.\n"


def node_statement(node: NodeValue) -> str:
    labels = [node.label, *(lbl for lbl in node.labels if lbl != node.label)]
    props = {k: v for k, v in node.properties.items() if k != "id"}
    head = f"MERGE (n:{':'.join(name(lbl) for lbl in labels)} {{id: {literal(node.id)}}})"
    return f"{head} SET n += {map_literal(props)};" if props else f"{head};"


def endpoint_label(node: NodeValue | None, node_id: str) -> str:
    if node is not None:
        return SOURCE_LABEL if SOURCE_LABEL in node.labels else "Entity"
    return SOURCE_LABEL if node_id.startswith("source:") else "Entity"


def relationship_statement(rel: RelationshipValue, subgraph: GraphView) -> str:
    start = endpoint_label(subgraph.held_node(rel.start), rel.start)
    end = endpoint_label(subgraph.held_node(rel.end), rel.end)
    head = f"MERGE (a:{start} {{id: {literal(rel.start)}}}) MERGE (b:{end} {{id: {literal(rel.end)}}}) "
    fact_id = rel.properties.get("fact_id")
    if rel.type == MENTIONS or fact_id is None:
        merge = f"MERGE (a)-[r:{name(rel.type)}]->(b)"
    else:
        merge = f"MERGE (a)-[r:{name(rel.type)} {{fact_id: {literal(fact_id)}}}]->(b)"
    props = {k: v for k, v in rel.properties.items() if k != "fact_id"}
    return f"{head}{merge} SET r += {map_literal(props)};" if props else f"{head}{merge};"


def script_lines(subgraph: GraphView) -> Iterator[str]:
    """The statements, one at a time: nodes first, then relationships."""
    for node in sorted_nodes(subgraph):
        yield node_statement(node)
    for rel in sorted_relationships(subgraph):
        yield relationship_statement(rel, subgraph)


class CypherScriptExporter:
    streams = True
    name = "cypher"
    extension = "cypher"
    description = "Cypher MERGE script for Neo4j 5 and FalkorDB (aikg import runs it)"

    def write(self, subgraph: GraphView, stream: BinaryIO) -> None:
        out = TextBuffer(stream)
        nodes, rels = subgraph.size()
        out.write(HEADER.format(nodes=nodes, rels=rels))
        for line in script_lines(subgraph):
            out.write(line + "\n")
        out.flush()
