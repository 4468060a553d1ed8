"""The Beheer (administration) workspace: accounts, the event log, this station."""
