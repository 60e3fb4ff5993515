"""The Qt-free domain: the regulation's rules, working days, scoring, ranking and the plan.

Everything here works on plain dataclasses and Decimal/Fraction numbers; nothing touches
the database, files or Qt.
"""
