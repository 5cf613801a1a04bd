"""The tense of the clause around a time expression, without a parser.

"said on Sunday" means the Sunday just gone, "will meet on Monday" the coming
Monday. The nearest verb cue in the same sentence decides: future modals and
"plans to"-style phrases say future; past forms (-ed, irregular past, "was")
say past; a progressive ("is meeting Monday") says future. A past form right
after a future modal ("will be held") belongs to the modal's verb group.
"""

from __future__ import annotations

from .lexicon import MONTHS, WEEKDAYS
from .tokens import Tokens

PAST, FUTURE, PRESENT = "past", "future", "present"
#: A cue that says future only for a time adverbial of the infinitive, not for a weekday
#: that names a noun ("urged them to investigate Saturday's election").
INFINITIVE = "infinitive"

FUTURE_WORDS = frozenset({"will", "shall", "would", "ll", "upcoming", "tomorrow", "later"})
FUTURE_BEFORE_TO = frozenset({
    "plans", "plan", "planned", "going", "set", "expected", "scheduled", "due", "intends",
    "hopes", "aims", "wants", "is", "are", "agreed", "promised", "vowed", "pledged",
})
PLANNED = frozenset({"planned", "scheduled", "set", "slated", "due", "called", "expected", "pencilled", "penciled"})
IRREGULAR_PAST = frozenset({
    "said", "told", "was", "were", "had", "did", "met", "held", "made", "took", "gave", "went",
    "came", "saw", "began", "broke", "fought", "spoke", "wrote", "sent", "left", "led", "won",
    "lost", "struck", "fled", "rose", "fell", "became", "brought", "bought", "thought", "felt",
    "kept", "ran", "stood", "found", "got", "paid", "sought", "shot", "flew", "drew", "threw",
    "knew", "grew", "chose", "hung", "slid", "swept", "woke", "wore", "tore", "ate", "sank",
    "overtook", "undertook", "withdrew", "upheld", "meant", "heard", "dealt", "built", "spent",
    "ago", "yesterday", "earlier", "last", "lit", "shook", "swore", "rang", "blew", "bled", "sold", "taught",
    "caught", "drove", "rode", "froze", "hid", "dug", "fed", "forgot", "stole", "understood", "sat", "laid",
})
NOT_PAST_ED = frozenset({"need", "needed", "speed", "red", "bed", "feed", "seed", "shed", "breed", "proceed",
                         "succeed", "exceed", "indeed", "embed", "hundred", "sacred", "naked", "wicked"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
#: Verbs and adjectives whose infinitive complement points ahead of them: "asked the council
#: to convene on Monday" is the coming Monday even under a past-tense verb. A purpose
#: infinitive ("used tear gas to disperse them on Friday") is not among them.
PROSPECTIVE = frozenset({
    "ask", "asks", "asked", "urge", "urges", "urged", "call", "calls", "called", "agree", "agrees", "agreed",
    "decide", "decides", "decided", "vote", "votes", "voted", "plan", "plans", "planned", "promise",
    "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows", "vowed", "threaten",
    "threatens", "threatened", "expect", "expects", "expected", "schedule", "scheduled", "set", "due",
    "invite", "invites", "invited", "order", "orders", "ordered", "instruct", "instructed", "summon",
    "summoned", "hope", "hopes", "hoped", "intend", "intends", "intended", "want", "wants", "wanted",
    "aim", "aims", "aimed", "prepare", "prepares", "prepared", "preparing", "ready", "likely", "poised",
    "slated", "offer", "offers", "offered", "propose", "proposes", "proposed", "told", "tell", "tells",
    "going", "was", "were", "is", "are", "seek", "seeks", "sought", "expects", "allowed", "permitted",
    "arranged", "arrange", "encouraged", "requested", "request", "requests", "demanded", "demand",
    "wished", "wish", "wishes", "needs", "needed", "need", "obliged", "required", "bound", "appealed",
    "pressed", "pushed", "resolved", "committed", "determined", "eager", "keen", "about", "unlikely",
    "refused", "refuses", "declined", "declines",
})
#: Of those, the ones that govern "to" only when right before it ("was to rule", "is due to vote").
PROSPECTIVE_ADJACENT = frozenset({
    "was", "were", "is", "are", "about", "going", "bound", "likely", "unlikely", "due", "set", "ready",
    "poised", "slated", "eager", "keen", "determined", "committed", "vote", "votes", "call", "calls",
    "called", "order", "orders", "set",
})
#: Words after "to" that show a preposition, not an infinitive ("taken to hospital on Friday").
NOT_INFINITIVE = frozenset({
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "him", "them", "us", "me", "it", "court", "power", "office", "prison", "jail", "hospital",
    "school", "work", "date", "death", "town", "bed", "church", "trial", "war", "safety", "parliament",
    "home", "sea", "account", "light", "bear", "some", "all", "both", "each", "every", "no", "what",
    "which", "whom", "where", "dinner", "lunch", "breakfast", "market", "rest", "life", "justice",
    "talks", "mind", "heart", "hand", "task", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "and", "or", "be", "have", "say", "said",
})
#: Verbs after which "until Friday", "to Friday" name a new, later date.
DEFERRED = frozenset({"postponed", "delayed", "adjourned", "deferred", "extended", "suspended", "put", "pushed"})
#: Verbs whose simple present in news names a scheduled event: "talks resume Monday",
#: "the trial opens May 6", "the truce expires at midnight Friday".
SCHEDULED_PRESENT = frozenset({
    "opens", "open", "reopens", "reopen", "begins", "begin", "starts", "start", "resumes", "resume",
    "expires", "expire", "convenes", "convene", "meets", "meet", "arrives", "arrive", "departs",
    "concludes", "conclude", "testifies", "testify", "return", "returns", "kicks", "takes", "take",
    "ends", "end", "closes", "close", "reports", "report", "vote", "votes", "travels", "travel",
    "visits", "visit", "heads", "head", "hosts", "host", "faces", "face", "goes", "go", "holds", "hold",
    "leaves", "leave", "lands", "land", "launches", "launch", "tees", "wraps", "reconvenes", "reconvene",
})
#: Verbs by which an agreement, law or plan lays down what is to happen: "the deal provides for a
#: ceasefire from Monday", "the plan envisages elections by March".
PROVIDING = frozenset({"provides", "provide", "envisages", "envisage", "envisions", "foresees", "foresee",
                       "stipulates", "stipulate", "mandates"})
#: Verbs whose object must already have happened: what is reversed, overturned or repealed was
#: done before ("expect the governor to reverse Friday's rate rise" is the Friday gone).
#: Cancelling or postponing ("cancel Friday's concert") is the opposite, and is not here.
UNDOING = frozenset(
    stem + ending
    for stem, endings in (
        ("revers", ("e", "es", "ed", "ing")), ("overturn", ("", "s", "ed", "ing")),
        ("annul", ("", "s", "led", "ling")), ("revok", ("e", "es", "ed", "ing")),
        ("rescind", ("", "s", "ed", "ing")), ("repeal", ("", "s", "ed", "ing")),
        ("und", ("o", "oes", "id", "oing", "one")),
    )
    for ending in endings
)
#: Verbs and adjectives that look ahead by themselves: "the vote, expected Thursday".
EXPECTING = frozenset({"expected", "expect", "expects", "expecting", "scheduled", "slated", "due", "upcoming"})
NOT_SCHEDULED_BEFORE = frozenset({"did", "didn't", "not", "n't", "t", "never", "had", "has", "have", "the", "a",
                                  "an", "his", "her", "its", "their", "our", "to", "would", "could", "should",
                                  "might", "must", "may", "can", "'", "s", "of", "in", "on", "for", "and"})
#: Words that open a second verb group after "and" / "but", with a time of its own.
NEW_VERB_GROUP = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had", "could", "should",
                            "can", "may", "might", "must", "said", "says", "then", "later"})
