"""Builds the eleventh held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Eleventh held-out set: 6 invented reaction articles written on 2026-11-26 by a helper who changed no
library code and did not read the library's source, at the same time as the tenth development set;
the gold was committed before reactlib was run on them. As in
``tests/generalization_dev10/build_gold.py``, the annotation lives here as data so that offsets are
computed, never typed. Run `python3 tests/generalization_holdout11/build_gold.py` after editing.
Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the development sets:
countries speak through their ministries, presidencies and capitals; a summons, an expulsion or an
ambassador's recall is a criticism; background takes no stance; a negated or hedged stance is not
annotated; anonymous officials are actors of the country the context gives them; an appeal to "all
sides" has a null target; an aid offer is support for the receiving country; a phone call is a
consultation. Held out: do not read or tune against it.
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


# --------------------------------------------------------------------------- 1. migrant worker executed in Saudi Arabia
EXECUTION = """ date 2026-04-15 JAKARTA, April 15 (Reuters) - Indonesia recalled its ambassador to Saudi Arabia on Wednesday after Riyadh executed an Indonesian domestic worker convicted of killing her employer, without informing her family or the Indonesian embassy beforehand.

Siti Rohmah, 34, was beheaded in Jeddah on Monday, Saudi state news agency SPA reported, citing the interior ministry. She had been on death row since 2019 and had said she acted in self-defence after months of abuse.

"The execution was carried out without any notification to our representatives. This is a violation of the most basic diplomatic courtesy," Foreign Minister Sugiono told reporters on Wednesday. He said Jakarta had sent a formal protest note and was reviewing a 2022 agreement on labour recruitment.

President Prabowo Subianto said on Instagram that the state had "failed to bring Siti home" and ordered a moratorium on sending new domestic workers to the kingdom.

A Saudi official, who asked not to be named because he was not authorised to speak to the media, said the verdict had followed "all stages of Saudi justice" and that the family of the victim had refused to pardon her.

Migrant Care, an Indonesian advocacy group, called the execution "state murder" and urged Jakarta to suspend all labour cooperation with Riyadh. The Philippines, which has hundreds of thousands of workers in Saudi Arabia, said it was following the case closely.

Rohmah's mother, Sumarni, said in her village in West Java that she had last spoken to her daughter by phone three weeks ago. "She told me not to worry," she said.

Indonesia has recalled an envoy to the kingdom once before, in 2015, over two similar executions."""

build(
    "worker-executed-jeddah-2026-04-15", EXECUTION,
    actors=[
        A("Indonesia", "country", "IDN", aliases=["Jakarta", "the Indonesian embassy", "Indonesian"]),
        A("Saudi Arabia", "country", "SAU", aliases=["Riyadh", "the interior ministry", "the kingdom", "Saudi"]),
        A("Siti Rohmah", "person", "IDN", "domestic worker", ["an Indonesian domestic worker", "her", "She", "Siti", "Rohmah", "her daughter"]),
        A("SPA", "organization", "SAU", aliases=["Saudi state news agency SPA"]),
        A("Sugiono", "person", "IDN", "Foreign Minister", ["Foreign Minister Sugiono", "He"]),
        A("Prabowo Subianto", "person", "IDN", "President", ["President Prabowo Subianto"]),
        A("Saudi official", "person", "SAU", "official", ["A Saudi official", "he"]),
        A("Migrant Care", "organization", "IDN", aliases=["an Indonesian advocacy group"]),
        A("Philippines", "country", "PHL", aliases=["The Philippines"]),
        A("Sumarni", "person", "IDN", "mother", ["Rohmah's mother, Sumarni", "she"]),
    ],
    quotes=[
        Q("indirect", "Siti Rohmah, 34, was beheaded in Jeddah on Monday", "SPA", "report"),
        Q("direct", "The execution was carried out without any notification to our representatives. This is a violation of the most basic diplomatic courtesy,", "Sugiono", "tell"),
        Q("indirect", "Jakarta had sent a formal protest note and was reviewing a 2022 agreement on labour recruitment", "Sugiono", "say"),
        Q("indirect", "the state had \"failed to bring Siti home\"", "Prabowo Subianto", "say", "instagram"),
        Q("partial", "failed to bring Siti home", "Prabowo Subianto", "say", "instagram"),
        Q("indirect", "the verdict had followed \"all stages of Saudi justice\" and that the family of the victim had refused to pardon her", "Saudi official", "say"),
        Q("partial", "all stages of Saudi justice", "Saudi official", "say"),
        Q("partial", "state murder", "Migrant Care", "call"),
        Q("indirect", "it was following the case closely", "Philippines", "say"),
        Q("indirect", "she had last spoken to her daughter by phone three weeks ago", "Sumarni", "say"),
        Q("direct", "She told me not to worry,", "Sumarni", "say"),
    ],
    dates=[
        D("April 15", "DATE", "2026-04-15"),
        D("Wednesday", "DATE", "2026-04-15"),
        D("Monday", "DATE", "2026-04-13"),
        D("2019", "DATE", "2019"),
        D("months", "DURATION", "PXM"),
        D("Wednesday", "DATE", "2026-04-15", n=1),
        D("2022", "DATE", "2022"),
        D("three weeks ago", "DATE", "2026-W13"),
        D("2015", "DATE", "2015"),
    ],
    stances=[
        S("Indonesia", "criticize", "Saudi Arabia", evidence="Indonesia recalled its ambassador to Saudi Arabia"),
        S("Sugiono", "criticize", "Saudi Arabia", evidence="This is a violation of the most basic diplomatic courtesy"),
        S("Sugiono", "criticize", "Saudi Arabia", evidence="Jakarta had sent a formal protest note"),
        S("Prabowo Subianto", "threaten", "Saudi Arabia", evidence="ordered a moratorium on sending new domestic workers to the kingdom"),
        S("Saudi official", "reject", "Indonesia", evidence="the verdict had followed \"all stages of Saudi justice\""),
        S("Migrant Care", "condemn", "Saudi Arabia", evidence="called the execution \"state murder\""),
        S("Migrant Care", "demand", "Indonesia", "suspend labour cooperation with Riyadh", "urged Jakarta to suspend all labour cooperation with Riyadh"),
        S("Philippines", "concern", None, "the execution", "it was following the case closely"),
    ],
    notes="Invented article (eleventh held-out set; Rohmah, her mother and all quoted words are invented, the officials "
          "used freely). The Saudi official is anonymous. 'months of abuse' is an unspecified duration. 'three weeks ago' "
          "is ISO week 13 of 2026.",
)


# --------------------------------------------------------------------------- 2. landslide buries a mining camp with Chinese workers
LANDSLIDE = """ date 2026-12-03 Live: Porgera landslide - dozens buried at mining camp

