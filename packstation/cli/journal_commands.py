"""`packstation journal init|migrate|check URL`: the shared journal's administration (issue 19).

`init` and `migrate` run as the database's owner role (stations never change the schema); `check`
runs as whichever role the URL names, usually a station's, and says what that role can and cannot
do. The password: PACKSTATION_JOURNAL_PASSWORD, else the OS keyring's `packstation.journal` entry
under the URL's user name (a password in the URL works here too, but stays in the shell's history).
"""

from __future__ import annotations

import argparse


def add_journal_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    journal = commands.add_parser(
        "journal", help="the warehouse's shared journal on PostgreSQL: create, upgrade, check access"
    )
    actions = journal.add_subparsers(dest="journal_command", metavar="ACTION", required=True)
    for name, text in (
        ("init", "create the shared journal's tables in an empty database (as its owner role)"),
        ("migrate", "upgrade the shared journal's schema to this Packstation's (as its owner role)"),
        ("check", "check that the URL's role can reach and use the shared journal"),
    ):
        action = actions.add_parser(name, help=text, description=text)
        action.add_argument(
            "url", metavar="URL", help="postgresql://user@host:5432/database[?sslmode=verify-full]"
        )


def journal_command(args: argparse.Namespace) -> int:
    from packstation.app.journal_service import check_journal, init_journal, migrate_journal

    if args.journal_command == "check":
        checks = check_journal(args.url)
        for check in checks:
            print(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
        return 0 if checks and all(check.ok for check in checks) else 1
    report = (init_journal if args.journal_command == "init" else migrate_journal)(args.url)
    if report.changed:
        print(f"The shared journal is at schema {report.after} (was {report.before or 'empty'}).")
    else:
        print(f"The shared journal was already at schema {report.after}; nothing to do.")
    return 0
