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

# --------------------------------------------------------------------------- 2. arrest of a foreign aid worker (broadcaster, BBC-like)
AIDWORKER = """ date 2026-09-08 The UK government has demanded the immediate release of a Scottish aid worker arrested by Myanmar's military authorities, who accuse her of helping armed resistance groups.

Fiona Calder, 34, from Dundee, was detained on Saturday at a checkpoint outside Monywa in the Sagaing region, where she had been running a mobile clinic for the charity HealthBridge International.

Myanmar state television said on Monday that she had been charged under a law banning contact with "unlawful associations", an offence that carries a sentence of up to three years in prison.

Foreign Secretary Yvette Cooper said she was "deeply concerned" for Ms Calder's welfare and that consular officials had still not been allowed to see her.

"Fiona went to Myanmar to treat sick children. She is not a criminal, and she must be released without delay," Ms Cooper said. The Foreign Office said it had summoned Myanmar's ambassador on Monday afternoon.

The military government's spokesman, Maj Gen Zaw Min Tun, dismissed the criticism. He told reporters in Nay Pyi Taw that Ms Calder had been found carrying medicines and satellite phones "intended for terrorist groups" and that her case would be handled "according to the law of Myanmar, not the wishes of London".

HealthBridge International, which has worked in the country since 2012, said the equipment had been declared to local authorities and was used only in its clinics. Its chief executive, Daniel Okafor, called the charges "absurd".

"Our teams treat anyone who walks through the door. That is what humanitarian work means," he said. "We are asking the authorities to let Fiona come home."

Her mother, Moira Calder, told BBC Scotland the family had not heard from her since Friday evening. "We just want to hear her voice," she said.

First Minister John Swinney wrote on X that the Scottish government was in close contact with the family and with the Foreign Office, adding: "Every effort must be made to bring Fiona home."

The UN special rapporteur on human rights in Myanmar, Tom Andrews, said the arrest was "part of a deliberate campaign to choke off aid to communities the junta is bombing". He urged Asean, the regional bloc, to press the generals for her release.

The Philippines, which chairs Asean this year, said it was "following the case closely" but declined to comment further.

Amnesty International said at least 40 aid workers had been detained in Myanmar since the 2021 coup and called on the junta to free "all those held simply for doing their jobs".

The military seized power in February 2021, ousting the elected government of Aung San Suu Kyi, and has been fighting a growing armed resistance ever since."""

