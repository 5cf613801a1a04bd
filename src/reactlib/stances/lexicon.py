"""The stance cues: which words announce which stance, and how to read their arguments.

This is reactlib's own lexicon, written for news reports of reactions. Each
:class:`Cue` is a short token pattern ("called on", "vowed complete support for",
"held a phone call with") with the stance type it signals and the *frame* that
says where its target and issue are found:

- ``object``: the target follows the cue ("condemned X", "accused X of ...");
- ``request``: "called on X to VP", "urged X to VP", "called for NP", "demanded that X VP";
- ``consult``: "met X", "talks with X", "X and Y discussed ...";
- ``concern``: the issue follows ("concerned about NP", "alarm at NP");
- ``mediate``: an offer or commitment to mediate or settle; no target;
- ``modal``: "X must / should VP" (a demand on X);
- ``from``: "drew condemnation from X, Y and Z" (the holders follow; the target is the subject);
- ``evaluate``: "called X 'an outrageous act'" (a condemnation when a damning word follows).

Verbs are listed by their base form; :func:`verb_forms` spells out the inflections,
so the table stays readable and the matcher needs no lemmatiser (the default
pipeline is ``spacy.blank("en")``).
"""

from __future__ import annotations

from typing import Iterable

from attrs import field, frozen

FRAMES = ("object", "request", "consult", "concern", "mediate", "modal", "from", "evaluate")

#: Irregular verb forms (base -> past forms) the cues use.
_IRREGULAR_PAST = {
    "meet": ("met",), "hold": ("held",), "speak": ("spoke", "spoken"), "stand": ("stood",),
    "give": ("gave", "given"), "lash": ("lashed",), "take": ("took", "taken"),
    "find": ("found",), "seek": ("sought",), "send": ("sent",), "throw": ("threw", "thrown"),
    "bear": ("bore", "borne"),
    "put": ("put",), "break": ("broke", "broken"), "pay": ("paid",), "plead": ("pleaded", "pled"), "cut": ("cut",), "fly": ("flew", "flown"), "freeze": ("froze", "frozen"),
}
#: Verbs that double their last consonant before -ed / -ing.
_DOUBLING = {"cut": "cutt", "ship": "shipp", "expel": "expell", "slap": "slapp", "slam": "slamm", "rebut": "rebutt", "commit": "committ", "regret": "regrett",
             "abet": "abett", "bar": "barr", "ban": "bann", "put": "putt", "confer": "conferr", "extol": "extoll",
             "snub": "snubb", "shrug": "shrugg"}


def verb_forms(base: str) -> frozenset[str]:
    """The base, third-person, past and -ing forms of an English verb (regular rules + exceptions)."""
    forms = {base}
    stem = _DOUBLING.get(base, base)
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", stem + "ed", stem + "ing"}
    if base in _IRREGULAR_PAST:
        forms -= {stem + "ed"}
        forms |= set(_IRREGULAR_PAST[base])
    # British spellings of -ize verbs
    if base.endswith("ize"):
        forms |= {f.replace("iz", "is") for f in list(forms)}
    return frozenset(forms)


def verbs(*bases: str) -> frozenset[str]:
    out: set[str] = set()
    for b in bases:
        out |= verb_forms(b)
    return frozenset(out)


def words(*items: str) -> frozenset[str]:
    return frozenset(items)


@frozen
class Slot:
    """One position of a cue pattern: any of ``words``; ``optional`` slots may be absent."""

    words: frozenset[str]
    optional: bool = False


@frozen
class Cue:
    """A stance cue: a token pattern, the stance type it signals and its frame."""

    name: str
    type: str
    frame: str
    slots: tuple[Slot, ...] = field(converter=tuple)
    #: the cue needs a target actor to count (e.g. "met" with no one named is not a stance)
    needs_target: bool = False

    @property
    def first_words(self) -> Iterable[str]:
        for slot in self.slots:
            yield from slot.words
            if not slot.optional:
                break


def S(*items: str | frozenset[str], optional: bool = False) -> Slot:
    ws: set[str] = set()
    for it in items:
        ws |= it if isinstance(it, frozenset) else {it}
    return Slot(frozenset(ws), optional)


def opt(*items: str | frozenset[str]) -> Slot:
    return S(*items, optional=True)


# -- word classes ----------------------------------------------------------------------

#: Verbs that turn a stance noun into a stance ("vowed support", "expressed concern").
LIGHT = verbs("vow", "pledge", "express", "voice", "reiterate", "reaffirm", "affirm", "offer",
              "declare", "extend", "show", "confirm", "announce", "repeat", "stress", "signal",
              "promise", "give", "lend", "underline", "emphasize", "renew", "register", "raise")
INTENSIFIERS = words("complete", "full", "strong", "strongest", "firm", "unwavering", "total",
                     "unconditional", "unequivocal", "steadfast", "continued", "its", "his", "her",
                     "their", "our", "deep", "deepest", "grave", "serious", "great", "growing",
                     "utmost", "strongly", "deeply", "gravely", "very", "extremely", "profound",
                     "unreserved", "wholehearted", "solid", "resolute", "a", "an",
                     # the warm words of condolence and thanks ("extended its sincere condolences")
                     "sincere", "sincerest", "heartfelt", "warm", "warmest", "fraternal", "brotherly")
#: Words that may stand between a verb and its particle: "called Thursday on", "demanded again that".
WHEN = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
             "yesterday", "again", "also", "repeatedly", "publicly", "jointly", "formally", "once",
             "tonight", "earlier", "later", "immediately", "on")
MEETING_ADJ = words("first", "second", "new", "fresh", "further", "direct", "bilateral", "private",
                    "emergency", "lengthy", "separate", "closed-door", "urgent", "face-to-face", "joint",
                    "high-level", "informal", "secret", "rare", "brief", "their", "its", "his", "her")