07:30 AEST - A landslide buried part of a workers' camp at the Porgera gold mine in Papua New Guinea's Enga province before dawn, the operator, Pacific Highlands Gold, says. At least 31 people are missing, among them 12 Chinese nationals.

08:15 AEST - Prime Minister James Marape says on Facebook that the army is flying in rescuers from Mount Hagen. "Every available hand is going to Porgera," he writes.

09:00 AEST - China's embassy in Port Moresby says it has asked PNG to "spare no effort" in searching for its citizens and has sent a consular team.

09:45 AEST - Australia will send an urban search-and-rescue team of 70 and two C-130 aircraft, Foreign Minister Penny Wong announces. She says she has spoken to her PNG counterpart, Justin Tkatchenko, this morning.

10:30 AEST - Landowners' association chairman Peter Ipatas accuses the company of ignoring warnings. "We told them two months ago that the hill was moving. They built more houses under it," he says.

11:20 AEST - Pacific Highlands Gold chief executive Mark Leahy denies the claim: the site was "inspected in October and rated stable," he says in a statement.

12:05 AEST - New Zealand offers 2 million NZ dollars in emergency aid. The UN resident coordinator says agencies are "ready to help".

13:40 AEST - A provincial police commander, speaking anonymously, says rescuers have pulled four people alive from the mud overnight. Rain is forecast for the next three days."""

build(
    "landslide-porgera-2026-12-03", LANDSLIDE,
    actors=[
        A("Pacific Highlands Gold", "organization", "PNG", aliases=["the operator", "the company"]),
        A("Papua New Guinea", "country", "PNG", aliases=["PNG"]),
        A("James Marape", "person", "PNG", "Prime Minister", ["Prime Minister James Marape", "he"]),
        A("China", "country", "CHN", aliases=["China's embassy in Port Moresby"]),
        A("Australia", "country", "AUS"),
        A("Penny Wong", "person", "AUS", "Foreign Minister", ["Foreign Minister Penny Wong", "She"]),
        A("Justin Tkatchenko", "person", "PNG", "foreign minister", ["her PNG counterpart, Justin Tkatchenko"]),
        A("Peter Ipatas", "person", "PNG", "chairman", ["Landowners' association chairman Peter Ipatas", "he"]),
        A("Mark Leahy", "person", "PNG", "chief executive", ["Pacific Highlands Gold chief executive Mark Leahy", "he"], organization="Pacific Highlands Gold"),
        A("New Zealand", "country", "NZL"),
        A("UN resident coordinator", "person", None, "resident coordinator", ["The UN resident coordinator"]),
        A("PNG police commander", "person", "PNG", "police commander", ["A provincial police commander"]),
    ],
    quotes=[
        Q("indirect", "A landslide buried part of a workers' camp at the Porgera gold mine in Papua New Guinea's Enga province before dawn", "Pacific Highlands Gold", "say"),
        Q("indirect", "the army is flying in rescuers from Mount Hagen", "James Marape", "say", "facebook"),
        Q("direct", "Every available hand is going to Porgera,", "James Marape", "write", "facebook"),
        Q("indirect", "it has asked PNG to \"spare no effort\" in searching for its citizens and has sent a consular team", "China", "say"),
        Q("partial", "spare no effort", "China", "say"),
        Q("indirect", "she has spoken to her PNG counterpart, Justin Tkatchenko, this morning", "Penny Wong", "say"),
        Q("direct", "We told them two months ago that the hill was moving. They built more houses under it,", "Peter Ipatas", "say"),
        Q("partial", "inspected in October and rated stable,", "Mark Leahy", "say", "statement"),
        Q("indirect", "agencies are \"ready to help\"", "UN resident coordinator", "say"),
        Q("partial", "ready to help", "UN resident coordinator", "say"),
        Q("indirect", "rescuers have pulled four people alive from the mud overnight", "PNG police commander", "say"),
    ],
    dates=[
        D("07:30 AEST", "TIME", "2026-12-03T07:30"),
        D("before dawn", "TIME", "2026-12-03TMO"),
        D("08:15 AEST", "TIME", "2026-12-03T08:15"),
        D("09:00 AEST", "TIME", "2026-12-03T09:00"),
        D("09:45 AEST", "TIME", "2026-12-03T09:45"),
        D("this morning", "TIME", "2026-12-03TMO"),
        D("10:30 AEST", "TIME", "2026-12-03T10:30"),
        D("two months ago", "DATE", "2026-10"),
        D("11:20 AEST", "TIME", "2026-12-03T11:20"),
        D("October", "DATE", "2026-10"),
        D("12:05 AEST", "TIME", "2026-12-03T12:05"),
        D("13:40 AEST", "TIME", "2026-12-03T13:40"),
        D("overnight", "TIME", "2026-12-03TNI"),
        D("the next three days", "DURATION", "P3D"),
    ],
    stances=[
        S("China", "demand", "Papua New Guinea", "spare no effort searching for Chinese citizens", "it has asked PNG to \"spare no effort\""),
        S("Australia", "support", "Papua New Guinea", evidence="Australia will send an urban search-and-rescue team"),
        S("Penny Wong", "consult", "Justin Tkatchenko", evidence="she has spoken to her PNG counterpart"),
        S("Peter Ipatas", "accuse", "Pacific Highlands Gold", evidence="accuses the company of ignoring warnings"),
        S("Mark Leahy", "reject", "Peter Ipatas", evidence="denies the claim"),
        S("New Zealand", "support", "Papua New Guinea", evidence="New Zealand offers 2 million NZ dollars in emergency aid"),
        S("UN resident coordinator", "support", "Papua New Guinea", evidence="agencies are \"ready to help\""),
    ],
    notes="Invented article (eleventh held-out set; the landslide, the operator, Ipatas's and Leahy's words are invented, "
          "the officials used freely). Live blog with AEST stamps. Australia's aid is announced by Wong ('Australia will "
          "send'); the stance is given to the country.",
)


# --------------------------------------------------------------------------- 3. diplomat's hit-and-run with an immunity claim
CANBERRA = """ date 2026-06-24 CANBERRA, June 24 - Australia has asked Pakistan to waive the diplomatic immunity of an embassy driver whose car killed a 19-year-old cyclist in Canberra last Friday, and warned that it would otherwise ask him to leave.

