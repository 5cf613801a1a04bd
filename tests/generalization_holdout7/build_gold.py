"""Builds the seventh held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Seventh held-out set: 6 invented reaction articles written on 2026-11-25 by a helper who changed no
library code and did not read the library's source, at the same time as the sixth development set;
the gold was committed before reactlib was run on them. Held out: the lead runs it once at the end.
Do not read or tune against it. The annotation lives here as data so that offsets are computed,
never typed (see ``tests/gold_builder.py``); run `python3 tests/generalization_holdout7/build_gold.py`
after editing. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier
sets: countries speak through their ministries, embassies, presidential offices and capitals; a
summons is a criticism; background takes no stance; outlets that only carry others' words are not
speakers; anonymous officials are actors of the country the context gives them; an appeal to "all
sides" or to an unnamed group has a null target.
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


# --------------------------------------------------------------------------- 1. mass jailbreak in Haiti (wire, anonymous sources)
JAILBREAK = """ date 2026-02-24 PORT-AU-PRINCE, Feb 24 (AP) — Hundreds of inmates escaped from Haiti's largest prison early Tuesday after gangs attacked it with rifles and a stolen bulldozer, officials said, in the biggest jailbreak since 2024 freed nearly 4,000 prisoners from the same compound.

At least 1,100 of the roughly 1,600 men held at the National Penitentiary fled during a three-hour assault that began around 2 a.m., according to two police officials who spoke on condition of anonymity because they were not authorized to release figures. Four guards and at least 11 inmates were killed, they said.

Prime Minister Alix Didier Fils-Aimé declared a 72-hour state of emergency in the West department and imposed a curfew from 7 p.m. to 6 a.m. "The bandits who did this want to drown the country in blood. They will not succeed," he said in a televised address on Tuesday evening.

Among the escapees were several gang leaders awaiting trial for kidnapping and the killing of a judge last year, a senior justice ministry official said. The official, who asked not to be named, blamed "a collapse of the chain of command" at the prison, where guards had gone unpaid for three months.

The Viv Ansanm gang coalition claimed the attack in a video posted on social media. Its spokesman, Jimmy Chérizier, a former police officer known as Barbecue, said the prisoners were "political detainees" and warned the government that "the next door we open will be the National Palace."

The neighbouring Dominican Republic closed its border crossings and sent 2,000 additional soldiers to the frontier. President Luis Abinader said his country "cannot and will not absorb the consequences of Haiti's crisis" and called on the United Nations Security Council to speed up deployment of the Gang Suppression Force approved last year.

UN Secretary-General António Guterres condemned the attack "in the strongest terms", his spokesman Stéphane Dujarric told reporters in New York. Dujarric said the secretary-general was "alarmed" by reports that prisoners had been executed during the escape.

The U.S. State Department urged Americans to leave Haiti "as soon as it is safe to do so" and said Washington would consult Caribbean partners this week. CARICOM's chair, Barbados Prime Minister Mia Mottley, said the region "stands with the Haitian people" but stopped short of backing a new foreign mission.

Residents of the Croix-des-Bouquets neighbourhood said they heard gunfire for most of the night. "They were shouting that the prisons are open and the city belongs to them," said Marie-Ange Joseph, a street vendor, who fled with her two children at dawn."""

build(
    "jailbreak-haiti-2026-02-24", JAILBREAK,
    actors=[
        A("Haiti", "country", "HTI", aliases=["Haiti's", "the government", "the country", "Haitian"]),
        A("Haitian police officials", "person", "HTI", "police officials", ["two police officials", "they"], anonymous=True),
        A("Alix Didier Fils-Aimé", "person", "HTI", "Prime Minister", ["Fils-Aimé", "Fils-Aime", "Prime Minister Alix Didier Fils-Aimé", "he"]),
        A("senior justice ministry official", "person", "HTI", "justice ministry official", ["a senior justice ministry official", "The official"], anonymous=True),
        A("Viv Ansanm", "group", "HTI", aliases=["The Viv Ansanm gang coalition", "Viv Ansanm gang coalition", "gangs"]),
        A("Jimmy Chérizier", "person", "HTI", "spokesman", ["Chérizier", "Cherizier", "Barbecue", "Its spokesman, Jimmy Chérizier"], organization="Viv Ansanm"),
        A("Dominican Republic", "country", "DOM", aliases=["The neighbouring Dominican Republic", "Dominican"]),
        A("Luis Abinader", "person", "DOM", "President", ["Abinader", "President Luis Abinader"]),
        A("UN Security Council", "organization", None, aliases=["the United Nations Security Council", "United Nations Security Council", "Security Council"]),
        A("Gang Suppression Force", "organization", None, aliases=["the Gang Suppression Force"]),
        A("António Guterres", "person", None, "Secretary-General", ["Guterres", "UN Secretary-General António Guterres", "Antonio Guterres", "the secretary-general"], organization="United Nations"),
        A("Stéphane Dujarric", "person", None, "spokesman", ["Dujarric", "Stephane Dujarric", "his spokesman Stéphane Dujarric"], organization="United Nations"),
        A("United States", "country", "USA", aliases=["The U.S. State Department", "U.S. State Department", "State Department", "Washington", "U.S."]),
        A("CARICOM", "organization", None, aliases=["the region", "Caribbean Community"]),
        A("Mia Mottley", "person", "BRB", "Prime Minister", ["Mottley", "Barbados Prime Minister Mia Mottley", "CARICOM's chair"], organization="CARICOM"),
        A("Marie-Ange Joseph", "person", "HTI", "street vendor", ["Joseph"]),
    ],
    quotes=[
        Q("indirect", "At least 1,100 of the roughly 1,600 men held at the National Penitentiary fled during a three-hour assault that began around 2 a.m.", "Haitian police officials", "according to"),
        Q("indirect", "Four guards and at least 11 inmates were killed", "Haitian police officials", "say"),
        Q("direct", "The bandits who did this want to drown the country in blood. They will not succeed,", "Alix Didier Fils-Aimé", "say", "television"),
        Q("indirect", "Among the escapees were several gang leaders awaiting trial for kidnapping and the killing of a judge last year", "senior justice ministry official", "say"),
        Q("partial", "a collapse of the chain of command", "senior justice ministry official", "blame"),
        Q("indirect", "the prisoners were \"political detainees\"", "Jimmy Chérizier", "say", "video"),
        Q("partial", "political detainees", "Jimmy Chérizier", "say", "video"),
        Q("partial", "the next door we open will be the National Palace.", "Jimmy Chérizier", "warn", "video"),
        Q("indirect", "his country \"cannot and will not absorb the consequences of Haiti's crisis\"", "Luis Abinader", "say"),
        Q("partial", "cannot and will not absorb the consequences of Haiti's crisis", "Luis Abinader", "say"),
        Q("partial", "in the strongest terms", "António Guterres", "condemn", "press conference"),
        Q("indirect", "the secretary-general was \"alarmed\" by reports that prisoners had been executed during the escape", "Stéphane Dujarric", "say", "press conference"),
        Q("partial", "alarmed", "Stéphane Dujarric", "say", "press conference", optional=True),
        Q("partial", "as soon as it is safe to do so", "United States", "urge"),
        Q("indirect", "Washington would consult Caribbean partners this week", "United States", "say"),
        Q("indirect", "the region \"stands with the Haitian people\"", "Mia Mottley", "say"),
        Q("partial", "stands with the Haitian people", "Mia Mottley", "say"),
        Q("indirect", "they heard gunfire for most of the night", None, "say", optional=True),
        Q("direct", "They were shouting that the prisons are open and the city belongs to them,", "Marie-Ange Joseph", "say"),
    ],
    dates=[
        D("Feb 24", "DATE", "2026-02-24"),
        D("Tuesday", "DATE", "2026-02-24"),
        D("2024", "DATE", "2024"),
        D("three-hour", "DURATION", "PT3H"),
        D("2 a.m.", "TIME", "2026-02-24T02:00"),
        D("72-hour", "DURATION", "PT72H"),
        D("7 p.m.", "TIME", "2026-02-24T19:00"),
        D("6 a.m.", "TIME", "2026-02-25T06:00"),
        D("Tuesday evening", "TIME", "2026-02-24TEV"),
        D("last year", "DATE", "2025"),
        D("three months", "DURATION", "P3M"),
        D("last year", "DATE", "2025", n=1),
        D("this week", "DATE", "2026-W09"),
    ],
    stances=[
        S("Alix Didier Fils-Aimé", "condemn", None, evidence="The bandits who did this want to drown the country in blood"),
        S("Jimmy Chérizier", "threaten", "Haiti", evidence="warned the government that \"the next door we open will be the National Palace.\""),
        S("Luis Abinader", "appeal", "UN Security Council", "speed up deployment of the Gang Suppression Force", "called on the United Nations Security Council to speed up deployment"),
        S("António Guterres", "condemn", None, evidence="condemned the attack \"in the strongest terms\""),
        S("António Guterres", "concern", None, "executions of prisoners", "was \"alarmed\" by reports that prisoners had been executed"),
        S("Mia Mottley", "support", "Haiti", evidence="\"stands with the Haitian people\""),
    ],
    notes="Invented article (seventh held-out set; the jailbreak and all quoted words are invented, the officials and "
          "the gang leader used freely). AP dateline. The two police officials are one anonymous actor. Fils-Aimé's "
          "'bandits' are not named (condemnation, null target); the gang's claim comes later. Chérizier 'warned the "
          "government' (Haiti). Guterres's condemnation is reported by his spokesman (speaker Guterres; the "
          "'alarmed' sentence is Dujarric's report, the concern Guterres's). The US travel warning to its own "
          "citizens and its future consultation take no stance; Mottley 'stopped short of backing' a mission (only "
          "her support). The curfew's 6 a.m. is taken as the next morning (I am unsure). The residents are unnamed "
          "(optional quote). 'early Tuesday' is annotated on 'Tuesday'; 'around 2 a.m.' on '2 a.m.'.",
)


# --------------------------------------------------------------------------- 2. Indian fishermen arrested by Sri Lanka (inverted attributions, curly quotes)
FISHERMEN = """ date 2026-05-13 COLOMBO — The Sri Lankan navy arrested 23 Indian fishermen and seized four trawlers off the island of Delft before dawn on Wednesday, reigniting a dispute that has soured relations between the two neighbours for decades.

