"""Builds the ninth held-out set (NAME.txt) and its hand-written gold (NAME.gold.json).

Ninth held-out set: 6 invented reaction articles written on 2026-11-26 by a helper who changed no
library code and did not read the library's source, at the same time as the eighth development
set; the gold was committed before reactlib was run on them. Held out: do not read or tune against
it. As in the development sets, the annotation lives here as data so that offsets are computed,
never typed (a quote or date is given by its text and, where the same words occur more than once,
by its occurrence number, 0-based). Run `python3 tests/generalization_holdout9/build_gold.py` after
editing. Conventions follow ../shared/eval/GOLD_FORMAT.md, the reference gold and the development
sets: countries speak through their ministries, presidencies and capitals; a summons or an
ambassador's recall is a criticism; background takes no stance; a negated or hedged stance
("stopped short of condemning", "did not call for") is not annotated; anonymous officials are
actors of the country the context gives them; an appeal to "all sides" has a null target.
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


# --------------------------------------------------------------------------- 1. drone strike on the Turkish embassy compound in Baghdad (wire, "local time (GMT)", "second time in a week")
BAGHDAD = """ date 2026-07-30 BAGHDAD, July 30 - A drone packed with explosives struck the Turkish embassy compound in Baghdad at 3:40 a.m. local time (0040 GMT) on Thursday, damaging a residential building and wounding two Iraqi guards, Iraqi security officials said. It was the second attack on the compound in a week.

No group claimed responsibility. A senior Iraqi security official, speaking on condition of anonymity, said the drone had been launched from an orchard south of the capital and that investigators suspected an Iran-aligned militia angered by Turkish air strikes in northern Iraq. He said a second drone had been shot down over the Tigris.

Turkish Foreign Minister Hakan Fidan said Ankara held the Iraqi government responsible for protecting its diplomats. "Whoever is behind this cowardly attack will be found, and they will pay," Fidan told reporters in Ankara. Turkey summoned Iraq's ambassador for the second time in a week.

Iraqi Prime Minister Mohammed Shia al-Sudani condemned "this criminal act, which targets Iraq before it targets our Turkish brothers," and ordered an investigation. His spokesman, Basim al-Awadi, said several suspects had been detained by Thursday afternoon.

Kataib Hezbollah, the most powerful of the Iran-backed groups, denied any role. In a statement on Telegram, its security official Abu Ali al-Askari called the accusations "Turkish fabrications" but warned that "occupation forces" on Iraqi soil would not be safe.

Iran's foreign ministry spokesman Esmaeil Baghaei said Tehran opposed "any attack on diplomatic missions" but did not condemn the strike directly.

The United Nations mission in Iraq (UNAMI) said the inviolability of diplomatic premises was "a cornerstone of international law." The United States, Britain and France issued a joint statement condemning the attack and calling on Baghdad to bring those responsible to justice.

The Arab League's secretary-general, Ahmed Aboul Gheit, said he was following events "with great concern."

Turkish jets have carried out dozens of strikes on suspected PKK positions in northern Iraq since early June. Last Friday, a rocket landed near the same compound without causing casualties."""

build(
    "embassy-drone-baghdad-2026-07-30", BAGHDAD,
    actors=[
        A("Turkey", "country", "TUR", aliases=["Ankara", "Turkish", "our Turkish brothers"]),
        A("Iraq", "country", "IRQ", aliases=["Iraqi security officials", "the Iraqi government", "Iraq's ambassador", "Baghdad", "Iraqi"]),
        A("senior Iraqi security official", "person", "IRQ", "security official", ["A senior Iraqi security official", "He"], anonymous=True),
        A("Hakan Fidan", "person", "TUR", "Foreign Minister", ["Turkish Foreign Minister Hakan Fidan", "Fidan"]),
        A("Mohammed Shia al-Sudani", "person", "IRQ", "Prime Minister", ["Iraqi Prime Minister Mohammed Shia al-Sudani", "His"]),
        A("Basim al-Awadi", "person", "IRQ", "spokesman", ["His spokesman, Basim al-Awadi"]),
        A("Kataib Hezbollah", "group", "IRQ", aliases=["the most powerful of the Iran-backed groups", "its"]),
        A("Abu Ali al-Askari", "person", "IRQ", "security official", ["its security official Abu Ali al-Askari"], organization="Kataib Hezbollah"),
        A("Iran", "country", "IRN", aliases=["Iran's foreign ministry", "Tehran"]),
        A("Esmaeil Baghaei", "person", "IRN", "foreign ministry spokesman", ["Iran's foreign ministry spokesman Esmaeil Baghaei"]),
        A("United Nations Assistance Mission for Iraq", "organization", None, aliases=["The United Nations mission in Iraq", "UNAMI"]),
        A("United States", "country", "USA", aliases=["The United States"]),
        A("United Kingdom", "country", "GBR", aliases=["Britain"]),
        A("France", "country", "FRA"),
        A("Arab League", "organization", None, aliases=["The Arab League"]),
        A("Ahmed Aboul Gheit", "person", None, "secretary-general", ["The Arab League's secretary-general, Ahmed Aboul Gheit", "he"], organization="Arab League"),
        A("PKK", "group", "TUR"),
    ],
    quotes=[
        Q("indirect", "A drone packed with explosives struck the Turkish embassy compound in Baghdad at 3:40 a.m. local time (0040 GMT) on Thursday, damaging a residential building and wounding two Iraqi guards", "Iraq", "say"),
        Q("indirect", "the drone had been launched from an orchard south of the capital and that investigators suspected an Iran-aligned militia angered by Turkish air strikes in northern Iraq", "senior Iraqi security official", "say"),
        Q("indirect", "a second drone had been shot down over the Tigris", "senior Iraqi security official", "say"),
        Q("indirect", "Ankara held the Iraqi government responsible for protecting its diplomats", "Hakan Fidan", "say"),
        Q("direct", "Whoever is behind this cowardly attack will be found, and they will pay,", "Hakan Fidan", "tell"),
        Q("partial", "this criminal act, which targets Iraq before it targets our Turkish brothers,", "Mohammed Shia al-Sudani", "condemn"),
        Q("indirect", "several suspects had been detained by Thursday afternoon", "Basim al-Awadi", "say"),
        Q("partial", "Turkish fabrications", "Abu Ali al-Askari", "call", "telegram"),
        Q("indirect", "\"occupation forces\" on Iraqi soil would not be safe", "Abu Ali al-Askari", "warn", "telegram"),
        Q("partial", "occupation forces", "Abu Ali al-Askari", "warn", "telegram"),
        Q("indirect", "Tehran opposed \"any attack on diplomatic missions\"", "Esmaeil Baghaei", "say"),
        Q("partial", "any attack on diplomatic missions", "Esmaeil Baghaei", "say"),
        Q("indirect", "the inviolability of diplomatic premises was \"a cornerstone of international law.\"", "United Nations Assistance Mission for Iraq", "say"),
        Q("partial", "a cornerstone of international law.", "United Nations Assistance Mission for Iraq", "say"),
        Q("indirect", "he was following events \"with great concern.\"", "Ahmed Aboul Gheit", "say"),
        Q("partial", "with great concern.", "Ahmed Aboul Gheit", "say"),
    ],
    dates=[
        D("July 30", "DATE", "2026-07-30"),
        D("3:40 a.m. local time", "TIME", "2026-07-30T03:40"),
        D("0040 GMT", "TIME", "2026-07-30T00:40"),
        D("Thursday", "DATE", "2026-07-30"),
        D("in a week", "DURATION", "P1W"),
        D("for the second time in a week", "DURATION", "P1W"),
        D("Thursday afternoon", "TIME", "2026-07-30TAF"),
        D("since early June", "DATE", "2026-06"),
        D("Last Friday", "DATE", "2026-07-24"),
    ],
    stances=[
        S("senior Iraqi security official", "accuse", None, evidence="investigators suspected an Iran-aligned militia"),
        S("Hakan Fidan", "criticize", "Iraq", evidence="Ankara held the Iraqi government responsible for protecting its diplomats"),
        S("Hakan Fidan", "threaten", None, evidence="they will pay"),
        S("Turkey", "criticize", "Iraq", evidence="Turkey summoned Iraq's ambassador"),
        S("Mohammed Shia al-Sudani", "condemn", None, evidence="condemned \"this criminal act"),
        S("Kataib Hezbollah", "reject", None, evidence="denied any role"),
        S("Abu Ali al-Askari", "reject", "Turkey", evidence="called the accusations \"Turkish fabrications\""),
        S("Abu Ali al-Askari", "threaten", "Turkey", evidence="\"occupation forces\" on Iraqi soil would not be safe"),
        S("United Nations Assistance Mission for Iraq", "criticize", None, evidence="the inviolability of diplomatic premises was \"a cornerstone of international law.\""),
        S("United States", "condemn", None, evidence="issued a joint statement condemning the attack"),
        S("United Kingdom", "condemn", None, evidence="issued a joint statement condemning the attack"),
        S("France", "condemn", None, evidence="issued a joint statement condemning the attack"),
        S("United States", "demand", "Iraq", "bring those responsible to justice", "calling on Baghdad to bring those responsible to justice"),
        S("United Kingdom", "demand", "Iraq", "bring those responsible to justice", "calling on Baghdad to bring those responsible to justice"),
        S("France", "demand", "Iraq", "bring those responsible to justice", "calling on Baghdad to bring those responsible to justice"),
        S("Ahmed Aboul Gheit", "concern", None, "the attack", "\"with great concern.\""),
    ],
    notes="Invented article (ninth held-out set; the strike, the suspects and all quoted words are invented, the "
          "officials used freely). '3:40 a.m. local time (0040 GMT)' is two TIME expressions. 'for the second time in a "
          "week' and 'in a week' are annotated as one-week durations. Iran 'did not condemn the strike directly': no "
          "condemnation; its opposition to attacks on missions is not annotated as a stance (uncertain). UNAMI's "
          "reminder of inviolability is read as criticism without a target (uncertain). The PKK is only background.",
)


# --------------------------------------------------------------------------- 2. a president's sudden death and a disputed succession in Equatorial Guinea (roles before and after names in several orders)
MALABO = """ date 2026-08-05 MALABO, Aug 5 - Equatorial Guinea's President Teodoro Obiang Nguema Mbasogo, Africa's longest-serving head of state, died suddenly on Tuesday at the age of 84, setting off a succession struggle between his son and the speaker of the Senate.

