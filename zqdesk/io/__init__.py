"""Reading and writing the clerk's files: spreadsheets in, templates and tables out (Qt-free)."""
