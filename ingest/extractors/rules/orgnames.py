"""Organization names news writes in shapes the other finders split or miss, and places that are no
organization.

- law and consulting firms named after partners: "Harlow, Price & Vance", "Darrieux & Associés LLP"
  (one name, not three);
- a name and its acronym in brackets: "Agence nationale des fréquences (ANF)" is one organization,
  which the text may go on to call "ANF";
- a publication quoted as a source: "selon Les Échos", "according to The Information";
- cities, countries and regions: "basée à Lyon", "Berlin-based", "In Paris, ..." name a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from aikg.ingest.extractors.rules.names import LOWER, UPPER

_CAP = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# "Harlow, Price & Vance", "Haskins & Lowe LLP", "Darrieux, Lemaire & Associés"
FIRM = re.compile(
    rf"(?<![\w'’&-]){_CAP}(?:,\s+{_CAP}){{0,3}},?\s+&\s+{_CAP}"
    r"(?:,?\s+(?:LLP|LLC|L\.L\.P\.|SCP|AARPI|SELARL|PC|P\.C\.))?(?![\w'’-])"
)
# an acronym in brackets: "(ANF)", "(CMA)", "(R&D)" is left to the caller to judge
ACRONYM = re.compile(rf"\s\((?P<acronym>[{UPPER}][{UPPER}0-9&]{{1,7}})\)")
# the words a long name may run over before its acronym (no comma, colon or bracket)
NAME_BEFORE = re.compile(r"(?:[\w’'.&-]+\s+){0,11}[\w’'.&-]+$")
ELIDED = re.compile(r"[lLdD]['’](?=\w)")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SMALL = _set("of for and on the de des du d l la le et pour sur à au aux en")
# "selon Les Échos", "according to The Information", "d'après L'Usine Nouvelle"
MEDIA = re.compile(
    r"(?:\b(?:[Ss]elon|[Aa]ccording to|[Dd]['’]après|reported by|révélé par|told|a confié à|a déclaré à|"
    r"in an interview with|dans un entretien (?:au|à|aux))\s+)"
    rf"(?P<name>(?:Les|Le|La|The|L['’])\s*[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}})(?![\w'’-])"
)
# cities, countries and regions that news names next to companies; never a company found by context
PLACES = _set(
    """
    Paris Lyon Marseille Toulouse Nantes Bordeaux Lille Rennes Grenoble Strasbourg Nice Montpellier
    Sophia-Antipolis Saclay Valenciennes Rouen Brest Dijon Orléans Tours Metz Nancy Angers Caen Limoges
    London Londres Berlin Munich Munique Hamburg Hambourg Frankfurt Francfort Amsterdam Rotterdam Brussels
    Bruxelles Geneva Genève Zurich Lausanne Vienna Vienne Milan Rome Madrid Barcelona Barcelone Lisbon
    Lisbonne Dublin Stockholm Copenhagen Copenhague Oslo Helsinki Warsaw Varsovie Prague Budapest Tallinn
    Luxembourg Monaco Athens Athènes Istanbul Tel-Aviv Dubai Dubaï Riyadh Riyad Doha Abu Cairo
    Lagos Nairobi Johannesburg Casablanca Tunis Algiers Alger Dakar Kigali Accra
    Beijing Pékin Shanghai Shenzhen Hangzhou Guangzhou Hong Kong Taipei Taipei Tokyo Seoul Séoul Singapore
    Singapour Bangalore Bengaluru Mumbai Bombay Delhi Hyderabad Sydney Melbourne Toronto Montreal Montréal
    Vancouver Ottawa Québec Quebec Boston Seattle Austin Chicago Washington Atlanta Miami Denver Pittsburgh
    Cupertino Redmond Mountain Palo Alto Menlo Sunnyvale Santa Clara Berkeley Oakland Brooklyn Manhattan
    Davos Bletchley Osaka Kyoto
    France Germany Allemagne Italy Italie Spain Espagne Portugal Belgium Belgique Netherlands Pays-Bas
    Switzerland Suisse Austria Autriche Sweden Suède Norway Norvège Denmark Danemark Finland Finlande
    Poland Pologne Ireland Irlande Britain Royaume-Uni Scotland Écosse England Angleterre Wales Greece
    Grèce Estonia Estonie Ukraine Russia Russie Turkey Turquie Israel Israël Iran Egypt Égypte Morocco
    Maroc Algeria Algérie Tunisia Tunisie Senegal Sénégal Nigeria Kenya Ghana Rwanda China Chine Japan
    Japon Korea Corée Taiwan Taïwan India Inde Indonesia Indonésie Vietnam Singapore Australia Australie
    Canada Mexico Mexique Brazil Brésil Argentina Argentine Chile Chili Europe Asia Asie Africa Afrique
    America Amérique États-Unis USA UK UAE Emirates Émirats Qatar Saudi Arabie California Californie
    Texas Massachusetts Delaware Bavaria Bavière Île-de-France Bretagne Normandie Occitanie Provence
    Auvergne-Rhône-Alpes Hauts-de-France Wallonie Flanders Flandre Catalonia Catalogne Ontario Silicon
    """
)
# "basée à Lyon", "based in Berlin", "headquartered in Austin", "implantée à Nantes"
PLACE_BEFORE = re.compile(
    r"(?:\b(?:based|headquartered|located|incorporated|registered|born|installée?s?|basée?s?|implantée?s?|"
    r"située?s?|domiciliée?s?|née?) (?:in|à|en|au)|\b(?:offices? in|bureaux? à|siège à|near|près de))\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Acronym:
    """A name defined with its acronym: where the name is, and the acronym."""

    start: int
    end: int
    name: str
    acronym: str


def firms(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Names of firms made of partners' names joined by "&" within text[start:end]."""
    return FIRM.finditer(text, start, end)


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s'’-]+", name) if w]


