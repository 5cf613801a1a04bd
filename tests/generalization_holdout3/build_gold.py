"""Builds the third held-out set's articles (NAME.txt) and their hand-written gold (NAME.gold.json).

Written on 2026-11-25 by someone who changed no library code; the gold was committed before
reactlib was run on these articles. Do not read or tune against them.

The annotation lives here as data so that offsets are computed, never typed: a quote or date
is given by its text and, where the same words occur more than once, by its occurrence
number (0-based). Run `python3 tests/generalization_holdout3/build_gold.py` after editing.
Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and
tests/generalization/build_gold.py (a ministry stands for its country; a spokesman's
report of his principal's position gives the quotes to the spokesman and the stances to the
principal; an unnamed source is its own anonymous actor; summons and expulsions are
accuse/criticize; "did not comment" is no stance; offers of aid are support).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_builder import A, D, GoldWriter, Q, S  # noqa: E402

WRITER = GoldWriter(HERE)
build = WRITER.build


# --------------------------------------------------------------------------- 1. missile strike, Black Sea port
ODESA = """ date 2026-10-14 A Russian missile strike on the Black Sea port of Odesa killed at least 14 people and set grain terminals ablaze early on Wednesday, Ukrainian officials said, prompting condemnation from Kyiv's Western allies and a call from Turkey for a return to talks.

Regional governor Oleh Kiper said two ballistic missiles hit the port area shortly before 5 a.m. and that rescuers were still searching the rubble of a warehouse. At least 40 people were wounded, among them three foreign sailors.

"Russia is once again waging war on food security, on ports that feed Africa and Asia," Ukrainian President Volodymyr Zelensky said in a video address. "Every partner who can help us with air defence must act without delay."

Foreign Minister Andrii Sybiha called on the United Nations to send monitors to the Black Sea ports and accused Moscow of trying to "strangle" Ukraine's exports.

The Russian defence ministry said its forces had carried out a "high-precision strike" on facilities used to store Western weapons, and denied hitting civilian targets. Kremlin spokesman Dmitry Peskov told reporters he had nothing to add to the ministry's statement.

The European Union's foreign policy chief Kaja Kallas condemned "another deliberate attack on civilian infrastructure" and said the bloc would propose new sanctions against Russia's shipping sector next week.

"Those responsible will be held accountable," she wrote on X.

In Ankara, the foreign ministry expressed deep concern over the escalation in the Black Sea and urged both sides to resume negotiations on the safety of commercial shipping. Turkey, which brokered a grain export deal in 2022, is ready to host such talks "at any moment", a Turkish diplomatic source said.

UN Secretary-General Antonio Guterres was "appalled" by the loss of life, his spokesman said, and reiterated that attacks on civilians and civilian infrastructure are prohibited under international humanitarian law.

Romania, whose Danube ports lie less than 200 kilometres from Odesa, summoned the Russian ambassador on Wednesday afternoon. Romanian Defence Minister Ionut Mosteanu said the strike was "a direct threat to the security of the whole region" and that NATO allies had been informed.

Not every government was so outspoken. Hungary's foreign ministry said only that it "regrets the casualties" and repeated Budapest's call for an immediate ceasefire, without naming Russia.

Odesa's ports handle about two thirds of Ukraine's seaborne grain exports. Insurance premiums for ships calling at Ukrainian ports have risen sharply since the summer, according to industry sources.

