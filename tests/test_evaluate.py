"""Scoring, and the extractor's figures on the shared seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from aikg.graph.schema import Entity, EntityType, Evidence, Fact, Predicate, Source
from aikg.ingest.evaluate import evaluate, score_article
from aikg.ingest.extractors import get_extractor
from aikg.ingest.extractors.base import ExtractionResult
from aikg.ingest.gold import GoldFile

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _result(entities: list[Entity], facts: list[tuple[str, Predicate, str]]) -> ExtractionResult:
    source = Source(content_hash="0" * 64)
    ev = [Evidence(source_id=source.id, quote="x", start=0, end=1)]
    return ExtractionResult(
        source=source,
        entities=entities,
        facts=[Fact(subject=s, predicate=p, object=o, evidence=ev) for s, p, o in facts],
    )


def test_scoring_aliases_symmetry_and_attributes() -> None:
    gold = GoldFile.model_validate(
        {
            "entities": [
                {"name": "OpenAI", "type": "Organization"},
                {"name": "Anthropic", "type": "Organization"},
                {"name": "OpenAI open-weight model", "type": "Model", "aliases": ["gpt-oss"]},
                {"name": "Jan Leike", "type": "Person"},
            ],
            "relations": [
                {"subject": "OpenAI", "predicate": "COMPETES_WITH", "object": "Anthropic"},
                {"subject": "OpenAI", "predicate": "DEVELOPED", "object": "OpenAI open-weight model"},
                {"subject": "Jan Leike", "predicate": "DEPARTED", "object": "OpenAI", "date": "2024-05"},
            ],
        }
    )
    openai = Entity(type=EntityType.ORGANIZATION, name="OpenAI")
    anthropic = Entity(type=EntityType.ORGANIZATION, name="Anthropic")
    oss = Entity(type=EntityType.MODEL, name="gpt-oss")
    leike = Entity(type=EntityType.PERSON, name="Jan Leike")
    google = Entity(type=EntityType.ORGANIZATION, name="Google")
    result = _result(
        [openai, anthropic, oss, leike, google],
        [
            (anthropic.id, Predicate.COMPETES_WITH, openai.id),
            (openai.id, Predicate.DEVELOPED, oss.id),
            (leike.id, Predicate.DEPARTED, openai.id),
            (google.id, Predicate.COMPETES_WITH, openai.id),
        ],
    )
    result.facts[2].properties.date = "2024-05-17"
    article = score_article("x", gold, result)
    assert (article.entities.tp, article.entities.fp, article.entities.fn) == (4, 1, 0)
    assert (article.relations.tp, article.relations.fp, article.relations.fn) == (3, 1, 0)
    assert article.attributes["date"].correct == 1


@pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason="shared seeds and gold (../shared) are not checked out"
)
def test_seed_figures() -> None:
    report = evaluate(SHARED / "eval" / "gold", SHARED / "seeds", get_extractor("rules"))
    assert not report.errors
    assert len(report.articles) == 4
    entities, relations = report.micro("entities"), report.micro("relations")
    print(f"seeds: entity F1 {entities.f1:.3f}, relation F1 {relations.f1:.3f}")
    assert entities.f1 >= 0.95
    assert relations.f1 >= 0.90


@pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="corpus/ (branch data) is not merged")
def test_corpus_runs_and_is_precise() -> None:
    report = evaluate(CORPUS / "gold", CORPUS / "articles", get_extractor("rules"))
    assert not report.errors
    print(
        f"corpus: entity F1 {report.micro('entities').f1:.3f}, relation F1 {report.micro('relations').f1:.3f}"
    )
    assert report.micro("entities").f1 >= 0.8
    assert report.micro("relations").precision >= 0.7


def test_bad_gold_and_missing_documents_are_reported(tmp_path: Path) -> None:
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    gold.mkdir()
    docs.mkdir()
    (gold / "broken.json").write_text("{not json", encoding="utf-8")
    (docs / "broken.txt").write_text("Jan Leike left OpenAI.", encoding="utf-8")
    (gold / "alone.json").write_text('{"entities": [], "relations": []}', encoding="utf-8")
    report = evaluate(gold, docs, get_extractor("rules"))
    assert len(report.errors) == 2
    assert any("broken.json" in e for e in report.errors) and any("alone" in e for e in report.errors)


def test_an_extracted_trap_is_a_false_positive_and_rules_are_tallied() -> None:
    gold = GoldFile.model_validate(
        {
            "entities": [
                {"name": "Vellum Labs", "type": "Organization"},
                {"name": "Quarry Fund", "type": "Organization"},
            ],
            "relations": [{"subject": "Quarry Fund", "predicate": "INVESTED_IN", "object": "Vellum Labs"}],
            "traps": [
                {
                    "subject": "Quarry Fund",
                    "predicate": "ACQUIRED",
                    "object": "Vellum Labs",
                    "why": "a stake",
                },
                {"subject": "Pellet Group", "predicate": "ACQUIRED", "object": "Vellum Labs", "why": "talks"},
            ],
        }
    )
    vellum = Entity(type=EntityType.ORGANIZATION, name="Vellum Labs")
    quarry = Entity(type=EntityType.ORGANIZATION, name="Quarry Fund")
    result = _result(
        [vellum, quarry],
        [(quarry.id, Predicate.INVESTED_IN, vellum.id), (quarry.id, Predicate.ACQUIRED, vellum.id)],
    )
    result.facts[0].rules = ["en.invested-in.a", "en.invested-in.b"]
    result.facts[1].rules = ["en.acquired.a"]
    article = score_article("x", gold, result)
    assert (article.relations.tp, article.relations.fp) == (1, 1)
    assert article.traps == 2
    assert article.traps_extracted == [("Quarry Fund", "ACQUIRED", "Vellum Labs")]
    assert {k: (v.tp, v.fp) for k, v in article.rules.items()} == {
        "en.invested-in.a": (1, 0),
        "en.invested-in.b": (1, 0),
        "en.acquired.a": (0, 1),
    }


def test_a_trap_with_a_bad_predicate_is_refused() -> None:
    with pytest.raises(ValueError, match="predicate"):
        GoldFile.model_validate(
            {"entities": [], "relations": [], "traps": [{"subject": "A", "predicate": "OWNS", "object": "B"}]}
        )


def _write_pair(gold: Path, docs: Path, stem: str, text: str, language: str) -> None:
    (gold / f"{stem}.json").write_text(
        '{"entities": [{"name": "Tamsin Oduya", "type": "Person"}], "relations": []}', encoding="utf-8"
    )
    (docs / f"{stem}.md").write_text(
        f'---\ntitle: "{stem}"\nlanguage: {language}\n---\n{text}\n', encoding="utf-8"
    )


def test_only_selects_stems_and_scores_are_split_by_language(tmp_path: Path) -> None:
    gold, docs = tmp_path / "gold", tmp_path / "docs"
    gold.mkdir()
    docs.mkdir()
    _write_pair(gold, docs, "en-01-a", "Tamsin Oduya spoke at a quiet harbour fair on Sunday.", "en")
    _write_pair(gold, docs, "en-02-b", "Tamsin Oduya planted pear trees near the old mill.", "en")
    _write_pair(gold, docs, "fr-01-a", "Tamsin Oduya a visité un moulin près du canal.", "fr")
    rules = get_extractor("rules")
    everything = evaluate(gold, docs, rules)
    assert [a.name for a in everything.articles] == ["en-01-a", "en-02-b", "fr-01-a"]
    assert set(everything.micro_by_language("entities")) == {"en", "fr"}
    assert everything.micro_by_language("entities")["en"].tp + everything.micro_by_language(
        "entities"
    )["en"].fn == 2
    half = evaluate(gold, docs, rules, only=["en-01-*", "fr-*"])
    assert [a.name for a in half.articles] == ["en-01-a", "fr-01-a"]
    assert set(half.as_dict()["by_language"]) == {"en", "fr"}  # type: ignore[arg-type]
    none = evaluate(gold, docs, rules, only=["de-*"])
    assert not none.articles and "matching de-*" in none.errors[0]
