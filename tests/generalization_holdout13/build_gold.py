"""Builds the thirteenth held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Thirteenth held-out set: 6 invented reaction articles written on 2026-11-26 by a helper who changed
no library code and did not read the library's source, at the same time as the twelfth development
set; the gold was committed before reactlib was run on anything. Held out: do not read or tune
against it. As in ``tests/generalization_dev12/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed (a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number, 0-based). Run
`python3 tests/generalization_holdout13/build_gold.py` after editing. Conventions are those of the
twelfth development set (see its docstring): countries speak through their ministries, embassies and
capitals; a summons is a criticism; background takes no stance; negated or hedged stances are not
annotated; anonymous officials are actors of their country; an appeal to "all sides" has a null
target; aid is support for the receiving country; a phone call is a consultation; a quote introduced
by a line ending in a colon has no cue; a media outlet that only carries someone's words is not an
actor.
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


# --------------------------------------------------------------------------- 1. ferry hijacked off Zanzibar (dateline with dash, anonymous security official, relatives)
FERRY = """ date 2027-03-15 ZANZIBAR CITY, Tanzania — Armed men hijacked a passenger ferry carrying 212 people between Dar es Salaam and Zanzibar on Sunday afternoon and were still holding it off the coast of Pemba island on Monday, Tanzanian officials said.

Government spokesman Abdallah Mrisho said the hijackers, believed to be five or six men with rifles, had made no demands. "Our priority is the safety of every passenger on that boat. We are monitoring the vessel closely," he told a news conference in Dodoma on Monday morning.

A senior security official, speaking on condition of anonymity because he was not authorised to brief the media, said the men had boarded the MV Bahari Star posing as passengers and that at least one crew member had been wounded. The Tanzanian navy has surrounded the ferry with three patrol boats.

Kenyan President William Ruto said Kenya was "ready to provide any support our Tanzanian brothers and sisters need" and that the Kenyan coast guard had been placed on alert. Mozambique's defence ministry said it suspected a link to the insurgency in Cabo Delgado, about 300 km to the south, but offered no evidence.

The East African Community condemned the hijacking "in the strongest terms" and called on the hijackers to release the passengers unharmed.

Britain's Foreign Office said two British nationals were believed to be on board and that it was "in close contact with the Tanzanian authorities." Germany said it could not confirm whether any of its citizens were aboard.

At the ferry terminal in Dar es Salaam, relatives waited for news. "My daughter sent a message at four o'clock saying men with guns were shouting. Since then, nothing," said Halima Juma.

The opposition party Chadema criticised the government for cutting the number of armed police on ferries last year, a decision it said had left the route "wide open."

All ferry traffic between the mainland and Zanzibar was suspended for 48 hours."""

build(
    "ferry-hijacked-zanzibar-2027-03-15", FERRY,
    actors=[
        A("Tanzania", "country", "TZA", aliases=["Tanzanian", "the Tanzanian authorities", "the government", "The Tanzanian navy"]),
        A("hijackers", "group", None, aliases=["Armed men", "the hijackers", "the men"]),
        A("Abdallah Mrisho", "person", "TZA", "Government spokesman", ["Government spokesman Abdallah Mrisho", "he"]),
        A("Tanzanian security official", "person", "TZA", "security official", ["A senior security official"], anonymous=True),
        A("Kenya", "country", "KEN", aliases=["Kenyan", "the Kenyan coast guard"]),
        A("William Ruto", "person", "KEN", "President", ["Kenyan President William Ruto"]),
        A("Mozambique", "country", "MOZ", aliases=["Mozambique's defence ministry"]),
        A("East African Community", "organization", None, aliases=["The East African Community"]),
        A("United Kingdom", "country", "GBR", aliases=["Britain's Foreign Office", "British"]),
        A("Germany", "country", "DEU"),
        A("Halima Juma", "person", "TZA", "relative"),
        A("Chadema", "organization", "TZA", aliases=["The opposition party Chadema"]),
    ],
    quotes=[
        Q("indirect", "the hijackers, believed to be five or six men with rifles, had made no demands", "Abdallah Mrisho", "say"),
        Q("direct", "Our priority is the safety of every passenger on that boat. We are monitoring the vessel closely,", "Abdallah Mrisho", "tell", "press conference"),
        Q("indirect", "the men had boarded the MV Bahari Star posing as passengers and that at least one crew member had been wounded", "Tanzanian security official", "say"),
        Q("indirect", "Kenya was \"ready to provide any support our Tanzanian brothers and sisters need\" and that the Kenyan coast guard had been placed on alert", "William Ruto", "say"),
        Q("partial", "ready to provide any support our Tanzanian brothers and sisters need", "William Ruto", "say"),
        Q("indirect", "it suspected a link to the insurgency in Cabo Delgado, about 300 km to the south", "Mozambique", "say"),
        Q("partial", "in the strongest terms", "East African Community", "condemn"),
        Q("indirect", "two British nationals were believed to be on board and that it was \"in close contact with the Tanzanian authorities.\"", "United Kingdom", "say"),
        Q("partial", "in close contact with the Tanzanian authorities.", "United Kingdom", "say"),
        Q("indirect", "it could not confirm whether any of its citizens were aboard", "Germany", "say"),
        Q("direct", "My daughter sent a message at four o'clock saying men with guns were shouting. Since then, nothing,", "Halima Juma", "say"),
        Q("partial", "wide open.", "Chadema", "say"),
    ],
    dates=[
        D("Sunday afternoon", "TIME", "2027-03-14TAF"),
        D("Monday", "DATE", "2027-03-15"),
        D("Monday morning", "TIME", "2027-03-15TMO"),
        D("four o'clock", "TIME", "2027-03-14T16:00"),
        D("last year", "DATE", "2026"),
        D("48 hours", "DURATION", "PT48H"),
    ],
    stances=[
        S("William Ruto", "support", "Tanzania", evidence="ready to provide any support our Tanzanian brothers and sisters need"),
        S("East African Community", "condemn", "hijackers", evidence="condemned the hijacking \"in the strongest terms\""),
        S("East African Community", "demand", "hijackers", "release the passengers", "called on the hijackers to release the passengers unharmed"),
        S("United Kingdom", "consult", "Tanzania", evidence="in close contact with the Tanzanian authorities"),
        S("Chadema", "criticize", "Tanzania", evidence="criticised the government for cutting the number of armed police on ferries"),
    ],
    notes="Invented article (thirteenth held-out set; the hijacking, the ferry and all people except Ruto, whose office "
          "is used freely, are invented). Mozambique's suspicion 'offered no evidence' and names no actor: no stance. "
          "Germany 'could not confirm': no stance. 'four o'clock' is the afternoon of the hijacking (Sunday). The navy is "
          "an institution of Tanzania.",
)


# --------------------------------------------------------------------------- 2. students shot in Dhaka (Reuters dateline, anonymous police officials, joint statement, Facebook video)
DHAKA = """ date 2027-04-02 DHAKA, April 2 (Reuters) - Bangladesh's government on Friday ordered a judicial inquiry into the deaths of at least seven students shot during protests over university admission quotas, as the United Nations and Western governments called for restraint.