State television interrupted its programmes at 6:30 p.m. to announce the death, which it attributed to a heart attack during a cabinet meeting. Within two hours, Vice-President Teodoro Nguema Obiang Mangue, the late leader's son, declared himself interim head of state. "I will guarantee continuity, peace and the unity of our nation," he said in a televised speech, flanked by army commanders.

But Teresa Efua Asangono, president of the Senate, said the constitution required her to take over for 90 days and organise an election. "Nobody inherits this country like a family farm," she told Radio Macuto from an undisclosed location on Wednesday morning. Her lawyer, Ponciano Mbomio, said she had filed a petition with the Constitutional Court.

The government spokesman, Jeronimo Osa Osa Ecoro, rejected her claim as "an attempt to sow chaos" and said the armed forces had "recognised the legitimate authority."

The African Union's Peace and Security Council met in emergency session on Wednesday. Its chairperson for the month, Ambassador Amma Twum-Amoah of Ghana, said the council expected "strict respect for the constitutional order" and would not recognise "any unconstitutional change of government." She did not say which claimant the council considered legitimate.

Cameroonian President Paul Biya and Gabon's leader, Brice Clotaire Oligui Nguema, sent condolences and called for calm. Spain, the former colonial power, said through its foreign minister, Jose Manuel Albares, that it "trusts the institutions of Equatorial Guinea" to resolve the dispute peacefully.

The exiled opposition leader Severo Moto, 82, posted on Facebook that "the dictatorship has lost its head, not its body," and urged Equatoguineans to stay home on Friday in protest.

Oil output, which accounts for most of the country's exports, was unaffected, state oil company GEPetrol said in a brief statement.