CONTACT = words("phone", "telephone", "video", "virtual", "online")
#: Verbs of weighing a punishment before what is weighed ("is considering sanctions", "drafted visa bans").
WEIGH_VERBS = verbs("consider", "weigh", "mull", "prepare", "draft", "study")
#: Words between the weighing and the punishment weighed ("new sanctions", "possible visa bans").
WEIGHED_ADJ = words("new", "further", "fresh", "tougher", "additional", "possible", "targeted")
#: The part of a day in a time adjunct ("on Thursday night", "late on Sunday", "this morning").
DAY_TIME = words("night", "morning", "evening", "afternoon", "late", "early", "this")
TALK_NOUNS = words("call", "conversation", "talks", "talk", "meeting", "discussion", "discussions",
                   "conference", "consultations", "conversations", "calls", "meetings")
ALL_PARTIES = words("sides", "parties", "belligerents", "factions", "countries", "nations",
                    "governments", "actors", "stakeholders", "combatants", "warring")
#: Adjectives of a reaction told from its receiver's side ("drew sharp criticism from X").
FROM_ADJ = words("sharp", "swift", "fierce", "harsh", "stern", "stinging", "scathing", "widespread", "international",
                 "immediate", "angry", "heavy", "rare", "public", "mounting", "broad", "warm", "unanimous")
#: The matter taken up with someone ("the detainees' case with X"): the end of "raise-with" and "take-up-with".
CASE_WITH = (opt("detainees'", "journalist's", "prisoners'"),
             S("case", "cases", "issue", "issues", "matter", "question"), S("with"))
#: Nouns of a charge ("the accusations", "a claim"): the base of every rule's list of them.
CHARGE_NOUNS = words("accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge",
                     "charges")

from .content_cues import content_cues  # noqa: E402  (imports nothing from here)
from .deeds import deed_cues  # noqa: E402  (imports nothing from here)
from .punitive_deeds import punitive_deed_cues  # noqa: E402  (imports nothing from here)

# -- the cues ---------------------------------------------------------------------------------

