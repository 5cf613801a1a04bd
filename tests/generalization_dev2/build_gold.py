"""Builds the second development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Eight invented reaction articles written on 2026-11-25 by someone who changed no library code,
annotated before reactlib was run on them. As in ``tests/generalization/build_gold.py``, the
annotation lives here as data so that offsets are computed, never typed: a quote or date is given
by its text and, where the same words occur more than once, by its occurrence number (0-based);
``gold_builder`` asserts that every span and stance evidence is found in the text.
Run `python tests/generalization_dev2/build_gold.py` after editing.
Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the first development set.
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


# --------------------------------------------------------------------------- 1. naval incident, South China Sea (wire, Reuters-like)
SHOAL = """ date 2026-08-19 MANILA, Aug 19 (Reuters) - The Philippines accused China on Wednesday of ramming a Philippine Navy supply boat and firing water cannon at it near Second Thomas Shoal, injuring four sailors in the most serious confrontation in the disputed South China Sea in more than a year.

The boat was carrying food and fuel to a small garrison on the shoal on Wednesday morning when a Chinese navy frigate struck its stern and two other vessels blasted it with water cannon for about 40 minutes, the Armed Forces of the Philippines said.

"This was a deliberate and dangerous act that put the lives of our personnel at risk," navy spokesman Rear Admiral Ramon Dizon told a news conference in Manila. "We will not be driven out of our own waters."

The Department of Foreign Affairs summoned China's ambassador and lodged a diplomatic protest, a ministry spokeswoman said. President Ferdinand Marcos Jr. convened the National Security Council, his office said.

China's Southern Theater Command said the Philippine boat had "illegally intruded" into waters near Ren'ai Jiao, the Chinese name for the shoal, and that its ships had taken "necessary control measures in accordance with the law".

"The Philippine side bears full responsibility," Chinese foreign ministry spokesman Lin Jian told a regular briefing in Beijing, urging Manila to "immediately stop its provocations".

The United States, which has a 1951 mutual defence treaty with the Philippines, condemned what it called China's "aggressive and unlawful" conduct. Secretary of State Marco Rubio spoke by phone with Philippine Foreign Secretary Theresa Lazaro on Wednesday evening and reaffirmed Washington's "ironclad" commitment to its ally, the State Department said.

Japan's foreign ministry said Tokyo was "seriously concerned" and that it opposed any attempt to change the status quo by force. Australian Foreign Minister Penny Wong wrote on X: "Dangerous conduct at sea risks miscalculation. We call on all parties to respect the 2016 arbitral award."

Vietnam, which also claims parts of the sea, did not criticise Beijing by name but called for restraint and respect for international law.

A Philippine military official, who asked not to be named because he was not authorised to speak to the media, said the injured sailors had been flown to a hospital in Palawan and were in stable condition.

Maria Santos-Reyes, a maritime security analyst at the University of the Philippines, said the incident showed that Beijing was testing how far Manila and Washington were willing to go. "Every few months the line moves a little further," she said.

China claims almost the entire South China Sea, including waters also claimed by the Philippines, Vietnam, Malaysia, Brunei and Taiwan. A 2016 international arbitration ruling found no legal basis for the claim, a decision Beijing does not recognise."""

build(
    "navy-southchinasea-2026-08-19", SHOAL,
    actors=[
        A("Philippines", "country", "PHL", aliases=["Philippine", "Manila", "Department of Foreign Affairs"]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing"]),
        A("Philippine Navy", "organization", "PHL", aliases=["navy"]),
        A("Armed Forces of the Philippines", "organization", "PHL", aliases=["AFP", "Philippine military"]),
        A("Ramon Dizon", "person", "PHL", "navy spokesman", ["Dizon", "Rear Admiral Ramon Dizon"]),
        A("ministry spokeswoman", "person", "PHL", "spokeswoman", ["a ministry spokeswoman", "spokeswoman"], organization="Department of Foreign Affairs", anonymous=True),
        A("Ferdinand Marcos Jr.", "person", "PHL", "President", ["Marcos", "Ferdinand Marcos", "President Ferdinand Marcos Jr."]),
        A("National Security Council", "organization", "PHL", aliases=[]),
        A("Southern Theater Command", "organization", "CHN", aliases=["China's Southern Theater Command"]),
        A("Lin Jian", "person", "CHN", "foreign ministry spokesman", ["Lin"]),
        A("United States", "country", "USA", aliases=["US", "U.S.", "Washington", "State Department", "American"]),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["Rubio"]),
        A("Theresa Lazaro", "person", "PHL", "Foreign Secretary", ["Lazaro"]),
        A("Japan", "country", "JPN", aliases=["Tokyo", "Japanese", "Japan's foreign ministry"]),
        A("Australia", "country", "AUS", aliases=["Australian", "Canberra"]),
        A("Penny Wong", "person", "AUS", "Foreign Minister", ["Wong"]),
        A("Vietnam", "country", "VNM", aliases=["Vietnamese", "Hanoi"]),
        A("Philippine military official", "person", "PHL", "military official", ["A Philippine military official", "military official", "official"], anonymous=True),
        A("Maria Santos-Reyes", "person", "PHL", "maritime security analyst", ["Santos-Reyes"], organization="University of the Philippines"),
        A("University of the Philippines", "organization", "PHL", aliases=[]),
        A("Malaysia", "country", "MYS", aliases=["Malaysian"]),
        A("Brunei", "country", "BRN", aliases=[]),
        A("Taiwan", "country", "TWN", aliases=["Taiwanese", "Taipei"]),
    ],
    quotes=[
        Q("indirect", "The boat was carrying food and fuel to a small garrison on the shoal on Wednesday morning when a Chinese navy frigate struck its stern and two other vessels blasted it with water cannon for about 40 minutes", "Armed Forces of the Philippines", "say"),
        Q("direct", "This was a deliberate and dangerous act that put the lives of our personnel at risk,", "Ramon Dizon", "tell", "press conference"),
        Q("direct", "We will not be driven out of our own waters.", "Ramon Dizon", "tell", "press conference"),
        Q("indirect", "The Department of Foreign Affairs summoned China's ambassador and lodged a diplomatic protest", "ministry spokeswoman", "say"),
        Q("indirect", "President Ferdinand Marcos Jr. convened the National Security Council", "Ferdinand Marcos Jr.", "say", optional=True),
        Q("indirect", "the Philippine boat had \"illegally intruded\" into waters near Ren'ai Jiao, the Chinese name for the shoal, and that its ships had taken \"necessary control measures in accordance with the law\"", "Southern Theater Command", "say"),
        Q("partial", "illegally intruded", "Southern Theater Command", "say"),
        Q("partial", "necessary control measures in accordance with the law", "Southern Theater Command", "say"),
        Q("direct", "The Philippine side bears full responsibility,", "Lin Jian", "tell", "press conference"),
        Q("partial", "immediately stop its provocations", "Lin Jian", "urge", "press conference"),
        Q("partial", "aggressive and unlawful", "United States", "call"),
        Q("indirect", "Secretary of State Marco Rubio spoke by phone with Philippine Foreign Secretary Theresa Lazaro on Wednesday evening and reaffirmed Washington's \"ironclad\" commitment to its ally", "United States", "say", optional=True),
        Q("partial", "ironclad", "United States", "say"),
        Q("indirect", "Tokyo was \"seriously concerned\" and that it opposed any attempt to change the status quo by force", "Japan", "say"),
        Q("partial", "seriously concerned", "Japan", "say"),
        Q("direct", "Dangerous conduct at sea risks miscalculation. We call on all parties to respect the 2016 arbitral award.", "Penny Wong", "write", "twitter"),
        Q("indirect", "the injured sailors had been flown to a hospital in Palawan and were in stable condition", "Philippine military official", "say"),
        Q("indirect", "the incident showed that Beijing was testing how far Manila and Washington were willing to go", "Maria Santos-Reyes", "say"),
        Q("direct", "Every few months the line moves a little further,", "Maria Santos-Reyes", "say"),
    ],
    dates=[
        D("Aug 19", "DATE", "2026-08-19"),
        D("Wednesday", "DATE", "2026-08-19", 0),
        D("more than a year", "DURATION", "P1Y"),
        D("Wednesday morning", "TIME", "2026-08-19TMO"),
        D("about 40 minutes", "DURATION", "PT40M"),
        D("1951", "DATE", "1951"),
        D("Wednesday evening", "TIME", "2026-08-19TEV"),
        D("2016", "DATE", "2016", 0),
        D("Every few months", "SET", "PXM"),
        D("2016", "DATE", "2016", 1),
    ],
    stances=[
        S("Philippines", "accuse", "China", evidence="The Philippines accused China on Wednesday of ramming a Philippine Navy supply boat"),
        S("Ramon Dizon", "accuse", "China", evidence="This was a deliberate and dangerous act"),
        S("Philippines", "criticize", "China", evidence="summoned China's ambassador and lodged a diplomatic protest"),
        S("Southern Theater Command", "accuse", "Philippines", evidence="the Philippine boat had \"illegally intruded\""),
        S("Lin Jian", "accuse", "Philippines", evidence="The Philippine side bears full responsibility"),
        S("Lin Jian", "appeal", "Philippines", "stop provocations", "urging Manila to \"immediately stop its provocations\""),
        S("United States", "condemn", "China", evidence="condemned what it called China's \"aggressive and unlawful\" conduct"),
        S("Marco Rubio", "consult", "Theresa Lazaro", evidence="spoke by phone with Philippine Foreign Secretary Theresa Lazaro"),
        S("Marco Rubio", "support", "Philippines", evidence="reaffirmed Washington's \"ironclad\" commitment to its ally"),
        S("Japan", "concern", None, evidence="Tokyo was \"seriously concerned\""),
        S("Japan", "reject", None, evidence="it opposed any attempt to change the status quo by force"),
        S("Penny Wong", "concern", None, "miscalculation", "Dangerous conduct at sea risks miscalculation."),
        S("Penny Wong", "appeal", None, "respect for the arbitral award", "We call on all parties to respect the 2016 arbitral award."),
        S("Vietnam", "appeal", None, "restraint", "called for restraint"),
        S("Vietnam", "appeal", None, "respect for international law", "and respect for international law"),
        S("China", "reject", None, evidence="a decision Beijing does not recognise"),
    ],
    notes="Invented article (second development set). Reuters-style dateline ('MANILA, Aug 19 (Reuters) -'; 'Aug 19' is "
          "a date). 'the Department of Foreign Affairs' and 'Japan's foreign ministry' speak for their countries. "
          "'his office said' reports Marcos's act and 'the State Department said' Rubio's call: both optional as "
          "indirect quotes. The summons and the protest are criticism by the Philippines. Wong's tweet is introduced by "
          "a colon and is one quoted stretch of two sentences. 'did not criticise Beijing by name' is no stance; "
          "Vietnam's call has two issues. Santos-Reyes's analysis takes no stance. 'a decision Beijing does not "
          "recognise' rejects the ruling (no actor as target).",
)


# --------------------------------------------------------------------------- 2. nuclear deal breakdown (wire, AFP-like)
NUCLEAR = """ date 2026-07-07 Tehran (AFP) - Iran said Tuesday it was pulling out of an interim nuclear agreement with the United States and would resume enriching uranium to 60 percent, accusing Washington of failing to lift sanctions as promised, a move that drew sharp warnings from Western capitals.

