"""Reading many rows without a model instance per row.

peewee builds a model instance per row and converts every cell through its field on the way;
at thousands of rows that costs more than the query. These read the driver's rows as they are,
or convert each column through its field once per distinct value. The conversions are the
fields' own, so the values are the ones a model instance would hold, on SQLite and PostgreSQL.
"""

from collections.abc import Iterator, Sequence

import peewee


def raw_rows(query: peewee.SelectQuery) -> Iterator[tuple]:
    """The query's rows as the driver returns them: for integer, foreign-key and text columns
    these are the values peewee would give."""
    return iter(query.model._meta.database.execute(query))


def converted_rows(query: peewee.SelectQuery, fields: Sequence[peewee.Field]) -> Iterator[tuple]:
    """The query's rows, the i-th column converted by fields[i].python_value. Each distinct
    stored value is converted once per column (dates, amounts, JSON lists repeat a lot), so the
    converted values must be immutable: dates, Decimals, tuples, strings, numbers."""
    converting = [
        (i, {}, field.python_value) for i, field in enumerate(fields) if type(field) not in _AS_STORED
    ]
    for row in raw_rows(query):
        values = list(row)
        for i, memo, convert in converting:
            stored = values[i]
            try:
                values[i] = memo[stored]
            except KeyError:
                values[i] = memo[stored] = convert(stored)
        yield tuple(values)


# Plain text and integer columns come from either driver as the str and int peewee would give
# (its conversion returns them unchanged); subclasses such as MoneyField are converted.
_AS_STORED = (peewee.TextField, peewee.IntegerField, peewee.AutoField)
