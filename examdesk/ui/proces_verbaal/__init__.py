"""The proces-verbaal view of one session (R-PV-1..5), shared by the proctor's, the inzage's (review) and the
school server's (Today) workspaces: no feature owns it, so none of them imports another to show it."""
