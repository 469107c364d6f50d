"""The embedded SQLite database is opened the way a live portal needs it."""

from django.db.utils import ConnectionHandler

from portal.settings import env


def test_a_sqlite_database_uses_the_write_ahead_log_and_queues_its_writers(
    tmp_path, django_db_blocker
):
    # Given the settings for a SQLite file, as `make run` uses
    config = env.database("UNSET_DATABASE_URL_FOR_TEST", f"sqlite:///{tmp_path / 'portal.db'}")
    connection = ConnectionHandler({"default": config})["default"]
    try:
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            journal = cursor.fetchone()[0]
            cursor.execute("PRAGMA synchronous")
            synchronous = cursor.fetchone()[0]
        # Then readers never wait for a writer (a search index rebuild), commits are cheap,
        # and a second writer waits for the lock instead of failing halfway through
        assert journal == "wal"
        assert synchronous == 1  # NORMAL
        assert connection.transaction_mode == "IMMEDIATE"
        assert config["OPTIONS"]["timeout"] == 20
    finally:
        connection.close()


def test_outside_production_each_request_opens_its_own_connection(monkeypatch):
    # The development server starts a thread per request: a kept connection would be left behind
    monkeypatch.delenv("DATABASE_CONN_MAX_AGE", raising=False)
    config = env.database("UNSET_DATABASE_URL_FOR_TEST", "sqlite:///portal.db")
    assert config["CONN_MAX_AGE"] == 0