def _fits(name: str, acronym: str) -> bool:
    """Whether the acronym abbreviates the name: its first letter opens the name, its letters are
    initials of the name's words in order, and the name has about one significant word per letter
    ("Agence de l'innovation de défense (AID)", "Competition and Markets Authority (CMA)")."""
    letters = [c for c in acronym if c.isalpha()]
    words = _words(name)
    if len(letters) < 2 or not words or words[0][0] != letters[0]:
        return False
    initials = "".join(w[0].upper() for w in words)
    i = 0
    for c in letters:
        i = initials.find(c, i)
        if i < 0:
            return False
        i += 1
    return sum(w.lower() not in _SMALL for w in words) >= len(letters) - 1


def acronyms(text: str, start: int, end: int) -> Iterator[Acronym]:
    """Names followed by their acronym in brackets within text[start:end]: the shortest run of words
    before the bracket that opens with a capital and that the acronym fits ("the Competition and
    Markets Authority (CMA)" gives "Competition and Markets Authority")."""
    if "(" not in text[start:end]:
        return
    for m in ACRONYM.finditer(text, start, end):
        acronym = m.group("acronym")
        before = NAME_BEFORE.search(text, max(start, m.start() - 160), m.start())
        if before is None:
            continue
        words = list(re.finditer(r"\S+", before.group()))
        for w in reversed(words[:-1]):  # two words at least
            elided = ELIDED.match(w.group())  # "l'Agence ..."
            skip = elided.end() if elided else 0
            if not w.group()[skip:][:1].isupper():
                continue
            name = before.group()[w.start() + skip :]
            if _fits(name, acronym):
                at = before.start() + w.start() + skip
                yield Acronym(at, at + len(name), name, acronym)
                break


def media(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Publications quoted as a source ("selon Les Échos")."""
    return MEDIA.finditer(text, start, end)


def is_place(name: str, text: str = "", start: int = 0) -> bool:
    """Whether a name found at ``start`` is a place: a city, country or region known by name, or any
    name the text introduces as a place ("basée à Quimperlé", "a Vannes-based lab")."""
    if name in PLACES or all(w in PLACES for w in name.split()):
        return True
    if text and PLACE_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(text) and text.startswith("-based", start + len(name))
