"""The reporting-verb and -noun lexicon: which words introduce what someone said.

Written for reactlib from general knowledge of English news style. Each lemma
lists its inflected forms (English reporting verbs are few and irregular enough
that a table beats a lemmatiser, which the blank pipeline lacks).

Classes of cue, because they take different complements:

* ``SPEECH``: verbs of saying, followed by a reported clause ("said (that) …").
* ``DEMAND``: verbs of asking and pledging, followed by a person and an
  infinitive ("called on Armenia to …", "urged them to …", "vowed to …").
* ``EVALUATE``: verbs whose complement is a noun phrase, not a clause
  ("accused X of …", "condemned …", "voiced …"); they attribute partial quotes
  but report no clause of their own.
"""

from __future__ import annotations

SPEECH: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "post": ("posted", "posting"),
    "state": ("stated", "stating"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "note": ("note", "notes", "noted", "noting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "stress": ("stressed", "stressing", "stresses"),
    "emphasize": ("emphasized", "emphasised", "emphasizing", "emphasising", "emphasizes"),
    "report": ("reported", "reports", "reporting"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "reply": ("replied", "replies", "replying"),
    "respond": ("responded", "responds", "responding"),
    "continue": ("continued",),
    "conclude": ("concluded", "concludes"),
    "recall": ("recalled", "recalls", "recalling"),
    "predict": ("predicted", "predicts", "predicting"),
    "believe": ("believe", "believes", "believed"),
    "think": ("think", "thinks", "thought"),
    "assert": ("asserted", "asserts", "asserting"),
    "maintain": ("maintained", "maintains"),
    "allege": ("alleged", "alleges", "alleging"),
    "complain": ("complained", "complains", "complaining"),
    "reiterate": ("reiterated", "reiterates", "reiterating"),
    "observe": ("observed", "observes"),
    "remark": ("remarked",),
    "joke": ("joked", "jokes", "joking"),
    "contend": ("contended", "contends"),
    "indicate": ("indicated", "indicates"),
    "signal": ("signaled", "signalled"),
    "ask": ("ask", "asks", "asked", "asking"),
    "question": ("questioned",),
    "wonder": ("wondered", "wonders"),
    "boast": ("boasted", "boasts"),
    "concede": ("conceded", "concedes"),
    "agree": ("agree", "agreed", "agrees"),
    "hint": ("hinted", "hints", "hinting"),
    "estimate": ("estimated", "estimates"),
    "hope": ("hopes", "hoped"),
    "fear": ("fears", "feared"),
    "point": ("pointed", "points", "pointing"),     # "pointed out", "pointing out that"
    "voice": ("voiced", "voicing", "voices"),
    "express": ("expressed", "expressing", "expresses"),
    "reaffirm": ("reaffirmed", "reaffirming", "reaffirms"),
    "welcome": ("welcomed", "welcoming", "welcomes"),
    "show": ("show", "shows", "showed"),
    "find": ("found", "finds"),
    "reveal": ("revealed", "reveals"),
    "yell": ("yelled", "yells"),
    "shout": ("shouted", "shouts"),
    "exclaim": ("exclaimed",),
    "quip": ("quipped", "quips"),
    "retort": ("retorted",),
    "counter": ("countered", "counters"),
    "caution": ("cautioned", "cautions"),
    "remind": ("reminded", "reminds"),
    "testify": ("testified", "testifies"),
    "muse": ("mused",),
    "recount": ("recounted", "recounts"),
    "affirm": ("affirmed",),
    "inform": ("informed",),
    "assure": ("assured", "assures"),
    "mention": ("mentioned", "mentions"),
    "concur": ("concurred",),
    # "charged that …" accuses in words; "charged with fraud", "charged the battery" do not
    # report, so only with "that" (NEEDS_THAT, THAT_ONLY_FORMS)
    "charge": ("charge", "charged", "charges", "charging"),
    # verbs of learning and supposing: they report only with "that" (NEEDS_THAT)
    "learn": ("learned", "learnt", "learns"),
    "realize": ("realized", "realised", "realizes", "realises"),
    "recognize": ("recognized", "recognised", "recognizes", "recognises"),
    "speculate": ("speculated", "speculates", "speculating"),
    "imply": ("implied", "implies", "implying"),
    "clarify": ("clarified", "clarifies", "clarifying"),
    "disclose": ("disclosed", "discloses"),
    "forecast": ("forecast", "forecasts"),
    "comment": ("commented", "commenting"),
    # states of mind with a "that"-clause ("were worried that …"): only with "that" (NEEDS_THAT)
    "worry": ("worried", "worries"),
    "convince": ("convinced",),
    "concern": ("concerned",),
    "know": ("know", "knows", "knew"),
    "chant": ("chanted", "chanting"),
    "proclaim": ("proclaimed", "proclaims", "proclaiming"),
}

DEMAND: dict[str, tuple[str, ...]] = {
    "call": ("call", "calls", "called", "calling"),
    "urge": ("urge", "urges", "urged", "urging"),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "appeal": ("appealed", "appealing", "appeals"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "pledge": ("pledged", "pledging", "pledges"),
    "promise": ("promised", "promising", "promises"),
    "threaten": ("threatened", "threatening", "threatens"),
    "plead": ("pleaded", "pleads", "pled"),
    "implore": ("implored",),
    "request": ("requested",),
    # an offer or an invitation in the speaker's words: 'offered "full support"', 'invited them to
    # come "whenever they wish"'; with no quotation they report no clause (not in indirect.PLEDGE)
    "offer": ("offered", "offers"),
    "invite": ("invited",),
}

EVALUATE: dict[str, tuple[str, ...]] = {
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "criticize": ("criticized", "criticised", "criticizing", "criticising", "criticizes", "criticises"),
    "condemn": ("condemn", "condemns", "condemned", "condemning"),
    "denounce": ("denounced", "denouncing", "denounces"),
    "describe": ("described", "describing", "describes"),
    "praise": ("praised", "praising", "praises"),
    "blame": ("blamed", "blaming", "blames"),
    "dismiss": ("dismissed", "dismissing", "dismisses"),
    "reject": ("rejected", "rejecting", "rejects"),
    "slam": ("slammed", "slamming", "slams"),
    "label": ("labeled", "labelled", "labeling", "labelling"),
    "brand": ("branded", "branding"),
    "refer": ("referred", "referring"),
    "dub": ("dubbed",),
    "hail": ("hailed", "hailing"),
    "lament": ("lamented", "lamenting"),
    "decry": ("decried",),
    "characterize": ("characterized", "characterised"),
    "term": ("termed", "terming"),
    "thank": ("thanked", "thanking"),   # 'thanked X for their "patient mediation"'
}

#: verbs whose ordinary use is not reporting unless a quotation or clause follows;
#: "called" needs on/for/upon or a quotation ("called it "a disgrace"").
NEEDS_PARTICLE: dict[str, tuple[str, ...]] = {
    "call": ("on", "for", "upon"),
    "point": ("out", "to"),
}

#: cues that only report with "that" after them ("a poll found that …", not "found the body")
NEEDS_THAT = frozenset("find reveal mention inform remind learn realize recognize speculate imply clarify "
                       "disclose forecast express voice worry convince concern know charge".split()) \
    | {"make clear", "put it", "make the case"}

#: forms that are cues only when "that" follows at once ("voters know that …", "were worried that …"):
#: otherwise they attribute nothing, not even a quoted fragment
THAT_ONLY_FORMS = frozenset("know knows knew worried worries convinced concerned note agree "
                            "charge charged charges charging".split())

#: present forms that are far more often nouns ("criminal charges that …", "dogged by charges that
#: …"): a cue only right after a subject, a pronoun, a capitalised word or a plural noun
#: ("Critics charge that …", "Trump charges that …", "his opponents charge that …")
SUBJECT_ONLY_FORMS = frozenset(("charge", "charges"))

#: verb + particle that is not reporting ("added to the tally", "wrote off")
NOT_REPORTING_PARTICLES = {"add": ("to", "up"), "write": ("off", "down"), "post": ("up",), "show": ("up", "off")}


def _forms(table: dict[str, tuple[str, ...]], kind: str) -> dict[str, tuple[str, str]]:
    return {form: (lemma, kind) for lemma, forms in table.items() for form in forms}


#: lower-case form -> (lemma, class)
CUE_FORMS: dict[str, tuple[str, str]] = {
    **_forms(EVALUATE, "evaluate"),
    **_forms(DEMAND, "demand"),
    **_forms(SPEECH, "speech"),
}

#: bare forms that are also common nouns/adjectives and only count with a subject
#: directly before them ("the call", "a warning", "the post", "reports").
AMBIGUOUS = frozenset({
    "call", "calls", "tweet", "tweets", "states", "notes", "reports", "warning", "claims", "claim",
    "demand", "demands", "fear", "fears", "hopes", "question", "vow", "vows", "appeals",
    "promises", "pledges", "posting", "writing", "written", "reporting", "voices", "welcomes",
    "continued", "thought", "agreed", "promising", "concluded", "estimated", "alleged", "calling",
    "states", "say", "tell", "think", "believe", "ask", "add", "urge", "condemn", "accuse",
    "deny", "admit", "confirm", "claim", "warn", "insist", "declare", "announce", "argue",
    "explain", "suggest", "acknowledge", "write", "tweet", "forecast", "forecasts", "estimates", "hints",
    "points", "know", "agree", "note", "worries", "charge", "charges",
})