Obiang took power in a coup in August 1979. His son has been vice-president since 2016."""

build(
    "succession-malabo-2026-08-05", MALABO,
    actors=[
        A("Equatorial Guinea", "country", "GNQ", aliases=["Equatorial Guinea's", "The government", "the country's", "our nation"]),
        A("Teodoro Obiang Nguema Mbasogo", "person", "GNQ", "President", ["Equatorial Guinea's President Teodoro Obiang Nguema Mbasogo", "Africa's longest-serving head of state", "the late leader's", "Obiang", "his"]),
        A("Teodoro Nguema Obiang Mangue", "person", "GNQ", "Vice-President", ["Vice-President Teodoro Nguema Obiang Mangue", "the late leader's son", "he", "His son", "his son"]),
        A("Teresa Efua Asangono", "person", "GNQ", "president of the Senate", ["Teresa Efua Asangono, president of the Senate", "the speaker of the Senate", "she", "Her", "her"]),
        A("Ponciano Mbomio", "person", "GNQ", "lawyer", ["Her lawyer, Ponciano Mbomio"]),
        A("Jeronimo Osa Osa Ecoro", "person", "GNQ", "government spokesman", ["The government spokesman, Jeronimo Osa Osa Ecoro"]),
        A("African Union Peace and Security Council", "organization", None, aliases=["The African Union's Peace and Security Council", "the council", "Its"]),
        A("Amma Twum-Amoah", "person", "GHA", "chairperson", ["Its chairperson for the month, Ambassador Amma Twum-Amoah of Ghana", "She"], organization="African Union Peace and Security Council"),
        A("Paul Biya", "person", "CMR", "President", ["Cameroonian President Paul Biya"]),
        A("Brice Clotaire Oligui Nguema", "person", "GAB", "leader", ["Gabon's leader, Brice Clotaire Oligui Nguema"]),
        A("Spain", "country", "ESP", aliases=["the former colonial power"]),
        A("Jose Manuel Albares", "person", "ESP", "foreign minister", ["its foreign minister, Jose Manuel Albares"]),
        A("Severo Moto", "person", "GNQ", "opposition leader", ["The exiled opposition leader Severo Moto"]),
        A("GEPetrol", "organization", "GNQ", aliases=["state oil company GEPetrol"]),
    ],
    quotes=[
        Q("direct", "I will guarantee continuity, peace and the unity of our nation,", "Teodoro Nguema Obiang Mangue", "say", "television"),
        Q("indirect", "the constitution required her to take over for 90 days and organise an election", "Teresa Efua Asangono", "say"),
        Q("direct", "Nobody inherits this country like a family farm,", "Teresa Efua Asangono", "tell", "radio"),
        Q("indirect", "she had filed a petition with the Constitutional Court", "Ponciano Mbomio", "say"),
        Q("partial", "an attempt to sow chaos", "Jeronimo Osa Osa Ecoro", "reject"),
        Q("indirect", "the armed forces had \"recognised the legitimate authority.\"", "Jeronimo Osa Osa Ecoro", "say"),
        Q("partial", "recognised the legitimate authority.", "Jeronimo Osa Osa Ecoro", "say"),
        Q("indirect", "the council expected \"strict respect for the constitutional order\" and would not recognise \"any unconstitutional change of government.\"", "Amma Twum-Amoah", "say"),
        Q("partial", "strict respect for the constitutional order", "Amma Twum-Amoah", "say"),
        Q("partial", "any unconstitutional change of government.", "Amma Twum-Amoah", "say"),
        Q("indirect", "it \"trusts the institutions of Equatorial Guinea\" to resolve the dispute peacefully", "Spain", "say"),
        Q("partial", "trusts the institutions of Equatorial Guinea", "Spain", "say"),
        Q("indirect", "\"the dictatorship has lost its head, not its body,\"", "Severo Moto", "post", "facebook"),
        Q("partial", "the dictatorship has lost its head, not its body,", "Severo Moto", "post", "facebook"),
        Q("indirect", "Oil output, which accounts for most of the country's exports, was unaffected", "GEPetrol", "say", "statement"),
    ],
    dates=[
        D("Aug 5", "DATE", "2026-08-05"),
        D("Tuesday", "DATE", "2026-08-04"),
        D("6:30 p.m.", "TIME", "2026-08-04T18:30"),
        D("Within two hours", "DURATION", "PT2H"),
        D("90 days", "DURATION", "P90D"),
        D("Wednesday morning", "TIME", "2026-08-05TMO"),
        D("Wednesday", "DATE", "2026-08-05", n=1),
        D("the month", "DATE", "2026-08"),
        D("Friday", "DATE", "2026-08-07"),
        D("August 1979", "DATE", "1979-08"),
        D("since 2016", "DATE", "2016"),
    ],
    stances=[
        S("Teresa Efua Asangono", "reject", "Teodoro Nguema Obiang Mangue", evidence="Nobody inherits this country like a family farm"),
        S("Jeronimo Osa Osa Ecoro", "reject", "Teresa Efua Asangono", evidence="rejected her claim as \"an attempt to sow chaos\""),
        S("Amma Twum-Amoah", "demand", None, "respect for the constitutional order", "the council expected \"strict respect for the constitutional order\""),
        S("Amma Twum-Amoah", "threaten", None, evidence="would not recognise \"any unconstitutional change of government.\""),
        S("Paul Biya", "appeal", None, "calm", "sent condolences and called for calm"),
        S("Brice Clotaire Oligui Nguema", "appeal", None, "calm", "sent condolences and called for calm"),
        S("Spain", "support", "Equatorial Guinea", evidence="it \"trusts the institutions of Equatorial Guinea\""),
        S("Severo Moto", "criticize", "Equatorial Guinea", evidence="the dictatorship has lost its head, not its body"),
        S("Severo Moto", "appeal", None, "stay home on Friday in protest", "urged Equatoguineans to stay home on Friday in protest"),
    ],
    notes="Invented article (ninth held-out set; the death, the succession dispute, Asangono, Mbomio and all quoted "
          "words are invented; the real people are used freely and nothing here happened). Roles are written before "
          "names ('Vice-President Teodoro ...'), after them ('Teresa Efua Asangono, president of the Senate') and as "
          "appositions with a country ('Ambassador Amma Twum-Amoah of Ghana'). Twum-Amoah 'did not say which claimant "
          "the council considered legitimate': no stance toward either claimant. Spain speaks 'through its foreign "
          "minister': the speaker is Spain. The condolences are not annotated as a stance. State television and Radio "
          "Macuto are channels, not speakers.",
)


# --------------------------------------------------------------------------- 3. Cambodia bans its main opposition party (hedged and negated stances)
PHNOMPENH = """ date 2026-10-28 PHNOM PENH, Oct 28 - Cambodia's Supreme Court on Tuesday dissolved the Candlelight Party, the country's main opposition force, and banned 86 of its leaders from politics for five years, acting on a petition filed by the Interior Ministry late last month.

The ruling Cambodian People's Party (CPP) welcomed the decision. Its spokesman, Sok Eysan, said the Candlelight Party had "conspired with foreigners to overthrow the government" and that the court had "protected peace and stability." Prime Minister Hun Manet, who succeeded his father in 2023, did not comment directly but wrote on Facebook on Tuesday evening that "those who respect the law have nothing to fear."

Candlelight's vice-president, Thach Setha, speaking by phone from Bangkok, called the verdict "the death of democracy in Cambodia" and said the party would appeal to the United Nations Human Rights Council. "They have not banned a party. They have banned the votes of two million people," he said.

International reactions were cautious. The U.S. State Department said it was "deeply troubled" by the ruling and urged Phnom Penh to "reverse course," but stopped short of announcing sanctions. Japan, Cambodia's largest aid donor, said it was "closely watching the situation" and did not call for the party's reinstatement. The European Union's spokesperson for foreign affairs, Anitta Hipper, said the bloc "regrets" the decision and would review Cambodia's trade preferences.

China's foreign ministry said the ban was Cambodia's internal affair and that Beijing "respects the choice of the Cambodian people."

Within the region, Malaysia's Foreign Minister Mohamad Hasan said he hoped all parties in Cambodia could "continue to participate in political life," while the Association of Southeast Asian Nations (ASEAN) issued no statement. A diplomat from one ASEAN member, who asked not to be identified, said the bloc was "unlikely to go beyond private concern."

