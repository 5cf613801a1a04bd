"""Builds the eleventh development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Eleventh development set: 8 invented reaction articles written on 2026-11-26 by a helper who changed
no library code and did not read the library's source; the gold was committed before reactlib was
run on them. As in ``tests/generalization_dev8/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed (a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number, 0-based). Run
`python3 tests/generalization_dev11/build_gold.py` after editing. Conventions follow
../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier development sets: countries speak
through their ministries, presidencies, coast guards and capitals; a summons, an expulsion or a
protest note is a criticism; background takes no stance; a negated or hedged stance ("did not
criticise", "declined to comment") is not annotated; anonymous officials and sources are actors of
the country the context gives them; an appeal to "all parties" has a null target; an aid offer is
support for the receiving country; a phone call is a consultation; congratulations and thanks are
support and praise; a quote introduced by a line ending in a colon has no cue; a media outlet that
only carries someone's words is not an actor.
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


# --------------------------------------------------------------------------- 1. disputed presidential count in Honduras (inverted "said X", "according to", anonymous spokesperson)
HONDURAS = """ date 2026-12-02 TEGUCIGALPA, Dec 2 (AFP) - Honduras' electoral council declared ruling party candidate Rosa Elena Paz the winner of Sunday's presidential election on Tuesday night, but her conservative rival refused to concede and several foreign governments questioned the count.

The National Electoral Council (CNE) said Paz had won 46.8 percent of the vote against 45.9 percent for Tomas Ferrera, a margin of fewer than 35,000 ballots. The announcement came after the council's results website went dark for nearly 30 hours on Monday and Tuesday, a stoppage the council blamed on a "technical failure."

"We will not accept a result manufactured in the dark," said Ferrera, a former mayor of the capital, at a rally outside the council's headquarters. He called on his supporters to stay in the streets "peacefully, but without rest" until every tally sheet had been recounted.

Paz, a former defence minister, told supporters the people had spoken. "Honduras voted for change, and nobody will steal that vote from the people," she wrote on X.

The Organization of American States (OAS), whose observer mission monitored the vote, said the interruption "seriously undermined confidence in the process." Its mission chief, former Costa Rican president Laura Chinchilla, urged the council to publish all 18,000 tally sheets within 48 hours. "Without transparency, there can be no legitimacy," said Chinchilla.

Washington went further. "The United States cannot recognise a result that has not been fully verified," a State Department spokesperson said on Wednesday, warning that Washington would "review all options" if the count was not reopened.

Mexico and Venezuela congratulated Paz. Mexican President Claudia Sheinbaum said at a press conference that Mexico respected "the sovereign will of the Honduran people" and rejected "any foreign interference."

Guatemala's foreign ministry expressed concern over clashes in San Pedro Sula, where police fired tear gas at protesters on Tuesday evening, and offered to host talks between the two camps.

According to a Western diplomat in Tegucigalpa, European ambassadors met the council's president on Tuesday morning to ask for a full audit. The European Union's election observers, who have been in the country since October, will present their preliminary report on Thursday.

Honduras has a long history of disputed votes. In 2017, at least 23 people were killed in protests after a similar stoppage of the count."""

build(
    "disputed-count-tegucigalpa-2026-12-02", HONDURAS,
    actors=[
        A("Honduras", "country", "HND", aliases=["Honduran"]),
        A("National Electoral Council", "organization", "HND", aliases=["Honduras' electoral council", "The National Electoral Council", "CNE", "the council"]),
        A("Rosa Elena Paz", "person", "HND", "candidate", ["ruling party candidate Rosa Elena Paz", "Paz", "she", "her"]),
        A("Tomas Ferrera", "person", "HND", "candidate", ["her conservative rival", "Ferrera", "He"]),
        A("Organization of American States", "organization", None, aliases=["The Organization of American States", "OAS"]),
        A("Laura Chinchilla", "person", None, "mission chief", ["Its mission chief, former Costa Rican president Laura Chinchilla", "Chinchilla"], organization="Organization of American States"),
        A("United States", "country", "USA", aliases=["Washington", "The United States", "State Department"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["a State Department spokesperson"], anonymous=True),
        A("Mexico", "country", "MEX", aliases=["Mexican"]),
        A("Claudia Sheinbaum", "person", "MEX", "President", ["Mexican President Claudia Sheinbaum"]),
        A("Venezuela", "country", "VEN"),
        A("Guatemala", "country", "GTM", aliases=["Guatemala's foreign ministry"]),
        A("Western diplomat", "person", None, "diplomat", ["a Western diplomat in Tegucigalpa"], anonymous=True),
        A("European Union", "organization", None, aliases=["The European Union's election observers", "European"]),
    ],
    quotes=[
        Q("indirect", "Paz had won 46.8 percent of the vote against 45.9 percent for Tomas Ferrera, a margin of fewer than 35,000 ballots", "National Electoral Council", "say"),
        Q("partial", "technical failure.", "National Electoral Council", "blame"),
        Q("direct", "We will not accept a result manufactured in the dark,", "Tomas Ferrera", "say"),
        Q("partial", "peacefully, but without rest", "Tomas Ferrera", "call"),
        Q("indirect", "the people had spoken", "Rosa Elena Paz", "tell"),
        Q("direct", "Honduras voted for change, and nobody will steal that vote from the people,", "Rosa Elena Paz", "write", "twitter"),
        Q("indirect", "the interruption \"seriously undermined confidence in the process.\"", "Organization of American States", "say"),
        Q("partial", "seriously undermined confidence in the process.", "Organization of American States", "say"),
        Q("direct", "Without transparency, there can be no legitimacy,", "Laura Chinchilla", "say"),
        Q("direct", "The United States cannot recognise a result that has not been fully verified,", "State Department spokesperson", "say"),
        Q("indirect", "Washington would \"review all options\" if the count was not reopened", "State Department spokesperson", "warn"),
        Q("partial", "review all options", "State Department spokesperson", "warn"),
        Q("indirect", "Mexico respected \"the sovereign will of the Honduran people\" and rejected \"any foreign interference.\"", "Claudia Sheinbaum", "say", "press conference"),
        Q("partial", "the sovereign will of the Honduran people", "Claudia Sheinbaum", "say", "press conference"),
        Q("partial", "any foreign interference.", "Claudia Sheinbaum", "reject", "press conference"),
        Q("indirect", "European ambassadors met the council's president on Tuesday morning to ask for a full audit", "Western diplomat", "according to"),
    ],
    dates=[
        D("Dec 2", "DATE", "2026-12-02"),
        D("Sunday", "DATE", "2026-11-29"),
        D("Tuesday night", "TIME", "2026-12-01TNI"),
        D("nearly 30 hours", "DURATION", "PT30H"),
        D("Monday", "DATE", "2026-11-30"),
        D("Tuesday", "DATE", "2026-12-01", n=1),
        D("48 hours", "DURATION", "PT48H"),
        D("Wednesday", "DATE", "2026-12-02"),
        D("Tuesday evening", "TIME", "2026-12-01TEV"),
        D("Tuesday morning", "TIME", "2026-12-01TMO"),
        D("October", "DATE", "2026-10"),
        D("Thursday", "DATE", "2026-12-03"),
        D("2017", "DATE", "2017"),
    ],
    stances=[
        S("Tomas Ferrera", "reject", "National Electoral Council", evidence="We will not accept a result manufactured in the dark"),
        S("Tomas Ferrera", "appeal", None, "stay in the streets peacefully", "called on his supporters to stay in the streets"),
        S("Organization of American States", "criticize", "National Electoral Council", evidence="the interruption \"seriously undermined confidence in the process.\""),
        S("Laura Chinchilla", "demand", "National Electoral Council", "publish all tally sheets", "urged the council to publish all 18,000 tally sheets"),
        S("State Department spokesperson", "reject", "National Electoral Council", evidence="cannot recognise a result that has not been fully verified"),
        S("State Department spokesperson", "threaten", "Honduras", evidence="Washington would \"review all options\" if the count was not reopened"),
        S("Mexico", "support", "Rosa Elena Paz", evidence="Mexico and Venezuela congratulated Paz"),
        S("Venezuela", "support", "Rosa Elena Paz", evidence="Mexico and Venezuela congratulated Paz"),
        S("Claudia Sheinbaum", "reject", None, evidence="rejected \"any foreign interference.\""),
        S("Guatemala", "concern", None, "clashes", "expressed concern over clashes in San Pedro Sula"),
        S("Guatemala", "mediate", None, "talks between the two camps", "offered to host talks between the two camps"),
        S("European Union", "consult", "National Electoral Council", evidence="European ambassadors met the council's president"),
        S("European Union", "demand", "National Electoral Council", "full audit", "to ask for a full audit"),
    ],
    notes="Invented article (eleventh development set; the election, Paz, Ferrera and all quoted words are invented, "
          "the officials used freely). Inverted 'said Ferrera' and 'said Chinchilla'. The unnamed State Department "
          "spokesperson is an anonymous actor of the United States. 'several foreign governments questioned the count' "
          "in the lead has no holder and takes no stance. The European ambassadors' visit, reported by an anonymous "
          "diplomat, is given to the European Union. Costa Rica appears only in Chinchilla's former title and is not an "
          "actor. 'Sunday's' is annotated on 'Sunday'.",
)


# --------------------------------------------------------------------------- 2. North Korean spy satellite: how the world reacted (dash-introduced headings, statement after a dash)
SATELLITE = """ date 2026-12-09 North Korea launches spy satellite: how the world reacted