BRIDGES = frozenset({"be", "been", "being", "have", "not", "also", "then", "now", "still", "soon", "stay", "remain",
                     "probably", "likely", "again", "n't", "t", "finally"})


def _looks_infinitive(tokens: Tokens, i: int) -> bool:
    """Whether the ``to`` at ``i`` begins an infinitive: a bare lower-case verb-like word follows."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens.lower[i + 1]
    if not nxt.isalpha() or tokens.text[i + 1][:1].isupper() or nxt in NOT_INFINITIVE:
        return False
    if nxt.endswith(("ing", "ly")) or (nxt.endswith("s") and not nxt.endswith(("ss", "us"))):
        return False
    return not (nxt.endswith("ed") and nxt not in NOT_PAST_ED)


def _prospective_to(tokens: Tokens, i: int) -> bool:
    """``to`` + verb governed by a verb of asking, agreeing, planning (its object may come between)."""
    if not _looks_infinitive(tokens, i):
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        word = tokens.lower[k]
        if word in PROSPECTIVE and (k == i - 1 or word not in PROSPECTIVE_ADJACENT):
            return True
        if word in (",", ";", ".", ":", "and", "but", "who", "which", "that", "when") or word in IRREGULAR_PAST \
                or word in PRESENT_BE or (word.endswith("ed") and word not in NOT_PAST_ED):
            return False
    return False


_DAY_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _names_a_day(tokens: Tokens, i: int) -> bool:
    """Whether a capitalised weekday or month stands at ``i``."""
    return i < len(tokens) and tokens.lower[i] in _DAY_NAMES and tokens.is_cap(i)


def _weekday_follows(tokens: Tokens, i: int) -> bool:
    """Whether a weekday or month, as a time and not a possessive, comes at ``i`` (after an
    optional "on" or "in"): "the vote is on Sunday", "elections are in April"."""
    if i < len(tokens) and tokens.lower[i] in ("on", "in"):
        i += 1
    return _names_a_day(tokens, i) and not (i + 1 < len(tokens) and tokens.lower[i + 1] == "'")


#: Words a time named after "for" may begin with ("for Thursday", "for next week", "for March 3").
TIME_STARTS = frozenset({"next", "later", "this", "tomorrow", "mid", "early", "late"})
#: Verbs that set an event for a time ("called a strike for Thursday", "set a vote for Tuesday").
CONVENING = frozenset({"called", "calls", "call", "set", "sets", "scheduled", "schedules", "planned", "plans",
                       "convened", "convenes", "fixed", "booked", "slated"})
#: Determiners an event's noun phrase begins with after such a verb.
EVENT_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "new", "fresh"})
#: How many words such a noun phrase may have ("a nationwide general strike").
EVENT_REACH = 4


def _time_starts(tokens: Tokens, i: int) -> bool:
    """Whether a time begins at ``i``: a weekday or month, a number, or a word like "next"."""
    return i < len(tokens) and (tokens.lower[i] in TIME_STARTS or tokens.lower[i][:1].isdigit()) \
        or _names_a_day(tokens, i)


#: Events a call can be for, that happen on a day named after them ("called for protests on
#: Friday"): unlike a quality asked for ("called for calm on Monday", the day of the call).
DEMANDED_EVENTS = frozenset({"protest", "protests", "strike", "strikes", "rally", "rallies", "demonstration",
                             "demonstrations", "march", "marches", "boycott", "vigil", "vigils", "walkout",
                             "shutdown", "sit-in", "stayaway", "stay-away", "mobilisation", "mobilization"})


def _demands_an_event(tokens: Tokens, i: int) -> bool:
    """Whether the words from ``i`` (after "called for") name an event of protest followed by the
    time's preposition: "called for peaceful protests on Friday", "a general strike on Monday"."""
    for k in range(i, min(len(tokens) - 1, i + EVENT_REACH)):
        if tokens.lower[k] in DEMANDED_EVENTS:
            return tokens.lower[k + 1] in ("on", "for", "from", "next", "this")
        if not tokens.lower[k].isalpha():
            return False
    return False


