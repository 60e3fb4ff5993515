"""Refusals the services raise: the message is Chinese and says what to do next."""


class Refused(Exception):
    """An action the rules of the meeting do not allow; nothing was written."""
