"""Text clean-up and sentence splitting, tuned for news copy rather than general prose.

Feeds hand us HTML-escaped leftovers (``#39;``, ``quot;``), curly quotes and wire prefixes; the
patterns elsewhere are written for straight quotes, so everything is normalised once here.
"""

from __future__ import annotations

import re

_REPLACEMENTS = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": " - ",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u200b": "",
}
_ENTITY = re.compile(r"&(?:amp;)?#39;|#39;|&quot;|\bquot;|&amp;|&lt;|&gt;|&nbsp;")
_ENTITY_MAP = {
    "#39;": "'",
    "&#39;": "'",
    "&amp;#39;": "'",
    "&quot;": '"',
    "quot;": '"',
    "&amp;": "&",
    "&lt;": "<",
    "&gt;": ">",
    "&nbsp;": " ",
}
_TAGS = re.compile(r"<[^>]{1,200}>")
_SOURCE = re.compile(r"^\s*SOURCE:\s*(?:[A-Z][A-Z.&\s/-]{0,80}?(?=\s[A-Z][a-z])|\S+)\s*")
# Runs of spaces and tabs become one space; single spaces are left alone (replacing each of
# them with itself was most of the cost of normalise).
_SPACES = re.compile(r"[ \t]{2,}|\t")

# A sentence ends at . ! ? (optionally followed by a closing quote) before a capital, a quote
# or a digit, unless the period belongs to a common abbreviation.
_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')\]]))\s+(?=[\"'(\[]?[A-Z0-9])|\n+")
_OPENERS = re.compile(
    r"(?:The|A|An|It|He|She|They|We|I|In|On|At|But|And|This|That|These|Those|There|His|Her|"
    r"Its|Their|Our|As|After|Before|When|While|However|Meanwhile|Officials|[0-9])\b"
)
_ABBREV = re.compile(
    r"(?:\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Rear Adm|Vice Adm|Sgt|"
    r"St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rep|Sen|Gov|Prof|Inc|Corp|Co|Ltd|"
    r"vs|Ex|approx|e\.g|i\.e|Fig|Vol|Pvt|Brig|Cdr|Wg Cdr|Gp Capt|Sqn Ldr|Lt Gen|Maj Gen|Ft|"
    r"[A-Z])\.)$"
)


_GLUED = re.compile(r"(?<![\w.@/])([A-Za-z][a-z]{2,}|\d{1,2})\.([A-Z][a-z]+)\b")


def normalise(text: str | None) -> str:
    """Straight quotes, plain hyphens, decoded leftovers, no tags, no wire-source prefix."""
    if not text:
        return ""
    if "#39;" in text or "quot;" in text or "&" in text:
        text = _ENTITY.sub(lambda m: _ENTITY_MAP.get(m.group(0), "'"), text)
    if "<" in text:
        text = _TAGS.sub(" ", text)
    if not text.isascii():
        # A few str.replace scans are much cheaper than str.translate with a dict.
        for old, new in _REPLACEMENTS.items():
            if old in text:
                text = text.replace(old, new)
    text = text.replace("\\", " ")
    text = _SOURCE.sub("", text, count=1)
    # "off the Korean Peninsula.The drills began": a sentence glued to the next where markup
    # held them apart ("the spokesman said.On Monday", "until May 20.On Monday"). Two
    # lower-case letters (or a day's number) before the stop keep "U.S.Navy" and "St.Louis".
    text = _GLUED.sub(r"\1. \2", text)
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


_WRITTEN = {
    " ": "[\\s\u00a0\u2009\u202f]+",
    "-": "(?:[-\u2013\u2212]|\\s*\u2014\\s*)",
    "'": "['\u2018\u2019\u201b\u2032]",
    '"': '["\u201c\u201d\u201e]',
}


def as_written(surface: str | None, *originals: str) -> str | None:
    """The name as the page writes it ("Rapid Trident – 2021", "Sea Breeze ’21"): the reader
    works on text with plain quotes and hyphens, but a name is reported as written."""
    if not surface or surface.isascii() and all(o.isascii() for o in originals):
        return surface
    spaced = surface.replace(" - ", "\x00")
    parts = []
    for ch in spaced:
        if ch == "\x00":
            parts.append("\\s*(?:[-\u2013\u2212\u2014])\\s*")
        else:
            parts.append(_WRITTEN.get(ch) or re.escape(ch))
    pattern = re.compile("".join(parts))
    for original in originals:
        m = pattern.search(original or "")
        if m:
            return m.group(0)
    return surface