“They were fishing illegally in our waters with bottom trawlers that destroy everything on the seabed,” said navy spokesman Captain Buddhika Sampath. The men had been handed over to fisheries officials in Jaffna and would appear before a magistrate on Friday, he said.

In Tamil Nadu, the reaction was swift. “This is the fourth arrest this year. Our fishermen are being treated like criminals for earning a living,” said Chief Minister M.K. Stalin, who wrote to Prime Minister Narendra Modi demanding “immediate diplomatic intervention” to secure their release. Stalin said more than 140 fishermen from the state were now held in Sri Lankan jails.

India’s Ministry of External Affairs said it had taken up the matter “at the highest level” with Colombo. The Indian High Commission in Colombo was providing consular access, spokesman Randhir Jaiswal told a weekly briefing in New Delhi, adding that India had always urged that “the livelihood concerns of fishermen be addressed in a humanitarian manner.”

Sri Lanka was in no mood to yield. Fisheries Minister Ramalingam Chandrasekar said the arrests would continue “as long as Indian boats cross the line,” and accused New Delhi of doing nothing to stop the trawlers. “We want good relations with India. But we will not sacrifice our northern fishermen,” he told the Daily Mirror.

Fishermen in Sri Lanka’s north, many of them Tamils who rebuilt their lives after the civil war ended in 2009, have long complained that Indian trawlers cross the maritime boundary at night and sweep up their catch. Annalingam Annarasa, who leads a fishermen’s cooperative in Mannar, welcomed the arrests. “For fifteen years we have begged for this,” he said. “Finally someone listens.”

On the Indian side, the mood in the port town of Rameswaram was bitter. Relatives gathered outside the fisheries office on Wednesday afternoon. “My husband has four children to feed. What crime has he committed?” asked Selvi Murugan, whose husband was aboard one of the seized boats.

The boundary was settled by a 1974 agreement that ceded the islet of Katchatheevu to Sri Lanka, a concession some Indian politicians want reversed. A joint working group on fisheries last met in March 2025 and has not met since.

