"""Builds the fifth held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Fifth held-out set: 6 invented reaction articles written on 2026-11-25 by a helper who changed no
library code and did not read the library's source, at the same time as the fourth development set
(``tests/generalization_dev4/``); the gold was committed before reactlib was run on anything. Held
out: the lead runs it once at the end; nobody reads its articles or errors to tune. As in
``tests/generalization_dev3/build_gold.py``, the annotation lives here as data so that offsets are
computed, never typed: a quote or date is given by its text and, where the same words occur more
than once, by its occurrence number (0-based); ``gold_builder`` asserts that every span and stance
evidence is found in the text. Run `python tests/generalization_holdout5/build_gold.py` after
editing. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the development
sets: countries speak through their ministries, embassies and capitals; a summons or a recall of an
ambassador is a criticism; background ("has long", "have repeatedly") takes no stance; one
speaker's restatement of a position is one stance.
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


# --------------------------------------------------------------------------- 1. a Dutch journalist shot dead in Ecuador (wire, AFP-like)
JOURNALIST = """ date 2026-02-17 Guayaquil (AFP) - The Netherlands on Tuesday demanded a "swift and thorough" investigation into the killing of Dutch journalist Sanne Verhoeven, who was shot dead in the Ecuadorian port city of Guayaquil while reporting on cocaine trafficking, and summoned Ecuador's ambassador in The Hague.

Verhoeven, 38, a freelance reporter who worked for the daily NRC and the public broadcaster NOS, was shot several times by two men on a motorcycle outside her hotel late on Sunday, police said. She died in hospital early Monday.

"Sanne went to Ecuador to tell a story that needed to be told. She paid for it with her life," Dutch Foreign Minister David van Weel said in a statement. "We expect the Ecuadorian authorities to find those responsible and bring them to trial."

Ecuador's President Daniel Noboa condemned the murder as "a cowardly attack on press freedom" and ordered a special police unit to lead the inquiry. In a message on X, he said he had spoken by phone with the Dutch prime minister and that there would be "no impunity".

Interior Minister John Reimberg told reporters that investigators were examining whether the killing was linked to the Los Lobos gang, which controls much of the drug trade through the port. Two suspects had been detained on Monday night, he said.

Reporters Without Borders (RSF) said Verhoeven was the fourth journalist killed in Ecuador in the past 12 months and accused the government of failing to protect the press. "Ecuador has become one of the most dangerous countries in the Americas for reporters," said Artur Romeu, the head of RSF's Latin America office.

The Committee to Protect Journalists called on the authorities to establish whether Verhoeven had received threats before her death. Her editor at NRC, Marloes de Groot, told AFP that Verhoeven had recently mentioned "strange messages" on her phone but had "not felt in danger".

The European Union's delegation in Quito said the bloc stood "in solidarity with the Netherlands and with Ecuadorian journalists" and offered its support to the investigation.

Los Lobos has not commented.

Ecuador has been under a state of emergency for much of the past two years as Noboa wages what he calls a "war" on drug gangs, which have turned the country's ports into export hubs for Colombian and Peruvian cocaine."""

