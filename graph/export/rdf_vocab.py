"""The RDF picture of a subgraph (vocabulary documented in ``VOCABULARY.md``).

Entities are typed with schema.org classes, each fact is both a direct triple and an
``aikg:Fact`` node (``rdf:subject`` / ``rdf:predicate`` / ``rdf:object``) that carries its
properties and PROV-O provenance: the sources it was derived from, one ``aikg:Evidence`` quote
per source passage, and the extraction activity of each extractor.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, SDO

from aikg.graph.audit import AUDIT_LABEL
from aikg.graph.export.base import MENTIONS, SOURCE_LABEL, sorted_nodes, sorted_relationships
from aikg.graph.fact_codec import EVIDENCE_LISTS, stored_evidence, stored_extractors, stored_sources
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import Subgraph

AIKG = Namespace("https://aikg.dev/ns#")
ID_BASE = "https://aikg.dev/id/"
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
PREFIXES = {"aikg": AIKG, "schema": SDO, "prov": PROV, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL}

ENTITY_CLASSES = {
    "Person": [SDO.Person],
    "Organization": [SDO.Organization],
    "Model": [SDO.SoftwareApplication, AIKG.Model],
}
ENTITY_TERMS = {
    "name": SDO.name,
    "aliases": SDO.alternateName,
    "description": SDO.description,
    "country": SDO.addressCountry,
    "released": SDO.datePublished,
    "family": AIKG.family,
    "kind": AIKG.kind,
    "open_weights": AIKG.openWeights,
}
SOURCE_TERMS = {
    "title": SDO.headline,
    "published": SDO.datePublished,
    "language": SDO.inLanguage,
    "path": AIKG.path,
    "content_hash": AIKG.contentHash,
    "kind": AIKG.sourceKind,
}
FACT_TERMS = {
    "date": AIKG.date,
    "role": AIKG.role,
    "reason": AIKG.reason,
    "model": AIKG.model,
    "organization": AIKG.organization,
    "confidence": AIKG.confidence,
    "first_reported": AIKG.firstReported,
    "last_reported": AIKG.lastReported,
}
AUDIT_TERMS = {"at": PROV.endedAtTime, "note": RDFS.comment, "targets": AIKG.targets}
DATE_KEYS = {"released", "published", "date", "first_reported", "last_reported"}
_HANDLED_FACT_KEYS = {"fact_id", "sources", "extractors", "evidence_keys", *EVIDENCE_LISTS}
_SKIPPED_NODE_KEYS = {"id", "type", "developer", "wikidata", "url"}
_YEAR = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NOT_NAME = re.compile(r"[^A-Za-z0-9_]")


def aikg_term(key: str) -> URIRef:
    """The ``aikg:`` property for a graph property without a mapping of its own."""
    return AIKG[_NOT_NAME.sub("_", key) or "_"]


def iri(graph_id: str) -> URIRef:
    """``person:jan-leike`` -> ``https://aikg.dev/id/person/jan-leike``."""
    kind, _, rest = graph_id.partition(":")
    path = f"{kind}/{rest}" if rest else kind
    return URIRef(ID_BASE + quote(path, safe="/-_.~"))


def date_literal(value: str) -> Literal:
    if _DAY.match(value):
        return Literal(value, datatype=XSD.date)
    if _YEAR_MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def value_literal(key: str, value: Any) -> Literal:
    if key in DATE_KEYS and isinstance(value, str):
        return date_literal(value)
    if isinstance(value, float):
        return Literal(value, datatype=XSD.double)
    return Literal(value)


def add_values(graph: Graph, subject: URIRef, term: URIRef, key: str, value: Any) -> None:
    for item in value if isinstance(value, list | tuple) else [value]:
        if item is not None:
            graph.add((subject, term, value_literal(key, item)))


