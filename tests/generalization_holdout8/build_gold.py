"""Builds the eighth held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Eighth held-out set: 6 invented reaction articles written on 2026-11-25 by a helper who changed no
library code and did not read the library's source, at the same time as the seventh development set;
the gold was committed before reactlib was run on them. Held out: do not read or tune against it.
As in ``tests/generalization_dev7/build_gold.py``, the annotation lives here as data so that offsets
are computed, never typed: a quote or date is given by its text and, where the same words occur more
than once, by its occurrence number (0-based); ``gold_builder`` asserts that every span and stance
evidence is found in the text. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold
and the earlier sets: countries speak through their ministries, embassies, presidential offices and
capitals; a summons or an expulsion is a criticism; background takes no stance; outlets that only
carry others' words are not speakers; anonymous officials are actors of the country the context
gives them; an appeal to "all sides" has a null target; a quote running over a paragraph break is
annotated paragraph by paragraph.
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


# --------------------------------------------------------------------------- 1. emergency shutdown at the Belarusian nuclear plant (wire)
ASTRAVETS = """ date 2026-01-15 VILNIUS, Jan 15 (Reuters) - Belarus shut down a reactor at its Astravets nuclear power plant on Wednesday after what the operator called "a malfunction in the turbine section", prompting Lithuania, whose capital lies 50 km away, to put its emergency services on alert and demand an international inspection.

The Belarusian energy ministry said on Thursday that radiation levels at the site and around it were "within the natural background" and that the shutdown had been "a routine precaution". It gave no date for the reactor's restart.

Lithuanian President Gitanas Nauseda convened the State Defence Council on Thursday morning. "We cannot rely on the word of a regime that hid the truth after every previous incident," he told reporters afterwards. "Lithuania has the right to know exactly what happened, and we will not let this go."

Environment Minister Kastytis Zuokas said monitoring stations along the border had recorded no rise in radiation, but that the government would distribute iodine tablets in the Vilnius region as a precaution. Vilnius has opposed the Russian-built plant since construction began in 2012 and bans imports of its electricity.

Latvia and Poland voiced support for Lithuania. Polish Foreign Minister Radoslaw Sikorski wrote on X that Minsk "must open the plant to independent inspectors without delay". Latvia's prime minister, Evika Silina, said she had spoken with Nauseda by phone and that Riga stood "shoulder to shoulder" with its neighbour.

The International Atomic Energy Agency said it was in contact with the Belarusian regulator and had asked for detailed information. Its director general, Rafael Grossi, told a news conference in Vienna that he had "no indication of any release of radioactivity", but that the agency was ready to send an expert mission "if Belarus requests it".

Rosatom, the Russian state company that built the plant, dismissed the Lithuanian reaction as "hysteria for domestic consumption". A spokesman said the fault was minor and had been repaired within hours.

Belarusian Foreign Ministry spokesman Ruslan Varankov accused Vilnius of "spreading panic to justify its anti-Belarusian policy" and said Minsk had informed its neighbours "in full accordance" with international rules.

The European Commission urged Belarus to apply the EU's nuclear stress tests in full, a demand first made in 2018. A Commission official said Brussels would raise the matter at a meeting of the bloc's nuclear regulators next month.

Greenpeace said the incident confirmed its warnings that the plant was built too quickly and called for it to be closed for good.

Astravets has been shut down more than a dozen times since its first reactor started in 2020."""

build(
    "reactor-shutdown-astravets-2026-01-15", ASTRAVETS,
    actors=[
        A("Belarus", "country", "BLR", aliases=["The Belarusian energy ministry", "Minsk", "It", "Belarusian", "the Belarusian regulator"]),
        A("Lithuania", "country", "LTU", aliases=["Vilnius", "Lithuanian", "the government", "its neighbour"]),
        A("Gitanas Nauseda", "person", "LTU", "President", ["Lithuanian President Gitanas Nauseda", "Nauseda", "he"]),
        A("State Defence Council", "organization", "LTU", aliases=["the State Defence Council"]),
        A("Kastytis Zuokas", "person", "LTU", "Environment Minister", ["Environment Minister Kastytis Zuokas"]),
        A("Latvia", "country", "LVA", aliases=["Riga"]),
        A("Poland", "country", "POL", aliases=["Polish"]),
        A("Radoslaw Sikorski", "person", "POL", "Foreign Minister", ["Polish Foreign Minister Radoslaw Sikorski"]),
        A("Evika Silina", "person", "LVA", "prime minister", ["Latvia's prime minister, Evika Silina", "she"]),
        A("International Atomic Energy Agency", "organization", None, aliases=["The International Atomic Energy Agency", "Its", "the agency"]),
        A("Rafael Grossi", "person", None, "director general", ["Its director general, Rafael Grossi", "he"], organization="International Atomic Energy Agency"),
        A("Rosatom", "organization", "RUS", aliases=["the Russian state company that built the plant", "A spokesman"]),
        A("Ruslan Varankov", "person", "BLR", "Foreign Ministry spokesman", ["Belarusian Foreign Ministry spokesman Ruslan Varankov"]),
        A("European Commission", "organization", None, aliases=["The European Commission", "Brussels", "Commission", "the bloc's"]),
        A("Commission official", "person", None, "official", ["A Commission official"], anonymous=True, organization="European Commission"),
        A("Greenpeace", "organization", None),
    ],
    quotes=[
        Q("partial", "a malfunction in the turbine section", "Belarus", "call"),
        Q("indirect", "radiation levels at the site and around it were \"within the natural background\" and that the shutdown had been \"a routine precaution\"", "Belarus", "say"),
        Q("partial", "within the natural background", "Belarus", "say"),
        Q("partial", "a routine precaution", "Belarus", "say"),
        Q("direct", "We cannot rely on the word of a regime that hid the truth after every previous incident,", "Gitanas Nauseda", "tell", "press conference"),
        Q("direct", "Lithuania has the right to know exactly what happened, and we will not let this go.", "Gitanas Nauseda", "tell", "press conference"),
        Q("indirect", "monitoring stations along the border had recorded no rise in radiation, but that the government would distribute iodine tablets in the Vilnius region as a precaution", "Kastytis Zuokas", "say"),
        Q("indirect", "Minsk \"must open the plant to independent inspectors without delay\"", "Radoslaw Sikorski", "write", "twitter"),
        Q("partial", "must open the plant to independent inspectors without delay", "Radoslaw Sikorski", "write", "twitter"),
        Q("indirect", "she had spoken with Nauseda by phone and that Riga stood \"shoulder to shoulder\" with its neighbour", "Evika Silina", "say"),
        Q("partial", "shoulder to shoulder", "Evika Silina", "say"),
        Q("indirect", "it was in contact with the Belarusian regulator and had asked for detailed information", "International Atomic Energy Agency", "say"),
        Q("indirect", "he had \"no indication of any release of radioactivity\", but that the agency was ready to send an expert mission \"if Belarus requests it\"", "Rafael Grossi", "tell", "press conference"),
        Q("partial", "no indication of any release of radioactivity", "Rafael Grossi", "tell", "press conference"),
        Q("partial", "if Belarus requests it", "Rafael Grossi", "tell", "press conference"),
        Q("partial", "hysteria for domestic consumption", "Rosatom", "dismiss"),
        Q("indirect", "the fault was minor and had been repaired within hours", "Rosatom", "say"),
        Q("partial", "spreading panic to justify its anti-Belarusian policy", "Ruslan Varankov", "accuse"),
        Q("indirect", "Minsk had informed its neighbours \"in full accordance\" with international rules", "Ruslan Varankov", "say"),
        Q("partial", "in full accordance", "Ruslan Varankov", "say"),
        Q("indirect", "Brussels would raise the matter at a meeting of the bloc's nuclear regulators next month", "Commission official", "say"),
        Q("indirect", "the incident confirmed its warnings that the plant was built too quickly", "Greenpeace", "say"),
    ],
    dates=[
        D("Jan 15", "DATE", "2026-01-15"),
        D("Wednesday", "DATE", "2026-01-14"),
        D("Thursday", "DATE", "2026-01-15"),
        D("Thursday morning", "TIME", "2026-01-15TMO"),
        D("2012", "DATE", "2012"),
        D("hours", "DURATION", "PTXH"),
        D("2018", "DATE", "2018"),
        D("next month", "DATE", "2026-02"),
        D("2020", "DATE", "2020"),
    ],
    stances=[
        S("Lithuania", "demand", "Belarus", "international inspection", "demand an international inspection"),
        S("Gitanas Nauseda", "accuse", "Belarus", evidence="We cannot rely on the word of a regime that hid the truth after every previous incident"),
        S("Gitanas Nauseda", "demand", "Belarus", "know exactly what happened", "Lithuania has the right to know exactly what happened"),
        S("Latvia", "support", "Lithuania", evidence="Latvia and Poland voiced support for Lithuania"),
        S("Poland", "support", "Lithuania", evidence="Latvia and Poland voiced support for Lithuania"),
        S("Radoslaw Sikorski", "demand", "Belarus", "open the plant to independent inspectors", "Minsk \"must open the plant to independent inspectors without delay\""),
        S("Evika Silina", "consult", "Gitanas Nauseda", evidence="she had spoken with Nauseda by phone"),
        S("Evika Silina", "support", "Lithuania", evidence="Riga stood \"shoulder to shoulder\" with its neighbour"),
        S("International Atomic Energy Agency", "consult", "Belarus", evidence="it was in contact with the Belarusian regulator"),
        S("International Atomic Energy Agency", "appeal", "Belarus", "detailed information", "had asked for detailed information"),
        S("Rafael Grossi", "support", "Belarus", evidence="the agency was ready to send an expert mission"),
        S("Rosatom", "reject", "Lithuania", evidence="dismissed the Lithuanian reaction as \"hysteria for domestic consumption\""),
        S("Ruslan Varankov", "accuse", "Lithuania", evidence="accused Vilnius of \"spreading panic to justify its anti-Belarusian policy\""),
        S("European Commission", "demand", "Belarus", "apply the EU's nuclear stress tests", "urged Belarus to apply the EU's nuclear stress tests in full"),
        S("Greenpeace", "demand", None, "close the plant", "called for it to be closed for good"),
    ],
    notes="Invented article (eighth held-out set; the shutdown, the spokesmen's words and all quoted words are invented, "
          "the officials used freely). The energy ministry ('It') and the regulator speak for Belarus. Nauseda's "
          "quote is two sentences closed and reopened without an attribution between them (two direct quotes). The "
          "IAEA's offer of an expert mission is read as support for Belarus (uncertain; could be mediate). Greenpeace "
          "demands closure of the plant (no actor target). 'within hours' annotated on 'hours'. '50 km' is no date. "
          "Background: Lithuania's opposition since 2012, the 2018 demand, the shutdowns since 2020.",
)



# --------------------------------------------------------------------------- 2. Venezuela expels Spain's ambassador (inverted "said X", curly quotes)
CARACAS = """ date 2026-07-22 CARACAS/MADRID, July 22 (AFP) — Venezuela on Wednesday gave Spain’s ambassador 72 hours to leave the country, a day after Spanish Prime Minister Pedro Sanchez received opposition leader Maria Corina Machado at the Moncloa palace in Madrid.

