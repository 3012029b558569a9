"""Data the parser looks names up in: leaders, demonyms, places, organisations, titles.

Only data lives here, so adding a head of state or a summit city is a one-line change that
needs no understanding of the rules that use it. Country codes are ISO 3166-1 alpha-2.
"""

from __future__ import annotations

from typing import Final

# fmt: off

# Heads of state and government that statements around summits name.
# (full name, country, role as usually written, short forms that stand alone for the person).
# A short form is only trusted alone when it is not also a common word ("May", "Lula" is fine).
LEADERS: Final[tuple[tuple[str, str, str, tuple[str, ...]], ...]] = (
    ("Vladimir Putin", "RU", "President", ("Putin",)),
    ("Dmitry Medvedev", "RU", "Prime Minister", ("Medvedev",)),
    ("Mikhail Mishustin", "RU", "Prime Minister", ("Mishustin",)),
    ("Donald Trump", "US", "President", ("Trump",)),
    ("Joe Biden", "US", "President", ("Biden",)),
    ("Barack Obama", "US", "President", ("Obama",)),
    ("George W. Bush", "US", "President", ()),
    ("Kamala Harris", "US", "Vice President", ()),
    ("Mike Pence", "US", "Vice President", ("Pence",)),
    ("Xi Jinping", "CN", "President", ("Xi",)),
    ("Li Keqiang", "CN", "Premier", ()),
    ("Li Qiang", "CN", "Premier", ()),
    ("Hu Jintao", "CN", "President", ()),
    ("Wen Jiabao", "CN", "Premier", ()),
    ("Emmanuel Macron", "FR", "President", ("Macron",)),
    ("François Hollande", "FR", "President", ("Hollande",)),
    ("Angela Merkel", "DE", "Chancellor", ("Merkel",)),
    ("Olaf Scholz", "DE", "Chancellor", ("Scholz",)),
    ("Friedrich Merz", "DE", "Chancellor", ("Merz",)),
    ("Theresa May", "GB", "Prime Minister", ()),
    ("Boris Johnson", "GB", "Prime Minister", ()),
    ("David Cameron", "GB", "Prime Minister", ("Cameron",)),
    ("Rishi Sunak", "GB", "Prime Minister", ("Sunak",)),
    ("Keir Starmer", "GB", "Prime Minister", ("Starmer",)),
    ("Liz Truss", "GB", "Prime Minister", ("Truss",)),
    ("Justin Trudeau", "CA", "Prime Minister", ("Trudeau",)),
    ("Mark Carney", "CA", "Prime Minister", ("Carney",)),
    ("Shinzo Abe", "JP", "Prime Minister", ("Abe",)),
    ("Fumio Kishida", "JP", "Prime Minister", ("Kishida",)),
    ("Yoshihide Suga", "JP", "Prime Minister", ("Suga",)),
    ("Moon Jae-in", "KR", "President", ()),
    ("Yoon Suk Yeol", "KR", "President", ("Yoon",)),
    ("Kim Jong-un", "KP", "Supreme Leader", ()),
    ("Kim Jong Un", "KP", "Supreme Leader", ()),
    ("Narendra Modi", "IN", "Prime Minister", ("Modi",)),
    ("Recep Tayyip Erdoğan", "TR", "President", ("Erdoğan", "Erdogan")),
    ("Recep Tayyip Erdogan", "TR", "President", ("Erdogan",)),
    ("Mohammed bin Salman", "SA", "Crown Prince", ()),
    ("Mohammad bin Salman", "SA", "Crown Prince", ()),
    ("King Salman", "SA", "King", ()),
    ("Mohammed bin Zayed", "AE", "President", ()),
    ("Tamim bin Hamad Al Thani", "QA", "Emir", ()),
    ("Hassan Rouhani", "IR", "President", ("Rouhani",)),
    ("Ebrahim Raisi", "IR", "President", ("Raisi",)),
    ("Ali Khamenei", "IR", "Supreme Leader", ("Khamenei",)),
    ("Masoud Pezeshkian", "IR", "President", ("Pezeshkian",)),
    ("Benjamin Netanyahu", "IL", "Prime Minister", ("Netanyahu",)),
    ("Mahmoud Abbas", "PS", "President", ()),
    ("Bashar al-Assad", "SY", "President", ("Assad", "al-Assad")),
    ("Abdel Fattah al-Sisi", "EG", "President", ("al-Sisi", "Sisi")),
    ("Petro Poroshenko", "UA", "President", ("Poroshenko",)),
    ("Volodymyr Zelensky", "UA", "President", ("Zelensky", "Zelenskyy")),
    ("Volodymyr Zelenskyy", "UA", "President", ("Zelenskyy",)),
    ("Alexander Lukashenko", "BY", "President", ("Lukashenko",)),
    ("Ilham Aliyev", "AZ", "President", ("Aliyev",)),
    ("Nikol Pashinyan", "AM", "Prime Minister", ("Pashinyan",)),
    ("Viktor Orbán", "HU", "Prime Minister", ("Orbán", "Orban")),
    ("Viktor Orban", "HU", "Prime Minister", ("Orban",)),
    ("Giorgia Meloni", "IT", "Prime Minister", ("Meloni",)),
    ("Giuseppe Conte", "IT", "Prime Minister", ("Conte",)),
    ("Mario Draghi", "IT", "Prime Minister", ("Draghi",)),
    ("Pedro Sánchez", "ES", "Prime Minister", ()),
    ("Jair Bolsonaro", "BR", "President", ("Bolsonaro",)),
    ("Luiz Inácio Lula da Silva", "BR", "President", ("Lula",)),
    ("Cyril Ramaphosa", "ZA", "President", ("Ramaphosa",)),
    ("Jacob Zuma", "ZA", "President", ("Zuma",)),
    ("Muhammadu Buhari", "NG", "President", ("Buhari",)),
    ("Abiy Ahmed", "ET", "Prime Minister", ()),
    ("Paul Kagame", "RW", "President", ("Kagame",)),
    ("Yoweri Museveni", "UG", "President", ("Museveni",)),
    ("Emmerson Mnangagwa", "ZW", "President", ("Mnangagwa",)),
    ("Rodrigo Duterte", "PH", "President", ("Duterte",)),
    ("Ferdinand Marcos Jr.", "PH", "President", ()),
    ("Joko Widodo", "ID", "President", ("Jokowi", "Widodo")),
    ("Prabowo Subianto", "ID", "President", ("Prabowo",)),
    ("Hun Sen", "KH", "Prime Minister", ()),
    ("Prayut Chan-o-cha", "TH", "Prime Minister", ("Prayut",)),
    ("Aung San Suu Kyi", "MM", "State Counsellor", ()),
    ("Min Aung Hlaing", "MM", "Senior General", ()),
    ("Sheikh Hasina", "BD", "Prime Minister", ()),
    ("Imran Khan", "PK", "Prime Minister", ()),
    ("Shehbaz Sharif", "PK", "Prime Minister", ()),
    ("Ashraf Ghani", "AF", "President", ("Ghani",)),
    ("Nguyen Phu Trong", "VN", "General Secretary", ()),
    ("Tsai Ing-wen", "TW", "President", ()),
    ("Shavkat Mirziyoyev", "UZ", "President", ("Mirziyoyev",)),
    ("Nursultan Nazarbayev", "KZ", "President", ("Nazarbayev",)),
    ("Kassym-Jomart Tokayev", "KZ", "President", ("Tokayev",)),
    ("Emomali Rahmon", "TJ", "President", ("Rahmon",)),
    ("Gurbanguly Berdimuhamedow", "TM", "President", ()),
    ("Nicolás Maduro", "VE", "President", ("Maduro",)),
    ("Nicolas Maduro", "VE", "President", ("Maduro",)),
    ("Andrés Manuel López Obrador", "MX", "President", ()),
    ("Enrique Peña Nieto", "MX", "President", ()),
    ("Claudia Sheinbaum", "MX", "President", ("Sheinbaum",)),
    ("Mauricio Macri", "AR", "President", ("Macri",)),
    ("Javier Milei", "AR", "President", ("Milei",)),
    ("Iván Duque", "CO", "President", ("Duque",)),
    ("Gustavo Petro", "CO", "President", ()),
    ("Daniel Ortega", "NI", "President", ("Ortega",)),
    ("Miguel Díaz-Canel", "CU", "President", ("Díaz-Canel",)),
    ("Raúl Castro", "CU", "President", ()),
    ("Scott Morrison", "AU", "Prime Minister", ()),
    ("Malcolm Turnbull", "AU", "Prime Minister", ("Turnbull",)),
    ("Anthony Albanese", "AU", "Prime Minister", ("Albanese",)),
    ("Jacinda Ardern", "NZ", "Prime Minister", ("Ardern",)),
    ("Jean-Claude Juncker", "", "President of the European Commission", ("Juncker",)),
    ("Ursula von der Leyen", "", "President of the European Commission", ("von der Leyen",)),
    ("Donald Tusk", "", "President of the European Council", ("Tusk",)),
    ("Charles Michel", "", "President of the European Council", ()),
    ("António Costa", "", "President of the European Council", ()),
    ("Moussa Faki Mahamat", "", "Chairperson of the African Union Commission", ()),
    ("Macky Sall", "SN", "President", ()),
)