def add_node(graph: Graph, node: NodeValue) -> None:
    subject = iri(node.id)
    props = node.properties
    graph.add((subject, AIKG.id, Literal(node.id)))
    if SOURCE_LABEL in node.labels:
        graph.add((subject, RDF.type, PROV.Entity))
        graph.add(
            (subject, RDF.type, SDO.NewsArticle if props.get("kind") == "article" else SDO.CreativeWork)
        )
        terms = SOURCE_TERMS
        if props.get("url"):
            graph.add((subject, SDO.url, Literal(props["url"], datatype=XSD.anyURI)))
    elif AUDIT_LABEL in node.labels:
        graph.add((subject, RDF.type, PROV.Activity))
        graph.add((subject, RDF.type, AIKG.AuditRecord))
        terms = AUDIT_TERMS
        for target in props.get("targets") or []:
            graph.add((subject, PROV.used, iri(str(target))))
    else:
        graph.add((subject, RDF.type, AIKG.Entity))
        for cls in ENTITY_CLASSES.get(node.label, []):
            graph.add((subject, RDF.type, cls))
        terms = ENTITY_TERMS
        if props.get("developer"):
            graph.add((subject, SDO.creator, iri(str(props["developer"]))))
        if props.get("wikidata"):
            graph.add((subject, OWL.sameAs, WIKIDATA[str(props["wikidata"])]))
    for key, value in sorted(props.items()):
        if key in _SKIPPED_NODE_KEYS:
            continue
        add_values(graph, subject, terms.get(key) or aikg_term(key), key, value)


def extraction(graph: Graph, extractor: str) -> URIRef:
    activity = iri(f"extraction:{extractor}")
    agent = iri(f"extractor:{extractor}")
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, RDF.type, AIKG.Extraction))
    graph.add((activity, RDFS.label, Literal(f"extraction by {extractor}")))
    graph.add((activity, PROV.wasAssociatedWith, agent))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(extractor)))
    return activity


def add_fact(graph: Graph, rel: RelationshipValue) -> None:
    subject, obj, predicate = iri(rel.start), iri(rel.end), aikg_term(rel.type)
    props = rel.properties
    graph.add((subject, predicate, obj))
    fact = iri(str(props.get("fact_id") or rel.id))
    graph.add((fact, RDF.type, AIKG.Fact))
    graph.add((fact, RDF.type, RDF.Statement))
    graph.add((fact, RDF.subject, subject))
    graph.add((fact, RDF.predicate, predicate))
    graph.add((fact, RDF.object, obj))
    graph.add((fact, AIKG.factId, Literal(str(props.get("fact_id") or rel.id))))
    for key, value in sorted(props.items()):
        if key not in _HANDLED_FACT_KEYS:
            add_values(graph, fact, FACT_TERMS.get(key) or aikg_term(key), key, value)
    for source in stored_sources(props):
        graph.add((fact, PROV.wasDerivedFrom, iri(source)))
    for extractor in stored_extractors(props):
        graph.add((fact, PROV.wasGeneratedBy, extraction(graph, extractor)))
    for index, item in enumerate(stored_evidence(props)):
        evidence = URIRef(f"{fact}/evidence/{index}")
        graph.add((fact, AIKG.evidence, evidence))
        graph.add((evidence, RDF.type, AIKG.Evidence))
        graph.add((evidence, RDF.type, PROV.Entity))
        graph.add((evidence, AIKG.quote, Literal(item.quote)))
        graph.add((evidence, PROV.value, Literal(item.quote)))
        if item.source_id:
            graph.add((evidence, PROV.wasQuotedFrom, iri(item.source_id)))
        for term, offset in ((AIKG.start, item.start), (AIKG.end, item.end)):
            if offset is not None:
                graph.add((evidence, term, Literal(offset, datatype=XSD.integer)))


def to_rdf(subgraph: Subgraph) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    for node in sorted_nodes(subgraph):
        add_node(graph, node)
    for rel in sorted_relationships(subgraph):
        if rel.type == MENTIONS:
            graph.add((iri(rel.start), SDO.mentions, iri(rel.end)))
        else:
            add_fact(graph, rel)
    return graph
