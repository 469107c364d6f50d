"""Where each shell page type may live, and that each renders, previews and edits."""

import io

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from portal.pages import demo
from portal.pages.models import ContentPage, CookiesPage, GlossaryPage, GlossaryTerm, HomePage
from tests.clients import PortalClient

from .conftest import make_editor


class ShellPageTypeTests(WagtailPageTestCase):
    client_class = PortalClient  # force_login includes the two-factor step

    @classmethod
    def setUpTestData(cls):
        demo.seed(io.StringIO())
        cls.home = HomePage.objects.get()
        cls.about = ContentPage.objects.get(slug="about-the-local-offer")
        cls.cookies = CookiesPage.objects.get()
        cls.glossary = GlossaryPage.objects.get()
        cls.editor = make_editor()

    def test_home_page_sits_at_the_top_of_the_tree_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_content_pages_go_under_home_and_under_each_other(self):
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanCreateAt(ContentPage, ContentPage)

    def test_glossary_and_cookies_pages_can_be_created_under_home(self):
        self.assertCanCreateAt(HomePage, GlossaryPage)
        self.assertCanCreateAt(HomePage, CookiesPage)

    def test_only_one_home_glossary_and_cookies_page_may_exist(self):
        # Given the seeded site, when an editor looks for somewhere to add another one
        # then there is nowhere: each of these is one per site.
        for model in (HomePage, GlossaryPage, CookiesPage):
            self.assertFalse(model.can_create_at(self.home), model.__name__)

    def test_every_shell_page_renders(self):
        for page in (self.home, self.about, self.cookies, self.glossary):
            self.assertPageIsRenderable(page)

    def test_every_shell_page_previews_and_edits_in_the_admin(self):
        for page in (self.home, self.about, self.cookies, self.glossary):
            self.assertPageIsPreviewable(page, user=self.editor)
            self.assertPageIsEditable(page, user=self.editor)

    def test_a_content_page_can_be_created_by_an_editor_with_a_title_and_body(self):
        self.client.force_login(self.editor)
        self.assertCanCreate(self.home, ContentPage, {
            "title": "Travel to school", "slug": "travel-to-school",
            "summary": "Help with getting to school or college.",
            "body": '{"blocks":[{"key":"a","type":"unstyled","depth":0,"text":"Ask us.",'
                    '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        })

    def test_glossary_preview_lists_unsaved_terms_in_alphabetical_order(self):
        # Given an editor previewing terms added in any order, before saving
        page = GlossaryPage(title="Words we use", slug="words",
                            terms=[GlossaryTerm(term="PRU", meaning="A school."),
                                   GlossaryTerm(term="ehcp", meaning="A plan."),
                                   GlossaryTerm(term="ADHD", meaning="A condition.")])
        # When the page groups them, then they come out A to Z, ignoring case
        groups = page.letter_groups()
        self.assertEqual(list(groups), ["A", "E", "P"])
        self.assertEqual([t.term for ts in groups.values() for t in ts], ["ADHD", "ehcp", "PRU"])