“Spain has chosen to roll out the red carpet for those who call for foreign invasion of our homeland,” said Foreign Minister Yvan Gil, reading a statement on state television. “Venezuela will not accept lessons in democracy from the heirs of a colonial empire.”

Ambassador Alvaro Albacete was declared persona non grata, and Caracas recalled its own charge d’affaires from Madrid “for consultations”, the statement said.

Madrid answered within hours. Spanish Foreign Minister Jose Manuel Albares said the expulsion was “unjustified and disproportionate” and that Spain would apply “the principle of reciprocity”. Hours later, the Venezuelan embassy’s number two was ordered out of Spain.

“Meeting a democrat is not an act of aggression,” Albares told Cadena SER radio. “We have always defended dialogue among Venezuelans, and we will keep doing so.”

Sanchez himself played down the row at a joint press conference with the Portuguese prime minister on Wednesday afternoon, saying his government wanted “the best possible relations with the Venezuelan people”.

Machado, who has lived in hiding since the disputed 2024 election, thanked Spain in a post on X. “Today Spain stood with the Venezuelans who voted for freedom,” she wrote. She accused Nicolas Maduro of “punishing every country that dares to listen to us”.

The European Union’s foreign policy chief, Kaja Kallas, said the bloc “deplores” the decision and expressed full solidarity with Spain, a member state. A spokesman for the Commission added that the EU would discuss its response with Latin American partners.

Argentina’s President Javier Milei, a fierce critic of Maduro, called the expulsion “the tantrum of a dictator”. Colombia, which restored ties with Caracas three years ago, was more cautious; its foreign ministry said it hoped both governments would “lower the tone” and offered to facilitate contacts.

Russia’s embassy in Caracas said in a statement that it supported Venezuela’s “sovereign right to defend itself against interference”.

A senior Spanish diplomat, speaking on condition of anonymity, said about 160,000 Spanish citizens lived in Venezuela and that consular services would continue “as normal for the moment”. Spanish companies, including the oil major Repsol, have substantial interests in the country.