SEOUL, Dec 9 - North Korea said it put a military reconnaissance satellite into orbit on Tuesday evening from its Sohae launch site, its first successful launch since November 2023 and a breach of U.N. Security Council resolutions that ban Pyongyang from using ballistic missile technology.

State news agency KCNA said the Malligyong-2 satellite would "keep watch over every move of the U.S. imperialists and their puppets" and quoted leader Kim Jong Un as calling the launch "a historic leap." The rocket's first stage fell into the Yellow Sea about 300 km west of Seoul, South Korea's Joint Chiefs of Staff said.

Here is how governments and organisations responded:

- SOUTH KOREA: The presidential office convened an emergency meeting of the National Security Council at 11 p.m. Tuesday. "This is a grave provocation that threatens the peace of the Korean peninsula," national security adviser Wi Sung-lac told reporters afterwards. Seoul said it would suspend a 2018 military agreement with the North "in full."

- JAPAN: Prime Minister Sanae Takaichi condemned the launch "in the strongest terms" and said Tokyo had lodged a protest through diplomatic channels in Beijing. No J-Alert was issued because the rocket did not cross Japanese territory.

- UNITED STATES: "We strongly condemn the DPRK's launch, which used ballistic missile technology in flagrant violation of multiple Security Council resolutions" - State Department spokesman Tommy Pigott, in a statement. He said Washington's commitment to the defence of South Korea and Japan remained "ironclad."

- CHINA: Foreign ministry spokesman Lin Jian urged "all parties" to exercise restraint and avoid actions that could raise tensions. He did not criticise Pyongyang.

- RUSSIA: The Kremlin declined to comment.

- UNITED NATIONS: Secretary-General Antonio Guterres called on the DPRK to "fully comply with its international obligations" and to resume dialogue without preconditions, his spokesman said.

- EUROPEAN UNION: A spokesperson for the EU's diplomatic service said the bloc was "deeply concerned" and would consider further restrictive measures in consultation with its partners.

The Security Council is expected to meet on Friday at the request of Washington, Seoul and Tokyo. Two earlier attempts to tighten sanctions on North Korea failed after Russia and China used their vetoes in 2022."""

build(
    "spy-satellite-sohae-2026-12-09", SATELLITE,
    actors=[
        A("North Korea", "country", "PRK", aliases=["Pyongyang", "the DPRK", "DPRK", "the North"]),
        A("KCNA", "organization", "PRK", aliases=["State news agency KCNA"]),
        A("Kim Jong Un", "person", "PRK", "leader", ["leader Kim Jong Un"]),
        A("United Nations Security Council", "organization", None, aliases=["U.N. Security Council", "Security Council", "The Security Council"]),
        A("South Korea", "country", "KOR", aliases=["SOUTH KOREA", "South Korea's Joint Chiefs of Staff", "The presidential office", "Seoul"]),
        A("Wi Sung-lac", "person", "KOR", "national security adviser", ["national security adviser Wi Sung-lac"]),
        A("Japan", "country", "JPN", aliases=["JAPAN", "Tokyo", "Japanese"]),
        A("Sanae Takaichi", "person", "JPN", "Prime Minister", ["Prime Minister Sanae Takaichi"]),
        A("United States", "country", "USA", aliases=["UNITED STATES", "Washington", "U.S.", "State Department"]),
        A("Tommy Pigott", "person", "USA", "State Department spokesman", ["State Department spokesman Tommy Pigott", "He"]),
        A("China", "country", "CHN", aliases=["CHINA", "Beijing"]),
        A("Lin Jian", "person", "CHN", "Foreign ministry spokesman", ["Foreign ministry spokesman Lin Jian", "He"]),
        A("Russia", "country", "RUS", aliases=["RUSSIA", "The Kremlin"]),
        A("United Nations", "organization", None, aliases=["UNITED NATIONS"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Secretary-General Antonio Guterres", "his"], organization="United Nations"),
        A("European Union", "organization", None, aliases=["EUROPEAN UNION", "EU", "the bloc"]),
        A("EU spokesperson", "person", None, "spokesperson", ["A spokesperson for the EU's diplomatic service"], organization="European Union", anonymous=True),
    ],
    quotes=[
        Q("indirect", "it put a military reconnaissance satellite into orbit on Tuesday evening from its Sohae launch site", "North Korea", "say"),
        Q("indirect", "the Malligyong-2 satellite would \"keep watch over every move of the U.S. imperialists and their puppets\"", "KCNA", "say"),
        Q("partial", "keep watch over every move of the U.S. imperialists and their puppets", "KCNA", "say"),
        Q("partial", "a historic leap.", "Kim Jong Un", "call"),
        Q("indirect", "The rocket's first stage fell into the Yellow Sea about 300 km west of Seoul", "South Korea", "say"),
        Q("direct", "This is a grave provocation that threatens the peace of the Korean peninsula,", "Wi Sung-lac", "tell"),
        Q("indirect", "it would suspend a 2018 military agreement with the North \"in full.\"", "South Korea", "say"),
        Q("partial", "in full.", "South Korea", "say"),
        Q("partial", "in the strongest terms", "Sanae Takaichi", "condemn"),
        Q("indirect", "Tokyo had lodged a protest through diplomatic channels in Beijing", "Sanae Takaichi", "say"),
        Q("direct", "We strongly condemn the DPRK's launch, which used ballistic missile technology in flagrant violation of multiple Security Council resolutions", "Tommy Pigott", None, "statement"),
        Q("indirect", "Washington's commitment to the defence of South Korea and Japan remained \"ironclad.\"", "Tommy Pigott", "say"),
        Q("partial", "ironclad.", "Tommy Pigott", "say"),
        Q("partial", "all parties", "Lin Jian", "urge"),
        Q("partial", "fully comply with its international obligations", "Antonio Guterres", "call"),
        Q("indirect", "the bloc was \"deeply concerned\" and would consider further restrictive measures in consultation with its partners", "EU spokesperson", "say"),
        Q("partial", "deeply concerned", "EU spokesperson", "say"),
    ],
    dates=[
        D("Dec 9", "DATE", "2026-12-09"),
        D("Tuesday evening", "TIME", "2026-12-08TEV"),
        D("November 2023", "DATE", "2023-11"),
        D("11 p.m. Tuesday", "TIME", "2026-12-08T23:00"),
        D("2018", "DATE", "2018"),
        D("Friday", "DATE", "2026-12-11"),
        D("2022", "DATE", "2022"),
    ],
    stances=[
        S("Wi Sung-lac", "condemn", "North Korea", evidence="This is a grave provocation that threatens the peace of the Korean peninsula"),
        S("South Korea", "criticize", "North Korea", evidence="it would suspend a 2018 military agreement with the North"),
        S("Sanae Takaichi", "condemn", "North Korea", evidence="condemned the launch \"in the strongest terms\""),
        S("Sanae Takaichi", "criticize", "North Korea", evidence="Tokyo had lodged a protest through diplomatic channels"),
        S("Tommy Pigott", "condemn", "North Korea", evidence="We strongly condemn the DPRK's launch"),
        S("Tommy Pigott", "support", "South Korea", evidence="Washington's commitment to the defence of South Korea and Japan remained \"ironclad.\""),
        S("Tommy Pigott", "support", "Japan", evidence="Washington's commitment to the defence of South Korea and Japan remained \"ironclad.\""),
        S("Lin Jian", "appeal", None, "restraint", "urged \"all parties\" to exercise restraint"),
        S("Antonio Guterres", "demand", "North Korea", "comply with international obligations", "called on the DPRK to \"fully comply with its international obligations\""),
        S("Antonio Guterres", "appeal", "North Korea", "negotiations", "to resume dialogue without preconditions"),
        S("EU spokesperson", "concern", None, "satellite launch", "the bloc was \"deeply concerned\""),
        S("EU spokesperson", "threaten", "North Korea", evidence="would consider further restrictive measures"),
        S("United States", "appeal", "United Nations Security Council", "Security Council meeting", "at the request of Washington, Seoul and Tokyo"),
        S("South Korea", "appeal", "United Nations Security Council", "Security Council meeting", "at the request of Washington, Seoul and Tokyo"),
        S("Japan", "appeal", "United Nations Security Council", "Security Council meeting", "at the request of Washington, Seoul and Tokyo"),
    ],
    notes="Invented article (eleventh development set; the launch and all quoted words are invented, the officials "
          "used freely). Layout: capitalised country headings after a dash, one statement quoted before a dash "
          "attribution (no cue, channel statement). Lin Jian 'did not criticise Pyongyang' and the Kremlin 'declined to "
          "comment': no stance beyond the appeal for restraint. Suspending the military agreement is a criticism. "
          "Guterres's words reach us through his unnamed spokesman, who is not an actor. The request for a Security "
          "Council meeting is an appeal of each of the three. Russia and China's vetoes in 2022 are background.",
)


# --------------------------------------------------------------------------- 3. Argentina seizes a Spanish trawler licensed by the Falklands (colon intro, quote over two paragraphs)
TRAWLER = """ date 2027-01-13 BUENOS AIRES, Jan 13 (Reuters) - Argentina's coast guard seized a Spanish-owned trawler fishing for squid inside the country's exclusive economic zone on Monday and escorted it to the port of Puerto Madryn, setting off a diplomatic row with Madrid and renewed friction with Britain over fishing licences issued by the Falkland Islands.

