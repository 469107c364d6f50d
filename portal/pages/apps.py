from django.apps import AppConfig


class PagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "portal.pages"
    label = "pages"
    verbose_name = "Site pages"
