"""The database: peewee models, connection settings, migrations and the one write path."""