The Prefectura Naval said its patrol boat Mantilla had chased the Playa de Ons for nearly eight hours after the trawler switched off its transponder some 200 nautical miles east of the Patagonian coast. Warning shots were fired, according to the coast guard, but nobody was hurt.

Argentina's foreign minister, Pablo Quirno, said the vessel held a licence from the Falklands government, which Buenos Aires does not recognise. Speaking to Radio Mitre on Tuesday, he was blunt: "Argentina will not tolerate the plunder of its resources under licences issued by an illegitimate colonial administration. The captain will answer to an Argentine court, and the owner will pay every peso of the fine.

"Those who fish in our waters without our permission should know that the sea is no longer a free-for-all."

Spain's foreign ministry summoned Argentina's ambassador in Madrid on Tuesday and demanded consular access to the 27 crew members, 14 of them Spanish. Foreign Minister Jose Manuel Albares said Spain "respects Argentina's sovereignty" but expected the crew to be treated "with full guarantees." He said he had spoken by phone with Quirno, a call that one Spanish diplomat described as "frank."

In London, the Foreign Office said the seizure was "an unjustified act" and insisted that the Falkland Islands had "every right to manage the fisheries in their waters." A British official who asked not to be named said the Royal Navy patrol ship stationed in the islands had been told to monitor the situation.

The Falklands' legislative assembly said in a statement that the Playa de Ons had been fishing legally and called on Argentina to release it "without delay."

Spain's fishing confederation Cepesca, whose members own most of the licensed vessels, urged the European Commission to intervene. "Our fleet has fished those grounds legally for more than 30 years," its secretary-general, Javier Garat, said.

The European Commission said it was in contact with Madrid and Buenos Aires and hoped the matter could be settled "through dialogue and in line with the law of the sea."

The Falkland Islands have sold fishing licences since 1987, mostly to Spanish, Korean and Taiwanese companies. Argentina last seized a licensed trawler in 2019."""

build(
    "trawler-seized-puerto-madryn-2027-01-13", TRAWLER,
    actors=[
        A("Argentina", "country", "ARG", aliases=["Argentina's coast guard", "The Prefectura Naval", "the coast guard", "Buenos Aires", "Argentine"]),
        A("Spain", "country", "ESP", aliases=["Spain's foreign ministry", "Madrid", "Spanish"]),
        A("United Kingdom", "country", "GBR", aliases=["Britain", "London", "the Foreign Office", "British", "Royal Navy"]),
        A("Falkland Islands", "country", "FLK", aliases=["the Falklands government", "The Falklands' legislative assembly", "the Falkland Islands", "The Falkland Islands", "the islands"]),
        A("Pablo Quirno", "person", "ARG", "foreign minister", ["Argentina's foreign minister, Pablo Quirno", "Quirno", "he"]),
        A("Jose Manuel Albares", "person", "ESP", "Foreign Minister", ["Foreign Minister Jose Manuel Albares", "He", "he"]),
        A("Spanish diplomat", "person", "ESP", "diplomat", ["one Spanish diplomat"], anonymous=True),
        A("British official", "person", "GBR", "official", ["A British official"], anonymous=True),
        A("Cepesca", "organization", "ESP", aliases=["Spain's fishing confederation Cepesca", "its"]),
        A("Javier Garat", "person", "ESP", "secretary-general", ["its secretary-general, Javier Garat"], organization="Cepesca"),
        A("European Commission", "organization", None, aliases=["the European Commission", "The European Commission"]),
    ],
    quotes=[
        Q("indirect", "its patrol boat Mantilla had chased the Playa de Ons for nearly eight hours after the trawler switched off its transponder some 200 nautical miles east of the Patagonian coast", "Argentina", "say"),
        Q("indirect", "Warning shots were fired", "Argentina", "according to"),
        Q("indirect", "the vessel held a licence from the Falklands government, which Buenos Aires does not recognise", "Pablo Quirno", "say"),
        Q("direct", "Argentina will not tolerate the plunder of its resources under licences issued by an illegitimate colonial administration. The captain will answer to an Argentine court, and the owner will pay every peso of the fine.", "Pablo Quirno", None, "radio"),
        Q("direct", "Those who fish in our waters without our permission should know that the sea is no longer a free-for-all.", "Pablo Quirno", None, "radio"),
        Q("indirect", "Spain \"respects Argentina's sovereignty\" but expected the crew to be treated \"with full guarantees.\"", "Jose Manuel Albares", "say"),
        Q("partial", "respects Argentina's sovereignty", "Jose Manuel Albares", "say"),
        Q("partial", "with full guarantees.", "Jose Manuel Albares", "say"),
        Q("indirect", "he had spoken by phone with Quirno", "Jose Manuel Albares", "say"),
        Q("partial", "frank.", "Spanish diplomat", "describe"),
        Q("indirect", "the seizure was \"an unjustified act\"", "United Kingdom", "say"),
        Q("partial", "an unjustified act", "United Kingdom", "say"),
        Q("indirect", "the Falkland Islands had \"every right to manage the fisheries in their waters.\"", "United Kingdom", "insist"),
        Q("partial", "every right to manage the fisheries in their waters.", "United Kingdom", "insist"),
        Q("indirect", "the Royal Navy patrol ship stationed in the islands had been told to monitor the situation", "British official", "say"),
        Q("indirect", "the Playa de Ons had been fishing legally", "Falkland Islands", "say", "statement"),
        Q("partial", "without delay.", "Falkland Islands", "call", "statement"),
        Q("direct", "Our fleet has fished those grounds legally for more than 30 years,", "Javier Garat", "say"),
        Q("indirect", "it was in contact with Madrid and Buenos Aires and hoped the matter could be settled \"through dialogue and in line with the law of the sea.\"", "European Commission", "say"),
        Q("partial", "through dialogue and in line with the law of the sea.", "European Commission", "hope"),
    ],
    dates=[
        D("Jan 13", "DATE", "2027-01-13"),
        D("Monday", "DATE", "2027-01-11"),
        D("nearly eight hours", "DURATION", "PT8H"),
        D("Tuesday", "DATE", "2027-01-12"),
        D("Tuesday", "DATE", "2027-01-12", n=1),
        D("more than 30 years", "DURATION", "P30Y"),
        D("1987", "DATE", "1987"),
        D("2019", "DATE", "2019"),
    ],
    stances=[
        S("Pablo Quirno", "accuse", "Falkland Islands", evidence="licences issued by an illegitimate colonial administration"),
        S("Pablo Quirno", "threaten", None, evidence="Those who fish in our waters without our permission should know"),
        S("Spain", "criticize", "Argentina", evidence="Spain's foreign ministry summoned Argentina's ambassador"),
        S("Spain", "demand", "Argentina", "consular access to the crew", "demanded consular access to the 27 crew members"),
        S("Jose Manuel Albares", "demand", "Argentina", "fair treatment of the crew", "expected the crew to be treated \"with full guarantees.\""),
        S("Jose Manuel Albares", "consult", "Pablo Quirno", evidence="he had spoken by phone with Quirno"),
        S("United Kingdom", "condemn", "Argentina", evidence="the seizure was \"an unjustified act\""),
        S("United Kingdom", "support", "Falkland Islands", evidence="had \"every right to manage the fisheries in their waters.\""),
        S("Falkland Islands", "demand", "Argentina", "release of the trawler", "called on Argentina to release it \"without delay.\""),
        S("Cepesca", "appeal", "European Commission", "intervene", "urged the European Commission to intervene"),
        S("European Commission", "consult", "Spain", evidence="it was in contact with Madrid and Buenos Aires"),
        S("European Commission", "consult", "Argentina", evidence="it was in contact with Madrid and Buenos Aires"),
        S("European Commission", "appeal", None, "negotiations", "settled \"through dialogue and in line with the law of the sea.\""),
    ],
    notes="Invented article (eleventh development set; the seizure, the Playa de Ons and all quoted words are "
          "invented, the officials used freely). Quirno's radio words are introduced by a colon ('he was blunt:') and "
          "run over two paragraphs, the first left open: two direct quotes, no cue, channel radio. Radio Mitre only "
          "carries his words. The Prefectura Naval (coast guard) speaks for Argentina; the Foreign Office for the "
          "United Kingdom. The Falkland Islands are given the code FLK. Albares's 'respects Argentina's sovereignty' "
          "is a courtesy and takes no stance. The Royal Navy patrol ship's monitoring is a precaution, no stance.",
)


# --------------------------------------------------------------------------- 4. bird-flu travel bans on Cambodia (Facebook post after a colon, post on X, inverted "said X")
TRAVEL = """ date 2027-01-20 PHNOM PENH, Jan 20 (AP) - Cambodia accused its neighbours on Wednesday of "punishing the victim" after Thailand and Vietnam barred travellers from the country over a cluster of human bird flu cases that has killed five people in Takeo province since January 4.

