"""The password policy: long enough, and not one that attackers try first.

Length is checked by the form (at least 10 characters; long passphrases are
welcome, up to 1,000). On top of that we refuse the passwords in zxcvbn's
shipped list of 30,000 common passwords, and anything zxcvbn rates as
guessable within a few hundred tries (``aaaaaaaaaa``, ``1234567890``, the
person's own name or e-mail). Nothing is sent anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from zxcvbn import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

#: zxcvbn looks at this many characters; a longer passphrase is judged by its start.
ANALYSED_LENGTH = 72

COMMON_PASSWORDS = frozenset(FREQUENCY_LISTS["passwords"])


def is_too_easy(password: str, user_inputs: Sequence[str] = ()) -> bool:
    if password.lower() in COMMON_PASSWORDS:
        return True
    result = zxcvbn(password[:ANALYSED_LENGTH], user_inputs=[u for u in user_inputs if u])
    return int(result["score"]) == 0
