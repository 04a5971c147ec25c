// FolioWidgets: placeholder until its stage lands.