Human Rights Watch's deputy Asia director, Bryony Lau, said the ruling completed "a decade-long campaign to crush every independent voice" and called on donors to suspend budget support.

Commune elections are due in mid-2027. The Candlelight Party won 22 percent of the vote in the last such elections, held in June 2022."""

build(
    "opposition-ban-phnom-penh-2026-10-28", PHNOMPENH,
    actors=[
        A("Cambodia", "country", "KHM", aliases=["Cambodia's Supreme Court", "the Interior Ministry", "the government", "the court", "Phnom Penh", "Cambodian"]),
        A("Candlelight Party", "organization", "KHM", aliases=["the Candlelight Party", "the country's main opposition force", "Candlelight's", "the party", "The Candlelight Party"]),
        A("Cambodian People's Party", "organization", "KHM", aliases=["The ruling Cambodian People's Party", "CPP", "Its"]),
        A("Sok Eysan", "person", "KHM", "spokesman", ["Its spokesman, Sok Eysan"], organization="Cambodian People's Party"),
        A("Hun Manet", "person", "KHM", "Prime Minister", ["Prime Minister Hun Manet"]),
        A("Thach Setha", "person", "KHM", "vice-president", ["Candlelight's vice-president, Thach Setha", "he"], organization="Candlelight Party"),
        A("United Nations Human Rights Council", "organization", None, aliases=["the United Nations Human Rights Council"]),
        A("United States", "country", "USA", aliases=["The U.S. State Department"]),
        A("Japan", "country", "JPN", aliases=["Cambodia's largest aid donor"]),
        A("European Union", "organization", None, aliases=["The European Union", "the bloc"]),
        A("Anitta Hipper", "person", None, "spokesperson for foreign affairs", ["The European Union's spokesperson for foreign affairs, Anitta Hipper"], organization="European Union"),
        A("China", "country", "CHN", aliases=["China's foreign ministry", "Beijing"]),
        A("Malaysia", "country", "MYS"),
        A("Mohamad Hasan", "person", "MYS", "Foreign Minister", ["Malaysia's Foreign Minister Mohamad Hasan", "he"]),
        A("Association of Southeast Asian Nations", "organization", None, aliases=["the Association of Southeast Asian Nations", "ASEAN"]),
        A("ASEAN diplomat", "person", None, "diplomat", ["A diplomat from one ASEAN member"], anonymous=True),
        A("Human Rights Watch", "organization", None, aliases=["Human Rights Watch's"]),
        A("Bryony Lau", "person", None, "deputy Asia director", ["Human Rights Watch's deputy Asia director, Bryony Lau"], organization="Human Rights Watch"),
    ],
    quotes=[
        Q("indirect", "the Candlelight Party had \"conspired with foreigners to overthrow the government\" and that the court had \"protected peace and stability.\"", "Sok Eysan", "say"),
        Q("partial", "conspired with foreigners to overthrow the government", "Sok Eysan", "say"),
        Q("partial", "protected peace and stability.", "Sok Eysan", "say"),
        Q("partial", "those who respect the law have nothing to fear.", "Hun Manet", "write", "facebook"),
        Q("partial", "the death of democracy in Cambodia", "Thach Setha", "call", "phone call"),
        Q("indirect", "the party would appeal to the United Nations Human Rights Council", "Thach Setha", "say", "phone call"),
        Q("direct", "They have not banned a party. They have banned the votes of two million people,", "Thach Setha", "say", "phone call"),
        Q("indirect", "it was \"deeply troubled\" by the ruling", "United States", "say"),
        Q("partial", "deeply troubled", "United States", "say"),
        Q("partial", "reverse course,", "United States", "urge"),
        Q("indirect", "it was \"closely watching the situation\"", "Japan", "say"),
        Q("partial", "closely watching the situation", "Japan", "say"),
        Q("indirect", "the bloc \"regrets\" the decision and would review Cambodia's trade preferences", "Anitta Hipper", "say"),
        Q("partial", "regrets", "Anitta Hipper", "say"),
        Q("indirect", "the ban was Cambodia's internal affair and that Beijing \"respects the choice of the Cambodian people.\"", "China", "say"),
        Q("partial", "respects the choice of the Cambodian people.", "China", "say"),
        Q("indirect", "he hoped all parties in Cambodia could \"continue to participate in political life,\"", "Mohamad Hasan", "say"),
        Q("partial", "continue to participate in political life,", "Mohamad Hasan", "say"),
        Q("indirect", "the bloc was \"unlikely to go beyond private concern.\"", "ASEAN diplomat", "say"),
        Q("partial", "unlikely to go beyond private concern.", "ASEAN diplomat", "say"),
        Q("indirect", "the ruling completed \"a decade-long campaign to crush every independent voice\"", "Bryony Lau", "say"),
        Q("partial", "a decade-long campaign to crush every independent voice", "Bryony Lau", "say"),
    ],
    dates=[
        D("Oct 28", "DATE", "2026-10-28"),
        D("Tuesday", "DATE", "2026-10-27"),
        D("for five years", "DURATION", "P5Y"),
        D("late last month", "DATE", "2026-09"),
        D("in 2023", "DATE", "2023"),
        D("Tuesday evening", "TIME", "2026-10-27TEV"),
        D("decade-long", "DURATION", "P10Y"),
        D("mid-2027", "DATE", "2027"),
        D("June 2022", "DATE", "2022-06"),
    ],
    stances=[
        S("Cambodian People's Party", "welcome", "Cambodia", evidence="welcomed the decision"),
        S("Sok Eysan", "accuse", "Candlelight Party", evidence="\"conspired with foreigners to overthrow the government\""),
        S("Thach Setha", "condemn", "Cambodia", evidence="called the verdict \"the death of democracy in Cambodia\""),
        S("Thach Setha", "reject", "Cambodia", evidence="the party would appeal to the United Nations Human Rights Council"),
        S("United States", "concern", None, "the ruling", "it was \"deeply troubled\" by the ruling"),
        S("United States", "demand", "Cambodia", "reverse course", "urged Phnom Penh to \"reverse course,\""),
        S("Japan", "concern", None, "the situation", "\"closely watching the situation\""),
        S("Anitta Hipper", "concern", None, "the decision", "the bloc \"regrets\" the decision"),
        S("Anitta Hipper", "threaten", "Cambodia", evidence="would review Cambodia's trade preferences"),
        S("China", "support", "Cambodia", evidence="the ban was Cambodia's internal affair"),
        S("Mohamad Hasan", "appeal", "Cambodia", "let all parties participate in political life", "he hoped all parties in Cambodia could \"continue to participate in political life,\""),
        S("Bryony Lau", "condemn", "Cambodia", evidence="\"a decade-long campaign to crush every independent voice\""),
        S("Bryony Lau", "appeal", None, "suspend budget support", "called on donors to suspend budget support"),
    ],
    notes="Invented article (ninth held-out set; the ruling, the ban and all quoted words are invented, the officials "
          "used freely). Hedged and negated stances are not annotated: the US 'stopped short of announcing sanctions', "
          "Japan 'did not call for the party's reinstatement', Hun Manet 'did not comment directly', ASEAN 'issued no "
          "statement'. Japan's 'closely watching' is annotated as concern (uncertain). Hun Manet's Facebook post is a "
          "partial quote without a stance (implicit warning, uncertain). China's 'internal affair' is support for "
          "Cambodia's government. 'the bloc' occurs for the EU and then for ASEAN; only the first is listed as an alias (of the EU). The Supreme Court and the Interior "
          "Ministry are aliases of Cambodia.",
)


# --------------------------------------------------------------------------- 4. India-Pakistan ceasefire collapses on the Line of Control (Q&A explainer)
LOC = """ date 2026-09-10 NEW DELHI/ISLAMABAD, Sept 10 - A ceasefire along the Line of Control that divides Kashmir collapsed this week after three days of artillery exchanges killed at least 19 people. Here is what we know.