The driver, whom police have not named, left the scene on Northbourne Avenue and returned to the embassy, ACT police said. The cyclist, university student Liam Carter, died in hospital on Saturday morning.

"Immunity exists to protect diplomacy, not to shield someone from the consequences of killing a young man," Foreign Minister Penny Wong said on Tuesday. She said she had called in Pakistan's high commissioner on Monday and given Islamabad until the end of the week to respond.

Pakistan's foreign office said in a statement that it "deeply regretted" the accident and was "in close contact with the Australian authorities", but rejected media reports that the driver had been drunk. Spokeswoman Mumtaz Zahra Baloch said the mission would "cooperate fully" with the investigation.

Carter's father, Andrew, told ABC radio the family wanted the driver to face an Australian court. "He drove away and left my son on the road," he said. "Any other person would be in a cell."

Opposition leader Sussan Ley accused the government of moving too slowly and demanded the driver's expulsion "this week, not next month."

The Vienna Convention lets a host country declare a diplomat persona non grata at any time. Australia last did so in 2018."""

build(
    "immunity-row-canberra-2026-06-24", CANBERRA,
    actors=[
        A("Australia", "country", "AUS", aliases=["the Australian authorities"]),
        A("Pakistan", "country", "PAK", aliases=["Islamabad", "Pakistan's foreign office", "the embassy", "the mission"]),
        A("embassy driver", "person", "PAK", "driver", ["an embassy driver", "The driver", "the driver", "him", "He"]),
        A("ACT police", "organization", "AUS", aliases=["police"]),
        A("Liam Carter", "person", "AUS", "student", ["a 19-year-old cyclist", "The cyclist, university student Liam Carter", "my son"]),
        A("Penny Wong", "person", "AUS", "Foreign Minister", ["Foreign Minister Penny Wong", "She"]),
        A("Mumtaz Zahra Baloch", "person", "PAK", "spokeswoman", ["Spokeswoman Mumtaz Zahra Baloch"]),
        A("Andrew Carter", "person", "AUS", "father", ["Carter's father, Andrew", "he"]),
        A("Sussan Ley", "person", "AUS", "Opposition leader", ["Opposition leader Sussan Ley"]),
    ],
    quotes=[
        Q("indirect", "The driver, whom police have not named, left the scene on Northbourne Avenue and returned to the embassy", "ACT police", "say"),
        Q("direct", "Immunity exists to protect diplomacy, not to shield someone from the consequences of killing a young man,", "Penny Wong", "say"),
        Q("indirect", "she had called in Pakistan's high commissioner on Monday and given Islamabad until the end of the week to respond", "Penny Wong", "say"),
        Q("indirect", "it \"deeply regretted\" the accident and was \"in close contact with the Australian authorities\"", "Pakistan", "say", "statement"),
        Q("partial", "deeply regretted", "Pakistan", "say", "statement"),
        Q("partial", "in close contact with the Australian authorities", "Pakistan", "say", "statement"),
        Q("indirect", "the mission would \"cooperate fully\" with the investigation", "Mumtaz Zahra Baloch", "say"),
        Q("partial", "cooperate fully", "Mumtaz Zahra Baloch", "say"),
        Q("indirect", "the family wanted the driver to face an Australian court", "Andrew Carter", "tell", "radio"),
        Q("direct", "He drove away and left my son on the road,", "Andrew Carter", "say"),
        Q("direct", "Any other person would be in a cell.", "Andrew Carter", "say"),
        Q("partial", "this week, not next month.", "Sussan Ley", "demand"),
    ],
    dates=[
        D("June 24", "DATE", "2026-06-24"),
        D("last Friday", "DATE", "2026-06-19"),
        D("Saturday morning", "TIME", "2026-06-20TMO"),
        D("Tuesday", "DATE", "2026-06-23"),
        D("Monday", "DATE", "2026-06-22"),
        D("the end of the week", "DATE", "2026-W26"),
        D("this week", "DATE", "2026-W26"),
        D("next month", "DATE", "2026-07"),
        D("2018", "DATE", "2018"),
    ],
    stances=[
        S("Australia", "demand", "Pakistan", "waive the driver's immunity", "Australia has asked Pakistan to waive the diplomatic immunity"),
        S("Australia", "threaten", "Pakistan", evidence="warned that it would otherwise ask him to leave"),
        S("Penny Wong", "criticize", "Pakistan", evidence="she had called in Pakistan's high commissioner"),
        S("Penny Wong", "demand", "Pakistan", "respond by the end of the week", "given Islamabad until the end of the week to respond"),
        S("Pakistan", "concern", None, "the accident", "it \"deeply regretted\" the accident"),
        S("Pakistan", "reject", None, evidence="rejected media reports that the driver had been drunk"),
        S("Andrew Carter", "demand", "embassy driver", "face an Australian court", "the family wanted the driver to face an Australian court"),
        S("Andrew Carter", "accuse", "embassy driver", evidence="He drove away and left my son on the road"),
        S("Sussan Ley", "criticize", "Australia", evidence="accused the government of moving too slowly"),
        S("Sussan Ley", "demand", "Australia", "expel the driver", "demanded the driver's expulsion"),
    ],
    notes="Invented article (eleventh held-out set; the accident, the Carters and all quoted words are invented, the "
          "officials used freely). Calling in a high commissioner is a summons, hence criticism. 'the government' in "
          "Ley's accusation is Australia's. Pakistan's 'deeply regretted' is concern, not an apology toward an actor.",
)


# --------------------------------------------------------------------------- 4. Kazakhstan bans a Russian TV channel (Q&A explainer)
TV = """ date 2026-11-05 Kazakhstan pulls Russian channel off air: what we know

