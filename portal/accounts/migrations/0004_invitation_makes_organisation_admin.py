from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_role_groups"),
    ]

    operations = [
        migrations.AddField(
            model_name="invitation",
            name="makes_organisation_admin",
            field=models.BooleanField(
                default=False, help_text="Accepting also lets them invite and remove colleagues."
            ),
        ),
    ]
