"""What people's names look like in news, and the words around a name that say it is a person's
(titles, speech verbs, appositions); words that open a clause or name a month are never names."""

from __future__ import annotations

import re

from aikg.ingest.extractors.rules.names import LOWER as NAME_LOWER
from aikg.ingest.extractors.rules.names import UPPER as NAME_UPPER
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
# (a courtesy title is no name's word: "Pour Mme Odile Ferrandez" names Odile Ferrandez)
NAME_WORD = (
    r"(?!(?:Mme|Mmes|Mlle|Me|Mr|Mrs|Ms|Dr|Pr)\b)"
    rf"(?:O['’]|Mc|Mac)?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
)

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
    # an interview's answers open on interjections: "Yes. A joined us in March" names no "Yes"
    "yes",
    "no",
    "oui",
    "non",
    "absolutely",
    "exactly",
    "indeed",
    "sure",
    "absolument",
    "exactement",
    # sentence adverbs before a name: "Now Ledgerline, a start-up ..." names no person "Now Ledgerline"
    "now",
    "meanwhile",
    "instead",
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
    # participles that open a sentence before a name: "Venu de Pelorie, Jo Pike ..."
    "ancienne",
    "anciens",
    "anciennes",
    "venu",
    "venue",
    "passé",
    "passée",
    "issu",
    "issue",
    "arrivé",
    "arrivée",
    "nommé",
    "nommée",
    "recruté",
    "recrutée",
    "diplômé",
    "diplômée",
    "formé",
    "formée",
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
    # "Directrice financière : Jo Pike", a carnet of appointments: the role, a colon, the name
    rf"(?:\s+(?:de|d'|du|des|of|at|chez)\s*\S+?)?(?:,|\s*:)?\s+$",
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
    r"\b(?:succeeds|replaces|remplace|succède à)|"
    # a sentence opened by what the person was: "Ancienne de Pelorie, Jo Pike ...", "Passé par X, ..."
    r"(?:^|[.!?»]\s+|\n)(?:Ancien(?:ne)?|Passée?|Venue?|Issue?|Arrivée?|Nommée?|Recrutée?|Diplômée?|Formée?|"
    r"Ex-\w+)\b[^,.;:!?]{0,60},)\s+$",
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
    # "Gwendal Troadec (Ostrale) et ...": a person, then the organization in brackets
    rf"^\s+\([{UPPER}][\w&.-]*[\w](?:\s+[{UPPER}][\w&.-]*[\w])?\)\s*(?:,|et\b|and\b|a\s|ont\b|est\b|"
    r"qui\b|who\b|said|says|explique|estime|souligne|précise|affirme|rappelle|ajoute)|"
    r"^\s+(?:joined|joins|left|leaves|quit|quits|resigned|resigns|co-founded|cofounded|founded|"
    r"will (?:join|lead|"
    r"become|chair|remain)|has (?:joined|left|resigned|quit)|had (?:run|led|spent|worked)|a quitté|quitte|"
    r"a rejoint|rejoint|rejoindra|a démissionné|démissionne|a fondé|a cofondé|deviendra|devient|dirigeait|"
    r"avait (?:passé|dirigé|travaillé|cofondé|fondé)|a passé|retourne|revient|intégrera|n'est plus|"
    r"a travaillé|travaille|prendra|succède|worked|works|will step|est partie?|est arrivée?|"
    r"(?:a été|est|sera) (?:nommée?|promue?|recrutée?|débauchée?|élue?|désignée?|reconduite?)|"
    r"prend la tête|a pris la tête|prend ses fonctions|prendra ses fonctions|quittera|succédera|remplace|"
    r"posted|wrote|a publié|a réagi|réagit|a écrit|a posté)\b"
)

# "M. Pike", "Mme Lind", "Me Rigal" (a lawyer): a courtesy title before a surname, never part of the name
HONORIFIC = re.compile(r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Maître|Dr|Pr|Mr|Mrs|Ms)$")
HONORIFIC_SURNAME = re.compile(
    rf"(?<![\w'’-])(?:M\.|Mme|Mlle|Me|Maître)\s+(?P<name>{NAME_PARTICLE}?{NAME_WORD})(?![\w'’-])(?!\s+[{UPPER}])"
)

ROLE_BEFORE = re.compile(rf"(?i:\b{ROLE_CORE})(?:\s+[\w-]+){{0,2}}?\s+$")

AND_BETWEEN = re.compile(r"\s+(?:et|and)\s+")

# the organization in brackets after a person's name: "Gwendal Troadec (Ostrale)"
PERSON_PAREN_ORG = re.compile(rf"\s+\((?P<name>[{UPPER}][\w&.-]*[\w](?:\s+[{UPPER}][\w&.-]*[\w])?)\)")

# the text before a name ends with a preposition: "directeur général de ", "head of research at "
AFTER_PREPOSITION = re.compile(r"(?:\b(?:de|du|des|of|at|chez|from)\s+|\b[dD]['’])$")

# a first name and a surname in capitals, as French press releases write them: "Jean DUPRAZ"
CAPS_SURNAME = re.compile(
    rf"(?<![\w'’-])(?P<first>{NAME_WORD})\s+(?P<surname>(?=[{UPPER}-]{{3}})[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)"
    r"(?![\w'’-])"
)