ALMATY, Nov 5 - Kazakhstan's information ministry switched off the Kazakh feed of Russia's Pervy Kanal on Tuesday, a week after the channel broadcast a talk show questioning the country's borders. Here are the main questions.

What was said on the show?

A guest, the nationalist writer Zakhar Prilepin, said northern Kazakhstan was "historically Russian land" and that Moscow "could ask for it back one day". The host did not challenge him.

Why did Astana act now?

Information Minister Aida Balayeva said the broadcast had broken Kazakh law on "incitement to ethnic hatred" and that the channel had ignored two written warnings since August. "Kazakhstan's territorial integrity is not a topic for entertainment," she told parliament.

How has Russia responded?

Kremlin spokesman Dmitry Peskov called the ban "regrettable" and said the writer's views "do not reflect the position of the Russian Federation." The foreign ministry in Moscow went further, accusing Astana of "discrimination against Russian-language media", and warned that Kazakh channels in Russia could face "mirror measures".

Did anyone else react?

Uzbekistan's President Shavkat Mirziyoyev telephoned Kazakh President Kassym-Jomart Tokayev on Wednesday to express support, Tokayev's office said. The press freedom group Reporters Without Borders (RSF) criticised both sides: it condemned the talk show's "dangerous rhetoric" but urged Kazakhstan to lift the ban, calling it "disproportionate".