def _called_for_a_quality(tokens: Tokens, i: int) -> bool:
    """Whether the "for" at ``i`` follows "called" and asks for neither a time nor an event of
    protest ("called for calm on Monday"): a demand made on that day, not a plan ahead."""
    return tokens.lower[i] == "for" and tokens.lower[i - 1] == "called" and not _time_starts(tokens, i + 1) \
        and not _demands_an_event(tokens, i + 1)


def _convened_before(tokens: Tokens, i: int) -> bool:
    """Whether the ``for`` at ``i`` closes a noun phrase that a verb of convening governs: "called
    an emergency summit for Friday", "set a vote for Tuesday" (the event is set ahead).

    One "of" complement may follow the event's noun and does not count towards its length
    ("called an emergency meeting of health ministers for Friday"): who meets, not a new phrase."""
    reach, crossed_of = EVENT_REACH, False
    k = i - 1
    while k >= 0 and k > i - 2 - reach:
        word = tokens.lower[k]
        if not word.isalpha():
            return False
        if word == "of" and not crossed_of:
            crossed_of, reach = True, reach + (i - k)
        if word in EVENT_DETERMINERS and k > 0 and tokens.lower[k - 1] in CONVENING and k < i - 1:
            return True
        k -= 1
    return False


#: Verbs after which "open", "close" are adjectives ("stayed open", "remain closed").
LINKING_VERBS = frozenset({"stay", "stays", "remain", "remains", "keep", "keeps", "kept", "left", "held", "stayed",
                           "remained", "be", "been", "being", "is", "are", "was", "were"})


