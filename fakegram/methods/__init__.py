"""The Bot API methods, grouped by area: each module is a mixin of ``_m_<name>`` coroutines."""