Police opened fire on Thursday afternoon when thousands of students tried to march from Dhaka University to the education ministry, witnesses said. Two police officials, who spoke on condition of anonymity, said officers had been ordered to use "all necessary means" to stop the march.

Home Minister Rafiqul Alam said the police had acted in self-defence after being attacked with bricks. "No government can allow a mob to storm a ministry," he told parliament on Friday. He said the inquiry, led by a retired Supreme Court judge, would report within 30 days.

The U.N. human rights office urged the authorities to "refrain from the use of lethal force against peaceful protesters" and called for a prompt, independent and transparent investigation. "Those responsible must be held to account, whatever their rank," spokesman Jeremy Lauren told a briefing in Geneva.

In a joint statement, the ambassadors of the United States, Britain and Canada said they were "saddened by the loss of life" and urged all sides to exercise restraint.

India's external affairs ministry said it was "closely following" the situation in its neighbour but declined to say more.

Student leader Nusrat Jahan, 22, said the movement would not back down. "They shot my friends for asking for fairness. We will be back on the streets on Sunday," she said in a video posted on Facebook.

The opposition Bangladesh Nationalist Party accused the government of "turning guns on its own children" and called a nationwide general strike for Monday.

The quota system, which reserves a third of university places for the children of civil servants and veterans, was reintroduced last month by decree."""

build(
    "students-shot-dhaka-2027-04-02", DHAKA,
    actors=[
        A("Bangladesh", "country", "BGD", aliases=["Bangladesh's government", "the authorities", "the government", "Police", "the police"]),
        A("Bangladeshi police officials", "person", "BGD", "police officials", ["Two police officials"], anonymous=True),
        A("Rafiqul Alam", "person", "BGD", "Home Minister", ["Home Minister Rafiqul Alam", "he", "He"]),
        A("United Nations", "organization", None, aliases=["the United Nations"]),
        A("U.N. human rights office", "organization", None, aliases=["The U.N. human rights office", "OHCHR"]),
        A("Jeremy Lauren", "person", None, "spokesman", ["spokesman Jeremy Lauren"], organization="U.N. human rights office"),
        A("United States", "country", "USA"),
        A("United Kingdom", "country", "GBR", aliases=["Britain"]),
        A("Canada", "country", "CAN"),
        A("India", "country", "IND", aliases=["India's external affairs ministry"]),
        A("Nusrat Jahan", "person", "BGD", "Student leader", ["Student leader Nusrat Jahan", "she"]),
        A("Bangladesh Nationalist Party", "organization", "BGD", aliases=["The opposition Bangladesh Nationalist Party", "BNP"]),
    ],
    quotes=[
        Q("indirect", "officers had been ordered to use \"all necessary means\" to stop the march", "Bangladeshi police officials", "say"),
        Q("partial", "all necessary means", "Bangladeshi police officials", "say"),
        Q("indirect", "the police had acted in self-defence after being attacked with bricks", "Rafiqul Alam", "say"),
        Q("direct", "No government can allow a mob to storm a ministry,", "Rafiqul Alam", "tell"),
        Q("indirect", "the inquiry, led by a retired Supreme Court judge, would report within 30 days", "Rafiqul Alam", "say"),
        Q("partial", "refrain from the use of lethal force against peaceful protesters", "U.N. human rights office", "urge"),
        Q("direct", "Those responsible must be held to account, whatever their rank,", "Jeremy Lauren", "tell", "press conference"),
        Q("indirect", "they were \"saddened by the loss of life\" and urged all sides to exercise restraint", "United States", "say", "statement", optional=True),
        Q("partial", "saddened by the loss of life", "United States", "say", "statement", optional=True),
        Q("indirect", "it was \"closely following\" the situation in its neighbour", "India", "say"),
        Q("partial", "closely following", "India", "say"),
        Q("indirect", "the movement would not back down", "Nusrat Jahan", "say"),
        Q("direct", "They shot my friends for asking for fairness. We will be back on the streets on Sunday,", "Nusrat Jahan", "say", "facebook"),
        Q("partial", "turning guns on its own children", "Bangladesh Nationalist Party", "accuse"),
    ],
    dates=[
        D("April 2", "DATE", "2027-04-02"),
        D("Friday", "DATE", "2027-04-02"),
        D("Thursday afternoon", "TIME", "2027-04-01TAF"),
        D("Friday", "DATE", "2027-04-02", n=1),
        D("30 days", "DURATION", "P30D"),
        D("Sunday", "DATE", "2027-04-04"),
        D("Monday", "DATE", "2027-04-05"),
        D("last month", "DATE", "2027-03"),
    ],
    stances=[
        S("United Nations", "appeal", None, "restraint", "the United Nations and Western governments called for restraint"),
        S("U.N. human rights office", "demand", "Bangladesh", "refrain from lethal force", "urged the authorities to \"refrain from the use of lethal force"),
        S("U.N. human rights office", "demand", "Bangladesh", "investigation", "called for a prompt, independent and transparent investigation"),
        S("Jeremy Lauren", "demand", None, "accountability", "Those responsible must be held to account"),
        S("United States", "concern", None, "loss of life", "\"saddened by the loss of life\""),
        S("United Kingdom", "concern", None, "loss of life", "\"saddened by the loss of life\""),
        S("Canada", "concern", None, "loss of life", "\"saddened by the loss of life\""),
        S("United States", "appeal", None, "restraint", "urged all sides to exercise restraint"),
        S("United Kingdom", "appeal", None, "restraint", "urged all sides to exercise restraint"),
        S("Canada", "appeal", None, "restraint", "urged all sides to exercise restraint"),
        S("Nusrat Jahan", "accuse", "Bangladesh", evidence="They shot my friends for asking for fairness"),
        S("Bangladesh Nationalist Party", "accuse", "Bangladesh", evidence="accused the government of \"turning guns on its own children\""),
    ],
    notes="Invented article (thirteenth held-out set; the shootings and all people are invented). The joint statement of "
          "three ambassadors gives each country the concern and the appeal; its quotes are optional and given to the "
          "United States, the first named. Police are an institution of Bangladesh; the two anonymous police officials are "
          "one actor. India's 'closely following ... declined to say more' takes no stance. Alam's defence of the police "
          "and 'No government can allow a mob' are not annotated as a stance (the protesters are not an actor). The "
          "lead's 'Western governments called for restraint' is covered by the ambassadors' appeal; the United Nations "
          "is given its own appeal. Witnesses are not actors.",
)


# --------------------------------------------------------------------------- 3. Cyclone Tafara in Mozambique (live blog "as it happened", 12-hour time stamps, aid, phone call)
CYCLONE = """ date 2027-03-24 Cyclone Tafara hits Mozambique – as it happened

