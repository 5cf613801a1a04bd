"""Builds the fourth held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Fourth held-out set: six invented reaction articles written on 2026-11-25 by someone who changed
no library code, their gold committed before reactlib was run on them. Do not tune against it.
As in ``tests/generalization_dev2/build_gold.py``, the annotation lives here as data so that
offsets are computed, never typed: a quote or date is given by its text and, where the same words
occur more than once, by its occurrence number (0-based); ``gold_builder`` asserts that every span
and stance evidence is found in the text.
Run `python tests/generalization_holdout4/build_gold.py` after editing.
Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the development sets.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_builder import A, D, GoldWriter, Q, S  # noqa: E402

WRITER = GoldWriter(HERE)
build = WRITER.build
ARTICLES = WRITER.articles


# --------------------------------------------------------------------------- 1. chemical plant explosion, cross-border pollution (wire, Reuters-like)
DANUBE = """ date 2026-10-14 BUCHAREST, Oct 14 (Reuters) - Bulgaria demanded on Wednesday that Romania halt operations at a chemical plant on the Danube after an explosion there sent a cloud of ammonia across the river and forced thousands of people in the Bulgarian city of Ruse to stay indoors.

The blast ripped through a storage unit at the Chimpex Danubius fertiliser plant near Giurgiu shortly before 11 p.m. on Tuesday, killing three workers and injuring 27, Romania's Inspectorate for Emergency Situations (IGSU) said. Firefighters brought the blaze under control after about seven hours.

Bulgarian Prime Minister Rosen Zhelyazkov said his government had not been warned of the leak until nearly two hours after the explosion, when residents of Ruse were already calling emergency services with burning eyes and breathing problems.

"A neighbour and an EU partner should have picked up the phone within ten minutes, not after two hours," Zhelyazkov told reporters in Sofia. "We expect full transparency, and we expect the plant to stay closed until an independent investigation is finished."

The foreign ministry in Sofia summoned Romania's charge d'affaires. Environment Minister Manol Genov said water samples taken from the Danube at Ruse showed ammonia levels 40 times above the legal limit.

Romanian Prime Minister Ilie Bolojan expressed regret to the victims' families and to "our Bulgarian friends", and said the plant would remain shut while prosecutors investigated. But he rejected the suggestion that Bucharest had held back information.

"Nobody covered anything up. The alert went out as soon as the authorities on the ground understood what had happened," Bolojan wrote on Facebook.

The plant's owner, Chimpex Danubius, said in a statement it was cooperating with investigators and that a "technical failure" in a cooling system appeared to have caused the blast.

Ukraine, whose Danube ports of Izmail and Reni lie downstream, said it was monitoring the river and asked Romania for "real-time data" on the spill.

The European Commission said it had activated the EU Civil Protection Mechanism at Bulgaria's request and was sending air-quality experts to both banks of the river. Environment Commissioner Jessika Roswall said she had spoken with both governments and urged them "to work together, not against each other".

Greenpeace Romania said the disaster was "a warning that was ignored for years", citing inspection reports from 2023 that had found corroded pipes at the site.

In Ruse, a city of about 140,000, schools will stay closed until Friday, Mayor Pencho Milkov said. "People are frightened and angry, and they have every right to be," he told Bulgarian National Radio.