# Summits whose names are not "X summit", as statements write them, and the one meeting each
# names (so "CHOGM" and "Commonwealth Heads of Government Meeting" are one summit).
NAMED_SUMMITS: Final[dict[str, str]] = {
    "CHOGM": "chogm", "Commonwealth Heads of Government Meeting": "chogm",
    "Commonwealth summit": "chogm",
    "Summit of the Americas": "summit of the americas",
    "Sommet des Amériques": "summit of the americas",
    "Cumbre de las Américas": "summit of the americas",
    "Sommet de la Francophonie": "francophonie summit",
    "Francophonie summit": "francophonie summit", "Francophonie Summit": "francophonie summit",
    "Sommet de l'Union africaine": "african union summit",
    "African Union summit": "african union summit", "AU summit": "african union summit",
}

# Titles that, written before a name, make that name a leader or an official: never a case.
LEADER_TITLES: Final[tuple[str, ...]] = (
    "President", "Presidents", "Prime Minister", "Prime Ministers", "Chancellor", "Premier",
    "King", "Queen", "Crown Prince", "Prince", "Emir", "Sheikh", "Sultan", "Supreme Leader",
    "General Secretary", "Vice President", "Vice-President", "Secretary of State",
    "Foreign Minister", "Minister", "State Counsellor", "Senior General", "Chairman",
)
OFFICIAL_TITLES: Final[tuple[str, ...]] = LEADER_TITLES + (
    "Secretary", "Ambassador", "Governor", "Senator", "Representative", "Judge", "Justice",
    "Mayor", "Commissioner", "Spokesperson", "Spokesman", "Spokeswoman", "General", "Admiral",
    "Colonel", "Pope", "Patriarch", "Deputy", "Envoy", "Special Rapporteur", "Rapporteur",
    "High Commissioner", "Secretary-General", "Secretary General", "Director",
    # Named beside victims ("prosecutor Ivan Petrov asked for ten years") but none of them.
    "Prosecutor", "Prosecutor General", "Chief Prosecutor", "Public Prosecutor", "Investigator",
)

