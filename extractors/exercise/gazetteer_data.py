"""Curated place and actor names that pycountry does not know.

Why a table and not a model: the detector must be fast and explainable, and the errors that
matter (a sea named after a country, a capital standing for its government) are few and known.
Everything here is matched case-sensitively as written, except the lower-case function words
inside multi-word names ("of", "the"), which also match in Title Case headlines.
"""

from __future__ import annotations

# fmt: off

# Demonyms and adjectives -> alpha-2. Used as "Chinese soldiers", "Indian Navy".
DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Americans": "US",
    "Angolan": "AO", "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM",
    "Australian": "AU", "Australians": "AU", "Austrian": "AT", "Azerbaijani": "AZ",
    "Azeri": "AZ", "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY",
    "Belarussian": "BY", "Belgian": "BE", "Brazilian": "BR", "British": "GB", "Briton": "GB",
    "Bruneian": "BN", "Bulgarian": "BG", "Burmese": "MM", "Cambodian": "KH", "Cameroonian": "CM",
    "Canadian": "CA", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO", "Croatian": "HR",
    "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Dutch": "NL",
    "Egyptian": "EG", "Emirati": "AE", "Estonian": "EE", "Ethiopian": "ET", "Fijian": "FJ",
    "Filipino": "PH", "Finnish": "FI", "French": "FR", "Georgian": "GE", "German": "DE",
    "Ghanaian": "GH", "Greek": "GR", "Hungarian": "HU", "Indian": "IN", "Indonesian": "ID",
    "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL", "Italian": "IT",
    "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kazakhstani": "KZ", "Kenyan": "KE",
    "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA", "Laotian": "LA", "Latvian": "LV",
    "Lebanese": "LB", "Libyan": "LY", "Lithuanian": "LT", "Malaysian": "MY", "Maldivian": "MV",
    "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA", "Mozambican": "MZ",
    "Nepalese": "NP", "Nepali": "NP", "New Zealander": "NZ", "Nicaraguan": "NI",
    "Nigerian": "NG", "North Korean": "KP", "N. Korean": "KP", "S. Korean": "KR",
    "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK",
    "Palestinian": "PS", "Peruvian": "PE", "Philippine": "PH", "Polish": "PL",
    "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Russians": "RU",
    "Rwandan": "RW", "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS", "Singaporean": "SG",
    "Slovak": "SK", "Slovenian": "SI", "Somali": "SO", "South African": "ZA",
    "South Korean": "KR", "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE",
    "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ",
    "Thai": "TH", "Tongan": "TO", "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM",
    "Ugandan": "UG", "Ukrainian": "UA", "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN",
    "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW", "Korean": "KR", "Brit": "GB",
    "Chinese-made": "CN", "Ivorian": "CI", "Ecuadorian": "EC", "Bolivian": "BO",
    "Paraguayan": "PY", "Uruguayan": "UY", "Guatemalan": "GT", "Honduran": "HN",
    "Salvadoran": "SV", "Dominican": "DO", "Jamaican": "JM", "Trinidadian": "TT",
    "Barbadian": "BB", "Bahamian": "BS", "Belizean": "BZ", "Guyanese": "GY", "Surinamese": "SR",
    "Panamanian": "PA", "Costa Rican": "CR", "Icelandic": "IS", "Maltese": "MT",
    "Montenegrin": "ME", "Bosnian": "BA", "Macedonian": "MK", "Slovene": "SI", "Beninese": "BJ",
    "Togolese": "TG", "Burkinabe": "BF", "Malian": "ML", "Nigerien": "NE", "Chadian": "TD",
    "Mauritanian": "MR", "Gambian": "GM", "Liberian": "LR", "Sierra Leonean": "SL",
    "Guinean": "GN", "Gabonese": "GA", "Congolese": "CD", "Djiboutian": "DJ", "Eritrean": "ER",
    "Malawian": "MW", "Botswanan": "BW", "Namibian": "NA", "Mauritian": "MU",
    "Seychellois": "SC", "Malagasy": "MG", "Timorese": "TL", "Papua New Guinean": "PG",
    "Samoan": "WS", "Bhutanese": "BT", "Luxembourgish": "LU",
}

