"""Builds the seventh development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Seventh development set: 8 invented reaction articles written on 2026-11-25 by a helper who changed
no library code and did not read the library's source; the gold was committed before reactlib was
run on them. As in ``tests/generalization_dev6/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed: a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number (0-based); ``gold_builder`` asserts that every
span and stance evidence is found in the text. Run `python3 tests/generalization_dev7/build_gold.py`
after editing. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier
development sets: countries speak through their ministries, embassies, presidential offices and
capitals; a summons is a criticism; background takes no stance; outlets that only carry others'
words are not speakers; anonymous officials are actors of the country the context gives them; an
appeal to "all sides" has a null target; an aid offer is support for the receiving country; a quote
running over a paragraph break is annotated paragraph by paragraph.
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


# --------------------------------------------------------------------------- 1. assassination attempt on Ecuador's president (wire)
QUITO = """ date 2026-05-08 QUITO, May 8 (AFP) - Gunmen opened fire on the motorcade of Ecuadorean President Daniel Noboa on Thursday night as it left a port inspection in Manta, killing a police bodyguard and wounding two soldiers, the government said. Noboa was unhurt.

Interior Minister John Reimberg told a news conference on Friday that four suspects had been arrested and that the attackers belonged to Los Lobos, the country's largest drug gang. "They wanted to kill the president because he is winning this war," Reimberg said. "They will not succeed."

Noboa, 38, appeared in a short video posted on X hours after the attack. "I am fine. Our comrade Carlos Mena gave his life for this country, and we will not rest until every one of those responsible is behind bars," he said, standing beside a flag.

Los Lobos, in a message circulated on social media that police said was authentic, denied any involvement and accused the government of "inventing enemies to justify its repression."

Colombian President Gustavo Petro condemned the attack and offered his neighbour intelligence support. "Violence against a head of state is violence against all of Latin America," Petro wrote on X.

In Washington, Secretary of State Marco Rubio said the United States "stands firmly with President Noboa and the people of Ecuador" and would help track down the gunmen. A State Department official, speaking on condition of anonymity, said FBI agents could travel to Ecuador within days.

The Organization of American States also condemned the attack. Its secretary general, Albert Ramdin, called on Ecuadorean authorities to carry out a swift and transparent investigation and urged all political actors to reject violence.

Not all reactions were so warm. Luisa Gonzalez, the leftist opposition leader defeated by Noboa last year, condemned the shooting but warned the government against using it "as an excuse to suspend our freedoms." Her party, the Citizen Revolution movement, said it feared a new state of emergency.

Peru's foreign ministry expressed its "solidarity" with Ecuador and said it had reinforced checks along the shared border. Lima and Quito have traded accusations over gang activity in the border region for months.

Noboa has governed under a series of states of emergency since January 2024, when gunmen stormed a television studio live on air. His government says homicides fell by a fifth last year, though rights groups dispute the figures.

Amnesty International said on Friday that it deplored the attack, but insisted that the fight against gangs "cannot become a licence for abuses." The group has documented dozens of alleged disappearances during military operations since the start of the emergency."""

build(
    "assassination-attempt-quito-2026-05-08", QUITO,
    actors=[
        A("Ecuador", "country", "ECU", aliases=["the government", "Ecuadorean authorities", "Quito", "His government", "Ecuadorean"]),
        A("Daniel Noboa", "person", "ECU", "President", ["Ecuadorean President Daniel Noboa", "Noboa", "President Noboa", "he"]),
        A("John Reimberg", "person", "ECU", "Interior Minister", ["Interior Minister John Reimberg", "Reimberg"]),
        A("Los Lobos", "group", "ECU", aliases=["the country's largest drug gang"]),
        A("Carlos Mena", "person", "ECU", "police bodyguard", ["Our comrade Carlos Mena"]),
        A("Gustavo Petro", "person", "COL", "President", ["Colombian President Gustavo Petro", "Petro"]),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["Secretary of State Marco Rubio"]),
        A("United States", "country", "USA", aliases=["Washington", "the United States"]),
        A("State Department official", "person", "USA", "official", ["A State Department official"], anonymous=True),
        A("FBI", "organization", "USA"),
        A("Organization of American States", "organization", None, aliases=["The Organization of American States", "OAS", "Its"]),
        A("Albert Ramdin", "person", None, "secretary general", ["Its secretary general, Albert Ramdin"], organization="Organization of American States"),
        A("Luisa Gonzalez", "person", "ECU", "opposition leader", ["Luisa Gonzalez, the leftist opposition leader"]),
        A("Citizen Revolution movement", "organization", "ECU", aliases=["Her party", "the Citizen Revolution movement"]),
        A("Peru", "country", "PER", aliases=["Peru's foreign ministry", "Lima"]),
        A("Amnesty International", "organization", None, aliases=["The group"]),
    ],
    quotes=[
        Q("indirect", "four suspects had been arrested and that the attackers belonged to Los Lobos, the country's largest drug gang", "John Reimberg", "tell", "press conference"),
        Q("direct", "They wanted to kill the president because he is winning this war,", "John Reimberg", "say", "press conference"),
        Q("direct", "They will not succeed.", "John Reimberg", "say", "press conference"),
        Q("direct", "I am fine. Our comrade Carlos Mena gave his life for this country, and we will not rest until every one of those responsible is behind bars,", "Daniel Noboa", "say", "video"),
        Q("partial", "inventing enemies to justify its repression.", "Los Lobos", "accuse"),
        Q("direct", "Violence against a head of state is violence against all of Latin America,", "Gustavo Petro", "write", "twitter"),
        Q("indirect", "the United States \"stands firmly with President Noboa and the people of Ecuador\" and would help track down the gunmen", "Marco Rubio", "say"),
        Q("partial", "stands firmly with President Noboa and the people of Ecuador", "Marco Rubio", "say"),
        Q("indirect", "FBI agents could travel to Ecuador within days", "State Department official", "say"),
        Q("partial", "as an excuse to suspend our freedoms.", "Luisa Gonzalez", "warn"),
        Q("indirect", "it feared a new state of emergency", "Citizen Revolution movement", "say"),
        Q("partial", "solidarity", "Peru", "express"),
        Q("indirect", "it had reinforced checks along the shared border", "Peru", "say"),
        Q("indirect", "homicides fell by a fifth last year", "Ecuador", "say"),
        Q("indirect", "it deplored the attack", "Amnesty International", "say"),
        Q("indirect", "the fight against gangs \"cannot become a licence for abuses.\"", "Amnesty International", "insist"),
        Q("partial", "cannot become a licence for abuses.", "Amnesty International", "insist"),
    ],
    dates=[
        D("May 8", "DATE", "2026-05-08"),
        D("Thursday night", "TIME", "2026-05-07TNI"),
        D("Friday", "DATE", "2026-05-08"),
        D("last year", "DATE", "2025"),
        D("January 2024", "DATE", "2024-01"),
        D("last year", "DATE", "2025", n=1),
        D("Friday", "DATE", "2026-05-08", n=1),
    ],
    stances=[
        S("John Reimberg", "accuse", "Los Lobos", evidence="the attackers belonged to Los Lobos"),
        S("Daniel Noboa", "threaten", None, evidence="we will not rest until every one of those responsible is behind bars"),
        S("Los Lobos", "reject", None, evidence="denied any involvement"),
        S("Los Lobos", "accuse", "Ecuador", evidence="accused the government of \"inventing enemies to justify its repression.\""),
        S("Gustavo Petro", "condemn", None, evidence="Colombian President Gustavo Petro condemned the attack"),
        S("Gustavo Petro", "support", "Ecuador", evidence="offered his neighbour intelligence support"),
        S("Marco Rubio", "support", "Daniel Noboa", evidence="\"stands firmly with President Noboa and the people of Ecuador\""),
        S("Organization of American States", "condemn", None, evidence="The Organization of American States also condemned the attack"),
        S("Albert Ramdin", "demand", "Ecuador", "swift and transparent investigation", "called on Ecuadorean authorities to carry out a swift and transparent investigation"),
        S("Albert Ramdin", "appeal", None, "reject violence", "urged all political actors to reject violence"),
        S("Luisa Gonzalez", "condemn", None, evidence="condemned the shooting"),
        S("Luisa Gonzalez", "appeal", "Ecuador", "not use the attack to suspend freedoms", "warned the government against using it"),
        S("Citizen Revolution movement", "concern", None, "a new state of emergency", "it feared a new state of emergency"),
        S("Peru", "support", "Ecuador", evidence="expressed its \"solidarity\" with Ecuador"),
        S("Amnesty International", "condemn", None, evidence="it deplored the attack"),
        S("Amnesty International", "appeal", "Ecuador", "no abuses in the fight against gangs", "insisted that the fight against gangs \"cannot become a licence for abuses.\""),
    ],
    notes="Invented article (seventh development set; the attack, Mena and all quoted words are invented, the officials "
          "used freely). Noboa's words come from a video posted on X (channel 'video'). Reimberg's accusation of Los Lobos "
          "is carried by his indirect quote. Gonzalez 'warned the government against using it' is annotated as an appeal "
          "to Ecuador (uncertain: could be read as criticism). 'hours', 'within days' and 'for months' are vague and not "
          "annotated. Lima and Quito trading accusations is background.",
)


# --------------------------------------------------------------------------- 2. tanker seized by Iran in the Strait of Hormuz (curly quotes, quote over a paragraph break)
HORMUZ = """ date 2026-03-19 DUBAI, March 19 (AP) — Iran’s Revolutionary Guard seized a Greek-operated oil tanker in the Strait of Hormuz on Wednesday, accusing it of smuggling fuel, in a move that drew swift protests from Athens and Washington and sent oil prices higher.

The Marshall Islands-flagged Aurora Star, carrying about 2 million barrels of Iraqi crude to Singapore, was boarded by commandos from two speedboats shortly before midnight, its operator, Piraeus-based Kallisti Maritime, said in a statement. The company said it had lost contact with the 23 crew members, who include Greek, Filipino and Georgian sailors.

