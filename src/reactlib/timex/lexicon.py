"""The words time expressions are built from, as plain tables.

Kept apart from the recogniser so the grammar reads as grammar and the vocabulary
can grow (or be checked) without touching it. Every key is lower case.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
#: Abbreviations; accepted only with a following full stop or day number.
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
#: Month names that are also common words or names ("may" the modal, "march" the
#: verb, Theresa May, "August" the adjective): they need date context around them.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "june", "august", "april"})

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}
WEEKDAY_PLURALS = {name + "s": number for name, number in WEEKDAYS.items()}
#: Capitalised words that turn a weekday into a name ("Sunday Times", "Bloody Sunday").
WEEKDAY_NAME_AFTER = frozenset({
    "times", "telegraph", "mirror", "express", "post", "mail", "herald", "tribune",
    "independent", "observer", "star", "sport", "people", "world", "night", "school",
    "agreement", "accord", "morning",
})
WEEKDAY_NAME_BEFORE = frozenset({"news", "bloody", "black", "super", "cyber", "palm", "ash", "holy", "maundy", "good"})

#: Duration units: TIMEX3 unit letter and whether it belongs after the ``T``.
UNITS = {
    "year": ("Y", False), "years": ("Y", False), "yr": ("Y", False), "yrs": ("Y", False),
    "month": ("M", False), "months": ("M", False),
    "week": ("W", False), "weeks": ("W", False),
    "day": ("D", False), "days": ("D", False),
    "decade": ("DE", False), "decades": ("DE", False),
    "century": ("CE", False), "centuries": ("CE", False),
    "hour": ("H", True), "hours": ("H", True),
    "minute": ("M", True), "minutes": ("M", True),
    "second": ("S", True), "seconds": ("S", True),
    "fortnight": ("W2", False), "fortnights": ("W2", False),
    "weekend": ("WE", False), "weekends": ("WE", False),
    "quarter": ("Q", False), "quarters": ("Q", False),
}
#: One-word lengths: "a yearlong inquiry".
LONG_WORDS = {"yearlong": "P1Y", "monthlong": "P1M", "weeklong": "P1W", "daylong": "P1D", "hourlong": "PT1H",
              "decadelong": "P1DE"}
PLURAL_UNITS = frozenset(u for u in UNITS if u.endswith("s") and u not in ("yrs",))
#: Plural units that make a vague stretch on their own ("for weeks", "the coming days", "weeks or
#: months"): "weekends" and "quarters" are counted things, "seconds" too short a stretch.
STRETCH_UNITS = PLURAL_UNITS - {"weekends", "quarters", "seconds"}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
    "dozen": 12, "half": 0.5,
}
TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
#: Quantities that say "some number of": the value becomes X (PXY).
VAGUE_NUMBERS = frozenset({"several", "few", "many", "some", "numerous", "dozens", "hundreds", "thousands"})

#: Decades in words, read as the twentieth century's ("the nineties").
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": 4,
}
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

#: Parts of the day and their TIMEX3 codes.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
#: "Friday nights", "Sunday mornings": a part of the day in the plural makes a weekday recur.
DAY_PART_PLURALS = {part + "s": code for part, code in DAY_PARTS.items()}
#: Words for the edges of the day, as the TIMEX3 part of the day they fall in ("at dawn on Saturday").
DAY_EDGES = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV", "nightfall": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: Generic references to now, the past and the future.
REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF", "soon": "FUTURE_REF",
}
THE_REFERENCES = {"past": "PAST_REF", "future": "FUTURE_REF", "present": "PRESENT_REF"}

#: Deictic day words: offset from the anchor in days.
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

#: Words that shift a unit, weekday or month relative to the anchor.
SHIFTS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}

#: Adverbs of frequency.
FREQUENCY_ADVERBS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "quarterly": "P3M",
}
#: Nouns after "a day of" that say what kind of day it was, so "a day" is no duration:
#: "a day of mourning", "a day of justice for the victims" (unlike "a day of talks").
DAY_CHARACTERS = frozenset({
    "mourning", "shame", "justice", "reckoning", "celebration", "joy", "hope", "sorrow", "grief", "infamy",
    "remembrance", "prayer", "rage", "anger", "victory", "triumph", "solidarity", "reflection", "silence",
    "fasting", "rest", "thanksgiving", "liberation", "action", "protest", "pride", "glory", "sadness",
    "humiliation", "disgrace", "history", "destiny",
})
#: Adjectives of frequency that are no adverbs: a SET only before a recurring event ("annual meeting").
FREQUENCY_ADJECTIVES = {"annual": "P1Y"}
#: Nouns of events that recur at the frequency an adjective before them gives: "a weekly briefing",
#: "the daily count" (TimeML marks the adjective as a SET), unlike "daily life", "a weekly newspaper".
RECURRING_EVENT_NOUNS = frozenset({
    "briefing", "briefings", "conference", "conferences", "meeting", "meetings", "session", "sessions",
    "count", "counts", "report", "reports", "update", "updates", "bulletin", "bulletins", "summit", "summits",
    "rally", "rallies", "protest", "protests", "prayers", "patrol", "patrols", "flight", "flights",
    "visit", "visits", "review", "reviews", "payment", "payments", "address", "inspection", "inspections",
    "audit", "audits", "assembly", "assemblies", "talks", "consultations", "checks", "drills", "exercises",
    "ceremony", "ceremonies", "festival", "parade", "pilgrimage", "congress", "forum", "hearing", "hearings",
    "curfew", "curfews", "raid", "raids", "shelling", "bombardments", "blackouts", "cuts", "outages", "toll", "tolls",
})
#: Words before "conference", "briefing" that keep the event ("a weekly news conference").
EVENT_NOUN_MODIFIERS = frozenset({"news", "press", "media", "policy", "cabinet", "security", "council", "board", "power", "air", "death", "casualty"})

#: Modifiers kept inside the extent, as TimeML does, with their TIMEX3 ``mod``.
DATE_MODIFIERS = {"early": "START", "mid": "MID", "late": "END", "earlier": None, "later": None}
DURATION_MODIFIERS = {
    ("about",): "APPROX", ("around",): "APPROX", ("approximately",): "APPROX",
    ("roughly",): "APPROX", ("nearly",): "LESS_THAN", ("almost",): "LESS_THAN",
    ("more", "than"): "MORE_THAN", ("less", "than"): "LESS_THAN", ("fewer", "than"): "LESS_THAN",
    ("at", "least"): "EQUAL_OR_MORE", ("up", "to"): "EQUAL_OR_LESS", ("some",): "APPROX",
    ("just", "over"): "MORE_THAN", ("just", "under"): "LESS_THAN",
    ("well", "over"): "MORE_THAN", ("well", "under"): "LESS_THAN",
    # "over" / "under" alone mean "more / less than" only after a word that takes a length
    # ("for over four decades"); elsewhere "over" is "during" ("over two days, talks ...").
    ("over",): "MORE_THAN", ("under",): "LESS_THAN",
    # a bound that includes its own value: "no more than five years" may be five, as "up to"
    ("no", "more", "than"): "EQUAL_OR_LESS", ("not", "more", "than"): "EQUAL_OR_LESS",
    ("no", "less", "than"): "EQUAL_OR_MORE", ("not", "less", "than"): "EQUAL_OR_MORE",
    ("no", "fewer", "than"): "EQUAL_OR_MORE", ("at", "most"): "EQUAL_OR_LESS",
    ("a", "minimum", "of"): "EQUAL_OR_MORE", ("a", "maximum", "of"): "EQUAL_OR_LESS",
}
#: Words before a lone "over" / "under" that make it a quantity's modifier.
OVER_AS_MORE_THAN_AFTER = frozenset({"for", "in", "of", "after", "with", "than", "within", "lasting", "spent",
                                     "took", "lasted", "spanning", "ago", "nearly",
                                     # verbs that take a length ("likely to last over a week")
                                     "last", "lasts", "take", "takes", "taking", "spend", "spends", "spending",
                                     "wait", "waits", "waited", "waiting"})
EDGE_PHRASES = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "turn": "END"}

#: Holidays with a fixed date.
#: The date tokenizer splits a possessive ("Year's" -> "year", "'", "s"), so the
#: possessive holidays are written as those tokens, with either apostrophe.
FIXED_HOLIDAYS = {
    ("christmas", "eve"): (12, 24), ("christmas", "day"): (12, 25), ("christmas",): (12, 25),
    ("halloween",): (10, 31),
    **{phrase: date for mark in ("'", "\u2019") for phrase, date in (
        (("new", "year", mark, "s", "day"), (1, 1)), (("new", "year", mark, "s", "eve"), (12, 31)),
        (("valentine", mark, "s", "day"), (2, 14)))},
    ("boxing", "day"): (12, 26), ("may", "day"): (5, 1), ("labour", "day"): (5, 1),
    ("armistice", "day"): (11, 11), ("bastille", "day"): (7, 14), ("victory", "day"): (5, 9),
    ("fourth", "of", "july"): (7, 4), ("july", "fourth"): (7, 4), ("orthodox", "christmas"): (1, 7),
}
#: Each country's own Independence Day (fixed in the Gregorian calendar), by the country's
#: name or adjective as written before it: "Ukraine's Independence Day", "Mexican Independence
#: Day". Countries whose day follows another calendar (Israel) are left out; so is the day
#: when no country is named.
_INDEPENDENCE = [
    (("united", "states"), ("u", ".", "s", "."), ("us",), ("america",), ("american",), (7, 4)),
    (("ukraine",), ("ukrainian",), (8, 24)), (("india",), ("indian",), (8, 15)),
    (("pakistan",), ("pakistani",), (8, 14)), (("mexico",), ("mexican",), (9, 16)),
    (("brazil",), ("brazilian",), (9, 7)), (("argentina",), ("argentine",), (7, 9)),
    (("nigeria",), ("nigerian",), (10, 1)), (("ghana",), ("ghanaian",), (3, 6)),
    (("indonesia",), ("indonesian",), (8, 17)), (("philippines",), ("philippine",), ("filipino",), (6, 12)),
    (("algeria",), ("algerian",), (7, 5)), (("belarus",), ("belarusian",), (7, 3)),
    (("armenia",), ("armenian",), (9, 21)), (("kazakhstan",), (12, 16)), (("moldova",), ("moldovan",), (8, 27)),
    (("south", "sudan"), (7, 9)), (("sri", "lanka"), (2, 4)), (("bangladesh",), (3, 26)),
    (("venezuela",), ("venezuelan",), (7, 5)), (("colombia",), ("colombian",), (7, 20)),
    (("peru",), ("peruvian",), (7, 28)), (("chile",), ("chilean",), (9, 18)), (("finland",), ("finnish",), (12, 6)),
    (("poland",), ("polish",), (11, 11)), (("lebanon",), ("lebanese",), (11, 22)), (("jordan",), (5, 25)),
    (("tunisia",), ("tunisian",), (3, 20)), (("morocco",), ("moroccan",), (11, 18)), (("haiti",), ("haitian",), (1, 1)),
    (("kosovo",), (2, 17)), (("georgia",), (5, 26)),
]
INDEPENDENCE_DAYS = {name: entry[-1] for entry in _INDEPENDENCE for name in entry[:-1]}

#: Holidays whose date moves from year to year, computed by ``values.movable_holiday``:
#: (rule name, days after the day the rule gives). "Labor Day" is the US one (first Monday
#: of September); "Labour Day", as most of the world keeps it, is 1 May (above).
MOVABLE_HOLIDAYS = {
    ("easter",): ("easter", 0), ("easter", "sunday"): ("easter", 0), ("easter", "monday"): ("easter", 1),
    ("good", "friday"): ("easter", -2), ("palm", "sunday"): ("easter", -7),
    ("orthodox", "easter"): ("orthodox_easter", 0),
    ("thanksgiving",): ("thanksgiving", 0), ("thanksgiving", "day"): ("thanksgiving", 0),
    ("labor", "day"): ("labor_day", 0), ("memorial", "day"): ("memorial_day", 0),
    # Holidays of other calendars (timex.calendars): the Hebrew one, the Islamic one, the new moon.
    ("hanukkah",): ("hanukkah", 0), ("chanukah",): ("hanukkah", 0), ("hanukah",): ("hanukkah", 0),
    ("rosh", "hashanah"): ("rosh_hashanah", 0), ("rosh", "hashana"): ("rosh_hashanah", 0),
    ("yom", "kippur"): ("rosh_hashanah", 9), ("passover",): ("passover", 0),
    ("ramadan",): ("ramadan", 0),
    **{("eid", *link, feast): (rule, 0) for feast, rule in (("fitr", "eid_al_fitr"), ("adha", "eid_al_adha"))
       for link in (("al", "-"), ("ul", "-"), ("el", "-"), ("al",), ("-", "al", "-"), ("ul",))},
    ("lunar", "new", "year"): ("lunar_new_year", 0), ("chinese", "new", "year"): ("lunar_new_year", 0),
    ("diwali",): ("diwali", 0), ("deepavali",): ("diwali", 0),
}
#: Holidays that are a stretch of weeks in a calendar not ours: only the year is reported.
YEAR_ONLY_HOLIDAYS = frozenset({"ramadan"})
#: Lower-case words allowed inside a holiday's capitalised name ("Eid al-Fitr").
HOLIDAY_LINK_WORDS = frozenset({"of", "s", "al", "ul", "el"})

#: Time-zone abbreviations after a clock time (written in capitals: "0800 GMT", "06:52 KST").
TIME_ZONES = frozenset({
    "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "et", "pt", "mst", "mdt",
    "eet", "eest", "wet", "west", "msk", "ist", "pkt", "irst", "gst", "ast", "kst", "jst", "hkt", "sgt",
    "aest", "aedt", "awst", "nzst", "nzdt", "wib", "pht", "ict", "cat", "eat", "wat", "sast", "brt", "art",
})

#: Words after a bare four-digit number that show it counts things, not a year.
MEASURE_WORDS = frozenset({
    "percent", "per", "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet",
    "kg", "tons", "tonnes", "of", "hrs", "gmt", "utc", "mph", "sq",
})
#: Words before a bare four-digit number that show it is not a year.
NOT_YEAR_BEFORE = frozenset({
    "$", "€", "£", "#", "no", "number", "resolution", "flight", "route", "article", "section",
    "model", "version", "than", "about", "nearly", "almost", "around", "approximately",
    "least", "under", "some", "room", "highway", "code", "page", "pages", "chapter", "rule",
    "paragraph", "item", "bill", "hr", "s", "act", "exit", "interstate", "apartment", "suite",
})

#: Nouns of events that a month before them dates ("the August vote", "the March elections"), so an
#: ambiguous month name ("May", "March") there needs no other date context.
EVENT_NOUNS = frozenset({
    "vote", "votes", "election", "elections", "poll", "polls", "referendum", "runoff", "ballot", "primary",
    "primaries", "summit", "talks", "meeting", "meetings", "attack", "attacks", "deadline", "agreement", "deal",
    "ceasefire", "truce", "coup", "uprising", "offensive", "protests", "protest", "visit", "conference",
    "session", "accord", "accords", "raid", "strike", "strikes", "bombing", "bombings", "massacre", "invasion",
    "floods", "earthquake", "quake", "storm", "election's", "census", "budget", "congress", "plenum", "ruling",
    "verdict", "hearing", "trial", "inauguration", "handover", "crackdown", "riots", "unrest", "revolution",
})
