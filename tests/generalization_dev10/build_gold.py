"""Builds the tenth development set (NAME.txt) and its hand-written gold (NAME.gold.json).

Tenth development set: 8 invented reaction articles written on 2026-11-26 by a helper who changed
no library code and did not read the library's source; the gold was committed before reactlib was
run on them. As in ``tests/generalization_dev8/build_gold.py``, the annotation lives here as data so
that offsets are computed, never typed (a quote or date is given by its text and, where the same
words occur more than once, by its occurrence number, 0-based). Run
`python3 tests/generalization_dev10/build_gold.py` after editing. Conventions follow
../shared/eval/GOLD_FORMAT.md, the reference gold and the earlier development sets: countries speak
through their ministries, presidencies and capitals; a summons, an expulsion or an ambassador's recall
is a criticism; sanctions and bans are threats or criticisms as worded; background takes no stance; a
negated or hedged stance ("declined to condemn", "stopped short of") is not annotated; anonymous
officials are actors of the country the context gives them; an appeal to "all sides" has a null
target; an aid offer is support for the receiving country; a phone call is a consultation; in a Q&A
the answers (A:) are direct quotes of the interviewee with the channel 'interview' and no cue.
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


# --------------------------------------------------------------------------- 1. wedding poisoning in Kyrgyzstan kills Uzbek guests (wire story)
WEDDING = """ date 2026-08-12 BISHKEK, Aug 12 (Reuters) - At least 23 people, eleven of them Uzbek citizens, have died after drinking bootleg vodka at a wedding in southern Kyrgyzstan, health officials said on Wednesday, and Uzbekistan demanded that those responsible be punished.

The guests fell ill on Sunday night in the village of Kara-Suu, a few kilometres from the Uzbek border. Dozens more were being treated for methanol poisoning in hospitals in Osh and Andijan, Kyrgyz Health Minister Alymkadyr Beishenaliev told reporters. "Some of them will lose their sight," he said. "We are doing everything possible, but the poison was very strong."

Police said they had detained the owner of a shop that sold the vodka and two suppliers.

Uzbekistan's foreign ministry said in a statement that Tashkent expected "a thorough and transparent investigation" and that it had sent a team of doctors and an aircraft to bring the injured home. Uzbek President Shavkat Mirziyoyev spoke by phone with his Kyrgyz counterpart, Sadyr Japarov, on Tuesday, the Kyrgyz presidency said. Japarov offered his condolences and promised that the guilty would face "the full force of the law."

Kazakhstan offered to send antidote supplies. The World Health Organization (WHO) said it was "alarmed" by the number of methanol poisonings in Central Asia over the past two years and urged governments to tighten controls on alcohol sales.

A Kyrgyz official who asked not to be named said the shop had been fined twice last year for selling unlicensed spirits. "Everyone knew," the official said.

The bride's father, Nurlan Toktosunov, told local news site Kaktus that he could not forgive himself. "I invited them to share our joy, and now I am burying them," he said.

The wedding had gathered about 300 guests from both sides of the border. Kyrgyzstan declared Thursday a day of mourning."""

build(
    "wedding-poisoning-kara-suu-2026-08-12", WEDDING,
    actors=[
        A("Uzbekistan", "country", "UZB", aliases=["Uzbekistan's foreign ministry", "Tashkent", "Uzbek"]),
        A("Kyrgyzstan", "country", "KGZ", aliases=["the Kyrgyz presidency", "Kyrgyz"]),
        A("Alymkadyr Beishenaliev", "person", "KGZ", "Health Minister", ["Kyrgyz Health Minister Alymkadyr Beishenaliev", "he"]),
        A("Shavkat Mirziyoyev", "person", "UZB", "President", ["Uzbek President Shavkat Mirziyoyev"]),
        A("Sadyr Japarov", "person", "KGZ", "President", ["his Kyrgyz counterpart, Sadyr Japarov", "Japarov"]),
        A("Kazakhstan", "country", "KAZ"),
        A("World Health Organization", "organization", None, aliases=["The World Health Organization", "WHO"]),
        A("Kyrgyz official", "person", "KGZ", "official", ["A Kyrgyz official who asked not to be named", "the official"]),
        A("Nurlan Toktosunov", "person", "KGZ", "bride's father", ["The bride's father, Nurlan Toktosunov", "he"]),
        A("Kyrgyz police", "organization", "KGZ", aliases=["Police"]),
    ],
    quotes=[
        Q("indirect", "Dozens more were being treated for methanol poisoning in hospitals in Osh and Andijan", "Alymkadyr Beishenaliev", "tell"),
        Q("direct", "Some of them will lose their sight,", "Alymkadyr Beishenaliev", "say"),
        Q("direct", "We are doing everything possible, but the poison was very strong.", "Alymkadyr Beishenaliev", "say"),
        Q("indirect", "they had detained the owner of a shop that sold the vodka and two suppliers", "Kyrgyz police", "say"),
        Q("indirect", "Tashkent expected \"a thorough and transparent investigation\" and that it had sent a team of doctors and an aircraft to bring the injured home", "Uzbekistan", "say", "statement"),
        Q("partial", "a thorough and transparent investigation", "Uzbekistan", "say", "statement"),
        Q("partial", "the full force of the law.", "Sadyr Japarov", "promise"),
        Q("indirect", "it was \"alarmed\" by the number of methanol poisonings in Central Asia over the past two years", "World Health Organization", "say"),
        Q("partial", "alarmed", "World Health Organization", "say"),
        Q("indirect", "the shop had been fined twice last year for selling unlicensed spirits", "Kyrgyz official", "say"),
        Q("direct", "Everyone knew,", "Kyrgyz official", "say"),
        Q("indirect", "he could not forgive himself", "Nurlan Toktosunov", "tell"),
        Q("direct", "I invited them to share our joy, and now I am burying them,", "Nurlan Toktosunov", "say"),
    ],
    dates=[
        D("Aug 12", "DATE", "2026-08-12"),
        D("Wednesday", "DATE", "2026-08-12"),
        D("Sunday night", "TIME", "2026-08-09TNI"),
        D("Tuesday", "DATE", "2026-08-11"),
        D("the past two years", "DURATION", "P2Y"),
        D("last year", "DATE", "2025"),
        D("Thursday", "DATE", "2026-08-13"),
    ],
    stances=[
        S("Uzbekistan", "demand", "Kyrgyzstan", "punish those responsible", "Uzbekistan demanded that those responsible be punished"),
        S("Uzbekistan", "demand", "Kyrgyzstan", "investigation", "Tashkent expected \"a thorough and transparent investigation\""),
        S("Shavkat Mirziyoyev", "consult", "Sadyr Japarov", evidence="spoke by phone with his Kyrgyz counterpart"),
        S("Kazakhstan", "support", "Kyrgyzstan", evidence="Kazakhstan offered to send antidote supplies"),
        S("World Health Organization", "concern", None, "methanol poisonings", "it was \"alarmed\""),
        S("World Health Organization", "appeal", None, "tighten controls on alcohol sales", "urged governments to tighten controls on alcohol sales"),
    ],
    notes="Invented article (tenth development set; the poisoning, Toktosunov and all quoted words are invented, the "
          "officials used freely). Japarov's condolences and promise are not a stance toward another actor. Kaktus only "
          "carries the father's words. Kazakhstan's antidote offer goes to the country of the poisoning. 'Thursday' is the "
          "day after the article date.",
)


# --------------------------------------------------------------------------- 2. stolen-artefact restitution row (statement in full, guillemets)
MASK = """ date 2026-03-04 PARIS, March 4 - Senegal recalled its ambassador to France on Tuesday after a Paris auction house sold a ceremonial mask that Dakar says was stolen from a museum in Saint-Louis in 1998, the latest row over African heritage held in Europe.