# Adjectives of nationality as statements write them; country names come from pycountry plus
# COUNTRY_ALIASES below.
DEMONYMS: Final[dict[str, str]] = {
    "Russian": "RU", "American": "US", "US": "US", "U.S.": "US", "Chinese": "CN",
    "French": "FR", "German": "DE", "British": "GB", "UK": "GB", "Japanese": "JP",
    "South Korean": "KR", "North Korean": "KP", "Indian": "IN", "Turkish": "TR",
    "Saudi": "SA", "Saudi Arabian": "SA", "Emirati": "AE", "Qatari": "QA", "Iranian": "IR",
    "Israeli": "IL", "Palestinian": "PS", "Syrian": "SY", "Egyptian": "EG",
    "Ukrainian": "UA", "Belarusian": "BY", "Azerbaijani": "AZ", "Armenian": "AM",
    "Hungarian": "HU", "Italian": "IT", "Spanish": "ES", "Polish": "PL", "Brazilian": "BR",
    "South African": "ZA", "Nigerian": "NG", "Ethiopian": "ET", "Rwandan": "RW",
    "Ugandan": "UG", "Kenyan": "KE", "Zimbabwean": "ZW", "Filipino": "PH", "Philippine": "PH",
    "Indonesian": "ID", "Cambodian": "KH", "Thai": "TH", "Burmese": "MM", "Myanmar": "MM",
    "Bangladeshi": "BD", "Pakistani": "PK", "Afghan": "AF", "Vietnamese": "VN",
    "Taiwanese": "TW", "Uzbek": "UZ", "Kazakh": "KZ", "Tajik": "TJ", "Turkmen": "TM",
    "Venezuelan": "VE", "Mexican": "MX", "Argentine": "AR", "Argentinian": "AR",
    "Colombian": "CO", "Nicaraguan": "NI", "Cuban": "CU", "Australian": "AU",
    "New Zealand": "NZ", "Canadian": "CA", "Finnish": "FI", "Swedish": "SE",
    "Norwegian": "NO", "Danish": "DK", "Dutch": "NL", "Belgian": "BE", "Swiss": "CH",
    "Austrian": "AT", "Greek": "GR", "Irish": "IE", "Portuguese": "PT", "Singaporean": "SG",
    "Malaysian": "MY", "Sri Lankan": "LK", "Nepalese": "NP", "Mongolian": "MN",
    "Yemeni": "YE", "Iraqi": "IQ", "Lebanese": "LB", "Jordanian": "JO", "Bahraini": "BH",
    "Omani": "OM", "Kuwaiti": "KW", "Libyan": "LY", "Tunisian": "TN", "Algerian": "DZ",
    "Moroccan": "MA", "Sudanese": "SD", "Eritrean": "ER", "Somali": "SO", "Congolese": "CD",
    "Cameroonian": "CM", "Ghanaian": "GH", "Senegalese": "SN", "Malian": "ML",
    "Georgian": "GE", "Moldovan": "MD", "Romanian": "RO", "Bulgarian": "BG", "Serbian": "RS",
    "Czech": "CZ", "Slovak": "SK", "Lithuanian": "LT", "Latvian": "LV", "Estonian": "EE",
}

