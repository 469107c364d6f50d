"""|govuk_prose: editors' rich text gets GOV.UK classes, and nothing unsafe gets through."""

from django.utils.safestring import SafeString

from portal.pages.templatetags.govuk_richtext import govuk_prose


def test_headings_paragraphs_lists_and_links_get_govuk_classes():
    html = govuk_prose(SafeString(
        '<h2>Help</h2><p>Call <a href="/contact/">us</a>.</p>'
        '<ul><li>one</li></ul><ol><li>a</li></ol>'
    ))
    assert html == ('<h2 class="govuk-heading-m">Help</h2><p class="govuk-body">Call '
                    '<a class="govuk-link" href="/contact/">us</a>.</p>'
                    '<ul class="govuk-list govuk-list--bullet"><li>one</li></ul>'
                    '<ol class="govuk-list govuk-list--number"><li>a</li></ol>')


def test_an_existing_class_is_kept_alongside_the_govuk_one():
    html = govuk_prose(SafeString('<p class="intro">Hi</p>'))
    assert html == '<p class="govuk-body intro">Hi</p>'


def test_tags_that_merely_start_with_the_same_letters_are_left_alone():
    source = "<pre>x</pre><abbr>SEN</abbr><param><header>h</header>"
    assert govuk_prose(SafeString(source)) == source


def test_text_that_is_not_already_safe_html_is_escaped():
    html = govuk_prose('<script>alert(1)</script><p onclick="x">hi</p>')
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<p" not in html
