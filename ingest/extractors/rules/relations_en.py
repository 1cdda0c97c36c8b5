"""English trigger rules: the verbs and nouns news uses for each predicate."""

from __future__ import annotations

from aikg.graph.schema import Predicate as Pr
from aikg.ingest.extractors.rules.patterns import TriggerRule, trigger
from aikg.ingest.extractors.rules.vocabulary import ROLE

EN_RULES: list[TriggerRule] = [
    trigger(Pr.JOINED, r"(?:left|leaves|leaving|quit|quits)\s+⟦O\d+⟧\s+for", event=True, reach=20),
    trigger(
        Pr.WORKS_AT,
        r"(?:leads|runs|heads)(?= (?:the company|the firm|the lab|the startup|⟦O))|"
        r"(?:is |was )?at the helm of|in charge of",
    ),
    trigger(
        Pr.INVESTED_IN,
        r"(?:round|Series [A-H]|investment|funding|financing)(?: [\w-]+){0,3}? "
        r"(?:was |is |has been )?(?:led|co-led) by",
        mode="passive",
        focus_object=True,
        many_objects=True,
    ),
    trigger(Pr.INVESTED_IN, r"(?:took|takes|has taken|had taken) a (?:[\w-]+ )?stake", focus_object=True),
    trigger(
        Pr.INVESTED_IN,
        r"(?:(?:other|existing|new|early|strategic|major|main|key)\s+)?(?:investors|backers|shareholders|funders)"
        r"(?: in the (?:round|deal|company))? (?:include|included|including|such as|comprised)",
        mode="passive",
        focus_object=True,
        loose=True,
    ),
    trigger(
        Pr.INVESTED_IN,
        r"(?:were|are|was|is) (?:also )?among (?:its|the|their|the company's) (?:[\w-]+ )?"
        r"(?:investors|backers|shareholders)|"
        r"(?:took|take|takes|taking) part "
        r"(?:in the (?:[\w-]+ )?(?:round|financing|funding)|as (?:[\w-]+ )?investors?)|"
        r"participated in the (?:[\w-]+ )?(?:round|financing|funding)|"
        r"(?:invest(?:s|ed)?|put|puts|poured|pours|pumped|injected)(?: [\w$€.,-]+){0,5}? (?:in|into) "
        r"(?:the|this) (?:company|start-?up|firm|lab|business)",
        focus_object=True,
        reach=1,
    ),
    trigger(
        Pr.DEPARTED,
        r"left|leaves|leaving|quit|quits|resigned from|resigns from|resignation from|"
        r"departed(?: from)?|departs|departure from|exit from|exited|walked away from|"
        r"stepped down(?: as [\w ]{1,30}?)?(?: from| at)?|steps down(?: from)?|away from|"
        rf"(?:was|has been|got) (?:fired|ousted|pushed out|let go|dismissed|removed)"
        rf"(?: (?:as|from (?:his|her|the) (?:post|job|role) as) (?:the )?(?P<role>{ROLE}))?"
        r"(?: (?:from|by|of|at))?|"
        r"announced (?:his|her|their) (?:departure|exit|resignation) from",
        event=True,
        reach=35,
    ),
    trigger(Pr.DEPARTED, r"fired|ousted|dismissed|pushed out|let go of", mode="passive", event=True),
    trigger(
        Pr.DEPARTED,
        r"(?:quit|quits|resigned|resigns|stepped down|steps down|step aside|stepped aside|stepping down|"
        r"stepping aside|(?:is|are|was|were) (?:also )?leaving)"
        r"(?= in | on | last | after | over | and |\s*[,.;]|$)",
        event=True,
        focus_object=True,
    ),
    trigger(
        Pr.DEPARTED,
        r"(?:had )?(?:previously|formerly|once|earlier) (?:worked|been|served) (?:at|for|with)|"
        r"(?:is|was|are|were) (?:a )?(?:veterans?|alumni|alumnus|alumnae) of",
    ),
    trigger(
        Pr.DEPARTED,
        rf"(?:who|which) (?:was|had been|is) (?:previously|formerly) (?:the |a |an )?(?P<role>{ROLE})"
        r" (?:at|of|for)",
    ),
    trigger(
        Pr.WORKS_AT,
        rf"(?:became|becomes|become|was named|has been named|was appointed|has been appointed|"
        rf"named|appointed)\s+(?:the |a |an |its |interim |acting |new |permanent )*"
        rf"(?P<role>{ROLE})\s+(?:of|at|for)",
    ),
    trigger(Pr.WORKS_AT, r"to become\s+"),
    trigger(
        Pr.JOINED,
        r"(?:joins|joined|joining) (?:the|its) (?:[\w-]+ )?(?:team|staff|lab|company|startup|ranks)|"
        r"(?:is|was|are) (?:also )?coming back",
        event=True,
        focus_object=True,
    ),
    trigger(
        Pr.JOINED,
        r"(?!(?:joined|joins|join|has joined|is joining) (?:the |its |\w+'s )?(?:[\w-]+ )?board)"
        r"(?:joined|joins|join|has joined|is joining)|moved to|moves to|returned to|returns to|"
        r"is returning to|going back to|goes back to|went back to|rejoins|rejoined|came back to|"
        r"(?:was |has been )?(?:hired|recruited|poached|brought in) by|signed with",
        event=True,
    ),
    trigger(Pr.JOINED, r"hired|recruited|poached|brought on|brings on", mode="passive", event=True),
    trigger(
        Pr.FOUNDED,
        r"founded|co-founded|cofounded|set up|established|started|launched|launches|created",
        reach=30,
    ),
    trigger(
        Pr.FOUNDED,
        r"(?:founded|co-founded|cofounded|set up|established|started|created)(?: [\w'-]+){0,6}? by",
        mode="passive",
        many_objects=True,
    ),
    trigger(
        Pr.BOARD_MEMBER_OF,
        r"(?:sits|sat|serves|served|seat|seats) on (?:the |its |\w+'s )?board(?: of directors)?"
        r"(?: of)?|joined (?:the |its )?board(?: of directors)?(?: of)?|board members? of|"
        r"members? of (?:the |its )?board(?: of directors)?(?: of)?",
        focus_object=True,
    ),
    trigger(Pr.BOARD_MEMBER_OF, r"board (?:[\w-]+ ){0,2}(?:chaired|led) by", mode="passive"),
    trigger(
        Pr.BOARD_MEMBER_OF,
        r"(?:board members|directors|members of the board)\s*:",
        mode="passive",
        focus_object=True,
        loose=True,
    ),
    trigger(
        Pr.DEPARTED,
        rf"(?:resigned|resigns|stepped down|steps down|is stepping down|quit|quits|was ousted|was fired|"
        rf"was removed) as (?:the |its |his |her )?(?:interim )?(?P<role>{ROLE})(?: (?:of|at|from))?",
        event=True,
        focus_object=True,
        reach=50,
    ),
    trigger(
        Pr.DEPARTED,
        r"(?:leaving|left|leaves|quit|quits|quitting|stepped down from|steps down from|stepping down from|"
        r"resigned from|resigns from|departure from|exit from|was removed from|were removed from) "
        r"(?:the|its|his|her|their) (?:[\w-]+ )?board(?: of directors)?(?: of)?",
        focus_object=True,
        event=True,
        role="board member",
    ),
    trigger(
        Pr.BOARD_MEMBER_OF,
        r"(?:remains?|remained|stays?|stayed|will remain|kept (?:a|his|her) seat|keeps? (?:a|his|her) seat) "
        r"on (?:the |its )?board(?: of)?|board (?:members?|directors?) (?:include|included|are|were)",
        focus_object=True,
    ),
    trigger(
        Pr.FOUNDED,
        r"(?:are|is|were|was) (?:also |both )?(?:named |listed )?(?:as )?(?:a |the )?co-?founders?"
        r"(?: of)?",
        focus_object=True,
    ),
    trigger(
        Pr.FOUNDED,
        r"(?:whose )?(?:co-?)?founders (?:also )?(?:include|included|are|were)",
        mode="passive",
        many_objects=True,
        loose=True,
    ),
    trigger(
        Pr.VOTED_TO_REMOVE,
        r"voted (?:to (?:remove|oust|fire|dismiss)|for (?:the )?(?:removal|ouster|firing|"
        r"dismissal) of|in favou?r of (?:the )?(?:removal|ouster|firing) of)",
        focus_org=True,
    ),
    trigger(
        Pr.DEVELOPED,
        r"developed|develops|built|builds|created|creates|released|releases|launched|launches|"
        r"unveiled|unveils|announced|announces|introduced|introduces|shipped|ships|trained|trains|"
        r"open-sourced|presented|debuted|rolled out|rolls out|published|maker of|developer of|creator of",
        reach=45,
    ),
    trigger(
        Pr.DEVELOPED,
        r"(?:developed|built|created|made|released|launched|trained|designed|published) by",
        mode="passive",
    ),
    trigger(
        Pr.GRANTED_ACCESS,
        r"(?:gave|gives|granted|grants|offered|offers|sold|sells)"
        r"(?=\s+⟦O\d+⟧\s+(?:(?:a|an|the|its|early|broad|full|exclusive|non-exclusive|API)\s+){0,3}(?:access|licen[cs]e))",
    ),
    trigger(
        Pr.GRANTED_ACCESS,
        r"(?:gave|gives|granted|grants|provided|provides|offered|offers|opened|opens|"
        r"extended|extends)(?: [\w']+){0,3}? access(?: to)?|"
        r"licen[cs]ed (?:its|their) (?:[\w-]+ ){0,3}?(?:to)|(?:opened|opens) (?:up )?(?:its|their) models to",
        many_objects=True,
    ),
    trigger(
        Pr.GRANTED_ACCESS,
        r"(?:gave|granted|opened|offered) (?:each other|one another)(?: [\w']+){0,2} access|"
        r"mutual access|access to each other's",
        mode="reciprocal",
    ),
    trigger(
        Pr.REVOKED_ACCESS,
        r"(?:revoked|revokes|cut off|cuts off|cut|pulled|withdrew|withdraws|blocked|blocks|"
        r"suspended|suspends|restricted|restricts|shut off|terminated|terminates)"
        r"(?=(?: (?:[\w']+|⟦O\d+⟧'s)){0,3}? access)",
        reach=40,
    ),
    trigger(Pr.REVOKED_ACCESS, r"(?:cut|cuts|shut|shuts) off", reach=40),
    trigger(
        Pr.COLLABORATED_WITH,
        r"collaborat(?:ed|es|ing) with|worked (?:together )?with|working with|teamed up with|"
        r"joined forces with|cooperat(?:ed|es|ing) with|co-developed with|"
        r"joint (?:\w+ )?(?:research|study|evaluation|tests?|testing|project|effort|work) with",
    ),
    trigger(
        Pr.COLLABORATED_WITH,
        r"(?:collaboration|cooperation|joint (?:\w+ )?(?:research|study|evaluation|tests?|"
        r"testing|project|effort)) between",
        mode="between",
    ),
    trigger(
        Pr.COLLABORATED_WITH,
        r"collaborated|teamed up|joined forces|worked together|cooperated|"
        r"(?:ran|conducted|carried out|published) (?:a )?joint|"
        r"(?:gave|granted|opened) (?:each other|one another)(?: [\w']+){0,2} access",
        mode="reciprocal",
    ),
    trigger(
        Pr.COMPETES_WITH,
        r"compet(?:e|es|ed|ing) (?:with|against)|rivals?|rivaling|rivalling|racing against|to catch up with|"
        r"race against|competitors?(?: such as| like| including| of)?|challenges|takes on|"
        r"in competition with|"
        r"battl(?:e|es|ing) (?:with|against)|vying with|competitive pressure from|competition from",
        many_objects=True,
        focus_subject=True,
    ),
    trigger(Pr.COMPETES_WITH, r"(?:competition|rivalry|race) between", mode="between"),
    trigger(Pr.COMPETES_WITH, r"compete|are competing|are rivals|are competitors", mode="reciprocal"),
    trigger(
        Pr.CRITICIZED,
        r"criticized|criticised|criticizes|criticises|slammed|slams|blasted|blasts|sued|sues|"
        r"filed (?:a )?(?:lawsuit|suit|complaint) against|took legal action against|"
        r"denounced|denounces|condemned|condemns|accused|accuses|took aim at|takes aim at|lashed out at|"
        r"(?:expressed|voiced|raised) concerns? (?:about|over|regarding|with)|called out|warned against|"
        r"attacked|attacks",
        many_objects=True,
    ),
    trigger(
        Pr.DELAYED,
        r"delayed|delays|postponed|postpones|pushed back|pushes back|put off|puts off|"
        r"held back|holds back|shelved|delay of|postponement of",
    ),
    trigger(
        Pr.INVESTED_IN,
        r"invest(?:s|ed|ing)?(?: [\w$€.,]+){0,5}? in|investment in|"
        r"(?:committed|commits|pledged|pledges|poured|pours|put|puts)(?: [\w$€.,]+){1,5}? (?:in|into|to)|"
        r"backed(?! by)|backs|funded(?! by)|funds|finances|financed(?! by)|took a stake in|takes a stake in|"
        r"stake in|"
        r"led (?:a|the)(?: [\w$€.-]+){0,4}? (?:round|investment) in",
        many_objects=True,
    ),
    trigger(
        Pr.INVESTED_IN,
        r"(?:backed|funded|financed) by|(?:investment|backing|funding) from|raised(?: [\w$€.,]+){0,6}? from",
        mode="passive",
    ),
    trigger(
        Pr.ACQUIRED,
        r"acquired|acquires|bought|buys|purchased|purchases|took over|takes over|"
        r"acquisition of|takeover of|snapped up",
    ),
    trigger(Pr.ACQUIRED, r"(?:acquired|bought|purchased|taken over) by", mode="passive"),
    trigger(
        Pr.PARTNERED_WITH,
        r"partnered with|partners with|partnering with|partnership with|alliance with|"
        r"signed (?:a|an)(?: [\w-]+){0,3}? (?:deal|agreement|partnership) with|"
        r"struck (?:a|an)(?: [\w-]+){0,3}? deal with|teamed with",
    ),
    trigger(Pr.PARTNERED_WITH, r"(?:partnership|alliance|deal|agreement) between", mode="between"),
    trigger(
        Pr.PARTNERED_WITH,
        r"partnered|announced a partnership|signed a deal|formed an alliance",
        mode="reciprocal",
    ),
]
