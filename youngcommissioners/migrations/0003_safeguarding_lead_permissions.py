"""The safeguarding lead keeps the screening phrases and names who is alerted (the settings)."""

from django.db import migrations

LEAD = "Safeguarding lead"
GRANTS = {
    "screeningphrase": ("add", "change", "delete", "view"),
    "safeguardingcontacts": ("change",),
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=LEAD)
    for model, actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(
            app_label="youngcommissioners", model=model
        )
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("youngcommissioners", "0002_seed_screening_phrases"),
        ("accounts", "0003_role_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
