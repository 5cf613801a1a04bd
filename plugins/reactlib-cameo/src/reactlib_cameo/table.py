"""The stance -> CAMEO / PLOVER table.

Written for this plugin from the CAMEO 1.1b3 code list and the CAMEO-to-PLOVER
conversion of the PLOVER manual (draft 2.0): only the codes a reaction stance can
carry are here. A stance is coded by its type and, for requests and rejections, by
its normalised issue (``stance.issue``): an appeal for a ceasefire is CAMEO 0256
("appeal for de-escalation of military engagement"), a demand for one 1056.

CAMEO's 02 "appeal" family has no row of its own in the PLOVER conversion table;
PLOVER files every request, appeal and demand under REQUEST, with the mode of the
matching 10 "demand" code, and that is what is done here.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen


@frozen
class CameoCode:
    """One CAMEO code with its PLOVER event type, mode and context."""

    cameo: str
    label: str
    plover_event: str | None
    plover_mode: str | None = None
    plover_context: str | None = None

    def as_extra(self) -> dict[str, Any]:
        return {"cameo": self.cameo, "cameo_label": self.label, "plover_event": self.plover_event,
                "plover_mode": self.plover_mode, "plover_context": self.plover_context}


C = CameoCode

#: Type -> code when the issue says nothing more specific.
BY_TYPE: dict[str, CameoCode] = {
    "support": C("051", "Praise or endorse", "SUPPORT", None, "diplomatic"),
    "praise": C("051", "Praise or endorse", "SUPPORT", None, "diplomatic"),
    "welcome": C("051", "Praise or endorse", "SUPPORT", None, "diplomatic"),
    "accuse": C("112", "Accuse", "ACCUSE", "disapprove", None),
    "criticize": C("111", "Criticize or denounce", "ACCUSE", "disapprove", None),
    "condemn": C("111", "Criticize or denounce", "ACCUSE", "disapprove", None),
    "appeal": C("020", "Make an appeal or request", "REQUEST", None, None),
    "demand": C("100", "Demand", "REQUEST", None, None),
    "reject": C("120", "Reject", "REJECT", None, None),
    "threaten": C("130", "Threaten", "THREATEN", None, None),
    "consult": C("040", "Consult", "CONSULT", None, None),
    "mediate": C("039", "Express intent to mediate", "AGREE", None, "diplomatic"),
    # CAMEO 012; PLOVER codes no plain statements, so there is no PLOVER event
    "concern": C("012", "Make pessimistic comment", None, None, None),
}

#: (type, issue) -> code, for the issues of reactlib's controlled vocabulary.
_MILITARY_YIELD = ("yield", "military")
BY_ISSUE: dict[tuple[str, str], CameoCode] = {}
for _issue, (_appeal, _demand, _label, _mode, _ctx) in {
    "ceasefire": ("0256", "1056", "de-escalation of military engagement", *_MILITARY_YIELD),
    "de-escalation": ("0256", "1056", "de-escalation of military engagement", *_MILITARY_YIELD),
    "restraint": ("0256", "1056", "de-escalation of military engagement", *_MILITARY_YIELD),
    "withdrawal": ("0256", "1056", "de-escalation of military engagement", *_MILITARY_YIELD),
    "end aggression": ("0256", "1056", "de-escalation of military engagement", *_MILITARY_YIELD),
    "negotiations": ("026", "106", "meeting or negotiation", "meet", "diplomatic"),
    "release of detainees": ("0253", "1053", "release of persons or property", "yield", "legal"),
    "humanitarian access": ("0233", "1033", "humanitarian aid", "assist", "humanitarian"),
    "return to constitutional order": ("0244", "1044", "change in institutions, regime", "change",
                                       "political_institutions"),
    "elections": ("0244", "1044", "change in institutions, regime", "change", "political_institutions"),
    "investigation": ("021", "101", "material cooperation", "assist", "legal"),
    "respect for international law": ("020", "100", "an appeal or request", None, "legal"),
}.items():
    BY_ISSUE[("appeal", _issue)] = C(_appeal, f"Appeal for {_label}", "REQUEST", _mode, _ctx)
    BY_ISSUE[("demand", _issue)] = C(_demand, f"Demand {_label}", "REQUEST", _mode, _ctx)

BY_ISSUE.update({
    ("reject", "negotiations"): C("125", "Reject proposal to meet, discuss, or negotiate", "REJECT", "meet",
                                  "diplomatic"),
    ("reject", "ceasefire"): C("1246", "Decline to de-escalate military engagement", "REJECT", "yield",
                               "military"),
    ("reject", "withdrawal"): C("1246", "Decline to de-escalate military engagement", "REJECT", "yield",
                                "military"),
    ("reject", "release of detainees"): C("1243", "Decline to release persons or property", "REJECT",
                                          "yield", "legal"),
    ("mediate", "negotiations"): C("037", "Express intent to settle dispute", "AGREE", None, "diplomatic"),
})

PHONE = C("041", "Discuss by telephone", "CONSULT", "phone", None)
VISIT = C("042", "Make a visit", "CONSULT", "visit", None)
THREATEN_FORCE = C("138", "Threaten with military force", "THREATEN", "violence", "military")
THREATEN_SANCTIONS = C("1312", "Threaten to boycott, embargo, or sanction", "THREATEN", "restrict",
                       "economic")
ACCUSE_AGGRESSION = C("1123", "Accuse of aggression", "ACCUSE", "allege", "military")

# Punitive acts and aid sent, which reactlib reads as criticism and support of the one punished
# or helped: CAMEO codes them as acts, and PLOVER files them under SANCTION, COERCE and AID.
IMPOSE_SANCTIONS = C("163", "Impose embargo, boycott, or sanctions", "COERCE", "restrict", "diplomatic")
REDUCE_RELATIONS = C("161", "Reduce or break diplomatic relations", "SANCTION", "withdraw", "diplomatic")
HUMANITARIAN_AID = C("073", "Provide humanitarian aid", "AID", None, "humanitarian")

_PHONE_WORDS = ("phone", "telephone", "call", "video")
_ENVOY_ACTS = ("expel", "recall", "withdr")
_ENVOY_WORDS = ("ambassador", "envoy", "diplomat", "charge d")
_TIES_WORDS = ("ties", "relations")
_CUT_WORDS = ("sever", "cut", "break", "broke", "downgrad", "suspend", "froze", "freez")
_SENT_WORDS = ("sent", "send", "dispatch", "deliver", "airlift", "flew", "shipp", "rush", "deploy")
_FORCE_WORDS = ("force", "military", "strike", "retaliat", "attack", "war", "respond")
_SANCTION_WORDS = ("sanction", "embargo", "boycott", "tariff")


def code_stance(type: str, issue: str | None = None, evidence: str = "",
                issue_text: str | None = None) -> CameoCode | None:
    """The CAMEO code of a stance of ``type`` about ``issue``; ``evidence`` is its text span.

    >>> code_stance("appeal", "ceasefire").cameo
    '0256'
    >>> code_stance("consult", evidence="held a phone call").plover_mode
    'phone'
    """
    ev = (evidence or "").lower()
    words = f"{ev} {(issue_text or '').lower()}"
    if type == "consult":
        if any(w in ev for w in _PHONE_WORDS):
            return PHONE
        if "visit" in ev:
            return VISIT
    if type == "threaten":
        if any(w in words for w in _SANCTION_WORDS):
            return THREATEN_SANCTIONS
        if any(w in words for w in _FORCE_WORDS):
            return THREATEN_FORCE
    if type == "criticize":
        if any(w in ev for w in _SANCTION_WORDS) and "impos" in ev:
            return IMPOSE_SANCTIONS
        if any(w in ev for w in _ENVOY_ACTS) and any(w in ev for w in _ENVOY_WORDS):
            return REDUCE_RELATIONS
        if any(w in ev for w in _TIES_WORDS) and any(w in ev for w in _CUT_WORDS):
            return REDUCE_RELATIONS
    if type == "support" and any(w in ev for w in _SENT_WORDS):
        return HUMANITARIAN_AID
    if type == "accuse" and (issue == "end aggression" or "aggression" in words):
        return ACCUSE_AGGRESSION
    if issue is not None and (type, issue) in BY_ISSUE:
        return BY_ISSUE[(type, issue)]
    return BY_TYPE.get(type)
