"""Recognition of known entities (reference data names and aliases) in text.

Case rules: a surface form matches exactly; names of five letters or more also match with other
casing when the text capitalizes them ("Openai"); one-letter names never match. French elisions
("d’OpenAI", "l'OpenAI") work because an apostrophe is a word boundary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from aikg.graph.schema import Entity, EntityType
from aikg.ingest.extractors.rules.spans import Span

MIN_CASELESS = 5
ARTICLE = re.compile(r"(?:la|le|les) |l'")


# "the Nvidia-backed startup", "the Musk-owned lab": the name stands before the hyphen
COMPOUND = r"(?:backed|owned|led|funded|financed|founded|controlled)(?!\w)"


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


def trie_pattern(words: Iterable[str]) -> str:
    """One regex for many literal words, shaped as a trie so matching does not try them one by one;
    at each branch the longer continuation is tried first."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


class Gazetteer:
    def __init__(self, entities: Iterable[Entity]) -> None:
        self.surfaces: dict[str, Entity] = {}
        self.by_id: dict[str, Entity] = {}
        for entity in entities:
            self.by_id[entity.id] = entity
            for surface in (entity.name, *entity.aliases):
                key = _norm(surface)
                if len(surface) < 2:
                    continue
                current = self.surfaces.get(key)
                if current is None or _norm(current.name) != key:
                    self.surfaces[key] = entity
        forms = {_norm(s) for e in self.by_id.values() for s in (e.name, *e.aliases) if len(s) >= 2}
        self.pattern = (
            re.compile(rf"(?<!\w)(?:{trie_pattern(forms)})(?!\w|-(?!{COMPOUND})\w)", re.IGNORECASE)
            if forms
            else None
        )
        self.exact = {f for e in self.by_id.values() for f in (e.name, *e.aliases)}

    def lookup(self, surface: str) -> Entity | None:
        return self.surfaces.get(_norm(surface))

    def _accept(self, found: str, entity: Entity) -> bool:
        if (
            found in self.exact
            or found.replace("’", "'") in self.exact
            or found.replace("'", "’") in self.exact
        ):
            return True
        # "avec la Poste", "selon le Figaro": French news writes a name's opening article in small letters
        if ARTICLE.match(found) and found[0].upper() + found[1:] in self.exact:
            return True
        if len(found) < MIN_CASELESS:
            return False
        shapes = [[w[0].isupper() for w in s.split()] for s in (entity.name, *entity.aliases)]
        return [w[0].isupper() for w in found.split()] in shapes

    def find(self, text: str) -> list[Span]:
        if self.pattern is None:
            return []
        spans = []
        for match in self.pattern.finditer(text.replace("’", "'")):
            found = text[match.start() : match.end()]
            entity = self.lookup(found)
            if entity is not None and self._accept(found, entity):
                spans.append(Span(match.start(), match.end(), entity, "gazetteer"))
        return spans

    def families(self) -> dict[str, str]:
        """Model family words and the developer id they belong to ('Claude' -> organization:anthropic)."""
        out: dict[str, str] = {}
        for entity in self.by_id.values():
            if entity.type is EntityType.MODEL and entity.developer:
                head = entity.family or entity.name.split()[0].split("-")[0]
                if head and head[0].isalpha() and len(head) >= 2:
                    out.setdefault(head, entity.developer)
        return out

    def tiers(self) -> dict[str, str]:
        """Second words of multi-word model names and their family ('Opus' -> 'Claude')."""
        out: dict[str, str] = {}
        for entity in self.by_id.values():
            words = entity.name.split()
            if entity.type is EntityType.MODEL and len(words) >= 3 and words[1][0].isupper():
                out.setdefault(words[1], words[0])
        return out