# Country names statements use that pycountry does not list under that name.
COUNTRY_ALIASES: Final[dict[str, str]] = {
    "USA": "US", "US": "US", "U.S.": "US", "U.S.A.": "US", "United States": "US",
    "United States of America": "US", "America": "US", "UK": "GB", "U.K.": "GB",
    "Britain": "GB", "Great Britain": "GB", "United Kingdom": "GB", "England": "GB",
    "Scotland": "GB", "Wales": "GB", "Russia": "RU", "China": "CN",
    "People's Republic of China": "CN", "PRC": "CN", "Iran": "IR", "Syria": "SY",
    "South Korea": "KR", "North Korea": "KP", "DPRK": "KP", "Vietnam": "VN", "Viet Nam": "VN",
    "Turkey": "TR", "Türkiye": "TR", "Taiwan": "TW", "Palestine": "PS", "Bolivia": "BO",
    "Venezuela": "VE", "Tanzania": "TZ", "Laos": "LA", "Moldova": "MD",
    "Czech Republic": "CZ", "Czechia": "CZ", "Burma": "MM", "Myanmar": "MM",
    "Ivory Coast": "CI", "Côte d'Ivoire": "CI", "Democratic Republic of Congo": "CD",
    "Democratic Republic of the Congo": "CD", "DRC": "CD", "Republic of Congo": "CG",
    "Hong Kong": "HK", "Macau": "MO", "Macao": "MO", "Brunei": "BN", "Kosovo": "XK",
    "Holland": "NL", "The Netherlands": "NL", "Gaza": "PS", "West Bank": "PS",
    "Crimea": "UA", "Chechnya": "RU", "Xinjiang": "CN", "Tibet": "CN",
}

