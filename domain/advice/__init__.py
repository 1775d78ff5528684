"""Advice to the gemeente: its states, what may follow what, its deadlines and the figures.

An advice has two deadlines, like a freedom-of-information request in Alaveteli: the
acknowledgement (ontvangstbevestiging) is due a number of working days after sending, the
substantive reply (inhoudelijke reactie) a number of calendar weeks after it; a term that ends
on a weekend or holiday runs to the next working day (Algemene termijnenwet, article 1). It
becomes "lang te laat" at a multiple of the reply period. "Te laat" and "lang te laat" are
derived from today's date, never stored. Pure: dates come in, nothing reads the clock.

`model.py`: the advice, its states and transitions; `deadlines.py`: the terms and how each
deadline is computed; `figures.py`: the yearly figures; `parse.py`: what people type;
`settings.py`: what a group may change.
"""
