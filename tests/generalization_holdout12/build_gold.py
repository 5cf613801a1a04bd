"""Builds the twelfth held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Twelfth held-out set: 6 invented reaction articles written on 2026-11-26 by a helper who changed no
library code and did not read the library's source, at the same time as the eleventh development set;
the gold was committed before reactlib was run on them. Held out: do not read or tune against them.
As in ``tests/generalization_dev11/build_gold.py``, the annotation lives here as data so that offsets
are computed, never typed (a quote or date is given by its text and, where the same words occur more
than once, by its occurrence number, 0-based). Run `python3 tests/generalization_holdout12/build_gold.py`
after editing. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier
sets: countries speak through their ministries, presidencies, embassies and capitals; a summons or an
expulsion is a criticism; background takes no stance; a negated or hedged stance ("do not accuse",
"hinted") is not annotated; anonymous officials and sources are actors of the country the context gives
them; an appeal to "all sides" or to unnamed parties has a null target; an aid offer is support for the
receiving country; a phone call is a consultation; condolences are support; a quote introduced by a
line ending in a colon has no cue; a media outlet that only carries someone's words is not an actor.
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


# --------------------------------------------------------------------------- 1. failed coup attempt in Lesotho (wire story, inverted "said X", role back-references)
MASERU = """ date 2027-03-10 MASERU, March 10 (Reuters) - Soldiers loyal to a dismissed army officer stormed the state broadcaster and surrounded the official residence of Prime Minister Sam Matekane in Lesotho's capital before dawn on Tuesday, but the attempted coup collapsed within hours when the rest of the army refused to join, the government said.

Two soldiers and a police officer were killed in an exchange of fire outside the residence, according to a hospital official who asked not to be named. Matekane was attending a regional summit in Gaborone at the time.

"The situation is under control and the mutineers have surrendered," said the army commander, Lieutenant General Teboho Ralebitso, on state radio shortly after 10 a.m. He said 27 soldiers had been detained, among them Brigadier Tumelo Sekhobe, who was removed from his post last month over alleged arms sales.

Matekane returned on Tuesday evening and addressed the nation. "Our democracy was tested last night and it held," the prime minister said. "Those who turned their guns against an elected government will face the full force of the law, whoever stands behind them."

Government spokesman Nthakeng Selinyane hinted that "politicians" had encouraged the plotters. The main opposition Democratic Congress rejected the suggestion. "We had nothing to do with this adventure and we condemn it without reservation," its leader, Mathibeli Mokhothu, said.

South African President Cyril Ramaphosa condemned the attempted coup and said he had spoken by phone with Matekane to assure him of Pretoria's "full solidarity." South Africa, which completely surrounds Lesotho, sent troops into the kingdom in 1998 to put down an army mutiny.

The Southern African Development Community (SADC) said its organ on politics, defence and security would meet in Windhoek on Friday and that it stood ready to deploy a standby force "should the government of Lesotho so request."

African Union Commission chairman Mahmoud Ali Youssouf "strongly" condemned the attempt and reiterated the AU's "zero tolerance for unconstitutional changes of government."

Britain, the former colonial power, and the United States also condemned the violence. "We call on all members of the security forces to respect civilian authority and the constitution," the U.S. embassy in Maseru said in a statement.

Lesotho, a mountain kingdom of 2.3 million people, has seen a string of coups and mutinies since independence in 1966. Its last attempted putsch, in 2014, forced then Prime Minister Tom Thabane to flee to South Africa for several days."""

build(
    "coup-attempt-maseru-2027-03-10", MASERU,
    actors=[
        A("Lesotho", "country", "LSO", aliases=["the government", "the government of Lesotho", "the kingdom", "Lesotho's"]),
        A("Sam Matekane", "person", "LSO", "Prime Minister", ["Prime Minister Sam Matekane", "Matekane", "the prime minister", "him"]),
        A("hospital official", "person", "LSO", "hospital official", ["a hospital official"], anonymous=True),
        A("Teboho Ralebitso", "person", "LSO", "army commander", ["the army commander, Lieutenant General Teboho Ralebitso", "He"]),
        A("Tumelo Sekhobe", "person", "LSO", "Brigadier", ["a dismissed army officer", "Brigadier Tumelo Sekhobe"]),
        A("Nthakeng Selinyane", "person", "LSO", "Government spokesman", ["Government spokesman Nthakeng Selinyane"]),
        A("Democratic Congress", "organization", "LSO", aliases=["The main opposition Democratic Congress"]),
        A("Mathibeli Mokhothu", "person", "LSO", "leader", ["its leader, Mathibeli Mokhothu"], organization="Democratic Congress"),
        A("South Africa", "country", "ZAF", aliases=["Pretoria", "South African"]),
        A("Cyril Ramaphosa", "person", "ZAF", "President", ["South African President Cyril Ramaphosa", "he"]),
        A("Southern African Development Community", "organization", None, aliases=["The Southern African Development Community", "SADC", "its organ on politics, defence and security"]),
        A("African Union", "organization", None, aliases=["African Union Commission", "the AU"]),
        A("Mahmoud Ali Youssouf", "person", None, "African Union Commission chairman", ["African Union Commission chairman Mahmoud Ali Youssouf"], organization="African Union"),
        A("United Kingdom", "country", "GBR", aliases=["Britain"]),
        A("United States", "country", "USA", aliases=["the United States", "the U.S. embassy in Maseru"]),
        A("Tom Thabane", "person", "LSO", "Prime Minister", ["then Prime Minister Tom Thabane"]),
    ],
    quotes=[
        Q("indirect", "Soldiers loyal to a dismissed army officer stormed the state broadcaster and surrounded the official residence of Prime Minister Sam Matekane in Lesotho's capital before dawn on Tuesday, but the attempted coup collapsed within hours when the rest of the army refused to join", "Lesotho", "say"),
        Q("indirect", "Two soldiers and a police officer were killed in an exchange of fire outside the residence", "hospital official", "according to"),
        Q("direct", "The situation is under control and the mutineers have surrendered,", "Teboho Ralebitso", "say", "radio"),
        Q("indirect", "27 soldiers had been detained, among them Brigadier Tumelo Sekhobe, who was removed from his post last month over alleged arms sales", "Teboho Ralebitso", "say"),
        Q("direct", "Our democracy was tested last night and it held,", "Sam Matekane", "say", "speech"),
        Q("direct", "Those who turned their guns against an elected government will face the full force of the law, whoever stands behind them.", "Sam Matekane", "say", "speech"),
        Q("partial", "politicians", "Nthakeng Selinyane", "hint"),
        Q("direct", "We had nothing to do with this adventure and we condemn it without reservation,", "Mathibeli Mokhothu", "say"),
        Q("indirect", "he had spoken by phone with Matekane to assure him of Pretoria's \"full solidarity.\"", "Cyril Ramaphosa", "say"),
        Q("partial", "full solidarity.", "Cyril Ramaphosa", "say"),
        Q("indirect", "its organ on politics, defence and security would meet in Windhoek on Friday and that it stood ready to deploy a standby force \"should the government of Lesotho so request.\"", "Southern African Development Community", "say"),
        Q("partial", "should the government of Lesotho so request.", "Southern African Development Community", "say"),
        Q("partial", "strongly", "Mahmoud Ali Youssouf", "condemn"),
        Q("partial", "zero tolerance for unconstitutional changes of government.", "Mahmoud Ali Youssouf", "reiterate"),
        Q("direct", "We call on all members of the security forces to respect civilian authority and the constitution,", "United States", "say", "statement"),
    ],
    dates=[
        D("March 10", "DATE", "2027-03-10"),
        D("before dawn on Tuesday", "TIME", "2027-03-09TMO"),
        D("hours", "DURATION", "PTXH"),
        D("10 a.m.", "TIME", "2027-03-09T10:00"),
        D("last month", "DATE", "2027-02"),
        D("Tuesday evening", "TIME", "2027-03-09TEV"),
        D("last night", "TIME", "2027-03-08TNI"),
        D("1998", "DATE", "1998"),
        D("Friday", "DATE", "2027-03-12"),
        D("1966", "DATE", "1966"),
        D("2014", "DATE", "2014"),
        D("several days", "DURATION", "PXD"),
    ],
    stances=[
        S("Sam Matekane", "threaten", None, evidence="will face the full force of the law"),
        S("Democratic Congress", "reject", "Nthakeng Selinyane", evidence="rejected the suggestion"),
        S("Mathibeli Mokhothu", "condemn", None, evidence="we condemn it without reservation"),
        S("Cyril Ramaphosa", "condemn", None, evidence="condemned the attempted coup"),
        S("Cyril Ramaphosa", "consult", "Sam Matekane", evidence="he had spoken by phone with Matekane"),
        S("Cyril Ramaphosa", "support", "Sam Matekane", evidence="assure him of Pretoria's \"full solidarity.\""),
        S("Southern African Development Community", "support", "Lesotho", evidence="it stood ready to deploy a standby force"),
        S("Mahmoud Ali Youssouf", "condemn", None, evidence="\"strongly\" condemned the attempt"),
        S("United Kingdom", "condemn", None, evidence="Britain, the former colonial power, and the United States also condemned the violence"),
        S("United States", "condemn", None, evidence="Britain, the former colonial power, and the United States also condemned the violence"),
        S("United States", "appeal", None, "respect civilian authority", "We call on all members of the security forces to respect civilian authority"),
    ],
    notes="Invented article (twelfth held-out set; the coup attempt, Ralebitso, Sekhobe and all quoted words are "
          "invented, the officials used freely). The lead sentence ends with 'the government said' and is an indirect "
          "quote of Lesotho. Inverted 'said the army commander, ...'. Selinyane's hint is hedged and takes no stance; "
          "the Democratic Congress rejects it. The condemnations of the coup have a null target (the plotters are not "
          "named as an actor except Sekhobe, who is not named by the condemners). The SADC standby force offer is "
          "support for Lesotho. 'before dawn on Tuesday' is annotated as Tuesday morning; 'last night' in Matekane's "
          "Tuesday-evening address is the night of Monday to Tuesday.",
)


# --------------------------------------------------------------------------- 2. Poland blames Russian military intelligence for a water-utility hack (attribution, expulsions, posts on X)
GLIWICE = """ date 2027-03-17 WARSAW, March 17 - Poland on Wednesday formally blamed Russia's military intelligence agency for a cyberattack that cut drinking water to some 180,000 people in the Silesian city of Gliwice for nearly two days last week, and expelled three Russian diplomats in response.