The Guard’s navy said on its Sepah News website that the tanker had been “violating international regulations” and was taken to the port of Bandar Abbas on a court order. Iranian Foreign Ministry spokesman Esmaeil Baghaei told reporters in Tehran on Thursday that the seizure was “a legal matter, not a political one,” and rejected what he called “the hysterical reaction of certain Western capitals.”

Greece summoned the Iranian ambassador. Foreign Minister George Gerapetritis said the boarding was “an act of piracy, pure and simple,” and demanded the immediate release of the ship and its crew.

Greek Shipping Minister Vassilis Kikilias went further. “The sea lanes of the Gulf are not Iran’s private property. Every day this crew is held is a day of shame for those who hold them.

“We are in contact with our partners, and we will use every means at our disposal,” he told Skai television.

A spokesperson for the U.S. Navy’s Fifth Fleet, Commander Tim Hawkins, said a destroyer had monitored the seizure and that Iran’s “continued harassment of merchant vessels” threatened freedom of navigation. The State Department called on Tehran to free the tanker at once.

The Philippines, whose nationals make up most of the world’s merchant crews, said it was “gravely concerned” for the safety of its 14 sailors aboard and had asked Tehran for consular access through its embassy.

Arsenio Dominguez, secretary-general of the International Maritime Organization, urged restraint. “Seafarers must never be used as bargaining chips,” the IMO chief said in London.

China, the largest buyer of Iranian oil, was more guarded. Its foreign ministry said Beijing hoped the parties concerned would “properly handle the matter through dialogue.”

Brent crude rose nearly 3% in Asian trading. The seizure was the third of a foreign tanker by Iran since last November, and came a week after the United States confiscated an Iranian cargo off Yemen, which Tehran called theft."""

build(
    "tanker-seizure-hormuz-2026-03-19", HORMUZ,
    actors=[
        A("Iran", "country", "IRN", aliases=["Tehran", "Iranian", "Iran’s"]),
        A("Islamic Revolutionary Guard Corps", "organization", "IRN", aliases=["Iran’s Revolutionary Guard", "The Guard’s navy", "Revolutionary Guard"]),
        A("Sepah News", "organization", "IRN", aliases=["its Sepah News website"]),
        A("Kallisti Maritime", "organization", "GRC", aliases=["Piraeus-based Kallisti Maritime", "The company", "its operator"]),
        A("Esmaeil Baghaei", "person", "IRN", "Foreign Ministry spokesman", ["Iranian Foreign Ministry spokesman Esmaeil Baghaei", "he"]),
        A("Greece", "country", "GRC", aliases=["Athens", "Greek"]),
        A("George Gerapetritis", "person", "GRC", "Foreign Minister", ["Foreign Minister George Gerapetritis"]),
        A("Vassilis Kikilias", "person", "GRC", "Shipping Minister", ["Greek Shipping Minister Vassilis Kikilias", "he"]),
        A("Skai television", "organization", "GRC", aliases=["Skai"]),
        A("Tim Hawkins", "person", "USA", "spokesperson", ["Commander Tim Hawkins", "A spokesperson for the U.S. Navy’s Fifth Fleet"], organization="U.S. Navy"),
        A("United States", "country", "USA", aliases=["Washington", "The State Department", "U.S.", "the United States"]),
        A("Philippines", "country", "PHL", aliases=["The Philippines", "Filipino"]),
        A("Arsenio Dominguez", "person", None, "secretary-general", ["the IMO chief"], organization="International Maritime Organization"),
        A("International Maritime Organization", "organization", None, aliases=["IMO"]),
        A("China", "country", "CHN", aliases=["Beijing", "Its foreign ministry"]),
    ],
    quotes=[
        Q("indirect", "it had lost contact with the 23 crew members, who include Greek, Filipino and Georgian sailors", "Kallisti Maritime", "say", "statement"),
        Q("indirect", "the tanker had been “violating international regulations” and was taken to the port of Bandar Abbas on a court order", "Islamic Revolutionary Guard Corps", "say"),
        Q("partial", "violating international regulations", "Islamic Revolutionary Guard Corps", "say"),
        Q("partial", "a legal matter, not a political one,", "Esmaeil Baghaei", "tell", "press conference"),
        Q("partial", "the hysterical reaction of certain Western capitals.", "Esmaeil Baghaei", "call"),
        Q("partial", "an act of piracy, pure and simple,", "George Gerapetritis", "say"),
        Q("direct", "The sea lanes of the Gulf are not Iran’s private property. Every day this crew is held is a day of shame for those who hold them.", "Vassilis Kikilias", "tell", "interview"),
        Q("direct", "We are in contact with our partners, and we will use every means at our disposal,", "Vassilis Kikilias", "tell", "interview"),
        Q("indirect", "a destroyer had monitored the seizure and that Iran’s “continued harassment of merchant vessels” threatened freedom of navigation", "Tim Hawkins", "say"),
        Q("partial", "continued harassment of merchant vessels", "Tim Hawkins", "say"),
        Q("indirect", "it was “gravely concerned” for the safety of its 14 sailors aboard and had asked Tehran for consular access through its embassy", "Philippines", "say"),
        Q("partial", "gravely concerned", "Philippines", "say"),
        Q("direct", "Seafarers must never be used as bargaining chips,", "Arsenio Dominguez", "say"),
        Q("indirect", "Beijing hoped the parties concerned would “properly handle the matter through dialogue.”", "China", "say"),
        Q("partial", "properly handle the matter through dialogue.", "China", "say"),
    ],
    dates=[
        D("March 19", "DATE", "2026-03-19"),
        D("Wednesday", "DATE", "2026-03-18"),
        D("midnight", "TIME", "2026-03-18T24:00"),
        D("Thursday", "DATE", "2026-03-19"),
        D("last November", "DATE", "2025-11"),
        D("a week", "DURATION", "P1W"),
    ],
    stances=[
        S("Islamic Revolutionary Guard Corps", "accuse", None, evidence="accusing it of smuggling fuel"),
        S("Esmaeil Baghaei", "reject", None, evidence="rejected what he called “the hysterical reaction of certain Western capitals.”"),
        S("Greece", "criticize", "Iran", evidence="Greece summoned the Iranian ambassador"),
        S("George Gerapetritis", "condemn", "Iran", evidence="“an act of piracy, pure and simple,”"),
        S("George Gerapetritis", "demand", "Iran", "release of the ship and its crew", "demanded the immediate release of the ship and its crew"),
        S("Vassilis Kikilias", "accuse", "Iran", evidence="The sea lanes of the Gulf are not Iran’s private property"),
        S("Vassilis Kikilias", "threaten", "Iran", evidence="we will use every means at our disposal"),
        S("Tim Hawkins", "accuse", "Iran", evidence="Iran’s “continued harassment of merchant vessels” threatened freedom of navigation"),
        S("United States", "demand", "Iran", "free the tanker", "The State Department called on Tehran to free the tanker at once"),
        S("Philippines", "concern", None, "safety of its sailors", "“gravely concerned” for the safety of its 14 sailors aboard"),
        S("Philippines", "appeal", "Iran", "consular access", "asked Tehran for consular access"),
        S("Arsenio Dominguez", "appeal", None, "restraint", "urged restraint"),
        S("China", "appeal", None, "dialogue", "hoped the parties concerned would “properly handle the matter through dialogue.”"),
    ],
    notes="Invented article (seventh development set; the ship, its operator, Hawkins and all quoted words are invented, "
          "the other officials used freely). Curly quotation marks. Kikilias's quote runs over a paragraph break (the first "
          "paragraph has no closing mark); each paragraph is annotated as its own direct quote, both told to Skai. The Guard "
          "accuses the tanker (not an actor): target null. Sepah News only carries the Guard's words. 'which Tehran called "
          "theft' is background about an earlier seizure and takes no stance. 'shortly before midnight' is annotated on "
          "'midnight'. 'Every day' in the quote is not a time expression of the article.",
)



# --------------------------------------------------------------------------- 3. court ruling on an ICC warrant in South Africa (British single quotes)
PRETORIA = """ date 2026-06-23 JOHANNESBURG, 23 June (Reuters) - South Africa's High Court ruled on Monday that the government must arrest Sudanese paramilitary commander Mohamed Hamdan Dagalo if he enters the country for next month's African Union summit, setting up a clash between Pretoria and several of its allies.

Judge Ntombi Mbatha said South Africa remained bound by the Rome Statute of the International Criminal Court, which issued a warrant for Dagalo in March over killings in Darfur. 'There is no diplomatic exception to the rule of law,' she wrote in a 40-page judgment.

The case was brought by the Southern Africa Litigation Centre, whose director, Anneke Meerkotter, called the ruling 'a victory for every survivor in El Geneina'.

The presidency said it respected the court but would study the judgment before deciding whether to appeal. 'The government has always honoured its obligations and will continue to do so,' presidential spokesman Vincent Magwenya told reporters at the Union Buildings. He declined to say whether Dagalo had been invited.

The Rapid Support Forces, which Dagalo leads, rejected the ruling as 'a politicised decision dictated from The Hague'. In a statement on Telegram, the group accused 'Western-funded organisations' of waging a campaign against Sudan's peace efforts and said its leader would travel 'wherever the African people call him'.

In Port Sudan, the army-backed government welcomed the judgment. Foreign Minister Omer Siddig said it was 'a message that no one can escape justice', and urged other African states to follow South Africa's example.

The African Union Commission said on Tuesday that it had taken note of the ruling and that preparations for the summit in Johannesburg, due to open on July 14, would go ahead. A senior AU official, who spoke on condition of anonymity, said the commission was privately pressing Pretoria to find 'a face-saving solution' before then.

Human Rights Watch praised the court. 'South Africa's judges have done what its politicians would not,' said Mausi Segun, the group's Africa director, adding that the government should make clear the warrant would be executed.

