"""The shipped reference data and the sample corpus: valid, consistent and unambiguous."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from aikg.graph.schema import PREDICATES, EntityType, Predicate, check_partial_date
from aikg.ingest.gold import load_gold
from aikg.ingest.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
ARTICLES = CORPUS / "articles"
GOLD = CORPUS / "gold"
FRONT_MATTER_RE = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.S)
STEM_RE = re.compile(r"^(en|fr)-\d{4}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
MINIMUMS = {EntityType.ORGANIZATION: 150, EntityType.PERSON: 250, EntityType.MODEL: 200}


@pytest.fixture(scope="module")
def reference():
    return load_reference()


@pytest.fixture(scope="module")
def names(reference) -> dict[str, tuple[str, EntityType]]:
    """Case-folded name or alias -> (entity id, type)."""
    out: dict[str, tuple[str, EntityType]] = {}
    for entity in reference.entities:
        for label in [entity.name, *entity.aliases]:
            out.setdefault(label.casefold(), (entity.id, entity.type))
    return out


def split_article(path: Path) -> tuple[dict, str]:
    match = FRONT_MATTER_RE.match(path.read_text(encoding="utf-8"))
    assert match, f"{path.name}: no YAML front matter"
    meta = yaml.safe_load(match.group(1))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, match.group(2)


def article_paths() -> list[Path]:
    return sorted(ARTICLES.glob("*.md"))


def gold_paths() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


# --- reference data ---------------------------------------------------------------------------


def test_counts_meet_minimums(reference):
    counts = Counter(e.type for e in reference.entities)
    for kind, minimum in MINIMUMS.items():
        assert counts[kind] >= minimum, f"{kind.value}: {counts[kind]} < {minimum}"


def test_ids_unique(reference):
    dupes = [i for i, n in Counter(e.id for e in reference.entities).items() if n > 1]
    assert not dupes


def test_ids_match_type(reference):
    for entity in reference.entities:
        assert EntityType.of_id(entity.id) is entity.type


def test_model_developers_exist(reference):
    by_id = reference.by_id()
    for entity in reference.entities:
        if entity.type is EntityType.MODEL:
            assert entity.developer, f"{entity.id} has no developer"
            assert entity.developer in by_id, f"{entity.id}: unknown developer {entity.developer}"


def test_affiliations_point_to_organizations(reference):
    by_id = reference.by_id()
    affiliation_predicates = {
        Predicate.WORKS_AT,
        Predicate.FOUNDED,
        Predicate.BOARD_MEMBER_OF,
        Predicate.DEPARTED,
        Predicate.JOINED,
    }
    for fact in reference.facts:
        if fact.predicate in affiliation_predicates:
            assert by_id[fact.object].type is EntityType.ORGANIZATION, fact
            assert by_id[fact.subject].type is EntityType.PERSON, fact


def test_organizations_have_kind_and_country(reference):
    for entity in reference.entities:
        if entity.type is EntityType.ORGANIZATION:
            assert entity.kind is not None, entity.id
            assert entity.country and re.fullmatch(r"[A-Z]{2}", entity.country), entity.id


def test_aliases_are_unambiguous(reference):
    owner_of_name = {e.name.casefold(): e.id for e in reference.entities}
    assert len(owner_of_name) == len(reference.entities), "two entities share a name"
    alias_owner: dict[str, str] = {}
    for entity in reference.entities:
        for alias in entity.aliases:
            key = alias.casefold()
            other = alias_owner.setdefault(key, entity.id)
            assert other == entity.id, f"alias {alias!r} on {other} and {entity.id}"
            named = owner_of_name.get(key, entity.id)
            assert named == entity.id, f"alias {alias!r} of {entity.id} is the name of {named}"


def test_yaml_dates_are_strings():
    """Unquoted years load as ints; the loader would reject them, this says where."""
    data_dir = ROOT / "ingest" / "reference" / "data"
    for path in data_dir.glob("*.yaml"):
        for record in yaml.safe_load(path.read_text(encoding="utf-8")):
            if "released" in record:
                assert not isinstance(record["released"], int), record["id"]
            for link in record.get("affiliations", []):
                assert not isinstance(link.get("date"), int), record["id"]


# --- sample corpus ----------------------------------------------------------------------------


def test_corpus_has_articles_in_both_languages():
    langs = Counter(split_article(p)[0].get("language") for p in article_paths())
    assert langs["en"] + langs["fr"] >= 32
    assert abs(langs["en"] - langs["fr"]) <= 2, langs


def test_every_article_has_gold_and_back():
    articles = {p.stem for p in article_paths()}
    golds = {p.stem for p in gold_paths()}
    assert articles == golds, articles ^ golds


@pytest.mark.parametrize("path", article_paths(), ids=lambda p: p.stem)
def test_article_front_matter_and_length(path: Path):
    assert STEM_RE.match(path.stem), path.name
    meta, body = split_article(path)
    assert set(meta) == {"title", "published", "language", "background"}, sorted(meta)
    assert isinstance(meta["title"], str) and meta["title"].strip()
    check_partial_date(str(meta["published"]))
    assert meta["language"] in {"en", "fr"}
    assert path.stem.startswith(meta["language"] + "-")
    assert re.match(r"^https?://\S+$", meta["background"])
    words = len(body.split())
    assert 150 <= words <= 500, f"{path.name}: {words} words"


@pytest.mark.parametrize("path", gold_paths(), ids=lambda p: p.stem)
def test_gold_valid_and_entities_known(path: Path, names):
    gold = load_gold(path)
    assert gold.entities and gold.relations
    seen = Counter(e.name for e in gold.entities)
    assert not [n for n, c in seen.items() if c > 1], "duplicate gold entity"
    for entity in gold.entities:
        found = names.get(entity.name.casefold())
        assert found, f"{path.name}: {entity.name!r} is not in the reference data"
        assert found[1] is entity.type, f"{path.name}: {entity.name!r} is a {found[1].value}"
    keys = [
        (frozenset((r.subject, r.object)), r.predicate)
        if PREDICATES[r.predicate].symmetric
        else (r.subject, r.predicate, r.object)
        for r in gold.relations
    ]
    assert len(keys) == len(set(keys)), f"{path.name}: duplicate relation (symmetric ones go once)"


@pytest.mark.parametrize("path", gold_paths(), ids=lambda p: p.stem)
def test_gold_entities_appear_in_article(path: Path, reference):
    """Each gold entity is named in its article, by its name or one of its reference aliases."""
    _, body = split_article(ARTICLES / f"{path.stem}.md")
    text = body.casefold()
    labels: dict[str, list[str]] = {}
    for entity in reference.entities:
        for label in [entity.name, *entity.aliases]:
            labels.setdefault(label.casefold(), [entity.name, *entity.aliases])
    for entity in load_gold(path).entities:
        variants = labels[entity.name.casefold()] + entity.aliases
        assert any(v.casefold() in text for v in variants), f"{path.name}: {entity.name!r} not in text"


def test_reference_facts_are_accepted(reference) -> None:
    assert reference.facts and {f.review for f in reference.facts} == {"accepted"}