A European diplomat said on condition of anonymity that the timing, on the eve of an EU summit in Brussels on Thursday, was "not a coincidence"."""

build(
    "strike-odesa-2026-10-14", ODESA,
    actors=[
        A("Russia", "country", "RUS", aliases=["Moscow", "Russian", "Russian defence ministry", "Kremlin"]),
        A("Ukraine", "country", "UKR", aliases=["Kyiv", "Ukrainian", "Ukrainian officials"]),
        A("Western allies", "group", None, aliases=["Kyiv's Western allies"]),
        A("Turkey", "country", "TUR", aliases=["Ankara", "Turkish"]),
        A("Oleh Kiper", "person", "UKR", "Regional governor", ["Kiper"]),
        A("Volodymyr Zelensky", "person", "UKR", "President", ["Zelensky"]),
        A("Andrii Sybiha", "person", "UKR", "Foreign Minister", ["Sybiha"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov"]),
        A("European Union", "organization", None, aliases=["EU", "bloc"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Kallas"], organization="European Union"),
        A("Turkish diplomatic source", "person", "TUR", "diplomatic source", ["diplomatic source"], anonymous=True),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres"], organization="United Nations"),
        A("Romania", "country", "ROU", aliases=["Romanian"]),
        A("Ionut Mosteanu", "person", "ROU", "Defence Minister", ["Mosteanu"]),
        A("NATO", "organization", None, aliases=["NATO allies"]),
        A("Hungary", "country", "HUN", aliases=["Budapest", "Hungary's foreign ministry"]),
        A("industry sources", "group", None, aliases=[], anonymous=True),
        A("European diplomat", "person", None, "diplomat", ["diplomat"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "A Russian missile strike on the Black Sea port of Odesa killed at least 14 people and set grain terminals ablaze early on Wednesday", "Ukraine", "say"),
        Q("indirect", "two ballistic missiles hit the port area shortly before 5 a.m. and that rescuers were still searching the rubble of a warehouse", "Oleh Kiper", "say"),
        Q("direct", "Russia is once again waging war on food security, on ports that feed Africa and Asia,", "Volodymyr Zelensky", "say", "speech"),
        Q("direct", "Every partner who can help us with air defence must act without delay.", "Volodymyr Zelensky", "say", "speech"),
        Q("partial", "strangle", "Andrii Sybiha", "accuse"),
        Q("indirect", "its forces had carried out a \"high-precision strike\" on facilities used to store Western weapons", "Russia", "say"),
        Q("partial", "high-precision strike", "Russia", "say"),
        Q("indirect", "hitting civilian targets", "Russia", "deny", optional=True),
        Q("indirect", "he had nothing to add to the ministry's statement", "Dmitry Peskov", "tell"),
        Q("partial", "another deliberate attack on civilian infrastructure", "Kaja Kallas", "condemn"),
        Q("indirect", "the bloc would propose new sanctions against Russia's shipping sector next week", "Kaja Kallas", "say"),
        Q("direct", "Those responsible will be held accountable,", "Kaja Kallas", "write", "twitter"),
        Q("indirect", "Turkey, which brokered a grain export deal in 2022, is ready to host such talks \"at any moment\"", "Turkish diplomatic source", "say"),
        Q("partial", "at any moment", "Turkish diplomatic source", "say"),
        Q("partial", "appalled", "Antonio Guterres", "say"),
        Q("indirect", "UN Secretary-General Antonio Guterres was \"appalled\" by the loss of life", "Antonio Guterres", "say", optional=True),
        Q("indirect", "attacks on civilians and civilian infrastructure are prohibited under international humanitarian law", "Antonio Guterres", "reiterate"),
        Q("indirect", "the strike was \"a direct threat to the security of the whole region\" and that NATO allies had been informed", "Ionut Mosteanu", "say"),
        Q("partial", "a direct threat to the security of the whole region", "Ionut Mosteanu", "say"),
        Q("indirect", "it \"regrets the casualties\"", "Hungary", "say"),
        Q("partial", "regrets the casualties", "Hungary", "say"),
        Q("indirect", "Insurance premiums for ships calling at Ukrainian ports have risen sharply since the summer", "industry sources", "according to"),
        Q("indirect", "the timing, on the eve of an EU summit in Brussels on Thursday, was \"not a coincidence\"", "European diplomat", "say"),
        Q("partial", "not a coincidence", "European diplomat", "say"),
    ],
    dates=[
        D("Wednesday", "DATE", "2026-10-14", 0),
        D("5 a.m.", "TIME", "2026-10-14T05:00"),
        D("next week", "DATE", "2026-W43"),
        D("2022", "DATE", "2022"),
        D("Wednesday afternoon", "TIME", "2026-10-14TAF"),
        D("the summer", "DATE", "2026-SU"),
        D("Thursday", "DATE", "2026-10-15"),
    ],
    stances=[
        S("Western allies", "condemn", "Russia", evidence="prompting condemnation from Kyiv's Western allies"),
        S("Volodymyr Zelensky", "accuse", "Russia", evidence="Russia is once again waging war on food security"),
        S("Volodymyr Zelensky", "appeal", None, "air defence", "Every partner who can help us with air defence must act without delay."),
        S("Andrii Sybiha", "appeal", "United Nations", "send monitors", "called on the United Nations to send monitors"),
        S("Andrii Sybiha", "accuse", "Russia", evidence="accused Moscow of trying to \"strangle\" Ukraine's exports"),
        S("Kaja Kallas", "condemn", "Russia", evidence="condemned \"another deliberate attack on civilian infrastructure\""),
        S("Kaja Kallas", "threaten", "Russia", "sanctions", "the bloc would propose new sanctions against Russia's shipping sector"),
        S("Turkey", "concern", None, "escalation in the Black Sea", "expressed deep concern over the escalation in the Black Sea"),
        S("Turkey", "appeal", None, "negotiations", "urged both sides to resume negotiations"),
        S("Turkey", "mediate", None, "negotiations", "is ready to host such talks"),
        S("Antonio Guterres", "concern", None, "loss of life", "was \"appalled\" by the loss of life"),
        S("Romania", "criticize", "Russia", evidence="summoned the Russian ambassador on Wednesday afternoon"),
        S("Ionut Mosteanu", "accuse", "Russia", evidence="the strike was \"a direct threat to the security of the whole region\""),
        S("Hungary", "concern", None, "casualties", "it \"regrets the casualties\""),
        S("Hungary", "appeal", None, "ceasefire", "repeated Budapest's call for an immediate ceasefire"),
    ],
    notes="Invented article (third held-out set). 'Ukrainian officials said' is Ukraine's; the Russian defence ministry "
          "is Russia, the Ankara foreign ministry Turkey, Hungary's foreign ministry Hungary. Turkey's call for talks in the "
          "lead and the ministry's urging are one stance. Guterres's words come through an unnamed spokesman: quote and "
          "stance are Guterres's. Hungary 'without naming Russia' and the diplomat's 'not a coincidence' carry no stance "
          "toward Russia. Russia's denial is an optional indirect quote, no stance.",
)


# --------------------------------------------------------------------------- 2. foiled coup, West Africa
BENIN = """ date 2026-07-21 Benin's government said on Tuesday it had foiled an attempted coup, after soldiers exchanged fire with the presidential guard near the official residence in Cotonou.

Government spokesman Wilfried Houngbedji said in a televised statement that "a small group of soldiers" had tried to seize the presidency at around 2 a.m. but had been "neutralised" by loyal forces within an hour. He said 11 suspects, including a lieutenant-colonel, had been arrested and that President Romuald Wadagni was safe.

"The situation is fully under control. Our institutions are functioning normally," Houngbedji said.

The Economic Community of West African States (ECOWAS) condemned "in the strongest terms" what it called an attempt to subvert the will of the Beninese people and said it stood ready to deploy elements of its standby force at the request of the government in Cotonou.

ECOWAS Commission president Omar Alieu Touray spoke by phone with Wadagni on Tuesday morning, the bloc said.

Nigeria, Benin's eastern neighbour, closed its border posts at Seme for 48 hours as a precaution. "Nigeria will not stand by while a democratic government on our border is threatened," Foreign Minister Yusuf Tuggar told journalists in Abuja.

The African Union Commission chairperson, Mahmoud Ali Youssouf, welcomed the "swift restoration of order" and urged the Beninese authorities to respect the rights of those detained.

In Paris, the French foreign ministry said France "condemns any attempt to seize power by force" and was following the situation closely. About 200 French soldiers are based in the country under a defence cooperation agreement.

The military governments of neighbouring Niger and Burkina Faso, which have accused Benin of hosting forces hostile to them, had not commented by Tuesday evening. A Western diplomat in Cotonou said the silence from Niamey was "telling".

The United States embassy urged American citizens to limit their movements, while the UN Secretary-General's spokesman, Stephane Dujarric, said Antonio Guterres "welcomes the restoration of calm" and calls on all actors to "refrain from any further violence."

Opposition leader Renaud Agbodjo rejected suggestions that his party was involved. "We have always fought with ballots, never with guns," he said, but called for an independent inquiry into the attack.

Benin, long considered one of the region's more stable democracies, has faced growing jihadist attacks in its north since 2019."""

