"""Discovery of entities the reference data does not know, from their shape and their context.

People need a context cue (a title, an organization, a speech verb); models need a model-name
shape (GPT-4o, o4-mini, Claude Opus 4, Llama 3.1 405B) or to be introduced as a model; organizations
need a company suffix, a noun such as "startup" or a context only companies have ("shares of X",
"X raised $5 million"; whole names such as "A, B & C" and "Name (ACR)" come from orgnames.py); places
and sentence-opening participles are none. Names that clash with known entities are left out.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator

from aikg.graph.schema import Entity, EntityType
from aikg.ingest.extractors.rules.gazetteer import Gazetteer
from aikg.ingest.extractors.rules.lemmas import lemma
from aikg.ingest.extractors.rules.names import LOWER as NAME_LOWER
from aikg.ingest.extractors.rules.names import UPPER as NAME_UPPER
from aikg.ingest.extractors.rules.names import is_first_name
from aikg.ingest.extractors.rules.occurrences import compiled, occurrences
from aikg.ingest.extractors.rules.orgnames import acronyms, firms, is_place, media
from aikg.ingest.extractors.rules.sentences import split_sentences
from aikg.ingest.extractors.rules.spans import Occupied, Span
from aikg.ingest.extractors.rules.vocabulary import ROLE, ROLE_CORE

PARTICLES = frozenset(
    {"le", "la", "de", "van", "von", "da", "del", "der", "den", "ben", "bin", "el", "di", "du", "dos", "das"}
)
# words that open a sentence or a clause, never the first word of a name ("When Leona Falkenrath left")
OPENERS = frozenset(
    {
        "when",
        "while",
        "after",
        "before",
        "since",
        "as",
        "if",
        "but",
        "then",
        "although",
        "though",
        "because",
        "once",
        "until",
        "whereas",
        "unlike",
        "like",
        "lorsque",
        "quand",
        "alors",
        "depuis",
        "si",
        "mais",
        "puis",
        "tandis",
        "pendant",
        "interrogé",
        "interrogée",
        "selon",
    }
)

ROLE_WORD = re.compile(rf"^{ROLE_CORE}$", re.IGNORECASE)
SLUGGABLE = re.compile(r"[A-Za-z0-9]")
# capital and small letters of the Latin alphabets of Europe ("Dvořák", "Łukasz", "Ștefan")
UPPER, LOWER = NAME_UPPER, NAME_LOWER
# "O'Brien", "McAllister", "Anne-Sophie", "Abadie-Lorenzi"
NAME_WORD = rf"(?:O['’]|Mc|Mac)?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# "de", "van der", "d'", "Le": the particles a surname may open with
NAME_PARTICLE = (
    r"(?:van der |van den |von der |de la |de |van |von |da |del |der |le |ben |bin |di |du |dos |das |"
    r"d['’]|Le |La |De |Van |Von |Da |Del |Ben |El |Di |Du |Dos )"
)
# a first name, an initial perhaps ("Sam H. Altman"), one or two more names
PERSON_NAME = rf"{NAME_WORD}(?:\s+[{UPPER}]\.)?(?:\s+{NAME_PARTICLE}?{NAME_WORD}){{1,2}}"
# after a space or an elided article ("d'Inès Kaddour"); before a space, or a compound such as
# "the Jo Lind-backed fund"
PERSON_NAME_IN_TEXT = re.compile(
    rf"(?:(?<![\w’'-])|(?<=\b[dDlL]['’])|(?<=\bqu['’])){PERSON_NAME}"
    r"(?:(?![\w-])|(?=-(?:backed|led|owned|funded|founded|run)\b))"
)
# weekdays and months, English and French ("may" is left out: it is also a word and a surname)
CALENDAR_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
)
NOT_NAMES = CALENDAR_WORDS | {
    "american",
    "european",
    "french",
    "chinese",
    "british",
    "german",
    "canadian",
    "global",
    "generative",
    "américaine",
    "française",
    "chinoise",
    "britannique",
    "allemande",
    "canadienne",
    "open",
    "responsible",
    "the",
    "a",
    "an",
    "la",
    "le",
    "les",
    "l",
    "un",
    "une",
    "des",
    "dans",
    "selon",
    "pour",
    "par",
    "mais",
    "et",
    "ce",
    "cette",
    "il",
    "elle",
    "according",
    "in",
    "on",
    "at",
    "après",
    "avant",
    "with",
    "from",
    "intelligence",
    "artificial",
    "artificielle",
    "general",
    "silicon",
    "valley",
    "big",
    "tech",
    "data",
    "union",
    "européenne",
    "house",
    "white",
    "maison",
    "blanche",
    "new",
    "york",
    "san",
    "francisco",
    "researcher",
    "chercheur",
    "engineer",
    "ingénieur",
    "former",
    "ancien",
    "ceo",
    "pdg",
    "co",
    "founder",
    "fondateur",
    "president",
    "président",
    "vice",
    "director",
    "directeur",
    "head",
    "chief",
    "senior",
    "lead",
    "professor",
    "professeur",
    "expo",
    "conference",
    "summit",
    "sommet",
    "read",
    "lire",
    "photo",
    "video",
    "vidéo",
    "home",
    "accueil",
    "tags",
    "news",
    "google",
    "meta",
}
TITLE_BEFORE = re.compile(
    rf"(?:\b{ROLE}|\b(?:said|says|according to|selon|explique|affirme|a déclaré|a dit|d'après)|"
    r"\b(?:led|backed|founded|co-founded|chaired|headed) by|"
    r"\b(?:menée?|soutenue?|fondée?|cofondée?|présidée?|dirigée?|financée?) par)"
    rf"(?:\s+(?:de|d'|du|of|at|chez)\s*\S+?)?,?\s+$",
    re.IGNORECASE,
)
TITLE_AFTER = re.compile(
    rf"^(?:,\s+(?:the |a |an |le |la |l'|un |une |former |ancien |ancienne |ex-|who |qui |currently |"
    rf"jusqu'ici |until now |now |désormais |aujourd'hui |also |aussi |its |son |sa |independent |"
    rf"non-executive |outside |third |second |fellow |interim |acting |new |nouvelle |nouveau )*{ROLE}"
    rf"|\s+\((?:ex-|former )|,\s+(?:who|qui)\b|,\s+\d{{2}}(?:\s+ans)?,"
    rf"|,\s+(?:passée?s?|venue?s?|issue?s?) (?:par|de|d'|du)\b|,\s+(?:formerly|previously) (?:of|at|with)\b"
    rf"|\s+(?:said|says|told|wrote|tweeted|explained|added|argued|a déclaré|a dit|a expliqué|explique|"
    rf"affirme|estime|a écrit|a tweeté|a ajouté|reconnaît|précise|a précisé|a annoncé|announced|"
    # verbs of speech and opinion only people take
    rf"noted|notes|insisted|insists|admitted|admits|warned|warns|recalled|recalls|stressed|conceded|"
    rf"acknowledged|countered|cautioned|believes|réfute|conteste|dénonce|souligne|confie|raconte|"
    rf"insiste|assure|regrette|rappelle|ajoute|tempère|nuance|admet|a confié|a raconté|a assuré|"
    rf"a souligné|a dénoncé|a rappelé|a reconnu)\b)",
    re.IGNORECASE,
)
CLAUSE_GOES_ON = re.compile(
    r"^\s*(?:[,;.)]|\(|said|says|told|who|has|had|is|was|will|would|explained|added|wrote|announced|"
    r"a |an |the |qui |a déclaré|a dit|a annoncé|a expliqué|estime|affirme|explique|précise|est |était )"
)
ORG_BEFORE_PERSON = re.compile(r"(?:['’]s\s+|\b(?:chez|at|of|from|de|d['’])\s*)$")
# the last word of many company and fund names: a name ending so is never a person's
ORG_TAIL = (
    r"(?:Inc\.?|Corp\.?|Corporation|Labs?|Technologies|Robotics|Robotique|Ventures|Capital|Partners|GmbH|"
    r"Ltd\.?|AI|IA|Systems|Systèmes|Compute|Computing|Logic|Minds|Audio|Reasoning|Médias|Media|Foundation|"
    r"Fondation|Holdings|Networks|Analytics|Dynamics|Software|Semiconductors?|Security|Studios?|"
    r"Therapeutics|Investments|Management|Cloud|Bio|Intelligence|Data|Voix|Voice|Vision|Robots|"
    r"Group|Participations|Associés|Associates|Partenaires|Gestion|LLP|LLC|SAS|SA|AG|PLC|plc|Invest|Fund)"
)
ORG_TAIL_WORD = re.compile(rf"^{ORG_TAIL}$")
FIRM_TAIL = re.compile(rf"\s+{ORG_TAIL}(?![\w-])")
ORG_SUFFIX = re.compile(
    rf"\b(?:[{UPPER}][\w&.-]*\s+(?:&\s+)?){{0,2}}[{UPPER}][\w&.-]*\s+(?:&\s+)?{ORG_TAIL}(?!\w)"
)
# what the headline says a company does: "Corvid Systems raises ...", "Owkin nomme ..."
HEADLINE_ORG = re.compile(
    rf"^(?:[\w-]+\s+){{0,2}}?(?P<name>[{UPPER}][\w&.-]*(?:\s+(?:&\s+)?[{UPPER}][\w&.-]*){{0,2}})\s*(?::|,|"
    r"\s+(?:raises|raised|lands|hires|adds|brings|buys|agrees|acquires|cuts|pushes|delays|signs|launches|"
    r"unveils|opens|takes|wins|loses|sues|names|appoints|board|founder|co-founder|chief|CEO|and its|lève|"
    r"recrute|rachète|s'offre|embauche|accueille|nomme|reporte|repousse|coupe|entre|prend|perd|fait|signe|"
    r"lance|dévoile|s'allie|aurait|et (?:la|le|les|son|sa))\b)"
)
# an organization described by an apposition: "Lumenfold, a Zurich lab", "Clairvoie, une jeune pousse"
ORG_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>[{UPPER}][\w&.-]*(?:\s+[{UPPER}][\w&.-]*){{0,2}})\s*,\s+(?:a|an|the|une|un|la|le|l'|"
    # no preposition before the noun: "X, a partner at the law firm" is no firm
    # nor a second determiner: in "Valenciennes, a annoncé la start-up" the "a" is a verb
    r"its|son|sa)\s+(?:(?!(?:at|of|with|for|in|chez|de|du|des|d|à|pour|avec|a|an|the|la|le|les|l|un|une)\b)"
    r"[\w-]+\s+){0,4}?"
    r"(?:startup|start-up|company|firm|lab|maker|developer|provider|fund|producer|business|manufacturer|"
    r"supplier|newsletter|agency|regulator|"
    r"investor|chipmaker|cloud|group|operator|publisher|société|entreprise|jeune pousse|fonds|laboratoire|"
    r"éditeur|opérateur|groupe|spécialiste|fabricant|filiale|subsidiary|unit|conglomerate|insurer|bank|"
    r"banque|assureur|retailer|platform|plateforme|business|rival|competitor|supplier|vendor|concurrent|"
    r"concurrente|rivale|fournisseur)s?\b(?!['’])"
)
# a company named by its web domain: "Loomwise.ai", "Vesper.io"
# (a period after the name may end the sentence: "... de Valeo.ai.")
DOMAIN_NAME = re.compile(
    rf"(?<![\w.@/-])[{UPPER}][\w-]*[{LOWER}0-9]\.(?:ai|io|co|com|fr|dev|app|tech)(?![\w-])(?!\.\w)"
)
# what a headline does to a second company: "Anthropic shuts Tallowbyte out", "X takes Y's founders",
# "X coupe l'accès de Y", "X s'offre Y"
HEADLINE_OBJECT = re.compile(
    r"\b(?:shuts|cuts(?: off)?|sues|accuses|acquires|buys|agrees to buy|takes on|takes|lands|partners with|"
    r"teams up with|licenses|hires|brings in|poaches|rachète|s'offre|coupe l'accès (?:de |d')|"
    r"s'allie (?:à|avec)|poursuit|accuse|recrute les fondateurs (?:de |d'))\s+"
    r"(?:(?:[a-z][\w-]* ){0,2}?(?:start-up|startup|rival|lab|rivale|jeune pousse) )?"
    rf"(?P<name>[{UPPER}][\w&.-]*[\w])(?P<poss>'s)?(?![\w'-])(?!\s+[{UPPER}])"
)
# verbs after which a headline's second name may also be a person: only its possessive then names a company
HEADLINE_PERSON_VERB = re.compile(r"^(?:hires|brings in|poaches|takes)\b")
# a single capitalised name where the sentence expects an organization: "acquired by Atlassian",
# "lands Klarna as a customer", "opens its models to Siemens", "chez Owkin", "aux côtés d'Eurazeo"
ORG_SLOT = re.compile(
    r"\b(?:acquired by|bought by|backed by|funded by|seeded by|invested in|stake in|partnership with|"
    r"partnered with|deal with|agreement with|contract with|customers? (?:include|includes|such as)|lands|"
    r"rivals?|competitors?|(?:models?|access|API) to|access of|left|quit|joins|joined|at|"
    r"rachetée? par|soutenue? par|menée? par|partenariat avec|accord avec|contrat avec|s'allie à|"
    r"auprès d[e']|participation (?:\w+ )?dans|(?:a |ont |avait )?investi dans|investit dans|"
    r"aux côtés d[e']|chez|passée? par|ancien(?:ne)? d[e']|clients? comme|concurrents? comme|rejoint|quitte|"
    r"clients? (?:figur\w+|incluent|comptent)|"
    r"a quitté|au capital d[e']|compet(?:es|ing|e|ed) (?:directly |head-on )?(?:with|against)|cuts? off|"
    r"shut off|stopped|(?:a )?(?:coupé|suspendu|retiré|révoqué) (?:\w+ )?l'accès d[e']|coupe l'accès d[e']|"
    r"en concurrence (?:\w+ )?avec|rivalise avec)\s*"
    r"(?:the |la |le |l'|de |du |la start-up |la jeune pousse )?"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?)(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
)
# people by what they do: "A and B, two former engineers", "hired X", "X joined", "fondée par X"
PERSON_BEFORE = re.compile(
    r"(?:\b(?:founders|co-founders|cofounders|engineers|researchers|executives|directors|administrateurs|"
    r"administratrices|fondateurs|cofondateurs|chercheurs|chercheuses|ingénieurs|dirigeants|analysts)\s*[,:]|"
    r"\b(?:hired|hires|appointed|appoints|recruited|recruits|poached|welcomes|nomme|recrute|embauche|"
    r"accueille|débauche|M\.|Mme|Mr\.?|Ms\.?|Dr\.?)|"
    r"\b(?i:founded|co-founded|started|set up|created|fondée?|cofondée?|créée?|lancée?)"
    r"(?:\s+(?:in|en)\s+[\w ]{1,15}?)?\s+(?:by|par)|"
    # "founded the company in 2023 with X", "cofonde Tessère Bio avec X"
    r"\b(?i:co-?founded|cofounded|founded|started|cofond(?:e|é|ée)|fond(?:e|é|ée)|créé|crée)\b"
    r"[^.;:⟦]{0,40}?\b(?:with|avec)|"
    # "She will sit there alongside X", "aux côtés de X" after a board or founders
    r"\b(?:co-?founders?|cofondat(?:eur|rice)s?|associée?s?|partners?)\s+(?:with|avec)|"
    r"\b(?:succeeds|replaces|remplace|succède à))\s+$",
)
PERSON_NOUN = (
    r"(?:partner|associée?|déléguée?|anciens?|ancienne|alumn(?:us|a)|veteran|lawyer|avocate?|"
    r"co-?founder|cofounder|founder|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|CEO|CTO|CFO|COO|PDG|"
    r"chief \w+(?: officer)?|president|présidente?|chair(?:man|woman)?|direct(?:eur|rice)|director|head|chef|"
    r"responsable|chercheu(?:r|se)|researcher|ingénieure?|engineer|scientist|scientifique|employee|"
    r"employée?|manager|dirigeante?|executive|spokes(?:person|man|woman)|porte-parole|analyste?|professor|"
    r"professeure?|advis[eo]r|conseill(?:er|ère)|administrat(?:eur|rice)|board member|entrepreneur|"
    r"économiste|economist|developer|développeu(?:r|se)|litigator|physician|médecin)(?![\w-])"
)
# "Bram Okoye, a partner at ...", "Ilse Marot, Wrenfield's head of research", "Lou Rigal, associée du fonds"
PERSON_APPOSITION = re.compile(
    rf"^,\s+(?:(?:a|an|the|un|une|le|la|l['’]|son|sa|its|his|her|their|leur)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"{PERSON_NOUN}",
    re.IGNORECASE,
)
# a quotation, then a verb of speech, then the speaker: "« ... », tempère Jo Pike", "..." wrote Jo Pike
QUOTE_THEN_VERB = re.compile(
    # or a comma, then a verb only a speaker takes: "..., rappelle Jo Pike", "..., a précisé Jo Pike"
    r",\s+(?:a\s+)?(?:souligne|souligné|précise|précisé|ajoute|ajouté|estime|estimé|confie|confié|raconte|"
    r"raconté|résume|détaille|assure|assuré|reconnaît|reconnu|poursuit|analyse|observe|insiste|rappelle|"
    r"rappelé|tempère|nuance|prévient|juge|martèle|conclut|commente|relève|admet|regrette|expliqué|"
    r"explique|déclaré|indiqué|réagi|écrit)(?:-t-(?:il|elle))?\s+$"
    rf"|[»\"”]\s*,?\s*(?:a\s+)?[{LOWER}][{LOWER}-]+(?:-t-(?:il|elle))?(?:\s+(?:encore|aussi|également|alors|then|also))?\s+$"
)
PERSON_AFTER = re.compile(
    r"^\s+(?:joined|joins|left|leaves|quit|quits|resigned|resigns|co-founded|cofounded|founded|"
    r"will (?:join|lead|"
    r"become|chair|remain)|has (?:joined|left|resigned|quit)|had (?:run|led|spent|worked)|a quitté|quitte|"
    r"a rejoint|rejoint|rejoindra|a démissionné|démissionne|a fondé|a cofondé|deviendra|devient|dirigeait|"
    r"avait (?:passé|dirigé|travaillé|cofondé|fondé)|a passé|retourne|revient|intégrera|n'est plus|"
    r"a travaillé|travaille|prendra|succède|worked|works|will step|est partie?|est arrivée?|"
    r"a été (?:nommée?|promue?|recrutée?|débauchée?|élue?)|prend la tête|a pris la tête|quittera|"
    r"posted|wrote|a publié|a réagi|réagit|a écrit|a posté)\b"
)
# "Institut Pasteur", "University of Lagos", "la Banque des Territoires", "Mutuelle des Landes"
ORG_PREFIXED = re.compile(
    rf"(?<![\w-])(?:Institut|Institute|University|Université|(?<=[lL]['’])université|Fondation|Banque|Mutuelle|Caisse|Agence|"
    rf"Autorité|Collège|Laboratoire|Fonds|Groupe|Compagnie|Cabinet|Crédit|Centre)\s+(?:(?:of|for|de|des|du|d['’])\s*(?:la\s+|l['’])?)?"
    rf"[{UPPER}][\w-]*[{LOWER}](?:\s+[{UPPER}][\w-]*[{LOWER}])?(?![\w'’-])"
)
# "directrice juridique de Quincy", "head of research at Wrenfield": the employer after a role
# (the preposition and the name are matched first; the role is then looked for just before them)
AT_ORG = re.compile(
    rf"(?<![\w'’-])(?:de |d['’]|at |chez )"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?)(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
)
ROLE_BEFORE = re.compile(rf"(?i:\b{ROLE_CORE})(?:\s+[\w-]+){{0,2}}?\s+$")
AND_BETWEEN = re.compile(r"\s+(?:et|and)\s+")
# "l'américain HubSpot", "la française Lemlist", "le chinois DeepSeek": a company by its nationality
ORG_NATIONALITY = re.compile(
    rf"(?<![\w-])(?:[lL]['’]|[lL]e |[lL]a )(?:américaine?|français|française|chinoise?|britannique|"
    rf"allemande?|japonaise?|suisse|néerlandaise?|espagnole?|belge|russe|"
    # "le canadien X", "l'israélienne X", "la lyonnaise X", "le toulousain X"
    rf"[a-zé]+(?:ien|ienne|ais|aise|ois|oise|ain|aine|éen|éenne))"
    # one word only: "la française Anne Lemoine" is a person
    rf"\s+(?P<name>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
)
# "Berlin-based Tevo", "a Paris-based AI startup called Vireo": a company by where it is based
BASED_ORG = re.compile(
    r"\b[\w-]+-(?:based|backed|funded|owned)\s+(?:(?:AI|tech|AI chip|software|robotics|defen[cs]e)\s+)?"
    r"(?:(?:startup|start-up|company|firm|lab|developer|maker|rival)\s+(?:called\s+|named\s+)?)?"
    rf"(?P<name>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
)
NO_COMMENT = r"\s+n['’](?:ont|a) (?:pas )?(?:souhaité|voulu|répondu|donné suite|commenté)"
# "a spokesperson for Brightwell", "Stackwise, which makes ...", "Stackwise, qui édite ...":
# what only a company has or does
ORG_CONTEXT = re.compile(
    r"\b(?:spokes(?:person|man|woman) for|porte-parole d[e']|representative of|représentant d[e'])\s*"
    rf"(?P<name>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
    rf"|(?<![\w'’-])(?P<name2>[{UPPER}][\w&.-]*[\w])\s*,\s+(?:which|qui)\s+(?:also\s+|aussi\s+)?"
    r"(?:makes|builds|develops|sells|designs|provides|offers|operates|specializes|specialises|"
    r"was founded|raised|employs|édite|développe|conçoit|fabrique|commercialise|propose|a été fondée|"
    r"a levé|emploie|compte \d|led|had led|co-led|invested|a mené|avait mené|a codirigé|a investi|"
    r"avait investi)\b"
    # "Harbel, valued at $2 billion", "Harbel, backed by ...", "Harbel, whose chips ..."
    rf"|(?<![\w'’-])(?P<name5>[{UPPER}][\w&.-]*[\w])\s*,\s+(?:now\s+|désormais\s+)?(?:valued at|valorisée?|"
    r"backed by|soutenue? par|financée? par|whose (?:models?|products?|chips|platform|software|investors|"
    r"founders?|shares)|dont (?:les|le|la) (?:modèles?|produits?|puces|plateforme|logiciels?|investisseurs|"
    r"fondateurs?))\b"
    # "Harbel, founded in 2019 by ...", "Harbel, fondée en 2021 par ..."
    rf"|(?<![\w'’-])(?P<name3>[{UPPER}][\w&.-]*[\w])\s*,\s+(?:(?:co-?|co)?founded|created|launched|spun out|"
    r"(?:co)?fondée|créée|lancée)\s+(?:in|en|by|par|from|d[e'])\b"
    # "Ondine, spécialisée dans la robotique", "Tamrin, filiale de ...", "Harbel, basée à Lyon"
    rf"|(?<![\w'’-])(?P<name6>[{UPPER}][\w&.-]*[\w])\s*,\s+(?:spécialisée? dans|spécialiste d[eu']|"
    r"basée? à|installée? à|implantée? à|filiale d[eu']|éditeur d[eu']|fabricant d[eu']|"
    r"a subsidiary of|a unit of|the maker of|the developer of|the company behind|la société derrière)"
    # "sa propre société, Ondine,", "his own company, Tamrin,"
    r"|\b(?:sa|son|leur|his|her|its|their) (?:propre |own |new |nouvelle )?(?:société|entreprise|start-up|"
    r"startup|company|firm|fonds|fund|lab|laboratoire)\s*,\s+"
    rf"(?P<name7>[{UPPER}][\w&.-]*[\w])(?=\s*[,.;])"
    # "Tamarel nomme A", "Tamarel recrute A": who names or hires a person is an employer
    rf"|(?:^|(?<=[.;:]\s)|(?<=\n))(?P<name8>[{UPPER}][\w&.-]*[\w])\s+(?:a\s+|vient de\s+)?"
    rf"(?:nomme|nommé|nommer|recrute|"
    rf"recruté|recruter|embauche|embauché|embaucher)\s+(?=(?:M\.|Mme)?\s*[{UPPER}][{LOWER}]+\s+[{UPPER}])"
    # "Fondée en 2019 par A, Brivane ...", "Soutenue par A, la jeune pousse Pelvane ...": what a fronted
    # feminine participle describes is a company (a person's name has two words: not taken)
    rf"|(?:^|(?<=[.;:]\s)|(?<=\n))(?:Fondée|Cofondée|Co-fondée|Créée|Rachetée|Acquise|Soutenue|Financée|Épaulée|"
    rf"Valorisée|Basée|Installée|Implantée|Spécialisée|Contactée|Interrogée|Sollicitée)"
    rf"\b[^,;.]{{0,80}},\s+"
    rf"(?:(?:la|cette) (?:société|start-up|jeune pousse|entreprise|licorne|pépite|firme) "
    rf"(?:[a-zà-ÿ]+ )?)?(?P<name9>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
    # "Kessane envisagerait de racheter ...", "Orvane vient de lever ...": who buys a company or raises
    # money is a company, even in a hedged sentence (the fact is left out, not the name)
    rf"|(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=informations,\s))(?P<name10>[{UPPER}][\w&.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
    rf"\s+(?:(?:aurait|serait|pourrait|devrait|envisagerait|envisage|compte|souhaite|vient|va|a|avait)\s+)?"
    rf"(?:(?:sur le point|en passe|en voie)\s+)?(?:de\s+|d['’])?"
    rf"(?:racheter|rachète|racheté|acquérir|acquiert|acquis|s['’]offrir|s['’]offre|lever|lève|levé)\b"
    # "Ni Kessane ni Orvane n'ont souhaité commenter": one-word names declining to comment are companies
    rf"|\b[Nn]i (?P<name11>[{UPPER}][\w&.-]*[\w]) ni [{UPPER}][\w&.-]*[\w]{NO_COMMENT}"
    rf"|\b[Nn]i [{UPPER}][\w&.-]*[\w] ni (?P<name12>[{UPPER}][\w&.-]*[\w]){NO_COMMENT}"
    # "Harbel is a Lyon startup", "Harbel est une jeune pousse"
    rf"|(?<![\w'’-])(?P<name4>[{UPPER}][\w&.-]*[\w])\s+(?:is|was|est|était)\s+(?:a|an|une|un)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:startup|start-up|company|firm|lab|société|entreprise|jeune pousse|fonds|fund|"
    r"éditeur|scale-up|unicorn|licorne|chipmaker|developer|maker)s?\b"
)
_ONE_NAME = rf"(?P<name>[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?)(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
# what only an organization has or does, around one unknown name: "shares of Brockwell", "Grendal CEO
# Amos Reid", "Harbel's chief executive", "Orrin raised $20 million", "Pevensey said it would",
# "customers include Dunmore", "les salariés de Zenfold"
ORG_CUE = re.compile(
    r"\b(?:[Ss]hares (?:of|in)|[Ee]mployees (?:at|of)|[Ss]taff at|[Ii]nvestors in|[Bb]ackers of|"
    r"valuation of|values|valued|valorise|valorisant|salariés d[e']|employés d[e']|fondateurs d[e']|"
    r"cofondat(?:eur|rice)s? d[e']|PDG d[e']|patron d[e']|patronne d[e']|directeur général d[e']|"
    r"directrice générale d[e']|levée de fonds d[e']|levée d[e']|actionnaires d[e']|"
    r"acquisition of|takeover of|purchase of|rachat d[e']|l['’]acquisition d[e']|"
    r"(?:co-?)?founders of|chief executive of|CEO of|fondat(?:eur|rice)s? d[e']|valorisation d[e']|"
    r"tour de table d[e']|série [A-F] d[e']|"
    r"conseil d['’]administration(?: de)?|conseil de surveillance(?: de)?|"
    r"(?:[Cc]ustomers|[Cc]lients|[Bb]ackers|[Ii]nvestors|[Ss]hareholders|[Pp]artners) "
    r"(?:include|includes|such as)|"
    r"[Pp]armi (?:les|ses|leurs) (?:clients|investisseurs|actionnaires|partenaires)"
    r"(?: figurent| on trouve| :)?)"
    rf"\s+(?:d['’])?{_ONE_NAME}"
    rf"|(?<![\w'’-])(?P<name2>[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?)"
    r"(?:['’]s\s+(?:(?:new|former|current|own|interim|top)\s+)?(?:chief executive|CEO|CTO|CFO|COO|founders?|"
    r"co-?founders?|board|shares|stock|valuation|investors|backers|headquarters|spokes(?:person|man|woman)|"
    r"employees|staff|engineers|customers|revenue|subsidiary|parent company|chief \w+ officer|chatbot|"
    r"flagship|technology|platform|products?|software|offices|chips|acquisition|funding|IPO|chief scientist|"
    r"head of \w+|general counsel|Series [A-F])\b"
    r"|\s+(?:CEO|CTO|CFO|COO|co-?founder|cofounder|founder|chief executive|president|"
    r"spokes(?:person|man|woman)|"
    rf"chair(?:man|woman)?|chief \w+ officer)\s+[{UPPER}]"
    r"|\s+(?:raised|raises|has raised|had raised|lève|a levé|avait levé)\s+"
    r"(?:\$|€|£|US\$|\d|more than|nearly|about|plus de|près de|quelque)"
    r"|\s+(?:said|says|announced|confirmed) (?:it|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|in a (?:statement|blog post|filing))\b"
    r"|\s+(?:declined to comment|did not (?:immediately )?respond|n'a pas répondu|"
    r"n'a pas (?:souhaité|voulu) (?:commenter|réagir))\b"
    r"|\s+(?:a annoncé|annonce|a indiqué|indique|a confirmé|confirme) (?:lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|dans un communiqué|avoir)\b)"
)
# a capitalised word just before (not one that ends a sentence: "at Google. Harbel raised ...")
NAME_GROUPS = tuple(f"name{n}" if n > 1 else "name" for n in range(1, 13))
LONGER_BEFORE = re.compile(rf"[{UPPER}][\w&-]*(?:\.[\w&-]+)*\s$")
# a name of two or three words where only an organization fits: "acquired by Harrow Mills",
# "a partnership with Deutsche Telekom", "rachetée par Groupe Arnaud" (people are found first; an
# investor may be a person, so "backed by" is left out)
ORG_SLOT_LONG = re.compile(
    r"\b(?:acquired by|bought by|partnership with|agreement with|contract with|rachetée? par|"
    r"partenariat avec|contrat avec)\s+(?:the\s+)?"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+){{1,2}})(?![\w'’-]|\.\w)(?!\s+[{UPPER}])"
)
# an acronym where a sentence expects an organization: "a round led by GV", "acquired by IBM", "chez EDF"
ACRONYM_SLOT = re.compile(
    r"\b(?:led by|co-led by|backed by|funded by|acquired by|bought by|invested in|stake in|"
    r"partnership with|deal with|agreement with|menée? par|soutenue? par|rachetée? par|auprès d[e']|"
    r"aux côtés d[e']|chez|partenariat avec|accord avec)\s*"
    rf"(?P<name>[{UPPER}][{UPPER}0-9&]{{1,5}})(?![\w'’&-])(?!\s+[{UPPER}])"
)
# acronyms that name no organization
NOT_ORG_ACRONYMS = frozenset(
    {
        "AI",
        "IA",
        "LLM",
        "API",
        "GPU",
        "CPU",
        "TPU",
        "CEO",
        "CTO",
        "CFO",
        "COO",
        "PDG",
        "DG",
        "USA",
        "US",
        "UK",
        "EU",
        "UE",
        "IPO",
        "VC",
        "SAAS",
        "B2B",
        "RH",
        "HR",
        "PR",
        "TV",
        "AGI",
        "ML",
        "NLP",
        "R&D",
        "SPAC",
        "ETF",
    }
)
# a source quoted by one name: "selon Maddyness,", "according to Semafor."
MEDIA_WORD = re.compile(
    r"\b(?:[Ss]elon|[Aa]ccording to|[Dd]['’]après|told|reported by|révélé par|a indiqué à|a déclaré à)\s+"
    rf"(?P<name>[{UPPER}][\w-]*[{LOWER}])(?=\s*[,.;)])"
)
# an organization noun just before a name: "the newsletter Compute Desk" names no person
ORG_NOUN_BEFORE = re.compile(
    r"\b(?:startup|start-up|company|firm|lab|fund|newsletter|magazine|publication|group|bank|insurer|"
    r"société|entreprise|fonds|groupe|cabinet|réseau|banque|journal|quotidien)\s+$",
    re.IGNORECASE,
)
ORG_NOUN = re.compile(
    rf"\b(?:startup|start-up|jeune pousse|company|firm|lab|laboratoire|fund|fonds|newsletter|société|"
    rf"entreprise|jeune entreprise|groupe|éditeur|pépite|licorne|scale-up|unicorn|assureur|insurer|"
    rf"équipementier|constructeur|carmaker|fintech|biotech|medtech|healthtech|legaltech|chipmaker|"
    rf"(?:venture|investment|corporate) arm,?|réseau|cabinet|law firm|"
    # French news names a company by its trade: "l'hébergeur X", "la banque X", "le fabricant X"
    rf"hébergeur|opérateur|banque|néobanque|spécialiste|fabricant|fournisseur|industriel|distributeur|"
    rf"incubateur|accélérateur|mutuelle|holding|filiale|studio|géant|rivale|concurrente|concurrent)"
    rf"(?:\s+(?:française|américaine|chinoise|britannique|canadienne|allemande|french|american|chinese|"
    rf"français|américain|chinois|canadien|allemand|européen|européenne|japonais|coréen|suisse|belge|"
    # or the adjective of a city or a region: "la pépite lyonnaise Quelch"
    rf"british|rivale?|concurrente|AI|d'IA|IA|"
    rf"(?!(?:indique|explique|applique|communique|critique)\b)"
    rf"[a-zé]+(?:aise|ienne|oise|aine|if|ive|ique|al|ale|el|elle|ier|ière|aire)))?\s+(?P<name>[{UPPER}][\w&-]*(?:\s+(?:&\s+)?[{UPPER}][\w&-]*)?)"
)
SPELT_OUT = re.compile(rf"\s*\([{UPPER}]")
LIST_LINK = r"(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et|&|or|ou|nor|ni)\s+)"
BARE_COMMA = re.compile(r"\s*,\s*(?:d['’]|de\s+|du\s+)?")
ORG_WORD = (
    rf"[{UPPER}][\w&]*[{LOWER}{UPPER}0-9](?:\s+(?:Investments|Holdings|Management|Group|Capital|Ventures|"
    r"Partners|Systems|Research))?"
)
AT_PLACE = re.compile(r"(?:\b(?:à|in))\s+$")
NOT_LISTED = CALENDAR_WORDS | {
    "however",
    "but",
    "then",
    "which",
    "while",
    "when",
    "where",
    "after",
    "before",
    "also",
    "including",
    "may",
    # pronouns, determiners and prepositions that open a sentence ("It said on Tuesday ...",
    # "Under chief executive Jo Pike, ...")
    "under",
    "with",
    "for",
    "without",
    "despite",
    "among",
    "by",
    "of",
    "to",
    "sous",
    "avec",
    "sans",
    "chez",
    "parmi",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "they",
    "we",
    "he",
    "she",
    "there",
    "here",
    "both",
    "each",
    "one",
    "nous",
    "ils",
    "elles",
    "on",
    "ceci",
    "cela",
}
MODEL_WORDS = r"(?:models?|modèles?|chatbots?|assistants?|agents?|LLMs?|tools?|outils?|projects?|projets?)"
TIER_WORDS = (
    r"(?:Opus|Sonnet|Haiku|Pro|Flash|Ultra|Nano|Mini|mini|Turbo|turbo|Max|Large|Small|Medium|Instruct|"
    r"Lite|Vision)"
)
# "xAI's new Grok model", "le modèle Vesper"
NAMED_MODEL = re.compile(
    rf"['’]s\s+(?:(?:new|latest|famous|flagship|upcoming)\s+)?(?P<name>[{UPPER}][\w.-]*)\s+(?:AI\s+)?{MODEL_WORDS}\b"
    rf"|\b(?:le |son |du |the |its |their |sa |leur |[lL]['’]|ce |cet |notre )"
    rf"(?:(?:new|latest|flagship|first|open|open-weight|nouveau|premier|dernier)\s+)?"
    rf"(?:modèle|model|chatbot|assistant|LLM)(?: phare| maison)?"
    rf"(?: de langage| d['’]IA| conversationnel| de code)? "
    rf"(?P<name2>[{UPPER}][\w.-]*[\w](?:\s+{TIER_WORDS})?)(?![\w'’-])"
    # "son agent Ormeau": an agent named by one word (not "son agent Paul Dumas", a person's agent)
    rf"|\b(?:son |sa |leur |[lL]['’]|its |their |the )(?:(?:new|nouvel|premier|first)\s+)?(?:agent|AI agent)"
    rf"(?: d['’]IA| IA)? (?P<name3>[{UPPER}][\w.-]*[\w])(?![\w'’-])(?!\s+[{UPPER}])"
)
# "Vellum 3", "Marlow 2.5 Pro": a name and a version number, in a sentence about models
SPACED_VERSION = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:[{UPPER}][{LOWER}]+ )?[{UPPER}][{LOWER}]+[\w]*) "
    rf"(?P<v>\d{{1,2}}(?:\.\d{{1,2}})?)"
    rf"(?:\s+{TIER_WORDS})?(?![\w.,%-]|\.\d|\s*(?:%|\$|€|billion|million|milliards?|millions?|years?|ans|"
    r"days?|jours|months?|mois|weeks?|semaines|people|personnes|employees|salariés|percent|pour cent|"
    r"hours?|heures|minutes?|points?|fois|times|[BM]\b))"
)
NOT_MODEL_HEADS = frozenset(
    str.split(
        "Series Article Level Phase Stage Top Fortune Section Chapter Tier Round Version Gen Page "
        "Figure Table Class Category Grade Type Group Slide Part Act Title Rule Step Season Episode "
        "Volume Day Week Number Série Niveau Étape Chapitre Tome Partie Saison Semaine Jour Numéro "
        "Covid Windows Iphone Vision"
    )
)
# "its new model, called Orca Lite", "un modèle baptisé Ketch"
CALLED_MODEL = re.compile(
    r"\b(?:models?|modèles?|LLMs?|chatbots?|assistants?|agents?|versions?)\b[^.;:]{0,30}?"
    r"\b(?:called|named|dubbed|baptisée?|appelée?|nommée?|surnommée?)\s+"
    rf"(?P<name>[{UPPER}][\w.-]*[\w](?:[ -](?:[{UPPER}][\w.-]*[\w]|\d+(?:\.\d+)?))?)(?![\w'’-])"
)
NOT_MODEL_MAKER = (
    r"(?!\s+(?:makers?|developers?|company|companies|providers?|labs?|startups?|start-ups?|"
    r"builders?|business))"
)
MODEL_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>[{UPPER}][\w.-]*[\w](?:[ -][{UPPER}0-9][\w.-]*)?)\s*,\s+(?:a|an|the|its|their|"
    rf"le|la|son|sa|leur|un)\s+(?:[\w-]+\s+){{0,3}}?(?:model|LLM|modèle)s?\b{NOT_MODEL_MAKER}"
    rf"|\b(?:own|new|latest|propre|nouveau) (?:model|LLM|modèle)\s*,\s+"
    rf"(?P<name2>[{UPPER}][\w.-]*[\w])(?=\s*[,.;])"
)
O_SERIES = re.compile(r"(?<![\w-])o\d(?:-(?:mini|pro|preview|high))?(?![\w-])")
VERSION = r"\d+(?:\.\d+)?[a-z]?"
# "Halcyon-3", "Quill-V2", "Zénith-2", "Sable-R": a name and a version, near words about models
WORD_VERSION = re.compile(
    rf"(?<![\w-])[{UPPER}][{LOWER}]+(?:[- ][{UPPER}][{LOWER}]+)?-(?:V?\d+(?:\.\d+)?[BM]?|[A-Z])(?![\w-])"
)
# a model described by an apposition: "Notara, the speech-to-notes model ...", "Misaine-7B, un petit modèle"
MODEL_DESCRIBED = re.compile(
    rf"(?<![\w'’.-])(?<!\bde )(?<!\bof )(?<!\bby )(?<!\bpar )(?<!\bd')(?<!\bd’)"
    rf"(?P<name>[{UPPER}][\w.]*(?:-[\w.]+)*(?:\s+[{UPPER}0-9][\w.-]*)?)\s*,\s+"
    r"(?:the|a|an|its|their|le|la|un|une|son|sa|leur)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:model|modèle|chatbot|assistant|agent|LLM)s?\b(?!\s+(?:maker|makers|developer|developers|builder|company|"
    r"lab|startup|start-up|provider|fabricant|éditeur|concepteur|spécialiste)\b)(?!['’])"
)
MODEL_CUE = re.compile(
    r"\b(?:models?|modèles?|LLMs?|versions?|releases?|successor|successeur|assistants?|agents?|chatbots?|"
    r"weights|poids|licen[cs]e|sortie|lancement|reasoning|speech|voix|voice|"
    # a release: "X unveiled Y-2", "X a dévoilé Y-3"
    r"unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|releas(?:es|ed|ing)|open-sourc(?:es|ed|ing)|"
    r"dévoil(?:e|é|ée|ent|era)|lanc(?:e|é|ée|ent|era)|présent(?:e|é|ée|ent|era))\b",
    re.IGNORECASE,
)


def _model_shape(families: list[str]) -> re.Pattern[str] | None:
    if not families:
        return None
    fam = "|".join(re.escape(f) for f in sorted(families, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:{fam})(?:[- ]{TIER_WORDS})?[- ]?{VERSION}(?:[- ](?:{TIER_WORDS}|\d+[BM]))*(?![\w-])"
    )


# the last word of places, buildings, awards and bodies named after a person ("Alan Turing Institute")
NOT_PERSON_TAIL = re.compile(
    r"^(?:Street|Avenue|Road|Square|Station|Airport|Hospital|Institute|Institut|University|Université|"
    r"School|College|Center|Centre|Prize|Prix|Award|Awards|Medal|Hall|Building|Tower|Bridge|Park|Stadium|"
    r"Museum|Musée|Library|Collective|Fund|Fonds|Family|Trust|Office|Project|Projet|Challenge|Program|"
    r"Programme|Act|Law|Loi|Report|Index|Summit|Sommet|Conference|Forum|Show|Festival|Cup|Coupe|Day|"
    r"Week|Initiative|Fellowship|Scholarship|Lecture|Chair|Studio|Studios|Agency|Agence|Partners)$"
)
# a name followed by what describes an organization: "Emerson Shaw, a growth fund based in ..."
# (an indefinite article only: "Under Jo Lind, the company grew" describes no Jo Lind)
ORG_DESCRIBED_AFTER = re.compile(
    r"\s*,\s+(?:a|an|une?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:fund|fonds|firm|company|startup|start-up|lab|société|entreprise|cabinet|groupe|group|investor|"
    r"investisseur|bank|banque|agency|agence|laboratoire|jeune pousse)s?\b",
    re.IGNORECASE,
)


PERSON_NAME_ONLY = re.compile(PERSON_NAME)


def _to_longer_names(found: list[Span], known: list[Span]) -> list[Span]:
    """'Wrenfield' found alone is the 'Wrenfield Robotics' named elsewhere in the text: a discovered
    organization whose name opens exactly one longer organization's name is that organization."""
    orgs = {s.entity.id: s.entity for s in (*found, *known) if s.type is EntityType.ORGANIZATION}
    out = []
    for span in found:
        entity = span.entity
        if entity.type is EntityType.ORGANIZATION:
            longer = [e for e in orgs.values() if e.name.startswith(f"{entity.name} ")]
            if len(longer) == 1:
                span = Span(span.start, span.end, longer[0], span.how)
        out.append(span)
    return out


