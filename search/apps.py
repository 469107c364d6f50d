from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "search"
    verbose_name = "Search"

    def ready(self):
        from django.db.backends.signals import connection_created

        from .backends.database_sqlite import create_page_index

        connection_created.connect(create_page_index, dispatch_uid="search_page_index")