What happened?

Indian and Pakistani troops began firing across the de facto border in the Neelum valley and near Poonch on Monday night. The Indian army said Pakistani posts opened fire first "without provocation" and that it had responded "in a measured manner." Pakistan's military media wing, Inter-Services Public Relations (ISPR), said Indian shells had hit a school and a bus in Athmuqam and accused India of "deliberately targeting civilians."

Who has died?

Pakistani officials say 12 civilians and two soldiers were killed on their side. India's defence ministry says five of its soldiers died. Neither figure could be independently verified.

What do the two governments say?

Indian Defence Minister Rajnath Singh told parliament on Wednesday that India "does not seek escalation but will answer every bullet." Pakistan's Prime Minister, Shehbaz Sharif, said in a televised address the same evening that his country would "defend every inch" of Kashmir and called on the United Nations to send observers. He also said he was ready to talk "if India is serious."

Are they talking?

Barely. The two armies' directors general of military operations spoke on their hotline on Tuesday for the first time since February, a senior Indian official said on condition of anonymity, but the call "produced nothing." The official said another call was scheduled for Friday.

How has the world reacted?

UN Secretary-General Antonio Guterres urged "maximum restraint" from both nuclear-armed neighbours. China, Pakistan's closest ally, called for a ceasefire but did not blame India. U.S. Secretary of State Marco Rubio phoned both foreign ministers on Wednesday, the State Department said, and "encouraged direct dialogue." Saudi Arabia and Iran each offered to mediate.

What happens next?

The 2003 ceasefire, renewed in February 2021, has broken down before, most recently in May 2025. Analysts expect the shelling to ease before the onset of winter, when snow closes many of the posts, but warn that the next 48 hours are critical."""

build(
    "ceasefire-collapse-kashmir-2026-09-10", LOC,
    actors=[
        A("India", "country", "IND", aliases=["Indian", "The Indian army", "India's defence ministry", "its"]),
        A("Pakistan", "country", "PAK", aliases=["Pakistani", "Pakistani officials", "his country", "Pakistan's"]),
        A("Inter-Services Public Relations", "organization", "PAK", aliases=["Pakistan's military media wing", "ISPR"]),
        A("Rajnath Singh", "person", "IND", "Defence Minister", ["Indian Defence Minister Rajnath Singh"]),
        A("Shehbaz Sharif", "person", "PAK", "Prime Minister", ["Pakistan's Prime Minister, Shehbaz Sharif", "He"]),
        A("United Nations", "organization", None, aliases=["the United Nations", "UN"]),
        A("senior Indian official", "person", "IND", "official", ["a senior Indian official", "The official"], anonymous=True),
        A("Antonio Guterres", "person", None, "Secretary-General", ["UN Secretary-General Antonio Guterres"], organization="United Nations"),
        A("China", "country", "CHN", aliases=["Pakistan's closest ally"]),
        A("United States", "country", "USA", aliases=["the State Department"]),
        A("Marco Rubio", "person", "USA", "Secretary of State", ["U.S. Secretary of State Marco Rubio"]),
        A("Saudi Arabia", "country", "SAU"),
        A("Iran", "country", "IRN"),
    ],
    quotes=[
        Q("indirect", "Pakistani posts opened fire first \"without provocation\" and that it had responded \"in a measured manner.\"", "India", "say"),
        Q("partial", "without provocation", "India", "say"),
        Q("partial", "in a measured manner.", "India", "say"),
        Q("indirect", "Indian shells had hit a school and a bus in Athmuqam", "Inter-Services Public Relations", "say"),
        Q("partial", "deliberately targeting civilians.", "Inter-Services Public Relations", "accuse"),
        Q("indirect", "12 civilians and two soldiers were killed on their side", "Pakistan", "say"),
        Q("indirect", "five of its soldiers died", "India", "say"),
        Q("indirect", "India \"does not seek escalation but will answer every bullet.\"", "Rajnath Singh", "tell"),
        Q("partial", "does not seek escalation but will answer every bullet.", "Rajnath Singh", "tell"),
        Q("indirect", "his country would \"defend every inch\" of Kashmir", "Shehbaz Sharif", "say", "television"),
        Q("partial", "defend every inch", "Shehbaz Sharif", "say", "television"),
        Q("indirect", "he was ready to talk \"if India is serious.\"", "Shehbaz Sharif", "say", "television"),
        Q("partial", "if India is serious.", "Shehbaz Sharif", "say", "television"),
        Q("indirect", "The two armies' directors general of military operations spoke on their hotline on Tuesday for the first time since February", "senior Indian official", "say"),
        Q("partial", "produced nothing.", "senior Indian official", "say"),
        Q("indirect", "another call was scheduled for Friday", "senior Indian official", "say"),
        Q("partial", "maximum restraint", "Antonio Guterres", "urge"),
        Q("partial", "encouraged direct dialogue.", "United States", "say"),
    ],
    dates=[
        D("Sept 10", "DATE", "2026-09-10"),
        D("this week", "DATE", "2026-W37"),
        D("three days", "DURATION", "P3D"),
        D("Monday night", "TIME", "2026-09-07TNI"),
        D("Wednesday", "DATE", "2026-09-09"),
        D("the same evening", "TIME", "2026-09-09TEV"),
        D("Tuesday", "DATE", "2026-09-08"),
        D("since February", "DATE", "2026-02"),
        D("Friday", "DATE", "2026-09-11"),
        D("Wednesday", "DATE", "2026-09-09", n=1),
        D("2003", "DATE", "2003"),
        D("February 2021", "DATE", "2021-02"),
        D("May 2025", "DATE", "2025-05"),
        D("winter", "DATE", "2026-WI"),
        D("the next 48 hours", "DURATION", "PT48H"),
    ],
    stances=[
        S("India", "accuse", "Pakistan", evidence="Pakistani posts opened fire first \"without provocation\""),
        S("Inter-Services Public Relations", "accuse", "India", evidence="accused India of \"deliberately targeting civilians.\""),
        S("Rajnath Singh", "threaten", "Pakistan", evidence="will answer every bullet"),
        S("Shehbaz Sharif", "threaten", "India", evidence="would \"defend every inch\" of Kashmir"),
        S("Shehbaz Sharif", "appeal", "United Nations", "send observers", "called on the United Nations to send observers"),
        S("Shehbaz Sharif", "consult", "India", evidence="he was ready to talk \"if India is serious.\""),
        S("India", "consult", "Pakistan", evidence="spoke on their hotline on Tuesday"),
        S("Pakistan", "consult", "India", evidence="spoke on their hotline on Tuesday"),
        S("Antonio Guterres", "appeal", None, "maximum restraint", "urged \"maximum restraint\" from both nuclear-armed neighbours"),
        S("China", "appeal", None, "ceasefire", "called for a ceasefire"),
        S("Marco Rubio", "consult", "India", evidence="phoned both foreign ministers on Wednesday"),
        S("Marco Rubio", "consult", "Pakistan", evidence="phoned both foreign ministers on Wednesday"),
        S("Marco Rubio", "appeal", None, "direct dialogue", "\"encouraged direct dialogue.\""),
        S("Saudi Arabia", "mediate", None, evidence="Saudi Arabia and Iran each offered to mediate"),
        S("Iran", "mediate", None, evidence="Saudi Arabia and Iran each offered to mediate"),
    ],
    notes="Invented article (ninth held-out set; the clashes, the casualties and all quoted words are invented, the "
          "officials used freely). Q&A explainer: the question lines are headings, not quotes. China 'did not blame "
          "India': no accusation. The State Department reports Rubio's calls (speaker: United States, cue 'say'); the "
          "stances are Rubio's. The unnamed analysts take no stance and are not an actor. 'winter' is annotated as the "
          "coming winter of 2026.",
)


# --------------------------------------------------------------------------- 5. Guinea expels the ECOWAS envoy (posts on X and Telegram, a communique quoted over paragraphs)
CONAKRY = """ date 2026-02-12 CONAKRY, Feb 12 - Guinea's military government on Wednesday ordered the West African bloc's special envoy to leave the country within 72 hours, accusing him of meeting opposition leaders "in secret" ahead of a long-delayed presidential election.

