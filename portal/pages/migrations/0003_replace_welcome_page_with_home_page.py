"""A fresh `migrate` serves the portal's own home page instead of Wagtail's "Welcome" page.

Only Wagtail's untouched welcome page (a plain Page with no children) is replaced, so running
this on a database that already has a page tree loses nothing. Reversing puts the welcome page
back, but only while the home page still has no children of its own.
"""

from django.db import migrations

HOME_TITLE = "SEND Local Offer"
WELCOME_TITLE = "Welcome to your new Wagtail site!"


def _content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def _point_default_site_at(apps, page, old_sites):
    Site = apps.get_model("wagtailcore", "Site")
    if old_sites:
        for hostname, port, site_name, is_default in old_sites:
            Site.objects.create(hostname=hostname, port=port, site_name=site_name,
                                root_page_id=page.pk, is_default_site=is_default)
    elif not Site.objects.exists():
        Site.objects.create(hostname="localhost", port=80, root_page_id=page.pk,
                            is_default_site=True)


def _sites_of(apps, page):
    Site = apps.get_model("wagtailcore", "Site")
    return [(s.hostname, s.port, s.site_name, s.is_default_site)
            for s in Site.objects.filter(root_page_id=page.pk)]


def create_home_page(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("pages", "HomePage")
    if HomePage.objects.exists():
        return
    page_type = _content_type(apps, "wagtailcore", "page")
    welcome = Page.objects.filter(content_type=page_type, depth=2, slug="home", numchild=0).first()
    if welcome is None:
        # Someone already built a tree here: leave it alone; seed_demo adds a home page if asked.
        return
    root = Page.objects.get(depth=1)
    path, locale_id = welcome.path, welcome.locale_id
    old_sites = _sites_of(apps, welcome)
    welcome.delete()  # its Site rows go with it (CASCADE) and are recreated below
    home = HomePage.objects.create(
        title=HOME_TITLE, draft_title=HOME_TITLE, slug="home",
        content_type=_content_type(apps, "pages", "homepage"),
        path=path, depth=2, numchild=0, url_path="/home/", locale_id=locale_id,
        live=True, show_in_menus=False,
        intro="Find services and support for children and young people aged 0 to 25 with "
              "special educational needs and disabilities (SEND), and their families.",
    )
    Page.objects.filter(pk=root.pk).update(numchild=Page.objects.filter(depth=2).count())
    _point_default_site_at(apps, home, old_sites)


def restore_welcome_page(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("pages", "HomePage")
    home = HomePage.objects.filter(depth=2, slug="home", numchild=0).first()
    if home is None:
        return
    path, locale_id = home.path, home.locale_id
    old_sites = _sites_of(apps, home)
    home.delete()
    welcome = Page.objects.create(
        title=WELCOME_TITLE, draft_title=WELCOME_TITLE, slug="home",
        content_type=_content_type(apps, "wagtailcore", "page"),
        path=path, depth=2, numchild=0, url_path="/home/", locale_id=locale_id, live=True,
    )
    _point_default_site_at(apps, welcome, old_sites)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_council_settings_links_cookies_page"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_home_page, restore_welcome_page)]