Relations between the two countries were last downgraded in September 2024, when Spain granted asylum to the opposition candidate Edmundo Gonzalez."""

build(
    "ambassador-expelled-caracas-2026-07-22", CARACAS,
    actors=[
        A("Venezuela", "country", "VEN", aliases=["Caracas", "Venezuelan", "the statement"]),
        A("Spain", "country", "ESP", aliases=["Madrid", "Spanish", "his government", "Spain’s"]),
        A("Pedro Sanchez", "person", "ESP", "Prime Minister", ["Spanish Prime Minister Pedro Sanchez", "Sanchez"]),
        A("Maria Corina Machado", "person", "VEN", "opposition leader", ["opposition leader Maria Corina Machado", "Machado", "she", "She"]),
        A("Yvan Gil", "person", "VEN", "Foreign Minister", ["Foreign Minister Yvan Gil"]),
        A("Alvaro Albacete", "person", "ESP", "Ambassador", ["Ambassador Alvaro Albacete", "Spain’s ambassador"]),
        A("Jose Manuel Albares", "person", "ESP", "Foreign Minister", ["Spanish Foreign Minister Jose Manuel Albares", "Albares"]),
        A("Cadena SER", "organization", "ESP", aliases=["Cadena SER radio"]),
        A("Portuguese prime minister", "person", "PRT", "prime minister", ["the Portuguese prime minister"]),
        A("Nicolas Maduro", "person", "VEN", "President", ["Maduro"]),
        A("European Union", "organization", None, aliases=["The European Union’s", "the bloc", "the EU"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["The European Union’s foreign policy chief, Kaja Kallas"], organization="European Union"),
        A("Commission spokesman", "person", None, "spokesman", ["A spokesman for the Commission"], anonymous=True, organization="European Union"),
        A("Javier Milei", "person", "ARG", "President", ["Argentina’s President Javier Milei"]),
        A("Colombia", "country", "COL", aliases=["its foreign ministry"]),
        A("Russia", "country", "RUS", aliases=["Russia’s embassy in Caracas"]),
        A("Spanish diplomat", "person", "ESP", "diplomat", ["A senior Spanish diplomat"], anonymous=True),
        A("Repsol", "organization", "ESP", aliases=["the oil major Repsol"]),
        A("Edmundo Gonzalez", "person", "VEN", "opposition candidate", ["the opposition candidate Edmundo Gonzalez"]),
    ],
    quotes=[
        Q("direct", "Spain has chosen to roll out the red carpet for those who call for foreign invasion of our homeland,", "Yvan Gil", "say", "statement"),
        Q("direct", "Venezuela will not accept lessons in democracy from the heirs of a colonial empire.", "Yvan Gil", "say", "statement"),
        Q("indirect", "Ambassador Alvaro Albacete was declared persona non grata, and Caracas recalled its own charge d’affaires from Madrid “for consultations”", "Venezuela", "say", "statement"),
        Q("indirect", "the expulsion was “unjustified and disproportionate” and that Spain would apply “the principle of reciprocity”", "Jose Manuel Albares", "say"),
        Q("partial", "unjustified and disproportionate", "Jose Manuel Albares", "say"),
        Q("partial", "the principle of reciprocity", "Jose Manuel Albares", "say"),
        Q("direct", "Meeting a democrat is not an act of aggression,", "Jose Manuel Albares", "tell", "interview"),
        Q("direct", "We have always defended dialogue among Venezuelans, and we will keep doing so.", "Jose Manuel Albares", "tell", "interview"),
        Q("indirect", "his government wanted “the best possible relations with the Venezuelan people”", "Pedro Sanchez", "say", "press conference"),
        Q("partial", "the best possible relations with the Venezuelan people", "Pedro Sanchez", "say", "press conference"),
        Q("direct", "Today Spain stood with the Venezuelans who voted for freedom,", "Maria Corina Machado", "write", "twitter"),
        Q("partial", "punishing every country that dares to listen to us", "Maria Corina Machado", "accuse"),
        Q("indirect", "the bloc “deplores” the decision", "Kaja Kallas", "say"),
        Q("partial", "deplores", "Kaja Kallas", "say"),
        Q("indirect", "the EU would discuss its response with Latin American partners", "Commission spokesman", "add"),
        Q("partial", "the tantrum of a dictator", "Javier Milei", "call"),
        Q("indirect", "it hoped both governments would “lower the tone”", "Colombia", "say"),
        Q("partial", "lower the tone", "Colombia", "say"),
        Q("indirect", "it supported Venezuela’s “sovereign right to defend itself against interference”", "Russia", "say", "statement"),
        Q("partial", "sovereign right to defend itself against interference", "Russia", "say", "statement"),
        Q("indirect", "about 160,000 Spanish citizens lived in Venezuela and that consular services would continue “as normal for the moment”", "Spanish diplomat", "say"),
        Q("partial", "as normal for the moment", "Spanish diplomat", "say"),
    ],
    dates=[
        D("July 22", "DATE", "2026-07-22"),
        D("Wednesday", "DATE", "2026-07-22"),
        D("72 hours", "DURATION", "PT72H"),
        D("a day", "DURATION", "P1D"),
        D("hours", "DURATION", "PTXH", n=1),
        D("Wednesday afternoon", "TIME", "2026-07-22TAF"),
        D("2024", "DATE", "2024"),
        D("Today", "DATE", "2026-07-22"),
        D("three years ago", "DATE", "2023"),
        D("September 2024", "DATE", "2024-09"),
    ],
    stances=[
        S("Venezuela", "criticize", "Spain", evidence="gave Spain’s ambassador 72 hours to leave the country"),
        S("Pedro Sanchez", "consult", "Maria Corina Machado", evidence="received opposition leader Maria Corina Machado at the Moncloa palace"),
        S("Yvan Gil", "accuse", "Spain", evidence="Spain has chosen to roll out the red carpet for those who call for foreign invasion of our homeland"),
        S("Yvan Gil", "reject", "Spain", evidence="Venezuela will not accept lessons in democracy from the heirs of a colonial empire"),
        S("Jose Manuel Albares", "criticize", "Venezuela", evidence="the expulsion was “unjustified and disproportionate”"),
        S("Jose Manuel Albares", "threaten", "Venezuela", evidence="Spain would apply “the principle of reciprocity”"),
        S("Spain", "criticize", "Venezuela", evidence="the Venezuelan embassy’s number two was ordered out of Spain"),
        S("Jose Manuel Albares", "reject", "Venezuela", evidence="Meeting a democrat is not an act of aggression"),
        S("Maria Corina Machado", "praise", "Spain", evidence="thanked Spain in a post on X"),
        S("Maria Corina Machado", "accuse", "Nicolas Maduro", evidence="accused Nicolas Maduro of “punishing every country that dares to listen to us”"),
        S("Kaja Kallas", "criticize", "Venezuela", evidence="the bloc “deplores” the decision"),
        S("Kaja Kallas", "support", "Spain", evidence="expressed full solidarity with Spain"),
        S("Javier Milei", "condemn", "Nicolas Maduro", evidence="called the expulsion “the tantrum of a dictator”"),
        S("Colombia", "appeal", None, "lower the tone", "hoped both governments would “lower the tone”"),
        S("Colombia", "mediate", None, evidence="offered to facilitate contacts"),
        S("Russia", "support", "Venezuela", evidence="it supported Venezuela’s “sovereign right to defend itself against interference”"),
    ],
    notes="Invented article (eighth held-out set; the expulsion and all quoted words are invented, the officials used "
          "freely). Curly quotation marks; Gil's two sentences are introduced by an inverted 'said Foreign Minister "
          "Yvan Gil'. An expulsion is a criticism (both Venezuela's and Spain's reciprocal one). 'a day after' is "
          "annotated on 'a day' (a duration, as 'a week after' in the seventh development set); 'Hours later' is not "
          "annotated; 'within hours' on its 'hours' (the second: the first is inside '72 hours'). Milei's 'tantrum of a dictator' "
          "condemns Maduro. Sanchez's reception of Machado (background to the row) is a consult stance. The "
          "Portuguese prime minister is unnamed. 'for the moment' is not annotated. Background: the 2024 asylum.",
)



# --------------------------------------------------------------------------- 3. Ugandan opposition politician abducted in Nairobi (Q&A explainer)
NAIROBI = """ date 2026-11-04 Explainer: Why the abduction of a Ugandan opposition figure in Nairobi has angered Kenyans

NAIROBI, Nov 4 (Reuters) - A Ugandan opposition politician who vanished from a Nairobi hotel on Saturday appeared before a military court in Kampala on Tuesday, charged with treason. Here is what we know, and how governments and rights groups have reacted.

WHAT HAPPENED?