The expulsion of Ghanaian diplomat Kwesi Boateng, head of the Economic Community of West African States (ECOWAS) liaison office in Conakry since 2024, was announced in a communique read on state television at 8 p.m. and posted on the government's Telegram channel minutes later:

"The Government of the Republic of Guinea informs national and international opinion that Mr Kwesi Boateng has engaged in activities incompatible with his status.

"He has, on several occasions, held meetings with political actors without informing the competent authorities. Guinea will not accept any interference in its internal affairs, from whatever source."

Boateng, who left for Accra on Thursday morning, wrote on X that he had "only ever met Guineans of all parties, openly, as my mandate requires." He added: "I leave with sadness, not with bitterness."

ECOWAS Commission President Omar Alieu Touray said the bloc "deplores" the decision and called on Conakry to reconsider it. In a statement, the commission said it would hold an extraordinary meeting of foreign ministers in Abuja before the end of the month.

Ghana's Foreign Minister Samuel Okudzeto Ablakwa summoned Guinea's ambassador in Accra and said on X that Ghana "expects its nationals serving the region to be treated with respect." Senegal and Ivory Coast said they regretted the expulsion.

A senior Guinean official close to the presidency, who asked not to be named, said the junta leader, Mamadi Doumbouya, had personally signed the order after seeing photographs of Boateng with opposition figures. "The president felt insulted," the official said.

The main opposition alliance, the Forces Vives de Guinee, said on its Telegram channel that the expulsion "confirms the regime's fear of a free vote." Its spokesman, Aliou Bah, urged ECOWAS to impose targeted sanctions.

Russia's ambassador to Guinea, Alexey Ivanov, said at a reception in Conakry the same day that African states should "decide their affairs without lessons from outside." He did not mention ECOWAS by name.