The mask, a carved wooden Jola kanyalen figure, went for 1.2 million euros at Maison Drouet on Monday evening despite a written request from Senegal's culture ministry to withdraw it. The buyer has not been identified.

Senegal's foreign ministry published the following statement on Tuesday morning:

« The Government of the Republic of Senegal condemns in the strongest terms the sale of an object stolen from our national collections. It had informed the French authorities of the theft as early as 2019.

« Senegal calls on France to suspend the transfer of the mask and to open a criminal investigation. Pending a satisfactory answer, our ambassador in Paris has been called home for consultations. »

Maison Drouet said in an emailed reply that the mask had "a documented provenance going back to the 1970s" and that it had received no police notice. "We reject any suggestion that we knowingly sold stolen property," its director, Bertrand Lefaure, wrote.

The French culture ministry said it had "taken note" of Senegal's request and would examine it, but declined to say whether the sale would be blocked. A French diplomat, speaking on condition of anonymity, said Paris regretted the recall and hoped to settle the matter "between friends".

The Council of Museums in Africa, a network of curators, praised Dakar's stand. UNESCO urged the two countries to use its committee for the return of cultural property, which meets in June.

Two years ago France returned 26 objects to Benin, and last month it passed a law easing restitutions."""

build(
    "mask-restitution-saint-louis-2026-03-04", MASK,
    actors=[
        A("Senegal", "country", "SEN", aliases=["Dakar", "Senegal's culture ministry", "Senegal's foreign ministry", "The Government of the Republic of Senegal"]),
        A("France", "country", "FRA", aliases=["the French authorities", "The French culture ministry", "Paris"]),
        A("Maison Drouet", "organization", "FRA"),
        A("Bertrand Lefaure", "person", "FRA", "director", ["its director, Bertrand Lefaure"], organization="Maison Drouet"),
        A("French diplomat", "person", "FRA", "diplomat", ["A French diplomat"]),
        A("Council of Museums in Africa", "organization", None, aliases=["The Council of Museums in Africa"]),
        A("UNESCO", "organization", None),
    ],
    quotes=[
        Q("direct", "The Government of the Republic of Senegal condemns in the strongest terms the sale of an object stolen from our national collections. It had informed the French authorities of the theft as early as 2019.", "Senegal", "publish", "statement"),
        Q("direct", "Senegal calls on France to suspend the transfer of the mask and to open a criminal investigation. Pending a satisfactory answer, our ambassador in Paris has been called home for consultations.", "Senegal", "publish", "statement"),
        Q("indirect", "the mask had \"a documented provenance going back to the 1970s\" and that it had received no police notice", "Maison Drouet", "say"),
        Q("partial", "a documented provenance going back to the 1970s", "Maison Drouet", "say"),
        Q("direct", "We reject any suggestion that we knowingly sold stolen property,", "Bertrand Lefaure", "write"),
        Q("indirect", "it had \"taken note\" of Senegal's request and would examine it", "France", "say"),
        Q("partial", "taken note", "France", "say"),
        Q("indirect", "Paris regretted the recall and hoped to settle the matter \"between friends\"", "French diplomat", "say"),
        Q("partial", "between friends", "French diplomat", "say"),
    ],
    dates=[
        D("March 4", "DATE", "2026-03-04"),
        D("Tuesday", "DATE", "2026-03-03"),
        D("1998", "DATE", "1998"),
        D("Monday evening", "TIME", "2026-03-02TEV"),
        D("Tuesday morning", "TIME", "2026-03-03TMO"),
        D("2019", "DATE", "2019"),
        D("the 1970s", "DATE", "197"),
        D("June", "DATE", "2026-06"),
        D("Two years ago", "DATE", "2024"),
        D("last month", "DATE", "2026-02"),
    ],
    stances=[
        S("Senegal", "criticize", "France", evidence="Senegal recalled its ambassador to France"),
        S("Senegal", "condemn", "Maison Drouet", evidence="condemns in the strongest terms the sale of an object stolen"),
        S("Senegal", "demand", "France", "suspend the transfer and open an investigation", "Senegal calls on France to suspend the transfer of the mask"),
        S("Bertrand Lefaure", "reject", "Senegal", evidence="We reject any suggestion that we knowingly sold stolen property"),
        S("French diplomat", "concern", None, "the recall", "Paris regretted the recall"),
        S("Council of Museums in Africa", "praise", "Senegal", evidence="praised Dakar's stand"),
        S("UNESCO", "appeal", None, "use the restitution committee", "UNESCO urged the two countries to use its committee"),
    ],
    notes="Invented article (tenth development set; the mask, the auction house, Lefaure and all quoted words are "
          "invented). The Senegalese statement is printed in full in guillemets over two paragraphs, each a direct quote. "
          "France 'declined to say whether the sale would be blocked': no stance. 'the 1970s' is the decade value 197. "
          "'last month' is February 2026.",
)


# --------------------------------------------------------------------------- 3. train crash in Slovakia with Ukrainian victims (live blog, time stamps)
TRAIN = """ date 2026-10-21 Live: Kosice train crash - at least 17 dead, many of them Ukrainian