Dr. Ronald Kizza, 54, secretary general of the National Unity Platform, had travelled to Kenya to launch a book. Hotel staff said four men in plain clothes led him to a car with Kenyan plates late on Saturday night. His lawyer, Martha Karua, said she had been told nothing until he appeared in court, handcuffed and without shoes.

WHAT DOES UGANDA SAY?

The Ugandan army said Kizza had been "lawfully arrested" for plotting attacks with a rebel group. Its spokesman, Brigadier Felix Kulayigye, denied that Ugandan agents had operated in Kenya and said the suspect had "crossed the border of his own accord". Information Minister Chris Baryomunsi called foreign criticism "hypocritical".

WHAT ABOUT KENYA?

Kenya's government has said little. Interior Cabinet Secretary Kipchumba Murkomen told parliament on Monday that police were "investigating the circumstances" and that Kenya "does not allow any foreign agency to operate on its soil". An official in the Kenyan foreign ministry, who was not authorised to speak publicly, said Nairobi had asked Kampala for an explanation through diplomatic channels.

Opposition leaders in Kenya accused the government of complicity. "Either our government helped them, or it does not control our borders. Both are a scandal," Kalonzo Musyoka said at a rally in Machakos on Sunday.

WHO ELSE HAS REACTED?

The Law Society of Kenya said it would go to court to demand the release of the hotel's security footage. Amnesty International called the case "a textbook enforced disappearance" and urged Uganda to release Kizza immediately and to end the trial of civilians before military courts.

The UN human rights office in Geneva said it was "deeply troubled". Spokeswoman Ravina Shamdasani said the case fitted "a disturbing pattern of transnational repression in East Africa".

In a short statement, the U.S. embassy in Kampala called for Kizza to be given access to his lawyers and family. The African Union Commission has not commented.

Bobi Wine, the leader of the National Unity Platform, said from his home in Kampala that the party would hold prayers for Kizza "every day until he is free". He thanked Kenyan lawyers and activists for "standing with us when our own institutions failed us".

WHAT HAPPENS NEXT?

The military court adjourned the case for 14 days. Kizza's lawyers said they would challenge the court's jurisdiction before Uganda's Constitutional Court this week. If convicted, he faces the death penalty."""

build(
    "abduction-nairobi-2026-11-04", NAIROBI,
    actors=[
        A("Ronald Kizza", "person", "UGA", "secretary general", ["Dr. Ronald Kizza", "Kizza", "him", "he", "the suspect"], organization="National Unity Platform"),
        A("National Unity Platform", "organization", "UGA", aliases=["the party"]),
        A("Martha Karua", "person", "KEN", "lawyer", ["His lawyer, Martha Karua", "she"]),
        A("Uganda", "country", "UGA", aliases=["Kampala", "Ugandan", "The Ugandan army", "Its", "Uganda's"]),
        A("Felix Kulayigye", "person", "UGA", "army spokesman", ["Its spokesman, Brigadier Felix Kulayigye"]),
        A("Chris Baryomunsi", "person", "UGA", "Information Minister", ["Information Minister Chris Baryomunsi"]),
        A("Kenya", "country", "KEN", aliases=["Kenya's government", "Nairobi", "Kenyan", "the government", "our government"]),
        A("Kipchumba Murkomen", "person", "KEN", "Interior Cabinet Secretary", ["Interior Cabinet Secretary Kipchumba Murkomen"]),
        A("Kenyan foreign ministry official", "person", "KEN", "official", ["An official in the Kenyan foreign ministry"], anonymous=True),
        A("Kalonzo Musyoka", "person", "KEN", "opposition leader"),
        A("Law Society of Kenya", "organization", "KEN", aliases=["The Law Society of Kenya"]),
        A("Amnesty International", "organization", None),
        A("UN human rights office", "organization", None, aliases=["The UN human rights office in Geneva"]),
        A("Ravina Shamdasani", "person", None, "Spokeswoman", ["Spokeswoman Ravina Shamdasani"], organization="UN human rights office"),
        A("United States", "country", "USA", aliases=["the U.S. embassy in Kampala"]),
        A("African Union Commission", "organization", None, aliases=["The African Union Commission"]),
        A("Bobi Wine", "person", "UGA", "leader of the National Unity Platform", ["Bobi Wine, the leader of the National Unity Platform", "He"]),
    ],
    quotes=[
        Q("indirect", "four men in plain clothes led him to a car with Kenyan plates late on Saturday night", None, "say", optional=True),
        Q("indirect", "she had been told nothing until he appeared in court, handcuffed and without shoes", "Martha Karua", "say"),
        Q("indirect", "Kizza had been \"lawfully arrested\" for plotting attacks with a rebel group", "Uganda", "say"),
        Q("partial", "lawfully arrested", "Uganda", "say"),
        Q("indirect", "the suspect had \"crossed the border of his own accord\"", "Felix Kulayigye", "say"),
        Q("partial", "crossed the border of his own accord", "Felix Kulayigye", "say"),
        Q("partial", "hypocritical", "Chris Baryomunsi", "call"),
        Q("indirect", "police were \"investigating the circumstances\" and that Kenya \"does not allow any foreign agency to operate on its soil\"", "Kipchumba Murkomen", "tell"),
        Q("partial", "investigating the circumstances", "Kipchumba Murkomen", "tell"),
        Q("partial", "does not allow any foreign agency to operate on its soil", "Kipchumba Murkomen", "tell"),
        Q("indirect", "Nairobi had asked Kampala for an explanation through diplomatic channels", "Kenyan foreign ministry official", "say"),
        Q("direct", "Either our government helped them, or it does not control our borders. Both are a scandal,", "Kalonzo Musyoka", "say"),
        Q("indirect", "it would go to court to demand the release of the hotel's security footage", "Law Society of Kenya", "say"),
        Q("partial", "a textbook enforced disappearance", "Amnesty International", "call"),
        Q("indirect", "it was \"deeply troubled\"", "UN human rights office", "say"),
        Q("partial", "deeply troubled", "UN human rights office", "say"),
        Q("indirect", "the case fitted \"a disturbing pattern of transnational repression in East Africa\"", "Ravina Shamdasani", "say"),
        Q("partial", "a disturbing pattern of transnational repression in East Africa", "Ravina Shamdasani", "say"),
        Q("indirect", "the party would hold prayers for Kizza \"every day until he is free\"", "Bobi Wine", "say"),
        Q("partial", "every day until he is free", "Bobi Wine", "say"),
        Q("partial", "standing with us when our own institutions failed us", "Bobi Wine", "thank"),
        Q("indirect", "they would challenge the court's jurisdiction before Uganda's Constitutional Court this week", None, "say", optional=True),
    ],
    dates=[
        D("Nov 4", "DATE", "2026-11-04"),
        D("Saturday", "DATE", "2026-10-31"),
        D("Tuesday", "DATE", "2026-11-03"),
        D("Saturday night", "TIME", "2026-10-31TNI"),
        D("Monday", "DATE", "2026-11-02"),
        D("Sunday", "DATE", "2026-11-01"),
        D("every day", "SET", "P1D"),
        D("14 days", "DURATION", "P14D"),
        D("this week", "DATE", "2026-W45"),
    ],
    stances=[
        S("Uganda", "accuse", "Ronald Kizza", evidence="for plotting attacks with a rebel group"),
        S("Felix Kulayigye", "reject", None, evidence="denied that Ugandan agents had operated in Kenya"),
        S("Chris Baryomunsi", "reject", None, evidence="called foreign criticism \"hypocritical\""),
        S("Kenyan foreign ministry official", "demand", "Uganda", "an explanation", "Nairobi had asked Kampala for an explanation through diplomatic channels"),
        S("Kalonzo Musyoka", "accuse", "Kenya", evidence="Either our government helped them, or it does not control our borders. Both are a scandal"),
        S("Law Society of Kenya", "demand", None, "release of the security footage", "would go to court to demand the release of the hotel's security footage"),
        S("Amnesty International", "condemn", "Uganda", evidence="called the case \"a textbook enforced disappearance\""),
        S("Amnesty International", "demand", "Uganda", "release Kizza and end military trials of civilians", "urged Uganda to release Kizza immediately"),
        S("UN human rights office", "concern", None, "the abduction", "\"deeply troubled\""),
        S("Ravina Shamdasani", "criticize", None, evidence="\"a disturbing pattern of transnational repression in East Africa\""),
        S("United States", "demand", "Uganda", "access to lawyers and family", "called for Kizza to be given access to his lawyers and family"),
        S("Bobi Wine", "praise", "Kenya", evidence="thanked Kenyan lawyers and activists"),
    ],
    notes="Invented article (eighth held-out set; Kizza, the abduction and all quoted words are invented, the officials "
          "used freely; Martha Karua is a real Kenyan lawyer-politician used freely). Q&A explainer with capitalised "
          "question headings (not speech). The army ('The Ugandan army', 'Its') speaks for Uganda. 'Opposition leaders "
          "in Kenya accused the government of complicity' is carried by Musyoka's quote (only his stance annotated). "
          "The hotel staff and Kizza's lawyers (plural) are unnamed generic speakers: optional quotes without speaker. "
          "The anonymous Kenyan official reports Kenya's request (stance annotated for the official, uncertain: could "
          "be Kenya's). Bobi Wine thanked Kenyan lawyers and activists: praise with Kenya as target (uncertain, they "
          "are not the government). The AU's silence takes no stance.",
)