# Same cut points as _SPLIT, found from the punctuation mark (a plain character class, so ``re``
# skips ahead quickly) instead of trying a look-behind at every position.
_CUT = re.compile(r"[.!?][\"')\]]?(\s+)(?=[\"'(\[]?[A-Z0-9])|\n+")


def _split_points(text: str) -> list[str]:
    parts: list[str] = []
    pos = 0
    for m in _CUT.finditer(text):
        cut = m.start(1) if m.group(1) is not None else m.start()
        parts.append(text[pos:cut])
        pos = m.end()
    parts.append(text[pos:])
    return parts


# A line broken inside a sentence (copy hard-wrapped at 70 columns): the next line goes on in
# lower case, or the line ends on a word that cannot end a sentence. Headlines and paragraphs
# end on a full word and the next begins with a capital, so they stay apart.
_NO_END_WORDS = frozenset(
    ("the", "of", "and", "from", "with", "in", "to", "at", "by", "for", "on", "as")
)


_WRAPPED_LINE = 60


def _join_soft_wraps(text: str) -> str:
    """One pass over the lines (a regex with look-behinds at every position was the detector's
    single largest cost)."""
    lines = text.split("\n")
    # Each output line is kept as its pieces and joined once at the end: gluing onto a growing
    # string would copy it again for every line (a hostile page of 50,000 wrapped lines).
    out = [[lines[0]]]
    joined_len = len(lines[0])  # the length of the output line being built
    for line in lines[1:]:
        prev = out[-1][-1]
        if prev.strip() and line:
            last, first = prev[-1], line[0]
            lower_on = (last.islower() or last in ",;") and (first.islower() or first == "(")
            credit_on = last.isupper() and first == "("
            open_end = not first.isspace() and prev.rsplit(None, 1)[-1] in _NO_END_WORDS
            # A long line cut before a number: 'code-named "Coordination' / '2006."'.
            number_on = first.isdigit() and last.isalpha() and joined_len >= _WRAPPED_LINE
            # "from Belarus, Kazakhstan," / "Kyrgyzstan, Russia, and Tajikistan": a list cut
            # after its comma. No sentence or headline ends on a comma.
            comma_on = last == "," and not first.isspace()
            if lower_on or credit_on or open_end or number_on or comma_on:
                out[-1].append(line)
                joined_len += 1 + len(line)
                continue
        out.append([line])
        joined_len = len(line)
    return "\n".join(" ".join(pieces) for pieces in out)


def split_sentences(text: str) -> list[str]:
    """Split into sentences; glue back splits made after abbreviations such as "U.S." or "Gen."."""
    if not text:
        return []
    if "\n" in text:
        text = _join_soft_wraps(text)
    parts = _split_points(text)
    out: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        # Only the tail can end in an abbreviation: searching the whole sentence for "...$"
        # tries every position.
        if (
            out
            and out[-1].endswith(".")
            and _ABBREV.search(out[-1][-16:])
            and not (out[-1].endswith(("U.S.", "U.K.", "U.N.")) and _OPENERS.match(part))
        ):
            out[-1] = out[-1] + " " + part
        else:
            out.append(part)
    if any(len(sentence) > _LONGEST for sentence in out):
        out = [piece for sentence in out for piece in _pieces(sentence)]
    return out


# No sentence of real news runs to 3,000 characters; a page without full stops (a list, a
# table, a hostile page repeating one name) does. The rules weigh every name in a sentence
# against every other, so such a run is read in pieces of about this length, cut at a space.
_LONGEST = 3000


