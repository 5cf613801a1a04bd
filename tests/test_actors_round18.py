"""Actors round 18: company-name endings, categories before a name, armed "Forces", a person of a
"<Place>-based" firm, companies not of the country in focus (own sentences, with negatives)."""

import reactlib


def _actor(text, name):
    article = reactlib.parse(text)
    found = [a for a in article.actors if a.name == name]
    return found[0] if found else None


def _names(text):
    return {a.name: a for a in reactlib.parse(text).actors}


def test_company_ending_makes_a_body_not_a_person():
    text = ("OSLO, March 3 (Reuters) - Norway's prime minister condemned the strike. Cargo carrier Borealis Lines "
            "said it had halted sailings to Bergen. Selva Maritime said its ship was held.")
    lines = _actor(text, "Borealis Lines")
    assert lines is not None and lines.kind == "organization"
    assert lines.country is None  # a company is not the dateline's country by default
    assert _actor(text, "Selva Maritime").kind == "organization"


def test_category_before_a_name_makes_a_body():
    text = ("OSLO, March 3 (Reuters) - Norway closed the port. Ferry line Baltic Star said it had halted sailings "
            "to Bergen. Rival carrier Nordic Wing said flights were normal.")
    actors = _names(text)
    assert actors["Baltic Star"].kind == "organization"
    assert actors["Nordic Wing"].kind == "organization"


def test_category_before_a_name_that_does_not_speak_stays_a_person():
    text = ("OSLO, March 3 (Reuters) - Norway closed the port. The firm Erik Lund founded in 2010 said it would "
            "sue. Erik Lund said he was sad.")
    lund = _actor(text, "Erik Lund")
    assert lund is not None and lund.kind == "person"


def test_defence_forces_named_after_no_country_are_an_armed_group():
    text = ("BAMAKO, May 2 (Reuters) - Gunmen from the Azawad Defence Forces (ADF) attacked a convoy near Kidal. "
            "The ADF later denied the claim.")
    adf = _actor(text, "Azawad Defence Forces")
    assert adf is not None and adf.kind == "group"
    assert len(adf.mentions) >= 2  # the acronym is a mention of it


def test_defence_forces_of_a_country_stay_its_organisation():
    text = "NAIROBI, May 2 (Reuters) - The Kenya Defence Forces said its troops were safe after the raid."
    kdf = _actor(text, "Kenya Defence Forces")
    assert kdf is not None and kdf.kind == "organization" and kdf.country == "KEN"


def test_person_of_a_based_firm_takes_its_country():
    text = ('QUITO, May 2 (Reuters) - Ecuador froze the accounts. "The move is unlawful," the investors\' lawyer, '
            "Tomas Herrera of the Santiago-based bank Andes Credito, told reporters. Herrera said more suits "
            "would follow.")
    actors = _names(text)
    assert actors["Tomas Herrera"].kind == "person" and actors["Tomas Herrera"].country == "CHL"
    assert actors["Andes Credito"].kind == "organization" and actors["Andes Credito"].country == "CHL"


def test_person_of_a_based_firm_after_the_verb_is_found():
    text = ('QUITO, May 2 (Reuters) - Ecuador froze the accounts. "We will appeal," said Lucia Paredes of the '
            "Bogota-based firm Cordillera Partners.")
    actors = _names(text)
    assert actors["Lucia Paredes"].country == "COL"
    assert actors["Cordillera Partners"].country == "COL"


def test_based_firm_with_no_person_adds_nobody():
    text = "QUITO, May 2 (Reuters) - Ecuador froze the accounts. The shares of the Lima-based firm Cordillera Partners fell."
    assert set(_names(text)) == {"Ecuador"}


def test_port_city_places_a_based_operator():
    text = ("DUBAI, March 3 (Reuters) - Iran seized the tanker Sea Lark, its operator, Limassol-based Orion "
            'Tankers, said. "The crew is safe," Orion Tankers said.')
    orion = _actor(text, "Orion Tankers")
    assert orion is not None and orion.kind == "organization" and orion.country == "CYP"