09:05 CEST - Good morning. An overnight express from Prague to Kosice collided with a freight train near Margecany at about 3:20 a.m., Slovak railways operator ZSSK says. Rescuers say at least 17 people were killed. The express carried many Ukrainian workers heading home.

09:40 CEST - Slovak Prime Minister Robert Fico is on his way to the site. In a post on Facebook he called it "a black day for Slovakia" and said the government would meet at noon.

10:15 CEST - Ukraine's foreign ministry says eight of the dead are Ukrainian citizens. Foreign Minister Andrii Sybiha writes on X: "We are in constant contact with our Slovak partners. Our consul is already in Kosice."

10:50 CEST - Czech Prime Minister Andrej Babis has spoken to Fico by phone and offered to send Czech rescue teams and specialists in railway accidents.

11:30 CEST - The rail workers' union OZZ blames the crash on years of underinvestment. "We warned the ministry in March that the signalling on this line was obsolete," union leader Pavol Jurcak tells us. "Nobody listened."

12:10 CEST - ZSSK spokesman Tomas Kuzma rejects the union's claims, saying the signals "worked normally" last night and that a human error could not be ruled out.

13:25 CEST - The European Commission says it is ready to activate the EU Civil Protection Mechanism if Bratislava asks. Transport Commissioner Apostolos Tzitzikostas says he is "shocked and saddened".

14:00 CEST - Hungary, whose border is less than an hour away, says its hospitals in Miskolc are taking in six of the injured.

15:45 CEST - Ukrainian President Volodymyr Zelensky thanks Slovakia for its help but urges a "fast and honest" investigation. The government declares three days of national mourning, starting tomorrow."""

build(
    "train-crash-kosice-2026-10-21", TRAIN,
    actors=[
        A("ZSSK", "organization", "SVK", aliases=["Slovak railways operator ZSSK"]),
        A("Robert Fico", "person", "SVK", "Prime Minister", ["Slovak Prime Minister Robert Fico", "he", "Fico"]),
        A("Slovakia", "country", "SVK", aliases=["Bratislava", "Slovak", "The government"]),
        A("Ukraine", "country", "UKR", aliases=["Ukraine's foreign ministry"]),
        A("Andrii Sybiha", "person", "UKR", "Foreign Minister", ["Foreign Minister Andrii Sybiha"]),
        A("Andrej Babis", "person", "CZE", "Prime Minister", ["Czech Prime Minister Andrej Babis"]),
        A("OZZ", "organization", "SVK", aliases=["The rail workers' union OZZ", "the union"]),
        A("Pavol Jurcak", "person", "SVK", "union leader", ["union leader Pavol Jurcak"], organization="OZZ"),
        A("Tomas Kuzma", "person", "SVK", "spokesman", ["ZSSK spokesman Tomas Kuzma"], organization="ZSSK"),
        A("European Commission", "organization", None, aliases=["The European Commission"]),
        A("Apostolos Tzitzikostas", "person", None, "Transport Commissioner", ["Transport Commissioner Apostolos Tzitzikostas", "he"], organization="European Commission"),
        A("Hungary", "country", "HUN"),
        A("Volodymyr Zelensky", "person", "UKR", "President", ["Ukrainian President Volodymyr Zelensky"]),
    ],
    quotes=[
        Q("indirect", "An overnight express from Prague to Kosice collided with a freight train near Margecany at about 3:20 a.m.", "ZSSK", "say"),
        Q("partial", "a black day for Slovakia", "Robert Fico", "call", "facebook"),
        Q("indirect", "the government would meet at noon", "Robert Fico", "say", "facebook"),
        Q("indirect", "eight of the dead are Ukrainian citizens", "Ukraine", "say"),
        Q("direct", "We are in constant contact with our Slovak partners. Our consul is already in Kosice.", "Andrii Sybiha", "write", "twitter"),
        Q("direct", "We warned the ministry in March that the signalling on this line was obsolete,", "Pavol Jurcak", "tell"),
        Q("direct", "Nobody listened.", "Pavol Jurcak", "tell"),
        Q("indirect", "the signals \"worked normally\" last night and that a human error could not be ruled out", "Tomas Kuzma", "say"),
        Q("partial", "worked normally", "Tomas Kuzma", "say"),
        Q("indirect", "it is ready to activate the EU Civil Protection Mechanism if Bratislava asks", "European Commission", "say"),
        Q("indirect", "he is \"shocked and saddened\"", "Apostolos Tzitzikostas", "say"),
        Q("partial", "shocked and saddened", "Apostolos Tzitzikostas", "say"),
        Q("indirect", "its hospitals in Miskolc are taking in six of the injured", "Hungary", "say"),
        Q("partial", "fast and honest", "Volodymyr Zelensky", "urge"),
    ],
    dates=[
        D("09:05 CEST", "TIME", "2026-10-21T09:05"),
        D("overnight", "TIME", "2026-10-21TNI"),
        D("3:20 a.m.", "TIME", "2026-10-21T03:20"),
        D("09:40 CEST", "TIME", "2026-10-21T09:40"),
        D("noon", "TIME", "2026-10-21T12:00"),
        D("10:15 CEST", "TIME", "2026-10-21T10:15"),
        D("10:50 CEST", "TIME", "2026-10-21T10:50"),
        D("11:30 CEST", "TIME", "2026-10-21T11:30"),
        D("years", "DURATION", "PXY"),
        D("March", "DATE", "2026-03"),
        D("12:10 CEST", "TIME", "2026-10-21T12:10"),
        D("last night", "TIME", "2026-10-20TNI"),
        D("13:25 CEST", "TIME", "2026-10-21T13:25"),
        D("14:00 CEST", "TIME", "2026-10-21T14:00"),
        D("less than an hour", "DURATION", "PT1H"),
        D("15:45 CEST", "TIME", "2026-10-21T15:45"),
        D("three days", "DURATION", "P3D"),
        D("tomorrow", "DATE", "2026-10-22"),
    ],
    stances=[
        S("Andrej Babis", "consult", "Robert Fico", evidence="has spoken to Fico by phone"),
        S("Andrej Babis", "support", "Slovakia", evidence="offered to send Czech rescue teams"),
        S("OZZ", "accuse", "Slovakia", evidence="blames the crash on years of underinvestment"),
        S("Tomas Kuzma", "reject", "OZZ", evidence="rejects the union's claims"),
        S("European Commission", "support", "Slovakia", evidence="it is ready to activate the EU Civil Protection Mechanism"),
        S("Hungary", "support", "Slovakia", evidence="its hospitals in Miskolc are taking in six of the injured"),
        S("Volodymyr Zelensky", "praise", "Slovakia", evidence="thanks Slovakia for its help"),
        S("Volodymyr Zelensky", "demand", "Slovakia", "fast and honest investigation", "urges a \"fast and honest\" investigation"),
    ],
    notes="Invented article (tenth development set; the crash, Jurcak, Kuzma and all quoted words are invented, the "
          "officials used freely). Live blog with CEST time stamps in the present tense. 'overnight' is the night ending "
          "on the article date, 'last night' is written the next morning and given the evening before. 'years' in 'years "
          "of underinvestment' is an unspecified duration. The union's blame targets the state (its ministry).",
)


# --------------------------------------------------------------------------- 4. assassinated mayor in a border town (long feature, back-references)
MAYOR = """ date 2026-05-29 NOGALES, Mexico, May 29 - For three years Graciela Montano ran this border city with a bodyguard at each shoulder. On Tuesday night, gunmen on motorcycles shot her dead outside her mother's house, two days before she was to testify before a federal judge about cartel extortion of local businesses.

