"""The rules. Each module registers its rules with `registry.rule`.

A new rule is a new module here: the registry imports every module in this
package. Codes: AC1xx readability and sentences, AC2xx jargon and acronyms,
AC3xx inclusive language, AC4xx document structure, AC5xx agenda and
meeting, AC9xx problems reading the input.
"""
