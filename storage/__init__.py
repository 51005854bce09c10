"""SQLAlchemy 2.0 storage for pantau: models, migrations, articles, figures and series."""