"The American side has not honoured a single one of its commitments in four months," foreign ministry spokesman Esmaeil Baghaei told reporters in Tehran. "Iran cannot be the only party that keeps its word."

The deal, reached in Muscat in March after months of talks mediated by Oman, had capped Iran's enrichment at 3.67 percent in exchange for the release of frozen Iranian assets and a waiver on some oil sales.

Foreign Minister Abbas Araghchi said Iran remained open to diplomacy but would "not negotiate under pressure", and accused Israel of trying to sabotage the talks.

In Washington, the White House called the decision "a grave mistake".

"If Iran moves towards a weapon, it will face consequences it cannot imagine," a senior administration official told reporters on condition of anonymity, adding that "all options remain on the table".

Israeli Prime Minister Benjamin Netanyahu welcomed what he called the end of "a dangerous illusion" and said Israel would "do whatever is necessary" to prevent Iran from acquiring nuclear weapons.

France, Britain and Germany said in a joint statement that they "deeply regret" Tehran's decision and urged it to "reverse course without delay". The three European powers said they were ready to work with all parties "to preserve the diplomatic path".

The head of the International Atomic Energy Agency, Rafael Grossi, said he was "very concerned" and asked Iran to allow his inspectors continued access to its enrichment sites at Natanz and Fordo.

"Without inspectors on the ground, the world is flying blind," Grossi told AFP in an interview in Vienna.

Russia blamed Washington for the collapse. Kremlin spokesman Dmitry Peskov said the United States had "once again shown that it cannot be trusted", while China's foreign ministry called on "all parties" to show restraint and return to dialogue.

Oman's Foreign Minister Badr Albusaidi spoke by phone with Araghchi and with US envoy Steve Witkoff on Tuesday evening, Omani state media reported, and offered to host a new round of talks "as soon as the parties are ready".

Saudi Arabia, a close US ally and Iran's regional rival, did not comment.

Oil prices rose nearly three percent in Asian trading on the news.

Iran has long denied seeking nuclear weapons. Its enrichment programme has been under international scrutiny for more than two decades, and the 2015 nuclear deal with world powers collapsed after Washington withdrew from it in 2018."""

build(
    "nucleardeal-iran-2026-07-07", NUCLEAR,
    actors=[
        A("Iran", "country", "IRN", aliases=["Iranian", "Tehran"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "American", "White House"]),
        A("Esmaeil Baghaei", "person", "IRN", "foreign ministry spokesman", ["Baghaei"]),
        A("Oman", "country", "OMN", aliases=["Omani", "Muscat", "Omani state media"]),
        A("Abbas Araghchi", "person", "IRN", "Foreign Minister", ["Araghchi"]),
        A("Israel", "country", "ISR", aliases=["Israeli"]),
        A("senior administration official", "person", "USA", "senior administration official", ["a senior administration official", "official"], anonymous=True),
        A("Benjamin Netanyahu", "person", "ISR", "Prime Minister", ["Netanyahu"]),
        A("France", "country", "FRA", aliases=["French"]),
        A("Britain", "country", "GBR", aliases=["British", "United Kingdom"]),
        A("Germany", "country", "DEU", aliases=["German"]),
        A("three European powers", "group", None, aliases=["The three European powers", "European powers", "France, Britain and Germany", "E3"]),
        A("International Atomic Energy Agency", "organization", None, aliases=["IAEA"]),
        A("Rafael Grossi", "person", None, "head of the International Atomic Energy Agency", ["Grossi"], organization="International Atomic Energy Agency"),
        A("Russia", "country", "RUS", aliases=["Russian", "Kremlin"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov"]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing", "China's foreign ministry"]),
        A("Badr Albusaidi", "person", "OMN", "Foreign Minister", ["Albusaidi"]),
        A("Steve Witkoff", "person", "USA", "envoy", ["Witkoff"]),
        A("Saudi Arabia", "country", "SAU", aliases=["Saudi", "Riyadh"]),
    ],
    quotes=[
        Q("indirect", "it was pulling out of an interim nuclear agreement with the United States and would resume enriching uranium to 60 percent", "Iran", "say"),
        Q("direct", "The American side has not honoured a single one of its commitments in four months,", "Esmaeil Baghaei", "tell", "press conference"),
        Q("direct", "Iran cannot be the only party that keeps its word.", "Esmaeil Baghaei", "tell", "press conference"),
        Q("indirect", "Iran remained open to diplomacy but would \"not negotiate under pressure\"", "Abbas Araghchi", "say"),
        Q("partial", "not negotiate under pressure", "Abbas Araghchi", "say"),
        Q("partial", "a grave mistake", "United States", "call"),
        Q("direct", "If Iran moves towards a weapon, it will face consequences it cannot imagine,", "senior administration official", "tell", "press conference"),
        Q("indirect", "\"all options remain on the table\"", "senior administration official", "add", "press conference"),
        Q("partial", "all options remain on the table", "senior administration official", "add", "press conference"),
        Q("partial", "a dangerous illusion", "Benjamin Netanyahu", "call"),
        Q("indirect", "Israel would \"do whatever is necessary\" to prevent Iran from acquiring nuclear weapons", "Benjamin Netanyahu", "say"),
        Q("partial", "do whatever is necessary", "Benjamin Netanyahu", "say"),
        Q("indirect", "they \"deeply regret\" Tehran's decision", "three European powers", "say", "statement"),
        Q("partial", "deeply regret", "three European powers", "say", "statement"),
        Q("partial", "reverse course without delay", "three European powers", "urge", "statement"),
        Q("indirect", "they were ready to work with all parties \"to preserve the diplomatic path\"", "three European powers", "say"),
        Q("partial", "to preserve the diplomatic path", "three European powers", "say"),
        Q("indirect", "he was \"very concerned\"", "Rafael Grossi", "say"),
        Q("partial", "very concerned", "Rafael Grossi", "say"),
        Q("direct", "Without inspectors on the ground, the world is flying blind,", "Rafael Grossi", "tell", "interview"),
        Q("indirect", "the United States had \"once again shown that it cannot be trusted\"", "Dmitry Peskov", "say"),
        Q("partial", "once again shown that it cannot be trusted", "Dmitry Peskov", "say"),
        Q("partial", "all parties", "China", "call", n=1),
        Q("indirect", "Oman's Foreign Minister Badr Albusaidi spoke by phone with Araghchi and with US envoy Steve Witkoff on Tuesday evening", "Oman", "report", optional=True),
        Q("partial", "as soon as the parties are ready", "Badr Albusaidi", "offer"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-07-07", 0),
        D("four months", "DURATION", "P4M"),
        D("March", "DATE", "2026-03"),
        D("months", "DURATION", "PXM", 1),
        D("Tuesday evening", "TIME", "2026-07-07TEV"),
        D("more than two decades", "DURATION", "P2DE"),
        D("2015", "DATE", "2015"),
        D("2018", "DATE", "2018"),
    ],
    stances=[
        S("Iran", "accuse", "United States", evidence="accusing Washington of failing to lift sanctions as promised"),
        S("Esmaeil Baghaei", "accuse", "United States", evidence="The American side has not honoured a single one of its commitments"),
        S("Abbas Araghchi", "reject", None, "negotiations under pressure", "would \"not negotiate under pressure\""),
        S("Abbas Araghchi", "accuse", "Israel", evidence="accused Israel of trying to sabotage the talks"),
        S("United States", "criticize", "Iran", evidence="the White House called the decision \"a grave mistake\""),
        S("senior administration official", "threaten", "Iran", evidence="If Iran moves towards a weapon, it will face consequences it cannot imagine"),
        S("Benjamin Netanyahu", "welcome", None, evidence="welcomed what he called the end of \"a dangerous illusion\""),
        S("Benjamin Netanyahu", "threaten", "Iran", evidence="Israel would \"do whatever is necessary\" to prevent Iran from acquiring nuclear weapons"),
        S("three European powers", "concern", None, "Tehran's decision", "they \"deeply regret\" Tehran's decision"),
        S("three European powers", "appeal", "Iran", "reverse course", "urged it to \"reverse course without delay\""),
        S("three European powers", "mediate", None, "negotiations", "ready to work with all parties \"to preserve the diplomatic path\""),
        S("Rafael Grossi", "concern", None, evidence="he was \"very concerned\""),
        S("Rafael Grossi", "appeal", "Iran", "inspectors' access", "asked Iran to allow his inspectors continued access"),
        S("Russia", "accuse", "United States", evidence="Russia blamed Washington for the collapse."),
        S("Dmitry Peskov", "accuse", "United States", evidence="the United States had \"once again shown that it cannot be trusted\""),
        S("China", "appeal", None, "restraint", "called on \"all parties\" to show restraint"),
        S("China", "appeal", None, "negotiations", "and return to dialogue"),
        S("Badr Albusaidi", "consult", "Abbas Araghchi", evidence="spoke by phone with Araghchi"),
        S("Badr Albusaidi", "consult", "Steve Witkoff", evidence="and with US envoy Steve Witkoff"),
        S("Badr Albusaidi", "mediate", None, "negotiations", "offered to host a new round of talks"),
        S("Iran", "reject", None, evidence="Iran has long denied seeking nuclear weapons."),
    ],
    notes="Invented article (second development set). AFP style: weekday without 'on' ('said Tuesday'), dateline "
          "'Tehran (AFP) -'. The joint statement of France, Britain and Germany is spoken and held by the group "
          "('three European powers'), as in the first development set's joint statements. 'adding that \"...\"' reports "
          "the quoted clause (indirect) which is also a partial quote. 'drew sharp warnings from Western capitals' "
          "names no actor and is not annotated; the official's two threats are one position (one stance). "
          "'Omani state media reported' reports Albusaidi's calls: optional. 'did not comment' is no stance. "
          "AFP, the agency told, is not an actor.",
)


# --------------------------------------------------------------------------- 3. migrant boat disaster, Mediterranean (wire, AP-like)
LAMPEDUSA = """ date 2026-06-12 ROME (AP) — At least 61 people drowned and dozens more were missing after an overcrowded fishing boat carrying migrants capsized off the Italian island of Lampedusa Friday, Italian authorities said, in one of the deadliest shipwrecks in the central Mediterranean this year.