What comes next?

Pervy Kanal said it would challenge the decision in a Kazakh court. Its director, Konstantin Ernst, has not commented. The ban runs for six months."""

build(
    "tv-ban-astana-2026-11-05", TV,
    actors=[
        A("Kazakhstan", "country", "KAZ", aliases=["Kazakhstan's information ministry", "Astana", "Kazakh"]),
        A("Pervy Kanal", "organization", "RUS", aliases=["the channel", "Its"]),
        A("Zakhar Prilepin", "person", "RUS", "writer", ["the nationalist writer Zakhar Prilepin", "him", "the writer"]),
        A("Aida Balayeva", "person", "KAZ", "Information Minister", ["Information Minister Aida Balayeva", "she"]),
        A("Russia", "country", "RUS", aliases=["Moscow", "the Russian Federation", "The foreign ministry in Moscow"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Kremlin spokesman Dmitry Peskov"]),
        A("Shavkat Mirziyoyev", "person", "UZB", "President", ["Uzbekistan's President Shavkat Mirziyoyev"]),
        A("Kassym-Jomart Tokayev", "person", "KAZ", "President", ["Kazakh President Kassym-Jomart Tokayev", "Tokayev's office"]),
        A("Reporters Without Borders", "organization", None, aliases=["The press freedom group Reporters Without Borders", "RSF", "it"]),
        A("Konstantin Ernst", "person", "RUS", "director", ["Its director, Konstantin Ernst"], organization="Pervy Kanal"),
    ],
    quotes=[
        Q("indirect", "northern Kazakhstan was \"historically Russian land\" and that Moscow \"could ask for it back one day\"", "Zakhar Prilepin", "say"),
        Q("partial", "historically Russian land", "Zakhar Prilepin", "say"),
        Q("partial", "could ask for it back one day", "Zakhar Prilepin", "say"),
        Q("indirect", "the broadcast had broken Kazakh law on \"incitement to ethnic hatred\" and that the channel had ignored two written warnings since August", "Aida Balayeva", "say"),
        Q("direct", "Kazakhstan's territorial integrity is not a topic for entertainment,", "Aida Balayeva", "tell"),
        Q("partial", "regrettable", "Dmitry Peskov", "call"),
        Q("partial", "do not reflect the position of the Russian Federation.", "Dmitry Peskov", "say"),
        Q("partial", "discrimination against Russian-language media", "Russia", "accuse"),
        Q("partial", "mirror measures", "Russia", "warn"),
        Q("partial", "dangerous rhetoric", "Reporters Without Borders", "condemn"),
        Q("partial", "disproportionate", "Reporters Without Borders", "call"),
        Q("indirect", "it would challenge the decision in a Kazakh court", "Pervy Kanal", "say"),
    ],
    dates=[
        D("Nov 5", "DATE", "2026-11-05"),
        D("Tuesday", "DATE", "2026-11-03"),
        D("a week", "DURATION", "P1W"),
        D("one day", "DATE", "FUTURE_REF"),
        D("August", "DATE", "2026-08"),
        D("Wednesday", "DATE", "2026-11-04"),
        D("six months", "DURATION", "P6M"),
    ],
    stances=[
        S("Kazakhstan", "criticize", "Pervy Kanal", evidence="switched off the Kazakh feed of Russia's Pervy Kanal"),
        S("Aida Balayeva", "accuse", "Pervy Kanal", evidence="the broadcast had broken Kazakh law"),
        S("Dmitry Peskov", "criticize", "Kazakhstan", evidence="called the ban \"regrettable\""),
        S("Russia", "accuse", "Kazakhstan", evidence="accusing Astana of \"discrimination against Russian-language media\""),
        S("Russia", "threaten", "Kazakhstan", evidence="warned that Kazakh channels in Russia could face \"mirror measures\""),
        S("Shavkat Mirziyoyev", "consult", "Kassym-Jomart Tokayev", evidence="telephoned Kazakh President Kassym-Jomart Tokayev"),
        S("Shavkat Mirziyoyev", "support", "Kazakhstan", evidence="to express support"),
        S("Reporters Without Borders", "condemn", "Pervy Kanal", evidence="it condemned the talk show's \"dangerous rhetoric\""),
        S("Reporters Without Borders", "demand", "Kazakhstan", "lift the ban", "urged Kazakhstan to lift the ban"),
        S("Reporters Without Borders", "criticize", "Kazakhstan", evidence="calling it \"disproportionate\""),
        S("Pervy Kanal", "reject", "Kazakhstan", evidence="it would challenge the decision in a Kazakh court"),
    ],
    notes="Invented article (eleventh held-out set; the show, the ban and all quoted words are invented, the people used "
          "freely). Q&A explainer whose questions carry no quotes. Peskov distances Russia from the writer; no stance "
          "toward Prilepin is annotated (a disavowal, not a criticism). Ernst 'has not commented': no stance.",
)


# --------------------------------------------------------------------------- 5. contaminated infant formula recalled in Vietnam
FORMULA = """ date 2026-02-26 HANOI, Feb 26 - Vietnam banned all products of the New Zealand dairy firm Kauri Nutrition on Thursday after three babies died and more than 200 fell ill from infant formula contaminated with bacteria, and demanded compensation for the families.