build(
    "aidworker-myanmar-2026-09-08", AIDWORKER,
    actors=[
        A("United Kingdom", "country", "GBR", aliases=["UK", "UK government", "Foreign Office", "London", "British"]),
        A("Myanmar", "country", "MMR", aliases=["Myanmar's military authorities", "military government", "junta", "military", "generals", "Myanmar state television", "Nay Pyi Taw"]),
        A("armed resistance groups", "group", "MMR", aliases=["terrorist groups", "armed resistance"]),
        A("Fiona Calder", "person", "GBR", "aid worker", ["Ms Calder", "Fiona", "Calder"], organization="HealthBridge International"),
        A("HealthBridge International", "organization", None, aliases=["HealthBridge"]),
        A("Yvette Cooper", "person", "GBR", "Foreign Secretary", ["Cooper", "Ms Cooper"]),
        A("Zaw Min Tun", "person", "MMR", "military government's spokesman", ["Maj Gen Zaw Min Tun"]),
        A("Daniel Okafor", "person", None, "chief executive", ["Okafor"], organization="HealthBridge International"),
        A("Moira Calder", "person", "GBR", "mother", ["Her mother"]),
        A("John Swinney", "person", "GBR", "First Minister", ["Swinney"]),
        A("Scottish government", "organization", "GBR", aliases=[]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Tom Andrews", "person", None, "UN special rapporteur on human rights in Myanmar", ["Andrews"], organization="United Nations"),
        A("Asean", "organization", None, aliases=["ASEAN", "regional bloc"]),
        A("Philippines", "country", "PHL", aliases=["Philippine", "Manila"]),
        A("Amnesty International", "organization", None, aliases=["Amnesty"]),
        A("Aung San Suu Kyi", "person", "MMR", None, ["Suu Kyi"]),
    ],
    quotes=[
        Q("indirect", "she had been charged under a law banning contact with \"unlawful associations\"", "Myanmar", "say", "television"),
        Q("partial", "unlawful associations", "Myanmar", "say", "television"),
        Q("indirect", "she was \"deeply concerned\" for Ms Calder's welfare and that consular officials had still not been allowed to see her", "Yvette Cooper", "say"),
        Q("partial", "deeply concerned", "Yvette Cooper", "say"),
        Q("direct", "Fiona went to Myanmar to treat sick children. She is not a criminal, and she must be released without delay,", "Yvette Cooper", "say"),
        Q("indirect", "it had summoned Myanmar's ambassador on Monday afternoon", "United Kingdom", "say"),
        Q("indirect", "Ms Calder had been found carrying medicines and satellite phones \"intended for terrorist groups\" and that her case would be handled \"according to the law of Myanmar, not the wishes of London\"", "Zaw Min Tun", "tell", "press conference"),
        Q("partial", "intended for terrorist groups", "Zaw Min Tun", "tell", "press conference"),
        Q("partial", "according to the law of Myanmar, not the wishes of London", "Zaw Min Tun", "tell", "press conference"),
        Q("indirect", "the equipment had been declared to local authorities and was used only in its clinics", "HealthBridge International", "say"),
        Q("partial", "absurd", "Daniel Okafor", "call"),
        Q("direct", "Our teams treat anyone who walks through the door. That is what humanitarian work means,", "Daniel Okafor", "say"),
        Q("direct", "We are asking the authorities to let Fiona come home.", "Daniel Okafor", "say"),
        Q("indirect", "the family had not heard from her since Friday evening", "Moira Calder", "tell", "interview"),
        Q("direct", "We just want to hear her voice,", "Moira Calder", "say"),
        Q("indirect", "the Scottish government was in close contact with the family and with the Foreign Office", "John Swinney", "write", "twitter"),
        Q("direct", "Every effort must be made to bring Fiona home.", "John Swinney", "add", "twitter"),
        Q("indirect", "the arrest was \"part of a deliberate campaign to choke off aid to communities the junta is bombing\"", "Tom Andrews", "say"),
        Q("partial", "part of a deliberate campaign to choke off aid to communities the junta is bombing", "Tom Andrews", "say"),
        Q("indirect", "it was \"following the case closely\"", "Philippines", "say"),
        Q("partial", "following the case closely", "Philippines", "say"),
        Q("indirect", "at least 40 aid workers had been detained in Myanmar since the 2021 coup", "Amnesty International", "say"),
        Q("partial", "all those held simply for doing their jobs", "Amnesty International", "call"),
    ],
    dates=[
        D("Saturday", "DATE", "2026-09-05"),
        D("Monday", "DATE", "2026-09-07", 0),
        D("up to three years", "DURATION", "P3Y"),
        D("Monday afternoon", "TIME", "2026-09-07TAF"),
        D("2012", "DATE", "2012"),
        D("Friday evening", "TIME", "2026-09-04TEV"),
        D("this year", "DATE", "2026"),
        D("2021", "DATE", "2021", 0),
        D("February 2021", "DATE", "2021-02"),
    ],
    stances=[
        S("United Kingdom", "demand", "Myanmar", "release of the aid worker", "has demanded the immediate release of a Scottish aid worker"),
        S("Myanmar", "accuse", "Fiona Calder", evidence="who accuse her of helping armed resistance groups"),
        S("Yvette Cooper", "concern", None, "Ms Calder's welfare", "she was \"deeply concerned\" for Ms Calder's welfare"),
        S("Yvette Cooper", "demand", "Myanmar", "release of the aid worker", "she must be released without delay"),
        S("United Kingdom", "criticize", "Myanmar", evidence="it had summoned Myanmar's ambassador on Monday afternoon"),
        S("Zaw Min Tun", "reject", "United Kingdom", evidence="dismissed the criticism"),
        S("Zaw Min Tun", "accuse", "Fiona Calder", evidence="had been found carrying medicines and satellite phones \"intended for terrorist groups\""),
        S("HealthBridge International", "reject", "Myanmar", evidence="said the equipment had been declared to local authorities and was used only in its clinics"),
        S("Daniel Okafor", "criticize", "Myanmar", evidence="called the charges \"absurd\""),
        S("Daniel Okafor", "appeal", "Myanmar", "release of the aid worker", "We are asking the authorities to let Fiona come home."),
        S("John Swinney", "appeal", None, "release of the aid worker", "Every effort must be made to bring Fiona home."),
        S("Tom Andrews", "accuse", "Myanmar", evidence="the arrest was \"part of a deliberate campaign to choke off aid"),
        S("Tom Andrews", "appeal", "Asean", "press for her release", "He urged Asean, the regional bloc, to press the generals for her release."),
        S("Amnesty International", "accuse", "Myanmar", evidence="at least 40 aid workers had been detained in Myanmar since the 2021 coup"),
        S("Amnesty International", "appeal", "Myanmar", "release of detained aid workers", "called on the junta to free \"all those held simply for doing their jobs\""),
    ],
    notes="Invented article (fourth held-out set). BBC style: no dateline, 'Ms Cooper', 'Maj Gen', 'Asean'. Myanmar's "
          "military authorities, 'the military government', 'the junta', 'the generals' and its state television speak "
          "for Myanmar (the state). The UK's demand in the lead is a stance, not a report; the summons is criticism. "
          "The aid worker's mother shares her surname and speaks to BBC Scotland (the outlet, not an actor). "
          "Swinney's 'adding:' introduces a direct quote by colon on X; his appeal names no addressee. The Philippines "
          "'following the case closely' and 'declined to comment' take no stance. Amnesty's count of detentions is an "
          "accusation of the junta. 'ever since' is not annotated as a time expression.",
)

# --------------------------------------------------------------------------- 3. disputed gas field, eastern Mediterranean (broadcaster, Al Jazeera-like; curly quotes)
GASFIELD = """ date 2026-11-03 Turkey has sent a drillship escorted by two navy frigates into a gas-rich area off Cyprus that Nicosia says lies inside its exclusive economic zone, drawing condemnation from Greece and the European Union and raising fears of a naval standoff in the eastern Mediterranean.

The Abdulhamid Han began drilling on Monday in a block about 70km south-west of the Cypriot port of Limassol, according to Turkey’s energy ministry, which said the operation would last until the end of January.

Cyprus President Nikos Christodoulides called the move “a flagrant violation of international law and of our sovereign rights”.

“Turkey is behaving like a pirate in someone else’s sea,” he told reporters in Nicosia on Tuesday morning. “We will not be intimidated, and we will use every diplomatic and legal tool available to us.”

The block was licensed to Italy’s Eni and France’s TotalEnergies in 2022, and the two companies announced a significant gas discovery there last year.

Ankara rejected the criticism. Foreign Minister Hakan Fidan said the area fell within Turkey’s continental shelf and that Turkish Cypriots had an “equal right” to the island’s natural resources.

“No one can draw maps that ignore Turkey and the Turkish Cypriots,” Fidan told a joint news conference in Ankara with his Azerbaijani counterpart. “Our ships will continue their work under the protection of our navy.”

Tufan Erhurman, the Turkish Cypriot leader, said he had not been consulted on the timing of the drilling but backed Ankara’s position that any gas revenues must be shared.

In Athens, Prime Minister Kyriakos Mitsotakis spoke by phone with Christodoulides and convened the country’s national security council, government spokesman Pavlos Marinakis said. Greece “stands fully by the side of the Republic of Cyprus”, Marinakis told his regular briefing.

The European Union’s foreign policy chief, Kaja Kallas, said the bloc “condemns Turkey’s unilateral actions” and called on Ankara to withdraw its vessels immediately. She said EU foreign ministers would discuss possible “restrictive measures” when they meet on November 16.

Egypt, which signed a maritime boundary agreement with Cyprus in 2003, expressed “deep concern” and urged all parties to respect international law, the foreign ministry in Cairo said.

A US State Department spokesperson said Washington was “closely monitoring” the situation and encouraged “all sides to resolve their differences through dialogue”.

Eni said it had suspended work on a nearby appraisal well “as a precaution”.

Speaking to Al Jazeera, Zenonas Tziarras, a researcher at the Peace Research Institute Oslo’s Cyprus Centre, said the timing was no accident. “Ankara wants to show that no energy project in the eastern Mediterranean can go ahead without it,” he said.

Cyprus has been divided since 1974, when Turkey invaded following a Greek-inspired coup. Only Turkey recognises the self-declared Turkish Republic of Northern Cyprus in the north."""

build(
    "gasfield-cyprus-turkey-2026-11-03", GASFIELD,
    actors=[
        A("Turkey", "country", "TUR", aliases=["Turkish", "Ankara", "Turkey’s energy ministry"]),
        A("Cyprus", "country", "CYP", aliases=["Cypriot", "Nicosia", "Republic of Cyprus"]),
        A("Greece", "country", "GRC", aliases=["Greek", "Athens"]),
        A("European Union", "organization", None, aliases=["EU", "bloc", "EU foreign ministers"]),
        A("Nikos Christodoulides", "person", "CYP", "President", ["Christodoulides"]),
        A("Italy", "country", "ITA", aliases=["Italian"]),
        A("Eni", "organization", "ITA", aliases=["Italy’s Eni"]),
        A("France", "country", "FRA", aliases=["French"]),
        A("TotalEnergies", "organization", "FRA", aliases=["France’s TotalEnergies"]),
        A("Hakan Fidan", "person", "TUR", "Foreign Minister", ["Fidan"]),
        A("Turkish Cypriots", "group", None, aliases=["Turkish Cypriot"]),
        A("Azerbaijan", "country", "AZE", aliases=["Azerbaijani"]),
        A("Tufan Erhurman", "person", None, "Turkish Cypriot leader", ["Erhurman"]),
        A("Kyriakos Mitsotakis", "person", "GRC", "Prime Minister", ["Mitsotakis"]),
        A("Pavlos Marinakis", "person", "GRC", "government spokesman", ["Marinakis"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Kallas"], organization="European Union"),
        A("Egypt", "country", "EGY", aliases=["Egyptian", "Cairo", "foreign ministry in Cairo"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "State Department"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["A US State Department spokesperson", "spokesperson"], anonymous=True),
        A("Zenonas Tziarras", "person", "CYP", "researcher", ["Tziarras"], organization="Peace Research Institute Oslo"),
        A("Peace Research Institute Oslo", "organization", "NOR", aliases=["PRIO", "Peace Research Institute Oslo’s Cyprus Centre"]),
        A("Turkish Republic of Northern Cyprus", "country", None, aliases=["TRNC"]),
    ],
    quotes=[
        Q("indirect", "The Abdulhamid Han began drilling on Monday in a block about 70km south-west of the Cypriot port of Limassol", "Turkey", "according to"),
        Q("indirect", "the operation would last until the end of January", "Turkey", "say"),
        Q("partial", "a flagrant violation of international law and of our sovereign rights", "Nikos Christodoulides", "call"),
        Q("direct", "Turkey is behaving like a pirate in someone else’s sea,", "Nikos Christodoulides", "tell", "press conference"),
        Q("direct", "We will not be intimidated, and we will use every diplomatic and legal tool available to us.", "Nikos Christodoulides", "tell", "press conference"),
        Q("indirect", "the area fell within Turkey’s continental shelf and that Turkish Cypriots had an “equal right” to the island’s natural resources", "Hakan Fidan", "say"),
        Q("partial", "equal right", "Hakan Fidan", "say"),
        Q("direct", "No one can draw maps that ignore Turkey and the Turkish Cypriots,", "Hakan Fidan", "tell", "press conference"),
        Q("direct", "Our ships will continue their work under the protection of our navy.", "Hakan Fidan", "tell", "press conference"),
        Q("indirect", "he had not been consulted on the timing of the drilling but backed Ankara’s position that any gas revenues must be shared", "Tufan Erhurman", "say"),
        Q("indirect", "Prime Minister Kyriakos Mitsotakis spoke by phone with Christodoulides and convened the country’s national security council", "Pavlos Marinakis", "say", optional=True),
        Q("indirect", "Greece “stands fully by the side of the Republic of Cyprus”", "Pavlos Marinakis", "tell", "press conference", optional=True),
        Q("partial", "stands fully by the side of the Republic of Cyprus", "Pavlos Marinakis", "tell", "press conference"),
        Q("indirect", "the bloc “condemns Turkey’s unilateral actions”", "Kaja Kallas", "say"),
        Q("partial", "condemns Turkey’s unilateral actions", "Kaja Kallas", "say"),
        Q("indirect", "EU foreign ministers would discuss possible “restrictive measures” when they meet on November 16", "Kaja Kallas", "say"),
        Q("partial", "restrictive measures", "Kaja Kallas", "say"),
        Q("indirect", "expressed “deep concern” and urged all parties to respect international law", "Egypt", "say", optional=True),
        Q("partial", "deep concern", "Egypt", "express"),
        Q("indirect", "Washington was “closely monitoring” the situation and encouraged “all sides to resolve their differences through dialogue”", "State Department spokesperson", "say"),
        Q("partial", "closely monitoring", "State Department spokesperson", "say"),
        Q("partial", "all sides to resolve their differences through dialogue", "State Department spokesperson", "encourage"),
        Q("indirect", "it had suspended work on a nearby appraisal well “as a precaution”", "Eni", "say"),
        Q("partial", "as a precaution", "Eni", "say"),
        Q("indirect", "the timing was no accident", "Zenonas Tziarras", "say", "interview"),
        Q("direct", "Ankara wants to show that no energy project in the eastern Mediterranean can go ahead without it,", "Zenonas Tziarras", "say", "interview"),
    ],
    dates=[
        D("Monday", "DATE", "2026-11-02"),
        D("the end of January", "DATE", "2027-01"),
        D("Tuesday morning", "TIME", "2026-11-03TMO"),
        D("2022", "DATE", "2022"),
        D("last year", "DATE", "2025"),
        D("November 16", "DATE", "2026-11-16"),
        D("2003", "DATE", "2003"),
        D("1974", "DATE", "1974"),
    ],
    stances=[
        S("Greece", "condemn", "Turkey", evidence="drawing condemnation from Greece and the European Union"),
        S("European Union", "condemn", "Turkey", evidence="drawing condemnation from Greece and the European Union"),
        S("Nikos Christodoulides", "condemn", "Turkey", evidence="called the move “a flagrant violation of international law and of our sovereign rights”"),
        S("Nikos Christodoulides", "threaten", "Turkey", evidence="we will use every diplomatic and legal tool available to us"),
        S("Turkey", "reject", None, evidence="Ankara rejected the criticism."),
        S("Hakan Fidan", "support", "Turkish Cypriots", evidence="Turkish Cypriots had an “equal right” to the island’s natural resources"),
        S("Hakan Fidan", "reject", None, evidence="No one can draw maps that ignore Turkey and the Turkish Cypriots"),
        S("Hakan Fidan", "consult", "Azerbaijan", evidence="a joint news conference in Ankara with his Azerbaijani counterpart"),
        S("Tufan Erhurman", "support", "Turkey", evidence="backed Ankara’s position that any gas revenues must be shared"),
        S("Kyriakos Mitsotakis", "consult", "Nikos Christodoulides", evidence="spoke by phone with Christodoulides"),
        S("Greece", "support", "Cyprus", evidence="Greece “stands fully by the side of the Republic of Cyprus”"),
        S("Kaja Kallas", "condemn", "Turkey", evidence="the bloc “condemns Turkey’s unilateral actions”"),
        S("Kaja Kallas", "appeal", "Turkey", "withdraw vessels", "called on Ankara to withdraw its vessels immediately"),
        S("Kaja Kallas", "threaten", "Turkey", "restrictive measures", "EU foreign ministers would discuss possible “restrictive measures”"),
        S("Egypt", "concern", None, "drilling off Cyprus", "expressed “deep concern”"),
        S("Egypt", "appeal", None, "respect for international law", "urged all parties to respect international law"),
        S("United States", "appeal", None, "negotiations", "encouraged “all sides to resolve their differences through dialogue”"),
    ],
    notes="Invented article (fourth held-out set). Al Jazeera style: no dateline, curly quotes and apostrophes, "
          "'Speaking to Al Jazeera' (the outlet, not an actor; an interview). 'drawing condemnation from Greece and the European Union' gives each a condemnation; Nicosia's claim to the area is "
          "not annotated as a stance. 'according to Turkey’s energy ministry' reports the start of drilling. Fidan's joint news conference with his "
          "unnamed Azerbaijani counterpart is a meeting (target Azerbaijan). The Turkish Cypriot leader "
          "and community get no ISO code (they do not speak for the Republic of Cyprus); the self-declared TRNC is a "
          "state actor without code. Erhurman's remark that he was not consulted is not a stance; his backing of "
          "Ankara is. The Greek spokesman reports Mitsotakis's call (optional) and states Greece's support (holder "
          "Greece). Egypt's concern and appeal are reported by 'the foreign ministry in Cairo said' (optional as one "
          "indirect quote). The State Department spokesperson speaks for Washington (stance holder United States); "
          "'closely monitoring' is no stance. Eni's precaution and the researcher's analysis take none.",
)

# --------------------------------------------------------------------------- 4. attack on UN peacekeepers (live-blog summary)
PEACEKEEPERS = """ date 2026-10-22 Live: Three UN peacekeepers killed in ambush in Central African Republic

Key points:
- Three Tanzanian peacekeepers were killed and five wounded when their convoy was ambushed near Bambari on Wednesday night
- UN chief Antonio Guterres says attacks on peacekeepers "may constitute war crimes"
- The UPC armed group denies any involvement

09:05 GMT – What we know so far
The convoy of the UN mission, MINUSCA, was attacked at about 10pm local time on Wednesday on the road between Bambari and Ippy, the mission said in a statement. It said the attackers used rocket-propelled grenades and small arms before fleeing into the bush. Two of the wounded are in a serious condition.

09:40 GMT – Guterres condemns attack
UN Secretary-General Antonio Guterres "strongly condemns" the attack, his spokesman Stephane Dujarric said in a statement issued overnight.

"The Secretary-General recalls that attacks targeting United Nations peacekeepers may constitute war crimes under international law," the statement said, calling on the Central African authorities to "spare no effort" to bring those responsible to justice.

10:15 GMT – Tanzania mourns its soldiers
President Samia Suluhu Hassan has sent her condolences to the families of the dead soldiers and declared three days of national mourning.

"Our sons went to the Central African Republic to protect civilians, not to die in an ambush," she wrote on X. "Tanzania will not abandon this mission."

10:50 GMT – Government blames UPC
Government spokesman Maxime Balalou told state radio that the attack bore the "signature" of the Unity for Peace in Central Africa (UPC), an armed group that has long been active around Bambari.

Balalou added that President Faustin-Archange Touadera had ordered the armed forces to hunt down the perpetrators.

11:30 GMT – UPC denies involvement
In a voice message sent to journalists, a UPC spokesman who gave his name as Ousmane Abakar denied that the group's fighters had taken part in the attack.

"We have no problem with MINUSCA. Whoever did this wants to destroy the peace process," he said.

12:05 GMT – Security Council to meet
France, which drafts the Security Council's resolutions on the Central African Republic, has asked for closed-door consultations on the attack on Friday afternoon, diplomats said.

French Foreign Minister Jean-Noel Barrot said he had called his Tanzanian counterpart, Mahmoud Thabit Kombo, to express "France's full solidarity".

12:40 GMT – African Union condemns 'cowardly attack'
The African Union Commission chairperson, Mahmoud Ali Youssouf, condemned "this cowardly attack" and urged all armed groups to respect the 2019 peace agreement signed in Khartoum.

13:10 GMT – Russia weighs in
Russia, whose military instructors train the Central African army, said the attack showed that the UN mission "cannot guarantee security on its own". In a post on Telegram, the Russian embassy in Bangui said Moscow stood ready to "increase its assistance to the Central African armed forces".

13:45 GMT – Rights group warns against reprisals
Human Rights Watch urged the government and its allies not to carry out reprisals against civilians during the search for the attackers.

"Past operations after attacks like this one have led to summary executions," said Lewis Mudge, the group's Central Africa director. "The people of Bambari should not pay for a crime they did not commit."

MINUSCA, which has about 14,000 troops and police, has been deployed in the country since 2014."""

build(
    "peacekeepers-centralafrica-2026-10-22", PEACEKEEPERS,
    actors=[
        A("United Nations", "organization", None, aliases=["UN"]),
        A("MINUSCA", "organization", None, aliases=["UN mission", "the mission", "mission"]),
        A("Tanzania", "country", "TZA", aliases=["Tanzanian"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres", "UN chief", "Secretary-General"], organization="United Nations"),
        A("Unity for Peace in Central Africa", "group", "CAF", aliases=["UPC", "The UPC armed group"]),
        A("Stephane Dujarric", "person", None, "spokesman", ["Dujarric"], organization="United Nations"),
        A("Central African Republic", "country", "CAF", aliases=["Central African authorities", "Government", "government", "Central African", "Bangui"]),
        A("Samia Suluhu Hassan", "person", "TZA", "President", ["Samia", "Hassan"]),
        A("Maxime Balalou", "person", "CAF", "Government spokesman", ["Balalou"]),
        A("Faustin-Archange Touadera", "person", "CAF", "President", ["Touadera"]),
        A("Central African armed forces", "organization", "CAF", aliases=["armed forces", "Central African army"]),
        A("Ousmane Abakar", "person", "CAF", "UPC spokesman", ["Abakar"], organization="Unity for Peace in Central Africa"),
        A("UN Security Council", "organization", None, aliases=["Security Council"]),
        A("France", "country", "FRA", aliases=["French"]),
        A("diplomats", "group", None, aliases=[], anonymous=True),
        A("Jean-Noel Barrot", "person", "FRA", "Foreign Minister", ["Barrot"]),
        A("Mahmoud Thabit Kombo", "person", "TZA", "Foreign Minister", ["Kombo"]),
        A("African Union", "organization", None, aliases=["AU", "African Union Commission"]),
        A("Mahmoud Ali Youssouf", "person", None, "African Union Commission chairperson", ["Youssouf"], organization="African Union"),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow", "Russian embassy in Bangui"]),
        A("Human Rights Watch", "organization", None, aliases=["HRW"]),
        A("Lewis Mudge", "person", None, "Central Africa director", ["Mudge"], organization="Human Rights Watch"),
    ],
    quotes=[
        Q("indirect", "attacks on peacekeepers \"may constitute war crimes\"", "Antonio Guterres", "say"),
        Q("partial", "may constitute war crimes", "Antonio Guterres", "say"),
        Q("indirect", "The convoy of the UN mission, MINUSCA, was attacked at about 10pm local time on Wednesday on the road between Bambari and Ippy", "MINUSCA", "say", "statement"),
        Q("indirect", "the attackers used rocket-propelled grenades and small arms before fleeing into the bush", "MINUSCA", "say", "statement"),
        Q("indirect", "UN Secretary-General Antonio Guterres \"strongly condemns\" the attack", "Stephane Dujarric", "say", "statement"),
        Q("partial", "strongly condemns", "Stephane Dujarric", "say", "statement"),
        Q("direct", "The Secretary-General recalls that attacks targeting United Nations peacekeepers may constitute war crimes under international law,", "Stephane Dujarric", "say", "statement"),
        Q("partial", "spare no effort", "Stephane Dujarric", "call", "statement"),
        Q("direct", "Our sons went to the Central African Republic to protect civilians, not to die in an ambush,", "Samia Suluhu Hassan", "write", "twitter"),
        Q("direct", "Tanzania will not abandon this mission.", "Samia Suluhu Hassan", "write", "twitter"),
        Q("indirect", "the attack bore the \"signature\" of the Unity for Peace in Central Africa (UPC), an armed group that has long been active around Bambari", "Maxime Balalou", "tell", "radio"),
        Q("partial", "signature", "Maxime Balalou", "tell", "radio"),
        Q("indirect", "President Faustin-Archange Touadera had ordered the armed forces to hunt down the perpetrators", "Maxime Balalou", "add"),
        Q("indirect", "the group's fighters had taken part in the attack", "Ousmane Abakar", "deny"),
        Q("direct", "We have no problem with MINUSCA. Whoever did this wants to destroy the peace process,", "Ousmane Abakar", "say"),
        Q("indirect", "France, which drafts the Security Council's resolutions on the Central African Republic, has asked for closed-door consultations on the attack on Friday afternoon", "diplomats", "say"),
        Q("indirect", "he had called his Tanzanian counterpart, Mahmoud Thabit Kombo, to express \"France's full solidarity\"", "Jean-Noel Barrot", "say"),
        Q("partial", "France's full solidarity", "Jean-Noel Barrot", "say"),
        Q("partial", "this cowardly attack", "Mahmoud Ali Youssouf", "condemn"),
        Q("indirect", "the attack showed that the UN mission \"cannot guarantee security on its own\"", "Russia", "say"),
        Q("partial", "cannot guarantee security on its own", "Russia", "say"),
        Q("indirect", "Moscow stood ready to \"increase its assistance to the Central African armed forces\"", "Russia", "say", "social media"),
        Q("partial", "increase its assistance to the Central African armed forces", "Russia", "say", "social media"),
        Q("direct", "Past operations after attacks like this one have led to summary executions,", "Lewis Mudge", "say"),
        Q("direct", "The people of Bambari should not pay for a crime they did not commit.", "Lewis Mudge", "say"),
    ],
    dates=[
        D("Wednesday night", "TIME", "2026-10-21TNI"),
        D("09:05 GMT", "TIME", "2026-10-22T09:05"),
        D("10pm local time on Wednesday", "TIME", "2026-10-21T22:00"),
        D("09:40 GMT", "TIME", "2026-10-22T09:40"),
        D("overnight", "TIME", "2026-10-21TNI"),
        D("10:15 GMT", "TIME", "2026-10-22T10:15"),
        D("three days", "DURATION", "P3D"),
        D("10:50 GMT", "TIME", "2026-10-22T10:50"),
        D("11:30 GMT", "TIME", "2026-10-22T11:30"),
        D("12:05 GMT", "TIME", "2026-10-22T12:05"),
        D("Friday afternoon", "TIME", "2026-10-23TAF"),
        D("12:40 GMT", "TIME", "2026-10-22T12:40"),
        D("2019", "DATE", "2019"),
        D("13:10 GMT", "TIME", "2026-10-22T13:10"),
        D("13:45 GMT", "TIME", "2026-10-22T13:45"),
        D("2014", "DATE", "2014"),
    ],
    stances=[
        S("Unity for Peace in Central Africa", "reject", None, evidence="The UPC armed group denies any involvement"),
        S("Antonio Guterres", "condemn", None, evidence="Antonio Guterres \"strongly condemns\" the attack"),
        S("Antonio Guterres", "appeal", "Central African Republic", "bring those responsible to justice", "calling on the Central African authorities to \"spare no effort\""),
        S("Samia Suluhu Hassan", "support", None, evidence="has sent her condolences to the families of the dead soldiers"),
        S("Samia Suluhu Hassan", "support", "MINUSCA", evidence="Tanzania will not abandon this mission."),
        S("Maxime Balalou", "accuse", "Unity for Peace in Central Africa", evidence="the attack bore the \"signature\" of the Unity for Peace in Central Africa (UPC)"),
        S("Ousmane Abakar", "reject", "Central African Republic", evidence="denied that the group's fighters had taken part in the attack"),
        S("France", "appeal", "UN Security Council", "consultations on the attack", "has asked for closed-door consultations on the attack"),
        S("Jean-Noel Barrot", "consult", "Mahmoud Thabit Kombo", evidence="he had called his Tanzanian counterpart, Mahmoud Thabit Kombo"),
        S("Jean-Noel Barrot", "support", "Tanzania", evidence="to express \"France's full solidarity\""),
        S("Mahmoud Ali Youssouf", "condemn", None, evidence="condemned \"this cowardly attack\""),
        S("Mahmoud Ali Youssouf", "appeal", None, "respect for the peace agreement", "urged all armed groups to respect the 2019 peace agreement"),
        S("Russia", "criticize", "MINUSCA", evidence="the UN mission \"cannot guarantee security on its own\""),
        S("Russia", "support", "Central African armed forces", evidence="stood ready to \"increase its assistance to the Central African armed forces\""),
        S("Human Rights Watch", "appeal", "Central African Republic", "no reprisals against civilians", "urged the government and its allies not to carry out reprisals against civilians"),
        S("Lewis Mudge", "concern", None, "summary executions", "Past operations after attacks like this one have led to summary executions"),
    ],
    notes="Invented article (fourth held-out set). Live-blog summary: a headline, bullet key points and entries headed "
          "by GMT times (each a TIMEX3 TIME on the article's day; 'Wednesday night' and '10pm local time on Wednesday' "
          "are the evening before; 'overnight' is the night before the Thursday blog). The UN spokesman speaks the UN "
          "statement ('the statement said' is his), while the condemnation and call are the Secretary-General's "
          "stances. 'Government' in the entry headings and 'the government' are the Central African Republic. "
          "Balalou reports Touadera's order (no stance: the perpetrators are unnamed). The UPC denial is held by the "
          "group in the key points and by its spokesman in his entry. France's request for consultations is an appeal "
          "to the Security Council. Samia's condolences are support with no target (as the EU's condolences in the "
          "second development set); 'declared three days of national mourning' takes none. The Russian embassy in "
          "Bangui speaks for Russia (Telegram: social media).",
)

# --------------------------------------------------------------------------- 5. presidential term-limit amendment (regional daily, South African-paper-like)
TERMLIMIT = """ date 2026-11-12 HARARE – Zimbabwe’s parliament yesterday passed a constitutional amendment that extends President Emmerson Mnangagwa’s term by two years to 2030, brushing aside protests from opposition parties, church leaders and some of the ruling party’s own war veterans.

The Constitution of Zimbabwe Amendment (No. 3) Bill was approved by 212 votes to 41 in a joint sitting of the National Assembly and the Senate after a debate that ran late into the night. Opposition MPs walked out before the vote, chanting "No to 2030!"

Justice Minister Ziyambi Ziyambi, who piloted the Bill, told the House that the amendment "reflects the will of the people, expressed in consultations across all ten provinces".

Zanu-PF spokesperson Chris Mutsvangwa was blunter. "The President has unfinished business. Those who want power must wait until 2030 like everybody else," he told journalists outside Parliament.

Opposition leader Nelson Chamisa dismissed the vote as "a constitutional coup by a party that has lost the argument and is afraid of the ballot". Writing on X, he called on Zimbabweans to "resist peacefully" and urged the Southern African Development Community (SADC) to "stop pretending this is normal".

Zimbabwe Lawyers for Human Rights (ZLHR) said it would challenge the amendment in the Constitutional Court, arguing that the constitution bars an incumbent from benefiting from a change to term limits without a national vote.

"This Bill was written for one man," ZLHR director Roselyn Hanzi said. "The constitution was not."

Blessed Geza, the war veteran who has led calls for Mnangagwa to step down, was not in Parliament but said in a video posted online that veterans would "not accept a life presidency".

The Zimbabwe Catholic Bishops’ Conference said in a pastoral letter read in churches last Sunday that the country needed "healing, not another term".

In Pretoria, the Department of International Relations and Cooperation (Dirco) said South Africa had "taken note" of the vote, which was "a matter for the people of Zimbabwe". Dirco spokesperson Chrispin Phiri declined to say whether President Cyril Ramaphosa had raised the matter with Mnangagwa.

SADC executive secretary Elias Magosi said the regional bloc respected Zimbabwe’s sovereignty but encouraged "broad-based dialogue" on the amendment.

The US embassy in Harare said in a statement that it was "concerned by the erosion of constitutional term limits" and urged the government to respect citizens’ right to protest. The EU delegation issued a similar statement.

Zanu-PF dismissed the criticism. "Zimbabwe is not a colony. We do not take instructions from embassies," Mutsvangwa said this morning.

Mnangagwa, who came to power after the army ousted Robert Mugabe in November 2017, was elected in 2018 and re-elected in 2023. His second and final term was due to end in 2028. He has not commented publicly on the vote, but said in March that he would "serve the people for as long as they want me"."""

build(
    "termlimit-zimbabwe-2026-11-12", TERMLIMIT,
    actors=[
        A("Zimbabwe", "country", "ZWE", aliases=["Zimbabwean", "Harare", "government"]),
        A("Parliament of Zimbabwe", "organization", "ZWE", aliases=["Zimbabwe’s parliament", "parliament", "Parliament", "National Assembly", "Senate", "House"]),
        A("Emmerson Mnangagwa", "person", "ZWE", "President", ["Mnangagwa"]),
        A("opposition parties", "group", "ZWE", aliases=[]),
        A("church leaders", "group", "ZWE", aliases=[]),
        A("war veterans", "group", "ZWE", aliases=["veterans", "ruling party’s own war veterans"]),
        A("Zanu-PF", "organization", "ZWE", aliases=["ruling party", "ZANU-PF"]),
        A("Opposition MPs", "group", "ZWE", aliases=["opposition MPs"]),
        A("Ziyambi Ziyambi", "person", "ZWE", "Justice Minister", ["Ziyambi"]),
        A("Chris Mutsvangwa", "person", "ZWE", "Zanu-PF spokesperson", ["Mutsvangwa"], organization="Zanu-PF"),
        A("Nelson Chamisa", "person", "ZWE", "Opposition leader", ["Chamisa"]),
        A("Zimbabweans", "group", "ZWE", aliases=[]),
        A("Southern African Development Community", "organization", None, aliases=["SADC", "regional bloc"]),
        A("Zimbabwe Lawyers for Human Rights", "organization", "ZWE", aliases=["ZLHR"]),
        A("Constitutional Court", "organization", "ZWE", aliases=[]),
        A("Roselyn Hanzi", "person", "ZWE", "ZLHR director", ["Hanzi"], organization="Zimbabwe Lawyers for Human Rights"),
        A("Blessed Geza", "person", "ZWE", "war veteran", ["Geza"]),
        A("Zimbabwe Catholic Bishops’ Conference", "organization", "ZWE", aliases=["Catholic Bishops"]),
        A("South Africa", "country", "ZAF", aliases=["South African", "Pretoria", "Department of International Relations and Cooperation", "Dirco"]),
        A("Chrispin Phiri", "person", "ZAF", "Dirco spokesperson", ["Phiri"]),
        A("Cyril Ramaphosa", "person", "ZAF", "President", ["Ramaphosa"]),
        A("Elias Magosi", "person", None, "SADC executive secretary", ["Magosi"], organization="Southern African Development Community"),
        A("United States", "country", "USA", aliases=["US", "US embassy in Harare"]),
        A("European Union", "organization", None, aliases=["EU", "EU delegation"]),
        A("Robert Mugabe", "person", "ZWE", None, ["Mugabe"]),
        A("Zimbabwean army", "organization", "ZWE", aliases=["army"]),
    ],
    quotes=[
        Q("direct", "No to 2030!", "Opposition MPs", "chant"),
        Q("indirect", "the amendment \"reflects the will of the people, expressed in consultations across all ten provinces\"", "Ziyambi Ziyambi", "tell"),
        Q("partial", "reflects the will of the people, expressed in consultations across all ten provinces", "Ziyambi Ziyambi", "tell"),
        Q("direct", "The President has unfinished business. Those who want power must wait until 2030 like everybody else,", "Chris Mutsvangwa", "tell", "press conference"),
        Q("partial", "a constitutional coup by a party that has lost the argument and is afraid of the ballot", "Nelson Chamisa", "dismiss"),
        Q("partial", "resist peacefully", "Nelson Chamisa", "call", "twitter"),
        Q("partial", "stop pretending this is normal", "Nelson Chamisa", "urge", "twitter"),
        Q("indirect", "it would challenge the amendment in the Constitutional Court", "Zimbabwe Lawyers for Human Rights", "say"),
        Q("indirect", "the constitution bars an incumbent from benefiting from a change to term limits without a national vote", "Zimbabwe Lawyers for Human Rights", "argue"),
        Q("direct", "This Bill was written for one man,", "Roselyn Hanzi", "say"),
        Q("direct", "The constitution was not.", "Roselyn Hanzi", "say"),
        Q("indirect", "veterans would \"not accept a life presidency\"", "Blessed Geza", "say", "social media"),
        Q("partial", "not accept a life presidency", "Blessed Geza", "say", "social media"),
        Q("indirect", "the country needed \"healing, not another term\"", "Zimbabwe Catholic Bishops’ Conference", "say", "statement"),
        Q("partial", "healing, not another term", "Zimbabwe Catholic Bishops’ Conference", "say", "statement"),
        Q("indirect", "South Africa had \"taken note\" of the vote, which was \"a matter for the people of Zimbabwe\"", "South Africa", "say"),
        Q("partial", "taken note", "South Africa", "say"),
        Q("partial", "a matter for the people of Zimbabwe", "South Africa", "say"),
        Q("indirect", "the regional bloc respected Zimbabwe’s sovereignty but encouraged \"broad-based dialogue\" on the amendment", "Elias Magosi", "say"),
        Q("partial", "broad-based dialogue", "Elias Magosi", "encourage"),
        Q("indirect", "it was \"concerned by the erosion of constitutional term limits\"", "United States", "say", "statement"),
        Q("partial", "concerned by the erosion of constitutional term limits", "United States", "say", "statement"),
        Q("direct", "Zimbabwe is not a colony. We do not take instructions from embassies,", "Chris Mutsvangwa", "say"),
        Q("indirect", "he would \"serve the people for as long as they want me\"", "Emmerson Mnangagwa", "say"),
        Q("partial", "serve the people for as long as they want me", "Emmerson Mnangagwa", "say"),
    ],
    dates=[
        D("yesterday", "DATE", "2026-11-11"),
        D("two years", "DURATION", "P2Y"),
        D("2030", "DATE", "2030", 0),
        D("late into the night", "TIME", "2026-11-11TNI"),
        D("2030", "DATE", "2030", 1),
        D("2030", "DATE", "2030", 2),
        D("last Sunday", "DATE", "2026-11-08"),
        D("this morning", "TIME", "2026-11-12TMO"),
        D("November 2017", "DATE", "2017-11"),
        D("2018", "DATE", "2018"),
        D("2023", "DATE", "2023"),
        D("2028", "DATE", "2028"),
        D("March", "DATE", "2026-03"),
    ],
    stances=[
        S("opposition parties", "criticize", None, evidence="brushing aside protests from opposition parties, church leaders and some of the ruling party’s own war veterans"),
        S("church leaders", "criticize", None, evidence="brushing aside protests from opposition parties, church leaders and some of the ruling party’s own war veterans"),
        S("war veterans", "criticize", None, evidence="brushing aside protests from opposition parties, church leaders and some of the ruling party’s own war veterans"),
        S("Opposition MPs", "reject", None, evidence="Opposition MPs walked out before the vote, chanting \"No to 2030!\""),
        S("Ziyambi Ziyambi", "support", None, evidence="the amendment \"reflects the will of the people"),
        S("Chris Mutsvangwa", "support", "Emmerson Mnangagwa", evidence="The President has unfinished business."),
        S("Nelson Chamisa", "accuse", "Zanu-PF", evidence="dismissed the vote as \"a constitutional coup by a party that has lost the argument"),
        S("Nelson Chamisa", "appeal", "Zimbabweans", "peaceful resistance", "he called on Zimbabweans to \"resist peacefully\""),
        S("Nelson Chamisa", "appeal", "Southern African Development Community", "act on the amendment", "urged the Southern African Development Community (SADC) to \"stop pretending this is normal\""),
        S("Zimbabwe Lawyers for Human Rights", "reject", None, evidence="it would challenge the amendment in the Constitutional Court"),
        S("Roselyn Hanzi", "criticize", None, evidence="This Bill was written for one man"),
        S("Blessed Geza", "reject", None, evidence="veterans would \"not accept a life presidency\""),
        S("Zimbabwe Catholic Bishops’ Conference", "criticize", None, evidence="the country needed \"healing, not another term\""),
        S("Elias Magosi", "appeal", None, "negotiations", "encouraged \"broad-based dialogue\" on the amendment"),
        S("United States", "concern", None, "erosion of term limits", "it was \"concerned by the erosion of constitutional term limits\""),
        S("United States", "appeal", "Zimbabwe", "respect the right to protest", "urged the government to respect citizens’ right to protest"),
        S("European Union", "concern", None, "erosion of term limits", "The EU delegation issued a similar statement."),
        S("Zanu-PF", "reject", None, evidence="Zanu-PF dismissed the criticism."),
        S("Chris Mutsvangwa", "reject", None, evidence="We do not take instructions from embassies"),
    ],
    notes="Invented article (fourth held-out set). South African regional-daily style: dateline 'HARARE –', "
          "'yesterday' and 'this morning' against the Thursday issue, curly apostrophes with straight quotes. "
          "'brushing aside protests from ...' gives each of the three groups a criticism of the amendment (no actor "
          "target). The chant is a direct quote of the opposition MPs and '2030' inside it a date. 'the President' "
          "in Mutsvangwa's quote is Mnangagwa. Dirco speaks for South Africa; its 'taken note' and 'a matter for the "
          "people of Zimbabwe' take no stance, nor does Phiri's refusal to comment (no quote). 'The EU delegation "
          "issued a similar statement' is read as the same concern as the US embassy's. The ZLHR court challenge "
          "rejects the amendment. Mnangagwa's March remark takes no stance in this story.",
)

# --------------------------------------------------------------------------- 6. anti-satellite missile test (reaction and press roundup)
ASAT = """ date 2026-11-19 China's anti-satellite test: how the world reacted

China confirmed on Wednesday that it had destroyed one of its own decommissioned weather satellites with a ground-based missile the day before, its first such test since 2007. The US military said the strike, about 850km above the Earth, had created more than 1,200 pieces of trackable debris. Here is a roundup of reactions.

CHINA
The foreign ministry described the launch as "a routine technical test" that "was not directed at any country and poses no threat". Spokesperson Mao Ning told a regular briefing in Beijing that China "has always advocated the peaceful use of outer space" and accused Washington of "hyping up a so-called space threat to justify its own militarisation of space".

UNITED STATES
Secretary of State Marco Rubio called the test "reckless and irresponsible" and said it had endangered astronauts of every nation. "Beijing claims to oppose an arms race in space, and then it does this," he told reporters at the State Department.
The head of US Space Command, Gen Stephen Whiting, said his teams would be tracking the debris "for years, possibly decades".

JAPAN
Chief Cabinet Secretary Minoru Kihara said Tokyo had lodged a protest with Beijing through diplomatic channels and would raise the issue at the United Nations. "Space debris does not respect borders," he told a news conference.

EUROPE
The European Space Agency said it was assessing the risk to its satellites and that some might need to perform avoidance manoeuvres. ESA director general Josef Aschbacher wrote on X: "Every test like this makes orbit more crowded and more dangerous for all of us. It has to stop."
British Defence Secretary John Healey said the UK condemned the test and called on China to join a moratorium on destructive anti-satellite missile tests that Britain, the United States and more than 35 other countries have signed.

RUSSIA
Moscow, which drew similar criticism after its own test in November 2021, defended Beijing. Kremlin spokesman Dmitry Peskov said every country had "the sovereign right" to test its defensive systems and that Western criticism was "hypocritical".

INDIA
India, which carried out an anti-satellite test of its own in 2019, was more guarded. Foreign ministry spokesman Randhir Jaiswal said New Delhi was "studying the reports" and urged all spacefaring nations to act "responsibly".

UNITED NATIONS
Asked about the test, a spokesperson for Secretary-General Antonio Guterres said the UN chief was concerned about "the growing weaponisation of outer space" and urged member states to agree on binding rules.

SCIENTISTS
Astronomers and satellite operators were alarmed. "We were just starting to get the debris problem under control," said Moriba Jah, a professor of astrodynamics at the University of Texas. "This sets us back a decade."

IN THE PRESS
Japan's Yomiuri Shimbun said in an editorial that the test showed China's "contempt for international rules". China's state-run Global Times, by contrast, wrote that the West was "panicking" because it had lost its monopoly in space."""

build(
    "asat-test-china-2026-11-19", ASAT,
    actors=[
        A("China", "country", "CHN", aliases=["Chinese", "Beijing", "CHINA", "The foreign ministry"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "State Department", "US military", "UNITED STATES"]),
        A("Mao Ning", "person", "CHN", "Spokesperson", ["Mao"]),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["Rubio"]),
        A("US Space Command", "organization", "USA", aliases=["Space Command"]),
        A("Stephen Whiting", "person", "USA", "head of US Space Command", ["Whiting", "Gen Stephen Whiting"], organization="US Space Command"),
        A("Japan", "country", "JPN", aliases=["Japanese", "Tokyo", "JAPAN"]),
        A("Minoru Kihara", "person", "JPN", "Chief Cabinet Secretary", ["Kihara"]),
        A("United Nations", "organization", None, aliases=["UN", "UNITED NATIONS"]),
        A("European Space Agency", "organization", None, aliases=["ESA"]),
        A("Josef Aschbacher", "person", None, "ESA director general", ["Aschbacher"], organization="European Space Agency"),
        A("John Healey", "person", "GBR", "Defence Secretary", ["Healey"]),
        A("United Kingdom", "country", "GBR", aliases=["UK", "Britain", "British"]),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow", "Kremlin", "RUSSIA"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov"]),
        A("the West", "group", None, aliases=["West", "Western"]),
        A("India", "country", "IND", aliases=["Indian", "New Delhi", "INDIA"]),
        A("Randhir Jaiswal", "person", "IND", "Foreign ministry spokesman", ["Jaiswal"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres", "UN chief"], organization="United Nations"),
        A("UN spokesperson", "person", None, "spokesperson", ["a spokesperson for Secretary-General Antonio Guterres", "spokesperson"], organization="United Nations", anonymous=True),
        A("astronomers and satellite operators", "group", None, aliases=["Astronomers and satellite operators"]),
        A("Moriba Jah", "person", "USA", "professor of astrodynamics", ["Jah"], organization="University of Texas"),
        A("University of Texas", "organization", "USA", aliases=[]),
        A("Yomiuri Shimbun", "organization", "JPN", aliases=["Japan's Yomiuri Shimbun"]),
        A("Global Times", "organization", "CHN", aliases=["China's state-run Global Times"]),
    ],
    quotes=[
        Q("indirect", "it had destroyed one of its own decommissioned weather satellites with a ground-based missile the day before", "China", "confirm"),
        Q("indirect", "the strike, about 850km above the Earth, had created more than 1,200 pieces of trackable debris", "United States", "say"),
        Q("partial", "a routine technical test", "China", "describe"),
        Q("partial", "was not directed at any country and poses no threat", "China", "describe"),
        Q("indirect", "China \"has always advocated the peaceful use of outer space\"", "Mao Ning", "tell", "press conference"),
        Q("partial", "has always advocated the peaceful use of outer space", "Mao Ning", "tell", "press conference"),
        Q("partial", "hyping up a so-called space threat to justify its own militarisation of space", "Mao Ning", "accuse", "press conference"),
        Q("partial", "reckless and irresponsible", "Marco Rubio", "call"),
        Q("indirect", "it had endangered astronauts of every nation", "Marco Rubio", "say"),
        Q("direct", "Beijing claims to oppose an arms race in space, and then it does this,", "Marco Rubio", "tell", "press conference"),
        Q("indirect", "his teams would be tracking the debris \"for years, possibly decades\"", "Stephen Whiting", "say"),
        Q("partial", "for years, possibly decades", "Stephen Whiting", "say"),
        Q("indirect", "Tokyo had lodged a protest with Beijing through diplomatic channels and would raise the issue at the United Nations", "Minoru Kihara", "say"),
        Q("direct", "Space debris does not respect borders,", "Minoru Kihara", "tell", "press conference"),
        Q("indirect", "it was assessing the risk to its satellites and that some might need to perform avoidance manoeuvres", "European Space Agency", "say"),
        Q("direct", "Every test like this makes orbit more crowded and more dangerous for all of us. It has to stop.", "Josef Aschbacher", "write", "twitter"),
        Q("indirect", "the UK condemned the test", "John Healey", "say"),
        Q("indirect", "every country had \"the sovereign right\" to test its defensive systems and that Western criticism was \"hypocritical\"", "Dmitry Peskov", "say"),
        Q("partial", "the sovereign right", "Dmitry Peskov", "say"),
        Q("partial", "hypocritical", "Dmitry Peskov", "say"),
        Q("indirect", "New Delhi was \"studying the reports\"", "Randhir Jaiswal", "say"),
        Q("partial", "studying the reports", "Randhir Jaiswal", "say"),
        Q("partial", "responsibly", "Randhir Jaiswal", "urge"),
        Q("indirect", "the UN chief was concerned about \"the growing weaponisation of outer space\" and urged member states to agree on binding rules", "UN spokesperson", "say"),
        Q("partial", "the growing weaponisation of outer space", "UN spokesperson", "say"),
        Q("direct", "We were just starting to get the debris problem under control,", "Moriba Jah", "say"),
        Q("direct", "This sets us back a decade.", "Moriba Jah", "say"),
        Q("indirect", "the test showed China's \"contempt for international rules\"", "Yomiuri Shimbun", "say"),
        Q("partial", "contempt for international rules", "Yomiuri Shimbun", "say"),
        Q("indirect", "the West was \"panicking\" because it had lost its monopoly in space", "Global Times", "write"),
        Q("partial", "panicking", "Global Times", "write"),
    ],
    dates=[
        D("Wednesday", "DATE", "2026-11-18"),
        D("the day before", "DATE", "2026-11-17"),
        D("2007", "DATE", "2007"),
        D("for years", "DURATION", "PXY"),
        D("decades", "DURATION", "PXDE"),
        D("November 2021", "DATE", "2021-11"),
        D("2019", "DATE", "2019"),
        D("a decade", "DURATION", "P1DE"),
    ],
    stances=[
        S("China", "reject", None, evidence="\"was not directed at any country and poses no threat\""),
        S("Mao Ning", "accuse", "United States", evidence="accused Washington of \"hyping up a so-called space threat"),
        S("Marco Rubio", "criticize", "China", evidence="called the test \"reckless and irresponsible\""),
        S("Japan", "criticize", "China", evidence="Tokyo had lodged a protest with Beijing through diplomatic channels"),
        S("Josef Aschbacher", "appeal", None, "stop destructive tests", "It has to stop."),
        S("John Healey", "condemn", "China", evidence="the UK condemned the test"),
        S("John Healey", "appeal", "China", "join the moratorium on anti-satellite tests", "called on China to join a moratorium on destructive anti-satellite missile tests"),
        S("Russia", "support", "China", evidence="defended Beijing"),
        S("Dmitry Peskov", "criticize", "the West", evidence="Western criticism was \"hypocritical\""),
        S("Randhir Jaiswal", "appeal", None, "responsible conduct", "urged all spacefaring nations to act \"responsibly\""),
        S("Antonio Guterres", "concern", None, "weaponisation of outer space", "the UN chief was concerned about \"the growing weaponisation of outer space\""),
        S("Antonio Guterres", "appeal", None, "binding rules for space", "urged member states to agree on binding rules"),
        S("astronomers and satellite operators", "concern", None, "space debris", "Astronomers and satellite operators were alarmed."),
        S("Yomiuri Shimbun", "criticize", "China", evidence="the test showed China's \"contempt for international rules\""),
        S("Global Times", "criticize", "the West", evidence="the West was \"panicking\""),
    ],
    notes="Invented article (fourth held-out set). Reaction and press roundup: a headline, an intro and sections "
          "headed by capitalised country or group names (headings are not mentions to annotate as quotes). 'The "
          "foreign ministry' under CHINA and 'The US military' speak for their countries. 'Drew similar criticism' "
          "about Russia's 2021 test names no critic (no stance). Healey's 'the UK condemned' is held by the speaker "
          "(as Kallas's 'the bloc condemns' in this set). The UN spokesperson reports the Secretary-General's concern "
          "and appeal (holder Guterres). Whiting's debris tracking, ESA's assessment, India's 'studying the reports' "
          "and Jah's remarks take no stance; the scientists' alarm is a concern of the group. Newspapers quoted in "
          "the press section are actors (their editorials are the reactions). 'for years, possibly decades' holds "
          "two durations.",
)

if __name__ == "__main__":
    WRITER.report()