Thailand's public health ministry announced on Monday night that foreigners who had been in Cambodia in the previous 14 days would be refused entry from Tuesday, and that Thai nationals returning from there would be quarantined for a week. Vietnam followed on Tuesday, suspending passenger flights and closing four land crossings for "at least one month."

Cambodian Prime Minister Hun Manet reacted on Facebook: "Cambodia has been open and transparent with the world from the very beginning. Closing borders does not stop a virus. It only punishes our farmers, our workers and our students."

His health minister, Chheang Ra, told reporters on Wednesday that the outbreak was "under control" and that all 41 contacts of the victims had tested negative. He invited Thai and Vietnamese experts to visit Takeo "tomorrow if they wish."

The World Health Organization said it did not recommend any travel or trade restrictions. "Travel bans divert resources and discourage countries from reporting outbreaks, which is exactly the opposite of what we need," WHO Director-General Tedros Adhanom Ghebreyesus wrote on X. A WHO team arrived in Phnom Penh on Sunday.

"My first duty is to protect Thai people," said Thai Prime Minister Anutin Charnvirakul, defending the decision in Bangkok. "We will review the measure every seven days."

Laos, which shares a long border with Cambodia, has not announced restrictions. According to a Lao official who spoke on condition of anonymity, Vientiane is "watching closely" and has stepped up screening at the Veun Kham crossing.

The Association of Southeast Asian Nations (ASEAN), which the Philippines chairs this year, called an emergency meeting of health ministers for Friday. Philippine Foreign Secretary Theresa Lazaro said on X that the region must "act together, not against each other."

China's embassy in Phnom Penh said Beijing "firmly supports" Cambodia and would send a team of epidemiologists and 50,000 test kits. The U.S. Centers for Disease Control and Prevention (CDC), which closed its Cambodia office two years ago, offered no comment.

Cambodia last recorded human H5N1 cases in 2023 and 2024, when at least 14 people were infected."""

build(
    "travel-ban-phnom-penh-2027-01-20", TRAVEL,
    actors=[
        A("Cambodia", "country", "KHM", aliases=["Cambodian"]),
        A("Thailand", "country", "THA", aliases=["Thailand's public health ministry", "Thai"]),
        A("Vietnam", "country", "VNM", aliases=["Vietnamese"]),
        A("Hun Manet", "person", "KHM", "Prime Minister", ["Cambodian Prime Minister Hun Manet", "His"]),
        A("Chheang Ra", "person", "KHM", "health minister", ["His health minister, Chheang Ra", "He"]),
        A("World Health Organization", "organization", None, aliases=["The World Health Organization", "WHO"]),
        A("Tedros Adhanom Ghebreyesus", "person", None, "Director-General", ["WHO Director-General Tedros Adhanom Ghebreyesus"], organization="World Health Organization"),
        A("Anutin Charnvirakul", "person", "THA", "Prime Minister", ["Thai Prime Minister Anutin Charnvirakul"]),
        A("Laos", "country", "LAO", aliases=["Vientiane", "Lao"]),
        A("Lao official", "person", "LAO", "official", ["a Lao official"], anonymous=True),
        A("Association of Southeast Asian Nations", "organization", None, aliases=["The Association of Southeast Asian Nations", "ASEAN"]),
        A("Philippines", "country", "PHL", aliases=["the Philippines", "Philippine"]),
        A("Theresa Lazaro", "person", "PHL", "Foreign Secretary", ["Philippine Foreign Secretary Theresa Lazaro"]),
        A("China", "country", "CHN", aliases=["China's embassy in Phnom Penh", "Beijing"]),
        A("Centers for Disease Control and Prevention", "organization", "USA", aliases=["The U.S. Centers for Disease Control and Prevention", "CDC"]),
    ],
    quotes=[
        Q("partial", "punishing the victim", "Cambodia", "accuse"),
        Q("indirect", "foreigners who had been in Cambodia in the previous 14 days would be refused entry from Tuesday, and that Thai nationals returning from there would be quarantined for a week", "Thailand", "announce"),
        Q("partial", "at least one month.", "Vietnam", None, optional=True),
        Q("direct", "Cambodia has been open and transparent with the world from the very beginning. Closing borders does not stop a virus. It only punishes our farmers, our workers and our students.", "Hun Manet", None, "facebook"),
        Q("indirect", "the outbreak was \"under control\" and that all 41 contacts of the victims had tested negative", "Chheang Ra", "tell"),
        Q("partial", "under control", "Chheang Ra", "tell"),
        Q("partial", "tomorrow if they wish.", "Chheang Ra", "invite"),
        Q("indirect", "it did not recommend any travel or trade restrictions", "World Health Organization", "say"),
        Q("direct", "Travel bans divert resources and discourage countries from reporting outbreaks, which is exactly the opposite of what we need,", "Tedros Adhanom Ghebreyesus", "write", "twitter"),
        Q("direct", "My first duty is to protect Thai people,", "Anutin Charnvirakul", "say"),
        Q("direct", "We will review the measure every seven days.", "Anutin Charnvirakul", "say"),
        Q("indirect", "Vientiane is \"watching closely\" and has stepped up screening at the Veun Kham crossing", "Lao official", "according to"),
        Q("partial", "watching closely", "Lao official", "according to"),
        Q("indirect", "the region must \"act together, not against each other.\"", "Theresa Lazaro", "say", "twitter"),
        Q("partial", "act together, not against each other.", "Theresa Lazaro", "say", "twitter"),
        Q("indirect", "Beijing \"firmly supports\" Cambodia and would send a team of epidemiologists and 50,000 test kits", "China", "say"),
        Q("partial", "firmly supports", "China", "say"),
    ],
    dates=[
        D("Jan 20", "DATE", "2027-01-20"),
        D("Wednesday", "DATE", "2027-01-20"),
        D("January 4", "DATE", "2027-01-04"),
        D("Monday night", "TIME", "2027-01-18TNI"),
        D("14 days", "DURATION", "P14D"),
        D("Tuesday", "DATE", "2027-01-19"),
        D("for a week", "DURATION", "P1W"),
        D("Tuesday", "DATE", "2027-01-19", n=1),
        D("at least one month", "DURATION", "P1M"),
        D("Wednesday", "DATE", "2027-01-20", n=1),
        D("tomorrow", "DATE", "2027-01-21"),
        D("Sunday", "DATE", "2027-01-17"),
        D("every seven days", "SET", "P7D"),
        D("this year", "DATE", "2027"),
        D("Friday", "DATE", "2027-01-22"),
        D("two years ago", "DATE", "2025"),
        D("2023", "DATE", "2023"),
        D("2024", "DATE", "2024"),
    ],
    stances=[
        S("Cambodia", "accuse", "Thailand", evidence="accused its neighbours on Wednesday of \"punishing the victim\""),
        S("Cambodia", "accuse", "Vietnam", evidence="accused its neighbours on Wednesday of \"punishing the victim\""),
        S("Hun Manet", "criticize", "Thailand", evidence="Closing borders does not stop a virus"),
        S("Hun Manet", "criticize", "Vietnam", evidence="Closing borders does not stop a virus"),
        S("Chheang Ra", "consult", "Thailand", evidence="He invited Thai and Vietnamese experts to visit Takeo"),
        S("Chheang Ra", "consult", "Vietnam", evidence="He invited Thai and Vietnamese experts to visit Takeo"),
        S("Tedros Adhanom Ghebreyesus", "criticize", None, evidence="Travel bans divert resources and discourage countries from reporting outbreaks"),
        S("Theresa Lazaro", "appeal", None, "act together", "the region must \"act together, not against each other.\""),
        S("China", "support", "Cambodia", evidence="Beijing \"firmly supports\" Cambodia"),
    ],
    notes="Invented article (eleventh development set; the outbreak, the bans and all quoted words are invented, the "
          "officials used freely). Hun Manet's post follows a line ending in a colon: direct quote, no cue, channel "
          "facebook. Inverted 'said Thai Prime Minister Anutin Charnvirakul', whose second quote has no new attribution. "
          "The WHO's 'did not recommend' is negated and takes no stance; Tedros's post criticises the bans, with a null "
          "target. Anutin 'defending the decision' takes no stance toward anyone. The minister's invitation to Thai and "
          "Vietnamese experts is a consultation. ASEAN's emergency meeting and the CDC's silence take no stance. "
          "'at least one month' is a scare-quoted measure of Vietnam (optional). 'tomorrow' is anchored on Wednesday, "
          "when the minister spoke.",
)


# --------------------------------------------------------------------------- 5. Hungary's central bank raises rates, ministers cry foul (feature, "according to two people familiar")
RATES = """ date 2027-02-03 Hungary's central bank raises rates despite government pressure; ministers cry foul

