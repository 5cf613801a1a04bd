"""Builds the generalisation articles (NAME.txt) and their hand-written gold (NAME.gold.json).

The annotation lives here as data so that offsets are computed, never typed: a quote or date
is given by its text and, where the same words occur more than once, by its occurrence
number (0-based). Run `python tests/generalization/build_gold.py` after editing.
Conventions follow ../shared/eval/GOLD_FORMAT.md and the reference gold.
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


# --------------------------------------------------------------------------- 1. coup, West Africa
COUP = """ date 2024-05-16 West African leaders on Thursday condemned a military coup in Sierra Leone and demanded the immediate release of President Julius Maada Bio, who has been held by mutinous soldiers since Wednesday.

Soldiers led by Colonel Abdul Kamara seized the state broadcaster in Freetown and announced on television that they had dissolved the government and suspended the constitution.

The Economic Community of West African States (ECOWAS) said in a statement that it "condemns in the strongest terms this unconstitutional change of government" and warned that it would impose sanctions if constitutional order was not restored within 72 hours.

\u201cWe will not accept a return to the era of coups in our region,\u201d Nigerian President Bola Tinubu, who chairs the bloc, told reporters in Abuja. \u201cThe soldiers must return to their barracks.\u201d

The African Union suspended Sierra Leone from all its activities, according to a communique issued after an emergency meeting of its Peace and Security Council late on Wednesday.

African Union Commission chairperson Moussa Faki Mahamat expressed deep concern about the safety of the president and his family and urged the soldiers to "exercise restraint."

UN Secretary-General Antonio Guterres "strongly condemns" the seizure of power, his spokesman Stephane Dujarric said.

"The Secretary-General calls for the immediate and unconditional release of President Bio and for the full restoration of constitutional order," Dujarric told a news briefing in New York.

Former colonial power Britain said it was "deeply troubled" by the events. Foreign Secretary David Cameron wrote on X, formerly Twitter, that he had spoken with regional leaders and that London stood "shoulder to shoulder" with ECOWAS.

The coup leaders rejected the ultimatum. "Nobody will dictate to the people of Sierra Leone how they should be governed," said Kamara, who accused the ousted government of rigging last year's elections.

Sierra Leone has been relatively stable since the end of its civil war in 2002, but tensions have risen since a failed attempt to storm an army barracks in November 2023. The opposition has boycotted parliament for months.

ECOWAS heads of state will hold an extraordinary summit next week, a senior official of the bloc said on condition of anonymity."""

build(
    "coup-sierraleone-2024-05-16", COUP,
    actors=[
        A("Sierra Leone", "country", "SLE", aliases=["Freetown"]),
        A("Julius Maada Bio", "person", "SLE", "President", ["Bio", "President Bio"]),
        A("coup leaders", "group", "SLE", aliases=["mutinous soldiers", "soldiers", "Soldiers"]),
        A("Abdul Kamara", "person", "SLE", "Colonel", ["Kamara"]),
        A("West African leaders", "group", None, aliases=[]),
        A("ECOWAS", "organization", None, aliases=["Economic Community of West African States", "bloc"]),
        A("Nigeria", "country", "NGA", aliases=["Nigerian", "Abuja"]),
        A("Bola Tinubu", "person", "NGA", "President", ["Tinubu"]),
        A("African Union", "organization", None, aliases=["AU", "Peace and Security Council", "African Union Commission"]),
        A("Moussa Faki Mahamat", "person", None, "African Union Commission chairperson", ["Moussa Faki", "Faki", "Mahamat"], organization="African Union"),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres", "Secretary-General"], organization="United Nations"),
        A("Stephane Dujarric", "person", None, "spokesman", ["Dujarric"], organization="United Nations"),
        A("Britain", "country", "GBR", aliases=["London", "United Kingdom", "British"]),
        A("David Cameron", "person", "GBR", "Foreign Secretary", ["Cameron"]),
        A("opposition", "group", "SLE", aliases=["The opposition"]),
        A("ECOWAS senior official", "person", None, "senior official", ["senior official"], organization="ECOWAS", anonymous=True),
    ],
    quotes=[
        Q("indirect", "they had dissolved the government and suspended the constitution", "coup leaders", "announce", "television"),
        Q("partial", "condemns in the strongest terms this unconstitutional change of government", "ECOWAS", "say", "statement"),
        Q("indirect", "it would impose sanctions if constitutional order was not restored within 72 hours", "ECOWAS", "warn", "statement"),
        Q("direct", "We will not accept a return to the era of coups in our region,", "Bola Tinubu", "tell"),
        Q("direct", "The soldiers must return to their barracks.", "Bola Tinubu", "tell"),
        Q("indirect", "The African Union suspended Sierra Leone from all its activities", "African Union", "according to", "statement"),
        Q("partial", "exercise restraint.", "Moussa Faki Mahamat", "urge"),
        Q("indirect", "UN Secretary-General Antonio Guterres \"strongly condemns\" the seizure of power", "Stephane Dujarric", "say"),
        Q("partial", "strongly condemns", "Stephane Dujarric", "say"),
        Q("direct", "The Secretary-General calls for the immediate and unconditional release of President Bio and for the full restoration of constitutional order,", "Stephane Dujarric", "tell", "press conference"),
        Q("partial", "deeply troubled", "Britain", "say"),
        Q("indirect", "he had spoken with regional leaders and that London stood \"shoulder to shoulder\" with ECOWAS", "David Cameron", "write", "twitter"),
        Q("partial", "shoulder to shoulder", "David Cameron", "write", "twitter"),
        Q("direct", "Nobody will dictate to the people of Sierra Leone how they should be governed,", "Abdul Kamara", "say"),
        Q("indirect", "ECOWAS heads of state will hold an extraordinary summit next week", "ECOWAS senior official", "say"),
    ],
    dates=[
        D("Thursday", "DATE", "2024-05-16"),
        D("Wednesday", "DATE", "2024-05-15", 0),
        D("72 hours", "DURATION", "PT72H"),
        D("Wednesday", "DATE", "2024-05-15", 1),
        D("last year", "DATE", "2023"),
        D("2002", "DATE", "2002"),
        D("November 2023", "DATE", "2023-11"),
        D("for months", "DURATION", "PXM"),
        D("next week", "DATE", "2024-W21"),
    ],
    stances=[
        S("West African leaders", "condemn", "coup leaders", evidence="West African leaders on Thursday condemned a military coup"),
        S("West African leaders", "demand", None, "release of President Bio", "demanded the immediate release of President Julius Maada Bio"),
        S("ECOWAS", "condemn", "coup leaders", evidence="condemns in the strongest terms this unconstitutional change of government"),
        S("ECOWAS", "threaten", "coup leaders", "sanctions", "warned that it would impose sanctions"),
        S("Bola Tinubu", "demand", "coup leaders", "return to barracks", "The soldiers must return to their barracks."),
        S("Moussa Faki Mahamat", "concern", None, "safety of the president", "expressed deep concern about the safety of the president"),
        S("Moussa Faki Mahamat", "appeal", "coup leaders", "restraint", "urged the soldiers to \"exercise restraint.\""),
        S("Antonio Guterres", "condemn", "coup leaders", evidence="\"strongly condemns\" the seizure of power"),
        S("Antonio Guterres", "appeal", None, "release of President Bio", "The Secretary-General calls for the immediate and unconditional release of President Bio"),
        S("Britain", "concern", None, "the events", "\"deeply troubled\" by the events"),
        S("David Cameron", "consult", None, evidence="he had spoken with regional leaders"),
        S("David Cameron", "support", "ECOWAS", evidence="London stood \"shoulder to shoulder\" with ECOWAS"),
        S("coup leaders", "reject", "ECOWAS", evidence="The coup leaders rejected the ultimatum."),
        S("Abdul Kamara", "accuse", None, evidence="accused the ousted government of rigging last year's elections"),
    ],
    notes="Invented article (generalisation audit). The UN Secretary-General's position is reported by his spokesman: "
          "the quotes are Dujarric's, the stances Guterres's. 'the bloc' is ECOWAS.",
)


# --------------------------------------------------------------------------- 2. missile test, East Asia
MISSILE = """ date 2025-03-11 North Korea fired what appeared to be an intercontinental ballistic missile into the sea off Japan's northern coast on Tuesday, drawing swift condemnation from Tokyo, Seoul and Washington.

The missile flew for about 70 minutes and reached an altitude of more than 6,000 kilometres before splashing down inside Japan's exclusive economic zone, South Korea's Joint Chiefs of Staff said.

Japanese Prime Minister Shigeru Ishiba called the launch "an outrageous act that threatens the peace and security of our country, the region and the international community."

"We have lodged a strong protest with North Korea through our embassy in Beijing," Chief Cabinet Secretary Yoshimasa Hayashi told a regular news conference, adding that Tokyo would work closely with its allies.

South Korea's acting president Choi Sang-mok convened an emergency meeting of the National Security Council and ordered the military to maintain a firm readiness posture, his office said.

The US Indo-Pacific Command said the launch did not pose an immediate threat to American territory but "highlights the destabilising impact" of Pyongyang's weapons programme. Washington remained committed to the defence of its allies, it added.

China, Pyongyang's main diplomatic and economic backer, urged all parties to show restraint.

\u201cThe situation on the peninsula is complex and sensitive,\u201d foreign ministry spokeswoman Mao Ning told reporters in Beijing. \u201cWe hope that all sides will address their legitimate concerns through dialogue.\u201d

Asked whether Beijing had been informed in advance, she declined to comment.

The 10-member Association of Southeast Asian Nations said in a statement that its foreign ministers were "gravely concerned" and called on Pyongyang to comply with UN Security Council resolutions.

North Korea's official Korean Central News Agency said leader Kim Jong Un had personally overseen the test, which it described as a "necessary response" to joint military drills by the United States and South Korea that began on March 3 and are due to run until next month.

Kim has repeatedly rejected offers of talks since his second summit with then US president Donald Trump collapsed in 2019, and Pyongyang has been under UN sanctions for years over its nuclear programme.

It was the country's third launch this year. Two days ago, Kim's sister Kim Yo Jong threatened "overwhelming" action against what she called provocations."""

build(
    "missile-northkorea-2025-03-11", MISSILE,
    actors=[
        A("North Korea", "country", "PRK", aliases=["Pyongyang", "North Korean"]),
        A("Japan", "country", "JPN", aliases=["Tokyo", "Japanese"]),
        A("South Korea", "country", "KOR", aliases=["Seoul", "South Korean"]),
        A("United States", "country", "USA", aliases=["Washington", "US", "American"]),
        A("Joint Chiefs of Staff", "organization", "KOR", aliases=["South Korea's Joint Chiefs of Staff"]),
        A("Shigeru Ishiba", "person", "JPN", "Prime Minister", ["Ishiba"]),
        A("Yoshimasa Hayashi", "person", "JPN", "Chief Cabinet Secretary", ["Hayashi"]),
        A("Choi Sang-mok", "person", "KOR", "acting president", ["Choi"]),
        A("National Security Council", "organization", "KOR", aliases=[]),
        A("US Indo-Pacific Command", "organization", "USA", aliases=["Indo-Pacific Command"]),
        A("China", "country", "CHN", aliases=["Beijing", "Chinese"]),
        A("Mao Ning", "person", "CHN", "foreign ministry spokeswoman", ["Mao"]),
        A("ASEAN", "organization", None, aliases=["Association of Southeast Asian Nations"]),
        A("United Nations", "organization", None, aliases=["UN", "UN Security Council", "United Nations Security Council"]),
        A("Korean Central News Agency", "organization", "PRK", aliases=["KCNA"]),
        A("Kim Jong Un", "person", "PRK", "leader", ["Kim"]),
        A("Donald Trump", "person", "USA", "president", ["Trump"]),
        A("Kim Yo Jong", "person", "PRK", "sister of Kim Jong Un", []),
    ],
    quotes=[
        Q("indirect", "The missile flew for about 70 minutes and reached an altitude of more than 6,000 kilometres before splashing down inside Japan's exclusive economic zone", "Joint Chiefs of Staff", "say"),
        Q("partial", "an outrageous act that threatens the peace and security of our country, the region and the international community.", "Shigeru Ishiba", "call"),
        Q("direct", "We have lodged a strong protest with North Korea through our embassy in Beijing,", "Yoshimasa Hayashi", "tell", "press conference"),
        Q("indirect", "Tokyo would work closely with its allies", "Yoshimasa Hayashi", "add", "press conference"),
        Q("indirect", "South Korea's acting president Choi Sang-mok convened an emergency meeting of the National Security Council and ordered the military to maintain a firm readiness posture", "Choi Sang-mok", "say", optional=True),
        Q("indirect", "the launch did not pose an immediate threat to American territory but \"highlights the destabilising impact\" of Pyongyang's weapons programme", "US Indo-Pacific Command", "say"),
        Q("partial", "highlights the destabilising impact", "US Indo-Pacific Command", "say"),
        Q("indirect", "Washington remained committed to the defence of its allies", "US Indo-Pacific Command", "add"),
        Q("direct", "The situation on the peninsula is complex and sensitive,", "Mao Ning", "tell", "press conference"),
        Q("direct", "We hope that all sides will address their legitimate concerns through dialogue.", "Mao Ning", "tell", "press conference"),
        Q("indirect", "its foreign ministers were \"gravely concerned\"", "ASEAN", "say", "statement"),
        Q("partial", "gravely concerned", "ASEAN", "say", "statement"),
        Q("indirect", "leader Kim Jong Un had personally overseen the test", "Korean Central News Agency", "say"),
        Q("partial", "necessary response", "Korean Central News Agency", "describe"),
        Q("partial", "overwhelming", "Kim Yo Jong", "threaten"),
    ],
    dates=[
        D("Tuesday", "DATE", "2025-03-11"),
        D("about 70 minutes", "DURATION", "PT70M"),
        D("March 3", "DATE", "2025-03-03"),
        D("next month", "DATE", "2025-04"),
        D("2019", "DATE", "2019"),
        D("for years", "DURATION", "PXY"),
        D("this year", "DATE", "2025"),
        D("Two days ago", "DATE", "2025-03-09"),
    ],
    stances=[
        S("Japan", "condemn", "North Korea", evidence="drawing swift condemnation from Tokyo, Seoul and Washington"),
        S("South Korea", "condemn", "North Korea", evidence="drawing swift condemnation from Tokyo, Seoul and Washington"),
        S("United States", "condemn", "North Korea", evidence="drawing swift condemnation from Tokyo, Seoul and Washington"),
        S("Shigeru Ishiba", "condemn", "North Korea", evidence="called the launch \"an outrageous act"),
        S("Yoshimasa Hayashi", "accuse", "North Korea", evidence="We have lodged a strong protest with North Korea"),
        S("US Indo-Pacific Command", "criticize", "North Korea", evidence="\"highlights the destabilising impact\" of Pyongyang's weapons programme"),
        S("US Indo-Pacific Command", "support", None, evidence="Washington remained committed to the defence of its allies"),
        S("China", "appeal", None, "restraint", "urged all parties to show restraint"),
        S("Mao Ning", "appeal", None, "dialogue", "We hope that all sides will address their legitimate concerns through dialogue."),
        S("ASEAN", "concern", None, "launch", "its foreign ministers were \"gravely concerned\""),
        S("ASEAN", "demand", "North Korea", "comply with UN Security Council resolutions", "called on Pyongyang to comply with UN Security Council resolutions"),
        S("Kim Jong Un", "reject", None, "talks", "Kim has repeatedly rejected offers of talks"),
        S("Kim Yo Jong", "threaten", None, evidence="threatened \"overwhelming\" action"),
    ],
    notes="Invented article (generalisation audit). 'his office said' reports Choi's actions: the indirect quote is optional. "
          "Kim Jong Un and Kim Yo Jong share a surname.",
)


# --------------------------------------------------------------------------- 3. border war, South America
BORDER = """ date 2024-02-18 Brazilian President Luiz Inacio Lula da Silva offered on Sunday to mediate between Venezuela and Guyana after two days of deadly clashes along their disputed border, as regional governments scrambled to prevent the fighting from spreading.

