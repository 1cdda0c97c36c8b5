"""Unit tests use their own invented sentences: no test file shares 8 consecutive words with the
evaluation material (the corpus, the development sets, the seeds, the challenge set)."""

from __future__ import annotations

import ast
import os
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOW = 8
SHARED = Path(os.environ.get("AIKG_SHARED", ROOT.parent / "shared"))
# the evaluation material (article texts), wherever this checkout keeps it
SOURCES = [ROOT / "corpus", ROOT / "tests" / "data", SHARED / "seeds", SHARED / "eval" / "challenge"]


def words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return re.findall(r"\w+", folded)  # an apostrophe splits words: jusqu'ici is two


def windows(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + WINDOW]) for i in range(len(w) - WINDOW + 1)}


def material() -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for source in SOURCES:
        if source.is_dir():
            for path in source.rglob("*"):
                if path.suffix in (".md", ".txt", ".html") and path.is_file():
                    found |= windows(path.read_text(encoding="utf-8", errors="replace"))
    return found


def string_literals(path: Path) -> str:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return "\n".join(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip()
    )


def test_no_test_copies_evaluation_sentences() -> None:
    known = material()
    if not known:
        pytest.skip("no evaluation material checked out")
    offenders = []
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for window in sorted(windows(string_literals(path)) & known):
            offenders.append(f"{path.name}: {' '.join(window)}")
    assert not offenders, offenders


def test_the_check_finds_a_copied_sentence() -> None:
    text = "the quick brown fox jumps over the lazy dog near the river"
    assert windows(text) & windows("Yesterday " + text.upper() + " again.")
    assert not windows("the quick brown fox jumps over a lazy dog") & windows(text)