Digital Affairs Minister Krzysztof Gawkowski told a news conference in Warsaw that investigators had traced the attack to a unit of the GRU known to Western security services as Sandworm. "We have the evidence, our allies have seen it, and they agree with us," he said. "This was not a ransom gang looking for money. It was a state trying to frighten Polish citizens in their own kitchens."

Foreign Minister Radoslaw Sikorski said the three diplomats, who worked at the Russian consulate in Krakow, had 72 hours to leave the country. In a post on X he wrote: "Moscow wanted to make Poles thirsty. It will find us united."

Moscow denied any role. The Russian embassy in Warsaw called the accusations "a provocation" and "Russophobic hysteria without a single fact," and Kremlin spokesman Dmitry Peskov said Russia would respond to the expulsions "in a mirror way."

The attack began on the night of March 8, when hackers took over the control systems of two pumping stations run by the municipal utility Wodociagi Gliwickie. Water supply was restored on the morning of March 10, according to the company, which said it had paid no ransom.

Poland's allies lined up behind Warsaw. NATO Secretary-General Mark Rutte said the alliance stood "in full solidarity" with Poland and condemned "Russia's reckless behaviour in cyberspace." The British National Cyber Security Centre (NCSC) said it assessed with high confidence that the GRU was responsible.

"Attacks on civilian infrastructure are a red line," European Commission Executive Vice-President Henna Virkkunen wrote on X. The Commission said the bloc would discuss adding the unit's officers to its cyber sanctions list at a meeting of foreign ministers on Monday.

Germany's foreign ministry said Berlin had been informed in advance and shared Poland's assessment. Its spokesperson added that Germany was "examining carefully" whether its own water companies had been targeted.

Hungary's foreign minister, Peter Szijjarto, said he had seen "no proof" and urged caution before "pointing fingers at Moscow."

Poland has reported more than 100 sabotage attempts linked to Russia since Moscow's full-scale invasion of Ukraine in 2022, including arson attacks on shopping centres and a rail line explosion in November 2025."""

