"""ServicePage.url hid Wagtail's Page.url (the page's own address), so the service's website
field is called `website`."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("local_offer", "0003_freshness_and_problem_reports")]

    operations = [
        migrations.RenameField(model_name="servicepage", old_name="url", new_name="website"),
    ]