The Italian coast guard said its patrol boats and a merchant ship had rescued 112 survivors, most of them from Syria, Egypt, Pakistan and Bangladesh. The boat had left the Libyan port of Tobruk three days earlier with an estimated 250 people on board, survivors told aid workers.

"We were in the water for five hours," said a 23-year-old survivor from Syria who gave only his first name, Karim. "I held on to a plastic barrel and watched people disappear."

Premier Giorgia Meloni called the disaster "a tragedy that weighs on the conscience of Europe" and said Italy could not be left alone to manage arrivals. Speaking to reporters in Rome, she renewed her demand that the European Union help Libya and Tunisia stop departures and "go after the traffickers with every means."

Interior Minister Matteo Piantedosi blamed smugglers who "load human beings like cargo" and said police had arrested two suspected crew members, an Egyptian and a Tunisian, on Friday afternoon.

The European Commission expressed its condolences to the families of the victims. "Every life lost at sea is one too many," Commission spokesperson Anitta Hipper told a midday briefing in Brussels. She said the bloc's new migration pact, which takes effect next year, would "share responsibility more fairly" among member states.

Humanitarian groups were unsparing. Doctors Without Borders, which runs a rescue ship in the area, accused European governments of "deliberately leaving the sea empty" by restricting the work of charity vessels.

"People are dying because of political choices, not because of bad weather," said Juan Matias Gil, the group's head of search and rescue operations. "Those choices can be undone."

The U.N. refugee agency, UNHCR, said it was "shocked and saddened" and called for a coordinated European search and rescue operation. Its special envoy for the central Mediterranean, Vincent Cochetel, wrote on X that the number of deaths on the route had doubled since January.

Pope Leo XIV prayed for the victims during an audience at the Vatican and urged Europe "not to turn its face away."

Libya's eastern-based government said it had stepped up patrols along its coast and rejected "any attempt to blame Libya for a problem that is not of its making."

In Islamabad, Prime Minister Shehbaz Sharif ordered an inquiry into the trafficking networks behind the voyage and said his government would work with Italy to identify the dead. Several of the Pakistani victims came from the same district in Punjab, local officials said."""

build(
    "shipwreck-lampedusa-2026-06-12", LAMPEDUSA,
    actors=[
        A("Italy", "country", "ITA", aliases=["Italian", "Rome", "Italian authorities"]),
        A("Italian coast guard", "organization", "ITA", aliases=["coast guard", "The Italian coast guard"]),
        A("Syria", "country", "SYR", aliases=["Syrian"]),
        A("Egypt", "country", "EGY", aliases=["Egyptian"]),
        A("Pakistan", "country", "PAK", aliases=["Pakistani", "Islamabad"]),
        A("Bangladesh", "country", "BGD", aliases=["Bangladeshi"]),
        A("Libya", "country", "LBY", aliases=["Libyan", "Libya's eastern-based government", "eastern-based government"]),
        A("survivors", "group", None, aliases=[]),
        A("Karim", "person", "SYR", "survivor", []),
        A("Giorgia Meloni", "person", "ITA", "Premier", ["Meloni"]),
        A("European Union", "organization", None, aliases=["EU", "European Commission", "Commission", "bloc", "Brussels"]),
        A("Tunisia", "country", "TUN", aliases=["Tunisian"]),
        A("Matteo Piantedosi", "person", "ITA", "Interior Minister", ["Piantedosi"]),
        A("smugglers", "group", None, aliases=["traffickers"]),
        A("Anitta Hipper", "person", None, "Commission spokesperson", ["Hipper"], organization="European Union"),
        A("Doctors Without Borders", "organization", None, aliases=["MSF", "Medecins Sans Frontieres"]),
        A("European governments", "group", None, aliases=[]),
        A("Juan Matias Gil", "person", None, "head of search and rescue operations", ["Gil"], organization="Doctors Without Borders"),
        A("UNHCR", "organization", None, aliases=["U.N. refugee agency", "UN refugee agency", "The U.N. refugee agency"]),
        A("Vincent Cochetel", "person", None, "special envoy for the central Mediterranean", ["Cochetel"], organization="UNHCR"),
        A("Leo XIV", "person", "VAT", "Pope", ["Pope Leo XIV", "Pope Leo", "Leo"]),
        A("Shehbaz Sharif", "person", "PAK", "Prime Minister", ["Sharif"]),
        A("local officials", "group", "PAK", aliases=["officials"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "At least 61 people drowned and dozens more were missing after an overcrowded fishing boat carrying migrants capsized off the Italian island of Lampedusa Friday", "Italy", "say"),
        Q("indirect", "its patrol boats and a merchant ship had rescued 112 survivors, most of them from Syria, Egypt, Pakistan and Bangladesh", "Italian coast guard", "say"),
        Q("indirect", "The boat had left the Libyan port of Tobruk three days earlier with an estimated 250 people on board", "survivors", "tell"),
        Q("direct", "We were in the water for five hours,", "Karim", "say"),
        Q("direct", "I held on to a plastic barrel and watched people disappear.", "Karim", "say"),
        Q("partial", "a tragedy that weighs on the conscience of Europe", "Giorgia Meloni", "call"),
        Q("indirect", "Italy could not be left alone to manage arrivals", "Giorgia Meloni", "say"),
        Q("partial", "go after the traffickers with every means.", "Giorgia Meloni", "demand"),
        Q("partial", "load human beings like cargo", "Matteo Piantedosi", "blame"),
        Q("indirect", "police had arrested two suspected crew members, an Egyptian and a Tunisian, on Friday afternoon", "Matteo Piantedosi", "say"),
        Q("direct", "Every life lost at sea is one too many,", "Anitta Hipper", "tell", "press conference"),
        Q("indirect", "the bloc's new migration pact, which takes effect next year, would \"share responsibility more fairly\" among member states", "Anitta Hipper", "say", "press conference"),
        Q("partial", "share responsibility more fairly", "Anitta Hipper", "say", "press conference"),
        Q("partial", "deliberately leaving the sea empty", "Doctors Without Borders", "accuse"),
        Q("direct", "People are dying because of political choices, not because of bad weather,", "Juan Matias Gil", "say"),
        Q("direct", "Those choices can be undone.", "Juan Matias Gil", "say"),
        Q("indirect", "it was \"shocked and saddened\"", "UNHCR", "say"),
        Q("partial", "shocked and saddened", "UNHCR", "say"),
        Q("indirect", "the number of deaths on the route had doubled since January", "Vincent Cochetel", "write", "twitter"),
        Q("partial", "not to turn its face away.", "Leo XIV", "urge"),
        Q("indirect", "it had stepped up patrols along its coast", "Libya", "say"),
        Q("partial", "any attempt to blame Libya for a problem that is not of its making.", "Libya", "reject"),
        Q("indirect", "his government would work with Italy to identify the dead", "Shehbaz Sharif", "say"),
        Q("indirect", "Several of the Pakistani victims came from the same district in Punjab", "local officials", "say"),
    ],
    dates=[
        D("Friday", "DATE", "2026-06-12", 0),
        D("this year", "DATE", "2026"),
        D("three days earlier", "DATE", "2026-06-09"),
        D("five hours", "DURATION", "PT5H"),
        D("23-year-old", "DURATION", "P23Y"),
        D("Friday afternoon", "TIME", "2026-06-12TAF"),
        D("midday", "TIME", "2026-06-12TMI"),
        D("next year", "DATE", "2027"),
        D("January", "DATE", "2026-01"),
    ],
    stances=[
        S("Giorgia Meloni", "demand", "European Union", "help stop departures", "renewed her demand that the European Union help Libya and Tunisia stop departures"),
        S("Matteo Piantedosi", "accuse", "smugglers", evidence="blamed smugglers who \"load human beings like cargo\""),
        S("European Union", "support", None, evidence="expressed its condolences to the families of the victims"),
        S("Doctors Without Borders", "accuse", "European governments", evidence="accused European governments of \"deliberately leaving the sea empty\""),
        S("UNHCR", "concern", None, "shipwreck", "it was \"shocked and saddened\""),
        S("UNHCR", "appeal", None, "search and rescue operation", "called for a coordinated European search and rescue operation"),
        S("Leo XIV", "appeal", None, "not turn its face away", "urged Europe \"not to turn its face away.\""),
        S("Libya", "reject", None, evidence="rejected \"any attempt to blame Libya for a problem that is not of its making.\""),
    ],
    notes="Invented article (second development set). AP style: dateline with a spaced dash ('ROME (AP) —'), "
          "weekdays without 'on', ages ('a 23-year-old survivor', a TimeML duration). 'Italian authorities' speak for "
          "Italy. The survivor is named by first name only, after his description. Meloni calling the disaster "
          "'a tragedy' and Sharif's inquiry and cooperation take no stance toward an actor and are not annotated; "
          "'renewed her demand that ...' is a demand, not a report (its quoted fragment is a partial quote). Gil's "
          "'political choices' blames no one by name (not annotated). 'Europe' is not an actor; the Pope's appeal has "
          "no target. 'three days earlier' is anchored on the capsizing (Friday).",
)


# --------------------------------------------------------------------------- 4. cyber-attack attributed to a state (broadcaster, BBC-like)
CYBER = """ date 2026-10-06 The UK has accused Russian military intelligence of carrying out a cyber-attack that shut down the country's air traffic control system for nearly six hours last month, grounding hundreds of flights.