build(
    "cyberattack-gliwice-2027-03-17", GLIWICE,
    actors=[
        A("Poland", "country", "POL", aliases=["Warsaw", "Polish", "Poland's"]),
        A("Russia", "country", "RUS", aliases=["Russia's military intelligence agency", "Russian", "the GRU", "GRU", "Moscow", "The Russian embassy in Warsaw", "Kremlin", "Russia's"]),
        A("Sandworm", "group", "RUS", aliases=["a unit of the GRU"]),
        A("Krzysztof Gawkowski", "person", "POL", "Digital Affairs Minister", ["Digital Affairs Minister Krzysztof Gawkowski", "he"]),
        A("Radoslaw Sikorski", "person", "POL", "Foreign Minister", ["Foreign Minister Radoslaw Sikorski", "he"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Kremlin spokesman Dmitry Peskov"]),
        A("Wodociagi Gliwickie", "organization", "POL", aliases=["the municipal utility Wodociagi Gliwickie", "the company"]),
        A("NATO", "organization", None, aliases=["the alliance"]),
        A("Mark Rutte", "person", None, "Secretary-General", ["NATO Secretary-General Mark Rutte"], organization="NATO"),
        A("National Cyber Security Centre", "organization", "GBR", aliases=["The British National Cyber Security Centre", "NCSC"]),
        A("European Commission", "organization", None, aliases=["The Commission"]),
        A("Henna Virkkunen", "person", None, "Executive Vice-President", ["European Commission Executive Vice-President Henna Virkkunen"], organization="European Commission"),
        A("European Union", "organization", None, aliases=["the bloc"]),
        A("Germany", "country", "DEU", aliases=["Germany's foreign ministry", "Berlin"]),
        A("German foreign ministry spokesperson", "person", "DEU", "spokesperson", ["Its spokesperson"], anonymous=True),
        A("Hungary", "country", "HUN", aliases=["Hungary's"]),
        A("Peter Szijjarto", "person", "HUN", "foreign minister", ["Hungary's foreign minister, Peter Szijjarto", "he"]),
        A("Ukraine", "country", "UKR"),
    ],
    quotes=[
        Q("indirect", "investigators had traced the attack to a unit of the GRU known to Western security services as Sandworm", "Krzysztof Gawkowski", "tell", "press conference"),
        Q("direct", "We have the evidence, our allies have seen it, and they agree with us,", "Krzysztof Gawkowski", "say", "press conference"),
        Q("direct", "This was not a ransom gang looking for money. It was a state trying to frighten Polish citizens in their own kitchens.", "Krzysztof Gawkowski", "say", "press conference"),
        Q("indirect", "the three diplomats, who worked at the Russian consulate in Krakow, had 72 hours to leave the country", "Radoslaw Sikorski", "say"),
        Q("direct", "Moscow wanted to make Poles thirsty. It will find us united.", "Radoslaw Sikorski", "write", "twitter"),
        Q("partial", "a provocation", "Russia", "call"),
        Q("partial", "Russophobic hysteria without a single fact,", "Russia", "call"),
        Q("indirect", "Russia would respond to the expulsions \"in a mirror way.\"", "Dmitry Peskov", "say"),
        Q("partial", "in a mirror way.", "Dmitry Peskov", "say"),
        Q("indirect", "Water supply was restored on the morning of March 10", "Wodociagi Gliwickie", "according to"),
        Q("indirect", "it had paid no ransom", "Wodociagi Gliwickie", "say"),
        Q("indirect", "the alliance stood \"in full solidarity\" with Poland", "Mark Rutte", "say"),
        Q("partial", "in full solidarity", "Mark Rutte", "say"),
        Q("partial", "Russia's reckless behaviour in cyberspace.", "Mark Rutte", "condemn"),
        Q("indirect", "it assessed with high confidence that the GRU was responsible", "National Cyber Security Centre", "say"),
        Q("direct", "Attacks on civilian infrastructure are a red line,", "Henna Virkkunen", "write", "twitter"),
        Q("indirect", "the bloc would discuss adding the unit's officers to its cyber sanctions list at a meeting of foreign ministers on Monday", "European Commission", "say"),
        Q("indirect", "Berlin had been informed in advance and shared Poland's assessment", "Germany", "say"),
        Q("indirect", "Germany was \"examining carefully\" whether its own water companies had been targeted", "German foreign ministry spokesperson", "add"),
        Q("partial", "examining carefully", "German foreign ministry spokesperson", "add"),
        Q("indirect", "he had seen \"no proof\"", "Peter Szijjarto", "say"),
        Q("partial", "no proof", "Peter Szijjarto", "say"),
        Q("partial", "pointing fingers at Moscow.", "Peter Szijjarto", "urge"),
    ],
    dates=[
        D("March 17", "DATE", "2027-03-17"),
        D("Wednesday", "DATE", "2027-03-17"),
        D("nearly two days", "DURATION", "P2D"),
        D("last week", "DATE", "2027-W10"),
        D("72 hours", "DURATION", "PT72H"),
        D("the night of March 8", "TIME", "2027-03-08TNI"),
        D("the morning of March 10", "TIME", "2027-03-10TMO"),
        D("Monday", "DATE", "2027-03-22"),
        D("2022", "DATE", "2022"),
        D("November 2025", "DATE", "2025-11"),
    ],
    stances=[
        S("Poland", "accuse", "Russia", evidence="formally blamed Russia's military intelligence agency for a cyberattack"),
        S("Poland", "criticize", "Russia", evidence="expelled three Russian diplomats in response"),
        S("Krzysztof Gawkowski", "accuse", "Sandworm", evidence="investigators had traced the attack to a unit of the GRU"),
        S("Krzysztof Gawkowski", "accuse", "Russia", evidence="It was a state trying to frighten Polish citizens"),
        S("Radoslaw Sikorski", "accuse", "Russia", evidence="Moscow wanted to make Poles thirsty"),
        S("Russia", "reject", "Poland", evidence="Moscow denied any role"),
        S("Russia", "accuse", "Poland", evidence="\"Russophobic hysteria without a single fact,\""),
        S("Dmitry Peskov", "threaten", "Poland", evidence="Russia would respond to the expulsions \"in a mirror way.\""),
        S("Mark Rutte", "support", "Poland", evidence="the alliance stood \"in full solidarity\" with Poland"),
        S("Mark Rutte", "condemn", "Russia", evidence="condemned \"Russia's reckless behaviour in cyberspace.\""),
        S("National Cyber Security Centre", "accuse", "Russia", evidence="it assessed with high confidence that the GRU was responsible"),
        S("Henna Virkkunen", "criticize", None, evidence="Attacks on civilian infrastructure are a red line"),
        S("European Commission", "threaten", "Russia", evidence="adding the unit's officers to its cyber sanctions list"),
        S("Germany", "support", "Poland", evidence="shared Poland's assessment"),
        S("Peter Szijjarto", "reject", "Poland", evidence="he had seen \"no proof\""),
        S("Peter Szijjarto", "appeal", None, "caution", "urged caution"),
    ],
    notes="Invented article (twelfth held-out set; the attack, the utility's figures and all quoted words are "
          "invented, the officials used freely). The GRU is a state body of Russia; Sandworm, the unit named, is a "
          "group of Russia. The expulsion is a criticism. The Russian embassy's words are Russia's. The unnamed German "
          "foreign ministry spokesperson is an anonymous actor of Germany. 'Poland's allies lined up behind Warsaw' has "
          "no single holder. 'Monday' is the coming Monday. Gawkowski's 'our allies ... agree with us' takes no "
          "separate stance.",
)


# --------------------------------------------------------------------------- 3. Rohingya boat capsizes off Aceh (reactions introduced by lines ending in colons)
ACEH = """ date 2027-03-24 BANDA ACEH, Indonesia, March 24 - At least 64 Rohingya refugees, most of them women and children, drowned when their wooden boat capsized in heavy seas off Indonesia's Aceh province on Monday night, the worst such disaster in the Andaman Sea since 2015.

Local fishermen pulled 38 survivors from the water on Tuesday morning. The boat had left a camp in Cox's Bazar in Bangladesh 19 days earlier with about 110 people on board, according to the UN refugee agency UNHCR, which said the passengers had run out of food and water a week ago.

The survivors told rescuers that two other boats had been turned away from the Malaysian coast last week. Malaysia's home ministry did not respond to requests for comment.

Reactions so far:

UNHCR's representative in Indonesia, Ann Maymann, at the quayside in Lhokseumawe:
"These deaths were preventable. For weeks we warned that boats were adrift and asked coastal states to carry out rescues. Nobody came."

Indonesian Foreign Minister Sugiono, in a statement:
Indonesia "has once again shouldered a humanitarian burden that belongs to the whole region" and will raise the tragedy at the next ASEAN summit. He called on Myanmar to "address the root causes" of the exodus.

Bangladesh's foreign ministry, on Facebook:
"Our hearts are broken. The world must help the Rohingya go home to Myanmar in safety and dignity, and it must do it now."

Myanmar's military government, through its information ministry:
The dead were "illegal migrants from Bangladesh" for whom Myanmar bore "no responsibility."

The United States, via its embassy in Jakarta:
Washington is "heartbroken" and will give $5 million to UNHCR's Rohingya operations.

Amnesty International's regional director, Montse Ferrer:
"Coastal states that push back boats are complicit in these deaths."

Aceh's governor, Muzakir Manaf, told reporters on Wednesday that local communities were "exhausted" after three years of arrivals but that the survivors would be sheltered in a school in Lhokseumawe "for as long as needed."

More than 4,000 Rohingya have attempted the sea journey since January 2026, UNHCR says. Nearly one million live in the camps in Bangladesh, most of them since fleeing a military crackdown in Myanmar in August 2017."""

build(
    "boat-capsized-aceh-2027-03-24", ACEH,
    actors=[
        A("Rohingya", "group", "MMR", aliases=["Rohingya refugees"]),
        A("Indonesia", "country", "IDN", aliases=["Indonesia's", "Indonesian"]),
        A("Bangladesh", "country", "BGD", aliases=["Bangladesh's foreign ministry"]),
        A("UNHCR", "organization", None, aliases=["the UN refugee agency UNHCR", "UNHCR's"]),
        A("Malaysia", "country", "MYS", aliases=["Malaysia's home ministry", "Malaysian"]),
        A("Ann Maymann", "person", None, "representative", ["UNHCR's representative in Indonesia, Ann Maymann"], organization="UNHCR"),
        A("Sugiono", "person", "IDN", "Foreign Minister", ["Indonesian Foreign Minister Sugiono", "He"]),
        A("Association of Southeast Asian Nations", "organization", None, aliases=["ASEAN"]),
        A("Myanmar", "country", "MMR", aliases=["Myanmar's military government", "its information ministry"]),
        A("United States", "country", "USA", aliases=["The United States", "its embassy in Jakarta", "Washington"]),
        A("Amnesty International", "organization", None, aliases=["Amnesty International's"]),
        A("Montse Ferrer", "person", None, "regional director", ["Amnesty International's regional director, Montse Ferrer"], organization="Amnesty International"),
        A("Muzakir Manaf", "person", "IDN", "governor", ["Aceh's governor, Muzakir Manaf"]),
    ],
    quotes=[
        Q("indirect", "The boat had left a camp in Cox's Bazar in Bangladesh 19 days earlier with about 110 people on board", "UNHCR", "according to"),
        Q("indirect", "the passengers had run out of food and water a week ago", "UNHCR", "say"),
        Q("indirect", "two other boats had been turned away from the Malaysian coast last week", None, "tell"),
        Q("direct", "These deaths were preventable. For weeks we warned that boats were adrift and asked coastal states to carry out rescues. Nobody came.", "Ann Maymann", None),
        Q("indirect", "Indonesia \"has once again shouldered a humanitarian burden that belongs to the whole region\" and will raise the tragedy at the next ASEAN summit", "Sugiono", None, "statement"),
        Q("partial", "has once again shouldered a humanitarian burden that belongs to the whole region", "Sugiono", None, "statement"),
        Q("partial", "address the root causes", "Sugiono", "call", "statement"),
        Q("direct", "Our hearts are broken. The world must help the Rohingya go home to Myanmar in safety and dignity, and it must do it now.", "Bangladesh", None, "facebook"),
        Q("indirect", "The dead were \"illegal migrants from Bangladesh\" for whom Myanmar bore \"no responsibility.\"", "Myanmar", None, "statement"),
        Q("partial", "illegal migrants from Bangladesh", "Myanmar", None, "statement"),
        Q("partial", "no responsibility.", "Myanmar", None, "statement"),
        Q("indirect", "Washington is \"heartbroken\" and will give $5 million to UNHCR's Rohingya operations", "United States", None, "statement"),
        Q("partial", "heartbroken", "United States", None, "statement"),
        Q("direct", "Coastal states that push back boats are complicit in these deaths.", "Montse Ferrer", None),
        Q("indirect", "local communities were \"exhausted\" after three years of arrivals but that the survivors would be sheltered in a school in Lhokseumawe \"for as long as needed.\"", "Muzakir Manaf", "tell"),
        Q("partial", "exhausted", "Muzakir Manaf", "tell"),
        Q("partial", "for as long as needed.", "Muzakir Manaf", "tell"),
        Q("indirect", "More than 4,000 Rohingya have attempted the sea journey since January 2026", "UNHCR", "say"),
    ],
    dates=[
        D("March 24", "DATE", "2027-03-24"),
        D("Monday night", "TIME", "2027-03-22TNI"),
        D("2015", "DATE", "2015"),
        D("Tuesday morning", "TIME", "2027-03-23TMO"),
        D("19 days", "DURATION", "P19D"),
        D("a week ago", "DATE", "2027-W11"),
        D("last week", "DATE", "2027-W11"),
        D("For weeks", "DURATION", "PXW"),
        D("Wednesday", "DATE", "2027-03-24"),
        D("three years", "DURATION", "P3Y"),
        D("January 2026", "DATE", "2026-01"),
        D("August 2017", "DATE", "2017-08"),
    ],
    stances=[
        S("Ann Maymann", "criticize", None, evidence="Nobody came"),
        S("Sugiono", "demand", "Myanmar", "address the root causes", "He called on Myanmar to \"address the root causes\""),
        S("Bangladesh", "appeal", None, "safe return of the Rohingya", "The world must help the Rohingya go home to Myanmar"),
        S("Myanmar", "reject", None, evidence="Myanmar bore \"no responsibility.\""),
        S("United States", "concern", None, "deaths", "Washington is \"heartbroken\""),
        S("United States", "support", "UNHCR", evidence="will give $5 million to UNHCR's Rohingya operations"),
        S("Montse Ferrer", "accuse", None, evidence="Coastal states that push back boats are complicit in these deaths"),
        S("Muzakir Manaf", "support", "Rohingya", evidence="the survivors would be sheltered in a school in Lhokseumawe"),
    ],
    notes="Invented article (twelfth held-out set; the disaster, the figures and all quoted words are invented, the "
          "officials used freely). Layout: each reaction is introduced by a line ending in a colon (no cue; channel "
          "where the line gives it), followed either by a full quote or by a sentence mixing partial quotes. The "
          "survivors are not an actor (their account is unattributed). Malaysia 'did not respond': no stance. "
          "Myanmar's calling the dead 'illegal migrants' is annotated only as its rejection of responsibility. "
          "Ferrer's and Maymann's blame of 'coastal states' has a null target. 'a week ago' and 'last week' are the "
          "ISO week before the article's.",
)


# --------------------------------------------------------------------------- 4. Algerian embassy in Bamako attacked (live blog with GMT time stamps, present tense)
BAMAKO = """ date 2027-04-07 LIVE: Algerian embassy in Bamako attacked - reactions

Updates from Wednesday, April 7. All times GMT, which is also local time in Bamako.

09:05 - Gunmen on motorbikes opened fire on the Algerian embassy in Bamako's ACI 2000 district at around 7:30 this morning and threw an explosive device at the main gate, witnesses told our correspondent. A Malian security source says two guards were killed and one diplomat was wounded.

09:40 - Algeria's foreign ministry condemns "a cowardly terrorist attack" and holds the Malian authorities "fully responsible for the safety of its diplomatic staff." It says the wounded diplomat is the embassy's first secretary.

10:15 - Mali's transitional government says in a statement read on state television that it "firmly condemns" the attack and that "the perpetrators will be found and punished." Spokesman General Abdoulaye Maiga says the embassy's guard had been reinforced only last week. Relations between the two neighbours have been frozen since April 2025, when Algeria shot down a Malian drone near the border.

11:02 - No group has claimed the attack. According to a Western diplomat in Bamako, the JNIM jihadist alliance, which has blockaded the capital's fuel supplies since September 2025, is "the most likely suspect," though an anti-Algerian militia cannot be ruled out.

11:30 - Algerian President Abdelmadjid Tebboune chairs an emergency meeting of the High Security Council, state news agency APS reports.

12:10 - The African Union Commission chairman, Mahmoud Ali Youssouf, writes on X: "Diplomatic missions are inviolable. I condemn this attack in the strongest terms and call on Mali and Algeria to work together to find those responsible."

12:45 - Russia's embassy in Bamako says on Telegram it is "deeply shocked" and offers "any assistance needed" to the Malian investigation.

13:20 - Morocco, Algeria's regional rival, sends "its sincere condolences to the families of the victims," the Moroccan foreign ministry says, a rare gesture between the two.

14:05 - Algerian Foreign Minister Ahmed Attaf, at a press conference in Algiers: "We do not accuse anyone today. But we expect Bamako to tell us within 48 hours who did this and how." Asked whether Algeria would close its embassy, he says: "All options are on the table."

14:40 - UN Secretary-General Antonio Guterres "strongly condemns" the attack and reminds all states of their obligations under the 1961 Vienna Convention, his spokesman Stephane Dujarric says.

15:10 - The Tuareg rebel coalition FLA, which Bamako accuses Algiers of sheltering, denies any involvement in a post on X: "Our fight is against the junta, never against diplomats.\""""

build(
    "embassy-attack-bamako-2027-04-07", BAMAKO,
    actors=[
        A("Algeria", "country", "DZA", aliases=["Algerian", "Algeria's foreign ministry", "Algiers", "Algeria's"]),
        A("Mali", "country", "MLI", aliases=["Malian", "the Malian authorities", "Mali's transitional government", "Bamako", "the junta"]),
        A("Malian security source", "person", "MLI", "security source", ["A Malian security source"], anonymous=True),
        A("Abdoulaye Maiga", "person", "MLI", "Spokesman", ["Spokesman General Abdoulaye Maiga"]),
        A("Western diplomat", "person", None, "diplomat", ["a Western diplomat in Bamako"], anonymous=True),
        A("JNIM", "group", "MLI", aliases=["the JNIM jihadist alliance"]),
        A("Abdelmadjid Tebboune", "person", "DZA", "President", ["Algerian President Abdelmadjid Tebboune"]),
        A("African Union", "organization", None, aliases=["The African Union Commission"]),
        A("Mahmoud Ali Youssouf", "person", None, "African Union Commission chairman", ["The African Union Commission chairman, Mahmoud Ali Youssouf"], organization="African Union"),
        A("Russia", "country", "RUS", aliases=["Russia's embassy in Bamako"]),
        A("Morocco", "country", "MAR", aliases=["the Moroccan foreign ministry"]),
        A("Ahmed Attaf", "person", "DZA", "Foreign Minister", ["Algerian Foreign Minister Ahmed Attaf", "he"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["UN Secretary-General Antonio Guterres", "his"], organization="United Nations"),
        A("Stephane Dujarric", "person", None, "spokesman", ["his spokesman Stephane Dujarric"], organization="United Nations"),
        A("FLA", "group", "MLI", aliases=["The Tuareg rebel coalition FLA"]),
    ],
    quotes=[
        Q("indirect", "Gunmen on motorbikes opened fire on the Algerian embassy in Bamako's ACI 2000 district at around 7:30 this morning and threw an explosive device at the main gate", None, "tell"),
        Q("indirect", "two guards were killed and one diplomat was wounded", "Malian security source", "say"),
        Q("partial", "a cowardly terrorist attack", "Algeria", "condemn"),
        Q("partial", "fully responsible for the safety of its diplomatic staff.", "Algeria", "hold"),
        Q("indirect", "the wounded diplomat is the embassy's first secretary", "Algeria", "say"),
        Q("indirect", "it \"firmly condemns\" the attack and that \"the perpetrators will be found and punished.\"", "Mali", "say", "statement"),
        Q("partial", "firmly condemns", "Mali", "say", "statement"),
        Q("partial", "the perpetrators will be found and punished.", "Mali", "say", "statement"),
        Q("indirect", "the embassy's guard had been reinforced only last week", "Abdoulaye Maiga", "say"),
        Q("indirect", "the JNIM jihadist alliance, which has blockaded the capital's fuel supplies since September 2025, is \"the most likely suspect,\" though an anti-Algerian militia cannot be ruled out", "Western diplomat", "according to"),
        Q("partial", "the most likely suspect,", "Western diplomat", "according to"),
        Q("indirect", "Algerian President Abdelmadjid Tebboune chairs an emergency meeting of the High Security Council", None, "report", optional=True),
        Q("direct", "Diplomatic missions are inviolable. I condemn this attack in the strongest terms and call on Mali and Algeria to work together to find those responsible.", "Mahmoud Ali Youssouf", "write", "twitter"),
        Q("indirect", "it is \"deeply shocked\" and offers \"any assistance needed\" to the Malian investigation", "Russia", "say", "telegram"),
        Q("partial", "deeply shocked", "Russia", "say", "telegram"),
        Q("partial", "any assistance needed", "Russia", "offer", "telegram"),
        Q("partial", "its sincere condolences to the families of the victims,", "Morocco", "say"),
        Q("direct", "We do not accuse anyone today. But we expect Bamako to tell us within 48 hours who did this and how.", "Ahmed Attaf", None, "press conference"),
        Q("direct", "All options are on the table.", "Ahmed Attaf", "say", "press conference"),
        Q("indirect", "UN Secretary-General Antonio Guterres \"strongly condemns\" the attack and reminds all states of their obligations under the 1961 Vienna Convention", "Stephane Dujarric", "say"),
        Q("partial", "strongly condemns", "Antonio Guterres", "condemn"),
        Q("direct", "Our fight is against the junta, never against diplomats.", "FLA", None, "twitter"),
    ],
    dates=[
        D("Wednesday, April 7", "DATE", "2027-04-07"),
        D("09:05", "TIME", "2027-04-07T09:05"),
        D("7:30 this morning", "TIME", "2027-04-07T07:30"),
        D("09:40", "TIME", "2027-04-07T09:40"),
        D("10:15", "TIME", "2027-04-07T10:15"),
        D("last week", "DATE", "2027-W13"),
        D("April 2025", "DATE", "2025-04"),
        D("11:02", "TIME", "2027-04-07T11:02"),
        D("September 2025", "DATE", "2025-09"),
        D("11:30", "TIME", "2027-04-07T11:30"),
        D("12:10", "TIME", "2027-04-07T12:10"),
        D("12:45", "TIME", "2027-04-07T12:45"),
        D("13:20", "TIME", "2027-04-07T13:20"),
        D("14:05", "TIME", "2027-04-07T14:05"),
        D("today", "DATE", "2027-04-07"),
        D("48 hours", "DURATION", "PT48H"),
        D("14:40", "TIME", "2027-04-07T14:40"),
        D("1961", "DATE", "1961"),
        D("15:10", "TIME", "2027-04-07T15:10"),
    ],
    stances=[
        S("Algeria", "condemn", None, evidence="condemns \"a cowardly terrorist attack\""),
        S("Algeria", "demand", "Mali", "safety of diplomatic staff", "holds the Malian authorities \"fully responsible for the safety of its diplomatic staff.\""),
        S("Mali", "condemn", None, evidence="it \"firmly condemns\" the attack"),
        S("Mali", "threaten", None, evidence="\"the perpetrators will be found and punished.\""),
        S("Mahmoud Ali Youssouf", "condemn", None, evidence="I condemn this attack in the strongest terms"),
        S("Mahmoud Ali Youssouf", "appeal", "Mali", "work together to find those responsible", "call on Mali and Algeria to work together"),
        S("Mahmoud Ali Youssouf", "appeal", "Algeria", "work together to find those responsible", "call on Mali and Algeria to work together"),
        S("Russia", "concern", None, "attack", "it is \"deeply shocked\""),
        S("Russia", "support", "Mali", evidence="offers \"any assistance needed\" to the Malian investigation"),
        S("Morocco", "support", "Algeria", evidence="sends \"its sincere condolences to the families of the victims,\""),
        S("Ahmed Attaf", "demand", "Mali", "explanation within 48 hours", "we expect Bamako to tell us within 48 hours who did this and how"),
        S("Ahmed Attaf", "threaten", "Mali", evidence="All options are on the table"),
        S("Antonio Guterres", "condemn", None, evidence="\"strongly condemns\" the attack"),
        S("Antonio Guterres", "appeal", None, "respect the Vienna Convention", "reminds all states of their obligations under the 1961 Vienna Convention"),
        S("FLA", "reject", None, evidence="denies any involvement"),
    ],
    notes="Invented article (twelfth held-out set; the attack and all quoted words are invented, the officials used "
          "freely). Live blog in the present tense with GMT time stamps, each a TIME on the article date. The witnesses "
          "and 'our correspondent' are not actors; APS only carries the report (optional unattributed indirect quote). "
          "The Western diplomat's 'most likely suspect' is hedged and takes no stance. Attaf's 'We do not accuse "
          "anyone' is negated; his demand and threat are annotated. Mali's accusation that Algiers shelters the FLA is "
          "background in a relative clause and takes no stance. Guterres's words reach us through Dujarric. Attaf's "
          "first quote follows a colon line (no cue).",
)


# --------------------------------------------------------------------------- 5. France sells Rafale jets to Armenia (short brief, Facebook, "according to" sources, a rebuttal after a colon)
RAFALE = """ date 2027-04-14 YEREVAN, April 14 (AFP) - Armenia has signed a contract to buy 12 Rafale fighter jets from France, its defence ministry said on Wednesday, the largest arms deal in the South Caucasus country's history and one that drew an angry response from neighbouring Azerbaijan.

The deal, worth about 2.4 billion euros according to two sources close to the negotiations, was signed in Paris on Tuesday by Defence Minister Suren Papikyan and his French counterpart, Catherine Vautrin. The first aircraft are due to arrive in 2029.

"Armenia has the right, like every sovereign state, to defend its borders," Papikyan wrote on Facebook. "This contract is directed against no one."

Azerbaijan's foreign ministry said the sale "encourages revanchist forces in Yerevan" and "undermines the peace agreement" initialled by the two countries in Washington in August 2025. Presidential aide Hikmet Hajiyev went further, accusing Paris of "pouring fuel on a fire that was almost out" and warning that Baku would "draw the necessary conclusions" about its relations with France.

Ankara echoed that line. Turkey's defence ministry spokesman told a weekly briefing that the deal was "not helpful to regional peace."

France's foreign ministry spokesman, Pascal Confavreux, rejected the criticism: the jets were "purely defensive" and France "remains fully committed" to the Armenia-Azerbaijan peace process, he said.

Russia, Armenia's traditional arms supplier and formal ally until Yerevan froze its membership of the Moscow-led CSTO military alliance in 2024, said it was "concerned." "Such decisions bring militarisation, not security, to the region," Foreign Ministry spokeswoman Maria Zakharova told reporters.

Armenia's opposition was split. A former defence minister, speaking on condition of anonymity, called the deal "long overdue."

The European Union's foreign policy chief, Kaja Kallas, said the bloc respected the choices of sovereign states and urged Baku and Yerevan to sign their peace treaty "without further delay." The treaty has been awaiting signature for almost two years."""

build(
    "rafale-deal-yerevan-2027-04-14", RAFALE,
    actors=[
        A("Armenia", "country", "ARM", aliases=["its defence ministry", "Yerevan", "Armenia's"]),
        A("France", "country", "FRA", aliases=["Paris", "French", "France's"]),
        A("Azerbaijan", "country", "AZE", aliases=["Azerbaijan's foreign ministry", "Baku"]),
        A("sources close to the negotiations", "group", None, aliases=["two sources close to the negotiations"], anonymous=True),
        A("Suren Papikyan", "person", "ARM", "Defence Minister", ["Defence Minister Suren Papikyan", "Papikyan"]),
        A("Catherine Vautrin", "person", "FRA", "Defence Minister", ["his French counterpart, Catherine Vautrin"]),
        A("Hikmet Hajiyev", "person", "AZE", "Presidential aide", ["Presidential aide Hikmet Hajiyev"]),
        A("Turkey", "country", "TUR", aliases=["Ankara", "Turkey's"]),
        A("Turkish defence ministry spokesman", "person", "TUR", "defence ministry spokesman", ["Turkey's defence ministry spokesman"], anonymous=True),
        A("Pascal Confavreux", "person", "FRA", "foreign ministry spokesman", ["France's foreign ministry spokesman, Pascal Confavreux", "he"]),
        A("Russia", "country", "RUS", aliases=["Moscow-led"]),
        A("CSTO", "organization", None, aliases=["the Moscow-led CSTO military alliance"]),
        A("Maria Zakharova", "person", "RUS", "Foreign Ministry spokeswoman", ["Foreign Ministry spokeswoman Maria Zakharova"]),
        A("former Armenian defence minister", "person", "ARM", "former defence minister", ["A former defence minister"], anonymous=True),
        A("European Union", "organization", None, aliases=["The European Union", "the bloc"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["The European Union's foreign policy chief, Kaja Kallas"], organization="European Union"),
    ],
    quotes=[
        Q("indirect", "Armenia has signed a contract to buy 12 Rafale fighter jets from France", "Armenia", "say"),
        Q("indirect", "The deal, worth about 2.4 billion euros", "sources close to the negotiations", "according to", optional=True),
        Q("direct", "Armenia has the right, like every sovereign state, to defend its borders,", "Suren Papikyan", "write", "facebook"),
        Q("direct", "This contract is directed against no one.", "Suren Papikyan", "write", "facebook"),
        Q("indirect", "the sale \"encourages revanchist forces in Yerevan\" and \"undermines the peace agreement\" initialled by the two countries in Washington in August 2025", "Azerbaijan", "say"),
        Q("partial", "encourages revanchist forces in Yerevan", "Azerbaijan", "say"),
        Q("partial", "undermines the peace agreement", "Azerbaijan", "say"),
        Q("partial", "pouring fuel on a fire that was almost out", "Hikmet Hajiyev", "accuse"),
        Q("indirect", "Baku would \"draw the necessary conclusions\" about its relations with France", "Hikmet Hajiyev", "warn"),
        Q("partial", "draw the necessary conclusions", "Hikmet Hajiyev", "warn"),
        Q("indirect", "the deal was \"not helpful to regional peace.\"", "Turkish defence ministry spokesman", "tell", "press conference"),
        Q("partial", "not helpful to regional peace.", "Turkish defence ministry spokesman", "tell", "press conference"),
        Q("indirect", "the jets were \"purely defensive\" and France \"remains fully committed\" to the Armenia-Azerbaijan peace process", "Pascal Confavreux", "say"),
        Q("partial", "purely defensive", "Pascal Confavreux", "say"),
        Q("partial", "remains fully committed", "Pascal Confavreux", "say"),
        Q("partial", "concerned.", "Russia", "say"),
        Q("direct", "Such decisions bring militarisation, not security, to the region,", "Maria Zakharova", "tell"),
        Q("partial", "long overdue.", "former Armenian defence minister", "call"),
        Q("indirect", "the bloc respected the choices of sovereign states", "Kaja Kallas", "say"),
        Q("partial", "without further delay.", "Kaja Kallas", "urge"),
    ],
    dates=[
        D("April 14", "DATE", "2027-04-14"),
        D("Wednesday", "DATE", "2027-04-14"),
        D("Tuesday", "DATE", "2027-04-13"),
        D("2029", "DATE", "2029"),
        D("August 2025", "DATE", "2025-08"),
        D("weekly", "SET", "P1W"),
        D("2024", "DATE", "2024"),
        D("almost two years", "DURATION", "P2Y"),
    ],
    stances=[
        S("Azerbaijan", "criticize", "France", evidence="the sale \"encourages revanchist forces in Yerevan\""),
        S("Azerbaijan", "accuse", "Armenia", evidence="\"encourages revanchist forces in Yerevan\""),
        S("Hikmet Hajiyev", "accuse", "France", evidence="accusing Paris of \"pouring fuel on a fire that was almost out\""),
        S("Hikmet Hajiyev", "threaten", "France", evidence="Baku would \"draw the necessary conclusions\" about its relations with France"),
        S("Turkish defence ministry spokesman", "criticize", "France", evidence="the deal was \"not helpful to regional peace.\""),
        S("Pascal Confavreux", "reject", "Azerbaijan", evidence="rejected the criticism"),
        S("Pascal Confavreux", "mediate", None, "Armenia-Azerbaijan peace process", "France \"remains fully committed\" to the Armenia-Azerbaijan peace process"),
        S("Russia", "concern", None, "arms deal", "said it was \"concerned.\""),
        S("Maria Zakharova", "criticize", None, evidence="Such decisions bring militarisation, not security, to the region"),
        S("former Armenian defence minister", "support", None, evidence="called the deal \"long overdue.\""),
        S("Kaja Kallas", "appeal", "Azerbaijan", "sign the peace treaty", "urged Baku and Yerevan to sign their peace treaty"),
        S("Kaja Kallas", "appeal", "Armenia", "sign the peace treaty", "urged Baku and Yerevan to sign their peace treaty"),
    ],
    notes="Invented article (twelfth held-out set; the contract, its value and all quoted words are invented, the "
          "officials used freely). Armenia's defence ministry speaks for Armenia. Confavreux's rebuttal follows a colon "
          "inside the sentence and closes with 'he said'. 'Ankara echoed that line' is carried by the unnamed Turkish "
          "spokesman, an anonymous actor of Turkey. The anonymous former minister's approval of the deal is support "
          "with a null target. Papikyan's 'directed against no one' takes no stance. Washington appears only as a "
          "place and is not an actor.",
)


# --------------------------------------------------------------------------- 6. Ethiopia-Eritrea border clash at Zalambessa (feature; quote over two paragraphs after a split attribution, mediation offers, envoy)
ZALAMBESSA = """ date 2027-04-21 ADDIS ABABA/ASMARA, April 21 - Ethiopian and Eritrean troops fought for several hours around the border town of Zalambessa on Monday, the first direct clash between the two armies since their 2018 peace deal, as months of rhetoric over Ethiopia's demand for access to the Red Sea spilled onto the battlefield.

Ethiopia's government said Eritrean forces had crossed the border at dawn and shelled positions held by its Northern Command, killing 11 soldiers. Eritrea said the opposite. Information Minister Yemane Gebremeskel wrote on X that Ethiopian units had "attacked our territory unprovoked" and had been "repulsed with heavy losses."

Neither claim could be independently verified. Journalists are barred from the area.

Ethiopian Prime Minister Abiy Ahmed told parliament on Tuesday that his country "does not want war" but would not "accept aggression." The prime minister, who won the Nobel Peace Prize in 2019 for ending two decades of conflict with Asmara, has said repeatedly since 2023 that landlocked Ethiopia's access to the sea is an "existential" question.

"We extended our hand to Eritrea for peace," Abiy said. "If our hand is bitten, we know how to defend ourselves.

"But I say to the Eritrean people: you are our brothers, and this is not your quarrel."

In Asmara, President Isaias Afwerki's office accused Addis Ababa of seeking "a pretext for a war of conquest" and called on the UN Security Council to "shoulder its responsibilities."

The African Union, which has its headquarters in Addis Ababa, called for an immediate ceasefire. Its commission chairman, Mahmoud Ali Youssouf, said he had spoken separately with Abiy and Isaias and was sending the former Kenyan president Uhuru Kenyatta as a special envoy.

Kenyatta, who helped broker the 2022 Pretoria agreement that ended the Tigray war, arrived in Addis Ababa on Wednesday morning. He said he would travel to Asmara "as soon as both sides allow it."

Saudi Arabia, which brokered the 2018 deal together with the United Arab Emirates, offered to host talks in Jeddah. Egypt, which has backed Eritrea in its own dispute with Ethiopia over the Grand Ethiopian Renaissance Dam, said it stood "by the side of brotherly Eritrea" and warned that it would not accept "any threat to the security of the Red Sea."

The U.S. State Department urged "restraint and dialogue." Tigray's interim administration, whose region borders the fighting, said thousands of civilians had fled Zalambessa in the past 48 hours."""

build(
    "border-clash-zalambessa-2027-04-21", ZALAMBESSA,
    actors=[
        A("Ethiopia", "country", "ETH", aliases=["Ethiopian", "Ethiopia's government", "Addis Ababa", "Ethiopia's", "landlocked Ethiopia"]),
        A("Eritrea", "country", "ERI", aliases=["Eritrean", "Eritrean forces", "Asmara", "President Isaias Afwerki's office"]),
        A("Yemane Gebremeskel", "person", "ERI", "Information Minister", ["Information Minister Yemane Gebremeskel"]),
        A("Abiy Ahmed", "person", "ETH", "Prime Minister", ["Ethiopian Prime Minister Abiy Ahmed", "Abiy", "The prime minister", "his"]),
        A("Isaias Afwerki", "person", "ERI", "President", ["President Isaias Afwerki", "Isaias"]),
        A("United Nations Security Council", "organization", None, aliases=["the UN Security Council"]),
        A("African Union", "organization", None, aliases=["The African Union", "Its commission"]),
        A("Mahmoud Ali Youssouf", "person", None, "commission chairman", ["Its commission chairman, Mahmoud Ali Youssouf", "he"], organization="African Union"),
        A("Uhuru Kenyatta", "person", "KEN", "special envoy", ["the former Kenyan president Uhuru Kenyatta", "Kenyatta", "He", "he"], organization="African Union"),
        A("Saudi Arabia", "country", "SAU"),
        A("United Arab Emirates", "country", "ARE", aliases=["the United Arab Emirates"]),
        A("Egypt", "country", "EGY"),
        A("United States", "country", "USA", aliases=["The U.S. State Department"]),
        A("Tigray Interim Regional Administration", "organization", "ETH", aliases=["Tigray's interim administration"]),
    ],
    quotes=[
        Q("indirect", "Eritrean forces had crossed the border at dawn and shelled positions held by its Northern Command, killing 11 soldiers", "Ethiopia", "say"),
        Q("indirect", "Ethiopian units had \"attacked our territory unprovoked\" and had been \"repulsed with heavy losses.\"", "Yemane Gebremeskel", "write", "twitter"),
        Q("partial", "attacked our territory unprovoked", "Yemane Gebremeskel", "write", "twitter"),
        Q("partial", "repulsed with heavy losses.", "Yemane Gebremeskel", "write", "twitter"),
        Q("indirect", "his country \"does not want war\" but would not \"accept aggression.\"", "Abiy Ahmed", "tell", "speech"),
        Q("partial", "does not want war", "Abiy Ahmed", "tell", "speech"),
        Q("partial", "accept aggression.", "Abiy Ahmed", "tell", "speech"),
        Q("partial", "existential", "Abiy Ahmed", "say"),
        Q("direct", "We extended our hand to Eritrea for peace,", "Abiy Ahmed", "say"),
        Q("direct", "If our hand is bitten, we know how to defend ourselves.", "Abiy Ahmed", "say"),
        Q("direct", "But I say to the Eritrean people: you are our brothers, and this is not your quarrel.", "Abiy Ahmed", "say"),
        Q("partial", "a pretext for a war of conquest", "Eritrea", "accuse"),
        Q("partial", "shoulder its responsibilities.", "Eritrea", "call"),
        Q("indirect", "he had spoken separately with Abiy and Isaias and was sending the former Kenyan president Uhuru Kenyatta as a special envoy", "Mahmoud Ali Youssouf", "say"),
        Q("indirect", "he would travel to Asmara \"as soon as both sides allow it.\"", "Uhuru Kenyatta", "say"),
        Q("partial", "as soon as both sides allow it.", "Uhuru Kenyatta", "say"),
        Q("indirect", "it stood \"by the side of brotherly Eritrea\"", "Egypt", "say"),
        Q("partial", "by the side of brotherly Eritrea", "Egypt", "say"),
        Q("indirect", "it would not accept \"any threat to the security of the Red Sea.\"", "Egypt", "warn"),
        Q("partial", "any threat to the security of the Red Sea.", "Egypt", "warn"),
        Q("partial", "restraint and dialogue.", "United States", "urge"),
        Q("indirect", "thousands of civilians had fled Zalambessa in the past 48 hours", "Tigray Interim Regional Administration", "say"),
    ],
    dates=[
        D("April 21", "DATE", "2027-04-21"),
        D("several hours", "DURATION", "PTXH"),
        D("Monday", "DATE", "2027-04-19"),
        D("2018", "DATE", "2018"),
        D("months", "DURATION", "PXM"),
        D("dawn", "TIME", "2027-04-19TMO"),
        D("Tuesday", "DATE", "2027-04-20"),
        D("2019", "DATE", "2019"),
        D("two decades", "DURATION", "P2DE"),
        D("2023", "DATE", "2023"),
        D("2022", "DATE", "2022"),
        D("Wednesday morning", "TIME", "2027-04-21TMO"),
        D("2018", "DATE", "2018", n=1),
        D("48 hours", "DURATION", "PT48H"),
    ],
    stances=[
        S("Ethiopia", "accuse", "Eritrea", evidence="Eritrean forces had crossed the border at dawn and shelled positions"),
        S("Yemane Gebremeskel", "accuse", "Ethiopia", evidence="Ethiopian units had \"attacked our territory unprovoked\""),
        S("Abiy Ahmed", "threaten", "Eritrea", evidence="If our hand is bitten, we know how to defend ourselves"),
        S("Eritrea", "accuse", "Ethiopia", evidence="accused Addis Ababa of seeking \"a pretext for a war of conquest\""),
        S("Eritrea", "appeal", "United Nations Security Council", "shoulder its responsibilities", "called on the UN Security Council to \"shoulder its responsibilities.\""),
        S("African Union", "appeal", None, "ceasefire", "called for an immediate ceasefire"),
        S("Mahmoud Ali Youssouf", "consult", "Abiy Ahmed", evidence="he had spoken separately with Abiy and Isaias"),
        S("Mahmoud Ali Youssouf", "consult", "Isaias Afwerki", evidence="he had spoken separately with Abiy and Isaias"),
        S("Mahmoud Ali Youssouf", "mediate", None, "special envoy", "was sending the former Kenyan president Uhuru Kenyatta as a special envoy"),
        S("Uhuru Kenyatta", "mediate", None, "talks with both sides", "he would travel to Asmara"),
        S("Saudi Arabia", "mediate", None, "talks", "offered to host talks in Jeddah"),
        S("Egypt", "support", "Eritrea", evidence="it stood \"by the side of brotherly Eritrea\""),
        S("Egypt", "threaten", None, evidence="it would not accept \"any threat to the security of the Red Sea.\""),
        S("United States", "appeal", None, "restraint", "urged \"restraint and dialogue.\""),
        S("United States", "appeal", None, "negotiations", "urged \"restraint and dialogue.\""),
    ],
    notes="Invented article (twelfth held-out set; the clash and all quoted words are invented, the officials used "
          "freely). Abiy's quote runs over two paragraphs after a split attribution ('Abiy said'); the paragraph after "
          "the attribution is left open: three direct quotes. Back-references: 'The prime minister', 'his country', 'Abiy'. President "
          "Isaias Afwerki's office speaks for Eritrea. Kenyatta is the AU's envoy (country KEN, organization African "
          "Union). Egypt's past backing of Eritrea and Saudi Arabia's 2018 brokering are background. Abiy's "
          "'does not want war' and his words to the Eritrean people take no stance. 'at dawn' is Monday morning.",
)


if __name__ == "__main__":
    WRITER.report()
