"""Who the simulated customers are and where they live: cities, streets, postcodes, names, phones.

The order generator draws every customer and address from these tables. UK phone numbers are in
Ofcom's drama range (and e-mail addresses, made in the generator, at the reserved `example.*`
domains), so no generated order reaches a real person. The spellings are local (ß, accents,
"O'Brien"), as shops send them.
"""

from __future__ import annotations

from typing import Final

GB_INWARD_LETTERS: Final = "ABDEFGHJLNPQRSTUWXYZ"  # inward codes never use C I K M O V
NL_POSTCODE_LETTERS: Final = "ABCEGHJKLMNPRSTVWXZ"  # F I O Q U Y are not used

# Per country: (city, postcode spec, streets[, ISO 3166-2 subdivision]). A postcode spec is a
# (low, high) number range for the country's numeric format, or GB outward codes.
CITIES: Final[dict[str, tuple[tuple[str, tuple[int, int] | tuple[str, ...], tuple[str, ...], str], ...]]] = {
    "NL": (
        ("Amsterdam", (1011, 1109), ("Prinsengracht", "Kinkerstraat", "Javastraat", "Van Baerlestraat"), ""),
        ("Rotterdam", (3011, 3089), ("Witte de Withstraat", "Nieuwe Binnenweg", "Zwart Janstraat"), ""),
        ("Utrecht", (3511, 3585), ("Oudegracht", "Amsterdamsestraatweg", "Biltstraat"), ""),
        ("Eindhoven", (5611, 5658), ("Stratumseind", "Kruisstraat", "Woenselse Markt"), ""),
        ("Groningen", (9711, 9747), ("Herestraat", "Oosterstraat", "Korreweg"), ""),
        ("Zwolle", (8011, 8043), ("Diezerstraat", "Assendorperstraat", "Thorbeckegracht"), ""),
    ),
    "BE": (
        ("Antwerpen", (2000, 2060), ("Meir", "Kammenstraat", "Turnhoutsebaan"), ""),
        ("Gent", (9000, 9000), ("Veldstraat", "Kortrijksesteenweg", "Sint-Pietersnieuwstraat"), ""),
        ("Leuven", (3000, 3001), ("Bondgenotenlaan", "Naamsestraat", "Tiensestraat"), ""),
        ("Bruxelles", (1000, 1000), ("Rue Neuve", "Avenue Louise", "Chaussée d'Ixelles"), ""),
    ),
    "DE": (
        ("Berlin", (10115, 14199), ("Hauptstraße", "Kastanienallee", "Sonnenallee", "Schönhauser Allee"), ""),
        ("München", (80331, 81929), ("Leopoldstraße", "Sendlinger Straße", "Rosenheimer Straße"), ""),
        ("Hamburg", (20095, 22769), ("Osterstraße", "Mühlenkamp", "Lange Reihe"), ""),
        ("Köln", (50667, 51149), ("Aachener Straße", "Venloer Straße", "Severinstraße"), ""),
        ("Leipzig", (4103, 4357), ("Karl-Liebknecht-Straße", "Eisenbahnstraße", "Gohliser Straße"), ""),
        ("Dresden", (1067, 1328), ("Königsbrücker Straße", "Louisenstraße", "Bautzner Straße"), ""),
    ),
    "FR": (
        ("Paris", (75001, 75020), ("Rue de Rivoli", "Rue Oberkampf", "Boulevard Voltaire"), ""),
        ("Lyon", (69001, 69009), ("Rue de la République", "Cours Lafayette", "Rue Mercière"), ""),
        ("Nantes", (44000, 44300), ("Rue Crébillon", "Rue de Strasbourg", "Quai de la Fosse"), ""),
        ("Lille", (59000, 59800), ("Rue Faidherbe", "Rue de Béthune", "Boulevard de la Liberté"), ""),
    ),
    "AT": (
        ("Wien", (1010, 1230), ("Mariahilfer Straße", "Favoritenstraße", "Landstraßer Hauptstraße"), ""),
        ("Graz", (8010, 8063), ("Herrengasse", "Annenstraße", "Leonhardstraße"), ""),
        ("Innsbruck", (6020, 6020), ("Maria-Theresien-Straße", "Museumstraße", "Anichstraße"), ""),
    ),
    "ES": (
        ("Madrid", (28001, 28055), ("Calle Mayor", "Calle de Alcalá", "Calle de Fuencarral"), ""),
        ("Barcelona", (8001, 8042), ("Carrer de Mallorca", "Carrer de Verdi", "Passeig de Gràcia"), ""),
        ("Valencia", (46001, 46026), ("Carrer de Russafa", "Avinguda del Port", "Carrer de Sueca"), ""),
    ),
    "IT": (
        ("Roma", (118, 199), ("Via del Corso", "Via Appia Nuova", "Via Nazionale"), "IT-RM"),
        ("Milano", (20121, 20162), ("Corso Buenos Aires", "Via Torino", "Viale Monza"), "IT-MI"),
        ("Torino", (10121, 10156), ("Via Garibaldi", "Corso Vittorio Emanuele II", "Via Po"), "IT-TO"),
        ("Bologna", (40121, 40141), ("Via dell'Indipendenza", "Strada Maggiore", "Via San Vitale"), "IT-BO"),
    ),
    "GB": (
        (
            "London",
            ("EC1V", "SE1", "NW1", "E2", "SW9", "N7"),
            ("High Street", "Mare Street", "Upper Street"),
            "",
        ),
        ("Manchester", ("M1", "M4", "M14", "M20"), ("Oldham Street", "Wilmslow Road", "Burton Road"), ""),
        ("Bristol", ("BS1", "BS3", "BS6", "BS8"), ("Gloucester Road", "North Street", "Park Street"), ""),
        ("Edinburgh", ("EH1", "EH3", "EH6"), ("Leith Walk", "Dalry Road", "Broughton Street"), ""),
    ),
    "CH": (
        ("Zürich", (8001, 8057), ("Langstrasse", "Bahnhofstrasse", "Badenerstrasse"), ""),
        ("Bern", (3011, 3027), ("Kramgasse", "Länggassstrasse", "Breitenrainplatz"), ""),
        ("Genève", (1201, 1209), ("Rue de Carouge", "Boulevard Carl-Vogt", "Rue du Rhône"), ""),
        ("Basel", (4051, 4059), ("Güterstrasse", "Steinenvorstadt", "Feldbergstrasse"), ""),
    ),
}