CUES: tuple[Cue, ...] = (
    # SUPPORT
    Cue("support-verb", "support", "object", [S(verbs("support", "endorse", "defend", "champion"))]),
    # "reaffirmed its commitment to X": only with someone named ("commitment to a settlement" is none)
    Cue("commitment-to", "support", "object",
        [S(LIGHT), opt(INTENSIFIERS), opt(INTENSIFIERS), S("commitment", "allegiance", "loyalty"), S("to")],
        needs_target=True),
    # "back" is also an adverb ("pull back", "hit back"): only with someone backed
    Cue("back", "support", "object", [S(verbs("back"))], needs_target=True),
    Cue("stand-with", "support", "object",
        [S(verbs("stand", "side")), opt("firmly", "squarely", "fully", "resolutely", "shoulder-to-shoulder"),
         opt("shoulder"), opt("to"), opt("shoulder"), S("by", "with", "behind")]),
    Cue("stand-on-side", "support", "object",
        [S(verbs("stand", "be") | {"is", "are", "was", "were"}), opt("firmly", "squarely", "fully", "clearly"),
         S("on")], needs_target=True),
    # "rallied behind X", "threw its weight behind X"
    Cue("rally-behind", "support", "object", [S(verbs("rally")), S("behind", "around", "to")], needs_target=True),
    Cue("throw-weight", "support", "object",
        [S(verbs("throw") | {"threw", "thrown"}), opt(INTENSIFIERS), opt(INTENSIFIERS), S("weight", "support", "backing"),
         S("behind")]),
    Cue("in-solidarity", "support", "object",
        [S(verbs("stand", "be") | {"is", "are", "was", "were", "remain", "remains", "remained"}), S("in"),
         opt(INTENSIFIERS), S("solidarity"), opt("with")]),
    Cue("support-noun", "support", "object",
        [S(LIGHT), opt(INTENSIFIERS), opt(INTENSIFIERS),
         S("support", "backing", "solidarity", "endorsement"), opt("for", "with", "to")]),
    Cue("praise", "praise", "object",
        [S(verbs("praise", "hail", "commend", "applaud", "laud", "congratulate", "salute", "thank", "extol",
                 "compliment") | {"cheered"})]),
    # "expressed gratitude to X", "voiced appreciation for X's help": thanks told as a noun
    Cue("gratitude", "praise", "object",
        [S(LIGHT | verbs("convey")), opt(INTENSIFIERS), opt(INTENSIFIERS),
         S("gratitude", "appreciation", "thanks", "praise", "admiration"), S("to", "for")], needs_target=True),
    # "expressed satisfaction with the accord": approval of what was done
    Cue("satisfaction", "welcome", "object",
        [S(LIGHT), opt(INTENSIFIERS), opt(INTENSIFIERS), S("satisfaction", "approval"), S("with", "at", "over", "of")]),
    Cue("tribute", "praise", "object", [S(verbs("pay")), opt("a", "warm", "glowing"), S("tribute", "homage"), S("to")]),
    # "sent a message of condolence to X", "conveyed a letter of support to X"
    Cue("message-of", "support", "object",
        [S(LIGHT | verbs("send", "convey", "address", "deliver")), opt("a", "an", "its", "his", "her", "their"),
         opt("personal", "warm", "heartfelt", "written", "video"), S("message", "messages", "letter", "note"),
         S("of"), S("condolence", "condolences", "sympathy", "support", "solidarity", "congratulations")],
        needs_target=True),
    # "our hearts go out to the people of Libya", "our thoughts and prayers are with X"
    Cue("hearts-go-out", "support", "object",
        [S("hearts", "heart", "thoughts", "prayers"), opt("and"), opt("prayers", "thoughts"),
         S("go", "goes", "went", "are", "is", "remain", "were"), opt("out"), S("to", "with")]),
    Cue("welcome", "welcome", "object", [S(verbs("welcome"))]),
    Cue("condolences", "support", "object",
        [S(LIGHT | verbs("send", "convey")), opt(INTENSIFIERS), opt(INTENSIFIERS),
         S("condolences", "sympathy", "sympathies"), opt("to", "with")], needs_target=True),
    Cue("recognize", "support", "object", [S(verbs("recognize"))], needs_target=True),
    # "fully respects the court's decision", "respects the democratic process": acceptance of a
    # decision, a result or a process (PLOVER SUPPORT); "respect human rights" is none
    Cue("respect-decision", "support", "object",
        [S(verbs("respect") | {"accept", "accepts", "accepted", "accepting"}), opt('"', "“", "”"),
         opt("the", "this", "that", "its", "their"), opt("court", "tribunal", "people", "voters", "democratic",
                                                          "electoral", "court's", "final"),
         opt("'s", "’s"), S("decision", "ruling", "verdict", "judgment", "judgement", "result", "results", "outcome",
                            "process", "will", "choice")]),
    # "respected Armenia's sovereign right to choose", "respects the right of Iceland to decide":
    # support of the owner (the finder checks what follows: stances/respected_rights.py)
    Cue("respect-right", "support", "object", [S("respects", "respected")], needs_target=True),
    # "remained committed to the defence of its allies": support, even when the ally is not named
    Cue("committed-defence", "support", "object",
        [S("committed", "commitment", "pledged", "dedicated"), S("to"), opt("the"),
         S("defence", "defense", "security", "protection", "sovereignty", "territorial"), opt("integrity"),
         opt("of")]),
    # ACCUSE
    Cue("accuse", "accuse", "object", [S(verbs("accuse", "blame"))]),
    Cue("criticize", "criticize", "object",
        [S(verbs("criticize", "slam", "rebuke", "chastise", "censure", "castigate", "fault", "lambast", "blast",
                 "berate", "assail", "excoriate", "chide", "reprimand", "admonish", "upbraid", "reproach", "scold",
                 "pillory", "vilify", "disparage", "deride", "ridicule"))]),
    # "issued a sharp rebuke to X", "delivered a reprimand to X": criticism told as a noun
    Cue("rebuke-noun", "criticize", "object",
        [S(LIGHT | verbs("issue", "deliver")), opt("a", "an", "its", "their", "his", "her"),
         opt("sharp", "stern", "strong", "rare", "public", "blunt", "stinging", "scathing", "pointed"),
         S("rebuke", "reprimand", "reproach"), S("to", "of")], needs_target=True),
    # "took aim at X", "railed against X", "rounded on X": criticism in idiom
    Cue("take-aim", "criticize", "object", [S(verbs("take")), S("aim"), S("at")], needs_target=True),
    Cue("rail-against", "criticize", "object", [S(verbs("rail", "inveigh")), S("against", "at")], needs_target=True),
    Cue("round-on", "criticize", "object", [S(verbs("round", "turn")), S("on", "upon")], needs_target=True),
    # "questioned the credibility of the vote", "cast doubt on the results announced by X"
    Cue("question", "criticize", "object", [S(verbs("question") - {"question"})], needs_target=True),
    Cue("cast-doubt", "criticize", "object",
        [S(verbs("cast", "raise", "express", "voice") | {"threw"}), opt(INTENSIFIERS), opt(INTENSIFIERS),
         S("doubt", "doubts"), S("on", "about", "over")], needs_target=True),
    # "expressed its disappointment at X's decision", "voiced outrage over X's move"
    Cue("displeasure", "criticize", "object",
        [S(LIGHT), opt(INTENSIFIERS), opt(INTENSIFIERS),
         S("disappointment", "displeasure", "dissatisfaction", "frustration"), opt("at", "with", "over")],
        needs_target=True),
    Cue("outrage", "condemn", "object",
        [S(LIGHT), opt(INTENSIFIERS), opt(INTENSIFIERS), S("outrage", "indignation", "anger", "revulsion"),
         opt("at", "over", "with")]),
    # "pointed the finger at X": blame
    Cue("point-finger", "accuse", "object", [S(verbs("point")), opt("the", "a"), S("finger"), S("at")]),
    # "X and Y traded accusations": each accuses the other
    Cue("trade-accusations", "accuse", "object",
        [S(verbs("trade", "exchange")), opt("fresh", "new", "angry", "bitter", "mutual"),
         S("accusations", "blame", "charges", "recriminations")]),
    # "took issue with X's decision", "cried foul over the vote": objection in idiom
    Cue("take-issue", "criticize", "object", [S(verbs("take")), S("issue", "exception"), S("with", "to")]),
    Cue("cry-foul", "accuse", "object", [S(verbs("cry")), S("foul")]),
    Cue("lash-out", "criticize", "object", [S(verbs("lash")), S("out"), S("at", "against")]),
    # "said he disagreed with the ruling", "strongly disagrees with Washington's approach"
    Cue("disagree", "criticize", "object", [S(verbs("disagree")), opt(INTENSIFIERS), S("with")]),
    # "hit back at X", "fired back at X": a retort
    Cue("hit-back", "criticize", "object",
        [S(verbs("hit", "strike", "fire", "shoot") | {"struck", "shot"}), S("back", "out"), S("at", "against")]),
    Cue("complain", "criticize", "object", [S(verbs("complain", "protest")), opt(WHEN), opt("against")]),
    # "protested to Pakistan over the shelling": the protest is addressed to the one blamed
    Cue("protest-to", "criticize", "object", [S(verbs("protest")), opt(WHEN), S("to")], needs_target=True),
    Cue("lodge-protest", "criticize", "object",
        [S(verbs("lodge", "file", "register", "issue")), opt("a", "an"),
         opt("official", "formal", "strong", "diplomatic", "stern", "strongly-worded"),
         opt("official", "formal", "strong", "diplomatic", "stern"),
         S("protest", "complaint"), opt("with", "to", "against")]),
    # "summoned the Afghan charge d'affaires": a protest aimed at the envoy's country
    Cue("summon", "criticize", "object", [S(verbs("summon"))], needs_target=True),
    # "called in the Iranian ambassador": a summons (read as one: the finder wants an envoy word)
    Cue("summon", "criticize", "object", [S(verbs("call")), S("in")], needs_target=True),
    # "suspended talks with X", "broke off negotiations with X", "pulled out of the talks with X":
    # relations cut back (CAMEO 16, halt negotiations), read like severed ties
    Cue("halt-talks", "criticize", "object",
        [S(verbs("suspend", "halt", "freeze", "abandon", "cancel") | {"broke", "broken", "breaking", "called",
                                                                    "pulled", "walked", "calling", "pulling"}),
         opt("off", "out"), opt("of"), opt("the", "all", "its", "their"), opt("peace", "trade", "bilateral", "direct"),
         S("talks", "negotiations", "dialogue", "contacts"), opt("with")], needs_target=True),
    Cue("condemn", "condemn", "object",
        [S(verbs("condemn", "denounce", "deplore", "decry"))]),
    # "drawing swift condemnation from X, Y and Z": the holders follow, the target is the subject
    Cue("condemnation-from", "condemn", "from",
        [opt(INTENSIFIERS), opt(FROM_ADJ), S("condemnation", "condemnations", "criticism", "rebukes", "protests"),
         S("from")]),
    # "drew a sharp rebuke from Jordan", "faced a backlash from X" ("came under fire from" is as often gunfire)
    Cue("rebuke-from", "criticize", "from",
        [opt(INTENSIFIERS), opt(FROM_ADJ), S("rebuke", "reprimand", "censure", "flak", "backlash",
                                               "criticisms", "complaints", "objections"), S("from")]),
    # "drew praise from X", "won the backing of X" told the other way round: X praises the subject
    Cue("praise-from", "praise", "from",
        [opt(INTENSIFIERS), S("praise", "plaudits", "acclaim", "congratulations"), S("from")]),
    Cue("support-from", "support", "from",
        [opt(INTENSIFIERS), opt(INTENSIFIERS), S("support", "backing"), S("from")]),
    # "called the launch 'an outrageous act'": a condemnation when a damning word follows
    Cue("call-it", "condemn", "evaluate",
        [S(verbs("call", "brand", "label", "describe", "term", "declare", "designate") | {"labelled", "labelling"})]),
    Cue("condemn-noun", "condemn", "object",
        [S(LIGHT | verbs("issue")), opt(INTENSIFIERS), S("condemnation", "criticism"), opt("of")]),
    # PUNITIVE ACTS, the strongest disapproval a government shows (CAMEO 16x): "imposed sanctions
    # on X", "expelled X's diplomats", "recalled its ambassador from X", "severed ties with X".
    # Read as criticism of X, like a summons; a punishment only announced ("would impose",
    # "threatened to expel") stays a threat, and the finder checks the object. A bloc's
    # suspension of a member ("suspended X from all its activities") is read by .suspensions.
    Cue("impose-sanctions", "criticize", "object",
        [S(verbs("impose", "slap", "level", "adopt", "announce", "approve", "tighten", "extend", "expand")),
         opt("new", "fresh", "further", "tough", "tougher", "targeted", "additional", "sweeping", "economic",
             "financial", "wide-ranging", "its", "an", "a"),
         opt("new", "fresh", "further", "targeted", "additional", "economic", "financial", "arms", "trade",
             "travel", "oil"),
         S("sanctions", "embargo", "penalties"), opt("on", "against")], needs_target=True),
    Cue("expel-envoy", "criticize", "object", [S(verbs("expel"))], needs_target=True),
    # "banned imports from X", "closed its airspace to X": an embargo in all but name (flights and
    # borders closed are as often a security measure, no stance)
    Cue("ban-imports", "criticize", "object",
        [S(verbs("ban", "bar", "halt", "suspend", "block")), opt("all"),
         opt("seafood", "food", "oil", "gas", "grain", "fish", "meat", "agricultural", "steel"),
         S("imports", "exports", "shipments"), S("from", "to")], needs_target=True),
    Cue("close-to", "criticize", "object",
        [S(verbs("close", "shut")), opt("down"), S("its", "their", "the"), S("airspace", "ports"),
         S("to")], needs_target=True),
    # "ordered the French ambassador to leave the country": an expulsion (the finder checks)
    Cue("order-envoy-out", "criticize", "object", [S(verbs("order"))], needs_target=True),
    # "froze the assets of X": a sanction in all but name
    Cue("freeze-assets", "criticize", "object",
        [S(verbs("freeze")), opt("the", "all"), opt("bank", "foreign", "financial", "overseas"),
         S("assets", "accounts", "funds", "holdings"), opt("of", "belonging")]),
    Cue("recall-envoy", "criticize", "object",
        [S(verbs("recall", "withdraw") | {"withdrew", "withdrawn"}), opt("its", "their", "his", "her", "the"),
         opt("top"), S("ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat"),
         S("from", "to", "in")], needs_target=True),
    Cue("sever-ties", "criticize", "object",
        [S(verbs("sever", "cut", "break", "downgrade", "suspend", "freeze")), opt("off"),
         opt("all", "its", "their", "diplomatic", "economic", "trade", "military"),
         opt("diplomatic", "economic", "trade", "military"), S("ties", "relations"), opt("with")],
        needs_target=True),
    # AID SENT: "sent rescue teams to X", "dispatched relief supplies to X" (the finder wants a
    # word of help before the one helped)
    Cue("send-aid", "support", "object",
        [S(verbs("send", "dispatch", "deliver", "airlift", "fly", "ship", "rush", "deploy")), opt("in")],
        needs_target=True),  # "flew in three planeloads of tents": the particle before the gift
    # REJECT
    # "would not accept the verdict", "cannot accept X's claims": a refusal announced
    # (the cue begins at the negator, a word the scan visits anyway)
    Cue("not-accept", "reject", "object", [S("not", "n't", "never"), S(verbs("accept"))]),
    Cue("cannot-accept", "reject", "object", [S("cannot", "never"), S(verbs("accept"))]),
    # "would not negotiate with terrorists", "will never negotiate with X": a refusal of talks
    Cue("not-negotiate", "reject", "object", [S("not", "n't", "never"), S(verbs("negotiate"))]),
    Cue("reject", "reject", "object",
        [S(verbs("reject", "dismiss", "rebuff", "repudiate", "rebut", "deny", "oppose", "veto", "spurn", "snub",
                 "disavow"))]),
    # "voiced its rejection of the plan", "expressed opposition to X's decision"
    Cue("reject-noun", "reject", "object",
        [S(LIGHT), opt(INTENSIFIERS), opt(INTENSIFIERS), S("rejection", "opposition", "objection", "objections"),
         S("to", "of")]),
    Cue("refuse", "reject", "object", [S(verbs("refuse", "decline")), opt(WHEN), S("to")]),
    # "objected to the survey ship", "turned down the offer from X" ("object" and "turn" alone are no cue)
    Cue("object-to", "reject", "object", [S("objected", "objecting"), opt(WHEN), S("to")]),
    Cue("turn-down", "reject", "object", [S(verbs("turn")), S("down")]),
    Cue("rule-out", "reject", "object", [S(verbs("rule")), S("out")]),
    Cue("brush-aside", "reject", "object", [S(verbs("brush")), S("aside", "off")]),
    # "shrugged off the charges", "waved away X's complaints" (someone or a charge named)
    Cue("shrug-off", "reject", "object", [S(verbs("shrug", "wave")), S("off", "away", "aside")], needs_target=True),
    # THREATEN
    Cue("threaten", "threaten", "object", [S(verbs("threaten", "warn"))]),
    # "cautioned Pakistan against any misadventure" (the noun "caution" is no cue)
    Cue("caution", "threaten", "object", [S(verbs("caution") - {"caution"})], needs_target=True),
    # "issued a stern warning to X": a warning given, with the one warned named
    Cue("issue-warning", "threaten", "object",
        [S(LIGHT | verbs("issue", "send", "deliver")), opt("a", "an", "its", "their", "his", "her"),
         opt("stern", "strong", "fresh", "final", "new", "blunt", "clear", "direct"),
         opt("stern", "strong", "fresh", "final", "new", "blunt", "clear", "direct"),
         S("warning", "warnings"), S("to")], needs_target=True),
    # "issued an ultimatum to X to halt ...": a threat aimed at X
    Cue("ultimatum", "threaten", "object",
        [S(LIGHT | verbs("issue", "give", "send", "deliver", "set")), opt("a", "an", "its", "the"),
         opt("final", "stern", "new", "fresh", "formal"), S("ultimatum", "ultimatums")],
        needs_target=True),
    # "said it would withdraw its troops from X unless ...": a conditional sanction is a threat;
    # "would close the crossing on its border with X if ..." too (with no condition, a plan)
    Cue("conditional-act", "threaten", "object",
        [S("will", "would", "could", "may", "might"), opt("then", "also", "soon"),
         S(verbs("withdraw", "boycott", "impose", "cut", "halt", "suspend", "expel", "sever", "blockade",
                 "retaliate", "shell", "punish", "reimpose", "freeze", "respond",
                 # "would close its border with X if ...": a border shut as a punishment
                 "close", "shut", "seal"))]),
    # "the Kyrgyz side bears full responsibility for the bloodshed": the subject is blamed
    Cue("bear-responsibility", "accuse", "object",
        [S(verbs("bear")), opt("full", "sole", "the", "entire", "total", "direct", "primary", "all"),
         opt("full", "sole", "entire", "total", "direct", "primary"), S("responsibility")]),
    # "held Tehran fully responsible for ...": the one held to account is blamed
    Cue("hold-responsible", "accuse", "object", [S(verbs("hold"))], needs_target=True),
    # "would step up pressure on Moscow", "vowed to increase economic pressure on X"
    Cue("pressure-on", "threaten", "object",
        [S(verbs("increase", "step", "ramp", "ratchet", "intensify", "pile", "heap", "tighten", "raise")), opt("up"),
         opt("the", "its", "their"), opt("economic", "diplomatic", "international", "military", "financial"),
         S("pressure"), S("on")], needs_target=True),
    # "vowed revenge against X", "promised swift retaliation"
    Cue("vow-revenge", "threaten", "object",
        [S(verbs("vow", "promise", "pledge", "threaten")), opt("swift", "harsh", "severe", "tough", "decisive", "a"),
         S("revenge", "retaliation", "reprisals", "retribution"), opt("against", "on")]),
    # "vowed a harsh response to the strike", "threatened a crushing answer"
    # "promised 'a tough response'": a quote mark may open the response
    Cue("vow-response", "threaten", "object",
        [S(verbs("vow", "threaten", "promise")), opt('"', "“"), opt("a", "an", "its"),
         S("harsh", "strong", "firm", "crushing", "fitting", "forceful", "decisive", "swift", "severe", "resolute",
           "befitting", "appropriate", "proportionate", "military", "tough", "robust"),
         S("response", "answer", "reaction", "reply"), opt("to", "against")]),
    # "is considering sanctions against X", "drew up new sanctions": punishment in preparation
    Cue("weigh-sanctions", "threaten", "object",
        [S(WEIGH_VERBS | {"drew", "drawing"}), opt("up"), opt(WEIGHED_ADJ),
         S("sanctions", "penalties", "punitive")]),
    # "would review visa restrictions on X's officials", "is weighing visa bans for X's leaders": a
    # punishment of people prepared (a visa word first: travel curbs for a disease are none)
    Cue("weigh-visa-bans", "threaten", "object",
        [S(WEIGH_VERBS | verbs("review")), opt(WEIGHED_ADJ), S("visa"),
         S("restrictions", "bans", "ban", "curbs")], needs_target=True),
    # "would consider barring X's airlines from its airspace": a punitive act weighed
    Cue("weigh-barring", "threaten", "object",
        [S(verbs("consider", "weigh", "mull", "study")), S("barring", "banning", "expelling", "sanctioning",
                                                            "blacklisting")], needs_target=True),
    Cue("vow-retaliate", "threaten", "object",
        [S(verbs("vow", "promise", "pledge")), S("to"), S("retaliate", "respond", "avenge", "punish")]),
    # REQUEST
    Cue("call-on", "appeal", "request", [S(verbs("call")), opt(WHEN), opt(WHEN), S("on", "upon")]),
    Cue("call-for", "appeal", "request", [S(verbs("call")), opt(WHEN), opt(WHEN), S("for")]),
    Cue("urge", "appeal", "request", [S(verbs("urge", "implore", "exhort"))]),
    # "pressed for the release", "pushed for talks"; "pressed Moscow to ..." (someone pressed)
    # the base forms are nouns as often ("the last big push for a deal", "told the press")
    Cue("press-for", "appeal", "request",
        [S(verbs("press", "push", "lobby") - {"press", "push", "lobby"}), opt(WHEN), S("for")]),
    Cue("press", "appeal", "request", [S(verbs("press") - {"press"})], needs_target=True),
    Cue("ask", "appeal", "request", [S(verbs("encourage", "ask", "invite", "request", "beseech", "entreat"))],
        needs_target=True),
    # "asked for calm", "requested for restraint": an ask with no one named
    Cue("ask-for", "appeal", "request", [S("asked", "asks"), opt(WHEN), S("for")]),
    # "sought the release of", "is seeking assurances from X": an ask told by what is sought
    Cue("seek", "appeal", "request",
        [S(verbs("seek") - {"seek"}), opt("the", "an", "a", "urgent", "immediate", "further", "written", "firm"),
         opt("immediate", "urgent", "unconditional", "safe", "full", "formal", "official", "public"),
         S("release", "assurances", "assurance", "explanation", "explanations", "clarification", "apology",
           "extradition", "guarantees", "answers", "restraint", "calm", "access", "return", "withdrawal")]),
    # "Norway wants Sudan to open the corridors": a demand on the one named
    Cue("want-to", "demand", "request", [S("wants", "wanted")], needs_target=True),
    # "pleaded with X to ...", "pleaded for calm"
    Cue("plead", "appeal", "request", [S(verbs("plead") | {"pled"}), opt(WHEN), S("with", "for")]),
    Cue("appeal", "appeal", "request", [S(verbs("appeal")), S("to", "for")]),
    Cue("call-noun", "appeal", "request",
        [S(LIGHT | verbs("issue", "make", "launch", "echo", "join", "second")), opt("the"), opt(INTENSIFIERS),
         S("call", "calls", "appeal", "plea", "appeals"),
         S("for", "to", "on")]),
    # "we hope that all sides will ...", "we hope the two sides will ...": the ask follows
    # "reiterated its demand that Israel ease ...", "renewed their demands for ..."
    Cue("demand-noun", "demand", "request",
        [S(LIGHT | verbs("issue", "make", "press")), opt(INTENSIFIERS), opt(INTENSIFIERS),
         S("demand", "demands", "insistence"), opt(WHEN), S("that", "for", "to")]),
    # "stressed the need for an immediate ceasefire": an appeal for it
    Cue("need-for", "appeal", "request",
        [S(verbs("stress", "underline", "underscore", "emphasize", "highlight", "reiterate", "insist")),
         opt("on"), opt("the"), opt("urgent", "pressing", "immediate", "critical"),
         S("need", "importance", "necessity"), S("for", "of", "to")]),
    Cue("hope", "appeal", "request", [S(verbs("hope")), opt(WHEN), S("that", "for", "the", "both", "all")]),
    Cue("demand", "demand", "request",
        [S(verbs("demand", "insist", "require")), opt(WHEN), opt(WHEN), opt("on", "that")]),
    Cue("modal", "demand", "modal",
        [S("must", "should"), opt("immediately", "now", "urgently", "not", "also", "therefore")]),
    Cue("modal-have", "demand", "modal", [S("has", "have", "needs", "need"), S("to")]),
    # CONSULT
    Cue("meet", "consult", "consult", [S(verbs("meet", "host", "visit", "receive", "consult")), opt("with")],
        needs_target=True),
    # "told Weber by phone that ...": a call with the one told
    Cue("by-phone", "consult", "consult", [S("by", "over"), opt("the"), S("phone", "telephone")],
        needs_target=True),
    Cue("hold-talks", "consult", "consult",
        [S(verbs("hold", "have", "conduct", "renew", "resume", "open", "begin", "start")), opt("a", "an", "the"),
         opt(MEETING_ADJ), opt(MEETING_ADJ), opt(CONTACT), S(TALK_NOUNS | {"negotiations"})]),
    Cue("contact-noun", "consult", "consult", [S(CONTACT), S(TALK_NOUNS)]),
    # "received a phone call from his Tunisian counterpart": a call, the caller its other party
    Cue("call-from", "consult", "consult",
        [S(verbs("receive", "take") | {"took", "taken"}), opt("a", "an"), opt(CONTACT), S("call", "calls"), S("from")],
        needs_target=True),
    Cue("talks-with", "consult", "consult", [S("talks", "meeting", "call", "conversation"), S("with")],
        needs_target=True),
    # "spoke by telephone on Thursday night with X", "spoke late on Sunday with X": a time adjunct
    # may stand before the partner
    Cue("speak-with", "consult", "consult",
        [S(verbs("speak", "confer") | {"talked", "talking"}), opt("by", "on", "over"), opt("the"), opt(CONTACT),
         opt(DAY_TIME), opt(WHEN), opt(WHEN), opt(DAY_TIME), S("with", "to")], needs_target=True),
    # the bare noun "phone" ("by phone") is no cue; the verb's inflected forms are
    Cue("phone", "consult", "consult", [S(verbs("phone", "telephone") - {"phone", "telephone"})],
        needs_target=True),
    Cue("in-contact", "consult", "consult",
        [S("in"), opt("close", "constant", "regular", "direct", "permanent", "continuous"),
         S("contact", "touch", "talks"), S("with")], needs_target=True),
    # "reached out to New Zealand after the quake"
    Cue("reach-out", "consult", "consult", [S(verbs("reach")), S("out"), S("to")], needs_target=True),
    Cue("discuss", "consult", "consult", [S(verbs("discuss"))], needs_target=True),
    # "raised the case with the foreign minister", "took up the matter with X": a consultation
    Cue("raise-with", "consult", "consult",
        [S(verbs("raise")), opt("up"), opt("the", "this", "that", "his", "her", "its", "their"),
         *CASE_WITH], needs_target=True),
    # "took up the matter with X" needs the determiner: "took issue with X" is criticism (take-issue)
    Cue("take-up-with", "consult", "consult",
        [S(verbs("take") | {"took", "taken"}), opt("up"), S("the", "this", "that", "his", "her", "its", "their"),
         *CASE_WITH], needs_target=True),
    # CONCERN
    Cue("concern-adj", "concern", "concern",
        [S("concerned", "alarmed", "worried", "troubled", "dismayed", "disturbed", "saddened", "appalled",
           "shocked", "horrified", "perturbed")]),
    Cue("concern-noun", "concern", "concern",
        [S(LIGHT | verbs("voice", "sound", "convey", "relay")), opt(INTENSIFIERS), opt(INTENSIFIERS),
         S("concern", "concerns", "alarm", "worry", "worries", "dismay", "regret", "disquiet", "anxiety",
           "unease", "consternation", "fear", "fears", "apprehension", "misgivings")]),
    Cue("regret", "concern", "concern", [S(verbs("regret", "lament"))]),
    # "Belgium fears a wider war", "fears that the truce will collapse" ("fears" alone is a noun;
    # "residents feared ..." tells of a mood in the narrative, no reaction voiced)
    Cue("fear", "concern", "concern",
        [S("fears"), S("that", "a", "an", "the", "further", "more", "renewed", "possible", "another")]),
    Cue("with-concern", "concern", "concern",
        [S("with"), opt(INTENSIFIERS), opt(INTENSIFIERS), S("concern", "alarm", "dismay", "regret", "worry")]),
    # MEDIATE
    Cue("offer-mediate", "mediate", "mediate",
        [S(verbs("offer", "propose", "volunteer")), opt(WHEN), opt(WHEN), S("to"),
         S("mediate", "broker", "facilitate", "host", "convene")]),
    Cue("ready-mediate", "mediate", "mediate",
        [S("ready", "willing", "prepared"), S("to"), S("mediate", "broker", "facilitate", "host", "convene")]),
    # "expressed its readiness to mediate": the same offer told as a noun
    Cue("readiness-mediate", "mediate", "mediate",
        [S("readiness", "willingness"), S("to"), S("mediate", "broker", "facilitate")]),
    Cue("offer-mediation", "mediate", "mediate",
        [S(verbs("offer", "propose")), opt(INTENSIFIERS), S("mediation", "offices")]),
    # "hosted talks between X and Y", "brokered a truce between the factions": mediation done
    Cue("host-talks-between", "mediate", "mediate",
        [S(verbs("host", "convene", "broker", "facilitate", "sponsor") - {"host", "convene", "broker", "facilitate",
                                                                            "sponsor"}), opt("a", "an", "the", "new", "fresh"),
         opt("peace", "direct", "indirect", "new", "fresh", "ceasefire"),
         S("talks", "negotiations", "meeting", "dialogue", "truce", "ceasefire", "deal", "agreement", "accord"),
         S("between")]),
    Cue("broker-truce", "mediate", "mediate",
        [S(verbs("broker") - {"broker"}), opt("a", "an", "the"), opt("fragile", "new", "temporary", "lasting", "peace"),
         S("truce", "ceasefire", "deal", "agreement", "accord", "settlement")]),
    # "has been mediating between Israel and Hamas", "mediated in the dispute"
    Cue("mediating", "mediate", "mediate",
        [S("mediating", "mediated", "mediates"), opt(WHEN), S("between", "in", "talks", "a", "the")]),
    Cue("good-offices", "mediate", "mediate", [S("good"), S("offices")]),
    # "invited all parties to Paris for talks", "invited both sides to Doha": a host convening
    # the parties of a dispute is mediating
    Cue("invite-parties", "mediate", "mediate",
        [S(verbs("invite")), opt("all", "both", "the"), opt("the", "two", "warring", "rival", "opposing", "political"),
         S(ALL_PARTIES | {"parties"}), S("to")]),
    # "has sent a special envoy to both capitals", "dispatched a mediator to Khartoum", "would send a
    # delegation led by X to Bangui": mediation
    Cue("send-envoy", "mediate", "mediate",
        [S(verbs("send", "dispatch", "appoint")), opt("a", "an", "its", "his", "her", "their", "two"),
         opt("special", "senior", "personal", "peace", "high-level"), S("envoy", "envoys", "mediator", "mediators",
                                                                           "emissary", "emissaries",
                                                                           "delegation")]),
    # "Nairobi would host the secretariat that will monitor the ceasefire", "it would deploy
    # observers to oversee the truce": a commitment to see a settlement through
    Cue("pledge-monitor", "mediate", "mediate",
        [S("will", "would", "shall"), opt("also", "soon"), S("host", "deploy", "send", "convene"),
         opt("a", "an", "the", "its", "new", "further"), opt("joint", "international", "regional", "ceasefire", "peace"),
         S("secretariat", "observers", "monitors", "talks", "round", "mission")]),
    # OFFERS OF HELP: "offered to help secure the release", "stands ready to assist X",
    # "offered its expertise to X". The finder reads them as mediation when what is offered
    # is about settling, talks or a release, and as support of whoever is helped otherwise.
    Cue("offer-help", "support", "object",
        [S(verbs("offer", "volunteer", "pledge", "promise")), opt(WHEN), S("to"),
         S("help", "assist", "aid", "share", "provide", "lend", "send", "deliver", "dispatch", "contribute")]),
    # "pledged to pay the salaries of X's soldiers", "promised to fund X's reconstruction": paying
    # for what a named beneficiary needs is aid to it; with no one named ("pledged to pay its
    # debts", "to cover the costs of the summit") it is no stance
    Cue("pledge-fund", "support", "object",
        [S(verbs("offer", "pledge", "promise", "vow")), opt(WHEN), S("to"),
         S("pay", "fund", "finance", "rebuild", "reconstruct", "bankroll", "underwrite")], needs_target=True),
    Cue("ready-help", "support", "object",
        [S("ready", "willing", "prepared"), S("to"),
         S("help", "assist", "aid", "share", "provide", "lend", "send", "deliver", "dispatch", "contribute")]),
    Cue("offer-aid", "support", "object",
        [S(verbs("offer", "pledge", "extend", "promise")), opt(INTENSIFIERS), opt(INTENSIFIERS),
         opt("humanitarian", "military", "financial", "technical", "economic", "medical", "emergency",
             "logistical", "practical", "naval", "maritime", "security", "police", "consular", "legal",
             "forensic", "rescue", "search"),
         opt("and"), opt("rescue", "recovery", "relief"),
         S("assistance", "aid", "help", "expertise")]),
    # "offered a team of 60 firefighters", "sent a unit of army engineers": a body of helpers
    # offered; the finder keeps it only when relief words name who is in it (offered_help.py)
    Cue("offer-team", "support", "object",
        [S(verbs("offer", "pledge", "promise")), S("a", "an"), opt("small", "large", "specialist", "rescue"),
         S("team", "unit", "contingent", "detachment"), S("of")]),
    # "pledged $50 million in humanitarian aid to X": the finder wants an aid word before X
    Cue("pledge-aid", "support", "object",
        [S(verbs("pledge", "promise", "approve", "announce", "allocate", "provide", "donate", "earmark", "commit",
                 "grant", "unveil"))], needs_target=True),
    # THREATS IN A SPEAKER'S WORDS: "X will pay a heavy price", "we will not allow X to ...",
    # "do not underestimate our resolve"
    Cue("pay-price", "threaten", "object",
        [S("will", "would", "shall"), S("pay"), opt("a", "the"),
         opt("heavy", "high", "steep", "dear", "terrible", "huge", "severe", "very"),
         opt("heavy", "high", "steep", "dear", "terrible", "huge", "severe"), S("price", "dearly")]),
    # "if Iran moves towards a weapon, it will face consequences it cannot imagine": a threat to
    # the subject (the finder wants one named: "we will face consequences" is none)
    Cue("face-consequences", "threaten", "object",
        [S("will", "would", "shall"), S("face"), opt("the", "serious", "severe", "grave", "dire", "harsh", "real"),
         S("consequences", "repercussions", "retaliation", "retribution")]),
    # "the Kremlin will be held to account": a threat to the subject (the finder wants one named)
    Cue("held-to-account", "threaten", "object",
        [S("will", "would", "shall"), S("be"), S("held"), opt("to", "fully", "directly"),
         S("account", "accountable", "responsible")]),
    # "would not stand idly by": a warning that the speaker will act
    Cue("not-idle", "threaten", "object",
        [S("not", "n't", "never"), S(verbs("stand", "sit") | {"sat"}), S("idly", "idle"), opt("by")]),
    Cue("not-allow", "threaten", "object",
        [S("will", "would", "shall"), S("not", "never"), S("allow", "tolerate", "permit", "let")]),
    Cue("not-underestimate", "threaten", "object",
        [opt("should", "must", "do", "does", "will", "would"), S("not", "n't", "never"),
         S("underestimate", "test")]),
    # "no one should underestimate our resolve": the warning names its own (universal) subject
    Cue("none-underestimate", "threaten", "object",
        [S("no", "nobody"), opt("one", "country", "nation", "force"),
         opt("should", "must", "can", "will", "would", "dare"), S("underestimate", "test")]),
    # "would not leave it unanswered", "reserves the right to respond"; "this crime will not go
    # unpunished" is a pledge of justice, no threat
    Cue("not-unanswered", "threaten", "object",
        [S("will", "would", "shall", "wo"), S("not", "n't"), S("leave", "go", "remain"), opt("it", "this", "that"),
         S("unanswered")]),
    Cue("reserve-right", "threaten", "object",
        [S(verbs("reserve")), S("the", "its", "their", "our"), opt("full", "legitimate", "sovereign"), S("right"), S("to"),
         S("respond", "retaliate", "defend", "react", "take")]),
    # "sanctions are on the table", "all options remain on the table": a threat when what is
    # on the table is punitive (the finder checks)
    Cue("on-the-table", "threaten", "object",
        [opt("is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "be"),
         S("on"), S("the"), S("table")]),
    # "put the army on the highest level of alert", "placed its troops on full combat alert": a
    # show of force (PLOVER threaten); a passive ("hospitals were placed on alert") has no holder
    Cue("military-alert", "threaten", "object",
        [S(verbs("put", "place")), opt("its", "the", "their", "his", "her", "all", "our"), opt("armed"),
         S("army", "troops", "forces", "military", "units", "air", "navy", "soldiers"), opt("force", "defences"),
         S("on"), opt("the", "a"), opt("highest", "high", "full", "maximum", "heightened", "top", "combat", "war"),
         opt("combat", "level", "state"), opt("of"), S("alert", "readiness")]),
    # "would do whatever is necessary to prevent Iran from …", "will take all necessary measures
    # to stop X": force announced against whoever is to be stopped (the finder wants one named)
    Cue("whatever-necessary", "threaten", "object",
        [S("do", "take"), S("whatever", "all", "everything"), opt("is", "it", "that"), opt("takes"),
         S("necessary", "needed", "required"), opt("measures", "steps", "action"), S("to"),
         S("prevent", "stop", "deter", "counter")], needs_target=True),
    Cue("commitment-settle", "mediate", "mediate",
        [S("commitment", "committed"), S("to"),
         S(verbs("reach", "find", "achieve", "seek", "secure", "broker", "facilitate"))]),
)
# support worded as ties the speaker values or cooperation it keeps up (its own module)
CUES = CUES + content_cues(Cue, S, opt, verbs)
# stances shown by deeds: aid cut or reviewed, sanctions prepared, asylum (its own module)
CUES = CUES + deed_cues(Cue, S, opt, verbs) + punitive_deed_cues(Cue, S, opt, verbs)


def cue_index(cues: Iterable[Cue] = CUES) -> dict[str, list[Cue]]:
    """Cues by each word that can begin them, for a linear scan of the tokens."""
    index: dict[str, list[Cue]] = {}
    for cue in cues:
        for w in set(cue.first_words):
            index.setdefault(w, []).append(cue)
    return index