A senior Indian official, who asked not to be named, said New Delhi expected the fishermen to be released “within weeks” as in previous cases, but warned that repeated arrests were “testing our patience”."""

build(
    "fishermen-arrest-srilanka-2026-05-13", FISHERMEN,
    actors=[
        A("Sri Lanka", "country", "LKA", aliases=["The Sri Lankan navy", "Sri Lankan navy", "Colombo", "Sri Lankan", "Sri Lanka’s"]),
        A("Buddhika Sampath", "person", "LKA", "navy spokesman", ["Sampath", "navy spokesman Captain Buddhika Sampath", "Captain Buddhika Sampath", "he"]),
        A("India", "country", "IND", aliases=["India’s Ministry of External Affairs", "Ministry of External Affairs", "New Delhi", "The Indian High Commission in Colombo", "Indian High Commission", "Indian", "India’s"]),
        A("M.K. Stalin", "person", "IND", "Chief Minister", ["Stalin", "Chief Minister M.K. Stalin"]),
        A("Narendra Modi", "person", "IND", "Prime Minister", ["Modi", "Prime Minister Narendra Modi"]),
        A("Randhir Jaiswal", "person", "IND", "spokesman", ["Jaiswal", "spokesman Randhir Jaiswal"]),
        A("Ramalingam Chandrasekar", "person", "LKA", "Fisheries Minister", ["Chandrasekar", "Fisheries Minister Ramalingam Chandrasekar", "he"]),
        A("Daily Mirror", "organization", "LKA", aliases=["the Daily Mirror"]),
        A("Annalingam Annarasa", "person", "LKA", "cooperative leader", ["Annarasa", "he"]),
        A("Selvi Murugan", "person", "IND", None, ["Murugan"]),
        A("senior Indian official", "person", "IND", "official", ["A senior Indian official"], anonymous=True),
    ],
    quotes=[
        Q("direct", "They were fishing illegally in our waters with bottom trawlers that destroy everything on the seabed,", "Buddhika Sampath", "say"),
        Q("indirect", "The men had been handed over to fisheries officials in Jaffna and would appear before a magistrate on Friday", "Buddhika Sampath", "say"),
        Q("direct", "This is the fourth arrest this year. Our fishermen are being treated like criminals for earning a living,", "M.K. Stalin", "say"),
        Q("partial", "immediate diplomatic intervention", "M.K. Stalin", "demand", "letter"),
        Q("indirect", "more than 140 fishermen from the state were now held in Sri Lankan jails", "M.K. Stalin", "say"),
        Q("indirect", "it had taken up the matter “at the highest level” with Colombo", "India", "say"),
        Q("partial", "at the highest level", "India", "say", optional=True),
        Q("indirect", "The Indian High Commission in Colombo was providing consular access", "Randhir Jaiswal", "tell", "press conference"),
        Q("partial", "the livelihood concerns of fishermen be addressed in a humanitarian manner.", "Randhir Jaiswal", "add", "press conference"),
        Q("indirect", "the arrests would continue “as long as Indian boats cross the line,”", "Ramalingam Chandrasekar", "say"),
        Q("partial", "as long as Indian boats cross the line,", "Ramalingam Chandrasekar", "say"),
        Q("direct", "We want good relations with India. But we will not sacrifice our northern fishermen,", "Ramalingam Chandrasekar", "tell", "interview"),
        Q("direct", "For fifteen years we have begged for this,", "Annalingam Annarasa", "say"),
        Q("direct", "Finally someone listens.", "Annalingam Annarasa", None),
        Q("direct", "My husband has four children to feed. What crime has he committed?", "Selvi Murugan", "ask"),
        Q("indirect", "New Delhi expected the fishermen to be released “within weeks” as in previous cases", "senior Indian official", "say"),
        Q("partial", "within weeks", "senior Indian official", "say", optional=True),
        Q("partial", "testing our patience", "senior Indian official", "warn"),
    ],
    dates=[
        D("Wednesday", "DATE", "2026-05-13"),
        D("decades", "DURATION", "PXDE"),
        D("Friday", "DATE", "2026-05-15"),
        D("this year", "DATE", "2026"),
        D("weekly", "SET", "P1W"),
        D("2009", "DATE", "2009"),
        D("fifteen years", "DURATION", "P15Y"),
        D("Wednesday afternoon", "TIME", "2026-05-13TAF"),
        D("1974", "DATE", "1974"),
        D("March 2025", "DATE", "2025-03"),
        D("weeks", "DURATION", "PXW"),
    ],
    stances=[
        S("Buddhika Sampath", "accuse", None, evidence="They were fishing illegally in our waters"),
        S("M.K. Stalin", "criticize", "Sri Lanka", evidence="Our fishermen are being treated like criminals for earning a living"),
        S("M.K. Stalin", "demand", "Narendra Modi", "diplomatic intervention", "demanding “immediate diplomatic intervention”"),
        S("India", "criticize", "Sri Lanka", evidence="had taken up the matter “at the highest level” with Colombo"),
        S("Randhir Jaiswal", "appeal", "Sri Lanka", "humanitarian treatment of fishermen", "India had always urged that “the livelihood concerns of fishermen be addressed in a humanitarian manner.”"),
        S("Ramalingam Chandrasekar", "threaten", "India", evidence="the arrests would continue “as long as Indian boats cross the line,”"),
        S("Ramalingam Chandrasekar", "accuse", "India", evidence="accused New Delhi of doing nothing to stop the trawlers"),
        S("Annalingam Annarasa", "welcome", "Sri Lanka", evidence="welcomed the arrests"),
        S("senior Indian official", "threaten", "Sri Lanka", evidence="warned that repeated arrests were “testing our patience”"),
    ],
    notes="Invented article (seventh held-out set; the arrests, the fishermen's leader, the relative and all quoted "
          "words are invented; the officials used freely). Curly quotation marks throughout, attributions inverted "
          "('said navy spokesman Captain ...'), a quote split over two sentences. The navy speaks for Sri Lanka; its "
          "accusation targets the Indian fishermen (no actor: null target). India's taking the matter up 'at the "
          "highest level' is a diplomatic complaint (criticism; I am unsure: it might be read as consultation). "
          "Jaiswal's 'had always urged' is a standing appeal to Sri Lanka. Chandrasekar's 'We want good relations' "
          "takes no stance. 'before dawn on Wednesday' is annotated on 'Wednesday'; 'for decades' on 'decades'; "
          "'within weeks' on 'weeks' (PXW). 'at night' is not annotated.",
)


# --------------------------------------------------------------------------- 3. Colombia-ELN peace accord ("world reacts" roundup)
ACCORD = """ date 2026-09-30 Colombia–ELN accord: reactions from Bogotá, the region and beyond

The Colombian government and the National Liberation Army (ELN) signed a final peace agreement in Havana on Tuesday, after almost four years of on-and-off negotiations. The deal provides for the guerrillas, thought to number about 6,000 fighters, to hand over their weapons to a UN-verified mechanism over 180 days. Here is a round-up of reactions.

Colombia
President Gustavo Petro, who made "total peace" the centrepiece of his term, called the signing "the day Colombia stopped killing itself". Speaking in Havana, he thanked Cuba and Norway, the guarantor countries, "for never giving up on us when we had given up on ourselves".

Former president Álvaro Uribe, the leading critic of the talks, wrote that the deal "rewards kidnappers with seats and salaries" and promised that his Democratic Centre party would challenge it in the Constitutional Court.

The ELN
Chief negotiator Pablo Beltrán said the group would "honour every comma" of the text. But a commander of the ELN's Eastern War Front, reached by phone by a local radio station, said his fighters had not been consulted and would "keep their rifles until we see the land reform with our own eyes".

Cuba and Norway
In a joint statement, the two guarantors welcomed "a historic step" and offered to continue accompanying the implementation. Norwegian Foreign Minister Espen Barth Eide said the process showed "that even the oldest wars can end at a table".

United Nations
Secretary-General António Guterres hailed the agreement and said the UN Verification Mission was ready to take on its new tasks. He urged both parties "to keep their word, especially where it is hardest: in the regions."

United States
Washington's response was lukewarm. A State Department spokesperson said the United States "takes note" of the agreement and expected the ELN to hand over leaders wanted for drug trafficking. The spokesperson did not say whether Washington would remove the ELN from its list of terrorist organisations.

Venezuela
Caracas, which hosted earlier rounds of talks, congratulated Bogotá. Foreign Minister Yván Gil said Venezuela would "guarantee that no armed group uses our territory" along the 2,200-kilometre border.

Victims
Not everyone was celebrating. The Association of Relatives of the Kidnapped said at least 60 hostages taken by the ELN since 2015 were still unaccounted for and demanded that the group reveal where they were buried. "Peace without truth is just silence," said its president, Gloria Restrepo, in an interview on Wednesday morning.