# Places summits are held in, with their country. Countries themselves are places too.
PLACES: Final[dict[str, str]] = {
    "Helsinki": "FI", "Florida": "US", "Mar-a-Lago": "US", "Palm Beach": "US",
    "Washington": "US", "Washington, DC": "US", "Washington DC": "US", "Washington, D.C.": "US",
    "New York": "US", "Camp David": "US", "Anchorage": "US", "Alaska": "US", "Hawaii": "US",
    "California": "US", "San Francisco": "US", "Woodside": "US", "Sunnylands": "US",
    "Moscow": "RU", "Sochi": "RU", "St Petersburg": "RU", "St. Petersburg": "RU",
    "Saint Petersburg": "RU", "Vladivostok": "RU", "Kazan": "RU", "Beijing": "CN",
    "Shanghai": "CN", "Hangzhou": "CN", "Xiamen": "CN", "Qingdao": "CN", "Tianjin": "CN",
    "Hong Kong": "HK", "Taipei": "TW", "Tokyo": "JP", "Osaka": "JP", "Hiroshima": "JP",
    "Ise-Shima": "JP", "Seoul": "KR", "Busan": "KR", "Pyongyang": "KP", "Panmunjom": "KR",
    "Singapore": "SG", "Hanoi": "VN", "Da Nang": "VN", "Bangkok": "TH", "Phnom Penh": "KH",
    "Vientiane": "LA", "Jakarta": "ID", "Bali": "ID", "Kuala Lumpur": "MY", "Manila": "PH",
    "New Delhi": "IN", "Delhi": "IN", "Goa": "IN", "Islamabad": "PK", "Kabul": "AF",
    "Dhaka": "BD", "Colombo": "LK", "Kathmandu": "NP", "Naypyidaw": "MM", "Yangon": "MM",
    "Ulaanbaatar": "MN", "Bishkek": "KG", "Astana": "KZ", "Nur-Sultan": "KZ", "Almaty": "KZ",
    "Tashkent": "UZ", "Samarkand": "UZ", "Dushanbe": "TJ", "Ashgabat": "TM",
    "Brussels": "BE", "Geneva": "CH", "Davos": "CH", "Bern": "CH", "Zurich": "CH",
    "Vienna": "AT", "Salzburg": "AT", "Paris": "FR", "Biarritz": "FR", "Strasbourg": "FR",
    "Deauville": "FR", "London": "GB", "Cornwall": "GB", "Carbis Bay": "GB",
    "Berlin": "DE", "Hamburg": "DE", "Munich": "DE", "Elmau": "DE", "Schloss Elmau": "DE",
    "Rome": "IT", "Madrid": "ES", "Lisbon": "PT", "Dublin": "IE", "Amsterdam": "NL",
    "The Hague": "NL", "Luxembourg": "LU", "Copenhagen": "DK", "Stockholm": "SE",
    "Oslo": "NO", "Reykjavik": "IS", "Warsaw": "PL", "Prague": "CZ", "Bratislava": "SK",
    "Budapest": "HU", "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE", "Bucharest": "RO",
    "Sofia": "BG", "Athens": "GR", "Valletta": "MT", "Malta": "MT", "Nicosia": "CY",
    "Belgrade": "RS", "Zagreb": "HR", "Ljubljana": "SI", "Minsk": "BY", "Kyiv": "UA",
    "Kiev": "UA", "Tbilisi": "GE", "Yerevan": "AM", "Baku": "AZ", "Ankara": "TR",
    "Istanbul": "TR", "Tehran": "IR", "Riyadh": "SA", "Jeddah": "SA", "Doha": "QA",
    "Abu Dhabi": "AE", "Dubai": "AE", "Manama": "BH", "Muscat": "OM", "Amman": "JO",
    "Beirut": "LB", "Damascus": "SY", "Baghdad": "IQ", "Cairo": "EG",
    "Sharm el-Sheikh": "EG", "Sharm El-Sheikh": "EG", "Tunis": "TN", "Algiers": "DZ",
    "Rabat": "MA", "Marrakesh": "MA", "Addis Ababa": "ET", "Nairobi": "KE", "Kigali": "RW",
    "Kampala": "UG", "Abuja": "NG", "Lagos": "NG", "Accra": "GH", "Dakar": "SN",
    "Johannesburg": "ZA", "Pretoria": "ZA", "Durban": "ZA", "Cape Town": "ZA",
    "Harare": "ZW", "Khartoum": "SD", "Ottawa": "CA", "Toronto": "CA", "Montreal": "CA",
    "Quebec": "CA", "Charlevoix": "CA", "Kananaskis": "CA", "Mexico City": "MX",
    "Havana": "CU", "Caracas": "VE", "Bogotá": "CO", "Bogota": "CO", "Lima": "PE",
    "Santiago": "CL", "Buenos Aires": "AR", "Montevideo": "UY", "Brasília": "BR",
    "Brasilia": "BR", "Rio de Janeiro": "BR", "São Paulo": "BR", "Quito": "EC",
    "La Paz": "BO", "Panama City": "PA", "Canberra": "AU", "Sydney": "AU", "Brisbane": "AU",
    "Wellington": "NZ", "Auckland": "NZ",
}