Foreign Secretary Yvette Cooper said the attack, which began on the evening of 14 September, was the work of a unit of the GRU known to security researchers as Sandworm.

In a statement to the House of Commons on Tuesday, she said: "This was a reckless and deliberate attempt to endanger the lives of ordinary travellers. The Kremlin will be held to account."

The Russian ambassador, Andrei Kelin, was summoned to the Foreign Office, and the government announced sanctions on 11 GRU officers and three front companies.

Russia denied any involvement. Its embassy in London said on Telegram that the accusations were "baseless and Russophobic" and that Britain had "not presented a shred of evidence".

The National Cyber Security Centre (NCSC), part of GCHQ, said its investigators had found malicious code on servers run by NATS, the company that manages UK airspace, that matched tools used in previous GRU operations.

NCSC chief executive Richard Horne told the BBC that the agency had "very high confidence" in its assessment.

"We don't make these attributions lightly," he said. "We make them when the evidence is overwhelming."

The US, Canada, Australia and New Zealand - Britain's partners in the Five Eyes intelligence alliance - issued a joint statement backing the UK's findings.

Nato Secretary General Mark Rutte said allies stood "in full solidarity" with the UK and warned that the alliance would "use the full range of capabilities" to deter hostile cyber-activity.

The EU's foreign policy chief, Kaja Kallas, described the attack as "part of a pattern of hybrid aggression against Europe".

Not everyone at Westminster was satisfied. Shadow foreign secretary Priti Patel said the government had taken "far too long" to name the culprits and called for the Russian ambassador to be expelled.

Passengers caught up in the disruption reacted with anger. "We slept on the floor at Gatwick for two days, and now we find out it was Putin," said Sarah Collins, from Brighton.

Cyber-security experts said the attribution could signal a tougher approach from London. "Naming and shaming only works if it comes with a cost," said Dr Helen Armitage, a researcher at King's College London.

A government source said more sanctions were being prepared and could be announced within weeks."""

build(
    "cyberattack-uk-russia-2026-10-06", CYBER,
    actors=[
        A("United Kingdom", "country", "GBR", aliases=["UK", "Britain", "British", "London", "Foreign Office", "government"]),
        A("GRU", "organization", "RUS", aliases=["Russian military intelligence"]),
        A("Yvette Cooper", "person", "GBR", "Foreign Secretary", ["Cooper"]),
        A("Sandworm", "group", "RUS", aliases=[]),
        A("Russia", "country", "RUS", aliases=["Russian", "Kremlin", "Moscow"]),
        A("Andrei Kelin", "person", "RUS", "ambassador", ["Kelin"]),
        A("National Cyber Security Centre", "organization", "GBR", aliases=["NCSC", "agency"]),
        A("GCHQ", "organization", "GBR", aliases=[]),
        A("NATS", "organization", "GBR", aliases=[]),
        A("Richard Horne", "person", "GBR", "NCSC chief executive", ["Horne"], organization="National Cyber Security Centre"),
        A("United States", "country", "USA", aliases=["US", "Washington", "American"]),
        A("Canada", "country", "CAN", aliases=["Canadian"]),
        A("Australia", "country", "AUS", aliases=["Australian"]),
        A("New Zealand", "country", "NZL", aliases=[]),
        A("Five Eyes", "organization", None, aliases=["Five Eyes intelligence alliance"]),
        A("NATO", "organization", None, aliases=["Nato", "alliance"]),
        A("Mark Rutte", "person", None, "Secretary General", ["Rutte"], organization="NATO"),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Kallas"], organization="European Union"),
        A("Priti Patel", "person", "GBR", "Shadow foreign secretary", ["Patel"]),
        A("Vladimir Putin", "person", "RUS", "President", ["Putin"]),
        A("Sarah Collins", "person", "GBR", None, ["Collins"]),
        A("cyber-security experts", "group", None, aliases=["Cyber-security experts", "experts"]),
        A("Helen Armitage", "person", "GBR", "researcher", ["Armitage", "Dr Helen Armitage"], organization="King's College London"),
        A("King's College London", "organization", "GBR", aliases=[]),
        A("government source", "person", "GBR", "government source", ["A government source"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "the attack, which began on the evening of 14 September, was the work of a unit of the GRU known to security researchers as Sandworm", "Yvette Cooper", "say"),
        Q("direct", "This was a reckless and deliberate attempt to endanger the lives of ordinary travellers. The Kremlin will be held to account.", "Yvette Cooper", "say", "statement"),
        Q("indirect", "the accusations were \"baseless and Russophobic\" and that Britain had \"not presented a shred of evidence\"", "Russia", "say", "social media"),
        Q("partial", "baseless and Russophobic", "Russia", "say", "social media"),
        Q("partial", "not presented a shred of evidence", "Russia", "say", "social media"),
        Q("indirect", "its investigators had found malicious code on servers run by NATS, the company that manages UK airspace, that matched tools used in previous GRU operations", "National Cyber Security Centre", "say"),
        Q("indirect", "the agency had \"very high confidence\" in its assessment", "Richard Horne", "tell", "interview"),
        Q("partial", "very high confidence", "Richard Horne", "tell", "interview"),
        Q("direct", "We don't make these attributions lightly,", "Richard Horne", "say"),
        Q("direct", "We make them when the evidence is overwhelming.", "Richard Horne", "say"),
        Q("indirect", "allies stood \"in full solidarity\" with the UK", "Mark Rutte", "say"),
        Q("partial", "in full solidarity", "Mark Rutte", "say"),
        Q("indirect", "the alliance would \"use the full range of capabilities\" to deter hostile cyber-activity", "Mark Rutte", "warn"),
        Q("partial", "use the full range of capabilities", "Mark Rutte", "warn"),
        Q("partial", "part of a pattern of hybrid aggression against Europe", "Kaja Kallas", "describe"),
        Q("indirect", "the government had taken \"far too long\" to name the culprits", "Priti Patel", "say"),
        Q("partial", "far too long", "Priti Patel", "say"),
        Q("direct", "We slept on the floor at Gatwick for two days, and now we find out it was Putin,", "Sarah Collins", "say"),
        Q("indirect", "the attribution could signal a tougher approach from London", "cyber-security experts", "say"),
        Q("direct", "Naming and shaming only works if it comes with a cost,", "Helen Armitage", "say"),
        Q("indirect", "more sanctions were being prepared and could be announced within weeks", "government source", "say"),
    ],
    dates=[
        D("nearly six hours", "DURATION", "PT6H"),
        D("last month", "DATE", "2026-09"),
        D("the evening of 14 September", "TIME", "2026-09-14TEV"),
        D("Tuesday", "DATE", "2026-10-06"),
        D("two days", "DURATION", "P2D"),
        D("now", "DATE", "PRESENT_REF", 1),
        D("within weeks", "DURATION", "PXW"),
    ],
    stances=[
        S("United Kingdom", "accuse", "GRU", evidence="The UK has accused Russian military intelligence of carrying out a cyber-attack"),
        S("Yvette Cooper", "accuse", "GRU", evidence="was the work of a unit of the GRU"),
        S("Yvette Cooper", "threaten", "Russia", evidence="The Kremlin will be held to account."),
        S("United Kingdom", "criticize", "Russia", evidence="The Russian ambassador, Andrei Kelin, was summoned to the Foreign Office"),
        S("United Kingdom", "criticize", None, evidence="the government announced sanctions on 11 GRU officers"),
        S("Russia", "reject", "United Kingdom", evidence="Russia denied any involvement."),
        S("United States", "support", "United Kingdom", evidence="issued a joint statement backing the UK's findings"),
        S("Canada", "support", "United Kingdom", evidence="issued a joint statement backing the UK's findings"),
        S("Australia", "support", "United Kingdom", evidence="issued a joint statement backing the UK's findings"),
        S("New Zealand", "support", "United Kingdom", evidence="issued a joint statement backing the UK's findings"),
        S("Mark Rutte", "support", "United Kingdom", evidence="allies stood \"in full solidarity\" with the UK"),
        S("Mark Rutte", "threaten", None, evidence="warned that the alliance would \"use the full range of capabilities\""),
        S("Kaja Kallas", "condemn", "GRU", evidence="described the attack as \"part of a pattern of hybrid aggression against Europe\""),
        S("Priti Patel", "criticize", "United Kingdom", evidence="the government had taken \"far too long\" to name the culprits"),
        S("Priti Patel", "appeal", None, "expulsion of the ambassador", "called for the Russian ambassador to be expelled"),
        S("Sarah Collins", "accuse", "Vladimir Putin", evidence="now we find out it was Putin"),
        S("government source", "threaten", None, "sanctions", "more sanctions were being prepared and could be announced within weeks"),
    ],
    notes="Invented article (second development set). BBC style: no dateline, 'Nato', 'cyber-attack', day-month "
          "dates ('the evening of 14 September', one TIMEX3 TIME), a colon introducing a two-sentence quote after 'In a "
          "statement to the House of Commons'. 'Its embassy in London' is a mouthpiece of Russia; Telegram is social "
          "media. The summons (passive, at the Foreign Office) and the sanctions are the UK's criticism; the UK's "
          "statements and 'the government' are the country. Russia's denial and its 'baseless' reply are one "
          "rejection. The Five Eyes statement is each member's support. A passenger and a researcher speak without "
          "office titles ('Sarah Collins, from Brighton'); the BBC, the outlet told, is not an actor.",
)


# --------------------------------------------------------------------------- 5. election annulled by a court (broadcaster, Al Jazeera-like; curly quotes)
ZAMBIA = """ date 2026-09-19 Zambia’s Constitutional Court has annulled the result of last month’s presidential election, citing “widespread and systematic irregularities”, and ordered a new vote within 90 days, in a ruling that stunned the country and drew mixed reactions abroad.