# Short forms, capitals, metonyms and armed-force names -> alpha-2.
ACTORS: dict[str, str] = {
    # Armed-force names and acronyms.
    "USFK": "US", "US Forces Korea": "US", "ROK Army": "KR", "ROK Marines": "KR",
    # US services and commands named without the country ("Reserve Marines with Marine Forces
    # Reserve", "Pacific Air Forces announced"); gazetteer.find_places drops them when another
    # country qualifies them ("ROK Marine Expeditionary Unit").
    "Marine Forces Reserve": "US", "Marine Expeditionary Force": "US",
    "Marine Expeditionary Unit": "US", "Marine Expeditionary Brigade": "US",
    "Marine Logistics Group": "US", "Pacific Air Forces": "US", "Air Combat Command": "US",
    "Air National Guard": "US", "Army National Guard": "US", "Missile Defense Agency": "US",
    "Fleet Forces Command": "US",
    "ROK Navy": "KR", "Tsahal": "IL", "Israel Defense Forces": "IL", "Hellenic Air Force": "GR",
    "Hellenic Navy": "GR", "Hellenic Army": "GR", "MNDF": "MV", "Luftwaffe": "DE",
    "PLARF": "CN",
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States": "US", "the Pentagon": "US", "Pentagon": "US", "Washington": "US",
    "USAF": "US", "USMC": "US", "US Navy": "US", "U.S. Navy": "US", "USS": "US",
    # Warship prefixes: "HMCS Vancouver" is a Canadian ship wherever the story names it.
    "HMCS": "CA", "HMNZS": "NZ", "ROKS": "KR", "BRP": "PH", "KRI": "ID", "TCG": "TR",
    "HNLMS": "NL", "HDMS": "DK", "HNoMS": "NO", "HSwMS": "SE", "ESPS": "ES", "PNS": "PK",
    "SLNS": "LK", "FGS": "DE", "HTMS": "TH", "ORP": "PL", "NRP": "PT", "BNS": "BD",
    "INDOPACOM": "US", "Indo-Pacific Command": "US", "CENTCOM": "US", "EUCOM": "US",
    "AFRICOM": "US", "US Army": "US", "Moscow": "RU", "the Kremlin": "RU", "Kremlin": "RU",
    "Russian Federation": "RU", "Soviet": "RU", "Baltic Fleet": "RU", "Black Sea Fleet": "RU",
    "Northern Fleet": "RU", "Caspian Flotilla": "RU", "Russian Pacific Fleet": "RU",
    "Beijing": "CN", "PLA": "CN", "PLAN": "CN", "PLA Navy": "CN", "PLAAF": "CN",
    "People's Liberation Army": "CN", "Eastern Theater Command": "CN",
    "Eastern Theatre Command": "CN", "Southern Theater Command": "CN",
    "Southern Theatre Command": "CN", "Northern Theater Command": "CN",
    "Northern Theatre Command": "CN", "Western Theater Command": "CN",
    "Western Theatre Command": "CN", "Zhongnanhai": "CN", "Shandong": "CN", "Liaoning": "CN",
    "Seoul": "KR", "South Korea": "KR", "ROK": "KR", "Republic of Korea": "KR",
    "Pyongyang": "KP", "Korean People's Army": "KP", "North Korea": "KP", "DPRK": "KP",
    # headline shorthand: "N. Korea may have conducted firing drill"
    "N. Korea": "KP", "N.Korea": "KP", "S. Korea": "KR", "S.Korea": "KR",
    "Korea": "KR", "Tokyo": "JP",
    "JSDF": "JP", "JMSDF": "JP", "JASDF": "JP", "JGSDF": "JP", "Self-Defense Forces": "JP",
    "Self-Defence Forces": "JP", "Self-Defense Force": "JP", "Self-Defence Force": "JP",
    "Taipei": "TW", "Taiwan": "TW", "ROC": "TW", "New Delhi": "IN", "Delhi": "IN", "IAF": "IN",
    "Indian Navy": "IN", "INS": "IN", "Islamabad": "PK", "Rawalpindi": "PK", "Dhaka": "BD",
    "Colombo": "LK", "Kathmandu": "NP", "Manila": "PH", "Philippines": "PH", "Jakarta": "ID",
    "Hanoi": "VN", "Bangkok": "TH", "Kuala Lumpur": "MY", "Vientiane": "LA", "Laos": "LA",
    "Naypyidaw": "MM", "Phnom Penh": "KH", "Singapore": "SG", "RSN": "SG", "Vietnam": "VN",
    "Brunei": "BN", "Myanmar": "MM", "Burma": "MM", "London": "GB", "Whitehall": "GB",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "United Kingdom": "GB",
    "Royal Navy": "GB", "RAF": "GB", "Royal Air Force": "GB", "HMS": "GB", "British Army": "GB",
    "Royal Marines": "GB", "Paris": "FR", "Berlin": "DE", "Bundeswehr": "DE", "Rome": "IT",
    "Madrid": "ES", "Lisbon": "PT", "Athens": "GR", "Ankara": "TR", "Turkiye": "TR",
    "Türkiye": "TR", "Warsaw": "PL", "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE",
    "Helsinki": "FI", "Stockholm": "SE", "Oslo": "NO", "Copenhagen": "DK", "The Hague": "NL",
    "Netherlands": "NL", "Holland": "NL", "Minsk": "BY", "Kyiv": "UA", "Kiev": "UA",
    "Bucharest": "RO", "Sofia": "BG", "Budapest": "HU", "Prague": "CZ", "Nicosia": "CY",
    "Moldova": "MD", "Czech Republic": "CZ", "Czechia": "CZ", "Tehran": "IR", "IRGC": "IR",
    "Iran": "IR", "Baghdad": "IQ", "Damascus": "SY", "Syria": "SY", "Riyadh": "SA",
    "Saudi Arabia": "SA", "Abu Dhabi": "AE", "UAE": "AE", "Doha": "QA", "Muscat": "OM",
    "Amman": "JO", "Beirut": "LB", "Cairo": "EG", "Jerusalem": "IL", "Tel Aviv": "IL",
    "IDF": "IL", "Rabat": "MA", "Algiers": "DZ", "Tunis": "TN", "Pretoria": "ZA", "Abuja": "NG",
    "Nairobi": "KE", "Addis Ababa": "ET", "Ottawa": "CA", "Mexico City": "MX", "Havana": "CU",
    "Caracas": "VE", "Venezuela": "VE", "Managua": "NI", "Brasilia": "BR", "Bogota": "CO",
    "Buenos Aires": "AR", "Santiago": "CL", "Lima": "PE", "Canberra": "AU", "ADF": "AU",
    "RAAF": "AU", "RAN": "AU", "HMAS": "AU", "Wellington": "NZ", "NZ": "NZ", "Suva": "FJ",
    "Ulaanbaatar": "MN", "Astana": "KZ", "Tashkent": "UZ", "Dushanbe": "TJ", "Bishkek": "KG",
    "Tbilisi": "GE", "Yerevan": "AM", "Baku": "AZ", "Bolivia": "BO", "Tanzania": "TZ",
    "Syrian Arab Republic": "SY", "South Africa": "ZA", "Russia": "RU", "China": "CN",
    "India": "IN", "Japan": "JP",
}