# The capital of each country whose capital PLACES lists, for "the Belgian capital" and "the
# Vietnamese capital" as a venue (pycountry has no capitals).
CAPITALS: Final[dict[str, str]] = {
    "US": "Washington", "RU": "Moscow", "CN": "Beijing", "TW": "Taipei", "JP": "Tokyo",
    "KR": "Seoul", "KP": "Pyongyang", "SG": "Singapore", "VN": "Hanoi", "TH": "Bangkok",
    "KH": "Phnom Penh", "LA": "Vientiane", "ID": "Jakarta", "MY": "Kuala Lumpur",
    "PH": "Manila", "IN": "New Delhi", "PK": "Islamabad", "AF": "Kabul", "BD": "Dhaka",
    "LK": "Colombo", "NP": "Kathmandu", "MM": "Naypyidaw", "MN": "Ulaanbaatar",
    "KG": "Bishkek", "KZ": "Astana", "UZ": "Tashkent", "TJ": "Dushanbe", "TM": "Ashgabat",
    "BE": "Brussels", "CH": "Bern", "AT": "Vienna", "FR": "Paris", "GB": "London",
    "DE": "Berlin", "IT": "Rome", "ES": "Madrid", "PT": "Lisbon", "IE": "Dublin",
    "NL": "Amsterdam", "LU": "Luxembourg", "DK": "Copenhagen", "SE": "Stockholm",
    "NO": "Oslo", "IS": "Reykjavik", "PL": "Warsaw", "CZ": "Prague", "SK": "Bratislava",
    "HU": "Budapest", "LT": "Vilnius", "LV": "Riga", "EE": "Tallinn", "RO": "Bucharest",
    "BG": "Sofia", "GR": "Athens", "MT": "Valletta", "CY": "Nicosia", "RS": "Belgrade",
    "HR": "Zagreb", "SI": "Ljubljana", "BY": "Minsk", "UA": "Kyiv", "GE": "Tbilisi",
    "AM": "Yerevan", "AZ": "Baku", "TR": "Ankara", "IR": "Tehran", "SA": "Riyadh",
    "QA": "Doha", "AE": "Abu Dhabi", "BH": "Manama", "OM": "Muscat", "JO": "Amman",
    "LB": "Beirut", "SY": "Damascus", "IQ": "Baghdad", "EG": "Cairo", "TN": "Tunis",
    "DZ": "Algiers", "MA": "Rabat", "ET": "Addis Ababa", "KE": "Nairobi", "RW": "Kigali",
    "UG": "Kampala", "NG": "Abuja", "GH": "Accra", "SN": "Dakar", "ZA": "Pretoria",
    "ZW": "Harare", "SD": "Khartoum", "CA": "Ottawa", "MX": "Mexico City", "CU": "Havana",
    "VE": "Caracas", "CO": "Bogotá", "PE": "Lima", "CL": "Santiago", "AR": "Buenos Aires",
    "UY": "Montevideo", "BR": "Brasília", "EC": "Quito", "PA": "Panama City",
    "AU": "Canberra", "NZ": "Wellington",
}

