"""HTML in a feed's text -> the plain paragraphs a listing stores.

Feeds put HTML in descriptions (ORUK allows "markup such as HTML or Markdown"), and real ones
do: North Lincolnshire's 738 services carry <p>, <span>, <li>, <br>, <h2>-<h5>, <a>, tables
and &nbsp;. A listing's description is plain paragraphs (the writer makes each one a <p>), so
markup is read here, never stored: a block (a paragraph, heading, list item, table row, <br>)
ends a paragraph, entities become their characters, everything else keeps only its words.
The same rule turns our own rich text into the API's plain descriptions (serializers.py).
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

# Tags that end a paragraph (where a browser starts a new line).
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
})  # fmt: skip
CELLS = frozenset({"td", "th"})
# Whose content is never text for a reader.
HIDDEN = frozenset({"script", "style", "template", "head", "title", "noscript"})
BREAK = "\n\n"
LOOKS_LIKE_HTML = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);"
)
INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff\u00ad")


def looks_like_html(text: str) -> bool:
    """A tag or an entity: plain text such as "ages 5 < 11" or "Tom & Jerry" is left alone."""
    return bool(LOOKS_LIKE_HTML.search(text or ""))


def paragraphs(text: str | None) -> str:
    """Plain paragraphs separated by one blank line, words in each single-spaced. Text that is
    not HTML keeps its own blank-line paragraphs."""
    text = text or ""
    if looks_like_html(text):
        reader = _Reader()
        reader.feed(text)
        reader.close()
        text = "".join(reader.parts)
    parts = (" ".join(part.translate(INVISIBLE).split()) for part in re.split(r"\n\s*\n", text))
    return BREAK.join(part for part in parts if part)


def one_line(text: str | None) -> str:
    """The same, for a field that holds one line (a schedule note, a cost option)."""
    return " ".join(paragraphs(text).split())


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.links: list[tuple[str, int]] = []  # (href, where its text starts in parts)

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append(BREAK)
        elif tag in CELLS:
            self.parts.append(" ")
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.parts)))

    def handle_startendtag(self, tag, attrs):
        if tag not in HIDDEN:  # <br/>, <hr/>; a self-closed <script/> hides nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append(BREAK)
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            self._keep_address(href, "".join(self.parts[start:]))

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)

    def _keep_address(self, href: str, words: str) -> None:
        """A link's address is kept after its words ("our website (https://...)"), unless the
        words already name it (its email address, or its site's host): without it "book on
        our website" leads nowhere."""
        address = href.strip()
        if address.lower().startswith("mailto:"):
            address = address[len("mailto:") :].split("?")[0]
        elif not address.lower().startswith(("http://", "https://")):
            return  # a page anchor, a script, a relative path: nothing a reader can follow
        said = words.lower()
        if "@" in address:
            named = address.lower()
        else:
            named = urlsplit(address).netloc.lower().removeprefix("www.")
        if named and named not in said and not self.hidden:
            self.parts.append(f" ({address})")