BUDAPEST, Feb 3 - The National Bank of Hungary (MNB) raised its base rate by 75 basis points to 7.25 percent on Tuesday, its first increase since 2023, defying weeks of public pressure from ministers who want cheaper credit to revive a stagnant economy.

Governor Gabor Fekete said the forint's 9 percent slide against the euro since November had left the bank no choice. "Inflation expectations are rising again, and the central bank's duty is to the value of the currency, not to the electoral calendar," he told a press conference after the decision, which the monetary council took by five votes to two.

The government's reaction came within minutes. Economy Minister Andrea Szalai, who has called for rate cuts since last summer, wrote on Facebook that the hike was "a mistake that families and small businesses will pay for." Finance Minister Bence Toth said the bank had "ignored the real economy" and warned that the government would look at "all legal means" to make monetary policy "more accountable."

That warning alarmed economists. According to two people familiar with the matter, the prime minister's office has drafted an amendment that would let parliament dismiss members of the monetary council. Government spokesman Laszlo Rab denied that any such plan existed. "The independence of the MNB is guaranteed by the constitution and nobody is questioning it," he said on Wednesday.

The European Central Bank (ECB) said in a statement that the independence of national central banks was protected by the EU treaties and that "any attempt to undermine it would be a matter of serious concern."

Opposition leader Katalin Mester praised Fekete for "standing up to the government" and said her party would "respect the bank's independence from the first day" if it won power.

Investors welcomed the move. The forint gained 1.4 percent to 412 per euro by Wednesday afternoon, its strongest level in two months.

The International Monetary Fund, whose staff visited Budapest two weeks ago, said it supported the MNB's "decisive action" and urged the government to cut its budget deficit, which reached 5.1 percent of gross domestic product last year.

The monetary council's next rate decision is due on March 2."""

build(
    "rate-hike-budapest-2027-02-03", RATES,
    actors=[
        A("Hungary", "country", "HUN", aliases=["the government", "The government's", "the prime minister's office", "Budapest"]),
        A("National Bank of Hungary", "organization", "HUN", aliases=["The National Bank of Hungary", "MNB", "the bank", "the central bank", "the monetary council", "The monetary council"]),
        A("Gabor Fekete", "person", "HUN", "Governor", ["Governor Gabor Fekete", "Fekete", "he"], organization="National Bank of Hungary"),
        A("Andrea Szalai", "person", "HUN", "Economy Minister", ["Economy Minister Andrea Szalai"]),
        A("Bence Toth", "person", "HUN", "Finance Minister", ["Finance Minister Bence Toth"]),
        A("people familiar with the matter", "group", "HUN", aliases=["two people familiar with the matter"], anonymous=True),
        A("Laszlo Rab", "person", "HUN", "Government spokesman", ["Government spokesman Laszlo Rab", "he"]),
        A("European Central Bank", "organization", None, aliases=["The European Central Bank", "ECB"]),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Katalin Mester", "person", "HUN", "Opposition leader", ["Opposition leader Katalin Mester", "her"]),
        A("International Monetary Fund", "organization", None, aliases=["The International Monetary Fund"]),
    ],
    quotes=[
        Q("indirect", "the forint's 9 percent slide against the euro since November had left the bank no choice", "Gabor Fekete", "say"),
        Q("direct", "Inflation expectations are rising again, and the central bank's duty is to the value of the currency, not to the electoral calendar,", "Gabor Fekete", "tell", "press conference"),
        Q("indirect", "the hike was \"a mistake that families and small businesses will pay for.\"", "Andrea Szalai", "write", "facebook"),
        Q("partial", "a mistake that families and small businesses will pay for.", "Andrea Szalai", "write", "facebook"),
        Q("indirect", "the bank had \"ignored the real economy\"", "Bence Toth", "say"),
        Q("partial", "ignored the real economy", "Bence Toth", "say"),
        Q("indirect", "the government would look at \"all legal means\" to make monetary policy \"more accountable.\"", "Bence Toth", "warn"),
        Q("partial", "all legal means", "Bence Toth", "warn"),
        Q("partial", "more accountable.", "Bence Toth", "warn"),
        Q("indirect", "the prime minister's office has drafted an amendment that would let parliament dismiss members of the monetary council", "people familiar with the matter", "according to"),
        Q("direct", "The independence of the MNB is guaranteed by the constitution and nobody is questioning it,", "Laszlo Rab", "say"),
        Q("indirect", "the independence of national central banks was protected by the EU treaties and that \"any attempt to undermine it would be a matter of serious concern.\"", "European Central Bank", "say", "statement"),
        Q("partial", "any attempt to undermine it would be a matter of serious concern.", "European Central Bank", "say", "statement"),
        Q("partial", "standing up to the government", "Katalin Mester", "praise"),
        Q("indirect", "her party would \"respect the bank's independence from the first day\" if it won power", "Katalin Mester", "say"),
        Q("partial", "respect the bank's independence from the first day", "Katalin Mester", "say"),
        Q("indirect", "it supported the MNB's \"decisive action\"", "International Monetary Fund", "say"),
        Q("partial", "decisive action", "International Monetary Fund", "say"),
    ],
    dates=[
        D("Feb 3", "DATE", "2027-02-03"),
        D("Tuesday", "DATE", "2027-02-02"),
        D("2023", "DATE", "2023"),
        D("weeks", "DURATION", "PXW"),
        D("November", "DATE", "2026-11"),
        D("within minutes", "DURATION", "PTXM"),
        D("last summer", "DATE", "2026-SU"),
        D("Wednesday", "DATE", "2027-02-03"),
        D("Wednesday afternoon", "TIME", "2027-02-03TAF"),
        D("two months", "DURATION", "P2M"),
        D("two weeks ago", "DATE", "2027-W03"),
        D("last year", "DATE", "2026"),
        D("March 2", "DATE", "2027-03-02"),
    ],
    stances=[
        S("Andrea Szalai", "criticize", "National Bank of Hungary", evidence="the hike was \"a mistake that families and small businesses will pay for.\""),
        S("Bence Toth", "criticize", "National Bank of Hungary", evidence="the bank had \"ignored the real economy\""),
        S("Bence Toth", "threaten", "National Bank of Hungary", evidence="the government would look at \"all legal means\""),
        S("Laszlo Rab", "reject", None, evidence="denied that any such plan existed"),
        S("European Central Bank", "concern", None, "attempts to undermine central bank independence", "\"any attempt to undermine it would be a matter of serious concern.\""),
        S("Katalin Mester", "praise", "Gabor Fekete", evidence="praised Fekete for \"standing up to the government\""),
        S("International Monetary Fund", "support", "National Bank of Hungary", evidence="it supported the MNB's \"decisive action\""),
        S("International Monetary Fund", "appeal", "Hungary", "cut the budget deficit", "urged the government to cut its budget deficit"),
    ],
    notes="Invented article (eleventh development set; the bank's decision and every named Hungarian official, and "
          "all quoted words, are invented). The central bank is an organization of Hungary; 'the government' is "
          "Hungary. The 'two people familiar with the matter' are an anonymous group introduced by 'According to'. "
          "'Investors welcomed the move' has no actor. The ECB's conditional 'would be a matter of serious concern' is "
          "annotated as concern. 'last summer' is annotated with a season value, 'two weeks ago' with the ISO week "
          "(uncertain: could be left as a date in mid-January). 'since November' is November 2026.",
)


