// FolioLayout: placeholder until its stage lands.