In a five-to-two decision read out in the capital, Lusaka, on Friday, the judges said the Electoral Commission of Zambia had failed to account for nearly 400,000 ballots and that results from 1,100 polling stations had been altered after counting.

President Hakainde Hichilema, who was declared the winner of the August 13 vote with 51.2 percent, said he disagreed with the ruling but would respect it.

“I have sworn to defend the constitution, and that includes the decisions of our courts,” he said in a televised address on Friday evening. “We will go back to the people, and we will win again.”

His main challenger, Brian Mundubile of the Tonse Alliance, who had filed the petition, hailed the judgement as “a victory for every Zambian who queued in the sun to vote”. He called on the commission’s chairperson, Judith Mwale, to resign.

The commission said in a statement that it “takes note” of the ruling and would study it before commenting further. It rejected accusations of fraud, insisting that any errors were “clerical, not criminal”.

Al Jazeera’s Haru Mutasa, reporting from Lusaka, said the streets of the capital were calm but that many residents feared a long period of uncertainty.

“People are relieved that the courts are independent, but they are also tired,” she said. “Another campaign means three more months without a functioning government.”

The African Union Commission chairperson, Mahmoud Ali Youssouf, praised Zambia’s judiciary for its “independence and courage” and urged all political actors to “refrain from violence and hate speech”.

The Southern African Development Community (SADC), which had sent a 60-member observer mission, said it stood ready to support the re-run. Its executive secretary, Elias Magosi, spoke by phone with Hichilema on Saturday morning, according to a SADC statement.

The United States embassy in Lusaka said in a post on X that Washington “respects the independence of Zambia’s institutions” and urged calm.

The European Union, whose observers had described the August vote as “generally well managed”, did not question the court’s decision but said it was “studying the findings with great attention”.

Business leaders were less sanguine. The Zambia Chamber of Commerce and Industry warned that a re-run could delay a $1.3bn debt deal with the International Monetary Fund, which is due to be finalised in December.

Zambia is the third African country to see a presidential election overturned by its courts, after Kenya in 2017 and Malawi in 2020."""

build(
    "annulment-zambia-2026-09-19", ZAMBIA,
    actors=[
        A("Zambia", "country", "ZMB", aliases=["Zambian", "Lusaka"]),
        A("Constitutional Court", "organization", "ZMB", aliases=["Zambia’s Constitutional Court", "court", "judges", "judiciary", "Zambia’s judiciary"]),
        A("Electoral Commission of Zambia", "organization", "ZMB", aliases=["commission", "electoral commission", "ECZ"]),
        A("Hakainde Hichilema", "person", "ZMB", "President", ["Hichilema"]),
        A("Brian Mundubile", "person", "ZMB", "challenger", ["Mundubile"], organization="Tonse Alliance"),
        A("Tonse Alliance", "organization", "ZMB", aliases=[]),
        A("Judith Mwale", "person", "ZMB", "chairperson", ["Mwale"], organization="Electoral Commission of Zambia"),
        A("Al Jazeera", "organization", "QAT", aliases=[]),
        A("Haru Mutasa", "person", None, "correspondent", ["Mutasa"], organization="Al Jazeera"),
        A("African Union", "organization", None, aliases=["AU", "African Union Commission"]),
        A("Mahmoud Ali Youssouf", "person", None, "African Union Commission chairperson", ["Youssouf"], organization="African Union"),
        A("Southern African Development Community", "organization", None, aliases=["SADC"]),
        A("Elias Magosi", "person", None, "executive secretary", ["Magosi"], organization="Southern African Development Community"),
        A("United States", "country", "USA", aliases=["US", "Washington", "United States embassy"]),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Zambia Chamber of Commerce and Industry", "organization", "ZMB", aliases=["Chamber of Commerce"]),
        A("International Monetary Fund", "organization", None, aliases=["IMF"]),
        A("Kenya", "country", "KEN", aliases=["Kenyan"]),
        A("Malawi", "country", "MWI", aliases=["Malawian"]),
    ],
    quotes=[
        Q("partial", "widespread and systematic irregularities", "Constitutional Court", "cite"),
        Q("indirect", "the Electoral Commission of Zambia had failed to account for nearly 400,000 ballots and that results from 1,100 polling stations had been altered after counting", "Constitutional Court", "say"),
        Q("indirect", "he disagreed with the ruling but would respect it", "Hakainde Hichilema", "say"),
        Q("direct", "I have sworn to defend the constitution, and that includes the decisions of our courts,", "Hakainde Hichilema", "say", "television"),
        Q("direct", "We will go back to the people, and we will win again.", "Hakainde Hichilema", "say", "television"),
        Q("partial", "a victory for every Zambian who queued in the sun to vote", "Brian Mundubile", "hail"),
        Q("indirect", "it “takes note” of the ruling and would study it before commenting further", "Electoral Commission of Zambia", "say", "statement"),
        Q("partial", "takes note", "Electoral Commission of Zambia", "say", "statement"),
        Q("indirect", "any errors were “clerical, not criminal”", "Electoral Commission of Zambia", "insist"),
        Q("partial", "clerical, not criminal", "Electoral Commission of Zambia", "insist"),
        Q("indirect", "the streets of the capital were calm but that many residents feared a long period of uncertainty", "Haru Mutasa", "say"),
        Q("direct", "People are relieved that the courts are independent, but they are also tired,", "Haru Mutasa", "say"),
        Q("direct", "Another campaign means three more months without a functioning government.", "Haru Mutasa", "say"),
        Q("partial", "independence and courage", "Mahmoud Ali Youssouf", "praise"),
        Q("partial", "refrain from violence and hate speech", "Mahmoud Ali Youssouf", "urge"),
        Q("indirect", "it stood ready to support the re-run", "Southern African Development Community", "say"),
        Q("indirect", "Its executive secretary, Elias Magosi, spoke by phone with Hichilema on Saturday morning", "Southern African Development Community", "according to", "statement", optional=True),
        Q("indirect", "Washington “respects the independence of Zambia’s institutions”", "United States", "say", "twitter"),
        Q("partial", "respects the independence of Zambia’s institutions", "United States", "say", "twitter"),
        Q("partial", "generally well managed", "European Union", "describe"),
        Q("indirect", "it was “studying the findings with great attention”", "European Union", "say"),
        Q("partial", "studying the findings with great attention", "European Union", "say"),
        Q("indirect", "a re-run could delay a $1.3bn debt deal with the International Monetary Fund, which is due to be finalised in December", "Zambia Chamber of Commerce and Industry", "warn"),
    ],
    dates=[
        D("last month", "DATE", "2026-08"),
        D("90 days", "DURATION", "P90D"),
        D("Friday", "DATE", "2026-09-18", 0),
        D("August 13", "DATE", "2026-08-13"),
        D("Friday evening", "TIME", "2026-09-18TEV"),
        D("three more months", "DURATION", "P3M"),
        D("Saturday morning", "TIME", "2026-09-19TMO"),
        D("August", "DATE", "2026-08", 1),
        D("December", "DATE", "2026-12"),
        D("2017", "DATE", "2017"),
        D("2020", "DATE", "2020"),
    ],
    stances=[
        S("Constitutional Court", "accuse", "Electoral Commission of Zambia", evidence="the Electoral Commission of Zambia had failed to account for nearly 400,000 ballots"),
        S("Hakainde Hichilema", "criticize", "Constitutional Court", evidence="he disagreed with the ruling"),
        S("Brian Mundubile", "praise", None, evidence="hailed the judgement as “a victory for every Zambian"),
        S("Brian Mundubile", "demand", "Judith Mwale", "resignation", "called on the commission’s chairperson, Judith Mwale, to resign"),
        S("Electoral Commission of Zambia", "reject", None, evidence="It rejected accusations of fraud"),
        S("Mahmoud Ali Youssouf", "praise", "Constitutional Court", evidence="praised Zambia’s judiciary for its “independence and courage”"),
        S("Mahmoud Ali Youssouf", "appeal", None, "refrain from violence", "urged all political actors to “refrain from violence and hate speech”"),
        S("Southern African Development Community", "support", None, evidence="it stood ready to support the re-run"),
        S("Elias Magosi", "consult", "Hakainde Hichilema", evidence="spoke by phone with Hichilema"),
        S("United States", "appeal", None, "restraint", "urged calm"),
        S("Zambia Chamber of Commerce and Industry", "concern", None, "delay of the IMF deal", "warned that a re-run could delay a $1.3bn debt deal"),
    ],
    notes="Invented article (second development set; the annulment and all quoted words are invented). Al Jazeera "
          "style: curly quotes and apostrophes, 'has annulled', the channel's own correspondent quoted. The judges "
          "speak for the Constitutional Court ('Zambia’s judiciary' too). 'disagreed with the ruling but would respect "
          "it' is criticism of the court. 'urged calm' is an appeal for restraint. 'did not question the court’s "
          "decision' is no stance; the EU's 'studying the findings' takes none either. The Chamber's warning is a "
          "warning of a risk (concern), not a threat. 'Saturday morning' is the article's own day.",
)


# --------------------------------------------------------------------------- 6. peace deal signing, Africa (regional daily, Kenyan-paper-like)
NAIROBI = """ date 2026-05-30 Sudan's army chief Gen Abdel Fattah al-Burhan and Rapid Support Forces (RSF) commander Mohamed Hamdan Dagalo yesterday signed a peace agreement at State House, Nairobi, committing to end a war that has killed more than 150,000 people and displaced some 12 million since April 2023.