# City centres (WGS 84) for service points, which are only in the Netherlands and Belgium here.
CITY_COORDINATES: Final = {
    "Amsterdam": (52.3702, 4.8952),
    "Rotterdam": (51.9225, 4.4792),
    "Utrecht": (52.0907, 5.1214),
    "Eindhoven": (51.4416, 5.4697),
    "Groningen": (53.2194, 6.5665),
    "Zwolle": (52.5168, 6.0830),
    "Antwerpen": (51.2194, 4.4025),
    "Gent": (51.0543, 3.7174),
    "Leuven": (50.8798, 4.7005),
    "Bruxelles": (50.8467, 4.3525),
}

# English country names for the countries seed addresses use (label lines, CN23).

CUSTOMER_NAMES: Final = {
    "NL": (
        ("Sanne", "Daan", "Femke", "Joris", "Zoë", "Bram", "Lieke", "Thijs"),
        ("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "de Jong", "Mulder"),
    ),
    "BE": (
        ("Lotte", "Wout", "Amélie", "Arne", "Noor", "Cédric"),
        ("Peeters", "Claes", "Maes", "Dubois", "Wouters", "Lambrecht"),
    ),
    "DE": (
        ("Jürgen", "Anna", "Lukas", "Käthe", "Jonas", "Leonie", "Björn"),
        ("Müller", "Schmidt", "Schäfer", "Weiß", "Groß", "Köhler", "Becker"),
    ),
    "FR": (
        ("Françoise", "Théo", "Léa", "Maël", "Chloé", "Hélène"),
        ("Lefèvre", "Martin", "Dubois", "Girard", "Rousseau", "Faure"),
    ),
    "AT": (("Katharina", "Florian", "Valentina", "Matthias"), ("Gruber", "Huber", "Wagner", "Pichler")),
    "ES": (
        ("José", "Lucía", "Íñigo", "Nuria", "Álvaro"),
        ("García", "Núñez", "Martínez", "Ibáñez", "Sánchez"),
    ),
    "IT": (("Giulia", "Niccolò", "Francesca", "Matteo"), ("Rossi", "Bianchi", "Esposito", "Romano")),
    "GB": (
        ("Oliver", "Siobhan", "Amelia", "Rhys", "Harriet", "Callum"),
        ("O'Brien", "Smith", "Clarke", "Fitzgerald", "Patel", "Hughes"),
    ),
    "CH": (("Reto", "Seraina", "Mélanie", "Urs"), ("Brunner", "Meier", "Favre", "Zürcher")),
}

COMPANIES: Final = {
    "NL": ("Scouting Bergvliet", "Buitencentrum De Hoge Veluwe B.V."),
    "BE": ("Jeugdbeweging De Kampvuur vzw",),
    "DE": ("Alpenverein Sektion Köln e.V.", "Outdoor-Schule Harz GmbH"),
    "FR": ("Club Alpin de Lyon",),
    "GB": ("Peak District Expeditions Ltd",),
    "CH": ("Bergschule Engadin AG",),
}

PHONE_PREFIXES: Final = {
    "NL": ("+31 6 ", 8),
    "BE": ("+32 47", 7),
    "DE": ("+49 151 ", 8),
    "FR": ("+33 6 ", 8),
    "AT": ("+43 664 ", 7),
    "ES": ("+34 6", 8),
    "IT": ("+39 3", 9),
    "GB": ("+44 7700 900", 3),  # Ofcom's drama range: never a real subscriber
    "CH": ("+41 79 ", 7),
}

ORDER_NOTES: Final = (
    "Please leave the parcel with the neighbours if I'm not home.",
    "Bel aan bij nummer 2, de bel van 1 doet het niet.",
    "Gift - please do not include the invoice.",
    "Delivery to the reception desk, ground floor.",
)
