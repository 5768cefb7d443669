"""Texts the services write in English, in the window's language: the analytics figures' questions, notes, row
names and column names. The services stay free of Qt and keep one language (the command line's reports and the
CSV files use it); the window translates what it shows here.

A sentence's English is its own pattern: ``{0}``, ``{1}``… stand for the figures inside it (a percentage, a count,
an amount), which come back in the translation where its ``{0}``, ``{1}``… are. A text that matches no pattern is
shown as it is (data: names, SKUs, themes, and messages not translated yet).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from returns_desk.gui import words

CONTEXT = "Phrases"

_SENTENCES = (
    # The analytics figures: what each answers, with its figures inside.
    QT_TRANSLATE_NOOP(
        "Phrases",
        "Which products return above the average of {0}, and why. A product is above average when even the low "
        "end of its 95% Wilson interval is above it: 1 return in 2 sales is not a problem.",
    ),
    QT_TRANSLATE_NOOP("Phrases", "Which categories return most, with their intervals."),
    QT_TRANSLATE_NOOP("Phrases", "How long customers take to start a return: {0} days on average."),
    QT_TRANSLATE_NOOP("Phrases", "How long customers take to start a return."),
    QT_TRANSLATE_NOOP("Phrases", "Shipping is per parcel: its share here is by units returned."),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "Net cost {0} for {1} units returned: {2} a unit, of which handling them (shipping, dock, bench, "
        "disposal) {3}.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "How first-time buyers, repeat and loyal customers, and serial returners behave; a customer's segment is "
        "what they were when they ordered.",
    ),
    QT_TRANSLATE_NOOP("Phrases", "Regions by units returned, with their return rates."),
    QT_TRANSLATE_NOOP("Phrases", "How reasons and volumes move by month: seasons, launches, a bad batch."),
    QT_TRANSLATE_NOOP("Phrases", "Web shop, marketplace and store: units, rates and value."),
    QT_TRANSLATE_NOOP("Phrases", "{0} units in {1} lines."),
    QT_TRANSLATE_NOOP(
        "Phrases", "Inspections per active hour (an hour with at least one), per inspector and station."
    ),
    QT_TRANSLATE_NOOP("Phrases", "Hours from a unit's receipt to its (latest) decision."),
    QT_TRANSLATE_NOOP(
        "Phrases", "{0} of units were decided once, at the station, with no override and no approval."
    ),
    QT_TRANSLATE_NOOP("Phrases", "Units decided once, at the station, with no override or approval."),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "What the units are worth again: their cost price times the recovery share of each disposition "
        "(settings).",
    ),
    QT_TRANSLATE_NOOP("Phrases", "Blind re-grades that gave the first inspector's grade."),
    QT_TRANSLATE_NOOP("Phrases", "{0} first inspections by grade."),
    QT_TRANSLATE_NOOP("Phrases", "Recurring themes in the latest {0} comments in range."),
    # Row names.
    QT_TRANSLATE_NOOP("Phrases", "not delivered"),
    QT_TRANSLATE_NOOP("Phrases", "{0}+ weeks"),
    QT_TRANSLATE_NOOP("Phrases", "week {0}"),
    QT_TRANSLATE_NOOP("Phrases", "Refunded (price of the units returned)"),
    QT_TRANSLATE_NOOP("Phrases", "Return shipping"),
    QT_TRANSLATE_NOOP("Phrases", "Handling at the dock"),
    QT_TRANSLATE_NOOP("Phrases", "Refurbishment (parts and labour)"),
    QT_TRANSLATE_NOOP("Phrases", "Disposal"),
    QT_TRANSLATE_NOOP("Phrases", "Recovered value"),
    QT_TRANSLATE_NOOP("Phrases", "Net cost of returns"),
    QT_TRANSLATE_NOOP("Phrases", "First order"),
    QT_TRANSLATE_NOOP("Phrases", "Repeat (2–3 orders)"),
    QT_TRANSLATE_NOOP("Phrases", "Loyal (4+ orders)"),
    QT_TRANSLATE_NOOP("Phrases", "Serial returner (3+ returns)"),
    QT_TRANSLATE_NOOP("Phrases", "above average"),
    QT_TRANSLATE_NOOP("Phrases", "few sales"),
    QT_TRANSLATE_NOOP("Phrases", "within range"),
    # Why a parcel on its way back is in trouble (services/tracking).
    QT_TRANSLATE_NOOP("Phrases", "the carrier could not pick it up"),
    QT_TRANSLATE_NOOP("Phrases", "the carrier is sending it back to the customer"),
    QT_TRANSLATE_NOOP("Phrases", "the carrier reports a problem"),
    QT_TRANSLATE_NOOP("Phrases", "no scan for {0} days"),
    # A station's state (sync/status.StationStatus).
    QT_TRANSLATE_NOOP("Phrases", "not heard from"),
    QT_TRANSLATE_NOOP("Phrases", "online"),
    QT_TRANSLATE_NOOP("Phrases", "offline"),
    # What the return policy says of a line picked for a new request (services/desk_requests.verdict).
    QT_TRANSLATE_NOOP("Phrases", "{0}: {1} cannot be returned."),
    QT_TRANSLATE_NOOP("Phrases", "{0}: inside the {1}-day window."),
    QT_TRANSLATE_NOOP("Phrases", "{0}: outside the {1}-day window; a person decides."),
    QT_TRANSLATE_NOOP("Phrases", "{0}: only {1} of {2} can still be returned."),
    # The services' refusals a person meets most (services/*, domain/*): what to correct, with the names in it.
    QT_TRANSLATE_NOOP("Phrases", "No unit with license plate {0}."),
    QT_TRANSLATE_NOOP("Phrases", "Return request {0} does not exist."),
    QT_TRANSLATE_NOOP("Phrases", "No return request {0}."),
    QT_TRANSLATE_NOOP("Phrases", "{0} needs a reason."),
    QT_TRANSLATE_NOOP("Phrases", "There is no return {0}."),
    QT_TRANSLATE_NOOP("Phrases", "There is no order {0}."),
    QT_TRANSLATE_NOOP("Phrases", "No exception #{0}."),
    QT_TRANSLATE_NOOP("Phrases", "Exception #{0} is already {1}."),
    QT_TRANSLATE_NOOP("Phrases", "Say why."),
    QT_TRANSLATE_NOOP("Phrases", "{0}: the quantity is at least 1."),
    QT_TRANSLATE_NOOP("Phrases", "{0} is not a folder this station can see."),
    QT_TRANSLATE_NOOP("Phrases", "Unit {0} is {1}: only a graded (inspected) unit can be routed."),
    QT_TRANSLATE_NOOP("Phrases", "Unit {0} is not waiting for approval (it is {1})."),
    QT_TRANSLATE_NOOP("Phrases", "Unit {0} is already routed to {1}."),
    QT_TRANSLATE_NOOP("Phrases", "Unit re-grade #{0} is already done."),
    QT_TRANSLATE_NOOP("Phrases", "Two rules are called {0}."),
    QT_TRANSLATE_NOOP("Phrases", "The range ends ({0}) before it starts ({1})."),
    QT_TRANSLATE_NOOP("Phrases", "Station {0} is deactivated. Ask an admin."),
    QT_TRANSLATE_NOOP("Phrases", "Station {0} already exists."),
    QT_TRANSLATE_NOOP("Phrases", "Rule {0}: {1} must be a whole number, 0 or more."),
    QT_TRANSLATE_NOOP("Phrases", "Rule {0}: {1} must be a list of words."),
    QT_TRANSLATE_NOOP("Phrases", "Rule {0}: unknown {1}: {2}."),
    QT_TRANSLATE_NOOP("Phrases", "Rule {0}: min value is above max value."),
    QT_TRANSLATE_NOOP("Phrases", "Rule {0}: inside window is yes, no or empty."),
    QT_TRANSLATE_NOOP("Phrases", "Rule {0} has no id."),
    QT_TRANSLATE_NOOP("Phrases", "Rule id '{0}' is used twice."),
    QT_TRANSLATE_NOOP("Phrases", "Rule '{0}' has an age range that no unit can fall in."),
    QT_TRANSLATE_NOOP("Phrases", "Rule '{0}' has a value range that no unit can fall in."),
    QT_TRANSLATE_NOOP("Phrases", "No user with badge {0}."),
    QT_TRANSLATE_NOOP("Phrases", "No station named {0}."),
    QT_TRANSLATE_NOOP("Phrases", "No return {0}."),
    QT_TRANSLATE_NOOP("Phrases", "No blind re-grade #{0}."),
    QT_TRANSLATE_NOOP("Phrases", "No active user with badge {0}."),
    QT_TRANSLATE_NOOP("Phrases", "Grade {0} needs at least one photo of the unit."),
    QT_TRANSLATE_NOOP("Phrases", "Badge {0} is already registered."),
    QT_TRANSLATE_NOOP("Phrases", "A {0} needs a PIN."),
    QT_TRANSLATE_NOOP("Phrases", "'{0}' is not an http:// or https:// address."),
    QT_TRANSLATE_NOOP("Phrases", "'{0}' is not a license plate (LP + 10 digits with a valid check digit)."),
    QT_TRANSLATE_NOOP("Phrases", "You cannot deactivate yourself."),
    QT_TRANSLATE_NOOP("Phrases", "Those deliveries have gone out already."),
    QT_TRANSLATE_NOOP("Phrases", "There is no return request yet to show the template with."),
    QT_TRANSLATE_NOOP("Phrases", "The sender address needs an @."),
    QT_TRANSLATE_NOOP("Phrases", "The SMTP port is a number from 1 to 65535."),
    QT_TRANSLATE_NOOP("Phrases", "Say why the unit cannot be repaired."),
    QT_TRANSLATE_NOOP("Phrases", "Say why the rules change: the next person reads it in the history."),
    QT_TRANSLATE_NOOP("Phrases", "Say what was done: parts, minutes, cost, notes or a photo."),
    QT_TRANSLATE_NOOP("Phrases", "Resending needs a reason."),
    QT_TRANSLATE_NOOP("Phrases", "Recovered value is a percentage from 0 to 100 for each disposition."),
    QT_TRANSLATE_NOOP("Phrases", "Pick at least one line and how many come back."),
    QT_TRANSLATE_NOOP("Phrases", "Name the SMTP server."),
    QT_TRANSLATE_NOOP("Phrases", "More than a day on one unit in one step: enter the minutes again."),
    QT_TRANSLATE_NOOP("Phrases", "Minutes and cost cannot be negative."),
    QT_TRANSLATE_NOOP(
        "Phrases", "Give the event kinds to send, e.g. return.* (every return event) or * (all)."
    ),
    QT_TRANSLATE_NOOP("Phrases", "Give the endpoint a name of at most 64 characters."),
    QT_TRANSLATE_NOOP("Phrases", "Every settlement has been exported already."),
    QT_TRANSLATE_NOOP("Phrases", "Changing the proposed amounts needs a reason."),
    QT_TRANSLATE_NOOP("Phrases", "Authorizing needs a reason."),
    QT_TRANSLATE_NOOP("Phrases", "An approval needs a reason."),
    QT_TRANSLATE_NOOP("Phrases", "An SLA is a positive number of hours."),
    QT_TRANSLATE_NOOP("Phrases", "A what-if looks back at least one day."),
    QT_TRANSLATE_NOOP("Phrases", "Handling minutes per unit must be from 0 to {0}."),
    QT_TRANSLATE_NOOP("Phrases", "The {0} must be from 0 to {1}."),
    # Why the app cannot start (cli.py, store/database.py): the start-up problem window.
    QT_TRANSLATE_NOOP(
        "Phrases",
        "Install the Returns Desk version the other stations use, or ask IT to upgrade the database.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrases",
        'Check the database address: it is set by {0}, or by "db_url" in {1}. For a shared database, check that the server is running and this computer can reach it; then start again. Details are in {2}.',
    ),
    QT_TRANSLATE_NOOP("Phrases", "Cannot open the database: {0}"),
    QT_TRANSLATE_NOOP("Phrases", "Correct it in {0} or the environment."),
    QT_TRANSLATE_NOOP(
        "Phrases", "The database has no Returns Desk schema yet: run `returns-desk db upgrade`."
    ),
    QT_TRANSLATE_NOOP(
        "Phrases", "The database has Returns Desk tables but no schema version; refusing to touch it."
    ),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "The database schema is at version {0}; this Returns Desk needs {1}. Run `returns-desk db upgrade` (back up a shared database first).",
    ),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "The database schema is at version {0}, newer than this Returns Desk understands ({1}). Install the Returns Desk version the other stations use.",
    ),
    # What the database said, in words a person can act on (store/db.explain, store/database.py).
    QT_TRANSLATE_NOOP("Phrases", "Cannot reach the database ({0}): {1}"),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "Nothing was saved: your badge or this station has been deactivated. Ask a supervisor or an admin.",
    ),
    QT_TRANSLATE_NOOP("Phrases", "The audit trail cannot be changed or deleted."),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "The disk that holds the database is full. Nothing was saved: free some space, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "The database cannot be written: its file is read-only for this user. Nothing was saved: ask IT to check the file's permissions.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrases",
        "The database is busy: another program is writing to it (an import, say). Nothing was saved: try again in a moment.",
    ),
    # A row's problems in the Import dialog's preview ("field: message", services/import_checks.py, presets.py).
    QT_TRANSLATE_NOOP("Phrases", "{0}: unknown SKU '{1}'"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: order {1} is not in the database, so the customer's email is needed"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: unknown column (known: {1})"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: must be text or a number, not a list or an object"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: required, but empty"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: '{1}' is not a whole number from 1 to {2}"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: '{1}' is not an ISO 8601 date or time from {2} to {3}"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: '{1}' is not an amount like 49.99 (at most {2}.99)"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: '{1}' is not a channel ({2})"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: '{1}' is not a language the e-mails are written in ({2})"),
    QT_TRANSLATE_NOOP("Phrases", "{0}: '{1}' is not a {2} {3} this preset maps (add it: {4})"),
    # Messages the console shows often.
    QT_TRANSLATE_NOOP("Phrases", "No product has the SKU {0}."),
    QT_TRANSLATE_NOOP("Phrases", "Say why the cost rates change."),
)

_COLUMNS = (
    QT_TRANSLATE_NOOP("Phrases", "SKU"),
    QT_TRANSLATE_NOOP("Phrases", "Product"),
    QT_TRANSLATE_NOOP("Phrases", "Category"),
    QT_TRANSLATE_NOOP("Phrases", "Sold"),
    QT_TRANSLATE_NOOP("Phrases", "Returned"),
    QT_TRANSLATE_NOOP("Phrases", "Rate"),
    QT_TRANSLATE_NOOP("Phrases", "Low"),
    QT_TRANSLATE_NOOP("Phrases", "High"),
    QT_TRANSLATE_NOOP("Phrases", "Verdict"),
    QT_TRANSLATE_NOOP("Phrases", "Top reasons"),
    QT_TRANSLATE_NOOP("Phrases", "After delivery"),
    QT_TRANSLATE_NOOP("Phrases", "Lines"),
    QT_TRANSLATE_NOOP("Phrases", "Units"),
    QT_TRANSLATE_NOOP("Phrases", "Component"),
    QT_TRANSLATE_NOOP("Phrases", "Total (cents)"),
    QT_TRANSLATE_NOOP("Phrases", "Per returned unit (cents)"),
    QT_TRANSLATE_NOOP("Phrases", "Segment"),
    QT_TRANSLATE_NOOP("Phrases", "Units sold"),
    QT_TRANSLATE_NOOP("Phrases", "Units returned"),
    QT_TRANSLATE_NOOP("Phrases", "Region"),
    QT_TRANSLATE_NOOP("Phrases", "Value returned (cents)"),
    QT_TRANSLATE_NOOP("Phrases", "Month"),
    QT_TRANSLATE_NOOP("Phrases", "All"),
    QT_TRANSLATE_NOOP("Phrases", "Channel"),
    QT_TRANSLATE_NOOP("Phrases", "Reason"),
    QT_TRANSLATE_NOOP("Phrases", "Share"),
    QT_TRANSLATE_NOOP("Phrases", "Inspector"),
    QT_TRANSLATE_NOOP("Phrases", "Station"),
    QT_TRANSLATE_NOOP("Phrases", "Active hours"),
    QT_TRANSLATE_NOOP("Phrases", "Units per hour"),
    QT_TRANSLATE_NOOP("Phrases", "Disposition"),
    QT_TRANSLATE_NOOP("Phrases", "Average hours"),
    QT_TRANSLATE_NOOP("Phrases", "First touch"),
    QT_TRANSLATE_NOOP("Phrases", "Grade"),
    QT_TRANSLATE_NOOP("Phrases", "Cost price (cents)"),
    QT_TRANSLATE_NOOP("Phrases", "Recovered (cents)"),
    QT_TRANSLATE_NOOP("Phrases", "Re-grades"),
    QT_TRANSLATE_NOOP("Phrases", "Agreed"),
    QT_TRANSLATE_NOOP("Phrases", "Theme"),
    QT_TRANSLATE_NOOP("Phrases", "Comments"),
    QT_TRANSLATE_NOOP("Phrases", "Examples"),
    # The rule tables' columns (domain/rule_table.py, domain/authorization.py).
    QT_TRANSLATE_NOOP("Phrases", "Id"),
    QT_TRANSLATE_NOOP("Phrases", "Description"),
    QT_TRANSLATE_NOOP("Phrases", "Destination"),
    QT_TRANSLATE_NOOP("Phrases", "Grades"),
    QT_TRANSLATE_NOOP("Phrases", "Reasons"),
    QT_TRANSLATE_NOOP("Phrases", "Categories"),
    QT_TRANSLATE_NOOP("Phrases", "Min value ¢"),
    QT_TRANSLATE_NOOP("Phrases", "Max value ¢"),
    QT_TRANSLATE_NOOP("Phrases", "Warranty"),
    QT_TRANSLATE_NOOP("Phrases", "Min age d"),
    QT_TRANSLATE_NOOP("Phrases", "Max age d"),
    QT_TRANSLATE_NOOP("Phrases", "Approval"),
    QT_TRANSLATE_NOOP("Phrases", "Inside window"),
    QT_TRANSLATE_NOOP("Phrases", "Channels"),
    QT_TRANSLATE_NOOP("Phrases", "Min returns 90 d"),
)
_SLOT = re.compile(r"\\\{(\d+)\\\}")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    compiled = []
    for source in _SENTENCES:
        body = _SLOT.sub(lambda m: f"(?P<s{m.group(1)}>.+?)", re.escape(str(source)))
        compiled.append((re.compile(body, re.DOTALL), str(source)))
    return tuple(compiled)


def say(text: str) -> str:
    """``text`` in the window's language when it is one of the services' sentences; else as it is."""
    if not text:
        return text
    for pattern, source in _patterns():
        found = pattern.fullmatch(text)
        if found is not None:
            slots = {int(k[1:]): v for k, v in found.groupdict().items()}
            return QCoreApplication.translate(CONTEXT, source).format(*(slots[i] for i in sorted(slots)))
    return text


def column(name: str) -> str:
    """A column's name from the services (analytics, rule tables); a reason's column (in "Reasons over time") gets the reason's word."""
    if name in _COLUMNS:
        return QCoreApplication.translate(CONTEXT, name)
    reason = words.word("reason", name.replace(" ", "_"))
    return reason if reason != name.replace(" ", "_") else name
