"""First names: evidence that a capitalised pair is a person's name ("Amara Diallo" said nothing and
holds no title in the sentence, yet is a person).

The list is read from the person providers of the ``faker`` package, whose data ships in its wheel
(nothing is downloaded). Its provider files are read as text rather than imported: importing faker
loads every locale, which takes seconds. A compact list of our own is added (and is all there is when
faker is missing). First names that are also common capitalised words in news (months, places,
"Will", "Grace", "General") are left out: a first name is only evidence, never proof.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
LOWER = "a-zß-öø-ÿā-žșțı"
_WORD = rf"[{UPPER}][{LOWER}]+"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAME_SHAPE = re.compile(rf"{_WORD}(?:-{_WORD})?")
# the faker locales whose first names are written in the Latin alphabet ("en", faker's generic list,
# is left out: it mixes in surnames and place names such as "Boston")
LOCALES = _words(
    "en_US en_GB en_IE en_IN en_NG en_KE en_NZ en_PK fr_FR fr_BE fr_CA fr_CH fr_DZ de_DE de_AT de_CH "
    "es_ES es_MX es_AR es_CL es_CO it_IT pt_BR pt_PT nl_NL nl_BE sv_SE no_NO da_DK fi_FI is_IS pl_PL "
    "cs_CZ sk_SK hu_HU ro_RO hr_HR sl_SI et_EE lt_LT lv_LV tr_TR az_AZ vi_VN id_ID yo_NG ig_NG ha_NG "
    "sw zu_ZA tw_GH ga_IE uz_UZ ja_JP zh_CN"
)
_ASSIGNMENT = re.compile(r"^    (first_(?:romanized_)?names\w*)\s*(?::[^=\n]*)?=", re.MULTILINE)
_NEXT_MEMBER = re.compile(r"^    (?:\w+\s*(?::[^=\n]*)?=|def |@)", re.MULTILINE)
_STRING = re.compile(r"""["']([^"'\\\n]{3,30})["']""")
# first names that are also words a news sentence capitalises: months, places, brands, titles, nouns
NOT_FIRST_NAMES = _words(
    """
    April August June May March Will Grace Hope Joy Faith Charity Mercy Justice Summer Autumn Winter Spring
    Chase Page Sky Star Storm Echo Nova Aurora Iris Luna Orion Phoenix Alpha Beta Delta Sigma Omega Gemma
    General Major Baron Bishop Duke Earl King Queen Prince Princess Royal Judge Doctor Lady Saint Santa
    Ivy Holly Lily Rose Daisy Violet Hazel Olive Ginger Honey Candy Sugar Cherry Berry Ruby Pearl Jade
    Amber Crystal Diamond Dawn River Forest Ocean Rain Stone Wood Hill Park Bay Lake Bridge Field
    Brown Black White Green Gray Grey Golden Silver Sterling North South West East Long Young Little Rich
    Price Cash Bill Art Story China India France Paris Florence Victoria Sydney Georgia Virginia Carolina
    Jordan Israel Austin Dallas Chelsea Lincoln Ford Mercedes Madison Houston Denver Brooklyn Vienna
    Siena Lorraine Bretagne Provence Savoie Normandie Champagne Orange Cloud Apple Amazon Tesla Nokia
    Siri Alexa Cortana Mistral Ampere Hopper Blackwell Ada Julius Devin Jasper Harvey
    Cohere Arcee Poolside Perplexity Scale Gamma Lambda Kappa Theta Zeta Lumen Tango Sierra Hotel
    Uniform Whiskey Yankee Zulu Liberty Unity Trinity Genesis
    Destiny Harmony Melody Serenity Felicity Infinity Heaven Angel Europe Asia Africa America
    Canada Brasil Brazil Chile Cuba Kenya Maya Inca Sahara Nile Jersey Kent Essex Derby Chester Hamilton
    Sheffield Oxford Cambridge Harvard Stanford Yale Princeton Berkeley Mercer Tiffany Armani Gucci
    Chanel Dior Hermès Valentino Prada Celine Lancôme Guerlain Cartier Rolex Omega Versace Fendi Emerson
    Lemon Boston Modena Marquise Caprice Sage Ember Blaze Bear Wolf Fox Hawk Raven Wren Lark Dove
    Swan Eagle Lion Tiger Lynx Leopard Panther Jaguar Cobra Viper Python Rust Haskell
    Nemo Atlas Titan Apollo Athena Hermes Zeus Hera Juno Venus Mars Mercury Saturn Jupiter Neptune Pluto
    Selene Helios Gaia Cassandra Pandora Medusa Iris Electra Clio Calliope Nike Adidas Puma Reebok
    Grok Gemini Llama Sonnet Haiku Opus Ernie Qwen Kimi Hunyuan Doubao Yi Phi Falcon Bloom Dolly Alpaca
    Vicuna Orca Whisper Sora Veo Imagen Midjourney Dall Copilot Bard Hugging Pixtral
    Les Van Von Del Della Dom Don Ibn Ben Bin Abu Mac Le La De Di Da Du Al El
    """
)
# names faker lacks or that the news names often; also the whole list when faker is missing
OWN_FIRST_NAMES = _words(
    """
    Aaron Adam Adrien Agnès Aidan Alain Alexandre Alexis Ali Alice Amara Amélie Amir Anand Andrej Andrew
    Anne Anouk Antoine Arnaud Arthur Aurélie Aurélien Ayesha Bastien Baptiste Benoît Bertrand Brad Bram
    Camille Caroline Cécile Cédric Chloé Christophe Clara Claire Clémence Clément Corinne Damien Daniel
    Dario Delphine Demis Denis Didier Dominic Dominique Élise Élodie Elon Emmanuel Emma Éric Erwan
    Étienne Fabien Fabrice Fatima Fei-Fei Filip Florian François Frédéric Gabriel Gaël Gaétan Greg
    Grégoire Guillaume Hadley Hélène Hugo Ilya Inès Ines Isabelle Jack Jacques Jan Jean Jensen Jérôme
    Joanna Jonas Jules Julien Juliette Karim Kenji Kevin Laure Laurent Léa Léon Léonie Lina Loïc Louis
    Luc Lucas Lucie Malik Marc Margaux Marie Marine Mark Mathieu Mathilde Matthieu Maud Maxime Mehdi
    Mira Mohamed Mustafa Nadia Nathalie Nicolas Nils Noam Noémie Olivier Omar Pascale Patrick Paul
    Pauline Philippe Pierre Priya Rafael Raphaël Rémi Renaud Romain Sam Samir Sandrine Sarah Satya
    Sébastien Sergey Simon Sophie Stéphane Sundar Sylvain Thibault Thierry Thomas Timothée Tobias
    Valérie Victoire Vincent Virginie Xavier Yacine Yann Yoshua Youssef Yves Zoé
    Albane Anatole Armelle Aminata Babacar Bertille Cheikh Clovis Domitille Enguerrand Enora Eulalie Ewen
    Faustine Fatou Firmin Foucauld Goulven Gurvan Gwenaël Katell Léonore Mahaut Malo Nawel Nolwenn
    Ombeline Oriane Ousmane Pacôme Quitterie Rozenn Samia Ségolène Séraphin Sixtine Soizic Yaëlle
    Ambroise Anthelme Aurèle Célestin Cyprien Eudes Gontran Lancelot Lazare Léandre Octave Octavien Ysaline
    """
)


def _faker_first_names() -> set[str]:
    spec = importlib.util.find_spec("faker")
    if spec is None or spec.origin is None:
        return set()
    root = Path(spec.origin).parent / "providers" / "person"
    names: set[str] = set()
    for locale in LOCALES:
        path = root / locale / "__init__.py"
        try:
            source = path.read_text(encoding="utf-8")
        except OSError:
            continue
        for m in _ASSIGNMENT.finditer(source):
            following = _NEXT_MEMBER.search(source, m.end())
            body = source[m.end() : following.start() if following else len(source)]
            names.update(s for s in _STRING.findall(body) if FIRST_NAME_SHAPE.fullmatch(s))
    return names


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Every first name known (read once per process)."""
    return frozenset((_faker_first_names() | set(OWN_FIRST_NAMES)) - set(NOT_FIRST_NAMES))


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name: "Amara", "Loïc", and hyphenated ones whose every part is
    one ("Paul-Henri", "Anne-Sophie")."""
    names = first_names()
    if word in names:
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p in names for p in parts)