The mayor, 46, had received threats since she took office in 2023. Last month she told this newspaper that she would not leave. "If I go, they win, and the people who elected me are left alone with them," Montano said then.

Her killing has drawn reactions far beyond Sonora. President Claudia Sheinbaum said at her morning press conference on Wednesday that "there will be no impunity" and that the federal attorney general would take over the case. She rejected calls from opposition lawmakers to send the army into Nogales, calling them "electoral opportunism".

Across the border, the mayor of Nogales, Arizona, Jorge Maldonado, described his counterpart as "a sister." He said the two cities had planned to open a joint trade office this summer. "Graciela never stopped believing in this border," Maldonado said.

The US State Department condemned the assassination and urged Mexico to "bring those responsible to justice." A department official, speaking on condition of anonymity, said Washington had offered FBI help with the ballistic analysis.

The Committee to Protect Journalists noted that Montano had also sheltered two reporters threatened by the same group. Local business owners, who closed their shops for a day in protest, accused the state government of abandoning the city. The Sonora governor, Alfonso Durazo, declined to respond to the criticism.

Montano's son, Emiliano, spoke briefly at the funeral on Thursday. His mother, he said, "knew the price and paid it." He asked that she be remembered for her work, not for how she died."""

build(
    "mayor-killed-nogales-2026-05-29", MAYOR,
    actors=[
        A("Graciela Montano", "person", "MEX", "mayor", ["Graciela Montano", "her", "she", "The mayor", "Montano", "Graciela", "His mother"]),
        A("Claudia Sheinbaum", "person", "MEX", "President", ["President Claudia Sheinbaum", "She", "her"]),
        A("Mexico", "country", "MEX"),
        A("opposition lawmakers", "group", "MEX"),
        A("Jorge Maldonado", "person", "USA", "mayor", ["the mayor of Nogales, Arizona, Jorge Maldonado", "He", "Maldonado"]),
        A("United States", "country", "USA", aliases=["The US State Department", "Washington"]),
        A("US official", "person", "USA", "official", ["A department official"]),
        A("Local business owners", "group", "MEX"),
        A("Sonora state government", "organization", "MEX", aliases=["the state government"]),
        A("Alfonso Durazo", "person", "MEX", "governor", ["The Sonora governor, Alfonso Durazo"]),
        A("Emiliano", "person", "MEX", "son", ["Montano's son, Emiliano", "he", "He"]),
    ],
    quotes=[
        Q("indirect", "she would not leave", "Graciela Montano", "tell"),
        Q("direct", "If I go, they win, and the people who elected me are left alone with them,", "Graciela Montano", "say"),
        Q("indirect", "\"there will be no impunity\" and that the federal attorney general would take over the case", "Claudia Sheinbaum", "say", "press conference"),
        Q("partial", "there will be no impunity", "Claudia Sheinbaum", "say", "press conference"),
        Q("partial", "electoral opportunism", "Claudia Sheinbaum", "call"),
        Q("partial", "a sister.", "Jorge Maldonado", "describe"),
        Q("indirect", "the two cities had planned to open a joint trade office this summer", "Jorge Maldonado", "say"),
        Q("direct", "Graciela never stopped believing in this border,", "Jorge Maldonado", "say"),
        Q("partial", "bring those responsible to justice.", "United States", "urge"),
        Q("indirect", "Washington had offered FBI help with the ballistic analysis", "US official", "say"),
        Q("partial", "knew the price and paid it.", "Emiliano", "say"),
    ],
    dates=[
        D("May 29", "DATE", "2026-05-29"),
        D("three years", "DURATION", "P3Y"),
        D("Tuesday night", "TIME", "2026-05-26TNI"),
        D("two days before", "DURATION", "P2D"),
        D("2023", "DATE", "2023"),
        D("Last month", "DATE", "2026-04"),
        D("Wednesday", "DATE", "2026-05-27"),
        D("this summer", "DATE", "2026-SU"),
        D("a day", "DURATION", "P1D"),
        D("Thursday", "DATE", "2026-05-28"),
    ],
    stances=[
        S("Claudia Sheinbaum", "reject", "opposition lawmakers", evidence="She rejected calls from opposition lawmakers to send the army into Nogales"),
        S("Claudia Sheinbaum", "criticize", "opposition lawmakers", evidence="calling them \"electoral opportunism\""),
        S("opposition lawmakers", "demand", "Claudia Sheinbaum", "send the army into Nogales", "calls from opposition lawmakers to send the army into Nogales"),
        S("Jorge Maldonado", "praise", "Graciela Montano", evidence="described his counterpart as \"a sister.\""),
        S("United States", "condemn", None, evidence="The US State Department condemned the assassination"),
        S("United States", "demand", "Mexico", "bring those responsible to justice", "urged Mexico to \"bring those responsible to justice.\""),
        S("US official", "support", "Mexico", evidence="Washington had offered FBI help"),
        S("Local business owners", "accuse", "Sonora state government", evidence="accused the state government of abandoning the city"),
    ],
    notes="Invented article (tenth development set; Montano, her killing, Maldonado as used here, Emiliano and all quoted "
          "words are invented; Sheinbaum and Durazo used freely). Long feature with many pronoun, surname and role "
          "back-references ('The mayor', 'Montano', 'Graciela', 'His mother'). Durazo 'declined to respond': no stance. "
          "The CPJ only notes a fact: no stance and not annotated as an actor. The condemnation of an assassination by "
          "unknown gunmen has a null target.",
)


