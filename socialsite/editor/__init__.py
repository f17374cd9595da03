"""The web editor for staff (Decap CMS on this computer); see README.md."""
