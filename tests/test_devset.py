"""The evaluation sets run end to end. Their figures are printed (and written in the README), not
asserted: a floor set at "the figure reached minus a margin" would only grade the rules against
themselves. What is asserted is behaviour that must hold whatever the figures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aikg.ingest.evaluate import evaluate
from aikg.ingest.extractors import get_extractor

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "devset"
SHARED = Path(os.environ.get("AIKG_SHARED", ROOT.parent / "shared"))
CHALLENGE = SHARED / "eval" / "challenge"


def test_devset_scores_every_article_and_prints_its_figures() -> None:
    report = evaluate(DEVSET / "gold", DEVSET / "articles", get_extractor("rules"))
    assert not report.errors
    assert len(report.articles) == 12
    relations, entities = report.micro("relations"), report.micro("entities")
    print(f"devset: relation P {relations.precision:.3f} R {relations.recall:.3f} F1 {relations.f1:.3f}")
    print(f"devset: entity P {entities.precision:.3f} R {entities.recall:.3f} F1 {entities.f1:.3f}")
    assert relations.tp > 0 and entities.tp > 0
    # every fact the rules extractor gives names the rules that found it, and each rule's tally adds up
    per_rule = report.per_rule()
    assert per_rule and all(score.tp + score.fp > 0 for score in per_rule.values())
    assert sum(s.tp + s.fp for s in per_rule.values()) >= relations.tp + relations.fp


@pytest.mark.skipif(not CHALLENGE.is_dir(), reason="the challenge set (../shared/eval/challenge) is not here")
def test_challenge_traps_are_counted_as_false_positives() -> None:
    report = evaluate(CHALLENGE / "gold", CHALLENGE, get_extractor("rules"))
    assert not report.errors
    extracted, total = report.traps()
    relations = report.micro("relations")
    print(
        f"challenge: relation P {relations.precision:.3f} R {relations.recall:.3f}; traps {extracted}/{total}"
    )
    assert total > 0
    assert extracted <= relations.fp  # an extracted trap is one of the false positives
    for article in report.articles:
        assert set(article.traps_extracted) <= set(article.spurious)