# --------------------------------------------------------------------------- 5. disputed Arctic shipping route (Q&A explainer)
ARCTIC = """ date 2026-09-16 Why is everyone arguing about the Northwest Passage? Q&A

OTTAWA, Sept 16 - A Chinese-flagged container ship, the Yong Sheng 7, sailed through Canada's Arctic archipelago last week without asking permission, reviving a decades-old dispute over who controls the Northwest Passage. Here is what you need to know.

What happened?

The ship entered Lancaster Sound on Sept 8 and reached the Beaufort Sea five days later. Canada's transport ministry says it was notified only by radio, not through the formal request Ottawa requires for foreign ships in what it calls internal waters.

What does Canada say?

Prime Minister Mark Carney told parliament on Monday that the voyage was "a deliberate challenge to Canadian sovereignty." Ottawa summoned China's ambassador, Wang Di, and Carney said Canada would triple its Arctic patrols over the next two years.

What does China say?

Foreign ministry spokesman Lin Jian said in Beijing that the passage was "an international strait" and that Chinese ships enjoyed the right of transit "like those of any other country." He accused Canada of "hyping" a routine commercial voyage.

Isn't the United States on Canada's side?

Not quite. Washington has argued for decades that the passage is an international strait, a position it has never dropped. A State Department spokesperson said on Tuesday that the United States "does not comment on hypothetical transits" and declined to criticize Beijing. But Senator Dan Sullivan of Alaska urged the administration to "stand with our Canadian allies."

Who else has weighed in?

The Inuit Circumpolar Council said the region's Inuit had never been consulted and demanded a seat at any talks. Denmark, which governs Greenland, called for dialogue within the Arctic Council. The shipping company, COSCO Arctic Lines, said in a statement that it had "complied with all applicable international rules."

What happens next?

Canada's foreign minister, Anita Anand, is due in Washington next month. Another Chinese transit is expected before the ice closes in October."""

build(
    "northwest-passage-transit-2026-09-16", ARCTIC,
    actors=[
        A("Canada", "country", "CAN", aliases=["Canada's transport ministry", "Ottawa", "Canadian"]),
        A("Mark Carney", "person", "CAN", "Prime Minister", ["Prime Minister Mark Carney", "Carney"]),
        A("China", "country", "CHN", aliases=["Beijing"]),
        A("Wang Di", "person", "CHN", "ambassador", ["China's ambassador, Wang Di"]),
        A("Lin Jian", "person", "CHN", "spokesman", ["Foreign ministry spokesman Lin Jian", "He"]),
        A("United States", "country", "USA", aliases=["Washington", "A State Department spokesperson", "the administration"]),
        A("Dan Sullivan", "person", "USA", "Senator", ["Senator Dan Sullivan of Alaska"]),
        A("Inuit Circumpolar Council", "organization", None, aliases=["The Inuit Circumpolar Council"]),
        A("Denmark", "country", "DNK"),
        A("COSCO Arctic Lines", "organization", "CHN", aliases=["The shipping company"]),
        A("Anita Anand", "person", "CAN", "foreign minister", ["Canada's foreign minister, Anita Anand"]),
    ],
    quotes=[
        Q("indirect", "it was notified only by radio, not through the formal request Ottawa requires for foreign ships in what it calls internal waters", "Canada", "say"),
        Q("indirect", "the voyage was \"a deliberate challenge to Canadian sovereignty.\"", "Mark Carney", "tell"),
        Q("partial", "a deliberate challenge to Canadian sovereignty.", "Mark Carney", "tell"),
        Q("indirect", "Canada would triple its Arctic patrols over the next two years", "Mark Carney", "say"),
        Q("indirect", "the passage was \"an international strait\" and that Chinese ships enjoyed the right of transit \"like those of any other country.\"", "Lin Jian", "say"),
        Q("partial", "an international strait", "Lin Jian", "say"),
        Q("partial", "like those of any other country.", "Lin Jian", "say"),
        Q("partial", "hyping", "Lin Jian", "accuse"),
        Q("indirect", "the United States \"does not comment on hypothetical transits\"", "United States", "say"),
        Q("partial", "does not comment on hypothetical transits", "United States", "say"),
        Q("partial", "stand with our Canadian allies.", "Dan Sullivan", "urge"),
        Q("indirect", "the region's Inuit had never been consulted", "Inuit Circumpolar Council", "say"),
        Q("indirect", "it had \"complied with all applicable international rules.\"", "COSCO Arctic Lines", "say", "statement"),
        Q("partial", "complied with all applicable international rules.", "COSCO Arctic Lines", "say", "statement"),
    ],
    dates=[
        D("Sept 16", "DATE", "2026-09-16"),
        D("last week", "DATE", "2026-W37"),
        D("decades-old", "DURATION", "PXDE"),
        D("Sept 8", "DATE", "2026-09-08"),
        D("five days later", "DURATION", "P5D"),
        D("Monday", "DATE", "2026-09-14"),
        D("the next two years", "DURATION", "P2Y"),
        D("decades", "DURATION", "PXDE", n=1),
        D("Tuesday", "DATE", "2026-09-15"),
        D("next month", "DATE", "2026-10"),
        D("October", "DATE", "2026-10"),
    ],
    stances=[
        S("Mark Carney", "accuse", "China", evidence="the voyage was \"a deliberate challenge to Canadian sovereignty.\""),
        S("Canada", "criticize", "China", evidence="Ottawa summoned China's ambassador"),
        S("Mark Carney", "threaten", "China", evidence="Canada would triple its Arctic patrols"),
        S("Lin Jian", "reject", "Canada", evidence="the passage was \"an international strait\""),
        S("Lin Jian", "accuse", "Canada", evidence="He accused Canada of \"hyping\" a routine commercial voyage"),
        S("Dan Sullivan", "appeal", "United States", "stand with Canada", "urged the administration to \"stand with our Canadian allies.\""),
        S("Dan Sullivan", "support", "Canada", evidence="stand with our Canadian allies"),
        S("Inuit Circumpolar Council", "demand", None, "a seat at any talks", "demanded a seat at any talks"),
        S("Denmark", "appeal", None, "dialogue within the Arctic Council", "called for dialogue within the Arctic Council"),
    ],
    notes="Invented article (tenth development set; the voyage, the ship, the ambassador's name, COSCO Arctic Lines and "
          "all quoted words are invented, the officials used freely). Q&A explainer whose questions are the journalist's "
          "and carry no quotes; answers are reported speech. The US 'declined to criticize Beijing': no stance. The "
          "'decades-old' dispute and 'for decades' are unspecified durations. 'last week' is ISO week 37 of 2026.",
)


