"""The RDF picture of a subgraph (vocabulary documented in ``VOCABULARY.md``).

Entities are typed with schema.org classes, each fact is both a direct triple and an
``aikg:Fact`` node (``rdf:subject`` / ``rdf:predicate`` / ``rdf:object``) that carries its
properties and PROV-O provenance: the sources it was derived from, one ``aikg:Evidence`` quote
per source passage, and the extraction activity of each extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, SDO

from aikg.graph.audit import AUDIT_LABEL
from aikg.graph.export.base import MENTIONS, SOURCE_LABEL, sorted_nodes, sorted_relationships
from aikg.graph.fact_codec import EVIDENCE_LISTS, stored_evidence, stored_extractors, stored_sources
from aikg.graph.stores.base import NodeValue, RelationshipValue
from aikg.graph.subgraph import GraphView

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


class _Terms:
    """A namespace whose terms are made once: rdflib makes (and checks) a new ``URIRef`` at every
    attribute access, which the writers would otherwise do for every triple."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


# terms repeat (a date, a confidence, a quote written as aikg:quote and prov:value): each is made
# once while it is among the last CACHED made
CACHED = 8192
_literal = lru_cache(maxsize=CACHED, typed=True)(Literal)
_aikg, _sdo, _prov, _rdf, _rdfs, _owl, _xsd = (_Terms(n) for n in (AIKG, SDO, PROV, RDF, RDFS, OWL, XSD))


@lru_cache(maxsize=1024)
def aikg_term(key: str) -> URIRef:
    """The ``aikg:`` property for a graph property without a mapping of its own."""
    return AIKG[_NOT_NAME.sub("_", key) or "_"]


@lru_cache(maxsize=CACHED)
def iri(graph_id: str) -> URIRef:
    """``person:jan-leike`` -> ``https://aikg.dev/id/person/jan-leike``."""
    kind, _, rest = graph_id.partition(":")
    path = f"{kind}/{rest}" if rest else kind
    return URIRef(ID_BASE + quote(path, safe="/-_.~"))


def date_literal(value: str) -> Literal:
    if _DAY.match(value):
        return _literal(value, datatype=_xsd.date)
    if _YEAR_MONTH.match(value):
        return _literal(value, datatype=_xsd.gYearMonth)
    if _YEAR.match(value):
        return _literal(value, datatype=_xsd.gYear)
    return _literal(value)


def value_literal(key: str, value: Any) -> Literal:
    if key in DATE_KEYS and isinstance(value, str):
        return date_literal(value)
    if isinstance(value, float):
        return _literal(value, datatype=_xsd.double)
    return _literal(value)


Triple = tuple[URIRef, URIRef, URIRef | Literal]


def value_triples(subject: URIRef, term: URIRef, key: str, value: Any) -> Iterator[Triple]:
    for item in value if isinstance(value, list | tuple) else [value]:
        if item is not None:
            yield subject, term, value_literal(key, item)


def node_triples(node: NodeValue) -> Iterator[Triple]:
    subject = iri(node.id)
    props = node.properties
    yield subject, _aikg.id, _literal(node.id)
    if SOURCE_LABEL in node.labels:
        yield subject, _rdf.type, _prov.Entity
        yield subject, _rdf.type, _sdo.NewsArticle if props.get("kind") == "article" else _sdo.CreativeWork
        terms = SOURCE_TERMS
        if props.get("url"):
            yield subject, _sdo.url, _literal(props["url"], datatype=_xsd.anyURI)
    elif AUDIT_LABEL in node.labels:
        yield subject, _rdf.type, _prov.Activity
        yield subject, _rdf.type, _aikg.AuditRecord
        terms = AUDIT_TERMS
        for target in props.get("targets") or []:
            yield subject, _prov.used, iri(str(target))
    else:
        yield subject, _rdf.type, _aikg.Entity
        for cls in ENTITY_CLASSES.get(node.label, []):
            yield subject, _rdf.type, cls
        terms = ENTITY_TERMS
        if props.get("developer"):
            yield subject, _sdo.creator, iri(str(props["developer"]))
        if props.get("wikidata"):
            yield subject, _owl.sameAs, WIKIDATA[str(props["wikidata"])]
    for key, value in sorted(props.items()):
        if key in _SKIPPED_NODE_KEYS:
            continue
        yield from value_triples(subject, terms.get(key) or aikg_term(key), key, value)