The agreement must now be approved by Congress, where the governing coalition lacks a majority in the Senate. A vote is expected before the end of the year."""

build(
    "peace-accord-colombia-eln-2026-09-30", ACCORD,
    actors=[
        A("Colombia", "country", "COL", aliases=["The Colombian government", "Colombian government", "Bogotá", "Bogota", "Colombian"]),
        A("National Liberation Army", "group", "COL", aliases=["ELN", "the National Liberation Army (ELN)", "the guerrillas", "the group"]),
        A("Gustavo Petro", "person", "COL", "President", ["Petro", "President Gustavo Petro", "he"]),
        A("Cuba", "country", "CUB", aliases=["Havana", "Cuban"]),
        A("Norway", "country", "NOR", aliases=["Norwegian"]),
        A("Álvaro Uribe", "person", "COL", "Former president", ["Uribe", "Alvaro Uribe", "Former president Álvaro Uribe"]),
        A("Democratic Centre", "organization", "COL", aliases=["his Democratic Centre party", "Democratic Center"]),
        A("Constitutional Court", "organization", "COL", aliases=["the Constitutional Court"]),
        A("Pablo Beltrán", "person", "COL", "Chief negotiator", ["Beltrán", "Beltran", "Chief negotiator Pablo Beltrán"], organization="National Liberation Army"),
        A("ELN Eastern War Front commander", "person", "COL", "commander", ["a commander of the ELN's Eastern War Front"], anonymous=True, organization="National Liberation Army"),
        A("Espen Barth Eide", "person", "NOR", "Foreign Minister", ["Eide", "Barth Eide", "Norwegian Foreign Minister Espen Barth Eide"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("António Guterres", "person", None, "Secretary-General", ["Guterres", "Secretary-General António Guterres", "Antonio Guterres", "He"], organization="United Nations"),
        A("UN Verification Mission", "organization", None, aliases=["the UN Verification Mission"]),
        A("United States", "country", "USA", aliases=["Washington", "Washington's"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["A State Department spokesperson", "The spokesperson"], anonymous=True),
        A("Venezuela", "country", "VEN", aliases=["Caracas", "Venezuelan"]),
        A("Yván Gil", "person", "VEN", "Foreign Minister", ["Gil", "Yvan Gil", "Foreign Minister Yván Gil"]),
        A("Association of Relatives of the Kidnapped", "organization", "COL", aliases=["The Association of Relatives of the Kidnapped"]),
        A("Gloria Restrepo", "person", "COL", "president of the Association of Relatives of the Kidnapped", ["Restrepo", "its president, Gloria Restrepo"], organization="Association of Relatives of the Kidnapped"),
        A("Congress", "organization", "COL", aliases=["the Senate", "Senate"]),
    ],
    quotes=[
        Q("partial", "the day Colombia stopped killing itself", "Gustavo Petro", "call"),
        Q("partial", "for never giving up on us when we had given up on ourselves", "Gustavo Petro", "thank"),
        Q("indirect", "the deal \"rewards kidnappers with seats and salaries\"", "Álvaro Uribe", "write"),
        Q("partial", "rewards kidnappers with seats and salaries", "Álvaro Uribe", "write"),
        Q("indirect", "his Democratic Centre party would challenge it in the Constitutional Court", "Álvaro Uribe", "promise"),
        Q("indirect", "the group would \"honour every comma\" of the text", "Pablo Beltrán", "say"),
        Q("partial", "honour every comma", "Pablo Beltrán", "say"),
        Q("indirect", "his fighters had not been consulted and would \"keep their rifles until we see the land reform with our own eyes\"", "ELN Eastern War Front commander", "say", "radio"),
        Q("partial", "keep their rifles until we see the land reform with our own eyes", "ELN Eastern War Front commander", "say", "radio"),
        Q("partial", "a historic step", "Cuba", "welcome", "statement"),
        Q("partial", "that even the oldest wars can end at a table", "Espen Barth Eide", "say"),
        Q("indirect", "the UN Verification Mission was ready to take on its new tasks", "António Guterres", "say"),
        Q("partial", "to keep their word, especially where it is hardest: in the regions.", "António Guterres", "urge"),
        Q("indirect", "the United States \"takes note\" of the agreement and expected the ELN to hand over leaders wanted for drug trafficking", "State Department spokesperson", "say"),
        Q("partial", "takes note", "State Department spokesperson", "say"),
        Q("indirect", "Venezuela would \"guarantee that no armed group uses our territory\" along the 2,200-kilometre border", "Yván Gil", "say"),
        Q("partial", "guarantee that no armed group uses our territory", "Yván Gil", "say"),
        Q("indirect", "at least 60 hostages taken by the ELN since 2015 were still unaccounted for", "Association of Relatives of the Kidnapped", "say"),
        Q("direct", "Peace without truth is just silence,", "Gloria Restrepo", "say", "interview"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-09-29"),
        D("four years", "DURATION", "P4Y"),
        D("180 days", "DURATION", "P180D"),
        D("2015", "DATE", "2015"),
        D("Wednesday morning", "TIME", "2026-09-30TMO"),
        D("the end of the year", "DATE", "2026"),
    ],
    stances=[
        S("Colombia", "mediate", "National Liberation Army", "peace agreement", "signed a final peace agreement"),
        S("Gustavo Petro", "praise", "Cuba", evidence="he thanked Cuba and Norway"),
        S("Gustavo Petro", "praise", "Norway", evidence="he thanked Cuba and Norway"),
        S("Álvaro Uribe", "criticize", None, evidence="the deal \"rewards kidnappers with seats and salaries\""),
        S("ELN Eastern War Front commander", "reject", None, evidence="would \"keep their rifles until we see the land reform with our own eyes\""),
        S("Cuba", "welcome", None, evidence="the two guarantors welcomed \"a historic step\""),
        S("Norway", "welcome", None, evidence="the two guarantors welcomed \"a historic step\""),
        S("Cuba", "mediate", None, evidence="offered to continue accompanying the implementation"),
        S("Norway", "mediate", None, evidence="offered to continue accompanying the implementation"),
        S("António Guterres", "welcome", None, evidence="hailed the agreement"),
        S("António Guterres", "appeal", None, "keep their word", "He urged both parties"),
        S("United States", "demand", "National Liberation Army", "hand over leaders wanted for drug trafficking", "expected the ELN to hand over leaders wanted for drug trafficking"),
        S("Venezuela", "praise", "Colombia", evidence="congratulated Bogotá"),
        S("Association of Relatives of the Kidnapped", "demand", "National Liberation Army", "reveal where hostages are buried", "demanded that the group reveal where they were buried"),
    ],
    notes="Invented article (seventh held-out set; the accord and all quoted words are invented; the politicians used "
          "freely). Roundup under headings. The signing is one settlement (mediate, given as Colombia toward the ELN; "
          "either party may hold it). Uribe criticises the deal itself (null target). Beltrán's 'honour every comma' "
          "takes no stance. The joint Cuba-Norway statement gives each a welcome and an offer to accompany "
          "implementation (mediate); its partial quote is attributed to Cuba, the first named. Guterres urges 'both "
          "parties' (null target). The US 'takes note' is lukewarm (no stance), its expectation toward the ELN a "
          "demand held by the country. 'almost four years' on 'four years'; 'before the end of the year' on 'the end "
          "of the year' (2026).",
)


# --------------------------------------------------------------------------- 4. Russia's Africa Corps leaves Burkina Faso (live blog)
WITHDRAWAL = """ date 2026-07-29 Live: Russian Africa Corps begins withdrawal from Burkina Faso

All times GMT. Burkina Faso does not change its clocks.

07:10 Welcome to our coverage. Columns of armoured vehicles belonging to Russia's Africa Corps left their base at Ouagadougou airport before sunrise, witnesses told us, a day after Captain Ibrahim Traoré's government announced that the roughly 300 Russian instructors would leave by the end of August.