# --------------------------------------------------------------------------- 6. Moldova expels Russian diplomats (short agency brief)
CHISINAU = """ date 2026-02-11 CHISINAU, Feb 11 (AFP) - Moldova on Wednesday expelled three Russian diplomats and banned 40 Russian citizens from entering the country, accusing Moscow of financing a vote-buying network ahead of next month's local elections.

"These people abused their diplomatic status to pay our voters," Foreign Minister Mihai Popsoi told a news conference, giving the diplomats 72 hours to leave.

Russia's foreign ministry called the expulsions "a provocation" and promised "a tough response", spokeswoman Maria Zakharova said on Telegram. The European Union welcomed the decision and said it stood by Moldova.

Popsoi said the network had paid up to 100 euros per vote and had moved money through a bank in Transnistria since last autumn. Police said they had searched 27 addresses overnight.

Romanian Foreign Minister Oana Toiu spoke by phone with Popsoi on Wednesday afternoon and offered "full support" to Chisinau. Hungary declined to comment.

Moldova last expelled a Russian diplomat two years ago."""

build(
    "diplomats-expelled-chisinau-2026-02-11", CHISINAU,
    actors=[
        A("Moldova", "country", "MDA", aliases=["Chisinau"]),
        A("Russia", "country", "RUS", aliases=["Moscow", "Russia's foreign ministry", "Russian"]),
        A("Mihai Popsoi", "person", "MDA", "Foreign Minister", ["Foreign Minister Mihai Popsoi"]),
        A("Maria Zakharova", "person", "RUS", "spokeswoman", ["spokeswoman Maria Zakharova"]),
        A("European Union", "organization", None, aliases=["The European Union"]),
        A("Oana Toiu", "person", "ROU", "Foreign Minister", ["Romanian Foreign Minister Oana Toiu"]),
        A("Hungary", "country", "HUN"),
        A("Moldovan police", "organization", "MDA", aliases=["Police"]),
    ],
    quotes=[
        Q("direct", "These people abused their diplomatic status to pay our voters,", "Mihai Popsoi", "tell", "press conference"),
        Q("partial", "a provocation", "Maria Zakharova", "call", "telegram"),
        Q("partial", "a tough response", "Maria Zakharova", "promise", "telegram"),
        Q("indirect", "it stood by Moldova", "European Union", "say"),
        Q("indirect", "the network had paid up to 100 euros per vote and had moved money through a bank in Transnistria since last autumn", "Mihai Popsoi", "say"),
        Q("indirect", "they had searched 27 addresses overnight", "Moldovan police", "say"),
        Q("partial", "full support", "Oana Toiu", "offer", "phone call"),
    ],
    dates=[
        D("Feb 11", "DATE", "2026-02-11"),
        D("Wednesday", "DATE", "2026-02-11"),
        D("next month", "DATE", "2026-03"),
        D("72 hours", "DURATION", "PT72H"),
        D("last autumn", "DATE", "2025-FA"),
        D("overnight", "TIME", "2026-02-11TNI"),
        D("Wednesday afternoon", "TIME", "2026-02-11TAF"),
        D("two years ago", "DATE", "2024"),
    ],
    stances=[
        S("Moldova", "criticize", "Russia", evidence="Moldova on Wednesday expelled three Russian diplomats"),
        S("Moldova", "accuse", "Russia", evidence="accusing Moscow of financing a vote-buying network"),
        S("Mihai Popsoi", "accuse", "Russia", evidence="These people abused their diplomatic status to pay our voters"),
        S("Maria Zakharova", "criticize", "Moldova", evidence="called the expulsions \"a provocation\""),
        S("Maria Zakharova", "threaten", "Moldova", evidence="promised \"a tough response\""),
        S("European Union", "welcome", "Moldova", evidence="The European Union welcomed the decision"),
        S("European Union", "support", "Moldova", evidence="it stood by Moldova"),
        S("Oana Toiu", "consult", "Mihai Popsoi", evidence="spoke by phone with Popsoi"),
        S("Oana Toiu", "support", "Moldova", evidence="offered \"full support\" to Chisinau"),
    ],
    notes="Invented article (tenth development set; the expulsions and all quoted words are invented, the officials "
          "used freely). Short agency brief. Russia's foreign ministry speaks through Zakharova, who carries its words. "
          "Expulsion and entry ban are criticism of Russia. Hungary 'declined to comment': an actor without stance.",
)