# Organisations that issue the statements of the genre, longest first where one name begins
# another, so "Amnesty International USA" is not read as "Amnesty International".
ORGANISATIONS: Final[tuple[str, ...]] = (
    "Amnesty International USA", "Amnesty International UK", "Amnesty International Canada",
    "Amnesty International Australia", "Amnesty International", "Human Rights Watch",
    "Human Rights First", "Human Rights in China", "Reporters Without Borders",
    "Reporters sans frontières", "Committee to Protect Journalists",
    "International Federation for Human Rights", "FIDH", "Front Line Defenders",
    "Freedom House", "CIVICUS", "International Commission of Jurists",
    "International Service for Human Rights", "Article 19", "ARTICLE 19",
    "PEN America", "PEN International", "English PEN", "Physicians for Human Rights",
    "Privacy International", "Access Now", "Global Witness", "Greenpeace",
    "Oxfam", "Save the Children", "Médecins Sans Frontières", "Doctors Without Borders",
    "Norwegian Refugee Council", "International Crisis Group", "International Rescue Committee",
    "Civil Rights Defenders", "Memorial", "World Uyghur Congress", "Uyghur Human Rights Project",
    "International Campaign for Tibet", "Hong Kong Watch", "Chinese Human Rights Defenders",
    "Freedom Now", "Redress", "REDRESS", "Fortify Rights", "Protection International",
    "Index on Censorship", "Centre for Civil Liberties", "OVD-Info",
    "Norwegian Helsinki Committee", "Helsinki Foundation for Human Rights",
    "Euro-Mediterranean Human Rights Network", "EuroMed Rights",
    "Cairo Institute for Human Rights Studies",
    "Open Society Foundations", "Transparency International", "Anti-Slavery International",
    "Minority Rights Group International", "Minority Rights Group",
    "World Organisation Against Torture",
    "OMCT", "Lawyers for Lawyers", "Lawyers' Rights Watch Canada", "Asia Pacific Forum",
    "FORUM-ASIA", "Asian Forum for Human Rights and Development", "Crisis Action",
)

# Short names an organisation's people go by in its statements ("RSF secretary-general
# Christophe Deloire"), read only before a role: as words of their own they are too short to
# trust ("HRW" in an e-mail address).
ORGANISATION_ACRONYMS: Final[dict[str, str]] = {
    "RSF": "Reporters Without Borders", "HRW": "Human Rights Watch",
    "CPJ": "Committee to Protect Journalists", "ICJ": "International Commission of Jurists",
    "ISHR": "International Service for Human Rights", "PHR": "Physicians for Human Rights",
    "AIUSA": "Amnesty International USA",
}

# Words that end the name of an organisation nobody listed above ("X Rights Network").
ORGANISATION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "International", "Watch", "Network", "Foundation", "Foundations", "Council", "Committee",
        "Federation", "Centre", "Center", "Institute", "Project", "Coalition", "Alliance",
        "Association", "Defenders", "Initiative", "Borders", "First", "House", "Society",
        "Union", "Forum", "Fund", "Trust", "Organisation", "Organization", "Campaign",
        "Movement", "Group", "Commission", "League", "Congress", "Office", "Agency", "Bureau",
        "Service", "Rights", "Witness", "Now", "Action", "Partnership", "Collective",
    }
)
# fmt: on