def extraction_triples(extractor: str) -> Iterator[Triple]:
    """The extraction activity of one extractor and its agent (written once per export)."""
    activity = extraction_iri(extractor)
    agent = iri(f"extractor:{extractor}")
    yield activity, _rdf.type, _prov.Activity
    yield activity, _rdf.type, _aikg.Extraction
    yield activity, _rdfs.label, _literal(f"extraction by {extractor}")
    yield activity, _prov.wasAssociatedWith, agent
    yield agent, _rdf.type, _prov.SoftwareAgent
    yield agent, _rdfs.label, _literal(extractor)


def extraction_iri(extractor: str) -> URIRef:
    return iri(f"extraction:{extractor}")


def fact_triples(rel: RelationshipValue, extractors_seen: set[str]) -> Iterator[Triple]:
    """The triples of one fact; an extractor's activity is written the first time it is named
    (``extractors_seen`` holds the ones already written)."""
    subject, obj, predicate = iri(rel.start), iri(rel.end), aikg_term(rel.type)
    props = rel.properties
    yield subject, predicate, obj
    fact = iri(str(props.get("fact_id") or rel.id))
    yield fact, _rdf.type, _aikg.Fact
    yield fact, _rdf.type, _rdf.Statement
    yield fact, _rdf.subject, subject
    yield fact, _rdf.predicate, predicate
    yield fact, _rdf.object, obj
    yield fact, _aikg.factId, _literal(str(props.get("fact_id") or rel.id))
    for key, value in sorted(props.items()):
        if key not in _HANDLED_FACT_KEYS:
            yield from value_triples(fact, FACT_TERMS.get(key) or aikg_term(key), key, value)
    for source in stored_sources(props):
        yield fact, _prov.wasDerivedFrom, iri(source)
    for extractor in stored_extractors(props):
        name = str(extractor)
        if name not in extractors_seen:
            extractors_seen.add(name)
            yield from extraction_triples(name)
        yield fact, _prov.wasGeneratedBy, extraction_iri(name)
    for index, item in enumerate(stored_evidence(props)):
        evidence = URIRef(f"{fact}/evidence/{index}")
        yield fact, _aikg.evidence, evidence
        yield evidence, _rdf.type, _aikg.Evidence
        yield evidence, _rdf.type, _prov.Entity
        yield evidence, _aikg.quote, _literal(item.quote)
        yield evidence, _prov.value, _literal(item.quote)
        if item.source_id:
            yield evidence, _prov.wasQuotedFrom, iri(item.source_id)
        for term, offset in ((_aikg.start, item.start), (_aikg.end, item.end)):
            if offset is not None:
                yield evidence, term, _literal(offset, datatype=_xsd.integer)


def triples(subgraph: GraphView) -> Iterator[Triple]:
    """Every triple of a subgraph, node by node then fact by fact, one at a time (a triple may come
    twice, e.g. the direct triple of two facts between the same entities; RDF counts it once)."""
    for node in sorted_nodes(subgraph):
        yield from node_triples(node)
    extractors_seen: set[str] = set()
    for rel in sorted_relationships(subgraph):
        if rel.type == MENTIONS:
            yield iri(rel.start), _sdo.mentions, iri(rel.end)
        else:
            yield from fact_triples(rel, extractors_seen)


def to_rdf(subgraph: GraphView) -> Graph:
    """The subgraph as an rdflib Graph (in memory: the exporters stream :func:`triples` instead)."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    for triple in triples(subgraph):
        graph.add(triple)
    return graph