# --------------------------------------------------------------------------- 7. activist dies on hunger strike (world reacts roundup, refusals)
MANAMA = """ date 2026-07-02 World reacts to death of Bahraini activist on hunger strike

DUBAI, July 2 - Governments and rights groups reacted with anger on Thursday to the death in custody of Bahraini activist Ali al-Hajji, who had refused food for 63 days to protest against his life sentence. Bahrain's interior ministry said he died of heart failure overnight at a military hospital and that he had "received the best possible care".

Here is a round-up of reactions:

UNITED NATIONS - The UN human rights office said it was "appalled" and called on Manama to open an independent inquiry. "Nobody should die in detention for expressing an opinion," spokeswoman Ravina Shamdasani told reporters in Geneva.

BRITAIN - Foreign Office minister Hamish Falconer said he was "deeply saddened" and had raised the case with Bahrain's ambassador. London declined to condemn the Bahraini authorities, with whom it has a naval base agreement.

IRAN - Tehran accused Manama of "murdering" a peaceful opponent and demanded the release of all political prisoners. Foreign ministry spokesman Esmaeil Baghaei said the region's monarchies were "silencing their people with Western help".

UNITED STATES - A State Department spokesperson said Washington was "aware of the reports" and was seeking information, but would not comment further.

AMNESTY INTERNATIONAL - "Bahrain's allies share responsibility for this death," said Amnesty's Middle East director, Heba Morayef. She urged Britain and the United States to suspend security cooperation until an inquiry had been held.

HIS FAMILY - Al-Hajji's brother, Hassan, said the family had been allowed to see him only once in the last month. "They let my brother die slowly, day after day," he said.

Bahrain's foreign ministry rejected what it called "foreign interference in judicial affairs" and summoned Iran's charge d'affaires on Thursday evening."""

build(
    "hunger-strike-death-manama-2026-07-02", MANAMA,
    actors=[
        A("Bahrain", "country", "BHR", aliases=["Bahrain's interior ministry", "Manama", "the Bahraini authorities", "Bahrain's foreign ministry", "Bahraini"]),
        A("Ali al-Hajji", "person", "BHR", "activist", ["Bahraini activist Ali al-Hajji", "he", "Al-Hajji", "my brother"]),
        A("UN human rights office", "organization", None, aliases=["The UN human rights office"]),
        A("Ravina Shamdasani", "person", None, "spokeswoman", ["spokeswoman Ravina Shamdasani"], organization="UN human rights office"),
        A("Britain", "country", "GBR", aliases=["London"]),
        A("Hamish Falconer", "person", "GBR", "Foreign Office minister", ["Foreign Office minister Hamish Falconer", "he"]),
        A("Iran", "country", "IRN", aliases=["Tehran"]),
        A("Esmaeil Baghaei", "person", "IRN", "spokesman", ["Foreign ministry spokesman Esmaeil Baghaei"]),
        A("United States", "country", "USA", aliases=["A State Department spokesperson", "Washington"]),
        A("Amnesty International", "organization", None, aliases=["Amnesty"]),
        A("Heba Morayef", "person", None, "Middle East director", ["Amnesty's Middle East director, Heba Morayef", "She"], organization="Amnesty International"),
        A("Hassan", "person", "BHR", "brother", ["Al-Hajji's brother, Hassan", "he"]),
    ],
    quotes=[
        Q("indirect", "he died of heart failure overnight at a military hospital and that he had \"received the best possible care\"", "Bahrain", "say"),
        Q("partial", "received the best possible care", "Bahrain", "say"),
        Q("indirect", "it was \"appalled\"", "UN human rights office", "say"),
        Q("partial", "appalled", "UN human rights office", "say"),
        Q("direct", "Nobody should die in detention for expressing an opinion,", "Ravina Shamdasani", "tell"),
        Q("indirect", "he was \"deeply saddened\" and had raised the case with Bahrain's ambassador", "Hamish Falconer", "say"),
        Q("partial", "deeply saddened", "Hamish Falconer", "say"),
        Q("partial", "murdering", "Iran", "accuse"),
        Q("indirect", "the region's monarchies were \"silencing their people with Western help\"", "Esmaeil Baghaei", "say"),
        Q("partial", "silencing their people with Western help", "Esmaeil Baghaei", "say"),
        Q("indirect", "Washington was \"aware of the reports\" and was seeking information", "United States", "say"),
        Q("partial", "aware of the reports", "United States", "say"),
        Q("direct", "Bahrain's allies share responsibility for this death,", "Heba Morayef", "say"),
        Q("indirect", "the family had been allowed to see him only once in the last month", "Hassan", "say"),
        Q("direct", "They let my brother die slowly, day after day,", "Hassan", "say"),
        Q("partial", "foreign interference in judicial affairs", "Bahrain", "call"),
    ],
    dates=[
        D("July 2", "DATE", "2026-07-02"),
        D("Thursday", "DATE", "2026-07-02"),
        D("63 days", "DURATION", "P63D"),
        D("overnight", "TIME", "2026-07-02TNI"),
        D("the last month", "DURATION", "P1M"),
        D("day after day", "SET", "P1D"),
        D("Thursday evening", "TIME", "2026-07-02TEV"),
    ],
    stances=[
        S("UN human rights office", "concern", None, "death in custody", "it was \"appalled\""),
        S("UN human rights office", "demand", "Bahrain", "independent inquiry", "called on Manama to open an independent inquiry"),
        S("Hamish Falconer", "concern", None, "activist's death", "he was \"deeply saddened\""),
        S("Hamish Falconer", "consult", "Bahrain", evidence="had raised the case with Bahrain's ambassador"),
        S("Iran", "accuse", "Bahrain", evidence="Tehran accused Manama of \"murdering\" a peaceful opponent"),
        S("Iran", "demand", "Bahrain", "release of all political prisoners", "demanded the release of all political prisoners"),
        S("Heba Morayef", "accuse", None, evidence="Bahrain's allies share responsibility for this death"),
        S("Heba Morayef", "appeal", "Britain", "suspend security cooperation", "She urged Britain and the United States to suspend security cooperation"),
        S("Heba Morayef", "appeal", "United States", "suspend security cooperation", "She urged Britain and the United States to suspend security cooperation"),
        S("Hassan", "accuse", "Bahrain", evidence="They let my brother die slowly"),
        S("Bahrain", "reject", "Iran", evidence="rejected what it called \"foreign interference in judicial affairs\""),
        S("Bahrain", "criticize", "Iran", evidence="summoned Iran's charge d'affaires"),
    ],
    notes="Invented article (tenth development set; al-Hajji, his brother, his death and all quoted words are invented, "
          "the officials used freely). 'World reacts' roundup with capitalised headings that are not speakers. Britain "
          "'declined to condemn': no stance. The United States 'would not comment further': no stance. Raising a case "
          "with an ambassador is a consultation. Morayef's blame of 'Bahrain's allies' has no single target.",
)