# Sub-national places: they resolve to a country for the host, never to a participant.
REGIONS: dict[str, str] = {
    "Far East": "RU", "Russian Far East": "RU", "far East": "RU", "far east": "RU",
    "Far Eastern": "RU", "Eastern Military District": "RU", "Western Military District": "RU",
    "Southern Military District": "RU", "Central Military District": "RU",
    "Leningrad Military District": "RU", "Moscow Military District": "RU",
    "Siberia": "RU", "Kaliningrad": "RU", "Crimea": "UA", "Chechnya": "RU",
    "Kamchatka": "RU", "Vladivostok": "RU", "Kuril Islands": "RU", "Kurils": "RU",
    "Sakhalin": "RU", "Murmansk": "RU", "Guam": "US", "Hawaii": "US", "Pearl Harbor": "US",
    "Alaska": "US", "California": "US", "San Diego": "US", "Nevada": "US", "Texas": "US",
    "Florida": "US", "Virginia": "US", "Okinawa": "JP", "Hokkaido": "JP", "Kyushu": "JP",
    "Honshu": "JP", "Senkaku Islands": "JP", "Jeju": "KR", "Pohang": "KR", "Busan": "KR",
    "Kinmen": "TW", "Penghu": "TW", "Kaohsiung": "TW", "Hualien": "TW", "Pratas": "TW",
    "Dongshan Island": "CN", "Fujian": "CN", "Hainan": "CN", "Zhejiang": "CN", "Tibet": "CN",
    "Xinjiang": "CN", "Inner Mongolia": "CN", "Paracel Islands": "CN",
    "Rajasthan": "IN", "Gujarat": "IN", "Ladakh": "IN", "Arunachal Pradesh": "IN",
    "Tawang": "IN", "Sikkim": "IN", "Goa": "IN", "Visakhapatnam": "IN", "Kochi": "IN",
    "Mumbai": "IN", "Andaman": "IN", "Jodhpur": "IN", "Pokhran": "IN", "Kutch": "IN",
    "Assam": "IN", "Uttarakhand": "IN", "Chennai": "IN", "Karachi": "PK", "Changi": "SG",
    "Batam": "ID", "Java": "ID", "Bali": "ID", "Sumatra": "ID", "Luzon": "PH", "Palawan": "PH",
    "Mindanao": "PH", "Subic Bay": "PH", "Darwin": "AU", "Queensland": "AU", "Sydney": "AU",
    "Perth": "AU", "Northern Territory": "AU", "Shoalwater Bay": "AU", "Townsville": "AU",
    "Salisbury Plain": "GB", "Scotland": "GB", "Wales": "GB", "England": "GB",
    "Northern Ireland": "GB", "Portsmouth": "GB", "Plymouth": "GB", "Cornwall": "GB",
    "Crete": "GR", "Andravida": "GR", "Sardinia": "IT", "Sicily": "IT", "Mont-de-Marsan": "FR",
    "Bavaria": "DE", "Grafenwoehr": "DE", "Grodno": "BY", "Brest": "BY", "Lapland": "FI",
    "Gotland": "SE", "Svalbard": "NO", "Greenland": "GL", "Mojave": "US", "Baja California": "MX",
    # Overseas territories: places of their state, not states that send forces.
    "New Caledonia": "FR", "French Polynesia": "FR", "Martinique": "FR", "Guadeloupe": "FR",
    "French Guiana": "FR", "Puerto Rico": "US",
    "Nellis": "US", "Fort Bragg": "US", "Diego Garcia": "IO", "Hormozgan": "IR", "Bushehr": "IR",
    "Sinai": "EG", "Negev": "IL", "Golan Heights": "IL",
    # Training areas, bases and regions that recur in defence news.
    "Meghalaya": "IN", "Umroi": "IN", "Pune": "IN", "Jamnagar": "IN", "Kakinada": "IN",
    "Tamil Nadu": "IN", "Sulur": "IN", "Kalaikunda": "IN", "Jaisalmer": "IN", "Bikaner": "IN",
    "Babina": "IN", "Ambala": "IN", "Secunderabad": "IN", "Port Blair": "IN", "Karwar": "IN",
    "Jhelum": "PK", "Sindh": "PK", "Rawalpindi": "PK", "Quetta": "PK", "Jubail": "SA",
    "Dammam": "SA", "Tabuk": "SA", "Aqaba": "JO", "Pocheon": "KR", "Paju": "KR",
    "Gangwon": "KR", "Incheon": "KR", "Yokosuka": "JP", "Sasebo": "JP", "Kure": "JP",
    "Nakhchivan": "AZ", "Zhanjiang": "CN", "Qingdao": "CN", "Odesa": "UA", "Odessa": "UA",
    "East Java": "ID", "Surabaya": "ID", "Batanes": "PH", "Clark Air Base": "PH",
    "Kauai": "US", "Fort Wainwright": "US", "Camp Pendleton": "US", "Izmir": "TR",
    "Havelberg": "DE", "Kiel": "DE", "Wilhelmshaven": "DE", "Toulon": "FR", "Pahang": "MY",
    "Rovaniemi": "FI", "Sylhet": "BD", "Orenburg": "RU", "Rostov": "RU",
    "Nizhny Novgorod": "RU", "Constanta": "RO", "Gdynia": "PL", "Klaipeda": "LT",
    "Zagan": "PL", "Drawsko Pomorskie": "PL", "Orzysz": "PL", "Adazi": "LV", "Tapa": "EE",
}

