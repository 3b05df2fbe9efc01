"""One series under other names: the alias table that ties translations and long forms.

Split out of names/series.py, which lists the series the detector recognises. This table only
says which of those names (and which common-word translations) are one series, so that both the
detector's `series` field and `resolve` group them under one key.
"""

from __future__ import annotations

# One series, other names: translations, transliterations and long forms that are too common
# as words to detect on their own ("East", "Center", "Thunder") or that the detection table
# lists as a series of its own. `canonical_series` (and so `resolve`) maps every one of them to
# the first name, so "Tsentr-2019" and "Center-2019" are one exercise.
SAME_SERIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Vostok", ("East",)),
    ("Zapad", ("West",)),
    ("Tsentr", ("Center", "Centre", "Centr")),
    ("Kavkaz", ("Caucasus",)),
    ("Grom", ("Thunder",)),
    (
        "Union Shield",
        (
            "Shield of the Union",
            "Union Resolve",
            "Allied Resolve",
            "Alliance Resolve",
            # as the Italian, Spanish, French and German press translate it
            "Scudo dell'Unione",
            "Escudo de la Unión",
            "Bouclier de l'Union",
            "Schild der Union",
        ),
    ),
    ("Indestructible Brotherhood", ("Nerushimoe Bratstvo", "Enduring Brotherhood")),
    ("Combat Brotherhood", ("Boevoe Bratstvo",)),
    ("Ocean", ("Okean", "Great Ocean")),
    # renamed in 2022 when more nations joined; one exercise series
    ("Garuda Shield", ("Super Garuda Shield",)),
    ("Maritime Security Belt", ("Marine Security Belt", "Security Belt", "Sea Security Belt")),
    ("Anakonda", ("Anaconda",)),
    ("RIMPAC", ("Rim of the Pacific",)),
    ("BALTOPS", ("Baltic Operations",)),
    ("Iron Wolf", ("Gelezinis Vilkas",)),
    ("Spring Storm", ("Kevadtorm",)),
    ("Hedgehog", ("Siil",)),
    ("Great Prophet", ("Payambar-e Azam", "Payambar-e A'zam", "Prophet Mohammad")),
    ("Zolfaghar", ("Zolfaqar", "Zulfiqar")),
    ("Gagan Shakti", ("Gaganshakti",)),
    ("Defender Europe", ("Defender-Europe",)),
    ("Saber Strike", ("Sabre Strike",)),
    ("Talisman Sabre", ("Talisman Saber",)),
    ("Ssangyong", ("Ssang Yong",)),
    ("Ulchi Freedom Shield", ("UFS", "Ulchi Freedom Guardian")),
    ("Pacific Vanguard", ("PACVAN",)),
    ("Large Scale Exercise", ("LSE",)),
    ("CARAT", ("Cooperation Afloat Readiness and Training",)),
    ("Komodo", ("MNEK", "Multilateral Naval Exercise Komodo")),
    ("Bolivarian Shield", ("Escudo Bolivariano", "Scudo Bolivariano")),
    ("Blue Homeland", ("Mavi Vatan",)),
    ("Sea Wolf", ("Denizkurdu", "Seawolf")),
    ("Al-Samsam", ("Samsam", "Al Samsam", "Al-Samsaam")),
    ("Han Kuang", ("Han Guang",)),
    ("Mosi", ("Mosi II",)),
    ("Nanook", ("Operation Nanook",)),
    ("Defenders of Friendship", ("Protectors of Friendship", "Friendship Defenders")),
    ("Azm-e-Nau", ("Azm-i-Nau", "Azm e Nau", "Azm i Nau")),
    ("Sovereign Caribbean", ("Caribe Soberano",)),
    ("Fuerzas Aliadas Humanitarias", ("FA HUM", "FAHUM", "FA-HUM", "Fuerzas Aliadas Humanitarian")),
    ("TROPEX", ("Theatre Level Operational Readiness Exercise",)),
    ("SIMBEX", ("Simbex",)),
    ("Search", ("Poisk",)),
    (
        "Northern/Interaction",
        ("Northern Interaction", "North. Interaction", "North Interaction", "North-Joint"),
    ),
    ("Anatolian Eagle", ("Anatolia Eagle",)),
    ("Dragoon Pioneer", ("Dragon Pioneer",)),
    ("Hasm", ("Decisive",)),
    ("Qader", ("Kader", "Qadir")),
    ("EFES", ("Ephesus",)),
    # the IRGC navy's Gulf drill, whose full English name outlets word two ways
    (
        "Smart Control of the Strait of Hormuz",
        ("Smart Control of Hormuz Strait", "Smart Control of the Hormuz Strait"),
    ),
)
