"""Scoring of an extractor against gold files (format of shared/eval/README.md).

Entities match on (normalized name, type), a gold entity's aliases counting as its names;
relations match on (subject, predicate, object) after mapping predicted entities to the gold
entities they matched, order-insensitive for symmetric predicates. Attributes (date, role,
reason, model, organization) are scored as accuracy on matched relations that have them in gold;
dates match as partial-date prefixes and reasons after their canonical English form, ignoring case.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from fnmatch import fnmatchcase
from pathlib import Path

from pydantic import BaseModel, Field

from aikg.graph.errors import InvalidInputError
from aikg.graph.schema import PREDICATES
from aikg.ingest.document import Document
from aikg.ingest.extractors.base import ExtractionResult, Extractor
from aikg.ingest.gold import GoldFile, load_gold
from aikg.ingest.readers import READERS, DocumentError, read_documents
from aikg.ingest.reasons import canonical_reason

ATTRIBUTES = ("date", "role", "reason", "model", "organization")


def normalize(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").casefold()
    return re.sub(r"[\s_]+", " ", re.sub(r"[-‐–—]", "-", folded)).strip()


class Score(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def summary(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


class Accuracy(BaseModel):
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


Triple = tuple[str, str, str]


class ArticleResult(BaseModel):
    name: str
    language: str | None = None
    entities: Score = Field(default_factory=Score)
    relations: Score = Field(default_factory=Score)
    predicates: dict[str, Score] = Field(default_factory=dict)
    attributes: dict[str, Accuracy] = Field(default_factory=dict)
    missed: list[Triple] = Field(default_factory=list)
    spurious: list[Triple] = Field(default_factory=list)
    missed_entities: list[str] = Field(default_factory=list)
    spurious_entities: list[str] = Field(default_factory=list)
    traps: int = 0
    traps_extracted: list[Triple] = Field(default_factory=list)
    rules: dict[str, Score] = Field(default_factory=dict)  # per rule id: tp = right facts, fp = wrong


class EvalReport(BaseModel):
    articles: list[ArticleResult] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)

    def micro(self, what: str) -> Score:
        total = Score()
        for article in self.articles:
            total.add(getattr(article, what))
        return total

    def micro_by_language(self, what: str) -> dict[str, Score]:
        """Micro-averaged entity or relation score per document language ("?" when unknown)."""
        out: dict[str, Score] = defaultdict(Score)
        for article in self.articles:
            out[article.language or "?"].add(getattr(article, what))
        return dict(sorted(out.items()))

    def per_predicate(self) -> dict[str, Score]:
        out: dict[str, Score] = defaultdict(Score)
        for article in self.articles:
            for predicate, score in article.predicates.items():
                out[predicate].add(score)
        return dict(sorted(out.items()))

    def per_rule(self) -> dict[str, Score]:
        """Facts each rule id produced, right (tp) or wrong (fp); a fact two rules found counts for both."""
        out: dict[str, Score] = defaultdict(Score)
        for article in self.articles:
            for rule, score in article.rules.items():
                out[rule].add(score)
        return dict(sorted(out.items()))

    def traps(self) -> tuple[int, int]:
        """(traps extracted, traps in the gold): each extracted trap is also a false positive."""
        return sum(len(a.traps_extracted) for a in self.articles), sum(a.traps for a in self.articles)

    def attribute_accuracy(self) -> dict[str, Accuracy]:
        out: dict[str, Accuracy] = defaultdict(Accuracy)
        for article in self.articles:
            for key, acc in article.attributes.items():
                out[key].correct += acc.correct
                out[key].total += acc.total
        return dict(out)

    def as_dict(self) -> dict[str, object]:
        return {
            "micro": {
                "entities": self.micro("entities").summary(),
                "relations": self.micro("relations").summary(),
            },
            "by_language": {
                language: {
                    "entities": self.micro_by_language("entities")[language].summary(),
                    "relations": score.summary(),
                }
                for language, score in self.micro_by_language("relations").items()
            },
            "traps": {"extracted": self.traps()[0], "total": self.traps()[1]},
            "rules": {k: {"hits": v.tp + v.fp, "correct": v.tp} for k, v in self.per_rule().items()},
            "per_predicate": {k: v.summary() for k, v in self.per_predicate().items()},
            "attributes": {
                k: {"correct": v.correct, "total": v.total, "accuracy": round(v.value, 4)}
                for k, v in self.attribute_accuracy().items()
            },
            "articles": [
                {
                    "name": a.name,
                    "language": a.language,
                    "entities": a.entities.summary(),
                    "relations": a.relations.summary(),
                    "missed": [list(t) for t in a.missed],
                    "spurious": [list(t) for t in a.spurious],
                    "traps_extracted": [list(t) for t in a.traps_extracted],
                    "missed_entities": a.missed_entities,
                    "spurious_entities": a.spurious_entities,
                }
                for a in self.articles
            ],
            "errors": self.errors,
        }


def _match_entities(
    gold: GoldFile, result: ExtractionResult
) -> tuple[dict[str, str], Score, list[str], list[str]]:
    """Predicted entity id -> gold name, one to one; names first, then aliases."""
    names = {g.name: {normalize(g.name)} for g in gold.entities}
    aliases = {g.name: {normalize(a) for a in g.aliases} for g in gold.entities}
    types = {g.name: g.type for g in gold.entities}
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for by_alias in (False, True):
        for entity in result.entities:
            if entity.id in mapping:
                continue
            own = {normalize(entity.name)} | ({normalize(a) for a in entity.aliases} if by_alias else set())
            for gold_name in names:
                keys = names[gold_name] | (aliases[gold_name] if by_alias else set())
                if gold_name not in taken and types[gold_name] is entity.type and own & keys:
                    mapping[entity.id] = gold_name
                    taken.add(gold_name)
                    break
    score = Score(
        tp=len(mapping), fp=len(result.entities) - len(mapping), fn=len(gold.entities) - len(mapping)
    )
    missed = [g.name for g in gold.entities if g.name not in taken]
    spurious = [f"{e.name} ({e.type.value})" for e in result.entities if e.id not in mapping]
    return mapping, score, missed, spurious


def _key(subject: str, predicate: str, obj: str) -> Triple:
    if PREDICATES[predicate].symmetric and obj < subject:  # type: ignore[index]
        subject, obj = obj, subject
    return (subject, predicate, obj)


ROLE_SYNONYMS = [
    (re.compile(r"\bvice[- ]president\b"), "vp"),
    (re.compile(r"\bchief executive(?: officer)?\b"), "ceo"),
    (re.compile(r"\bchief technology officer\b"), "cto"),
    (re.compile(r"\bchief financial officer\b"), "cfo"),
    (re.compile(r"\bchief operating officer\b"), "coo"),
]


def canonical_role(role: str) -> str:
    """'Vice president of research' and 'VP of research' are the same role."""
    text = normalize(role)
    for pattern, short in ROLE_SYNONYMS:
        text = pattern.sub(short, text)
    return text


def _same(attribute: str, gold_value: str, predicted: str | None, names: dict[str, str]) -> bool:
    if predicted is None:
        return False
    if attribute == "date":
        return predicted[: len(gold_value)] == gold_value
    if attribute == "reason":
        predicted, gold_value = canonical_reason(predicted), canonical_reason(gold_value)
    if attribute == "role":
        return canonical_role(predicted) == canonical_role(gold_value)
    if attribute in ("model", "organization"):
        predicted = names.get(normalize(predicted), predicted)
    return normalize(predicted) == normalize(gold_value)


def score_article(name: str, gold: GoldFile, result: ExtractionResult) -> ArticleResult:
    mapping, entity_score, missed_entities, spurious_entities = _match_entities(gold, result)
    names = {e.id: mapping.get(e.id, e.name) for e in result.entities}
    by_name = {normalize(e.name): mapping.get(e.id, e.name) for e in result.entities}
    predicted: dict[Triple, dict[str, str]] = {}
    expected = {_key(r.subject, r.predicate.value, r.object): r.attributes() for r in gold.relations}
    article = ArticleResult(
        name=name, entities=entity_score, missed_entities=missed_entities, spurious_entities=spurious_entities
    )
    for fact in result.facts:
        key = _key(
            names.get(fact.subject, fact.subject), fact.predicate.value, names.get(fact.object, fact.object)
        )
        predicted.setdefault(key, fact.properties.present())
        for rule in fact.rules:
            article.rules.setdefault(rule, Score()).add(
                Score(tp=int(key in expected), fp=int(key not in expected))
            )
    for key in set(predicted) | set(expected):
        score = article.predicates.setdefault(key[1], Score())
        if key in predicted and key in expected:
            score.tp += 1
            for attribute, value in expected[key].items():
                acc = article.attributes.setdefault(attribute, Accuracy())
                acc.total += 1
                acc.correct += _same(attribute, value, predicted[key].get(attribute), by_name)
        elif key in predicted:
            score.fp += 1
            article.spurious.append(key)
        else:
            score.fn += 1
            article.missed.append(key)
        article.relations.add(
            Score(
                tp=int(key in predicted and key in expected),
                fp=int(key in predicted and key not in expected),
                fn=int(key in expected and key not in predicted),
            )
        )
    article.missed.sort()
    article.spurious.sort()
    article.traps = len(gold.traps)
    # a trap's endpoints need not be gold entities: compare names after normalization
    spurious = {tuple(normalize(part) for part in key) for key in article.spurious}
    for trap in gold.traps:
        key = _key(trap.subject, trap.predicate.value, trap.object)
        if tuple(normalize(part) for part in key) in spurious:
            article.traps_extracted.append(key)
    return article


def _documents_by_stem(docs_dir: Path) -> dict[str, Path]:
    extensions = {ext for reader in READERS for ext in reader.extensions}
    return {p.stem: p for p in sorted(docs_dir.rglob("*")) if p.is_file() and p.suffix.lower() in extensions}


def _selected(stem: str, only: Sequence[str]) -> bool:
    return not only or any(fnmatchcase(stem, pattern) for pattern in only)


def evaluate(
    gold_dir: Path,
    docs_dir: Path,
    extractor: Extractor,
    max_bytes: int = 5_000_000,
    only: Sequence[str] = (),
) -> EvalReport:
    """Score `extractor` on every gold file of `gold_dir` (or those whose stem matches one of the
    `only` glob patterns) against the document of the same stem in `docs_dir`."""
    report = EvalReport()
    docs = _documents_by_stem(docs_dir)
    gold_files = [p for p in sorted(gold_dir.glob("*.json")) if _selected(p.stem, only)]
    if not gold_files:
        wanted = f" matching {', '.join(only)}" if only else ""
        report.errors.append(f"{gold_dir}: no gold files (*.json){wanted}")
    for gold_path in gold_files:
        stem = gold_path.stem
        if stem not in docs:
            report.errors.append(f"{gold_path}: no document named {stem}.* in {docs_dir}")
            continue
        try:
            gold = load_gold(gold_path)
        except InvalidInputError as exc:
            report.errors.append(str(exc))
            continue
        read = list(read_documents([str(docs[stem])], max_bytes))
        document = read[0] if read else DocumentError(str(docs[stem]), "no document")
        if not isinstance(document, Document):
            why = str(document) if isinstance(document, DocumentError) else f"{stem}: not read"
            report.errors.append(why)
            continue
        scored = score_article(stem, gold, extractor.extract(document))
        scored.language = document.language
        report.articles.append(scored)
    return report


__all__ = ["EvalReport", "Score", "evaluate", "normalize", "score_article"]