# Waters and other areas that contain a country's name or belong to no one.
SEAS: tuple[str, ...] = (
    "Sea of Japan", "East Sea", "East China Sea", "South China Sea", "Yellow Sea", "West Sea",
    "Bohai Sea", "Bohai Strait", "Taiwan Strait", "Strait of Taiwan", "Korea Strait",
    "Tsushima Strait", "Philippine Sea", "West Philippine Sea", "Sea of Okhotsk", "Bering Sea",
    "Barents Sea", "Norwegian Sea", "North Sea", "Baltic Sea", "Baltic", "Black Sea",
    "Sea of Azov", "Caspian Sea", "Mediterranean", "Mediterranean Sea", "Eastern Mediterranean",
    "Aegean Sea", "Aegean", "Adriatic Sea", "Adriatic", "Ionian Sea", "Tyrrhenian Sea",
    "Red Sea", "Gulf of Aden", "Arabian Sea", "Gulf of Oman", "Persian Gulf", "Arabian Gulf",
    "Strait of Hormuz", "Indian Ocean", "Bay of Bengal", "Andaman Sea", "Laccadive Sea",
    "Strait of Malacca", "Malacca Strait", "Straits of Malacca", "Singapore Strait",
    "Sunda Strait", "Lombok Strait", "Java Sea", "Celebes Sea", "Sulu Sea", "Gulf of Thailand",
    "Timor Sea", "Arafura Sea", "Coral Sea", "Tasman Sea", "Pacific", "Pacific Ocean",
    "Western Pacific", "South Pacific", "North Pacific", "Atlantic", "Atlantic Ocean",
    "North Atlantic", "Arctic", "Arctic Ocean", "Gulf of Mexico", "Caribbean", "Caribbean Sea",
    "Gulf of Guinea", "Mozambique Channel", "Gulf of Finland", "Gulf of Bothnia", "Irish Sea",
    "English Channel", "Bay of Biscay", "Gulf of California", "Sea of Marmara", "Gulf of Tonkin",
    "Indo-Pacific", "Korean Peninsula", "Korean peninsula", "Horn of Africa", "Sahel",
    "Strait of Gibraltar", "Bosporus", "Bosphorus", "Dardanelles", "Firth of Clyde",
    "Moray Firth", "Minch", "Latin America", "Latin American", "South America",
    "South American", "Central America", "Central American",
)

