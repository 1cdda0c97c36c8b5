"""Word lists shared by the rules: roles, titles, modality, negation (English and French)."""

from __future__ import annotations

ROLE_CORE = (
    r"(?:co-?founder|cofounder|founder|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|"
    r"co-?CEO|CEO|CTO|CFO|COO|CSO|CPO|PDG|DG|(?:co-)?chief executive|"
    r"vice[- ]présidente?|vice[- ]president|présidente?|president|chair(?:man|woman|person)?|"
    r"S?E?VP|"
    r"direct(?:eur|rice)(?: général(?:e)?| technique| scientifique| financi(?:er|ère)| juridique|"
    r" commercial(?:e)?| exécuti(?:f|ve)| opérationnel(?:le)?| des opérations)?|"
    r"director|head|chef|responsable|chercheu(?:r|se)|researcher|ingénieure?|engineer|"
    r"scientist|scientifique|employee|employée?|manager|dirigeante?|executive|"
    r"leader|lead|officer|patron(?:ne)?|boss|spokes(?:person|man|woman)|porte-parole|analyste?|"
    r"développeu(?:r|se)|developer|advis[eo]r|conseill(?:er|ère)|professeur(?:e)?|professor|"
    r"board member|membre du conseil d'administration|administrat(?:eur|rice)|"
    r"chief [a-z]+(?: [a-z]+)? officer|chief scientist|investor|investisseur|entrepreneur|"
    # at a fund: "a general partner at X", "associée chez X", "directeur d'investissement chez X"
    r"(?:general |managing |operating |venture )?partner|associée?|"
    r"principal(?! (?:engineer|scientist|researcher)))"
)
ROLE_PREFIX = (
    r"(?:(?:senior|principal|lead|staff|general|executive|deputy|managing|formerly|former|previously|ancien(?:ne)?|ex-|"
    r"l'ancien(?:ne)?|"
    r"then|interim|acting)\s*|"
    # "X, until now a researcher at Y": a role being left
    r"(?:until now|until recently|jusqu'ici|jusqu'à présent|jusque-là)\s+(?:(?:a|an|the|un|une)\s+)?)"
)
ROLE_QUALIFIER = (
    r"(?:\s+(?:of|de|du|des|d'|en|in|for|on|chargée? d[eu]s?)\s*(?:la |le |l'|the |AI )?(?!⟦)[a-zà-ÿA-Z-]+)"
)
ONE_ROLE = rf"(?:{ROLE_PREFIX}?{ROLE_CORE}(?![\w-]){ROLE_QUALIFIER}{{0,2}})"
ROLE_JOINER = r"\s+(?:et|and)\s+(?:a |an |the |le |la |l'|another |a fellow |fellow |un autre )?"
ROLE = rf"(?:{ONE_ROLE}(?:{ROLE_JOINER}{ONE_ROLE})?)"

FORMER = (
    r"(?:formerly|former|previously|until now|until recently|l'ancien(?:ne)?|ancien(?:ne)?|ex-|ex |"
    r"auparavant|précédemment|jusqu'ici|jusqu'à présent|jusque-là)"
)
FOUNDER = r"(?:co-?founder|cofounder|founder|co-?fondat|cofondat|fondat)"
BOARD = r"(?:board|conseil d'administration|administrat)"

NEGATION = (
    r"(?:\bnot\b|n't\b|\bnever\b|\bne\b|\bn'|\bpas\b|\bjamais\b|\bnullement\b|\bden(?:y|ies|ied|ying)\b|"
    r"\bdément\w*|\bdémenti\w*|\bnie(?:nt)?\b|\bnié\b|\brefut\w*|\bno longer\b|\bplus jamais\b|"
    r"\bfail(?:ed|s)? to\b|\bwalked away\b|\bturned\b[^.;]{0,30}\bdown\b|\brejected\b|\bdeclined\b|"
    r"\bcalled off\b|\b(?:tried|attempted|sought|looked) to\b|\blooked at\b|\babandon\w*|\ba tenté\b|"
    r"\btenté de\b|\bsans (?:parvenir|succès)\b|\b(?:a|ont) échoué\b|\b(?:a|ont) renoncé\b|"
    r"\b(?:a|ont) refusé\b|\b(?:a|ont) rejeté\b|"
    r"\brenonc\w*|\bs'abstenir\b|\bs'est abstenue?\b|\babstained\b|\bvoted against\b|\bcontre sa\b)"
)
RUMOUR = (
    r"(?:\breportedly\b|\ballegedly\b|\brumou?r\w*|\brumeurs?\b|\bis said to\b|\bare said to\b|"
    r"\bsupposedly\b|\baccording to (?:several |multiple |some )?(?:reports|sources|people familiar)|"
    r"\bselon (?:plusieurs|certains) (?:médias|sources)|\bselon la presse\b|"
    r"\bselon des (?:sources|rumeurs|fuites|informations)\b|\bsources? (?:say|said|close to)\b|"
    r"\breports? (?:that|say|suggest)|"
    # "Reports in April said X had agreed to buy Y"
    r"\breports? (?:(?:in|from|earlier|last|this) [\w ]{1,30}?)?(?:said|claimed)\b|"
    r"\bd'après des (?:sources|rumeurs)|\bspeculat\w*|\bspéculat\w*|"
    r"\bden(?:y|ies|ied|ying)\b|\bdément\w*|\bdémenti\w*|\bnie(?:nt)?\b|\bnié\b|\brefuted?\b|"
    # what the paper only heard: "selon nos informations", "à en croire"
    r"\b(?:selon|d'après|d’après) nos (?:informations|sources)\b|\bà en croire\b|\bparaît-il\b)"
)
MODALITY = (
    r"(?:\breportedly\b|\ballegedly\b|\brumou?r\w*|\brumeurs?\b|\bwould\b|\bcould\b|\bmight\b|\bmay\b|"
    r"\bis said to\b|\bare said to\b|\bsupposedly\b|\bspeculat\w*|\bspéculat\w*|\bin talks\b|"
    r"\ben discussions?\b|\bnégoci\w*|\bnegotiat\w*|\bconsider(?:s|ing)\b|\benvisag\w*|\bplans? to\b|"
    r"\bplanning to\b|\bprévoi\w*|\bis expected to\b|\bare expected to\b|\bdevrai(?:t|ent)\b|"
    r"\bis set to\b|\bsur le point de\b|\babout to\b|\baurai(?:t|ent)\b|\bserai(?:t|ent)\b|"
    r"\bpourrai(?:t|ent)\b|\bdisposerai(?:t|ent)\b|\bselon des (?:sources|rumeurs|fuites|informations)\b|"
    r"\bsources? (?:say|said|close to)\b|\bif\b|\bwhether\b|\bunless\b|\bin (?:early |advanced )?talks\b|"
    # "held talks to buy", "des pourparlers pour racheter": talks are no deal
    r"\b(?:held|holds|holding|hold|had) (?:early |advanced |preliminary |exploratory )?talks\b|"
    r"\bpourparlers\b|"
    r"\bexplor\w*|\bweigh(?:s|ed|ing)?\b|\bserait\b|\bpressentie?\b|\bétudi\w*|\bchercherai(?:t|ent)\b|"
    r"\bperson familiar\b|\bpeople familiar\b|\bhopes? to\b|\bwants? to\b|\baims? to\b|"
    # any French conditional ("quitterait", "rachèteraient"), not a noun in "-trait" ("retrait", "portrait")
    r"\b(?!(?:re|por|ex|at|abs|dis|sous|con)?trait\b)[a-zà-ÿ]{2,}r(?:ait|aient)\b)"
)