The presidential election, first promised for 2024, is now set for December 13."""

build(
    "envoy-expelled-conakry-2026-02-12", CONAKRY,
    actors=[
        A("Guinea", "country", "GIN", aliases=["Guinea's military government", "The Government of the Republic of Guinea", "the competent authorities", "Conakry", "the junta", "the regime", "Guinean"]),
        A("Economic Community of West African States", "organization", None, aliases=["the West African bloc's", "the Economic Community of West African States", "ECOWAS", "the bloc", "the commission"]),
        A("Kwesi Boateng", "person", "GHA", "special envoy", ["special envoy", "Ghanaian diplomat Kwesi Boateng", "Mr Kwesi Boateng", "He", "Boateng", "his", "him"], organization="Economic Community of West African States"),
        A("Omar Alieu Touray", "person", None, "ECOWAS Commission President", ["ECOWAS Commission President Omar Alieu Touray"], organization="Economic Community of West African States"),
        A("Ghana", "country", "GHA", aliases=["Ghana's", "Accra"]),
        A("Samuel Okudzeto Ablakwa", "person", "GHA", "Foreign Minister", ["Ghana's Foreign Minister Samuel Okudzeto Ablakwa"]),
        A("Senegal", "country", "SEN"),
        A("Ivory Coast", "country", "CIV"),
        A("senior Guinean official", "person", "GIN", "official", ["A senior Guinean official close to the presidency", "the official"], anonymous=True),
        A("Mamadi Doumbouya", "person", "GIN", "junta leader", ["the junta leader, Mamadi Doumbouya", "The president"]),
        A("Forces Vives de Guinee", "organization", "GIN", aliases=["The main opposition alliance, the Forces Vives de Guinee", "its", "Its"]),
        A("Aliou Bah", "person", "GIN", "spokesman", ["Its spokesman, Aliou Bah"], organization="Forces Vives de Guinee"),
        A("Russia", "country", "RUS", aliases=["Russia's"]),
        A("Alexey Ivanov", "person", "RUS", "ambassador", ["Russia's ambassador to Guinea, Alexey Ivanov", "He"]),
    ],
    quotes=[
        Q("partial", "in secret", "Guinea", "accuse"),
        Q("direct", "The Government of the Republic of Guinea informs national and international opinion that Mr Kwesi Boateng has engaged in activities incompatible with his status.", "Guinea", "communique", "statement"),
        Q("direct", "He has, on several occasions, held meetings with political actors without informing the competent authorities. Guinea will not accept any interference in its internal affairs, from whatever source.", "Guinea", "communique", "statement"),
        Q("indirect", "he had \"only ever met Guineans of all parties, openly, as my mandate requires.\"", "Kwesi Boateng", "write", "twitter"),
        Q("partial", "only ever met Guineans of all parties, openly, as my mandate requires.", "Kwesi Boateng", "write", "twitter"),
        Q("direct", "I leave with sadness, not with bitterness.", "Kwesi Boateng", "add", "twitter"),
        Q("indirect", "the bloc \"deplores\" the decision", "Omar Alieu Touray", "say"),
        Q("partial", "deplores", "Omar Alieu Touray", "say"),
        Q("indirect", "it would hold an extraordinary meeting of foreign ministers in Abuja before the end of the month", "Economic Community of West African States", "say", "statement"),
        Q("indirect", "Ghana \"expects its nationals serving the region to be treated with respect.\"", "Samuel Okudzeto Ablakwa", "say", "twitter"),
        Q("partial", "expects its nationals serving the region to be treated with respect.", "Samuel Okudzeto Ablakwa", "say", "twitter"),
        Q("indirect", "they regretted the expulsion", "Senegal", "say"),
        Q("indirect", "the junta leader, Mamadi Doumbouya, had personally signed the order after seeing photographs of Boateng with opposition figures", "senior Guinean official", "say"),
        Q("direct", "The president felt insulted,", "senior Guinean official", "say"),
        Q("indirect", "the expulsion \"confirms the regime's fear of a free vote.\"", "Forces Vives de Guinee", "say", "telegram"),
        Q("partial", "confirms the regime's fear of a free vote.", "Forces Vives de Guinee", "say", "telegram"),
        Q("indirect", "African states should \"decide their affairs without lessons from outside.\"", "Alexey Ivanov", "say"),
        Q("partial", "decide their affairs without lessons from outside.", "Alexey Ivanov", "say"),
    ],
    dates=[
        D("Feb 12", "DATE", "2026-02-12"),
        D("Wednesday", "DATE", "2026-02-11"),
        D("within 72 hours", "DURATION", "PT72H"),
        D("since 2024", "DATE", "2024"),
        D("8 p.m.", "TIME", "2026-02-11T20:00"),
        D("minutes later", "DURATION", "PTXM"),
        D("Thursday morning", "TIME", "2026-02-12TMO"),
        D("the end of the month", "DATE", "2026-02"),
        D("the same day", "DATE", "2026-02-11"),
        D("for 2024", "DATE", "2024"),
        D("December 13", "DATE", "2026-12-13"),
    ],
    stances=[
        S("Guinea", "accuse", "Kwesi Boateng", evidence="accusing him of meeting opposition leaders \"in secret\""),
        S("Guinea", "reject", "Economic Community of West African States", evidence="Guinea will not accept any interference in its internal affairs"),
        S("Kwesi Boateng", "reject", "Guinea", evidence="only ever met Guineans of all parties, openly"),
        S("Omar Alieu Touray", "criticize", "Guinea", evidence="the bloc \"deplores\" the decision"),
        S("Omar Alieu Touray", "demand", "Guinea", "reconsider the expulsion", "called on Conakry to reconsider it"),
        S("Samuel Okudzeto Ablakwa", "criticize", "Guinea", evidence="summoned Guinea's ambassador in Accra"),
        S("Samuel Okudzeto Ablakwa", "demand", "Guinea", "treat its nationals with respect", "\"expects its nationals serving the region to be treated with respect.\""),
        S("Senegal", "criticize", "Guinea", evidence="Senegal and Ivory Coast said they regretted the expulsion"),
        S("Ivory Coast", "criticize", "Guinea", evidence="Senegal and Ivory Coast said they regretted the expulsion"),
        S("Forces Vives de Guinee", "criticize", "Guinea", evidence="confirms the regime's fear of a free vote"),
        S("Aliou Bah", "appeal", "Economic Community of West African States", "impose targeted sanctions", "urged ECOWAS to impose targeted sanctions"),
        S("Alexey Ivanov", "support", "Guinea", evidence="African states should \"decide their affairs without lessons from outside.\""),
    ],
    notes="Invented article (ninth held-out set; the expulsion, Boateng, Ivanov's words and all quoted words are "
          "invented, the officials used freely). Guinea's communique is printed over two paragraphs after a colon line, "
          "each a direct quote of Guinea (cue 'communique'). 'Senegal and Ivory Coast said they regretted' is one "
          "indirect quote given to Senegal (the first of the two speakers) and a criticism by each. Ivanov 'did not "
          "mention ECOWAS by name': his remark is annotated as support for Guinea, not as criticism of ECOWAS "
          "(uncertain). 'in secret' after 'accusing him of' is a partial quote of Guinea (cue 'accuse'), as in the development sets.",
)


# --------------------------------------------------------------------------- 6. Namibia's farm expropriation law (reaction roundup, company spokespeople, acronyms, "X, Y's Z" roles)
WINDHOEK = """ date 2026-11-04 WINDHOEK, Nov 4 - Namibia's National Assembly passed a law on Tuesday allowing the state to expropriate foreign-owned farmland with compensation set by a government tribunal, a move that President Netumbo Nandi-Ndaitwah called "the unfinished business of our independence."

The Land Reform (Amendment) Act passed by 62 votes to 28 after a debate that lasted until 1:15 a.m. on Tuesday. It covers about 4,000 farms, many owned by Germans, South Africans and investment funds. The president is expected to sign it within 30 days.

"For 36 years we have waited for willing sellers. The market has failed the landless," Nandi-Ndaitwah told a rally in Katutura on Tuesday evening. She promised that "no productive farm will be left idle."

The reaction from abroad was swift.

Germany's foreign office said it had "taken note" of the law and expected the rights of German citizens "to be fully respected." A spokesman, Martin Giese, added that Berlin remained committed to its 1.1 billion euro reconciliation fund for descendants of the Herero and Nama. He did not criticise the law itself.

South Africa's agriculture minister, John Steenhuisen, said he was "worried about the signal this sends to investors in our region" and would raise the issue with his Namibian counterpart at a meeting next week.

The Namibia Agricultural Union (NAU), which represents commercial farmers, said it would challenge the law in the High Court. "This is expropriation by decree, and it will end in empty shelves," NAU president Piet Gouws said.

Kalahari Agri Holdings, a Windhoek-based firm that manages 31 farms for foreign investors, said through its spokeswoman, Anneke van Wyk, that it was "assessing the legal position" and would not make new investments until the rules were clear.

The Landless People's Movement (LPM), the main opposition party, said the law did not go far enough. Its leader, Bernadus Swartbooi, called it "a half-measure designed to buy votes."