# Entries of SEAS that are land areas: they block the country inside but are not water.
NOT_WATER: frozenset[str] = frozenset({
    "Horn of Africa", "Indo-Pacific", "Korean Peninsula", "Korean peninsula", "Sahel",
    "Latin America", "Latin American", "South America", "South American", "Central America",
    "Central American",
})

# Hyphen prefixes: "Indo-US", "Sino-Russian".
PREFIXES: dict[str, str] = {
    "Indo": "IN", "Sino": "CN", "Russo": "RU", "Franco": "FR", "Anglo": "GB", "Japan": "JP",
    "Indo-Thai": "IN", "Thai": "TH", "Indo-French": "IN", "Indo-Pak": "IN",
}

# pycountry names that are usually something else in English news.
PYCOUNTRY_SKIP: frozenset[str] = frozenset({
    "Aruba", "Bonaire", "Chad", "Christmas Island", "Congo", "Cook Islands", "Curaçao",
    "Dominica", "Georgia", "Guernsey", "Guinea", "Heard Island", "Holy See", "Jersey", "Jordan",
    "Mali", "Man", "Nauru", "Niger", "Niue", "Norfolk Island", "Oman", "Sint Maarten", "Tokelau",
    "Turkey", "Wallis",
})

# Countries by the short names news uses.
EXTRA_NAMES: dict[str, str] = {
    "Oman": "OM", "Jordan": "JO", "Turkey": "TR", "Georgia": "GE", "Mali": "ML", "Chad": "TD",
    "Niger": "NE", "Congo": "CG", "Ivory Coast": "CI", "East Timor": "TL", "Timor-Leste": "TL",
    "Timor Leste": "TL", "Macedonia": "MK", "North Macedonia": "MK", "Bosnia": "BA",
    "Hong Kong": "HK", "Macau": "MO",
    "Vatican": "VA", "Palestine": "PS", "Papua New Guinea": "PG", "Guinea-Bissau": "GW",
    "Equatorial Guinea": "GQ", "Democratic Republic of Congo": "CD",
    "Democratic Republic of the Congo": "CD", "DR Congo": "CD", "DRC": "CD",
    "Republic of Congo": "CG", "Cape Verde": "CV", "Swaziland": "SZ", "Eswatini": "SZ",
    "Kyrgyzstan": "KG", "Belarus": "BY", "Ukraine": "UA", "Syria": "SY", "Nicaragua": "NI",
    "Mongolia": "MN",
    # Caribbean states as news writes them ("St Kitts", "St. Vincent and the Grenadines").
    "Dominica": "DM", "St Kitts and Nevis": "KN", "St. Kitts and Nevis": "KN",
    "Saint Kitts": "KN", "St Kitts": "KN", "St. Kitts": "KN", "St Lucia": "LC",
    "St. Lucia": "LC", "St Vincent and the Grenadines": "VC",
    "St. Vincent and the Grenadines": "VC", "Saint Vincent": "VC", "St Vincent": "VC",
    "St. Vincent": "VC", "Antigua": "AG", "Trinidad": "TT", "The Bahamas": "BS",
}

# fmt: on