# --------------------------------------------------------------------------- 4. Panama court voids a Hong Kong firm's port concession (wire, quote over a paragraph break)
PANAMA = """ date 2026-05-27 PANAMA CITY, May 27 (AP) - Panama's Supreme Court has struck down the concession under which a Hong Kong company has run two ports at either end of the Panama Canal for nearly three decades, a ruling welcomed in Washington and condemned by Beijing as "political".

In a 7-2 decision published late on Tuesday, the court said the 2021 renewal of the contract held by Panama Ports Company, a subsidiary of CK Hutchison, had been granted without the required public tender and was "contrary to the Constitution". It gave the government 90 days to take over operations at Balboa and Cristobal.

President Jose Raul Mulino said on Wednesday that Panama would respect the ruling and guarantee that the ports kept working. "The canal and its ports belong to Panamanians, not to any foreign power, whether it comes from the East or the West.

"Nobody is being expelled. The workers keep their jobs, the ships keep passing," he told his weekly press conference.

CK Hutchison said it "strongly disagrees" with the decision, which it described as "without legal basis", and that it would "take all necessary steps, including international arbitration", to protect its investment. Its shares fell 6% in Hong Kong.

China's foreign ministry reacted sharply. Spokesperson Mao Ning told a regular briefing in Beijing that China "firmly opposes the use of judicial means to serve the geopolitical agenda of certain countries" and urged Panama to protect the lawful rights of Chinese companies. She warned that the decision would "seriously damage" investor confidence.

In Washington, Secretary of State Marco Rubio called the ruling "a victory for Panama's sovereignty and for the security of the hemisphere". A senior administration official, briefing reporters on condition of anonymity, said U.S. companies were ready to invest in the ports but denied that Washington had pressured the court.

The Hong Kong government also criticised the judgment. "We will support Hong Kong enterprises in defending their legitimate interests by every lawful means," Chief Executive John Lee said.

Panama's main business federation, CONEP, said it backed the ruling but asked the government to organise a transparent tender "as soon as possible" to avoid disruption. The dockworkers' union said its members would strike if any jobs were cut.

Earlier this month, Mulino rejected suggestions that the canal was controlled by China, telling a forum in Panama City that there was "not a single Chinese soldier" in the country. The United States handed the canal to Panama in 1999."""