The Southern African Development Community (SADC) did not comment. Zimbabwe's information minister, Jenfan Muswere, praised Namibia for "taking back what was stolen" and offered to share Harare's "experience."

The International Monetary Fund (IMF), which concluded a review of Namibia's economy last month, said in Washington that secure property rights were "essential for growth" and urged the government to apply the law "transparently.\""""

build(
    "land-law-windhoek-2026-11-04", WINDHOEK,
    actors=[
        A("Namibia", "country", "NAM", aliases=["Namibia's National Assembly", "the state", "Namibian", "the government", "Namibia's"]),
        A("Netumbo Nandi-Ndaitwah", "person", "NAM", "President", ["President Netumbo Nandi-Ndaitwah", "The president", "Nandi-Ndaitwah", "She"]),
        A("Germany", "country", "DEU", aliases=["Germany's foreign office", "Berlin"]),
        A("Martin Giese", "person", "DEU", "spokesman", ["A spokesman, Martin Giese", "He"]),
        A("South Africa", "country", "ZAF", aliases=["South Africa's"]),
        A("John Steenhuisen", "person", "ZAF", "agriculture minister", ["South Africa's agriculture minister, John Steenhuisen", "he"]),
        A("Namibia Agricultural Union", "organization", "NAM", aliases=["The Namibia Agricultural Union", "NAU"]),
        A("Piet Gouws", "person", "NAM", "president", ["NAU president Piet Gouws"], organization="Namibia Agricultural Union"),
        A("Kalahari Agri Holdings", "organization", "NAM", aliases=["a Windhoek-based firm that manages 31 farms for foreign investors", "its"]),
        A("Anneke van Wyk", "person", "NAM", "spokeswoman", ["its spokeswoman, Anneke van Wyk"], organization="Kalahari Agri Holdings"),
        A("Landless People's Movement", "organization", "NAM", aliases=["The Landless People's Movement", "LPM", "the main opposition party", "Its"]),
        A("Bernadus Swartbooi", "person", "NAM", "leader", ["Its leader, Bernadus Swartbooi"], organization="Landless People's Movement"),
        A("Southern African Development Community", "organization", None, aliases=["The Southern African Development Community", "SADC"]),
        A("Zimbabwe", "country", "ZWE", aliases=["Zimbabwe's", "Harare"]),
        A("Jenfan Muswere", "person", "ZWE", "information minister", ["Zimbabwe's information minister, Jenfan Muswere"]),
        A("International Monetary Fund", "organization", None, aliases=["The International Monetary Fund", "IMF"]),
    ],
    quotes=[
        Q("partial", "the unfinished business of our independence.", "Netumbo Nandi-Ndaitwah", "call"),
        Q("direct", "For 36 years we have waited for willing sellers. The market has failed the landless,", "Netumbo Nandi-Ndaitwah", "tell"),
        Q("partial", "no productive farm will be left idle.", "Netumbo Nandi-Ndaitwah", "promise"),
        Q("indirect", "it had \"taken note\" of the law and expected the rights of German citizens \"to be fully respected.\"", "Germany", "say"),
        Q("partial", "taken note", "Germany", "say"),
        Q("partial", "to be fully respected.", "Germany", "say"),
        Q("indirect", "Berlin remained committed to its 1.1 billion euro reconciliation fund for descendants of the Herero and Nama", "Martin Giese", "add"),
        Q("indirect", "he was \"worried about the signal this sends to investors in our region\" and would raise the issue with his Namibian counterpart at a meeting next week", "John Steenhuisen", "say"),
        Q("partial", "worried about the signal this sends to investors in our region", "John Steenhuisen", "say"),
        Q("indirect", "it would challenge the law in the High Court", "Namibia Agricultural Union", "say"),
        Q("direct", "This is expropriation by decree, and it will end in empty shelves,", "Piet Gouws", "say"),
        Q("indirect", "it was \"assessing the legal position\" and would not make new investments until the rules were clear", "Kalahari Agri Holdings", "say"),
        Q("partial", "assessing the legal position", "Kalahari Agri Holdings", "say"),
        Q("indirect", "the law did not go far enough", "Landless People's Movement", "say"),
        Q("partial", "a half-measure designed to buy votes.", "Bernadus Swartbooi", "call"),
        Q("partial", "taking back what was stolen", "Jenfan Muswere", "praise"),
        Q("partial", "experience.", "Jenfan Muswere", "offer"),
        Q("indirect", "secure property rights were \"essential for growth\"", "International Monetary Fund", "say"),
        Q("partial", "essential for growth", "International Monetary Fund", "say"),
        Q("partial", "transparently.", "International Monetary Fund", "urge"),
    ],
    dates=[
        D("Nov 4", "DATE", "2026-11-04"),
        D("Tuesday", "DATE", "2026-11-03"),
        D("1:15 a.m. on Tuesday", "TIME", "2026-11-03T01:15"),
        D("within 30 days", "DURATION", "P30D"),
        D("For 36 years", "DURATION", "P36Y"),
        D("Tuesday evening", "TIME", "2026-11-03TEV"),
        D("next week", "DATE", "2026-W46"),
        D("last month", "DATE", "2026-10"),
    ],
    stances=[
        S("Germany", "demand", "Namibia", "respect the rights of German citizens", "expected the rights of German citizens \"to be fully respected.\""),
        S("John Steenhuisen", "concern", None, "the signal to investors", "\"worried about the signal this sends to investors in our region\""),
        S("John Steenhuisen", "consult", "Namibia", evidence="would raise the issue with his Namibian counterpart"),
        S("Namibia Agricultural Union", "reject", "Namibia", evidence="it would challenge the law in the High Court"),
        S("Piet Gouws", "criticize", "Namibia", evidence="This is expropriation by decree"),
        S("Landless People's Movement", "criticize", "Namibia", evidence="the law did not go far enough"),
        S("Bernadus Swartbooi", "criticize", "Namibia", evidence="\"a half-measure designed to buy votes.\""),
        S("Jenfan Muswere", "praise", "Namibia", evidence="praised Namibia for \"taking back what was stolen\""),
        S("Jenfan Muswere", "support", "Namibia", evidence="offered to share Harare's \"experience.\""),
        S("International Monetary Fund", "appeal", "Namibia", "apply the law transparently", "urged the government to apply the law \"transparently.\""),
    ],
    notes="Invented article (ninth held-out set; the law, the vote, Giese, Gouws, van Wyk, Kalahari Agri Holdings and "
          "all quoted words are invented, the officials used freely). Germany's spokesman 'did not criticise the law "
          "itself' and SADC 'did not comment': no stances. Kalahari Agri Holdings' wait-and-see is not a stance "
          "(uncertain). The '1:15 a.m. on Tuesday' end of the debate is annotated as one TIME. The IMF speaks 'in "
          "Washington' (place, not an alias).",
)


if __name__ == "__main__":
    WRITER.report()