def _past_form(word: str) -> bool:
    """Whether ``word`` is a verb's past form: an irregular one or a word in "-ed"."""
    return word in IRREGULAR_PAST or (len(word) > 3 and word.endswith("ed") and word.isalpha()
                                      and word not in NOT_PAST_ED)


def _verb_before(word: str) -> bool:
    """Whether ``word`` is a verb that makes a scheduled-present word after it its complement
    ("stayed open", "kept ... close") rather than a verb of its own."""
    return word in LINKING_VERBS or _past_form(word)


#: Words after "last" that make it "the one before now" ("last week", "last Monday", "last night").
LAST_TIMES = frozenset({"week", "weekend", "month", "year", "night", "quarter", "season", "decade", "summer",
                        "winter", "spring", "autumn", "fall", "time", "evening", "morning", "afternoon"})


def _last_names_a_time(tokens: Tokens, i: int) -> bool:
    nxt = tokens.lower[i + 1] if i + 1 < len(tokens) else ""
    return nxt in LAST_TIMES or nxt in _DAY_NAMES


#: Every word ``_cue`` can find a tense in, besides those ending in "-ed" or "-ing": any other
#: word is no cue, and most of a clause is passed over with one set lookup.
#: Modals of possibility: before a plain verb ("could lose", "may spread") what they tell is
#: still ahead, however the sentence is reported; before "have", "not" or a negation the
#: possibility is in the past or denied ("may have started", "could not attend"), save "have to",
#: an obligation still ahead ("might have to leave").
POSSIBILITY = frozenset({"could", "may", "might"})
NOT_AHEAD_AFTER_MODAL = frozenset({"have", "not", "n't", "never", "be", "been", "'ve", "also", "only", "well", "yet"})
#: Verbs of the senses and adverbs of degree after "could": the past of "can", an ability that was
#: there ("said they could hear shelling on Sunday", "could barely breathe"), not a possibility
#: still ahead. "Could" then tells no tense; the clause's other cues ("said") decide.
PAST_ABILITY_AFTER_COULD = frozenset({
    "see", "hear", "smell", "feel", "taste", "sense", "watch", "notice", "spot", "make", "barely", "hardly",
    "scarcely", "clearly", "still", "easily", "already", "just", "even", "no", "longer",
})
#: Participles of the senses: "could be heard on Sunday" is an ability that was there.
PERCEIVED = frozenset({"heard", "seen", "felt", "smelled", "smelt", "spotted", "noticed", "watched", "sensed"})
#: Verbs whose past is spelt as their base form. After "it", "he" or "she" such a form can only
#: be the past, as the present would take "-s" ("said it put a satellite into orbit on Tuesday").
SAME_FORM_PAST = frozenset({"put", "set", "cut", "hit", "let", "shut", "quit", "cast", "spread", "hurt",
                            "burst", "cost", "upset", "broadcast", "forecast", "split", "bid", "rid", "thrust"})
#: Subjects after which a base-looking verb form is the past (third person singular).
SINGULAR_SUBJECTS = frozenset({"it", "he", "she"})
#: Possessive determiners before a name that makes a scheduled verb a noun ("its Sohae launch site").
POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})

CUE_WORDS = FUTURE_WORDS | FUTURE_BEFORE_TO | EXPECTING | PROVIDING | SCHEDULED_PRESENT | IRREGULAR_PAST | POSSIBILITY \
    | SAME_FORM_PAST | frozenset({"to", "is", "are", "ahead", "until", "till", "for", "on", "takes", "last"})
CUE_ENDINGS = ("ed", "ing")