build(
    "port-concession-ruling-panama-2026-05-27", PANAMA,
    actors=[
        A("Panama", "country", "PAN", aliases=["the government", "Panama's"]),
        A("Supreme Court of Panama", "organization", "PAN", aliases=["Panama's Supreme Court", "the court", "It"]),
        A("Panama Ports Company", "organization", "PAN", aliases=["Panama Ports Company, a subsidiary of CK Hutchison"]),
        A("CK Hutchison", "organization", "HKG", aliases=["Its"]),
        A("Jose Raul Mulino", "person", "PAN", "President", ["President Jose Raul Mulino", "Mulino", "he"]),
        A("China", "country", "CHN", aliases=["Beijing", "China's foreign ministry", "Chinese"]),
        A("Mao Ning", "person", "CHN", "Spokesperson", ["Spokesperson Mao Ning", "She"]),
        A("United States", "country", "USA", aliases=["Washington", "The United States", "U.S."]),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["Secretary of State Marco Rubio"]),
        A("US administration official", "person", "USA", "senior administration official", ["A senior administration official"], anonymous=True),
        A("Hong Kong", "country", "HKG", aliases=["The Hong Kong government"]),
        A("John Lee", "person", "HKG", "Chief Executive", ["Chief Executive John Lee"]),
        A("CONEP", "organization", "PAN", aliases=["Panama's main business federation, CONEP"]),
        A("dockworkers' union", "organization", "PAN", aliases=["The dockworkers' union"]),
    ],
    quotes=[
        Q("partial", "political", "China", "condemn"),
        Q("indirect", "the 2021 renewal of the contract held by Panama Ports Company, a subsidiary of CK Hutchison, had been granted without the required public tender and was \"contrary to the Constitution\"", "Supreme Court of Panama", "say"),
        Q("partial", "contrary to the Constitution", "Supreme Court of Panama", "say"),
        Q("indirect", "Panama would respect the ruling and guarantee that the ports kept working", "Jose Raul Mulino", "say"),
        Q("direct", "The canal and its ports belong to Panamanians, not to any foreign power, whether it comes from the East or the West.", "Jose Raul Mulino", "tell", "press conference"),
        Q("direct", "Nobody is being expelled. The workers keep their jobs, the ships keep passing,", "Jose Raul Mulino", "tell", "press conference"),
        Q("indirect", "it \"strongly disagrees\" with the decision, which it described as \"without legal basis\", and that it would \"take all necessary steps, including international arbitration\", to protect its investment", "CK Hutchison", "say"),
        Q("partial", "strongly disagrees", "CK Hutchison", "say"),
        Q("partial", "without legal basis", "CK Hutchison", "describe"),
        Q("partial", "take all necessary steps, including international arbitration", "CK Hutchison", "say"),
        Q("indirect", "China \"firmly opposes the use of judicial means to serve the geopolitical agenda of certain countries\"", "Mao Ning", "tell", "press conference"),
        Q("partial", "firmly opposes the use of judicial means to serve the geopolitical agenda of certain countries", "Mao Ning", "tell", "press conference"),
        Q("indirect", "the decision would \"seriously damage\" investor confidence", "Mao Ning", "warn", "press conference"),
        Q("partial", "seriously damage", "Mao Ning", "warn", "press conference"),
        Q("partial", "a victory for Panama's sovereignty and for the security of the hemisphere", "Marco Rubio", "call"),
        Q("indirect", "U.S. companies were ready to invest in the ports", "US administration official", "say"),
        Q("direct", "We will support Hong Kong enterprises in defending their legitimate interests by every lawful means,", "John Lee", "say"),
        Q("indirect", "it backed the ruling", "CONEP", "say"),
        Q("partial", "as soon as possible", "CONEP", "ask"),
        Q("indirect", "its members would strike if any jobs were cut", "dockworkers' union", "say"),
        Q("indirect", "there was \"not a single Chinese soldier\" in the country", "Jose Raul Mulino", "tell"),
        Q("partial", "not a single Chinese soldier", "Jose Raul Mulino", "tell"),
    ],
    dates=[
        D("May 27", "DATE", "2026-05-27"),
        D("nearly three decades", "DURATION", "P3DE"),
        D("late on Tuesday", "TIME", "2026-05-26TNI"),
        D("2021", "DATE", "2021"),
        D("90 days", "DURATION", "P90D"),
        D("Wednesday", "DATE", "2026-05-27"),
        D("weekly", "SET", "P1W"),
        D("Earlier this month", "DATE", "2026-05"),
        D("1999", "DATE", "1999"),
    ],
    stances=[
        S("United States", "welcome", "Supreme Court of Panama", evidence="a ruling welcomed in Washington"),
        S("China", "condemn", "Supreme Court of Panama", evidence="condemned by Beijing as \"political\""),
        S("Jose Raul Mulino", "support", "Supreme Court of Panama", evidence="Panama would respect the ruling"),
        S("Jose Raul Mulino", "reject", None, evidence="not to any foreign power, whether it comes from the East or the West"),
        S("CK Hutchison", "reject", "Supreme Court of Panama", evidence="it \"strongly disagrees\" with the decision"),
        S("CK Hutchison", "threaten", "Panama", evidence="\"take all necessary steps, including international arbitration\""),
        S("Mao Ning", "accuse", None, evidence="\"firmly opposes the use of judicial means to serve the geopolitical agenda of certain countries\""),
        S("Mao Ning", "demand", "Panama", "protect Chinese companies' rights", "urged Panama to protect the lawful rights of Chinese companies"),
        S("Mao Ning", "threaten", "Panama", evidence="the decision would \"seriously damage\" investor confidence"),
        S("Marco Rubio", "praise", "Supreme Court of Panama", evidence="called the ruling \"a victory for Panama's sovereignty and for the security of the hemisphere\""),
        S("US administration official", "reject", None, evidence="denied that Washington had pressured the court"),
        S("Hong Kong", "criticize", "Supreme Court of Panama", evidence="The Hong Kong government also criticised the judgment"),
        S("John Lee", "support", "CK Hutchison", evidence="We will support Hong Kong enterprises in defending their legitimate interests"),
        S("CONEP", "support", "Supreme Court of Panama", evidence="it backed the ruling"),
        S("CONEP", "demand", "Panama", "a transparent tender", "asked the government to organise a transparent tender"),
        S("dockworkers' union", "threaten", "Panama", evidence="its members would strike if any jobs were cut"),
    ],
    notes="Invented article (eighth held-out set; the ruling's details, the vote and all quoted words are invented, the "
          "officials used freely). Mulino's quote runs over a paragraph break: the first paragraph has no closing "
          "mark and each paragraph is its own direct quote, told at his press conference. 'late on Tuesday' is "
          "annotated whole as Tuesday night (uncertain extent). The court ('It') is an actor; reactions to the "
          "ruling target it. Mao Ning's accusation of 'certain countries' has a null target. Mulino's rejection of a "
          "foreign power's claim has a null target. The 'Earlier this month' remark is annotated as a quote but "
          "takes no stance (background). 'a 7-2 decision' and '6%' are no dates.",
)



# --------------------------------------------------------------------------- 5. US permit for deep-sea mining in the Pacific (short agency brief with hedged stances)
SEABED = """ date 2026-03-05 Pacific nations, China protest U.S. deep-sea mining permit

SUVA, March 5 (Reuters) - Pacific island governments and China on Thursday protested Washington's decision to grant the first U.S. permit to mine the deep seabed in international waters, while several European states said they were "studying" the move.

The National Oceanic and Atmospheric Administration announced late on Wednesday that The Metals Company could begin commercial collection of polymetallic nodules in the Clarion-Clipperton Zone of the Pacific next year, bypassing the International Seabed Authority, which has yet to adopt mining rules after more than a decade of talks.

Fiji's Prime Minister Sitiveni Rabuka said the ocean was "not a frontier to be carved up by the powerful". Speaking to reporters in Suva, he called on the United States to reverse the decision and to return to multilateral talks. Palau and Vanuatu joined a statement by the Pacific Islands Forum that "regretted" the permit and urged a moratorium on all seabed mining.

Leticia Carvalho, the ISA's secretary-general, said any mining outside the authority's regime would violate international law. "No single state can grant rights to the common heritage of mankind," she said in Kingston.

China's foreign ministry was blunter. Its spokesman Lin Jian accused the United States of "trampling on the international rule of law to grab resources" and said Beijing would "take the necessary measures" if its interests were harmed.

French President Emmanuel Macron, who has pushed for a moratorium since 2022, wrote on X that "the deep sea is not for sale". Germany and Britain said they were studying the legal implications, though neither criticised Washington directly.

The Metals Company welcomed the permit. Chief executive Gerard Barron said the firm had spent years collecting data and that its nodules would help the United States "break China's grip on critical minerals".

Environmental groups condemned the decision. Greenpeace said it was "an act of ocean piracy", and scientists warned that mining could destroy ecosystems that take millions of years to form.

The Clarion-Clipperton Zone, a vast abyssal plain between Hawaii and Mexico, holds nickel, cobalt and manganese that mining companies say are needed for electric car batteries. The ISA's 36-member council is due to meet again in Kingston in July.

Nauru, which sponsored The Metals Company's earlier application at the ISA, did not comment."""

