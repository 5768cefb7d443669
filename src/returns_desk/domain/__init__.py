"""Pure-Python core of Returns Desk: vocabulary, lifecycle, rules and scan codes. No Qt, no SQL."""