Key events: at least 53 dead in Sofala and Zambezia provinces; Beira airport closed until Friday; Malawi braces for floods.

8.50pm: President Daniel Chapo addressed the nation on television tonight and declared three days of national mourning. "The wind took our roofs, but it will not take our courage," he said. He thanked "every country that has stretched out its hand to us."

7.20pm: Opposition leader Jose Manteiga has accused the government of leaving coastal districts without warning. "The weather service knew for four days. The sirens in Beira never sounded," he wrote on Facebook.

6.15pm: The UN humanitarian coordinator in Mozambique, Amina Diallo, has launched an appeal for $45 million to cover the next three months. "We have 72 hours to reach people on rooftops before disease and hunger set in," she told us.

4.30pm: South Africa is sending two air force helicopters and a medical team, President Cyril Ramaphosa's office said. Ramaphosa spoke to Chapo by phone this afternoon, the statement added.

2.05pm: Malawi's disaster management department has told residents of the Lower Shire valley to move to higher ground by Thursday evening, as rivers coming down from Mozambique rise.

11.10am: The International Federation of Red Cross and Red Crescent Societies says about 80 percent of buildings in Beira have been damaged or destroyed. Its regional director, Peter Ochieng, said the damage looked worse than after Cyclone Idai in 2019.

9.30am: Tafara made landfall near Beira at about 3am with winds of 195 km/h, Mozambique's National Institute of Meteorology said. It is expected to weaken over the next 24 hours as it moves inland.