# --------------------------------------------------------------------------- 6. three aid workers freed in Niger, thanks to Qatar (thanks from several capitals, a post on X after a colon)
HOSTAGES = """ date 2027-02-10 NIAMEY/BERLIN, Feb 10 (Reuters) - Three Western aid workers held by an Islamic State affiliate in western Niger for 15 months were freed on Tuesday and flown to Doha, prompting a wave of thanks to Qatar and to Niger's military government from Berlin, Rome and Ottawa.

The three - German nurse Katrin Albers, 46, Italian logistician Marco Fenu, 39, and Canadian engineer Paul Tremblay, 52 - were abducted in November 2025 near the town of Ayorou while working for the charity Medical Aid International (MAI). The Islamic State Sahel Province (ISSP) had released two videos of them since then.

Qatar's foreign ministry said its mediators had worked "for more than a year, in close coordination with the authorities in Niamey" to secure the release. Minister of State Mohammed Al-Khulaifi, who met the former hostages at Doha airport on Wednesday morning, said all three were "tired but in good health." He did not say whether a ransom had been paid.

German Chancellor Friedrich Merz thanked the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in a phone call on Tuesday evening, his spokesman Stefan Kornelius said. "We owe this happy day to the patient and discreet work of our Qatari friends," Merz said in a statement. "Germany will not forget it."

Italian Prime Minister Giorgia Meloni wrote on X: "Marco is free! Thank you to Qatar, to our intelligence services and to all who worked in silence for this moment." She also thanked Niger's leader, General Abdourahamane Tiani - a notable gesture given Rome's criticism of the junta since the 2023 coup.

Canada's foreign minister, Anita Anand, said Ottawa was "profoundly grateful to the State of Qatar" and to "the government of Niger for its cooperation."

Niger's government spokesman, Colonel Amadou Abdramane, said on state television that the release was "the fruit of the sovereign efforts of Niger's defence and security forces" and made no mention of Qatar.

A French official, speaking on condition of anonymity, said Paris had not been involved. France, whose troops were expelled by the junta in 2023, still has two citizens held in the Sahel.

MAI's director, Sophie Lenz, said the charity was "overwhelmed with relief" but would not return to the Tillaberi region "for the foreseeable future." She urged governments to keep pressing for the release of "every hostage still held in the Sahel, whatever their passport."

According to the Africa Center for Strategic Studies, at least 18 foreigners are currently held by armed groups in Mali, Burkina Faso and Niger."""

build(
    "hostages-freed-niamey-2027-02-10", HOSTAGES,
    actors=[
        A("Niger", "country", "NER", aliases=["Niger's military government", "the authorities in Niamey", "the junta", "the government of Niger", "Niger's"]),
        A("Qatar", "country", "QAT", aliases=["Qatar's foreign ministry", "the State of Qatar", "Qatari"]),
        A("Germany", "country", "DEU", aliases=["Berlin", "German"]),
        A("Italy", "country", "ITA", aliases=["Rome", "Italian"]),
        A("Canada", "country", "CAN", aliases=["Ottawa", "Canadian", "Canada's"]),
        A("France", "country", "FRA", aliases=["Paris", "French"]),
        A("Katrin Albers", "person", "DEU", "nurse", ["German nurse Katrin Albers"]),
        A("Marco Fenu", "person", "ITA", "logistician", ["Italian logistician Marco Fenu", "Marco"]),
        A("Paul Tremblay", "person", "CAN", "engineer", ["Canadian engineer Paul Tremblay"]),
        A("Medical Aid International", "organization", None, aliases=["the charity Medical Aid International", "MAI", "the charity"]),
        A("Islamic State Sahel Province", "group", None, aliases=["an Islamic State affiliate", "The Islamic State Sahel Province", "ISSP"]),
        A("Mohammed Al-Khulaifi", "person", "QAT", "Minister of State", ["Minister of State Mohammed Al-Khulaifi", "He"]),
        A("Friedrich Merz", "person", "DEU", "Chancellor", ["German Chancellor Friedrich Merz", "Merz", "his"]),
        A("Tamim bin Hamad Al Thani", "person", "QAT", "Emir", ["the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani"]),
        A("Stefan Kornelius", "person", "DEU", "spokesman", ["his spokesman Stefan Kornelius"]),
        A("Giorgia Meloni", "person", "ITA", "Prime Minister", ["Italian Prime Minister Giorgia Meloni", "She"]),
        A("Abdourahamane Tiani", "person", "NER", "leader", ["Niger's leader, General Abdourahamane Tiani"]),
        A("Anita Anand", "person", "CAN", "foreign minister", ["Canada's foreign minister, Anita Anand"]),
        A("Amadou Abdramane", "person", "NER", "government spokesman", ["Niger's government spokesman, Colonel Amadou Abdramane"]),
        A("French official", "person", "FRA", "official", ["A French official"], anonymous=True),
        A("Sophie Lenz", "person", None, "director", ["MAI's director, Sophie Lenz", "She"], organization="Medical Aid International"),
        A("Africa Center for Strategic Studies", "organization", "USA", aliases=["the Africa Center for Strategic Studies"]),
        A("Mali", "country", "MLI"),
        A("Burkina Faso", "country", "BFA"),
    ],
    quotes=[
        Q("indirect", "its mediators had worked \"for more than a year, in close coordination with the authorities in Niamey\" to secure the release", "Qatar", "say"),
        Q("partial", "for more than a year, in close coordination with the authorities in Niamey", "Qatar", "say"),
        Q("indirect", "all three were \"tired but in good health.\"", "Mohammed Al-Khulaifi", "say"),
        Q("partial", "tired but in good health.", "Mohammed Al-Khulaifi", "say"),
        Q("indirect", "German Chancellor Friedrich Merz thanked the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in a phone call on Tuesday evening", "Stefan Kornelius", "say"),
        Q("direct", "We owe this happy day to the patient and discreet work of our Qatari friends,", "Friedrich Merz", "say", "statement"),
        Q("direct", "Germany will not forget it.", "Friedrich Merz", "say", "statement"),
        Q("direct", "Marco is free! Thank you to Qatar, to our intelligence services and to all who worked in silence for this moment.", "Giorgia Meloni", "write", "twitter"),
        Q("indirect", "Ottawa was \"profoundly grateful to the State of Qatar\" and to \"the government of Niger for its cooperation.\"", "Anita Anand", "say"),
        Q("partial", "profoundly grateful to the State of Qatar", "Anita Anand", "say"),
        Q("partial", "the government of Niger for its cooperation.", "Anita Anand", "say"),
        Q("indirect", "the release was \"the fruit of the sovereign efforts of Niger's defence and security forces\"", "Amadou Abdramane", "say", "television"),
        Q("partial", "the fruit of the sovereign efforts of Niger's defence and security forces", "Amadou Abdramane", "say", "television"),
        Q("indirect", "Paris had not been involved", "French official", "say"),
        Q("indirect", "the charity was \"overwhelmed with relief\" but would not return to the Tillaberi region \"for the foreseeable future.\"", "Sophie Lenz", "say"),
        Q("partial", "overwhelmed with relief", "Sophie Lenz", "say"),
        Q("partial", "for the foreseeable future.", "Sophie Lenz", "say"),
        Q("partial", "every hostage still held in the Sahel, whatever their passport.", "Sophie Lenz", "urge"),
        Q("indirect", "at least 18 foreigners are currently held by armed groups in Mali, Burkina Faso and Niger", "Africa Center for Strategic Studies", "according to"),
    ],
    dates=[
        D("Feb 10", "DATE", "2027-02-10"),
        D("15 months", "DURATION", "P15M"),
        D("Tuesday", "DATE", "2027-02-09"),
        D("November 2025", "DATE", "2025-11"),
        D("more than a year", "DURATION", "P1Y"),
        D("Wednesday morning", "TIME", "2027-02-10TMO"),
        D("Tuesday evening", "TIME", "2027-02-09TEV"),
        D("2023", "DATE", "2023"),
        D("2023", "DATE", "2023", n=1),
        D("the foreseeable future", "DATE", "FUTURE_REF"),
        D("currently", "DATE", "PRESENT_REF"),
    ],
    stances=[
        S("Qatar", "mediate", None, "release of the hostages", "its mediators had worked"),
        S("Friedrich Merz", "praise", "Tamim bin Hamad Al Thani", evidence="thanked the Emir of Qatar"),
        S("Friedrich Merz", "consult", "Tamim bin Hamad Al Thani", evidence="in a phone call on Tuesday evening"),
        S("Friedrich Merz", "praise", "Qatar", evidence="the patient and discreet work of our Qatari friends"),
        S("Giorgia Meloni", "praise", "Qatar", evidence="Thank you to Qatar"),
        S("Giorgia Meloni", "praise", "Abdourahamane Tiani", evidence="She also thanked Niger's leader"),
        S("Anita Anand", "praise", "Qatar", evidence="\"profoundly grateful to the State of Qatar\""),
        S("Anita Anand", "praise", "Niger", evidence="\"the government of Niger for its cooperation.\""),
        S("Sophie Lenz", "appeal", None, "release of all hostages", "urged governments to keep pressing for the release"),
    ],
    notes="Invented article (eleventh development set; the kidnapping, the three hostages, MAI, Lenz and all quoted "
          "words are invented, the officials used freely). Meloni's post follows a colon after 'wrote on X' (cue "
          "'write'). Merz's call is reported by his spokesman (an indirect quote of Kornelius; the thanks and the call "
          "are Merz's stances). Thanks are praise. Niger's spokesman 'made no mention of Qatar': no stance. Italy's "
          "criticism of the junta 'since the 2023 coup' is background. The Africa Center only supplies a figure. "
          "'the foreseeable future' is FUTURE_REF.",
)