The deal, brokered over seven months by Kenya, the African Union and the Intergovernmental Authority on Development (Igad), provides for a permanent ceasefire from Monday, the withdrawal of both forces from Khartoum within 60 days and the formation of a civilian-led transitional government by January.

President William Ruto, who hosted the ceremony, called it "a great day for Africa".

"For three years the world told us that this war could not be stopped. Today, two brothers have chosen peace over the gun," Dr Ruto said in his address to delegates.

Gen Burhan said the army would honour every clause of the agreement and thanked Kenya for its "patience and neutrality". Dagalo, popularly known as Hemedti, pledged that his fighters would "not fire a single bullet" once the truce took effect, but warned that the RSF would respond to "any violation by the other side".

Prime Cabinet Secretary and Foreign Affairs CS Musalia Mudavadi said Kenya had been in contact with both sides "day and night" and that Nairobi would host the secretariat that will monitor the ceasefire.

The AU Peace and Security Council welcomed the signing and said it would deploy observers to oversee the truce in Darfur and Kordofan.

UN Secretary-General Antonio Guterres hailed the agreement as "a long-awaited moment of hope" and urged the parties to allow "unhindered humanitarian access" to areas where famine has been declared.

The United Arab Emirates, which UN experts have accused of arming the RSF, welcomed the deal in a brief statement. Egypt's foreign ministry said Cairo "fully supports" the agreement and the unity of Sudan's state institutions.

In Washington, the State Department commended Dr Ruto's "steadfast leadership" in a post on X.

But Sudanese civilian groups were cautious.

"We have seen agreements signed in this city and in Jeddah before, and the guns never fell silent," said Amna Osman, a spokeswoman for the Sudanese Civilian Coalition. "This time the guarantors must be ready to act.

"If the signatures are not followed by the withdrawal of troops from our cities, this paper will mean nothing."

The Sudanese Islamic Movement, which is allied to the army, rejected the deal as a "surrender to the militia" and said its members would not be bound by it.

A Western diplomat who attended the ceremony said the hardest part would be the first 60 days. "Everyone signed. Now everyone has to deliver," the diplomat said."""

build(
    "peacedeal-sudan-2026-05-30", NAIROBI,
    actors=[
        A("Sudan", "country", "SDN", aliases=["Sudanese", "Khartoum"]),
        A("Sudanese army", "organization", "SDN", aliases=["army", "Sudan's army", "Sudanese Armed Forces"]),
        A("Abdel Fattah al-Burhan", "person", "SDN", "army chief", ["Burhan", "al-Burhan", "Gen Burhan"], organization="Sudanese army"),
        A("Rapid Support Forces", "group", "SDN", aliases=["RSF", "militia"]),
        A("Mohamed Hamdan Dagalo", "person", "SDN", "commander", ["Dagalo", "Hemedti"], organization="Rapid Support Forces"),
        A("Kenya", "country", "KEN", aliases=["Kenyan", "Nairobi"]),
        A("African Union", "organization", None, aliases=["AU", "AU Peace and Security Council", "Peace and Security Council"]),
        A("Igad", "organization", None, aliases=["IGAD", "Intergovernmental Authority on Development"]),
        A("William Ruto", "person", "KEN", "President", ["Ruto", "Dr Ruto"]),
        A("Musalia Mudavadi", "person", "KEN", "Prime Cabinet Secretary and Foreign Affairs CS", ["Mudavadi"]),
        A("United Nations", "organization", None, aliases=["UN", "UN experts"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres"], organization="United Nations"),
        A("United Arab Emirates", "country", "ARE", aliases=["UAE", "Emirati"]),
        A("Egypt", "country", "EGY", aliases=["Egyptian", "Cairo", "Egypt's foreign ministry"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "State Department"]),
        A("Sudanese Civilian Coalition", "organization", "SDN", aliases=[]),
        A("Amna Osman", "person", "SDN", "spokeswoman", ["Osman"], organization="Sudanese Civilian Coalition"),
        A("Sudanese Islamic Movement", "group", "SDN", aliases=["Islamic Movement"]),
        A("Western diplomat", "person", None, "diplomat", ["A Western diplomat", "diplomat"], anonymous=True),
    ],
    quotes=[
        Q("partial", "a great day for Africa", "William Ruto", "call"),
        Q("direct", "For three years the world told us that this war could not be stopped. Today, two brothers have chosen peace over the gun,", "William Ruto", "say", "speech"),
        Q("indirect", "the army would honour every clause of the agreement", "Abdel Fattah al-Burhan", "say"),
        Q("partial", "patience and neutrality", "Abdel Fattah al-Burhan", "thank"),
        Q("indirect", "his fighters would \"not fire a single bullet\" once the truce took effect", "Mohamed Hamdan Dagalo", "pledge"),
        Q("partial", "not fire a single bullet", "Mohamed Hamdan Dagalo", "pledge"),
        Q("indirect", "the RSF would respond to \"any violation by the other side\"", "Mohamed Hamdan Dagalo", "warn"),
        Q("partial", "any violation by the other side", "Mohamed Hamdan Dagalo", "warn"),
        Q("indirect", "Kenya had been in contact with both sides \"day and night\" and that Nairobi would host the secretariat that will monitor the ceasefire", "Musalia Mudavadi", "say"),
        Q("partial", "day and night", "Musalia Mudavadi", "say"),
        Q("indirect", "it would deploy observers to oversee the truce in Darfur and Kordofan", "African Union", "say"),
        Q("partial", "a long-awaited moment of hope", "Antonio Guterres", "hail"),
        Q("partial", "unhindered humanitarian access", "Antonio Guterres", "urge"),
        Q("indirect", "Cairo \"fully supports\" the agreement and the unity of Sudan's state institutions", "Egypt", "say"),
        Q("partial", "fully supports", "Egypt", "say"),
        Q("partial", "steadfast leadership", "United States", "commend", "twitter"),
        Q("direct", "We have seen agreements signed in this city and in Jeddah before, and the guns never fell silent,", "Amna Osman", "say"),
        Q("direct", "This time the guarantors must be ready to act.", "Amna Osman", "say"),
        Q("direct", "If the signatures are not followed by the withdrawal of troops from our cities, this paper will mean nothing.", "Amna Osman", "say"),
        Q("partial", "surrender to the militia", "Sudanese Islamic Movement", "reject"),
        Q("indirect", "its members would not be bound by it", "Sudanese Islamic Movement", "say"),
        Q("indirect", "the hardest part would be the first 60 days", "Western diplomat", "say"),
        Q("direct", "Everyone signed. Now everyone has to deliver,", "Western diplomat", "say"),
    ],
    dates=[
        D("yesterday", "DATE", "2026-05-29"),
        D("April 2023", "DATE", "2023-04"),
        D("seven months", "DURATION", "P7M"),
        D("Monday", "DATE", "2026-06-01"),
        D("60 days", "DURATION", "P60D", 0),
        D("January", "DATE", "2027-01"),
        D("three years", "DURATION", "P3Y"),
        D("Today", "DATE", "2026-05-29"),
        D("60 days", "DURATION", "P60D", 1),
        D("Now", "DATE", "PRESENT_REF"),
    ],
    stances=[
        S("William Ruto", "praise", None, evidence="called it \"a great day for Africa\""),
        S("Abdel Fattah al-Burhan", "praise", "Kenya", evidence="thanked Kenya for its \"patience and neutrality\""),
        S("Mohamed Hamdan Dagalo", "threaten", "Sudanese army", evidence="warned that the RSF would respond to \"any violation by the other side\""),
        S("Kenya", "consult", "Sudanese army", evidence="Kenya had been in contact with both sides"),
        S("Kenya", "consult", "Rapid Support Forces", evidence="Kenya had been in contact with both sides"),
        S("Kenya", "mediate", None, "ceasefire", "Nairobi would host the secretariat that will monitor the ceasefire"),
        S("African Union", "welcome", None, evidence="welcomed the signing"),
        S("African Union", "mediate", None, "ceasefire", "it would deploy observers to oversee the truce"),
        S("Antonio Guterres", "praise", None, evidence="hailed the agreement as \"a long-awaited moment of hope\""),
        S("Antonio Guterres", "appeal", None, "humanitarian access", "urged the parties to allow \"unhindered humanitarian access\""),
        S("United Nations", "accuse", "United Arab Emirates", evidence="which UN experts have accused of arming the RSF"),
        S("United Arab Emirates", "welcome", None, evidence="welcomed the deal in a brief statement"),
        S("Egypt", "support", None, evidence="Cairo \"fully supports\" the agreement"),
        S("United States", "praise", "William Ruto", evidence="commended Dr Ruto's \"steadfast leadership\""),
        S("Amna Osman", "demand", None, "guarantors ready to act", "This time the guarantors must be ready to act."),
        S("Sudanese Islamic Movement", "reject", None, evidence="rejected the deal as a \"surrender to the militia\""),
    ],
    notes="Invented article (second development set). Kenyan-daily style: the article appears the day after the "
          "signing ('yesterday' is Friday 2026-05-29; Ruto's 'Today' is the day he spoke, 2026-05-29; 'from Monday' "
          "and 'by January' are future), 'Gen Burhan', 'Dr Ruto', 'Prime Cabinet Secretary and Foreign Affairs CS'. "
          "Osman's quote runs over two paragraphs (the first does not close its last stretch): one quote per stretch. "
          "'UN experts' speak for the United Nations, as in the first development set. The brokering by Kenya, the AU "
          "and Igad is background narration and not annotated as mediation; the pledge 'would \"not fire a single "
          "bullet\"' takes no stance, the warning that follows threatens the army ('the other side'). Mudavadi's "
          "report of Kenya's contacts and hosting is held by Kenya, the clause's subject. 'civilian groups were "
          "cautious' takes no stance.",
)


# --------------------------------------------------------------------------- 7. journalist's detention (wire, European-service style)
BAKU = """ date 2026-11-03 BERLIN — Germany on Tuesday demanded the immediate release of a German journalist detained in Azerbaijan on espionage charges, summoning Baku's ambassador and warning that the case would weigh on relations between the two countries.