# --------------------------------------------------------------------------- 8. wildfire across the Chile-Argentina border (inverted cues, single quotes, phone calls)
FIRE = """ date 2026-01-23 BARILOCHE, Argentina, Jan 23 - A wildfire that started in Chile's Los Lagos region crossed into Argentina on Thursday, forcing the evacuation of 4,000 people around Lake Nahuel Huapi, and Argentina accused its neighbour of reacting too slowly.

'The fire was burning in Chile for six days before anyone warned us,' said Argentina's security minister, Alejandra Monteoliva, in Bariloche. 'We could have been ready. Instead our brigades are fighting it with their backs to the lake.'

Chile's government denied any delay. 'Our teams informed the Argentine side on the first night, through the agreed channel,' said Interior Minister Alvaro Elizalde on Friday, adding that 900 Chilean firefighters were still on the line.

Chilean President Gabriel Boric phoned Argentine President Javier Milei late on Thursday, the two governments said, and they agreed to set up a joint command in Osorno. Milei, who had called Boric 'incompetent' in a post on X hours earlier, did not repeat the charge after the call.

Brazil sent two water-bombing planes and Uruguay offered a team of 60 firefighters. Spain said it was ready to send its military emergency unit if asked.

Environmental group Greenpeace blamed both governments for cutting fire-prevention budgets over the past decade and urged them to 'stop blaming each other and start planning.'

Firefighters expect the flames to reach the Nahuel Huapi national park within 48 hours, officials in Rio Negro province said. Temperatures are forecast to stay above 35 C until next Tuesday."""

build(
    "wildfire-border-bariloche-2026-01-23", FIRE,
    actors=[
        A("Chile", "country", "CHL", aliases=["Chile's government", "Chilean"]),
        A("Argentina", "country", "ARG", aliases=["the Argentine side", "Argentine"]),
        A("Alejandra Monteoliva", "person", "ARG", "security minister", ["Argentina's security minister, Alejandra Monteoliva"]),
        A("Alvaro Elizalde", "person", "CHL", "Interior Minister", ["Interior Minister Alvaro Elizalde"]),
        A("Gabriel Boric", "person", "CHL", "President", ["Chilean President Gabriel Boric", "Boric"]),
        A("Javier Milei", "person", "ARG", "President", ["Argentine President Javier Milei", "Milei"]),
        A("Brazil", "country", "BRA"),
        A("Uruguay", "country", "URY"),
        A("Spain", "country", "ESP"),
        A("Greenpeace", "organization", None, aliases=["Environmental group Greenpeace"]),
        A("Rio Negro officials", "group", "ARG", aliases=["officials in Rio Negro province"]),
    ],
    quotes=[
        Q("direct", "The fire was burning in Chile for six days before anyone warned us,", "Alejandra Monteoliva", "say"),
        Q("direct", "We could have been ready. Instead our brigades are fighting it with their backs to the lake.", "Alejandra Monteoliva", "say"),
        Q("direct", "Our teams informed the Argentine side on the first night, through the agreed channel,", "Alvaro Elizalde", "say"),
        Q("indirect", "900 Chilean firefighters were still on the line", "Alvaro Elizalde", "add"),
        Q("partial", "incompetent", "Javier Milei", "call", "twitter"),
        Q("indirect", "it was ready to send its military emergency unit if asked", "Spain", "say"),
        Q("partial", "stop blaming each other and start planning.", "Greenpeace", "urge"),
        Q("indirect", "Firefighters expect the flames to reach the Nahuel Huapi national park within 48 hours", "Rio Negro officials", "say"),
    ],
    dates=[
        D("Jan 23", "DATE", "2026-01-23"),
        D("Thursday", "DATE", "2026-01-22"),
        D("six days", "DURATION", "P6D"),
        D("Friday", "DATE", "2026-01-23"),
        D("late on Thursday", "TIME", "2026-01-22TNI"),
        D("hours earlier", "DURATION", "PTXH"),
        D("the past decade", "DURATION", "P1DE"),
        D("48 hours", "DURATION", "PT48H"),
        D("next Tuesday", "DATE", "2026-01-27"),
    ],
    stances=[
        S("Argentina", "accuse", "Chile", evidence="Argentina accused its neighbour of reacting too slowly"),
        S("Alejandra Monteoliva", "accuse", "Chile", evidence="The fire was burning in Chile for six days before anyone warned us"),
        S("Chile", "reject", "Argentina", evidence="Chile's government denied any delay"),
        S("Gabriel Boric", "consult", "Javier Milei", evidence="phoned Argentine President Javier Milei"),
        S("Javier Milei", "criticize", "Gabriel Boric", evidence="had called Boric 'incompetent'"),
        S("Brazil", "support", "Argentina", evidence="Brazil sent two water-bombing planes"),
        S("Uruguay", "support", "Argentina", evidence="Uruguay offered a team of 60 firefighters"),
        S("Spain", "support", "Argentina", evidence="Spain said it was ready to send its military emergency unit"),
        S("Greenpeace", "criticize", "Chile", evidence="Greenpeace blamed both governments"),
        S("Greenpeace", "criticize", "Argentina", evidence="Greenpeace blamed both governments"),
        S("Greenpeace", "appeal", None, "stop blaming each other", "urged them to 'stop blaming each other and start planning.'"),
    ],
    notes="Invented article (tenth development set; the fire, the call and all quoted words are invented, the officials "
          "used freely). British single quotes and inverted 'said X' cues. Milei 'did not repeat the charge': no stance "
          "for that sentence, but his earlier post is annotated. The aid offers go to Argentina, where the fire now burns "
          "(Spain's offer is unspecified; Argentina taken from the dateline). 'the first night' is left unannotated (no "
          "recoverable value). Greenpeace's appeal to both sides has a null target.",
)


if __name__ == "__main__":
    WRITER.report()
