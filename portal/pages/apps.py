from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class PagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal.pages"
    label = "pages"
    verbose_name = "Site pages"

    def ready(self):
        from .database_cache import create_cache_table

        # Sent once per migrate for this app, after every migration has been applied.
        post_migrate.connect(create_cache_table, sender=self)

        from .spreadsheet_exports import protect_admin_exports

        protect_admin_exports()

        from portal import page_cache

        from .models import CouncilSettings

        page_cache.connect()
        post_save.connect(page_cache.purge_on_save, sender=CouncilSettings)