build(
    "seabed-mining-permit-suva-2026-03-05", SEABED,
    actors=[
        A("United States", "country", "USA", aliases=["Washington", "U.S.", "the United States"]),
        A("China", "country", "CHN", aliases=["China's foreign ministry", "Beijing", "its"]),
        A("National Oceanic and Atmospheric Administration", "organization", "USA", aliases=["The National Oceanic and Atmospheric Administration", "NOAA"]),
        A("The Metals Company", "organization", "CAN", aliases=["the firm"]),
        A("International Seabed Authority", "organization", None, aliases=["the International Seabed Authority", "ISA", "the authority's"]),
        A("Sitiveni Rabuka", "person", "FJI", "Prime Minister", ["Fiji's Prime Minister Sitiveni Rabuka", "he"]),
        A("Fiji", "country", "FJI", aliases=["Fiji's"]),
        A("Palau", "country", "PLW"),
        A("Vanuatu", "country", "VUT"),
        A("Pacific Islands Forum", "organization", None, aliases=["the Pacific Islands Forum"]),
        A("Leticia Carvalho", "person", None, "secretary-general", ["Leticia Carvalho, the ISA's secretary-general", "she"], organization="International Seabed Authority"),
        A("Lin Jian", "person", "CHN", "spokesman", ["Its spokesman Lin Jian"]),
        A("Emmanuel Macron", "person", "FRA", "President", ["French President Emmanuel Macron"]),
        A("Germany", "country", "DEU"),
        A("United Kingdom", "country", "GBR", aliases=["Britain"]),
        A("Gerard Barron", "person", "CAN", "Chief executive", ["Chief executive Gerard Barron"], organization="The Metals Company"),
        A("Greenpeace", "organization", None),
        A("Nauru", "country", "NRU"),
    ],
    quotes=[
        Q("partial", "studying", None, "say", optional=True),
        Q("indirect", "The Metals Company could begin commercial collection of polymetallic nodules in the Clarion-Clipperton Zone of the Pacific next year", "National Oceanic and Atmospheric Administration", "announce"),
        Q("indirect", "the ocean was \"not a frontier to be carved up by the powerful\"", "Sitiveni Rabuka", "say"),
        Q("partial", "not a frontier to be carved up by the powerful", "Sitiveni Rabuka", "say"),
        Q("partial", "regretted", "Pacific Islands Forum", "statement", "statement"),
        Q("indirect", "any mining outside the authority's regime would violate international law", "Leticia Carvalho", "say"),
        Q("direct", "No single state can grant rights to the common heritage of mankind,", "Leticia Carvalho", "say"),
        Q("partial", "trampling on the international rule of law to grab resources", "Lin Jian", "accuse"),
        Q("indirect", "Beijing would \"take the necessary measures\" if its interests were harmed", "Lin Jian", "say"),
        Q("partial", "take the necessary measures", "Lin Jian", "say"),
        Q("partial", "the deep sea is not for sale", "Emmanuel Macron", "write", "twitter"),
        Q("indirect", "they were studying the legal implications", "Germany", "say"),
        Q("indirect", "the firm had spent years collecting data and that its nodules would help the United States \"break China's grip on critical minerals\"", "Gerard Barron", "say"),
        Q("partial", "break China's grip on critical minerals", "Gerard Barron", "say"),
        Q("indirect", "it was \"an act of ocean piracy\"", "Greenpeace", "say"),
        Q("partial", "an act of ocean piracy", "Greenpeace", "say"),
        Q("indirect", "mining could destroy ecosystems that take millions of years to form", None, "warn", optional=True),
    ],
    dates=[
        D("March 5", "DATE", "2026-03-05"),
        D("Thursday", "DATE", "2026-03-05"),
        D("late on Wednesday", "TIME", "2026-03-04TNI"),
        D("next year", "DATE", "2027"),
        D("more than a decade", "DURATION", "P1DE"),
        D("2022", "DATE", "2022"),
        D("years", "DURATION", "PXY"),
        D("July", "DATE", "2026-07"),
    ],
    stances=[
        S("Fiji", "criticize", "United States", evidence="Pacific island governments and China on Thursday protested Washington's decision"),
        S("China", "criticize", "United States", evidence="Pacific island governments and China on Thursday protested Washington's decision"),
        S("Sitiveni Rabuka", "criticize", "United States", evidence="\"not a frontier to be carved up by the powerful\""),
        S("Sitiveni Rabuka", "demand", "United States", "reverse the decision and return to multilateral talks", "called on the United States to reverse the decision"),
        S("Pacific Islands Forum", "concern", None, "the permit", "\"regretted\" the permit"),
        S("Pacific Islands Forum", "appeal", None, "a moratorium on seabed mining", "urged a moratorium on all seabed mining"),
        S("Palau", "support", "Pacific Islands Forum", evidence="Palau and Vanuatu joined a statement by the Pacific Islands Forum"),
        S("Vanuatu", "support", "Pacific Islands Forum", evidence="Palau and Vanuatu joined a statement by the Pacific Islands Forum"),
        S("Leticia Carvalho", "criticize", "United States", evidence="any mining outside the authority's regime would violate international law"),
        S("Lin Jian", "accuse", "United States", evidence="accused the United States of \"trampling on the international rule of law to grab resources\""),
        S("Lin Jian", "threaten", "United States", evidence="Beijing would \"take the necessary measures\" if its interests were harmed"),
        S("Emmanuel Macron", "criticize", "United States", evidence="\"the deep sea is not for sale\""),
        S("The Metals Company", "welcome", "United States", evidence="The Metals Company welcomed the permit"),
        S("Greenpeace", "condemn", "United States", evidence="\"an act of ocean piracy\""),
    ],
    notes="Invented article (eighth held-out set; the permit and all quoted words are invented, the officials and "
          "companies used freely). Short agency brief with a headline. 'several European states said they were "
          "\"studying\" the move' has no named speaker (optional partial quote); Germany and Britain 'studying' with "
          "'neither criticised Washington directly' take no stance (hedged); their indirect quote is annotated for "
          "Germany (the first named; uncertain). The opening 'Pacific island governments' protest is annotated for "
          "Fiji, the government whose leader speaks (uncertain), and China. Palau and Vanuatu joining the Forum's "
          "statement is support for the Forum. Unnamed scientists: optional quote without speaker. Nauru's silence "
          "takes no stance. 'late on Wednesday' annotated whole. 'millions of years' is not annotated.",
)


# --------------------------------------------------------------------------- 6. Russian jets violate Estonian airspace (live blog, NATO consultations)
TALLINN = """ date 2026-12-09 Live: Russian fighter jets enter Estonian airspace, NATO holds emergency talks

Wednesday 9 December 2026

19:05 CET - That's all from us tonight. NATO ambassadors will meet again on Friday; we will be back then.

18:30 CET - NATO Secretary General Mark Rutte has just spoken after the North Atlantic Council met at Estonia's request under Article 4 of the alliance's treaty. "This was a reckless and dangerous act. Allies stand in full solidarity with Estonia, and we will defend every inch of allied territory," he said. He added that the alliance would "strengthen its posture on the eastern flank".

17:15 CET - The Kremlin denies everything. Spokesman Dmitry Peskov told reporters that Russian aircraft had "flown strictly in accordance with international rules" over neutral waters. Russia's defence ministry said the three MiG-31s were on a scheduled flight to Kaliningrad.

16:40 CET - Finnish President Alexander Stubb has posted on X: "Finland stands with Estonia. Russia is testing us again. We will not be intimidated." Finland's border with Russia has been closed since 2023.

15:55 CET - Poland's foreign ministry called the incursion "a deliberate provocation" and said Warsaw had summoned Russia's charge d'affaires. Latvia and Lithuania said they had put their air forces on higher alert.

15:10 CET - A little more from Tallinn. Estonian Foreign Minister Margus Tsahkna said the jets stayed in Estonian airspace for 12 minutes, near Vaindloo island, with their transponders switched off.

"This is the most serious violation we have ever seen. It was not an accident, and it will not be treated as one," Tsahkna told ERR, the public broadcaster.

14:20 CET - Estonia has formally requested consultations under Article 4. Prime Minister Kristen Michal said his government had also summoned the Russian envoy and handed him a protest note. "Russia must understand that NATO is not a paper tiger," Michal said.

13:30 CET - Italian F-35s on NATO's Baltic air policing mission were scrambled and escorted the Russian jets out, the Italian defence ministry says. Italy's defence minister, Guido Crosetto, praised his pilots' "cool heads".

12:45 CET - Good afternoon. Estonia's military says three Russian MiG-31 fighter jets entered its airspace over the Gulf of Finland this morning without permission. We will bring you reactions as they come in.

The Baltic states have reported dozens of Russian airspace violations since Russia's full-scale invasion of Ukraine in February 2022, but most have lasted less than a minute."""