# --------------------------------------------------------------------------- 7. CAS strips a Chinese snowboarder of Olympic gold (short agency brief, "according to" a carrier, Weibo)
DOPING = """ date 2027-02-17 LAUSANNE, Feb 17 (AFP) - The Court of Arbitration for Sport (CAS) on Tuesday stripped Chinese snowboarder Li Yuxin of the Olympic halfpipe gold medal she won at the Milan-Cortina Games a year ago and banned her for four years, ruling that traces of the steroid trenbolone in her sample could not be explained by contaminated meat.

China's General Administration of Sport called the decision "unjust and unacceptable" and said it would appeal to the Swiss Federal Supreme Court. "Li Yuxin is a clean athlete and the victim of a politicised process," the administration said in a statement, according to the official Xinhua news agency.

Li, 19, wrote on Weibo that she was "heartbroken but not defeated."

The World Anti-Doping Agency (WADA), which brought the appeal after China's own anti-doping agency cleared the athlete in April, welcomed the ruling. WADA President Witold Banka said it showed that "no country is above the rules."

The decision moves American Chloe Park, the silver medallist, up to gold. The International Olympic Committee (IOC) said the medals would be reallocated "at an appropriate ceremony" once all appeals were exhausted.

"Chloe earned this gold on the snow 12 months ago. It's about time," said Sarah Hirshland, chief executive of the U.S. Olympic & Paralympic Committee (USOPC). The USOPC has accused WADA of going easy on Chinese athletes since 2021, when 23 Chinese swimmers who had tested positive were allowed to compete in Tokyo.

Chinese foreign ministry spokeswoman Mao Ning told a regular briefing on Wednesday that China "firmly opposes the politicisation of sport" and urged "relevant parties" to respect the legitimate rights of Chinese athletes."""

build(
    "doping-ruling-lausanne-2027-02-17", DOPING,
    actors=[
        A("Court of Arbitration for Sport", "organization", None, aliases=["The Court of Arbitration for Sport", "CAS"]),
        A("China", "country", "CHN", aliases=["China's General Administration of Sport", "the administration", "China's own anti-doping agency", "Chinese"]),
        A("Li Yuxin", "person", "CHN", "snowboarder", ["Chinese snowboarder Li Yuxin", "Li", "she", "her", "the athlete"]),
        A("World Anti-Doping Agency", "organization", None, aliases=["The World Anti-Doping Agency", "WADA"]),
        A("Witold Banka", "person", None, "President", ["WADA President Witold Banka"], organization="World Anti-Doping Agency"),
        A("United States", "country", "USA", aliases=["American", "U.S."]),
        A("Chloe Park", "person", "USA", "snowboarder", ["American Chloe Park", "Chloe"]),
        A("International Olympic Committee", "organization", None, aliases=["The International Olympic Committee", "IOC"]),
        A("U.S. Olympic & Paralympic Committee", "organization", "USA", aliases=["the U.S. Olympic & Paralympic Committee", "USOPC", "The USOPC"]),
        A("Sarah Hirshland", "person", "USA", "chief executive", ["Sarah Hirshland, chief executive of the U.S. Olympic & Paralympic Committee"], organization="U.S. Olympic & Paralympic Committee"),
        A("Mao Ning", "person", "CHN", "foreign ministry spokeswoman", ["Chinese foreign ministry spokeswoman Mao Ning"]),
    ],
    quotes=[
        Q("partial", "unjust and unacceptable", "China", "call"),
        Q("indirect", "it would appeal to the Swiss Federal Supreme Court", "China", "say"),
        Q("direct", "Li Yuxin is a clean athlete and the victim of a politicised process,", "China", "say", "statement"),
        Q("indirect", "she was \"heartbroken but not defeated.\"", "Li Yuxin", "write", "weibo"),
        Q("partial", "heartbroken but not defeated.", "Li Yuxin", "write", "weibo"),
        Q("indirect", "it showed that \"no country is above the rules.\"", "Witold Banka", "say"),
        Q("partial", "no country is above the rules.", "Witold Banka", "say"),
        Q("indirect", "the medals would be reallocated \"at an appropriate ceremony\" once all appeals were exhausted", "International Olympic Committee", "say"),
        Q("partial", "at an appropriate ceremony", "International Olympic Committee", "say"),
        Q("direct", "Chloe earned this gold on the snow 12 months ago. It's about time,", "Sarah Hirshland", "say"),
        Q("indirect", "China \"firmly opposes the politicisation of sport\"", "Mao Ning", "tell", "press conference"),
        Q("partial", "firmly opposes the politicisation of sport", "Mao Ning", "tell", "press conference"),
        Q("partial", "relevant parties", "Mao Ning", "urge", "press conference", optional=True),
    ],
    dates=[
        D("Feb 17", "DATE", "2027-02-17"),
        D("Tuesday", "DATE", "2027-02-16"),
        D("a year ago", "DATE", "2026"),
        D("four years", "DURATION", "P4Y"),
        D("April", "DATE", "2026-04"),
        D("12 months ago", "DATE", "2026-02"),
        D("2021", "DATE", "2021"),
        D("Wednesday", "DATE", "2027-02-17"),
    ],
    stances=[
        S("China", "reject", "Court of Arbitration for Sport", evidence="called the decision \"unjust and unacceptable\""),
        S("China", "criticize", "Court of Arbitration for Sport", evidence="the victim of a politicised process"),
        S("World Anti-Doping Agency", "welcome", "Court of Arbitration for Sport", evidence="welcomed the ruling"),
        S("Sarah Hirshland", "praise", "Chloe Park", evidence="Chloe earned this gold on the snow"),
        S("U.S. Olympic & Paralympic Committee", "accuse", "World Anti-Doping Agency", evidence="has accused WADA of going easy on Chinese athletes"),
        S("Mao Ning", "criticize", None, evidence="\"firmly opposes the politicisation of sport\""),
        S("Mao Ning", "appeal", None, "respect the rights of Chinese athletes", "urged \"relevant parties\" to respect the legitimate rights of Chinese athletes"),
    ],
    notes="Invented article (eleventh development set; the ruling, Li Yuxin, Chloe Park and all quoted words are "
          "invented, the officials used freely). The General Administration of Sport and the national anti-doping agency "
          "speak for China. Xinhua only carries China's statement and is not an actor. Inverted 'said Sarah Hirshland, "
          "chief executive of ...'. The USOPC's standing accusation ('has accused ... since 2021') is annotated. Banka's "
          "'no country is above the rules' names no target and takes no stance. 'a year ago' and '12 months ago' point "
          "to the Games of February 2026. 'regular briefing' is not annotated.",
)


# --------------------------------------------------------------------------- 8. Turkish dam on the Tigris, Iraq and Syria protest (feature; role, surname and pronoun back-references, ISO date, mediation offer)
TIGRIS = """ date 2027-03-03 BAGHDAD - Iraq on Wednesday accused Turkey of "stealing the Tigris" after Ankara began filling the reservoir of the Cizre dam, the last of the large dams it has built on the river's upper course, cutting the flow reaching Mosul by almost half in a week.

Syria, whose north-eastern corner the Tigris briefly skirts, joined the protest, and for the first time in a decade Baghdad and Damascus sent a joint note to the Turkish embassy.

Iraq's minister of water resources, Aoun Dhiab, spent the morning on the dry banks of the river at Fishkhabur, where the Tigris enters Iraq. The minister, an engineer who has led the ministry since 2022, pointed at a line of dead reeds. "Two weeks ago the water was here," he said. "Turkey has turned a river that belongs to three peoples into a tap that it opens and closes as it pleases."

He said the filling had begun on 2027-02-22 without the 30 days' notice Ankara had promised in a memorandum signed in Baghdad two years ago, and called on Turkey to release at least 500 cubic metres per second "immediately and without conditions."

In Ankara, the Turkish foreign ministry rejected the accusations as "baseless." The Cizre dam, it said in a statement, would "regulate the flow for the benefit of all downstream countries" and was being filled "in a gradual and controlled manner." Turkish officials said privately that the filling would last until the end of May.

Turkish Energy Minister Alparslan Bayraktar was more combative. "Iraq loses 40 percent of the water it receives to leaking canals and flood irrigation. Before blaming others, Baghdad should fix its own house," he told the broadcaster NTV on Tuesday.

Syria's foreign minister, Asaad al-Shaibani, said in a post on X that Damascus stood "shoulder to shoulder" with Iraq and that water must never be used as "a weapon of pressure." He added that he had discussed the issue by phone with his Iraqi counterpart, Fuad Hussein.

The Kurdistan Regional Government, whose farmers in Duhok depend on the river, was more cautious. Its spokesman, Peshawa Hawramani, said Erbil wanted "a fair agreement between Baghdad and Ankara" and would not take sides.

Jordan's King Abdullah phoned Turkish President Recep Tayyip Erdogan on Monday and offered to host technical talks between the three countries in Amman, according to the Royal Hashemite Court. The United Nations said it was "ready to support" any such talks.

Water flow into Iraq from the Tigris and Euphrates has fallen by about a third since the 1970s, according to the World Bank, and the country has suffered back-to-back droughts since 2019."""

