"""DejaVu Sans Condensed, embedded in every report (R-SIG-3); LICENSE.txt says why it may ship."""