def looks_like_person(name: str) -> bool:
    """A person's name by its shape alone: a first name, then one or two names that do not end like
    a company's or a place's ("Anne-Sophie Kervella", not "Tobias Capital" or "Grace Hopper Center")."""
    words = name.split()
    return bool(
        PERSON_NAME_ONLY.fullmatch(name)
        and is_first_name(words[0])
        and not ORG_TAIL_WORD.match(words[-1])
        and not NOT_PERSON_TAIL.match(words[-1])
    )


def _first_name_evidence(text: str, start: int, end: int, words: list[str]) -> bool:
    """'Amara Diallo and Jun Park will lead ...': a first name and a surname make a person even with
    no title or speech verb around them, unless the name ends like a place or a body's name, or the
    text goes on to describe it as an organization."""
    if not is_first_name(words[0]) or NOT_PERSON_TAIL.match(words[-1]):
        return False
    if any(w.isupper() for w in words[1:]):
        return False
    return not ORG_DESCRIBED_AFTER.match(text, end, min(len(text), end + 80))


# "Sabine Okafor" again is not the surname alone
NAME_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]+\s$")


def _surname_alone(text: str, surname: str, first_seen: int) -> bool:
    """News names a person in full once, then by surname: 'Sabine Okafor ... Okafor had run'. An
    organization is seldom named by its last word alone."""
    if len(surname) < 3 or ORG_TAIL_WORD.match(surname):
        return False
    return any(
        m.start() > first_seen + len(surname)
        and not NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        for m in occurrences(surname, text, r"(?<![\w'’-])", rf"(?![\w'’-])(?!\s+[{UPPER}])")
    )