07:45 No reason has been given officially. In a brief communiqué on Tuesday night, the transitional government thanked Moscow for "two years of fraternal cooperation" and said Burkinabè forces were now "capable of defending every inch of the homeland alone".

08:30 A Burkinabè security source, speaking to us on condition of anonymity, says relations soured after Russian trainers refused to deploy to the east, where jihadist attacks have killed hundreds of soldiers since January. "They wanted to stay in the capital and guard the palace. That is not what we paid for," the source said.

09:05 Kremlin spokesman Dmitry Peskov tells reporters the withdrawal is "a planned rotation, nothing more" and that Russia "remains committed to the security of our friends in the Sahel". He declines to say whether the instructors will be replaced.

09:50 France, expelled from Burkina in 2023, has not commented. A French diplomat in Paris, asked about the departures, would only say: "We have learned to be humble about the Sahel."

10:40 Mali's junta, Ouagadougou's closest ally in the Alliance of Sahel States, says in a statement that the decision is "a sovereign matter for our Burkinabè brothers" and that Russian support to Bamako continues "unchanged".

11:20 The jihadist group JNIM, linked to al-Qaeda, has claimed on Telegram that the Russians are "fleeing" and called on soldiers to desert. Analysts warn the group may try to exploit any security vacuum in the coming weeks.

12:15 Ukraine's foreign ministry welcomes the withdrawal. "Every country that frees itself from Russian mercenaries becomes safer," spokesman Heorhii Tykhyi writes on X, urging Sahel governments to "choose partners who do not bring war crimes with them."

13:00 ECOWAS Commission President Omar Alieu Touray says the regional bloc is "ready to work with Burkina Faso on security" despite the country's departure from ECOWAS last year, and calls for "a coordinated regional response" to the jihadist threat.

13:40 Our correspondent in Ouagadougou reports that the road to the airport has reopened. Residents seem unconcerned. "Russians, French, it's the same. We only want peace," said Adama Ouédraogo, a mechanic.

14:00 We are pausing this live page. Thanks for reading."""

build(
    "africa-corps-withdrawal-burkina-2026-07-29", WITHDRAWAL,
    actors=[
        A("Russia", "country", "RUS", aliases=["Moscow", "Kremlin", "Russian", "Russia's"]),
        A("Africa Corps", "group", "RUS", aliases=["Russia's Africa Corps", "Russian Africa Corps", "the Russians", "Russian trainers", "the instructors"]),
        A("Burkina Faso", "country", "BFA", aliases=["Burkina", "Ouagadougou", "the transitional government", "Captain Ibrahim Traoré's government", "Burkinabè forces", "Burkinabè", "Burkinabe"]),
        A("Ibrahim Traoré", "person", "BFA", "Captain", ["Traoré", "Traore", "Captain Ibrahim Traoré"]),
        A("Burkinabè security source", "person", "BFA", "security source", ["A Burkinabè security source", "the source"], anonymous=True),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov", "Kremlin spokesman Dmitry Peskov", "He"]),
        A("France", "country", "FRA", aliases=["Paris", "French"]),
        A("French diplomat", "person", "FRA", "diplomat", ["A French diplomat in Paris"], anonymous=True),
        A("Mali", "country", "MLI", aliases=["Mali's junta", "Bamako", "Malian"]),
        A("Alliance of Sahel States", "organization", None, aliases=["the Alliance of Sahel States", "AES"]),
        A("JNIM", "group", None, aliases=["The jihadist group JNIM", "the group"]),
        A("Ukraine", "country", "UKR", aliases=["Ukraine's foreign ministry", "Ukrainian"]),
        A("Heorhii Tykhyi", "person", "UKR", "spokesman", ["Tykhyi", "spokesman Heorhii Tykhyi"]),
        A("ECOWAS", "organization", None, aliases=["the regional bloc", "ECOWAS Commission"]),
        A("Omar Alieu Touray", "person", None, "ECOWAS Commission President", ["Touray", "ECOWAS Commission President Omar Alieu Touray"], organization="ECOWAS"),
        A("Adama Ouédraogo", "person", "BFA", "mechanic", ["Ouédraogo", "Ouedraogo"]),
    ],
    quotes=[
        Q("indirect", "Columns of armoured vehicles belonging to Russia's Africa Corps left their base at Ouagadougou airport before sunrise", None, "tell", optional=True),
        Q("partial", "two years of fraternal cooperation", "Burkina Faso", "thank", "statement"),
        Q("partial", "capable of defending every inch of the homeland alone", "Burkina Faso", "say", "statement"),
        Q("indirect", "relations soured after Russian trainers refused to deploy to the east, where jihadist attacks have killed hundreds of soldiers since January", "Burkinabè security source", "say"),
        Q("direct", "They wanted to stay in the capital and guard the palace. That is not what we paid for,", "Burkinabè security source", "say"),
        Q("indirect", "the withdrawal is \"a planned rotation, nothing more\"", "Dmitry Peskov", "tell", "press conference"),
        Q("partial", "a planned rotation, nothing more", "Dmitry Peskov", "tell", "press conference"),
        Q("partial", "remains committed to the security of our friends in the Sahel", "Dmitry Peskov", "tell", "press conference"),
        Q("direct", "We have learned to be humble about the Sahel.", "French diplomat", "say"),
        Q("partial", "a sovereign matter for our Burkinabè brothers", "Mali", "say", "statement"),
        Q("partial", "unchanged", "Mali", "say", "statement", optional=True),
        Q("indirect", "the Russians are \"fleeing\"", "JNIM", "claim", "telegram"),
        Q("partial", "fleeing", "JNIM", "claim", "telegram", optional=True),
        Q("indirect", "the group may try to exploit any security vacuum in the coming weeks", None, "warn", optional=True),
        Q("direct", "Every country that frees itself from Russian mercenaries becomes safer,", "Heorhii Tykhyi", "write", "twitter"),
        Q("partial", "choose partners who do not bring war crimes with them.", "Heorhii Tykhyi", "urge", "twitter"),
        Q("indirect", "the regional bloc is \"ready to work with Burkina Faso on security\"", "Omar Alieu Touray", "say"),
        Q("partial", "ready to work with Burkina Faso on security", "Omar Alieu Touray", "say"),
        Q("partial", "a coordinated regional response", "Omar Alieu Touray", "call", optional=True),
        Q("indirect", "the road to the airport has reopened", None, "report", optional=True),
        Q("direct", "Russians, French, it's the same. We only want peace,", "Adama Ouédraogo", "say"),
    ],
    dates=[
        D("07:10", "TIME", "2026-07-29T07:10"),
        D("a day", "DURATION", "P1D"),
        D("the end of August", "DATE", "2026-08"),
        D("07:45", "TIME", "2026-07-29T07:45"),
        D("Tuesday night", "TIME", "2026-07-28TNI"),
        D("two years", "DURATION", "P2Y"),
        D("08:30", "TIME", "2026-07-29T08:30"),
        D("January", "DATE", "2026-01"),
        D("09:05", "TIME", "2026-07-29T09:05"),
        D("09:50", "TIME", "2026-07-29T09:50"),
        D("2023", "DATE", "2023"),
        D("10:40", "TIME", "2026-07-29T10:40"),
        D("11:20", "TIME", "2026-07-29T11:20"),
        D("the coming weeks", "DURATION", "PXW"),
        D("12:15", "TIME", "2026-07-29T12:15"),
        D("13:00", "TIME", "2026-07-29T13:00"),
        D("last year", "DATE", "2025"),
        D("13:40", "TIME", "2026-07-29T13:40"),
        D("14:00", "TIME", "2026-07-29T14:00"),
    ],
    stances=[
        S("Burkina Faso", "praise", "Russia", evidence="thanked Moscow for \"two years of fraternal cooperation\""),
        S("Burkinabè security source", "criticize", "Africa Corps", evidence="That is not what we paid for"),
        S("Dmitry Peskov", "support", "Burkina Faso", evidence="remains committed to the security of our friends in the Sahel"),
        S("JNIM", "appeal", None, "desertion", "called on soldiers to desert"),
        S("Ukraine", "welcome", None, evidence="Ukraine's foreign ministry welcomes the withdrawal"),
        S("Heorhii Tykhyi", "accuse", "Russia", evidence="partners who do not bring war crimes with them"),
        S("Heorhii Tykhyi", "appeal", None, "choose other partners", "urging Sahel governments to"),
        S("Omar Alieu Touray", "support", "Burkina Faso", evidence="\"ready to work with Burkina Faso on security\""),
        S("Omar Alieu Touray", "appeal", None, "coordinated regional response", "calls for \"a coordinated regional response\""),
    ],
    notes="Invented article (seventh held-out set; the withdrawal and all quoted words are invented; the officials used "
          "freely). Live blog with GMT stamps (annotated as TIME on the article date), present-tense cues ('tells', "
          "'says', 'writes'). The Africa Corps (Russian paramilitary, group RUS) is referred to as 'the Russians', "
          "'Russian trainers', 'the instructors'. The communiqué is Burkina Faso's (the transitional government). "
          "Mali's 'sovereign matter' and the French diplomat's remark take no stance; France 'has not commented'. "
          "Peskov's commitment is support for Burkina Faso (its 'friends in the Sahel'; I am unsure of the target). "
          "Tykhyi's accusation is implied ('Russian mercenaries', 'war crimes'); his appeal to 'Sahel governments' "
          "has a null target. Witnesses, analysts and the correspondent are unnamed (optional quotes). 'a day after' "
          "is annotated on 'a day' (P1D).",
)


# --------------------------------------------------------------------------- 5. Russia seizes a Norwegian research ship (Q&A explainer)
VESSEL = """ date 2026-11-04 Explained: Russia's seizure of a Norwegian research ship in the Barents Sea