build(
    "tigris-dam-baghdad-2027-03-03", TIGRIS,
    actors=[
        A("Iraq", "country", "IRQ", aliases=["Baghdad", "Iraqi", "the country"]),
        A("Turkey", "country", "TUR", aliases=["Ankara", "the Turkish foreign ministry", "the Turkish embassy", "Turkish"]),
        A("Syria", "country", "SYR", aliases=["Damascus"]),
        A("Aoun Dhiab", "person", "IRQ", "minister of water resources", ["Iraq's minister of water resources, Aoun Dhiab", "The minister", "he", "He"]),
        A("Turkish officials", "group", "TUR", aliases=["Turkish officials"], anonymous=True),
        A("Alparslan Bayraktar", "person", "TUR", "Energy Minister", ["Turkish Energy Minister Alparslan Bayraktar", "he"]),
        A("Asaad al-Shaibani", "person", "SYR", "foreign minister", ["Syria's foreign minister, Asaad al-Shaibani", "He", "he"]),
        A("Fuad Hussein", "person", "IRQ", "Foreign Minister", ["his Iraqi counterpart, Fuad Hussein"]),
        A("Kurdistan Regional Government", "organization", "IRQ", aliases=["The Kurdistan Regional Government", "Erbil"]),
        A("Peshawa Hawramani", "person", "IRQ", "spokesman", ["Its spokesman, Peshawa Hawramani"], organization="Kurdistan Regional Government"),
        A("Jordan", "country", "JOR", aliases=["the Royal Hashemite Court", "Amman"]),
        A("King Abdullah", "person", "JOR", "King", ["Jordan's King Abdullah"]),
        A("Recep Tayyip Erdogan", "person", "TUR", "President", ["Turkish President Recep Tayyip Erdogan"]),
        A("United Nations", "organization", None, aliases=["The United Nations"]),
        A("World Bank", "organization", None, aliases=["the World Bank"]),
    ],
    quotes=[
        Q("partial", "stealing the Tigris", "Iraq", "accuse"),
        Q("direct", "Two weeks ago the water was here,", "Aoun Dhiab", "say"),
        Q("direct", "Turkey has turned a river that belongs to three peoples into a tap that it opens and closes as it pleases.", "Aoun Dhiab", "say"),
        Q("indirect", "the filling had begun on 2027-02-22 without the 30 days' notice Ankara had promised in a memorandum signed in Baghdad two years ago", "Aoun Dhiab", "say"),
        Q("partial", "immediately and without conditions.", "Aoun Dhiab", "call"),
        Q("partial", "baseless.", "Turkey", "reject"),
        Q("partial", "regulate the flow for the benefit of all downstream countries", "Turkey", "say", "statement"),
        Q("partial", "in a gradual and controlled manner.", "Turkey", "say", "statement"),
        Q("indirect", "the filling would last until the end of May", "Turkish officials", "say"),
        Q("direct", "Iraq loses 40 percent of the water it receives to leaking canals and flood irrigation. Before blaming others, Baghdad should fix its own house,", "Alparslan Bayraktar", "tell", "television"),
        Q("indirect", "Damascus stood \"shoulder to shoulder\" with Iraq and that water must never be used as \"a weapon of pressure.\"", "Asaad al-Shaibani", "say", "twitter"),
        Q("partial", "shoulder to shoulder", "Asaad al-Shaibani", "say", "twitter"),
        Q("partial", "a weapon of pressure.", "Asaad al-Shaibani", "say", "twitter"),
        Q("indirect", "he had discussed the issue by phone with his Iraqi counterpart, Fuad Hussein", "Asaad al-Shaibani", "add"),
        Q("indirect", "Erbil wanted \"a fair agreement between Baghdad and Ankara\" and would not take sides", "Peshawa Hawramani", "say"),
        Q("partial", "a fair agreement between Baghdad and Ankara", "Peshawa Hawramani", "say"),
        Q("indirect", "Jordan's King Abdullah phoned Turkish President Recep Tayyip Erdogan on Monday and offered to host technical talks between the three countries in Amman", "Jordan", "according to"),
        Q("indirect", "it was \"ready to support\" any such talks", "United Nations", "say"),
        Q("partial", "ready to support", "United Nations", "say"),
        Q("indirect", "Water flow into Iraq from the Tigris and Euphrates has fallen by about a third since the 1970s", "World Bank", "according to"),
    ],
    dates=[
        D("Wednesday", "DATE", "2027-03-03"),
        D("a week", "DURATION", "P1W"),
        D("a decade", "DURATION", "P10Y"),
        D("the morning", "TIME", "2027-03-03TMO"),
        D("2022", "DATE", "2022"),
        D("Two weeks ago", "DATE", "2027-W07"),
        D("2027-02-22", "DATE", "2027-02-22"),
        D("30 days", "DURATION", "P30D"),
        D("two years ago", "DATE", "2025"),
        D("the end of May", "DATE", "2027-05"),
        D("Tuesday", "DATE", "2027-03-02"),
        D("Monday", "DATE", "2027-03-01"),
        D("the 1970s", "DATE", "197"),
        D("2019", "DATE", "2019"),
    ],
    stances=[
        S("Iraq", "accuse", "Turkey", evidence="accused Turkey of \"stealing the Tigris\""),
        S("Iraq", "criticize", "Turkey", evidence="Baghdad and Damascus sent a joint note to the Turkish embassy"),
        S("Syria", "criticize", "Turkey", evidence="joined the protest"),
        S("Aoun Dhiab", "accuse", "Turkey", evidence="Turkey has turned a river that belongs to three peoples into a tap"),
        S("Aoun Dhiab", "demand", "Turkey", "release water", "called on Turkey to release at least 500 cubic metres per second"),
        S("Turkey", "reject", "Iraq", evidence="rejected the accusations as \"baseless.\""),
        S("Alparslan Bayraktar", "criticize", "Iraq", evidence="Before blaming others, Baghdad should fix its own house"),
        S("Asaad al-Shaibani", "support", "Iraq", evidence="Damascus stood \"shoulder to shoulder\" with Iraq"),
        S("Asaad al-Shaibani", "criticize", "Turkey", evidence="water must never be used as \"a weapon of pressure.\""),
        S("Asaad al-Shaibani", "consult", "Fuad Hussein", evidence="he had discussed the issue by phone with his Iraqi counterpart"),
        S("Peshawa Hawramani", "appeal", None, "fair agreement", "Erbil wanted \"a fair agreement between Baghdad and Ankara\""),
        S("King Abdullah", "consult", "Recep Tayyip Erdogan", evidence="Jordan's King Abdullah phoned Turkish President Recep Tayyip Erdogan"),
        S("King Abdullah", "mediate", None, "technical talks", "offered to host technical talks between the three countries"),
        S("United Nations", "mediate", None, "talks", "it was \"ready to support\" any such talks"),
    ],
    notes="Invented article (eleventh development set; the Cizre dam's filling, the memorandum and all quoted words are "
          "invented, the officials used freely). Back-references: 'The minister', 'he', 'He' for Dhiab. The Turkish "
          "statement's words are given as partial quotes only (the sentence is interrupted by 'it said in a "
          "statement'). The anonymous 'Turkish officials' are a group. The Kurdistan Regional Government 'would not "
          "take sides': only its call for a fair agreement is annotated. The Royal Hashemite Court speaks for Jordan. "
          "NTV only carries Bayraktar's words. 'the 1970s' is the decade value 197; 'Two weeks ago' the ISO week.",
)


if __name__ == "__main__":
    WRITER.report()