class Bounds:
    """The sentences of a text as (start, end) ranges: a name never runs across one's end."""

    def __init__(self, text: str) -> None:
        self.ranges = [(s.start, s.end) for s in split_sentences(text)]
        self.starts = [start for start, _ in self.ranges]

    def finditer(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """The pattern's matches sentence by sentence (lookbehinds still see what comes before)."""
        for start, end in self.ranges:
            yield from pattern.finditer(text, start, end)

    def around(self, position: int) -> tuple[int, int]:
        """The range of the sentence holding the position (the whole text when none does)."""
        i = bisect_right(self.starts, position) - 1
        if i >= 0 and position < self.ranges[i][1]:
            return self.ranges[i]
        return 0, 1 << 62


class Discoverer:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        families = set(gazetteer.families()) | {"GPT", "Claude", "Gemini", "Llama", "Grok", "Mistral", "Qwen"}
        self.model_shape = _model_shape(sorted(families))
        self.tiers = gazetteer.tiers()
        tier_words = sorted(set(self.tiers) | {"Opus", "Sonnet", "Haiku"})
        self.tier = re.compile(
            rf"(?<![\w-])(?P<tier>{'|'.join(map(re.escape, tier_words))})"
            rf" (?P<v>{VERSION})(?![\w-])"
        )

    def discover(self, text: str, known: list[Span], title: str = "") -> list[Span]:
        """Names of unknown entities, none across a sentence end, a heading line or a paragraph break
        (each shape is matched within one sentence at a time)."""
        found = Occupied()
        occupied = Occupied(known)
        bounds = Bounds(text)
        for span in self._headline(title, text, occupied):
            found.add(span)
            occupied.add(span)
        for finder in (self._named, self._models, self._people, self._organizations):
            for span in finder(text, occupied, bounds):
                if finder != self._people and self._person_named(span.entity.name):
                    continue  # "Anne-Laure Quessaud, une spécialiste ...": a person's name is no company's
                if span.type is EntityType.ORGANIZATION and self._not_organization(text, span, bounds):
                    continue  # "basée à Lyon", "Contactée, la société ...": a place or a participle
                # a model's or a domain's name may contain a known name ("Valeo.ai" holds "Valeo")
                if found.free(span.start, span.end) and (
                    finder == self._models
                    or occupied.free(span.start, span.end)
                    or DOMAIN_NAME.fullmatch(span.entity.name)
                ):
                    found.add(span)
                    if occupied.free(span.start, span.end):
                        occupied.add(span)
        for span in self._listed(text, occupied, bounds):
            if not (span.type is EntityType.ORGANIZATION and self._not_organization(text, span, bounds)):
                found.add(span)
        # "Gabier" found alone is the "Gabier.ai" found elsewhere
        domains = {
            s.entity.name.rsplit(".", 1)[0]: s.entity
            for s in (*found.spans, *known)
            if s.type is EntityType.ORGANIZATION and DOMAIN_NAME.fullmatch(s.entity.name)
        }
        spans = [
            Span(s.start, s.end, domains[s.entity.name], s.how) if s.entity.name in domains else s
            for s in found.spans
        ]
        return _to_longer_names(spans, known)

    def _named(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        """Organizations by the shape of their whole name: firms named after partners ("Harlow, Price
        & Vance"), names defined with their acronym ("Agence de l'innovation de défense (AID)", then
        "AID" wherever the text repeats it), publications quoted as a source ("selon Les Échos")."""
        spans: list[Span] = []
        for start, end in bounds.ranges:
            if "&" in text[start:end]:
                for m in firms(text, start, end):
                    spans += self._firm(text, m.start(), m.end())
            for a in acronyms(text, start, end):
                spans += self._acronym_spans(text, a.start, a.end, a.name, a.acronym, known)
            for m in media(text, start, end):
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, m.group("name"))
        return spans

    @staticmethod
    def _not_organization(text: str, span: Span, bounds: Bounds) -> bool:
        """A place ("basée à Lyon", "In Berlin, ..."), or the inflected word that opens a sentence
        before a comma ("Contactée, la société ...", "Asked, ...", "Separately, ...")."""
        name = span.entity.name
        if is_place(name, text, span.start):
            return True
        if " " in name or not text.startswith(",", span.end):
            return False
        first, _ = bounds.around(span.start)
        if text[first : span.start].strip(" \t\n*_\"'«»“”-—") != "":
            return False
        word = name.lower()
        return word.endswith(("ly", "ment")) or any(lemma(word, lang) != word for lang in ("fr", "en"))

    def _firm(self, text: str, start: int, end: int) -> list[Span]:
        """A firm's name: 'Mendel & Stroud Capital' with its company word, without the names a list
        puts before it ('Harrow Peak Ventures, Mendel & Stroud Capital')."""
        tail = FIRM_TAIL.match(text, end)
        end = tail.end() if tail else end
        parts = re.split(r"(,\s+)", text[start:end])
        while len(parts) > 2 and (ORG_TAIL_WORD.match(parts[0]) or self.gazetteer.lookup(parts[0])):
            start += len(parts[0]) + len(parts[1])
            parts = parts[2:]
        name = text[start:end]
        if any(self.gazetteer.lookup(w) for w in re.split(r"[,&\s]+", name) if w):
            return []  # "Google & Microsoft" is two companies
        return self._span(start, end, EntityType.ORGANIZATION, name)

    def _acronym_spans(
        self, text: str, start: int, end: int, name: str, acronym: str, known: Occupied
    ) -> list[Span]:
        """The organization defined with its acronym (the known one when the reference data names it),
        and the acronym wherever the text uses it."""
        inside = known.within(start, end)
        entity: Entity | None
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            entity = inside[0].entity
            spans: list[Span] = []
        elif not known.free(start, end) or self.gazetteer.lookup(acronym) is not None:
            return []
        else:
            entity = self._entity(EntityType.ORGANIZATION, name)
            if entity is None or entity.type is not EntityType.ORGANIZATION:
                return []
            entity = entity.model_copy(update={"aliases": [*entity.aliases, acronym]})
            spans = [Span(start, end, entity, "discovered")]
        if entity.type is not EntityType.ORGANIZATION:
            return []
        for m in occurrences(acronym, text, r"(?<![\w'’&.-])", r"(?![\w&-])"):
            if known.free(m.start(), m.end()):
                spans.append(Span(m.start(), m.end(), entity, "discovered"))
        return spans

    def _person_named(self, name: str) -> bool:
        """A person's name by its shape, made of no word the reference data knows ("Claude Opus" is
        no person)."""
        return looks_like_person(name) and not any(self.gazetteer.lookup(w) for w in name.split())

    def headline_name(self, title: str) -> str | None:
        """The unknown company a headline is about ("Corvid Systems raises ...", "AI chip startup
        Pallor hires ...", "Intelligence artificielle : la start-up Pallor recrute ...")."""
        title = title.replace("’", "'")
        m = ORG_NOUN.search(title) or HEADLINE_ORG.match(title)
        if not m:
            return None
        name = m.group("name")
        if any(w.lower() in NOT_NAMES for w in name.split()) or self.gazetteer.lookup(name):
            return None
        # "Anne-Sophie Kervella, de Google DeepMind à ...": a person's name opens the headline
        if looks_like_person(name):
            return None
        return name

    def headline_object(self, title: str) -> str | None:
        """The unknown second company a headline acts on ("Anthropic shuts Tallowbyte out of Claude",
        "Microsoft takes Loomwise's founders"); after a hiring verb only a possessive names a company."""
        for m in HEADLINE_OBJECT.finditer(title.replace("’", "'")):
            name = m.group("name").rstrip(".")
            if HEADLINE_PERSON_VERB.match(m.group()) and not m.group("poss"):
                continue
            if name.lower() in NOT_NAMES or name.lower() in NOT_LISTED or len(name) < 3:
                continue
            if self.gazetteer.lookup(name) is None:
                return name
        return None

    def _headline(self, title: str, text: str, occupied: Occupied) -> list[Span]:
        """The companies a headline is about, wherever the body names them."""
        out: list[Span] = []
        name, second = self.headline_name(title), self.headline_object(title)
        if name is not None:
            out += self._headline_spans(name, text, occupied)
        # the body's longer name ("Inflection AI", "Quillfeather Labs") is found there, not here
        if second is not None and not re.search(rf"(?<![\w-]){re.escape(second)}\s+[{UPPER}]", text):
            out += self._headline_spans(second, text, occupied)
        return out

    def _headline_spans(self, name: str, text: str, occupied: Occupied) -> list[Span]:
        out: list[Span] = []
        # "Loomwise" of a headline is the body's "Loomwise.ai", "Wrenfield" its "Wrenfield AI"
        domain = re.search(rf"(?<![\w.-]){re.escape(name)}\.(?:ai|io)(?![\w-])(?!\.\w)", text)
        longer = re.search(rf"(?<![\w.-]){re.escape(name)}\s+{ORG_TAIL}(?![\w-])", text)
        full = domain.group() if domain else longer.group() if longer else name
        # not where the body's name is longer: "Quillstone" of a headline, "Quillstone AI" in the body
        for found in occurrences(name, text, after=rf"(?![\w-])(?!\.\w)(?!\s+[{UPPER}])"):
            if occupied.free(found.start(), found.end()):
                out += self._span(found.start(), found.end(), EntityType.ORGANIZATION, full)
        if domain and occupied.free(domain.start(), domain.end()):
            out += self._span(domain.start(), domain.end(), EntityType.ORGANIZATION, full)
        return out

    def _listed(self, text: str, occupied: Occupied, bounds: Bounds) -> list[Span]:
        """A name listed next to a person or an organization is one too: 'Xavier Niel, Rodolphe
        Saadé et Eric Schmidt', 'Sequoia Capital, BlackRock and Nvidia'."""
        added: list[Span] = []
        queue = [s for s in occupied.spans if s.type in (EntityType.PERSON, EntityType.ORGANIZATION)]
        surnames = {w for s in queue if s.type is EntityType.PERSON for w in s.entity.name.split()}
        prefixes = {
            " ".join(s.entity.name.split()[:-1]) for s in queue if s.type is EntityType.ORGANIZATION
        }  # "Linéa" after "Linéa IA"
        while queue:
            span = queue.pop()
            for new in self._neighbours(text, span, bounds):
                if new.entity.name in surnames or new.entity.name in prefixes:
                    continue  # "Leike" after "Jan Leike" is a short form, not a new organization
                if occupied.free(new.start, new.end):
                    occupied.add(new)
                    added.append(new)
                    queue.append(new)
        return added

    def _neighbours(self, text: str, span: Span, bounds: Bounds) -> list[Span]:
        shape = PERSON_NAME if span.type is EntityType.PERSON else rf"{ORG_WORD}(?!\s+[{UPPER}])"
        out: list[Span] = []
        first, last = bounds.around(span.start)
        # "auprès de A, d'B et de C": a French list repeats its preposition before organizations
        preposition = "" if span.type is EntityType.PERSON else r"(?:d['’]|de\s+|du\s+)?"
        after = compiled(rf"{LIST_LINK}{preposition}(?P<name>{shape})(?![\w'’-])").match(
            text[span.end : min(span.end + 80, last)]
        )
        window = max(first, span.start - 80)
        before = compiled(rf"(?<![\w'’-])(?P<name>{shape}){LIST_LINK}$").search(text[window : span.start])
        # a bare comma makes a list only when the list goes on: "Interrogée, Mistral AI n'a pas",
        # "In Lyon, Corvane hired" name nothing beside the organization
        goes_on = compiled(LIST_LINK).match(text, span.end, last) is not None
        if after and (
            not BARE_COMMA.fullmatch(text, span.end, span.end + after.start("name"))
            or before
            or compiled(LIST_LINK).match(text, span.end + after.end("name"), last)
        ):
            out += self._listed_span(span.end + after.start("name"), after.group("name"), span.type)
        if before and (not BARE_COMMA.fullmatch(text, window + before.end("name"), span.start) or goes_on):
            out += self._listed_span(window + before.start("name"), before.group("name"), span.type)
        return out

    def _listed_span(self, start: int, name: str, kind: EntityType) -> list[Span]:
        words = name.split()
        if any(w.lower() in NOT_NAMES or w.lower() in NOT_LISTED or w.endswith("ly") for w in words):
            return []
        if kind is EntityType.PERSON and (
            any(self.gazetteer.lookup(w) for w in words) or ORG_TAIL_WORD.match(words[-1])
        ):
            kind = EntityType.ORGANIZATION if ORG_TAIL_WORD.match(words[-1]) else kind
            if kind is EntityType.PERSON:
                return []
        return self._span(start, start + len(name), kind, name)

    def _entity(self, kind: EntityType, name: str) -> Entity | None:
        known = self.gazetteer.lookup(name)
        if known is not None:
            return known if known.type is kind else None
        if not SLUGGABLE.search(unicodedata.normalize("NFKD", name)):
            return None  # no letter or digit an id could be made of
        return Entity(type=kind, name=name)

    def _span(self, start: int, end: int, kind: EntityType, name: str) -> list[Span]:
        entity = self._entity(kind, name)
        return [Span(start, end, entity, "discovered")] if entity else []

    def _models(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        spans: list[Span] = []
        shapes = [O_SERIES] + ([self.model_shape] if self.model_shape else [])
        for shape in shapes:
            for m in bounds.finditer(shape, text):
                spans += self._span(m.start(), m.end(), EntityType.MODEL, m.group().strip())
        versioned = list(bounds.finditer(WORD_VERSION, text))
        cued = {
            m.group().split("-")[0]
            for m in versioned
            if MODEL_CUE.search(text, max(0, m.start() - 120), m.end() + 120)
        }
        for m in versioned:
            head = m.group().split("-")[0].split()[0]
            if head.lower() in NOT_NAMES or self.gazetteer.lookup(head) is not None:
                continue
            # "Grésil-3 doit succéder à Grésil-2": one version near a model word makes the family models
            if m.group().split("-")[0] in cued:
                spans += self._span(m.start(), m.end(), EntityType.MODEL, m.group())
        # "Notara, the speech-to-notes model ...", "Misaine-7B, un petit modèle de langage"
        for m in bounds.finditer(MODEL_DESCRIBED, text):
            name = m.group("name")
            if name.split()[0].lower() in NOT_NAMES or self.gazetteer.lookup(name) is not None:
                continue
            if re.search(rf"[{UPPER}][\w&.-]*\s$", text[max(0, m.start() - 40) : m.start()]):
                continue  # "Kobold Systems, an agent ...": the end of a longer name
            spans += self._span(m.start("name"), m.end("name"), EntityType.MODEL, name)
        for m in bounds.finditer(self.tier, text):
            family = self.tiers.get(m.group("tier"), "Claude")
            spans += self._span(m.start(), m.end(), EntityType.MODEL, f"{family} {m.group()}")
        for m in bounds.finditer(MODEL_APPOSITION, text):
            group = "name" if m.group("name") else "name2"
            start, end = m.start(group), m.end(group)
            if m.group(group).split()[0].lower() in NOT_NAMES | OPENERS or not known.free(start, end):
                continue
            spans += self._span(start, end, EntityType.MODEL, m.group(group))
        for m in bounds.finditer(NAMED_MODEL, text):
            group = next(g for g in ("name", "name2", "name3") if m.group(g))
            if m.group(group).lower() in NOT_NAMES:
                continue
            spans += self._span(m.start(group), m.end(group), EntityType.MODEL, m.group(group))
        for m in bounds.finditer(CALLED_MODEL, text):
            if m.group("name").split()[0].lower() not in NOT_NAMES:
                spans += self._span(m.start("name"), m.end("name"), EntityType.MODEL, m.group("name"))
        for start, end in bounds.ranges:
            if not MODEL_CUE.search(text, start, end):
                continue
            for m in SPACED_VERSION.finditer(text, start, end):
                at, name = m.start(), m.group()
                first = name.split()[0]
                if len(m.group("name").split()) > 1 and (first.lower() in NOT_NAMES | OPENERS | NOT_LISTED):
                    at, name = at + len(first) + 1, name[len(first) + 1 :]  # "The Vellum 3 model"
                head = name.split()[0]
                if head in NOT_MODEL_HEADS or head.lower() in NOT_NAMES or self.gazetteer.lookup(head):
                    continue
                spans += self._span(at, at + len(name), EntityType.MODEL, name)
        return spans

    def _people(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        spans: list[Span] = []
        people = {s.entity.name for s in known.spans if s.type is EntityType.PERSON}
        for m in bounds.finditer(PERSON_NAME_IN_TEXT, text):
            start, name = m.start(), m.group()
            while len(name.split()) > 2 and (
                name.split()[0].lower() in NOT_NAMES
                or name.split()[0].lower() in OPENERS
                or ROLE_WORD.match(name.split()[0])
                # "recrute à Paris Ilona Szabo": a place after a preposition, then the name
                or (start == m.start() and AT_PLACE.search(text, max(0, start - 4), start))
                # "Investor Tobias Lind": a capitalised word, then a first name
                or (not is_first_name(name.split()[0]) and is_first_name(name.split()[1]))
            ):
                first = name.split()[0]
                start += len(first) + (len(name) - len(name[len(first) :].lstrip()) - len(first))
                name = name[len(first) :].lstrip()
            end = start + len(name)
            words = name.split()
            inner = [w for i, w in enumerate(words) if not (i and w.lower() in PARTICLES)]
            if any(w.lower() in NOT_NAMES for w in inner) or not known.free(start, end):
                continue
            if ORG_TAIL_WORD.match(words[-1]) or any(n.endswith(" " + name) for n in people):
                continue
            if any(self.gazetteer.lookup(w) for w in words):
                continue
            if ORG_NOUN_BEFORE.search(text, max(0, start - 20), start):
                continue
            if (
                self._person_context(text, start, end, known)
                or _surname_alone(text, words[-1], start)
                or _first_name_evidence(text, start, end, words)
            ):
                spans += self._span(start, end, EntityType.PERSON, name)
        return spans

    @staticmethod
    def _person_context(text: str, start: int, end: int, known: Occupied) -> bool:
        before, after = text[max(0, start - 60) : start], text[end : end + 80]
        prev, nxt = known.before(start), known.after(end)
        org_before = bool(
            ORG_BEFORE_PERSON.search(before)
            and prev is not None
            and start - prev.end <= 6
            and prev.type is EntityType.ORGANIZATION
            and CLAUSE_GOES_ON.match(after)
        )
        org_after = bool(
            nxt is not None
            and nxt.start - end <= 7
            and nxt.type is EntityType.ORGANIZATION
            and re.match(r"^\s*(?:d['’]|de |of |from |chez |at |\()", text[end : nxt.start + 1])
        )
        return bool(
            TITLE_BEFORE.search(before)
            or TITLE_AFTER.search(after)
            or org_before
            or org_after
            or PERSON_BEFORE.search(before)
            or PERSON_AFTER.match(after)
            or PERSON_APPOSITION.match(after)
            or QUOTE_THEN_VERB.search(before)
        )

    def _organizations(self, text: str, known: Occupied, bounds: Bounds) -> list[Span]:
        spans: list[Span] = []
        for m in bounds.finditer(DOMAIN_NAME, text):
            spans += self._span(m.start(), m.end(), EntityType.ORGANIZATION, m.group())
        for m in bounds.finditer(ORG_SUFFIX, text):
            name = m.group().strip()
            if not any(w.lower() in NOT_NAMES for w in name.split()[:-1]):
                spans += self._span(m.start(), m.start() + len(name), EntityType.ORGANIZATION, name)
        at_role = [
            m
            for m in bounds.finditer(AT_ORG, text)
            if ROLE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ]
        for m in [*bounds.finditer(ORG_SLOT, text), *at_role]:
            name = m.group("name")
            longer = next(
                occurrences(name, text, after=rf"\s+[{UPPER}]"), None
            )  # "Ferrous" of "Ferrous Logic"
            if (
                name.lower() not in NOT_NAMES
                and name.lower() not in NOT_LISTED
                and len(name) > 2
                and not longer
            ):
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        for m in bounds.finditer(ORG_APPOSITION, text):
            name = m.group("name")
            prev = known.before(m.start("name"))
            if (  # "par A B et C D, la société ...": C D is coordinated with a person
                prev is not None
                and prev.type is EntityType.PERSON
                and AND_BETWEEN.fullmatch(text, prev.end, m.start("name"))
            ):
                continue
            if name.split()[0].lower() not in NOT_NAMES and name.split()[0].lower() not in NOT_LISTED:
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        people = {w for s in known.spans if s.type is EntityType.PERSON for w in s.entity.name.split()}
        for m in bounds.finditer(ORG_CUE, text):
            group = "name2" if m.group("name2") else "name"
            name = m.group(group)
            if group == "name2" and LONGER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Pollen Works raised ...": the end of a longer name
            if (
                name.lower() not in NOT_NAMES
                and name.lower() not in NOT_LISTED
                and name.lower() not in OPENERS
                and name not in people
                and not is_first_name(name)
                and not ROLE_WORD.match(name)
            ):
                spans += self._span(m.start(group), m.end(group), EntityType.ORGANIZATION, name)
        for m in bounds.finditer(ORG_SLOT_LONG, text):
            name = m.group("name")
            words = name.split()
            if any(w.lower() in NOT_NAMES or w.lower() in NOT_LISTED for w in words) or is_first_name(
                words[0]
            ):
                continue
            if any(self.gazetteer.lookup(w) for w in words):
                continue  # "backed by Google Ventures" is the reference data's business
            spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        for m in bounds.finditer(ACRONYM_SLOT, text):
            if m.group("name").upper() not in NOT_ORG_ACRONYMS:
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, m.group("name"))
        # (a single name that leads a round or builds things is a company's even if a first name too)
        for m in [*bounds.finditer(BASED_ORG, text), *bounds.finditer(ORG_CONTEXT, text)]:
            group = next(g for g in NAME_GROUPS if m.groupdict().get(g))
            name = m.group(group)
            if group not in ("name", "name7") and LONGER_BEFORE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue
            if name in people:
                continue  # "Pike, basée à Lyon": a person named by surname
            if name.lower() not in NOT_NAMES and name.lower() not in NOT_LISTED:
                spans += self._span(m.start(group), m.end(group), EntityType.ORGANIZATION, name)
        # "selon Maddyness, ...", "told Semafor.": a source quoted by one name, unless a person's
        surnames = {s.entity.name.split()[-1] for s in known.spans if s.type is EntityType.PERSON}
        for m in bounds.finditer(MEDIA_WORD, text):
            name = m.group("name")
            if name.lower() not in NOT_NAMES and name not in surnames and not is_first_name(name):
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        for m in bounds.finditer(ORG_NATIONALITY, text):
            name = m.group("name")
            if name.split()[0].lower() not in NOT_NAMES:
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        for m in bounds.finditer(ORG_PREFIXED, text):
            spans += self._span(m.start(), m.end(), EntityType.ORGANIZATION, m.group())
        for m in bounds.finditer(ORG_NOUN, text):
            name = m.group("name")
            # "une société AGI (Artificial General Intelligence)": an acronym the text spells out
            spelt = name.isupper() and SPELT_OUT.match(text, m.end())
            if name.split()[0].lower() not in NOT_NAMES and not spelt:
                spans += self._span(m.start("name"), m.end("name"), EntityType.ORGANIZATION, name)
        return spans