Portugal's government said this morning that it would send a search-and-rescue team, but a date has not yet been set."""

build(
    "cyclone-beira-2027-03-24", CYCLONE,
    actors=[
        A("Mozambique", "country", "MOZ", aliases=["the government", "Mozambique's National Institute of Meteorology", "The weather service"]),
        A("Daniel Chapo", "person", "MOZ", "President", ["President Daniel Chapo", "he", "He", "Chapo"]),
        A("Jose Manteiga", "person", "MOZ", "Opposition leader", ["Opposition leader Jose Manteiga", "he"]),
        A("Amina Diallo", "person", None, "humanitarian coordinator", ["The UN humanitarian coordinator in Mozambique, Amina Diallo", "she"], organization="United Nations"),
        A("South Africa", "country", "ZAF", aliases=["President Cyril Ramaphosa's office", "the statement"]),
        A("Cyril Ramaphosa", "person", "ZAF", "President", ["Ramaphosa"]),
        A("Malawi", "country", "MWI", aliases=["Malawi's disaster management department"]),
        A("International Federation of Red Cross and Red Crescent Societies", "organization", None, aliases=["The International Federation of Red Cross and Red Crescent Societies", "IFRC"]),
        A("Peter Ochieng", "person", None, "regional director", ["Its regional director, Peter Ochieng"], organization="International Federation of Red Cross and Red Crescent Societies"),
        A("Portugal", "country", "PRT", aliases=["Portugal's government"]),
    ],
    quotes=[
        Q("direct", "The wind took our roofs, but it will not take our courage,", "Daniel Chapo", "say", "television"),
        Q("partial", "every country that has stretched out its hand to us.", "Daniel Chapo", "thank", "television"),
        Q("direct", "The weather service knew for four days. The sirens in Beira never sounded,", "Jose Manteiga", "write", "facebook"),
        Q("direct", "We have 72 hours to reach people on rooftops before disease and hunger set in,", "Amina Diallo", "tell", "interview"),
        Q("indirect", "South Africa is sending two air force helicopters and a medical team", "South Africa", "say", "statement", optional=True),
        Q("indirect", "about 80 percent of buildings in Beira have been damaged or destroyed", "International Federation of Red Cross and Red Crescent Societies", "say"),
        Q("indirect", "the damage looked worse than after Cyclone Idai in 2019", "Peter Ochieng", "say"),
        Q("indirect", "Tafara made landfall near Beira at about 3am with winds of 195 km/h", "Mozambique", "say", optional=True),
        Q("indirect", "it would send a search-and-rescue team", "Portugal", "say"),
    ],
    dates=[
        D("Friday", "DATE", "2027-03-26"),
        D("8.50pm", "TIME", "2027-03-24T20:50"),
        D("tonight", "TIME", "2027-03-24TNI"),
        D("three days", "DURATION", "P3D"),
        D("7.20pm", "TIME", "2027-03-24T19:20"),
        D("four days", "DURATION", "P4D"),
        D("6.15pm", "TIME", "2027-03-24T18:15"),
        D("the next three months", "DURATION", "P3M"),
        D("72 hours", "DURATION", "PT72H"),
        D("4.30pm", "TIME", "2027-03-24T16:30"),
        D("this afternoon", "TIME", "2027-03-24TAF"),
        D("2.05pm", "TIME", "2027-03-24T14:05"),
        D("Thursday evening", "TIME", "2027-03-25TEV"),
        D("11.10am", "TIME", "2027-03-24T11:10"),
        D("2019", "DATE", "2019"),
        D("9.30am", "TIME", "2027-03-24T09:30"),
        D("about 3am", "TIME", "2027-03-24T03:00"),
        D("the next 24 hours", "DURATION", "PT24H"),
        D("this morning", "TIME", "2027-03-24TMO"),
    ],
    stances=[
        S("Daniel Chapo", "praise", None, evidence="He thanked \"every country that has stretched out its hand to us.\""),
        S("Jose Manteiga", "accuse", "Mozambique", evidence="accused the government of leaving coastal districts without warning"),
        S("Amina Diallo", "appeal", None, "humanitarian funding", "has launched an appeal for $45 million"),
        S("South Africa", "support", "Mozambique", evidence="South Africa is sending two air force helicopters and a medical team"),
        S("Cyril Ramaphosa", "consult", "Daniel Chapo", evidence="Ramaphosa spoke to Chapo by phone"),
        S("Portugal", "support", "Mozambique", evidence="it would send a search-and-rescue team"),
    ],
    notes="Invented article (thirteenth held-out set; the cyclone, Manteiga, Diallo and Ochieng are invented; Chapo's and "
          "Ramaphosa's offices used freely). Live blog, newest first, with '8.50pm' style stamps valued on the day of the "
          "blog; the last paragraph has no stamp. Chapo's thanks have no named target. Diallo's funding appeal is to "
          "donors in general (null target). Malawi's order to its residents takes no stance. 'The weather service' in "
          "Manteiga's post is Mozambique's institute.",
)