Lena Hoffmann, a 34-year-old freelance reporter who has written for Der Spiegel and the Sueddeutsche Zeitung, was arrested at her hotel in Baku late on Saturday, her family said. A court on Monday ordered her held in pre-trial detention for four months.

Azerbaijan's Prosecutor General's Office said in a statement that Hoffmann had "collected information on military facilities on the instructions of foreign intelligence services". It did not name the services. If convicted, she faces up to 12 years in prison.

"These accusations are absurd. Lena is a journalist, not a spy," German Foreign Minister Johann Wadephul told reporters in Berlin. He said he had spoken to his Azerbaijani counterpart, Jeyhun Bayramov, by phone on Monday night and had made clear that Germany expected her to be freed "without delay".

Bayramov's ministry said the conversation had been "frank" and that Azerbaijan's courts were independent.

"We will not accept pressure or lectures on matters that fall within the competence of our judiciary," foreign ministry spokesman Aykhan Hajizada said.

Chancellor Friedrich Merz wrote on X: "Journalism is not a crime. We will do everything to bring Lena Hoffmann home."

Reporters Without Borders (RSF) condemned the arrest as "a blatant act of intimidation" and said at least 25 journalists were currently behind bars in Azerbaijan. The Committee to Protect Journalists urged Baku to drop the charges.

The European Union said it was following the case "very closely" and called on Azerbaijan to respect its international commitments on media freedom. Turkey, Azerbaijan's closest ally, did not comment.

Der Spiegel said it stood by Hoffmann and was providing her with legal support. She had been in the country for two weeks researching a story on the families of soldiers killed in the 2020 war with Armenia, the magazine said.

Her mother, Sabine Hoffmann, appealed for help in a video posted on Instagram. "She went there to tell the stories of ordinary people," she said. "Please bring my daughter home."

An Azerbaijani official, speaking on condition of anonymity, said the case "had nothing to do with journalism" and that more arrests were possible.

Hoffmann is the third foreign journalist detained in Azerbaijan since January. Relations between Baku and several European capitals have been strained since the country hosted the COP29 climate summit in 2024."""

build(
    "journalist-azerbaijan-2026-11-03", BAKU,
    actors=[
        A("Germany", "country", "DEU", aliases=["German", "Berlin"]),
        A("Azerbaijan", "country", "AZE", aliases=["Azerbaijani", "Baku", "Azerbaijan's Prosecutor General's Office", "Prosecutor General's Office", "Bayramov's ministry"]),
        A("Lena Hoffmann", "person", "DEU", "journalist", ["Hoffmann", "Lena"]),
        A("Der Spiegel", "organization", "DEU", aliases=["magazine"]),
        A("Sueddeutsche Zeitung", "organization", "DEU", aliases=[]),
        A("Hoffmann's family", "group", "DEU", aliases=["her family", "family"]),
        A("Johann Wadephul", "person", "DEU", "Foreign Minister", ["Wadephul"]),
        A("Jeyhun Bayramov", "person", "AZE", "Foreign Minister", ["Bayramov"]),
        A("Aykhan Hajizada", "person", "AZE", "foreign ministry spokesman", ["Hajizada"]),
        A("Friedrich Merz", "person", "DEU", "Chancellor", ["Merz"]),
        A("Reporters Without Borders", "organization", None, aliases=["RSF"]),
        A("Committee to Protect Journalists", "organization", None, aliases=["CPJ"]),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Turkey", "country", "TUR", aliases=["Turkish", "Ankara"]),
        A("Armenia", "country", "ARM", aliases=["Armenian"]),
        A("Sabine Hoffmann", "person", "DEU", None, ["Her mother"]),
        A("Azerbaijani official", "person", "AZE", "official", ["An Azerbaijani official", "official"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "the case would weigh on relations between the two countries", "Germany", "warn"),
        Q("indirect", "Lena Hoffmann, a 34-year-old freelance reporter who has written for Der Spiegel and the Sueddeutsche Zeitung, was arrested at her hotel in Baku late on Saturday", "Hoffmann's family", "say"),
        Q("indirect", "Hoffmann had \"collected information on military facilities on the instructions of foreign intelligence services\"", "Azerbaijan", "say", "statement"),
        Q("partial", "collected information on military facilities on the instructions of foreign intelligence services", "Azerbaijan", "say", "statement"),
        Q("direct", "These accusations are absurd. Lena is a journalist, not a spy,", "Johann Wadephul", "tell", "press conference"),
        Q("indirect", "he had spoken to his Azerbaijani counterpart, Jeyhun Bayramov, by phone on Monday night and had made clear that Germany expected her to be freed \"without delay\"", "Johann Wadephul", "say"),
        Q("partial", "without delay", "Johann Wadephul", "say"),
        Q("indirect", "the conversation had been \"frank\" and that Azerbaijan's courts were independent", "Azerbaijan", "say"),
        Q("partial", "frank", "Azerbaijan", "say"),
        Q("direct", "We will not accept pressure or lectures on matters that fall within the competence of our judiciary,", "Aykhan Hajizada", "say"),
        Q("direct", "Journalism is not a crime. We will do everything to bring Lena Hoffmann home.", "Friedrich Merz", "write", "twitter"),
        Q("partial", "a blatant act of intimidation", "Reporters Without Borders", "condemn"),
        Q("indirect", "at least 25 journalists were currently behind bars in Azerbaijan", "Reporters Without Borders", "say"),
        Q("indirect", "it was following the case \"very closely\"", "European Union", "say"),
        Q("partial", "very closely", "European Union", "say"),
        Q("indirect", "it stood by Hoffmann and was providing her with legal support", "Der Spiegel", "say"),
        Q("indirect", "She had been in the country for two weeks researching a story on the families of soldiers killed in the 2020 war with Armenia", "Der Spiegel", "say"),
        Q("direct", "She went there to tell the stories of ordinary people,", "Sabine Hoffmann", "say", "social media"),
        Q("direct", "Please bring my daughter home.", "Sabine Hoffmann", "say", "social media"),
        Q("indirect", "the case \"had nothing to do with journalism\" and that more arrests were possible", "Azerbaijani official", "say"),
        Q("partial", "had nothing to do with journalism", "Azerbaijani official", "say"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-11-03"),
        D("34-year-old", "DURATION", "P34Y"),
        D("Saturday", "DATE", "2026-10-31"),
        D("Monday", "DATE", "2026-11-02", 0),
        D("four months", "DURATION", "P4M"),
        D("12 years", "DURATION", "P12Y"),
        D("Monday night", "TIME", "2026-11-02TNI"),
        D("currently", "DATE", "PRESENT_REF"),
        D("two weeks", "DURATION", "P2W"),
        D("2020", "DATE", "2020"),
        D("January", "DATE", "2026-01"),
        D("2024", "DATE", "2024"),
    ],
    stances=[
        S("Germany", "demand", None, "release of detainees", "demanded the immediate release of a German journalist"),
        S("Germany", "criticize", "Azerbaijan", evidence="summoning Baku's ambassador"),
        S("Germany", "threaten", "Azerbaijan", evidence="warning that the case would weigh on relations"),
        S("Azerbaijan", "accuse", "Lena Hoffmann", evidence="Hoffmann had \"collected information on military facilities"),
        S("Johann Wadephul", "reject", "Azerbaijan", evidence="These accusations are absurd."),
        S("Johann Wadephul", "consult", "Jeyhun Bayramov", evidence="he had spoken to his Azerbaijani counterpart, Jeyhun Bayramov, by phone"),
        S("Johann Wadephul", "demand", "Azerbaijan", "release of detainees", "Germany expected her to be freed \"without delay\""),
        S("Aykhan Hajizada", "reject", "Germany", evidence="We will not accept pressure or lectures"),
        S("Reporters Without Borders", "condemn", "Azerbaijan", evidence="condemned the arrest as \"a blatant act of intimidation\""),
        S("Committee to Protect Journalists", "appeal", "Azerbaijan", "drop the charges", "urged Baku to drop the charges"),
        S("European Union", "appeal", "Azerbaijan", "respect media freedom", "called on Azerbaijan to respect its international commitments on media freedom"),
        S("Der Spiegel", "support", "Lena Hoffmann", evidence="it stood by Hoffmann"),
        S("Sabine Hoffmann", "appeal", None, "release of detainees", "Please bring my daughter home."),
    ],
    notes="Invented article (second development set; the journalist, her family and the case are invented). The "
          "Prosecutor General's Office and 'Bayramov's ministry' are Azerbaijani institutions speaking for the "
          "country. 'her family said' is the family's report (relatives are not mouthpieces). Merz's tweet is "
          "introduced by a colon. Wadephul's 'These accusations are absurd' rejects Azerbaijan's charge. The mother "
          "is named after her relation ('Her mother, Sabine Hoffmann,') and has no title. 'Turkey ... did not "
          "comment' is no stance; the official's 'more arrests were possible' is not a threat to a named actor. "
          "'late on Saturday' is annotated as the day.",
)


# --------------------------------------------------------------------------- 8. dam dispute on the Nile (regional daily, Egyptian-paper-like)
NILE = """ date 2026-08-04 Egypt has accused Ethiopia of endangering millions of people downstream after what Cairo described as "unilateral and reckless" releases of water from the Grand Ethiopian Renaissance Dam (GERD) flooded villages along the Blue Nile in Sudan over the weekend.

In a statement issued late on Monday, the Ministry of Water Resources and Irrigation said Addis Ababa had opened the dam's spillways without notifying Cairo or Khartoum, sending a surge of water that submerged farmland in Sudan's Sennar and Blue Nile states.