At least 14 soldiers have been killed since Friday in the Essequibo region, a vast, oil-rich territory administered by Guyana but claimed by Caracas, according to figures released by both armies.

"Brazil is ready to host talks between the two sides at any time and in any place they choose," Lula told reporters in Brasilia. "South America must remain a zone of peace."

Guyanese President Irfaan Ali accused Venezuela of launching an "unprovoked and illegal invasion" and said his government had asked the UN Security Council to convene on Monday.

"Guyana will defend every inch of its territory," Ali said in a televised address late on Saturday.

In Caracas, Venezuelan President Nicolas Maduro denied that his troops had crossed the border and blamed Guyanese forces for firing first. He rejected any role for the International Court of Justice, which has been examining the dispute since 2018, saying Venezuela "will never recognise" its jurisdiction.

Colombia's foreign ministry called on both governments to "immediately cease hostilities" and said it was ready to support any regional initiative.

The United States, which has a defence cooperation agreement with Georgetown, demanded that Venezuela withdraw its forces and threatened to reimpose oil sanctions that it eased in October.

"We stand firmly with Guyana and its people," said State Department spokesman Matthew Miller.

Leaders of the Caribbean Community (CARICOM) will meet on Wednesday in an emergency session, the bloc's secretariat said.

Organization of American States Secretary General Luis Almagro welcomed Lula's offer and called for "maximum restraint".

A senior Brazilian official, speaking on condition of anonymity, said Lula had already held talks with Maduro by phone on Saturday and planned to call Ali later on Sunday.

Venezuela held a referendum in December in which voters backed the creation of a Venezuelan state in Essequibo, and the two countries have traded accusations for months."""

build(
    "border-venezuela-guyana-2024-02-18", BORDER,
    actors=[
        A("Brazil", "country", "BRA", aliases=["Brazilian", "Brasilia"]),
        A("Luiz Inacio Lula da Silva", "person", "BRA", "President", ["Lula", "Lula da Silva"]),
        A("Venezuela", "country", "VEN", aliases=["Caracas", "Venezuelan"]),
        A("Guyana", "country", "GUY", aliases=["Georgetown", "Guyanese"]),
        A("Irfaan Ali", "person", "GUY", "President", ["Ali"]),
        A("Nicolas Maduro", "person", "VEN", "President", ["Maduro"]),
        A("United Nations", "organization", None, aliases=["UN", "UN Security Council", "United Nations Security Council"]),
        A("International Court of Justice", "organization", None, aliases=["ICJ"]),
        A("Colombia", "country", "COL", aliases=["Colombian"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "State Department"]),
        A("Matthew Miller", "person", "USA", "State Department spokesman", ["Miller"]),
        A("CARICOM", "organization", None, aliases=["Caribbean Community", "bloc"]),
        A("Organization of American States", "organization", None, aliases=["OAS"]),
        A("Luis Almagro", "person", None, "Secretary General", ["Almagro"], organization="Organization of American States"),
        A("senior Brazilian official", "person", "BRA", "senior official", ["senior official"], anonymous=True),
    ],
    quotes=[
        Q("direct", "Brazil is ready to host talks between the two sides at any time and in any place they choose,", "Luiz Inacio Lula da Silva", "tell"),
        Q("direct", "South America must remain a zone of peace.", "Luiz Inacio Lula da Silva", "tell"),
        Q("partial", "unprovoked and illegal invasion", "Irfaan Ali", "accuse"),
        Q("indirect", "his government had asked the UN Security Council to convene on Monday", "Irfaan Ali", "say"),
        Q("direct", "Guyana will defend every inch of its territory,", "Irfaan Ali", "say", "television"),
        Q("indirect", "his troops had crossed the border", "Nicolas Maduro", "deny"),
        Q("indirect", "Venezuela \"will never recognise\" its jurisdiction", "Nicolas Maduro", "say"),
        Q("partial", "will never recognise", "Nicolas Maduro", "say"),
        Q("partial", "immediately cease hostilities", "Colombia", "call"),
        Q("indirect", "it was ready to support any regional initiative", "Colombia", "say"),
        Q("direct", "We stand firmly with Guyana and its people,", "Matthew Miller", "say"),
        Q("indirect", "Leaders of the Caribbean Community (CARICOM) will meet on Wednesday in an emergency session", "CARICOM", "say"),
        Q("partial", "maximum restraint", "Luis Almagro", "call"),
        Q("indirect", "Lula had already held talks with Maduro by phone on Saturday and planned to call Ali later on Sunday", "senior Brazilian official", "say"),
    ],
    dates=[
        D("Sunday", "DATE", "2024-02-18", 0),
        D("two days", "DURATION", "P2D"),
        D("Friday", "DATE", "2024-02-16"),
        D("Monday", "DATE", "2024-02-19"),
        D("Saturday", "DATE", "2024-02-17", 0),
        D("2018", "DATE", "2018"),
        D("October", "DATE", "2023-10"),
        D("Wednesday", "DATE", "2024-02-21"),
        D("Saturday", "DATE", "2024-02-17", 1),
        D("Sunday", "DATE", "2024-02-18", 1),
        D("December", "DATE", "2023-12"),
        D("for months", "DURATION", "PXM"),
    ],
    stances=[
        S("Luiz Inacio Lula da Silva", "mediate", None, "negotiations", "offered on Sunday to mediate between Venezuela and Guyana"),
        S("Irfaan Ali", "accuse", "Venezuela", evidence="accused Venezuela of launching an \"unprovoked and illegal invasion\""),
        S("Irfaan Ali", "appeal", "United Nations", "convene", "asked the UN Security Council to convene"),
        S("Nicolas Maduro", "reject", None, evidence="denied that his troops had crossed the border"),
        S("Nicolas Maduro", "accuse", "Guyana", evidence="blamed Guyanese forces for firing first"),
        S("Nicolas Maduro", "reject", "International Court of Justice", evidence="rejected any role for the International Court of Justice"),
        S("Colombia", "appeal", "Venezuela", "ceasefire", "called on both governments to \"immediately cease hostilities\""),
        S("Colombia", "appeal", "Guyana", "ceasefire", "called on both governments to \"immediately cease hostilities\""),
        S("United States", "demand", "Venezuela", "withdraw its forces", "demanded that Venezuela withdraw its forces"),
        S("United States", "threaten", "Venezuela", "sanctions", "threatened to reimpose oil sanctions"),
        S("Matthew Miller", "support", "Guyana", evidence="We stand firmly with Guyana and its people"),
        S("Luis Almagro", "welcome", "Luiz Inacio Lula da Silva", evidence="welcomed Lula's offer"),
        S("Luis Almagro", "appeal", None, "restraint", "called for \"maximum restraint\""),
        S("Luiz Inacio Lula da Silva", "consult", "Nicolas Maduro", evidence="Lula had already held talks with Maduro by phone"),
    ],
    notes="Invented article (generalisation audit). 'the bloc's secretariat' speaks for CARICOM. "
          "'in October' (past tense) is October of the previous year; 'on Monday'/'on Wednesday' are future.",
)


# --------------------------------------------------------------------------- 4. attack on an embassy
EMBASSY = """ date 2025-06-19 Pakistan demanded on Thursday that Afghanistan's Taliban authorities track down and punish the attackers behind a deadly assault on its embassy in Kabul, in which a security guard was killed and two diplomats were wounded.

Gunmen opened fire on the compound on Wednesday afternoon from a nearby building before being repelled by Afghan police, according to Kabul police spokesman Khalid Zadran.

The Islamic State group's regional affiliate, known as Islamic State-Khorasan, claimed responsibility in a statement posted on Telegram.

Prime Minister Shehbaz Sharif denounced what he called a \u2018cowardly and heinous\u2019 attack. \u201cThe safety of our diplomats is non-negotiable, and the interim Afghan government must ensure that the perpetrators are brought to justice without delay,\u201d he wrote on X, formerly Twitter.

Foreign Office spokeswoman Mumtaz Zahra Baloch was blunt at her weekly briefing: \u201cOur patience is not unlimited.\u201d She said Islamabad had summoned the Afghan charge d'affaires to lodge a formal protest and was reviewing the security of its mission.

Taliban spokesman Zabihullah Mujahid condemned the attack and said security forces had launched an investigation. \u201cWe will not allow anyone to use Afghan soil against neighbouring countries,\u201d Mujahid told AFP.

The United Nations Assistance Mission in Afghanistan (UNAMA) said it was \u201cappalled\u201d by the violence and stressed that \u201cdiplomatic premises must be protected under all circumstances.\u201d

Qatar, which has hosted talks between the Taliban and Western governments, also condemned the attack, while China's foreign ministry said Beijing \u201cfirmly opposes all forms of terrorism\u201d and offered its condolences to Pakistan.

Relations between Islamabad and Kabul have been strained for years over cross-border militancy, and Pakistan has accused the Taliban of sheltering fighters of the Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), a charge Kabul rejects.

Last week, Pakistani and Afghan officials held talks in Doha aimed at reopening the main Torkham border crossing, which was shut earlier this month after an exchange of fire.

The embassy, which reopened in 2022 after a previous attack wounded Pakistan's head of mission, will remain open, the Foreign Office said."""