# --------------------------------------------------------------------------- 4. Turkish drillship off Cyprus (X posts, Greek and Cypriot leaders, EU, rejection)
DRILL = """ date 2027-04-19 NICOSIA (Reuters) - Cyprus accused Turkey on Monday of violating its sovereign rights after a Turkish drillship began operations inside a block of the island's exclusive economic zone licensed to an Italian-French consortium, reviving a dispute over eastern Mediterranean gas.

The Abdulhamid Han anchored about 60 nautical miles south-west of Paphos late on Saturday, escorted by two Turkish frigates, according to the Cypriot defence ministry.

"Turkey is once again behaving like a pirate state in our waters," Cypriot President Nikos Christodoulides wrote on X on Sunday night. "We will defend our rights by every legal and diplomatic means."

Greek Prime Minister Kyriakos Mitsotakis said he had spoken by phone with Christodoulides and that Athens stood "fully by Cyprus." The Greek foreign ministry summoned the Turkish ambassador in Athens.

Ankara was unmoved. Turkey's foreign ministry said the ship was operating "within the continental shelf of Turkey and in areas where Turkish Cypriots have equal rights," and rejected what it called "the maximalist claims of the Greek Cypriot administration."

The European Union's foreign policy chief, Kaja Kallas, posted: "Turkey must respect the sovereignty and sovereign rights of EU member states. We call for immediate de-escalation." An EU spokesman said foreign ministers would discuss possible measures when they meet next month.

Washington struck a more cautious tone. A State Department spokesperson urged "all parties to resolve their differences through dialogue" and said the United States would not take sides on maritime boundaries.

The consortium, Eni and TotalEnergies, said in a statement that it had suspended preparatory work in the block "as a precaution."

Turkish Cypriot leader Tufan Erhurman said the north had not been consulted by Nicosia about the licences and that he was ready to meet Christodoulides "at any time" to discuss sharing revenues."""