def _cue(tokens: Tokens, i: int) -> str | None:
    word = tokens.lower[i]
    if word not in CUE_WORDS and not word.endswith(CUE_ENDINGS):
        return None
    if word in FUTURE_WORDS:
        if word == "ll" and not (i > 0 and tokens.lower[i - 1] == "'"):
            return None
        return FUTURE
    if word == "to" and i > 0 and tokens.lower[i - 1] in FUTURE_BEFORE_TO:
        return FUTURE
    if word in POSSIBILITY:
        nxt = tokens.lower[i + 1] if i + 1 < len(tokens) else ""
        if nxt == "have" and i + 2 < len(tokens) and tokens.lower[i + 2] == "to":
            return FUTURE  # "crews might have to evacuate before April": an obligation still ahead
        if nxt.isalpha() and nxt not in NOT_AHEAD_AFTER_MODAL and not _past_form(nxt) \
                and not (word == "may" and tokens.text[i][:1].isupper()) \
                and not (word == "could" and nxt in PAST_ABILITY_AFTER_COULD):
            return FUTURE  # "warned that millions could lose power before winter"
        return None
    if word in ("is", "are") and _weekday_follows(tokens, i + 1):
        return FUTURE  # "the funeral is on Saturday", "elections are in April": a day set ahead
    if word == "ahead" and i + 1 < len(tokens) and tokens.lower[i + 1] == "of":
        return FUTURE  # "ahead of Sunday's election": what is ahead is still to come
    if word == "to" and _prospective_to(tokens, i):
        return INFINITIVE  # "asked the council to convene on Monday", "was to rule on Tuesday"
    if word in ("until", "till", "to") and i > 0 and tokens.lower[i - 1] in DEFERRED:
        return FUTURE  # "the vote was postponed until Friday"
    if word in ("until", "till") and i > 0 and tokens.lower[i - 1] in ("has", "have", "given", "gives", "give"):
        return FUTURE  # "the opposition has until Friday to respond": a deadline ahead
    if word in ("for", "on") and i > 0 and tokens.lower[i - 1] in PLANNED and not _called_for_a_quality(tokens, i):
        # "protests were planned for Tuesday", "called on them to return on Friday", "called for
        # protests on Friday": a plan points ahead; "called for calm on Monday" is a demand made then
        return FUTURE
    if word == "for" and _time_starts(tokens, i + 1) and _convened_before(tokens, i):
        return FUTURE  # "the union called a general strike for Thursday": an event set for a day ahead
    if word in EXPECTING:
        return FUTURE
    if word in PROVIDING:
        return FUTURE  # "the accord provides for a truce from Sunday": what a text lays down is to come
    if word == "takes" and i + 1 < len(tokens) and tokens.lower[i + 1] in ("effect", "place") \
            and i > 0 and tokens.lower[i - 1] == "and":
        return FUTURE  # "was signed on Monday and takes effect on Sunday": a verb of its own, still to come
    if word in SAME_FORM_PAST and i > 0 and tokens.lower[i - 1] in SINGULAR_SUBJECTS:
        return PAST  # "said it put ...", "he cut ...": no "-s", so not the present
    if word in SCHEDULED_PRESENT and i >= 2 and tokens.lower[i - 2] in POSSESSIVES and tokens.text[i - 1][:1].isupper():
        return None  # "from its Sohae launch site": a noun after a name, not a verb
    if word in SCHEDULED_PRESENT and i > 0 and tokens.lower[i - 1] not in NOT_SCHEDULED_BEFORE \
            and not tokens.text[i][:1].isupper() and (i < 2 or tokens.lower[i - 2] not in ("did", "not", "never")) \
            and not _verb_before(tokens.lower[i - 1]):
        return FUTURE
    if word == "last" and not _last_names_a_time(tokens, i):
        return None  # "and last six weeks": the verb, not "last week"
    if i >= 2 and tokens.lower[i - 1] == "-" and tokens.touches(i) and tokens.touches(i - 1):
        return None  # "civilian-led", "Saudi-backed", "state-owned": an adjective, not a verb
    if _past_form(word):
        # "will be held", "to be announced": the past form belongs to a future verb group
        k = i - 1
        while k >= 0 and tokens.lower[k] in BRIDGES:
            k -= 1
        if k >= 0 and (tokens.lower[k] in FUTURE_WORDS or tokens.lower[k] == "to"):
            return FUTURE
        if k >= 0 and tokens.lower[k] in POSSIBILITY and tokens.lower[k + 1:i] == ["be"] \
                and not (tokens.lower[k] == "could" and word in PERCEIVED):
            return FUTURE  # "the vote could be held on Sunday": a passive possibility still ahead
        if k >= 0 and tokens.lower[k] in PRESENT_BE and k < i - 1:
            return None
        return PAST
    if len(word) > 4 and word.endswith("ing") and i > 0 and tokens.lower[i - 1] in PRESENT_BE:
        return FUTURE  # "is meeting on Monday": the progressive of plans
    return None