build(
    "embassy-kabul-2025-06-19", EMBASSY,
    actors=[
        A("Pakistan", "country", "PAK", aliases=["Islamabad", "Pakistani"]),
        A("Afghanistan", "country", "AFG", aliases=["Kabul", "Afghan"]),
        A("Taliban", "organization", "AFG", aliases=["Taliban authorities", "Afghanistan's Taliban authorities", "interim Afghan government"]),
        A("Khalid Zadran", "person", "AFG", "Kabul police spokesman", ["Zadran"]),
        A("Islamic State-Khorasan", "group", None, aliases=["Islamic State group", "Islamic State", "IS-K", "ISIS-K"]),
        A("Shehbaz Sharif", "person", "PAK", "Prime Minister", ["Sharif"]),
        A("Mumtaz Zahra Baloch", "person", "PAK", "Foreign Office spokeswoman", ["Baloch"]),
        A("Zabihullah Mujahid", "person", "AFG", "Taliban spokesman", ["Mujahid"], organization="Taliban"),
        A("UNAMA", "organization", None, aliases=["United Nations Assistance Mission in Afghanistan"]),
        A("Qatar", "country", "QAT", aliases=["Doha", "Qatari"]),
        A("China", "country", "CHN", aliases=["Beijing", "Chinese"]),
        A("Tehreek-e-Taliban Pakistan", "group", "PAK", aliases=["TTP", "Pakistani Taliban"]),
    ],
    quotes=[
        Q("indirect", "Gunmen opened fire on the compound on Wednesday afternoon from a nearby building before being repelled by Afghan police", "Khalid Zadran", "according to"),
        Q("partial", "cowardly and heinous", "Shehbaz Sharif", "call"),
        Q("direct", "The safety of our diplomats is non-negotiable, and the interim Afghan government must ensure that the perpetrators are brought to justice without delay,", "Shehbaz Sharif", "write", "twitter"),
        Q("direct", "Our patience is not unlimited.", "Mumtaz Zahra Baloch", None, "press conference"),
        Q("indirect", "Islamabad had summoned the Afghan charge d'affaires to lodge a formal protest and was reviewing the security of its mission", "Mumtaz Zahra Baloch", "say", "press conference"),
        Q("indirect", "security forces had launched an investigation", "Zabihullah Mujahid", "say"),
        Q("direct", "We will not allow anyone to use Afghan soil against neighbouring countries,", "Zabihullah Mujahid", "tell", "interview"),
        Q("partial", "appalled", "UNAMA", "say"),
        Q("partial", "diplomatic premises must be protected under all circumstances.", "UNAMA", "stress"),
        Q("indirect", "Beijing \u201cfirmly opposes all forms of terrorism\u201d", "China", "say"),
        Q("partial", "firmly opposes all forms of terrorism", "China", "say"),
        Q("indirect", "The embassy, which reopened in 2022 after a previous attack wounded Pakistan's head of mission, will remain open", "Pakistan", "say"),
    ],
    dates=[
        D("Thursday", "DATE", "2025-06-19"),
        D("Wednesday afternoon", "TIME", "2025-06-18TAF"),
        D("for years", "DURATION", "PXY"),
        D("Last week", "DATE", "2025-W24"),
        D("earlier this month", "DATE", "2025-06"),
        D("2022", "DATE", "2022"),
    ],
    stances=[
        S("Pakistan", "demand", "Taliban", "punish the attackers", "demanded on Thursday that Afghanistan's Taliban authorities track down and punish the attackers"),
        S("Shehbaz Sharif", "condemn", None, evidence="denounced what he called a \u2018cowardly and heinous\u2019 attack"),
        S("Shehbaz Sharif", "demand", "Taliban", "bring perpetrators to justice", "the interim Afghan government must ensure that the perpetrators are brought to justice"),
        S("Pakistan", "accuse", "Afghanistan", "formal protest", "summoned the Afghan charge d'affaires to lodge a formal protest"),
        S("Zabihullah Mujahid", "condemn", None, evidence="Taliban spokesman Zabihullah Mujahid condemned the attack"),
        S("UNAMA", "concern", None, "violence", "said it was \u201cappalled\u201d by the violence"),
        S("UNAMA", "appeal", None, "protection of diplomatic premises", "diplomatic premises must be protected under all circumstances"),
        S("Qatar", "condemn", None, evidence="also condemned the attack"),
        S("China", "condemn", None, "terrorism", "firmly opposes all forms of terrorism"),
        S("China", "support", "Pakistan", evidence="offered its condolences to Pakistan"),
        S("Pakistan", "accuse", "Taliban", evidence="Pakistan has accused the Taliban of sheltering fighters"),
        S("Afghanistan", "reject", "Pakistan", evidence="a charge Kabul rejects"),
        S("Pakistan", "consult", "Afghanistan", evidence="Pakistani and Afghan officials held talks in Doha"),
    ],
    notes="Invented article (generalisation audit). Single curly quotes mark Sharif's partial quote; "
          "a colon introduces Baloch's quote. AFP (the agency told) is not a political actor and is not annotated.",
)


# --------------------------------------------------------------------------- 5. disputed election
ELECTION = """ date 2024-10-28 The European Union and the United States on Monday urged Georgia to investigate allegations of fraud in Saturday's parliamentary election, while President Salome Zourabichvili rejected the official results and called on supporters to rally in Tbilisi.

The ruling Georgian Dream party won 54 percent of the vote, according to the central election commission, a result the pro-Western opposition denounced as \u201cstolen\u201d.

\u201cGeorgians deserve a full and transparent investigation of all reported irregularities,\u201d the EU\u2019s foreign policy chief Josep Borrell said in a statement issued in Brussels. \u201cThe reported violations must be swiftly, transparently and independently addressed.

\u201cThe EU calls on the Georgian leadership to demonstrate its commitment to the country\u2019s European path.\u201d

US Secretary of State Antony Blinken said Washington \u201ccondemns all violations of international norms\u201d and warned that the result could affect ties. A senior State Department official told reporters that sanctions against officials involved in the vote were \u201con the table\u201d.

Hungarian Prime Minister Viktor Orban, who arrived in Tbilisi on Monday for a two-day visit, welcomed the \u201coverwhelming victory\u201d of Georgian Dream, drawing criticism from other EU capitals.

\u201cThis was a special operation of Russia,\u201d Zourabichvili told AFP in an interview, saying she did not recognise the results. \u201cWe are witnessing a Russian attempt to take our European choice away from us.\u201d

The Kremlin rejected the accusation. \u201cWe have not interfered and we do not interfere in the internal affairs of Georgia,\u201d spokesman Dmitry Peskov told reporters. \u201cThis is a practice that is characteristic of the West.\u201d

Prime Minister Irakli Kobakhidze dismissed the criticism as \u201cinterference\u201d and said the vote had been free. NATO Secretary General Mark Rutte expressed deep concern over reports of intimidation and said the alliance would discuss the situation next month.

Observers from the Organization for Security and Co-operation in Europe said on Sunday that the campaign had been marred by pressure on voters and \u201ca deeply polarised environment\u201d.

Georgia, which was granted EU candidate status last December, has seen its accession process frozen since Georgian Dream passed a controversial \u201cforeign influence\u201d law in June."""