The United Arab Emirates, which has been accused by UN experts of arming the RSF, did not comment. The United States and Britain both said they supported the ICC's work in Darfur, with a State Department spokesperson calling the ruling 'an important step toward accountability'.

The dispute recalls 2015, when South Africa allowed Sudan's then-president Omar al-Bashir to leave a summit in Johannesburg despite a court order, a decision later found unlawful. The government briefly threatened to quit the ICC afterwards. Since the war in Sudan began three years ago, more than 150,000 people are estimated to have been killed."""

build(
    "icc-warrant-ruling-pretoria-2026-06-23", PRETORIA,
    actors=[
        A("South Africa", "country", "ZAF", aliases=["the government", "Pretoria", "The presidency", "South Africa's"]),
        A("High Court", "organization", "ZAF", aliases=["South Africa's High Court", "the court"]),
        A("Mohamed Hamdan Dagalo", "person", "SDN", "paramilitary commander", ["Sudanese paramilitary commander Mohamed Hamdan Dagalo", "Dagalo", "he", "its leader"]),
        A("Ntombi Mbatha", "person", "ZAF", "Judge", ["Judge Ntombi Mbatha", "she"]),
        A("International Criminal Court", "organization", None, aliases=["ICC", "The Hague"]),
        A("Southern Africa Litigation Centre", "organization", "ZAF"),
        A("Anneke Meerkotter", "person", "ZAF", "director", ["whose director, Anneke Meerkotter"], organization="Southern Africa Litigation Centre"),
        A("Vincent Magwenya", "person", "ZAF", "presidential spokesman", ["presidential spokesman Vincent Magwenya", "He"]),
        A("Rapid Support Forces", "group", "SDN", aliases=["The Rapid Support Forces", "RSF", "the group"]),
        A("Sudan", "country", "SDN", aliases=["the army-backed government", "Port Sudan", "Sudan's"]),
        A("Omer Siddig", "person", "SDN", "Foreign Minister", ["Foreign Minister Omer Siddig"]),
        A("African Union Commission", "organization", None, aliases=["The African Union Commission", "the commission", "AU"]),
        A("AU official", "person", None, "senior official", ["A senior AU official"], anonymous=True, organization="African Union Commission"),
        A("Human Rights Watch", "organization", None, aliases=["the group's"]),
        A("Mausi Segun", "person", None, "Africa director", ["Mausi Segun, the group's Africa director"], organization="Human Rights Watch"),
        A("United Arab Emirates", "country", "ARE", aliases=["The United Arab Emirates"]),
        A("United States", "country", "USA", aliases=["The United States", "State Department"]),
        A("United Kingdom", "country", "GBR", aliases=["Britain"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["a State Department spokesperson"], anonymous=True),
        A("Omar al-Bashir", "person", "SDN", "president", ["Sudan's then-president Omar al-Bashir"]),
    ],
    quotes=[
        Q("indirect", "South Africa remained bound by the Rome Statute of the International Criminal Court, which issued a warrant for Dagalo in March over killings in Darfur", "Ntombi Mbatha", "say"),
        Q("direct", "There is no diplomatic exception to the rule of law,", "Ntombi Mbatha", "write"),
        Q("partial", "a victory for every survivor in El Geneina", "Anneke Meerkotter", "call"),
        Q("indirect", "it respected the court but would study the judgment before deciding whether to appeal", "South Africa", "say"),
        Q("direct", "The government has always honoured its obligations and will continue to do so,", "Vincent Magwenya", "tell", "press conference"),
        Q("partial", "a politicised decision dictated from The Hague", "Rapid Support Forces", "reject"),
        Q("partial", "Western-funded organisations", "Rapid Support Forces", "accuse", "telegram"),
        Q("indirect", "its leader would travel 'wherever the African people call him'", "Rapid Support Forces", "say", "telegram"),
        Q("partial", "wherever the African people call him", "Rapid Support Forces", "say", "telegram"),
        Q("partial", "a message that no one can escape justice", "Omer Siddig", "say"),
        Q("indirect", "it had taken note of the ruling and that preparations for the summit in Johannesburg, due to open on July 14, would go ahead", "African Union Commission", "say"),
        Q("indirect", "the commission was privately pressing Pretoria to find 'a face-saving solution' before then", "AU official", "say"),
        Q("partial", "a face-saving solution", "AU official", "say"),
        Q("direct", "South Africa's judges have done what its politicians would not,", "Mausi Segun", "say"),
        Q("indirect", "the government should make clear the warrant would be executed", "Mausi Segun", "add"),
        Q("indirect", "they supported the ICC's work in Darfur", "United States", "say"),
        Q("partial", "an important step toward accountability", "State Department spokesperson", "call"),
    ],
    dates=[
        D("23 June", "DATE", "2026-06-23"),
        D("Monday", "DATE", "2026-06-22"),
        D("next month", "DATE", "2026-07"),
        D("March", "DATE", "2026-03"),
        D("Tuesday", "DATE", "2026-06-23"),
        D("July 14", "DATE", "2026-07-14"),
        D("2015", "DATE", "2015"),
        D("three years ago", "DATE", "2023"),
    ],
    stances=[
        S("Anneke Meerkotter", "praise", "High Court", evidence="called the ruling 'a victory for every survivor in El Geneina'"),
        S("Rapid Support Forces", "reject", "High Court", evidence="rejected the ruling as 'a politicised decision dictated from The Hague'"),
        S("Rapid Support Forces", "accuse", None, evidence="accused 'Western-funded organisations' of waging a campaign against Sudan's peace efforts"),
        S("Sudan", "welcome", "High Court", evidence="the army-backed government welcomed the judgment"),
        S("Omer Siddig", "appeal", None, "follow South Africa's example", "urged other African states to follow South Africa's example"),
        S("AU official", "appeal", "South Africa", "a face-saving solution", "the commission was privately pressing Pretoria to find 'a face-saving solution'"),
        S("Human Rights Watch", "praise", "High Court", evidence="Human Rights Watch praised the court"),
        S("Mausi Segun", "demand", "South Africa", "make clear the warrant would be executed", "the government should make clear the warrant would be executed"),
        S("United States", "support", "International Criminal Court", evidence="they supported the ICC's work in Darfur"),
        S("United Kingdom", "support", "International Criminal Court", evidence="they supported the ICC's work in Darfur"),
        S("State Department spokesperson", "praise", "High Court", evidence="calling the ruling 'an important step toward accountability'"),
    ],
    notes="Invented article (seventh development set; the ruling, the judge, the warrant and all quoted words are invented, "
          "the other officials and organisations used freely). British single quotation marks. The judge's words are "
          "'wrote', in the judgment (no channel). The shared US-UK statement gives both a support stance for the ICC. "
          "The unnamed AU official's account of private pressure is annotated as the official's appeal to South Africa "
          "(uncertain: the holder could be the commission). The UAE's silence and the 2015 episode (including the "
          "threat to quit the ICC) are background. 'three years ago' said in June 2026 is 2023. '40-page' is no date.",
)



# --------------------------------------------------------------------------- 4. Venezuelan raid on a Guyanese mining camp (live blog with time stamps)
ESSEQUIBO = """ date 2026-02-10 Live: Venezuelan troops raid Guyanese mining camp - reactions

Updated 10 February 2026

18:40 GMT - Guyana's President Irfaan Ali has addressed the nation. He said about 30 Venezuelan soldiers crossed the Cuyuni river before dawn, detained eleven gold miners for several hours and burned their equipment. "This was an armed incursion into our sovereign territory, and Guyana will defend every inch of it," Ali said. "We ask our friends to stand with us."

17:55 GMT - Brazil has moved armoured vehicles toward its northern border, the defence ministry in Brasilia says. Foreign Minister Mauro Vieira spoke by phone with his Venezuelan and Guyanese counterparts this afternoon and offered to host talks, according to a ministry statement.

17:10 GMT - Caracas has its own version. Venezuela's defence minister, Vladimir Padrino Lopez, wrote on Instagram that the troops were "dismantling an illegal mining operation on Venezuelan soil" run by "criminal gangs protected by ExxonMobil". He denied that any Guyanese national had been mistreated.

16:25 GMT - The Caribbean Community has issued a statement. CARICOM leaders "condemn in the strongest terms" the incursion and call on Venezuela to respect the 2023 Argyle Declaration, in which both countries pledged not to use force.

15:30 GMT - The U.S. State Department says it is "closely following" events. A spokesperson warned that Washington would "not tolerate threats to Guyana's territorial integrity" and reaffirmed "unwavering support" for Georgetown. The U.S. Southern Command chief visited Guyana last month.

14:45 GMT - Britain, the former colonial power, has summoned Venezuela's charge d'affaires in London, a Foreign Office source tells us. The source said the meeting would be "frank".

13:50 GMT - Guyanese Foreign Minister Hugh Todd says the miners, all released by midday, were held at gunpoint and made to kneel for hours. He says Guyana will take the matter to the International Court of Justice, which is hearing the border case, and to the UN Security Council.

12:15 GMT - ExxonMobil, whose offshore fields have made Guyana one of the world's fastest-growing economies, rejects Padrino's claim. "We have no mining operations in Guyana and no connection to this site," a company spokeswoman says in an email.

11:30 GMT - Colombian President Gustavo Petro, an ally of Nicolas Maduro's government until last year, urges "both sister nations" to keep the dispute "at the negotiating table and not on the river."

10:00 GMT - Good morning. Reports are coming in of Venezuelan troops crossing into Guyana's Essequibo region overnight, near the mining village of Eteringbang. We will bring you reactions through the day.

Venezuela claims about two-thirds of Guyana's territory, the Essequibo, and held a referendum on annexing it in December 2023. Tensions have flared several times since."""

build(
    "cross-border-raid-essequibo-2026-02-10", ESSEQUIBO,
    actors=[
        A("Guyana", "country", "GUY", aliases=["Georgetown", "Guyanese", "Guyana's"]),
        A("Irfaan Ali", "person", "GUY", "President", ["Guyana's President Irfaan Ali", "Ali", "He"]),
        A("Venezuela", "country", "VEN", aliases=["Caracas", "Venezuelan", "Venezuela's", "Nicolas Maduro's government"]),
        A("Brazil", "country", "BRA", aliases=["the defence ministry in Brasilia", "Brasilia", "a ministry statement"]),
        A("Mauro Vieira", "person", "BRA", "Foreign Minister", ["Foreign Minister Mauro Vieira"]),
        A("Vladimir Padrino Lopez", "person", "VEN", "defence minister", ["Venezuela's defence minister, Vladimir Padrino Lopez", "Padrino", "He"]),
        A("ExxonMobil", "organization", "USA", aliases=["a company spokeswoman"]),
        A("Caribbean Community", "organization", None, aliases=["The Caribbean Community", "CARICOM", "CARICOM leaders"]),
        A("United States", "country", "USA", aliases=["The U.S. State Department", "Washington", "A spokesperson"]),
        A("U.S. Southern Command", "organization", "USA", aliases=["The U.S. Southern Command chief"]),
        A("United Kingdom", "country", "GBR", aliases=["Britain", "London"]),
        A("Foreign Office source", "person", "GBR", "source", ["a Foreign Office source", "The source"], anonymous=True),
        A("Hugh Todd", "person", "GUY", "Foreign Minister", ["Guyanese Foreign Minister Hugh Todd", "He"]),
        A("International Court of Justice", "organization", None),
        A("UN Security Council", "organization", None),
        A("Gustavo Petro", "person", "COL", "President", ["Colombian President Gustavo Petro"]),
        A("Nicolas Maduro", "person", "VEN", "President"),
    ],
    quotes=[
        Q("indirect", "about 30 Venezuelan soldiers crossed the Cuyuni river before dawn, detained eleven gold miners for several hours and burned their equipment", "Irfaan Ali", "say"),
        Q("direct", "This was an armed incursion into our sovereign territory, and Guyana will defend every inch of it,", "Irfaan Ali", "say"),
        Q("direct", "We ask our friends to stand with us.", "Irfaan Ali", "say"),
        Q("indirect", "Brazil has moved armoured vehicles toward its northern border", "Brazil", "say"),
        Q("indirect", "the troops were \"dismantling an illegal mining operation on Venezuelan soil\" run by \"criminal gangs protected by ExxonMobil\"", "Vladimir Padrino Lopez", "write", "instagram"),
        Q("partial", "dismantling an illegal mining operation on Venezuelan soil", "Vladimir Padrino Lopez", "write", "instagram"),
        Q("partial", "criminal gangs protected by ExxonMobil", "Vladimir Padrino Lopez", "write", "instagram"),
        Q("partial", "condemn in the strongest terms", "Caribbean Community", "statement", "statement"),
        Q("indirect", "it is \"closely following\" events", "United States", "say"),
        Q("partial", "closely following", "United States", "say"),
        Q("partial", "not tolerate threats to Guyana's territorial integrity", "United States", "warn"),
        Q("partial", "unwavering support", "United States", "reaffirm"),
        Q("indirect", "Britain, the former colonial power, has summoned Venezuela's charge d'affaires in London", "Foreign Office source", "tell"),
        Q("indirect", "the meeting would be \"frank\"", "Foreign Office source", "say"),
        Q("partial", "frank", "Foreign Office source", "say"),
        Q("indirect", "the miners, all released by midday, were held at gunpoint and made to kneel for hours", "Hugh Todd", "say"),
        Q("indirect", "Guyana will take the matter to the International Court of Justice, which is hearing the border case, and to the UN Security Council", "Hugh Todd", "say"),
        Q("direct", "We have no mining operations in Guyana and no connection to this site,", "ExxonMobil", "say", "email"),
        Q("partial", "both sister nations", "Gustavo Petro", "urge"),
        Q("partial", "at the negotiating table and not on the river.", "Gustavo Petro", "urge"),
    ],
    dates=[
        D("10 February 2026", "DATE", "2026-02-10"),
        D("18:40 GMT", "TIME", "2026-02-10T18:40"),
        D("dawn", "TIME", "2026-02-10TMO"),
        D("several hours", "DURATION", "PTXH"),
        D("17:55 GMT", "TIME", "2026-02-10T17:55"),
        D("this afternoon", "TIME", "2026-02-10TAF"),
        D("17:10 GMT", "TIME", "2026-02-10T17:10"),
        D("16:25 GMT", "TIME", "2026-02-10T16:25"),
        D("2023", "DATE", "2023"),
        D("15:30 GMT", "TIME", "2026-02-10T15:30"),
        D("last month", "DATE", "2026-01"),
        D("14:45 GMT", "TIME", "2026-02-10T14:45"),
        D("13:50 GMT", "TIME", "2026-02-10T13:50"),
        D("midday", "TIME", "2026-02-10T12:00"),
        D("hours", "DURATION", "PTXH", n=1),
        D("12:15 GMT", "TIME", "2026-02-10T12:15"),
        D("11:30 GMT", "TIME", "2026-02-10T11:30"),
        D("last year", "DATE", "2025"),
        D("10:00 GMT", "TIME", "2026-02-10T10:00"),
        D("overnight", "TIME", "2026-02-10TNI"),
        D("December 2023", "DATE", "2023-12"),
    ],
    stances=[
        S("Irfaan Ali", "condemn", "Venezuela", evidence="This was an armed incursion into our sovereign territory"),
        S("Irfaan Ali", "appeal", None, "stand with Guyana", "We ask our friends to stand with us."),
        S("Mauro Vieira", "consult", "Venezuela", evidence="spoke by phone with his Venezuelan and Guyanese counterparts"),
        S("Mauro Vieira", "consult", "Guyana", evidence="spoke by phone with his Venezuelan and Guyanese counterparts"),
        S("Mauro Vieira", "mediate", None, evidence="offered to host talks"),
        S("Vladimir Padrino Lopez", "accuse", "ExxonMobil", evidence="\"criminal gangs protected by ExxonMobil\""),
        S("Vladimir Padrino Lopez", "reject", "Guyana", evidence="He denied that any Guyanese national had been mistreated"),
        S("Caribbean Community", "condemn", "Venezuela", evidence="\"condemn in the strongest terms\" the incursion"),
        S("Caribbean Community", "demand", "Venezuela", "respect the Argyle Declaration", "call on Venezuela to respect the 2023 Argyle Declaration"),
        S("United States", "threaten", "Venezuela", evidence="would \"not tolerate threats to Guyana's territorial integrity\""),
        S("United States", "support", "Guyana", evidence="reaffirmed \"unwavering support\" for Georgetown"),
        S("United Kingdom", "criticize", "Venezuela", evidence="has summoned Venezuela's charge d'affaires in London"),
        S("Hugh Todd", "accuse", "Venezuela", evidence="were held at gunpoint and made to kneel for hours"),
        S("ExxonMobil", "reject", "Vladimir Padrino Lopez", evidence="rejects Padrino's claim"),
        S("Gustavo Petro", "appeal", None, "negotiation", "urges \"both sister nations\" to keep the dispute \"at the negotiating table and not on the river.\""),
    ],
    notes="Invented article (seventh development set; the raid, the miners and all quoted words are invented, the officials "
          "used freely). Live blog in reverse order with GMT time stamps (annotated with the article date). The ministry's "
          "and the State Department's unnamed spokespeople speak for their countries; the Foreign Office source is an "
          "anonymous actor, but the summons is Britain's stance. Vieira's phone calls are consult stances with both "
          "countries. 'before dawn' is annotated on 'dawn' (morning); 'for hours' is a vague duration like 'several hours'. Venezuela's claim and referendum in the last paragraph are background.",
)



# --------------------------------------------------------------------------- 5. Serbia buys Chinese fighter jets (wire, titles in several word orders)
BELGRADE = """ date 2026-08-27 BELGRADE, Aug 27 (Reuters) - Serbia has agreed to buy 12 Chinese J-10 fighter jets and a second battery of HQ-22 air defence missiles, President Aleksandar Vucic announced on Thursday, drawing sharp criticism from neighbouring Kosovo and Croatia and unease in Brussels.

The deal, worth about 1.5 billion euros according to two people familiar with the negotiations, would make Serbia the first European country to fly Chinese combat aircraft. Vucic said deliveries would begin in 2028.

"We are a small country that has been bombed once. We will never again be defenceless, and we will buy from whoever sells to us," the Serbian president told a news conference at the Presidency, flanked by Defence Minister Bratislav Gasic. He insisted the purchase was "directed against nobody".

In Pristina, Kosovo's Prime Minister Albin Kurti said the deal was "a grave threat to the security of the whole region" and accused Belgrade of "arming itself for revenge". He called on NATO to reinforce its KFOR peacekeeping mission.

Croatia's defence minister, Ivan Anusic, said on Wednesday evening, after the first reports of the deal, that Zagreb would respond by speeding up its own purchase of French Rafale jets. "Whoever buys weapons from Beijing should not expect to be treated as a partner by Europe," he said.

The European Commission said it had "taken note" of the announcement. Its spokeswoman for foreign affairs, Anitta Hipper, told reporters that candidate countries were expected to "progressively align" with the bloc's foreign and security policy, and that Commissioner Marta Kos would raise the matter with Serbian officials during her visit to Belgrade next week.

A NATO official, who asked not to be named, said the alliance was "following closely" and remained committed to stability in the Western Balkans. The United States did not immediately comment.

China welcomed the agreement. Defence ministry spokesman Zhang Xiaogang said military cooperation with Serbia "does not target any third party" and praised Belgrade as "an ironclad friend". Beijing and Belgrade upgraded their relations to a "community with a shared future" during a visit by Chinese President Xi Jinping two years ago.

Russia, which had long supplied Serbia with MiG-29 jets, was more muted. Kremlin spokesman Dmitry Peskov said Moscow respected Serbia's sovereign right to choose its partners.

Serbia's opposition was divided. Dragan Djilas, leader of the Freedom and Justice Party, said the government had taken the decision "behind the backs of citizens" and demanded a parliamentary debate, while nationalist parties applauded it.

Vucic has balanced for years between Serbia's bid to join the European Union and its ties with Russia and China. Serbia has bought Chinese drones and missiles since 2020, and held joint exercises with Chinese forces for the first time this spring."""

build(
    "arms-deal-belgrade-2026-08-27", BELGRADE,
    actors=[
        A("Serbia", "country", "SRB", aliases=["Belgrade", "Serbian", "the government", "Serbia's"]),
        A("Aleksandar Vucic", "person", "SRB", "President", ["President Aleksandar Vucic", "Vucic", "the Serbian president", "He"]),
        A("Bratislav Gasic", "person", "SRB", "Defence Minister", ["Defence Minister Bratislav Gasic"]),
        A("Kosovo", "country", "XKX", aliases=["Pristina", "Kosovo's"]),
        A("Albin Kurti", "person", "XKX", "Prime Minister", ["Kosovo's Prime Minister Albin Kurti", "He"]),
        A("Croatia", "country", "HRV", aliases=["Zagreb", "Croatia's"]),
        A("Ivan Anusic", "person", "HRV", "defence minister", ["Croatia's defence minister, Ivan Anusic", "he"]),
        A("NATO", "organization", None, aliases=["the alliance"]),
        A("KFOR", "organization", None, aliases=["its KFOR peacekeeping mission"]),
        A("European Commission", "organization", None, aliases=["The European Commission", "Brussels", "Its", "the bloc's"]),
        A("Anitta Hipper", "person", None, "spokeswoman for foreign affairs", ["Its spokeswoman for foreign affairs, Anitta Hipper"], organization="European Commission"),
        A("Marta Kos", "person", None, "Commissioner", ["Commissioner Marta Kos", "her"], organization="European Commission"),
        A("NATO official", "person", None, "official", ["A NATO official"], anonymous=True, organization="NATO"),
        A("United States", "country", "USA", aliases=["The United States"]),
        A("China", "country", "CHN", aliases=["Beijing", "Chinese"]),
        A("Zhang Xiaogang", "person", "CHN", "Defence ministry spokesman", ["Defence ministry spokesman Zhang Xiaogang"]),
        A("Xi Jinping", "person", "CHN", "President", ["Chinese President Xi Jinping"]),
        A("Russia", "country", "RUS", aliases=["Moscow"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Kremlin spokesman Dmitry Peskov"]),
        A("Dragan Djilas", "person", "SRB", "party leader", ["Dragan Djilas, leader of the Freedom and Justice Party"]),
        A("Freedom and Justice Party", "organization", "SRB"),
        A("nationalist parties", "group", "SRB"),
    ],
    quotes=[
        Q("indirect", "deliveries would begin in 2028", "Aleksandar Vucic", "say"),
        Q("direct", "We are a small country that has been bombed once. We will never again be defenceless, and we will buy from whoever sells to us,", "Aleksandar Vucic", "tell", "press conference"),
        Q("indirect", "the purchase was \"directed against nobody\"", "Aleksandar Vucic", "insist", "press conference"),
        Q("partial", "directed against nobody", "Aleksandar Vucic", "insist", "press conference"),
        Q("partial", "a grave threat to the security of the whole region", "Albin Kurti", "say"),
        Q("partial", "arming itself for revenge", "Albin Kurti", "accuse"),
        Q("indirect", "Zagreb would respond by speeding up its own purchase of French Rafale jets", "Ivan Anusic", "say"),
        Q("direct", "Whoever buys weapons from Beijing should not expect to be treated as a partner by Europe,", "Ivan Anusic", "say"),
        Q("indirect", "it had \"taken note\" of the announcement", "European Commission", "say"),
        Q("partial", "taken note", "European Commission", "say"),
        Q("indirect", "candidate countries were expected to \"progressively align\" with the bloc's foreign and security policy, and that Commissioner Marta Kos would raise the matter with Serbian officials during her visit to Belgrade next week", "Anitta Hipper", "tell", "press conference"),
        Q("partial", "progressively align", "Anitta Hipper", "tell", "press conference"),
        Q("indirect", "the alliance was \"following closely\" and remained committed to stability in the Western Balkans", "NATO official", "say"),
        Q("partial", "following closely", "NATO official", "say"),
        Q("indirect", "military cooperation with Serbia \"does not target any third party\"", "Zhang Xiaogang", "say"),
        Q("partial", "does not target any third party", "Zhang Xiaogang", "say"),
        Q("partial", "an ironclad friend", "Zhang Xiaogang", "praise"),
        Q("indirect", "Moscow respected Serbia's sovereign right to choose its partners", "Dmitry Peskov", "say"),
        Q("indirect", "the government had taken the decision \"behind the backs of citizens\"", "Dragan Djilas", "say"),
        Q("partial", "behind the backs of citizens", "Dragan Djilas", "say"),
    ],
    dates=[
        D("Aug 27", "DATE", "2026-08-27"),
        D("Thursday", "DATE", "2026-08-27"),
        D("2028", "DATE", "2028"),
        D("Wednesday evening", "TIME", "2026-08-26TEV"),
        D("next week", "DATE", "2026-W36"),
        D("two years ago", "DATE", "2024"),
        D("for years", "DURATION", "PXY"),
        D("2020", "DATE", "2020"),
        D("this spring", "DATE", "2026-SP"),
    ],
    stances=[
        S("Albin Kurti", "condemn", "Serbia", evidence="\"a grave threat to the security of the whole region\""),
        S("Albin Kurti", "accuse", "Serbia", evidence="accused Belgrade of \"arming itself for revenge\""),
        S("Albin Kurti", "appeal", "NATO", "reinforce KFOR", "called on NATO to reinforce its KFOR peacekeeping mission"),
        S("Ivan Anusic", "threaten", "Serbia", evidence="Zagreb would respond by speeding up its own purchase of French Rafale jets"),
        S("Ivan Anusic", "criticize", "Serbia", evidence="Whoever buys weapons from Beijing should not expect to be treated as a partner by Europe"),
        S("Anitta Hipper", "demand", "Serbia", "align with EU foreign and security policy", "candidate countries were expected to \"progressively align\" with the bloc's foreign and security policy"),
        S("China", "welcome", "Serbia", evidence="China welcomed the agreement"),
        S("Zhang Xiaogang", "praise", "Serbia", evidence="praised Belgrade as \"an ironclad friend\""),
        S("Dmitry Peskov", "support", "Serbia", evidence="Moscow respected Serbia's sovereign right to choose its partners"),
        S("Dragan Djilas", "criticize", "Serbia", evidence="the government had taken the decision \"behind the backs of citizens\""),
        S("Dragan Djilas", "demand", "Serbia", "a parliamentary debate", "demanded a parliamentary debate"),
        S("nationalist parties", "support", "Serbia", evidence="nationalist parties applauded it"),
    ],
    notes="Invented article (seventh development set; the deal and all quoted words are invented, the officials used "
          "freely). Vucic appears as 'President Aleksandar Vucic', 'the Serbian president', 'Vucic' and 'He'. The 'two "
          "people familiar with the negotiations' give a figure only and are not annotated as actors. Anusic's reaction "
          "was given on the eve (Wednesday evening). The Commission's 'taken note' and NATO's 'following closely' take no "
          "stance; Hipper's expectation that candidates align is a demand on Serbia (uncertain). Kos raising the matter "
          "next week is a planned consultation, not annotated. Peskov's 'respected the sovereign right' is read as "
          "support for Serbia (uncertain). 'this spring' said in August is spring 2026.",
)



# --------------------------------------------------------------------------- 6. Taliban order UN to dismiss Afghan women staff (agency story, guillemets in a translated statement)
KABUL = """ date 2026-10-14 KABUL, Oct 14 (dpa) - The United Nations said on Wednesday it would suspend most of its aid programmes in Afghanistan after the Taliban ordered it to dismiss all Afghan women on its staff within 30 days, a move that drew condemnation from Western governments and Muslim-majority states alike.

The order, issued on Monday by the Ministry of Economy, says foreign organisations that employ women "in violation of Islamic law" will lose their licences. In a statement in Pashto, government spokesman Zabihullah Mujahid wrote: «The Islamic Emirate respects the work of the United Nations, but it will not allow any organisation to interfere in the internal affairs of the Afghan people.» He said the decision was final.

Roza Otunbayeva, head of the UN Assistance Mission in Afghanistan, told reporters in Kabul that the mission would not "choose between our female colleagues and the people we serve." She said UNAMA had asked for an urgent meeting with the Taliban's supreme leader's office in Kandahar.

UN Secretary-General Antonio Guterres called the order "unconscionable" and urged the de facto authorities to reverse it immediately. The World Food Programme warned that up to 6 million people could lose food assistance before winter.

The Organisation of Islamic Cooperation, which has repeatedly sent delegations of clerics to Kabul, said it was "deeply disappointed". Its secretary general, Hissein Brahim Taha, said that nothing in Islam prevents women from working to feed their families.

Qatar, which hosts the Taliban's political office, said its foreign ministry had been in contact with officials in Kabul since Tuesday and was ready to help "find a solution that preserves humanitarian access". Pakistan, whose relations with the Taliban have soured over cross-border attacks, said through its foreign office spokesman that the decision would "further isolate Afghanistan".

Germany, one of the largest donors, announced it would freeze new development funding. "We will not pay for a system that shuts women out of every part of life," Development Minister Reem Alabali-Radovan said in Berlin. Britain and Canada issued a joint statement condemning what they called "gender apartheid".

Afghan women who work for UN agencies described despair. One of them, an engineer with a water project in Herat, said she was the only earner for a family of seven. "If I lose this job, my daughters lose their school too," she told dpa by phone, asking not to be named.

Russia, the only country to have formally recognised the Taliban government, declined to criticise the order. Foreign ministry spokeswoman Maria Zakharova said Moscow opposed "the politicisation of humanitarian aid" and called for dialogue with Kabul.

Since returning to power in August 2021, the Taliban have barred girls from secondary school and women from universities, parks and most jobs. In 2023 they banned Afghan women from working for the UN, though the ban was enforced unevenly until this week."""

build(
    "women-staff-ban-kabul-2026-10-14", KABUL,
    actors=[
        A("United Nations", "organization", None, aliases=["The United Nations", "UN", "its", "it"]),
        A("Taliban", "group", "AFG", aliases=["the Taliban", "the de facto authorities", "The Islamic Emirate", "Kabul", "the Ministry of Economy", "the Taliban government", "they"]),
        A("Zabihullah Mujahid", "person", "AFG", "government spokesman", ["government spokesman Zabihullah Mujahid", "He"], organization="Taliban"),
        A("Roza Otunbayeva", "person", None, "head of the UN Assistance Mission in Afghanistan", ["Roza Otunbayeva, head of the UN Assistance Mission in Afghanistan", "She"], organization="UNAMA"),
        A("UNAMA", "organization", None, aliases=["the UN Assistance Mission in Afghanistan", "the mission"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["UN Secretary-General Antonio Guterres"], organization="United Nations"),
        A("World Food Programme", "organization", None, aliases=["The World Food Programme"]),
        A("Organisation of Islamic Cooperation", "organization", None, aliases=["The Organisation of Islamic Cooperation", "Its"]),
        A("Hissein Brahim Taha", "person", None, "secretary general", ["Its secretary general, Hissein Brahim Taha"], organization="Organisation of Islamic Cooperation"),
        A("Qatar", "country", "QAT", aliases=["its foreign ministry"]),
        A("Pakistan", "country", "PAK", aliases=["its foreign office spokesman"]),
        A("Germany", "country", "DEU", aliases=["Berlin"]),
        A("Reem Alabali-Radovan", "person", "DEU", "Development Minister", ["Development Minister Reem Alabali-Radovan"]),
        A("United Kingdom", "country", "GBR", aliases=["Britain"]),
        A("Canada", "country", "CAN"),
        A("Afghan engineer", "person", "AFG", "engineer", ["an engineer with a water project in Herat", "One of them", "she"], anonymous=True),
        A("dpa", "organization", "DEU"),
        A("Russia", "country", "RUS", aliases=["Moscow"]),
        A("Maria Zakharova", "person", "RUS", "Foreign ministry spokeswoman", ["Foreign ministry spokeswoman Maria Zakharova"]),
    ],
    quotes=[
        Q("indirect", "it would suspend most of its aid programmes in Afghanistan after the Taliban ordered it to dismiss all Afghan women on its staff within 30 days", "United Nations", "say"),
        Q("partial", "in violation of Islamic law", "Taliban", "say"),
        Q("direct", "The Islamic Emirate respects the work of the United Nations, but it will not allow any organisation to interfere in the internal affairs of the Afghan people.", "Zabihullah Mujahid", "write", "statement"),
        Q("indirect", "the decision was final", "Zabihullah Mujahid", "say", "statement"),
        Q("indirect", "the mission would not \"choose between our female colleagues and the people we serve.\"", "Roza Otunbayeva", "tell", "press conference"),
        Q("partial", "choose between our female colleagues and the people we serve.", "Roza Otunbayeva", "tell", "press conference"),
        Q("indirect", "UNAMA had asked for an urgent meeting with the Taliban's supreme leader's office in Kandahar", "Roza Otunbayeva", "say"),
        Q("partial", "unconscionable", "Antonio Guterres", "call"),
        Q("indirect", "up to 6 million people could lose food assistance before winter", "World Food Programme", "warn"),
        Q("indirect", "it was \"deeply disappointed\"", "Organisation of Islamic Cooperation", "say"),
        Q("partial", "deeply disappointed", "Organisation of Islamic Cooperation", "say"),
        Q("indirect", "nothing in Islam prevents women from working to feed their families", "Hissein Brahim Taha", "say"),
        Q("indirect", "its foreign ministry had been in contact with officials in Kabul since Tuesday and was ready to help \"find a solution that preserves humanitarian access\"", "Qatar", "say"),
        Q("partial", "find a solution that preserves humanitarian access", "Qatar", "say"),
        Q("indirect", "the decision would \"further isolate Afghanistan\"", "Pakistan", "say"),
        Q("partial", "further isolate Afghanistan", "Pakistan", "say"),
        Q("indirect", "it would freeze new development funding", "Germany", "announce"),
        Q("direct", "We will not pay for a system that shuts women out of every part of life,", "Reem Alabali-Radovan", "say"),
        Q("partial", "gender apartheid", "United Kingdom", "call", "statement"),
        Q("partial", "gender apartheid", "Canada", "call", "statement", optional=True),
        Q("indirect", "she was the only earner for a family of seven", "Afghan engineer", "say"),
        Q("direct", "If I lose this job, my daughters lose their school too,", "Afghan engineer", "tell", "phone call"),
        Q("indirect", "Moscow opposed \"the politicisation of humanitarian aid\"", "Maria Zakharova", "say"),
        Q("partial", "the politicisation of humanitarian aid", "Maria Zakharova", "say"),
    ],
    dates=[
        D("Oct 14", "DATE", "2026-10-14"),
        D("Wednesday", "DATE", "2026-10-14"),
        D("30 days", "DURATION", "P30D"),
        D("Monday", "DATE", "2026-10-12"),
        D("winter", "DATE", "2026-WI"),
        D("Tuesday", "DATE", "2026-10-13"),
        D("August 2021", "DATE", "2021-08"),
        D("2023", "DATE", "2023"),
        D("this week", "DATE", "2026-W42"),
    ],
    stances=[
        S("Zabihullah Mujahid", "reject", "United Nations", evidence="it will not allow any organisation to interfere in the internal affairs of the Afghan people"),
        S("Roza Otunbayeva", "reject", "Taliban", evidence="the mission would not \"choose between our female colleagues and the people we serve.\""),
        S("Roza Otunbayeva", "consult", "Taliban", evidence="had asked for an urgent meeting with the Taliban's supreme leader's office"),
        S("Antonio Guterres", "condemn", "Taliban", evidence="called the order \"unconscionable\""),
        S("Antonio Guterres", "demand", "Taliban", "reverse the order", "urged the de facto authorities to reverse it immediately"),
        S("World Food Programme", "concern", None, "loss of food assistance", "warned that up to 6 million people could lose food assistance"),
        S("Organisation of Islamic Cooperation", "criticize", "Taliban", evidence="\"deeply disappointed\""),
        S("Hissein Brahim Taha", "criticize", "Taliban", evidence="nothing in Islam prevents women from working to feed their families"),
        S("Qatar", "consult", "Taliban", evidence="had been in contact with officials in Kabul since Tuesday"),
        S("Qatar", "mediate", None, evidence="was ready to help \"find a solution that preserves humanitarian access\""),
        S("Pakistan", "criticize", "Taliban", evidence="the decision would \"further isolate Afghanistan\""),
        S("Germany", "threaten", "Taliban", evidence="announced it would freeze new development funding"),
        S("Reem Alabali-Radovan", "criticize", "Taliban", evidence="We will not pay for a system that shuts women out of every part of life"),
        S("United Kingdom", "condemn", "Taliban", evidence="condemning what they called \"gender apartheid\""),
        S("Canada", "condemn", "Taliban", evidence="condemning what they called \"gender apartheid\""),
        S("Maria Zakharova", "appeal", None, "dialogue with Kabul", "called for dialogue with Kabul"),
    ],
    notes="Invented article (seventh development set; the order, the engineer and all quoted words are invented, the "
          "officials used freely). The Taliban are a group speaking through their ministries and spokesman; 'Kabul' "
          "stands for them. The spokesman's statement is printed between guillemets, introduced by a colon. The UN "
          "speaks as an organisation ('it'); UNAMA's request for a meeting is a consult stance with the Taliban. The "
          "UK-Canada statement: one partial quote, annotated for Britain with Canada's optional. Germany's funding "
          "freeze is a sanction, annotated as a threaten stance (uncertain: could be read as a criticism). Russia's "
          "'declined to criticise' takes no stance; Zakharova's opposition to politicisation is an appeal only. "
          "'this week' is 2026-W42. 'winter' is the coming winter 2026.",
)



# --------------------------------------------------------------------------- 7. Niger halts uranium exports by a French company (wire with posts on X)
NIAMEY = """ date 2026-04-02 NIAMEY, April 2 (AFP) - Niger's military government on Thursday banned all uranium exports by the French nuclear group Orano and ordered its remaining expatriate staff to leave within 72 hours, escalating a two-year dispute over one of the world's largest uranium mines.

The decree, read on state television by Mines Minister Ousmane Abarchi, accuses Orano of "plundering the wealth of the Nigerien people for half a century" and transfers control of the Arlit site to a new state company. General Abdourahamane Tiani, the head of the junta, said in a post on X that Niger "will no longer be a reservoir for others".

Orano said it "firmly contests" the decision and would pursue its claim before the World Bank's arbitration tribunal, the ICSID, which last year ordered Niamey not to sell the mine's stock. "We have not been paid for ore that belongs to us, and our employees are being expelled without any legal basis," chief executive Nicolas Maes told Franceinfo radio.

France's foreign ministry said the measure violated Niger's international commitments and called on the authorities to respect the ICSID's decisions. A French diplomat, speaking on condition of anonymity, said Paris had "no illusions" about the junta but would not retaliate for now.

Mali and Burkina Faso, Niger's partners in the Alliance of Sahel States, hailed the decree. "Our resources for our peoples. Bravo to brother Niger!" Burkinabe Prime Minister Rimtalba Jean Emmanuel Ouedraogo wrote on Facebook.

Russia, whose state nuclear company Rosatom signed a memorandum with Niger on uranium mining last year, praised what it called Niamey's "legitimate choice". Deputy Foreign Minister Sergei Vershinin said Moscow was ready to help Niger develop the industry "on an equal footing".

The European Union urged restraint. In a statement issued on Thursday evening, the bloc's foreign policy chief, Kaja Kallas, said the EU "regrets" the decision and hoped for a negotiated settlement, adding that it would keep supporting the people of Niger.

Analysts said the ban would have little effect on French power stations, which have diversified their supply since the 2023 coup. But the International Atomic Energy Agency said it was seeking assurances about the security of about 1,500 tonnes of uranium concentrate stored at the site. The agency's director general, Rafael Grossi, spoke by telephone on Wednesday night with Niger's foreign minister, Bakary Yaou Sangare, an IAEA spokesman said.

Nigeriens in Niamey celebrated the announcement. "They took our uranium for fifty years and we still have no electricity," said Moussa Garba, a mechanic, at a rally outside the mines ministry.

Niger's army seized power in July 2023, expelled French troops and has since turned to Russia for security."""

build(
    "uranium-export-ban-niamey-2026-04-02", NIAMEY,
    actors=[
        A("Niger", "country", "NER", aliases=["Niger's military government", "Niamey", "the junta", "the authorities", "Niger's", "brother Niger"]),
        A("Orano", "organization", "FRA", aliases=["the French nuclear group Orano"]),
        A("Ousmane Abarchi", "person", "NER", "Mines Minister", ["Mines Minister Ousmane Abarchi"]),
        A("Abdourahamane Tiani", "person", "NER", "head of the junta", ["General Abdourahamane Tiani, the head of the junta"]),
        A("ICSID", "organization", None, aliases=["the World Bank's arbitration tribunal", "the ICSID"]),
        A("Nicolas Maes", "person", "FRA", "chief executive", ["chief executive Nicolas Maes"], organization="Orano"),
        A("Franceinfo", "organization", "FRA", aliases=["Franceinfo radio"]),
        A("France", "country", "FRA", aliases=["France's foreign ministry", "Paris", "French"]),
        A("French diplomat", "person", "FRA", "diplomat", ["A French diplomat"], anonymous=True),
        A("Mali", "country", "MLI"),
        A("Burkina Faso", "country", "BFA", aliases=["Burkinabe"]),
        A("Alliance of Sahel States", "organization", None),
        A("Rimtalba Jean Emmanuel Ouedraogo", "person", "BFA", "Prime Minister", ["Burkinabe Prime Minister Rimtalba Jean Emmanuel Ouedraogo"]),
        A("Russia", "country", "RUS", aliases=["Moscow"]),
        A("Rosatom", "organization", "RUS"),
        A("Sergei Vershinin", "person", "RUS", "Deputy Foreign Minister", ["Deputy Foreign Minister Sergei Vershinin"]),
        A("European Union", "organization", None, aliases=["The European Union", "the EU", "the bloc's"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["the bloc's foreign policy chief, Kaja Kallas"], organization="European Union"),
        A("International Atomic Energy Agency", "organization", None, aliases=["the International Atomic Energy Agency", "The agency's", "IAEA"]),
        A("Rafael Grossi", "person", None, "director general", ["The agency's director general, Rafael Grossi"], organization="International Atomic Energy Agency"),
        A("Bakary Yaou Sangare", "person", "NER", "foreign minister", ["Niger's foreign minister, Bakary Yaou Sangare"]),
        A("IAEA spokesman", "person", None, "spokesman", ["an IAEA spokesman"], anonymous=True, organization="International Atomic Energy Agency"),
        A("Moussa Garba", "person", "NER", "mechanic", ["Moussa Garba, a mechanic"]),
    ],
    quotes=[
        Q("partial", "plundering the wealth of the Nigerien people for half a century", "Ousmane Abarchi", "accuse"),
        Q("indirect", "Niger \"will no longer be a reservoir for others\"", "Abdourahamane Tiani", "say", "twitter"),
        Q("partial", "will no longer be a reservoir for others", "Abdourahamane Tiani", "say", "twitter"),
        Q("indirect", "it \"firmly contests\" the decision and would pursue its claim before the World Bank's arbitration tribunal, the ICSID, which last year ordered Niamey not to sell the mine's stock", "Orano", "say"),
        Q("partial", "firmly contests", "Orano", "say"),
        Q("direct", "We have not been paid for ore that belongs to us, and our employees are being expelled without any legal basis,", "Nicolas Maes", "tell", "interview"),
        Q("indirect", "the measure violated Niger's international commitments", "France", "say"),
        Q("indirect", "Paris had \"no illusions\" about the junta but would not retaliate for now", "French diplomat", "say"),
        Q("partial", "no illusions", "French diplomat", "say"),
        Q("direct", "Our resources for our peoples. Bravo to brother Niger!", "Rimtalba Jean Emmanuel Ouedraogo", "write", "facebook"),
        Q("partial", "legitimate choice", "Russia", "call"),
        Q("indirect", "Moscow was ready to help Niger develop the industry \"on an equal footing\"", "Sergei Vershinin", "say"),
        Q("partial", "on an equal footing", "Sergei Vershinin", "say"),
        Q("indirect", "the EU \"regrets\" the decision and hoped for a negotiated settlement", "Kaja Kallas", "say", "statement"),
        Q("partial", "regrets", "Kaja Kallas", "say", "statement"),
        Q("indirect", "it would keep supporting the people of Niger", "Kaja Kallas", "add", "statement"),
        Q("indirect", "the ban would have little effect on French power stations, which have diversified their supply since the 2023 coup", None, "say", optional=True),
        Q("indirect", "it was seeking assurances about the security of about 1,500 tonnes of uranium concentrate stored at the site", "International Atomic Energy Agency", "say"),
        Q("indirect", "The agency's director general, Rafael Grossi, spoke by telephone on Wednesday night with Niger's foreign minister, Bakary Yaou Sangare", "IAEA spokesman", "say"),
        Q("direct", "They took our uranium for fifty years and we still have no electricity,", "Moussa Garba", "say"),
    ],
    dates=[
        D("April 2", "DATE", "2026-04-02"),
        D("Thursday", "DATE", "2026-04-02"),
        D("72 hours", "DURATION", "PT72H"),
        D("two-year", "DURATION", "P2Y"),
        D("half a century", "DURATION", "P50Y"),
        D("last year", "DATE", "2025"),
        D("last year", "DATE", "2025", n=1),
        D("Thursday evening", "TIME", "2026-04-02TEV"),
        D("2023", "DATE", "2023"),
        D("Wednesday night", "TIME", "2026-04-01TNI"),
        D("fifty years", "DURATION", "P50Y"),
        D("July 2023", "DATE", "2023-07"),
    ],
    stances=[
        S("Ousmane Abarchi", "accuse", "Orano", evidence="accuses Orano of \"plundering the wealth of the Nigerien people for half a century\""),
        S("Orano", "reject", "Niger", evidence="it \"firmly contests\" the decision"),
        S("Nicolas Maes", "accuse", "Niger", evidence="our employees are being expelled without any legal basis"),
        S("France", "criticize", "Niger", evidence="the measure violated Niger's international commitments"),
        S("France", "demand", "Niger", "respect the ICSID's decisions", "called on the authorities to respect the ICSID's decisions"),
        S("Mali", "praise", "Niger", evidence="hailed the decree"),
        S("Burkina Faso", "praise", "Niger", evidence="hailed the decree"),
        S("Rimtalba Jean Emmanuel Ouedraogo", "praise", "Niger", evidence="Bravo to brother Niger!"),
        S("Russia", "praise", "Niger", evidence="praised what it called Niamey's \"legitimate choice\""),
        S("Sergei Vershinin", "support", "Niger", evidence="Moscow was ready to help Niger develop the industry"),
        S("European Union", "appeal", None, "restraint", "The European Union urged restraint"),
        S("Kaja Kallas", "concern", None, "the export ban", "the EU \"regrets\" the decision"),
        S("Kaja Kallas", "support", "Niger", evidence="it would keep supporting the people of Niger"),
        S("International Atomic Energy Agency", "concern", None, "security of the uranium stock", "seeking assurances about the security of about 1,500 tonnes of uranium concentrate"),
        S("Rafael Grossi", "consult", "Bakary Yaou Sangare", evidence="spoke by telephone on Wednesday night with Niger's foreign minister"),
        S("Moussa Garba", "accuse", "France", evidence="They took our uranium for fifty years"),
    ],
    notes="Invented article (seventh development set; the ban, Garba and all quoted words are invented, Orano's CEO and the "
          "officials used freely). Tiani's post on X is channel twitter; Ouedraogo's Facebook post. The decree's "
          "accusation is annotated for the minister who read it. The French diplomat's 'would not retaliate for now' "
          "takes no stance ('for now' is not annotated). The analysts are unnamed and generic: an "
          "optional quote without speaker. Garba's 'They' is read as France/French companies (uncertain; could be "
          "Orano). 'two-year' is a duration modifier. Background: the 2023 coup.",
)


# --------------------------------------------------------------------------- 8. crackdown on protesters in Tbilisi ("world reacts" roundup with colon lines)
TBILISI = """ date 2026-09-03 World reacts as Georgia arrests hundreds of protesters and opposition leaders

TBILISI, Sept 3 (Reuters) - Georgian riot police used water cannon and rubber bullets overnight to clear tens of thousands of demonstrators from Rustaveli Avenue, and detained more than 400 people including three opposition leaders, the interior ministry said on Thursday. The protests began on Saturday after parliament passed a law banning "foreign-funded" parties.

Prime Minister Irakli Kobakhidze defended the operation. "No revolution will happen in Georgia. Those who organised the violence will answer before the law, whatever embassy protects them," he told a briefing. He accused "the global war party" of financing the unrest.

Here is how the world has responded:

EUROPEAN UNION: The EU suspended visa-free travel for Georgian officials and diplomats with immediate effect. Foreign policy chief Kaja Kallas said the crackdown was "unacceptable in a country that wants to join our Union" and called for the release of all those detained. "Georgia's future is in Europe, but its government is taking it elsewhere," she wrote on X.

UNITED STATES: State Department spokesperson Tammy Bruce said Washington was "alarmed by the violent dispersal of peaceful protesters" and was reviewing its cooperation with the Georgian Dream government.

RUSSIA: Kremlin spokesman Dmitry Peskov said the protests were an internal matter for Georgia, but warned against "any attempt at a colour revolution" in the South Caucasus.

UKRAINE: President Volodymyr Zelensky posted a video address in support of the protesters. "The Georgian people are fighting for the same thing we are - the right to choose," he said.

FRANCE AND GERMANY: In a joint phone call on Wednesday, President Emmanuel Macron and Chancellor Friedrich Merz discussed the situation and agreed to push for targeted sanctions against those responsible, the Elysee said.

LITHUANIA: Foreign Minister Kestutis Budrys said Vilnius had banned 38 Georgian officials, including the interior minister, from entering the country. "Solidarity with the brave people of Georgia," he wrote.

COUNCIL OF EUROPE: Secretary General Alain Berset called on the Georgian authorities to "respect the right of peaceful assembly" and offered the organisation's help in reviewing the new law.

OPPOSITION: Former president Salome Zourabichvili, who did not recognise the 2024 election result, called on Georgians to return to the streets on Friday. "They can arrest our leaders, but they cannot arrest a nation," she said in a video message.

The ruling party's honorary chairman, billionaire Bidzina Ivanishvili, has not spoken publicly since the protests started. Georgian Dream has been in power since 2012."""

build(
    "crackdown-tbilisi-2026-09-03", TBILISI,
    actors=[
        A("Georgia", "country", "GEO", aliases=["the interior ministry", "Georgian", "the Georgian authorities", "the Georgian Dream government", "its government", "Georgia's"]),
        A("Irakli Kobakhidze", "person", "GEO", "Prime Minister", ["Prime Minister Irakli Kobakhidze", "he", "He"]),
        A("European Union", "organization", None, aliases=["EUROPEAN UNION", "The EU", "our Union"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Foreign policy chief Kaja Kallas", "she"], organization="European Union"),
        A("United States", "country", "USA", aliases=["UNITED STATES", "Washington"]),
        A("Tammy Bruce", "person", "USA", "State Department spokesperson", ["State Department spokesperson Tammy Bruce"]),
        A("Russia", "country", "RUS", aliases=["RUSSIA"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Kremlin spokesman Dmitry Peskov"]),
        A("Ukraine", "country", "UKR", aliases=["UKRAINE"]),
        A("Volodymyr Zelensky", "person", "UKR", "President", ["President Volodymyr Zelensky", "he"]),
        A("France", "country", "FRA", aliases=["FRANCE", "the Elysee"]),
        A("Germany", "country", "DEU", aliases=["GERMANY"]),
        A("Emmanuel Macron", "person", "FRA", "President", ["President Emmanuel Macron"]),
        A("Friedrich Merz", "person", "DEU", "Chancellor", ["Chancellor Friedrich Merz"]),
        A("Lithuania", "country", "LTU", aliases=["LITHUANIA", "Vilnius"]),
        A("Kestutis Budrys", "person", "LTU", "Foreign Minister", ["Foreign Minister Kestutis Budrys", "he"]),
        A("Council of Europe", "organization", None, aliases=["COUNCIL OF EUROPE", "the organisation's"]),
        A("Alain Berset", "person", None, "Secretary General", ["Secretary General Alain Berset"], organization="Council of Europe"),
        A("Salome Zourabichvili", "person", "GEO", "former president", ["Former president Salome Zourabichvili", "she"]),
        A("Georgian Dream", "organization", "GEO", aliases=["The ruling party's"]),
        A("Bidzina Ivanishvili", "person", "GEO", "honorary chairman", ["billionaire Bidzina Ivanishvili"], organization="Georgian Dream"),
    ],
    quotes=[
        Q("indirect", "Georgian riot police used water cannon and rubber bullets overnight to clear tens of thousands of demonstrators from Rustaveli Avenue, and detained more than 400 people including three opposition leaders", "Georgia", "say"),
        Q("direct", "No revolution will happen in Georgia. Those who organised the violence will answer before the law, whatever embassy protects them,", "Irakli Kobakhidze", "tell", "press conference"),
        Q("partial", "the global war party", "Irakli Kobakhidze", "accuse", "press conference"),
        Q("indirect", "the crackdown was \"unacceptable in a country that wants to join our Union\"", "Kaja Kallas", "say"),
        Q("partial", "unacceptable in a country that wants to join our Union", "Kaja Kallas", "say"),
        Q("direct", "Georgia's future is in Europe, but its government is taking it elsewhere,", "Kaja Kallas", "write", "twitter"),
        Q("indirect", "Washington was \"alarmed by the violent dispersal of peaceful protesters\" and was reviewing its cooperation with the Georgian Dream government", "Tammy Bruce", "say"),
        Q("partial", "alarmed by the violent dispersal of peaceful protesters", "Tammy Bruce", "say"),
        Q("indirect", "the protests were an internal matter for Georgia", "Dmitry Peskov", "say"),
        Q("partial", "any attempt at a colour revolution", "Dmitry Peskov", "warn"),
        Q("direct", "The Georgian people are fighting for the same thing we are - the right to choose,", "Volodymyr Zelensky", "say", "video"),
        Q("indirect", "In a joint phone call on Wednesday, President Emmanuel Macron and Chancellor Friedrich Merz discussed the situation and agreed to push for targeted sanctions against those responsible", "France", "say"),
        Q("indirect", "Vilnius had banned 38 Georgian officials, including the interior minister, from entering the country", "Kestutis Budrys", "say"),
        Q("direct", "Solidarity with the brave people of Georgia,", "Kestutis Budrys", "write"),
        Q("partial", "respect the right of peaceful assembly", "Alain Berset", "call"),
        Q("direct", "They can arrest our leaders, but they cannot arrest a nation,", "Salome Zourabichvili", "say", "video"),
    ],
    dates=[
        D("Sept 3", "DATE", "2026-09-03"),
        D("overnight", "TIME", "2026-09-03TNI"),
        D("Thursday", "DATE", "2026-09-03"),
        D("Saturday", "DATE", "2026-08-29"),
        D("Wednesday", "DATE", "2026-09-02"),
        D("2024", "DATE", "2024"),
        D("Friday", "DATE", "2026-09-04"),
        D("2012", "DATE", "2012"),
    ],
    stances=[
        S("Irakli Kobakhidze", "threaten", None, evidence="Those who organised the violence will answer before the law"),
        S("Irakli Kobakhidze", "accuse", None, evidence="accused \"the global war party\" of financing the unrest"),
        S("European Union", "criticize", "Georgia", evidence="The EU suspended visa-free travel for Georgian officials and diplomats"),
        S("Kaja Kallas", "condemn", "Georgia", evidence="the crackdown was \"unacceptable in a country that wants to join our Union\""),
        S("Kaja Kallas", "demand", "Georgia", "release of all those detained", "called for the release of all those detained"),
        S("Kaja Kallas", "criticize", "Georgia", evidence="its government is taking it elsewhere"),
        S("Tammy Bruce", "concern", None, "violent dispersal of peaceful protesters", "\"alarmed by the violent dispersal of peaceful protesters\""),
        S("Tammy Bruce", "threaten", "Georgia", evidence="was reviewing its cooperation with the Georgian Dream government"),
        S("Dmitry Peskov", "support", "Georgia", evidence="the protests were an internal matter for Georgia"),
        S("Dmitry Peskov", "threaten", None, evidence="warned against \"any attempt at a colour revolution\""),
        S("Volodymyr Zelensky", "support", None, evidence="posted a video address in support of the protesters"),
        S("Emmanuel Macron", "consult", "Friedrich Merz", evidence="In a joint phone call on Wednesday"),
        S("Friedrich Merz", "consult", "Emmanuel Macron", evidence="In a joint phone call on Wednesday"),
        S("Emmanuel Macron", "threaten", "Georgia", evidence="agreed to push for targeted sanctions against those responsible"),
        S("Friedrich Merz", "threaten", "Georgia", evidence="agreed to push for targeted sanctions against those responsible"),
        S("Lithuania", "criticize", "Georgia", evidence="Vilnius had banned 38 Georgian officials"),
        S("Kestutis Budrys", "support", None, evidence="Solidarity with the brave people of Georgia"),
        S("Alain Berset", "demand", "Georgia", "respect the right of peaceful assembly", "called on the Georgian authorities to \"respect the right of peaceful assembly\""),
        S("Alain Berset", "support", "Georgia", evidence="offered the organisation's help in reviewing the new law"),
        S("Salome Zourabichvili", "appeal", None, "return to the streets", "called on Georgians to return to the streets on Friday"),
    ],
    notes="Invented article (seventh development set; the crackdown, the law and all quoted words are invented, the "
          "officials used freely). 'World reacts' roundup: each paragraph introduced by a capitalised heading and a "
          "colon; the headings are aliases of the actors, not speakers in themselves. The Elysee reports the "
          "Macron-Merz call (France as speaker); the call is a consult stance both ways and the agreement to push for "
          "sanctions a threat by each. The protesters are not an actor: Zelensky's and Budrys's support has a null "
          "target. Peskov's 'internal matter' is read as support for Georgia's government (uncertain). The EU visa "
          "suspension and Lithuania's entry bans are sanctions, annotated as criticism. Budrys's post has no named "
          "channel ('wrote'). Ivanishvili's silence takes no stance. 'overnight' is the night before the article "
          "date, annotated with the article date.",
)


if __name__ == "__main__":
    WRITER.report()