#: Words before a past form that make it a finite verb, not a participle of a reduced relative.
AUXILIARIES = PRESENT_BE | frozenset({"was", "were", "has", "have", "had", "been", "be", "being", "it", "he",
                                      "she", "they", "we", "i", "who", "which", "that"})


#: Relative pronouns that open a clause of their own inside a noun phrase.
RELATIVES = frozenset({"who", "which"})


def _in_relative_clause(tokens: Tokens, lo: int, first: int) -> bool:
    """Whether the expression starting at ``first`` closes a relative clause with a verb of its
    own ("workers who were laid off in March will ..."): the verb after it is the main clause's."""
    for k in range(first - 1, lo - 1, -1):
        word = tokens.lower[k]
        if word in (",", ";", ":", "and", "but"):
            return False
        if word in RELATIVES:
            return any(_cue(tokens, m) in (PAST, PRESENT) or tokens.lower[m] in PRESENT_BE
                       for m in range(k + 1, first))
    return False


def _weak_after(tokens: Tokens, last: int, i: int, relative: bool = False) -> bool:
    """Whether a cue at ``i``, after the expression ending at ``last``, belongs to another clause
    than the expression's: an attribution behind a comma ("will reopen by June, officials said"),
    a participle of a reduced relative ("in districts damaged by floods"), the main verb after
    a relative clause the expression closes (``relative``), or the verb of a reported clause
    after "that" ("said in an interview on Monday that talks would resume": the saying's day)."""
    between = tokens.lower[last:i]
    if relative or "," in between or "that" in between:
        return True
    return _past_form(tokens.lower[i]) and i + 1 < len(tokens) and tokens.lower[i + 1] == "by" \
        and tokens.lower[i - 1] not in AUXILIARIES


def _undone_before(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the expression is a possessive right after a verb of undoing: "to reverse
    Friday's rate rise", "overturned Monday's ruling" (what is undone was done before)."""
    return first > 0 and tokens.lower[first - 1] in UNDOING and last + 1 < len(tokens) \
        and tokens.lower[last] == "'" and tokens.lower[last + 1] == "s" and tokens.touches(last)


def clause_tense(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> str | None:
    """The tense cue nearest the expression ``tokens[first:last]`` within ``tokens[lo:hi]``, or None.

    A cue after the expression that belongs to another clause (see ``_weak_after``) counts only
    when no cue of the expression's own clause is found."""
    if _undone_before(tokens, first, last):
        return PAST
    best: tuple[int, int, str] | None = None
    weak: tuple[int, int, str] | None = None
    relative = _in_relative_clause(tokens, lo, first)
    for i in range(lo, hi):
        if first <= i < last:
            continue
        if tokens.lower[i] in (";",):
            if i < first:
                best = None
                continue
            break
        if i >= last and best is not None and tokens.lower[i] in ("and", "but") and i + 1 < len(tokens) \
                and (tokens.lower[i + 1] in NEW_VERB_GROUP or _past_form(tokens.lower[i + 1])):
            # "opened a session on Monday and is expected to vote", "would appeal by Friday and
            # called for a recount": the next verb has its own time
            break
        word = tokens.lower[i]
        if word not in CUE_WORDS and not word.endswith(CUE_ENDINGS):
            continue  # no cue (the check _cue begins with, without the call)
        cue = _cue(tokens, i)
        if cue is None:
            continue
        if i == last and cue == FUTURE and tokens.lower[i] in SCHEDULED_PRESENT:
            continue  # "Lunar New Year travel", "Monday meetings": a noun the expression modifies
        if cue == INFINITIVE:
            if i > first or (last < len(tokens) and tokens.lower[last] == "'"):
                continue
            cue = FUTURE
        distance = first - i if i < first else (i - last + 1) + 0.5
        if i >= last and _weak_after(tokens, last, i, relative):
            if weak is None or distance < weak[0]:
                weak = (distance, i, cue)
            continue
        if best is None or distance < best[0]:
            best = (distance, i, cue)
    if best is None:
        best = weak
    return best[2] if best else None