build(
    "election-georgia-2024-10-28", ELECTION,
    actors=[
        A("European Union", "organization", None, aliases=["EU"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "State Department"]),
        A("Georgia", "country", "GEO", aliases=["Tbilisi", "Georgian", "Georgians"]),
        A("Salome Zourabichvili", "person", "GEO", "President", ["Zourabichvili"]),
        A("Georgian Dream", "organization", "GEO", aliases=["ruling Georgian Dream party", "Georgian Dream party"]),
        A("central election commission", "organization", "GEO", aliases=["election commission"]),
        A("opposition", "group", "GEO", aliases=["pro-Western opposition"]),
        A("Josep Borrell", "person", None, "foreign policy chief", ["Borrell"], organization="European Union"),
        A("Antony Blinken", "person", "USA", "Secretary of State", ["Blinken"]),
        A("senior State Department official", "person", "USA", "senior official", ["senior official"], anonymous=True),
        A("Hungary", "country", "HUN", aliases=["Hungarian"]),
        A("Viktor Orban", "person", "HUN", "Prime Minister", ["Orban"]),
        A("Russia", "country", "RUS", aliases=["Kremlin", "Russian", "Moscow"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov"]),
        A("Irakli Kobakhidze", "person", "GEO", "Prime Minister", ["Kobakhidze"]),
        A("NATO", "organization", None, aliases=["alliance", "North Atlantic Treaty Organization"]),
        A("Mark Rutte", "person", None, "Secretary General", ["Rutte"], organization="NATO"),
        A("OSCE", "organization", None, aliases=["Organization for Security and Co-operation in Europe"]),
    ],
    quotes=[
        Q("indirect", "The ruling Georgian Dream party won 54 percent of the vote", "central election commission", "according to"),
        Q("partial", "stolen", "opposition", "denounce"),
        Q("direct", "Georgians deserve a full and transparent investigation of all reported irregularities,", "Josep Borrell", "say", "statement"),
        Q("direct", "The reported violations must be swiftly, transparently and independently addressed.", "Josep Borrell", "say", "statement"),
        Q("direct", "The EU calls on the Georgian leadership to demonstrate its commitment to the country\u2019s European path.", "Josep Borrell", "say", "statement"),
        Q("indirect", "Washington \u201ccondemns all violations of international norms\u201d", "Antony Blinken", "say"),
        Q("partial", "condemns all violations of international norms", "Antony Blinken", "say"),
        Q("indirect", "the result could affect ties", "Antony Blinken", "warn"),
        Q("indirect", "sanctions against officials involved in the vote were \u201con the table\u201d", "senior State Department official", "tell"),
        Q("partial", "on the table", "senior State Department official", "tell"),
        Q("partial", "overwhelming victory", "Viktor Orban", "welcome"),
        Q("direct", "This was a special operation of Russia,", "Salome Zourabichvili", "tell", "interview"),
        Q("indirect", "she did not recognise the results", "Salome Zourabichvili", "say", "interview"),
        Q("direct", "We are witnessing a Russian attempt to take our European choice away from us.", "Salome Zourabichvili", "tell", "interview"),
        Q("direct", "We have not interfered and we do not interfere in the internal affairs of Georgia,", "Dmitry Peskov", "tell"),
        Q("direct", "This is a practice that is characteristic of the West.", "Dmitry Peskov", "tell"),
        Q("partial", "interference", "Irakli Kobakhidze", "dismiss"),
        Q("indirect", "the vote had been free", "Irakli Kobakhidze", "say"),
        Q("indirect", "the alliance would discuss the situation next month", "Mark Rutte", "say"),
        Q("indirect", "the campaign had been marred by pressure on voters and \u201ca deeply polarised environment\u201d", "OSCE", "say"),
        Q("partial", "a deeply polarised environment", "OSCE", "say"),
    ],
    dates=[
        D("Monday", "DATE", "2024-10-28", 0),
        D("Saturday", "DATE", "2024-10-26"),
        D("Monday", "DATE", "2024-10-28", 1),
        D("two-day", "DURATION", "P2D"),
        D("next month", "DATE", "2024-11"),
        D("Sunday", "DATE", "2024-10-27"),
        D("last December", "DATE", "2023-12"),
        D("June", "DATE", "2024-06"),
    ],
    stances=[
        S("European Union", "appeal", "Georgia", "investigate fraud allegations", "urged Georgia to investigate allegations of fraud"),
        S("United States", "appeal", "Georgia", "investigate fraud allegations", "urged Georgia to investigate allegations of fraud"),
        S("Salome Zourabichvili", "reject", None, "official results", "rejected the official results"),
        S("Salome Zourabichvili", "appeal", None, "rally", "called on supporters to rally in Tbilisi"),
        S("opposition", "accuse", "Georgian Dream", evidence="the pro-Western opposition denounced as \u201cstolen\u201d"),
        S("Josep Borrell", "appeal", "Georgia", "investigation", "Georgians deserve a full and transparent investigation"),
        S("Josep Borrell", "appeal", "Georgia", "European path", "The EU calls on the Georgian leadership"),
        S("Antony Blinken", "condemn", None, evidence="\u201ccondemns all violations of international norms\u201d"),
        S("Antony Blinken", "threaten", "Georgia", evidence="warned that the result could affect ties"),
        S("senior State Department official", "threaten", None, "sanctions", "sanctions against officials involved in the vote were \u201con the table\u201d"),
        S("Viktor Orban", "welcome", "Georgian Dream", evidence="welcomed the \u201coverwhelming victory\u201d of Georgian Dream"),
        S("Salome Zourabichvili", "accuse", "Russia", evidence="This was a special operation of Russia"),
        S("Russia", "reject", "Salome Zourabichvili", evidence="The Kremlin rejected the accusation."),
        S("Irakli Kobakhidze", "reject", None, evidence="dismissed the criticism as \u201cinterference\u201d"),
        S("Mark Rutte", "concern", None, "intimidation", "expressed deep concern over reports of intimidation"),
    ],
    notes="Invented article (generalisation audit). Curly quotes throughout; Borrell's quote runs over two "
          "paragraphs (the first paragraph has no closing mark) and is annotated as one quote per sentence run.",
)


# --------------------------------------------------------------------------- 6. kidnapping, Caribbean
KIDNAP = """ date 2025-11-04 The United States on Tuesday demanded the immediate release of five American missionaries kidnapped by a gang outside Port-au-Prince, as Haiti's neighbours warned that the abduction showed the country's security crisis was spiralling out of control.

The missionaries, who worked for an Ohio-based charity, were seized on Sunday evening when gunmen stopped their minibus near the town of Croix-des-Bouquets, police spokesman Garry Desrosiers said. A Haitian driver was also taken.

The Grand Ravine gang, led by Renel Destina, claimed the kidnapping in a video posted online and threatened to kill the hostages unless a ransom of $1 million was paid within a week.

"We will not rest until our citizens are home safe," Secretary of State Marco Rubio told reporters in Washington. He said he had held talks with Haiti's transitional leaders and warned the gang against harming the captives.

Haiti's Transitional Presidential Council condemned what it called "a barbaric act" and said the Haitian National Police were working with the Multinational Security Support mission to locate the victims.

Kenyan President William Ruto, whose country leads the mission, expressed solidarity with the families and said Nairobi was ready to send additional officers. "Our officers stand with the Haitian people against those who terrorise them," he wrote on X.

The Caribbean Community urged member states to step up their contributions to the mission. The bloc's chairman, Barbados Prime Minister Mia Mottley, deplored the violence and called on the international community not to "look away from Haiti".

Canada's foreign ministry said it was "deeply concerned" and had advised its citizens to leave the country. The Dominican Republic, which shares the island of Hispaniola with Haiti, said it had reinforced its border and would not accept any spillover of gang violence.

The gang rejected the claims of the Haitian authorities that it was being paid by local politicians. "Nobody pays us, nobody commands us," Destina said in the video.

UN Secretary-General Antonio Guterres did not condemn the gang by name but called for the "swift and unconditional release" of all hostages, his spokesman said.

Human Rights Watch said more than 1,500 people had been kidnapped in Haiti so far this year and accused Haitian authorities of failing to protect residents of areas controlled by gangs.

The missionaries' charity, Hope for Haiti Ministries, said it would not comment on ransom demands."""

build(
    "kidnapping-haiti-2025-11-04", KIDNAP,
    actors=[
        A("United States", "country", "USA", aliases=["US", "Washington", "American"]),
        A("Haiti", "country", "HTI", aliases=["Haitian", "Port-au-Prince", "Haitian authorities", "Haiti's transitional leaders"]),
        A("Garry Desrosiers", "person", "HTI", "police spokesman", ["Desrosiers"]),
        A("Grand Ravine gang", "group", "HTI", aliases=["gang", "The Grand Ravine gang"]),
        A("Renel Destina", "person", "HTI", "gang leader", ["Destina"], organization="Grand Ravine gang"),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["Rubio"]),
        A("Transitional Presidential Council", "organization", "HTI", aliases=["Haiti's Transitional Presidential Council"]),
        A("Haitian National Police", "organization", "HTI", aliases=["National Police"]),
        A("Multinational Security Support mission", "organization", None, aliases=["Multinational Security Support", "mission"]),
        A("Kenya", "country", "KEN", aliases=["Kenyan", "Nairobi"]),
        A("William Ruto", "person", "KEN", "President", ["Ruto"]),
        A("Caribbean Community", "organization", None, aliases=["CARICOM", "bloc"]),
        A("Barbados", "country", "BRB", aliases=["Barbadian"]),
        A("Mia Mottley", "person", "BRB", "Prime Minister", ["Mottley"], organization="Caribbean Community"),
        A("Canada", "country", "CAN", aliases=["Canadian", "Canada's foreign ministry"]),
        A("Dominican Republic", "country", "DOM", aliases=["Dominican"]),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres", "Secretary-General"], organization="United Nations"),
        A("Human Rights Watch", "organization", None, aliases=["HRW"]),
        A("Hope for Haiti Ministries", "organization", "USA", aliases=[]),
    ],
    quotes=[
        Q("indirect", "The missionaries, who worked for an Ohio-based charity, were seized on Sunday evening when gunmen stopped their minibus near the town of Croix-des-Bouquets", "Garry Desrosiers", "say"),
        Q("direct", "We will not rest until our citizens are home safe,", "Marco Rubio", "tell"),
        Q("indirect", "he had held talks with Haiti's transitional leaders", "Marco Rubio", "say"),
        Q("partial", "a barbaric act", "Transitional Presidential Council", "call"),
        Q("indirect", "the Haitian National Police were working with the Multinational Security Support mission to locate the victims", "Transitional Presidential Council", "say"),
        Q("indirect", "Nairobi was ready to send additional officers", "William Ruto", "say"),
        Q("direct", "Our officers stand with the Haitian people against those who terrorise them,", "William Ruto", "write", "twitter"),
        Q("partial", "look away from Haiti", "Mia Mottley", "call"),
        Q("indirect", "it was \"deeply concerned\" and had advised its citizens to leave the country", "Canada", "say"),
        Q("partial", "deeply concerned", "Canada", "say"),
        Q("indirect", "it had reinforced its border and would not accept any spillover of gang violence", "Dominican Republic", "say"),
        Q("direct", "Nobody pays us, nobody commands us,", "Renel Destina", "say"),
        Q("indirect", "UN Secretary-General Antonio Guterres did not condemn the gang by name but called for the \"swift and unconditional release\" of all hostages", "Antonio Guterres", "say"),
        Q("partial", "swift and unconditional release", "Antonio Guterres", "say"),
        Q("indirect", "more than 1,500 people had been kidnapped in Haiti so far this year", "Human Rights Watch", "say"),
        Q("indirect", "it would not comment on ransom demands", "Hope for Haiti Ministries", "say"),
    ],
    dates=[
        D("Tuesday", "DATE", "2025-11-04"),
        D("Sunday evening", "TIME", "2025-11-02TEV"),
        D("within a week", "DURATION", "P1W"),
        D("this year", "DATE", "2025"),
    ],
    stances=[
        S("United States", "demand", None, "release of detainees", "demanded the immediate release of five American missionaries"),
        S("Grand Ravine gang", "threaten", None, evidence="threatened to kill the hostages unless a ransom"),
        S("Marco Rubio", "consult", "Haiti", evidence="he had held talks with Haiti's transitional leaders"),
        S("Marco Rubio", "threaten", "Grand Ravine gang", evidence="warned the gang against harming the captives"),
        S("Transitional Presidential Council", "condemn", "Grand Ravine gang", evidence="condemned what it called \"a barbaric act\""),
        S("William Ruto", "support", None, evidence="expressed solidarity with the families"),
        S("William Ruto", "support", "Haiti", evidence="Our officers stand with the Haitian people"),
        S("Caribbean Community", "appeal", None, "contributions to the mission", "urged member states to step up their contributions"),
        S("Mia Mottley", "condemn", None, evidence="deplored the violence"),
        S("Mia Mottley", "appeal", None, "not look away from Haiti", "called on the international community not to \"look away from Haiti\""),
        S("Canada", "concern", None, evidence="it was \"deeply concerned\""),
        S("Grand Ravine gang", "reject", "Haiti", evidence="The gang rejected the claims of the Haitian authorities"),
        S("Antonio Guterres", "appeal", None, "release of detainees", "called for the \"swift and unconditional release\" of all hostages"),
        S("Human Rights Watch", "accuse", "Haiti", evidence="accused Haitian authorities of failing to protect residents"),
    ],
    notes="Invented article (development set, stances round 4). Guterres's position is reported by an unnamed "
          "spokesman ('his spokesman said'): quote and stances are Guterres's. 'did not condemn the gang' is no stance. "
          "'Haiti's neighbours warned that the abduction showed ...' is a warning about a situation, not a threat. "
          "The victims (missionaries, families) are not actors. 'the bloc' is the Caribbean Community.",
)


# --------------------------------------------------------------------------- 7. border war, Central Asia
BORDER_CA = """ date 2026-03-16 Russia offered on Monday to mediate between Kyrgyzstan and Tajikistan after three days of fighting along their disputed border killed at least 30 people, and urged both sides to return to the negotiating table.

Kyrgyz and Tajik troops exchanged rocket and mortar fire around the Vorukh enclave on Friday and Saturday, each accusing the other of starting the clashes. Tajik President Emomali Rahmon convened his security council on Saturday. Thousands of villagers fled on the Kyrgyz side, the Kyrgyz emergencies ministry said.

"Moscow is ready to provide a platform for talks at any level," Kremlin spokesman Dmitry Peskov told reporters, adding that President Vladimir Putin had spoken by phone with both leaders.

Kyrgyz President Sadyr Japarov accused Dushanbe of planning the attack in advance and threatened to retaliate "with all the means at our disposal" if the shelling of Kyrgyz villages did not stop. Bishkek summoned the Tajik ambassador on Sunday and handed him a note of protest.

Tajikistan's foreign ministry rejected the claims as "groundless" and said its forces had only responded to provocations. "The Kyrgyz side bears full responsibility for the bloodshed," the ministry said in a statement.

Kazakh President Kassym-Jomart Tokayev, whose country borders both, held talks with Japarov on Sunday and praised his "restraint and wisdom", his press office said. Kazakhstan's foreign ministry said it was prepared to send humanitarian aid to the affected areas.

The Collective Security Treaty Organization, a Moscow-led military alliance to which both countries belong, said it was following the situation closely. The alliance's secretary general, Imangali Tasmagambetov, urged the two governments to respect the ceasefire they had agreed to in 2022.

China, which borders both countries, called for calm. "We hope the two sides will resolve their differences through dialogue," foreign ministry spokesman Lin Jian said in Beijing.

The European Union deplored the loss of civilian life and warned against any further escalation. Western governments, which have invested heavily in the region's water and energy projects, urged restraint but have not taken sides.

Late on Monday, the two countries' security chiefs agreed to a ceasefire and to pull back heavy weapons, Kyrgyzstan's State Committee for National Security said. Tajik officials did not immediately confirm the agreement.

Turkish President Recep Tayyip Erdogan welcomed the agreement and said Ankara stood ready to help "our brothers" rebuild.

Border disputes have bedevilled relations between the two former Soviet republics since independence in 1991, as more than a third of their 970-kilometre frontier has never been demarcated."""

build(
    "border-kyrgyzstan-tajikistan-2026-03-16", BORDER_CA,
    actors=[
        A("Russia", "country", "RUS", aliases=["Kremlin", "Russian", "Moscow"]),
        A("Kyrgyzstan", "country", "KGZ", aliases=["Kyrgyz", "Bishkek", "Kyrgyz emergencies ministry", "Kyrgyz side"]),
        A("Tajikistan", "country", "TJK", aliases=["Tajik", "Dushanbe", "Tajikistan's foreign ministry"]),
        A("Emomali Rahmon", "person", "TJK", "President", ["Rahmon"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov"]),
        A("Vladimir Putin", "person", "RUS", "President", ["Putin"]),
        A("Sadyr Japarov", "person", "KGZ", "President", ["Japarov"]),
        A("Kassym-Jomart Tokayev", "person", "KAZ", "President", ["Tokayev"]),
        A("Kazakhstan", "country", "KAZ", aliases=["Kazakh", "Kazakhstan's foreign ministry"]),
        A("Collective Security Treaty Organization", "organization", None, aliases=["CSTO", "alliance"]),
        A("Imangali Tasmagambetov", "person", None, "secretary general", ["Tasmagambetov"], organization="Collective Security Treaty Organization"),
        A("China", "country", "CHN", aliases=["Beijing", "Chinese"]),
        A("Lin Jian", "person", "CHN", "foreign ministry spokesman", ["Lin"]),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Western governments", "group", None, aliases=[]),
        A("State Committee for National Security", "organization", "KGZ", aliases=["Kyrgyzstan's State Committee for National Security"]),
        A("Turkey", "country", "TUR", aliases=["Turkish", "Ankara"]),
        A("Recep Tayyip Erdogan", "person", "TUR", "President", ["Erdogan"]),
    ],
    quotes=[
        Q("indirect", "Thousands of villagers fled on the Kyrgyz side", "Kyrgyzstan", "say"),
        Q("direct", "Moscow is ready to provide a platform for talks at any level,", "Dmitry Peskov", "tell"),
        Q("indirect", "President Vladimir Putin had spoken by phone with both leaders", "Dmitry Peskov", "add"),
        Q("partial", "with all the means at our disposal", "Sadyr Japarov", "threaten"),
        Q("partial", "groundless", "Tajikistan", "reject"),
        Q("indirect", "its forces had only responded to provocations", "Tajikistan", "say"),
        Q("direct", "The Kyrgyz side bears full responsibility for the bloodshed,", "Tajikistan", "say", "statement"),
        Q("indirect", "Kazakh President Kassym-Jomart Tokayev, whose country borders both, held talks with Japarov on Sunday and praised his \"restraint and wisdom\"", "Kassym-Jomart Tokayev", "say", optional=True),
        Q("partial", "restraint and wisdom", "Kassym-Jomart Tokayev", "praise"),
        Q("indirect", "it was prepared to send humanitarian aid to the affected areas", "Kazakhstan", "say"),
        Q("indirect", "it was following the situation closely", "Collective Security Treaty Organization", "say"),
        Q("direct", "We hope the two sides will resolve their differences through dialogue,", "Lin Jian", "say"),
        Q("indirect", "the two countries' security chiefs agreed to a ceasefire and to pull back heavy weapons", "State Committee for National Security", "say"),
        Q("indirect", "Ankara stood ready to help \"our brothers\" rebuild", "Recep Tayyip Erdogan", "say"),
        Q("partial", "our brothers", "Recep Tayyip Erdogan", "say"),
    ],
    dates=[
        D("Monday", "DATE", "2026-03-16", 0),
        D("three days", "DURATION", "P3D"),
        D("Friday", "DATE", "2026-03-13"),
        D("Saturday", "DATE", "2026-03-14", 0),
        D("Saturday", "DATE", "2026-03-14", 1),
        D("Sunday", "DATE", "2026-03-15", 0),
        D("Sunday", "DATE", "2026-03-15", 1),
        D("2022", "DATE", "2022"),
        D("Monday", "DATE", "2026-03-16", 1),
        D("1991", "DATE", "1991"),
    ],
    stances=[
        S("Russia", "mediate", None, "negotiations", "offered on Monday to mediate between Kyrgyzstan and Tajikistan"),
        S("Russia", "appeal", None, "negotiations", "urged both sides to return to the negotiating table"),
        S("Kyrgyzstan", "accuse", "Tajikistan", evidence="each accusing the other of starting the clashes"),
        S("Tajikistan", "accuse", "Kyrgyzstan", evidence="each accusing the other of starting the clashes"),
        S("Vladimir Putin", "consult", "Sadyr Japarov", evidence="Putin had spoken by phone with both leaders"),
        S("Vladimir Putin", "consult", "Emomali Rahmon", evidence="Putin had spoken by phone with both leaders"),
        S("Sadyr Japarov", "accuse", "Tajikistan", evidence="accused Dushanbe of planning the attack in advance"),
        S("Sadyr Japarov", "threaten", "Tajikistan", evidence="threatened to retaliate \"with all the means at our disposal\""),
        S("Tajikistan", "reject", "Kyrgyzstan", evidence="rejected the claims as \"groundless\""),
        S("Kassym-Jomart Tokayev", "consult", "Sadyr Japarov", evidence="held talks with Japarov on Sunday"),
        S("Kassym-Jomart Tokayev", "praise", "Sadyr Japarov", evidence="praised his \"restraint and wisdom\""),
        S("Kazakhstan", "support", None, evidence="it was prepared to send humanitarian aid to the affected areas"),
        S("Imangali Tasmagambetov", "appeal", None, "ceasefire", "urged the two governments to respect the ceasefire"),
        S("China", "appeal", None, "restraint", "called for calm"),
        S("Lin Jian", "appeal", None, "negotiations", "We hope the two sides will resolve their differences through dialogue"),
        S("European Union", "condemn", None, evidence="deplored the loss of civilian life"),
        S("European Union", "appeal", None, "de-escalation", "warned against any further escalation"),
        S("Western governments", "appeal", None, "restraint", "urged restraint but have not taken sides"),
        S("Recep Tayyip Erdogan", "welcome", None, evidence="welcomed the agreement"),
        S("Recep Tayyip Erdogan", "support", None, evidence="Ankara stood ready to help \"our brothers\" rebuild"),
    ],
    notes="Invented article (development set, stances round 4). 'both sides', 'the two governments', 'the two sides' "
          "give one stance with a null target, as in the reference gold (the output contract allows it); 'both "
          "leaders' are Japarov and Rahmon. One position per voice and target: Kyrgyzstan's accusations (troops, "
          "summons) are one, Tajikistan's (troops, statement) one; Peskov's 'Moscow is ready ...' is Russia's offer "
          "relayed by its spokesman (one mediation). 'warned against any further escalation' is an "
          "appeal, not a threat. 'agreed to a ceasefire' has no stance type in the output contract and is not annotated; "
          "'have not taken sides' is no stance.",
)


# --------------------------------------------------------------------------- 8. ceasefire deal, Great Lakes
DEAL = """ date 2026-01-22 Western governments and the African Union on Thursday welcomed a ceasefire agreement between the Democratic Republic of Congo and the M23 rebel group, signed in Doha after three months of talks mediated by Qatar.

Under the deal, the rebels agreed to withdraw from positions around Goma within 30 days and to free some 200 prisoners, while Kinshasa agreed to halt air strikes and open talks on the group's political demands.

Congolese President Felix Tshisekedi praised Qatar's "patient and tireless mediation" but warned the rebels against any attempt to delay the withdrawal. "If they do not leave, our army will do what is necessary," he told supporters in Kinshasa.

M23 spokesman Lawrence Kanyuka said the movement was committed to the agreement and accused the army of violating the truce in the first hours, a charge the Congolese military denied.

Qatar's foreign ministry said it would continue to support both parties and offered to host a follow-up round in March. Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani held talks with Rwandan President Paul Kagame in Doha on Wednesday, the ministry said.

Rwanda, which United Nations experts have accused of arming and commanding the M23, did not comment on the withdrawal timetable. Its foreign minister, Olivier Nduhungirehe, told reporters that Kigali "supports every effort that brings peace to our region" and rejected calls for sanctions against his country.

African Union Commission chairman Mahmoud Ali Youssouf hailed the deal as "a historic step" and urged the parties to implement it in good faith.

The Southern African Development Community, which withdrew its troops from eastern Congo last year, said the bloc stood ready to help monitor the ceasefire.

Belgium, the former colonial power, stopped short of endorsing the timetable, but Foreign Minister Maxime Prevot said Brussels would back "any agreement that protects civilians". The United States, which brokered a separate accord between Kinshasa and Kigali last year, said it could impose further sanctions on those who obstruct the deal.

Human rights groups were more cautious. Amnesty International demanded the release of journalists and activists detained by both sides and called for an independent investigation into killings of civilians in Goma.

"A signature on paper means nothing to families who have lost everything," said Amnesty's regional director Tigere Chagutah.

More than seven million people have been displaced by fighting in eastern Congo, according to the UN refugee agency."""

build(
    "ceasefire-congo-m23-2026-01-22", DEAL,
    actors=[
        A("Western governments", "group", None, aliases=[]),
        A("African Union", "organization", None, aliases=["AU", "African Union Commission"]),
        A("Democratic Republic of Congo", "country", "COD", aliases=["Congo", "DR Congo", "DRC", "Kinshasa", "Congolese",
                                                                      "Congolese military", "army"]),
        A("M23", "group", "COD", aliases=["M23 rebel group", "rebels", "movement"]),
        A("Qatar", "country", "QAT", aliases=["Doha", "Qatari", "Qatar's foreign ministry"]),
        A("Felix Tshisekedi", "person", "COD", "President", ["Tshisekedi"]),
        A("Lawrence Kanyuka", "person", "COD", "M23 spokesman", ["Kanyuka"], organization="M23"),
        A("Mohammed bin Abdulrahman Al Thani", "person", "QAT", "Prime Minister",
          ["Sheikh Mohammed bin Abdulrahman Al Thani", "Al Thani", "Sheikh Mohammed"]),
        A("Rwanda", "country", "RWA", aliases=["Rwandan", "Kigali"]),
        A("Paul Kagame", "person", "RWA", "President", ["Kagame"]),
        A("United Nations", "organization", None, aliases=["UN", "United Nations experts"]),
        # docs/actors.md: UN agencies with their own entry (UNHCR, UNICEF, WFP) are their own actors
        A("UNHCR", "organization", None, aliases=["UN refugee agency"]),
        A("Olivier Nduhungirehe", "person", "RWA", "foreign minister", ["Nduhungirehe"]),
        A("Mahmoud Ali Youssouf", "person", None, "African Union Commission chairman", ["Youssouf"], organization="African Union"),
        A("Southern African Development Community", "organization", None, aliases=["SADC", "bloc"]),
        A("Belgium", "country", "BEL", aliases=["Belgian", "Brussels"]),
        A("Maxime Prevot", "person", "BEL", "Foreign Minister", ["Prevot"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "American"]),
        A("Amnesty International", "organization", None, aliases=["Amnesty"]),
        A("Tigere Chagutah", "person", None, "regional director", ["Chagutah"], organization="Amnesty International"),
    ],
    quotes=[
        Q("partial", "patient and tireless mediation", "Felix Tshisekedi", "praise"),
        Q("direct", "If they do not leave, our army will do what is necessary,", "Felix Tshisekedi", "tell"),
        Q("indirect", "the movement was committed to the agreement", "Lawrence Kanyuka", "say"),
        Q("indirect", "it would continue to support both parties", "Qatar", "say"),
        Q("indirect", "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani held talks with Rwandan President Paul Kagame in Doha on Wednesday", "Qatar", "say"),
        Q("indirect", "Kigali \"supports every effort that brings peace to our region\"", "Olivier Nduhungirehe", "tell"),
        Q("partial", "supports every effort that brings peace to our region", "Olivier Nduhungirehe", "tell"),
        Q("partial", "a historic step", "Mahmoud Ali Youssouf", "hail"),
        Q("indirect", "the bloc stood ready to help monitor the ceasefire", "Southern African Development Community", "say"),
        Q("indirect", "Brussels would back \"any agreement that protects civilians\"", "Maxime Prevot", "say"),
        Q("partial", "any agreement that protects civilians", "Maxime Prevot", "say"),
        Q("indirect", "it could impose further sanctions on those who obstruct the deal", "United States", "say"),
        Q("direct", "A signature on paper means nothing to families who have lost everything,", "Tigere Chagutah", "say"),
        Q("indirect", "More than seven million people have been displaced by fighting in eastern Congo", "UNHCR", "according to"),
    ],
    dates=[
        D("Thursday", "DATE", "2026-01-22"),
        D("three months", "DURATION", "P3M"),
        D("30 days", "DURATION", "P30D"),
        D("March", "DATE", "2026-03"),
        D("Wednesday", "DATE", "2026-01-21"),
        D("last year", "DATE", "2025", 0),
        D("last year", "DATE", "2025", 1),
    ],
    stances=[
        S("Western governments", "welcome", None, evidence="Western governments and the African Union on Thursday welcomed a ceasefire agreement"),
        S("African Union", "welcome", None, evidence="Western governments and the African Union on Thursday welcomed a ceasefire agreement"),
        S("Felix Tshisekedi", "praise", "Qatar", evidence="praised Qatar's \"patient and tireless mediation\""),
        S("Felix Tshisekedi", "threaten", "M23", evidence="warned the rebels against any attempt to delay the withdrawal"),
        S("Lawrence Kanyuka", "accuse", "Democratic Republic of Congo", evidence="accused the army of violating the truce"),
        S("Democratic Republic of Congo", "reject", "Lawrence Kanyuka", evidence="a charge the Congolese military denied"),
        S("Qatar", "support", None, evidence="it would continue to support both parties"),
        S("Qatar", "mediate", None, "negotiations", "offered to host a follow-up round in March"),
        S("Mohammed bin Abdulrahman Al Thani", "consult", "Paul Kagame", evidence="held talks with Rwandan President Paul Kagame"),
        S("United Nations", "accuse", "Rwanda", evidence="which United Nations experts have accused of arming and commanding the M23"),
        S("Olivier Nduhungirehe", "support", None, evidence="Kigali \"supports every effort that brings peace to our region\""),
        S("Olivier Nduhungirehe", "reject", None, "sanctions", "rejected calls for sanctions against his country"),
        S("Mahmoud Ali Youssouf", "praise", None, evidence="hailed the deal as \"a historic step\""),
        S("Mahmoud Ali Youssouf", "appeal", None, "implement the agreement", "urged the parties to implement it in good faith"),
        S("Southern African Development Community", "mediate", None, "ceasefire", "the bloc stood ready to help monitor the ceasefire"),
        S("Maxime Prevot", "support", None, evidence="Brussels would back \"any agreement that protects civilians\""),
        S("United States", "threaten", None, "sanctions", "it could impose further sanctions on those who obstruct the deal"),
        S("Amnesty International", "demand", None, "release of detainees", "demanded the release of journalists and activists"),
        S("Amnesty International", "appeal", None, "investigation", "called for an independent investigation"),
    ],
    notes="Invented article (development set, stances round 4). Tshisekedi's warning and his quoted threat are one "
          "position (one threaten stance). 'agreed to withdraw', 'agreed to halt' have no stance type in the output "
          "contract and are not annotated; 'stopped short of endorsing' cancels Belgium's support; the US's past "
          "brokering is background. 'both parties', 'the parties' (Congo and the M23) give a null target, as in the "
          "reference gold. 'a charge the "
          "Congolese military denied' rejects the one who made the charge, Kanyuka.",
)


# --------------------------------------------------------------------------- 9. tanker seizure, Baltic
TANKER = """ date 2026-02-10 Russia summoned Estonia's ambassador on Tuesday and threatened "retaliatory measures" after Estonian forces boarded and detained an oil tanker in the Gulf of Finland, in the most serious maritime confrontation in the Baltic Sea this year.

The Estonian navy said it had seized the vessel, which it accused of belonging to Russia's "shadow fleet" of ageing tankers used to evade Western sanctions on oil exports, after the crew failed to present valid insurance documents.

Russian Foreign Ministry spokeswoman Maria Zakharova called the seizure "an act of piracy" and said Moscow would "not leave it unanswered". Two Russian fighter jets later violated Estonian airspace for about a minute, the Estonian defence ministry said.

Estonian Prime Minister Kristen Michal rejected the accusation. "Estonia acted in full accordance with international law, and we will not be intimidated," he told public broadcaster ERR.

Finland, whose undersea cables were damaged last year in incidents blamed on ships from the same fleet, expressed full support for Tallinn. Finnish President Alexander Stubb said he had spoken with Michal by phone and that the two countries would coordinate their response.

NATO Secretary General Mark Rutte praised Estonia's "swift and professional" action and warned Moscow against any escalation. The alliance said it would increase its naval presence in the Baltic.

The European Union's foreign policy chief Kaja Kallas urged member states to adopt a new package of sanctions targeting the shadow fleet. Hungary, which has repeatedly opposed new sanctions on Moscow, said it would not support measures that hurt its energy supplies.

China, a major buyer of Russian oil, called on all parties to respect freedom of navigation and to avoid actions that could raise tensions.

The Kremlin said President Vladimir Putin had discussed the incident with his Security Council. "Those who organised this provocation will bear responsibility," spokesman Dmitry Peskov told reporters, without giving details."""

build(
    "tanker-estonia-2026-02-10", TANKER,
    actors=[
        A("Russia", "country", "RUS", aliases=["Moscow", "Kremlin", "Russian", "Russian Foreign Ministry"]),
        A("Estonia", "country", "EST", aliases=["Estonian", "Tallinn", "Estonian navy", "Estonian forces",
                                                "Estonian defence ministry"]),
        A("Maria Zakharova", "person", "RUS", "Foreign Ministry spokeswoman", ["Zakharova"]),
        A("Kristen Michal", "person", "EST", "Prime Minister", ["Michal"]),
        A("Finland", "country", "FIN", aliases=["Finnish", "Helsinki"]),
        A("Alexander Stubb", "person", "FIN", "President", ["Stubb"]),
        A("NATO", "organization", None, aliases=["alliance", "North Atlantic Treaty Organization"]),
        A("Mark Rutte", "person", None, "Secretary General", ["Rutte"], organization="NATO"),
        A("European Union", "organization", None, aliases=["EU"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Kallas"], organization="European Union"),
        A("Hungary", "country", "HUN", aliases=["Hungarian", "Budapest"]),
        A("China", "country", "CHN", aliases=["Beijing", "Chinese"]),
        A("Vladimir Putin", "person", "RUS", "President", ["Putin"]),
        A("Security Council", "organization", "RUS", aliases=["Russian Security Council"]),
        A("Dmitry Peskov", "person", "RUS", "Kremlin spokesman", ["Peskov"]),
    ],
    quotes=[
        Q("partial", "retaliatory measures", "Russia", "threaten"),
        Q("indirect", "it had seized the vessel, which it accused of belonging to Russia's \"shadow fleet\" of ageing tankers used to evade Western sanctions on oil exports, after the crew failed to present valid insurance documents", "Estonia", "say"),
        Q("partial", "shadow fleet", "Estonia", "accuse"),
        Q("partial", "an act of piracy", "Maria Zakharova", "call"),
        Q("indirect", "Moscow would \"not leave it unanswered\"", "Maria Zakharova", "say"),
        Q("partial", "not leave it unanswered", "Maria Zakharova", "say"),
        Q("indirect", "Two Russian fighter jets later violated Estonian airspace for about a minute", "Estonia", "say"),
        Q("direct", "Estonia acted in full accordance with international law, and we will not be intimidated,", "Kristen Michal", "tell", "interview"),
        Q("indirect", "he had spoken with Michal by phone and that the two countries would coordinate their response", "Alexander Stubb", "say"),
        Q("partial", "swift and professional", "Mark Rutte", "praise"),
        Q("indirect", "it would increase its naval presence in the Baltic", "NATO", "say"),
        Q("indirect", "it would not support measures that hurt its energy supplies", "Hungary", "say"),
        Q("indirect", "President Vladimir Putin had discussed the incident with his Security Council", "Russia", "say"),
        Q("direct", "Those who organised this provocation will bear responsibility,", "Dmitry Peskov", "tell"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-02-10"),
        D("this year", "DATE", "2026"),
        D("about a minute", "DURATION", "PT1M"),
        D("last year", "DATE", "2025"),
    ],
    stances=[
        S("Russia", "criticize", "Estonia", evidence="Russia summoned Estonia's ambassador on Tuesday"),
        S("Russia", "threaten", "Estonia", evidence="threatened \"retaliatory measures\""),
        S("Maria Zakharova", "condemn", "Estonia", evidence="called the seizure \"an act of piracy\""),
        S("Maria Zakharova", "threaten", "Estonia", evidence="Moscow would \"not leave it unanswered\""),
        S("Kristen Michal", "reject", "Maria Zakharova", evidence="rejected the accusation"),
        S("Finland", "support", "Estonia", evidence="expressed full support for Tallinn"),
        S("Alexander Stubb", "consult", "Kristen Michal", evidence="he had spoken with Michal by phone"),
        S("Mark Rutte", "praise", "Estonia", evidence="praised Estonia's \"swift and professional\" action"),
        S("Mark Rutte", "threaten", "Russia", evidence="warned Moscow against any escalation"),
        S("Kaja Kallas", "appeal", None, "sanctions", "urged member states to adopt a new package of sanctions"),
        S("Hungary", "reject", None, "sanctions", "it would not support measures that hurt its energy supplies"),
        S("China", "appeal", None, "freedom of navigation", "called on all parties to respect freedom of navigation"),
    ],
    notes="Invented article (development set, stances round 4). Hungary's 'has repeatedly opposed new sanctions' "
          "and 'would not support measures' are one rejection of sanctions. The Estonian navy's accusation is "
          "aimed at the vessel, not annotated. Putin's meeting with his own Security Council is no consultation "
          "between parties; Peskov's 'those who organised this provocation' names no one. Zakharova reports Moscow's "
          "position in her own words ('said Moscow would'): her stance. ERR, the broadcaster told, is not an actor.",
)


# --------------------------------------------------------------------------- 10. assassination, West Africa
KILLING = """ date 2025-09-08 Guinean opposition leader Alpha Ousmane Keita was shot dead outside his home in Conakry on Sunday night, prompting street protests and a wave of international condemnation.

Gunmen on two motorcycles opened fire as Keita stepped out of his car, his party, the Union of Democratic Forces of Guinea (UFDG), said in a statement. It accused the military government of "orchestrating a political assassination" and called on its supporters to stay calm.

The government of General Mamadi Doumbouya denied any involvement. "The state had nothing to do with this cowardly crime, and those responsible will be hunted down," government spokesman Amara Camara said on state television. He announced three days of national mourning.

The African Union Commission strongly condemned the killing and called for a "thorough, independent and transparent investigation". ECOWAS said it was "shocked and saddened" and offered to send a fact-finding mission.

France, the former colonial power, deplored "an odious attack" and expressed its condolences to the family. The French foreign ministry urged the authorities in Conakry to guarantee the safety of opposition figures ahead of the presidential election planned for December.

The United States also condemned the assassination. "We call on the transitional government to hold the perpetrators accountable and to respect the right to peaceful protest," State Department spokeswoman Tammy Bruce said.

Senegalese President Bassirou Diomaye Faye spoke with Doumbouya by phone on Monday and offered Senegal's help with the investigation, the Senegalese presidency said.

The UN human rights office said it was alarmed by reports that security forces had fired tear gas at mourners gathered outside the victim's home, and urged restraint.

Human Rights Watch said the killing fitted a pattern of violence against critics of the junta, which seized power in 2021, and demanded that the authorities lift a ban on political gatherings.

Keita, 61, had returned from exile in June and was widely expected to run against Doumbouya."""

build(
    "assassination-guinea-2025-09-08", KILLING,
    actors=[
        A("Guinea", "country", "GIN", aliases=["Guinean", "Conakry", "military government", "government",
                                              "transitional government", "authorities", "junta", "state",
                                              "security forces", "authorities in Conakry"]),
        A("Alpha Ousmane Keita", "person", "GIN", "opposition leader", ["Keita"]),
        A("UFDG", "organization", "GIN", aliases=["Union of Democratic Forces of Guinea", "party"]),
        A("Mamadi Doumbouya", "person", "GIN", "General", ["Doumbouya"]),
        A("Amara Camara", "person", "GIN", "government spokesman", ["Camara"]),
        A("African Union", "organization", None, aliases=["AU", "African Union Commission"]),
        A("ECOWAS", "organization", None, aliases=["Economic Community of West African States"]),
        A("France", "country", "FRA", aliases=["French", "Paris", "French foreign ministry"]),
        A("United States", "country", "USA", aliases=["US", "Washington", "State Department"]),
        A("Tammy Bruce", "person", "USA", "State Department spokeswoman", ["Bruce"]),
        A("Senegal", "country", "SEN", aliases=["Senegalese", "Dakar", "Senegalese presidency"]),
        A("Bassirou Diomaye Faye", "person", "SEN", "President", ["Faye"]),
        A("UN human rights office", "organization", None, aliases=["United Nations", "UN", "OHCHR",
                                                                   "UN Human Rights Office"]),
        A("Human Rights Watch", "organization", None, aliases=["HRW"]),
    ],
    quotes=[
        Q("indirect", "Gunmen on two motorcycles opened fire as Keita stepped out of his car", "UFDG", "say", "statement"),
        Q("partial", "orchestrating a political assassination", "UFDG", "accuse"),
        Q("direct", "The state had nothing to do with this cowardly crime, and those responsible will be hunted down,", "Amara Camara", "say", "television"),
        Q("partial", "thorough, independent and transparent investigation", "African Union", "call"),
        Q("indirect", "it was \"shocked and saddened\"", "ECOWAS", "say"),
        Q("partial", "shocked and saddened", "ECOWAS", "say"),
        Q("partial", "an odious attack", "France", "deplore"),
        Q("direct", "We call on the transitional government to hold the perpetrators accountable and to respect the right to peaceful protest,", "Tammy Bruce", "say"),
        Q("indirect", "Senegalese President Bassirou Diomaye Faye spoke with Doumbouya by phone on Monday and offered Senegal's help with the investigation", "Senegal", "say", optional=True),
        Q("indirect", "it was alarmed by reports that security forces had fired tear gas at mourners gathered outside the victim's home", "UN human rights office", "say"),
        Q("indirect", "the killing fitted a pattern of violence against critics of the junta, which seized power in 2021", "Human Rights Watch", "say"),
    ],
    dates=[
        D("Sunday night", "TIME", "2025-09-07TNI"),
        D("three days", "DURATION", "P3D"),
        D("December", "DATE", "2025-12"),
        D("Monday", "DATE", "2025-09-08"),
        D("2021", "DATE", "2021"),
        D("June", "DATE", "2025-06"),
    ],
    stances=[
        S("UFDG", "accuse", "Guinea", evidence="accused the military government of \"orchestrating a political assassination\""),
        S("UFDG", "appeal", None, "restraint", "called on its supporters to stay calm"),
        S("Guinea", "reject", "UFDG", evidence="The government of General Mamadi Doumbouya denied any involvement"),
        S("African Union", "condemn", None, evidence="strongly condemned the killing"),
        S("African Union", "appeal", None, "investigation", "called for a \"thorough, independent and transparent investigation\""),
        S("ECOWAS", "concern", None, evidence="it was \"shocked and saddened\""),
        S("ECOWAS", "support", None, evidence="offered to send a fact-finding mission"),
        S("France", "condemn", None, evidence="deplored \"an odious attack\""),
        S("France", "support", None, evidence="expressed its condolences to the family"),
        S("France", "appeal", "Guinea", "safety of opposition figures", "urged the authorities in Conakry to guarantee the safety"),
        S("United States", "condemn", None, evidence="also condemned the assassination"),
        S("Tammy Bruce", "appeal", "Guinea", "hold perpetrators accountable", "We call on the transitional government to hold the perpetrators accountable"),
        S("Bassirou Diomaye Faye", "consult", "Mamadi Doumbouya", evidence="spoke with Doumbouya by phone"),
        S("Bassirou Diomaye Faye", "support", None, evidence="offered Senegal's help with the investigation"),
        S("UN human rights office", "concern", None, evidence="it was alarmed by reports that security forces had fired tear gas"),
        S("UN human rights office", "appeal", None, "restraint", "urged restraint"),
        S("Human Rights Watch", "demand", "Guinea", "lift ban on gatherings", "demanded that the authorities lift a ban on political gatherings"),
    ],
    notes="Invented article (development set, stances round 4; invented victim). The government, the junta, the "
          "authorities and the security forces are Guinea's state. The denial answers the UFDG's accusation: its "
          "target is the UFDG. Condemnations of the killing name no culprit (target null). Offers of help with "
          "an investigation are support (docs/stances.md), target null. HRW's 'fitted a pattern of violence' has "
          "no stance cue and is not annotated. Bruce's 'We call on' is her own appeal (a spokeswoman speaking as 'we').",
)



# ===================================================== quotes round 2 (speakers, indirect boundaries): 3 articles
# --------------------------------------------------------------------------- Q2-1. drone strike, Gulf
DUQM = """ date 2025-11-18 Gulf states and Western powers on Tuesday condemned a drone attack that set fire to a fuel terminal at Oman's port of Duqm, and Muscat said it would "spare no effort" to identify those responsible.

No group has claimed the strike, which hit two storage tanks. Three workers were injured, Oman's civil defence authority said in a post on X.

"This cowardly act targets the livelihood of the Omani people and the security of international shipping," the Omani foreign ministry said in a statement carried by the state news agency. "The Sultanate reserves its full right to respond."

Foreign Minister Badr Albusaidi told state television that Muscat had been in contact with its neighbours since the attack and that a joint investigation would begin on Wednesday.

Saudi Arabia expressed "full solidarity" with Oman. The kingdom "stands with the brotherly Sultanate in all the measures it takes to protect its security," its foreign ministry wrote on X.

Iran, which has close ties with Muscat, denied any involvement. "Tehran has nothing to do with this incident and condemns any attack on the territory of a friendly neighbour," foreign ministry spokesman Esmaeil Baghaei told a weekly news conference in Tehran.

He went on: "Those who spread these accusations want to sow discord in the region."

Washington was "closely monitoring" the situation, a State Department spokesperson said, adding that the United States was ready to help Oman "in any way it requests."

A senior Gulf diplomat, who spoke on condition of anonymity because he was not authorised to brief the media, said the drones appeared to have been launched from the sea. "The range and the flight path point to a vessel, not to land," he said.

UN Secretary-General Antonio Guterres called on all parties to exercise maximum restraint, according to a statement from his spokesman.

Shipping rates in the Arabian Sea rose sharply after the attack. The insurer Lloyd's said war-risk premiums for vessels calling at Omani ports had doubled since Monday.

"We have not seen this level of risk in these waters since 2019," said Hannah Moore, head of marine at the broker Carlton Ellis. "Owners are asking whether they should divert."

India, whose navy escorts merchant ships in the region, said it had sent a frigate to Duqm. In a joint statement, the foreign ministers of Britain, France and Germany said the attack was "a dangerous escalation" and urged "all actors" to refrain from steps that could widen the conflict."""

build(
    "dronestrike-oman-2025-11-18", DUQM,
    actors=[
        A("Gulf states", "group", None, aliases=[]),
        A("Western powers", "group", None, aliases=[]),
        A("Oman", "country", "OMN", aliases=["Muscat", "Omani", "Sultanate", "The Sultanate"]),
        A("Omani civil defence authority", "organization", "OMN", aliases=["civil defence authority", "Oman's civil defence authority"]),
        A("Badr Albusaidi", "person", "OMN", "Foreign Minister", ["Albusaidi"]),
        A("Saudi Arabia", "country", "SAU", aliases=["Saudi", "kingdom", "The kingdom"]),
        A("Iran", "country", "IRN", aliases=["Tehran", "Iranian"]),
        A("Esmaeil Baghaei", "person", "IRN", "foreign ministry spokesman", ["Baghaei"]),
        A("United States", "country", "USA", aliases=["Washington", "US", "State Department"]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["spokesperson", "a State Department spokesperson"], anonymous=True),
        A("senior Gulf diplomat", "person", None, "diplomat", ["Gulf diplomat", "A senior Gulf diplomat"], anonymous=True),
        A("United Nations", "organization", None, aliases=["UN"]),
        A("Antonio Guterres", "person", None, "Secretary-General", ["Guterres"], organization="United Nations"),
        A("Lloyd's", "organization", "GBR", aliases=["insurer Lloyd's"]),
        A("Hannah Moore", "person", None, "head of marine", ["Moore"], organization="Carlton Ellis"),
        A("Carlton Ellis", "organization", None, aliases=[]),
        A("India", "country", "IND", aliases=["Indian"]),
        A("foreign ministers of Britain, France and Germany", "group", None, aliases=["foreign ministers"]),
        A("Britain", "country", "GBR", aliases=["British"]),
        A("France", "country", "FRA", aliases=["French"]),
        A("Germany", "country", "DEU", aliases=["German"]),
    ],
    quotes=[
        Q("indirect", "it would \"spare no effort\" to identify those responsible", "Oman", "say"),
        Q("partial", "spare no effort", "Oman", "say"),
        Q("indirect", "Three workers were injured", "Omani civil defence authority", "say", "twitter"),
        Q("direct", "This cowardly act targets the livelihood of the Omani people and the security of international shipping,", "Oman", "say", "statement"),
        Q("direct", "The Sultanate reserves its full right to respond.", "Oman", "say", "statement"),
        Q("indirect", "Muscat had been in contact with its neighbours since the attack and that a joint investigation would begin on Wednesday", "Badr Albusaidi", "tell", "television"),
        Q("partial", "full solidarity", "Saudi Arabia", "express"),
        Q("indirect", "The kingdom \"stands with the brotherly Sultanate in all the measures it takes to protect its security", "Saudi Arabia", "write", "twitter"),
        Q("partial", "stands with the brotherly Sultanate in all the measures it takes to protect its security,", "Saudi Arabia", "write", "twitter"),
        Q("direct", "Tehran has nothing to do with this incident and condemns any attack on the territory of a friendly neighbour,", "Esmaeil Baghaei", "tell", "press conference"),
        Q("direct", "Those who spread these accusations want to sow discord in the region.", "Esmaeil Baghaei", "go on"),
        Q("indirect", "Washington was \"closely monitoring\" the situation", "State Department spokesperson", "say"),
        Q("partial", "closely monitoring", "State Department spokesperson", "say"),
        Q("indirect", "the United States was ready to help Oman \"in any way it requests.\"", "State Department spokesperson", "add"),
        Q("partial", "in any way it requests.", "State Department spokesperson", "add"),
        Q("indirect", "the drones appeared to have been launched from the sea", "senior Gulf diplomat", "say"),
        Q("direct", "The range and the flight path point to a vessel, not to land,", "senior Gulf diplomat", "say"),
        Q("indirect", "UN Secretary-General Antonio Guterres called on all parties to exercise maximum restraint", "Antonio Guterres", "according to", "statement", optional=True),
        Q("indirect", "war-risk premiums for vessels calling at Omani ports had doubled since Monday", "Lloyd's", "say"),
        Q("direct", "We have not seen this level of risk in these waters since 2019,", "Hannah Moore", "say"),
        Q("direct", "Owners are asking whether they should divert.", "Hannah Moore", "say"),
        Q("indirect", "it had sent a frigate to Duqm", "India", "say"),
        Q("indirect", "the attack was \"a dangerous escalation\"", "foreign ministers of Britain, France and Germany", "say", "statement"),
        Q("partial", "a dangerous escalation", "foreign ministers of Britain, France and Germany", "say", "statement"),
        Q("partial", "all actors", "foreign ministers of Britain, France and Germany", "urge", "statement"),
    ],
    dates=[
        D("Tuesday", "DATE", "2025-11-18"),
        D("Wednesday", "DATE", "2025-11-19"),
        D("Monday", "DATE", "2025-11-17"),
        D("2019", "DATE", "2019"),
    ],
    stances=[
        S("Gulf states", "condemn", None, evidence="Gulf states and Western powers on Tuesday condemned a drone attack"),
        S("Western powers", "condemn", None, evidence="Gulf states and Western powers on Tuesday condemned a drone attack"),
        S("Oman", "condemn", None, evidence="This cowardly act targets the livelihood of the Omani people"),
        S("Oman", "threaten", None, evidence="The Sultanate reserves its full right to respond."),
        S("Badr Albusaidi", "consult", None, evidence="Muscat had been in contact with its neighbours"),
        S("Saudi Arabia", "support", "Oman", evidence="expressed \"full solidarity\" with Oman"),
        S("Iran", "reject", None, evidence="denied any involvement"),
        S("Esmaeil Baghaei", "condemn", None, evidence="condemns any attack on the territory of a friendly neighbour"),
        S("Esmaeil Baghaei", "accuse", None, evidence="Those who spread these accusations want to sow discord in the region."),
        S("United States", "support", "Oman", evidence="the United States was ready to help Oman"),
        S("Antonio Guterres", "appeal", None, "restraint", "called on all parties to exercise maximum restraint"),
        S("foreign ministers of Britain, France and Germany", "criticize", None, evidence="the attack was \"a dangerous escalation\""),
        S("foreign ministers of Britain, France and Germany", "appeal", None, "restraint", "urged \"all actors\" to refrain from steps that could widen the conflict"),
    ],
    notes="Invented article (quotes round 2). 'the Omani foreign ministry' speaks for Oman; 'its foreign ministry' "
          "(the kingdom's) for Saudi Arabia. The anonymous State Department spokesperson is the speaker of Washington's "
          "position. Guterres's appeal reported by 'a statement from his spokesman' is optional as an indirect quote "
          "(an act reported, as 'his office said'). The joint statement's speaker is the three ministers as a group; "
          "its coordinated 'urged …' is a demand, not part of the reported clause.",
)


# --------------------------------------------------------------------------- Q2-2. police raid, Balkans
ZVECAN = """ date 2026-04-09 Serbia on Thursday accused Kosovo of "deliberately provoking" a new crisis after Kosovo police took over four municipal buildings in the Serb-majority north, and NATO urged both sides to step back.

Special police units moved into the town halls of Zvecan and Leposavic overnight, Kosovo's interior ministry said, after Serb mayors refused to hand over their offices to officials appointed by Pristina.

Serbian President Aleksandar Vucic said he had put the army on the highest level of alert. "We will not stand by while our people are humiliated and driven from their homes," he said in an address broadcast live on state television.

Vucic went on: "Serbia wants peace, but peace cannot mean surrender.

"I ask the international community one question: where were you when this began?"

Kosovo Prime Minister Albin Kurti defended the operation in a Facebook post, writing that the rule of law "applies to every municipality, without exception." Kurti spoke with NATO Secretary-General Mark Rutte by phone, his office said.

NATO's peacekeeping force KFOR said it had increased patrols near the boundary line. "We call on all sides to refrain from any action that could inflame tensions," the mission said in a statement.

The European Union was blunter. Its foreign policy chief Kaja Kallas said: "Unilateral steps of this kind undermine the dialogue and put at risk everything both sides have signed."

The dialogue, she added, remained "the only path" to normalisation.

Russian foreign ministry spokeswoman Maria Zakharova was scathing on Telegram. "Pristina, encouraged by its Western patrons, is pushing the region towards a new conflict."

Serb residents gathered outside the town hall in Zvecan by midday. "They came with armoured cars as if we were criminals," said Milena Jovanovic, a 54-year-old teacher. Her neighbour disagreed. "The mayors should have handed over the keys weeks ago," said Dragan Peric, a shopkeeper.

An EU official, speaking on condition of anonymity, said envoys from Brussels would travel to both capitals next week. "Nobody in Brussels was told in advance," the official said. "That is a problem in itself."

The United States called for "immediate de-escalation." Washington is "deeply concerned by actions that increase tensions," State Department deputy spokesperson Tommy Pigott said in a statement."""

build(
    "policeraid-kosovo-2026-04-09", ZVECAN,
    actors=[
        A("Serbia", "country", "SRB", aliases=["Belgrade", "Serbian"]),
        A("Kosovo", "country", "XKX", aliases=["Pristina", "Kosovar", "Kosovo police"]),
        A("NATO", "organization", None, aliases=["North Atlantic Treaty Organization"]),
        A("Kosovo interior ministry", "organization", "XKX", aliases=["interior ministry", "Kosovo's interior ministry"]),
        A("Serb mayors", "group", "XKX", aliases=["mayors", "The mayors"]),
        A("Aleksandar Vucic", "person", "SRB", "President", ["Vucic"]),
        A("Albin Kurti", "person", "XKX", "Prime Minister", ["Kurti"]),
        A("Mark Rutte", "person", None, "Secretary-General", ["Rutte"], organization="NATO"),
        A("KFOR", "organization", None, aliases=["mission", "the mission"]),
        A("European Union", "organization", None, aliases=["EU", "Brussels"]),
        A("Kaja Kallas", "person", None, "foreign policy chief", ["Kallas"], organization="European Union"),
        A("Russia", "country", "RUS", aliases=["Russian"]),
        A("Maria Zakharova", "person", "RUS", "foreign ministry spokeswoman", ["Zakharova"]),
        A("Serb residents", "group", "XKX", aliases=["residents"]),
        A("Milena Jovanovic", "person", "XKX", "teacher", ["Jovanovic"]),
        A("Dragan Peric", "person", "XKX", "shopkeeper", ["Peric"]),
        A("EU official", "person", None, "official", ["An EU official", "official"], organization="European Union", anonymous=True),
        A("United States", "country", "USA", aliases=["Washington", "US", "State Department"]),
        A("Tommy Pigott", "person", "USA", "State Department deputy spokesperson", ["Pigott"]),
    ],
    quotes=[
        Q("partial", "deliberately provoking", "Serbia", "accuse"),
        Q("indirect", "Special police units moved into the town halls of Zvecan and Leposavic overnight", "Kosovo interior ministry", "say"),
        Q("indirect", "he had put the army on the highest level of alert", "Aleksandar Vucic", "say"),
        Q("direct", "We will not stand by while our people are humiliated and driven from their homes,", "Aleksandar Vucic", "say", "television"),
        Q("direct", "Serbia wants peace, but peace cannot mean surrender.", "Aleksandar Vucic", "go on"),
        Q("direct", "I ask the international community one question: where were you when this began?", "Aleksandar Vucic", "go on"),
        Q("indirect", "the rule of law \"applies to every municipality, without exception.\"", "Albin Kurti", "write", "social media"),
        Q("partial", "applies to every municipality, without exception.", "Albin Kurti", "write", "social media"),
        Q("indirect", "Kurti spoke with NATO Secretary-General Mark Rutte by phone", "Albin Kurti", "say", optional=True),
        Q("indirect", "it had increased patrols near the boundary line", "KFOR", "say"),
        Q("direct", "We call on all sides to refrain from any action that could inflame tensions,", "KFOR", "say", "statement"),
        Q("direct", "Unilateral steps of this kind undermine the dialogue and put at risk everything both sides have signed.", "Kaja Kallas", "say"),
        Q("indirect", "The dialogue, she added, remained \"the only path\" to normalisation", "Kaja Kallas", "add"),
        Q("partial", "the only path", "Kaja Kallas", "add"),
        Q("direct", "Pristina, encouraged by its Western patrons, is pushing the region towards a new conflict.", "Maria Zakharova", None, "social media"),
        Q("direct", "They came with armoured cars as if we were criminals,", "Milena Jovanovic", "say"),
        Q("direct", "The mayors should have handed over the keys weeks ago,", "Dragan Peric", "say"),
        Q("indirect", "envoys from Brussels would travel to both capitals next week", "EU official", "say"),
        Q("direct", "Nobody in Brussels was told in advance,", "EU official", "say"),
        Q("direct", "That is a problem in itself.", "EU official", "say"),
        Q("partial", "immediate de-escalation.", "United States", "call"),
        Q("indirect", "Washington is \"deeply concerned by actions that increase tensions", "Tommy Pigott", "say", "statement"),
        Q("partial", "deeply concerned by actions that increase tensions,", "Tommy Pigott", "say", "statement"),
    ],
    dates=[
        D("Thursday", "DATE", "2026-04-09"),
        D("overnight", "TIME", "2026-04-09TNI"),
        D("midday", "TIME", "2026-04-09TMI"),
        D("54-year-old", "DURATION", "P54Y"),
        D("weeks ago", "DATE", "PAST_REF"),
        D("next week", "DATE", "2026-W16"),
    ],
    stances=[
        S("Serbia", "accuse", "Kosovo", evidence="accused Kosovo of \"deliberately provoking\" a new crisis"),
        S("NATO", "appeal", None, "restraint", "NATO urged both sides to step back"),
        S("Aleksandar Vucic", "threaten", None, evidence="he had put the army on the highest level of alert"),
        S("Aleksandar Vucic", "accuse", "Kosovo", evidence="We will not stand by while our people are humiliated"),
        S("Albin Kurti", "consult", "Mark Rutte", evidence="Kurti spoke with NATO Secretary-General Mark Rutte by phone"),
        S("KFOR", "appeal", None, "restraint", "We call on all sides to refrain from any action that could inflame tensions"),
        S("Kaja Kallas", "criticize", "Kosovo", evidence="Unilateral steps of this kind undermine the dialogue"),
        S("Maria Zakharova", "accuse", "Kosovo", evidence="Pristina, encouraged by its Western patrons, is pushing the region towards a new conflict."),
        S("United States", "appeal", None, "restraint", "called for \"immediate de-escalation.\""),
        S("Tommy Pigott", "concern", None, evidence="deeply concerned by actions that increase tensions"),
    ],
    notes="Invented article (quotes round 2). Vucic's 'went on:' introduces a quote running over two paragraphs "
          "(two direct quotes). Zakharova's quote has no cue: the sentence before names her and the channel. "
          "'his office said' reports Kurti's call: optional. A mid-sentence cue ('The dialogue, she added, remained') "
          "reports the whole sentence. Two residents quoted in one paragraph, each inverted with an appositive. "
          "The age '54-year-old' (a TimeML duration) and 'weeks ago' were missed in the first annotation "
          "and added after the first run.",
)


# --------------------------------------------------------------------------- Q2-3. border tension, Horn of Africa
ASSAB = """ date 2026-02-24 Eritrea on Tuesday accused Ethiopia of preparing a war to seize a Red Sea port and warned it would defend "every inch" of its territory, as satellite images showed Ethiopian armoured units moving towards the border.

"The regime in Addis Ababa has chosen the path of aggression," Information Minister Yemane Gebremeskel wrote on X. "Eritrea does not seek war, but it will not be intimidated."

Ethiopia rejected the charge. Its troop movements were "routine and defensive," government spokesman Legesse Tulu told state media, adding that Addis Ababa remained committed to "peaceful means" of securing access to the sea.

Prime Minister Abiy Ahmed has repeatedly described sea access as an "existential" matter for his landlocked country of more than 120 million people. Addressing lawmakers last month, he said Ethiopia had "no intention of invading anyone" but could not remain "a prisoner of geography."

The African Union voiced alarm. Commission chairperson Mahmoud Ali Youssouf has sent a special envoy to both capitals, according to a statement from his office.

Egypt, which signed a defence pact with Asmara last year, said in a joint statement with Eritrea that the security of the Red Sea was "the exclusive responsibility of the states bordering it."

A senior Western diplomat in Addis Ababa, who asked not to be named because the talks are confidential, said Washington and Brussels had privately urged Abiy to pull back. "Everyone is worried that a miscalculation turns into a full war," the diplomat said.

"Nobody in this region can afford another war between these two brothers." The warning came from Kenyan President William Ruto, who spoke to both leaders by phone on Monday.

The regional bloc IGAD called on both governments to "exercise utmost restraint" and said its executive secretary, Workneh Gebeyehu, was ready to host talks in Djibouti.

The two countries fought a border war from 1998 to 2000 that killed tens of thousands of people. A peace deal in 2018 won Abiy the Nobel Peace Prize, but relations soured after the war in Ethiopia's Tigray region ended in 2022.

"Both sides have learned very little from 1998," said Amina Warsame, the director of the Horn of Africa programme at the Rift Research Institute in Nairobi. "The rhetoric is the same, and so are the risks."

Asked whether Washington would impose sanctions, a State Department spokesperson said the United States was "in close contact with both governments" and would not speculate."""

build(
    "bordertension-eritrea-ethiopia-2026-02-24", ASSAB,
    actors=[
        A("Eritrea", "country", "ERI", aliases=["Asmara", "Eritrean"]),
        A("Ethiopia", "country", "ETH", aliases=["Addis Ababa", "Ethiopian", "regime in Addis Ababa"]),
        A("Yemane Gebremeskel", "person", "ERI", "Information Minister", ["Gebremeskel", "Yemane"]),
        A("Legesse Tulu", "person", "ETH", "government spokesman", ["Tulu", "Legesse"]),
        A("Abiy Ahmed", "person", "ETH", "Prime Minister", ["Abiy"]),
        A("African Union", "organization", None, aliases=["AU", "African Union Commission"]),
        A("Mahmoud Ali Youssouf", "person", None, "Commission chairperson", ["Youssouf"], organization="African Union"),
        A("Egypt", "country", "EGY", aliases=["Cairo", "Egyptian"]),
        A("senior Western diplomat", "person", None, "diplomat", ["Western diplomat", "A senior Western diplomat", "diplomat"], anonymous=True),
        A("United States", "country", "USA", aliases=["Washington", "US", "State Department"]),
        A("European Union", "organization", None, aliases=["EU", "Brussels"]),
        A("Kenya", "country", "KEN", aliases=["Kenyan", "Nairobi"]),
        A("William Ruto", "person", "KEN", "President", ["Ruto"]),
        A("IGAD", "organization", None, aliases=["Intergovernmental Authority on Development", "regional bloc IGAD"]),
        A("Workneh Gebeyehu", "person", None, "executive secretary", ["Gebeyehu", "Workneh"], organization="IGAD"),
        A("Amina Warsame", "person", None, "director", ["Warsame"], organization="Rift Research Institute"),
        A("Rift Research Institute", "organization", None, aliases=[]),
        A("State Department spokesperson", "person", "USA", "spokesperson", ["spokesperson", "a State Department spokesperson"], anonymous=True),
    ],
    quotes=[
        Q("partial", "every inch", "Eritrea", "warn"),
        Q("indirect", "Ethiopian armoured units moving towards the border", None, "show", optional=True),
        Q("indirect", "it would defend \"every inch\" of its territory", "Eritrea", "warn"),
        Q("direct", "The regime in Addis Ababa has chosen the path of aggression,", "Yemane Gebremeskel", "write", "twitter"),
        Q("direct", "Eritrea does not seek war, but it will not be intimidated.", "Yemane Gebremeskel", "write", "twitter"),
        Q("indirect", "Its troop movements were \"routine and defensive", "Legesse Tulu", "tell", "television"),
        Q("partial", "routine and defensive,", "Legesse Tulu", "tell", "television"),
        Q("indirect", "Addis Ababa remained committed to \"peaceful means\" of securing access to the sea", "Legesse Tulu", "add", "television"),
        Q("partial", "peaceful means", "Legesse Tulu", "add", "television"),
        Q("partial", "existential", "Abiy Ahmed", "describe"),
        Q("indirect", "Ethiopia had \"no intention of invading anyone\" but could not remain \"a prisoner of geography.\"", "Abiy Ahmed", "say", "speech"),
        Q("partial", "no intention of invading anyone", "Abiy Ahmed", "say", "speech"),
        Q("partial", "a prisoner of geography.", "Abiy Ahmed", "say", "speech"),
        Q("indirect", "Commission chairperson Mahmoud Ali Youssouf has sent a special envoy to both capitals", "Mahmoud Ali Youssouf", "according to", "statement", optional=True),
        Q("indirect", "the security of the Red Sea was \"the exclusive responsibility of the states bordering it.\"", "Egypt", "say", "statement"),
        Q("partial", "the exclusive responsibility of the states bordering it.", "Egypt", "say", "statement"),
        Q("indirect", "Washington and Brussels had privately urged Abiy to pull back", "senior Western diplomat", "say"),
        Q("direct", "Everyone is worried that a miscalculation turns into a full war,", "senior Western diplomat", "say"),
        Q("direct", "Nobody in this region can afford another war between these two brothers.", "William Ruto", None),
        Q("partial", "exercise utmost restraint", "IGAD", "call"),
        Q("indirect", "its executive secretary, Workneh Gebeyehu, was ready to host talks in Djibouti", "IGAD", "say"),
        Q("direct", "Both sides have learned very little from 1998,", "Amina Warsame", "say"),
        Q("direct", "The rhetoric is the same, and so are the risks.", "Amina Warsame", "say"),
        Q("indirect", "the United States was \"in close contact with both governments\" and would not speculate", "State Department spokesperson", "say"),
        Q("partial", "in close contact with both governments", "State Department spokesperson", "say"),
    ],
    dates=[
        D("Tuesday", "DATE", "2026-02-24"),
        D("last month", "DATE", "2026-01"),
        D("last year", "DATE", "2025"),
        D("Monday", "DATE", "2026-02-23"),
        D("1998", "DATE", "1998", 0),
        D("2000", "DATE", "2000"),
        D("2018", "DATE", "2018"),
        D("2022", "DATE", "2022"),
        D("1998", "DATE", "1998", 1),
    ],
    stances=[
        S("Eritrea", "accuse", "Ethiopia", evidence="accused Ethiopia of preparing a war"),
        S("Eritrea", "threaten", "Ethiopia", evidence="warned it would defend \"every inch\" of its territory"),
        # docs/stances.md: "urged X to …" is an appeal, also when reported by an anonymous source
        S("United States", "appeal", "Abiy Ahmed", "withdrawal", "Washington and Brussels had privately urged Abiy to pull back"),
        S("European Union", "appeal", "Abiy Ahmed", "withdrawal", "Washington and Brussels had privately urged Abiy to pull back"),
        S("Yemane Gebremeskel", "accuse", "Ethiopia", evidence="The regime in Addis Ababa has chosen the path of aggression"),
        S("Ethiopia", "reject", "Eritrea", evidence="Ethiopia rejected the charge."),
        S("African Union", "concern", None, evidence="The African Union voiced alarm."),
        S("Mahmoud Ali Youssouf", "mediate", None, evidence="has sent a special envoy to both capitals"),
        S("William Ruto", "consult", "Abiy Ahmed", evidence="spoke to both leaders by phone"),
        S("IGAD", "appeal", None, "restraint", "called on both governments to \"exercise utmost restraint\""),
        S("IGAD", "mediate", None, evidence="was ready to host talks in Djibouti"),
        S("senior Western diplomat", "concern", None, "war", "Everyone is worried that a miscalculation turns into a full war"),
    ],
    notes="Invented article (quotes round 2). Ruto's quote is named in the NEXT sentence ('The warning came from'). "
          "Tulu's clause begins with a possessive ('Its troop movements'), the pronoun being Ethiopia's. "
          "'according to a statement from his office' reports Youssouf's act: optional. The quoted fragments inside "
          "Abiy's reported clause are partial quotes too; 'Addressing lawmakers' makes it a speech. The joint "
          "statement's speaker is Egypt, the sentence's subject. 'Asked whether …, a spokesperson said' reports the "
          "spokesperson's clause. What satellite images 'showed' is optional as an indirect quote with no speaker "
          "(docs/quotes.md reports what a poll or footage shows; added after the first run).",
)

if __name__ == "__main__":
    WRITER.report()