The health ministry said tests had found Cronobacter in two batches of the formula sold in Ho Chi Minh City and Da Nang since December. Deputy Health Minister Tran Van Thuan said the company had known of a problem at its Hamilton plant "for at least a month" and had not told Vietnamese regulators. "This is unforgivable. Parents trusted this label," he said.

Kauri Nutrition said in a statement that it was "devastated" and had recalled the batches worldwide on Wednesday. Its chief executive, Sarah Whitlock, denied that the company had hidden anything. "We informed regulators as soon as our own tests confirmed contamination," she said in a video message.

New Zealand's trade minister, Todd McClay, said he had spoken by phone with his Vietnamese counterpart on Wednesday night and that Wellington would send food safety experts to Hanoi. He called on Vietnam to limit the ban to the affected products, saying it risked hurting "dozens of exporters who have done nothing wrong."

Cambodia and Laos, which import the brand through Vietnamese distributors, ordered it off their shelves. The World Health Organization said it was helping trace the batches and urged parents not to use powder bought in the past two months.

A consumer group in Hanoi, Vinastas, accused the health ministry of acting too late, noting that the first babies fell ill on Jan 30.

It is the second formula scare in Asia in three years."""

build(
    "formula-contamination-hanoi-2026-02-26", FORMULA,
    actors=[
        A("Vietnam", "country", "VNM", aliases=["The health ministry", "Vietnamese", "the health ministry"]),
        A("Kauri Nutrition", "organization", "NZL", aliases=["the company"]),
        A("Tran Van Thuan", "person", "VNM", "Deputy Health Minister", ["Deputy Health Minister Tran Van Thuan", "he"]),
        A("Sarah Whitlock", "person", "NZL", "chief executive", ["Its chief executive, Sarah Whitlock", "she"], organization="Kauri Nutrition"),
        A("New Zealand", "country", "NZL", aliases=["Wellington"]),
        A("Todd McClay", "person", "NZL", "trade minister", ["New Zealand's trade minister, Todd McClay", "he", "He"]),
        A("Cambodia", "country", "KHM"),
        A("Laos", "country", "LAO"),
        A("World Health Organization", "organization", None, aliases=["The World Health Organization"]),
        A("Vinastas", "organization", "VNM", aliases=["A consumer group in Hanoi"]),
    ],
    quotes=[
        Q("indirect", "tests had found Cronobacter in two batches of the formula sold in Ho Chi Minh City and Da Nang since December", "Vietnam", "say"),
        Q("indirect", "the company had known of a problem at its Hamilton plant \"for at least a month\" and had not told Vietnamese regulators", "Tran Van Thuan", "say"),
        Q("partial", "for at least a month", "Tran Van Thuan", "say"),
        Q("direct", "This is unforgivable. Parents trusted this label,", "Tran Van Thuan", "say"),
        Q("indirect", "it was \"devastated\" and had recalled the batches worldwide on Wednesday", "Kauri Nutrition", "say", "statement"),
        Q("partial", "devastated", "Kauri Nutrition", "say", "statement"),
        Q("direct", "We informed regulators as soon as our own tests confirmed contamination,", "Sarah Whitlock", "say", "video"),
        Q("indirect", "he had spoken by phone with his Vietnamese counterpart on Wednesday night and that Wellington would send food safety experts to Hanoi", "Todd McClay", "say"),
        Q("partial", "dozens of exporters who have done nothing wrong.", "Todd McClay", "say"),
        Q("indirect", "it was helping trace the batches", "World Health Organization", "say"),
    ],
    dates=[
        D("Feb 26", "DATE", "2026-02-26"),
        D("Thursday", "DATE", "2026-02-26"),
        D("December", "DATE", "2025-12"),
        D("at least a month", "DURATION", "P1M"),
        D("Wednesday", "DATE", "2026-02-25"),
        D("Wednesday night", "TIME", "2026-02-25TNI"),
        D("the past two months", "DURATION", "P2M"),
        D("Jan 30", "DATE", "2026-01-30"),
        D("three years", "DURATION", "P3Y"),
    ],
    stances=[
        S("Vietnam", "criticize", "Kauri Nutrition", evidence="Vietnam banned all products of the New Zealand dairy firm Kauri Nutrition"),
        S("Vietnam", "demand", "Kauri Nutrition", "compensation for the families", "demanded compensation for the families"),
        S("Tran Van Thuan", "accuse", "Kauri Nutrition", evidence="the company had known of a problem at its Hamilton plant"),
        S("Tran Van Thuan", "condemn", "Kauri Nutrition", evidence="This is unforgivable"),
        S("Sarah Whitlock", "reject", "Tran Van Thuan", evidence="denied that the company had hidden anything"),
        S("Todd McClay", "consult", "Vietnam", evidence="he had spoken by phone with his Vietnamese counterpart"),
        S("Todd McClay", "support", "Vietnam", evidence="Wellington would send food safety experts to Hanoi"),
        S("Todd McClay", "appeal", "Vietnam", "limit the ban to affected products", "He called on Vietnam to limit the ban to the affected products"),
        S("World Health Organization", "appeal", None, "not use recent powder", "urged parents not to use powder bought in the past two months"),
        S("Vinastas", "criticize", "Vietnam", evidence="accused the health ministry of acting too late"),
    ],
    notes="Invented article (eleventh held-out set; the firm, the contamination, Whitlock and all quoted words are "
          "invented, the officials used freely). Cambodia's and Laos's shelf orders are measures against a product, "
          "annotated as actors without stance. McClay's counterpart is unnamed: the consultation targets Vietnam.",
)


# --------------------------------------------------------------------------- 6. suspected surveillance balloon over the Philippines (statement over several paragraphs, dash intros)
BALLOON = """ date 2026-09-30 MANILA, Sept 30 - The Philippine air force shot down a high-altitude balloon over the island of Palawan on Tuesday, and Manila said it was Chinese and had been collecting military data. Beijing said it was a weather balloon blown off course.

