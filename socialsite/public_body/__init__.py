"""The public body's data: organisation, sections, services, salaries, and the checks on them.

No Pelican import here: the public_body plugin renders these, ``make check`` and ``make publish``
run the checks. See plugins/public_body/README.md."""