build(
    "airspace-violation-tallinn-2026-12-09", TALLINN,
    actors=[
        A("NATO", "organization", None, aliases=["the alliance", "the North Atlantic Council", "NATO ambassadors", "the alliance's", "Allies"]),
        A("Mark Rutte", "person", None, "Secretary General", ["NATO Secretary General Mark Rutte", "he", "He"], organization="NATO"),
        A("Estonia", "country", "EST", aliases=["Estonia's", "Tallinn", "Estonian", "his government", "Estonia's military"]),
        A("Russia", "country", "RUS", aliases=["The Kremlin", "Russian", "Russia's defence ministry", "Russia's"]),
        A("Dmitry Peskov", "person", "RUS", "Spokesman", ["Spokesman Dmitry Peskov"]),
        A("Alexander Stubb", "person", "FIN", "President", ["Finnish President Alexander Stubb"]),
        A("Finland", "country", "FIN", aliases=["Finland's"]),
        A("Poland", "country", "POL", aliases=["Poland's foreign ministry", "Warsaw"]),
        A("Latvia", "country", "LVA"),
        A("Lithuania", "country", "LTU"),
        A("Margus Tsahkna", "person", "EST", "Foreign Minister", ["Estonian Foreign Minister Margus Tsahkna", "Tsahkna"]),
        A("ERR", "organization", "EST", aliases=["ERR, the public broadcaster"]),
        A("Kristen Michal", "person", "EST", "Prime Minister", ["Prime Minister Kristen Michal", "Michal"]),
        A("Italy", "country", "ITA", aliases=["the Italian defence ministry", "Italian", "Italy's"]),
        A("Guido Crosetto", "person", "ITA", "defence minister", ["Italy's defence minister, Guido Crosetto"]),
    ],
    quotes=[
        Q("direct", "This was a reckless and dangerous act. Allies stand in full solidarity with Estonia, and we will defend every inch of allied territory,", "Mark Rutte", "say", "press conference"),
        Q("indirect", "the alliance would \"strengthen its posture on the eastern flank\"", "Mark Rutte", "add", "press conference"),
        Q("partial", "strengthen its posture on the eastern flank", "Mark Rutte", "add", "press conference"),
        Q("indirect", "Russian aircraft had \"flown strictly in accordance with international rules\" over neutral waters", "Dmitry Peskov", "tell", "press conference"),
        Q("partial", "flown strictly in accordance with international rules", "Dmitry Peskov", "tell", "press conference"),
        Q("indirect", "the three MiG-31s were on a scheduled flight to Kaliningrad", "Russia", "say"),
        Q("direct", "Finland stands with Estonia. Russia is testing us again. We will not be intimidated.", "Alexander Stubb", "post", "twitter"),
        Q("partial", "a deliberate provocation", "Poland", "call"),
        Q("indirect", "Warsaw had summoned Russia's charge d'affaires", "Poland", "say"),
        Q("indirect", "they had put their air forces on higher alert", "Latvia", "say"),
        Q("indirect", "the jets stayed in Estonian airspace for 12 minutes, near Vaindloo island, with their transponders switched off", "Margus Tsahkna", "say"),
        Q("direct", "This is the most serious violation we have ever seen. It was not an accident, and it will not be treated as one,", "Margus Tsahkna", "tell", "interview"),
        Q("indirect", "his government had also summoned the Russian envoy and handed him a protest note", "Kristen Michal", "say"),
        Q("direct", "Russia must understand that NATO is not a paper tiger,", "Kristen Michal", "say"),
        Q("indirect", "Italian F-35s on NATO's Baltic air policing mission were scrambled and escorted the Russian jets out", "Italy", "say"),
        Q("partial", "cool heads", "Guido Crosetto", "praise"),
        Q("indirect", "three Russian MiG-31 fighter jets entered its airspace over the Gulf of Finland this morning without permission", "Estonia", "say"),
    ],
    dates=[
        D("Wednesday 9 December 2026", "DATE", "2026-12-09"),
        D("19:05 CET", "TIME", "2026-12-09T19:05"),
        D("tonight", "TIME", "2026-12-09TNI"),
        D("Friday", "DATE", "2026-12-11"),
        D("18:30 CET", "TIME", "2026-12-09T18:30"),
        D("17:15 CET", "TIME", "2026-12-09T17:15"),
        D("16:40 CET", "TIME", "2026-12-09T16:40"),
        D("2023", "DATE", "2023"),
        D("15:55 CET", "TIME", "2026-12-09T15:55"),
        D("15:10 CET", "TIME", "2026-12-09T15:10"),
        D("12 minutes", "DURATION", "PT12M"),
        D("14:20 CET", "TIME", "2026-12-09T14:20"),
        D("13:30 CET", "TIME", "2026-12-09T13:30"),
        D("12:45 CET", "TIME", "2026-12-09T12:45"),
        D("this morning", "TIME", "2026-12-09TMO"),
        D("February 2022", "DATE", "2022-02"),
        D("a minute", "DURATION", "PT1M"),
    ],
    stances=[
        S("Estonia", "consult", "NATO", evidence="Estonia has formally requested consultations under Article 4"),
        S("Mark Rutte", "condemn", "Russia", evidence="This was a reckless and dangerous act"),
        S("Mark Rutte", "support", "Estonia", evidence="Allies stand in full solidarity with Estonia"),
        S("Mark Rutte", "threaten", "Russia", evidence="we will defend every inch of allied territory"),
        S("Dmitry Peskov", "reject", None, evidence="The Kremlin denies everything"),
        S("Alexander Stubb", "support", "Estonia", evidence="Finland stands with Estonia"),
        S("Alexander Stubb", "accuse", "Russia", evidence="Russia is testing us again"),
        S("Poland", "condemn", "Russia", evidence="called the incursion \"a deliberate provocation\""),
        S("Poland", "criticize", "Russia", evidence="Warsaw had summoned Russia's charge d'affaires"),
        S("Margus Tsahkna", "accuse", "Russia", evidence="It was not an accident, and it will not be treated as one"),
        S("Kristen Michal", "criticize", "Russia", evidence="had also summoned the Russian envoy and handed him a protest note"),
        S("Kristen Michal", "threaten", "Russia", evidence="Russia must understand that NATO is not a paper tiger"),
        S("Guido Crosetto", "praise", None, evidence="praised his pilots' \"cool heads\""),
    ],
    notes="Invented article (eighth held-out set; the incursion and all quoted words are invented, the officials used "
          "freely). Live blog in reverse order with CET time stamps. Rutte spoke after the council met (channel press "
          "conference, uncertain). 'The Kremlin denies everything' is Peskov's rejection (the Kremlin is an alias of "
          "Russia; holder taken as Peskov, uncertain). Stubb's post is introduced by a colon. Latvia and Lithuania "
          "share one indirect quote, annotated for Latvia (the first named; uncertain), and take no stance. Estonia's "
          "request under Article 4 is a consult stance with NATO. Michal's summons is a criticism. Crosetto praises "
          "his own pilots (no actor target). 'less than a minute' is annotated on 'a minute'.",
)


if __name__ == "__main__":
    WRITER.report()