An official at the Romanian environment ministry, speaking on condition of anonymity, said initial measurements suggested the ammonia in the river would be diluted within 48 hours."""

build(
    "explosion-romania-bulgaria-2026-10-14", DANUBE,
    actors=[
        A("Bulgaria", "country", "BGR", aliases=["Bulgarian", "Sofia", "foreign ministry in Sofia"]),
        A("Romania", "country", "ROU", aliases=["Romanian", "Bucharest"]),
        A("Inspectorate for Emergency Situations", "organization", "ROU", aliases=["IGSU", "Romania's Inspectorate for Emergency Situations"]),
        A("Rosen Zhelyazkov", "person", "BGR", "Prime Minister", ["Zhelyazkov"]),
        A("Manol Genov", "person", "BGR", "Environment Minister", ["Genov"]),
        A("Ilie Bolojan", "person", "ROU", "Prime Minister", ["Bolojan"]),
        A("Chimpex Danubius", "organization", "ROU", aliases=["The plant's owner"]),
        A("Ukraine", "country", "UKR", aliases=["Ukrainian", "Kyiv"]),
        A("European Union", "organization", None, aliases=["EU", "European Commission", "Commission"]),
        A("Jessika Roswall", "person", None, "Environment Commissioner", ["Roswall"], organization="European Union"),
        A("Greenpeace Romania", "organization", "ROU", aliases=["Greenpeace"]),
        A("Pencho Milkov", "person", "BGR", "Mayor", ["Milkov"]),
        A("Romanian environment ministry official", "person", "ROU", "official", ["An official at the Romanian environment ministry", "official"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "The blast ripped through a storage unit at the Chimpex Danubius fertiliser plant near Giurgiu shortly before 11 p.m. on Tuesday, killing three workers and injuring 27", "Inspectorate for Emergency Situations", "say"),
        Q("indirect", "his government had not been warned of the leak until nearly two hours after the explosion, when residents of Ruse were already calling emergency services with burning eyes and breathing problems", "Rosen Zhelyazkov", "say"),
        Q("direct", "A neighbour and an EU partner should have picked up the phone within ten minutes, not after two hours,", "Rosen Zhelyazkov", "tell", "press conference"),
        Q("direct", "We expect full transparency, and we expect the plant to stay closed until an independent investigation is finished.", "Rosen Zhelyazkov", "tell", "press conference"),
        Q("indirect", "water samples taken from the Danube at Ruse showed ammonia levels 40 times above the legal limit", "Manol Genov", "say"),
        Q("partial", "our Bulgarian friends", "Ilie Bolojan", "express"),
        Q("indirect", "the plant would remain shut while prosecutors investigated", "Ilie Bolojan", "say"),
        Q("direct", "Nobody covered anything up. The alert went out as soon as the authorities on the ground understood what had happened,", "Ilie Bolojan", "write", "social media"),
        Q("indirect", "it was cooperating with investigators and that a \"technical failure\" in a cooling system appeared to have caused the blast", "Chimpex Danubius", "say", "statement"),
        Q("partial", "technical failure", "Chimpex Danubius", "say", "statement"),
        Q("indirect", "it was monitoring the river", "Ukraine", "say"),
        Q("partial", "real-time data", "Ukraine", "ask"),
        Q("indirect", "it had activated the EU Civil Protection Mechanism at Bulgaria's request and was sending air-quality experts to both banks of the river", "European Union", "say"),
        Q("indirect", "she had spoken with both governments", "Jessika Roswall", "say"),
        Q("partial", "to work together, not against each other", "Jessika Roswall", "urge"),
        Q("indirect", "the disaster was \"a warning that was ignored for years\"", "Greenpeace Romania", "say"),
        Q("partial", "a warning that was ignored for years", "Greenpeace Romania", "say"),
        Q("indirect", "schools will stay closed until Friday", "Pencho Milkov", "say"),
        Q("direct", "People are frightened and angry, and they have every right to be,", "Pencho Milkov", "tell", "interview"),
        Q("indirect", "initial measurements suggested the ammonia in the river would be diluted within 48 hours", "Romanian environment ministry official", "say"),
    ],
    dates=[
        D("Oct 14", "DATE", "2026-10-14"),
        D("Wednesday", "DATE", "2026-10-14"),
        D("11 p.m. on Tuesday", "TIME", "2026-10-13T23:00"),
        D("about seven hours", "DURATION", "PT7H"),
        D("nearly two hours", "DURATION", "PT2H"),
        D("ten minutes", "DURATION", "PT10M"),
        D("two hours", "DURATION", "PT2H", 1),
        D("for years", "DURATION", "PXY"),
        D("2023", "DATE", "2023"),
        D("Friday", "DATE", "2026-10-16"),
        D("within 48 hours", "DURATION", "PT48H"),
    ],
    stances=[
        S("Bulgaria", "demand", "Romania", "halt plant operations", "Bulgaria demanded on Wednesday that Romania halt operations at a chemical plant"),
        S("Rosen Zhelyazkov", "criticize", "Romania", evidence="his government had not been warned of the leak until nearly two hours after the explosion"),
        S("Rosen Zhelyazkov", "demand", "Romania", "transparency and plant closure", "We expect full transparency, and we expect the plant to stay closed"),
        S("Bulgaria", "criticize", "Romania", evidence="The foreign ministry in Sofia summoned Romania's charge d'affaires."),
        S("Ilie Bolojan", "concern", None, "victims", "expressed regret to the victims' families"),
        S("Ilie Bolojan", "reject", "Bulgaria", evidence="he rejected the suggestion that Bucharest had held back information"),
        S("Ukraine", "appeal", "Romania", "real-time data", "asked Romania for \"real-time data\" on the spill"),
        S("European Union", "support", "Bulgaria", evidence="activated the EU Civil Protection Mechanism at Bulgaria's request"),
        S("Jessika Roswall", "consult", "Bulgaria", evidence="she had spoken with both governments"),
        S("Jessika Roswall", "consult", "Romania", evidence="she had spoken with both governments"),
        S("Jessika Roswall", "appeal", None, "cooperation", "urged them \"to work together, not against each other\""),
        S("Greenpeace Romania", "criticize", None, evidence="the disaster was \"a warning that was ignored for years\""),
    ],
    notes="Invented article (fourth held-out set). Reuters style: dateline 'BUCHAREST, Oct 14 (Reuters) -'. "
          "'Bulgaria demanded ... that Romania halt' is a demand (stance), not a report. 'The foreign ministry in "
          "Sofia' is Bulgaria; its summons of the Romanian envoy is criticism. Bolojan's 'expressed regret' is a "
          "concern for the victims; his rejection answers Bulgaria's complaint. Facebook is social media. Roswall's "
          "call with 'both governments' is a consultation with each. Greenpeace blames no one by name (criticism, no "
          "target). Firefighters, residents, prosecutors and Bulgarian National Radio (the outlet told) are not "
          "annotated as actors. '11 p.m. on Tuesday' is the evening before the Wednesday article.",
)

if __name__ == "__main__":
    WRITER.report()