build(
    "drillship-nicosia-2027-04-19", DRILL,
    actors=[
        A("Cyprus", "country", "CYP", aliases=["the Cypriot defence ministry", "Nicosia", "the Greek Cypriot administration"]),
        A("Turkey", "country", "TUR", aliases=["Turkish", "Ankara", "Turkey's foreign ministry", "the Turkish ambassador in Athens"]),
        A("Nikos Christodoulides", "person", "CYP", "President", ["Cypriot President Nikos Christodoulides", "Christodoulides"]),
        A("Kyriakos Mitsotakis", "person", "GRC", "Prime Minister", ["Greek Prime Minister Kyriakos Mitsotakis", "he"]),
        A("Greece", "country", "GRC", aliases=["Athens", "The Greek foreign ministry", "Greek"]),
        A("European Union", "organization", None, aliases=["The European Union", "EU", "An EU spokesman"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["The European Union's foreign policy chief, Kaja Kallas"], organization="European Union"),
        A("United States", "country", "USA", aliases=["Washington", "A State Department spokesperson", "the United States"]),
        A("Eni and TotalEnergies consortium", "organization", None, aliases=["an Italian-French consortium", "The consortium, Eni and TotalEnergies", "Eni", "TotalEnergies"]),
        A("Tufan Erhurman", "person", None, "Turkish Cypriot leader", ["Turkish Cypriot leader Tufan Erhurman", "he"]),
    ],
    quotes=[
        Q("indirect", "The Abdulhamid Han anchored about 60 nautical miles south-west of Paphos late on Saturday, escorted by two Turkish frigates", "Cyprus", "according to", optional=True),
        Q("direct", "Turkey is once again behaving like a pirate state in our waters,", "Nikos Christodoulides", "write", "twitter"),
        Q("direct", "We will defend our rights by every legal and diplomatic means.", "Nikos Christodoulides", "write", "twitter"),
        Q("indirect", "he had spoken by phone with Christodoulides and that Athens stood \"fully by Cyprus.\"", "Kyriakos Mitsotakis", "say"),
        Q("partial", "fully by Cyprus.", "Kyriakos Mitsotakis", "say"),
        Q("indirect", "the ship was operating \"within the continental shelf of Turkey and in areas where Turkish Cypriots have equal rights,\"", "Turkey", "say"),
        Q("partial", "within the continental shelf of Turkey and in areas where Turkish Cypriots have equal rights,", "Turkey", "say"),
        Q("partial", "the maximalist claims of the Greek Cypriot administration.", "Turkey", "reject"),
        Q("direct", "Turkey must respect the sovereignty and sovereign rights of EU member states. We call for immediate de-escalation.", "Kaja Kallas", "post", "twitter"),
        Q("indirect", "foreign ministers would discuss possible measures when they meet next month", "European Union", "say"),
        Q("partial", "all parties to resolve their differences through dialogue", "United States", "urge"),
        Q("indirect", "the United States would not take sides on maritime boundaries", "United States", "say"),
        Q("indirect", "it had suspended preparatory work in the block \"as a precaution.\"", "Eni and TotalEnergies consortium", "say", "statement"),
        Q("partial", "as a precaution.", "Eni and TotalEnergies consortium", "say", "statement"),
        Q("indirect", "the north had not been consulted by Nicosia about the licences and that he was ready to meet Christodoulides \"at any time\" to discuss sharing revenues", "Tufan Erhurman", "say"),
        Q("partial", "at any time", "Tufan Erhurman", "say"),
    ],
    dates=[
        D("Monday", "DATE", "2027-04-19"),
        D("late on Saturday", "TIME", "2027-04-17TNI"),
        D("Sunday night", "TIME", "2027-04-18TNI"),
        D("next month", "DATE", "2027-05"),
    ],
    stances=[
        S("Cyprus", "accuse", "Turkey", evidence="Cyprus accused Turkey on Monday of violating its sovereign rights"),
        S("Nikos Christodoulides", "accuse", "Turkey", evidence="behaving like a pirate state in our waters"),
        S("Kyriakos Mitsotakis", "consult", "Nikos Christodoulides", evidence="he had spoken by phone with Christodoulides"),
        S("Kyriakos Mitsotakis", "support", "Cyprus", evidence="stood \"fully by Cyprus.\""),
        S("Greece", "criticize", "Turkey", evidence="The Greek foreign ministry summoned the Turkish ambassador in Athens"),
        S("Turkey", "reject", "Cyprus", evidence="rejected what it called \"the maximalist claims of the Greek Cypriot administration.\""),
        S("Kaja Kallas", "demand", "Turkey", "respect sovereignty", "Turkey must respect the sovereignty and sovereign rights of EU member states"),
        S("Kaja Kallas", "appeal", None, "de-escalation", "We call for immediate de-escalation"),
        S("United States", "appeal", None, "dialogue", "urged \"all parties to resolve their differences through dialogue\""),
        S("Tufan Erhurman", "criticize", "Cyprus", evidence="the north had not been consulted by Nicosia about the licences"),
        S("Tufan Erhurman", "mediate", "Nikos Christodoulides", "talks on sharing revenues", "he was ready to meet Christodoulides"),
    ],
    notes="Invented article (thirteenth held-out set; the incident and all quoted words are invented; the offices of "
          "Christodoulides, Mitsotakis, Kallas and Erhurman are used freely). Kallas's post is introduced by 'posted:' "
          "(cue post). The United States 'would not take sides': no stance toward either. The consortium's suspension "
          "takes no stance. Erhurman's readiness to meet is annotated as an offer of talks (mediate class); it could be "
          "read as consult. 'late on Saturday' is valued as Saturday night. The EU's planned discussion of measures is "
          "not a sanction yet and is not annotated.",
)


# --------------------------------------------------------------------------- 5. Colombia suspends talks with the ELN (quotes on their own lines after colons, guarantor countries, mediation offers)
ELN = """ date 2027-05-06 BOGOTA — Colombia's government suspended peace talks with the National Liberation Army (ELN) on Wednesday after a car bomb killed nine soldiers at an army base in Arauca, ending 14 months of negotiations hosted by Cuba and Norway. The next round had been due to open in Havana next week.

Chief government negotiator Ana Lucia Restrepo said the talks could not continue "while the ELN answers dialogue with dynamite." The ELN's commander, Ramiro Vargas, denied that the group had ordered the attack and accused the government of "looking for an excuse" to walk away from the process.

Defence Minister Ivan Carrillo said the army had begun operations against the ELN's Eastern War Front and promised "no rest" for those responsible.

Here is how the guarantor countries and others reacted.

Norway's foreign ministry, in a statement:
"Norway deeply regrets the suspension of the talks. We remain ready to facilitate a return to the table whenever the parties are willing."

Cuba's foreign minister, in a post on X:
"Cuba will continue to offer its territory and its good offices for peace in Colombia."

The U.N. Verification Mission in Colombia condemned the bombing in Arauca and urged the government and the ELN to agree on a bilateral ceasefire before any return to negotiations.

The Colombian Episcopal Conference called for a 30-day "Christian truce" and offered its parishes as venues for humanitarian talks.

The United States, which lists the ELN as a terrorist organisation, welcomed the decision. "There can be no negotiations with people who murder soldiers," the U.S. Embassy in Bogota wrote on X.

Venezuela, which hosted earlier rounds, said it respected "the sovereign decisions of Colombia" and would not comment further.

The ELN, founded in 1964, has about 6,000 fighters, according to military intelligence estimates."""

build(
    "peace-talks-suspended-bogota-2027-05-06", ELN,
    actors=[
        A("Colombia", "country", "COL", aliases=["Colombia's government", "the government", "the army", "Colombian"]),
        A("National Liberation Army", "group", "COL", aliases=["ELN", "the group", "The ELN"]),
        A("Ana Lucia Restrepo", "person", "COL", "chief government negotiator", ["Chief government negotiator Ana Lucia Restrepo"]),
        A("Ramiro Vargas", "person", "COL", "commander", ["The ELN's commander, Ramiro Vargas"], organization="National Liberation Army"),
        A("Ivan Carrillo", "person", "COL", "Defence Minister", ["Defence Minister Ivan Carrillo"]),
        A("Cuba", "country", "CUB", aliases=["Havana", "Cuba's foreign minister"]),
        A("Norway", "country", "NOR", aliases=["Norway's foreign ministry"]),
        A("U.N. Verification Mission in Colombia", "organization", None, aliases=["The U.N. Verification Mission in Colombia"]),
        A("Colombian Episcopal Conference", "organization", "COL", aliases=["The Colombian Episcopal Conference"]),
        A("United States", "country", "USA", aliases=["The United States", "the U.S. Embassy in Bogota"]),
        A("Venezuela", "country", "VEN"),
    ],
    quotes=[
        Q("indirect", "the talks could not continue \"while the ELN answers dialogue with dynamite.\"", "Ana Lucia Restrepo", "say"),
        Q("partial", "while the ELN answers dialogue with dynamite.", "Ana Lucia Restrepo", "say"),
        Q("indirect", "the army had begun operations against the ELN's Eastern War Front", "Ivan Carrillo", "say"),
        Q("partial", "no rest", "Ivan Carrillo", "promise"),
        Q("partial", "looking for an excuse", "Ramiro Vargas", "accuse"),
        Q("direct", "Norway deeply regrets the suspension of the talks. We remain ready to facilitate a return to the table whenever the parties are willing.", "Norway", None, "statement"),
        Q("direct", "Cuba will continue to offer its territory and its good offices for peace in Colombia.", "Cuba", None, "twitter"),
        Q("direct", "There can be no negotiations with people who murder soldiers,", "United States", "write", "twitter"),
        Q("indirect", "it respected \"the sovereign decisions of Colombia\" and would not comment further", "Venezuela", "say"),
        Q("partial", "the sovereign decisions of Colombia", "Venezuela", "say"),
    ],
    dates=[
        D("Wednesday", "DATE", "2027-05-05"),
        D("14 months", "DURATION", "P14M"),
        D("next week", "DATE", "2027-W19"),
        D("30-day", "DURATION", "P30D"),
        D("1964", "DATE", "1964"),
    ],
    stances=[
        S("Ana Lucia Restrepo", "accuse", "National Liberation Army", evidence="while the ELN answers dialogue with dynamite"),
        S("Ramiro Vargas", "accuse", "Colombia", evidence="accused the government of \"looking for an excuse\""),
        S("Ivan Carrillo", "threaten", "National Liberation Army", evidence="promised \"no rest\" for those responsible"),
        S("Norway", "concern", None, "suspension of the talks", "Norway deeply regrets the suspension of the talks"),
        S("Norway", "mediate", None, "return to the table", "We remain ready to facilitate a return to the table"),
        S("Cuba", "mediate", None, "peace in Colombia", "offer its territory and its good offices for peace in Colombia"),
        S("U.N. Verification Mission in Colombia", "condemn", None, evidence="condemned the bombing in Arauca"),
        S("U.N. Verification Mission in Colombia", "appeal", None, "ceasefire", "urged the government and the ELN to agree on a bilateral ceasefire"),
        S("Colombian Episcopal Conference", "appeal", None, "ceasefire", "called for a 30-day \"Christian truce\""),
        S("Colombian Episcopal Conference", "mediate", None, "humanitarian talks", "offered its parishes as venues for humanitarian talks"),
        S("United States", "welcome", "Colombia", evidence="welcomed the decision"),
        S("United States", "accuse", "National Liberation Army", evidence="There can be no negotiations with people who murder soldiers"),
    ],
    notes="Invented article (thirteenth held-out set; the bombing, the suspension and all people are invented). Norway's "
          "statement and Cuba's post are introduced by lines ending in colons: no cue. Vargas's denial is not annotated "
          "as a separate reject. Venezuela 'would not comment further' and 'respected the sovereign decisions' takes no "
          "stance. The UN mission's condemnation names no perpetrator (null target). 'according to military intelligence "
          "estimates' is background, not an actor. The government's suspension of talks is the event, not a stance.",
)


# --------------------------------------------------------------------------- 6. WFP convoy attacked near Gao (short brief, anonymous local official, unnamed blame)
CONVOY = """ date 2027-05-25 Gunmen attack WFP convoy in northern Mali, killing two drivers

Gunmen attacked a World Food Programme convoy of 23 trucks on the road between Gao and Ansongo on Monday, killing two drivers and burning six trucks loaded with sorghum, the U.N. agency said on Tuesday.

"Our drivers were unarmed civilians carrying food to hungry families. Attacking them is a crime," WFP country director Ousmane Traore said. The agency has suspended all road convoys in the Gao region for at least a week.

No group has claimed responsibility. A local official in Ansongo, who asked not to be named for security reasons, said the attackers arrived on about 20 motorcycles shortly after 5 p.m. and fled towards the Niger border.

Mali's transitional government blamed "terrorist groups backed by foreign sponsors" and said the army had launched a search operation. It did not name any sponsors.

The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said 1.4 million people in northern Mali depended on food aid and called for an investigation. Its spokesman, Samuel Okafor, said: "Humanitarian workers are not a target. Whoever did this must face justice."

Burkina Faso and Niger, Mali's partners in the Alliance of Sahel States, expressed solidarity with Bamako in a joint communique on Monday night. France's foreign ministry condemned the attack; Paris has had no troops in Mali since 2022.

Algeria, which brokered a 2015 peace deal in northern Mali, had not reacted by Tuesday evening.

At least 11 aid workers were killed in Mali last year, the highest number in the Sahel."""

build(
    "aid-convoy-attacked-gao-2027-05-25", CONVOY,
    actors=[
        A("World Food Programme", "organization", None, aliases=["WFP", "the U.N. agency", "The agency"]),
        A("gunmen", "group", None, aliases=["Gunmen", "the attackers"]),
        A("Ousmane Traore", "person", None, "country director", ["WFP country director Ousmane Traore"], organization="World Food Programme"),
        A("Malian local official", "person", "MLI", "local official", ["A local official in Ansongo"], anonymous=True),
        A("Mali", "country", "MLI", aliases=["Mali's transitional government", "the army", "It", "Bamako"]),
        A("OCHA", "organization", None, aliases=["The U.N. Office for the Coordination of Humanitarian Affairs"]),
        A("Samuel Okafor", "person", None, "spokesman", ["Its spokesman, Samuel Okafor"], organization="OCHA"),
        A("Burkina Faso", "country", "BFA"),
        A("Niger", "country", "NER"),
        A("Alliance of Sahel States", "organization", None),
        A("France", "country", "FRA", aliases=["France's foreign ministry", "Paris"]),
        A("Algeria", "country", "DZA"),
    ],
    quotes=[
        Q("indirect", "Gunmen attacked a World Food Programme convoy of 23 trucks on the road between Gao and Ansongo on Monday, killing two drivers and burning six trucks loaded with sorghum", "World Food Programme", "say", optional=True),
        Q("direct", "Our drivers were unarmed civilians carrying food to hungry families. Attacking them is a crime,", "Ousmane Traore", "say"),
        Q("indirect", "the attackers arrived on about 20 motorcycles shortly after 5 p.m. and fled towards the Niger border", "Malian local official", "say"),
        Q("partial", "terrorist groups backed by foreign sponsors", "Mali", "blame"),
        Q("indirect", "the army had launched a search operation", "Mali", "say"),
        Q("indirect", "1.4 million people in northern Mali depended on food aid", "OCHA", "say"),
        Q("direct", "Humanitarian workers are not a target. Whoever did this must face justice.", "Samuel Okafor", "say"),
    ],
    dates=[
        D("Monday", "DATE", "2027-05-24"),
        D("Tuesday", "DATE", "2027-05-25"),
        D("at least a week", "DURATION", "P1W"),
        D("shortly after 5 p.m.", "TIME", "2027-05-24T17:00"),
        D("Monday night", "TIME", "2027-05-24TNI"),
        D("2022", "DATE", "2022"),
        D("2015", "DATE", "2015"),
        D("Tuesday evening", "TIME", "2027-05-25TEV"),
        D("last year", "DATE", "2026"),
    ],
    stances=[
        S("Ousmane Traore", "condemn", "gunmen", evidence="Attacking them is a crime"),
        S("Mali", "accuse", None, evidence="blamed \"terrorist groups backed by foreign sponsors\""),
        S("OCHA", "demand", None, "investigation", "called for an investigation"),
        S("Samuel Okafor", "demand", None, "justice", "Whoever did this must face justice"),
        S("Burkina Faso", "support", "Mali", evidence="expressed solidarity with Bamako"),
        S("Niger", "support", "Mali", evidence="expressed solidarity with Bamako"),
        S("France", "condemn", "gunmen", evidence="France's foreign ministry condemned the attack"),
    ],
    notes="Invented article (thirteenth held-out set; the attack and all people are invented). Short brief with no "
          "dateline. Mali blames unnamed 'terrorist groups' and 'did not name any sponsors': an accusation with a null "
          "target. Algeria 'had not reacted': no stance. The joint communique of Burkina Faso and Niger is given to each; "
          "the Alliance of Sahel States itself takes no stance. 'Its spokesman ... said:' ends in a colon mid-line, so the "
          "quote has the cue 'say'. The lead's report is the WFP's (optional indirect).",
)


if __name__ == "__main__":
    WRITER.report()