build(
    "journalist-ecuador-netherlands-2026-02-17", JOURNALIST,
    actors=[
        A("Netherlands", "country", "NLD", aliases=["The Netherlands", "the Netherlands", "Dutch", "The Hague"]),
        A("Sanne Verhoeven", "person", "NLD", "journalist", ["Verhoeven", "Dutch journalist Sanne Verhoeven", "Sanne"]),
        A("Ecuador", "country", "ECU", aliases=["Ecuadorian", "Ecuador's", "the Ecuadorian authorities", "the authorities", "the government"]),
        A("Ecuadorian ambassador", "person", "ECU", "ambassador", ["Ecuador's ambassador in The Hague"], anonymous=True),
        A("NRC", "organization", "NLD", aliases=["the daily NRC"]),
        A("NOS", "organization", "NLD", aliases=["the public broadcaster NOS"]),
        A("Ecuadorian police", "organization", "ECU", aliases=["police", "a special police unit"]),
        A("David van Weel", "person", "NLD", "Foreign Minister", ["van Weel", "Van Weel", "Dutch Foreign Minister David van Weel"]),
        A("Daniel Noboa", "person", "ECU", "President", ["Noboa", "Ecuador's President Daniel Noboa"]),
        A("Dutch prime minister", "person", "NLD", "Prime Minister", ["the Dutch prime minister"]),
        A("John Reimberg", "person", "ECU", "Interior Minister", ["Reimberg", "Interior Minister John Reimberg"]),
        A("Los Lobos", "group", "ECU", aliases=["the Los Lobos gang", "Los Lobos gang"]),
        A("Reporters Without Borders", "organization", None, aliases=["RSF"]),
        A("Artur Romeu", "person", None, "head of RSF's Latin America office", ["Romeu"], organization="Reporters Without Borders"),
        A("Committee to Protect Journalists", "organization", None, aliases=["CPJ", "The Committee to Protect Journalists"]),
        A("Marloes de Groot", "person", "NLD", "editor at NRC", ["de Groot", "De Groot", "Her editor at NRC"], organization="NRC"),
        A("European Union", "organization", None, aliases=["EU", "The European Union's delegation in Quito", "the bloc"]),
        A("Colombia", "country", "COL", aliases=["Colombian"]),
        A("Peru", "country", "PER", aliases=["Peruvian"]),
    ],
    quotes=[
        Q("partial", "swift and thorough", "Netherlands", "demand"),
        Q("indirect", "Verhoeven, 38, a freelance reporter who worked for the daily NRC and the public broadcaster NOS, was shot several times by two men on a motorcycle outside her hotel late on Sunday", "Ecuadorian police", "say"),
        Q("direct", "Sanne went to Ecuador to tell a story that needed to be told. She paid for it with her life,", "David van Weel", "say", "statement"),
        Q("direct", "We expect the Ecuadorian authorities to find those responsible and bring them to trial.", "David van Weel", "say", "statement"),
        Q("partial", "a cowardly attack on press freedom", "Daniel Noboa", "condemn"),
        Q("indirect", "he had spoken by phone with the Dutch prime minister and that there would be \"no impunity\"", "Daniel Noboa", "say", "twitter"),
        Q("partial", "no impunity", "Daniel Noboa", "say", "twitter"),
        Q("indirect", "investigators were examining whether the killing was linked to the Los Lobos gang, which controls much of the drug trade through the port", "John Reimberg", "tell", "press conference"),
        Q("indirect", "Two suspects had been detained on Monday night", "John Reimberg", "say", "press conference"),
        Q("indirect", "Verhoeven was the fourth journalist killed in Ecuador in the past 12 months", "Reporters Without Borders", "say"),
        Q("direct", "Ecuador has become one of the most dangerous countries in the Americas for reporters,", "Artur Romeu", "say"),
        Q("indirect", "Verhoeven had recently mentioned \"strange messages\" on her phone but had \"not felt in danger\"", "Marloes de Groot", "tell", "interview"),
        Q("partial", "strange messages", "Marloes de Groot", "tell", "interview"),
        Q("partial", "not felt in danger", "Marloes de Groot", "tell", "interview"),
        Q("indirect", "the bloc stood \"in solidarity with the Netherlands and with Ecuadorian journalists\"", "European Union", "say"),
        Q("partial", "in solidarity with the Netherlands and with Ecuadorian journalists", "European Union", "say"),
        Q("partial", "war", "Daniel Noboa", "call"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-02-17"),
        D("late on Sunday", "DATE", "2026-02-15"),
        D("early Monday", "DATE", "2026-02-16"),
        D("Monday night", "TIME", "2026-02-16TNI"),
        D("the past 12 months", "DURATION", "P12M"),
        D("recently", "DATE", "PAST_REF"),
        D("the past two years", "DURATION", "P2Y"),
    ],
    stances=[
        S("Netherlands", "demand", "Ecuador", "investigation", "demanded a \"swift and thorough\" investigation"),
        S("Netherlands", "criticize", "Ecuador", evidence="summoned Ecuador's ambassador in The Hague"),
        S("David van Weel", "demand", "Ecuador", "bring those responsible to trial", "We expect the Ecuadorian authorities to find those responsible"),
        S("Daniel Noboa", "condemn", None, evidence="condemned the murder as \"a cowardly attack on press freedom\""),
        S("Daniel Noboa", "consult", "Dutch prime minister", evidence="he had spoken by phone with the Dutch prime minister"),
        S("Reporters Without Borders", "accuse", "Ecuador", evidence="accused the government of failing to protect the press"),
        S("Artur Romeu", "criticize", "Ecuador", evidence="Ecuador has become one of the most dangerous countries in the Americas for reporters"),
        S("Committee to Protect Journalists", "appeal", "Ecuador", "establish whether threats were received", "called on the authorities to establish whether Verhoeven had received threats"),
        S("European Union", "support", "Netherlands", evidence="stood \"in solidarity with the Netherlands"),
        S("European Union", "support", "Ecuador", evidence="offered its support to the investigation"),
    ],
    notes="Invented article (fifth held-out set; the killing, Verhoeven, de Groot and all quoted words are invented, "
          "the officials used freely). AFP dateline 'Guayaquil (AFP) -'; 'told AFP' (outlet no actor; channel "
          "interview). The summons is a criticism of Ecuador. Van Weel's 'We expect ...' is his own demand (a second "
          "holder; the lead's demand is the Netherlands'). Noboa condemns a murder without naming its author (target "
          "null); 'what he calls a \"war\"' is a partial quote of Noboa, background (no stance). 'the government' and "
          "'the authorities' are Ecuador's. The EU's solidarity with the Netherlands and its offer to support "
          "Ecuador's investigation are two stances. 'Los Lobos has not commented' is no stance. '38' is an age.",
)


# --------------------------------------------------------------------------- 2. Iran builds a wall on the Afghan border (broadsheet analysis)
WALL = """ date 2026-05-05 Iran's wall on the Afghan border: Tehran sees security, the Taliban see an insult

Iran has begun building a concrete wall along a 300-kilometre stretch of its border with Afghanistan, a project Tehran says is needed to stop drug smuggling and illegal migration but which the Taliban government in Kabul has condemned as "hostile and unnecessary".

Iranian state television showed cranes lowering four-metre concrete slabs into place near the border town of Milak, in Sistan and Baluchestan province, on Sunday. Brigadier General Ahmad-Ali Goudarzi, the commander of Iran's border guard, said the first 50 kilometres would be finished "before the end of summer".

"Our borders are our red line. No country can tell us how to protect them," Interior Minister Eskandar Momeni told the state news agency IRNA on Monday.

The reaction from Kabul was swift. Zabihullah Mujahid, the Taliban's chief spokesman, wrote on X that the wall was "an insult to the brotherly Afghan nation" and that "walls do not solve problems between neighbours, dialogue does". The Taliban's foreign ministry summoned Iran's chargé d'affaires in Kabul on Monday afternoon, according to Afghan media.

Behind the row lies a long quarrel over water. The Taliban have been building dams on the Helmand river, which Iran says has cut the flow to its eastern provinces in breach of a 1973 treaty. Iranian officials have repeatedly accused Kabul of "stealing" water, a charge the Taliban deny.

Pakistan, which fenced most of its own 2,600-km border with Afghanistan between 2017 and 2022, said only that it was "closely watching" the situation.

The UN refugee agency, UNHCR, voiced concern that the wall could push Afghans fleeing poverty and persecution towards more dangerous routes, and urged Iran to keep its border open to asylum seekers. More than 1.5 million Afghans have been deported from Iran or pressured to leave since early 2025, according to the agency.

Rights groups were blunter. Amnesty International called the wall "a monument to Iran's cruelty towards Afghan refugees".

In Tehran, some conservatives want more. Hossein-Ali Haji-Deligani, a member of parliament, said the wall did not go far enough and called on the government to extend it along the entire 900-km border.

In Zaranj, the Afghan town facing Milak, traders fear the wall will kill what is left of cross-border trade. "For twenty years my family has carried goods across this border," said Abdul Wahid, 45, a fruit seller. "Now they want to close it with concrete.\""""

build(
    "wall-iran-afghanistan-2026-05-05", WALL,
    actors=[
        A("Iran", "country", "IRN", aliases=["Iranian", "Tehran", "Iran's", "the government", "Iranian officials"]),
        A("Afghanistan", "country", "AFG", aliases=["Afghan", "Kabul"]),
        A("Taliban", "organization", "AFG", aliases=["the Taliban government in Kabul", "The Taliban", "the Taliban", "The Taliban's foreign ministry", "Taliban's foreign ministry"]),
        A("Ahmad-Ali Goudarzi", "person", "IRN", "commander of the border guard", ["Goudarzi", "Brigadier General Ahmad-Ali Goudarzi"]),
        A("Eskandar Momeni", "person", "IRN", "Interior Minister", ["Momeni", "Interior Minister Eskandar Momeni"]),
        A("IRNA", "organization", "IRN", aliases=["the state news agency IRNA"]),
        A("Zabihullah Mujahid", "person", "AFG", "Taliban chief spokesman", ["Mujahid"], organization="Taliban"),
        A("Iranian chargé d'affaires", "person", "IRN", "chargé d'affaires", ["Iran's chargé d'affaires in Kabul"], anonymous=True),
        A("Afghan media", "organization", "AFG", aliases=[]),
        A("Pakistan", "country", "PAK", aliases=["Pakistani"]),
        A("UNHCR", "organization", None, aliases=["The UN refugee agency", "UN refugee agency", "the agency"]),
        A("Afghan refugees", "group", "AFG", aliases=["Afghans", "Afghans fleeing poverty and persecution", "asylum seekers"]),
        A("Amnesty International", "organization", None, aliases=["Amnesty"]),
        A("Hossein-Ali Haji-Deligani", "person", "IRN", "member of parliament", ["Haji-Deligani"]),
        A("Abdul Wahid", "person", "AFG", "fruit seller", ["Wahid"]),
    ],
    quotes=[
        Q("indirect", "is needed to stop drug smuggling and illegal migration", "Iran", "say", optional=True),
        Q("partial", "hostile and unnecessary", "Taliban", "condemn"),
        Q("indirect", "the first 50 kilometres would be finished \"before the end of summer\"", "Ahmad-Ali Goudarzi", "say"),
        Q("partial", "before the end of summer", "Ahmad-Ali Goudarzi", "say"),
        Q("direct", "Our borders are our red line. No country can tell us how to protect them,", "Eskandar Momeni", "tell", "interview"),
        Q("indirect", "the wall was \"an insult to the brotherly Afghan nation\" and that \"walls do not solve problems between neighbours, dialogue does\"", "Zabihullah Mujahid", "write", "twitter"),
        Q("partial", "an insult to the brotherly Afghan nation", "Zabihullah Mujahid", "write", "twitter"),
        Q("partial", "walls do not solve problems between neighbours, dialogue does", "Zabihullah Mujahid", "write", "twitter"),
        Q("indirect", "The Taliban's foreign ministry summoned Iran's chargé d'affaires in Kabul on Monday afternoon", "Afghan media", "according to"),
        Q("indirect", "has cut the flow to its eastern provinces in breach of a 1973 treaty", "Iran", "say", optional=True),
        Q("partial", "stealing", "Iran", "accuse"),
        Q("indirect", "it was \"closely watching\" the situation", "Pakistan", "say"),
        Q("partial", "closely watching", "Pakistan", "say"),
        Q("indirect", "the wall could push Afghans fleeing poverty and persecution towards more dangerous routes", "UNHCR", "voice"),
        Q("indirect", "More than 1.5 million Afghans have been deported from Iran or pressured to leave since early 2025", "UNHCR", "according to"),
        Q("partial", "a monument to Iran's cruelty towards Afghan refugees", "Amnesty International", "call"),
        Q("indirect", "the wall did not go far enough", "Hossein-Ali Haji-Deligani", "say"),
        Q("direct", "For twenty years my family has carried goods across this border,", "Abdul Wahid", "say"),
        Q("direct", "Now they want to close it with concrete.", "Abdul Wahid", "say"),
    ],
    dates=[
        D("Sunday", "DATE", "2026-05-03"),
        D("the end of summer", "DATE", "2026-SU"),
        D("Monday", "DATE", "2026-05-04", 0),
        D("Monday afternoon", "TIME", "2026-05-04TAF"),
        D("1973", "DATE", "1973"),
        D("2017", "DATE", "2017"),
        D("2022", "DATE", "2022"),
        D("early 2025", "DATE", "2025"),
        D("twenty years", "DURATION", "P20Y"),
    ],
    stances=[
        S("Taliban", "condemn", "Iran", evidence="has condemned as \"hostile and unnecessary\""),
        S("Eskandar Momeni", "reject", None, evidence="No country can tell us how to protect them"),
        S("Zabihullah Mujahid", "condemn", "Iran", evidence="the wall was \"an insult to the brotherly Afghan nation\""),
        S("Zabihullah Mujahid", "appeal", "Iran", "negotiations", "\"walls do not solve problems between neighbours, dialogue does\""),
        S("Taliban", "criticize", "Iran", evidence="summoned Iran's chargé d'affaires in Kabul"),
        S("UNHCR", "concern", None, "refugees pushed to dangerous routes", "voiced concern that the wall could push Afghans"),
        S("UNHCR", "appeal", "Iran", "keep the border open to asylum seekers", "urged Iran to keep its border open to asylum seekers"),
        S("Amnesty International", "condemn", "Iran", evidence="called the wall \"a monument to Iran's cruelty towards Afghan refugees\""),
        S("Hossein-Ali Haji-Deligani", "appeal", "Iran", "extend the wall", "called on the government to extend it along the entire 900-km border"),
    ],
    notes="Invented article (fifth held-out set; the wall, Haji-Deligani's and Wahid's words and all quoted words are "
          "invented, the officials used freely). Broadsheet analysis with a headline and no dateline. The Taliban "
          "(organization of Afghanistan) are the government in Kabul; their foreign ministry's summons is a criticism "
          "of Iran. The lead's condemnation (the Taliban's) and Mujahid's post are two holders. Momeni's 'No country "
          "can tell us' rebuffs criticism without naming anyone (reject, target null). 'which Iran says' clauses are "
          "optional indirect quotes of Iran. The water quarrel ('have repeatedly accused', 'a charge the Taliban deny') "
          "is background: no stance, though 'stealing' is a partial quote of Iran. Pakistan's 'closely watching' and "
          "Goudarzi's schedule take no stance. Haji-Deligani's 'did not go far enough' and his call are one appeal "
          "(extend the wall). Wahid's fears are a trader's (no stance); his quote closes the article. 'early 2025' is "
          "2025 (TIMEX3 value without the mod); 'the end of summer' is summer 2026.",
)


# --------------------------------------------------------------------------- 3. Greece protests a US fighter-jet sale to Turkey (broadcaster website)
JETS = """ date 2026-07-30 Greece protests US fighter jet sale to Turkey

Greece has lodged a formal protest with Washington after the US State Department approved the sale of 40 F-16 Block 70 fighter jets and upgrade kits worth $7.2 billion (€6.6 billion) to Turkey.

Foreign Minister Giorgos Gerapetritis called in US Ambassador Kimberly Guilfoyle on Wednesday to express "Greece's strong disappointment" at a decision which, he said, "rewards a country that threatens a NATO ally with war". Turkey's parliament declared in 1995 that any extension of Greek territorial waters to 12 nautical miles would be a cause for war.

Prime Minister Kyriakos Mitsotakis struck a more measured tone. "Our relationship with the United States is strategic and it will remain so. But we have every right to ask for guarantees," he told reporters on the sidelines of an EU summit in Brussels.

Athens wants written assurances that the aircraft will not be flown over Greek islands in the Aegean, where Turkish jets regularly violate Greek airspace according to the Greek general staff.

In Ankara, Defence Minister Yaşar Güler welcomed the approval as "the natural outcome of our alliance" and dismissed the Greek objections. «Greece should worry less about our aircraft and more about its own militarisation of the islands», he said in remarks carried by the Anadolu news agency.

The State Department said the sale "will support the foreign policy and national security of the United States by improving the security of a NATO ally". A spokesperson stressed that Washington "values its strong defence partnerships with both Greece and Turkey".

Cyprus sided with Athens. President Nikos Christodoulides said on Thursday that the decision "sends the wrong message" at a time when Turkish troops still occupy the north of the island, and urged the US Congress to block the deal.

Congress has 30 days to object. Democratic Senator Jeanne Whitfield, a member of the Foreign Relations Committee, said she would introduce a resolution of disapproval next week.

Asked about the dispute at a news conference, NATO Secretary General Mark Rutte said he would not comment on arms sales between allies but encouraged "both allies to keep talking"."""

build(
    "jets-greece-turkey-2026-07-30", JETS,
    actors=[
        A("Greece", "country", "GRC", aliases=["Greek", "Athens", "Greece's"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "US State Department", "The State Department", "State Department"]),
        A("Turkey", "country", "TUR", aliases=["Turkish", "Ankara", "Turkey's"]),
        A("Giorgos Gerapetritis", "person", "GRC", "Foreign Minister", ["Gerapetritis", "Foreign Minister Giorgos Gerapetritis"]),
        A("Kimberly Guilfoyle", "person", "USA", "Ambassador to Greece", ["Guilfoyle", "US Ambassador Kimberly Guilfoyle"]),
        A("NATO", "organization", None, aliases=[]),
        A("Turkish parliament", "organization", "TUR", aliases=["Turkey's parliament"]),
        A("Kyriakos Mitsotakis", "person", "GRC", "Prime Minister", ["Mitsotakis", "Prime Minister Kyriakos Mitsotakis"]),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Greek general staff", "organization", "GRC", aliases=["the Greek general staff"]),
        A("Yaşar Güler", "person", "TUR", "Defence Minister", ["Güler", "Guler", "Yasar Guler", "Defence Minister Yaşar Güler"]),
        A("Anadolu", "organization", "TUR", aliases=["the Anadolu news agency", "Anadolu news agency"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["A spokesperson"], anonymous=True),
        A("Cyprus", "country", "CYP", aliases=["Cypriot"]),
        A("Nikos Christodoulides", "person", "CYP", "President", ["Christodoulides", "President Nikos Christodoulides"]),
        A("US Congress", "organization", "USA", aliases=["Congress", "the US Congress"]),
        A("Jeanne Whitfield", "person", "USA", "Senator", ["Whitfield", "Democratic Senator Jeanne Whitfield"], organization="Foreign Relations Committee"),
        A("Mark Rutte", "person", None, "NATO Secretary General", ["Rutte", "NATO Secretary General Mark Rutte"], organization="NATO"),
    ],
    quotes=[
        Q("partial", "Greece's strong disappointment", "Giorgos Gerapetritis", "express"),
        Q("partial", "rewards a country that threatens a NATO ally with war", "Giorgos Gerapetritis", "say"),
        Q("direct", "Our relationship with the United States is strategic and it will remain so. But we have every right to ask for guarantees,", "Kyriakos Mitsotakis", "tell", "press conference"),
        Q("indirect", "Turkish jets regularly violate Greek airspace", "Greek general staff", "according to"),
        Q("partial", "the natural outcome of our alliance", "Yaşar Güler", "welcome"),
        Q("direct", "Greece should worry less about our aircraft and more about its own militarisation of the islands", "Yaşar Güler", "say"),
        Q("indirect", "the sale \"will support the foreign policy and national security of the United States by improving the security of a NATO ally\"", "United States", "say"),
        Q("partial", "will support the foreign policy and national security of the United States by improving the security of a NATO ally", "United States", "say"),
        Q("indirect", "Washington \"values its strong defence partnerships with both Greece and Turkey\"", "State Department spokesperson", "stress"),
        Q("partial", "values its strong defence partnerships with both Greece and Turkey", "State Department spokesperson", "stress"),
        Q("indirect", "the decision \"sends the wrong message\" at a time when Turkish troops still occupy the north of the island", "Nikos Christodoulides", "say"),
        Q("partial", "sends the wrong message", "Nikos Christodoulides", "say"),
        Q("indirect", "she would introduce a resolution of disapproval next week", "Jeanne Whitfield", "say"),
        Q("indirect", "he would not comment on arms sales between allies", "Mark Rutte", "say", "press conference"),
        Q("partial", "both allies to keep talking", "Mark Rutte", "encourage", "press conference"),
    ],
    dates=[
        D("Wednesday", "DATE", "2026-07-29"),
        D("1995", "DATE", "1995"),
        D("Thursday", "DATE", "2026-07-30"),
        D("30 days", "DURATION", "P30D"),
        D("next week", "DATE", "2026-W32"),
    ],
    stances=[
        S("Greece", "criticize", "United States", evidence="Greece has lodged a formal protest with Washington"),
        S("Giorgos Gerapetritis", "accuse", "Turkey", evidence="\"rewards a country that threatens a NATO ally with war\""),
        S("Kyriakos Mitsotakis", "demand", "United States", "guarantees", "we have every right to ask for guarantees"),
        S("Greece", "demand", "United States", "written assurances", "Athens wants written assurances"),
        S("Greek general staff", "accuse", "Turkey", evidence="Turkish jets regularly violate Greek airspace"),
        S("Yaşar Güler", "welcome", "United States", evidence="welcomed the approval as \"the natural outcome of our alliance\""),
        S("Yaşar Güler", "reject", "Greece", evidence="dismissed the Greek objections"),
        S("Yaşar Güler", "accuse", "Greece", evidence="its own militarisation of the islands"),
        S("United States", "support", "Turkey", evidence="improving the security of a NATO ally"),
        S("Cyprus", "support", "Greece", evidence="Cyprus sided with Athens"),
        S("Nikos Christodoulides", "criticize", "United States", evidence="the decision \"sends the wrong message\""),
        S("Nikos Christodoulides", "accuse", "Turkey", evidence="Turkish troops still occupy the north of the island"),
        S("Nikos Christodoulides", "appeal", "US Congress", "block the deal", "urged the US Congress to block the deal"),
        S("Jeanne Whitfield", "reject", None, evidence="she would introduce a resolution of disapproval"),
        S("Mark Rutte", "appeal", None, "negotiations", "encouraged \"both allies to keep talking\""),
    ],
    notes="Invented article (fifth held-out set; the sale, Whitfield and all quoted words are invented, the officials "
          "used freely). Broadcaster-website style, no dateline, euro conversion, a « » direct quote from a Turkish "
          "agency ('carried by the Anadolu news agency': Anadolu only carries it). Greece's formal protest and "
          "Gerapetritis's calling-in of the ambassador are one position (one criticism of the United States, held by "
          "Greece); his 'rewards a country that threatens a NATO ally with war' accuses Turkey. Mitsotakis's "
          "'guarantees' and 'Athens wants written assurances' are kept as two holders (the prime minister's words, the "
          "country's position). The Greek general staff's claim is reported 'according to'. The 1995 casus belli is "
          "background. The State Department's rationale supports Turkey; the spokesperson's 'values ... both' takes "
          "no stance. Christodoulides's occupation clause is his own accusation. Whitfield's resolution of "
          "disapproval rejects the sale (target null). Rutte's refusal to comment is no stance; his encouragement "
          "is an appeal for talks. 'regularly' is not annotated.",
)


# --------------------------------------------------------------------------- 4. cyber-attack on Czech hospitals blamed on Russia (Q&A explainer)
HOSPITALS = """ date 2026-03-26 Czech hospitals cyber-attack: what we know about the hack Prague blames on Russia

The Czech government has formally accused Russia's military intelligence of being behind a cyber-attack that crippled the computer systems of 11 hospitals last week, forcing surgeons to postpone operations and ambulances to be diverted.

What happened?

The attack began in the early hours of Thursday 19 March, when ransomware encrypted patient records and scheduling systems at hospitals run by the Central Bohemian region. Emergency departments in Kladno, Kolín and Příbram went back to paper records for five days. No deaths have been linked to the attack, the health ministry says.

Who is blamed?

Speaking after an emergency meeting of the National Security Council on Wednesday, Prime Minister Andrej Babiš said the evidence pointed "unambiguously" to a unit of the GRU known to Western security agencies as Sandworm.

"This was not a criminal gang looking for money. It was a state attacking sick people," he said. "The Czech Republic will respond, together with our allies, at a time and in a manner of our choosing."

The Czech foreign ministry summoned the Russian ambassador, Alexander Zmeyevsky, to hand him a protest note.

What does Russia say?

The Russian embassy in Prague called the accusation "groundless Russophobic hysteria" and said Moscow "has nothing to do" with the incident. Kremlin spokesman Dmitry Peskov told reporters that the Czech side had presented "no evidence whatsoever".

How have allies reacted?

NATO said in a statement that allies "stand in solidarity" with the Czech Republic, and it condemned "Russia's reckless and irresponsible behaviour in cyberspace". The European Union's foreign policy chief, Kaja Kallas, said the bloc was preparing sanctions against "those responsible", without giving details.

Slovakia's Prime Minister Robert Fico was a notable exception. Fico told Slovak radio he would "wait for real proof" before drawing conclusions, and warned against "automatically blaming Russia for everything".

The US Cybersecurity and Infrastructure Security Agency (CISA) said it had sent a team of experts to Prague at the request of the Czech authorities.

What happens next?

The National Cyber and Information Security Agency (NÚKIB), which led the investigation, said hospitals across the country had been told to update their systems by the end of the month. Its director, Lukáš Kintr, told Czech Television that further attacks were "very likely" in the coming months."""

build(
    "cyberattack-czech-russia-2026-03-26", HOSPITALS,
    actors=[
        A("Czech Republic", "country", "CZE", aliases=["Czech", "Prague", "The Czech government", "The Czech foreign ministry", "the health ministry", "the Czech side", "the Czech authorities"]),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow", "Russia's", "The Russian embassy in Prague", "Kremlin"]),
        A("GRU", "organization", "RUS", aliases=["Russia's military intelligence", "Sandworm"]),
        A("Central Bohemian region", "organization", "CZE", aliases=[]),
        A("National Security Council", "organization", "CZE", aliases=[]),
        A("Andrej Babiš", "person", "CZE", "Prime Minister", ["Babiš", "Babis", "Andrej Babis", "Prime Minister Andrej Babiš"]),
        A("Alexander Zmeyevsky", "person", "RUS", "ambassador to the Czech Republic", ["Zmeyevsky", "the Russian ambassador"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov", "Kremlin spokesman Dmitry Peskov"]),
        A("NATO", "organization", None, aliases=["allies"]),
        A("European Union", "organization", None, aliases=["EU", "The European Union", "the bloc"]),
        A("Kaja Kallas", "person", None, "EU foreign policy chief", ["Kallas"], organization="European Union"),
        A("Slovakia", "country", "SVK", aliases=["Slovak", "Slovakia's"]),
        A("Robert Fico", "person", "SVK", "Prime Minister", ["Fico", "Slovakia's Prime Minister Robert Fico"]),
        A("Cybersecurity and Infrastructure Security Agency", "organization", "USA", aliases=["CISA", "The US Cybersecurity and Infrastructure Security Agency"]),
        A("National Cyber and Information Security Agency", "organization", "CZE", aliases=["NÚKIB", "NUKIB", "The National Cyber and Information Security Agency"]),
        A("Lukáš Kintr", "person", "CZE", "director of NÚKIB", ["Kintr", "Lukas Kintr", "Its director"], organization="National Cyber and Information Security Agency"),
        A("Czech Television", "organization", "CZE", aliases=[]),
    ],
    quotes=[
        Q("indirect", "No deaths have been linked to the attack", "Czech Republic", "say"),
        Q("indirect", "the evidence pointed \"unambiguously\" to a unit of the GRU known to Western security agencies as Sandworm", "Andrej Babiš", "say"),
        Q("partial", "unambiguously", "Andrej Babiš", "say"),
        Q("direct", "This was not a criminal gang looking for money. It was a state attacking sick people,", "Andrej Babiš", "say"),
        Q("direct", "The Czech Republic will respond, together with our allies, at a time and in a manner of our choosing.", "Andrej Babiš", "say"),
        Q("partial", "groundless Russophobic hysteria", "Russia", "call"),
        Q("indirect", "Moscow \"has nothing to do\" with the incident", "Russia", "say"),
        Q("partial", "has nothing to do", "Russia", "say"),
        Q("indirect", "the Czech side had presented \"no evidence whatsoever\"", "Dmitry Peskov", "tell", "press conference"),
        Q("partial", "no evidence whatsoever", "Dmitry Peskov", "tell", "press conference"),
        Q("indirect", "allies \"stand in solidarity\" with the Czech Republic", "NATO", "say", "statement"),
        Q("partial", "stand in solidarity", "NATO", "say", "statement"),
        Q("partial", "Russia's reckless and irresponsible behaviour in cyberspace", "NATO", "condemn", "statement"),
        Q("indirect", "the bloc was preparing sanctions against \"those responsible\"", "Kaja Kallas", "say"),
        Q("partial", "those responsible", "Kaja Kallas", "say"),
        Q("indirect", "he would \"wait for real proof\" before drawing conclusions", "Robert Fico", "tell", "interview"),
        Q("partial", "wait for real proof", "Robert Fico", "tell", "interview"),
        Q("partial", "automatically blaming Russia for everything", "Robert Fico", "warn", "interview"),
        Q("indirect", "it had sent a team of experts to Prague at the request of the Czech authorities", "Cybersecurity and Infrastructure Security Agency", "say"),
        Q("indirect", "hospitals across the country had been told to update their systems by the end of the month", "National Cyber and Information Security Agency", "say"),
        Q("indirect", "further attacks were \"very likely\" in the coming months", "Lukáš Kintr", "tell", "interview"),
        Q("partial", "very likely", "Lukáš Kintr", "tell", "interview"),
    ],
    dates=[
        D("last week", "DATE", "2026-W12"),
        D("Thursday 19 March", "DATE", "2026-03-19"),
        D("five days", "DURATION", "P5D"),
        D("Wednesday", "DATE", "2026-03-25"),
        D("the end of the month", "DATE", "2026-03"),
        D("the coming months", "DURATION", "PXM"),
    ],
    stances=[
        S("Czech Republic", "accuse", "Russia", evidence="has formally accused Russia's military intelligence of being behind a cyber-attack"),
        S("Andrej Babiš", "threaten", "Russia", evidence="The Czech Republic will respond, together with our allies, at a time and in a manner of our choosing."),
        S("Czech Republic", "criticize", "Russia", evidence="summoned the Russian ambassador, Alexander Zmeyevsky, to hand him a protest note"),
        S("Russia", "reject", "Czech Republic", evidence="called the accusation \"groundless Russophobic hysteria\""),
        S("Dmitry Peskov", "reject", "Czech Republic", evidence="the Czech side had presented \"no evidence whatsoever\""),
        S("NATO", "support", "Czech Republic", evidence="allies \"stand in solidarity\" with the Czech Republic"),
        S("NATO", "condemn", "Russia", evidence="it condemned \"Russia's reckless and irresponsible behaviour in cyberspace\""),
        S("European Union", "threaten", None, evidence="the bloc was preparing sanctions against \"those responsible\""),
        S("Robert Fico", "appeal", None, "no blame without proof", "warned against \"automatically blaming Russia for everything\""),
        S("Cybersecurity and Infrastructure Security Agency", "support", "Czech Republic", evidence="it had sent a team of experts to Prague"),
        S("Lukáš Kintr", "concern", None, "further attacks", "further attacks were \"very likely\""),
    ],
    notes="Invented article (fifth held-out set; the attack, its attribution and all quoted words are invented, the "
          "officials used freely). Q&A explainer: a headline, question subheads, no dateline; 'the health ministry "
          "says' in the present. The government's formal accusation and Babiš's statement after the council meeting "
          "are one accusation (the government's, Babiš being its voice: holder Czech Republic); his 'will respond ... "
          "at a time of our choosing' is a threat. The GRU (Sandworm) is Russia's: targets Russia. The summons is a "
          "criticism. The embassy speaks for Russia. NATO's 'allies' is NATO's voice. Kallas's 'the bloc was "
          "preparing sanctions' is the EU's threat, with no named target. Fico's 'warned against' is read as an "
          "appeal (as dev3 read 'warned against internationalising'). CISA's experts are support. Kintr's warning of "
          "likely attacks is a concern. 'the early hours of Thursday 19 March' is annotated on the date; 'by the end "
          "of the month' is March 2026.",
)


# --------------------------------------------------------------------------- 5. Peru recalls its ambassador after Bolivia refuses an extradition (wire with a translated ministry statement)
EXTRADITION = """ date 2026-09-08 LIMA — Peru recalled its ambassador to Bolivia "for consultations" on Monday night after the Bolivian government refused to extradite former interior minister Hernán Cuadros, who is wanted in Lima on corruption and money-laundering charges, and granted him political asylum instead.

In a statement published late on Monday, Peru's foreign ministry said it «deeply regrets» the decision, which «ignores the extradition treaty in force between the two countries and the evidence presented by Peruvian justice». The ministry said it would take the matter to the Organization of American States (OAS) and «does not rule out» further diplomatic measures.

Foreign Minister Hugo de Zela told RPP radio on Tuesday morning that Peru had ‘exhausted every channel of dialogue’ over the past eight months.

‘Bolivia has chosen to protect a fugitive,’ he said. ‘We will not accept that a neighbour becomes a refuge for those who stole from Peruvians.’

Bolivia defended its decision. Foreign Minister Fernando Aramayo said in La Paz that asylum was "a sovereign decision, taken in accordance with international law", and that Cuadros faced "political persecution" in his own country. He called on Lima to "lower the tone" and said La Paz remained open to dialogue.

Cuadros, 61, served as interior minister for five months in 2023 before resigning amid allegations that he took bribes from a construction company in exchange for police contracts. He denies the charges and has been living in the eastern city of Santa Cruz since January. His lawyer, Rosa Mendieta, described her client as "the victim of a witch-hunt" and praised Bolivia's decision as "an act of courage".

Peru's public prosecutor's office warned that the refusal "sets a dangerous precedent" for regional cooperation against organised crime.

OAS Secretary General Albert Ramdin wrote on X that he had spoken with both foreign ministers and offered the organisation's good offices "to help find a solution". Chile's foreign ministry urged both governments to settle the dispute "through diplomatic channels".

In Lima, the government faced criticism of its own. Opposition congresswoman Ruth Luque said the real scandal was that the authorities had let Cuadros cross the border "with a court order against him"."""

build(
    "extradition-peru-bolivia-2026-09-08", EXTRADITION,
    actors=[
        A("Peru", "country", "PER", aliases=["Peruvian", "Lima", "Peru's foreign ministry", "The ministry", "Peruvian justice"]),
        A("Bolivia", "country", "BOL", aliases=["Bolivian", "the Bolivian government", "La Paz", "Bolivia's"]),
        A("Peruvian ambassador to Bolivia", "person", "PER", "ambassador", ["its ambassador to Bolivia"], anonymous=True),
        A("Hernán Cuadros", "person", "PER", "former interior minister", ["Cuadros", "Hernan Cuadros", "former interior minister Hernán Cuadros"]),
        A("Organization of American States", "organization", None, aliases=["OAS", "the organisation"]),
        A("Hugo de Zela", "person", "PER", "Foreign Minister", ["de Zela", "De Zela", "Foreign Minister Hugo de Zela"]),
        A("RPP", "organization", "PER", aliases=["RPP radio"]),
        A("Fernando Aramayo", "person", "BOL", "Foreign Minister", ["Aramayo", "Foreign Minister Fernando Aramayo"]),
        A("Rosa Mendieta", "person", "PER", "lawyer of Hernán Cuadros", ["Mendieta", "His lawyer"]),
        A("Peruvian public prosecutor's office", "organization", "PER", aliases=["Peru's public prosecutor's office", "public prosecutor's office"]),
        A("Albert Ramdin", "person", None, "OAS Secretary General", ["Ramdin", "OAS Secretary General Albert Ramdin"], organization="Organization of American States"),
        A("Chile", "country", "CHL", aliases=["Chile's foreign ministry", "Chilean"]),
        A("Ruth Luque", "person", "PER", "opposition congresswoman", ["Luque", "Opposition congresswoman Ruth Luque"]),
    ],
    quotes=[
        Q("partial", "for consultations", "Peru", None),
        Q("indirect", "it «deeply regrets» the decision, which «ignores the extradition treaty in force between the two countries and the evidence presented by Peruvian justice»", "Peru", "say", "statement"),
        Q("partial", "deeply regrets", "Peru", "say", "statement"),
        Q("partial", "ignores the extradition treaty in force between the two countries and the evidence presented by Peruvian justice", "Peru", "say", "statement"),
        Q("indirect", "it would take the matter to the Organization of American States (OAS) and «does not rule out» further diplomatic measures", "Peru", "say", "statement"),
        Q("partial", "does not rule out", "Peru", "say", "statement"),
        Q("indirect", "Peru had ‘exhausted every channel of dialogue’ over the past eight months", "Hugo de Zela", "tell", "interview"),
        Q("partial", "exhausted every channel of dialogue", "Hugo de Zela", "tell", "interview"),
        Q("direct", "Bolivia has chosen to protect a fugitive,", "Hugo de Zela", "say", "interview"),
        Q("direct", "We will not accept that a neighbour becomes a refuge for those who stole from Peruvians.", "Hugo de Zela", "say", "interview"),
        Q("indirect", "asylum was \"a sovereign decision, taken in accordance with international law\", and that Cuadros faced \"political persecution\" in his own country", "Fernando Aramayo", "say"),
        Q("partial", "a sovereign decision, taken in accordance with international law", "Fernando Aramayo", "say"),
        Q("partial", "political persecution", "Fernando Aramayo", "say"),
        Q("partial", "lower the tone", "Fernando Aramayo", "call"),
        Q("indirect", "La Paz remained open to dialogue", "Fernando Aramayo", "say"),
        Q("partial", "the victim of a witch-hunt", "Rosa Mendieta", "describe"),
        Q("partial", "an act of courage", "Rosa Mendieta", "praise"),
        Q("indirect", "the refusal \"sets a dangerous precedent\" for regional cooperation against organised crime", "Peruvian public prosecutor's office", "warn"),
        Q("partial", "sets a dangerous precedent", "Peruvian public prosecutor's office", "warn"),
        Q("indirect", "he had spoken with both foreign ministers and offered the organisation's good offices \"to help find a solution\"", "Albert Ramdin", "write", "twitter"),
        Q("partial", "to help find a solution", "Albert Ramdin", "write", "twitter"),
        Q("partial", "through diplomatic channels", "Chile", "urge"),
        Q("indirect", "the real scandal was that the authorities had let Cuadros cross the border \"with a court order against him\"", "Ruth Luque", "say"),
        Q("partial", "with a court order against him", "Ruth Luque", "say"),
    ],
    dates=[
        D("Monday night", "TIME", "2026-09-07TNI"),
        D("late on Monday", "DATE", "2026-09-07"),
        D("Tuesday morning", "TIME", "2026-09-08TMO"),
        D("the past eight months", "DURATION", "P8M"),
        D("five months", "DURATION", "P5M"),
        D("2023", "DATE", "2023"),
        D("January", "DATE", "2026-01"),
    ],
    stances=[
        S("Peru", "criticize", "Bolivia", evidence="Peru recalled its ambassador to Bolivia"),
        S("Peru", "concern", None, "Bolivia's refusal to extradite", "it «deeply regrets» the decision"),
        S("Peru", "threaten", "Bolivia", evidence="«does not rule out» further diplomatic measures"),
        S("Hugo de Zela", "accuse", "Bolivia", evidence="Bolivia has chosen to protect a fugitive"),
        S("Hugo de Zela", "reject", "Bolivia", evidence="We will not accept that a neighbour becomes a refuge"),
        S("Fernando Aramayo", "reject", "Peru", evidence="asylum was \"a sovereign decision, taken in accordance with international law\""),
        S("Fernando Aramayo", "accuse", "Peru", evidence="Cuadros faced \"political persecution\" in his own country"),
        S("Fernando Aramayo", "appeal", "Peru", "restraint", "He called on Lima to \"lower the tone\""),
        S("Rosa Mendieta", "accuse", "Peru", evidence="\"the victim of a witch-hunt\""),
        S("Rosa Mendieta", "praise", "Bolivia", evidence="praised Bolivia's decision as \"an act of courage\""),
        S("Peruvian public prosecutor's office", "criticize", "Bolivia", evidence="the refusal \"sets a dangerous precedent\""),
        S("Albert Ramdin", "consult", "Hugo de Zela", evidence="he had spoken with both foreign ministers"),
        S("Albert Ramdin", "consult", "Fernando Aramayo", evidence="he had spoken with both foreign ministers"),
        S("Albert Ramdin", "mediate", None, "settlement", "offered the organisation's good offices"),
        S("Chile", "appeal", None, "negotiations", "urged both governments to settle the dispute \"through diplomatic channels\""),
        S("Ruth Luque", "criticize", "Peru", evidence="the authorities had let Cuadros cross the border"),
    ],
    notes="Invented article (fifth held-out set; Cuadros, Mendieta, the asylum and all quoted words are invented, the "
          "officials used freely). Wire from Lima with a plain dateline 'LIMA —', a ministry statement rendered "
          "with « » (translated), a radio interview in British single quotes continued over two paragraphs (the "
          "second with 'he said' inside), straight quotes elsewhere. The recall of the ambassador is a criticism of "
          "Bolivia (like a summons); 'for consultations' is a partial quote of Peru with no cue. 'deeply regrets' is "
          "a concern in the stance vocabulary; 'ignores the extradition treaty' restates the criticism (one "
          "stance); 'does not rule out further diplomatic measures' is a threat. De Zela's 'exhausted every channel' "
          "is no stance. Aramayo's 'open to dialogue' is no stance; 'lower the tone' is an appeal for restraint. "
          "Mendieta's witch-hunt accuses Peru's justice (target Peru). Ramdin's calls with 'both foreign ministers' "
          "are De Zela and Aramayo. Luque's 'the authorities' are Peru's (her own government). '61' is an age. 'He denies the charges' is "
          "background (no stance).",
)


# --------------------------------------------------------------------------- 6. India rejects China's names for places in Arunachal Pradesh (short agency brief, PTI-like)
NAMES = """ date 2026-11-18 India rejects China's 'renaming' of places in Arunachal Pradesh

NEW DELHI, Nov 18 (PTI) India on Wednesday "categorically rejected" China's release of Chinese names for 27 places in Arunachal Pradesh, saying the state "was, is and will always remain" an integral part of India.

"Creative naming will not alter the undeniable reality," External Affairs Ministry spokesperson Randhir Jaiswal told his weekly media briefing here.

China's Ministry of Civil Affairs published the list of "standardised names" on Sunday, the fifth such list since 2017. Beijing calls the state Zangnan, or "South Tibet".

Asked about India's reaction, Chinese foreign ministry spokesperson Mao Ning said in Beijing that naming places in Zangnan was "within China's sovereign rights" and urged New Delhi to "stop making irresponsible remarks".

Song Zhongping, a former Chinese army instructor quoted by the state-run Global Times, said the Indian reaction was "entirely predictable" and that China would "continue to exercise its sovereignty" over the region "whatever New Delhi says".

Arunachal Pradesh Chief Minister Pema Khandu called the move "a cheap stunt" and said the people of the state would "answer it by hoisting the tricolour in every village" on Friday.

The All Arunachal Pradesh Students' Union said it would burn copies of the Chinese list at rallies across the state on Thursday and demanded that New Delhi respond "with deeds, not words".

The opposition Congress party accused the government of "weakness" in dealing with Beijing. Its general secretary, Jairam Ramesh, said in a post on X that Prime Minister Narendra Modi should "raise the matter directly with President Xi Jinping" instead of "hiding behind spokespersons".

The Dharamshala-based Central Tibetan Administration, the Tibetan government-in-exile, said the names were part of Beijing's effort "to erase Tibetan identity" from the Himalayas.

In Washington, a State Department official said the United States recognised Arunachal Pradesh as Indian territory, adding that it "strongly opposes any unilateral attempts to advance territorial claims".

India and China agreed in October 2024 on patrolling arrangements along their disputed border, easing tensions that followed a deadly clash in the Galwan valley in June 2020."""

build(
    "renaming-india-china-2026-11-18", NAMES,
    actors=[
        A("India", "country", "IND", aliases=["Indian", "New Delhi", "India's", "External Affairs Ministry", "the government"]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing", "China's", "China's Ministry of Civil Affairs", "Ministry of Civil Affairs"]),
        A("Randhir Jaiswal", "person", "IND", "External Affairs Ministry spokesperson", ["Jaiswal", "External Affairs Ministry spokesperson Randhir Jaiswal"]),
        A("Mao Ning", "person", "CHN", "foreign ministry spokesperson", ["Mao", "Chinese foreign ministry spokesperson Mao Ning"]),
        A("Song Zhongping", "person", "CHN", "former army instructor", ["Song"]),
        A("Global Times", "organization", "CHN", aliases=["the state-run Global Times"]),
        A("All Arunachal Pradesh Students' Union", "organization", "IND", aliases=["The All Arunachal Pradesh Students' Union", "AAPSU"]),
        A("Pema Khandu", "person", "IND", "Chief Minister of Arunachal Pradesh", ["Khandu", "Arunachal Pradesh Chief Minister Pema Khandu"]),
        A("Congress party", "organization", "IND", aliases=["The opposition Congress party", "Congress"]),
        A("Jairam Ramesh", "person", "IND", "general secretary of the Congress party", ["Ramesh", "Its general secretary"], organization="Congress party"),
        A("Narendra Modi", "person", "IND", "Prime Minister", ["Modi", "Prime Minister Narendra Modi"]),
        A("Xi Jinping", "person", "CHN", "President", ["Xi", "President Xi Jinping"]),
        A("Central Tibetan Administration", "organization", None, aliases=["The Dharamshala-based Central Tibetan Administration", "the Tibetan government-in-exile", "CTA"]),
        A("United States", "country", "USA", aliases=["Washington", "State Department", "US"]),
        A("State Department official", "person", "USA", "official", ["a State Department official"], anonymous=True),
    ],
    quotes=[
        Q("partial", "categorically rejected", "India", None),
        Q("partial", "was, is and will always remain", "India", "say"),
        Q("direct", "Creative naming will not alter the undeniable reality,", "Randhir Jaiswal", "tell", "press conference"),
        Q("indirect", "naming places in Zangnan was \"within China's sovereign rights\"", "Mao Ning", "say"),
        Q("partial", "within China's sovereign rights", "Mao Ning", "say"),
        Q("partial", "stop making irresponsible remarks", "Mao Ning", "urge"),
        Q("indirect", "the Indian reaction was \"entirely predictable\" and that China would \"continue to exercise its sovereignty\" over the region \"whatever New Delhi says\"", "Song Zhongping", "say"),
        Q("partial", "entirely predictable", "Song Zhongping", "say"),
        Q("partial", "continue to exercise its sovereignty", "Song Zhongping", "say"),
        Q("partial", "whatever New Delhi says", "Song Zhongping", "say"),
        Q("partial", "a cheap stunt", "Pema Khandu", "call"),
        Q("indirect", "the people of the state would \"answer it by hoisting the tricolour in every village\" on Friday", "Pema Khandu", "say"),
        Q("partial", "answer it by hoisting the tricolour in every village", "Pema Khandu", "say"),
        Q("indirect", "it would burn copies of the Chinese list at rallies across the state on Thursday", "All Arunachal Pradesh Students' Union", "say"),
        Q("partial", "with deeds, not words", "All Arunachal Pradesh Students' Union", "demand"),
        Q("partial", "weakness", "Congress party", "accuse"),
        Q("indirect", "Prime Minister Narendra Modi should \"raise the matter directly with President Xi Jinping\" instead of \"hiding behind spokespersons\"", "Jairam Ramesh", "say", "twitter"),
        Q("partial", "raise the matter directly with President Xi Jinping", "Jairam Ramesh", "say", "twitter"),
        Q("partial", "hiding behind spokespersons", "Jairam Ramesh", "say", "twitter"),
        Q("indirect", "the names were part of Beijing's effort \"to erase Tibetan identity\" from the Himalayas", "Central Tibetan Administration", "say"),
        Q("partial", "to erase Tibetan identity", "Central Tibetan Administration", "say"),
        Q("indirect", "the United States recognised Arunachal Pradesh as Indian territory", "State Department official", "say"),
        Q("indirect", "it \"strongly opposes any unilateral attempts to advance territorial claims\"", "State Department official", "add"),
        Q("partial", "strongly opposes any unilateral attempts to advance territorial claims", "State Department official", "add"),
    ],
    dates=[
        D("Nov 18", "DATE", "2026-11-18"),
        D("Wednesday", "DATE", "2026-11-18"),
        D("weekly", "SET", "P1W"),
        D("Sunday", "DATE", "2026-11-15"),
        D("2017", "DATE", "2017"),
        D("Friday", "DATE", "2026-11-20"),
        D("Thursday", "DATE", "2026-11-19"),
        D("October 2024", "DATE", "2024-10"),
        D("June 2020", "DATE", "2020-06"),
    ],
    stances=[
        S("India", "reject", "China", evidence="India on Wednesday \"categorically rejected\" China's release of Chinese names"),
        S("Mao Ning", "reject", "India", evidence="naming places in Zangnan was \"within China's sovereign rights\""),
        S("Mao Ning", "demand", "India", "stop making irresponsible remarks", "urged New Delhi to \"stop making irresponsible remarks\""),
        S("Pema Khandu", "criticize", "China", evidence="called the move \"a cheap stunt\""),
        S("All Arunachal Pradesh Students' Union", "demand", "India", "respond with deeds", "demanded that New Delhi respond \"with deeds, not words\""),
        S("Congress party", "accuse", "India", evidence="accused the government of \"weakness\" in dealing with Beijing"),
        S("Jairam Ramesh", "appeal", "Narendra Modi", "raise the matter with Xi Jinping", "Narendra Modi should \"raise the matter directly with President Xi Jinping\""),
        S("Jairam Ramesh", "criticize", "Narendra Modi", evidence="instead of \"hiding behind spokespersons\""),
        S("Central Tibetan Administration", "accuse", "China", evidence="part of Beijing's effort \"to erase Tibetan identity\""),
        S("United States", "support", "India", evidence="the United States recognised Arunachal Pradesh as Indian territory"),
        S("United States", "criticize", None, evidence="\"strongly opposes any unilateral attempts to advance territorial claims\""),
    ],
    notes="Invented article (fifth held-out set; the list of names and all quoted words are invented, the officials "
          "used freely). Indian agency brief: 'NEW DELHI, Nov 18 (PTI)' with no dash, 'here' for the dateline city, "
          "a headline with scare quotes ('renaming': not annotated). India's rejection in the lead and Jaiswal's quote "
          "at the briefing are one position (one stance, India's); 'categorically rejected' is a partial with no "
          "cue of its own. 'standardised names', 'South Tibet' are names, not quotes of a speaker: not annotated. The "
          "State Department official speaks for the United States (stances held by the United States); its "
          "opposition to 'any unilateral attempts' names no one (target null). Khandu's planned flag-hoisting is no "
          "stance. Song (quoted by the Global Times, which only carries him) dismisses India's reaction as "
          "predictable and asserts sovereignty: read as no stance (an analyst's comment, as dev3's Chen). The "
          "students' union's planned burning is a protest act (no separate stance); its demand targets India. Ramesh's 'should raise the matter' appeals to Modi and 'hiding behind spokespersons' criticises "
          "him. The 2024 agreement and the 2020 clash are background. 'weekly' is a SET.",
)


if __name__ == "__main__":
    WRITER.report()
