"""Builds the second held-out set: invented reaction articles (NAME.txt) and their hand-written gold (NAME.gold.json).

Written on 2026-11-25, after the first held-out set (``tests/generalization_holdout/``) had been
looked at indirectly: its error summaries guided fixes. These six articles were annotated before
reactlib was run on them, by someone who changed no library code; developers do not read them.
Do not tune against them.

The annotation lives here as data so that offsets are computed, never typed: a quote or date
is given by its text and, where the same words occur more than once, by its occurrence
number (0-based). Run `python tests/generalization_holdout2/build_gold.py` after editing.
Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the first two sets:

- every country, organisation, group and person the article names is an actor (a country's
  capital, adjective and ministries are its aliases; a news agency is an actor only when it is
  the source of a report, never as the agency that wrote the story);
- quotes: full sentences in quotation marks are direct, fragments partial (scare quotes of a
  speaker included), the content clause of "said that", "told", "according to" indirect;
  words in quotation marks that nobody says (names, legal terms) are no quotes;
- a stance is counted once per holder, type, target and issue; a minister or leader stating
  his government's position holds the stance himself, a spokesman reporting his principal's
  position ("X deplores …, his spokesman said") gives it to the principal; the target is the
  actor the sentence names or plainly designates (the author of the thing welcomed or rejected,
  the one a threat in the same sentence answers, "a country that …"), and null where it does
  not (a bare "welcomed the release", an aid pledge naming no recipient, a threat whose
  addressee only an earlier sentence gives); negated stances ("did not condemn", "stopped
  short of criticising") are no stances.
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


# --------------------------------------------------------------------------- 1. coup, Sahel
COUP = """ date 2026-03-18 The African Union on Wednesday condemned the overthrow of Chadian President Mahamat Idriss Deby by army officers, and France called for "a swift return to constitutional order", as the junta's new leader promised elections "when conditions allow" but gave no timetable.

Soldiers surrounded the presidential palace in N'Djamena early on Tuesday and detained Deby along with several ministers. In a statement read on state television late on Tuesday, a group calling itself the National Council for the Safeguarding of the Republic announced that it had dissolved parliament, closed the borders and imposed a curfew.

Its leader, General Abakar Tahir Souleymane, the former commander of the presidential guard, accused the ousted government of "abandoning our soldiers" in the fight against jihadists around Lake Chad.

"We have taken our responsibilities before history," he said in a second broadcast on Wednesday morning. "Chad will not become a playground for foreign interests."

Mahmoud Ali Youssouf, the chairperson of the African Union Commission, "firmly condemned" the seizure of power and demanded the "immediate and unconditional" release of the president. The AU's Peace and Security Council will meet on Friday, the commission said.

Nigeria, which holds the rotating chair of the Economic Community of West African States, said it was "following the situation in Chad with grave concern". Chad is not a member of ECOWAS but shares a border with Nigeria across Lake Chad.

France, which withdrew its last troops from Chad in January 2025 after N'Djamena ended a defence pact with Paris, said it was in contact with all parties. "We call on them to show restraint and to guarantee the safety of foreign nationals," foreign ministry spokesman Pascal Confavreux told a press briefing in Paris.

Sudan's army-led government, whose forces have fought the paramilitary Rapid Support Forces near the Chadian border since 2023, did not condemn the coup. A Sudanese diplomat, speaking on condition of anonymity, said his government would "deal with whoever is in charge in N'Djamena".

Russia, which has expanded its military presence across the Sahel, also stopped short of criticising the junta. Kremlin spokesman Dmitry Peskov told reporters Moscow hoped the situation would "return to normal as soon as possible" and that Russian citizens in Chad were safe.

UN Secretary-General Antonio Guterres "deplores" the unconstitutional change of government, his deputy spokesman Farhan Haq said in New York, adding that the United Nations stood ready to support "an inclusive dialogue among Chadians".

The EU's top diplomat, Kaja Kallas, said in a post on X that the bloc stood "with the people of Chad and their democratic aspirations" and would review its cooperation with N'Djamena.

Chad has been ruled by the Deby family since 1990. Mahamat Idriss Deby took power in April 2021 after his father, Idriss Deby Itno, was killed on the front line against rebels, and won a disputed presidential election two years ago.

The coup is the latest in a series of military takeovers across the Sahel since 2020, in Mali, Burkina Faso and Niger, whose juntas have expelled French forces and turned to Moscow for security.

Niger's military rulers hailed the "patriotic" action of their Chadian "brothers" in a statement late on Wednesday."""