def test_possessive_counterpart_takes_the_demonym():
    text = ("NAIROBI, June 3 (Reuters) - Kenyan Foreign Minister Tom Oduya said he had spoken with his Tanzanian "
            "counterpart, Rose Mwakyusa, about the closure.")
    assert _actor(text, "Rose Mwakyusa").country == "TZA"
    assert _actor(text, "Tom Oduya").country == "KEN"


def test_based_place_taken_into_the_name_still_places_the_company():
    text = ("TRIPOLI, March 3 (Reuters) - Libya detained a cargo ship on Monday. Its manager, Genoa-based Ligure "
            "Freight, said the crew had done nothing wrong.")
    ligure = _actor(text, "Ligure Freight")
    assert ligure is not None and ligure.kind == "organization" and ligure.country == "ITA"


def test_continental_body_is_no_country_of_the_dateline():
    text = ("BELGRADE, May 3 (Reuters) - Serbia withdrew its team. The European Rowing Union said the boycott "
            "was regrettable. Its president, Anton Weiss, said the rules were clear.")
    actors = _names(text)
    assert actors["European Rowing Union"].kind == "organization" and actors["European Rowing Union"].country is None
    assert actors["Anton Weiss"].country is None  # the president of a body of no one country


def test_international_body_naming_a_country_keeps_it():
    text = ("ACCRA, May 3 (Reuters) - Ghana closed the border. The International Cocoa Council said prices would "
            "rise. The International University of Ghana said classes would move.")
    actors = _names(text)
    assert actors["International Cocoa Council"].country is None
    assert actors["International University of Ghana"].country == "GHA"


def test_world_sports_body_and_its_president_are_no_host_country():
    text = ("TEGUCIGALPA, June 3 (Reuters) - Honduras suspended the league. FIFA President Anton Keller said the "
            "decision was premature. The IOC said it was watching.")
    actors = _names(text)
    assert actors["FIFA"].kind == "organization" and actors["FIFA"].country is None
    assert actors["Anton Keller"].country is None
    assert actors["International Olympic Committee"].country is None


def test_body_of_a_region_is_no_one_countrys():
    text = ("LIBREVILLE, May 3 (Reuters) - Gabon raised the tariff. The Monetary Union of West Africa said it would "
            "review the decision. The Bar Council of Gabon said it would sue.")
    actors = _names(text)
    assert actors["Monetary Union of West Africa"].country is None
    assert actors["Bar Council of Gabon"].country == "GAB"


def test_body_of_a_region_with_an_acronym_is_no_one_countrys():
    text = ("LIBREVILLE, May 3 (Reuters) - Gabon raised the tariff. The Economic and Monetary Community of Central "
            "Africa (CEMAC) urged calm.")
    body = _actor(text, "Economic and Monetary Community of Central Africa")
    assert body is not None and body.country is None
    assert len(body.mentions) == 2  # its acronym too


def test_titled_person_after_an_organisations_label_is_its_officer():
    text = ("TBILISI, Sept 3 (Reuters) - Georgia passed the law on Tuesday.\n"
            "COUNCIL OF EUROPE: Secretary General Anna Lind called on the Georgian authorities to respect the "
            "right of assembly.\n"
            "EUROPEAN UNION: Italian Prime Minister Marco Verdi said the law was a mistake.\n")
    actors = _names(text)
    assert actors["Anna Lind"].organization == "Council of Europe" and actors["Anna Lind"].country is None
    assert actors["Marco Verdi"].country == "ITA"  # a demonym in the title keeps its country


def test_person_described_as_the_groups_officer_is_of_the_body_before():
    text = ("LIBREVILLE, May 3 (Reuters) - Gabon raised the tariff. Amnesty International criticised the move. "
            "'This is unlawful,' said Rose Tamba, the group's Africa director.")
    tamba = _actor(text, "Rose Tamba")
    assert tamba.organization == "Amnesty International" and tamba.country is None


def test_person_described_by_a_countrys_post_is_not_a_bodys_officer():
    text = ("LIBREVILLE, May 3 (Reuters) - Gabon raised the tariff. Amnesty International criticised the move. "
            "'This is lawful,' said Rose Tamba, the country's trade minister.")
    tamba = _actor(text, "Rose Tamba")
    assert tamba.organization is None and tamba.country == "GAB"