Russian border guards boarded the Norwegian research vessel Polarstjerna on Sunday and escorted it to Murmansk, where its 31 crew and scientists remain. Oslo calls it an illegal seizure in international waters; Moscow says the ship was spying. Here are the main questions.

What happened?
According to the Norwegian Institute of Marine Research, which operates the ship, the Polarstjerna was measuring sea ice about 40 nautical miles east of Svalbard when a Russian coast guard cutter ordered it to stop at around 11 a.m. local time. The institute lost contact with the vessel shortly after noon.

What does Russia say?
The FSB, whose border service runs the coast guard, said in a statement on Monday that the ship had "conducted unauthorised hydrographic surveys of the seabed" inside Russia's exclusive economic zone, using equipment "of clear military purpose". A criminal case for illegal research has been opened, it said. Foreign Ministry spokeswoman Maria Zakharova accused Norway of turning Svalbard into "a NATO outpost disguised as a science park."

And Norway?
Prime Minister Jonas Gahr Støre rejected the accusations as "absurd" and said the vessel had been in waters where Norway has jurisdiction under the Svalbard Treaty of 1920. "These are marine biologists, not spies. We demand their immediate release," he told parliament on Tuesday. The foreign ministry summoned the Russian ambassador, Nikolai Korchunov, for the second time this year.

Is Norway's position widely shared?
Its allies have lined up behind it. NATO Secretary General Mark Rutte said the alliance was "in close contact with Oslo" and called on Russia to free the crew. Finland's President Alexander Stubb posted that "the Arctic must not become Russia's hunting ground." Sweden and Denmark issued similar statements.

China, which has its own research station on Svalbard, has been more careful. Asked about the incident, a foreign ministry spokesman in Beijing said only that China hoped "the relevant parties will handle the matter properly through dialogue."

Could this escalate?
Analysts think both sides want to avoid a prolonged standoff. A Norwegian government official, speaking anonymously, told us that quiet talks between the two coast guards had begun on Monday night and that the crew were "being treated correctly". Russia released a Norwegian fishing boat within a week in a similar case three years ago.

What happens to the scientists?
A Murmansk court is due to rule on Friday on whether to detain the ship's captain, Eirik Solheim, pending trial. His wife, Kari, told the broadcaster NRK she had spoken to him briefly by phone. "He sounded tired but calm," she said. "He asked me to feed the cat."