JUNTA = "National Council for the Safeguarding of the Republic"
build(
    "coup-chad-2026-03-18", COUP,
    actors=[
        A("African Union", "organization", None, aliases=["AU", "African Union Commission", "Peace and Security Council", "commission"]),
        A("Chad", "country", "TCD", aliases=["Chadian", "Chadians", "N'Djamena"]),
        A("Mahamat Idriss Deby", "person", "TCD", "President", ["Deby", "Mahamat Deby"]),
        A("France", "country", "FRA", aliases=["Paris", "French"]),
        A(JUNTA, "group", "TCD", aliases=["junta", "army officers", "Soldiers", "coup leaders"]),
        A("Abakar Tahir Souleymane", "person", "TCD", "General", ["Souleymane"], organization=JUNTA),
        A("Mahmoud Ali Youssouf", "person", None, "chairperson of the African Union Commission", ["Youssouf"], organization="African Union"),
        A("Nigeria", "country", "NGA", aliases=["Nigerian"]),
        A("ECOWAS", "organization", None, aliases=["Economic Community of West African States"]),
        A("Pascal Confavreux", "person", "FRA", "foreign ministry spokesman", ["Confavreux"]),
        A("Sudan", "country", "SDN", aliases=["Sudanese", "Sudan's army-led government"]),
        A("Rapid Support Forces", "group", "SDN", aliases=["RSF"]),
        A("Sudanese diplomat", "person", "SDN", "diplomat", ["diplomat"], anonymous=True),
        A("Russia", "country", "RUS", aliases=["Moscow", "Kremlin", "Russian"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres"], organization="United Nations"),
        A("Farhan Haq", "person", None, "deputy spokesman", ["Haq"], organization="United Nations"),
        A("European Union", "organization", None, aliases=["EU", "bloc"]),
        A("Kaja Kallas", "person", None, "top diplomat", ["Kallas"], organization="European Union"),
        A("Idriss Deby Itno", "person", "TCD", aliases=["Idriss Deby"]),
        A("Mali", "country", "MLI", aliases=["Malian"]),
        A("Burkina Faso", "country", "BFA", aliases=[]),
        A("Niger", "country", "NER", aliases=["Niger's military rulers"]),
    ],
    quotes=[
        Q("partial", "a swift return to constitutional order", "France", "call"),
        Q("partial", "when conditions allow", "Abakar Tahir Souleymane", "promise"),
        Q("indirect", "it had dissolved parliament, closed the borders and imposed a curfew", JUNTA, "announce", "television"),
        Q("partial", "abandoning our soldiers", "Abakar Tahir Souleymane", "accuse"),
        Q("direct", "We have taken our responsibilities before history,", "Abakar Tahir Souleymane", "say", "television"),
        Q("direct", "Chad will not become a playground for foreign interests.", "Abakar Tahir Souleymane", "say", "television"),
        Q("partial", "firmly condemned", "Mahmoud Ali Youssouf", "condemn"),
        Q("partial", "immediate and unconditional", "Mahmoud Ali Youssouf", "demand"),
        Q("indirect", "The AU's Peace and Security Council will meet on Friday", "African Union", "say"),
        Q("indirect", "it was \"following the situation in Chad with grave concern\"", "Nigeria", "say"),
        Q("partial", "following the situation in Chad with grave concern", "Nigeria", "say"),
        Q("indirect", "it was in contact with all parties", "France", "say"),
        Q("direct", "We call on them to show restraint and to guarantee the safety of foreign nationals,", "Pascal Confavreux", "tell", "press conference"),
        Q("indirect", "his government would \"deal with whoever is in charge in N'Djamena\"", "Sudanese diplomat", "say"),
        Q("partial", "deal with whoever is in charge in N'Djamena", "Sudanese diplomat", "say"),
        Q("indirect", "Moscow hoped the situation would \"return to normal as soon as possible\" and that Russian citizens in Chad were safe", "Dmitry Peskov", "tell"),
        Q("partial", "return to normal as soon as possible", "Dmitry Peskov", "tell"),
        Q("indirect", "UN Secretary-General Antonio Guterres \"deplores\" the unconstitutional change of government", "Farhan Haq", "say"),
        Q("partial", "deplores", "Farhan Haq", "say"),
        Q("indirect", "the United Nations stood ready to support \"an inclusive dialogue among Chadians\"", "Farhan Haq", "add"),
        Q("partial", "an inclusive dialogue among Chadians", "Farhan Haq", "add"),
        Q("indirect", "the bloc stood \"with the people of Chad and their democratic aspirations\" and would review its cooperation with N'Djamena", "Kaja Kallas", "say", "twitter"),
        Q("partial", "with the people of Chad and their democratic aspirations", "Kaja Kallas", "say", "twitter"),
        Q("partial", "patriotic", "Niger", "hail", "statement"),
        Q("partial", "brothers", "Niger", "hail", "statement"),
    ],
    dates=[
        D("Wednesday", "DATE", "2026-03-18", 0),
        D("Tuesday", "DATE", "2026-03-17", 0),
        D("Tuesday", "DATE", "2026-03-17", 1),
        D("Wednesday morning", "TIME", "2026-03-18TMO"),
        D("Friday", "DATE", "2026-03-20"),
        D("January 2025", "DATE", "2025-01"),
        D("2023", "DATE", "2023"),
        D("1990", "DATE", "1990"),
        D("April 2021", "DATE", "2021-04"),
        D("two years ago", "DATE", "2024"),
        D("2020", "DATE", "2020"),
        D("Wednesday", "DATE", "2026-03-18", 2),
    ],
    stances=[
        S("African Union", "condemn", JUNTA, evidence="The African Union on Wednesday condemned the overthrow"),
        S("France", "appeal", None, "return to constitutional order", "France called for \"a swift return to constitutional order\""),
        S("Abakar Tahir Souleymane", "accuse", None, evidence="accused the ousted government of \"abandoning our soldiers\""),
        S("Mahmoud Ali Youssouf", "condemn", JUNTA, evidence="\"firmly condemned\" the seizure of power"),
        S("Mahmoud Ali Youssouf", "demand", None, "release of the president", "demanded the \"immediate and unconditional\" release of the president"),
        S("Nigeria", "concern", None, "situation in Chad", "following the situation in Chad with grave concern"),
        S("France", "consult", None, evidence="said it was in contact with all parties"),
        S("Pascal Confavreux", "appeal", None, "restraint", "We call on them to show restraint"),
        S("Pascal Confavreux", "appeal", None, "safety of foreign nationals", "to guarantee the safety of foreign nationals"),
        S("Antonio Guterres", "condemn", JUNTA, evidence="\"deplores\" the unconstitutional change of government"),
        S("United Nations", "mediate", None, "dialogue", "stood ready to support \"an inclusive dialogue among Chadians\""),
        S("Kaja Kallas", "support", None, evidence="the bloc stood \"with the people of Chad and their democratic aspirations\""),
        S("Kaja Kallas", "threaten", "Chad", evidence="would review its cooperation with N'Djamena"),
        S("Niger", "praise", JUNTA, evidence="hailed the \"patriotic\" action of their Chadian \"brothers\""),
    ],
    notes="Invented article (second held-out set). The junta is a group; its leader is named only in the third "
          "paragraph (the 'new leader' of the lead is he). Sudan 'did not condemn' and Russia 'stopped short of "
          "criticising': no stances. Guterres's position is reported by his deputy spokesman: quotes Haq's, stance "
          "Guterres's; the UN's readiness to support a dialogue is an offer of good offices (mediate).",
)


# --------------------------------------------------------------------------- 2. earthquake, aid offers
QUAKE = """ date 2026-08-10 Australia, Japan and China offered rescue teams and emergency aid to Indonesia on Monday after a magnitude 7.4 earthquake struck the island of Sulawesi, killing at least 312 people and leaving tens of thousands homeless.

The quake struck late on Sunday at a depth of 10 kilometres near the city of Palu, Indonesia's Meteorology, Climatology and Geophysics Agency (BMKG) said, triggering a small tsunami and hundreds of landslides. Palu was devastated by an earthquake and tsunami in 2018 that killed more than 4,000 people.

"We have lost many of our brothers and sisters, but the search is not over," President Prabowo Subianto told reporters after flying over the worst-hit districts on Monday. He said the military had been ordered to reopen every main road "within 48 hours".

Indonesia would accept help from "friendly countries", Prabowo added, but his government had not yet asked for foreign search teams to be deployed. Foreign Minister Sugiono said Jakarta was "deeply grateful for the outpouring of solidarity" and would channel offers through the ASEAN humanitarian centre in the capital.

Australian Prime Minister Anthony Albanese said Canberra would send a 72-member urban search-and-rescue team and 10 million Australian dollars ($6.5 million) in immediate aid. "Indonesia is our closest neighbour, and Australians stand with the Indonesian people at this terrible time," he wrote on X.

Richard Marles, Australia's deputy prime minister and defence minister, said two air force C-130 transport planes were on standby in Darwin.

Japan's top government spokesman, Minoru Kihara, said Tokyo was ready to dispatch a disaster relief team "as soon as the Indonesian side requests it", while South Korea pledged $2 million in humanitarian assistance.

Chinese President Xi Jinping sent a message of condolence to Prabowo, and Beijing will provide 50 million yuan ($7 million) in emergency humanitarian assistance, the official Xinhua news agency reported.

In Washington, the State Department said the United States was "deeply saddened by the tragic loss of life" and was in close contact with Indonesian authorities to determine what assistance was needed. It did not announce any funding.

UN Secretary-General Antonio Guterres said he was "heartbroken" and that the United Nations stood ready to "support the government's response in any way we can". Emergency relief coordinator Tom Fletcher has released $5 million from the Central Emergency Response Fund, his office said.

The European Union said it had activated its Copernicus satellite mapping service and released an initial 2 million euros, while Malaysian Prime Minister Anwar Ibrahim said Kuala Lumpur had not received any request for help but would "not hesitate to send our people" if asked.

Prabowo and Albanese spoke by telephone on Monday evening, according to the presidential palace.

Indonesia sits on the Pacific "Ring of Fire", where tectonic plates collide, and is struck by frequent earthquakes. The deadliest in recent memory, the 2004 Indian Ocean quake and tsunami, killed more than 160,000 people in Aceh province alone.

Rescue services were already stretched by floods on Sumatra that killed hundreds of people last December."""

build(
    "earthquake-indonesia-2026-08-10", QUAKE,
    actors=[
        A("Australia", "country", "AUS", aliases=["Australian", "Australians", "Canberra"]),
        A("Japan", "country", "JPN", aliases=["Japanese", "Tokyo"]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing"]),
        A("Indonesia", "country", "IDN", aliases=["Indonesian", "Jakarta", "presidential palace"]),
        A("BMKG", "organization", "IDN", aliases=["Meteorology, Climatology and Geophysics Agency",
                                                   "Indonesia's Meteorology, Climatology and Geophysics Agency"]),
        A("Prabowo Subianto", "person", "IDN", "President", ["Prabowo"]),
        A("Sugiono", "person", "IDN", "Foreign Minister", []),
        A("ASEAN", "organization", None, aliases=["Association of Southeast Asian Nations"]),
        A("Anthony Albanese", "person", "AUS", "Prime Minister", ["Albanese"]),
        A("Richard Marles", "person", "AUS", "deputy prime minister and defence minister", ["Marles"]),
        A("Minoru Kihara", "person", "JPN", "top government spokesman", ["Kihara"]),
        A("South Korea", "country", "KOR", aliases=["South Korean", "Seoul"]),
        A("Xi Jinping", "person", "CHN", "President", ["Xi"]),
        A("Xinhua", "organization", "CHN", aliases=["Xinhua news agency"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "State Department"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres"], organization="United Nations"),
        A("Tom Fletcher", "person", None, "Emergency relief coordinator", ["Fletcher"], organization="United Nations"),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Malaysia", "country", "MYS", aliases=["Malaysian", "Kuala Lumpur"]),
        A("Anwar Ibrahim", "person", "MYS", "Prime Minister", ["Anwar"]),
    ],
    quotes=[
        Q("indirect", "The quake struck late on Sunday at a depth of 10 kilometres near the city of Palu", "BMKG", "say"),
        Q("direct", "We have lost many of our brothers and sisters, but the search is not over,", "Prabowo Subianto", "tell"),
        Q("indirect", "the military had been ordered to reopen every main road \"within 48 hours\"", "Prabowo Subianto", "say"),
        Q("partial", "within 48 hours", "Prabowo Subianto", "say"),
        Q("indirect", "Indonesia would accept help from \"friendly countries\"", "Prabowo Subianto", "add"),
        Q("partial", "friendly countries", "Prabowo Subianto", "add"),
        Q("indirect", "his government had not yet asked for foreign search teams to be deployed", "Prabowo Subianto", "add", optional=True),
        Q("indirect", "Jakarta was \"deeply grateful for the outpouring of solidarity\" and would channel offers through the ASEAN humanitarian centre in the capital", "Sugiono", "say"),
        Q("partial", "deeply grateful for the outpouring of solidarity", "Sugiono", "say"),
        Q("indirect", "Canberra would send a 72-member urban search-and-rescue team and 10 million Australian dollars ($6.5 million) in immediate aid", "Anthony Albanese", "say"),
        Q("direct", "Indonesia is our closest neighbour, and Australians stand with the Indonesian people at this terrible time,", "Anthony Albanese", "write", "twitter"),
        Q("indirect", "two air force C-130 transport planes were on standby in Darwin", "Richard Marles", "say"),
        Q("indirect", "Tokyo was ready to dispatch a disaster relief team \"as soon as the Indonesian side requests it\"", "Minoru Kihara", "say"),
        Q("partial", "as soon as the Indonesian side requests it", "Minoru Kihara", "say"),
        Q("indirect", "Chinese President Xi Jinping sent a message of condolence to Prabowo, and Beijing will provide 50 million yuan ($7 million) in emergency humanitarian assistance", "Xinhua", "report"),
        Q("indirect", "the United States was \"deeply saddened by the tragic loss of life\" and was in close contact with Indonesian authorities to determine what assistance was needed", "United States", "say", "statement"),
        Q("partial", "deeply saddened by the tragic loss of life", "United States", "say", "statement"),
        Q("indirect", "he was \"heartbroken\" and that the United Nations stood ready to \"support the government's response in any way we can\"", "Antonio Guterres", "say"),
        Q("partial", "heartbroken", "Antonio Guterres", "say"),
        Q("partial", "support the government's response in any way we can", "Antonio Guterres", "say"),
        Q("indirect", "Emergency relief coordinator Tom Fletcher has released $5 million from the Central Emergency Response Fund", "Tom Fletcher", "say"),
        Q("indirect", "it had activated its Copernicus satellite mapping service and released an initial 2 million euros", "European Union", "say"),
        Q("indirect", "Kuala Lumpur had not received any request for help but would \"not hesitate to send our people\" if asked", "Anwar Ibrahim", "say"),
        Q("partial", "not hesitate to send our people", "Anwar Ibrahim", "say"),
        Q("indirect", "Prabowo and Albanese spoke by telephone on Monday evening", "Indonesia", "according to"),
    ],
    dates=[
        D("Monday", "DATE", "2026-08-10", 0),
        D("Sunday", "DATE", "2026-08-09"),
        D("2018", "DATE", "2018"),
        D("Monday", "DATE", "2026-08-10", 1),
        D("48 hours", "DURATION", "PT48H"),
        D("Monday evening", "TIME", "2026-08-10TEV"),
        D("2004", "DATE", "2004"),
        D("last December", "DATE", "2025-12"),
    ],
    stances=[
        S("Australia", "support", "Indonesia", evidence="Australia, Japan and China offered rescue teams and emergency aid to Indonesia"),
        S("Japan", "support", "Indonesia", evidence="Australia, Japan and China offered rescue teams and emergency aid to Indonesia"),
        S("China", "support", "Indonesia", evidence="Australia, Japan and China offered rescue teams and emergency aid to Indonesia"),
        S("Sugiono", "welcome", None, evidence="\"deeply grateful for the outpouring of solidarity\""),
        S("Anthony Albanese", "support", "Indonesia", evidence="Australians stand with the Indonesian people"),
        S("Minoru Kihara", "support", "Indonesia", evidence="Tokyo was ready to dispatch a disaster relief team"),
        S("South Korea", "support", "Indonesia", evidence="South Korea pledged $2 million in humanitarian assistance"),
        S("Xi Jinping", "support", "Prabowo Subianto", evidence="sent a message of condolence to Prabowo"),
        S("United States", "concern", None, "loss of life", "\"deeply saddened by the tragic loss of life\""),
        S("United States", "consult", "Indonesia", evidence="in close contact with Indonesian authorities"),
        S("Antonio Guterres", "concern", None, "loss of life", "he was \"heartbroken\""),
        S("Antonio Guterres", "support", "Indonesia", evidence="stood ready to \"support the government's response"),
        S("Tom Fletcher", "support", None, evidence="has released $5 million from the Central Emergency Response Fund"),
        S("European Union", "support", None, evidence="released an initial 2 million euros"),
        S("Anwar Ibrahim", "support", None, evidence="would \"not hesitate to send our people\" if asked"),
        S("Prabowo Subianto", "consult", "Anthony Albanese", evidence="Prabowo and Albanese spoke by telephone"),
    ],
    notes="Invented article (second held-out set). Offers and pledges of aid are support of the country helped "
          "(target null where the text names no recipient). 'had not yet asked for foreign search teams' and 'did not "
          "announce any funding' are no stances. 'Ring of Fire' is a name in quotation marks, not a quote; 'Indian "
          "Ocean' names no actor. 'the presidential palace' speaks for Indonesia; Fletcher's office for Fletcher.",
)


# --------------------------------------------------------------------------- 3. disputed election, Latin America
ELECTION = """ date 2026-06-09 Peru's electoral authority on Tuesday declared conservative candidate Martin Echeverria the winner of Sunday's presidential runoff by fewer than 40,000 votes, but his leftist rival Rosa Villanueva refused to concede and accused officials of \u201ca fraud in broad daylight\u201d.

With all ballots counted, Echeverria won 50.2 percent against 49.8 percent for Villanueva, according to the National Office of Electoral Processes (ONPE). The National Jury of Elections must still rule on hundreds of challenges before proclaiming a president-elect, a process that could take weeks.

\u201cWe will not accept results written in the offices of the powerful,\u201d Villanueva told thousands of supporters gathered outside the jury's headquarters in Lima on Monday night. \u201cWe will defend every vote, in the streets and in the courts.\u201d

Echeverria called on his opponent to \u201crespect the will of the people\u201d and dismissed the fraud allegations as \u201cthe tantrum of a bad loser\u201d.

The Organization of American States, whose observers monitored the vote, said it had found \u201cno evidence of irregularities\u201d that could have changed the outcome.

\u201cDifferences must be settled in the institutions, not in the streets,\u201d the head of the OAS mission, former Uruguayan foreign minister Ana Lucia Ferreira, told a news conference in Lima.

The European Union's observation mission praised the ONPE for a \u201ctransparent and well-organised\u201d count and urged \u201call political actors to refrain from statements that undermine trust in the institutions\u201d.

Washington was quick to congratulate Echeverria. \u201cWe look forward to working with President-elect Echeverria to deepen the partnership between our two nations,\u201d Secretary of State Marco Rubio said in a statement.

Brazil, however, said it was too early to recognise a winner. \u201cThe last word belongs to Peru's electoral justice, and we will respect it,\u201d Foreign Minister Mauro Vieira told reporters in Brasilia, calling for calm on all sides.

Colombian President Gustavo Petro went further. In a post on X, he wrote that Peru's \u201coligarchy\u201d was \u201conce again trying to steal an election from the poor\u201d and said he would not recognise Echeverria until every challenge had been reviewed.

Peru's foreign ministry rejected Petro's remarks as \u201cunacceptable interference\u201d in the country's internal affairs and summoned the Colombian ambassador in Lima to lodge a protest.

Mexican President Claudia Sheinbaum said at her regular news conference that Mexico would wait for Peru's electoral authorities to finish their work and would not take sides.

Villanueva's campaign said it had filed more than 800 challenges with the jury. It also asked international observers to audit the count in the southern highlands, where Villanueva won more than 70 percent of the vote.

Police said two officers were injured on Monday when protesters threw stones at a police station in the city of Puno.

Peru has had six presidents since 2018, as Congress has repeatedly used its power to remove heads of state for \u201cpermanent moral incapacity\u201d. The new president is due to be sworn in on July 28."""

build(
    "election-peru-2026-06-09", ELECTION,
    actors=[
        A("Peru", "country", "PER", aliases=["Peruvian", "Lima"]),
        A("ONPE", "organization", "PER", aliases=["National Office of Electoral Processes", "electoral authority",
                                                   "Peru's electoral authority"]),
        A("Martin Echeverria", "person", "PER", "President-elect", ["Echeverria"]),
        A("Rosa Villanueva", "person", "PER", aliases=["Villanueva"]),
        A("National Jury of Elections", "organization", "PER", aliases=["jury", "JNE"]),
        A("Organization of American States", "organization", None, aliases=["OAS", "OAS mission"]),
        A("Ana Lucia Ferreira", "person", None, "head of the OAS mission", ["Ferreira"], organization="Organization of American States"),
        A("Uruguay", "country", "URY", aliases=["Uruguayan"]),
        A("European Union", "organization", None, aliases=["EU", "European Union's observation mission"]),
        A("United States", "country", "USA", aliases=["US", "Washington"]),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["Rubio"]),
        A("Brazil", "country", "BRA", aliases=["Brazilian", "Brasilia"]),
        A("Mauro Vieira", "person", "BRA", "Foreign Minister", ["Vieira"]),
        A("Colombia", "country", "COL", aliases=["Colombian"]),
        A("Gustavo Petro", "person", "COL", "President", ["Petro"]),
        A("Mexico", "country", "MEX", aliases=["Mexican"]),
        A("Claudia Sheinbaum", "person", "MEX", "President", ["Sheinbaum"]),
        A("police", "organization", "PER", aliases=["Police"]),
        A("Congress", "organization", "PER", aliases=[]),
    ],
    quotes=[
        Q("partial", "a fraud in broad daylight", "Rosa Villanueva", "accuse"),
        Q("indirect", "Echeverria won 50.2 percent against 49.8 percent for Villanueva", "ONPE", "according to"),
        Q("direct", "We will not accept results written in the offices of the powerful,", "Rosa Villanueva", "tell"),
        Q("direct", "We will defend every vote, in the streets and in the courts.", "Rosa Villanueva", "tell"),
        Q("partial", "respect the will of the people", "Martin Echeverria", "call"),
        Q("partial", "the tantrum of a bad loser", "Martin Echeverria", "dismiss"),
        Q("indirect", "it had found \u201cno evidence of irregularities\u201d that could have changed the outcome", "Organization of American States", "say"),
        Q("partial", "no evidence of irregularities", "Organization of American States", "say"),
        Q("direct", "Differences must be settled in the institutions, not in the streets,", "Ana Lucia Ferreira", "tell", "press conference"),
        Q("partial", "transparent and well-organised", "European Union", "praise"),
        Q("partial", "all political actors to refrain from statements that undermine trust in the institutions", "European Union", "urge"),
        Q("direct", "We look forward to working with President-elect Echeverria to deepen the partnership between our two nations,", "Marco Rubio", "say", "statement"),
        Q("indirect", "it was too early to recognise a winner", "Brazil", "say"),
        Q("direct", "The last word belongs to Peru's electoral justice, and we will respect it,", "Mauro Vieira", "tell"),
        Q("indirect", "Peru's \u201coligarchy\u201d was \u201conce again trying to steal an election from the poor\u201d", "Gustavo Petro", "write", "twitter"),
        Q("partial", "oligarchy", "Gustavo Petro", "write", "twitter"),
        Q("partial", "once again trying to steal an election from the poor", "Gustavo Petro", "write", "twitter"),
        Q("indirect", "he would not recognise Echeverria until every challenge had been reviewed", "Gustavo Petro", "say", "twitter"),
        Q("partial", "unacceptable interference", "Peru", "reject"),
        Q("indirect", "Mexico would wait for Peru's electoral authorities to finish their work and would not take sides", "Claudia Sheinbaum", "say", "press conference"),
        Q("indirect", "it had filed more than 800 challenges with the jury", "Rosa Villanueva", "say"),
        Q("indirect", "two officers were injured on Monday when protesters threw stones at a police station in the city of Puno", "police", "say"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-06-09"),
        D("Sunday", "DATE", "2026-06-07"),
        D("weeks", "DURATION", "PXW"),
        D("Monday night", "TIME", "2026-06-08TNI"),
        D("Monday", "DATE", "2026-06-08", 1),
        D("2018", "DATE", "2018"),
        D("July 28", "DATE", "2026-07-28"),
    ],
    stances=[
        S("Rosa Villanueva", "reject", None, "results", "refused to concede"),
        S("Rosa Villanueva", "accuse", None, evidence="accused officials of \u201ca fraud in broad daylight\u201d"),
        S("Martin Echeverria", "appeal", "Rosa Villanueva", "respect the will of the people", "called on his opponent to \u201crespect the will of the people\u201d"),
        S("Martin Echeverria", "reject", "Rosa Villanueva", evidence="dismissed the fraud allegations"),
        S("Ana Lucia Ferreira", "demand", None, "settle differences in the institutions", "Differences must be settled in the institutions"),
        S("European Union", "praise", "ONPE", evidence="praised the ONPE"),
        S("European Union", "appeal", None, "refrain from undermining trust", "urged \u201call political actors to refrain"),
        S("United States", "support", "Martin Echeverria", evidence="Washington was quick to congratulate Echeverria"),
        S("Marco Rubio", "support", "Martin Echeverria", evidence="We look forward to working with President-elect Echeverria"),
        S("Mauro Vieira", "appeal", None, "calm", "calling for calm on all sides"),
        S("Gustavo Petro", "accuse", None, evidence="\u201conce again trying to steal an election from the poor\u201d"),
        S("Gustavo Petro", "reject", "Martin Echeverria", evidence="he would not recognise Echeverria"),
        S("Peru", "reject", "Gustavo Petro", evidence="rejected Petro's remarks"),
        S("Peru", "accuse", "Colombia", evidence="summoned the Colombian ambassador in Lima to lodge a protest"),
        S("Rosa Villanueva", "appeal", None, "audit the count", "asked international observers to audit the count"),
    ],
    notes="Invented article (second held-out set); the candidates and the OAS mission head are invented. Curly "
          "quotes. Villanueva's campaign speaks for Villanueva. Brazil's 'too early to recognise' and Sheinbaum's "
          "'would not take sides' are no stances. 'permanent moral incapacity' is a legal term in quotation marks, "
          "not a quote. 'weeks' (could take weeks) is a vague duration.",
)


# --------------------------------------------------------------------------- 4. hostage release, Middle East
HOSTAGES = """ date 2026-05-14 Yemen's Houthi rebels on Thursday freed the 19 crew members of the Liberian-flagged bulk carrier Marlin Star, seized in the Red Sea in February, in a deal brokered by Oman that drew thanks from governments in Asia and Europe.

The sailors \u2014 nine Filipinos, six Indians, three Ukrainians and their Greek captain \u2014 were flown from Sanaa to Muscat on an Omani air force plane and were "in good health", Oman's foreign ministry said in a statement.

"This outcome shows that patient dialogue can succeed where force has failed," Omani Foreign Minister Badr Albusaidi wrote on X, thanking "all parties for their cooperation and trust".

The Houthis described the release as a "humanitarian gesture" made at Oman's request and insisted it did not signal any change in their stance. "Ships linked to the enemy will remain legitimate targets," Mohammed Abdulsalam, the rebels' chief negotiator, told reporters in Muscat.

Philippine President Ferdinand Marcos Jr. welcomed the release and thanked Sultan Haitham bin Tariq of Oman "for his personal involvement". "After 87 days in captivity, our seafarers are finally coming home," he said in a video message.

Greek Foreign Minister Giorgos Gerapetritis welcomed what he called a "long-awaited" outcome, saying he had been in regular contact with Albusaidi since the ship was seized.

India's external affairs ministry spokesman Randhir Jaiswal told reporters in New Delhi that the six Indian sailors would be repatriated "at the earliest" and conveyed India's "deep appreciation" for Oman's efforts.

The UN special envoy for Yemen, Hans Grundberg, welcomed the release but said it "must not remain an isolated gesture". He urged the Houthis to free "immediately and unconditionally" the dozens of UN and aid workers they have detained since 2024, calling their detention "unjustifiable".

Washington struck a more cautious note. A US official, speaking on condition of anonymity, said the release "changes nothing" and accused the Houthis of continuing to threaten international shipping. The United States has listed the group as a foreign terrorist organisation since early last year.

Iran, the Houthis' main regional ally, hailed the release as proof of the rebels' "goodwill", foreign ministry spokesman Esmaeil Baqaei told his weekly press conference in Tehran. He denied that Tehran had played any role in the negotiations.

Saudi Arabia, whose military coalition has fought the Houthis since 2015, made no comment on the release.

The International Maritime Organization's Secretary-General Arsenio Dominguez said seafarers "should never be used as bargaining chips" and urged all states to uphold freedom of navigation.

The Houthis began attacking merchant ships in the Red Sea and the Gulf of Aden in November 2023. The crew of the Galaxy Leader, the first vessel they seized, was freed in January 2025 after more than 14 months in captivity, also through Omani mediation.

Talks on a broader prisoner exchange between the Houthis and Yemen's internationally recognised government are expected to resume in Muscat next week, a diplomat familiar with the negotiations said."""

build(
    "hostages-yemen-2026-05-14", HOSTAGES,
    actors=[
        A("Houthis", "group", "YEM", aliases=["Houthi rebels", "Houthi", "rebels", "Yemen's Houthi rebels"]),
        A("Yemen", "country", "YEM", aliases=["Yemeni", "Sanaa", "Yemen's internationally recognised government"]),
        A("Liberia", "country", "LBR", aliases=["Liberian"]),
        A("Oman", "country", "OMN", aliases=["Omani", "Muscat"]),
        A("Philippines", "country", "PHL", aliases=["Philippine", "Filipinos", "Filipino"]),
        A("India", "country", "IND", aliases=["Indian", "Indians", "New Delhi"]),
        A("Ukraine", "country", "UKR", aliases=["Ukrainians", "Ukrainian"]),
        A("Greece", "country", "GRC", aliases=["Greek", "Athens"]),
        A("Badr Albusaidi", "person", "OMN", "Foreign Minister", ["Albusaidi"]),
        A("Mohammed Abdulsalam", "person", "YEM", "chief negotiator", ["Abdulsalam"], organization="Houthis"),
        A("Ferdinand Marcos Jr.", "person", "PHL", "President", ["Marcos", "Ferdinand Marcos", "Marcos Jr."]),
        A("Haitham bin Tariq", "person", "OMN", "Sultan", ["Sultan Haitham bin Tariq", "Haitham"]),
        A("Giorgos Gerapetritis", "person", "GRC", "Foreign Minister", ["Gerapetritis"]),
        A("Randhir Jaiswal", "person", "IND", "external affairs ministry spokesman", ["Jaiswal"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Hans Grundberg", "person", None, "UN special envoy for Yemen", ["Grundberg"], organization="United Nations"),
        A("United States", "country", "USA", aliases=["US", "Washington"]),
        A("US official", "person", "USA", "official", ["official"], anonymous=True),
        A("Iran", "country", "IRN", aliases=["Iranian", "Tehran"]),
        A("Esmaeil Baqaei", "person", "IRN", "foreign ministry spokesman", ["Baqaei"]),
        A("Saudi Arabia", "country", "SAU", aliases=["Saudi"]),
        A("International Maritime Organization", "organization", None, aliases=["IMO"]),
        A("Arsenio Dominguez", "person", None, "Secretary-General", ["Dominguez"], organization="International Maritime Organization"),
        A("diplomat familiar with the negotiations", "person", None, "diplomat", ["diplomat"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "The sailors \u2014 nine Filipinos, six Indians, three Ukrainians and their Greek captain \u2014 were flown from Sanaa to Muscat on an Omani air force plane and were \"in good health\"", "Oman", "say", "statement"),
        Q("partial", "in good health", "Oman", "say", "statement"),
        Q("direct", "This outcome shows that patient dialogue can succeed where force has failed,", "Badr Albusaidi", "write", "twitter"),
        Q("partial", "all parties for their cooperation and trust", "Badr Albusaidi", "thank", "twitter"),
        Q("partial", "humanitarian gesture", "Houthis", "describe"),
        Q("indirect", "it did not signal any change in their stance", "Houthis", "insist"),
        Q("direct", "Ships linked to the enemy will remain legitimate targets,", "Mohammed Abdulsalam", "tell"),
        Q("partial", "for his personal involvement", "Ferdinand Marcos Jr.", "thank"),
        Q("direct", "After 87 days in captivity, our seafarers are finally coming home,", "Ferdinand Marcos Jr.", "say", "video"),
        Q("partial", "long-awaited", "Giorgos Gerapetritis", "call"),
        Q("indirect", "he had been in regular contact with Albusaidi since the ship was seized", "Giorgos Gerapetritis", "say"),
        Q("indirect", "the six Indian sailors would be repatriated \"at the earliest\"", "Randhir Jaiswal", "tell"),
        Q("partial", "at the earliest", "Randhir Jaiswal", "tell"),
        Q("partial", "deep appreciation", "Randhir Jaiswal", "convey"),
        Q("indirect", "it \"must not remain an isolated gesture\"", "Hans Grundberg", "say"),
        Q("partial", "must not remain an isolated gesture", "Hans Grundberg", "say"),
        Q("partial", "immediately and unconditionally", "Hans Grundberg", "urge"),
        Q("partial", "unjustifiable", "Hans Grundberg", "call"),
        Q("indirect", "the release \"changes nothing\"", "US official", "say"),
        Q("partial", "changes nothing", "US official", "say"),
        Q("indirect", "Iran, the Houthis' main regional ally, hailed the release as proof of the rebels' \"goodwill\"", "Esmaeil Baqaei", "tell", "press conference"),
        Q("partial", "goodwill", "Esmaeil Baqaei", "tell", "press conference"),
        Q("indirect", "Tehran had played any role in the negotiations", "Esmaeil Baqaei", "deny"),
        Q("indirect", "seafarers \"should never be used as bargaining chips\"", "Arsenio Dominguez", "say"),
        Q("partial", "should never be used as bargaining chips", "Arsenio Dominguez", "say"),
        Q("indirect", "Talks on a broader prisoner exchange between the Houthis and Yemen's internationally recognised government are expected to resume in Muscat next week", "diplomat familiar with the negotiations", "say"),
    ],
    dates=[
        D("Thursday", "DATE", "2026-05-14"),
        D("February", "DATE", "2026-02"),
        D("87 days", "DURATION", "P87D"),
        D("2024", "DATE", "2024"),
        D("early last year", "DATE", "2025"),
        D("weekly", "SET", "P1W"),
        D("2015", "DATE", "2015"),
        D("November 2023", "DATE", "2023-11"),
        D("January 2025", "DATE", "2025-01"),
        D("more than 14 months", "DURATION", "P14M"),
        D("next week", "DATE", "2026-W21"),
    ],
    stances=[
        S("Oman", "mediate", None, "release of the crew", "in a deal brokered by Oman"),
        S("Badr Albusaidi", "praise", None, evidence="thanking \"all parties for their cooperation and trust\""),
        S("Mohammed Abdulsalam", "threaten", None, evidence="Ships linked to the enemy will remain legitimate targets"),
        S("Ferdinand Marcos Jr.", "welcome", None, evidence="welcomed the release"),
        S("Ferdinand Marcos Jr.", "praise", "Haitham bin Tariq", evidence="thanked Sultan Haitham bin Tariq of Oman"),
        S("Giorgos Gerapetritis", "welcome", None, evidence="welcomed what he called a \"long-awaited\" outcome"),
        S("Giorgos Gerapetritis", "consult", "Badr Albusaidi", evidence="he had been in regular contact with Albusaidi"),
        S("Randhir Jaiswal", "praise", "Oman", evidence="\"deep appreciation\" for Oman's efforts"),
        S("Hans Grundberg", "welcome", None, evidence="Hans Grundberg, welcomed the release"),
        S("Hans Grundberg", "appeal", "Houthis", "release of UN and aid workers", "He urged the Houthis to free"),
        S("Hans Grundberg", "criticize", "Houthis", evidence="calling their detention \"unjustifiable\""),
        S("US official", "accuse", "Houthis", evidence="accused the Houthis of continuing to threaten international shipping"),
        S("Iran", "praise", "Houthis", evidence="hailed the release as proof of the rebels' \"goodwill\""),
        S("Esmaeil Baqaei", "reject", None, evidence="He denied that Tehran had played any role"),
        S("Arsenio Dominguez", "demand", None, "seafarers not used as bargaining chips", "seafarers \"should never be used as bargaining chips\""),
        S("Arsenio Dominguez", "appeal", None, "freedom of navigation", "urged all states to uphold freedom of navigation"),
    ],
    notes="Invented article (second held-out set); the ship and the release are invented. 'the group' and 'the "
          "rebels' are the Houthis. Iran's praise is reported by its spokesman (stance Iran's, quotes Baqaei's). "
          "'insisted it did not signal any change' is an assertion, not a demand; Saudi Arabia 'made no comment'. "
          "Thanks are praise. Omani mediation is counted once.",
)


# --------------------------------------------------------------------------- 5. cross-border shelling, South Asia
SHELLING = """ date 2026-10-17 Pakistan said on Saturday that Indian artillery fire across the Line of Control in Kashmir had killed seven civilians, including three children, and vowed to respond “at a time and place of our choosing”, as China and the United States urged the nuclear-armed neighbours to step back from the brink.

The Indian army said its troops had targeted only “terrorist launch pads” after militants tried to cross into the Kupwara district of Indian-administered Kashmir late on Friday, and accused the Pakistani army of providing covering fire.

“Our response was measured, precise and non-escalatory,” Colonel Vikram Sethi, an army spokesman, told reporters in Srinagar.

In a televised address on Saturday evening, Prime Minister Shehbaz Sharif said India had “once again shown its contempt for human life”.

“Pakistan wants peace with all its neighbours. But let no one mistake our restraint for weakness: the blood of our children will not go unanswered.

“I have instructed our armed forces to remain on the highest alert,” he said.

Pakistan’s Foreign Office summoned India’s charge d’affaires in Islamabad to lodge a “strong protest” over what it called a “blatant violation” of the ceasefire understanding the two armies reached in February 2021.

Indian External Affairs Minister S. Jaishankar rejected the accusations. “India will not take lessons from a country that has turned terrorism into state policy,” he told reporters in New Delhi, adding that India “has every right to defend itself”.

China, which has close ties with Islamabad, called on both sides to “exercise calm and restraint” and said it was willing to play a “constructive role”. Foreign Minister Wang Yi spoke by phone with Ishaq Dar, Pakistan’s deputy prime minister and foreign minister, on Saturday, the Chinese foreign ministry said.

In a statement, US Secretary of State Marco Rubio said he had spoken separately with Jaishankar and Dar and urged both “to keep lines of communication open and avoid any escalation”.

A spokesman for UN Secretary-General Antonio Guterres said the UN chief was “deeply concerned” by the escalation and “stands ready to offer his good offices” should both sides request them.

British Foreign Secretary Yvette Cooper wrote on X that she was “deeply worried” by the loss of civilian lives and had urged restraint in calls with both governments.

Russia, a longtime arms supplier to New Delhi, did not criticise either side. Its foreign ministry said Moscow hoped the two countries would settle their differences “bilaterally, through political and diplomatic means”.

Saudi Arabia, which helped defuse the last crisis between the neighbours in May 2025, said its foreign minister, Prince Faisal bin Farhan, was in contact with both capitals.

The two countries have fought three wars since independence from Britain in 1947, two of them over Kashmir, which both claim in full but rule in part. Cross-border firing had largely stopped after the 2021 understanding, though both sides have reported sporadic violations this year. The armies’ directors general of military operations last spoke on their hotline earlier this month."""

build(
    "shelling-kashmir-2026-10-17", SHELLING,
    actors=[
        A("Pakistan", "country", "PAK", aliases=["Pakistani", "Islamabad", "Foreign Office"]),
        A("India", "country", "IND", aliases=["Indian", "New Delhi"]),
        A("China", "country", "CHN", aliases=["Chinese", "Beijing"]),
        A("United States", "country", "USA", aliases=["US", "Washington"]),
        A("Indian army", "organization", "IND", aliases=["army"]),
        A("Pakistani army", "organization", "PAK", aliases=[]),
        A("Vikram Sethi", "person", "IND", "army spokesman", ["Sethi"], organization="Indian army"),
        A("Shehbaz Sharif", "person", "PAK", "Prime Minister", ["Sharif"]),
        A("S. Jaishankar", "person", "IND", "External Affairs Minister", ["Jaishankar"]),
        A("Wang Yi", "person", "CHN", "Foreign Minister", ["Wang"]),
        A("Ishaq Dar", "person", "PAK", "deputy prime minister and foreign minister", ["Dar"]),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["Rubio"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres", "UN chief"], organization="United Nations"),
        A("Britain", "country", "GBR", aliases=["British", "United Kingdom", "London"]),
        A("Yvette Cooper", "person", "GBR", "Foreign Secretary", ["Cooper"]),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow"]),
        A("Saudi Arabia", "country", "SAU", aliases=["Saudi", "Riyadh"]),
        A("Faisal bin Farhan", "person", "SAU", "foreign minister", ["Prince Faisal bin Farhan", "Faisal"]),
    ],
    quotes=[
        Q("indirect", "Indian artillery fire across the Line of Control in Kashmir had killed seven civilians, including three children", "Pakistan", "say"),
        Q("indirect", "vowed to respond “at a time and place of our choosing”", "Pakistan", "vow", optional=True),
        Q("partial", "at a time and place of our choosing", "Pakistan", "vow"),
        Q("indirect", "its troops had targeted only “terrorist launch pads” after militants tried to cross into the Kupwara district of Indian-administered Kashmir late on Friday", "Indian army", "say"),
        Q("partial", "terrorist launch pads", "Indian army", "say"),
        Q("direct", "Our response was measured, precise and non-escalatory,", "Vikram Sethi", "tell"),
        Q("indirect", "India had “once again shown its contempt for human life”", "Shehbaz Sharif", "say", "television"),
        Q("partial", "once again shown its contempt for human life", "Shehbaz Sharif", "say", "television"),
        Q("direct", "Pakistan wants peace with all its neighbours. But let no one mistake our restraint for weakness: the blood of our children will not go unanswered.", "Shehbaz Sharif", "say", "television"),
        Q("direct", "I have instructed our armed forces to remain on the highest alert,", "Shehbaz Sharif", "say", "television"),
        Q("partial", "strong protest", "Pakistan", "lodge"),
        Q("partial", "blatant violation", "Pakistan", "call"),
        Q("direct", "India will not take lessons from a country that has turned terrorism into state policy,", "S. Jaishankar", "tell"),
        Q("indirect", "India “has every right to defend itself”", "S. Jaishankar", "add"),
        Q("partial", "has every right to defend itself", "S. Jaishankar", "add"),
        Q("partial", "exercise calm and restraint", "China", "call"),
        Q("indirect", "it was willing to play a “constructive role”", "China", "say"),
        Q("partial", "constructive role", "China", "say"),
        Q("indirect", "Foreign Minister Wang Yi spoke by phone with Ishaq Dar, Pakistan’s deputy prime minister and foreign minister, on Saturday", "China", "say"),
        Q("indirect", "he had spoken separately with Jaishankar and Dar and urged both “to keep lines of communication open and avoid any escalation”", "Marco Rubio", "say", "statement"),
        Q("partial", "to keep lines of communication open and avoid any escalation", "Marco Rubio", "urge", "statement"),
        Q("indirect", "the UN chief was “deeply concerned” by the escalation and “stands ready to offer his good offices” should both sides request them", "Antonio Guterres", "say"),
        Q("partial", "deeply concerned", "Antonio Guterres", "say"),
        Q("partial", "stands ready to offer his good offices", "Antonio Guterres", "say"),
        Q("indirect", "she was “deeply worried” by the loss of civilian lives and had urged restraint in calls with both governments", "Yvette Cooper", "write", "twitter"),
        Q("partial", "deeply worried", "Yvette Cooper", "write", "twitter"),
        Q("indirect", "Moscow hoped the two countries would settle their differences “bilaterally, through political and diplomatic means”", "Russia", "say"),
        Q("partial", "bilaterally, through political and diplomatic means", "Russia", "say"),
        Q("indirect", "its foreign minister, Prince Faisal bin Farhan, was in contact with both capitals", "Saudi Arabia", "say"),
    ],
    dates=[
        D("Saturday", "DATE", "2026-10-17", 0),
        D("Friday", "DATE", "2026-10-16"),
        D("Saturday evening", "TIME", "2026-10-17TEV"),
        D("February 2021", "DATE", "2021-02"),
        D("Saturday", "DATE", "2026-10-17", 2),
        D("May 2025", "DATE", "2025-05"),
        D("1947", "DATE", "1947"),
        D("2021", "DATE", "2021", 1),
        D("this year", "DATE", "2026"),
        D("earlier this month", "DATE", "2026-10"),
    ],
    stances=[
        S("Pakistan", "accuse", "India", evidence="Pakistan said on Saturday that Indian artillery fire across the Line of Control in Kashmir had killed seven civilians"),
        S("Pakistan", "threaten", "India", evidence="vowed to respond “at a time and place of our choosing”"),
        S("China", "appeal", None, "de-escalation", "urged the nuclear-armed neighbours to step back from the brink"),
        S("United States", "appeal", None, "de-escalation", "urged the nuclear-armed neighbours to step back from the brink"),
        S("Indian army", "accuse", "Pakistani army", evidence="accused the Pakistani army of providing covering fire"),
        S("Shehbaz Sharif", "accuse", "India", evidence="India had “once again shown its contempt for human life”"),
        S("Shehbaz Sharif", "threaten", None, evidence="the blood of our children will not go unanswered"),
        S("S. Jaishankar", "reject", "Pakistan", evidence="Jaishankar rejected the accusations"),
        S("S. Jaishankar", "accuse", "Pakistan", evidence="a country that has turned terrorism into state policy"),
        S("China", "mediate", None, evidence="willing to play a “constructive role”"),
        S("Wang Yi", "consult", "Ishaq Dar", evidence="Wang Yi spoke by phone with Ishaq Dar"),
        S("Marco Rubio", "consult", "S. Jaishankar", evidence="he had spoken separately with Jaishankar and Dar"),
        S("Marco Rubio", "consult", "Ishaq Dar", evidence="he had spoken separately with Jaishankar and Dar"),
        S("Marco Rubio", "appeal", None, "de-escalation", "urged both “to keep lines of communication open and avoid any escalation”"),
        S("Antonio Guterres", "concern", None, "escalation", "“deeply concerned” by the escalation"),
        S("Antonio Guterres", "mediate", None, "good offices", "“stands ready to offer his good offices”"),
        S("Yvette Cooper", "concern", None, "loss of civilian lives", "“deeply worried” by the loss of civilian lives"),
        S("Yvette Cooper", "appeal", None, "restraint", "had urged restraint"),
        S("Yvette Cooper", "consult", None, evidence="in calls with both governments"),
        S("Russia", "appeal", None, "diplomatic means", "settle their differences “bilaterally, through political and diplomatic means”"),
        S("Faisal bin Farhan", "consult", None, evidence="was in contact with both capitals"),
        S("Indian army", "consult", "Pakistani army", evidence="The armies’ directors general of military operations last spoke on their hotline"),
    ],
    notes="Invented article (second held-out set); the clash and Colonel Sethi are invented. Curly quotes and "
          "apostrophes. Sharif's quote runs over two paragraphs (the first has no closing mark): one quote per "
          "paragraph. The Foreign Office speaks for Pakistan; Pakistan's accusation of India is counted once (lead "
          "and protest). An unnamed spokesman of Guterres gives Guterres the quotes and stances. Russia 'did not "
          "criticise either side': no criticism. 'the 2021 understanding' is the second '2021'.",
)


# --------------------------------------------------------------------------- 6. sanctions, Europe
SANCTIONS = """ date 2026-11-16 The European Union on Monday imposed sanctions on 28 Belarusian officials and 11 companies it accuses of orchestrating a campaign of smuggling balloons and migrant crossings into Lithuania, Latvia and Poland, prompting Minsk to threaten an "asymmetric response".

The measures, approved by foreign ministers meeting in Brussels, include asset freezes and travel bans and target senior border guards, officers of the KGB security service and a state-owned logistics firm, according to the bloc's Official Journal.

"This is a deliberate hybrid campaign against our member states, and it comes at a price," the bloc's foreign policy chief Kaja Kallas told a news conference after the meeting. "Lukashenko cannot weaponise people and airspace and expect business as usual."

Lithuanian Foreign Minister Kestutis Budrys welcomed the decision as "long overdue" but said the bloc should go further and close its borders to all freight from Belarus. "Half-measures only encourage the regime," he told reporters.

Lithuania closed its border crossings with Belarus for almost a month last year after hundreds of balloons carrying contraband cigarettes forced repeated closures of Vilnius airport.

Radoslaw Sikorski, Poland's deputy prime minister and foreign minister, said Warsaw had "no illusions" about Minsk. "Every provocation on our border will be met with a firm response," he said.

Hungary, which has repeatedly delayed sanctions against Moscow, did not block the package. But Foreign Minister Peter Szijjarto wrote on Facebook that sanctions "have never solved a single problem" and that Budapest would keep pushing for dialogue with Minsk.

In Minsk, the foreign ministry condemned the "illegal" measures as "another act of economic aggression" and said Belarus reserved the right to an "asymmetric response". Spokesman Ruslan Varankov said the EU was "punishing its own citizens" to please Washington.

Moscow came to its ally's defence. Russian foreign ministry spokeswoman Maria Zakharova said on Telegram that the EU's "sanctions frenzy" was "doomed to fail" and that Russia would "stand by fraternal Belarus".

Belarusian President Alexander Lukashenko, who has ruled the country since 1994, last week denied any involvement in the balloon flights, calling the accusations "nonsense" and blaming "smugglers and Lithuanian provocateurs".

Ukrainian Foreign Minister Andrii Sybiha praised the "unity" of the 27 member states in a post on X, saying Minsk remained "an accomplice of Russia's aggression".

The United States, which eased sanctions on the Belarusian state airline Belavia last year after Minsk freed dozens of political prisoners, did not comment on the EU decision. An EU diplomat said Washington had been informed in advance.

The EU first imposed sanctions on Belarus after the disputed presidential election of 2020 and has widened them since Minsk allowed Russian troops to use its territory for the invasion of Ukraine in 2022."""

build(
    "sanctions-belarus-2026-11-16", SANCTIONS,
    actors=[
        A("European Union", "organization", None, aliases=["EU", "bloc", "Brussels"]),
        A("Belarus", "country", "BLR", aliases=["Belarusian", "Minsk"]),
        A("Lithuania", "country", "LTU", aliases=["Lithuanian", "Vilnius"]),
        A("Latvia", "country", "LVA", aliases=["Latvian", "Riga"]),
        A("Poland", "country", "POL", aliases=["Polish", "Warsaw"]),
        A("KGB", "organization", "BLR", aliases=["KGB security service"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Kallas"], organization="European Union"),
        A("Alexander Lukashenko", "person", "BLR", "President", ["Lukashenko"]),
        A("Kestutis Budrys", "person", "LTU", "Foreign Minister", ["Budrys"]),
        A("Radoslaw Sikorski", "person", "POL", "deputy prime minister and foreign minister", ["Sikorski"]),
        A("Hungary", "country", "HUN", aliases=["Hungarian", "Budapest"]),
        A("Russia", "country", "RUS", aliases=["Russian", "Moscow"]),
        A("Peter Szijjarto", "person", "HUN", "Foreign Minister", ["Szijjarto"]),
        A("Ruslan Varankov", "person", "BLR", "foreign ministry spokesman", ["Varankov"]),
        A("Maria Zakharova", "person", "RUS", "foreign ministry spokeswoman", ["Zakharova"]),
        A("Ukraine", "country", "UKR", aliases=["Ukrainian"]),
        A("Andrii Sybiha", "person", "UKR", "Foreign Minister", ["Sybiha"]),
        A("United States", "country", "USA", aliases=["US", "Washington"]),
        A("Belavia", "organization", "BLR", aliases=[]),
        A("EU diplomat", "person", None, "diplomat", ["diplomat"], organization="European Union", anonymous=True),
    ],
    quotes=[
        Q("partial", "asymmetric response", "Belarus", "threaten", n=0),
        Q("indirect", "The measures, approved by foreign ministers meeting in Brussels, include asset freezes and travel bans and target senior border guards, officers of the KGB security service and a state-owned logistics firm", "European Union", "according to"),
        Q("direct", "This is a deliberate hybrid campaign against our member states, and it comes at a price,", "Kaja Kallas", "tell", "press conference"),
        Q("direct", "Lukashenko cannot weaponise people and airspace and expect business as usual.", "Kaja Kallas", "tell", "press conference"),
        Q("partial", "long overdue", "Kestutis Budrys", "welcome"),
        Q("indirect", "the bloc should go further and close its borders to all freight from Belarus", "Kestutis Budrys", "say"),
        Q("direct", "Half-measures only encourage the regime,", "Kestutis Budrys", "tell"),
        Q("indirect", "Warsaw had \"no illusions\" about Minsk", "Radoslaw Sikorski", "say"),
        Q("partial", "no illusions", "Radoslaw Sikorski", "say"),
        Q("direct", "Every provocation on our border will be met with a firm response,", "Radoslaw Sikorski", "say"),
        Q("indirect", "sanctions \"have never solved a single problem\" and that Budapest would keep pushing for dialogue with Minsk", "Peter Szijjarto", "write", "facebook"),
        Q("partial", "have never solved a single problem", "Peter Szijjarto", "write", "facebook"),
        Q("partial", "illegal", "Belarus", "condemn"),
        Q("partial", "another act of economic aggression", "Belarus", "condemn"),
        Q("indirect", "Belarus reserved the right to an \"asymmetric response\"", "Belarus", "say"),
        Q("partial", "asymmetric response", "Belarus", "say", n=1),
        Q("indirect", "the EU was \"punishing its own citizens\" to please Washington", "Ruslan Varankov", "say"),
        Q("partial", "punishing its own citizens", "Ruslan Varankov", "say"),
        Q("indirect", "the EU's \"sanctions frenzy\" was \"doomed to fail\" and that Russia would \"stand by fraternal Belarus\"", "Maria Zakharova", "say", "telegram"),
        Q("partial", "sanctions frenzy", "Maria Zakharova", "say", "telegram"),
        Q("partial", "doomed to fail", "Maria Zakharova", "say", "telegram"),
        Q("partial", "stand by fraternal Belarus", "Maria Zakharova", "say", "telegram"),
        Q("partial", "nonsense", "Alexander Lukashenko", "call"),
        Q("partial", "smugglers and Lithuanian provocateurs", "Alexander Lukashenko", "blame"),
        Q("partial", "unity", "Andrii Sybiha", "praise", "twitter"),
        Q("indirect", "Minsk remained \"an accomplice of Russia's aggression\"", "Andrii Sybiha", "say", "twitter"),
        Q("partial", "an accomplice of Russia's aggression", "Andrii Sybiha", "say", "twitter"),
        Q("indirect", "Washington had been informed in advance", "EU diplomat", "say"),
    ],
    dates=[
        D("Monday", "DATE", "2026-11-16"),
        D("almost a month", "DURATION", "P1M"),
        D("last year", "DATE", "2025", 0),
        D("1994", "DATE", "1994"),
        D("last week", "DATE", "2026-W46"),
        D("last year", "DATE", "2025", 1),
        D("2020", "DATE", "2020"),
        D("2022", "DATE", "2022"),
    ],
    stances=[
        S("European Union", "accuse", "Belarus", evidence="it accuses of orchestrating a campaign"),
        S("Belarus", "threaten", "European Union", evidence="prompting Minsk to threaten an \"asymmetric response\""),
        S("Kaja Kallas", "accuse", "Belarus", evidence="This is a deliberate hybrid campaign against our member states"),
        S("Kaja Kallas", "criticize", "Alexander Lukashenko", evidence="Lukashenko cannot weaponise people and airspace"),
        S("Kestutis Budrys", "welcome", "European Union", evidence="welcomed the decision as \"long overdue\""),
        S("Kestutis Budrys", "demand", "European Union", "close borders to freight from Belarus", "the bloc should go further and close its borders"),
        S("Radoslaw Sikorski", "threaten", None, evidence="Every provocation on our border will be met with a firm response"),
        S("Peter Szijjarto", "criticize", None, evidence="sanctions \"have never solved a single problem\""),
        S("Peter Szijjarto", "appeal", None, "dialogue", "would keep pushing for dialogue with Minsk"),
        S("Belarus", "condemn", "European Union", evidence="condemned the \"illegal\" measures"),
        S("Ruslan Varankov", "criticize", "European Union", evidence="the EU was \"punishing its own citizens\""),
        S("Russia", "support", "Belarus", evidence="Moscow came to its ally's defence"),
        S("Maria Zakharova", "criticize", "European Union", evidence="the EU's \"sanctions frenzy\" was \"doomed to fail\""),
        S("Maria Zakharova", "support", "Belarus", evidence="Russia would \"stand by fraternal Belarus\""),
        S("Alexander Lukashenko", "reject", None, evidence="denied any involvement in the balloon flights"),
        S("Alexander Lukashenko", "accuse", None, evidence="blaming \"smugglers and Lithuanian provocateurs\""),
        S("Andrii Sybiha", "praise", "European Union", evidence="praised the \"unity\" of the 27 member states"),
        S("Andrii Sybiha", "accuse", "Belarus", evidence="Minsk remained \"an accomplice of Russia's aggression\""),
        S("Andrii Sybiha", "accuse", "Russia", evidence="Russia's aggression"),
    ],
    notes="Invented article (second held-out set); the sanctions package is invented. 'the bloc' is the EU; the "
          "Belarusian foreign ministry speaks for Belarus. Hungary 'did not block' and the United States 'did not "
          "comment': no stances. Background ('delayed sanctions against Moscow', 'eased sanctions', 'allowed "
          "Russian troops') is no stance. Lukashenko's denial has a noun object, so it is no indirect quote.",
)


if __name__ == "__main__":
    WRITER.report()