def _pieces(sentence: str) -> list[str]:
    pieces: list[str] = []
    while len(sentence) > _LONGEST:
        cut = sentence.rfind(" ", _LONGEST // 2, _LONGEST)
        cut = cut if cut > 0 else _LONGEST
        pieces.append(sentence[:cut])
        sentence = sentence[cut:].lstrip()
    if sentence:
        pieces.append(sentence)
    return pieces


_BOILERPLATE = re.compile(
    r"(?i)\b(?:website|here's how you know|lock|share|download|email|e-mail|search|menu|"
    r"skip to|subscribe|sign in|log in|cookies?|advertisement|photo|image|credit|getty|"
    r"updated|published|posted|follow us|read more|related|comments?|donat\w*|charitable|"
    r"audio|listen|AI assistance|reading time|"
    # a masthead: "Editor in Chief Mohamed Wadie", "Supervisor ..."
    r"editor[- ]in[- ]chief|chief editor|managing editor|supervisor|publisher)\b|https?://|"
    r"\.jpe?g\b"
)
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'.-]*")


_BODY_LINE_WORDS = 15
_SENTENCE_ENDS = (".", '."', ".”", ".'", "!", "?")


def split_headline(text: str) -> tuple[str, str]:
    """(headline, rest) of a text that arrives without a title but opens with one.

    Pages copied as text often start with the headline on a line of its own, sometimes
    after a line or two of site furniture ("Defense", "Press Release | Feb. 4, 2022"). The
    first short, unpunctuated, capitalised line among the opening lines is taken as the
    headline; a text that opens with a sentence has none ("", text).
    """
    lines = text.lstrip().split("\n", 8)
    for i, line in enumerate(lines[:6]):
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) > 200:
            break
        words = _HEADLINE_WORD.findall(stripped)
        if words and words[-1] in _NO_END_WORDS:
            break  # "... launched joint exercises in": a sentence wrapped at the line's end
        if len(words) >= _BODY_LINE_WORDS and stripped.endswith(_SENTENCE_ENDS):
            break  # a paragraph of the story: the headline, if any, came before it
        if not 4 <= len(words) <= 22 or stripped.endswith((".", ":", ",", ";")):
            continue
        if _BOILERPLATE.search(stripped):
            continue
        capitals = sum(w[0].isupper() for w in words)
        if capitals < 2:
            continue
        rest = "\n".join(lines[:i] + lines[i + 1 :])
        return stripped, rest
    return "", text


# Lines of site furniture that pages copied as text open with: government-site banners,
# browser warnings, share bars, live-blog timestamps. One phrase per row.
FURNITURE = (
    "an official website of the united states government",
    "here's how you know",
    "a .mil website belongs to",
    "a .gov website belongs to",
    "a lock (",
    "share sensitive information only on official",
    "skip to content",
    "skip to main content",
    "please update your browser",
    "your browser is out of date",
    "jump to: navigation",
    "jump to navigation",
    "maintenance window scheduled",
    "share this article",
    "email this link",
    "share on facebook",
    "share on twitter",
    "share on linkedin",
    "share on pinterest",
    "forgot password",
    "(e.g. yourname@email.com)",
    "download on the app store",
    "sign up for our newsletter",
    "advertisement",
)
_TIMESTAMP_LINE = re.compile(r"^[\s\-–—|•]*(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?[\s\-–—|•]*$", re.I)


_TIME_ONLY = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}:\d{2}|[-–—|•])[ \t]*(?:\n|$)")


def strip_furniture(text: str) -> str:
    """The text without the furniture lines at its head (the first 40 lines are looked at).

    A few substring tests on the lower-cased head decide whether there is anything to strip,
    so the common case (an article body with no furniture) costs almost nothing."""
    head_text = text[:3000]
    if "\n" not in head_text:
        return text
    head_low = head_text.lower()
    if not any(p in head_low for p in FURNITURE) and not _TIME_ONLY.search(head_text):
        return text
    lines = text.split("\n")
    head, rest = lines[:40], lines[40:]
    kept = []
    for line in head:
        low = line.lower()
        if (_TIMESTAMP_LINE.match(line) and line.strip()) or (
            len(line) < 200 and any(p in low for p in FURNITURE)
        ):
            continue
        kept.append(line)
    return "\n".join(kept + rest)


# "Also read: Indian, Indonesian navies conduct exercise", "RELATED: ...", "See also ...": a
# link to another story, whose headline would otherwise read as this story's own sentence
# (its countries, its exercise, its dates).
_LINK_LINE = re.compile(
    r"[ \t»•*>\-–—]*(?:(?:also read|read also|read more|see also|more on this)\b|"
    r"related(?: [a-z]+)?[ \t]*(?::|›|»|/|$)|(?-i:RELATED)\b)[^\n]{0,200}$",
    re.IGNORECASE,
)


_LINK_HINTS = ("also read", "read also", "read more", "see also", "more on this", "related")


def drop_link_lines(text: str) -> str:
    """The text without the lines that point to other stories.

    Substring hints first, then line by line with an anchored match: a text-wide multiline
    search cost a tenth of the detector's time on news that never mentions an exercise."""
    if "\n" not in text:
        return text
    low = text.lower()
    if not any(hint in low for hint in _LINK_HINTS):
        return text
    lines = text.split("\n")
    kept = [line for line in lines if not _LINK_LINE.match(line)]
    return text if len(kept) == len(lines) else "\n".join(kept)