Minister of Water Resources and Irrigation Hani Sewilam said the incident proved "what Egypt has warned of for more than a decade".

"A dam of this size cannot be operated by one country as if the river belonged to it alone," Sewilam told Ahram Online on Tuesday. "We will defend Egypt's water rights by all means available under international law."

Foreign Minister Badr Abdelatty discussed the situation in phone calls with his Sudanese counterpart and with UN Secretary-General Antonio Guterres, the foreign ministry said. An Egyptian diplomatic source told Ahram Online that Cairo had asked for an emergency session of the UN Security Council.

Sudan's irrigation ministry said at least 14 people had died and some 30,000 had been displaced. Sudanese Prime Minister Kamil Idris called on Ethiopia to share data on dam operations "on a daily basis" and demanded compensation for the affected families. Khartoum, however, stopped short of blaming Addis Ababa for the deaths.

Ethiopia dismissed the accusations. "The release was a routine safety operation during an exceptionally heavy rainy season," Ethiopia's Ministry of Water and Energy said in a statement posted on X, adding that the dam had in fact "reduced the flood peak downstream".

Addressing parliament on Tuesday, Ethiopian Prime Minister Abiy Ahmed said the GERD was "a source of cooperation, not of conflict" and accused Egypt of seeking to "monopolise the Nile". He said Ethiopia remained open to talks "without preconditions".

The Arab League expressed its "full solidarity" with Egypt and Sudan, saying their water security was "an integral part of Arab national security".

The African Union said it was ready to convene the three countries in Addis Ababa and urged them to "avoid inflammatory rhetoric".

The United States, which tried to broker a deal between the three countries in 2020, urged the parties to "resume negotiations in good faith".

Nader Fathy, a professor of water resources at Cairo University, said the releases appeared to have been ordered to make room for the rest of the rainy season, which runs until September.

"The reservoir is full and they had little choice, but a phone call to Cairo and Khartoum would have saved lives," he said.

Talks between the three countries over the filling and operation of the dam have been frozen since December 2023."""

build(
    "nile-dam-egypt-ethiopia-2026-08-04", NILE,
    actors=[
        A("Egypt", "country", "EGY", aliases=["Egyptian", "Cairo", "Ministry of Water Resources and Irrigation", "foreign ministry"]),
        A("Ethiopia", "country", "ETH", aliases=["Ethiopian", "Addis Ababa", "Ethiopia's Ministry of Water and Energy", "Ministry of Water and Energy"]),
        A("Sudan", "country", "SDN", aliases=["Sudanese", "Khartoum", "Sudan's irrigation ministry"]),
        A("Hani Sewilam", "person", "EGY", "Minister of Water Resources and Irrigation", ["Sewilam"]),
        A("Badr Abdelatty", "person", "EGY", "Foreign Minister", ["Abdelatty"]),
        A("United Nations", "organization", None, aliases=["UN", "UN Security Council", "Security Council"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres"], organization="United Nations"),
        A("Egyptian diplomatic source", "person", "EGY", "diplomatic source", ["An Egyptian diplomatic source", "diplomatic source"], anonymous=True),
        A("Kamil Idris", "person", "SDN", "Prime Minister", ["Idris"]),
        A("Abiy Ahmed", "person", "ETH", "Prime Minister", ["Abiy"]),
        A("Arab League", "organization", None, aliases=["League of Arab States"]),
        A("African Union", "organization", None, aliases=["AU"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "American"]),
        A("Nader Fathy", "person", "EGY", "professor", ["Fathy"], organization="Cairo University"),
        A("Cairo University", "organization", "EGY", aliases=[]),
    ],
    quotes=[
        Q("partial", "unilateral and reckless", "Egypt", "describe"),
        Q("indirect", "Addis Ababa had opened the dam's spillways without notifying Cairo or Khartoum, sending a surge of water that submerged farmland in Sudan's Sennar and Blue Nile states", "Egypt", "say", "statement"),
        Q("indirect", "the incident proved \"what Egypt has warned of for more than a decade\"", "Hani Sewilam", "say"),
        Q("partial", "what Egypt has warned of for more than a decade", "Hani Sewilam", "say"),
        Q("direct", "A dam of this size cannot be operated by one country as if the river belonged to it alone,", "Hani Sewilam", "tell", "interview"),
        Q("direct", "We will defend Egypt's water rights by all means available under international law.", "Hani Sewilam", "tell", "interview"),
        Q("indirect", "Foreign Minister Badr Abdelatty discussed the situation in phone calls with his Sudanese counterpart and with UN Secretary-General Antonio Guterres", "Egypt", "say", optional=True),
        Q("indirect", "Cairo had asked for an emergency session of the UN Security Council", "Egyptian diplomatic source", "tell"),
        Q("indirect", "at least 14 people had died and some 30,000 had been displaced", "Sudan", "say"),
        Q("partial", "on a daily basis", "Kamil Idris", "call"),
        Q("direct", "The release was a routine safety operation during an exceptionally heavy rainy season,", "Ethiopia", "say", "twitter"),
        Q("indirect", "the dam had in fact \"reduced the flood peak downstream\"", "Ethiopia", "add", "twitter"),
        Q("partial", "reduced the flood peak downstream", "Ethiopia", "add", "twitter"),
        Q("indirect", "the GERD was \"a source of cooperation, not of conflict\"", "Abiy Ahmed", "say", "speech"),
        Q("partial", "a source of cooperation, not of conflict", "Abiy Ahmed", "say", "speech"),
        Q("partial", "monopolise the Nile", "Abiy Ahmed", "accuse", "speech"),
        Q("indirect", "Ethiopia remained open to talks \"without preconditions\"", "Abiy Ahmed", "say", "speech"),
        Q("partial", "without preconditions", "Abiy Ahmed", "say", "speech"),
        Q("partial", "full solidarity", "Arab League", "express"),
        Q("indirect", "their water security was \"an integral part of Arab national security\"", "Arab League", "say"),
        Q("partial", "an integral part of Arab national security", "Arab League", "say"),
        Q("indirect", "it was ready to convene the three countries in Addis Ababa", "African Union", "say"),
        Q("partial", "avoid inflammatory rhetoric", "African Union", "urge"),
        Q("partial", "resume negotiations in good faith", "United States", "urge"),
        Q("indirect", "the releases appeared to have been ordered to make room for the rest of the rainy season, which runs until September", "Nader Fathy", "say"),
        Q("direct", "The reservoir is full and they had little choice, but a phone call to Cairo and Khartoum would have saved lives,", "Nader Fathy", "say"),
    ],
    dates=[
        D("over the weekend", "DATE", "2026-W31-WE"),
        D("Monday", "DATE", "2026-08-03", 0),
        D("more than a decade", "DURATION", "P1DE"),
        D("Tuesday", "DATE", "2026-08-04", 0),
        D("on a daily basis", "SET", "P1D"),
        D("Tuesday", "DATE", "2026-08-04", 1),
        D("2020", "DATE", "2020"),
        D("September", "DATE", "2026-09"),
        D("December 2023", "DATE", "2023-12"),
    ],
    stances=[
        S("Egypt", "accuse", "Ethiopia", evidence="Egypt has accused Ethiopia of endangering millions of people downstream"),
        S("Hani Sewilam", "criticize", "Ethiopia", evidence="A dam of this size cannot be operated by one country as if the river belonged to it alone"),
        S("Hani Sewilam", "threaten", None, evidence="We will defend Egypt's water rights by all means available under international law."),
        S("Badr Abdelatty", "consult", "Antonio Guterres", evidence="in phone calls with his Sudanese counterpart and with UN Secretary-General Antonio Guterres"),
        S("Badr Abdelatty", "consult", "Sudan", evidence="in phone calls with his Sudanese counterpart"),
        S("Egypt", "appeal", "United Nations", "emergency session of the Security Council", "Cairo had asked for an emergency session of the UN Security Council"),
        S("Kamil Idris", "appeal", "Ethiopia", "share data on dam operations", "called on Ethiopia to share data on dam operations"),
        S("Kamil Idris", "demand", None, "compensation", "demanded compensation for the affected families"),
        S("Ethiopia", "reject", "Egypt", evidence="Ethiopia dismissed the accusations."),
        S("Abiy Ahmed", "accuse", "Egypt", evidence="accused Egypt of seeking to \"monopolise the Nile\""),
        S("Arab League", "support", "Egypt", evidence="expressed its \"full solidarity\" with Egypt and Sudan"),
        S("Arab League", "support", "Sudan", evidence="expressed its \"full solidarity\" with Egypt and Sudan"),
        S("African Union", "mediate", None, "negotiations", "it was ready to convene the three countries in Addis Ababa"),
        S("African Union", "appeal", None, "avoid inflammatory rhetoric", "urged them to \"avoid inflammatory rhetoric\""),
        S("United States", "appeal", None, "negotiations", "urged the parties to \"resume negotiations in good faith\""),
    ],
    notes="Invented article (second development set). Egyptian-daily style: no dateline, the paper's own name as "
          "the outlet told ('told Ahram Online', not an actor), ministries speaking for their countries ('the "
          "Ministry of Water Resources and Irrigation', 'the foreign ministry', 'Sudan's irrigation ministry', "
          "'Ethiopia's Ministry of Water and Energy'). The ministry's statement reports a hostile act of Ethiopia (a "
          "one position with the lead's accusation, not a second stance). 'the foreign ministry said' reports "
          "Abdelatty's calls: optional; his Sudanese counterpart is unnamed (target Sudan). 'stopped short of blaming "
          "Addis Ababa' is no stance. 'over the weekend' is the weekend before the Tuesday article (ISO week 31). "
          "'on a daily basis' is a TimeML SET. Abiy's openness to talks, as a party, takes no stance (as Araghchi's "
          "openness to diplomacy and, in the first development set, Ethiopia's commitment to 'peaceful means'); Sewilam's vow to defend rights 'by all means' is a threat with no target named.",
)

if __name__ == "__main__":
    WRITER.report()