The Russian embassy in Oslo said consular officials would be allowed to visit "in due course." """.rstrip()

build(
    "research-ship-seized-barents-2026-11-04", VESSEL,
    actors=[
        A("Russia", "country", "RUS", aliases=["Moscow", "Russian border guards", "The Russian embassy in Oslo", "Russian", "Russia's"]),
        A("Norway", "country", "NOR", aliases=["Oslo", "The foreign ministry", "Norwegian", "Norway's"]),
        A("Norwegian Institute of Marine Research", "organization", "NOR", aliases=["the Norwegian Institute of Marine Research", "The institute"]),
        A("FSB", "organization", "RUS", aliases=["The FSB", "Federal Security Service"]),
        A("Maria Zakharova", "person", "RUS", "Foreign Ministry spokeswoman", ["Zakharova", "Foreign Ministry spokeswoman Maria Zakharova"]),
        A("Jonas Gahr Støre", "person", "NOR", "Prime Minister", ["Støre", "Store", "Prime Minister Jonas Gahr Støre", "he"]),
        A("Nikolai Korchunov", "person", "RUS", "ambassador", ["Korchunov", "the Russian ambassador"]),
        A("NATO", "organization", None, aliases=["the alliance"]),
        A("Mark Rutte", "person", None, "Secretary General", ["Rutte", "NATO Secretary General Mark Rutte"], organization="NATO"),
        A("Finland", "country", "FIN", aliases=["Finland's", "Finnish"]),
        A("Alexander Stubb", "person", "FIN", "President", ["Stubb", "Finland's President Alexander Stubb"]),
        A("Sweden", "country", "SWE", aliases=["Swedish"]),
        A("Denmark", "country", "DNK", aliases=["Danish"]),
        A("China", "country", "CHN", aliases=["Beijing", "Chinese"]),
        A("Chinese foreign ministry spokesman", "person", "CHN", "foreign ministry spokesman", ["a foreign ministry spokesman in Beijing"], anonymous=True),
        A("Norwegian government official", "person", "NOR", "official", ["A Norwegian government official"], anonymous=True),
        A("Eirik Solheim", "person", "NOR", "captain", ["the ship's captain, Eirik Solheim", "him"]),
        A("Kari Solheim", "person", "NOR", None, ["Kari", "His wife, Kari", "she"]),
        A("NRK", "organization", "NOR", aliases=["the broadcaster NRK"]),
    ],
    quotes=[
        Q("indirect", "the Polarstjerna was measuring sea ice about 40 nautical miles east of Svalbard when a Russian coast guard cutter ordered it to stop at around 11 a.m. local time", "Norwegian Institute of Marine Research", "according to"),
        Q("indirect", "the ship had \"conducted unauthorised hydrographic surveys of the seabed\" inside Russia's exclusive economic zone, using equipment \"of clear military purpose\"", "FSB", "say", "statement"),
        Q("partial", "conducted unauthorised hydrographic surveys of the seabed", "FSB", "say", "statement"),
        Q("partial", "of clear military purpose", "FSB", "say", "statement", optional=True),
        Q("indirect", "A criminal case for illegal research has been opened", "FSB", "say", "statement"),
        Q("partial", "a NATO outpost disguised as a science park.", "Maria Zakharova", "accuse"),
        Q("partial", "absurd", "Jonas Gahr Støre", "reject", optional=True),
        Q("indirect", "the vessel had been in waters where Norway has jurisdiction under the Svalbard Treaty of 1920", "Jonas Gahr Støre", "say"),
        Q("direct", "These are marine biologists, not spies. We demand their immediate release,", "Jonas Gahr Støre", "tell", "parliament"),
        Q("indirect", "the alliance was \"in close contact with Oslo\"", "Mark Rutte", "say"),
        Q("partial", "in close contact with Oslo", "Mark Rutte", "say"),
        Q("partial", "the Arctic must not become Russia's hunting ground.", "Alexander Stubb", "post", "twitter"),
        Q("indirect", "China hoped \"the relevant parties will handle the matter properly through dialogue.\"", "Chinese foreign ministry spokesman", "say", "press conference"),
        Q("partial", "the relevant parties will handle the matter properly through dialogue.", "Chinese foreign ministry spokesman", "say", "press conference"),
        Q("indirect", "quiet talks between the two coast guards had begun on Monday night and that the crew were \"being treated correctly\"", "Norwegian government official", "tell"),
        Q("partial", "being treated correctly", "Norwegian government official", "tell", optional=True),
        Q("indirect", "she had spoken to him briefly by phone", "Kari Solheim", "tell", "interview"),
        Q("direct", "He sounded tired but calm,", "Kari Solheim", "say", "interview"),
        Q("direct", "He asked me to feed the cat.", "Kari Solheim", None, "interview"),
        Q("indirect", "consular officials would be allowed to visit \"in due course.\"", "Russia", "say"),
        Q("partial", "in due course.", "Russia", "say", optional=True),
    ],
    dates=[
        D("Sunday", "DATE", "2026-11-01"),
        D("11 a.m.", "TIME", "2026-11-01T11:00"),
        D("noon", "TIME", "2026-11-01T12:00"),
        D("Monday", "DATE", "2026-11-02"),
        D("1920", "DATE", "1920"),
        D("Tuesday", "DATE", "2026-11-03"),
        D("this year", "DATE", "2026"),
        D("Monday night", "TIME", "2026-11-02TNI"),
        D("a week", "DURATION", "P1W"),
        D("three years ago", "DATE", "2023"),
        D("Friday", "DATE", "2026-11-06"),
    ],
    stances=[
        S("FSB", "accuse", "Norway", evidence="the ship had \"conducted unauthorised hydrographic surveys of the seabed\""),
        S("Maria Zakharova", "accuse", "Norway", evidence="accused Norway of turning Svalbard into"),
        S("Jonas Gahr Støre", "reject", "Russia", evidence="rejected the accusations as \"absurd\""),
        S("Jonas Gahr Støre", "demand", "Russia", "release of the crew", "We demand their immediate release"),
        S("Norway", "criticize", "Russia", evidence="The foreign ministry summoned the Russian ambassador"),
        S("Mark Rutte", "consult", "Norway", evidence="\"in close contact with Oslo\""),
        S("Mark Rutte", "demand", "Russia", "release of the crew", "called on Russia to free the crew"),
        S("Alexander Stubb", "criticize", "Russia", evidence="the Arctic must not become Russia's hunting ground."),
        S("Sweden", "criticize", "Russia", evidence="Sweden and Denmark issued similar statements"),
        S("Denmark", "criticize", "Russia", evidence="Sweden and Denmark issued similar statements"),
        S("China", "appeal", None, "negotiations", "the relevant parties will handle the matter properly through dialogue"),
    ],
    notes="Invented article (seventh held-out set; the seizure, the ship, its captain and his wife and all quoted "
          "words are invented; the officials used freely). Q&A explainer with question headings. The opening "
          "'Oslo calls it an illegal seizure ...; Moscow says the ship was spying' is a summary of the positions "
          "detailed below (not annotated as separate quotes or stances). The FSB's accusation targets the Norwegian "
          "ship (Norway). Støre's demand and the summons are separate stances (person and country). Rutte's 'in close "
          "contact with Oslo' is consultation. Sweden's and Denmark's 'similar statements' are read as criticism of "
          "Russia (I am unsure). China's hope for dialogue is an appeal with a null target (held by the country: "
          "'China hoped'). Two Solheims share a surname. 'at around 11 a.m.' on '11 a.m.'; 'shortly after noon' on "
          "'noon'.",
)


# --------------------------------------------------------------------------- 6. Tonga's port deal with a Chinese company (agency brief)
PORT = """ date 2026-03-25 NUKU'ALOFA, March 25 (AAP) - Tonga has signed an agreement allowing a Chinese state company to expand and operate its main port for 50 years, prompting warnings from Australia and New Zealand that the deal could open the door to a Chinese naval presence in the South Pacific.

Prime Minister Aisake Eke signed the memorandum with China Harbour Engineering Company in Beijing on Tuesday, the Tongan government said in a statement. The project, worth an estimated $420 million, includes a deep-water berth at Queen Salote Wharf in Nuku'alofa that can take vessels of up to 60,000 tonnes.

"Tonga makes its own decisions in the interest of its own people," Eke said after the signing. "This is about trade and jobs, nothing else."

Australian Foreign Minister Penny Wong said Canberra was "disappointed" that it had not been consulted. "We have always said that security in the Pacific is the responsibility of the Pacific family," Wong told reporters in Adelaide. She said Australia would seek "full transparency" on the terms of the deal and that the Pacific Islands Forum should discuss it at its next meeting.

New Zealand's Foreign Minister Winston Peters was blunter, calling the agreement "a debt trap with a flag on it". Wellington would review the NZ$15 million a year it gives Tonga in budget support, Peters said.

China's foreign ministry spokesman Lin Jian dismissed the criticism on Wednesday afternoon. "Pacific island countries are not anyone's backyard," Lin said at a regular briefing, accusing "certain countries" of a "Cold War mentality". He said the port was a purely commercial project and that China respected Tonga's sovereignty.

The United States said it was "closely following" the deal. A State Department official said Washington had raised its concerns with Nuku'alofa "at a senior level" in recent weeks.

In Tonga, where a third of government debt is already owed to China's Export-Import Bank, opposition leader 'Ana Fifita said the prime minister had "mortgaged our sovereignty" without asking parliament. She called for the agreement to be put to a vote. Tonga's parliament next sits in May.

Pacific Islands Forum Secretary General Baron Waqa said the bloc's members were "free to choose their partners" but urged them to "weigh the regional consequences of their choices". Fiji's prime minister, Sitiveni Rabuka, said through a spokesman that he had "no objection" to the deal.