build(
    "coupattempt-benin-2026-07-21", BENIN,
    actors=[
        A("Benin", "country", "BEN", aliases=["Cotonou", "Beninese", "Beninese authorities", "Benin's government"]),
        A("coup plotters", "group", "BEN", aliases=["soldiers", "a small group of soldiers", "suspects"]),
        A("presidential guard", "organization", "BEN", aliases=["loyal forces"]),
        A("Wilfried Houngbedji", "person", "BEN", "Government spokesman", ["Houngbedji"]),
        A("Romuald Wadagni", "person", "BEN", "President", ["Wadagni"]),
        A("ECOWAS", "organization", None, aliases=["Economic Community of West African States", "bloc"]),
        A("Omar Alieu Touray", "person", None, "ECOWAS Commission president", ["Touray"], organization="ECOWAS"),
        A("Nigeria", "country", "NGA", aliases=["Abuja", "Nigerian"]),
        A("Yusuf Tuggar", "person", "NGA", "Foreign Minister", ["Tuggar"]),
        A("African Union", "organization", None, aliases=["AU", "African Union Commission"]),
        A("Mahmoud Ali Youssouf", "person", None, "African Union Commission chairperson", ["Youssouf"], organization="African Union"),
        A("France", "country", "FRA", aliases=["Paris", "French", "French foreign ministry"]),
        A("Niger", "country", "NER", aliases=["Niamey"]),
        A("Burkina Faso", "country", "BFA", aliases=[]),
        A("Western diplomat", "person", None, "diplomat", ["diplomat"], anonymous=True),
        A("United States", "country", "USA", aliases=["United States embassy", "American"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Stephane Dujarric", "person", None, "spokesman", ["Dujarric"], organization="United Nations"),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres", "UN Secretary-General"], organization="United Nations"),
        A("Renaud Agbodjo", "person", "BEN", "Opposition leader", ["Agbodjo"]),
    ],
    quotes=[
        Q("indirect", "it had foiled an attempted coup", "Benin", "say"),
        Q("indirect", "\"a small group of soldiers\" had tried to seize the presidency at around 2 a.m. but had been \"neutralised\" by loyal forces within an hour", "Wilfried Houngbedji", "say", "television"),
        Q("partial", "a small group of soldiers", "Wilfried Houngbedji", "say", "television"),
        Q("partial", "neutralised", "Wilfried Houngbedji", "say", "television"),
        Q("indirect", "11 suspects, including a lieutenant-colonel, had been arrested and that President Romuald Wadagni was safe", "Wilfried Houngbedji", "say"),
        Q("direct", "The situation is fully under control. Our institutions are functioning normally,", "Wilfried Houngbedji", "say"),
        Q("partial", "in the strongest terms", "ECOWAS", "condemn"),
        Q("indirect", "it stood ready to deploy elements of its standby force at the request of the government in Cotonou", "ECOWAS", "say"),
        Q("indirect", "ECOWAS Commission president Omar Alieu Touray spoke by phone with Wadagni on Tuesday morning", "ECOWAS", "say"),
        Q("direct", "Nigeria will not stand by while a democratic government on our border is threatened,", "Yusuf Tuggar", "tell"),
        Q("partial", "swift restoration of order", "Mahmoud Ali Youssouf", "welcome"),
        Q("indirect", "France \"condemns any attempt to seize power by force\" and was following the situation closely", "France", "say"),
        Q("partial", "condemns any attempt to seize power by force", "France", "say"),
        Q("indirect", "the silence from Niamey was \"telling\"", "Western diplomat", "say"),
        Q("partial", "telling", "Western diplomat", "say"),
        Q("indirect", "Antonio Guterres \"welcomes the restoration of calm\" and calls on all actors to \"refrain from any further violence.\"", "Stephane Dujarric", "say"),
        Q("partial", "welcomes the restoration of calm", "Stephane Dujarric", "say"),
        Q("partial", "refrain from any further violence.", "Stephane Dujarric", "say"),
        Q("direct", "We have always fought with ballots, never with guns,", "Renaud Agbodjo", "say"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-07-21", 0),
        D("2 a.m.", "TIME", "2026-07-21T02:00"),
        D("within an hour", "DURATION", "PT1H"),
        D("Tuesday morning", "TIME", "2026-07-21TMO"),
        D("48 hours", "DURATION", "PT48H"),
        D("Tuesday evening", "TIME", "2026-07-21TEV"),
        D("2019", "DATE", "2019"),
    ],
    stances=[
        S("ECOWAS", "condemn", "coup plotters", evidence="condemned \"in the strongest terms\" what it called an attempt to subvert"),
        S("ECOWAS", "support", "Benin", evidence="it stood ready to deploy elements of its standby force at the request of the government in Cotonou"),
        S("Omar Alieu Touray", "consult", "Romuald Wadagni", evidence="spoke by phone with Wadagni"),
        S("Yusuf Tuggar", "support", "Benin", evidence="Nigeria will not stand by while a democratic government on our border is threatened"),
        S("Mahmoud Ali Youssouf", "welcome", None, evidence="welcomed the \"swift restoration of order\""),
        S("Mahmoud Ali Youssouf", "appeal", "Benin", "respect rights of detainees", "urged the Beninese authorities to respect the rights of those detained"),
        S("France", "condemn", "coup plotters", evidence="\"condemns any attempt to seize power by force\""),
        S("Niger", "accuse", "Benin", evidence="have accused Benin of hosting forces hostile to them"),
        S("Burkina Faso", "accuse", "Benin", evidence="have accused Benin of hosting forces hostile to them"),
        S("United States", "appeal", None, "limit movements", "urged American citizens to limit their movements"),
        S("Antonio Guterres", "welcome", None, evidence="\"welcomes the restoration of calm\""),
        S("Antonio Guterres", "appeal", None, "restraint", "calls on all actors to \"refrain from any further violence.\""),
        S("Renaud Agbodjo", "reject", None, evidence="rejected suggestions that his party was involved"),
        S("Renaud Agbodjo", "appeal", None, "independent inquiry", "called for an independent inquiry into the attack"),
    ],
    notes="Invented article (third held-out set). 'Benin's government said' is Benin's. Guterres's position is reported by "
          "Dujarric: quotes Dujarric's, stances Guterres's ('calls on' is inside the reported clause). Niger's and Burkina "
          "Faso's silence is no stance; their past accusation is. The diplomat's 'telling' carries no stance.",
)


# --------------------------------------------------------------------------- 3. border closure, South America
PERU = """ date 2026-05-05 Peru closed its main border crossings with Bolivia on Tuesday, accusing La Paz of failing to stop smuggling gangs operating around Lake Titicaca, in a move that left hundreds of trucks stranded and drew an angry response from the Bolivian government.

The closure of the Desaguadero and Kasani crossings will last "at least 30 days", Interior Minister Raúl Cáceres told a news conference in Lima, adding that police and troops would be deployed along the frontier.

"We cannot allow our southern border to become a highway for contraband, arms and illegal gold," he said. "Peru has warned Bolivia for months. The patience of the Peruvian people has run out."

Bolivia's foreign minister, Fernando Aramayo, called the decision "unilateral, disproportionate and contrary to the spirit of Andean integration" and said his government had sent a formal protest note to Lima.

Bolivian President Rodrigo Paz said on social media that Bolivia rejected "any attempt to blame our country for problems that are shared" and offered to convene an emergency meeting of the two countries' security ministers this week.

The Andean Community, of which both countries are members, said in a statement that the closure violated the bloc's rules on the free movement of goods and urged Lima to reconsider. Its secretary general, Gonzalo Gutiérrez, said he was "ready to facilitate dialogue" between the two governments.

Chile, which shares borders with both, called for calm. "Problems between neighbours are solved by talking, not by closing doors," Chilean Foreign Minister Francisco Pérez Mackenna told Radio Cooperativa.

The Organization of American States expressed concern about the humanitarian impact on border communities. Secretary General Albert Ramdin urged both governments to "avoid measures that punish ordinary people."

Truck drivers' unions in Bolivia threatened to blockade highways leading to the Peruvian border from Thursday if the crossings were not reopened. "Our members are sleeping in their cabins with no water," union leader Mario Quispe said by telephone from Desaguadero.

Brazil's foreign ministry said it was following the situation "with attention" and offered to help if both sides requested it.

About 2,000 vehicles cross the Desaguadero bridge daily, according to Peru's customs agency. Bilateral trade was worth around $1.5 billion last year.

A Peruvian government official, speaking on condition of anonymity, said Lima had informed Washington of the decision in advance."""

build(
    "borderclosure-peru-bolivia-2026-05-05", PERU,
    actors=[
        A("Peru", "country", "PER", aliases=["Lima", "Peruvian", "Peru's customs agency"]),
        A("Bolivia", "country", "BOL", aliases=["La Paz", "Bolivian", "Bolivian government"]),
        A("smuggling gangs", "group", None, aliases=[]),
        A("Raúl Cáceres", "person", "PER", "Interior Minister", ["Cáceres"]),
        A("Fernando Aramayo", "person", "BOL", "foreign minister", ["Aramayo"]),
        A("Rodrigo Paz", "person", "BOL", "President", ["Paz"]),
        A("Andean Community", "organization", None, aliases=["bloc"]),
        A("Gonzalo Gutiérrez", "person", None, "secretary general", ["Gutiérrez"], organization="Andean Community"),
        A("Chile", "country", "CHL", aliases=["Chilean"]),
        A("Francisco Pérez Mackenna", "person", "CHL", "Foreign Minister", ["Pérez Mackenna"]),
        A("Radio Cooperativa", "organization", "CHL", aliases=[]),
        A("Organization of American States", "organization", None, aliases=["OAS"]),
        A("Albert Ramdin", "person", None, "Secretary General", ["Ramdin"], organization="Organization of American States"),
        A("truck drivers' unions", "group", "BOL", aliases=["Truck drivers' unions"]),
        A("Mario Quispe", "person", "BOL", "union leader", ["Quispe"]),
        A("Brazil", "country", "BRA", aliases=["Brazil's foreign ministry"]),
        A("Peruvian government official", "person", "PER", "government official", ["government official"], anonymous=True),
        A("United States", "country", "USA", aliases=["Washington"]),
    ],
    quotes=[
        Q("indirect", "The closure of the Desaguadero and Kasani crossings will last \"at least 30 days\"", "Raúl Cáceres", "tell", "press conference"),
        Q("partial", "at least 30 days", "Raúl Cáceres", "tell", "press conference"),
        Q("indirect", "police and troops would be deployed along the frontier", "Raúl Cáceres", "add", "press conference"),
        Q("direct", "We cannot allow our southern border to become a highway for contraband, arms and illegal gold,", "Raúl Cáceres", "say"),
        Q("direct", "Peru has warned Bolivia for months. The patience of the Peruvian people has run out.", "Raúl Cáceres", "say"),
        Q("partial", "unilateral, disproportionate and contrary to the spirit of Andean integration", "Fernando Aramayo", "call"),
        Q("indirect", "his government had sent a formal protest note to Lima", "Fernando Aramayo", "say"),
        Q("indirect", "Bolivia rejected \"any attempt to blame our country for problems that are shared\"", "Rodrigo Paz", "say", "social media"),
        Q("partial", "any attempt to blame our country for problems that are shared", "Rodrigo Paz", "say", "social media"),
        Q("indirect", "the closure violated the bloc's rules on the free movement of goods", "Andean Community", "say", "statement"),
        Q("indirect", "he was \"ready to facilitate dialogue\" between the two governments", "Gonzalo Gutiérrez", "say"),
        Q("partial", "ready to facilitate dialogue", "Gonzalo Gutiérrez", "say"),
        Q("direct", "Problems between neighbours are solved by talking, not by closing doors,", "Francisco Pérez Mackenna", "tell", "interview"),
        Q("partial", "avoid measures that punish ordinary people.", "Albert Ramdin", "urge"),
        Q("direct", "Our members are sleeping in their cabins with no water,", "Mario Quispe", "say", "phone call"),
        Q("indirect", "it was following the situation \"with attention\"", "Brazil", "say"),
        Q("partial", "with attention", "Brazil", "say"),
        Q("indirect", "About 2,000 vehicles cross the Desaguadero bridge daily", "Peru", "according to"),
        Q("indirect", "Lima had informed Washington of the decision in advance", "Peruvian government official", "say"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-05-05"),
        D("at least 30 days", "DURATION", "P30D"),
        D("for months", "DURATION", "PXM"),
        D("this week", "DATE", "2026-W19"),
        D("Thursday", "DATE", "2026-05-07"),
        D("daily", "SET", "P1D"),
        D("last year", "DATE", "2025"),
    ],
    stances=[
        S("Peru", "accuse", "Bolivia", evidence="accusing La Paz of failing to stop smuggling gangs"),
        S("Bolivia", "criticize", "Peru", evidence="drew an angry response from the Bolivian government"),
        S("Raúl Cáceres", "accuse", "Bolivia", evidence="Peru has warned Bolivia for months"),
        S("Fernando Aramayo", "criticize", "Peru", evidence="called the decision \"unilateral, disproportionate"),
        S("Rodrigo Paz", "reject", "Peru", evidence="Bolivia rejected \"any attempt to blame our country"),
        S("Rodrigo Paz", "consult", "Peru", evidence="offered to convene an emergency meeting of the two countries' security ministers"),
        S("Andean Community", "criticize", "Peru", evidence="the closure violated the bloc's rules"),
        S("Andean Community", "appeal", "Peru", "reconsider closure", "urged Lima to reconsider"),
        S("Gonzalo Gutiérrez", "mediate", None, "negotiations", "ready to facilitate dialogue"),
        S("Chile", "appeal", None, "restraint", "called for calm"),
        S("Francisco Pérez Mackenna", "appeal", None, "negotiations", "Problems between neighbours are solved by talking"),
        S("Organization of American States", "concern", None, "humanitarian impact", "expressed concern about the humanitarian impact on border communities"),
        S("Albert Ramdin", "appeal", None, "avoid measures that punish ordinary people", "urged both governments to \"avoid measures that punish ordinary people.\""),
        S("truck drivers' unions", "threaten", "Peru", "blockade", "threatened to blockade highways leading to the Peruvian border"),
        S("Brazil", "mediate", None, evidence="offered to help if both sides requested it"),
    ],
    notes="Invented article (third held-out set). Aramayo's protest note is folded into his criticism. Paz's offer of a "
          "bilateral ministers' meeting is consult; third-party offers (Gutiérrez, Brazil) are mediate. Peru's customs "
          "agency stands for Peru. Lake Titicaca, Desaguadero and Kasani are places, not actors.",
)


# --------------------------------------------------------------------------- 4. diplomatic expulsions, Europe
EXPEL = """ date 2026-09-09 Hungary expelled two Polish diplomats on Wednesday in retaliation for Warsaw's decision to order out two members of the Hungarian embassy staff, deepening the worst row between the two EU and NATO allies in decades.

Poland's foreign ministry had announced on Monday that the two Hungarians, a defence attache and a second secretary, had 48 hours to leave the country after counter-intelligence officers found they had been gathering information on military shipments to Ukraine.

"Activities incompatible with diplomatic status will not be tolerated, whoever's flag they work under," Polish Foreign Minister Radoslaw Sikorski wrote on X on Monday.

Budapest has denied the accusation. Hungarian Foreign Minister Peter Szijjarto said on Wednesday that the Polish decision was "absurd and politically motivated" and that Hungary had no choice but to respond "in a reciprocal manner."

"We will not accept lectures from a government that has turned its intelligence services against its own political opponents," Szijjarto told state broadcaster M1.

The ministry summoned Poland's charge d'affaires in Budapest and handed him a note informing him of the expulsions, a ministry spokeswoman said.

European Commission chief spokesperson Paula Pinho declined to comment on what she called "a bilateral matter" but said the Commission expected member states "to settle their differences in a spirit of sincere cooperation."

NATO Secretary General Mark Rutte said he had spoken to both governments. "Allies must be able to trust each other. I encourage Warsaw and Budapest to resolve this quietly," he told reporters in Brussels.

The Czech and Slovak governments, which together with Poland and Hungary make up the Visegrad Group, offered to host talks. Czech Prime Minister Andrej Babis said the four countries had "too much in common to let spies drive them apart." Slovak Prime Minister Robert Fico, an ally of Hungary's government, said Poland had "overreacted" and should withdraw the expulsions.

Lithuania and Latvia backed Warsaw. "Poland has our full solidarity," Lithuanian Foreign Minister Kestutis Budrys posted on X.

Relations between Warsaw and Budapest have soured since 2022 over Hungary's refusal to send weapons to Ukraine. Ukraine's foreign ministry said it was "grateful to Polish partners for their vigilance" but did not comment further.

A senior Polish official, who asked not to be named, said further expulsions "cannot be ruled out" if new evidence emerged in the coming weeks."""

build(
    "expulsion-poland-hungary-2026-09-09", EXPEL,
    actors=[
        A("Hungary", "country", "HUN", aliases=["Budapest", "Hungarian"]),
        A("Poland", "country", "POL", aliases=["Warsaw", "Polish", "Poland's foreign ministry"]),
        A("Hungarian diplomats", "group", "HUN", aliases=["two Hungarians"]),
        A("European Union", "organization", None, aliases=["EU", "European Commission", "Commission"]),
        A("NATO", "organization", None, aliases=[]),
        A("Ukraine", "country", "UKR", aliases=["Ukraine's foreign ministry"]),
        A("Radoslaw Sikorski", "person", "POL", "Foreign Minister", ["Sikorski"]),
        A("Peter Szijjarto", "person", "HUN", "Foreign Minister", ["Szijjarto"]),
        A("M1", "organization", "HUN", aliases=[]),
        A("Polish charge d'affaires", "person", "POL", "charge d'affaires", ["charge d'affaires"]),
        A("Hungarian ministry spokeswoman", "person", "HUN", "spokeswoman", ["ministry spokeswoman"], anonymous=True),
        A("Paula Pinho", "person", None, "chief spokesperson", ["Pinho"], organization="European Union"),
        A("Mark Rutte", "person", None, "Secretary General", ["Rutte"], organization="NATO"),
        A("Czech Republic", "country", "CZE", aliases=["Czech"]),
        A("Slovakia", "country", "SVK", aliases=["Slovak"]),
        A("Visegrad Group", "organization", None, aliases=[]),
        A("Andrej Babis", "person", "CZE", "Prime Minister", ["Babis"]),
        A("Robert Fico", "person", "SVK", "Prime Minister", ["Fico"]),
        A("Lithuania", "country", "LTU", aliases=["Lithuanian"]),
        A("Latvia", "country", "LVA", aliases=[]),
        A("Kestutis Budrys", "person", "LTU", "Foreign Minister", ["Budrys"]),
        A("senior Polish official", "person", "POL", "senior official", ["senior official"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "the two Hungarians, a defence attache and a second secretary, had 48 hours to leave the country after counter-intelligence officers found they had been gathering information on military shipments to Ukraine", "Poland", "announce"),
        Q("direct", "Activities incompatible with diplomatic status will not be tolerated, whoever's flag they work under,", "Radoslaw Sikorski", "write", "twitter"),
        Q("indirect", "the Polish decision was \"absurd and politically motivated\" and that Hungary had no choice but to respond \"in a reciprocal manner.\"", "Peter Szijjarto", "say"),
        Q("partial", "absurd and politically motivated", "Peter Szijjarto", "say"),
        Q("partial", "in a reciprocal manner.", "Peter Szijjarto", "say"),
        Q("direct", "We will not accept lectures from a government that has turned its intelligence services against its own political opponents,", "Peter Szijjarto", "tell", "interview"),
        Q("indirect", "The ministry summoned Poland's charge d'affaires in Budapest and handed him a note informing him of the expulsions", "Hungarian ministry spokeswoman", "say"),
        Q("partial", "a bilateral matter", "Paula Pinho", "call"),
        Q("indirect", "the Commission expected member states \"to settle their differences in a spirit of sincere cooperation.\"", "Paula Pinho", "say"),
        Q("partial", "to settle their differences in a spirit of sincere cooperation.", "Paula Pinho", "say"),
        Q("indirect", "he had spoken to both governments", "Mark Rutte", "say"),
        Q("direct", "Allies must be able to trust each other. I encourage Warsaw and Budapest to resolve this quietly,", "Mark Rutte", "tell"),
        Q("indirect", "the four countries had \"too much in common to let spies drive them apart.\"", "Andrej Babis", "say"),
        Q("partial", "too much in common to let spies drive them apart.", "Andrej Babis", "say"),
        Q("indirect", "Poland had \"overreacted\" and should withdraw the expulsions", "Robert Fico", "say"),
        Q("partial", "overreacted", "Robert Fico", "say"),
        Q("direct", "Poland has our full solidarity,", "Kestutis Budrys", "post", "twitter"),
        Q("indirect", "it was \"grateful to Polish partners for their vigilance\"", "Ukraine", "say"),
        Q("partial", "grateful to Polish partners for their vigilance", "Ukraine", "say"),
        Q("indirect", "further expulsions \"cannot be ruled out\" if new evidence emerged in the coming weeks", "senior Polish official", "say"),
        Q("partial", "cannot be ruled out", "senior Polish official", "say"),
    ],
    dates=[
        D("Wednesday", "DATE", "2026-09-09", 0),
        D("decades", "DURATION", "PXDE"),
        D("Monday", "DATE", "2026-09-07", 0),
        D("48 hours", "DURATION", "PT48H"),
        D("Monday", "DATE", "2026-09-07", 1),
        D("Wednesday", "DATE", "2026-09-09", 1),
        D("2022", "DATE", "2022"),
        D("the coming weeks", "DURATION", "PXW"),
    ],
    stances=[
        S("Hungary", "accuse", "Poland", evidence="Hungary expelled two Polish diplomats on Wednesday in retaliation"),
        S("Poland", "accuse", "Hungarian diplomats", evidence="had 48 hours to leave the country"),
        S("Radoslaw Sikorski", "accuse", "Hungary", evidence="Activities incompatible with diplomatic status will not be tolerated"),
        S("Hungary", "reject", "Poland", evidence="Budapest has denied the accusation."),
        S("Peter Szijjarto", "criticize", "Poland", evidence="the Polish decision was \"absurd and politically motivated\""),
        S("Peter Szijjarto", "threaten", "Poland", evidence="Hungary had no choice but to respond \"in a reciprocal manner.\""),
        S("Peter Szijjarto", "accuse", "Poland", evidence="We will not accept lectures from a government that has turned its intelligence services"),
        S("Hungary", "criticize", "Poland", evidence="The ministry summoned Poland's charge d'affaires in Budapest"),
        S("Paula Pinho", "appeal", None, "settle differences", "expected member states \"to settle their differences"),
        S("Mark Rutte", "consult", "Poland", evidence="he had spoken to both governments"),
        S("Mark Rutte", "consult", "Hungary", evidence="he had spoken to both governments"),
        S("Mark Rutte", "appeal", None, "resolve the dispute quietly", "I encourage Warsaw and Budapest to resolve this quietly"),
        S("Czech Republic", "mediate", None, "negotiations", "offered to host talks"),
        S("Slovakia", "mediate", None, "negotiations", "offered to host talks"),
        S("Robert Fico", "criticize", "Poland", evidence="Poland had \"overreacted\""),
        S("Robert Fico", "demand", "Poland", "withdraw the expulsions", "should withdraw the expulsions"),
        S("Lithuania", "support", "Poland", evidence="Lithuania and Latvia backed Warsaw."),
        S("Latvia", "support", "Poland", evidence="Lithuania and Latvia backed Warsaw."),
        S("Kestutis Budrys", "support", "Poland", evidence="Poland has our full solidarity"),
        S("Ukraine", "praise", "Poland", evidence="\"grateful to Polish partners for their vigilance\""),
        S("senior Polish official", "threaten", "Hungary", "further expulsions", "further expulsions \"cannot be ruled out\""),
    ],
    notes="Invented article (third held-out set). Expulsions and summons are accuse/criticize, as summons are in the "
          "development gold. Poland's foreign ministry is Poland. 'The ministry' and the spokeswoman are Hungarian. "
          "Pinho's 'declined to comment' is no stance; her expectation is an appeal to all member states. Babis's remark "
          "carries no stance of its own; the Czech and Slovak offer is mediation. The M1 interview is Szijjarto's.",
)


# --------------------------------------------------------------------------- 5. massacre, Sahel
SAHEL = """ date 2026-06-15 Gunmen killed at least 63 villagers, among them women and children, in an attack on a village in northern Burkina Faso over the weekend, residents said on Monday, in one of the deadliest massacres in the Sahel this year.

The assailants arrived on motorcycles in Toéni, in the Sourou province near the border with Mali, on Saturday afternoon and opened fire on people gathered at the weekly market, two residents told AFP by telephone.

"They went from house to house. Those who ran were shot in the back," said one resident, who asked not to be named for fear of reprisals. "We buried our dead ourselves on Sunday."

The government of Captain Ibrahim Traore said in a statement read on national television that "terrorist hordes" had attacked the village and that the army had launched operations to "neutralise" them. It gave no death toll and did not say which group was responsible.

No group has claimed the attack. Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel, is active in the area.

UN High Commissioner for Human Rights Volker Türk said he was "horrified" by the killings and called for a "prompt, impartial and transparent investigation." "The people of Toéni deserve justice, not silence," he said.

The Alliance of Sahel States, which groups Burkina Faso with Mali and Niger, condemned "this cowardly and barbaric act" and expressed its solidarity with the Burkinabe people.

ECOWAS, which Burkina Faso left in January 2025, also condemned the massacre and offered its "full support" to the victims' families. The bloc said it remained open to cooperating with the Sahel states on security "in the interest of our peoples."

The African Union Commission chairperson, Mahmoud Ali Youssouf, called on the authorities to "spare no effort" to find the perpetrators and urged the international community to step up humanitarian assistance to displaced civilians.

Human Rights Watch said the attack followed a pattern of killings in the region by both armed groups and pro-government militias, and urged the government to allow independent investigators access to the area. "The junta's habit of hiding the death toll only helps the killers," said Ilaria Allegrozzi, the group's senior Sahel researcher.

France, whose troops were forced out of Burkina Faso in 2023, said it "strongly condemns" the attack. Russia, which has become the junta's main security partner, did not comment.

More than two million people have been displaced by the conflict in Burkina Faso since 2015, according to the United Nations."""

build(
    "massacre-burkinafaso-2026-06-15", SAHEL,
    actors=[
        A("gunmen", "group", None, aliases=["Gunmen", "assailants", "terrorist hordes", "perpetrators"]),
        A("Burkina Faso", "country", "BFA", aliases=["Burkinabe", "junta", "government", "authorities", "army"]),
        A("residents", "group", "BFA", aliases=["two residents"]),
        A("AFP", "organization", "FRA", aliases=[]),
        A("Toéni resident", "person", "BFA", "resident", ["one resident"], anonymous=True),
        A("Ibrahim Traore", "person", "BFA", "Captain", ["Traore"]),
        A("JNIM", "group", None, aliases=["Jama'at Nusrat al-Islam wal-Muslimin"]),
        A("al-Qaeda", "group", None, aliases=[]),
        A("Mali", "country", "MLI", aliases=[]),
        A("Niger", "country", "NER", aliases=[]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Volker Türk", "person", None, "UN High Commissioner for Human Rights", ["Türk"], organization="United Nations"),
        A("Alliance of Sahel States", "organization", None, aliases=["Sahel states"]),
        A("ECOWAS", "organization", None, aliases=["bloc"]),
        A("African Union", "organization", None, aliases=["AU", "African Union Commission"]),
        A("Mahmoud Ali Youssouf", "person", None, "African Union Commission chairperson", ["Youssouf"], organization="African Union"),
        A("international community", "group", None, aliases=[]),
        A("Human Rights Watch", "organization", None, aliases=["HRW"]),
        A("armed groups", "group", None, aliases=[]),
        A("pro-government militias", "group", "BFA", aliases=[]),
        A("Ilaria Allegrozzi", "person", None, "senior Sahel researcher", ["Allegrozzi"], organization="Human Rights Watch"),
        A("France", "country", "FRA", aliases=[]),
        A("Russia", "country", "RUS", aliases=[]),
    ],
    quotes=[
        Q("indirect", "Gunmen killed at least 63 villagers, among them women and children, in an attack on a village in northern Burkina Faso over the weekend", "residents", "say"),
        Q("indirect", "The assailants arrived on motorcycles in Toéni, in the Sourou province near the border with Mali, on Saturday afternoon and opened fire on people gathered at the weekly market", "residents", "tell", "phone call"),
        Q("direct", "They went from house to house. Those who ran were shot in the back,", "Toéni resident", "say"),
        Q("direct", "We buried our dead ourselves on Sunday.", "Toéni resident", "say"),
        Q("indirect", "\"terrorist hordes\" had attacked the village and that the army had launched operations to \"neutralise\" them", "Burkina Faso", "say", "television"),
        Q("partial", "terrorist hordes", "Burkina Faso", "say", "television"),
        Q("partial", "neutralise", "Burkina Faso", "say", "television"),
        Q("indirect", "he was \"horrified\" by the killings", "Volker Türk", "say"),
        Q("partial", "horrified", "Volker Türk", "say"),
        Q("partial", "prompt, impartial and transparent investigation.", "Volker Türk", "call"),
        Q("direct", "The people of Toéni deserve justice, not silence,", "Volker Türk", "say"),
        Q("partial", "this cowardly and barbaric act", "Alliance of Sahel States", "condemn"),
        Q("partial", "full support", "ECOWAS", "offer"),
        Q("indirect", "it remained open to cooperating with the Sahel states on security \"in the interest of our peoples.\"", "ECOWAS", "say"),
        Q("partial", "in the interest of our peoples.", "ECOWAS", "say"),
        Q("partial", "spare no effort", "Mahmoud Ali Youssouf", "call"),
        Q("indirect", "the attack followed a pattern of killings in the region by both armed groups and pro-government militias", "Human Rights Watch", "say"),
        Q("direct", "The junta's habit of hiding the death toll only helps the killers,", "Ilaria Allegrozzi", "say"),
        Q("indirect", "it \"strongly condemns\" the attack", "France", "say"),
        Q("partial", "strongly condemns", "France", "say"),
        Q("indirect", "More than two million people have been displaced by the conflict in Burkina Faso since 2015", "United Nations", "according to"),
    ],
    dates=[
        D("the weekend", "DATE", "2026-W24-WE"),
        D("Monday", "DATE", "2026-06-15"),
        D("this year", "DATE", "2026"),
        D("Saturday afternoon", "TIME", "2026-06-13TAF"),
        D("weekly", "SET", "P1W"),
        D("Sunday", "DATE", "2026-06-14"),
        D("January 2025", "DATE", "2025-01"),
        D("2023", "DATE", "2023"),
        D("2015", "DATE", "2015"),
    ],
    stances=[
        S("Burkina Faso", "accuse", "gunmen", evidence="\"terrorist hordes\" had attacked the village"),
        S("Volker Türk", "concern", None, "killings", "he was \"horrified\" by the killings"),
        S("Volker Türk", "appeal", None, "investigation", "called for a \"prompt, impartial and transparent investigation.\""),
        S("Alliance of Sahel States", "condemn", "gunmen", evidence="condemned \"this cowardly and barbaric act\""),
        S("Alliance of Sahel States", "support", "Burkina Faso", evidence="expressed its solidarity with the Burkinabe people"),
        S("ECOWAS", "condemn", "gunmen", evidence="also condemned the massacre"),
        S("ECOWAS", "support", None, evidence="offered its \"full support\" to the victims' families"),
        S("ECOWAS", "mediate", None, "security cooperation", "it remained open to cooperating with the Sahel states on security"),
        S("Mahmoud Ali Youssouf", "appeal", "Burkina Faso", "find the perpetrators", "called on the authorities to \"spare no effort\""),
        S("Mahmoud Ali Youssouf", "appeal", "international community", "humanitarian assistance", "urged the international community to step up humanitarian assistance"),
        S("Human Rights Watch", "accuse", "armed groups", evidence="a pattern of killings in the region by both armed groups and pro-government militias"),
        S("Human Rights Watch", "accuse", "pro-government militias", evidence="a pattern of killings in the region by both armed groups and pro-government militias"),
        S("Human Rights Watch", "appeal", "Burkina Faso", "access for investigators", "urged the government to allow independent investigators access"),
        S("Ilaria Allegrozzi", "criticize", "Burkina Faso", evidence="The junta's habit of hiding the death toll only helps the killers"),
        S("France", "condemn", "gunmen", evidence="it \"strongly condemns\" the attack"),
    ],
    notes="Invented article (third held-out set). 'The government of Captain Ibrahim Traore' is Burkina Faso, as are "
          "'the junta', 'the authorities' and 'the army'. The gunmen are unidentified: JNIM is mentioned as active in the "
          "area, not blamed, so no stance targets it. Russia 'did not comment': no stance. ECOWAS's openness to security "
          "cooperation is filed as mediate (AGREE/COOPERATE).",
)


# --------------------------------------------------------------------------- 6. hijacking, Gulf of Aden
SHIP = """ date 2026-03-30 Somali pirates hijacked a Liberian-flagged bulk carrier with 21 crew on board in the Gulf of Aden on Sunday, the European Union's naval force said, the latest in a string of attacks that have revived fears for one of the world's busiest shipping lanes.

The MV Orion Star, carrying iron ore from Brazil to China, was boarded by around a dozen armed men about 240 nautical miles east of Bosaso shortly after 9 a.m., the EU's Operation Atalanta said in a statement on Monday. The vessel was last reported heading towards the Somali coast.

The ship's Greek operator, Aegean Bulk Management, said it had lost contact with the crew, 17 of whom are Filipino and four Ukrainian. "Our absolute priority is the safety of our seafarers. We are in contact with the relevant authorities and their families," the company said.

The Philippines' Department of Migrant Workers said it was "closely monitoring" the situation and had asked the Greek operator to keep families informed.

Somalia's federal government condemned the hijacking as "a criminal act that tarnishes the image of the Somali people" and said it was coordinating with international naval forces to secure the crew's release. Authorities in the semi-autonomous region of Puntland said their maritime police were tracking the ship.

Mohamed Abdi, a Puntland fisheries official, told Reuters by telephone that the pirates were believed to be from a group based near Eyl that had been "quiet for several years."

India's navy, which has several warships deployed in the region, said it had dispatched a frigate to shadow the vessel. "We stand ready to assist if requested," a navy spokesman said.

The International Maritime Organization's Secretary-General Arsenio Dominguez urged flag states to ensure ships passing through the area follow recommended security practices, and called on the crews of all vessels to report suspicious approaches immediately.

Liberia, where the ship is registered, said it was working with the EU and the operator. The Greek shipping ministry did not comment.

Piracy off Somalia peaked in 2011, when gangs attacked more than 200 ships, but had largely disappeared until late 2023, when attacks resumed as international navies shifted their attention to the Red Sea.

A European naval officer, who spoke on condition of anonymity because he was not authorised to brief the media, warned that a military rescue was "not on the table for now" given the number of hostages. "Any operation would put the crew at unacceptable risk," he said."""

NOW = SHIP.count("now", 0, SHIP.index("for now"))  # occurrences of "now" before "for now"

build(
    "hijacking-somalia-2026-03-30", SHIP,
    actors=[
        A("Somali pirates", "group", "SOM", aliases=["pirates", "armed men"]),
        A("Liberia", "country", "LBR", aliases=["Liberian"]),
        A("Operation Atalanta", "organization", None, aliases=["European Union's naval force", "EU's Operation Atalanta"], organization="European Union"),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Aegean Bulk Management", "organization", "GRC", aliases=["operator", "the company"]),
        A("Greece", "country", "GRC", aliases=["Greek", "Greek shipping ministry"]),
        A("Philippines", "country", "PHL", aliases=["Philippines' Department of Migrant Workers", "Filipino"]),
        A("Somalia", "country", "SOM", aliases=["Somali", "Somalia's federal government"]),
        A("Puntland", "organization", "SOM", aliases=["Authorities in the semi-autonomous region of Puntland", "maritime police"]),
        A("Mohamed Abdi", "person", "SOM", "Puntland fisheries official", ["Abdi"]),
        A("Reuters", "organization", "GBR", aliases=[]),
        A("India", "country", "IND", aliases=["India's navy"]),
        A("Indian navy spokesman", "person", "IND", "navy spokesman", ["navy spokesman"], anonymous=True),
        A("International Maritime Organization", "organization", None, aliases=["IMO"]),
        A("Arsenio Dominguez", "person", None, "Secretary-General", ["Dominguez"], organization="International Maritime Organization"),
        A("European naval officer", "person", None, "naval officer", ["naval officer"], anonymous=True),
    ],
    quotes=[
        Q("indirect", "Somali pirates hijacked a Liberian-flagged bulk carrier with 21 crew on board in the Gulf of Aden on Sunday", "Operation Atalanta", "say"),
        Q("indirect", "The MV Orion Star, carrying iron ore from Brazil to China, was boarded by around a dozen armed men about 240 nautical miles east of Bosaso shortly after 9 a.m.", "Operation Atalanta", "say", "statement"),
        Q("indirect", "it had lost contact with the crew, 17 of whom are Filipino and four Ukrainian", "Aegean Bulk Management", "say"),
        Q("direct", "Our absolute priority is the safety of our seafarers. We are in contact with the relevant authorities and their families,", "Aegean Bulk Management", "say"),
        Q("indirect", "it was \"closely monitoring\" the situation and had asked the Greek operator to keep families informed", "Philippines", "say"),
        Q("partial", "closely monitoring", "Philippines", "say"),
        Q("partial", "a criminal act that tarnishes the image of the Somali people", "Somalia", "condemn"),
        Q("indirect", "it was coordinating with international naval forces to secure the crew's release", "Somalia", "say"),
        Q("indirect", "their maritime police were tracking the ship", "Puntland", "say"),
        Q("indirect", "the pirates were believed to be from a group based near Eyl that had been \"quiet for several years.\"", "Mohamed Abdi", "tell", "phone call"),
        Q("partial", "quiet for several years.", "Mohamed Abdi", "tell", "phone call"),
        Q("indirect", "it had dispatched a frigate to shadow the vessel", "India", "say"),
        Q("direct", "We stand ready to assist if requested,", "Indian navy spokesman", "say"),
        Q("indirect", "it was working with the EU and the operator", "Liberia", "say"),
        Q("indirect", "a military rescue was \"not on the table for now\" given the number of hostages", "European naval officer", "warn"),
        Q("partial", "not on the table for now", "European naval officer", "warn"),
        Q("direct", "Any operation would put the crew at unacceptable risk,", "European naval officer", "say"),
    ],
    dates=[
        D("Sunday", "DATE", "2026-03-29"),
        D("9 a.m.", "TIME", "2026-03-29T09:00"),
        D("Monday", "DATE", "2026-03-30"),
        D("several years", "DURATION", "PXY"),
        D("2011", "DATE", "2011"),
        D("late 2023", "DATE", "2023"),
        D("now", "DATE", "PRESENT_REF", NOW),
    ],
    stances=[
        S("Philippines", "appeal", "Aegean Bulk Management", "keep families informed", "had asked the Greek operator to keep families informed"),
        S("Somalia", "condemn", "Somali pirates", evidence="condemned the hijacking as \"a criminal act"),
        S("India", "support", None, evidence="We stand ready to assist if requested"),
        S("Arsenio Dominguez", "appeal", None, "security practices", "urged flag states to ensure ships passing through the area follow recommended security practices"),
        S("Arsenio Dominguez", "appeal", None, "report suspicious approaches", "called on the crews of all vessels to report suspicious approaches"),
        S("Liberia", "consult", "European Union", evidence="it was working with the EU and the operator"),
    ],
    notes="Invented article (third held-out set). The EU naval force is Operation Atalanta, its own actor. Brazil, China "
          "and the crew's nationalities (Filipino, Ukrainian) are places and adjectives here, not actors; the Philippines "
          "acts through its Department of Migrant Workers. The navy spokesman speaks for India: the offer is India's. "
          "The Greek shipping ministry 'did not comment': no stance. The officer's warning is no threat.",
)

if __name__ == "__main__":
    WRITER.report()
