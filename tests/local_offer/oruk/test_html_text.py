"""HTML in a feed's text becomes the plain paragraphs a listing stores: no markup survives,
paragraphs do, and text that is not HTML is left as it was written."""

import pytest

from local_offer.oruk.html_text import one_line, paragraphs


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("<h4>Who it is for</h4>Children and families", "Who it is for\n\nChildren and families"),
        ("Line one<br>Line two<br/>Line three", "Line one\n\nLine two\n\nLine three"),
        ("<ul><li>Swimming</li><li>Football</li></ul>", "Swimming\n\nFootball"),
        ("<p>Drugs &amp; alcohol&nbsp;</p>", "Drugs & alcohol"),
        ("<p>&quot;Stay&quot; &#163;2 &#x2013; &pound;3</p>", '"Stay" £2 – £3'),
        ("<p><span style='x'>Bold</span> <strong>words</strong></p>", "Bold words"),
        ("<table><tr><td>Monday</td><td>9am</td></tr></table>", "Monday 9am"),
        ("<p>Hi</p><script>alert(1)</script><style>p{}</style>", "Hi"),
        ("<p>Unclosed <b>tags", "Unclosed tags"),
    ],
)
def test_markup_is_read_as_text_and_paragraphs(html, plain):
    assert paragraphs(html) == plain


def test_text_that_is_not_html_keeps_its_own_paragraphs():
    assert paragraphs("Ages 5 < 11 & up.\n\nSecond\nline") == "Ages 5 < 11 & up.\n\nSecond line"


def test_a_link_keeps_its_address_unless_its_words_already_say_it():
    html = (
        '<p>Book on <a href="https://hub.example/book?x=1">our website</a>, '
        '<a href="http://www.hub.example/">www.hub.example</a> or '
        '<a href="mailto:hello@hub.example">email us</a>; <a href="#top">top</a></p>'
    )

    assert paragraphs(html) == (
        "Book on our website (https://hub.example/book?x=1), www.hub.example or "
        "email us (hello@hub.example); top"
    )


def test_one_line_fields_lose_their_breaks():
    assert one_line("<p>Term time</p><p>only</p>") == "Term time only"
    assert paragraphs(None) == "" and one_line("") == ""