Tonga's economy, among the smallest in the region, was badly hit by the 2022 eruption of the Hunga Tonga-Hunga Ha'apai volcano and tsunami, which damaged the port."""

build(
    "port-deal-tonga-china-2026-03-25", PORT,
    actors=[
        A("Tonga", "country", "TON", aliases=["Nuku'alofa", "the Tongan government", "Tongan", "Tonga's"]),
        A("Aisake Eke", "person", "TON", "Prime Minister", ["Eke", "Prime Minister Aisake Eke", "the prime minister"]),
        A("China Harbour Engineering Company", "organization", "CHN", aliases=["a Chinese state company"]),
        A("China", "country", "CHN", aliases=["Beijing", "China's foreign ministry", "Chinese", "China's"]),
        A("Australia", "country", "AUS", aliases=["Canberra", "Australian"]),
        A("Penny Wong", "person", "AUS", "Foreign Minister", ["Wong", "Australian Foreign Minister Penny Wong", "She"]),
        A("New Zealand", "country", "NZL", aliases=["Wellington", "New Zealand's"]),
        A("Winston Peters", "person", "NZL", "Foreign Minister", ["Peters", "New Zealand's Foreign Minister Winston Peters"]),
        A("Lin Jian", "person", "CHN", "foreign ministry spokesman", ["Lin", "China's foreign ministry spokesman Lin Jian", "He"]),
        A("United States", "country", "USA", aliases=["The United States", "Washington"]),
        A("State Department official", "person", "USA", "official", ["A State Department official"], anonymous=True),
        A("Export-Import Bank of China", "organization", "CHN", aliases=["China's Export-Import Bank", "Export-Import Bank"]),
        A("'Ana Fifita", "person", "TON", "opposition leader", ["Fifita", "Ana Fifita", "opposition leader 'Ana Fifita", "She"]),
        A("Pacific Islands Forum", "organization", None, aliases=["the Pacific Islands Forum", "the bloc"]),
        A("Baron Waqa", "person", None, "Secretary General", ["Waqa", "Pacific Islands Forum Secretary General Baron Waqa"], organization="Pacific Islands Forum"),
        A("Fiji", "country", "FJI", aliases=["Fiji's"]),
        A("Sitiveni Rabuka", "person", "FJI", "prime minister", ["Rabuka", "Fiji's prime minister, Sitiveni Rabuka"]),
    ],
    quotes=[
        Q("indirect", "Prime Minister Aisake Eke signed the memorandum with China Harbour Engineering Company in Beijing on Tuesday", "Tonga", "say", "statement"),
        Q("direct", "Tonga makes its own decisions in the interest of its own people,", "Aisake Eke", "say"),
        Q("direct", "This is about trade and jobs, nothing else.", "Aisake Eke", None),
        Q("indirect", "Canberra was \"disappointed\" that it had not been consulted", "Penny Wong", "say"),
        Q("partial", "disappointed", "Penny Wong", "say", optional=True),
        Q("direct", "We have always said that security in the Pacific is the responsibility of the Pacific family,", "Penny Wong", "tell", "press conference"),
        Q("indirect", "Australia would seek \"full transparency\" on the terms of the deal and that the Pacific Islands Forum should discuss it at its next meeting", "Penny Wong", "say"),
        Q("partial", "full transparency", "Penny Wong", "say", optional=True),
        Q("partial", "a debt trap with a flag on it", "Winston Peters", "call"),
        Q("indirect", "Wellington would review the NZ$15 million a year it gives Tonga in budget support", "Winston Peters", "say"),
        Q("direct", "Pacific island countries are not anyone's backyard,", "Lin Jian", "say", "press conference"),
        Q("partial", "certain countries", "Lin Jian", "accuse", "press conference", optional=True),
        Q("partial", "Cold War mentality", "Lin Jian", "accuse", "press conference"),
        Q("indirect", "the port was a purely commercial project and that China respected Tonga's sovereignty", "Lin Jian", "say", "press conference"),
        Q("indirect", "it was \"closely following\" the deal", "United States", "say"),
        Q("partial", "closely following", "United States", "say", optional=True),
        Q("indirect", "Washington had raised its concerns with Nuku'alofa \"at a senior level\" in recent weeks", "State Department official", "say"),
        Q("indirect", "the prime minister had \"mortgaged our sovereignty\" without asking parliament", "'Ana Fifita", "say"),
        Q("partial", "mortgaged our sovereignty", "'Ana Fifita", "say"),
        Q("indirect", "the bloc's members were \"free to choose their partners\"", "Baron Waqa", "say"),
        Q("partial", "free to choose their partners", "Baron Waqa", "say"),
        Q("partial", "weigh the regional consequences of their choices", "Baron Waqa", "urge"),
        Q("indirect", "he had \"no objection\" to the deal", "Sitiveni Rabuka", "say"),
        Q("partial", "no objection", "Sitiveni Rabuka", "say"),
    ],
    dates=[
        D("March 25", "DATE", "2026-03-25"),
        D("50 years", "DURATION", "P50Y"),
        D("Tuesday", "DATE", "2026-03-24"),
        D("a year", "SET", "P1Y"),
        D("Wednesday afternoon", "TIME", "2026-03-25TAF"),
        D("recent weeks", "DURATION", "PXW"),
        D("May", "DATE", "2026-05"),
        D("2022", "DATE", "2022"),
    ],
    stances=[
        S("Penny Wong", "criticize", "Tonga", evidence="Canberra was \"disappointed\" that it had not been consulted"),
        S("Penny Wong", "demand", "Tonga", "transparency", "would seek \"full transparency\" on the terms of the deal"),
        S("Winston Peters", "criticize", "China", evidence="calling the agreement \"a debt trap with a flag on it\""),
        S("Winston Peters", "threaten", "Tonga", evidence="Wellington would review the NZ$15 million a year it gives Tonga"),
        S("Lin Jian", "reject", None, evidence="dismissed the criticism"),
        S("Lin Jian", "accuse", None, evidence="accusing \"certain countries\" of a \"Cold War mentality\""),
        S("United States", "concern", "Tonga", "port deal", "Washington had raised its concerns with Nuku'alofa"),
        S("'Ana Fifita", "criticize", "Aisake Eke", evidence="the prime minister had \"mortgaged our sovereignty\""),
        S("'Ana Fifita", "demand", "Tonga", "parliamentary vote", "She called for the agreement to be put to a vote"),
        S("Baron Waqa", "appeal", None, "weigh the regional consequences", "urged them to \"weigh the regional consequences of their choices\""),
    ],
    notes="Invented article (seventh held-out set; the deal, the opposition leader and all quoted words are invented; "
          "the officials used freely). AAP agency brief. Eke's 'Tonga makes its own decisions' answers critics before "
          "they are quoted (no stance). Wong's disappointment at not being consulted is a criticism of Tonga. Peters's "
          "'debt trap' criticises the Chinese deal (target China; I am unsure: it could be Tonga); his aid review is a "
          "threat to Tonga. Lin's 'certain countries' are unnamed (null target). The US 'closely following' takes no "
          "stance; the official's raised concerns are Washington's. Waqa's 'free to choose' is background to his "
          "appeal to the bloc's members (null target). Rabuka's 'no objection' takes no stance (hedged). 'a year' (aid) "
          "is a SET.",
)


if __name__ == "__main__":
    WRITER.report()