Defence Secretary Gilberto Teodoro spoke at length to reporters at Camp Aguinaldo on Wednesday.

"We tracked this object for three days. It changed altitude when it approached our bases, which weather balloons do not do.

"We have recovered sensors and a communications package from the debris. Our experts, and the experts of our allies, will examine them.

"And let me be clear: any aircraft, manned or unmanned, that enters our airspace without permission will be dealt with."

The Department of Foreign Affairs summoned China's ambassador, Jing Quan, and lodged what it called "a strong protest".

Chinese foreign ministry spokeswoman Mao Ning rejected the accusation - "The Philippine side is deliberately inflating a civilian incident," she told a regular briefing - and urged Manila to return the wreckage "without delay."

Reactions from the region:
- Japan: Chief Cabinet Secretary Yoshimasa Hayashi said Tokyo was in contact with Manila and "shares its concern about the protection of airspace."
- United States: the Pentagon said it had offered technical help with the analysis, and Defense Secretary Pete Hegseth phoned Teodoro on Wednesday night.
- Vietnam: the foreign ministry called on all parties "to exercise restraint."
- Malaysia: declined to comment.

It was the first such incident reported in the Philippines. The United States shot down a Chinese balloon off its coast three years ago."""

build(
    "balloon-palawan-2026-09-30", BALLOON,
    actors=[
        A("Philippines", "country", "PHL", aliases=["Manila", "The Philippine air force", "The Department of Foreign Affairs", "The Philippine side", "our"]),
        A("China", "country", "CHN", aliases=["Beijing", "Chinese"]),
        A("Gilberto Teodoro", "person", "PHL", "Defence Secretary", ["Defence Secretary Gilberto Teodoro", "Teodoro"]),
        A("Jing Quan", "person", "CHN", "ambassador", ["China's ambassador, Jing Quan"]),
        A("Mao Ning", "person", "CHN", "spokeswoman", ["Chinese foreign ministry spokeswoman Mao Ning", "she"]),
        A("Japan", "country", "JPN", aliases=["Tokyo"]),
        A("Yoshimasa Hayashi", "person", "JPN", "Chief Cabinet Secretary", ["Chief Cabinet Secretary Yoshimasa Hayashi"]),
        A("United States", "country", "USA", aliases=["the Pentagon"]),
        A("Pete Hegseth", "person", "USA", "Defense Secretary", ["Defense Secretary Pete Hegseth"]),
        A("Vietnam", "country", "VNM", aliases=["the foreign ministry"]),
        A("Malaysia", "country", "MYS"),
    ],
    quotes=[
        Q("indirect", "it was Chinese and had been collecting military data", "Philippines", "say"),
        Q("indirect", "it was a weather balloon blown off course", "China", "say"),
        Q("direct", "We tracked this object for three days. It changed altitude when it approached our bases, which weather balloons do not do.", "Gilberto Teodoro", None),
        Q("direct", "We have recovered sensors and a communications package from the debris. Our experts, and the experts of our allies, will examine them.", "Gilberto Teodoro", None),
        Q("direct", "And let me be clear: any aircraft, manned or unmanned, that enters our airspace without permission will be dealt with.", "Gilberto Teodoro", None),
        Q("partial", "a strong protest", "Philippines", "call"),
        Q("direct", "The Philippine side is deliberately inflating a civilian incident,", "Mao Ning", "tell", "press conference"),
        Q("partial", "without delay.", "Mao Ning", "urge"),
        Q("indirect", "Tokyo was in contact with Manila and \"shares its concern about the protection of airspace.\"", "Yoshimasa Hayashi", "say"),
        Q("partial", "shares its concern about the protection of airspace.", "Yoshimasa Hayashi", "say"),
        Q("indirect", "it had offered technical help with the analysis", "United States", "say"),
        Q("partial", "to exercise restraint.", "Vietnam", "call"),
    ],
    dates=[
        D("Sept 30", "DATE", "2026-09-30"),
        D("Tuesday", "DATE", "2026-09-29"),
        D("Wednesday", "DATE", "2026-09-30"),
        D("three days", "DURATION", "P3D"),
        D("Wednesday night", "TIME", "2026-09-30TNI"),
        D("three years ago", "DATE", "2023"),
    ],
    stances=[
        S("Philippines", "accuse", "China", evidence="Manila said it was Chinese and had been collecting military data"),
        S("Gilberto Teodoro", "threaten", None, evidence="will be dealt with"),
        S("Philippines", "criticize", "China", evidence="summoned China's ambassador, Jing Quan"),
        S("Philippines", "condemn", "China", evidence="lodged what it called \"a strong protest\""),
        S("Mao Ning", "reject", "Philippines", evidence="rejected the accusation"),
        S("Mao Ning", "accuse", "Philippines", evidence="The Philippine side is deliberately inflating a civilian incident"),
        S("Mao Ning", "demand", "Philippines", "return the wreckage", "urged Manila to return the wreckage \"without delay.\""),
        S("Yoshimasa Hayashi", "consult", "Philippines", evidence="Tokyo was in contact with Manila"),
        S("Yoshimasa Hayashi", "support", "Philippines", evidence="shares its concern about the protection of airspace"),
        S("United States", "support", "Philippines", evidence="it had offered technical help with the analysis"),
        S("Pete Hegseth", "consult", "Gilberto Teodoro", evidence="Defense Secretary Pete Hegseth phoned Teodoro"),
        S("Vietnam", "appeal", None, "exercise restraint", "called on all parties \"to exercise restraint.\""),
    ],
    notes="Invented article (eleventh held-out set; the balloon, the ambassador's name and all quoted words are invented, "
          "the officials used freely). Teodoro's words run over three paragraphs, introduced by 'spoke at length to "
          "reporters' without a cue verb beside them. Mao Ning's quote is set off by dashes. Country lines introduced by "
          "'- Name:' take the country as holder unless a person is named. Malaysia 'declined to comment': no stance.",
)


if __name__ == "__main__":
    WRITER.report()
